package dev.cometsdk.diff;

import dev.cometsdk.diff.JapicmpFindings.Finding;
import dev.cometsdk.diff.JapicmpFindings.Kind;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.generator.JavaMapping;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.Constant;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.PrimitiveType;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps a Java element of the generated SDK back to the spec element it comes from, and names the
 * differ subjects that concern it. A differ change "relates" to a Java element when its subject is
 * one of these:
 *
 * <ul>
 *   <li>a class in {@code .model} of a struct (the naming component's class name, in either
 *       spec): the struct, and for a getter or setter the field(s) with that accessor (in either
 *       spec, with the field holding the same JSON key on the other side); for the class itself or
 *       any other member, every field of it;
 *   <li>a class in {@code .model} of an alias (its constants): the alias, and for a
 *       {@code static final} field the constant of that name; for the class itself, every
 *       constant of the alias;
 *   <li>a request class in {@code .requests} and its {@code Builder}: the API method it belongs to;
 *   <li>a method of the client or of one of its area interfaces: the API method(s) that have a
 *       Java method of that name (any of its forms: blocking, {@code Async}, {@code AsStream},
 *       {@code ToFile});
 *   <li>{@code CometConstants}: the primitive-typed constant of the field's name;
 *   <li>an API method: the method and each of its parameters ({@code Xxx(Param)}).
 * </ul>
 *
 * <p>Also related are the named types (structs and aliases, through aliases to what they name)
 * that the element's spec type mentions, before or after: a getter's Java type changes when the
 * alias it is declared with changes, without the field itself changing.
 */
final class SpecElements {
  private final ApiSpec before;
  private final ApiSpec after;
  private final JavaMapping beforeJava;
  private final JavaMapping afterJava;
  private final String modelPrefix;
  private final String requestsPrefix;
  private final String client;
  private final String constants;

  SpecElements(ApiSpec before, ApiSpec after, GeneratorOptions options) {
    this.before = before;
    this.after = after;
    this.beforeJava = JavaMapping.of(before);
    this.afterJava = JavaMapping.of(after, before);
    this.modelPrefix = options.modelPackage() + ".";
    this.requestsPrefix = options.requestsPackage() + ".";
    this.client = options.packageName() + "." + options.clientName();
    this.constants = options.packageName() + ".CometConstants";
  }

  /** The spec element a finding is about, and the differ subjects that relate to it. */
  record Element(String description, Set<String> subjects) {
    static Element unmapped() {
      return new Element("no spec element", Set.of());
    }
  }

  Element of(Finding finding) {
    String className = finding.className();
    if (className.startsWith(modelPrefix) && className.indexOf('$') < 0) {
      return modelClass(specTypeOf(className.substring(modelPrefix.length())), finding);
    }
    if (className.startsWith(requestsPrefix)) {
      String outer = className.substring(requestsPrefix.length()).split("\\$")[0];
      Set<String> methods = methodsWithRequestClass(outer);
      if (!methods.isEmpty()) {
        return apiMethods(methods);
      }
    }
    if ((className.equals(client) || isAreaInterface(className)) && finding.kind() == Kind.METHOD) {
      return apiMethods(methodsNamedInJava(finding.memberName()));
    }
    if (className.equals(constants)) {
      return primitiveConstants(finding);
    }
    return Element.unmapped();
  }

  /** The spec type whose class has this simple name, in either spec (itself when none has). */
  private String specTypeOf(String simpleName) {
    for (int side = 0; side < 2; side++) {
      ApiSpec spec = side == 0 ? before : after;
      JavaMapping java = side == 0 ? beforeJava : afterJava;
      for (TypeDeclaration type : spec.types()) {
        if (java.hasJavaClass(type) && java.className(type).equals(simpleName)) {
          return type.name();
        }
      }
    }
    return simpleName;
  }

  /** The API methods whose request class has this simple name, in either spec. */
  private Set<String> methodsWithRequestClass(String simpleName) {
    Set<String> names = new TreeSet<>();
    for (int side = 0; side < 2; side++) {
      ApiSpec spec = side == 0 ? before : after;
      JavaMapping java = side == 0 ? beforeJava : afterJava;
      for (ApiMethod method : spec.methods()) {
        java.symbols().method(method).requestClass().filter(name -> name.simpleName().equals(simpleName))
            .ifPresent(name -> names.add(method.name()));
      }
    }
    return names;
  }

  /** Whether the class is one of the client's area interfaces in either spec. */
  private boolean isAreaInterface(String className) {
    return List.of(beforeJava, afterJava).stream().flatMap(java -> java.symbols().areas().stream())
        .anyMatch(area -> area.type().canonicalName().equals(className));
  }

  private Element modelClass(String name, Finding finding) {
    Set<String> subjects = new TreeSet<>();
    String description = null;
    for (ApiSpec spec : List.of(before, after)) {
      Optional<TypeDeclaration> declaration = spec.type(name);
      if (declaration.isEmpty()) {
        continue;
      }
      subjects.add(name);
      if (declaration.get() instanceof TypeDeclaration.Struct struct) {
        description = structMembers(struct, finding, subjects);
      } else {
        description = aliasConstants(name, spec, finding, subjects);
      }
    }
    return description == null ? Element.unmapped() : new Element(description, subjects);
  }

  private String structMembers(TypeDeclaration.Struct struct, Finding finding, Set<String> subjects) {
    String stem = accessorStem(finding);
    if (stem != null) {
      boolean matched = false;
      for (Field field : fieldsWithStem(struct.name(), stem)) {
        matched = true;
        subjects.add(struct.name() + "." + field.name());
        typesIn(field.type(), subjects);
      }
      if (matched) {
        return "field(s) of struct " + struct.name() + " with accessors *" + stem;
      }
    }
    for (ApiSpec spec : List.of(before, after)) {
      spec.type(struct.name()).filter(TypeDeclaration.Struct.class::isInstance).map(TypeDeclaration.Struct.class::cast)
          .ifPresent(s -> s.fields().forEach(field -> subjects.add(s.name() + "." + field.name())));
    }
    return "struct " + struct.name();
  }

