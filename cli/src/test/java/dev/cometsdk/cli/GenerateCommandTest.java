package dev.cometsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.generator.CometGenerator;
import dev.cometsdk.generator.GeneratedFile;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.SpecLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  private static final Path FIXTURE = Path.of("../generator/src/test/resources/fixtures/everything.json");
  private static final Path GOLDEN = Path.of("../generator/src/test/resources/golden/everything");
  private static final String MANIFEST = ".comet-generated";

  @TempDir
  Path folder;

  /** The files below {@code root}, but for the run's manifest. */
  private static Set<String> filesBelow(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/'))
          .filter(path -> !path.equals(MANIFEST))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static String generated(String spec, int files, Path out, String counts) {
    return "Generated the Comet client for " + spec + ": " + files + " files (" + counts + ") in " + out + "\n";
  }

  private static String generated(String spec, int files, Path out) {
    return generated(spec, files, out, files + " written");
  }

  private static List<GeneratedFile> generation(String version) {
    return new CometGenerator().generate(BundledSpecs.catalog().load(version), GeneratorOptions.defaults());
  }

  @Test
  void generatesTheNewestBundledVersionByDefaultAndWritesNothingTheSecondTime() throws IOException {
    ApiSpec newest = BundledSpecs.catalog().loadNewest();
    List<GeneratedFile> expected = new CometGenerator().generate(newest, GeneratorOptions.defaults());
    Path out = folder.resolve("out");
    String spec = "bundled Comet Server " + newest.serverVersion();

    CliRun first = CliRun.of("generate", "--out", out.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(generated(spec, expected.size(), out), first.out());
    assertEquals("", first.err());
    assertEquals(expected.stream().map(GeneratedFile::relativePath).collect(Collectors.toCollection(TreeSet::new)),
        filesBelow(out));
    for (GeneratedFile file : expected) {
      assertEquals(file.content(), Files.readString(out.resolve(file.relativePath()), StandardCharsets.UTF_8),
          file.relativePath());
    }
    assertTrue(Files.readString(out.resolve(MANIFEST)).endsWith("\nstate complete\n"));
    long modified = Files.getLastModifiedTime(out.resolve("dev/cometsdk/client/CometClient.java")).toMillis();

    CliRun second = CliRun.of("generate", "--out", out.toString());
    assertEquals(0, second.exitCode(), second.err());
    assertEquals("Comet client up to date (" + spec + ", " + expected.size() + " files in " + out + ")\n",
        second.out());
    assertEquals(modified, Files.getLastModifiedTime(out.resolve("dev/cometsdk/client/CometClient.java")).toMillis(),
        "an unchanged file must not be rewritten");
  }

  @Test
  void generatesABundledVersionByNumber() throws IOException {
    Path out = folder.resolve("out");
    CliRun run = CliRun.of("generate", "--server-version", "24.12.5", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(generated("bundled Comet Server 24.12.5", generation("24.12.5").size(), out), run.out());
    String client = Files.readString(out.resolve("dev/cometsdk/client/CometClient.java"), StandardCharsets.UTF_8);
    assertTrue(client.startsWith("// Generated from the Comet Server 24.12.5 API spec"), client.lines().findFirst()
        .orElse(""));
  }

  @Test
  void generatesASpecFileExactlyAsTheGoldenFilesAndWarnsOfRenamedNames() throws IOException {
    Path out = folder.resolve("out");
    CliRun run = CliRun.of("generate", "--spec", FIXTURE.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Set<String> golden = filesBelow(GOLDEN);
    assertEquals(golden, filesBelow(out));
    for (String file : golden) {
      assertEquals(Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8),
          Files.readString(out.resolve(file), StandardCharsets.UTF_8), file);
    }
    assertEquals(generated(FIXTURE.toString(), golden.size(), out), run.out());
    assertEquals("warning: parameter 'Class' of method 'AdminOldThing' becomes the Java parameter 'class_' (not"
        + " 'class'): 'class' is a Java keyword\n"
        + "warning: parameter 'Class' of method 'AdminOldThing' becomes the request getter 'getClass_' (not"
        + " 'getClass'): 'getClass' is a method of java.lang.Object\n", run.err());
  }

  @Test
  void anotherVersionRemovesTheFilesNoLongerGeneratedAndNoOthers() throws IOException {
    Path out = folder.resolve("out");
    assertEquals(0, CliRun.of("generate", "--server-version", "25.6.8", "--out", out.toString()).exitCode());
    Files.writeString(out.resolve("README.txt"), "mine");
    Set<String> newer = filesBelow(out);

    CliRun run = CliRun.of("generate", "--server-version", "22.6.9", "--out", out.toString());

    assertEquals(0, run.exitCode(), run.err());
    Set<String> older = generation("22.6.9").stream().map(GeneratedFile::relativePath)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> expected = new TreeSet<>(older);
    expected.add("README.txt");
    assertEquals(expected, filesBelow(out));
    Set<String> stale = new TreeSet<>(newer);
    stale.removeAll(expected);
    assertTrue(run.out().matches("Generated the Comet client for bundled Comet Server 22\\.6\\.9: " + older.size()
        + " files \\([0-9]+ written, [0-9]+ unchanged, " + stale.size() + " stale removed\\) in .*\n"), run.out());
    assertEquals("mine", Files.readString(out.resolve("README.txt")));
  }

  @Test
  void aFileInTheWayThatNoRunWroteExitsTwoAndIsLeftAlone() throws IOException {
    Path out = folder.resolve("out");
    Path mine = Files.createDirectories(out.resolve("dev/cometsdk/client")).resolve("CometClient.java");
    Files.writeString(mine, "// my own client");

    CliRun run = CliRun.of("generate", "--out", out.toString());

    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("comet: Cannot generate the Comet client into " + out + ": " + mine + " would be overwritten, and no"
        + " earlier generation there wrote it (" + out.resolve(MANIFEST) + " does not list it). Move or delete it (or"
        + " the whole folder, if nothing in it is yours), or generate into another folder.\n", run.err());
    assertEquals(List.of("dev/cometsdk/client/CometClient.java"), List.copyOf(filesBelow(out)));
    assertFalse(Files.exists(out.resolve(MANIFEST)));
  }

  @Test
  void theLockFileGatesUpgrades() throws IOException {
    Path out = folder.resolve("out");
    Path lock = folder.resolve("comet.lock.json");
    CliRun first = CliRun.of("generate", "--server-version", "25.3.1", "--out", out.toString(),
        "--lock-file", lock.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertTrue(first.out().startsWith("Created " + lock + ": Comet Server 25.3.1\n"), first.out());

    CliRun breaking = CliRun.of("generate", "--server-version", "25.6.8", "--out", out.toString(),
        "--lock-file", lock.toString());
    assertEquals(1, breaking.exitCode(), breaking.out() + breaking.err());
    Path reports = folder.resolve("comet-reports");
    assertTrue(breaking.out().startsWith("Comet API upgrade 25.3.1 -> 25.6.8: 46 changes, 3 breaking, 0 warnings,"
        + " 0 accepted; SDK bump major; reports in " + reports + "\n"), breaking.out());
    assertTrue(breaking.err().contains("warning:   breaking: method-return-type-changed AdminSetUserProfileHash"),
        breaking.err());
    assertTrue(breaking.err().contains("comet: The Comet API upgrade 25.3.1 -> 25.6.8 has 3 breaking changes, first"
        + " method-return-type-changed AdminSetUserProfileHash. Read " + reports.resolve(
            "comet-diff-25.3.1-to-25.6.8.txt")), breaking.err());
    assertTrue(Files.readString(lock).contains("25.3.1"), "the lock stays");
    assertTrue(Files.readString(out.resolve("dev/cometsdk/client/CometClient.java"))
        .startsWith("// Generated from the Comet Server 25.3.1 API spec"), "the client stays");

    Path accepted = Files.writeString(folder.resolve("accepted.json"), "{\"accepted\": ["
        + "{\"rule\": \"method-return-type-changed\", \"subject\": \"AdminSetUserProfileHash\", \"reason\": \"unused\"},"
        + "{\"rule\": \"method-return-type-changed\", \"subject\": \"UserWebSetProfileHash\", \"reason\": \"unused\"},"
        + "{\"rule\": \"param-added-required\", \"subject\": \"UserWebGetJobsForCustomSearch(Query)\","
        + " \"reason\": \"unused\"}]}");
    CliRun upgrade = CliRun.of("generate", "--server-version", "25.6.8", "--out", out.toString(),
        "--lock-file", lock.toString(), "--suppressions", accepted.toString());
    assertEquals(0, upgrade.exitCode(), upgrade.err());
    assertTrue(upgrade.out().contains("3 accepted"), upgrade.out());
    assertTrue(upgrade.out().contains("Updated " + lock + ": Comet Server 25.6.8\n"), upgrade.out());
    assertTrue(Files.readString(lock).contains("25.6.8"));

    CliRun again = CliRun.of("generate", "--server-version", "25.6.8", "--out", out.toString(),
        "--lock-file", lock.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().startsWith("Comet client up to date"), again.out());
  }

  @Test
  void noFailOnBreakingLetsABreakingUpgradeThrough() throws IOException {
    Path out = folder.resolve("out");
    Path lock = folder.resolve("comet.lock.json");
    assertEquals(0, CliRun.of("generate", "--server-version", "25.3.1", "--out", out.toString(), "--lock-file",
        lock.toString()).exitCode());

    CliRun run = CliRun.of("generate", "--server-version", "25.6.8", "--out", out.toString(), "--lock-file",
        lock.toString(), "--no-fail-on-breaking");

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("warning:   breaking: param-added-required"), run.err());
    assertTrue(Files.readString(lock).contains("25.6.8"));
  }

  @Test
  void suppressionsNeedALockFile() {
    CliRun run = CliRun.of("generate", "--out", folder.resolve("out").toString(), "--suppressions", "accepted.json");
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("comet: --suppressions needs --lock-file: the upgrade gate compares the spec with the one the lock"
        + " file names\n", run.err());
  }

  @Test
  void packageOptionMovesEveryFileAndReference() throws IOException {
    Path out = folder.resolve("out");
    CliRun run = CliRun.of("generate", "--spec", FIXTURE.toString(), "--package", "com.example.comet",
        "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Set<String> files = filesBelow(out);
    assertTrue(files.contains("com/example/comet/CometClient.java"), files.toString());
    assertTrue(files.contains("com/example/comet/model/UserProfileConfig.java"), files.toString());
    assertTrue(files.contains("com/example/comet/requests/AdminAddUserRequest.java"), files.toString());
    for (String file : files) {
      assertTrue(file.startsWith("com/example/comet/"), file);
      String content = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
      String expectedPackage = "package " + file.substring(0, file.lastIndexOf('/')).replace('/', '.') + ";";
      assertTrue(content.contains("\n" + expectedPackage + "\n"), file + " lacks " + expectedPackage);
      assertFalse(content.contains("dev.cometsdk.client"), file + " still names the default package");
    }
    String admin = Files.readString(out.resolve("com/example/comet/AdminApi.java"), StandardCharsets.UTF_8);
    assertTrue(admin.contains("import com.example.comet.model.UserProfileConfig;"), "client methods import the model");
    assertTrue(admin.contains("import com.example.comet.requests.AdminAddUserRequest;"),
        "client methods import requests");
  }

  @Test
  void unknownVersionExitsTwoListingTheBundledVersions() {
    Path out = folder.resolve("out");
    CliRun run = CliRun.of("generate", "--server-version", "9.9.9", "--out", out.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().startsWith("comet: "), run.err());
    assertTrue(run.err().contains("9.9.9"), run.err());
    for (BundledSpecs.BundledVersion entry : BundledSpecs.catalog().versions()) {
      assertTrue(run.err().contains(entry.version().toString()), () -> entry.version() + " missing: " + run.err());
    }
    assertEquals("", run.out());
    assertFalse(Files.exists(out), "nothing may be written");
  }

  @Test
  void invalidSpecFileExitsTwoWithTheValidatorsReport() throws IOException {
    Path spec = Files.writeString(folder.resolve("broken.json"),
        "{\"serverVersion\": \"25.6.8\", \"methods\": [], \"types\": [],\n"
            + " \"constants\": [{\"name\": \"SMALL\", \"type\": \"uint8\", \"value\": 256}]}\n",
        StandardCharsets.UTF_8);
    Path out = folder.resolve("out");
    CliRun run = CliRun.of("generate", "--spec", spec.toString(), "--out", out.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    String report = SpecLoader.validate(spec).report().toText().stripTrailing();
    assertTrue(report.contains("constant.out-of-range"), report);
    assertTrue(run.err().contains(report), "the report is missing from:\n" + run.err());
    assertTrue(run.err().contains(spec.toString()), run.err());
    assertFalse(Files.exists(out), "nothing may be written");
  }

  @Test
  void unreadableSpecFileExitsTwo() {
    Path missing = folder.resolve("missing.json");
    CliRun run = CliRun.of("generate", "--spec", missing.toString(), "--out", folder.resolve("out").toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("The spec file " + missing + " does not exist"), run.err());
  }

  @Test
  void badPackageNameExitsTwo() {
    for (String name : List.of("com.1bad", "com.example.class", "com..example", "com-example")) {
      Path out = folder.resolve("out");
      CliRun run = CliRun.of("generate", "--package", name, "--out", out.toString());
      assertEquals(2, run.exitCode(), name + ": " + run.out() + run.err());
      assertTrue(run.err().contains("--package") && run.err().contains(name), run.err());
      assertFalse(Files.exists(out), "nothing may be written for " + name);
    }
  }

  @Test
  void serverVersionAndSpecTogetherAreAUsageError() {
    CliRun run = CliRun.of("generate", "--server-version", "24.12.5", "--spec", FIXTURE.toString(),
        "--out", folder.resolve("out").toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertFalse(Files.exists(folder.resolve("out")));
  }

  @Test
  void outIsRequired() {
    CliRun run = CliRun.of("generate");
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("--out"), run.err());
  }

  @Test
  void helpNamesTheOptions() {
    CliRun run = CliRun.of("generate", "--help");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Usage: comet generate"), run.out());
    for (String option : List.of("--server-version=VERSION", "--spec=FILE", "--out=DIR", "--lock-file=FILE",
        "--suppressions=FILE", "--[no-]fail-on-breaking", "-V, --version", "-h, --help")) {
      assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
    }
  }

  @Test
  void badClientNameExitsTwoNamingTheOption() {
    CliRun run = CliRun.of("generate", "--client-name", "class", "--out", folder.resolve("out").toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("comet: --client-name: client name 'class' is not a valid Java class name\n", run.err());
    assertFalse(Files.exists(folder.resolve("out")));
  }
}
