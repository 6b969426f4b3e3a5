package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;
import java.util.Optional;

/** A parameter's type changed: judged as a value sent from client to server, and by its Java type. */
final class ParamTypeChanged extends DiffRule {
  ParamTypeChanged() {
    super("param-type-changed", Area.PARAMETER);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> method : context.commonMethods()) {
      for (DiffContext.Pair<Parameter> param : DiffContext.commonParams(method)) {
        if (param.before().type().equals(param.after().type())) {
          continue;
        }
        Verdicts wire = context.wire(param.before().type(), param.after().type(), Optional.of(Direction.REQUEST));
        Verdicts verdicts = DiffContext.java(wire,
            context.oldJava.paramJavaType(method.before(), param.before(), false),
            context.newJava.paramJavaType(method.after(), param.after(), false),
            context.oldJava.paramJavaType(method.before(), param.before(), true),
            context.newJava.paramJavaType(method.after(), param.after(), true));
        changes.add(change(method.after().name() + "(" + param.after().name() + ")", param.before().type().toString(),
            param.after().type().toString(), verdicts, "the parameter's type changed"));
      }
    }
  }
}
