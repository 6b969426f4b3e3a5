package dev.cometsdk.diff;

import java.util.List;
import java.util.stream.Collectors;

/** {@code type-deprecated} and {@code type-undeprecated}. */
final class TypeDeprecation extends DeprecationRule {
  TypeDeprecation(boolean added) {
    super("type", Area.TYPE, added);
  }

  @Override
  List<Marked> marks(DiffContext context) {
    return context.commonTypes().stream()
        .map(pair -> new Marked(pair.after().name(), pair.before().deprecatedSince(), pair.after().deprecatedSince()))
        .collect(Collectors.toList());
  }
}
