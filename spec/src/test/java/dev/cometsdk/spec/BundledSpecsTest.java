package dev.cometsdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.spec.BundledSpecs.BundledVersion;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledSpecsTest {
  private static final BundledSpecs CATALOG = BundledSpecs.catalog();

  static Stream<BundledVersion> bundled() {
    return CATALOG.versions().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundled")
  void everyBundledVersionValidatesWithoutAnyEvent(BundledVersion entry) {
    SpecLoader.Result result = SpecLoader.validate(entry.file(), CATALOG.content(entry));
    assertEquals(List.of(), result.report().events(), () -> result.report().toText());
    assertTrue(result.spec().isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundled")
  void indexCountsMatchTheFile(BundledVersion entry) {
    ApiSpec spec = CATALOG.load(entry);
    assertEquals(entry.version(), spec.serverVersion());
    assertEquals(entry.methods(), spec.methods().size(), "methods");
    assertEquals(entry.types(), spec.types().size(), "types");
    assertEquals(entry.structs(), spec.types().stream().filter(t -> t instanceof TypeDeclaration.Struct).count(), "structs");
    assertEquals(entry.aliases(), spec.types().stream().filter(t -> t instanceof TypeDeclaration.Alias).count(), "aliases");
    assertEquals(entry.constants(), spec.constants().size(), "constants");
    assertEquals(entry.version().toString(),
        ((ConstantValue.StringValue) spec.constant("APPLICATION_VERSION").orElseThrow().value()).value());
  }

  @Test
  void catalogHoldsAllFortyTwoVersionsInOrder() {
    List<BundledVersion> versions = CATALOG.versions();
    assertEquals(42, versions.size());
    assertEquals("22.6.9", CATALOG.oldest().version().toString());
    assertEquals("25.6.8", CATALOG.newest().version().toString());
    for (int i = 1; i < versions.size(); i++) {
      assertTrue(versions.get(i - 1).version().isBefore(versions.get(i).version()));
    }
  }

  @Test
  void findsAVersionByNumber() {
    assertEquals("24.12.5.json", CATALOG.get("24.12.5").file());
    assertEquals(ServerVersion.parse("24.12.5"), CATALOG.load("24.12.5").serverVersion());
  }

  @Test
  void missingVersionListsTheBundledOnes() {
    UnknownVersionException error = assertThrows(UnknownVersionException.class, () -> CATALOG.get("24.12.1"));
    assertTrue(error.getMessage().contains("'24.12.1' is not bundled"), error.getMessage());
    assertTrue(error.getMessage().contains("22.6.9, 22.9.0, 22.11.2"), error.getMessage());
    assertTrue(error.getMessage().endsWith("25.3.1, 25.6.8"), error.getMessage());
    assertThrows(UnknownVersionException.class, () -> CATALOG.get("latest"));
  }

  @Test
  void loadedSpecsAreCached() {
    assertTrue(CATALOG.loadNewest() == CATALOG.load("25.6.8"));
  }
}
