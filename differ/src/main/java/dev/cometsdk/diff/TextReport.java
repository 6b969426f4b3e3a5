package dev.cometsdk.diff;

import java.util.List;

/** A plain-text report for a terminal: a summary, then the changes by area, breaking first. */
public final class TextReport {
  private TextReport() {}

  public static String render(DiffResult result) {
    StringBuilder text = new StringBuilder();
    text.append("Comet API ").append(result.from()).append(" -> ").append(result.to()).append(": ")
        .append(ReportFacts.summaryLine(result)).append('\n');
    text.append("Suggested SDK version bump: ").append(result.suggestedBump().label()).append('\n');
    for (Area area : Area.values()) {
      List<Change> changes = ReportFacts.breakingFirst(result.changes(area));
      if (changes.isEmpty()) {
        continue;
      }
      text.append('\n').append(area.title()).append(" (").append(changes.size()).append(")\n");
      for (Change change : changes) {
        text.append("  ").append(String.format("%-8s", ReportFacts.severityLabel(change))).append(' ')
            .append(change.rule()).append("  ").append(change.subject()).append('\n');
        text.append("           ").append(change.description());
        ReportFacts.values(change).ifPresent(values -> text.append(": ").append(values));
        text.append('\n');
        if (change.verdicts().worst() != Compatibility.COMPATIBLE) {
          text.append("           ").append(ReportFacts.verdictLine(change.verdicts())).append('\n');
        }
        if (!change.usedBy().isEmpty()) {
          text.append("           used by ").append(ReportFacts.usageLine(change.usedBy(), 8)).append('\n');
        }
        change.accepted().ifPresent(reason -> text.append("           accepted: ").append(reason).append('\n'));
      }
    }
    for (Suppressions.Entry entry : result.unmatchedSuppressions()) {
      text.append("\nUnmatched suppression: ").append(entry.rule()).append(' ').append(entry.subject())
          .append(" (matches no change)\n");
    }
    return text.toString();
  }
}
