package dev.cometsdk.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.SpecLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suggested version bump, from the changes of some diff cases. */
class DiffResultTest {

  private static DiffResult compare(String caseName) {
    Path folder = DiffRuleCasesTest.CASES.resolve(caseName);
    ApiSpec before = SpecLoader.load(folder.resolve("old.json"));
    ApiSpec after = SpecLoader.load(folder.resolve("new.json"));
    return SpecDiffer.compare(before, after, Suppressions.none());
  }

  @Test
  void aJavaBreakIsMajor() {
    assertEquals(DiffResult.Bump.MAJOR, compare("param-added-required").suggestedBump());
  }

  @Test
  void aSourceOnlyBreakIsMajor() {
    assertEquals(DiffResult.Bump.MAJOR, compare("field-type-changed--list-element-type").suggestedBump());
  }

  @Test
  void anAcceptedJavaBreakIsStillMajor() {
    DiffResult result = SpecDiffer.compare(
        SpecLoader.load(DiffRuleCasesTest.CASES.resolve("method-removed/old.json")),
        SpecLoader.load(DiffRuleCasesTest.CASES.resolve("method-removed/new.json")),
        Suppressions.of(List.of(new Suppressions.Entry("method-removed", "AdminListUsers", "nobody calls it"))));
    assertEquals(DiffResult.Bump.MAJOR, result.suggestedBump());
  }

  @Test
  void additionsAreMinor() {
    assertEquals(DiffResult.Bump.MINOR, compare("method-added").suggestedBump());
    assertEquals(DiffResult.Bump.MINOR, compare("field-added").suggestedBump());
    assertEquals(DiffResult.Bump.MINOR, compare("constant-added").suggestedBump());
  }

  @Test
  void aNewOptionalParameterIsMinor() {
    // A new setter on the request object (and, for the first one, a new request class): the API grows.
    assertEquals(DiffResult.Bump.MINOR, compare("param-added-optional--first-optional-parameter").suggestedBump());
    assertEquals(DiffResult.Bump.MINOR, compare("param-added-optional--method-with-request-object").suggestedBump());
  }

  @Test
  void aDeprecationIsMinor() {
    assertEquals(DiffResult.Bump.MINOR, compare("method-deprecated").suggestedBump());
  }

  @Test
  void versionMetadataAndWireOnlyChangesArePatch() {
    assertEquals(DiffResult.Bump.PATCH, compare("version-metadata-changed").suggestedBump());
    assertEquals(DiffResult.Bump.PATCH, compare("method-path-changed--same-folder").suggestedBump());
    assertEquals(DiffResult.Bump.MAJOR, compare("method-path-changed").suggestedBump());
    assertEquals(DiffResult.Bump.PATCH, compare("field-omit-empty-changed").suggestedBump());
  }
}
