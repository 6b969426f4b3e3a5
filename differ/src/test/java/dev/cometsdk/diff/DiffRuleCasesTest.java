package dev.cometsdk.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.spec.SpecLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per rule and variant under {@code src/test/resources/diff-cases/<case>/}: two small
 * specs and every change the differ must find between them, with its verdicts. The format and
 * the update command are described in that folder's README.md.
 */
class DiffRuleCasesTest {
  static final Path CASES = Path.of("src/test/resources/diff-cases");
  static final List<String> CASE_FILES = List.of("old.json", "new.json", "expected.txt");
  private static final boolean UPDATE = Boolean.getBoolean("comet.updateExpectations");

  static Stream<String> cases() {
    return caseFolders().stream().map(folder -> folder.getFileName().toString());
  }

  static List<Path> caseFolders() {
    try (Stream<Path> list = Files.list(CASES)) {
      return list.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void differFindsExactlyTheExpectedChanges(String name) throws IOException {
    Path folder = CASES.resolve(name);
    List<String> actual = SpecDiffer.diff(load(folder.resolve("old.json")), load(folder.resolve("new.json"))).stream()
        .map(DiffRuleCasesTest::format)
        .collect(Collectors.toList());
    Path expectedFile = folder.resolve("expected.txt");
    if (UPDATE) {
      List<String> rewritten = new ArrayList<>(Files.exists(expectedFile) ? comments(expectedFile) : List.of());
      rewritten.addAll(actual);
      Files.writeString(expectedFile, String.join("\n", rewritten) + "\n", StandardCharsets.UTF_8);
    }
    assertEquals(String.join("\n", expectedChanges(expectedFile)), String.join("\n", actual),
        name + ": the changes differ from expected.txt (see diff-cases/README.md to update it after review)");
  }

  @Test
  void everyRuleHasACase() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (Path folder : caseFolders()) {
      Path expected = folder.resolve("expected.txt");
      if (Files.exists(expected)) {
        expectedChanges(expected).forEach(line -> covered.add(ruleOf(line)));
      }
    }
    List<String> uncovered = SpecDiffer.ruleIds().stream().filter(id -> !covered.contains(id)).toList();
    assertTrue(uncovered.isEmpty(), "rules without a case under " + CASES + ": " + uncovered);
    Set<String> unknown = new TreeSet<>(covered);
    SpecDiffer.ruleIds().forEach(unknown::remove);
    assertTrue(unknown.isEmpty(), "expected.txt files name rules that do not exist: " + unknown);
  }

  @Test
  void everyCaseHasItsThreeFiles() {
    List<Path> folders = caseFolders();
    assertFalse(folders.isEmpty(), "no cases under " + CASES);
    List<String> missing = new ArrayList<>();
    for (Path folder : folders) {
      for (String file : CASE_FILES) {
        if (!Files.isRegularFile(folder.resolve(file))) {
          missing.add(folder.getFileName() + "/" + file);
        }
      }
    }
    assertTrue(missing.isEmpty(), "case files missing: " + missing);
  }

  /** Loads a case spec, which must be valid and free of warnings, so that each case stays clean. */
  private static dev.cometsdk.spec.ApiSpec load(Path file) {
    SpecLoader.Result result = SpecLoader.validate(file);
    assertTrue(result.report().events().isEmpty(), () -> file + " is not a clean spec:\n" + result.report().toText());
    return SpecLoader.load(file);
  }

  /**
   * One change as a line: {@code rule | subject | old -> new | severity | oldClient/newServer
   * newClient/oldServer javaSource javaBinary}, then {@code | used by ...} when methods reach it.
   */
  static String format(Change change) {
    Verdicts verdicts = change.verdicts();
    String line = change.rule() + " | " + change.subject() + " | " + change.oldValue().orElse("(none)") + " -> "
        + change.newValue().orElse("(none)") + " | " + change.severity().label() + " | "
        + verdicts.oldClientNewServer().label() + " " + verdicts.newClientOldServer().label() + " "
        + verdicts.javaSource().label() + " " + verdicts.javaBinary().label();
    if (!change.usedBy().isEmpty()) {
      line += " | used by " + change.usedBy().stream().map(usage -> usage.method() + " (" + usage.direction().label() + ")")
          .collect(Collectors.joining(", "));
    }
    return line;
  }

  /** The change lines of an expected.txt: every line that is neither blank nor a {@code #} comment. */
  static List<String> expectedChanges(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .collect(Collectors.toList());
  }

  /** The leading comment lines, which say why the verdicts are right; the update mode keeps them. */
  private static List<String> comments(Path file) throws IOException {
    List<String> comments = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#")) {
        break;
      }
      comments.add(line);
    }
    return comments;
  }

  static String ruleOf(String line) {
    int bar = line.indexOf(" | ");
    return bar < 0 ? line.trim() : line.substring(0, bar).trim();
  }
}
