package dev.cometsdk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.spec.ApiSpec;
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

/**
 * The generated code for the fixture spec {@code everything.json}, which uses every construct,
 * compared file by file with the checked-in expectation under {@code src/test/resources/golden/}.
 *
 * <p>After an intended change to the output, update the expectation and review the diff:
 * {@code mvn -pl generator -am test -Dtest=GoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dcomet.updateGolden=true}
 */
class GoldenFilesTest {
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/everything.json");
  static final Path GOLDEN = Path.of("src/test/resources/golden/everything");

  static List<GeneratedFile> generateFixture() {
    ApiSpec spec = SpecLoader.load(FIXTURE);
    return new CometGenerator().generate(spec, GeneratorOptions.defaults());
  }

  @Test
  void generatedCodeMatchesTheGoldenFiles() throws IOException {
    List<GeneratedFile> files = generateFixture();
    if (Boolean.getBoolean("comet.updateGolden")) {
      rewrite(files);
    }
    Set<String> expected;
    try (Stream<Path> walk = Files.walk(GOLDEN)) {
      expected = walk.filter(Files::isRegularFile).map(path -> GOLDEN.relativize(path).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> actual = files.stream().map(GeneratedFile::relativePath).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, actual, "the set of generated files changed; update the golden files (see class javadoc)");
    for (GeneratedFile file : files) {
      String golden = Files.readString(GOLDEN.resolve(file.relativePath()), StandardCharsets.UTF_8);
      assertEquals(golden, file.content(), file.relativePath() + " differs from its golden file");
    }
  }

  @Test
  void generationIsDeterministic() {
    assertEquals(generateFixture(), generateFixture());
  }

  @Test
  void goldenOutputCompilesWithoutWarnings() throws IOException {
    Path classes = Files.createTempDirectory("golden-classes");
    InMemoryCompiler.Result result = InMemoryCompiler.compile(generateFixture(), classes);
    assertTrue(result.success() && result.diagnostics().isEmpty(), () -> String.join("\n", result.diagnostics()));
  }

  private static void rewrite(List<GeneratedFile> files) throws IOException {
    if (Files.exists(GOLDEN)) {
      try (Stream<Path> walk = Files.walk(GOLDEN)) {
        for (Path path : walk.sorted((a, b) -> b.compareTo(a)).collect(Collectors.toList())) {
          Files.delete(path);
        }
      }
    }
    for (GeneratedFile file : files) {
      Path target = GOLDEN.resolve(file.relativePath());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.content(), StandardCharsets.UTF_8);
    }
  }
}
