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
    OutputManifest manifest = new OutputManifest("spec ab, package p, client C, generator 1",
        List.of("a/B.java", "a/package-info.java"),
        new OutputManifest.SpecRecord("bundled newest in /r/comet spec.jar (1 bytes, ...)", "ab", "bundled 25.6.8"),
        "/r/comet.lock.json (2 bytes, modified at 1796083200000000000 ns)");
    write(OutputManifest.OLD_FILE_NAME, "{}");
    manifest.write(folder);

    assertEquals(Optional.of(manifest), OutputManifest.read(folder));
    assertFalse(Files.exists(folder.resolve(OutputManifest.OLD_FILE_NAME)), "the old JSON manifest is removed");
    OutputManifest moved = manifest.withFingerprints("elsewhere", "");
    assertEquals(new OutputManifest.SpecRecord("elsewhere", "ab", "bundled 25.6.8"), moved.spec());
    assertEquals("", moved.lockFingerprint());
    assertEquals(manifest.files(), moved.files());
  }

  @Test
  void manifestIsOneKeyAndValuePerLine() throws Exception {
    new OutputManifest("s", List.of("a/B.java"), new OutputManifest.SpecRecord("", "ab", "bundled 25.6.8"), "")
        .write(folder);

    assertEquals(List.of("stamp s", "spec-sha256 ab", "spec-description bundled 25.6.8", "file a/B.java"),
        Files.readAllLines(folder.resolve(OutputManifest.FILE_NAME)).subList(1, 5));
  }

  @Test
  void manifestWithoutASpecRecordReadsAsNone() throws Exception {
    write(OutputManifest.FILE_NAME, "stamp x\nfile a/B.java\nsome-later-key ignored\n");

    assertEquals(Optional.of(new OutputManifest("x", List.of("a/B.java"), OutputManifest.SpecRecord.NONE, "")),
        OutputManifest.read(folder));
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
  void damagedManifestOnlyCostsARegeneration() throws Exception {
    Files.write(folder.resolve(OutputManifest.FILE_NAME), new byte[] {'s', 't', (byte) 0xC3, '\n'});

    assertEquals(Optional.empty(), OutputManifest.read(folder), "not UTF-8");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content);
  }
}
