package dev.cometsdk.diff;

import java.util.List;
import java.util.Optional;

/**
 * An element became deprecated, or stopped being deprecated. Neither breaks anything: the Java
 * element gains or loses {@code @Deprecated}, which at most adds compiler warnings.
 */
abstract class DeprecationRule extends DiffRule {
  private final boolean added;

  DeprecationRule(String kind, Area area, boolean added) {
    super(kind + (added ? "-deprecated" : "-undeprecated"), area);
    this.added = added;
  }

  /** An element present in both specs, with its deprecation before and after. */
  record Marked(String subject, Optional<String> before, Optional<String> after) {}

  abstract List<Marked> marks(DiffContext context);

  @Override
  final void find(DiffContext context, List<Change> changes) {
    for (Marked mark : marks(context)) {
      if (added && mark.before().isEmpty() && mark.after().isPresent()) {
        changes.add(change(mark.subject(), null, "deprecated since " + mark.after().get(), Verdicts.ALL_COMPATIBLE,
            "marked deprecated (since " + mark.after().get() + ")"));
      } else if (!added && mark.before().isPresent() && mark.after().isEmpty()) {
        changes.add(change(mark.subject(), "deprecated since " + mark.before().get(), null, Verdicts.ALL_COMPATIBLE,
            "no longer marked deprecated"));
      }
    }
  }
}
