package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import java.util.List;

/** A method the old spec has and the new one lacks: old clients calling it fail, Java code using it breaks. */
final class MethodRemoved extends DiffRule {
  MethodRemoved() {
    super("method-removed", Area.METHOD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (ApiMethod method : context.oldSpec.methods()) {
      if (context.newSpec.method(method.name()).isEmpty()) {
        changes.add(change(method.name(), method.path(), null, Verdicts.of(BREAKS, OK, BREAKS),
            "method " + context.oldJava.methodName(method) + "() was removed"));
      }
    }
  }
}
