package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import java.util.ArrayList;
import java.util.List;

/** A method now needs a server role it did not: it fails on servers where that role is off. */
final class MethodRoleAdded extends DiffRule {
  MethodRoleAdded() {
    super("method-role-added", Area.METHOD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> pair : context.commonMethods()) {
      List<String> added = new ArrayList<>(pair.after().requiresRole());
      added.removeAll(pair.before().requiresRole());
      if (!added.isEmpty()) {
        changes.add(change(pair.after().name(), roles(pair.before().requiresRole()),
            roles(pair.after().requiresRole()), Verdicts.of(RISKY, OK, OK),
            "now needs the server role " + String.join(", ", added)));
      }
    }
  }

  /** The roles as a value of a change: none (not an empty text) when there are none. */
  static String roles(List<String> roles) {
    return roles.isEmpty() ? null : String.join(", ", roles);
  }
}
