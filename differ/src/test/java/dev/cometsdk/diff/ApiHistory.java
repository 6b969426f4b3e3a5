package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.BundledSpecs.BundledVersion;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What changed in each bundled Comet Server version, newest first: breaking changes and warnings
 * in full, additions and deprecations as lists of names. The repository keeps the result in
 * {@code docs/api-history.md}, and {@link ApiHistoryTest} keeps that file in sync with the bundled
 * specs. A maintainer's chore rather than a feature of the differ, so it lives with the tests.
 */
public final class ApiHistory {
  private ApiHistory() {}

  public static String render(BundledSpecs catalog) {
    List<BundledVersion> versions = catalog.versions();
    StringBuilder md = new StringBuilder();
    md.append("# Comet Server API history\n\n")
        .append("What changed between consecutive bundled Comet Server versions (")
        .append(catalog.oldest().version()).append(" to ").append(catalog.newest().version())
        .append("), newest first,\nas the spec differ judges it. Breaking changes and warnings are listed in full; additions and\n")
        .append("deprecations by name. Each change's rule is explained in [compatibility-rules.md](compatibility-rules.md).\n\n")
        .append("`ApiHistoryTest` fails when this file and the bundled specs disagree, and rewrites it with\n")
        .append("`mvn -B -pl differ -am test -Dtest=ApiHistoryTest -Dsurefire.failIfNoSpecifiedTests=false -Dcomet.updateExpectations=true`.\n\n");
    md.append("| version | changes | breaking | warnings | SDK bump |\n| --- | --- | --- | --- | --- |\n");
    StringBuilder sections = new StringBuilder();
    for (int i = versions.size() - 1; i > 0; i--) {
      ApiSpec before = catalog.load(versions.get(i - 1));
      ApiSpec after = catalog.load(versions.get(i));
      DiffResult result = SpecDiffer.compare(before, after, Suppressions.none());
      String version = after.serverVersion().toString();
      md.append("| [").append(version).append("](#").append(version.replace(".", "")).append(") | ")
          .append(result.changes().size()).append(" | ").append(result.count(ChangeSeverity.BREAKING)).append(" | ")
          .append(result.count(ChangeSeverity.WARNING)).append(" | ").append(result.suggestedBump().label())
          .append(" |\n");
      section(sections, result);
    }
    md.append(sections);
    return md.toString();
  }

  private static void section(StringBuilder md, DiffResult result) {
    md.append("\n## ").append(result.to()).append("\n\n")
        .append("From ").append(result.from()).append(": ").append(ReportFacts.summaryLine(result)).append(".\n");
    list(md, "Breaking", result, change -> change.severity() == ChangeSeverity.BREAKING, true);
    list(md, "Warnings", result, change -> change.severity() == ChangeSeverity.WARNING, true);
    names(md, "New methods", result, "method-added");
    names(md, "New parameters", result, "param-added-optional");
    names(md, "New types", result, "type-added");
    names(md, "New fields", result, "field-added");
    names(md, "New constants", result, "constant-added");
    list(md, "Deprecated", result, change -> change.rule().endsWith("-deprecated"), false);
    list(md, "Other changes", result, change -> change.severity() == ChangeSeverity.INFO
        && !change.rule().endsWith("-added") && !change.rule().endsWith("-deprecated")
        && !change.rule().equals("version-metadata-changed"), false);
  }

  private static void list(StringBuilder md, String title, DiffResult result, Predicate<Change> filter,
      boolean verdicts) {
    List<Change> changes = result.changes().stream().filter(filter).collect(Collectors.toList());
    if (changes.isEmpty()) {
      return;
    }
    md.append("\n**").append(title).append("**\n\n");
    for (Change change : changes) {
      md.append("- `").append(change.subject()).append("` (`").append(change.rule()).append("`): ")
          .append(change.description());
      ReportFacts.values(change).ifPresent(values -> md.append(", `").append(values).append('`'));
      if (verdicts) {
        md.append(" — ").append(ReportFacts.verdictLine(change.verdicts()));
      }
      md.append('\n');
    }
  }

  private static void names(StringBuilder md, String title, DiffResult result, String rule) {
    List<String> subjects = result.changes().stream().filter(change -> change.rule().equals(rule))
        .map(change -> "`" + change.subject() + "`").collect(Collectors.toList());
    if (subjects.isEmpty()) {
      return;
    }
    md.append("\n**").append(title).append("** (").append(subjects.size()).append("): ")
        .append(String.join(", ", subjects)).append('\n');
  }
}
