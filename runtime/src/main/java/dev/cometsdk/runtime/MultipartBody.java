package dev.cometsdk.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@code multipart/form-data} body: plain fields, then one file part.
 */
final class MultipartBody {

    private final String boundary;

    MultipartBody() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        boundary = "comet-sdk-" + Long.toHexString(random.nextLong())
                + Long.toHexString(random.nextLong());
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /**
     * The body, streamed: the content is read from its source while the request is sent, never
     * held in memory whole. Its length is declared when the content's length is known.
     */
    HttpRequest.BodyPublisher publisher(List<Map.Entry<String, String>> fields, String fileField,
                                        UploadContent content, long contentLength) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            text.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(quote(field.getKey())).append("\"\r\n\r\n")
                    .append(field.getValue()).append("\r\n");
        }
        text.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(quote(fileField))
                .append("\"; filename=\"").append(quote(content.fileName())).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest.BodyPublisher streamed = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return new SequenceInputStream(Collections.enumeration(List.of(
                        new ByteArrayInputStream(head), content.open(),
                        new ByteArrayInputStream(tail))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return contentLength < 0 ? streamed : HttpRequest.BodyPublishers.fromPublisher(streamed,
                head.length + contentLength + tail.length);
    }

    /** Escapes a name as HTML forms do, so that it cannot end the quoted string or the line. */
    private static String quote(String name) {
        return name.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
