package dev.cometsdk.run;

import dev.cometsdk.diff.Suppressions;
import dev.cometsdk.generator.GeneratorOptions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@link GenerateRun} needs.
 *
 * @param lockFile the lock file; empty to skip the upgrade gate altogether
 * @param reportDirectory where the gate writes its diff reports
 * @param failOnBreaking whether an upgrade with breaking changes that are not accepted fails
 */
public record GenerateRequest(SpecSource source, GeneratorOptions options, Path outputDirectory,
    Optional<Path> lockFile, Suppressions suppressions, boolean failOnBreaking, Path reportDirectory) {

  public GenerateRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(lockFile, "lockFile");
    Objects.requireNonNull(suppressions, "suppressions");
    Objects.requireNonNull(reportDirectory, "reportDirectory");
  }
}
