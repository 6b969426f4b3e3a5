package dev.cometsdk.diff;

import dev.cometsdk.spec.Constant;
import java.util.List;

/**
 * A constant has another value (as {@code RETENTIONRANGE__HIGHEST} in 25.3.1). The Java field
 * stays, but compilers copy constant values into the code that uses them, so such code keeps the
 * old value until it is recompiled, and an old client sends a value that now means something else.
 * Version metadata is left to {@link VersionMetadataChanged}.
 */
final class ConstantValueChanged extends DiffRule {
  ConstantValueChanged() {
    super("constant-value-changed", Area.CONSTANT);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<Constant> pair : context.commonConstants()) {
      if (!VersionMetadataChanged.isVersionMetadata(pair.after().name())
          && !pair.before().value().equals(pair.after().value())) {
        changes.add(change(pair.after().name(), pair.before().value().toJson(), pair.after().value().toJson(),
            Verdicts.of(RISKY, RISKY, OK), "the constant's value changed; code compiled against the old SDK keeps"
                + " the old value until recompiled"));
      }
    }
  }
}
