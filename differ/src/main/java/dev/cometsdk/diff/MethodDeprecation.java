package dev.cometsdk.diff;

import java.util.List;
import java.util.stream.Collectors;

/** {@code method-deprecated} and {@code method-undeprecated}. */
final class MethodDeprecation extends DeprecationRule {
  MethodDeprecation(boolean added) {
    super("method", Area.METHOD, added);
  }

  @Override
  List<Marked> marks(DiffContext context) {
    return context.commonMethods().stream()
        .map(pair -> new Marked(pair.after().name(), pair.before().deprecatedSince(), pair.after().deprecatedSince()))
        .collect(Collectors.toList());
  }
}
