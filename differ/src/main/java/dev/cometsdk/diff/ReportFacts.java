package dev.cometsdk.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Wording shared by every report format, so that they say the same things the same way. */
final class ReportFacts {
  private ReportFacts() {}

  static String summaryLine(DiffResult result) {
    String line = result.changes().size() + " changes: " + result.count(ChangeSeverity.BREAKING) + " breaking, "
        + result.count(ChangeSeverity.WARNING) + " warnings, " + result.count(ChangeSeverity.INFO) + " info";
    if (result.acceptedCount() > 0) {
      line += " (" + result.acceptedCount() + " accepted breaks among the info)";
    }
    return line;
  }

  static List<Change> breakingFirst(List<Change> changes) {
    List<Change> sorted = new ArrayList<>(changes);
    sorted.sort(Comparator.comparing(Change::effectiveSeverity));
    return sorted;
  }

  static String severityLabel(Change change) {
    return change.accepted().isPresent() ? "ACCEPTED" : change.severity().name();
  }

  static Optional<String> values(Change change) {
    if (change.oldValue().isEmpty() && change.newValue().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(change.oldValue().orElse("(none)") + " -> " + change.newValue().orElse("(none)"));
  }

  /** The verdicts that are not plain compatible: {@code old client/new server breaking, Java source breaking}. */
  static String verdictLine(Verdicts verdicts) {
    List<String> parts = new ArrayList<>();
    add(parts, "old client/new server", verdicts.oldClientNewServer());
    add(parts, "new client/old server", verdicts.newClientOldServer());
    add(parts, "Java source", verdicts.javaSource());
    add(parts, "Java binary", verdicts.javaBinary());
    return parts.isEmpty() ? "compatible everywhere" : String.join(", ", parts);
  }

  private static void add(List<String> parts, String what, Compatibility verdict) {
    if (verdict != Compatibility.COMPATIBLE) {
      parts.add(what + " " + verdict.label());
    }
  }

  static String usageLine(List<Usage> usages, int limit) {
    String shown = usages.stream().limit(limit).map(usage -> usage.method() + " (" + usage.direction().label() + ")")
        .collect(Collectors.joining(", "));
    return usages.size() > limit ? shown + " and " + (usages.size() - limit) + " more" : shown;
  }
}
