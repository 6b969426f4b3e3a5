package dev.cometsdk.cli;

import dev.cometsdk.diff.ApiHistory;
import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code comet history}: what changed in each bundled server version, as Markdown. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Write the change history of the bundled Comet Server versions as Markdown (docs/api-history.md).")
final class HistoryCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
  Path output;

  @Override
  public Integer call() throws IOException {
    String history = ApiHistory.render(BundledSpecs.catalog());
    Output.write(spec.commandLine(), output, history, "API history written to ");
    return CometCli.OK;
  }
}
