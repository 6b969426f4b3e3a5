package dev.cometsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String INVALID = String.join("\n",
      "{",
      "  \"serverVersion\": \"25.6.8\",",
      "  \"methods\": [",
      "    {\"name\": \"AdminThing\", \"httpMethod\": \"POST\", \"path\": \"/api/v1/admin/thing\",",
      "     \"contentType\": \"application/x-www-form-urlencoded\", \"auth\": \"admin\",",
      "     \"authOptionalIfServerAllowsUnauthenticatedDownloads\": false, \"requiresRole\": [],",
      "     \"topLevelAdminOnly\": false, \"mayBeRestrictedPerAdmin\": false, \"params\": [],",
      "     \"returns\": \"Missing\"}",
      "  ],",
      "  \"types\": [],",
      "  \"constants\": [{\"name\": \"SMALL\", \"type\": \"uint8\", \"value\": 256}]",
      "}",
      "");

  @TempDir
  Path folder;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path newestBundled() throws IOException {
    BundledSpecs catalog = BundledSpecs.catalog();
    return Files.write(folder.resolve("25.6.8.json"), catalog.content(catalog.newest()));
  }

  @Test
  void validFileExitsZero() throws IOException {
    Path file = newestBundled();
    CliRun run = CliRun.of("validate", file.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(file + ": valid\n", run.out());
  }

  @Test
  void namesThatCollideInJavaAreWarningsWithTheirJavaNames() throws IOException {
    Path file = write("collisions.json", String.join("\n",
        "{",
        "  \"serverVersion\": \"25.6.8\",",
        "  \"methods\": [",
        "    {\"name\": \"Close\", \"httpMethod\": \"POST\", \"path\": \"/api/v1/admin/close\",",
        "     \"contentType\": \"application/x-www-form-urlencoded\", \"auth\": \"admin\",",
        "     \"authOptionalIfServerAllowsUnauthenticatedDownloads\": false, \"requiresRole\": [],",
        "     \"topLevelAdminOnly\": false, \"mayBeRestrictedPerAdmin\": false, \"params\": [],",
        "     \"returns\": \"string\"}",
        "  ],",
        "  \"types\": [{\"name\": \"class\", \"kind\": \"struct\", \"fields\": [",
        "    {\"name\": \"AdditionalProperties\", \"jsonName\": \"AdditionalProperties\", \"type\": \"string\",",
        "     \"omitEmpty\": false}]}],",
        "  \"constants\": []",
        "}",
        ""));
    CliRun run = CliRun.of("validate", file.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String hint = "      hint: nothing to do: every version of the spec gets the same Java name; rename the element in"
        + " the spec for another one\n";
    assertEquals(file + ": 3 warnings\n"
        + "  WARNING name.java-renamed " + file + ":4:5 (/methods/0): method 'Close' becomes the Java method 'close_'"
        + " (not 'close'): 'close' is a method every client has\n" + hint
        + "  WARNING name.java-renamed " + file + ":10:13 (/types/0): type 'class' becomes the class 'class_' (not"
        + " 'class'): 'class' is a Java keyword\n" + hint
        + "  WARNING name.java-renamed " + file + ":11:5 (/types/0/fields/0): field 'AdditionalProperties' of type"
        + " 'class' becomes the getter 'getAdditionalProperties_' (not 'getAdditionalProperties'):"
        + " 'getAdditionalProperties' is reserved for the accessors of unknown fields that every data class has\n"
        + hint
        + "  3 warnings\n", run.out());
  }

  @Test
  void invalidFileExitsOneAndSaysWhatAndWhere() throws IOException {
    Path file = write("broken.json", INVALID);
    CliRun run = CliRun.of("validate", file.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    String expected = file + ": 2 errors\n"
        + "  ERROR type.unresolved " + file + ":8:17 (/methods/0/returns): type 'Missing' is not declared in this spec\n"
        + "      hint: declare it under 'types'\n"
        + "  ERROR constant.out-of-range " + file + ":11:61 (/constants/0/value): constant 'SMALL' has the value 256,"
        + " which does not fit uint8 (0 to 255)\n"
        + "      hint: use a wider type or fix the value\n"
        + "  2 errors\n";
    assertEquals(expected, run.out());
  }

  @Test
  void jsonFormatIsMachineReadable() throws IOException {
    Path file = write("broken.json", INVALID);
    CliRun run = CliRun.of("validate", "--format", "json", file.toString());
    assertEquals(1, run.exitCode());
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertFalse(root.get("valid").asBoolean());
    JsonNode report = root.get("files").get(0);
    assertEquals(file.toString(), report.get("file").asText());
    assertEquals(2, report.get("errors").asInt());
    JsonNode first = report.get("events").get(0);
    assertEquals("type.unresolved", first.get("rule").asText());
    assertEquals("ERROR", first.get("severity").asText());
    assertEquals("/methods/0/returns", first.get("pointer").asText());
    assertEquals(8, first.get("line").asInt());
    assertEquals(17, first.get("column").asInt());
    assertTrue(first.get("message").asText().contains("'Missing'"));
  }

  @Test
  void severalFilesAreAllReportedWithATotal() throws IOException {
    Path valid = newestBundled();
    Path broken = write("broken.json", INVALID);
    CliRun run = CliRun.of("validate", valid.toString(), broken.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().startsWith(valid + ": valid\n" + broken + ": 2 errors\n"), run.out());
    assertTrue(run.out().endsWith("2 files: 1 valid, 1 invalid\n"), run.out());
  }

  @Test
  void malformedJsonIsReportedWithLineAndColumn() throws IOException {
    Path file = write("truncated.json", "{\"serverVersion\": \"25.6.8\",\n  \"methods\": [\n");
    CliRun run = CliRun.of("validate", file.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("ERROR json.syntax " + file + ":3:1: malformed JSON"), run.out());
  }

  @Test
  void missingFileIsAnInputError() {
    Path missing = folder.resolve("nope.json");
    CliRun run = CliRun.of("validate", missing.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.out().contains("ERROR file.unreadable " + missing + ": cannot read the file: it does not exist"),
        run.out());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, CliRun.of().exitCode());
    assertEquals(2, CliRun.of("validate").exitCode());
    assertEquals(2, CliRun.of("validate", "--format", "xml", "x.json").exitCode());
    CliRun unknown = CliRun.of("frobnicate");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("Unmatched argument"), unknown.err());
  }

  @Test
  void noCommandSaysWhichExist() {
    CliRun run = CliRun.of();
    assertTrue(run.err().contains("a command is required (versions, validate, generate, diff, openapi)"), run.err());
  }

  @Test
  void versionOptionPrintsTheToolVersionInEveryCommand() {
    String version = CliRun.of("--version").out();
    assertTrue(version.startsWith("comet 0."), version);
    for (String command : List.of("versions", "validate", "generate", "diff", "openapi")) {
      for (String option : List.of("--version", "-V")) {
        CliRun run = CliRun.of(command, option);
        assertEquals(0, run.exitCode(), command + " " + option + ": " + run.err());
        assertEquals(version, run.out(), command + " " + option);
      }
    }
  }
}
