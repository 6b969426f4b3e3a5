package dev.cometsdk.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client of every bundled version compiles cleanly and is generated deterministically. It
 * takes minutes, so it runs only in the Maven profile {@code all-versions}:
 * {@code mvn -pl generator -am verify -Pall-versions}.
 */
@Tag(AllVersionsCompileTest.TAG)
class AllVersionsCompileTest {
  static final String TAG = "all-versions";

  @TempDir
  Path classes;

  static Stream<String> bundledVersions() {
    return BundledSpecs.catalog().versions().stream().map(entry -> entry.version().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledVersions")
  void bundledVersionCompilesWithoutWarnings(String version) throws IOException {
    ApiSpec spec = BundledSpecs.catalog().load(version);
    List<GeneratedFile> files = new CometGenerator().generate(spec, GeneratorOptions.defaults());
    assertEquals(files, new CometGenerator().generate(spec, GeneratorOptions.defaults()),
        "generating " + version + " twice gave different files");
    NewestSpecCompilesTest.assertCompiles(spec, files, classes);
  }
}
