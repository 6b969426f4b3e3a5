package dev.cometsdk.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Recognises a Comet error body, {@code {"Status": 403, "Message": "..."}} with a status of 400
 * or more and a non-empty message, in a decoded value or in raw bytes.
 */
final class ErrorShape {

    private static final byte[] STATUS_KEY = "\"Status\"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MESSAGE_KEY = "\"Message\"".getBytes(StandardCharsets.US_ASCII);

    final long status;
    final String message;

    private ErrorShape(long status, String message) {
        this.status = status;
        this.message = message;
    }

    /**
     * Looks for an error in a decoded value, without parsing again where the value's type tells
     * the answer (generated classes implement {@link CometStatusResponse} or
     * {@link CometObject}, a map holds the body's top-level keys, a list or array says the body
     * was a JSON array); other values are checked against the body only when it names both keys
     * at all.
     */
    static ErrorShape inValue(Object value, byte[] body, int length) {
        if (value instanceof CometStatusResponse) {
            CometStatusResponse r = (CometStatusResponse) value;
            return of(r.getStatus(), r.getMessage());
        }
        if (value instanceof JsonNode) {
            return inTree((JsonNode) value);
        }
        if (value instanceof CometObject) {
            Map<String, JsonNode> extra = ((CometObject) value).getAdditionalProperties();
            boolean status = extra != null && extra.containsKey("Status");
            boolean message = extra != null && extra.containsKey("Message");
            if (status && message) {
                return fromNodes(extra.get("Status"), extra.get("Message"));
            }
            if (!status && !message) {
                return null;
            }
        }
        if (value instanceof Map) {
            // A map decoded from the body has exactly its top-level keys, so there is no need to
            // search a large body (AdminListUsersFull) for them byte by byte.
            if (!hasKey((Map<?, ?>) value, "Status") || !hasKey((Map<?, ?>) value, "Message")) {
                return null;
            }
            return inBody(body, length);
        }
        if (value instanceof Collection || (value != null && value.getClass().isArray())) {
            // The body was a JSON array, which is never the error object.
            return null;
        }
        return contains(body, length, STATUS_KEY) && contains(body, length, MESSAGE_KEY)
                ? inBody(body, length) : null;
    }

    private static boolean hasKey(Map<?, ?> map, String key) {
        try {
            return map.containsKey(key);
        } catch (ClassCastException e) {
            return false;  // a sorted map of integer keys: no key is a string
        }
    }

    /** Parses a body that did not decode as expected, and looks for an error in it. */
    static ErrorShape inBody(byte[] body, int length) {
        try {
            return inTree(CometJson.mapper().readTree(body, 0, length));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static ErrorShape inTree(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return fromNodes(node.get("Status"), node.get("Message"));
    }

    private static ErrorShape fromNodes(JsonNode status, JsonNode message) {
        if (status == null || !status.isNumber() || message == null || !message.isTextual()) {
            return null;
        }
        double value = status.asDouble();
        return of(value >= Long.MAX_VALUE ? Long.MAX_VALUE : status.asLong(), message.asText());
    }

    private static boolean contains(byte[] data, int length, byte[] key) {
        outer:
        for (int i = 0; i <= length - key.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (data[i + j] != key[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static ErrorShape of(long status, String message) {
        return status >= 400 && message != null && !message.isEmpty()
                ? new ErrorShape(status, message) : null;
    }
}
