package dev.cometsdk.diff;

import dev.cometsdk.spec.TypeDeclaration;
import java.util.List;

/** A new struct or alias. */
final class TypeAdded extends DiffRule {
  TypeAdded() {
    super("type-added", Area.TYPE);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (TypeDeclaration type : context.newSpec.types()) {
      if (context.oldSpec.type(type.name()).isEmpty()) {
        changes.add(change(type.name(), null, TypeRules.describe(type), Verdicts.ALL_COMPATIBLE,
            "new " + TypeRules.kind(type)));
      }
    }
  }
}
