package dev.cometsdk.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One validated version of the Comet Server API. Instances come only from {@link SpecLoader} or
 * {@link BundledSpecs}, after validation passed, so everything downstream may rely on every name
 * being resolvable and every constraint of the validator holding.
 */
public final class ApiSpec {
  private final ServerVersion serverVersion;
  private final String source;
  private final Map<String, ApiMethod> methods;
  private final Map<String, TypeDeclaration> types;
  private final Map<String, Constant> constants;

  ApiSpec(ServerVersion serverVersion, String source, List<ApiMethod> methods, List<TypeDeclaration> types,
      List<Constant> constants) {
    this.serverVersion = serverVersion;
    this.source = source;
    this.methods = index(methods, ApiMethod::name);
    this.types = index(types, TypeDeclaration::name);
    this.constants = index(constants, Constant::name);
  }

  private static <T> Map<String, T> index(List<T> elements, java.util.function.Function<T, String> name) {
    Map<String, T> index = new LinkedHashMap<>();
    elements.forEach(element -> index.put(name.apply(element), element));
    return Collections.unmodifiableMap(index);
  }

  public ServerVersion serverVersion() {
    return serverVersion;
  }

  /** The file (or resource) the spec was loaded from, as locations name it. */
  public String source() {
    return source;
  }

  /** All methods, in file order (sorted by name in the bundled files). */
  public List<ApiMethod> methods() {
    return List.copyOf(methods.values());
  }

  /** All named types, in file order. */
  public List<TypeDeclaration> types() {
    return List.copyOf(types.values());
  }

  /** All constants, in file order. */
  public List<Constant> constants() {
    return List.copyOf(constants.values());
  }

  public Optional<ApiMethod> method(String name) {
    return Optional.ofNullable(methods.get(name));
  }

  public Optional<TypeDeclaration> type(String name) {
    return Optional.ofNullable(types.get(name));
  }

  public Optional<Constant> constant(String name) {
    return Optional.ofNullable(constants.get(name));
  }

  /** The declaration a named type refers to; validation guarantees it exists. */
  public TypeDeclaration declarationOf(TypeRef.NamedType named) {
    TypeDeclaration declaration = types.get(named.name());
    if (declaration == null) {
      throw new IllegalArgumentException("type '" + named.name() + "' is not declared in " + source);
    }
    return declaration;
  }

  /** Follows aliases until the type is a primitive, list, map, nullable or struct name. */
  public TypeRef resolveAliases(TypeRef type) {
    TypeRef current = type;
    while (current instanceof TypeRef.NamedType named && declarationOf(named) instanceof TypeDeclaration.Alias alias) {
      current = alias.target();
    }
    return current;
  }

  /** The constants typed with {@code aliasName}, in file order. */
  public List<Constant> constantsOfType(String aliasName) {
    return constants.values().stream()
        .filter(constant -> constant.type() instanceof TypeRef.NamedType named && named.name().equals(aliasName))
        .toList();
  }

  @Override
  public String toString() {
    return "ApiSpec[" + serverVersion + ", " + methods.size() + " methods, " + types.size() + " types, "
        + constants.size() + " constants, from " + source + "]";
  }
}
