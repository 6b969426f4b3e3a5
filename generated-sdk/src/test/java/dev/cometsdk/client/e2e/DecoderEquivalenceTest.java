package dev.cometsdk.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cometsdk.runtime.CometJson;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The generated decoders read every data structure exactly as Jackson's own bean deserializer
 * reads it from the same annotations, on JSON that a server could send and on JSON it should
 * not: keys in random orders (so that the decoders' guesses of the next key are often wrong),
 * keys left out, values replaced by nulls, numbers in quotes, other types, huge numbers. Either
 * both give equal objects (unknown fields included) or both fail at the same path.
 */
class DecoderEquivalenceTest {
  private static final ApiSpec SPEC = BundledSpecs.catalog().loadNewest();
  private static final ObjectMapper DECODERS = CometJson.newMapper();
  private static final ObjectMapper BEANS = beanOnlyMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int VARIANTS = 30;

  /** Values a field may get instead of its own. */
  private static final List<Supplier<JsonNode>> ODD_VALUES = List.of(
      NODES::nullNode,
      () -> NODES.textNode("12"),
      () -> NODES.textNode("-3.5"),
      () -> NODES.textNode("true"),
      () -> NODES.textNode(""),
      () -> NODES.textNode("text"),
      () -> NODES.booleanNode(true),
      () -> NODES.numberNode(7),
      () -> NODES.numberNode(-1),
      () -> NODES.numberNode(1.5),
      () -> NODES.numberNode(3_000_000_000L),
      () -> NODES.numberNode(Long.MIN_VALUE),
      () -> NODES.numberNode(BigInteger.ONE.shiftLeft(70)),
      NODES::arrayNode,
      NODES::objectNode);

  @TestFactory
  Stream<DynamicTest> everyStructReadsAsJacksonsBeanDeserializerReadsIt() {
    SyntheticJson synthetic = SyntheticJson.of(SPEC, 2).withUnknownFields();
    return SPEC.types().stream()
        .filter(type -> type instanceof TypeDeclaration.Struct)
        .map(type -> DynamicTest.dynamicTest(type.name(), () -> {
          Class<?> model = ApiCalls.modelClass(type.name());
          JsonNode original = synthetic.value(new TypeRef.NamedType(type.name()));
          Random random = new Random(type.name().hashCode());
          for (int variant = 0; variant < VARIANTS; variant++) {
            JsonNode input = variant == 0 ? original : scramble(original, random, variant % 3 == 0);
            String json = JsonTrees.text(input);
            assertSameOutcome(model, json, type.name() + " variant " + variant + ": " + json);
          }
        }));
  }

  private static void assertSameOutcome(Class<?> model, String json, String what) {
    Object expected;
    Object actual;
    try {
      expected = BEANS.readValue(json, model);
    } catch (Exception e) {
      expected = failure(e);
    }
    try {
      actual = DECODERS.readValue(json, model);
    } catch (Exception e) {
      actual = failure(e);
    }
    assertEquals(expected, actual, what);
  }

  /** What must match between two failures: the exception type, the path and the message. */
  private static String failure(Exception e) {
    if (e instanceof JsonMappingException mapping) {
      return mapping.getClass().getSimpleName() + " at " + mapping.getPathReference() + ": "
          + mapping.getOriginalMessage();
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /**
   * A copy with, in every object, keys shuffled and some left out or given odd values; when
   * {@code keepOrder} the keys stay in order, as a server writes them.
   */
  private static JsonNode scramble(JsonNode node, Random random, boolean keepOrder) {
    if (node instanceof ArrayNode array) {
      ArrayNode copy = NODES.arrayNode();
      array.forEach(element -> copy.add(scramble(element, random, keepOrder)));
      return copy;
    }
    if (!(node instanceof ObjectNode object)) {
      return node;
    }
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    fields.addAll(object.properties());
    if (!keepOrder) {
      Collections.shuffle(fields, random);
    }
    ObjectNode copy = NODES.objectNode();
    for (Map.Entry<String, JsonNode> field : fields) {
      int dice = random.nextInt(20);
      if (dice == 0) {
        continue;
      }
      JsonNode value = dice == 1 ? ODD_VALUES.get(random.nextInt(ODD_VALUES.size())).get()
          : scramble(field.getValue(), random, keepOrder);
      copy.set(field.getKey(), value);
    }
    return copy;
  }

  /** The same settings, but every data class read by Jackson's bean deserializer. */
  static ObjectMapper beanOnlyMapper() {
    ObjectMapper mapper = CometJson.newMapper();
    mapper.setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
      private static final long serialVersionUID = 1L;

      @Override
      public Object findDeserializer(Annotated annotated) {
        return annotated instanceof AnnotatedClass ? null : super.findDeserializer(annotated);
      }
    });
    return mapper;
  }
}
