package dev.cometsdk.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small file in the output folder that records what the last generation was made from (a stamp
 * over the spec's hash, the options and the generator version) and which files it wrote, so that
 * the next build can tell it is up to date, or remove files that are no longer generated.
 *
 * <p>It is plain text, one {@code key value} per line, because an up-to-date build reads nothing
 * else: parsing it needs no JSON library, whose loading in a fresh Maven JVM would cost more than
 * the whole check.
 *
 * @param spec where the spec came from, so that the next build can skip reading and hashing it
 *     when that has not changed
 * @param lockFingerprint {@link Fingerprints#ofFile} of the lock file as this generation left it,
 *     empty without one, so that the next build can skip parsing it when it has not changed
 */
record OutputManifest(String stamp, List<String> files, SpecRecord spec, String lockFingerprint) {
  /**
   * The spec of the last generation.
   *
   * @param fingerprint {@link SpecSource#fingerprint()}, empty when there was none
   * @param sha256 the spec's hash
   * @param description how logs name it
   */
  record SpecRecord(String fingerprint, String sha256, String description) {
    static final SpecRecord NONE = new SpecRecord("", "", "");
  }

  static final String FILE_NAME = ".comet-generated";
  /** The JSON manifest of generator versions up to 0.1.0; deleted when a new manifest is written. */
  static final String OLD_FILE_NAME = ".comet-generated.json";

  private static final String HEADER = "# What the Comet SDK generator made this folder from, and the files it wrote."
      + " Do not edit.";

  /** The manifest in {@code outputDirectory}; empty when there is none or it cannot be read. */
  static Optional<OutputManifest> read(Path outputDirectory) {
    Path path = outputDirectory.resolve(FILE_NAME);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    String stamp = "";
    String fingerprint = "";
    String sha256 = "";
    String description = "";
    String lockFingerprint = "";
    List<String> files = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        int space = line.indexOf(' ');
        if (line.startsWith("#") || space < 0) {
          continue;
        }
        String value = line.substring(space + 1);
        switch (line.substring(0, space)) {
          case "stamp" -> stamp = value;
          case "spec-fingerprint" -> fingerprint = value;
          case "spec-sha256" -> sha256 = value;
          case "spec-description" -> description = value;
          case "lock-fingerprint" -> lockFingerprint = value;
          case "file" -> files.add(value);
          default -> { }
        }
      }
    } catch (IOException e) {
      // A damaged manifest only costs a regeneration.
      return Optional.empty();
    }
    return Optional.of(new OutputManifest(stamp, files, new SpecRecord(fingerprint, sha256, description),
        lockFingerprint));
  }

  /** The same files, made from the same spec, now found through these fingerprints. */
  OutputManifest withFingerprints(String specFingerprint, String lockFingerprint) {
    return new OutputManifest(stamp, files, new SpecRecord(specFingerprint, spec.sha256(), spec.description()),
        lockFingerprint);
  }

  void write(Path outputDirectory) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    appendLine(text, "stamp", stamp);
    appendLine(text, "spec-fingerprint", spec.fingerprint());
    appendLine(text, "spec-sha256", spec.sha256());
    appendLine(text, "spec-description", spec.description());
    appendLine(text, "lock-fingerprint", lockFingerprint);
    files.forEach(file -> appendLine(text, "file", file));
    Files.writeString(outputDirectory.resolve(FILE_NAME), text, StandardCharsets.UTF_8);
    Files.deleteIfExists(outputDirectory.resolve(OLD_FILE_NAME));
  }

  /** A value with a line break (a folder name could have one) is left out; the next build then regenerates. */
  private static void appendLine(StringBuilder text, String key, String value) {
    if (!value.isEmpty() && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      text.append(key).append(' ').append(value).append('\n');
    }
  }

  /** Whether every file it lists still exists below {@code outputDirectory}. */
  boolean filesPresent(Path outputDirectory) {
    for (String file : files) {
      if (!Files.isRegularFile(outputDirectory.resolve(file))) {
        return false;
      }
    }
    return true;
  }
}
