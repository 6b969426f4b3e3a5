package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;

/** A required parameter was added: old clients do not send it, and the Java method gains a parameter. */
final class ParamAddedRequired extends DiffRule {
  ParamAddedRequired() {
    super("param-added-required", Area.PARAMETER);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> method : context.commonMethods()) {
      for (Parameter param : method.after().params()) {
        if (!param.optional() && method.before().param(param.name()).isEmpty()) {
          changes.add(change(method.after().name() + "(" + param.name() + ")", null, param.type().toString(),
              Verdicts.of(BREAKS, OK, BREAKS), "new required parameter"));
        }
      }
    }
  }
}
