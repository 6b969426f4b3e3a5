package dev.cometsdk.diff;

import dev.cometsdk.spec.TypeDeclaration;

/** How type declarations are named in change descriptions. */
final class TypeRules {
  private TypeRules() {}

  static String kind(TypeDeclaration type) {
    return type instanceof TypeDeclaration.Struct ? "struct" : "alias";
  }

  static String describe(TypeDeclaration type) {
    if (type instanceof TypeDeclaration.Alias alias) {
      return "alias of " + alias.target();
    }
    return "struct with " + ((TypeDeclaration.Struct) type).fields().size() + " fields";
  }
}
