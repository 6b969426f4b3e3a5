package dev.cometsdk.client.e2e;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The comparison the end-to-end tests rely on must fail where it should, or they prove nothing. */
class JsonTreesTest {

  private static void contained(String expected, String actual) {
    JsonTrees.assertContains(JsonTrees.parse(expected), JsonTrees.parse(actual), "test");
  }

  private static void notContained(String expected, String actual) {
    assertThrows(AssertionFailedError.class,
        () -> JsonTrees.assertContains(JsonTrees.parse(expected), JsonTrees.parse(actual), "test"));
  }

  @Test
  void acceptsEqualTreesAndExtraKeys() {
    contained("{\"a\":1,\"b\":[{\"c\":\"x\"}]}", "{\"b\":[{\"c\":\"x\",\"d\":null}],\"a\":1,\"e\":2}");
    contained("18446744073709551615123", "18446744073709551615123");
    contained("0.1000000000000000055511151231257827", "0.1000000000000000055511151231257827");
  }

  @Test
  void rejectsMissingKeysOtherValuesAndOtherShapes() {
    notContained("{\"a\":1}", "{\"b\":1}");
    notContained("{\"a\":1}", "{\"a\":2}");
    notContained("{\"a\":\"1\"}", "{\"a\":1}");
    notContained("{\"a\":null}", "{}");
    notContained("[1,2]", "[1,2,3]");
    notContained("[1,2]", "[2,1]");
    notContained("{\"a\":{\"b\":true}}", "{\"a\":{\"b\":false}}");
    notContained("18446744073709551615123", "18446744073709551615124");
    notContained("0.1000000000000000055511151231257827", "0.1");
    notContained("1.50", "1.5");
  }

  @Test
  void defaultsOnlyRejectsExtraValuesThatAreNotEmpty() {
    JsonTrees.assertContainsWithDefaultsOnly(JsonTrees.parse("{\"a\":1}"),
        JsonTrees.parse("{\"a\":1,\"b\":null,\"c\":0,\"d\":false,\"e\":\"\",\"f\":[],\"g\":{}}"), "test");
    assertThrows(AssertionFailedError.class, () -> JsonTrees.assertContainsWithDefaultsOnly(
        JsonTrees.parse("{\"a\":1}"), JsonTrees.parse("{\"a\":1,\"b\":\"x\"}"), "test"));
  }
}
