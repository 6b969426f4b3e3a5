package dev.cometsdk.generator;

import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/** What every part of one generation run shares: the spec, the options and facts derived from them. */
final class GenerationContext {
  private static final int MAX_USAGES_LISTED = 6;

  private final ApiSpec spec;
  private final GeneratorOptions options;
  private final SinceIndex since;
  private final JavaSymbols symbols;
  private final JavaTypeMapper types;
  private final Map<String, TreeSet<String>> returnedBy = new TreeMap<>();
  private final Map<String, TreeSet<String>> sentBy = new TreeMap<>();

  GenerationContext(ApiSpec spec, GeneratorOptions options, SinceIndex since) {
    this.spec = spec;
    this.options = options;
    this.since = since;
    this.symbols = JavaSymbols.of(spec, options, since);
    this.types = new JavaTypeMapper(spec, symbols);
    for (ApiMethod method : spec.methods()) {
      String javaName = symbols.method(method).blocking();
      namedTypesIn(method.returns(), name -> returnedBy.computeIfAbsent(name, k -> new TreeSet<>()).add(javaName));
      for (Parameter param : method.params()) {
        namedTypesIn(param.type(), name -> sentBy.computeIfAbsent(name, k -> new TreeSet<>()).add(javaName));
      }
    }
  }

  ApiSpec spec() {
    return spec;
  }

  GeneratorOptions options() {
    return options;
  }

  SinceIndex since() {
    return since;
  }

  JavaSymbols symbols() {
    return symbols;
  }

  JavaTypeMapper types() {
    return types;
  }

  /** One sentence naming the client methods that return or send the type; empty when none. */
  String usageOf(String typeName) {
    List<String> parts = new ArrayList<>();
    if (returnedBy.containsKey(typeName)) {
      parts.add("Returned by " + list(returnedBy.get(typeName)));
    }
    if (sentBy.containsKey(typeName)) {
      parts.add((parts.isEmpty() ? "Sent by " : "sent by ") + list(sentBy.get(typeName)));
    }
    return parts.isEmpty() ? "" : String.join("; ", parts) + ".\n";
  }

  private static String list(TreeSet<String> methods) {
    List<String> shown = new ArrayList<>();
    for (String method : methods) {
      if (shown.size() == MAX_USAGES_LISTED) {
        break;
      }
      shown.add("{@code " + method + "}");
    }
    int more = methods.size() - shown.size();
    return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
  }

  /** Whether any field's type names a deprecated struct, which javac would warn about. */
  boolean referencesDeprecated(TypeDeclaration.Struct struct) {
    return struct.fields().stream().map(Field::type).anyMatch(this::mentionsDeprecated);
  }

  /** Whether {@code type} names a deprecated struct, directly or inside lists, maps and aliases. */
  boolean mentionsDeprecated(TypeRef type) {
    boolean[] found = {false};
    namedTypesIn(type, name -> {
      TypeDeclaration declaration = spec.type(name).orElseThrow();
      found[0] |= declaration instanceof TypeDeclaration.Struct && declaration.deprecatedSince().isPresent();
    });
    return found[0];
  }

  /** Every named type in {@code type}, looking through aliases to the struct they name. */
  void namedTypesIn(TypeRef type, Consumer<String> action) {
    if (type instanceof TypeRef.NamedType named) {
      TypeDeclaration declaration = spec.declarationOf(named);
      if (declaration instanceof TypeDeclaration.Alias alias) {
        if (!types.isIntEnumeration(alias)) {
          namedTypesIn(alias.target(), action);
        }
      } else {
        action.accept(named.name());
      }
    } else if (type instanceof TypeRef.ListType list) {
      namedTypesIn(list.element(), action);
    } else if (type instanceof TypeRef.MapType map) {
      namedTypesIn(map.key(), action);
      namedTypesIn(map.value(), action);
    } else if (type instanceof TypeRef.NullableType nullable) {
      namedTypesIn(nullable.inner(), action);
    }
  }
}
