package dev.cometsdk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** Where a command's document goes: the terminal, or {@code --output} with one line saying so. */
final class Output {
  private Output() {}

  /** Prints {@code text}, or writes it to {@code file} (folders created) and prints {@code written} + the path. */
  static void write(CommandLine commandLine, Path file, String text, String written) throws IOException {
    PrintWriter out = commandLine.getOut();
    if (file == null) {
      out.print(text);
    } else {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      out.println(written + file);
    }
    out.flush();
  }
}
