package dev.cometsdk.cli;

import dev.cometsdk.openapi.OpenApiExporter;
import dev.cometsdk.openapi.OpenApiWriter;
import dev.cometsdk.spec.ApiSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code comet openapi}: an OpenAPI 3.1 document for a bundled version or a spec file. */
@Command(name = "openapi", mixinStandardHelpOptions = true, versionProvider = CometCli.Version.class,
    description = "Export a bundled server version or a spec file as an OpenAPI 3.1 document (JSON or YAML).")
final class OpenApiCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  SpecOptions source;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "json or yaml (default: from the --output file name, else json).")
  String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
  Path output;

  @Override
  public Integer call() throws IOException {
    ApiSpec api = source.load();
    OpenApiWriter.Format chosen;
    try {
      String name = format != null ? format
          : output != null && output.toString().matches("(?i).*\\.ya?ml") ? "yaml" : "json";
      chosen = OpenApiWriter.Format.named(name);
    } catch (IllegalArgumentException e) {
      throw new InputException("--format: " + e.getMessage());
    }
    String document = OpenApiWriter.write(OpenApiExporter.export(api), chosen);
    Output.write(spec.commandLine(), output, document,
        "OpenAPI document for Comet Server " + api.serverVersion() + " written to ");
    return CometCli.OK;
  }
}
