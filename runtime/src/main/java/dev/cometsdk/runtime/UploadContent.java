package dev.cometsdk.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The content of a file upload (the {@code upload} part of a {@code multipart/form-data} call):
 * bytes in memory, a file, or a stream. Files and streams are sent as they are read, never held
 * in memory whole. Immutable, apart from a stream, which can be sent only once.
 */
public final class UploadContent {

    private static final String DEFAULT_FILE_NAME = "upload";

    private final byte[] bytes;
    private final Path path;
    private final InputStream stream;
    private final AtomicBoolean streamTaken;
    private final String fileName;

    private UploadContent(byte[] bytes, Path path, InputStream stream, AtomicBoolean streamTaken,
                          String fileName) {
        this.bytes = bytes;
        this.path = path;
        this.stream = stream;
        this.streamTaken = streamTaken;
        this.fileName = fileName;
    }

    /**
     * Content from memory. The array is not copied: do not change it until the call is done.
     *
     * @param bytes the content
     * @return the upload
     */
    public static UploadContent ofBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new UploadContent(bytes, null, null, null, DEFAULT_FILE_NAME);
    }

    /**
     * Content read from a file while it is sent.
     *
     * @param path the file
     * @return the upload
     */
    public static UploadContent ofPath(Path path) {
        Objects.requireNonNull(path, "path");
        return new UploadContent(null, path, null, null, DEFAULT_FILE_NAME);
    }

    /**
     * Content read from a stream while it is sent. The stream can be sent once; the transport
     * closes it when it has read it.
     *
     * @param stream the content
     * @return the upload
     */
    public static UploadContent ofStream(InputStream stream) {
        Objects.requireNonNull(stream, "stream");
        return new UploadContent(null, null, stream, new AtomicBoolean(), DEFAULT_FILE_NAME);
    }

    /**
     * The same content under another file name.
     *
     * @param fileName the name sent in the part's {@code filename}; {@code upload} by default
     * @return a new upload (sharing the stream, if any)
     */
    public UploadContent withFileName(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        return new UploadContent(bytes, path, stream, streamTaken, fileName);
    }

    /**
     * The file name sent with the content.
     *
     * @return {@code upload} unless set with {@link #withFileName(String)}
     */
    public String fileName() {
        return fileName;
    }

    /** Names the source, not the content. */
    @Override
    public String toString() {
        String source = bytes != null ? bytes.length + " bytes" : path != null ? "file " + path
                : "stream";
        return "UploadContent[" + source + ", fileName=" + fileName + "]";
    }

    /**
     * Readies the content for one request: claims a stream (which can be sent once) and tells
     * the length.
     *
     * @return the length in bytes, or -1 for a stream
     * @throws IOException if the file cannot be read
     * @throws IllegalStateException if a stream is sent a second time
     */
    long claim() throws IOException {
        if (bytes != null) {
            return bytes.length;
        }
        if (path != null) {
            return Files.size(path);
        }
        if (streamTaken.getAndSet(true)) {
            throw new IllegalStateException("an upload stream can be sent only once");
        }
        return -1;
    }

    /** The content, read while the request is sent. */
    InputStream open() throws IOException {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        if (path != null) {
            return Files.newInputStream(path);
        }
        return stream;
    }
}