  /** The fields of a struct, in either spec, whose accessors have {@code stem}, with their counterparts by JSON key. */
  private List<Field> fieldsWithStem(String structName, String stem) {
    List<Field> found = new java.util.ArrayList<>();
    for (int side = 0; side < 2; side++) {
      ApiSpec spec = side == 0 ? before : after;
      ApiSpec other = side == 0 ? after : before;
      JavaMapping java = side == 0 ? beforeJava : afterJava;
      Optional<TypeDeclaration.Struct> struct = struct(spec, structName);
      if (struct.isEmpty()) {
        continue;
      }
      for (Field field : struct.get().fields()) {
        List<String> accessors = List.of(java.fieldAccessors(struct.get(), field).split(" "));
        if (accessors.contains("get" + stem) || accessors.contains("is" + stem) || accessors.contains("set" + stem)) {
          found.add(field);
          struct(other, structName).flatMap(s -> s.fieldByJsonName(field.jsonName())).ifPresent(found::add);
        }
      }
    }
    return found;
  }

  private static Optional<TypeDeclaration.Struct> struct(ApiSpec spec, String name) {
    return spec.type(name).filter(TypeDeclaration.Struct.class::isInstance).map(TypeDeclaration.Struct.class::cast);
  }

  /** {@code Foo} for {@code getFoo}, {@code isFoo} and {@code setFoo}; null for any other member. */
  private static String accessorStem(Finding finding) {
    if (finding.kind() != Kind.METHOD) {
      return null;
    }
    String name = finding.memberName();
    for (String prefix : List.of("get", "set", "is")) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        return name.substring(prefix.length());
      }
    }
    return null;
  }

  private String aliasConstants(String alias, ApiSpec spec, Finding finding, Set<String> subjects) {
    if (finding.kind() == Kind.FIELD) {
      String constant = finding.memberName();
      subjects.add(constant);
      for (ApiSpec side : List.of(before, after)) {
        side.constant(constant).ifPresent(c -> typesIn(c.type(), subjects));
      }
      return "constant " + constant + " of alias " + alias;
    }
    for (ApiSpec side : List.of(before, after)) {
      side.constantsOfType(alias).forEach(constant -> subjects.add(constant.name()));
    }
    return "alias " + alias + " and its constants";
  }

  private Element primitiveConstants(Finding finding) {
    Set<String> subjects = new TreeSet<>();
    for (ApiSpec spec : List.of(before, after)) {
      for (Constant constant : spec.constants()) {
        boolean primitive = constant.type() instanceof PrimitiveType;
        boolean named = finding.kind() != Kind.FIELD || constant.name().equals(finding.memberName());
        if (primitive && named) {
          subjects.add(constant.name());
        }
      }
    }
    if (finding.kind() == Kind.FIELD) {
      for (ApiSpec spec : List.of(before, after)) {
        spec.constant(finding.memberName()).ifPresent(constant -> {
          subjects.add(constant.name());
          typesIn(constant.type(), subjects);
        });
      }
      return new Element("constant " + finding.memberName(), subjects);
    }
    return new Element("the primitive-typed constants", subjects);
  }

  /** The API methods whose client methods are called {@code javaName}, in either spec. */
  private Set<String> methodsNamedInJava(String javaName) {
    Set<String> names = new TreeSet<>();
    for (int side = 0; side < 2; side++) {
      ApiSpec spec = side == 0 ? before : after;
      JavaMapping java = side == 0 ? beforeJava : afterJava;
      for (ApiMethod method : spec.methods()) {
        if (java.methodForms(method).contains(javaName)) {
          names.add(method.name());
        }
      }
    }
    return names;
  }

  private Element apiMethods(Set<String> names) {
    Set<String> subjects = new TreeSet<>();
    for (String name : names) {
      for (ApiSpec spec : List.of(before, after)) {
        spec.method(name).ifPresent(method -> {
          subjects.add(method.name());
          typesIn(method.returns(), subjects);
          for (Parameter param : method.params()) {
            subjects.add(method.name() + "(" + param.name() + ")");
            typesIn(param.type(), subjects);
          }
        });
      }
    }
    return subjects.isEmpty() ? Element.unmapped() : new Element("method " + String.join(", ", names), subjects);
  }

  /** Every named type in {@code type}, in either spec, following aliases to what they name. */
  private void typesIn(TypeRef type, Set<String> subjects) {
    typesIn(type, before, subjects);
    typesIn(type, after, subjects);
  }

  private static void typesIn(TypeRef type, ApiSpec spec, Set<String> subjects) {
    if (type instanceof TypeRef.NamedType named) {
      subjects.add(named.name());
      // Validated specs have no alias cycles, so this ends.
      spec.type(named.name()).filter(TypeDeclaration.Alias.class::isInstance).map(TypeDeclaration.Alias.class::cast)
          .ifPresent(alias -> typesIn(alias.target(), spec, subjects));
    } else if (type instanceof TypeRef.ListType list) {
      typesIn(list.element(), spec, subjects);
    } else if (type instanceof TypeRef.MapType map) {
      typesIn(map.key(), spec, subjects);
      typesIn(map.value(), spec, subjects);
    } else if (type instanceof TypeRef.NullableType nullable) {
      typesIn(nullable.inner(), spec, subjects);
    }
  }
}
