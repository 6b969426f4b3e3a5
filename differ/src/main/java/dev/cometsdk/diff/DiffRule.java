package dev.cometsdk.diff;

import java.util.List;
import java.util.Optional;

/**
 * One kind of change between two specs. Each rule has a stable id, finds its changes, and judges
 * each on the wire (both ways) and in Java (source and binary), consistently with how the
 * generator maps the spec to Java.
 */
abstract class DiffRule {
  private final String id;
  private final Area area;

  DiffRule(String id, Area area) {
    this.id = id;
    this.area = area;
  }

  final String id() {
    return id;
  }

  /** Adds the rule's changes between the two specs of {@code context} to {@code changes}. */
  abstract void find(DiffContext context, List<Change> changes);

  final Change change(String subject, String before, String after, Verdicts verdicts, String description) {
    return change(subject, before, after, verdicts, defaultSeverity(verdicts), description, List.of());
  }

  final Change change(String subject, String before, String after, Verdicts verdicts, ChangeSeverity severity,
      String description, List<Usage> usedBy) {
    return new Change(id, area, subject, Optional.ofNullable(before), Optional.ofNullable(after), verdicts, severity,
        description, usedBy, Optional.empty());
  }

  /**
   * Breaking when existing users break (an old client on a new server, or Java code written for
   * the old SDK); a warning when any of those is only at risk; information otherwise, including
   * new clients on old servers, which is what every addition means.
   */
  static ChangeSeverity defaultSeverity(Verdicts verdicts) {
    if (verdicts.breaksExistingUsers()) {
      return ChangeSeverity.BREAKING;
    }
    if (verdicts.oldClientNewServer() == Compatibility.RISKY || verdicts.javaSource() == Compatibility.RISKY
        || verdicts.javaBinary() == Compatibility.RISKY) {
      return ChangeSeverity.WARNING;
    }
    return ChangeSeverity.INFO;
  }

  static final Compatibility OK = Compatibility.COMPATIBLE;
  static final Compatibility RISKY = Compatibility.RISKY;
  static final Compatibility BREAKS = Compatibility.BREAKING;
}
