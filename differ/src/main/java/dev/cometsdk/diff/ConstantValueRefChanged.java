package dev.cometsdk.diff;

import dev.cometsdk.spec.Constant;
import java.util.List;

/** A constant is now defined as another constant, or no longer is. The value is judged separately. */
final class ConstantValueRefChanged extends DiffRule {
  ConstantValueRefChanged() {
    super("constant-value-ref-changed", Area.CONSTANT);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<Constant> pair : context.commonConstants()) {
      if (!pair.before().valueRef().equals(pair.after().valueRef())) {
        changes.add(change(pair.after().name(), pair.before().valueRef().orElse(null),
            pair.after().valueRef().orElse(null), Verdicts.ALL_COMPATIBLE, "the constant it is defined as changed"));
      }
    }
  }
}
