package dev.cometsdk.diff;

import java.util.List;
import java.util.stream.Collectors;

/** A Markdown report ready for a changelog: breaking changes first, then warnings, then the rest by area. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(DiffResult result) {
    return render(result, "##");
  }

  /** The report with its top heading at {@code level} ({@code ##}), for embedding in a longer document. */
  public static String render(DiffResult result, String level) {
    StringBuilder md = new StringBuilder();
    md.append(level).append(" Comet Server ").append(result.from()).append(" → ").append(result.to()).append("\n\n");
    md.append("Suggested SDK version bump: **").append(result.suggestedBump().label()).append("**. ")
        .append(ReportFacts.summaryLine(result)).append(".\n");
    section(md, level + "#", "Breaking changes", select(result, ChangeSeverity.BREAKING), true);
    section(md, level + "#", "Warnings", select(result, ChangeSeverity.WARNING), true);
    List<Change> info = select(result, ChangeSeverity.INFO);
    if (!info.isEmpty()) {
      md.append('\n').append(level).append("# Other changes\n");
      for (Area area : Area.values()) {
        List<Change> ofArea = info.stream().filter(change -> change.area() == area).collect(Collectors.toList());
        section(md, level + "##", area.title(), ofArea, false);
      }
    }
    if (!result.unmatchedSuppressions().isEmpty()) {
      md.append('\n').append(level).append("# Suppressions that matched nothing\n\n");
      result.unmatchedSuppressions().forEach(entry -> md.append("- `").append(entry.rule()).append("` ")
          .append(code(entry.subject())).append('\n'));
    }
    return md.toString();
  }

  private static List<Change> select(DiffResult result, ChangeSeverity severity) {
    return result.changes().stream().filter(change -> change.effectiveSeverity() == severity).collect(Collectors.toList());
  }

  private static void section(StringBuilder md, String heading, String title, List<Change> changes, boolean verdicts) {
    if (changes.isEmpty()) {
      return;
    }
    md.append('\n').append(heading).append(' ').append(title).append("\n\n");
    for (Change change : changes) {
      md.append("- ").append(code(change.subject())).append(" (`").append(change.rule()).append("`): ")
          .append(change.description());
      ReportFacts.values(change).ifPresent(values -> md.append(", ").append(code(values)));
      if (verdicts) {
        md.append(". ").append(capitalize(ReportFacts.verdictLine(change.verdicts())));
      }
      change.accepted().ifPresent(reason -> md.append(". Accepted: ").append(reason));
      md.append(".\n");
    }
  }

  private static String code(String text) {
    return "`" + text.replace("`", "'") + "`";
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
