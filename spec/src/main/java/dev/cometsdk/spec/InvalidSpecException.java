package dev.cometsdk.spec;

/** A spec that failed validation; the report says every problem and where. */
public final class InvalidSpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  public InvalidSpecException(ValidationReport report) {
    super(describe(report));
    this.report = report;
  }

  public ValidationReport report() {
    return report;
  }

  private static String describe(ValidationReport report) {
    StringBuilder text = new StringBuilder("invalid spec (").append(report.summary()).append(')');
    report.events(Severity.ERROR).stream().limit(20).forEach(event -> text.append("\n  ").append(event.toLine()));
    long more = report.count(Severity.ERROR) - 20;
    if (more > 0) {
      text.append("\n  ... and ").append(more).append(" more");
    }
    return text.toString();
  }
}
