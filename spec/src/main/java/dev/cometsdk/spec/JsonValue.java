package dev.cometsdk.spec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it stood in its file. Internal to the loader: the
 * public model never exposes it.
 */
sealed interface JsonValue {

  SpecLocation location();

  /** The JSON kind as messages name it: object, array, string, number, boolean, null. */
  String kind();

  record JsonObject(Map<String, JsonValue> members, SpecLocation location) implements JsonValue {
    @Override
    public String kind() {
      return "object";
    }
  }

  record JsonArray(List<JsonValue> elements, SpecLocation location) implements JsonValue {
    @Override
    public String kind() {
      return "array";
    }
  }

  record JsonString(String value, SpecLocation location) implements JsonValue {
    @Override
    public String kind() {
      return "string";
    }
  }

  record JsonNumber(BigDecimal value, boolean integral, SpecLocation location) implements JsonValue {
    @Override
    public String kind() {
      return "number";
    }
  }

  record JsonBoolean(boolean value, SpecLocation location) implements JsonValue {
    @Override
    public String kind() {
      return "boolean";
    }
  }

  record JsonNull(SpecLocation location) implements JsonValue {
    @Override
    public String kind() {
      return "null";
    }
  }
}
