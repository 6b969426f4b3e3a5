package dev.cometsdk.runtime;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/** Short, single-line pieces of a response body for exception messages. */
final class BodyText {

    /** The most of a body that any message shows. */
    static final int MAX_EXCERPT_BYTES = 1024;

    private BodyText() {
    }

    /**
     * The start of a body, at most {@link #MAX_EXCERPT_BYTES}, with {@code redact} applied to the
     * text before it is put on one line (merging blanks would hide a secret from it).
     */
    static String head(byte[] body, int length, UnaryOperator<String> redact) {
        return slice(body, 0, Math.min(length, body.length), redact);
    }

    /** The part of a body around a byte offset, at most {@link #MAX_EXCERPT_BYTES}; as head. */
    static String around(byte[] body, long offset, UnaryOperator<String> redact) {
        if (offset < 0 || offset > body.length) {
            return head(body, body.length, redact);
        }
        int before = 200;
        int from = (int) Math.max(0, offset - before);
        return slice(body, from, body.length, redact);
    }

    private static String slice(byte[] body, int from, int to, UnaryOperator<String> redact) {
        int start = from;
        // Start and end on character boundaries, so that a cut never shows a broken character.
        while (start < to && isContinuation(body[start])) {
            start++;
        }
        int end = Math.min(to, start + MAX_EXCERPT_BYTES);
        if (end < to) {
            while (end > start && isContinuation(body[end])) {
                end--;
            }
        }
        String text = redact.apply(new String(body, start, end - start, StandardCharsets.UTF_8));
        String prefix = start > 0 ? "..." : "";
        String suffix = end < body.length ? "..." : "";
        return prefix + singleLine(text) + suffix;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** Keeps messages on one line: a log line should not be split by a server's HTML. */
    private static String singleLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                if (!space && out.length() > 0) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString().trim();
    }
}
