package dev.cometsdk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Streams a download into a file that appears only when complete, so that a broken download
 * never leaves a file that looks whole.
 */
final class DownloadFile {

    /** A failure of the local file, told apart from a failure of the connection. */
    static final class WriteFailure extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailure(IOException cause) {
            super(cause);
        }
    }

    private DownloadFile() {
    }

    /**
     * Copies the stream into the target.
     *
     * @throws WriteFailure if the file could not be written
     * @throws IOException if the stream could not be read
     */
    static void write(InputStream in, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        OutputStream out = open(temp);
        boolean done = false;
        try {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                write(out, buffer, n);
            }
            close(out);
            move(temp, absolute);
            done = true;
        } finally {
            if (!done) {
                discard(out, temp);
            }
        }
    }

    private static OutputStream open(Path temp) throws WriteFailure {
        try {
            return Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
    }

    private static void write(OutputStream out, byte[] buffer, int n) throws WriteFailure {
        try {
            out.write(buffer, 0, n);
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
    }

    private static void close(OutputStream out) throws WriteFailure {
        try {
            out.close();
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
    }

    /** Best effort: the exception on its way out tells what went wrong. */
    private static void discard(OutputStream out, Path temp) {
        try {
            out.close();
        } catch (IOException e) {
            // already failing
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // already failing
        }
    }

    private static void move(Path temp, Path target) throws WriteFailure {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new WriteFailure(e);
        }
    }
}
