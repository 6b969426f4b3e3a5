package dev.cometsdk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client for the newest bundled spec, generated in memory, compiles as users compile it
 * ({@code --release 11}, every lint on, warnings as errors), and the same spec always gives the
 * same files. {@link AllVersionsCompileTest} does the same for every bundled version, on request.
 */
class NewestSpecCompilesTest {

  @TempDir
  Path classes;

  @Test
  void newestBundledSpecCompilesWithoutWarnings() throws IOException {
    ApiSpec spec = BundledSpecs.catalog().loadNewest();
    List<GeneratedFile> files = new CometGenerator().generate(spec, GeneratorOptions.defaults());
    assertCompiles(spec, files, classes);
  }

  @Test
  void generatingTwiceGivesEqualFiles() {
    ApiSpec spec = BundledSpecs.catalog().loadNewest();
    List<GeneratedFile> first = new CometGenerator().generate(spec, GeneratorOptions.defaults());
    List<GeneratedFile> second = new CometGenerator().generate(spec, GeneratorOptions.defaults());
    assertEquals(first, second);
  }

  /** Compiles the files and fails with javac's diagnostics on any error or warning. */
  static void assertCompiles(ApiSpec spec, List<GeneratedFile> files, Path classes) throws IOException {
    assertFalse(files.isEmpty(), "nothing generated for " + spec);
    InMemoryCompiler.Result result = InMemoryCompiler.compile(files, classes);
    assertTrue(result.success() && result.diagnostics().isEmpty(),
        () -> "the client for " + spec.serverVersion() + " does not compile cleanly:\n"
            + String.join("\n", result.diagnostics()));
  }
}
