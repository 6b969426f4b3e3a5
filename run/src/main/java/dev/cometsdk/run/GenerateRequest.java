package dev.cometsdk.run;

import dev.cometsdk.diff.Suppressions;
import dev.cometsdk.generator.GeneratorOptions;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@link GenerateRun} needs; the CLI and the Maven plugin both fill in this one
 * record from their options.
 *
 * @param outputDirectory the folder the run owns through its manifest
 * @param lockFile the lock file; empty to skip the upgrade gate altogether
 * @param suppressions the breaking changes the gate accepts
 * @param failOnBreaking whether an upgrade with breaking changes that are not accepted is refused
 * @param reportDirectory where the gate writes its diff reports
 * @param owner who runs it, as the manifest records it and messages name it ({@code execution
 *     generate of project com.example:app}); empty when there is no such name (the CLI)
 */
public record GenerateRequest(SpecSource source, GeneratorOptions options, Path outputDirectory,
    Optional<Path> lockFile, Suppressions suppressions, boolean failOnBreaking, Path reportDirectory, String owner) {

  public GenerateRequest {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(lockFile, "lockFile");
    Objects.requireNonNull(suppressions, "suppressions");
    Objects.requireNonNull(reportDirectory, "reportDirectory");
    Objects.requireNonNull(owner, "owner");
  }
}
