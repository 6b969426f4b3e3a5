package dev.cometsdk.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.diff.Suppressions;
import dev.cometsdk.generator.CometGenerator;
import dev.cometsdk.generator.GeneratedFile;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.generator.Rename;
import dev.cometsdk.spec.BundledSpecs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A run's decisions about its output folder, against a folder in memory: what it writes, what it
 * removes, what it never touches, and what a run that was stopped half-way leaves for the next.
 * Without a lock file, so that nothing at all is on disk.
 */
class GenerateRunFolderTest {
  /** Two versions: the newer one has files that the older one has not. */
  private static final String OLD = "22.6.9";
  private static final String NEW = "22.9.0";
  private static final Path OUT = Path.of("not-on-disk");

  private static final Map<String, List<GeneratedFile>> GENERATIONS = new HashMap<>();

  private final MemoryOutputFolder folder = new MemoryOutputFolder();

  @BeforeAll
  static void generateBoth() {
    for (String version : List.of(OLD, NEW)) {
      GENERATIONS.put(version, new CometGenerator().generate(BundledSpecs.catalog().load(version),
          GeneratorOptions.defaults()));
    }
  }

  private static TreeSet<String> paths(String version) {
    TreeSet<String> paths = new TreeSet<>();
    GENERATIONS.get(version).forEach(file -> paths.add(file.relativePath()));
    return paths;
  }

  private static GenerateRequest request(String version, String owner) {
    return new GenerateRequest(new SpecSource.Bundled(Optional.of(version)), GeneratorOptions.defaults(), OUT,
        Optional.empty(), Suppressions.none(), true, OUT.resolve("reports"), owner);
  }

  private GenerateReport run(String version) throws BuildException {
    return run(version, "");
  }

  private GenerateReport run(String version, String owner) throws BuildException {
    return new GenerateRun(request(version, owner), folder).execute();
  }

  /** The folder holds exactly this generation (as the generator makes it) and a complete manifest, plus {@code others}. */
  private void assertHoldsExactly(String version, String... others) {
    TreeSet<String> expected = paths(version);
    expected.add(OutputManifest.FILE_NAME);
    expected.addAll(List.of(others));
    assertEquals(expected, new TreeSet<>(folder.list()));
    for (GeneratedFile file : GENERATIONS.get(version)) {
      assertEquals(file.content(), folder.text(file.relativePath()), file.relativePath());
    }
    OutputManifest manifest = OutputManifest.read(folder).orElseThrow();
    assertTrue(manifest.isComplete());
    assertEquals(paths(version), new TreeSet<>(manifest.files()));
  }

  @Test
  void theNewerVersionHasFilesTheOlderHasNot() {
    assertFalse(paths(OLD).containsAll(paths(NEW)));
  }

  @Test
  void theFirstRunWritesEveryFileThenTheManifest() throws Exception {
    GenerateReport report = run(NEW);

    assertEquals(GenerateReport.Outcome.GENERATED, report.outcome());
    int count = paths(NEW).size();
    assertEquals(List.of(count, count, 0, 0), List.of(report.files(), report.written(), report.unchanged(),
        report.removed()));
    assertHoldsExactly(NEW);
    List<String> writes = folder.writes();
    assertEquals(OutputManifest.FILE_NAME, writes.get(0), "first the incomplete manifest");
    assertEquals(OutputManifest.FILE_NAME, writes.get(writes.size() - 1), "last the complete one");
    assertEquals(count + 2, writes.size());
    assertEquals("Generated the Comet client for bundled Comet Server " + NEW + ": " + count + " files (" + count
        + " written) in memory", report.lines().get(report.lines().size() - 1).text());
  }

  @Test
  void theSecondRunIsUpToDateAndWritesNothing() throws Exception {
    run(NEW);
    folder.clearCounts();

    GenerateReport report = run(NEW);

    assertEquals(GenerateReport.Outcome.UP_TO_DATE, report.outcome());
    assertEquals(List.of(), folder.writes());
    assertEquals(List.of(new GenerateReport.Line(false, "Comet client up to date (bundled Comet Server " + NEW + ", "
        + paths(NEW).size() + " files in memory)")), report.lines());
  }

