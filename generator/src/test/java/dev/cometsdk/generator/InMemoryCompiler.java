package dev.cometsdk.generator;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with javac as users will: {@code --release 11}, every lint warning
 * on and turned into an error, against the test class path (the runtime and Jackson). Public for
 * the differ's japicmp evidence test, which compiles every bundled version with it.
 */
public final class InMemoryCompiler {
  private InMemoryCompiler() {}

  /** What javac said, and where the class files went. */
  public record Result(boolean success, List<String> diagnostics, Path classes) {}

  public static Result compile(List<GeneratedFile> files, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<JavaFileObject> sources = new ArrayList<>();
    for (GeneratedFile file : files) {
      sources.add(new SimpleJavaFileObject(URI.create("string:///" + file.relativePath()), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return file.content();
        }
      });
    }
    Files.createDirectories(classes);
    List<String> options = List.of("--release", "11", "-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8",
        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
    try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean success = compiler.getTask(null, manager, diagnostics, options, null, sources).call();
      List<String> messages = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE || !success)
          .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber())
              + " " + d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
      return new Result(success, messages, classes);
    }
  }
}
