package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;

/** A parameter is encoded differently in the form (raw text or JSON text). */
final class ParamEncodingChanged extends DiffRule {
  ParamEncodingChanged() {
    super("param-encoding-changed", Area.PARAMETER);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> method : context.commonMethods()) {
      for (DiffContext.Pair<Parameter> param : DiffContext.commonParams(method)) {
        if (param.before().wireEncoding() != param.after().wireEncoding()) {
          changes.add(change(method.after().name() + "(" + param.after().name() + ")",
              param.before().wireEncoding().wireValue(), param.after().wireEncoding().wireValue(),
              Verdicts.of(BREAKS, BREAKS, OK), "the parameter's wire encoding changed"));
        }
      }
    }
  }
}
