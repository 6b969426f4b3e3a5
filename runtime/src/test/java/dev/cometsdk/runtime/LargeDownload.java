package dev.cometsdk.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Run in a JVM with a 64 MiB heap: serves a generated body of {@link #SIZE} bytes and downloads
 * it with {@link CometTransport#downloadTo}, which must stream it, and checks the content.
 */
public final class LargeDownload {

    static final long SIZE = 256L * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;

    private LargeDownload() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        long size = Long.parseLong(args[1]);
        try (TestServer server = new TestServer()) {
            server.answer(new TestServer.Reply(200, "application/octet-stream", size, out -> {
                byte[] chunk = new byte[CHUNK];
                for (long sent = 0; sent < size; sent += CHUNK) {
                    Arrays.fill(chunk, (byte) (sent / CHUNK));
                    out.write(chunk, 0, (int) Math.min(CHUNK, size - sent));
                }
            }));
            CometTransport transport = Transports.transport(server.url());
            transport.downloadTo(DownloadTest.installer(), target);
            check(target, size);
            try (InputStream in = transport.downloadStream(DownloadTest.installer())) {
                check(in, size);
            }
            transport.close();
        }
        System.out.println("ok");
    }

    private static void check(Path target, long size) throws IOException {
        try (InputStream in = Files.newInputStream(target)) {
            check(in, size);
        }
    }

    private static void check(InputStream in, long size) throws IOException {
        byte[] chunk = new byte[CHUNK];
        for (long read = 0; read < size; read += CHUNK) {
            int n = in.readNBytes(chunk, 0, (int) Math.min(CHUNK, size - read));
            for (int i = 0; i < n; i++) {
                if (chunk[i] != (byte) (read / CHUNK)) {
                    throw new IllegalStateException("wrong byte at " + (read + i));
                }
            }
        }
        if (in.read() != -1) {
            throw new IllegalStateException("longer than " + size);
        }
    }
}
