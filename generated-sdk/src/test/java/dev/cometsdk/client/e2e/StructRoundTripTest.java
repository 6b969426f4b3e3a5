package dev.cometsdk.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cometsdk.runtime.CometJson;
import dev.cometsdk.runtime.CometObject;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every data structure of the newest spec survives JSON, Java and JSON again: known fields keep
 * their values exactly, unknown fields (added at every level, with a huge integer, a float beyond
 * double precision, nested arrays and objects, null) come back unchanged, and decoding the output
 * again gives an equal object. This is the read-modify-write promise of PROTOCOL.md.
 */
class StructRoundTripTest {
  private static final ApiSpec SPEC = BundledSpecs.catalog().loadNewest();
  private static final ObjectMapper MAPPER = CometJson.mapper();

  @TestFactory
  Stream<DynamicTest> everyStructRoundTripsWithUnknownFields() {
    SyntheticJson synthetic = SyntheticJson.of(SPEC, 2).withUnknownFields();
    return SPEC.types().stream()
        .filter(type -> type instanceof TypeDeclaration.Struct)
        .map(type -> DynamicTest.dynamicTest(type.name(), () -> roundTrip(type.name(), synthetic)));
  }

  private static void roundTrip(String name, SyntheticJson synthetic) throws Exception {
    Class<?> type = ApiCalls.modelClass(name);
    String input = JsonTrees.text(synthetic.value(new TypeRef.NamedType(name)));
    JsonNode inputTree = JsonTrees.parse(input);

    Object decoded = MAPPER.readValue(input, type);
    CometObject object = assertInstanceOf(CometObject.class, decoded);
    List<String> unknown = new ArrayList<>();
    inputTree.fieldNames().forEachRemaining(key -> {
      if (key.startsWith(SyntheticJson.UNKNOWN_PREFIX)) {
        unknown.add(key);
      }
    });
    assertTrue(unknown.size() >= 7, "the input has unknown fields");
    assertEquals(unknown, new ArrayList<>(object.getAdditionalProperties().keySet()),
        name + ": unknown fields kept, in document order");

    String output = MAPPER.writeValueAsString(decoded);
    JsonTrees.assertContainsWithDefaultsOnly(inputTree, JsonTrees.parse(output), name + " written back");

    Object again = MAPPER.readValue(output, type);
    assertEquals(decoded, again, name + ": decoding the output again gives an equal object");
    assertEquals(decoded.hashCode(), again.hashCode(), name + ": and an equal hash code");
    assertEquals(output, MAPPER.writeValueAsString(again), name + ": and the same JSON text");
  }
}
