package dev.cometsdk.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key guesses: right after one object of the same order, and never a wrong key read. */
class KeyPredictorTest {
    private static final JsonFactory JSON = new JsonFactory();

    private final KeyPredictor keys = new KeyPredictor(List.of("Name", "Count", "Tags"));

    @Test
    void learnsTheOrderFromOneObjectAndGuessesItAfterwards() throws IOException {
        String json = "{\"Name\":1,\"Extra\":2,\"Count\":3,\"Tags\":4}";
        CountingParser first = read(json);
        assertEquals(List.of(0, KeyPredictor.UNKNOWN, 1, 2), first.keys);
        assertEquals(0, first.rightGuesses, "nothing to guess from yet");

        CountingParser second = read(json);
        assertEquals(List.of(0, KeyPredictor.UNKNOWN, 1, 2), second.keys);
        assertEquals(3, second.rightGuesses, "every known key after the first object");
    }

    @Test
    void aRightGuessNamesTheKeyWithAnInternedString() throws IOException {
        // Jackson's property lookups compare names by identity first; a name that is equal but
        // not the same String makes every lookup of a list or map field compare characters.
        KeyPredictor fromBuiltNames = new KeyPredictor(List.of(new String(new char[] {'N', 'a', 'm', 'e'})));
        for (int round = 0; round < 2; round++) {
            // Long enough for the parser's byte comparison, which needs the key and four more bytes.
            JsonParser parser = JSON.createParser("{\"Name\":1,\"Other\":2}".getBytes(StandardCharsets.UTF_8));
            parser.nextToken();
            assertEquals(0, fromBuiltNames.next(parser, fromBuiltNames.start()));
            assertSame("Name", parser.currentName(), "round " + round);
        }
    }

    @Test
    void aWrongGuessStillReadsTheKeyInTheJson() throws IOException {
        read("{\"Name\":1,\"Count\":2,\"Tags\":3}");
        CountingParser reordered = read("{\"Tags\":1,\"Name\":2,\"Other\":3,\"Count\":4}");
        assertEquals(List.of(2, 0, KeyPredictor.UNKNOWN, 1), reordered.keys);
        assertEquals(List.of("Tags", "Name", "Other", "Count"), reordered.names);
        CountingParser shorter = read("{\"Name\":1}");
        assertEquals(List.of(0), shorter.keys);
        assertEquals(List.of(), read("{}").keys);
    }

    @Test
    void worksOnParsersOverTextAsWellAsBytes() throws IOException {
        String json = "{\"Count\":1,\"Tags\":2}";
        for (int round = 0; round < 2; round++) {
            JsonParser text = JSON.createParser(json);
            text.nextToken();
            int first = keys.next(text, keys.start());
            assertEquals(1, first);
            text.nextToken();
            assertEquals(2, keys.next(text, first));
            text.nextToken();
            assertEquals(KeyPredictor.END, keys.next(text, 2));
        }
    }

    private CountingParser read(String json) throws IOException {
        CountingParser parser = new CountingParser(JSON.createParser(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(JsonToken.START_OBJECT, parser.nextToken());
        for (int key = keys.next(parser, keys.start()); key != KeyPredictor.END; key = keys.next(parser, key)) {
            parser.keys.add(key);
            parser.names.add(parser.currentName());
            parser.nextToken();
        }
        return parser;
    }

    /** Counts the keys that matched the guess the parser was given. */
    private static final class CountingParser extends JsonParserDelegate {
        final List<Integer> keys = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        int rightGuesses;

        CountingParser(JsonParser parser) {
            super(parser);
        }

        @Override
        public boolean nextFieldName(SerializableString str) throws IOException {
            boolean right = delegate.nextFieldName(str);
            if (right) {
                rightGuesses++;
            }
            return right;
        }
    }
}