  @Test
  void anotherVersionRemovesTheStaleFilesAndNeverTouchesOthers() throws Exception {
    folder.put("README.txt", "mine");
    folder.put("dev/cometsdk/client/Mine.java", "class Mine {}");
    run(NEW);
    folder.clearCounts();

    GenerateReport report = run(OLD);

    TreeSet<String> stale = paths(NEW);
    stale.removeAll(paths(OLD));
    assertEquals(GenerateReport.Outcome.GENERATED, report.outcome());
    assertEquals(stale.size(), report.removed());
    assertHoldsExactly(OLD, "README.txt", "dev/cometsdk/client/Mine.java");
    assertEquals(List.copyOf(stale), folder.deletions());
    assertEquals("mine", folder.text("README.txt"));
    assertFalse(folder.writes().contains("README.txt"));
    // Unchanged files are not written again: build tools see no change.
    List<String> written = new ArrayList<>(folder.writes());
    written.removeIf(OutputManifest.FILE_NAME::equals);
    assertEquals(report.written(), written.size());
    assertTrue(report.unchanged() > 0, "some files are the same in both versions");
    assertEquals(paths(OLD).size(), report.written() + report.unchanged());
  }

  @Test
  void aFileInTheWayThatNoRunWroteIsAnErrorAndNothingIsWritten() throws Exception {
    folder.put("dev/cometsdk/client/CometClient.java", "// my own client");

    BuildException error = assertThrows(BuildException.class, () -> run(NEW));

    assertEquals("Cannot generate the Comet client into memory: memory/dev/cometsdk/client/CometClient.java would"
        + " be overwritten, and no earlier generation there wrote it (memory/.comet-generated does not list it)."
        + " Move or delete it (or the whole folder, if nothing in it is yours), or generate into another folder.",
        error.getMessage());
    assertEquals(List.of(), folder.writes());
    assertEquals("// my own client", folder.text("dev/cometsdk/client/CometClient.java"));
  }

  @Test
  void filesInTheWayAreCountedInTheMessage() throws Exception {
    folder.put("dev/cometsdk/client/CometClient.java", "// mine");
    folder.put("dev/cometsdk/client/AdminApi.java", "// mine too");

    BuildException error = assertThrows(BuildException.class, () -> run(NEW));

    assertTrue(error.getMessage().contains("memory/dev/cometsdk/client/AdminApi.java and 1 more files would be"
        + " overwritten, and no earlier generation there wrote them"), error.getMessage());
  }

  @Test
  void aFileInTheWayWithTheGeneratedContentIsTakenOver() throws Exception {
    GeneratedFile client = GENERATIONS.get(NEW).stream()
        .filter(file -> file.relativePath().endsWith("/CometClient.java")).findFirst().orElseThrow();
    folder.put(client.relativePath(), client.content());

    GenerateReport report = run(NEW);

    assertEquals(report.files() - 1, report.written());
    assertFalse(folder.writes().contains(client.relativePath()));
    assertHoldsExactly(NEW);
  }

