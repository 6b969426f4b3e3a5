package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;

/**
 * A required parameter became optional. Old clients still send it; new clients may leave it out,
 * which an old server refuses. In Java it moves from the method's parameters to the request
 * builder, so the old signature is gone.
 */
final class ParamRequiredToOptional extends DiffRule {
  ParamRequiredToOptional() {
    super("param-required-to-optional", Area.PARAMETER);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> method : context.commonMethods()) {
      for (DiffContext.Pair<Parameter> param : DiffContext.commonParams(method)) {
        if (!param.before().optional() && param.after().optional()) {
          changes.add(change(method.after().name() + "(" + param.after().name() + ")", "required", "optional",
              Verdicts.of(OK, RISKY, BREAKS), "the parameter became optional"));
        }
      }
    }
  }
}
