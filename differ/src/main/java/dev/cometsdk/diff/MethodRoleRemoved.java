package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import java.util.ArrayList;
import java.util.List;

/** A method no longer needs a server role: new clients may call it where old servers refuse. */
final class MethodRoleRemoved extends DiffRule {
  MethodRoleRemoved() {
    super("method-role-removed", Area.METHOD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> pair : context.commonMethods()) {
      List<String> removed = new ArrayList<>(pair.before().requiresRole());
      removed.removeAll(pair.after().requiresRole());
      if (!removed.isEmpty()) {
        changes.add(change(pair.after().name(), MethodRoleAdded.roles(pair.before().requiresRole()),
            MethodRoleAdded.roles(pair.after().requiresRole()), Verdicts.of(OK, RISKY, OK),
            "no longer needs the server role " + String.join(", ", removed)));
      }
    }
  }
}
