package dev.cometsdk.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import dev.cometsdk.runtime.CometJson;
import java.io.IOException;

/**
 * How often the generated decoders guess the next JSON key right on the decoding data set: the
 * keys compared with a guess (right or wrong) and the keys read without one (map keys, the first
 * key after an unknown one, keys never seen before), for one decode after the data set's own
 * check has taught the decoders the order.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.cometsdk.bench.KeyGuesses}
 */
final class KeyGuesses {
  private KeyGuesses() {
  }

  public static void main(String[] args) throws IOException {
    byte[] body = UserListData.body();
    Counter parser = new Counter(CometJson.mapper().createParser(body));
    CometJson.mapper().readValue(parser, UserListData.TYPED);
    long guessed = parser.right + parser.wrong;
    System.out.printf("keys per decode: %,d guessed, of which %,d right (%.1f%%) and %,d wrong; %,d read without a guess"
        + " (map keys and the like); %,d guesses at an object's end%n", guessed, parser.right,
        100.0 * parser.right / guessed, parser.wrong, parser.unguessed, parser.atEnd);
  }

  /** Counts what the parser is asked for and what it finds. */
  private static final class Counter extends JsonParserDelegate {
    long right;
    long wrong;
    long atEnd;
    long unguessed;

    Counter(JsonParser parser) {
      super(parser);
    }

    @Override
    public boolean nextFieldName(SerializableString guess) throws IOException {
      boolean matched = delegate.nextFieldName(guess);
      if (matched) {
        right++;
      } else if (delegate.hasToken(JsonToken.FIELD_NAME)) {
        wrong++;
      } else {
        atEnd++;
      }
      return matched;
    }

    @Override
    public String nextFieldName() throws IOException {
      String name = delegate.nextFieldName();
      if (name != null) {
        unguessed++;
      }
      return name;
    }
  }
}
