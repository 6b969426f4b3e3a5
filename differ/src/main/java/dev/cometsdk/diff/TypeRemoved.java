package dev.cometsdk.diff;

import dev.cometsdk.spec.TypeDeclaration;
import java.util.List;

/**
 * A struct or alias is gone. Where it was used, the method, parameter or field changes are
 * reported by their own rules; in Java its class (every struct, and an alias with constants) is gone.
 */
final class TypeRemoved extends DiffRule {
  TypeRemoved() {
    super("type-removed", Area.TYPE);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (TypeDeclaration type : context.oldSpec.types()) {
      if (context.newSpec.type(type.name()).isEmpty()) {
        Compatibility java = context.oldJava.hasJavaClass(type) ? BREAKS : OK;
        changes.add(change(type.name(), TypeRules.describe(type), null, Verdicts.of(OK, OK, java),
            TypeRules.kind(type) + " removed"));
      }
    }
  }
}
