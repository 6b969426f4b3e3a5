package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;

/** An optional parameter became required: old clients may leave it out, and the Java signature changes. */
final class ParamOptionalToRequired extends DiffRule {
  ParamOptionalToRequired() {
    super("param-optional-to-required", Area.PARAMETER);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> method : context.commonMethods()) {
      for (DiffContext.Pair<Parameter> param : DiffContext.commonParams(method)) {
        if (param.before().optional() && !param.after().optional()) {
          changes.add(change(method.after().name() + "(" + param.after().name() + ")", "optional", "required",
              Verdicts.of(BREAKS, OK, BREAKS), "the parameter became required"));
        }
      }
    }
  }
}
