package dev.cometsdk.spec;

import java.util.Objects;

/**
 * Where an element of a spec comes from: the file (or other source name), the JSON pointer of the
 * element inside it, and the line and column where the parser found it (1-based; 0 when unknown).
 */
public record SpecLocation(String file, String pointer, int line, int column) {

  public SpecLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
  }

  /** A location for a whole file, before any element of it is known. */
  public static SpecLocation ofFile(String file) {
    return new SpecLocation(file, "", 0, 0);
  }

  /** The same file and position, pointing at {@code pointer} instead. */
  public SpecLocation withPointer(String pointer) {
    return new SpecLocation(file, pointer, line, column);
  }

  /** Appends a JSON pointer reference token, escaped as RFC 6901 asks. */
  public static String childPointer(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code file:line:column} when the position is known, then the JSON pointer. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line).append(':').append(column);
    }
    if (!pointer.isEmpty()) {
      text.append(" (").append(pointer).append(')');
    }
    return text.toString();
  }
}
