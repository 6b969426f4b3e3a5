package dev.cometsdk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code comet} command line: one entry point, one subcommand a task. Subcommands return
 * their exit code; this class only wires them together and maps failures to codes.
 */
@Command(
    name = "comet",
    mixinStandardHelpOptions = true,
    versionProvider = CometCli.Version.class,
    description = "Tools for the Comet Server API spec: list bundled versions, validate spec files, generate the Java client, compare versions, export OpenAPI.",
    subcommands = {VersionsCommand.class, ValidateCommand.class, GenerateCommand.class, DiffCommand.class, OpenApiCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success (for validate: every file is valid)",
        "1:problems found: an invalid file (validate), a change at the --fail-on level (diff), a breaking upgrade refused (generate)",
        "2:usage or input error (unknown option, unreadable file, unknown version)",
        "3:internal error (a bug: please report it)"})
public final class CometCli implements Runnable {
  /** Every file valid, or the command succeeded. */
  public static final int OK = 0;
  /** The input was read and found wanting (an invalid spec). */
  public static final int FOUND_PROBLEMS = 1;
  /** The command could not run as asked: bad options, unreadable input. */
  public static final int USAGE_ERROR = 2;
  /** Something went wrong inside the tool. */
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for {@link #main} and for tests that capture its output. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new CometCli());
    commandLine.setExitCodeExceptionMapper(error ->
        error instanceof CommandLine.ParameterException ? USAGE_ERROR : INTERNAL_ERROR);
    commandLine.setExecutionExceptionHandler((error, line, parseResult) -> {
      PrintWriter err = line.getErr();
      if (error instanceof InputException) {
        err.println("comet: " + error.getMessage());
        return USAGE_ERROR;
      }
      err.println("comet: internal error: " + error);
      for (StackTraceElement frame : error.getStackTrace()) {
        err.println("    at " + frame);
      }
      return INTERNAL_ERROR;
    });
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (versions, validate, generate, diff, openapi)");
  }

  /** Reads the tool's version from the properties Maven filled in at build time. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = CometCli.class.getResourceAsStream("cli.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"comet " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
