package dev.cometsdk.maven;

import dev.cometsdk.openapi.OpenApiExporter;
import dev.cometsdk.openapi.OpenApiWriter;
import dev.cometsdk.run.BuildException;
import dev.cometsdk.run.SpecSource;
import dev.cometsdk.spec.ApiSpec;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Exports a bundled Comet Server version, or a spec file, as an OpenAPI 3.1 document. Needs no
 * project: {@code mvn dev.cometsdk:comet-maven-plugin:openapi -Dcomet.serverVersion=25.6.8}.
 */
@Mojo(name = "openapi", requiresProject = false, threadSafe = true)
public final class OpenApiMojo extends AbstractMojo {

  /** A bundled Comet Server version; the newest bundled one when neither this nor specFile is set. */
  @Parameter(property = "comet.serverVersion")
  private String serverVersion;

  /** A spec file of your own instead of a bundled version. */
  @Parameter(property = "comet.specFile")
  private File specFile;

  /** {@code json} or {@code yaml}. */
  @Parameter(property = "comet.openapiFormat", defaultValue = "yaml")
  private String format;

  /** The document to write. */
  @Parameter(property = "comet.openapiFile", defaultValue = "target/comet-openapi.yaml")
  private File outputFile;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (serverVersion != null && specFile != null) {
      throw new MojoExecutionException("Set either serverVersion (comet.serverVersion) or specFile"
          + " (comet.specFile), not both");
    }
    OpenApiWriter.Format chosen;
    try {
      chosen = OpenApiWriter.Format.named(format);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("comet.openapiFormat: " + e.getMessage());
    }
    SpecSource source = SpecSource.of(Optional.ofNullable(serverVersion),
        Optional.ofNullable(specFile).map(File::toPath));
    ApiSpec spec;
    try {
      spec = source.resolve().load();
    } catch (BuildException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    try {
      if (outputFile.getParentFile() != null) {
        Files.createDirectories(outputFile.getParentFile().toPath());
      }
      Files.writeString(outputFile.toPath(), OpenApiWriter.write(OpenApiExporter.export(spec), chosen),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + outputFile + ": " + e, e);
    }
    getLog().info("OpenAPI 3.1 document for Comet Server " + spec.serverVersion() + " written to " + outputFile);
  }
}
