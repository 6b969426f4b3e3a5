package dev.cometsdk.run;

import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.SpecLoader;
import dev.cometsdk.spec.UnknownVersionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where a build's spec comes from: a bundled server version (the newest when none is named) or a
 * file of the user's own. Reading the bytes and hashing them is cheap; parsing and validating is
 * left to {@link Resolved#load()}, so that an up-to-date build never pays for it.
 */
public sealed interface SpecSource permits SpecSource.Bundled, SpecSource.SpecFile {

  /** A bundled version; empty means the newest. */
  record Bundled(Optional<String> version) implements SpecSource {}

  /** A spec file. */
  record SpecFile(Path path) implements SpecSource {}

  static SpecSource newest() {
    return new Bundled(Optional.empty());
  }

  /**
   * A spec named by one argument, as {@code comet diff OLD NEW} and {@code comet:diff} take it: a
   * bundled version when it looks like one and no such file exists, otherwise a file.
   */
  static SpecSource fromArgument(String argument) {
    String trimmed = argument.trim();
    Path file = Path.of(trimmed);
    return dev.cometsdk.spec.ServerVersion.tryParse(trimmed).isPresent() && !Files.exists(file)
        ? new Bundled(Optional.of(trimmed))
        : new SpecFile(file);
  }

  /** A bundled version, a file, or (neither given) the newest bundled version. */
  static SpecSource of(Optional<String> version, Optional<Path> file) {
    if (version.isPresent() && file.isPresent()) {
      throw new IllegalArgumentException("give either a server version or a spec file, not both");
    }
    return file.<SpecSource>map(SpecFile::new).orElseGet(() -> new Bundled(version));
  }

  /** The spec's bytes and their hash. */
  final class Resolved {
    private final String description;
    private final String sourceName;
    private final byte[] content;
    private final String sha256;
    private final boolean bundled;

    Resolved(String description, String sourceName, byte[] content, boolean bundled) {
      this.description = description;
      this.sourceName = sourceName;
      this.content = content;
      this.sha256 = SpecSource.sha256(content);
      this.bundled = bundled;
    }

    /** How logs name it: {@code bundled Comet Server 25.6.8} or the file path. */
    public String description() {
      return description;
    }

    public String sha256() {
      return sha256;
    }

    public boolean isBundled() {
      return bundled;
    }

    public byte[] content() {
      return content.clone();
    }

    /**
     * Parses and validates the spec.
     *
     * @throws BuildException with the validator's full report when it is invalid
     */
    public ApiSpec load() throws BuildException {
      SpecLoader.Result result = SpecLoader.validate(sourceName, content);
      if (result.spec().isEmpty()) {
        throw new BuildException("The Comet API spec " + sourceName + " is invalid:\n"
            + result.report().toText().stripTrailing());
      }
      return result.spec().get();
    }
  }

  /**
   * A cheap identity of where the spec's bytes come from, so that a build whose output records the
   * same one can skip reading and hashing the spec: for a bundled version, the version asked for
   * and the jar that bundles the specs (path, size and time, which change whenever the jar is
   * replaced). Empty when there is nothing so cheap to trust: for a spec file, and for bundled
   * specs in a folder rather than a jar (the spec module's own build and tests). Touches neither
   * the catalog nor the spec.
   */
  default Optional<String> fingerprint() {
    if (!(this instanceof Bundled bundled)) {
      return Optional.empty();
    }
    // A class literal does not initialise the class, so the catalog is not read.
    Optional<Path> jar = Fingerprints.codeLocation(BundledSpecs.class)
        .filter(location -> location.getFileName() != null && location.getFileName().toString().endsWith(".jar"));
    return jar.flatMap(Fingerprints::ofFile).map(file -> "bundled " + bundled.version().orElse("newest") + " in " + file);
  }

  /**
   * Reads the spec's bytes.
   *
   * @throws BuildException listing the bundled versions for an unknown version, or naming the
   *     missing file
   */
  default Resolved resolve() throws BuildException {
    if (this instanceof Bundled bundled) {
      BundledSpecs catalog = BundledSpecs.catalog();
      BundledSpecs.BundledVersion entry;
      try {
        entry = bundled.version().map(catalog::get).orElse(catalog.newest());
      } catch (UnknownVersionException e) {
        throw new BuildException(e.getMessage());
      }
      return new Resolved("bundled Comet Server " + entry.version(), entry.file(), catalog.content(entry), true);
    }
    Path path = ((SpecFile) this).path();
    try {
      return new Resolved(path.toString(), path.toString(), Files.readAllBytes(path), false);
    } catch (NoSuchFileException e) {
      throw new BuildException("The spec file " + path + " does not exist (nor is it a bundled version; the"
          + " bundled versions are: " + BundledSpecs.catalog().versionList() + ")");
    } catch (IOException e) {
      throw BuildException.of("Cannot read the spec file " + path, e);
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
