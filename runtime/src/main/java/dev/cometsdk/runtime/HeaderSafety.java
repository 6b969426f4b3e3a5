package dev.cometsdk.runtime;

/**
 * Checks that credentials can travel in HTTP headers (multipart calls). The JDK client writes
 * header values as ASCII, so anything else would arrive changed, and servers trim surrounding
 * spaces; either way the server would see a wrong password.
 */
final class HeaderSafety {

    private HeaderSafety() {
    }

    static void check(MethodCall call, Credentials c) {
        for (String value : new String[] {c.username(), c.password(), c.totpCode(),
                c.sessionKeyValue()}) {
            if (value != null && !fits(value)) {
                throw new IllegalStateException(call.methodName() + " (" + call.path()
                        + ") sends credentials in HTTP headers, which cannot carry this user name"
                        + " or secret unchanged (it has non-ASCII or control characters, or"
                        + " surrounding spaces); use a session key for this call");
            }
        }
    }

    private static boolean fits(String value) {
        if (!value.equals(value.trim())) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x20 || ch > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
