package dev.cometsdk.spec;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Comet Server version such as {@code 23.9.11}. Versions order numerically part by part, so
 * {@code 23.9.11} comes after {@code 23.9.9}, and {@code 24.12.2} after {@code 24.9.6}.
 */
public record ServerVersion(int major, int minor, int revision) implements Comparable<ServerVersion> {

  private static final Pattern FORMAT = Pattern.compile("(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})");
  private static final Comparator<ServerVersion> ORDER =
      Comparator.comparingInt(ServerVersion::major)
          .thenComparingInt(ServerVersion::minor)
          .thenComparingInt(ServerVersion::revision);

  public ServerVersion {
    if (major < 0 || minor < 0 || revision < 0) {
      throw new IllegalArgumentException("version parts must not be negative: " + major + "." + minor + "." + revision);
    }
  }

  /**
   * Parses {@code MAJOR.MINOR.REVISION}, three non-negative decimal numbers without leading zeros.
   *
   * @throws IllegalArgumentException naming the text when it is not such a version
   */
  public static ServerVersion parse(String text) {
    return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
        "not a server version: '" + text + "' (expected MAJOR.MINOR.REVISION, e.g. 25.6.8)"));
  }

  /** Like {@link #parse} but empty instead of throwing. */
  public static Optional<ServerVersion> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = FORMAT.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    return Optional.of(new ServerVersion(
        Integer.parseInt(matcher.group(1)),
        Integer.parseInt(matcher.group(2)),
        Integer.parseInt(matcher.group(3))));
  }

  @Override
  public int compareTo(ServerVersion other) {
    return ORDER.compare(this, other);
  }

  public boolean isAfter(ServerVersion other) {
    return compareTo(other) > 0;
  }

  public boolean isBefore(ServerVersion other) {
    return compareTo(other) < 0;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + revision;
  }
}
