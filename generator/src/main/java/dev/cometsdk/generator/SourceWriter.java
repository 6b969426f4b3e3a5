package dev.cometsdk.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The one place that writes generated files to disk. */
public final class SourceWriter {
  private SourceWriter() {}

  /**
   * Writes {@code files} below {@code root}, creating folders as needed. A file whose content is
   * already the same is left untouched, so that build tools see no change.
   *
   * @return how many files were written (new or changed)
   */
  public static int write(Path root, List<GeneratedFile> files) throws IOException {
    int written = 0;
    for (GeneratedFile file : files) {
      Path target = root.resolve(file.relativePath());
      byte[] content = file.content().getBytes(StandardCharsets.UTF_8);
      if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, content);
      written++;
    }
    return written;
  }
}
