package dev.cometsdk.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the keys of one JSON object of a spec file, reporting every missing, mistyped, empty or
 * unknown key instead of stopping at the first. Getters return empty when the key is absent or
 * wrong; {@link #isComplete()} says whether everything required was there and well-typed.
 */
final class ObjectReader {
  private final JsonValue.JsonObject object;
  private final String what;
  private final List<ValidationEvent> events;
  private final Set<String> known = new LinkedHashSet<>();
  private boolean complete = true;

  private ObjectReader(JsonValue.JsonObject object, String what, List<ValidationEvent> events) {
    this.object = object;
    this.what = what;
    this.events = events;
  }

  /** A reader for {@code value}, or empty after reporting that it is not an object. */
  static Optional<ObjectReader> of(JsonValue value, String what, List<ValidationEvent> events) {
    if (value instanceof JsonValue.JsonObject object) {
      return Optional.of(new ObjectReader(object, what, events));
    }
    events.add(ValidationEvent.of(Rule.SCHEMA_WRONG_TYPE, value.location(),
        what + " must be a JSON object, not " + article(value.kind()), "write it as { ... }"));
    return Optional.empty();
  }

  SpecLocation location() {
    return object.location();
  }

  /** What the object is, as messages name it: {@code parameter 'Limit' of method 'AdminListUsers'}. */
  String what() {
    return what;
  }

  boolean isComplete() {
    return complete;
  }

  Optional<JsonValue> raw(String key, boolean required) {
    known.add(key);
    JsonValue value = object.members().get(key);
    if (value == null && required) {
      complete = false;
      events.add(ValidationEvent.of(Rule.SCHEMA_MISSING_KEY, object.location(),
          what + " has no '" + key + "' key", "add the key \"" + key + "\""));
    }
    return Optional.ofNullable(value);
  }

  Optional<String> string(String key) {
    return string(key, true);
  }

  Optional<String> optionalString(String key) {
    return string(key, false);
  }

  /** An optional string that, when present, must not be empty. */
  Optional<String> optionalNonEmptyString(String key) {
    Optional<String> value = optionalString(key);
    if (value.isPresent() && value.get().isEmpty()) {
      complete = false;
      events.add(ValidationEvent.of(Rule.SCHEMA_EMPTY_VALUE, object.members().get(key).location(),
          "'" + key + "' of " + what + " is empty", "leave the key out or give it a value"));
      return Optional.empty();
    }
    return value;
  }

  /** A required string that must not be empty. */
  Optional<String> nonEmptyString(String key) {
    Optional<String> value = string(key);
    if (value.isPresent() && value.get().isEmpty()) {
      complete = false;
      events.add(ValidationEvent.of(Rule.SCHEMA_EMPTY_VALUE, object.members().get(key).location(),
          "'" + key + "' of " + what + " is empty", "give it a value"));
      return Optional.empty();
    }
    return value;
  }

  private Optional<String> string(String key, boolean required) {
    Optional<JsonValue> value = raw(key, required);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof JsonValue.JsonString text) {
      return Optional.of(text.value());
    }
    wrongType(key, value.get(), "a string");
    return Optional.empty();
  }

  Optional<Boolean> bool(String key) {
    Optional<JsonValue> value = raw(key, true);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof JsonValue.JsonBoolean flag) {
      return Optional.of(flag.value());
    }
    wrongType(key, value.get(), "true or false");
    return Optional.empty();
  }

  Optional<List<JsonValue>> array(String key) {
    Optional<JsonValue> value = raw(key, true);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof JsonValue.JsonArray array) {
      return Optional.of(array.elements());
    }
    wrongType(key, value.get(), "an array");
    return Optional.empty();
  }

  /** A required array of strings; every wrong element is reported. */
  Optional<List<String>> stringArray(String key) {
    Optional<List<JsonValue>> elements = array(key);
    if (elements.isEmpty()) {
      return Optional.empty();
    }
    List<String> strings = new ArrayList<>();
    boolean allStrings = true;
    for (JsonValue element : elements.get()) {
      if (element instanceof JsonValue.JsonString text && !text.value().isEmpty()) {
        strings.add(text.value());
      } else if (element instanceof JsonValue.JsonString) {
        allStrings = false;
        events.add(ValidationEvent.of(Rule.SCHEMA_EMPTY_VALUE, element.location(),
            "an element of '" + key + "' of " + what + " is empty", "remove it"));
      } else {
        allStrings = false;
        events.add(ValidationEvent.of(Rule.SCHEMA_WRONG_TYPE, element.location(),
            "elements of '" + key + "' of " + what + " must be strings, not " + article(element.kind()),
            "write each element as a JSON string"));
      }
    }
    if (!allStrings) {
      complete = false;
      return Optional.empty();
    }
    return Optional.of(strings);
  }

  /** A required string that must be the spelling of one of {@code type}'s constants. */
  <E extends Enum<E> & WireValued> Optional<E> enumeration(String key, Class<E> type) {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> constant = WireValued.fromWire(type, text.get());
    if (constant.isEmpty()) {
      complete = false;
      events.add(ValidationEvent.of(Rule.SCHEMA_UNKNOWN_VALUE, object.members().get(key).location(),
          "'" + key + "' of " + what + " is '" + text.get() + "', which is not one of: " + WireValued.spellings(type),
          "use one of the values listed"));
    }
    return constant;
  }

  /** Reports every key that no getter asked for. Call after all getters. */
  void rejectUnknownKeys() {
    for (var member : object.members().entrySet()) {
      if (!known.contains(member.getKey())) {
        complete = false;
        events.add(ValidationEvent.of(Rule.SCHEMA_UNKNOWN_KEY, member.getValue().location(),
            what + " has an unknown key '" + member.getKey() + "'",
            "the keys of " + kindOf(what) + " are: " + String.join(", ", known)));
      }
    }
  }

  /** Marks the object as unusable after a check outside this reader failed. */
  void markIncomplete() {
    complete = false;
  }

  private void wrongType(String key, JsonValue value, String expected) {
    complete = false;
    events.add(ValidationEvent.of(Rule.SCHEMA_WRONG_TYPE, value.location(),
        "'" + key + "' of " + what + " must be " + expected + ", not " + article(value.kind()),
        "change the value's JSON type"));
  }

  private static String kindOf(String what) {
    int quote = what.indexOf(" '");
    return quote < 0 ? what : what.substring(0, quote);
  }

  static String article(String kind) {
    return switch (kind) {
      case "object", "array" -> "an " + kind;
      case "null" -> "null";
      default -> "a " + kind;
    };
  }
}
