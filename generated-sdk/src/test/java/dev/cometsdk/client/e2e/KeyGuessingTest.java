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
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated decoders guess JSON keys, which is what makes typed decoding faster than reading
 * into a Map (docs/benchmarks.md); a wrong guess still reads correctly, so only a count can see
 * the guessing break. The rule: in an object of a class, the guess for the key after key K is the
 * key that followed K the last time in an object of that class (nothing is guessed the first time).
 * A walk over the same document, in the order the decoder reads it, applies that rule to count the
 * right and wrong guesses to expect; the parser counts the ones it is asked to make.
 */
class KeyGuessingTest {
  private static final ApiSpec SPEC = BundledSpecs.catalog().loadNewest();
  private static final int COPIES = 3;
  private static final String START = "";

  @TestFactory
  Stream<DynamicTest> everyKeyIsGuessedAsTheRuleSays() {
    SyntheticJson synthetic = SyntheticJson.of(SPEC, 2);
    return SPEC.types().stream()
        .filter(type -> type instanceof TypeDeclaration.Struct)
        .map(type -> DynamicTest.dynamicTest(type.name(), () -> {
          Class<?> model = ApiCalls.modelClass(type.name());
          ArrayNode copies = JsonNodeFactory.instance.arrayNode();
          for (int i = 0; i < COPIES; i++) {
            copies.add(synthetic.value(new TypeRef.NamedType(type.name())));
          }
          Expected expected = new Expected();
          copies.forEach(object -> expected.walk(new TypeRef.NamedType(type.name()), object));

          ObjectMapper mapper = CometJson.newMapper();
          GuessCounter parser = new GuessCounter(
              mapper.createParser(JsonTrees.text(copies).getBytes(StandardCharsets.UTF_8)));
          List<?> decoded = mapper.readValue(parser, mapper.getTypeFactory().constructCollectionType(List.class, model));

          assertEquals(COPIES, decoded.size());
          assertTrue(expected.right > 0 || copies.get(0).isEmpty(), type.name() + ": the copies repeat keys");
          assertEquals(expected.right, parser.right, type.name() + ": right guesses");
          assertEquals(expected.wrong, parser.wrong, type.name() + ": wrong guesses");
        }));
  }

  /** The guesses the rule makes on a document, walked in the order the decoder reads it. */
  private static final class Expected {
    final Map<String, Map<String, String>> following = new HashMap<>();
    int right;
    int wrong;

    void walk(TypeRef type, JsonNode node) {
      if (type instanceof TypeRef.NullableType nullable) {
        walk(nullable.inner(), node);
      } else if (type instanceof TypeRef.ListType list) {
        node.forEach(element -> walk(list.element(), element));
      } else if (type instanceof TypeRef.MapType map) {
        node.forEach(value -> walk(map.value(), value));
      } else if (type instanceof TypeRef.NamedType named) {
        TypeDeclaration declaration = SPEC.declarationOf(named);
        if (declaration instanceof TypeDeclaration.Alias alias) {
          walk(alias.target(), node);
        } else if (node.isObject()) {
          struct((TypeDeclaration.Struct) declaration, node);
        }
      }
    }

    private void struct(TypeDeclaration.Struct struct, JsonNode object) {
      Map<String, String> next = following.computeIfAbsent(struct.name(), name -> new HashMap<>());
      String previous = START;
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        String guess = next.get(previous);
        if (guess != null) {
          if (guess.equals(entry.getKey())) {
            right++;
          } else {
            wrong++;
          }
        }
        next.put(previous, entry.getKey());
        Field field = struct.fields().stream().filter(f -> f.jsonName().equals(entry.getKey())).findFirst()
            .orElseThrow();
        walk(field.type(), entry.getValue());
        previous = entry.getKey();
      }
    }
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
