package dev.cometsdk.diff;

import dev.cometsdk.generator.JavaMapping;
import dev.cometsdk.spec.ApiMethod;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.Constant;
import dev.cometsdk.spec.Field;
import dev.cometsdk.spec.Parameter;
import dev.cometsdk.spec.TypeDeclaration;
import dev.cometsdk.spec.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The two specs of a diff, their Java mappings, and the pairings every rule starts from. */
final class DiffContext {
  final ApiSpec oldSpec;
  final ApiSpec newSpec;
  final JavaMapping oldJava;
  final JavaMapping newJava;
  private final UsageIndex oldUsage;
  private final UsageIndex newUsage;

  DiffContext(ApiSpec oldSpec, ApiSpec newSpec) {
    this.oldSpec = oldSpec;
    this.newSpec = newSpec;
    this.oldJava = JavaMapping.of(oldSpec);
    // Names the old spec had keep their Java names against names the new one adds, as the
    // generator keeps them (docs/java-names.md), also where the bundled history does not know them.
    this.newJava = JavaMapping.of(newSpec, oldSpec);
    this.oldUsage = new UsageIndex(oldSpec);
    this.newUsage = new UsageIndex(newSpec);
  }

  record Pair<T>(T before, T after) {}

  /** Methods in both specs, by name. */
  List<Pair<ApiMethod>> commonMethods() {
    List<Pair<ApiMethod>> pairs = new ArrayList<>();
    for (ApiMethod before : oldSpec.methods()) {
      newSpec.method(before.name()).ifPresent(after -> pairs.add(new Pair<>(before, after)));
    }
    return pairs;
  }

  /** Types in both specs, by name. */
  List<Pair<TypeDeclaration>> commonTypes() {
    List<Pair<TypeDeclaration>> pairs = new ArrayList<>();
    for (TypeDeclaration before : oldSpec.types()) {
      newSpec.type(before.name()).ifPresent(after -> pairs.add(new Pair<>(before, after)));
    }
    return pairs;
  }

  /** Structs that are structs in both specs. */
  List<Pair<TypeDeclaration.Struct>> commonStructs() {
    List<Pair<TypeDeclaration.Struct>> pairs = new ArrayList<>();
    for (Pair<TypeDeclaration> pair : commonTypes()) {
      if (pair.before() instanceof TypeDeclaration.Struct before && pair.after() instanceof TypeDeclaration.Struct after) {
        pairs.add(new Pair<>(before, after));
      }
    }
    return pairs;
  }

  /** Constants in both specs, by name. */
  List<Pair<Constant>> commonConstants() {
    List<Pair<Constant>> pairs = new ArrayList<>();
    for (Constant before : oldSpec.constants()) {
      newSpec.constant(before.name()).ifPresent(after -> pairs.add(new Pair<>(before, after)));
    }
    return pairs;
  }

  /** Parameters in both versions of a method, by name. */
  static List<Pair<Parameter>> commonParams(Pair<ApiMethod> method) {
    List<Pair<Parameter>> pairs = new ArrayList<>();
    for (Parameter before : method.before().params()) {
      method.after().param(before.name()).ifPresent(after -> pairs.add(new Pair<>(before, after)));
    }
    return pairs;
  }

  /**
   * Fields in both versions of a struct, paired by JSON key: the field's identity on the wire. A
   * field whose key is gone but whose SDK name is kept under another key (what
   * {@code field-json-name-changed} reports) is paired by that name, so that the other rules still
   * judge its type, omitEmpty and deprecation.
   */
  static List<Pair<Field>> commonFields(Pair<TypeDeclaration.Struct> struct) {
    List<Pair<Field>> pairs = new ArrayList<>();
    for (Field before : struct.before().fields()) {
      struct.after().fieldByJsonName(before.jsonName())
          .or(() -> sameNameOtherKey(struct.after(), before.name(), before.jsonName()))
          .ifPresent(after -> pairs.add(new Pair<>(before, after)));
    }
    return pairs;
  }

  /** A field of {@code struct} with SDK name {@code name} whose JSON key is not {@code jsonName}. */
  static Optional<Field> sameNameOtherKey(TypeDeclaration.Struct struct, String name, String jsonName) {
    return struct.fields().stream()
        .filter(field -> field.name().equals(name) && !field.jsonName().equals(jsonName))
        .findFirst();
  }

  /** The methods that reach a type in either spec, with the combined direction, sorted by method. */
  List<Usage> usages(String typeName) {
    Map<String, Direction> merged = new TreeMap<>(oldUsage.usages(typeName));
    newUsage.usages(typeName).forEach((method, direction) -> merged.merge(method, direction, Direction::plus));
    List<Usage> usages = new ArrayList<>();
    merged.forEach((method, direction) -> usages.add(new Usage(method, direction)));
    return usages;
  }

  /** The combined direction of a type's usages, or empty when no method reaches it. */
  Optional<Direction> direction(String typeName) {
    return usages(typeName).stream().map(Usage::direction).reduce(Direction::plus);
  }

  /**
   * Wire verdicts for a value whose type changed from {@code before} to {@code after}, travelling
   * in {@code direction} (empty: no method reaches it, so nothing on the wire changes).
   */
  Verdicts wire(TypeRef before, TypeRef after, Optional<Direction> direction) {
    Compatibility oldClientNewServer = Compatibility.COMPATIBLE;
    Compatibility newClientOldServer = Compatibility.COMPATIBLE;
    if (direction.isPresent() && direction.get().inRequest()) {
      oldClientNewServer = oldClientNewServer.and(WireTypes.accepts(after, newSpec, before, oldSpec));
      newClientOldServer = newClientOldServer.and(WireTypes.accepts(before, oldSpec, after, newSpec));
    }
    if (direction.isPresent() && direction.get().inResponse()) {
      oldClientNewServer = oldClientNewServer.and(WireTypes.accepts(before, oldSpec, after, newSpec));
      newClientOldServer = newClientOldServer.and(WireTypes.accepts(after, newSpec, before, oldSpec));
    }
    return new Verdicts(oldClientNewServer, newClientOldServer, Compatibility.COMPATIBLE, Compatibility.COMPATIBLE);
  }

  /** Java verdicts from the declared types (source) and their erasures (binary) before and after. */
  static Verdicts java(Verdicts wire, String sourceBefore, String sourceAfter, String binaryBefore, String binaryAfter) {
    return wire.withJava(
        sourceBefore.equals(sourceAfter) ? Compatibility.COMPATIBLE : Compatibility.BREAKING,
        binaryBefore.equals(binaryAfter) ? Compatibility.COMPATIBLE : Compatibility.BREAKING);
  }
}
