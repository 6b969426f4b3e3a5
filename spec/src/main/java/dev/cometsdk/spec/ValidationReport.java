package dev.cometsdk.spec;

import java.util.List;

/** Every event one validation found, in source order. */
public record ValidationReport(List<ValidationEvent> events) {

  public ValidationReport {
    events = events.stream().sorted(ValidationEvent.SOURCE_ORDER).toList();
  }

  /** True when no event is an {@link Severity#ERROR}. */
  public boolean isValid() {
    return count(Severity.ERROR) == 0;
  }

  public long count(Severity severity) {
    return events.stream().filter(event -> event.severity() == severity).count();
  }

  /** The events of one severity, in source order. */
  public List<ValidationEvent> events(Severity severity) {
    return events.stream().filter(event -> event.severity() == severity).toList();
  }

  /** A human-readable report: one line an event, its hint indented below, then a count. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    for (ValidationEvent event : events) {
      text.append(event.toLine()).append('\n');
      if (!event.hint().isEmpty()) {
        text.append("    hint: ").append(event.hint()).append('\n');
      }
    }
    text.append(summary()).append('\n');
    return text.toString();
  }

  /** {@code 2 errors, 1 warning} or {@code valid}. */
  public String summary() {
    long errors = count(Severity.ERROR);
    long warnings = count(Severity.WARNING);
    long notes = count(Severity.NOTE);
    if (errors + warnings + notes == 0) {
      return "valid";
    }
    StringBuilder text = new StringBuilder();
    append(text, errors, "error");
    append(text, warnings, "warning");
    append(text, notes, "note");
    return text.toString();
  }

  private static void append(StringBuilder text, long count, String noun) {
    if (count == 0) {
      return;
    }
    if (text.length() > 0) {
      text.append(", ");
    }
    text.append(count).append(' ').append(noun).append(count == 1 ? "" : "s");
  }
}
