package dev.cometsdk.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two specs, judged.
 *
 * @param rule the stable id of the rule that found it ({@code param-added-required})
 * @param subject what changed: {@code AdminSetUserProfile}, {@code AdminAddUser(TargetOrganization)},
 *     {@code UserProfileConfig.Emails}, {@code COMPRESS_DEFAULT}
 * @param oldValue the old fact as text, empty when there was none
 * @param newValue the new fact as text, empty when there is none
 * @param usedBy for type and field changes: the methods that reach the type, and how
 * @param accepted the reason from the suppressions file when this break is accepted
 */
public record Change(String rule, Area area, String subject, Optional<String> oldValue, Optional<String> newValue,
    Verdicts verdicts, ChangeSeverity severity, String description, List<Usage> usedBy, Optional<String> accepted) {

  public Change {
    Objects.requireNonNull(rule);
    Objects.requireNonNull(area);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(oldValue);
    Objects.requireNonNull(newValue);
    Objects.requireNonNull(verdicts);
    Objects.requireNonNull(severity);
    Objects.requireNonNull(description);
    usedBy = List.copyOf(usedBy);
    Objects.requireNonNull(accepted);
  }

  public Change accept(String reason) {
    return new Change(rule, area, subject, oldValue, newValue, verdicts, severity, description, usedBy,
        Optional.of(reason));
  }

  /** The severity that counts for a gate: an accepted break counts as information. */
  public ChangeSeverity effectiveSeverity() {
    return accepted.isPresent() ? ChangeSeverity.INFO : severity;
  }

  /** The direction over all usages, if the change is about a type that methods reach. */
  public Optional<Direction> direction() {
    return usedBy.stream().map(Usage::direction).reduce(Direction::plus);
  }
}
