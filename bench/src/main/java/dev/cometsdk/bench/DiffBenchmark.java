package dev.cometsdk.bench;

import dev.cometsdk.diff.Change;
import dev.cometsdk.diff.SpecDiffer;
import dev.cometsdk.spec.ApiSpec;
import dev.cometsdk.spec.BundledSpecs;
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
 * The differ on the widest gap the bundled history has: the oldest against the newest version,
 * both specs already loaded. The baseline is loading one spec, to put the figure in proportion.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiffBenchmark {
  private ApiSpec oldest;
  private ApiSpec newest;
  private byte[] newestBytes;

  @Setup
  public void loadSpecs() {
    BundledSpecs catalog = BundledSpecs.catalog();
    oldest = catalog.load(catalog.oldest());
    newest = catalog.loadNewest();
    newestBytes = catalog.content(catalog.newest());
  }

  /** Every rule over 22.6.9 -> 25.6.8. */
  @Benchmark
  public List<Change> diffOldestToNewest() {
    return SpecDiffer.diff(oldest, newest);
  }

  /** Reference: loading and validating the newest spec once. */
  @Benchmark
  public ApiSpec loadNewestReference() {
    return dev.cometsdk.spec.SpecLoader.load("25.6.8.json", newestBytes);
  }
}
