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
  private final BuildLog log = new BuildLog() {
    @Override
    public void info(String message) {
      infos.add(message);
    }

    @Override
    public void warn(String message) {
      warnings.add(message);
    }
  };

  private GenerateRequest request(SpecSource source, Suppressions suppressions, boolean failOnBreaking) {
    return new GenerateRequest(source, GeneratorOptions.defaults(), project.resolve("out"),
        Optional.of(project.resolve("comet.lock.json")), suppressions, failOnBreaking, project.resolve("reports"));
  }

  private GenerateRun.Outcome run(String version) throws BuildException {
    return new GenerateRun(request(new SpecSource.Bundled(Optional.of(version)), Suppressions.none(), true), log)
        .execute();
  }

  @Test
  void firstRunGeneratesAndCreatesTheLock() throws Exception {
    assertEquals(GenerateRun.Outcome.GENERATED, run("24.12.4"));
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
    assertEquals(GenerateRun.Outcome.UP_TO_DATE, run("24.12.4"));
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

    assertEquals(GenerateRun.Outcome.UP_TO_DATE, run("24.12.4"));
    assertEquals(Fingerprints.ofFile(lockFile).orElseThrow(),
        OutputManifest.read(project.resolve("out")).orElseThrow().lockFingerprint());
  }

  @Test
  void aDeletedLockFileIsWrittenAgainWithoutRegenerating() throws Exception {
    run("24.12.4");
    Files.delete(project.resolve("comet.lock.json"));

    assertEquals(GenerateRun.Outcome.UP_TO_DATE, run("24.12.4"));
    assertEquals("24.12.4", LockFile.read(project.resolve("comet.lock.json")).orElseThrow().serverVersion());
  }

  @Test
  void aLockFileNamingAnotherSpecIsNotTrustedByItsFingerprint() throws Exception {
    run("24.12.4");
    Path lockFile = project.resolve("comet.lock.json");
    String other = SpecSource.sha256("not the spec".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Files.writeString(lockFile, "{\"serverVersion\": \"24.12.3\", \"sha256\": \"" + other + "\"}\n");

    assertEquals(GenerateRun.Outcome.UP_TO_DATE, run("24.12.4"));
    assertTrue(warnings.stream().anyMatch(line -> line.contains("not bundled")), warnings.toString());
  }

  @Test
  void aDeletedOutputFileForcesRegeneration() throws Exception {
    run("24.12.4");
    Files.delete(project.resolve("out/dev/cometsdk/client/CometClient.java"));
    assertEquals(GenerateRun.Outcome.GENERATED, run("24.12.4"));
  }

  @Test
  void compatibleUpgradeRegeneratesUpdatesTheLockAndRemovesStaleFiles() throws Exception {
    run("24.12.4");
    Path stale = project.resolve("out/dev/cometsdk/client/model/Stale.java");
    // Pretend an earlier generation wrote a file that the new spec no longer has.
    Files.writeString(stale, "class Stale {}");
    Path manifest = project.resolve("out/" + OutputManifest.FILE_NAME);
    OutputManifest previous = OutputManifest.read(project.resolve("out")).orElseThrow();
    List<String> files = new ArrayList<>(previous.files());
    files.add("dev/cometsdk/client/model/Stale.java");
    new OutputManifest(previous.stamp(), files, previous.spec(), previous.lockFingerprint()).write(project.resolve("out"));
    assertTrue(Files.exists(manifest));
    assertEquals(GenerateRun.Outcome.GENERATED, run("24.12.5"));
    assertFalse(Files.exists(stale), "stale files are removed");
    assertEquals("24.12.5", LockFile.read(project.resolve("comet.lock.json")).orElseThrow().serverVersion());
    assertTrue(Files.exists(project.resolve("reports/comet-diff-24.12.4-to-24.12.5.html")));
    assertTrue(infos.stream().anyMatch(line -> line.contains("Comet API upgrade 24.12.4 -> 24.12.5")), infos.toString());
  }

  @Test
  void breakingUpgradeFailsWithTheRuleIdAndLeavesTheLock() throws Exception {
    run("25.3.1");
    BuildException error = assertThrows(BuildException.class, () -> run("25.6.8"));
    assertTrue(error.getMessage().contains("has 3 breaking changes, first method-return-type-changed"),
        error.getMessage());
    assertEquals("25.3.1", LockFile.read(project.resolve("comet.lock.json")).orElseThrow().serverVersion());
    assertTrue(warnings.stream().anyMatch(line -> line.contains("breaking: param-added-required")), warnings.toString());
  }

  @Test
  void acceptedBreaksPass() throws Exception {
    run("25.3.1");
    Suppressions accepted = Suppressions.of(List.of(
        new Suppressions.Entry("method-return-type-changed", "AdminSetUserProfileHash", "unused"),
        new Suppressions.Entry("method-return-type-changed", "UserWebSetProfileHash", "unused"),
        new Suppressions.Entry("param-added-required", "UserWebGetJobsForCustomSearch(Query)", "unused")));
    GenerateRun.Outcome outcome = new GenerateRun(request(new SpecSource.Bundled(Optional.of("25.6.8")), accepted,
        true), log).execute();
    assertEquals(GenerateRun.Outcome.GENERATED, outcome);
    assertEquals("25.6.8", LockFile.read(project.resolve("comet.lock.json")).orElseThrow().serverVersion());
  }

  @Test
  void failOnBreakingOffOnlyWarns() throws Exception {
    run("25.3.1");
    new GenerateRun(request(new SpecSource.Bundled(Optional.of("25.6.8")), Suppressions.none(), false), log).execute();
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
        new GenerateRun(request(new SpecSource.SpecFile(spec), Suppressions.none(), true), log).execute());
    assertTrue(error.getMessage().contains("ERROR schema.missing-key " + spec + ":1:1: the spec has no 'methods' key"),
        error.getMessage());
  }

  @Test
  void ownSpecFileIsLockedAsAFile() throws Exception {
    BundledSpecs catalog = BundledSpecs.catalog();
    Path spec = Files.write(project.resolve("mine.json"), catalog.content(catalog.get("24.12.5")));
    new GenerateRun(request(new SpecSource.SpecFile(spec), Suppressions.none(), true), log).execute();
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
