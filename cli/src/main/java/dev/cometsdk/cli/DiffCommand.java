package dev.cometsdk.cli;

import dev.cometsdk.diff.ChangeSeverity;
import dev.cometsdk.diff.DiffResult;
import dev.cometsdk.diff.SpecDiffer;
import dev.cometsdk.diff.Suppressions;
import dev.cometsdk.spec.ApiSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code comet diff OLD NEW}: every change between two specs, judged, with a CI gate. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = CometCli.Version.class,
    description = {
        "Compare two Comet API specs (bundled versions or files) and report every change with its verdicts.",
        "Exit 0 when nothing reaches the --fail-on level, 1 when something does, 2 on usage or input errors."})
final class DiffCommand implements Callable<Integer> {

  enum Format { text, markdown, json, html }

  enum FailOn { breaking, warning, never }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The old spec: a bundled version such as 25.3.1, or a file.")
  String from;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new spec: a bundled version or a file.")
  String to;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of the terminal.")
  Path output;

  @Option(names = "--fail-on", defaultValue = "breaking", paramLabel = "LEVEL",
      description = "Exit 1 when a change reaches LEVEL: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--suppressions", paramLabel = "FILE",
      description = "Accepted breaks: a JSON file of {\"accepted\": [{\"rule\", \"subject\", \"reason\"}]}.")
  Path suppressionsFile;

  @Override
  public Integer call() throws IOException {
    ApiSpec before = SpecOptions.load(from, "OLD");
    ApiSpec after = SpecOptions.load(to, "NEW");
    Suppressions suppressions;
    try {
      suppressions = suppressionsFile == null ? Suppressions.none() : Suppressions.read(suppressionsFile);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    DiffResult result = SpecDiffer.compare(before, after, suppressions);
    String report = Reports.render(result, format.name());
    Output.write(spec.commandLine(), output, report,
        "Comet API " + result.from() + " -> " + result.to() + ": report written to ");
    boolean fails = switch (failOn) {
      case breaking -> result.reaches(ChangeSeverity.BREAKING);
      case warning -> result.reaches(ChangeSeverity.WARNING);
      case never -> false;
    };
    return fails ? CometCli.FOUND_PROBLEMS : CometCli.OK;
  }
}
