package dev.cometsdk.runtime;

/**
 * The server answered with a 2xx status, but its body reports an error:
 * {@code {"Status": 403, "Message": "..."}} with a {@code Status} of 400 or more.
 */
public class CometApiException extends CometException {

    private static final long serialVersionUID = 1L;

    /** The {@code Status} of the body. */
    private final long status;
    /** The {@code Message} of the body. */
    private final String apiMessage;

    /**
     * Makes the exception.
     *
     * @param methodName the API method
     * @param path its path
     * @param status the {@code Status} of the body
     * @param apiMessage the {@code Message} of the body
     */
    public CometApiException(String methodName, String path, long status, String apiMessage) {
        super(methodName, path, "Comet API error " + status + ": " + apiMessage, null);
        this.status = status;
        this.apiMessage = apiMessage;
    }

    /**
     * The {@code Status} the server reported.
     *
     * @return a value of 400 or more
     */
    public long status() {
        return status;
    }

    /**
     * The {@code Message} the server reported.
     *
     * @return the message, never empty
     */
    public String apiMessage() {
        return apiMessage;
    }
}
