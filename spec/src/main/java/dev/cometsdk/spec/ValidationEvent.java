package dev.cometsdk.spec;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a spec: which rule, how serious, where, what and how to fix it.
 *
 * @param hint what to do about it; may be empty
 */
public record ValidationEvent(String ruleId, Severity severity, SpecLocation location, String message, String hint) {

  /** Source order: file, line, column, pointer, then rule id and message for ties. */
  public static final Comparator<ValidationEvent> SOURCE_ORDER =
      Comparator.comparing((ValidationEvent event) -> event.location().file())
          .thenComparingInt(event -> event.location().line())
          .thenComparingInt(event -> event.location().column())
          .thenComparing(event -> event.location().pointer())
          .thenComparing(ValidationEvent::ruleId)
          .thenComparing(ValidationEvent::message);

  public ValidationEvent {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  static ValidationEvent of(Rule rule, SpecLocation location, String message, String hint) {
    return new ValidationEvent(rule.id(), rule.severity(), location, message, hint);
  }

  /**
   * One line: {@code ERROR type.unresolved 25.6.8.json:12:7 (/methods/3/returns): message}. The
   * hint is left out; {@link ValidationReport#toText()} prints it on the next line.
   */
  public String toLine() {
    return severity + " " + ruleId + " " + location + ": " + message;
  }
}
