package dev.cometsdk.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Cheap identities of files, so that an up-to-date build can tell a file has not changed without
 * reading it: its path, size and modification time, which change whenever the file is replaced or
 * edited.
 */
final class Fingerprints {
  private Fingerprints() {}

  /** Where {@code type} was loaded from, when that is a file or folder; empty otherwise. */
  static Optional<Path> codeLocation(Class<?> type) {
    try {
      CodeSource code = type.getProtectionDomain().getCodeSource();
      if (code == null || code.getLocation() == null || !"file".equals(code.getLocation().getProtocol())) {
        return Optional.empty();
      }
      return Optional.of(Path.of(code.getLocation().toURI()));
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }

  /** The fingerprint of the code of {@code type} ({@link #ofLocation}); empty when its location is unknown. */
  static Optional<String> ofCode(Class<?> type) {
    return codeLocation(type).flatMap(Fingerprints::ofLocation);
  }

  /**
   * A jar as {@link #ofFile} gives it, or a folder of classes (a build that stops before package)
   * by the number of files and the newest modification time among them.
   */
  static Optional<String> ofLocation(Path location) {
    if (!Files.isDirectory(location)) {
      return ofFile(location);
    }
    long files = 0;
    long newest = 0;
    try (Stream<Path> walk = Files.walk(location)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files++;
        newest = Math.max(newest, Files.getLastModifiedTime(file).to(TimeUnit.NANOSECONDS));
      }
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return Optional.empty();
    }
    return Optional.of(location + " (" + files + " files, newest modified at " + newest + " ns)");
  }

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
