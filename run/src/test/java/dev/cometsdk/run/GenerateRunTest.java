package dev.cometsdk.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.diff.Suppressions;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateRunTest {
  @TempDir
  Path project;

  private final List<String> infos = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private GenerateRequest request(SpecSource source, Suppressions suppressions, boolean failOnBreaking) {
    return new GenerateRequest(source, GeneratorOptions.defaults(), project.resolve("out"),
        Optional.of(project.resolve("comet.lock.json")), suppressions, failOnBreaking, project.resolve("reports"), "");
  }

  /** Runs the request and keeps the report's lines, as a front end would show them. */
  private GenerateReport execute(GenerateRequest request) throws BuildException {
    GenerateReport report = new GenerateRun(request).execute();
    for (GenerateReport.Line line : report.lines()) {
      (line.warning() ? warnings : infos).add(line.text());
    }
    return report;
  }

  private GenerateReport.Outcome run(String version) throws BuildException {
    return execute(request(new SpecSource.Bundled(Optional.of(version)), Suppressions.none(), true)).outcome();
  }

  @Test
  void firstRunGeneratesAndCreatesTheLock() throws Exception {
    assertEquals(GenerateReport.Outcome.GENERATED, run("24.12.4"));
    assertTrue(Files.exists(project.resolve("out/dev/cometsdk/client/CometClient.java")));
    LockFile lock = LockFile.read(project.resolve("comet.lock.json")).orElseThrow();
    assertEquals("24.12.4", lock.serverVersion());
    assertEquals("bundled", lock.source());
    assertTrue(infos.stream().anyMatch(line -> line.startsWith("Created ")), infos.toString());
  }

  @Test
  void secondRunIsUpToDateAndTouchesNothing() throws Exception {
    run("24.12.4");
    Path client = project.resolve("out/dev/cometsdk/client/CometClient.java");
    FileTime before = Files.getLastModifiedTime(client);
    infos.clear();
    assertEquals(GenerateReport.Outcome.UP_TO_DATE, run("24.12.4"));
    assertEquals(before, Files.getLastModifiedTime(client));
    assertEquals(1, infos.size(), infos.toString());
    assertTrue(infos.get(0).contains("up to date"), infos.get(0));
  }

  @Test
  void aRewrittenLockFileIsReadAgainAndRecorded() throws Exception {
    run("24.12.4");
    Path lockFile = project.resolve("comet.lock.json");
    LockFile lock = LockFile.read(lockFile).orElseThrow();
    // The same lock, written by hand: other bytes, so the quick check cannot trust it.
    Files.writeString(lockFile, "{\"serverVersion\": \"24.12.4\", \"sha256\": \"" + lock.sha256() + "\"}\n");

    assertEquals(GenerateReport.Outcome.UP_TO_DATE, run("24.12.4"));
    assertEquals(Fingerprints.ofFile(lockFile).orElseThrow(),
        OutputManifest.read(new DiskOutputFolder(project.resolve("out"))).orElseThrow().lockFingerprint());
  }

  @Test
  void aDeletedLockFileIsWrittenAgainWithoutRegenerating() throws Exception {
    run("24.12.4");
    Files.delete(project.resolve("comet.lock.json"));

    assertEquals(GenerateReport.Outcome.UP_TO_DATE, run("24.12.4"));
    assertEquals("24.12.4", LockFile.read(project.resolve("comet.lock.json")).orElseThrow().serverVersion());
  }

  @Test
  void aLockFileNamingAnotherSpecIsNotTrustedByItsFingerprint() throws Exception {
    run("24.12.4");
    Path lockFile = project.resolve("comet.lock.json");
    String other = SpecSource.sha256("not the spec".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.writeString(lockFile, "{\"serverVersion\": \"24.12.3\", \"sha256\": \"" + other + "\"}\n");

    assertEquals(GenerateReport.Outcome.UP_TO_DATE, run("24.12.4"));
    assertTrue(warnings.stream().anyMatch(line -> line.contains("not bundled")), warnings.toString());
  }

  @Test
  void aDeletedOutputFileForcesRegeneration() throws Exception {
    run("24.12.4");
    Files.delete(project.resolve("out/dev/cometsdk/client/CometClient.java"));
    assertEquals(GenerateReport.Outcome.GENERATED, run("24.12.4"));
  }

  @Test
  void compatibleUpgradeRegeneratesUpdatesTheLockAndRemovesStaleFiles() throws Exception {
    run("24.12.4");
    Path stale = project.resolve("out/dev/cometsdk/client/model/Stale.java");
    // Pretend an earlier generation wrote a file that the new spec no longer has.
    Files.writeString(stale, "class Stale {}");
    DiskOutputFolder out = new DiskOutputFolder(project.resolve("out"));
    OutputManifest previous = OutputManifest.read(out).orElseThrow();
    List<String> files = new ArrayList<>(previous.files());
    files.add("dev/cometsdk/client/model/Stale.java");
    OutputManifest.complete("", previous.stamp(), files, previous.spec(), previous.lockFingerprint()).write(out);
    assertEquals(GenerateReport.Outcome.GENERATED, run("24.12.5"));
    assertFalse(Files.exists(stale), "stale files are removed");
    assertEquals("24.12.5", LockFile.read(project.resolve("comet.lock.json")).orElseThrow().serverVersion());
    assertTrue(Files.exists(project.resolve("reports/comet-diff-24.12.4-to-24.12.5.html")));
    assertTrue(infos.stream().anyMatch(line -> line.contains("Comet API upgrade 24.12.4 -> 24.12.5")), infos.toString());
  }

  @Test
  void breakingUpgradeIsRefusedWithTheRuleIdAndLeavesTheLockAndTheClient() throws Exception {
    run("25.3.1");
    Path client = project.resolve("out/dev/cometsdk/client/CometClient.java");
    String before = Files.readString(client);
    infos.clear();
    GenerateReport report = execute(request(new SpecSource.Bundled(Optional.of("25.6.8")), Suppressions.none(), true));
    assertEquals(GenerateReport.Outcome.REFUSED, report.outcome());
    String refusal = report.refusal().orElseThrow();
    assertTrue(refusal.contains("has 3 breaking changes, first method-return-type-changed"), refusal);
    assertTrue(refusal.contains(project.resolve("reports/comet-diff-25.3.1-to-25.6.8.txt").toString()), refusal);
    assertEquals(3, report.gate().orElseThrow().breaking().size());
    assertEquals("25.3.1", LockFile.read(project.resolve("comet.lock.json")).orElseThrow().serverVersion());
    assertEquals(before, Files.readString(client), "nothing generated");
    assertTrue(warnings.stream().anyMatch(line -> line.contains("breaking: param-added-required")), warnings.toString());
    assertTrue(infos.stream().noneMatch(line -> line.startsWith("Generated")), infos.toString());
  }

  @Test
  void acceptedBreaksPass() throws Exception {
    run("25.3.1");
    Suppressions accepted = Suppressions.of(List.of(
        new Suppressions.Entry("method-return-type-changed", "AdminSetUserProfileHash", "unused"),
        new Suppressions.Entry("method-return-type-changed", "UserWebSetProfileHash", "unused"),
        new Suppressions.Entry("param-added-required", "UserWebGetJobsForCustomSearch(Query)", "unused")));
    GenerateReport.Outcome outcome = execute(request(new SpecSource.Bundled(Optional.of("25.6.8")), accepted,
        true)).outcome();
    assertEquals(GenerateReport.Outcome.GENERATED, outcome);
    assertEquals("25.6.8", LockFile.read(project.resolve("comet.lock.json")).orElseThrow().serverVersion());
  }

  @Test
  void failOnBreakingOffOnlyWarns() throws Exception {
    run("25.3.1");
    assertEquals(GenerateReport.Outcome.GENERATED,
        execute(request(new SpecSource.Bundled(Optional.of("25.6.8")), Suppressions.none(), false)).outcome());
    assertTrue(warnings.stream().anyMatch(line -> line.contains("breaking: param-added-required")), warnings.toString());
    assertEquals("25.6.8", LockFile.read(project.resolve("comet.lock.json")).orElseThrow().serverVersion());
  }

  @Test
  void unknownVersionListsTheBundledOnes() {
    BuildException error = assertThrows(BuildException.class, () -> run("25.6.9"));
    assertTrue(error.getMessage().contains("the bundled versions are: 22.6.9"), error.getMessage());
  }

  @Test
  void invalidSpecFileGivesTheValidatorsReport() throws IOException {
    Path spec = Files.writeString(project.resolve("mine.json"), "{\"serverVersion\": \"25.6.8\"}");
    BuildException error = assertThrows(BuildException.class, () ->
        execute(request(new SpecSource.SpecFile(spec), Suppressions.none(), true)));
    assertTrue(error.getMessage().contains("ERROR schema.missing-key " + spec + ":1:1: the spec has no 'methods' key"),
        error.getMessage());
  }

  @Test
  void ownSpecFileIsLockedAsAFile() throws Exception {
    BundledSpecs catalog = BundledSpecs.catalog();
    Path spec = Files.write(project.resolve("mine.json"), catalog.content(catalog.get("24.12.5")));
    execute(request(new SpecSource.SpecFile(spec), Suppressions.none(), true));
    LockFile lock = LockFile.read(project.resolve("comet.lock.json")).orElseThrow();
    assertEquals("file", lock.source());
    assertEquals("24.12.5", lock.serverVersion());
  }

  @Test
  void damagedLockFileSaysWhatToDo() throws IOException {
    Files.writeString(project.resolve("comet.lock.json"), "{\"serverVersion\": 1");
    BuildException error = assertThrows(BuildException.class, () -> run("25.6.8"));
    assertTrue(error.getMessage().contains("is not valid JSON"), error.getMessage());
    assertTrue(error.getMessage().contains("delete it to lock the current spec"), error.getMessage());
  }
}
