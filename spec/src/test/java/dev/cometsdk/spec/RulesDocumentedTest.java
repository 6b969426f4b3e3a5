package dev.cometsdk.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every validator rule has a row in the rules table of spec/README.md, with its severity, and the
 * table names no rule that does not exist. Surefire runs in the module directory, so the README is
 * read relative to it.
 */
class RulesDocumentedTest {
  /** A row of the rules table: {@code | `id` | SEVERITY | meaning |}. */
  private static final Pattern RULE_ROW =
      Pattern.compile("^\\| `([a-z]+\\.[a-z-]+)` \\| ([A-Z]+) \\| (.+) \\|$", Pattern.MULTILINE);

  private static String readme;

  @BeforeAll
  static void readReadme() throws IOException {
    Path path = Path.of("README.md");
    assertTrue(Files.isRegularFile(path), () -> "no README.md in " + path.toAbsolutePath().getParent());
    readme = Files.readString(path, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Rule.class)
  void ruleHasARowWithItsSeverity(Rule rule) {
    Matcher row = RULE_ROW.matcher(readme);
    while (row.find()) {
      if (row.group(1).equals(rule.id())) {
        assertEquals(rule.severity().name(), row.group(2), "severity of " + rule.id() + " in README.md");
        assertTrue(row.group(3).strip().length() > 10, "meaning of " + rule.id() + " in README.md");
        return;
      }
    }
    throw new AssertionError("spec/README.md has no row '| `" + rule.id() + "` | " + rule.severity()
        + " | ... |' in its table of validation rules");
  }

  @Test
  void tableListsOnlyExistingRulesOnceEach() {
    List<String> known = Arrays.stream(Rule.values()).map(Rule::id).toList();
    List<String> documented = RULE_ROW.matcher(readme).results().map(row -> row.group(1)).toList();
    assertEquals(known.stream().sorted().toList(), documented.stream().sorted().toList(),
        "rule ids of README.md compared with the Rule enum");
    assertEquals(documented.size(), documented.stream().collect(Collectors.toSet()).size(), "duplicate rows");
  }
}
