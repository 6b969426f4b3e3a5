package dev.cometsdk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.SpecLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names that collide once they become Java never break the generated code, and a name added in a
 * later version never renames one that was there: the newest bundled spec with every kind of
 * collision ({@link CollisionKinds}) generates code that compiles with every lint on and
 * {@code -Werror}, and each collision added in a later version leaves every earlier Java name as
 * it was.
 */
class CollisionsTest {
  private static final Path NAMING_FIXTURES = Path.of("src/test/resources/naming");

  @TempDir
  Path classes;

  @Test
  void newestSpecWithEveryCollisionCompilesWithoutWarnings() throws IOException {
    SpecEdits edits = SpecEdits.newestBundled();
    for (CollisionKinds kind : CollisionKinds.all()) {
      kind.colliding().apply(kind.before().apply(edits));
    }
    ApiSpec spec = edits.load();
    JavaSymbols symbols = JavaSymbols.of(spec, GeneratorOptions.defaults(), SinceIndex.bundled());
    NewestSpecCompilesTest.assertCompiles(spec, new CometGenerator().generate(spec, GeneratorOptions.defaults()),
        classes);
    Map<String, String> names = NameListing.of(symbols);
    assertEquals("AdminApi#close_", names.get("method Close blocking"));
    assertEquals("closeAsync", names.get("method Close async"));
    assertEquals("AdminApi#wait_", names.get("method Wait blocking"));
    assertEquals("AdminApi#getClass_", names.get("method GetClass blocking"));
    assertEquals("AdminApi#adminFooAsync_", names.get("method AdminFooAsync blocking"));
    assertEquals("adminFooAsync", names.get("method AdminFoo async"));
    assertEquals("dev.cometsdk.client.model.String_", names.get("type String"));
    assertEquals("dev.cometsdk.client.model.class_", names.get("type class"));
    assertEquals("getAdditionalProperties_ setAdditionalProperties_",
        names.get("field Unknowns.AdditionalProperties"));
    assertEquals("getAdditionalPropertiesValue setAdditionalPropertiesValue",
        names.get("field Unknowns.AdditionalPropertiesValue"));
    // Added together, the name as given keeps the getter; the one without its "Is" steps aside.
    assertEquals("isSuspended setSuspended", names.get("field Flags.Suspended"));
    assertEquals("isSuspended_ setSuspended_", names.get("field Flags.IsSuspended"));
    // Added together, the spelling that is already the Java one keeps the name.
    assertEquals("getSourceGuid setSourceGuid", names.get("field Acronyms.SourceGuid"));
    assertEquals("getSourceGuid_ setSourceGuid_", names.get("field Acronyms.SourceGUID"));
    assertFalse(symbols.renames().isEmpty());
  }

  static Stream<CollisionKinds> kinds() {
    return CollisionKinds.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aCollidingNameAddedLaterRenamesNothing(CollisionKinds kind) {
    SpecEdits older = kind.before().apply(SpecEdits.newestBundled().version("25.6.8"));
    ApiSpec before = older.load();
    ApiSpec after = kind.colliding().apply(older.copy().version("25.9.6")).load();
    Map<String, String> namesBefore = NameListing.of(JavaMapping.of(before).symbols());
    Map<String, String> namesAfter = NameListing.of(JavaMapping.of(after, before).symbols());
    List<String> renamed = namesBefore.entrySet().stream()
        .filter(entry -> !entry.getValue().equals(namesAfter.get(entry.getKey())))
        .map(entry -> entry.getKey() + ": " + entry.getValue() + " -> " + namesAfter.get(entry.getKey()))
        .collect(Collectors.toList());
    assertEquals(List.of(), renamed, "names that the earlier version had were renamed");
  }

  static Stream<Path> namingFixtures() throws IOException {
    try (Stream<Path> files = Files.list(NAMING_FIXTURES)) {
      return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  /**
   * The small specs of the validator's former collision errors: now valid, each generating code
   * that compiles, with exactly the warnings that {@code comet validate} gives for them, as
   * checked in beside each ({@code NAME.renames}; rewrite with {@code -Dcomet.updateExpectations=true}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("namingFixtures")
  void formerlyRefusedNamesGenerateCodeThatCompiles(Path fixture) throws IOException {
    ApiSpec spec = SpecLoader.load(fixture);
    List<GeneratedFile> files = new CometGenerator().generate(spec, GeneratorOptions.defaults());
    NewestSpecCompilesTest.assertCompiles(spec, files, classes);
    String warnings = new CometGenerator().symbols(spec, GeneratorOptions.defaults()).renames().stream()
        .map(rename -> rename.toWarning().toLine() + "\n").collect(Collectors.joining());
    Path expected = Path.of(fixture.toString().replaceAll("\\.json$", ".renames"));
    if (Boolean.getBoolean("comet.updateExpectations")) {
      Files.writeString(expected, warnings, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), warnings, fixture + ": the warnings changed");
  }
}
