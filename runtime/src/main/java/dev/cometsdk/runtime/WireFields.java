package dev.cometsdk.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The name and value pairs of one request: the credentials' fields followed by the call's
 * parameters, in the names of PROTOCOL.md.
 */
final class WireFields {

    private WireFields() {
    }

    /**
     * The credentials as form fields. A field whose name the call uses for a parameter of its own
     * (AdminAccountSessionUpgrade's {@code SessionKey}) is left to the parameter, so that no
     * name is sent twice.
     */
    static List<Map.Entry<String, String>> credentialFields(Credentials c, MethodCall call) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        switch (c.type()) {
            case PASSWORD:
                add(fields, call, "Username", c.username());
                add(fields, call, "AuthType", "Password");
                add(fields, call, "Password", c.password());
                break;
            case PASSWORD_TOTP:
                add(fields, call, "Username", c.username());
                add(fields, call, "AuthType", "PasswordTOTP");
                add(fields, call, "Password", c.password());
                add(fields, call, "TOTP", c.totpCode());
                break;
            case SESSION_KEY:
                add(fields, call, "Username", c.username());
                add(fields, call, "AuthType", "SessionKey");
                add(fields, call, "SessionKey", c.sessionKeyValue());
                break;
            default:
                break;
        }
        return fields;
    }

    /** The credentials as the headers of a multipart call. */
    static List<Map.Entry<String, String>> credentialHeaders(Credentials c) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, String> field : credentialFields(c, null)) {
            headers.add(Map.entry("X-Comet-Admin-" + field.getKey(), field.getValue()));
        }
        return headers;
    }

    /** The call's parameters, with a missing server-URL default filled in. */
    static List<Map.Entry<String, String>> params(MethodCall call, String serverUrl) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (MethodCall.Param p : call.params()) {
            fields.add(Map.entry(p.name, p.value != null ? p.value : serverUrl));
        }
        return fields;
    }

    private static void add(List<Map.Entry<String, String>> fields, MethodCall call, String name,
                            String value) {
        if (call == null || !call.hasParam(name)) {
            fields.add(Map.entry(name, value));
        }
    }
}
