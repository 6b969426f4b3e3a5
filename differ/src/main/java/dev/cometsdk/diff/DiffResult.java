package dev.cometsdk.diff;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one diff: the changes, the suppressions that matched nothing, and what follows
 * for a gate and for the SDK's version.
 *
 * @param from the old spec's server version
 * @param to the new spec's server version
 */
public record DiffResult(String from, String to, List<Change> changes, List<Suppressions.Entry> unmatchedSuppressions) {

  public DiffResult {
    changes = List.copyOf(changes);
    unmatchedSuppressions = List.copyOf(unmatchedSuppressions);
  }

  /** The suggested semantic version bump of the generated SDK. */
  public enum Bump {
    MAJOR, MINOR, PATCH;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Major when Java code written against the old SDK breaks (accepted or not: an accepted break is
   * still a break for the SDK's users), minor when the API grows (an {@code ...-added} rule,
   * including {@code param-added-optional}, which adds a request setter), when something is
   * deprecated or when an alias names another type; patch otherwise.
   */
  public Bump suggestedBump() {
    if (changes.stream().anyMatch(change -> change.verdicts().breaksJava())) {
      return Bump.MAJOR;
    }
    if (changes.stream().anyMatch(change -> change.rule().endsWith("-added") || change.rule().endsWith("-deprecated")
        || change.rule().equals("param-added-optional") || change.rule().equals("alias-target-changed"))) {
      return Bump.MINOR;
    }
    return Bump.PATCH;
  }

  /** How many changes have each effective severity (accepted breaks count as information). */
  public Map<ChangeSeverity, Long> countsBySeverity() {
    Map<ChangeSeverity, Long> counts = new TreeMap<>();
    for (ChangeSeverity severity : ChangeSeverity.values()) {
      counts.put(severity, changes.stream().filter(change -> change.effectiveSeverity() == severity).count());
    }
    return counts;
  }

  public long count(ChangeSeverity severity) {
    return countsBySeverity().get(severity);
  }

  public long acceptedCount() {
    return changes.stream().filter(change -> change.accepted().isPresent()).count();
  }

  /** Whether any change reaches {@code level} (BREAKING: breaking only; WARNING: breaking or warning). */
  public boolean reaches(ChangeSeverity level) {
    return changes.stream().anyMatch(change -> change.effectiveSeverity().compareTo(level) <= 0);
  }

  /** Changes of one area, in order. */
  public List<Change> changes(Area area) {
    return changes.stream().filter(change -> change.area() == area).toList();
  }
}
