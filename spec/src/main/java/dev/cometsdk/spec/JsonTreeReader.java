package dev.cometsdk.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
  private byte[] content;

  JsonTreeReader(String file, List<ValidationEvent> events) {
    this.file = file;
    this.events = events;
  }

  /** The document's root value, or null after reporting a syntax error. */
  JsonValue read(byte[] content) {
    this.content = content;
    try (JsonParser parser = FACTORY.createParser(content)) {
      try {
        return readDocument(parser);
      } catch (StreamConstraintsException e) {
        // Too long a number, too deep a nesting: Jackson gives no location, but the parser is just
        // past the offending token; for a number, step back to its start.
        int offset = (int) parser.currentLocation().getByteOffset();
        while (offset > 0 && offset <= content.length && "0123456789+-.eE".indexOf(content[offset - 1]) >= 0) {
          offset--;
        }
        events.add(syntaxError(readable(e.getOriginalMessage()), offset));
        return null;
      }
    } catch (JsonParseException e) {
      JsonLocation where = e.getLocation();
      int offset = where == null ? -1 : (int) where.getByteOffset();
      int comma = trailingCommaBefore(offset);
      if (comma >= 0) {
        events.add(syntaxError("a comma before '" + (char) content[offset] + "': JSON allows no comma after the last "
            + (content[offset] == '}' ? "member of an object" : "element of an array"), comma));
        return null;
      }
      events.add(syntaxError(readable(e.getOriginalMessage()), offset));
      return null;
    } catch (IOException e) {
      events.add(ValidationEvent.of(Rule.JSON_SYNTAX, SpecLocation.ofFile(file),
          "malformed JSON: cannot read JSON: " + e.getMessage(), "fix the JSON syntax"));
      return null;
    }
  }

  private JsonValue readDocument(JsonParser parser) throws IOException {
    if (parser.nextToken() == null) {
      events.add(syntaxError("the file is empty; expected a JSON object", 0));
      return null;
    }
    JsonValue root = readValue(parser, "");
    // Anything but blanks after the root is an error, whether or not it would parse as JSON.
    int offset = (int) parser.currentLocation().getByteOffset();
    while (offset < content.length && isBlank(content[offset])) {
      offset++;
    }
    if (offset < content.length) {
      events.add(syntaxError("unexpected content after the end of the JSON document", offset));
      return null;
    }
    return root;
  }

  /** The location of every value read so far, by JSON pointer. */
  Map<String, SpecLocation> locations() {
    return locations;
  }

  private JsonValue readValue(JsonParser parser, String pointer) throws IOException {
    SpecLocation location = locate(pointer, parser.currentTokenLocation());
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
            locate(value.location().pointer(), keyStart),
            "the key '" + key + "' appears more than once in the same object",
            "JSON parsers keep only one of the values; remove the other"));
      } else {
        members.put(key, value);
      }
    }
    return new JsonValue.JsonObject(java.util.Collections.unmodifiableMap(members), location);
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  /** The offset of a comma that only blanks separate from the '}' or ']' at {@code offset}; else -1. */
  private int trailingCommaBefore(int offset) {
    if (offset <= 0 || offset >= content.length || (content[offset] != '}' && content[offset] != ']')) {
      return -1;
    }
    int before = offset - 1;
    while (before >= 0 && isBlank(content[before])) {
      before--;
    }
    return before >= 0 && content[before] == ',' ? before : -1;
  }

  /**
   * Jackson's message without its source description ("start marker at [Source: REDACTED (...);
   * line: 1, column: 1]" becomes "start marker at line 1, column 1") or the name of its setting
   * ("(1000, from `StreamReadConstraints.getMaxNumberLength()`)" becomes "(1000)").
   */
  private static String readable(String message) {
    return message.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
        .replaceAll(", from `[^`]*`", "");
  }

  private ValidationEvent syntaxError(String message, int offset) {
    return ValidationEvent.of(Rule.JSON_SYNTAX, locate("", offset),
        "malformed JSON: " + message, "fix the JSON syntax at the line and column given");
  }

  /** The location of the token Jackson is at: its line, and its column counted as {@link #column} does. */
  private SpecLocation locate(String pointer, JsonLocation where) {
    return new SpecLocation(file, pointer, where.getLineNr(), column((int) where.getByteOffset(), where.getColumnNr()));
  }

  /** The location of a byte offset, for an error: counts the lines from the start of the file. */
  private SpecLocation locate(String pointer, int offset) {
    if (offset < 0 || offset > content.length) {
      return new SpecLocation(file, pointer, 0, 0);
    }
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (content[i] == '\n' || content[i] == '\r' && (i + 1 == content.length || content[i + 1] != '\n')) {
        line++;
      }
    }
    return new SpecLocation(file, pointer, line, column(offset, 0));
  }

  /**
   * The column of a byte offset as an editor shows it. Jackson's columns count bytes, so a
   * non-ASCII character (or a byte order mark) earlier on the line would shift them; this counts
   * characters. {@code fallback} when the offset is unknown.
   */
  private int column(int offset, int fallback) {
    if (offset < 0 || offset > content.length) {
      return fallback;
    }
    int lineStart = offset;
    while (lineStart > 0 && content[lineStart - 1] != '\n' && content[lineStart - 1] != '\r') {
      lineStart--;
    }
    if (lineStart == 0 && hasByteOrderMark()) {
      lineStart = 3;
    }
    int column = 1;
    for (int i = lineStart; i < offset; i++) {
      if ((content[i] & 0xC0) != 0x80) { // not a UTF-8 continuation byte: a character starts here
        column++;
      }
    }
    return column;
  }

  private boolean hasByteOrderMark() {
    return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
  }
}
