package dev.cometsdk.diff;

import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.List;

/**
 * An alias keeps its target but maps to another Java type: an integer alias that gains its first
 * constants becomes {@code int} (so that they work in {@code switch}), one that loses them, or
 * gets a constant beyond int range, goes back to {@code long}. The wire is unchanged.
 */
final class AliasJavaTypeChanged extends DiffRule {
  AliasJavaTypeChanged() {
    super("alias-java-type-changed", Area.TYPE);
  }

  @Override
  void find(DiffContext context, List<Change> changes) {
    for (DiffContext.Pair<TypeDeclaration> pair : context.commonTypes()) {
      if (!(pair.before() instanceof TypeDeclaration.Alias before)
          || !(pair.after() instanceof TypeDeclaration.Alias after) || !before.target().equals(after.target())) {
        continue;
      }
      TypeRef named = new TypeRef.NamedType(after.name());
      String javaBefore = context.oldJava.javaType(named);
      String javaAfter = context.newJava.javaType(named);
      if (javaBefore.equals(javaAfter)) {
        continue;
      }
      Verdicts verdicts = DiffContext.java(Verdicts.ALL_COMPATIBLE, javaBefore, javaAfter,
          context.oldJava.erasure(named), context.newJava.erasure(named));
      changes.add(change(after.name(), javaBefore, javaAfter, verdicts, DiffRule.defaultSeverity(verdicts),
          "values of this alias are now Java " + javaAfter + " instead of " + javaBefore, context.usages(after.name())));
    }
  }
}
