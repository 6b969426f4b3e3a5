package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import java.util.List;

/** The HTTP method (GET or POST) of a method changed. */
final class MethodHttpMethodChanged extends DiffRule {
  MethodHttpMethodChanged() {
    super("method-http-method-changed", Area.METHOD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> pair : context.commonMethods()) {
      if (pair.before().httpMethod() != pair.after().httpMethod()) {
        changes.add(change(pair.after().name(), pair.before().httpMethod().wireValue(),
            pair.after().httpMethod().wireValue(), Verdicts.of(BREAKS, BREAKS, OK), "the HTTP method changed"));
      }
    }
  }
}
