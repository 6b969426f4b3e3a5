package dev.cometsdk.diff;

import dev.cometsdk.diff.JapicmpFindings.Finding;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The differ's changes and japicmp's findings for one pair of versions, each finding judged.
 *
 * @param changes how many changes the differ reported
 * @param differSource how many of them it judged to break Java source compatibility
 * @param differBinary how many of them it judged to break Java binary compatibility
 * @param differBreaking how many of them it judged to break Java source or binary compatibility
 * @param judged every japicmp finding, with the rules that predicted it
 * @param unconfirmed the differ's Java-breaking changes that no japicmp finding relates to (allowed:
 *     conservative, or a break japicmp cannot see, such as reordered parameters of the same type)
 * @param outsideApi japicmp's findings outside the public and protected API, with the reason; not checked
 */
record PairEvidence(String before, String after, int changes, int differSource, int differBinary,
    int differBreaking, List<Judged> judged, int unconfirmed, Map<Finding, String> outsideApi) {

  /**
   * One finding and its prediction.
   *
   * @param element the spec element it maps to
   * @param binaryRules the rules of related changes judged binary-breaking
   * @param sourceRules the rules of related changes judged source-breaking
   */
  record Judged(Finding finding, SpecElements.Element element, Set<String> binaryRules, Set<String> sourceRules) {
    /** Predicted: each kind of incompatibility it has was judged breaking by a related change. */
    boolean predicted() {
      return (!finding.binaryBreak() || !binaryRules.isEmpty()) && (!finding.sourceBreak() || !sourceRules.isEmpty());
    }

    Set<String> rules() {
      Set<String> rules = new TreeSet<>(finding.binaryBreak() ? binaryRules : Set.of());
      if (finding.sourceBreak()) {
        rules.addAll(sourceRules);
      }
      return rules;
    }
  }

  static PairEvidence judge(String before, String after, List<Change> changes, List<Finding> findings,
      Map<Finding, String> outsideApi, SpecElements elements) {
    List<Judged> judged = findings.stream().map(finding -> {
      SpecElements.Element element = elements.of(finding);
      Set<String> binary = new TreeSet<>();
      Set<String> source = new TreeSet<>();
      for (Change change : changes) {
        if (element.subjects().contains(change.subject())) {
          if (change.verdicts().javaBinary() == Compatibility.BREAKING) {
            binary.add(change.rule());
          }
          if (change.verdicts().javaSource() == Compatibility.BREAKING) {
            source.add(change.rule());
          }
        }
      }
      return new Judged(finding, element, binary, source);
    }).collect(Collectors.toList());

    int unconfirmed = 0;
    for (Change change : changes) {
      boolean binary = change.verdicts().javaBinary() == Compatibility.BREAKING;
      boolean source = change.verdicts().javaSource() == Compatibility.BREAKING;
      if (!binary && !source) {
        continue;
      }
      boolean seen = judged.stream().anyMatch(j -> j.element().subjects().contains(change.subject())
          && ((binary && j.finding().binaryBreak()) || (source && j.finding().sourceBreak())));
      if (!seen) {
        unconfirmed++;
      }
    }
    int differSource = (int) changes.stream().filter(c -> c.verdicts().javaSource() == Compatibility.BREAKING).count();
    int differBinary = (int) changes.stream().filter(c -> c.verdicts().javaBinary() == Compatibility.BREAKING).count();
    int differBreaking = (int) changes.stream().filter(c -> c.verdicts().breaksJava()).count();
    return new PairEvidence(before, after, changes.size(), differSource, differBinary, differBreaking, judged,
        unconfirmed, outsideApi);
  }

  List<Finding> findings() {
    return judged.stream().map(Judged::finding).collect(Collectors.toList());
  }

  int japicmpSource() {
    return (int) judged.stream().filter(j -> j.finding().sourceBreak()).count();
  }

  int japicmpBinary() {
    return (int) judged.stream().filter(j -> j.finding().binaryBreak()).count();
  }

  int predicted() {
    return (int) judged.stream().filter(Judged::predicted).count();
  }

  List<Judged> unpredicted() {
    return judged.stream().filter(j -> !j.predicted()).collect(Collectors.toList());
  }

  /** Whether the differ judged every change of the pair compatible in Java, source and binary. */
  boolean differJavaCompatible() {
    return differSource == 0 && differBinary == 0;
  }
}
