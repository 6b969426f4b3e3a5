package dev.cometsdk.runtime;

/**
 * The server answered with a 2xx status, but the body is not JSON of the expected type. Tells
 * where in the document decoding stopped ({@link #jsonPath()}) and shows the body around it.
 */
public class CometDecodingException extends CometException {

    private static final long serialVersionUID = 1L;

    /** Where decoding stopped. */
    private final String jsonPath;
    /** The body around the failure. */
    private final String excerpt;

    /**
     * Makes the exception.
     *
     * @param methodName the API method
     * @param path its path
     * @param jsonPath where decoding stopped, e.g. {@code $.Users[3].Emails}
     * @param reason why, in a few words
     * @param excerpt the body around the failure (bounded)
     * @param cause the parser's exception, or null
     */
    public CometDecodingException(String methodName, String path, String jsonPath, String reason,
                                  String excerpt, Throwable cause) {
        super(methodName, path, "cannot decode the response at " + jsonPath + ": " + reason
                + (excerpt.isEmpty() ? " (empty body)" : "; near: " + excerpt), cause);
        this.jsonPath = jsonPath;
        this.excerpt = excerpt;
    }

    /**
     * Where in the JSON document decoding stopped.
     *
     * @return a path such as {@code $.Users[3].Emails}; {@code $} for the document itself
     */
    public String jsonPath() {
        return jsonPath;
    }

    /**
     * The body around the failure, decoded as UTF-8.
     *
     * @return at most about 1 KiB of text
     */
    public String excerpt() {
        return excerpt;
    }
}
