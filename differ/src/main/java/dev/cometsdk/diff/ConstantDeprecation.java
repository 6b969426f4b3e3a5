package dev.cometsdk.diff;

import java.util.List;
import java.util.stream.Collectors;

/** {@code constant-deprecated} and {@code constant-undeprecated}. */
final class ConstantDeprecation extends DeprecationRule {
  ConstantDeprecation(boolean added) {
    super("constant", Area.CONSTANT, added);
  }

  @Override
  List<Marked> marks(DiffContext context) {
    return context.commonConstants().stream()
        .map(pair -> new Marked(pair.after().name(), pair.before().deprecatedSince(), pair.after().deprecatedSince()))
        .collect(Collectors.toList());
  }
}
