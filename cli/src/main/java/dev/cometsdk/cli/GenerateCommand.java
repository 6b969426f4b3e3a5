package dev.cometsdk.cli;

import dev.cometsdk.diff.Suppressions;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.run.BuildException;
import dev.cometsdk.run.BuildLog;
import dev.cometsdk.run.GenerateReport;
import dev.cometsdk.run.GenerateRequest;
import dev.cometsdk.run.GenerateRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code comet generate}: the Java client for one spec, written below a folder by the same
 * generation run as the Maven plugin's ({@link GenerateRun}). This class only turns the options
 * into a request and prints the report.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = CometCli.Version.class,
    description = {
        "Generate the Java client for a bundled server version or a spec file into a folder.",
        "The folder's manifest (.comet-generated) lists the files the last run wrote: a run removes",
        "those it no longer generates, never touches a file it did not write, and refuses to replace one.",
        "With --lock-file, an upgrade to another spec is diffed first and refused (exit 1) when it",
        "breaks, unless each break is accepted in the --suppressions file."})
final class GenerateCommand implements Callable<Integer> {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  SpecOptions source;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "Folder to write the sources into (a source root: packages become sub-folders).")
  Path out;

  @Option(names = "--package", paramLabel = "NAME", defaultValue = GeneratorOptions.DEFAULT_PACKAGE,
      description = "Root package of the client (default: ${DEFAULT-VALUE}).")
  String packageName;

  @Option(names = "--client-name", paramLabel = "NAME", defaultValue = GeneratorOptions.DEFAULT_CLIENT_NAME,
      description = "Simple name of the client class (default: ${DEFAULT-VALUE}).")
  String clientName;

  @Option(names = "--lock-file", paramLabel = "FILE",
      description = "Lock file recording the spec the client was generated from (created when missing);"
          + " an upgrade to another spec passes the compatibility gate first. Without it there is no gate.")
  Path lockFile;

  @Option(names = "--suppressions", paramLabel = "FILE",
      description = "Breaks the gate accepts: a JSON file of {\"accepted\": [{\"rule\", \"subject\", \"reason\"}]}."
          + " Needs --lock-file.")
  Path suppressionsFile;

  @Option(names = "--fail-on-breaking", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Whether the gate refuses an upgrade with breaking changes that are not accepted"
          + " (default: ${DEFAULT-VALUE}).")
  boolean failOnBreaking;

  @Option(names = "--report-dir", paramLabel = "DIR",
      description = "Where the gate writes its diff reports (default: comet-reports next to the lock file).")
  Path reportDirectory;

  @Override
  public Integer call() {
    GeneratorOptions options = generatorOptions();
    if (lockFile == null && (suppressionsFile != null || reportDirectory != null)) {
      throw new InputException((suppressionsFile != null ? "--suppressions" : "--report-dir") + " needs --lock-file:"
          + " the upgrade gate compares the spec with the one the lock file names");
    }
    Suppressions suppressions;
    try {
      suppressions = suppressionsFile == null ? Suppressions.none() : Suppressions.read(suppressionsFile);
    } catch (IllegalArgumentException e) {
      throw new InputException("--suppressions: " + e.getMessage());
    }
    Path reports = reportDirectory != null ? reportDirectory
        : lockFile != null ? lockFile.toAbsolutePath().resolveSibling("comet-reports") : Path.of("comet-reports");
    GenerateRequest request = new GenerateRequest(source.source(), options, out, Optional.ofNullable(lockFile),
        suppressions, failOnBreaking, reports, "");
    GenerateReport report;
    try {
      report = new GenerateRun(request).execute();
    } catch (BuildException e) {
      throw new InputException(e.getMessage());
    }
    report.logTo(new TerminalLog(spec.commandLine()));
    if (report.outcome() == GenerateReport.Outcome.REFUSED) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("comet: " + report.refusal().orElseThrow());
      err.flush();
      return CometCli.FOUND_PROBLEMS;
    }
    return CometCli.OK;
  }

  private GeneratorOptions generatorOptions() {
    try {
      GeneratorOptions.defaults().withPackageName(packageName);
    } catch (IllegalArgumentException e) {
      throw new InputException("--package: " + e.getMessage());
    }
    try {
      return new GeneratorOptions(packageName, clientName);
    } catch (IllegalArgumentException e) {
      throw new InputException("--client-name: " + e.getMessage());
    }
  }

  /** A report's lines on the terminal: information on standard output, warnings on standard error. */
  private static final class TerminalLog implements BuildLog {
    private final CommandLine commandLine;

    TerminalLog(CommandLine commandLine) {
      this.commandLine = commandLine;
    }

    @Override
    public void info(String message) {
      commandLine.getOut().println(message);
      commandLine.getOut().flush();
    }

    @Override
    public void warn(String message) {
      commandLine.getErr().println("warning: " + message);
      commandLine.getErr().flush();
    }
  }
}
