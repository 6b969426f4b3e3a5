package dev.cometsdk.spec;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Error-file tests: every {@code X.json} in {@code src/test/resources/errors/} is validated and its
 * report compared, line by line, with {@code X.errors} beside it ({@link ValidationEvent#toLine()}
 * of every event, in report order; an empty file for a valid spec).
 *
 * <p>The cases are read from the source folder, not from the class path, so that a renamed or
 * deleted case never lingers in {@code target/}. With {@code -Dcomet.updateExpectations=true} the
 * test writes the {@code .errors} files instead of comparing; review the diff before committing.
 */
class ErrorFilesTest {
  private static final String UPDATE_PROPERTY = "comet.updateExpectations";
  private static final Path CASES = moduleDirectory().resolve(Path.of("src", "test", "resources", "errors"));

  /** Surefire runs in the module directory and also sets {@code basedir}; IDEs may only do the former. */
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  private static boolean updating() {
    return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false"));
  }

  static Stream<String> cases() {
    return namesEndingWith(".json").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportMatchesTheErrorsFile(String jsonFile) throws IOException {
    byte[] content = Files.readAllBytes(CASES.resolve(jsonFile));
    SpecLoader.Result result = SpecLoader.validate(jsonFile, content);
    List<String> actual = result.report().events().stream().map(ValidationEvent::toLine).toList();
    Path errorsFile = CASES.resolve(baseName(jsonFile) + ".errors");

    if (updating()) {
      String text = actual.stream().map(line -> line + "\n").collect(Collectors.joining());
      Files.writeString(errorsFile, text, StandardCharsets.UTF_8);
    } else {
      assertTrue(Files.isRegularFile(errorsFile), () -> "missing " + errorsFile + "; run with -D"
          + UPDATE_PROPERTY + "=true to create it, then review it");
      List<String> expected = Files.readString(errorsFile, StandardCharsets.UTF_8).lines().toList();
      // Compared as one text so that a failure shows the whole report, not only the first wrong line.
      assertEquals(String.join("\n", expected), String.join("\n", actual), () -> jsonFile + ":\n"
          + result.report().toText());
    }

    boolean hasError = actual.stream().anyMatch(line -> line.startsWith(Severity.ERROR + " "));
    assertEquals(!hasError, result.spec().isPresent(),
        hasError ? "a spec with an ERROR must not be returned" : "a spec without an ERROR must be returned");
  }

  @Test
  void everyCaseHasAnErrorsFileAndEveryErrorsFileACase() {
    Set<String> json = namesEndingWith(".json").stream().map(ErrorFilesTest::baseName)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> errors = namesEndingWith(".errors").stream().map(ErrorFilesTest::baseName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertFalse(json.isEmpty(), "no cases found in " + CASES.toAbsolutePath());

    Set<String> withoutErrorsFile = new TreeSet<>(json);
    withoutErrorsFile.removeAll(errors);
    Set<String> withoutCase = new TreeSet<>(errors);
    withoutCase.removeAll(json);
    assertAll(
        // In update mode the parameterized test is writing them.
        () -> assertEquals(Set.of(), updating() ? Set.of() : withoutErrorsFile, ".json files without an .errors file"),
        () -> assertEquals(Set.of(), withoutCase, ".errors files without a .json file (delete them)"));
  }

  private static List<String> namesEndingWith(String suffix) {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + CASES.toAbsolutePath(), e);
    }
  }

  private static String baseName(String fileName) {
    return fileName.substring(0, fileName.lastIndexOf('.'));
  }
}
