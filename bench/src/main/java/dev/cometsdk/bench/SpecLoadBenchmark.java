package dev.cometsdk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
import dev.cometsdk.spec.SpecLoader;
import java.io.IOException;
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
 * Loading plus validating the newest bundled spec from bytes already in memory, against the
 * floor of merely parsing the same bytes into a Jackson tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SpecLoadBenchmark {
  private final ObjectMapper mapper = new ObjectMapper();
  private byte[] newest;
  private String source;

  @Setup
  public void readFile() {
    BundledSpecs catalog = BundledSpecs.catalog();
    newest = catalog.content(catalog.newest());
    source = catalog.newest().file();
  }

  /** The product: parse with locations, decode, validate every rule, build the model. */
  @Benchmark
  public ApiSpec loadAndValidate() {
    return SpecLoader.load(source, newest);
  }

  /** Baseline: Jackson databind parsing the same bytes into a tree, with no checks at all. */
  @Benchmark
  public JsonNode jacksonTreeBaseline() throws IOException {
    return mapper.readTree(newest);
  }
}
