package dev.cometsdk.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into {@link JsonValue}s, recording the JSON pointer, line and column of every
 * value. Duplicate object keys are reported rather than silently overwritten.
 */
final class JsonTreeReader {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .enable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
      .build();

  private final String file;
  private final List<ValidationEvent> events;
  private final Map<String, SpecLocation> locations = new HashMap<>();

  JsonTreeReader(String file, List<ValidationEvent> events) {
    this.file = file;
    this.events = events;
  }

  /** The document's root value, or null after reporting a syntax error. */
  JsonValue read(byte[] content) {
    try (JsonParser parser = FACTORY.createParser(content)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        events.add(syntaxError("the file is empty; expected a JSON object", 1, 1));
        return null;
      }
      JsonValue root = readValue(parser, "");
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        JsonLocation where = parser.currentTokenLocation();
        events.add(syntaxError("unexpected content after the end of the JSON document",
            where.getLineNr(), where.getColumnNr()));
        return null;
      }
      return root;
    } catch (JsonParseException e) {
      JsonLocation where = e.getLocation();
      int line = where == null ? 0 : where.getLineNr();
      int column = where == null ? 0 : where.getColumnNr();
      events.add(syntaxError(e.getOriginalMessage(), line, column));
      return null;
    } catch (IOException e) {
      events.add(syntaxError("cannot read JSON: " + e.getMessage(), 0, 0));
      return null;
    }
  }

  /** The location of every value read so far, by JSON pointer. */
  Map<String, SpecLocation> locations() {
    return locations;
  }

  private JsonValue readValue(JsonParser parser, String pointer) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    SpecLocation location = new SpecLocation(file, pointer, start.getLineNr(), start.getColumnNr());
    // For a key that occurs twice, the first value is kept (see readObject): so are its locations.
    locations.putIfAbsent(pointer, location);
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readObject(parser, location);
      case START_ARRAY:
        List<JsonValue> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(readValue(parser, SpecLocation.childPointer(pointer, Integer.toString(elements.size()))));
        }
        return new JsonValue.JsonArray(List.copyOf(elements), location);
      case VALUE_STRING:
        return new JsonValue.JsonString(parser.getText(), location);
      case VALUE_NUMBER_INT:
        return new JsonValue.JsonNumber(new BigDecimal(parser.getBigIntegerValue()), true, location);
      case VALUE_NUMBER_FLOAT:
        return new JsonValue.JsonNumber(parser.getDecimalValue(), false, location);
      case VALUE_TRUE:
        return new JsonValue.JsonBoolean(true, location);
      case VALUE_FALSE:
        return new JsonValue.JsonBoolean(false, location);
      case VALUE_NULL:
        return new JsonValue.JsonNull(location);
      default:
        throw new JsonParseException(parser, "unexpected token " + token);
    }
  }

  private JsonValue readObject(JsonParser parser, SpecLocation location) throws IOException {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonLocation keyStart = parser.currentTokenLocation();
      parser.nextToken();
      JsonValue value = readValue(parser, SpecLocation.childPointer(location.pointer(), key));
      if (members.containsKey(key)) {
        events.add(ValidationEvent.of(Rule.JSON_DUPLICATE_KEY,
            new SpecLocation(file, value.location().pointer(), keyStart.getLineNr(), keyStart.getColumnNr()),
            "the key '" + key + "' appears more than once in the same object",
            "JSON parsers keep only one of the values; remove the other"));
      } else {
        members.put(key, value);
      }
    }
    return new JsonValue.JsonObject(java.util.Collections.unmodifiableMap(members), location);
  }

  private ValidationEvent syntaxError(String message, int line, int column) {
    return ValidationEvent.of(Rule.JSON_SYNTAX, new SpecLocation(file, "", line, column),
        "malformed JSON: " + message, "fix the JSON syntax at the line and column given");
  }
}
