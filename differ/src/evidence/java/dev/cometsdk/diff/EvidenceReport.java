package dev.cometsdk.diff;

import dev.cometsdk.diff.JapicmpFindings.Finding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes {@code docs/compatibility-evidence.md} from a run over every pair. */
final class EvidenceReport {
  private EvidenceReport() {}

  static String markdown(List<PairEvidence> pairs, List<PairEvidence> controls, String japicmpVersion,
      String command) {
    StringBuilder out = new StringBuilder();
    out.append("# Compatibility evidence: the differ's Java verdicts against japicmp\n\n")
        .append("<!-- Written by JapicmpEvidenceTest; do not edit. Regenerate with the command below. -->\n\n")
        .append("For each change between two server versions, the differ (`SpecDiffer.diff`, `comet diff`) predicts\n")
        .append("whether code written against the SDK generated for the older version still compiles against the\n")
        .append("SDK of the newer one (`javaSource`), and whether code compiled against the older jar still links\n")
        .append("and runs with the newer one (`javaBinary`). This page checks those predictions for every\n")
        .append("consecutive pair of bundled versions (").append(pairs.size()).append(" pairs) against japicmp ")
        .append(japicmpVersion).append(", which compares\nthe compiled jars themselves.\n\n");

    out.append("## How it was produced\n\n")
        .append("    ").append(command).append("\n\n")
        .append("The Maven profile `japicmp-evidence` runs `JapicmpEvidenceTest` (in `differ/src/evidence/java`;\n")
        .append("the default build neither compiles nor runs it). The test\n\n")
        .append("1. generates the SDK of each bundled version with the default options and compiles it as users do\n")
        .append("   (`javac --release 11 -Xlint:all -Werror`, against the runtime and Jackson) into a jar in a\n")
        .append("   temporary folder; each jar serves both pairs it belongs to;\n")
        .append("2. compares the two jars of each pair in process with japicmp ").append(japicmpVersion)
        .append(" (`JarArchiveComparator`, with the\n")
        .append("   runtime and Jackson jars on its class path so that it resolves supertypes), at access level\n")
        .append("   `PROTECTED`: public and protected, non-synthetic members of public and protected classes. Every\n")
        .append("   change that japicmp marks binary- or source-incompatible (`JApiCompatibilityChange`) is a\n")
        .append("   *finding*;\n")
        .append("3. maps each finding to the spec element it comes from and checks that the differ predicted it;\n")
        .append("4. fails on any finding the differ did not predict, and on any finding at all in a pair whose\n")
        .append("   changes the differ judges Java-compatible, source and binary.\n\n")
        .append("**Predicted** means: among the changes `SpecDiffer.diff(old, new)` reports for the pair, one that\n")
        .append("relates to the finding's spec element is judged `BREAKING` for `javaBinary` (for a binary\n")
        .append("incompatibility) and one for `javaSource` (for a source incompatibility); a finding that is both\n")
        .append("needs both. A change relates to the element when its subject is\n\n")
        .append("- for a class in `.model` generated from a struct: the struct; for a getter or setter, the field\n")
        .append("  (in either version, and its counterpart with the same JSON key) whose accessors those are; for\n")
        .append("  the class itself or another member, any field of the struct;\n")
        .append("- for a class in `.model` generated from an alias with constants: the alias; for one of its\n")
        .append("  `static final` fields, the constant of that name; for the class itself, any of its constants;\n")
        .append("- for `.requests.XxxRequest` and its `Builder`: the API method `Xxx`;\n")
        .append("- for a method of `CometClient`: the API method whose Java name it is (also with the suffixes\n")
        .append("  `Async`, `AsStream` and `ToFile`);\n")
        .append("- for a field of `CometConstants`: the primitive-typed constant of that name;\n")
        .append("- for an API method: the method or one of its parameters (`Xxx(Param)`);\n")
        .append("- and in every case, a struct or alias that the element's spec type names, before or after\n")
        .append("  (through aliases to what they name): a getter's Java type changes when its alias changes.\n\n")
        .append("The differ may be more cautious than japicmp: a change it judges Java-breaking that no finding\n")
        .append("relates to is allowed, and counted below as *not seen by japicmp*.\n\n")
        .append("The same check then runs on a few *controls*: copies of the newest spec with one edit each,\n")
        .append("whose Java effect the bundled history never shows and which the differ once misjudged. Each must\n")
        .append("make japicmp find something, so that they keep showing that the check can fail.\n\n");

    int withFindings = 0;
    int findings = 0;
    int predicted = 0;
    int unpredicted = 0;
    int breaking = 0;
    int unseen = 0;
    int outside = 0;
    for (PairEvidence pair : pairs) {
      withFindings += pair.judged().isEmpty() ? 0 : 1;
      findings += pair.judged().size();
      predicted += pair.predicted();
      unpredicted += pair.unpredicted().size();
      breaking += pair.differBreaking();
      unseen += pair.unconfirmed();
      outside += pair.outsideApi().size();
    }
    out.append("## Result\n\n")
        .append("- japicmp found incompatibilities in ").append(withFindings).append(" of ").append(pairs.size())
        .append(" pairs: ").append(findings).append(" findings, of which the differ predicted ").append(predicted)
        .append(".\n")
        .append("- Unpredicted findings: ").append(unpredicted == 0 ? "none" : String.valueOf(unpredicted)).append(".\n")
        .append("- The differ judged ").append(breaking).append(" changes Java-breaking; ").append(unseen)
        .append(unseen == 1 ? " of them was" : " of them were").append(" not seen by japicmp.\n")
        .append("- Every pair in which the differ judged all changes Java-compatible had no japicmp finding")
        .append(pairs.stream().allMatch(p -> !p.differJavaCompatible() || p.judged().isEmpty()) ? "." : ": NOT SO, see below.")
        .append("\n")
        .append("- Controls: ").append(controls.size()).append(", with ")
        .append(controls.stream().mapToInt(c -> c.judged().size()).sum()).append(" findings, of which the differ predicted ")
        .append(controls.stream().mapToInt(PairEvidence::predicted).sum()).append(".\n")
        .append("- Findings outside the public and protected API (listed at the end, not checked): ").append(outside)
        .append(".\n\n");

    out.append("## Per pair\n\n")
        .append("| pair | differ changes | differ Java-breaking (source / binary) | japicmp incompatibilities (source / binary)"
            + " | predicted | differ-breaking not seen by japicmp | unpredicted |\n")
        .append("| --- | ---: | ---: | ---: | ---: | ---: | --- |\n");
    for (PairEvidence pair : pairs) {
      out.append("| ").append(pair.before()).append(" → ").append(pair.after())
          .append(" | ").append(pair.changes())
          .append(" | ").append(pair.differSource()).append(" / ").append(pair.differBinary())
          .append(" | ").append(pair.japicmpSource()).append(" / ").append(pair.japicmpBinary())
          .append(" | ").append(pair.predicted()).append(" of ").append(pair.judged().size())
          .append(" | ").append(pair.unconfirmed())
          .append(" | ").append(pair.unpredicted().isEmpty() ? "none" : pair.unpredicted().size() + ", listed below")
          .append(" |\n");
    }

    out.append("\n## Findings\n\n")
        .append("Each japicmp finding, the spec element it maps to, and the differ rules whose breaking verdicts\n")
        .append("predicted it.\n");
    for (PairEvidence pair : pairs) {
      if (pair.judged().isEmpty()) {
        continue;
      }
      out.append("\n### ").append(pair.before()).append(" → ").append(pair.after()).append("\n\n");
      appendFindings(out, pair);
    }

    out.append("\n## Controls\n\n")
        .append("Each a copy of ").append(controls.isEmpty() ? "the newest spec" : controls.get(0).before())
        .append(" with one edit, compared with the original.\n\n")
        .append("| edit | differ changes | differ Java-breaking (source / binary) | japicmp incompatibilities"
            + " (source / binary) | predicted | unpredicted |\n")
        .append("| --- | ---: | ---: | ---: | ---: | --- |\n");
    for (PairEvidence control : controls) {
      out.append("| ").append(control.after())
          .append(" | ").append(control.changes())
          .append(" | ").append(control.differSource()).append(" / ").append(control.differBinary())
          .append(" | ").append(control.japicmpSource()).append(" / ").append(control.japicmpBinary())
          .append(" | ").append(control.predicted()).append(" of ").append(control.judged().size())
          .append(" | ").append(control.unpredicted().isEmpty() ? "none" : String.valueOf(control.unpredicted().size()))
          .append(" |\n");
    }
    for (PairEvidence control : controls) {
      out.append("\n### ").append(control.after()).append("\n\n");
      appendFindings(out, control);
    }

    out.append("\n## Outside the public and protected API\n\n")
        .append("japicmp also compares what users cannot reach. These findings for the bundled pairs come from\n")
        .append("a second comparison of the same jars with private and synthetic members included; they are not\n")
        .append("checked, because no code outside the SDK can refer to them (the private fields that Jackson\n")
        .append("reads and writes by reflection under their JSON keys, private call factories, compiler-made\n")
        .append("classes and members).\n");
    if (outside == 0) {
      out.append("\nNone.\n");
    }
    for (PairEvidence pair : pairs) {
      if (pair.outsideApi().isEmpty()) {
        continue;
      }
      out.append("\n### ").append(pair.before()).append(" → ").append(pair.after()).append("\n\n");
      Map<Finding, String> sorted = new TreeMap<>(JapicmpFindings.ORDER);
      sorted.putAll(pair.outsideApi());
      sorted.forEach((finding, reason) -> out.append("- ").append(finding.describe()).append(": ").append(reason)
          .append('\n'));
    }
    return out.toString();
  }

  private static void appendFindings(StringBuilder out, PairEvidence pair) {
    for (PairEvidence.Judged judged : pair.judged()) {
      out.append("- ").append(judged.finding().describe()).append(": ").append(judged.element().description())
          .append("; ").append(judged.predicted() ? "predicted by " + String.join(", ", judged.rules())
              : "**NOT PREDICTED**").append('\n');
    }
  }
}
