package dev.cometsdk.runtime;

/**
 * The root of the exceptions a Comet call throws. Unchecked. Every message starts with the method
 * name and path, e.g. {@code AdminListUsers (/api/v1/admin/list-users): ...}, and never carries a
 * password, one-time code, session key or request body.
 *
 * <p>The subclasses: {@link CometTransportException} (the server could not be reached or the
 * exchange broke, with {@link CometTimeoutException}), {@link CometHttpException} (a non-2xx
 * status), {@link CometApiException} (a 2xx status whose body reports an error) and
 * {@link CometDecodingException} (a 2xx body that does not fit the expected type).
 */
public class CometException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The API method. */
    private final String methodName;
    /** The method path. */
    private final String path;

    /**
     * Makes an exception about one call.
     *
     * @param methodName the API method, e.g. {@code AdminListUsers}
     * @param path its path, e.g. {@code /api/v1/admin/list-users}
     * @param detail what went wrong, without the method name
     * @param cause the underlying exception, or null
     */
    protected CometException(String methodName, String path, String detail, Throwable cause) {
        super(methodName + " (" + path + "): " + detail, cause);
        this.methodName = methodName;
        this.path = path;
    }

    /**
     * The API method whose call failed.
     *
     * @return the method name, e.g. {@code AdminListUsers}
     */
    public String methodName() {
        return methodName;
    }

    /**
     * The path of the method whose call failed.
     *
     * @return the path, e.g. {@code /api/v1/admin/list-users}
     */
    public String path() {
        return path;
    }
}
