package dev.cometsdk.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/compatibility-rules.md has one section per rule (a heading with the id in backticks), and
 * names no rule id that does not exist.
 */
class RulesDocumentedTest {
  static final Path DOC = Path.of("../docs/compatibility-rules.md");

  /** A heading whose text contains a backticked word: {@code ### `field-type-changed`}. */
  private static final Pattern HEADING_ID = Pattern.compile("^#{1,6}\\s.*?`([^`]+)`");
  /** Any backticked word shaped like a rule id: an area word, then dash-separated lower-case words. */
  private static final Pattern ID_LIKE = Pattern.compile("`((?:method|param|type|alias|field|constant|version)(?:-[a-z0-9]+)+)`");

  @Test
  void everyRuleHasExactlyOneSection() throws IOException {
    List<String> headed = new ArrayList<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher heading = HEADING_ID.matcher(line);
      if (heading.find() && SpecDiffer.ruleIds().contains(heading.group(1))) {
        headed.add(heading.group(1));
      }
    }
    List<String> missing = SpecDiffer.ruleIds().stream().filter(id -> !headed.contains(id)).toList();
    assertTrue(missing.isEmpty(), DOC + " has no section (a heading with the id in backticks) for " + missing);
    List<String> twice = headed.stream().filter(id -> headed.indexOf(id) != headed.lastIndexOf(id)).distinct().toList();
    assertTrue(twice.isEmpty(), DOC + " has more than one section for " + twice);
  }

  @Test
  void sectionsFollowTheCatalogueOrder() throws IOException {
    List<String> headed = new ArrayList<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher heading = HEADING_ID.matcher(line);
      if (heading.find() && SpecDiffer.ruleIds().contains(heading.group(1))) {
        headed.add(heading.group(1));
      }
    }
    assertEquals(SpecDiffer.ruleIds(), headed, DOC + " should list the rules in the order of SpecDiffer.rules()");
  }

  @Test
  void theDocumentNamesNoUnknownRule() throws IOException {
    String text = Files.readString(DOC, StandardCharsets.UTF_8);
    Set<String> unknown = new TreeSet<>();
    Matcher id = ID_LIKE.matcher(text);
    while (id.find()) {
      if (!SpecDiffer.ruleIds().contains(id.group(1))) {
        unknown.add(id.group(1));
      }
    }
    for (String line : text.split("\n")) {
      Matcher heading = HEADING_ID.matcher(line);
      if (heading.find() && heading.group(1).matches("[a-z0-9]+(-[a-z0-9]+)+")
          && !SpecDiffer.ruleIds().contains(heading.group(1))) {
        unknown.add(heading.group(1));
      }
    }
    assertTrue(unknown.isEmpty(), DOC + " names rule ids that SpecDiffer does not have: " + unknown);
  }
}
