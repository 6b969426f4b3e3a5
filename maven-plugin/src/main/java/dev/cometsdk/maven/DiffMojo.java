package dev.cometsdk.maven;

import dev.cometsdk.diff.ChangeSeverity;
import dev.cometsdk.diff.DiffResult;
import dev.cometsdk.diff.SpecDiffer;
import dev.cometsdk.diff.Suppressions;
import dev.cometsdk.run.BuildException;
import dev.cometsdk.run.DiffReports;
import dev.cometsdk.run.SpecSource;
import dev.cometsdk.spec.ApiSpec;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares two Comet API specs (bundled versions or files) and writes the reports. Needs no
 * project: {@code mvn dev.cometsdk:comet-maven-plugin:diff -Dcomet.from=25.3.1 -Dcomet.to=25.6.8}.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public final class DiffMojo extends AbstractMojo {

  /** The old spec: a bundled version such as {@code 25.3.1}, or a file. */
  @Parameter(property = "comet.from", required = true)
  private String from;

  /** The new spec: a bundled version or a file. */
  @Parameter(property = "comet.to", required = true)
  private String to;

  /** Report formats, comma-separated: text, markdown, json, html. */
  @Parameter(property = "comet.formats", defaultValue = "text,markdown,json,html")
  private String formats;

  /** Where the reports go. */
  @Parameter(property = "comet.diffOutputDirectory", defaultValue = "target/comet-diff")
  private File outputDirectory;

  /** Fail the build when a change reaches this level: breaking, warning or never. */
  @Parameter(property = "comet.failOn", defaultValue = "breaking")
  private String failOn;

  /** Accepted breaking changes: {@code {"accepted": [{"rule", "subject", "reason"}]}}. */
  @Parameter(property = "comet.suppressionsFile")
  private File suppressionsFile;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    List<DiffReports.Format> chosen = new ArrayList<>();
    try {
      for (String name : formats.split(",")) {
        if (!name.isBlank()) {
          chosen.add(DiffReports.Format.named(name));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("comet.formats: " + e.getMessage());
    }
    String level = failOn.trim().toLowerCase(Locale.ROOT);
    if (!List.of("breaking", "warning", "never").contains(level)) {
      throw new MojoExecutionException("comet.failOn is '" + failOn + "'; use breaking, warning or never");
    }
    try {
      Suppressions suppressions = suppressionsFile == null ? Suppressions.none()
          : Suppressions.read(suppressionsFile.toPath());
      DiffResult result = SpecDiffer.compare(load(from, "comet.from"), load(to, "comet.to"), suppressions);
      List<Path> written = DiffReports.write(result, outputDirectory.toPath(), chosen);
      getLog().info("Comet API " + result.from() + " -> " + result.to() + ": " + result.changes().size() + " changes, "
          + result.count(ChangeSeverity.BREAKING) + " breaking, " + result.count(ChangeSeverity.WARNING)
          + " warnings; SDK bump " + result.suggestedBump().label());
      written.forEach(path -> getLog().info("  " + path));
      result.unmatchedSuppressions().forEach(entry -> getLog().warn("Suppression matches no change: "
          + entry.rule() + " " + entry.subject()));
      boolean fails = level.equals("breaking") ? result.reaches(ChangeSeverity.BREAKING)
          : level.equals("warning") && result.reaches(ChangeSeverity.WARNING);
      if (fails) {
        throw new MojoFailureException("The Comet API changes from " + result.from() + " to " + result.to()
            + " reach the fail level '" + level + "' (" + result.count(ChangeSeverity.BREAKING) + " breaking, "
            + result.count(ChangeSeverity.WARNING) + " warnings); see " + written.get(0));
      }
    } catch (BuildException | IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  private static ApiSpec load(String argument, String property) throws BuildException {
    try {
      return SpecSource.fromArgument(argument).resolve().load();
    } catch (BuildException e) {
      throw new BuildException(property + ": " + e.getMessage(), e);
    }
  }
}
