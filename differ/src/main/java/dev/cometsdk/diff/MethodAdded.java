package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import java.util.List;

/** A method the new spec has and the old one lacks. New clients that call it fail on old servers. */
final class MethodAdded extends DiffRule {
  MethodAdded() {
    super("method-added", Area.METHOD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (ApiMethod method : context.newSpec.methods()) {
      if (context.oldSpec.method(method.name()).isEmpty()) {
        changes.add(change(method.name(), null, method.path(), Verdicts.of(OK, BREAKS, OK),
            "new method " + context.newJava.methodName(method) + "()"));
      }
    }
  }
}
