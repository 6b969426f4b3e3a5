package dev.cometsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VersionsCommandTest {

  @Test
  void listsEveryBundledVersionNewestLastWithCounts() {
    CliRun run = CliRun.of("versions");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(44, lines.size(), run.out());
    assertEquals(List.of("VERSION", "METHODS", "TYPES", "STRUCTS", "ALIASES", "CONSTANTS"),
        List.of(lines.get(0).trim().split("\\s+")));
    assertEquals(List.of("22.6.9", "181", "225", "184", "41", "276"), List.of(lines.get(1).trim().split("\\s+")));
    assertTrue(lines.get(42).startsWith("25.6.8 "), lines.get(42));
    assertTrue(lines.get(42).endsWith("(newest)"), lines.get(42));
    assertEquals("42 bundled versions, 22.6.9 to 25.6.8", lines.get(43));
    assertEquals("", run.err());
  }

  @Test
  void helpDescribesTheCommand() {
    CliRun run = CliRun.of("versions", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Usage: comet versions"), run.out());
  }
}
