package dev.cometsdk.runtime;

/** No connection, or no response headers, came within the configured timeout. */
public class CometTimeoutException extends CometTransportException {

    private static final long serialVersionUID = 1L;

    /**
     * Makes the exception.
     *
     * @param methodName the API method
     * @param path its path
     * @param detail which timeout fired
     * @param cause the underlying exception, or null
     */
    public CometTimeoutException(String methodName, String path, String detail,
                                 Throwable cause) {
        super(methodName, path, detail, cause);
    }
}
