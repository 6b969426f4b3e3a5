package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;

/** A parameter is sent under another form field name; its Java name stays. */
final class ParamWireNameChanged extends DiffRule {
  ParamWireNameChanged() {
    super("param-wire-name-changed", Area.PARAMETER);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> method : context.commonMethods()) {
      for (DiffContext.Pair<Parameter> param : DiffContext.commonParams(method)) {
        if (!param.before().wireName().equals(param.after().wireName())) {
          changes.add(change(method.after().name() + "(" + param.after().name() + ")", param.before().wireName(),
              param.after().wireName(), Verdicts.of(BREAKS, BREAKS, OK), "the form field name changed"));
        }
      }
    }
  }
}
