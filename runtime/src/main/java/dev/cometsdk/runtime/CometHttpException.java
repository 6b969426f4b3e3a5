package dev.cometsdk.runtime;

import java.util.Optional;

/** The server answered with a status outside 2xx. */
public class CometHttpException extends CometException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status. */
    private final int statusCode;
    /** The content type, or null. */
    private final String contentType;
    /** The start of the body. */
    private final String bodyExcerpt;
    /** The message of a Comet error body, or null. */
    private final String apiMessage;

    /**
     * Makes the exception.
     *
     * @param methodName the API method
     * @param path its path
     * @param statusCode the HTTP status
     * @param contentType the response's content type, or null when it had none
     * @param bodyExcerpt the start of the body (at most 1 KiB), empty when there was none
     * @param apiMessage the {@code Message} of a Comet error body, or null
     */
    public CometHttpException(String methodName, String path, int statusCode, String contentType,
                              String bodyExcerpt, String apiMessage) {
        super(methodName, path, describe(statusCode, contentType, bodyExcerpt, apiMessage), null);
        this.statusCode = statusCode;
        this.contentType = contentType;
        this.bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
        this.apiMessage = apiMessage;
    }

    /**
     * The HTTP status code.
     *
     * @return for example 403
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The content type of the response.
     *
     * @return the {@code Content-Type} header, if there was one
     */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /**
     * The start of the response body, decoded as UTF-8.
     *
     * @return at most 1 KiB of the body, empty when there was none
     */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }

    /**
     * The {@code Message} of the body, when the body was a Comet error object
     * ({@code {"Status":...,"Message":...}}).
     *
     * @return the server's message, if the body had one
     */
    public Optional<String> apiMessage() {
        return Optional.ofNullable(apiMessage);
    }

    private static String describe(int statusCode, String contentType, String excerpt,
                                   String apiMessage) {
        String reason = HttpStatusText.reason(statusCode);
        StringBuilder text = new StringBuilder("HTTP ").append(statusCode);
        if (!reason.isEmpty()) {
            text.append(' ').append(reason);
        }
        text.append(" (").append(contentType == null ? "no content type" : contentType)
                .append(')');
        if (apiMessage != null) {
            text.append(": ").append(apiMessage);
        } else if (excerpt != null && !excerpt.isEmpty()) {
            text.append(": ").append(excerpt);
        } else {
            text.append(", empty body");
        }
        return text.toString();
    }
}
