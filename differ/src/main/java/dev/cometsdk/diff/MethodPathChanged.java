package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import java.util.List;

/**
 * The URL path of a method changed: each side's client calls a path the other side's server lacks.
 * When the path's folder changes too, the Java methods move to the interface of the new area
 * ({@code AdminApi} to {@code AdminDispatcherApi}): calls on the client still compile and link, but
 * code that holds the client as the old interface does not.
 */
final class MethodPathChanged extends DiffRule {
  MethodPathChanged() {
    super("method-path-changed", Area.METHOD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> pair : context.commonMethods()) {
      if (!pair.before().path().equals(pair.after().path())) {
        String ownerBefore = context.oldJava.methodOwner(pair.before());
        String ownerAfter = context.newJava.methodOwner(pair.after());
        boolean moved = !ownerBefore.equals(ownerAfter);
        changes.add(change(pair.after().name(), pair.before().path(), pair.after().path(),
            Verdicts.of(BREAKS, BREAKS, moved ? BREAKS : OK), "the request path changed"
                + (moved ? "; in Java the method moves from " + ownerBefore + " to " + ownerAfter : "")));
      }
    }
  }
}
