package dev.cometsdk.runtime;

/**
 * The exchange with the server failed: the connection was refused or broke, the body ended
 * early, or a local file could not be read or written. Whether the server acted on the request
 * is unknown.
 */
public class CometTransportException extends CometException {

    private static final long serialVersionUID = 1L;

    /**
     * Makes the exception.
     *
     * @param methodName the API method
     * @param path its path
     * @param detail what failed
     * @param cause the underlying exception, or null
     */
    public CometTransportException(String methodName, String path, String detail,
                                   Throwable cause) {
        super(methodName, path, detail, cause);
    }
}
