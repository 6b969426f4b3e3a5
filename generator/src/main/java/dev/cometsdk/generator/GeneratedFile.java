package dev.cometsdk.generator;

import java.util.Objects;

/**
 * One generated source file, in memory.
 *
 * @param relativePath the path below the output root, with {@code /} separators
 *     ({@code dev/cometsdk/client/CometClient.java})
 */
public record GeneratedFile(String relativePath, String content) {
  public GeneratedFile {
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(content, "content");
  }
}
