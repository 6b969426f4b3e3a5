package dev.cometsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir
  Path folder;

  @Test
  void breakingUpgradeExitsOneByDefault() {
    CliRun run = CliRun.of("diff", "25.3.1", "25.6.8");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("Comet API 25.3.1 -> 25.6.8: "), run.out());
    assertTrue(run.out().contains("BREAKING method-return-type-changed  AdminSetUserProfileHash"), run.out());
  }

  @Test
  void failOnDecidesTheExitCode() {
    assertEquals(0, CliRun.of("diff", "25.3.1", "25.6.8", "--fail-on", "never").exitCode());
    // 24.12.4 -> 24.12.5 only grows: nothing breaks, nothing warns.
    assertEquals(0, CliRun.of("diff", "24.12.4", "24.12.5").exitCode());
    assertEquals(0, CliRun.of("diff", "24.12.4", "24.12.5", "--fail-on", "warning").exitCode());
    // 24.12.5 -> 25.3.1 changes constant values: warnings, no break.
    assertEquals(0, CliRun.of("diff", "24.12.5", "25.3.1", "--fail-on", "breaking").exitCode());
    assertEquals(1, CliRun.of("diff", "24.12.5", "25.3.1", "--fail-on", "warning").exitCode());
  }

  @Test
  void everyFormatCanBeWrittenToAFile() throws IOException {
    for (String format : new String[] {"text", "markdown", "json", "html"}) {
      Path output = folder.resolve("report." + format);
      CliRun run = CliRun.of("diff", "24.12.4", "24.12.5", "--format", format, "--output", output.toString());
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().contains("report written to " + output), run.out());
      String report = Files.readString(output, StandardCharsets.UTF_8);
      assertTrue(report.contains("24.12.5"), format);
    }
    new ObjectMapper().readTree(folder.resolve("report.json").toFile());
  }

  @Test
  void aSideCanBeAFile() throws IOException {
    BundledSpecs catalog = BundledSpecs.catalog();
    Path file = Files.write(folder.resolve("mine.json"), catalog.content(catalog.get("25.6.8")));
    CliRun run = CliRun.of("diff", "25.6.8", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("0 changes"), run.out());
  }

  @Test
  void suppressionsAcceptBreaks() throws IOException {
    Path suppressions = Files.writeString(folder.resolve("accepted.json"), "{\"accepted\": ["
        + "{\"rule\": \"method-return-type-changed\", \"subject\": \"AdminSetUserProfileHash\", \"reason\": \"unused\"},"
        + "{\"rule\": \"method-return-type-changed\", \"subject\": \"UserWebSetProfileHash\", \"reason\": \"unused\"},"
        + "{\"rule\": \"param-added-required\", \"subject\": \"UserWebGetJobsForCustomSearch(Query)\", \"reason\": \"unused\"}"
        + "]}");
    CliRun run = CliRun.of("diff", "25.3.1", "25.6.8", "--suppressions", suppressions.toString());
    assertEquals(0, run.exitCode(), run.out());
    assertTrue(run.out().contains("(3 accepted breaks among the info)"), run.out());
  }

  @Test
  void badInputExitsTwoWithAClearMessage() throws IOException {
    CliRun unknown = CliRun.of("diff", "25.3.2", "25.6.8");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("OLD: Comet Server version '25.3.2' is not bundled; the bundled versions are: 22.6.9"),
        unknown.err());
    CliRun missing = CliRun.of("diff", "25.3.1", folder.resolve("nope.json").toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("NEW: The spec file " + folder.resolve("nope.json") + " does not exist (nor is"
        + " it a bundled version; the bundled versions are: 22.6.9"), missing.err());
    Path invalid = Files.writeString(folder.resolve("bad.json"), "{\"serverVersion\": \"x\"}");
    CliRun bad = CliRun.of("diff", invalid.toString(), "25.6.8");
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("version.invalid"), bad.err());
    Path noReason = Files.writeString(folder.resolve("s.json"),
        "{\"accepted\": [{\"rule\": \"method-removed\", \"subject\": \"X\"}]}");
    CliRun suppressions = CliRun.of("diff", "25.3.1", "25.6.8", "--suppressions", noReason.toString());
    assertEquals(2, suppressions.exitCode());
    assertTrue(suppressions.err().contains("(/accepted/0/reason)"), suppressions.err());
    assertEquals(2, CliRun.of("diff", "25.3.1").exitCode());
    assertEquals(2, CliRun.of("diff", "25.3.1", "25.6.8", "--format", "pdf").exitCode());
  }
}
