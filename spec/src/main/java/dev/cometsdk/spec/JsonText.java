package dev.cometsdk.spec;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** JSON text helpers for messages and canonical output. */
final class JsonText {
  private JsonText() {}

  /** {@code value} as a JSON string literal, quotes included. */
  static String quote(String value) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
  }
}
