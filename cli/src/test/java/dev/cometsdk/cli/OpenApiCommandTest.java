package dev.cometsdk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cometsdk.openapi.OpenApiExporter;
import dev.cometsdk.openapi.OpenApiWriter;
import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir
  Path folder;

  @Test
  void writesTheNewestVersionAsJsonByDefault() throws IOException {
    CliRun run = CliRun.of("openapi");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("{"), run.out().substring(0, 40));
    JsonNode document = JSON.readTree(run.out());
    String newest = BundledSpecs.catalog().newest().version().toString();
    assertEquals("3.1.0", document.path("openapi").asText());
    assertEquals(newest, document.path("info").path("version").asText());
    assertEquals(OpenApiWriter.write(OpenApiExporter.export(BundledSpecs.catalog().loadNewest()), OpenApiWriter.Format.JSON),
        run.out(), "the CLI prints exactly what the exporter and writer give");
    assertEquals("", run.err());
  }

  @Test
  void yamlHoldsTheSameDocument() throws IOException {
    CliRun yaml = CliRun.of("openapi", "--format", "yaml");
    assertEquals(0, yaml.exitCode(), yaml.err());
    assertFalse(yaml.out().startsWith("{"));
    assertFalse(yaml.out().startsWith("---"), "no document start marker");
    assertTrue(yaml.out().startsWith("openapi: 3.1.0"), yaml.out().substring(0, 40));
    assertEquals(JSON.readTree(CliRun.of("openapi").out()), YAML.readTree(yaml.out()));
    assertEquals(0, CliRun.of("openapi", "--format", "YML").exitCode(), "format names ignore case; yml is yaml");
  }

  @Test
  void outputFileFormatFollowsTheExtensionUnlessFormatIsGiven() throws IOException {
    JsonNode expected = JSON.readTree(CliRun.of("openapi", "--server-version", "24.12.5").out());
    for (String name : new String[] {"api.yaml", "API.YML", "nested/dir/api.json", "api.txt"}) {
      Path output = folder.resolve(name);
      CliRun run = CliRun.of("openapi", "--server-version", "24.12.5", "--output", output.toString());
      assertEquals(0, run.exitCode(), run.err());
      assertEquals("OpenAPI document for Comet Server 24.12.5 written to " + output, run.out().strip());
      String text = Files.readString(output, StandardCharsets.UTF_8);
      boolean yaml = name.toLowerCase().matches(".*\\.ya?ml");
      assertEquals(!yaml, text.startsWith("{"), name + " is " + (yaml ? "YAML" : "JSON"));
      assertEquals(expected, (yaml ? YAML : JSON).readTree(text), name);
    }
    Path forced = folder.resolve("forced.yaml");
    assertEquals(0, CliRun.of("openapi", "--output", forced.toString(), "--format", "json").exitCode());
    assertTrue(Files.readString(forced, StandardCharsets.UTF_8).startsWith("{"), "--format wins over the extension");
  }

  @Test
  void serverVersionAndSpecChooseTheSpec() throws IOException {
    CliRun old = CliRun.of("openapi", "--server-version", "22.6.9");
    assertEquals(0, old.exitCode(), old.err());
    JsonNode document = JSON.readTree(old.out());
    assertEquals("22.6.9", document.path("info").path("version").asText());
    int operations = 0;
    for (JsonNode path : document.path("paths")) {
      operations += path.size();
    }
    assertEquals(181, operations, "22.6.9 has 181 methods");

    CliRun file = CliRun.of("openapi", "--spec", "../generator/src/test/resources/fixtures/everything.json");
    assertEquals(0, file.exitCode(), file.err());
    assertTrue(JSON.readTree(file.out()).path("paths").has("/gen/branding.props"));
  }

  @Test
  void badInputExitsTwo() throws IOException {
    CliRun unknown = CliRun.of("openapi", "--server-version", "25.3.2");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("'25.3.2' is not bundled; the bundled versions are: 22.6.9"), unknown.err());
    assertEquals("", unknown.out());

    CliRun format = CliRun.of("openapi", "--format", "xml");
    assertEquals(2, format.exitCode());
    assertTrue(format.err().contains("--format: unknown OpenAPI format 'xml'; use json or yaml"), format.err());
    assertEquals("", format.out());

    Path invalid = Files.writeString(folder.resolve("broken.json"), "{\"serverVersion\": \"25.6.8\"}");
    CliRun broken = CliRun.of("openapi", "--spec", invalid.toString());
    assertEquals(2, broken.exitCode());
    assertTrue(broken.err().contains("is invalid"), broken.err());

    assertEquals(2, CliRun.of("openapi", "--server-version", "25.6.8", "--spec", invalid.toString()).exitCode(),
        "--server-version and --spec exclude each other");
    assertEquals(2, CliRun.of("openapi", "--no-such-option").exitCode());
  }

  @Test
  void helpDescribesTheCommand() {
    CliRun run = CliRun.of("openapi", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Usage: comet openapi"), run.out());
    assertTrue(run.out().contains("--format"), run.out());
  }
}
