package dev.cometsdk.cli;

import dev.cometsdk.run.BuildException;
import dev.cometsdk.run.SpecSource;
import dev.cometsdk.spec.ApiSpec;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options that say where a command's spec comes from: a bundled server version (the newest by
 * default) or a file. {@code --version} is not among them: in every command it prints the tool's
 * own version.
 */
final class SpecOptions {

  @ArgGroup(exclusive = true)
  Choice choice;

  static final class Choice {
    @Option(names = "--server-version", paramLabel = "VERSION",
        description = "A bundled Comet Server version, e.g. 25.6.8 (default: the newest bundled).")
    String version;

    @Option(names = "--spec", paramLabel = "FILE", description = "A spec file of your own.")
    Path file;
  }

  /** Where the spec comes from, as the options say. */
  SpecSource source() {
    return choice == null ? SpecSource.newest()
        : SpecSource.of(Optional.ofNullable(choice.version), Optional.ofNullable(choice.file));
  }

  /**
   * The validated spec.
   *
   * @throws InputException with the bundled versions or the validator's report when it cannot be had
   */
  ApiSpec load() {
    return load(source(), "");
  }

  /** The validated spec of a version-or-file argument, messages prefixed with {@code label}. */
  static ApiSpec load(String argument, String label) {
    return load(SpecSource.fromArgument(argument), label + ": ");
  }

  private static ApiSpec load(SpecSource source, String prefix) {
    try {
      return source.resolve().load();
    } catch (BuildException e) {
      throw new InputException(prefix + e.getMessage());
    }
  }
}
