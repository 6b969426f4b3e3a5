package dev.cometsdk.runtime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The credentials a client sends with every call: a password, a password with a one-time (TOTP)
 * code, a session key, or none.
 *
 * <p>Immutable. {@link #toString()} names the kind and the user name only: secrets never appear
 * in it, nor in any message of this SDK.
 */
public final class Credentials {

    /** The kinds of credentials, each with its own {@code AuthType} on the wire. */
    public enum Type {
        /** No credentials are sent. */
        NONE,
        /** User name and password ({@code AuthType=Password}). */
        PASSWORD,
        /** User name, password and a one-time code ({@code AuthType=PasswordTOTP}). */
        PASSWORD_TOTP,
        /** User name and a session key ({@code AuthType=SessionKey}). */
        SESSION_KEY
    }

    private static final Credentials NONE = new Credentials(Type.NONE, null, null, null, null);

    private final Type type;
    private final String username;
    private final String password;
    private final String totpCode;
    private final String sessionKey;

    private Credentials(Type type, String username, String password, String totpCode,
                        String sessionKey) {
        this.type = type;
        this.username = username;
        this.password = password;
        this.totpCode = totpCode;
        this.sessionKey = sessionKey;
    }

    /**
     * Credentials of a user name and a password.
     *
     * @param username the account name
     * @param password the password
     * @return the credentials
     */
    public static Credentials password(String username, String password) {
        return new Credentials(Type.PASSWORD, require(username, "username"),
                require(password, "password"), null, null);
    }

    /**
     * Credentials of a user name, a password and a one-time (TOTP) code. The code is sent with
     * the first call only: a code can be used once, so the calls after it authenticate with the
     * password alone (or with a session key; see
     * {@link TransportOptions.Builder#switchToSessionKey(boolean)}).
     *
     * @param username the account name
     * @param password the password
     * @param totpCode the one-time code
     * @return the credentials
     */
    public static Credentials passwordWithTotp(String username, String password, String totpCode) {
        return new Credentials(Type.PASSWORD_TOTP, require(username, "username"),
                require(password, "password"), require(totpCode, "totpCode"), null);
    }

    /**
     * Credentials of a user name and a session key obtained from a session-start method.
     *
     * @param username the account name
     * @param sessionKey the session key
     * @return the credentials
     */
    public static Credentials sessionKey(String username, String sessionKey) {
        return new Credentials(Type.SESSION_KEY, require(username, "username"), null, null,
                require(sessionKey, "sessionKey"));
    }

    /**
     * No credentials, for the methods that need none.
     *
     * @return the shared empty credentials
     */
    public static Credentials none() {
        return NONE;
    }

    /**
     * The kind of these credentials.
     *
     * @return the kind
     */
    public Type type() {
        return type;
    }

    /**
     * The account name.
     *
     * @return the user name, or null for {@link #none()}
     */
    public String username() {
        return username;
    }

    String password() {
        return password;
    }

    String totpCode() {
        return totpCode;
    }

    String sessionKeyValue() {
        return sessionKey;
    }

    /** The same account with its one-time code spent: plain password credentials. */
    Credentials withoutTotp() {
        return type == Type.PASSWORD_TOTP ? password(username, password) : this;
    }

    /**
     * Replaces every secret of these credentials in a text that came from elsewhere (such as a
     * server's error page that echoes the request) with {@code ***}: as written, as URL-encoded,
     * and as escaped inside a JSON string (minimally, and the HTML-safe way of Go's encoder, which
     * the Comet Server uses, with {@code &}, {@code <} and {@code >} as Unicode escapes).
     */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : new String[] {password, totpCode, sessionKey}) {
            // Too short a secret would blank out ordinary letters; such a secret is no secret.
            if (secret != null && secret.length() >= 3) {
                result = result.replace(secret, "***");
                result = result.replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), "***");
                result = result.replace(jsonEscaped(secret, false), "***");
                result = result.replace(jsonEscaped(secret, true), "***");
            }
        }
        return result;
    }

    /** The text as a JSON encoder writes it between quotes; {@code go}: as Go's, HTML-safe. */
    private static String jsonEscaped(String text, boolean go) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || go && (c == '<' || c == '>' || c == '&' || c == 0x2028
                    || c == 0x2029)) {
                out.append(String.format(go ? "\\u%04x" : "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Names the kind and the user name, never a password, one-time code or session key.
     *
     * @return for example {@code Credentials[password, username=admin]}
     */
    @Override
    public String toString() {
        switch (type) {
            case PASSWORD:
                return "Credentials[password, username=" + username + "]";
            case PASSWORD_TOTP:
                return "Credentials[passwordWithTotp, username=" + username + "]";
            case SESSION_KEY:
                return "Credentials[sessionKey, username=" + username + "]";
            default:
                return "Credentials[none]";
        }
    }

    private static String require(String value, String name) {
        Objects.requireNonNull(value, () -> name + " must not be null");
        return value;
    }
}
