package dev.cometsdk.runtime;

/**
 * What every generated Comet client is: an object whose API methods call the server through one
 * {@link CometTransport}. The generated interfaces that group a client's methods by area of the
 * API ({@code AdminApi}, {@code AdminDispatcherApi}, ...) extend it, and their methods reach the
 * server through {@link #transport()}.
 */
public interface CometApi {

    /**
     * Returns the transport that this client's methods call through. Application code can use it
     * to call a method that the client was generated without:
     * {@code client.transport().call(MethodCall.form(...).build(), type)}.
     *
     * @return the transport, open until the client is closed
     */
    CometTransport transport();
}
