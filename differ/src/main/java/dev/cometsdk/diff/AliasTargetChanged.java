package dev.cometsdk.diff;

import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.List;

/**
 * An alias names another type. Judged once, where the alias is used (requests, responses or both),
 * with the methods that reach it listed.
 */
final class AliasTargetChanged extends DiffRule {
  AliasTargetChanged() {
    super("alias-target-changed", Area.TYPE);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<TypeDeclaration> pair : context.commonTypes()) {
      if (!(pair.before() instanceof TypeDeclaration.Alias before)
          || !(pair.after() instanceof TypeDeclaration.Alias after) || before.target().equals(after.target())) {
        continue;
      }
      TypeRef named = new TypeRef.NamedType(after.name());
      Verdicts wire = context.wire(before.target(), after.target(), context.direction(after.name()));
      Verdicts verdicts = DiffContext.java(wire, context.oldJava.javaType(named), context.newJava.javaType(named),
          context.oldJava.erasure(named), context.newJava.erasure(named));
      changes.add(change(after.name(), before.target().toString(), after.target().toString(), verdicts,
          DiffRule.defaultSeverity(verdicts), "the alias now names another type", context.usages(after.name())));
    }
  }
}
