package dev.cometsdk.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of a {@link CometTransport}: where the server is, who calls it, and how long to
 * wait. Immutable; made with {@link #builder()}.
 */
public final class TransportOptions {

    private final String serverUrl;
    private final Credentials credentials;
    private final AccountKind accountKind;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final HttpClient httpClient;
    private final Map<String, String> headers;
    private final String userAgent;
    private final boolean switchToSessionKey;

    private TransportOptions(Builder b, String serverUrl) {
        this.serverUrl = serverUrl;
        this.credentials = b.credentials;
        this.accountKind = b.accountKind;
        this.connectTimeout = b.connectTimeout;
        this.requestTimeout = b.requestTimeout;
        this.httpClient = b.httpClient;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.userAgent = b.userAgent != null ? b.userAgent : "comet-java-sdk/" + SdkVersion.get();
        this.switchToSessionKey = b.switchToSessionKey;
    }

    /**
     * Starts the settings of a transport.
     *
     * @return a builder with the defaults
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The server URL, normalised to end with exactly one slash, with its base path kept.
     *
     * @return for example {@code https://backup.example.com/comet/}
     */
    public String serverUrl() {
        return serverUrl;
    }

    /**
     * The credentials the transport starts with.
     *
     * @return the initial credentials ({@link Credentials#none()} by default)
     */
    public Credentials credentials() {
        return credentials;
    }

    /**
     * The kind of account the credentials belong to.
     *
     * @return {@link AccountKind#ADMIN} by default
     */
    public AccountKind accountKind() {
        return accountKind;
    }

    /**
     * How long to wait for a connection.
     *
     * @return 10 seconds by default
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait, once a request is sent, for the response headers.
     *
     * @return 60 seconds by default
     */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /**
     * The HTTP client the caller supplied, if any.
     *
     * @return the caller's client, or null when the transport builds its own
     */
    public HttpClient httpClient() {
        return httpClient;
    }

    /**
     * The extra headers sent with every request.
     *
     * @return an unmodifiable map in the order they were given
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * The {@code User-Agent} sent with every request.
     *
     * @return by default {@code comet-java-sdk/<version>}
     */
    public String userAgent() {
        return userAgent;
    }

    /**
     * Whether the transport switches to the session key that a session-start method returns.
     *
     * @return false by default
     */
    public boolean switchToSessionKey() {
        return switchToSessionKey;
    }

    /** Names the settings; the credentials show as their {@link Credentials#toString()}. */
    @Override
    public String toString() {
        return "TransportOptions[serverUrl=" + serverUrl + ", credentials=" + credentials
                + ", accountKind=" + accountKind + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout + ", userAgent=" + userAgent
                + ", headers=" + headers.keySet() + ", switchToSessionKey=" + switchToSessionKey
                + "]";
    }

    /** Collects the settings of a transport; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private Object serverUrl;
        private Credentials credentials = Credentials.none();
        private AccountKind accountKind = AccountKind.ADMIN;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private HttpClient httpClient;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String userAgent;
        private boolean switchToSessionKey;

        private Builder() {
        }

        /**
         * The server URL (required). A base path is kept: the method path is appended to it.
         *
         * @param serverUrl an absolute http or https URL, such as
         *     {@code https://backup.example.com/comet/}
         * @return this builder
         */
        public Builder serverUrl(String serverUrl) {
            this.serverUrl = serverUrl;
            return this;
        }

        /**
         * The server URL (required). A base path is kept: the method path is appended to it.
         *
         * @param serverUrl an absolute http or https URL
         * @return this builder
         */
        public Builder serverUrl(URI serverUrl) {
            this.serverUrl = serverUrl;
            return this;
        }

        /**
         * The credentials to start with.
         *
         * @param credentials the credentials; {@link Credentials#none()} by default
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /**
         * The kind of account the credentials belong to.
         *
         * @param accountKind {@link AccountKind#ADMIN} by default
         * @return this builder
         */
        public Builder accountKind(AccountKind accountKind) {
            this.accountKind = accountKind;
            return this;
        }

        /**
         * How long to wait for a connection; ignored when {@link #httpClient(HttpClient)} is set,
         * whose own setting applies.
         *
         * @param connectTimeout a positive duration; 10 seconds by default
         * @return this builder
         */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        /**
         * How long to wait, once a request is sent, for the response headers. A body that is
         * streaming is not cut off by it, so that large downloads can take their time.
         *
         * @param requestTimeout a positive duration; 60 seconds by default
         * @return this builder
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
            return this;
        }

        /**
         * An HTTP client of the caller's, for TLS or proxy settings. The transport then neither
         * builds nor closes one of its own.
         *
         * @param httpClient the client, or null for the transport's own
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /**
         * An extra header sent with every request; giving a name again replaces its value.
         *
         * @param name the header name; not one that the transport sets itself
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * The {@code User-Agent} to send.
         *
         * @param userAgent the value; by default {@code comet-java-sdk/<version>}
         * @return this builder
         */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /**
         * Whether to authenticate with the session key that a session-start method returns, for
         * the calls after it.
         *
         * @param switchToSessionKey false by default
         * @return this builder
         */
        public Builder switchToSessionKey(boolean switchToSessionKey) {
            this.switchToSessionKey = switchToSessionKey;
            return this;
        }

        /**
         * Checks the settings and makes them immutable.
         *
         * @return the options
         * @throws IllegalArgumentException naming the first option that is missing or wrong
         */
        public TransportOptions build() {
            String url = normaliseServerUrl(serverUrl);
            require(credentials, "credentials");
            require(accountKind, "accountKind");
            requirePositive(connectTimeout, "connectTimeout");
            requirePositive(requestTimeout, "requestTimeout");
            if (userAgent != null) {
                checkHeader("User-Agent", userAgent, "userAgent");
            }
            for (Map.Entry<String, String> header : headers.entrySet()) {
                checkExtraHeader(header.getKey(), header.getValue());
            }
            return new TransportOptions(this, url);
        }

        private static String normaliseServerUrl(Object given) {
            if (given == null) {
                throw new IllegalArgumentException("serverUrl is required");
            }
            URI uri;
            try {
                uri = given instanceof URI ? (URI) given : new URI(given.toString().trim());
            } catch (URISyntaxException e) {
                throw badServerUrl(given);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null
                    || !(scheme.equals("http") || scheme.equals("https"))) {
                throw badServerUrl(given);
            }
            // Credentials in the URL would travel where this SDK does not guard them (and in
            // exception messages that quote the URL); they belong in credentials(...).
            if (uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException(
                        "serverUrl must not contain user info; use credentials(...) instead");
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException(
                        "serverUrl must not have a query or fragment: '" + given + "'");
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            return scheme + "://" + uri.getRawAuthority() + path + "/";
        }

        private static IllegalArgumentException badServerUrl(Object given) {
            return new IllegalArgumentException(
                    "serverUrl must be an absolute http or https URL: '" + given + "'");
        }

        private static void require(Object value, String option) {
            if (value == null) {
                throw new IllegalArgumentException(option + " must not be null");
            }
        }

        private static void requirePositive(Duration value, String option) {
            require(value, option);
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(option + " must be positive: " + value);
            }
        }

        private static void checkExtraHeader(String name, String value) {
            if (name == null || value == null) {
                throw new IllegalArgumentException("header name and value must not be null");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            // These the transport sets itself, per request; a fixed value would break calls.
            if (lower.equals("content-type") || lower.equals("user-agent")
                    || lower.startsWith("x-comet-admin-")) {
                throw new IllegalArgumentException("header '" + name
                        + "' is set by the transport (use userAgent(...) or credentials(...))");
            }
            checkHeader(name, value, "header '" + name + "'");
        }

        /**
         * Lets the JDK judge the header now, so that a bad one fails at build() and not on every
         * call. The JDK's message is not kept: it may quote the value, which may be a secret.
         */
        private static void checkHeader(String name, String value, String option) {
            try {
                HttpRequest.newBuilder().header(name, value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option
                        + " is not allowed: the name is restricted by the JDK or the name or value"
                        + " has characters a header cannot carry");
            }
        }
    }
}
