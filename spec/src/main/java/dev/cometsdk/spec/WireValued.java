package dev.cometsdk.spec;

import java.util.Optional;

/** An enumeration whose constants are spelled in spec files by a fixed text. */
public interface WireValued {

  /** The spelling in spec files. */
  String wireValue();

  /** The constant of {@code type} spelled {@code text}, if any. */
  static <E extends Enum<E> & WireValued> Optional<E> fromWire(Class<E> type, String text) {
    for (E constant : type.getEnumConstants()) {
      if (constant.wireValue().equals(text)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** All spellings of {@code type}, in declaration order, for error messages. */
  static <E extends Enum<E> & WireValued> String spellings(Class<E> type) {
    StringBuilder text = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      if (text.length() > 0) {
        text.append(", ");
      }
      text.append(constant.wireValue());
    }
    return text.toString();
  }
}
