package dev.cometsdk.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the build's own small JSON files (the lock file, the output manifest) with Jackson's
 * streaming parser. An up-to-date build reads nothing else, and jackson-core is loaded already by
 * the spec catalog, whereas initialising Jackson's ObjectMapper costs about 100 ms in a fresh
 * Maven JVM, more than everything else the up-to-date check does; writing, which only happens
 * when something changed, still uses the ObjectMapper.
 */
final class SmallJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private SmallJson() {}

  /**
   * The top-level members of a JSON object: a scalar as its text ({@code null} for JSON null),
   * an array of scalars as a {@code List<String>}, and an object as {@code null}.
   *
   * @return the members in order, or null when the document is not an object (or is empty)
   * @throws IOException when the content is not JSON
   */
  static Map<String, Object> readObject(byte[] content) throws IOException {
    try (JsonParser parser = FACTORY.createParser(content)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Map<String, Object> members = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_ARRAY) {
          List<String> elements = new ArrayList<>();
          for (JsonToken element = parser.nextToken(); element != JsonToken.END_ARRAY; element = parser.nextToken()) {
            if (element == JsonToken.START_OBJECT || element == JsonToken.START_ARRAY) {
              parser.skipChildren();
            } else {
              elements.add(element == JsonToken.VALUE_NULL ? null : parser.getText());
            }
          }
          members.put(name, elements);
        } else if (value == JsonToken.START_OBJECT) {
          parser.skipChildren();
          members.put(name, null);
        } else {
          members.put(name, value == JsonToken.VALUE_NULL ? null : parser.getText());
        }
      }
      return members;
    }
  }

  /** The member as text when it is a scalar, otherwise null. */
  static String text(Map<String, Object> members, String name) {
    Object value = members == null ? null : members.get(name);
    return value instanceof String ? (String) value : null;
  }
}
