package dev.cometsdk.runtime;

import java.time.Duration;

/**
 * Transports for tests. Ordinary tests get timeouts generous enough for a loaded CI machine; the
 * fault tests, which wait for a timeout to fire, get short ones so that none of them waits long.
 */
final class Transports {

    static final String PASSWORD = "pw-S3cr3t&=+%#?";
    static final String TOTP = "918273";
    static final String SESSION_KEY = "sk-Z9x8Y7w6-secret";

    private Transports() {
    }

    static TransportOptions.Builder options(String url) {
        return TransportOptions.builder()
                .serverUrl(url)
                .credentials(Credentials.password("admin", PASSWORD))
                .connectTimeout(Duration.ofSeconds(10))
                .requestTimeout(Duration.ofSeconds(10));
    }

    /** Short timeouts, for tests that wait for one to fire. */
    static TransportOptions.Builder faultOptions(String url) {
        return options(url)
                .connectTimeout(Duration.ofMillis(500))
                .requestTimeout(Duration.ofMillis(500));
    }

    static CometTransport transport(String url) {
        return new CometTransport(options(url).build());
    }

    static CometTransport faultTransport(String url) {
        return new CometTransport(faultOptions(url).build());
    }

    static MethodCall.Builder adminCall() {
        return MethodCall.form("AdminListUsers", "/api/v1/admin/list-users", AuthRequirement.ADMIN);
    }
}
