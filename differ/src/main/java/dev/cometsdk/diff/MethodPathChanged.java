package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import java.util.List;

/** The URL path of a method changed: each side's client calls a path the other side's server lacks. */
final class MethodPathChanged extends DiffRule {
  MethodPathChanged() {
    super("method-path-changed", Area.METHOD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> pair : context.commonMethods()) {
      if (!pair.before().path().equals(pair.after().path())) {
        changes.add(change(pair.after().name(), pair.before().path(), pair.after().path(),
            Verdicts.of(BREAKS, BREAKS, OK), "the request path changed"));
      }
    }
  }
}
