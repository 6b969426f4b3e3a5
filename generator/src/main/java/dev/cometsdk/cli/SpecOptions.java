package dev.cometsdk.cli;

import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.SpecLoader;
import dev.cometsdk.spec.UnknownVersionException;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a command's spec comes from: a bundled version (the newest by default) or a file. */
final class SpecSource {

  @ArgGroup(exclusive = true)
  Choice choice;

  static final class Choice {
    @Option(names = "--version", paramLabel = "VERSION",
        description = "A bundled Comet Server version, e.g. 25.6.8 (default: the newest bundled).")
    String version;

    @Option(names = "--spec", paramLabel = "FILE", description = "A spec file of your own.")
    Path file;
  }

  /**
   * The validated spec.
   *
   * @throws InputException with the bundled versions or the validator's report when it cannot be had
   */
  ApiSpec load() {
    BundledSpecs catalog = BundledSpecs.catalog();
    if (choice == null || (choice.version == null && choice.file == null)) {
      return catalog.loadNewest();
    }
    if (choice.version != null) {
      try {
        return catalog.load(choice.version);
      } catch (UnknownVersionException e) {
        throw new InputException(e.getMessage());
      }
    }
    SpecLoader.Result result = SpecLoader.validate(choice.file);
    return result.spec().orElseThrow(() -> new InputException(
        "the spec " + choice.file + " is invalid:\n" + result.report().toText().stripTrailing()));
  }
}
