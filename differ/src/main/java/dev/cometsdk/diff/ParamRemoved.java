package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;

/**
 * A parameter was removed. New servers ignore it when old clients send it; old servers miss it
 * when it was required; in Java the method (or the builder) loses it.
 */
final class ParamRemoved extends DiffRule {
  ParamRemoved() {
    super("param-removed", Area.PARAMETER);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> method : context.commonMethods()) {
      for (Parameter param : method.before().params()) {
        if (method.after().param(param.name()).isEmpty()) {
          changes.add(change(method.after().name() + "(" + param.name() + ")", param.type().toString(), null,
              Verdicts.of(OK, param.optional() ? OK : BREAKS, BREAKS),
              (param.optional() ? "optional" : "required") + " parameter removed"));
        }
      }
    }
  }
}
