package dev.cometsdk.diff;

import dev.cometsdk.spec.Constant;
import java.util.List;

/**
 * A constant has another type (as in 24.12.3, where constants moved from {@code string} to the
 * new alias {@code HypervMethod}). In Java the constant moves to the alias's class, or changes its
 * field type; on the wire nothing changes while the underlying type stays.
 */
final class ConstantTypeChanged extends DiffRule {
  ConstantTypeChanged() {
    super("constant-type-changed", Area.CONSTANT);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<Constant> pair : context.commonConstants()) {
      Constant before = pair.before();
      Constant after = pair.after();
      if (before.type().equals(after.type())) {
        continue;
      }
      boolean sameClass = context.oldJava.constantOwner(before).equals(context.newJava.constantOwner(after));
      boolean sameJavaType = context.oldJava.constantJavaType(before).equals(context.newJava.constantJavaType(after));
      Compatibility java = sameClass && sameJavaType ? OK : BREAKS;
      boolean sameWire = context.oldSpec.resolveAliases(before.type()).equals(context.newSpec.resolveAliases(after.type()));
      Compatibility wire = sameWire ? OK : RISKY;
      String where = sameClass ? "" : "; in Java it moved from " + context.oldJava.constantOwner(before) + " to "
          + context.newJava.constantOwner(after);
      changes.add(change(after.name(), before.type().toString(), after.type().toString(), Verdicts.of(wire, wire, java),
          "the constant's type changed" + where));
    }
  }
}
