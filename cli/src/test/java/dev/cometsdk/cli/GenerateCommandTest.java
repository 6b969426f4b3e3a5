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

  @TempDir
  Path folder;

  private static Set<String> filesBelow(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static String summary(int files, String version, Path out, int written) {
    return "Generated " + files + " files for Comet Server " + version + " into " + out + " (" + written
        + " written, " + (files - written) + " unchanged)\n";
  }

  @Test
  void generatesTheNewestBundledVersionByDefaultAndWritesNothingTheSecondTime() throws IOException {
    ApiSpec newest = BundledSpecs.catalog().loadNewest();
    List<GeneratedFile> expected = new CometGenerator().generate(newest, GeneratorOptions.defaults());
    Path out = folder.resolve("out");

    CliRun first = CliRun.of("generate", "--out", out.toString());
    assertEquals(0, first.exitCode(), first.err());
    assertEquals(summary(expected.size(), newest.serverVersion().toString(), out, expected.size()), first.out());
    assertEquals("", first.err());
    assertEquals(expected.stream().map(GeneratedFile::relativePath).collect(Collectors.toCollection(TreeSet::new)),
        filesBelow(out));
    for (GeneratedFile file : expected) {
      assertEquals(file.content(), Files.readString(out.resolve(file.relativePath()), StandardCharsets.UTF_8),
          file.relativePath());
    }
    long modified = Files.getLastModifiedTime(out.resolve("dev/cometsdk/client/CometClient.java")).toMillis();

    CliRun second = CliRun.of("generate", "--out", out.toString());
    assertEquals(0, second.exitCode(), second.err());
    assertEquals(summary(expected.size(), newest.serverVersion().toString(), out, 0), second.out());
    assertEquals(modified, Files.getLastModifiedTime(out.resolve("dev/cometsdk/client/CometClient.java")).toMillis(),
        "an unchanged file must not be rewritten");
  }

  @Test
  void generatesABundledVersionByNumber() throws IOException {
    Path out = folder.resolve("out");
    CliRun run = CliRun.of("generate", "--server-version", "24.12.5", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    int count = new CometGenerator().generate(BundledSpecs.catalog().load("24.12.5"), GeneratorOptions.defaults())
        .size();
    assertEquals(summary(count, "24.12.5", out, count), run.out());
    String client = Files.readString(out.resolve("dev/cometsdk/client/CometClient.java"), StandardCharsets.UTF_8);
    assertTrue(client.startsWith("// Generated from the Comet Server 24.12.5 API spec"), client.lines().findFirst()
        .orElse(""));
  }

  @Test
  void generatesASpecFileExactlyAsTheGoldenFiles() throws IOException {
    Path out = folder.resolve("out");
    CliRun run = CliRun.of("generate", "--spec", FIXTURE.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    Set<String> golden = filesBelow(GOLDEN);
    assertEquals(golden, filesBelow(out));
    for (String file : golden) {
      assertEquals(Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8),
          Files.readString(out.resolve(file), StandardCharsets.UTF_8), file);
    }
    assertEquals(summary(golden.size(), "25.6.8", out, golden.size()), run.out());
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
    for (String option : List.of("--server-version=VERSION", "--spec=FILE", "--out=DIR", "-V, --version",
        "-h, --help")) {
      assertTrue(run.out().contains(option), option + " missing from:\n" + run.out());
    }
  }
}
