package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may call a method changed: top-level administrators only, restrictable per administrator,
 * or credentials optional for downloads. Tighter is a risk for old clients, looser for new ones.
 */
final class MethodRestrictionChanged extends DiffRule {
  MethodRestrictionChanged() {
    super("method-restriction-changed", Area.METHOD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> pair : context.commonMethods()) {
      ApiMethod before = pair.before();
      ApiMethod after = pair.after();
      List<String> tighter = new ArrayList<>();
      List<String> looser = new ArrayList<>();
      compare(before.topLevelAdminOnly(), after.topLevelAdminOnly(), "topLevelAdminOnly", tighter, looser);
      compare(before.mayBeRestrictedPerAdmin(), after.mayBeRestrictedPerAdmin(), "mayBeRestrictedPerAdmin", tighter,
          looser);
      compare(!before.authOptionalIfServerAllowsUnauthenticatedDownloads(),
          !after.authOptionalIfServerAllowsUnauthenticatedDownloads(), "credentials required for downloads", tighter,
          looser);
      if (tighter.isEmpty() && looser.isEmpty()) {
        continue;
      }
      Verdicts verdicts = Verdicts.of(tighter.isEmpty() ? OK : RISKY, looser.isEmpty() ? OK : RISKY, OK);
      List<String> said = new ArrayList<>();
      tighter.forEach(flag -> said.add("tightened: " + flag));
      looser.forEach(flag -> said.add("loosened: " + flag));
      changes.add(change(after.name(), flags(before, after, true), flags(before, after, false), verdicts,
          String.join("; ", said)));
    }
  }

  private static void compare(boolean before, boolean after, String flag, List<String> tighter, List<String> looser) {
    if (!before && after) {
      tighter.add(flag);
    } else if (before && !after) {
      looser.add(flag);
    }
  }

  /** The flags that differ, as they were ({@code before}) or are. */
  private static String flags(ApiMethod before, ApiMethod after, boolean old) {
    List<String> flags = new ArrayList<>();
    ApiMethod method = old ? before : after;
    if (before.topLevelAdminOnly() != after.topLevelAdminOnly()) {
      flags.add("topLevelAdminOnly=" + method.topLevelAdminOnly());
    }
    if (before.mayBeRestrictedPerAdmin() != after.mayBeRestrictedPerAdmin()) {
      flags.add("mayBeRestrictedPerAdmin=" + method.mayBeRestrictedPerAdmin());
    }
    if (before.authOptionalIfServerAllowsUnauthenticatedDownloads()
        != after.authOptionalIfServerAllowsUnauthenticatedDownloads()) {
      flags.add("authOptionalIfServerAllowsUnauthenticatedDownloads="
          + method.authOptionalIfServerAllowsUnauthenticatedDownloads());
    }
    return String.join(", ", flags);
  }
}
