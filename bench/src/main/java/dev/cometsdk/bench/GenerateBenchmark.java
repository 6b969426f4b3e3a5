package dev.cometsdk.bench;

import dev.cometsdk.generator.CometGenerator;
import dev.cometsdk.generator.GeneratedFile;
import dev.cometsdk.generator.GeneratorOptions;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.SpecLoader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generating the client for the newest bundled spec in memory ({@code CometGenerator.generate},
 * no file I/O): from a spec loaded once, and with the load and validation of the spec bytes
 * included, as the CLI and the Maven plugin do. {@link SpecLoadBenchmark#loadAndValidate} is the
 * load on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GenerateBenchmark {
  private final GeneratorOptions options = GeneratorOptions.defaults();
  private byte[] newest;
  private String source;
  private ApiSpec spec;

  @Setup
  public void load() {
    BundledSpecs catalog = BundledSpecs.catalog();
    newest = catalog.content(catalog.newest());
    source = catalog.newest().file();
    spec = SpecLoader.load(source, newest);
    List<GeneratedFile> files = new CometGenerator().generate(spec, options);
    long chars = files.stream().mapToLong(file -> file.content().length()).sum();
    System.out.printf("%n[generate] %s: %d files, %d characters%n", spec.serverVersion(), files.size(), chars);
  }

  /** The generator alone, on a spec already loaded. */
  @Benchmark
  public List<GeneratedFile> generate() {
    return new CometGenerator().generate(spec, options);
  }

  /** Loading and validating the spec bytes, then generating: what one CLI run does in memory. */
  @Benchmark
  public List<GeneratedFile> loadAndGenerate() {
    return new CometGenerator().generate(SpecLoader.load(source, newest), options);
  }
}