  @Test
  void aRunStoppedAtAnyWriteIsNeverUpToDateAndTheNextRunLeavesExactlyItsGeneration() throws Exception {
    MemoryOutputFolder probe = new MemoryOutputFolder();
    new GenerateRun(request(NEW, ""), probe).execute();
    probe.clearCounts();
    new GenerateRun(request(OLD, ""), probe).execute();
    int writes = probe.writes().size();
    assertTrue(writes > 3, probe.writes().toString());

    Map<String, MemoryOutputFolder> fresh = new HashMap<>();
    for (String version : List.of(OLD, NEW)) {
      MemoryOutputFolder expected = new MemoryOutputFolder();
      new GenerateRun(request(version, ""), expected).execute();
      expected.put("README.txt", "mine");
      fresh.put(version, expected);
    }

    for (int stopAfter : List.of(0, 1, 2, writes / 2, writes - 2, writes - 1)) {
      for (String rerun : List.of(OLD, NEW)) {
        MemoryOutputFolder stopped = new MemoryOutputFolder();
        stopped.put("README.txt", "mine");
        new GenerateRun(request(NEW, ""), stopped).execute();
        stopped.failAfterWrites(stopAfter);

        BuildException error = assertThrows(BuildException.class,
            () -> new GenerateRun(request(OLD, ""), stopped).execute());
        assertTrue(error.getMessage().startsWith("Cannot write "), error.getMessage());
        boolean changed = stopAfter > 0;
        assertEquals(!changed, OutputManifest.read(stopped).orElseThrow().isComplete(),
            "stopped after " + stopAfter + " writes");

        stopped.failAfterWrites(Integer.MAX_VALUE);
        GenerateReport report = new GenerateRun(request(rerun, ""), stopped).execute();
        String what = "stopped after " + stopAfter + " writes, then " + rerun;
        if (changed || rerun.equals(OLD)) {
          assertEquals(GenerateReport.Outcome.GENERATED, report.outcome(), what);
        } else {
          assertEquals(GenerateReport.Outcome.UP_TO_DATE, report.outcome(), what);
        }
        MemoryOutputFolder expected = fresh.get(rerun);
        assertEquals(expected.list(), stopped.list(), what);
        for (String path : expected.list()) {
          if (!path.equals(OutputManifest.FILE_NAME)) {
            assertEquals(expected.text(path), stopped.text(path), what + ": " + path);
          }
        }
        assertTrue(OutputManifest.read(stopped).orElseThrow().isComplete(), what);
        assertEquals(GenerateReport.Outcome.UP_TO_DATE, new GenerateRun(request(rerun, ""), stopped).execute()
            .outcome(), what);
      }
    }
  }

  @Test
  void anotherOwnerIsWarnedAndRecorded() throws Exception {
    run(NEW, "execution first of project g:a");

    GenerateReport report = run(NEW, "execution second of project g:a");

    assertEquals(GenerateReport.Outcome.UP_TO_DATE, report.outcome(), "a warning, not a regeneration");
    assertEquals(List.of("The output folder memory was last generated by execution first of project g:a, now by"
        + " execution second of project g:a. If that is a renamed or moved execution, all is well; if both still"
        + " run, give each its own outputDirectory, or each removes the other's files."), report.warnings());
    assertTrue(report.lines().get(0).warning());
    assertEquals("execution second of project g:a", OutputManifest.read(folder).orElseThrow().owner());
    assertEquals(List.of(), run(NEW, "execution second of project g:a").warnings(), "said once");
    assertEquals(List.of(), run(NEW).warnings(), "the command line has no name to compare");
  }

  @Test
  void theOldJsonManifestOwnsItsFiles() throws Exception {
    // A folder that generator 0.1 wrote: other contents, a file no longer generated, and its JSON manifest.
    folder.put("dev/cometsdk/client/CometClient.java", "// 0.1");
    folder.put("dev/cometsdk/client/model/Gone.java", "// 0.1");
    folder.put("README.txt", "mine");
    folder.put(OutputManifest.OLD_FILE_NAME, "{\"stamp\": \"x\", \"files\": [\"dev/cometsdk/client/CometClient.java\","
        + " \"dev/cometsdk/client/model/Gone.java\"]}");

    GenerateReport report = run(NEW);

    assertEquals(1, report.removed());
    assertHoldsExactly(NEW, "README.txt");
    assertFalse(folder.isFile(OutputManifest.OLD_FILE_NAME), "the old manifest is replaced");
  }

  @Test
  void namingWarningsAreInTheReport() throws Exception {
    Path fixture = Path.of("../generator/src/test/resources/fixtures/everything.json");
    GenerateRequest request = new GenerateRequest(new SpecSource.SpecFile(fixture), GeneratorOptions.defaults(), OUT,
        Optional.empty(), Suppressions.none(), true, OUT, "");

    GenerateReport report = new GenerateRun(request, folder).execute();

    assertEquals(2, report.renames().size(), report.renames().toString());
    for (Rename rename : report.renames()) {
      assertTrue(report.lines().contains(new GenerateReport.Line(true, rename.message())), rename.message());
    }
    assertTrue(report.renames().get(0).message().startsWith("parameter 'Class' of method 'AdminOldThing' becomes"),
        report.renames().get(0).message());
  }
}
