package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import java.util.List;
import java.util.Optional;

/** A method returns another type: old clients decode the new answer, and Java code sees another return type. */
final class MethodReturnTypeChanged extends DiffRule {
  MethodReturnTypeChanged() {
    super("method-return-type-changed", Area.METHOD);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<ApiMethod> pair : context.commonMethods()) {
      ApiMethod before = pair.before();
      ApiMethod after = pair.after();
      if (before.returns().equals(after.returns())) {
        continue;
      }
      Verdicts wire = context.wire(before.returns(), after.returns(), Optional.of(Direction.RESPONSE));
      Verdicts verdicts = DiffContext.java(wire, context.oldJava.returnJavaType(before, false),
          context.newJava.returnJavaType(after, false), context.oldJava.returnJavaType(before, true),
          context.newJava.returnJavaType(after, true));
      changes.add(change(after.name(), before.returns().toString(), after.returns().toString(), verdicts,
          "the return type changed"));
    }
  }
}
