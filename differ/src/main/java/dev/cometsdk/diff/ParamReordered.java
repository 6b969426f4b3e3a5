package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.Parameter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Required parameters changed their order. The form sends fields by name, so the wire does not
 * care; the Java method takes them by position, so existing calls pass values to the wrong
 * parameters or stop compiling.
 */
final class ParamReordered extends DiffRule {
  ParamReordered() {
    super("param-reordered", Area.PARAMETER);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> method : context.commonMethods()) {
      List<String> before = requiredNames(method.before(), method.after());
      List<String> after = requiredNames(method.after(), method.before());
      if (!before.equals(after)) {
        changes.add(change(method.after().name(), String.join(", ", before), String.join(", ", after),
            Verdicts.of(OK, OK, BREAKS), "required parameters changed order"));
      }
    }
  }

  /** The required parameters of {@code method} that are also required in {@code other}, in order. */
  private static List<String> requiredNames(ApiMethod method, ApiMethod other) {
    return method.params().stream()
        .filter(param -> !param.optional())
        .filter(param -> other.param(param.name()).map(p -> !p.optional()).orElse(false))
        .map(Parameter::name)
        .collect(Collectors.toList());
  }
}
