package dev.cometsdk.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.cometsdk.runtime.CometJson;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated decoders guess JSON keys, which is what makes typed decoding faster than reading
 * into a Map (docs/benchmarks.md); a wrong guess still reads correctly, so only a count can see
 * the guessing break. Objects of one class written in one key order, as a server writes them:
 * after the first object, the keys that are not map keys must be guessed right.
 */
class KeyGuessingTest {
  private static final ApiSpec SPEC = BundledSpecs.catalog().loadNewest();
  private static final int COPIES = 3;

  @TestFactory
  Stream<DynamicTest> keysOfObjectsInOneOrderAreGuessedRight() {
    SyntheticJson synthetic = SyntheticJson.of(SPEC, 2);
    return SPEC.types().stream()
        .filter(type -> type instanceof TypeDeclaration.Struct)
        .map(type -> DynamicTest.dynamicTest(type.name(), () -> {
          Class<?> model = ApiCalls.modelClass(type.name());
          JsonNode object = synthetic.value(new TypeRef.NamedType(type.name()));
          ObjectMapper mapper = CometJson.newMapper();
          mapper.readValue(JsonTrees.text(object), model);  // the first object teaches the order
          ArrayNode copies = JsonNodeFactory.instance.arrayNode();
          for (int i = 0; i < COPIES; i++) {
            copies.add(object);
          }
          GuessCounter parser = new GuessCounter(
              mapper.createParser(JsonTrees.text(copies).getBytes(StandardCharsets.UTF_8)));
          List<?> decoded = mapper.readValue(parser, mapper.getTypeFactory().constructCollectionType(List.class, model));
          assertEquals(COPIES, decoded.size());
          // The synthetic data stops a class that contains itself (DestinationLocation in its
          // SpanTargets) at a depth limit, so its deepest objects leave a key out: a few wrong
          // guesses there, about 1 in 200 keys in the biggest classes.
          assertTrue(parser.wrong * 50 <= parser.right, type.name() + ": " + parser.wrong + " wrong guesses against "
              + parser.right + " right ones");
          assertTrue(parser.right > 0 || object.isEmpty(), type.name() + ": keys guessed at all");
        }));
  }

  /** Counts the keys the parser was asked to compare with a guess, and how many matched. */
  private static final class GuessCounter extends JsonParserDelegate {
    int right;
    int wrong;

    GuessCounter(JsonParser parser) {
      super(parser);
    }

    @Override
    public boolean nextFieldName(SerializableString guess) throws IOException {
      boolean matched = delegate.nextFieldName(guess);
      if (matched) {
        right++;
      } else if (delegate.hasToken(JsonToken.FIELD_NAME)) {
        wrong++;
      }
      return matched;
    }
  }
}
