package dev.cometsdk.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Cheap identities of files, so that an up-to-date build can tell a file has not changed without
 * reading it: its path, size and modification time, which change whenever the file is replaced or
 * edited.
 */
final class Fingerprints {
  private Fingerprints() {}

  /** The fingerprint of a regular file; empty when there is none or it cannot be read. */
  static Optional<String> ofFile(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        return Optional.empty();
      }
      // The time as a number: FileTime's text form loads java.time, a few milliseconds in a fresh JVM.
      return Optional.of(file.toAbsolutePath() + " (" + attributes.size() + " bytes, modified at "
          + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) + " ns)");
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
