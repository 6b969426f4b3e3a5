package dev.cometsdk.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves a parser from key to key of a JSON object of one class, guessing each key from the key
 * that followed the previous one the last time. A server writes the objects of one class with
 * their keys in the same order, so the guess is almost always right, and a right guess lets the
 * parser compare the key's bytes with the guess instead of decoding it and looking it up in its
 * table of names, which was 40% of the time of reading a list of user profiles. A wrong guess
 * costs a failed comparison of a few bytes, after which the key is read the ordinary way.
 *
 * <p>The memory of which key follows which is shared by every thread reading the class and
 * updated without locks: a guess read stale or torn between two writes is only a guess, and the
 * key actually read is always the one in the JSON.
 */
final class KeyPredictor {
    /** {@link #next} at the end of the object. */
    static final int END = -2;
    /** {@link #next} at a key the class does not know. */
    static final int UNKNOWN = -1;

    private final SerializedString[] keys;
    private final Map<String, Integer> indexes;
    /**
     * For each key index, and for the object's start ({@link #start()}) and a key after an
     * unknown one ({@code keys.length + 1}), the index of the key that came next last time, or
     * {@link #UNKNOWN} for no guess.
     */
    private final int[] following;

    KeyPredictor(List<String> names) {
        keys = new SerializedString[names.size()];
        indexes = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            // The parser reports a right guess with the guess's String: interned, like the names
            // it decodes itself, so that Jackson's own lookups by name compare by identity.
            String name = names.get(i).intern();
            keys[i] = new SerializedString(name);
            keys[i].asQuotedUTF8();
            indexes.put(name, i);
        }
        following = new int[keys.length + 2];
        java.util.Arrays.fill(following, UNKNOWN);
    }

    /** The place before the first key, to pass to {@link #next} at an object's start. */
    int start() {
        return keys.length;
    }

    /**
     * Where the parser is at a key of the class, for a caller whose parser already stands on a
     * key (or the object's end) rather than its start.
     *
     * @param p the parser, at a key or the end of the object
     * @return the key's index, {@link #UNKNOWN} or {@link #END}
     * @throws IOException if the parser cannot tell the key
     */
    int current(JsonParser p) throws IOException {
        return p.hasToken(JsonToken.FIELD_NAME) ? indexOf(p.currentName()) : END;
    }

    /**
     * Advances the parser to the next key (its name is then {@link JsonParser#currentName()}) or
     * to the end of the object.
     *
     * @param p the parser, before the next key
     * @param previous the index of the previous key, {@link #UNKNOWN} after an unknown key, or
     *     {@link #start()} at the start
     * @return the index of the key the parser is now at, {@link #UNKNOWN} or {@link #END}
     * @throws IOException if the JSON is malformed
     */
    int next(JsonParser p, int previous) throws IOException {
        int slot = previous == UNKNOWN ? keys.length + 1 : previous;
        int guess = following[slot];
        String name;
        if (guess >= 0) {
            if (p.nextFieldName(keys[guess])) {
                return guess;
            }
            name = p.hasToken(JsonToken.FIELD_NAME) ? p.currentName() : null;
        } else {
            name = p.nextFieldName();
        }
        if (name == null) {
            return END;
        }
        int actual = indexOf(name);
        following[slot] = actual;
        return actual;
    }

    private int indexOf(String name) {
        Integer index = indexes.get(name);
        return index == null ? UNKNOWN : index;
    }
}
