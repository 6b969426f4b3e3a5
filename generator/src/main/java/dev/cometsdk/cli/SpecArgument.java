package dev.cometsdk.cli;

import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.ServerVersion;
import dev.cometsdk.spec.SpecLoader;
import dev.cometsdk.spec.UnknownVersionException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A spec named on the command line: a bundled version number, or the path of a file. */
final class SpecArgument {
  private SpecArgument() {}

  /**
   * The validated spec for {@code argument}: a version when it looks like one and no such file
   * exists, otherwise a file.
   *
   * @throws InputException with the bundled versions, or the validator's report
   */
  static ApiSpec load(String argument, String label) {
    Path file = Path.of(argument);
    if (ServerVersion.tryParse(argument).isPresent() && !Files.exists(file)) {
      try {
        return BundledSpecs.catalog().load(argument);
      } catch (UnknownVersionException e) {
        throw new InputException(label + ": " + e.getMessage());
      }
    }
    if (!Files.exists(file)) {
      throw new InputException(label + ": '" + argument + "' is neither a bundled version nor a file; the bundled"
          + " versions are: " + BundledSpecs.catalog().versionList());
    }
    SpecLoader.Result result = SpecLoader.validate(file);
    return result.spec().orElseThrow(() -> new InputException(
        label + ": the spec " + file + " is invalid:\n" + result.report().toText().stripTrailing()));
  }
}
