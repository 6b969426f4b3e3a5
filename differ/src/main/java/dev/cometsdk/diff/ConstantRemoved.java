package dev.cometsdk.diff;

import dev.cometsdk.spec.Constant;
import java.util.List;

/** A constant is gone: its Java field too, and a value old clients use may mean nothing now. */
final class ConstantRemoved extends DiffRule {
  ConstantRemoved() {
    super("constant-removed", Area.CONSTANT);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (Constant constant : context.oldSpec.constants()) {
      if (context.newSpec.constant(constant.name()).isEmpty()) {
        changes.add(change(constant.name(), constant.value().toJson(), null, Verdicts.of(RISKY, OK, BREAKS),
            "constant removed"));
      }
    }
  }
}
