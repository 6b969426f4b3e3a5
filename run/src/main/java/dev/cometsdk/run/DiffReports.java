package dev.cometsdk.run;

import dev.cometsdk.diff.DiffResult;
import dev.cometsdk.diff.HtmlReport;
import dev.cometsdk.diff.JsonReport;
import dev.cometsdk.diff.MarkdownReport;
import dev.cometsdk.diff.TextReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a diff's reports as files, one per format. */
public final class DiffReports {
  /** The formats, by the file extension they are written with. */
  public enum Format {
    TEXT("txt"), MARKDOWN("md"), JSON("json"), HTML("html");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }

    /**
     * The format named {@code name} ({@code text}, {@code markdown}, {@code json}, {@code html}).
     *
     * @throws IllegalArgumentException listing the formats
     */
    public static Format named(String name) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown report format '" + name + "'; the formats are: text, markdown,"
            + " json, html", e);
      }
    }

    public String render(DiffResult result) {
      switch (this) {
        case TEXT:
          return TextReport.render(result);
        case MARKDOWN:
          return MarkdownReport.render(result);
        case JSON:
          return JsonReport.render(result);
        default:
          return HtmlReport.render(result);
      }
    }
  }

  private DiffReports() {}

  /** Every format, as {@code comet-diff-FROM-to-TO.EXT}; returns the paths, text first. */
  public static List<Path> write(DiffResult result, Path folder) throws BuildException {
    return write(result, folder, List.of(Format.values()));
  }

  public static List<Path> write(DiffResult result, Path folder, List<Format> formats) throws BuildException {
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Format format : formats) {
        Path path = folder.resolve("comet-diff-" + result.from() + "-to-" + result.to() + "." + format.extension());
        Files.writeString(path, format.render(result), StandardCharsets.UTF_8);
        written.add(path);
      }
    } catch (IOException e) {
      throw BuildException.of("Cannot write the diff reports to " + folder, e);
    }
    return written;
  }
}
