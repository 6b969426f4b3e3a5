// Generated from the Comet Server 25.6.8 API spec by the Comet SDK generator. Do not edit.
package dev.cometsdk.client;

import dev.cometsdk.runtime.AccountKind;
import dev.cometsdk.runtime.CometException;
import dev.cometsdk.runtime.CometTransport;
import dev.cometsdk.runtime.Credentials;
import dev.cometsdk.runtime.TransportOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * A client for the Comet Server API, generated from the spec of Comet Server 25.6.8.
 *
 * <p>Build one with {@link #builder()}:
 * <pre>{@code
 * try (CometClient client = CometClient.builder()
 *     .serverUrl("https://backup.example.com/")
 *     .credentials(Credentials.password("admin", password))
 *     .build()) {
 *   Map<String, UserProfileConfig> users = client.adminListUsersFull();
 * }
 * }</pre>
 *
 * <p>Every API method has a blocking form and an {@code ...Async} form whose future always
 * completes, exceptionally with a {@link CometException} on failure. A client is thread-safe and
 * shares one HTTP client among all calls: create one and reuse it.
 *
 * <p>Methods with optional parameters take them through a request object; the blocking form with
 * the required parameters only leaves them out. A later server version that adds an optional
 * parameter therefore breaks no existing call.
 *
 * <p>The methods are declared by one interface for each area of the API, as Comet's paths group
 * them:
 * <ul>
 * <li>{@link AdminApi}: 7 methods
 * <li>{@link AdminAccountApi}: one method
 * <li>{@link AdminBrandingApi}: one method
 * <li>{@link AdminMetaApi}: 2 methods
 * <li>{@link GenApi}: one method
 * <li>{@link HybridSessionApi}: one method
 * <li>{@link UserWebApi}: one method
 * </ul>
 *
 * @since Comet Server 25.6.8
 */
public final class CometClient implements AdminApi,
    AdminAccountApi,
    AdminBrandingApi,
    AdminMetaApi,
    GenApi,
    HybridSessionApi,
    UserWebApi,
    AutoCloseable {
  private final CometTransport transport;

  /**
   * Creates a client with the given options; {@link #builder()} is usually simpler.
   *
   * @param options the server URL, credentials, timeouts and HTTP settings
   */
  public CometClient(TransportOptions options) {
    this.transport = new CometTransport(options);
  }

  /**
   * Starts building a client.
   *
   * @return a builder; {@code serverUrl} and {@code credentials} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the server URL requests go to, with a trailing slash.
   *
   * @return the server URL
   */
  public String serverUrl() {
    return transport.serverUrl();
  }

  @Override
  public CometTransport transport() {
    return transport;
  }

  /**
   * Releases the HTTP client if this client created it; a caller-supplied one is left open.
   */
  @Override
  public void close() {
    transport.close();
  }

  /**
   * Collects the options of a {@link CometClient}. Only the server URL and the credentials are
   * required.
   */
  public static final class Builder {
    private final TransportOptions.Builder options = TransportOptions.builder();

    private Builder() {
    }

    /**
     * Sets the server's URL; a base path such as {@code https://host/comet/} is kept.
     *
     * @param serverUrl the value
     * @return this builder
     */
    public Builder serverUrl(String serverUrl) {
      options.serverUrl(serverUrl);
      return this;
    }

    /**
     * Sets the server's URL; a base path such as {@code https://host/comet/} is kept.
     *
     * @param serverUrl the value
     * @return this builder
     */
    public Builder serverUrl(URI serverUrl) {
      options.serverUrl(serverUrl);
      return this;
    }

    /**
     * Sets how to sign in: a password, a password and a one-time code (used once), or a session
     * key.
     *
     * @param credentials the value
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      options.credentials(credentials);
      return this;
    }

    /**
     * Sets whether the credentials are an administrator's (the default) or an end user's.
     *
     * @param accountKind the value
     * @return this builder
     */
    public Builder accountKind(AccountKind accountKind) {
      options.accountKind(accountKind);
      return this;
    }

    /**
     * Sets how long to wait for a connection (default 10 seconds).
     *
     * @param connectTimeout the value
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      options.connectTimeout(connectTimeout);
      return this;
    }

    /**
     * Sets how long to wait for a response to begin (default 60 seconds).
     *
     * @param requestTimeout the value
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) {
      options.requestTimeout(requestTimeout);
      return this;
    }

    /**
     * Sets an HTTP client of your own, for TLS settings or a proxy; it is shared, not closed.
     *
     * @param httpClient the value
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      options.httpClient(httpClient);
      return this;
    }

    /**
     * Sets a header to send with every request.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      options.header(name, value);
      return this;
    }

    /**
     * Sets the {@code User-Agent} to send instead of the SDK's own.
     *
     * @param userAgent the value
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      options.userAgent(userAgent);
      return this;
    }

    /**
     * Sets whether a successful session-start call switches later calls to the session key it
     * returned (default false).
     *
     * @param switchToSessionKey the value
     * @return this builder
     */
    public Builder switchToSessionKey(boolean switchToSessionKey) {
      options.switchToSessionKey(switchToSessionKey);
      return this;
    }

    /**
     * Creates the client.
     *
     * @return a thread-safe client
     * @throws IllegalArgumentException naming the option that is missing or invalid
     */
    public CometClient build() {
      return new CometClient(options.build());
    }
  }
}
