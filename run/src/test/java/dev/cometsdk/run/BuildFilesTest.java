package dev.cometsdk.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock file and the output manifest: written, read back, and what happens when they are damaged. */
class BuildFilesTest {
  @TempDir
  Path folder;

  @Test
  void lockFileRoundTrip() throws Exception {
    Path path = folder.resolve("sub/comet.lock.json");
    new LockFile("25.6.8", "ab".repeat(32), "bundled").write(path);

    assertEquals(Optional.of(new LockFile("25.6.8", "ab".repeat(32), "bundled")), LockFile.read(path));
    assertTrue(Files.readString(path).contains("\"serverVersion\" : \"25.6.8\""), "indented, one member a line");
  }

  @Test
  void missingLockFileIsEmpty() throws Exception {
    assertEquals(Optional.empty(), LockFile.read(folder.resolve("comet.lock.json")));
  }

  @Test
  void lockFileSourceDefaultsToBundled() throws Exception {
    Path path = write("comet.lock.json", "{\"serverVersion\": \"24.12.4\", \"sha256\": \"00\", \"extra\": [1, {\"a\": 2}]}");

    assertEquals(new LockFile("24.12.4", "00", "bundled"), LockFile.read(path).orElseThrow());
  }

  @Test
  void lockFileThatIsNotJson() throws Exception {
    Path path = write("comet.lock.json", "{\"serverVersion\": \"25.6.8\",");

    BuildException e = assertThrows(BuildException.class, () -> LockFile.read(path));
    assertTrue(e.getMessage().startsWith("The lock file " + path + " is not valid JSON: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("(fix it, or delete it to lock the current spec)"), e.getMessage());
  }

  @Test
  void lockFileWithoutItsMembers() throws Exception {
    for (String content : List.of("{\"serverVersion\": \"25.6.8\"}", "{\"serverVersion\": {}, \"sha256\": \"00\"}",
        "[]", "")) {
      Path path = write("comet.lock.json", content);

      BuildException e = assertThrows(BuildException.class, () -> LockFile.read(path), content);
      assertEquals("The lock file " + path + " needs \"serverVersion\" and \"sha256\" (fix it, or delete it to lock"
          + " the current spec)", e.getMessage());
    }
  }

  @Test
  void manifestRoundTrip() throws Exception {
    OutputManifest manifest = OutputManifest.complete("execution generate of project g:a",
        "spec ab, package p, client C, generator 1", List.of("a/B.java", "a/package-info.java"),
        new OutputManifest.SpecRecord("bundled newest in /r/comet spec.jar (1 bytes, ...)", "ab", "bundled 25.6.8"),
        "/r/comet.lock.json (2 bytes, modified at 1796083200000000000 ns)");
    write(OutputManifest.OLD_FILE_NAME, "{}");
    manifest.write(out());

    assertEquals(Optional.of(manifest), OutputManifest.read(out()));
    assertFalse(Files.exists(folder.resolve(OutputManifest.OLD_FILE_NAME)), "the old JSON manifest is removed");
    OutputManifest moved = manifest.refreshed("another owner", "elsewhere", "");
    assertEquals(new OutputManifest.SpecRecord("elsewhere", "ab", "bundled 25.6.8"), moved.spec());
    assertEquals("", moved.lockFingerprint());
    assertEquals("another owner", moved.owner());
    assertEquals(manifest.files(), moved.files());
    assertEquals(manifest.stamp(), moved.stamp());
  }

  @Test
  void manifestIsOneKeyAndValuePerLineWithTheStateLast() throws Exception {
    OutputManifest.complete("", "s", List.of("a/B.java"), new OutputManifest.SpecRecord("", "ab", "bundled 25.6.8"), "")
        .write(out());

    assertEquals(List.of("stamp s", "spec-sha256 ab", "spec-description bundled 25.6.8", "file a/B.java",
        "state complete"), Files.readAllLines(folder.resolve(OutputManifest.FILE_NAME)).subList(1, 6));
  }

  @Test
  void anIncompleteManifestListsItsFilesAndIsNotComplete() throws Exception {
    OutputManifest.incomplete("o", List.of("a/B.java", "a/C.java")).write(out());

    OutputManifest read = OutputManifest.read(out()).orElseThrow();
    assertEquals(OutputManifest.State.INCOMPLETE, read.state());
    assertFalse(read.isComplete());
    assertEquals(List.of("a/B.java", "a/C.java"), read.files());
    assertEquals(List.of("owner o", "file a/B.java", "file a/C.java", "state incomplete"),
        Files.readAllLines(folder.resolve(OutputManifest.FILE_NAME)).subList(1, 5));
  }

  @Test
  void aManifestWithoutItsLastStateLineIsIncomplete() throws Exception {
    // Written by a snapshot before the state line, or cut short: either way not to be trusted as a whole.
    write(OutputManifest.FILE_NAME, "stamp x\nfile a/B.java\nsome-later-key ignored\n");
    assertEquals(Optional.of(new OutputManifest(OutputManifest.State.INCOMPLETE, "", "x", List.of("a/B.java"),
        OutputManifest.SpecRecord.NONE, "")), OutputManifest.read(out()));

    write(OutputManifest.FILE_NAME, "stamp x\nstate complete\nfile a/B.java\n");
    assertFalse(OutputManifest.read(out()).orElseThrow().isComplete(), "a state line that is not last");

    write(OutputManifest.FILE_NAME, "stamp x\r\nfile a/B.java\r\nstate complete\r\n");
    assertEquals(Optional.of(new OutputManifest(OutputManifest.State.COMPLETE, "", "x", List.of("a/B.java"),
        OutputManifest.SpecRecord.NONE, "")), OutputManifest.read(out()), "Windows line ends");
  }

  @Test
  void aManifestNeverListsAFileOutsideTheFolder() throws Exception {
    write(OutputManifest.FILE_NAME, "file ../outside.java\nfile /etc/passwd\nfile a/./B.java\nfile a//B.java\n"
        + "file a\\B.java\nfile C:/x.java\nfile a/B.java\nstate complete\n");

    assertEquals(List.of("a/B.java"), OutputManifest.read(out()).orElseThrow().files());
  }

  @Test
  void theOldJsonManifestListsItsFilesAndIsNeverUpToDate() throws Exception {
    write(OutputManifest.OLD_FILE_NAME, "{\"stamp\": \"3f\", \"files\": [\"a/B.java\", \"../up.java\", \"a/C.java\"]}");

    OutputManifest legacy = OutputManifest.read(out()).orElseThrow();
    assertEquals(OutputManifest.State.LEGACY, legacy.state());
    assertFalse(legacy.isComplete());
    assertEquals(List.of("a/B.java", "a/C.java"), legacy.files());

    write(OutputManifest.FILE_NAME, "file a/D.java\nstate complete\n");
    assertEquals(List.of("a/D.java"), OutputManifest.read(out()).orElseThrow().files(), "the new manifest wins");
  }

  @Test
  void aBundledSpecIsFingerprintedByItsJar() throws Exception {
    Optional<String> fingerprint = new SpecSource.Bundled(Optional.of("25.6.8")).fingerprint();
    // In a build that stops before package the specs come from a folder, which has no fingerprint.
    boolean inJar = "jar".equals(getClass().getClassLoader().getResource("dev/cometsdk/spec/bundled/index.json")
        .getProtocol());

    assertEquals(inJar, fingerprint.isPresent(), fingerprint.toString());
    fingerprint.ifPresent(text -> assertTrue(text.matches("bundled 25\\.6\\.8 in .*\\.jar \\([0-9]+ bytes, modified at [0-9]+ ns\\)"),
        text));
    assertEquals(fingerprint, new SpecSource.Bundled(Optional.of("25.6.8")).fingerprint(), "stable");
  }

  @Test
  void codeInAFolderIsFingerprintedByItsNewestFile() throws Exception {
    Path classes = Files.createDirectories(folder.resolve("classes/a"));
    Path older = Files.writeString(classes.resolve("A.class"), "a");
    Path newer = Files.writeString(classes.resolve("B.class"), "b");
    Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(newer, FileTime.fromMillis(2_000_000));
    String before = Fingerprints.ofLocation(folder.resolve("classes")).orElseThrow();
    assertEquals(folder.resolve("classes") + " (2 files, newest modified at 2000000000000 ns)", before);

    Files.setLastModifiedTime(older, FileTime.fromMillis(3_000_000));
    assertEquals(folder.resolve("classes") + " (2 files, newest modified at 3000000000000 ns)",
        Fingerprints.ofLocation(folder.resolve("classes")).orElseThrow(), "a recompiled class changes it");
    Files.writeString(classes.resolve("C.class"), "c");
    Files.setLastModifiedTime(classes.resolve("C.class"), FileTime.fromMillis(1));
    assertTrue(Fingerprints.ofLocation(folder.resolve("classes")).orElseThrow().contains("(3 files,"), "a new class too");
    // This class itself comes from a folder (target/test-classes) or a jar.
    assertTrue(Fingerprints.ofCode(BuildFilesTest.class).isPresent());
  }

  @Test
  void aSnapshotGeneratorIsIdentifiedByItsBuild() {
    String identity = GenerateRun.generatorIdentity();
    String version = dev.cometsdk.generator.GeneratorVersion.get();

    assertTrue(identity.startsWith(version), identity);
    if (version.endsWith("-SNAPSHOT")) {
      assertTrue(identity.matches(".* \\([0-9]+ (bytes|files), .*modified at [0-9]+ ns\\)"), identity);
    }
  }

  @Test
  void aSpecFileHasNoFingerprint() {
    assertEquals(Optional.empty(), new SpecSource.SpecFile(folder.resolve("spec.json")).fingerprint());
  }

  @Test
  void aDamagedManifestReadsAsNone() throws Exception {
    Files.write(folder.resolve(OutputManifest.FILE_NAME), new byte[] {'s', 't', (byte) 0xC3, '\n'});

    assertEquals(Optional.empty(), OutputManifest.read(out()), "not UTF-8");
  }

  private DiskOutputFolder out() {
    return new DiskOutputFolder(folder);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content);
  }
}
