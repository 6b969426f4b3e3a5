package dev.cometsdk.diff;

import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.List;

/** A struct became an alias or the other way round: another JSON shape, another Java class. */
final class TypeKindChanged extends DiffRule {
  TypeKindChanged() {
    super("type-kind-changed", Area.TYPE);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<TypeDeclaration> pair : context.commonTypes()) {
      if (pair.before().getClass() == pair.after().getClass()) {
        continue;
      }
      String name = pair.after().name();
      TypeRef named = new TypeRef.NamedType(name);
      Verdicts verdicts = context.wire(named, named, context.direction(name))
          .withJava(BREAKS, BREAKS);
      changes.add(change(name, TypeRules.describe(pair.before()), TypeRules.describe(pair.after()), verdicts,
          DiffRule.defaultSeverity(verdicts), TypeRules.kind(pair.before()) + " became " + TypeRules.kind(pair.after()),
          context.usages(name)));
    }
  }
}
