package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;

/**
 * An optional parameter was added. Old clients leave it out, old servers ignore it, and in Java it
 * is one more builder method of the request object: nothing breaks.
 */
final class ParamAddedOptional extends DiffRule {
  ParamAddedOptional() {
    super("param-added-optional", Area.PARAMETER);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> method : context.commonMethods()) {
      for (Parameter param : method.after().params()) {
        if (param.optional() && method.before().param(param.name()).isEmpty()) {
          changes.add(change(method.after().name() + "(" + param.name() + ")", null, param.type().toString(),
              Verdicts.ALL_COMPATIBLE, "new optional parameter"));
        }
      }
    }
  }
}
