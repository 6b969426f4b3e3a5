package dev.cometsdk.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.diff.Suppressions;
import dev.cometsdk.generator.GeneratorOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder on disk: atomic writes, and what a failed or killed run leaves for the next. */
class DiskOutputFolderTest {
  @TempDir
  Path root;

  private DiskOutputFolder folder() {
    return new DiskOutputFolder(root);
  }

  /** A folder whose temporary files get half their bytes, then the disk is full, from the write after {@code count} on. */
  private DiskOutputFolder failingAfter(int count) {
    int[] left = {count};
    return new DiskOutputFolder(root, (temp, content) -> {
      if (left[0]-- <= 0) {
        Files.write(temp, Arrays.copyOf(content, content.length / 2));
        throw new IOException("No space left on device (test)");
      }
      Files.write(temp, content);
    });
  }

  @Test
  void writeCreatesFoldersAndLeavesOnlyTheFile() throws Exception {
    folder().write("a/b/C.java", bytes("one"));
    folder().write("a/b/C.java", bytes("two"));

    assertEquals("two", Files.readString(root.resolve("a/b/C.java")));
    assertEquals(List.of("a/b/C.java"), folder().list());
    assertEquals(Optional.empty(), folder().read("a/b/D.java"));
    assertTrue(folder().isFile("a/b/C.java"));
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    folder().write("a/C.java", bytes("old content"));

    IOException error = assertThrows(IOException.class, () -> failingAfter(0).write("a/C.java", bytes("new content")));

    assertTrue(error.getMessage().contains("No space left"), error.getMessage());
    assertEquals("old content", Files.readString(root.resolve("a/C.java")));
    assertEquals(List.of("a/C.java"), folder().list());
  }

  @Test
  void aFailedMoveRemovesTheTemporaryFile() throws Exception {
    // The target is a folder that is not empty: the temporary file is written, the move fails.
    Files.createDirectories(root.resolve("a/C.java/x"));
    Files.writeString(root.resolve("a/C.java/x/keep.txt"), "keep");

    assertThrows(IOException.class, () -> folder().write("a/C.java", bytes("new")));

    assertEquals(List.of("a/C.java/x/keep.txt"), folder().list());
  }

  @Test
  void deleteRemovesTheFoldersItEmptiesButNeverTheRoot() throws Exception {
    folder().write("a/b/C.java", bytes("c"));
    folder().write("a/D.java", bytes("d"));

    assertTrue(folder().delete("a/b/C.java"));
    assertFalse(Files.exists(root.resolve("a/b")));
    assertTrue(Files.exists(root.resolve("a/D.java")));
    assertTrue(folder().delete("a/D.java"));
    assertFalse(Files.exists(root.resolve("a")));
    assertTrue(Files.isDirectory(root));
    assertFalse(folder().delete("a/D.java"), "nothing to delete");
  }

  @Test
  void discardingAnUnfinishedWriteRemovesOnlyItsTemporaryFile() throws Exception {
    folder().write("a/C.java", bytes("c"));
    Files.writeString(root.resolve("a/.C.java.comet-tmp"), "half");
    Files.createDirectories(root.resolve("b"));
    Files.writeString(root.resolve("b/.D.java.comet-tmp"), "half");

    folder().discardUnfinishedWrite("a/C.java");
    folder().discardUnfinishedWrite("b/D.java");

    assertEquals(List.of("a/C.java"), folder().list());
    assertFalse(Files.exists(root.resolve("b")), "a folder that held only the temporary file goes too");
  }

  @Test
  void aSafePathNamesAFileBelowTheFolder() {
    for (String path : List.of("a/B.java", ".comet-generated", "a/.b", "..a/b..", "a.b/c")) {
      assertTrue(OutputFolder.isSafe(path), path);
    }
    for (String path : List.of("", "/a", "a/", "a//b", ".", "./a", "a/./b", "..", "../a", "a/..", "a\\b", "C:/x")) {
      assertFalse(OutputFolder.isSafe(path), path);
    }
  }

  @Test
  void pathsOutsideTheFolderAreRefused() {
    for (String path : List.of("../x.java", "/etc/passwd", "a/../../x.java", "", "a//b.java")) {
      assertThrows(IOException.class, () -> folder().write(path, bytes("x")), path);
      assertThrows(IOException.class, () -> folder().delete(path), path);
      assertFalse(folder().isFile(path), path);
    }
  }

  @Test
  void aRunThatFailsAfterSomeWritesIsFollowedByARunThatLeavesExactlyItsGeneration() throws Exception {
    Files.writeString(root.resolve("README.txt"), "mine");
    new GenerateRun(request("22.9.0"), folder()).execute();
    List<String> newer = folder().list();

    for (int failAfter : List.of(1, 40, 150)) {
      assertThrows(BuildException.class, () -> new GenerateRun(request("22.6.9"), failingAfter(failAfter)).execute());
      assertFalse(OutputManifest.read(folder()).orElseThrow().isComplete());
      assertTrue(folder().list().stream().noneMatch(path -> path.endsWith(DiskOutputFolder.TEMP_SUFFIX)),
          folder().list().toString());
      // A run killed (kill -9) while writing leaves its temporary files too.
      Files.writeString(root.resolve("dev/cometsdk/client/.CometClient.java.comet-tmp"), "half");
      Files.writeString(root.resolve("." + OutputManifest.FILE_NAME + DiskOutputFolder.TEMP_SUFFIX), "half");

      assertEquals(GenerateReport.Outcome.GENERATED, new GenerateRun(request("22.9.0"), folder()).execute().outcome());

      assertEquals(newer, folder().list(), "after a failure at write " + failAfter);
      assertTrue(OutputManifest.read(folder()).orElseThrow().isComplete());
    }
    assertEquals("mine", Files.readString(root.resolve("README.txt")));
  }

  @Test
  void anUpToDateRunRemovesTheManifestsTemporaryFileThatAKilledRunLeft() throws Exception {
    new GenerateRun(request("22.6.9"), folder()).execute();
    List<String> files = folder().list();
    // Killed while writing its first (incomplete) manifest: nothing else changed.
    Files.writeString(root.resolve("." + OutputManifest.FILE_NAME + DiskOutputFolder.TEMP_SUFFIX), "file a");

    assertEquals(GenerateReport.Outcome.UP_TO_DATE, new GenerateRun(request("22.6.9"), folder()).execute().outcome());

    assertEquals(files, folder().list());
  }

  @Test
  void anOutputFolderThatIsAFileIsNamedWithTheReason() throws Exception {
    Path file = Files.writeString(root.resolve("file"), "not a folder");
    GenerateRequest request = new GenerateRequest(new SpecSource.Bundled(Optional.of("22.6.9")),
        GeneratorOptions.defaults(), file, Optional.empty(), Suppressions.none(), true, root, "");

    BuildException error = assertThrows(BuildException.class, () -> new GenerateRun(request).execute());

    assertTrue(error.getMessage().matches("Cannot read the output folder " + Pattern.quote(file.toString()) + ": "
        + Pattern.quote(file.toString()) + "/dev/cometsdk/client/[A-Za-z]+\\.java: Not a directory"), error.getMessage());
    assertEquals("not a folder", Files.readString(file));
  }

  private GenerateRequest request(String version) {
    return new GenerateRequest(new SpecSource.Bundled(Optional.of(version)), GeneratorOptions.defaults(), root,
        Optional.empty(), Suppressions.none(), true, root.resolve("reports"), "");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
