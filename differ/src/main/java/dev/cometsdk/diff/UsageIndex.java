package dev.cometsdk.diff;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * For every named type of a spec, the methods that reach it and in which direction: through a
 * parameter (the request), through the return type (the response), via struct fields, list and
 * map elements and alias targets.
 */
final class UsageIndex {
  private final ApiSpec spec;
  private final Map<String, Map<String, Direction>> byType = new TreeMap<>();

  UsageIndex(ApiSpec spec) {
    this.spec = spec;
    for (ApiMethod method : spec.methods()) {
      for (Parameter param : method.params()) {
        walk(param.type(), method.name(), Direction.REQUEST, new HashSet<>());
      }
      walk(method.returns(), method.name(), Direction.RESPONSE, new HashSet<>());
    }
  }

  /** Method name to direction, for a type name; empty when no method reaches it. */
  Map<String, Direction> usages(String typeName) {
    return byType.getOrDefault(typeName, Map.of());
  }

  private void walk(TypeRef type, String method, Direction direction, Set<String> seen) {
    if (type instanceof TypeRef.NamedType named) {
      if (!seen.add(named.name())) {
        return;
      }
      byType.computeIfAbsent(named.name(), k -> new TreeMap<>()).merge(method, direction, Direction::plus);
      TypeDeclaration declaration = spec.declarationOf(named);
      if (declaration instanceof TypeDeclaration.Alias alias) {
        walk(alias.target(), method, direction, seen);
      } else {
        for (Field field : ((TypeDeclaration.Struct) declaration).fields()) {
          walk(field.type(), method, direction, seen);
        }
      }
    } else if (type instanceof TypeRef.ListType list) {
      walk(list.element(), method, direction, seen);
    } else if (type instanceof TypeRef.MapType map) {
      walk(map.key(), method, direction, seen);
      walk(map.value(), method, direction, seen);
    } else if (type instanceof TypeRef.NullableType nullable) {
      walk(nullable.inner(), method, direction, seen);
    }
  }
}
