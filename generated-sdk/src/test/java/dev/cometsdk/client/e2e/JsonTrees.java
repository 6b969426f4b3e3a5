package dev.cometsdk.client.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cometsdk.runtime.CometJson;
import java.io.UncheckedIOException;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/** Comparisons of JSON trees as the SDK's mapper reads them. */
final class JsonTrees {
  private JsonTrees() {}

  /** The tree as {@code CometJson.mapper()} reads the text of {@code node}, so that node kinds agree. */
  static JsonNode normalize(JsonNode node) {
    return parse(text(node));
  }

  static JsonNode parse(String text) {
    try {
      return CometJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new AssertionFailedError("not JSON: " + e.getOriginalMessage() + ": " + text);
    }
  }

  static String text(Object value) {
    try {
      return CometJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code expected} is contained in {@code actual}: every key of every object of
   * {@code expected} is in the object at the same place in {@code actual}, arrays have the same
   * length, and scalars are equal. {@code actual} may have more keys.
   */
  static void assertContains(JsonNode expected, JsonNode actual, String what) {
    String problem = containment(normalize(expected), normalize(actual), "$", false);
    if (problem != null) {
      throw new AssertionFailedError(what + ": " + problem + "\n expected (contained): " + text(expected)
          + "\n actual: " + text(actual));
    }
  }

  /**
   * Like {@link #assertContains}, and every key of {@code actual} that {@code expected} lacks holds an
   * empty value (null, 0, false, "", [] or {}), as a Java default would write.
   */
  static void assertContainsWithDefaultsOnly(JsonNode expected, JsonNode actual, String what) {
    String problem = containment(normalize(expected), normalize(actual), "$", true);
    if (problem != null) {
      throw new AssertionFailedError(what + ": " + problem + "\n expected (contained): " + text(expected)
          + "\n actual: " + text(actual));
    }
  }

  private static String containment(JsonNode expected, JsonNode actual, String path, boolean extrasEmpty) {
    if (actual == null || actual.isMissingNode()) {
      return path + " is missing";
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        return path + " is " + actual.getNodeType() + ", not an object";
      }
      for (Map.Entry<String, JsonNode> entry : expected.properties()) {
        String problem = containment(entry.getValue(), actual.get(entry.getKey()), path + "." + entry.getKey(),
            extrasEmpty);
        if (problem != null) {
          return problem;
        }
      }
      if (extrasEmpty) {
        for (Map.Entry<String, JsonNode> entry : actual.properties()) {
          if (!expected.has(entry.getKey()) && !isEmpty(entry.getValue())) {
            return path + "." + entry.getKey() + " was not in the input, but has the value " + entry.getValue();
          }
        }
      }
      return null;
    }
    if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        return path + " is " + actual + ", not an array of " + expected.size();
      }
      for (int i = 0; i < expected.size(); i++) {
        String problem = containment(expected.get(i), actual.get(i), path + "[" + i + "]", extrasEmpty);
        if (problem != null) {
          return problem;
        }
      }
      return null;
    }
    // Jackson calls 1.5 and 1.50 equal; the text tells them apart, and a value sent back must not change.
    return expected.equals(actual) && expected.toString().equals(actual.toString()) ? null
        : path + " is " + actual + ", expected " + expected;
  }

  /** Whether Go's {@code omitempty} would leave this value out: null, zero, false, "" or an empty container. */
  static boolean isEmpty(JsonNode node) {
    if (node.isNull() || node.isContainerNode() && node.isEmpty()) {
      return true;
    }
    if (node.isNumber()) {
      return node.decimalValue().signum() == 0;
    }
    if (node.isBoolean()) {
      return !node.booleanValue();
    }
    return node.isTextual() && node.textValue().isEmpty();
  }
}
