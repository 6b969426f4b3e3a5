package dev.cometsdk.diff;

import dev.cometsdk.spec.Constant;
import java.util.List;

/** A new constant: a new {@code static final} field in Java. */
final class ConstantAdded extends DiffRule {
  ConstantAdded() {
    super("constant-added", Area.CONSTANT);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (Constant constant : context.newSpec.constants()) {
      if (context.oldSpec.constant(constant.name()).isEmpty()) {
        changes.add(change(constant.name(), null, constant.value().toJson(), Verdicts.ALL_COMPATIBLE,
            "new constant of type " + constant.type()));
      }
    }
  }
}
