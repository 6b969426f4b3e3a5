package dev.cometsdk.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.SpecLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accepted breaks: how a suppressions file is read, and what it does to a diff. */
class SuppressionsTest {
  @TempDir
  Path folder;

  /** The method-removed case: one breaking change, {@code method-removed AdminListUsers}. */
  private static DiffResult methodRemoved(Suppressions suppressions) {
    Path dir = DiffRuleCasesTest.CASES.resolve("method-removed");
    ApiSpec before = SpecLoader.load(dir.resolve("old.json"));
    ApiSpec after = SpecLoader.load(dir.resolve("new.json"));
    return SpecDiffer.compare(before, after, suppressions);
  }

  private Path file(String json) throws IOException {
    Path file = folder.resolve("suppressions.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void withoutSuppressionsTheBreakCounts() {
    DiffResult result = methodRemoved(Suppressions.none());
    Change change = result.changes().get(0);
    assertEquals(ChangeSeverity.BREAKING, change.effectiveSeverity());
    assertTrue(result.reaches(ChangeSeverity.BREAKING));
    assertEquals(0, result.acceptedCount());
  }

  @Test
  void aListedBreakIsAcceptedWithItsReason() throws IOException {
    Suppressions suppressions = Suppressions.read(file("""
        {"accepted": [
          {"rule": "method-removed", "subject": "AdminListUsers", "reason": "no client of ours calls it"}]}
        """));
    DiffResult result = methodRemoved(suppressions);

    assertEquals(1, result.changes().size());
    Change change = result.changes().get(0);
    assertEquals(Optional.of("no client of ours calls it"), change.accepted());
    assertEquals(ChangeSeverity.BREAKING, change.severity(), "the rule's own severity stays");
    assertEquals(ChangeSeverity.INFO, change.effectiveSeverity());
    assertFalse(result.reaches(ChangeSeverity.BREAKING));
    assertFalse(result.reaches(ChangeSeverity.WARNING));
    assertEquals(1, result.acceptedCount());
    assertEquals(1, result.count(ChangeSeverity.INFO));
    assertTrue(result.unmatchedSuppressions().isEmpty());
    String report = TextReport.render(result);
    assertTrue(report.contains("ACCEPTED method-removed  AdminListUsers"), report);
    assertTrue(report.contains("accepted: no client of ours calls it"), report);
  }

  @Test
  void anEntryMustMatchRuleAndSubject() {
    DiffResult result = methodRemoved(Suppressions.of(List.of(
        new Suppressions.Entry("method-path-changed", "AdminListUsers", "wrong rule"),
        new Suppressions.Entry("method-removed", "AdminGetUserProfile", "wrong subject"))));
    assertTrue(result.reaches(ChangeSeverity.BREAKING));
    assertTrue(result.changes().get(0).accepted().isEmpty());
    assertEquals(2, result.unmatchedSuppressions().size());
  }

  @Test
  void anEntryThatMatchesNothingIsReported() throws IOException {
    Suppressions suppressions = Suppressions.read(file("""
        {"accepted": [
          {"rule": "method-removed", "subject": "AdminListUsers", "reason": "no client of ours calls it"},
          {"rule": "field-removed", "subject": "UserProfileConfig.Gone", "reason": "stale entry"}]}
        """));
    DiffResult result = methodRemoved(suppressions);

    assertEquals(List.of(new Suppressions.Entry("field-removed", "UserProfileConfig.Gone", "stale entry")),
        result.unmatchedSuppressions());
    assertFalse(result.reaches(ChangeSeverity.BREAKING));
    assertTrue(TextReport.render(result).contains("Unmatched suppression: field-removed UserProfileConfig.Gone"));
  }

  @Test
  void anEmptyListAcceptsNothing() throws IOException {
    Suppressions suppressions = Suppressions.read(file("{\"accepted\": []}"));
    assertTrue(suppressions.entries().isEmpty());
    assertTrue(methodRemoved(suppressions).reaches(ChangeSeverity.BREAKING));
  }

  @Test
  void aMissingReasonIsRefused() throws IOException {
    Path file = file("""
        {"accepted": [
          {"rule": "method-removed", "subject": "AdminListUsers", "reason": "ok"},
          {"rule": "method-removed", "subject": "AdminGetUserProfile"}]}
        """);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Suppressions.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("/accepted/1/reason"), e.getMessage());
  }

  @Test
  void aBlankReasonIsRefused() throws IOException {
    Path file = file("""
        {"accepted": [{"rule": "method-removed", "subject": "AdminListUsers", "reason": "   "}]}
        """);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Suppressions.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("/accepted/0/reason"), e.getMessage());
    assertTrue(e.getMessage().contains("say why"), e.getMessage());
  }

  @Test
  void aReasonThatIsNotTextIsRefused() throws IOException {
    Path file = file("""
        {"accepted": [{"rule": "method-removed", "subject": "AdminListUsers", "reason": 42}]}
        """);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Suppressions.read(file));
    assertTrue(e.getMessage().contains("/accepted/0/reason"), e.getMessage());
  }

  @Test
  void aMissingRuleIsRefused() throws IOException {
    Path file = file("""
        {"accepted": [{"subject": "AdminListUsers", "reason": "no client of ours calls it"}]}
        """);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Suppressions.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("/accepted/0/rule"), e.getMessage());
  }

  @Test
  void aMissingSubjectIsRefused() throws IOException {
    Path file = file("""
        {"accepted": [{"rule": "method-removed", "reason": "no client of ours calls it"}]}
        """);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Suppressions.read(file));
    assertTrue(e.getMessage().contains("/accepted/0/subject"), e.getMessage());
  }

  @Test
  void malformedJsonIsRefusedClearly() throws IOException {
    Path file = file("{\"accepted\": [{\"rule\": \"method-removed\",}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Suppressions.read(file));
    assertTrue(e.getMessage().contains("cannot read the suppressions file"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void aFileWithoutTheAcceptedListIsRefused() throws IOException {
    Path wrongKey = file("{\"suppressed\": []}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Suppressions.read(wrongKey));
    assertTrue(e.getMessage().contains(wrongKey.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("\"accepted\""), e.getMessage());

    Path array = file("[]");
    assertThrows(IllegalArgumentException.class, () -> Suppressions.read(array));
  }

  @Test
  void aMissingFileIsRefused() {
    Path missing = folder.resolve("no-such-file.json");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Suppressions.read(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }
}
