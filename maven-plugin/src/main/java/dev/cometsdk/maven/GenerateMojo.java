package dev.cometsdk.maven;

import dev.cometsdk.diff.Suppressions;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.run.BuildException;
import dev.cometsdk.run.GenerateReport;
import dev.cometsdk.run.GenerateRequest;
import dev.cometsdk.run.GenerateRun;
import dev.cometsdk.run.SpecSource;
import java.io.File;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the typed Comet Server API client into the build and adds it to the compile sources.
 * When the configured spec differs from the one in the lock file, the upgrade is diffed first and
 * the build fails on breaking changes that are not accepted. The generation is the CLI's too
 * ({@link GenerateRun}): this class only turns the configuration into a request, logs the report,
 * and refuses a second execution that writes to the same output folder.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

  /** A bundled Comet Server version, such as {@code 25.6.8}; the newest bundled one when neither this nor specFile is set. */
  @Parameter(property = "comet.serverVersion")
  private String serverVersion;

  /** A spec file of your own instead of a bundled version. */
  @Parameter(property = "comet.specFile")
  private File specFile;

  /** The root package of the client; data classes go to {@code .model}, request objects to {@code .requests}. */
  @Parameter(property = "comet.packageName", defaultValue = GeneratorOptions.DEFAULT_PACKAGE)
  private String packageName;

  /** The simple name of the client class. */
  @Parameter(property = "comet.clientName", defaultValue = GeneratorOptions.DEFAULT_CLIENT_NAME)
  private String clientName;

  /**
   * Where the sources are generated; added to the compile source roots. The goal owns this folder:
   * it removes the files it generated before and no longer generates, and never touches a file
   * it did not write. Two executions need two folders.
   */
  @Parameter(property = "comet.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/comet")
  private File outputDirectory;

  /** The lock file recording what the client was generated from; commit it. */
  @Parameter(property = "comet.lockFile", defaultValue = "${project.basedir}/comet.lock.json")
  private File lockFile;

  /** Accepted breaking changes: {@code {"accepted": [{"rule", "subject", "reason"}]}}. */
  @Parameter(property = "comet.suppressionsFile")
  private File suppressionsFile;

  /** Whether an upgrade with breaking changes that are not accepted fails the build. */
  @Parameter(property = "comet.failOnBreaking", defaultValue = "true")
  private boolean failOnBreaking;

  /** Where the upgrade gate writes its reports. */
  @Parameter(property = "comet.reportDirectory", defaultValue = "${project.build.directory}/comet")
  private File reportDirectory;

  /** Skips the goal. */
  @Parameter(property = "comet.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the Comet client generation (comet.skip)");
      return;
    }
    if (serverVersion != null && specFile != null) {
      throw new MojoExecutionException("Set either serverVersion (comet.serverVersion) or specFile"
          + " (comet.specFile), not both");
    }
    GeneratorOptions options;
    try {
      options = new GeneratorOptions(packageName, clientName);
    } catch (IllegalArgumentException e) {
      String parameter = e.getMessage().startsWith("package name") ? "packageName (comet.packageName)"
          : "clientName (comet.clientName)";
      throw new MojoExecutionException("Invalid configuration of " + parameter + ": " + e.getMessage());
    }
    Suppressions suppressions;
    try {
      suppressions = suppressionsFile == null ? Suppressions.none() : Suppressions.read(suppressionsFile.toPath());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    SpecSource source = SpecSource.of(Optional.ofNullable(serverVersion),
        Optional.ofNullable(specFile).map(File::toPath));
    String owner = "execution " + mojoExecution.getExecutionId() + " of project " + project.getGroupId() + ":"
        + project.getArtifactId();
    OutputFolderClaims.claim(session, outputDirectory.toPath(), owner);
    GenerateRequest request = new GenerateRequest(source, options, outputDirectory.toPath(),
        Optional.of(lockFile.toPath()), suppressions, failOnBreaking, reportDirectory.toPath(), owner);
    GenerateReport report;
    try {
      report = new GenerateRun(request).execute();
    } catch (BuildException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    report.logTo(new MavenBuildLog(getLog()));
    if (report.outcome() == GenerateReport.Outcome.REFUSED) {
      throw new MojoFailureException(report.refusal().orElseThrow());
    }
    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
  }
}
