package dev.cometsdk.bench;

import dev.cometsdk.client.model.UserProfileConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The generated client and the {@code java.net.http} baseline of {@link CallsBenchmark} running at
 * the same time, each with its own threads, HTTP client and connections, against one stub. Whatever
 * else the machine is doing slows both alike, so the ratio of their calls per second holds even
 * when the absolute numbers do not: this is the figure for the "at least 0.8x" target. The cost
 * is that the absolute rates are those of two loops sharing the CPU, not of one alone.
 *
 * <p>{@code sequential}: one thread each, every thread calling in a loop. {@code threads8}: eight
 * threads each.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CallsPairBenchmark {

  @Benchmark
  @Group("sequential")
  @GroupThreads(1)
  public UserProfileConfig sequentialClient(CallTarget target) throws Exception {
    return target.client();
  }

  @Benchmark
  @Group("sequential")
  @GroupThreads(1)
  public UserProfileConfig sequentialHttpClient(CallTarget target) throws Exception {
    return target.httpClient(false);
  }

  @Benchmark
  @Group("threads8")
  @GroupThreads(8)
  public UserProfileConfig threads8Client(CallTarget target) throws Exception {
    return target.client();
  }

  @Benchmark
  @Group("threads8")
  @GroupThreads(8)
  public UserProfileConfig threads8HttpClient(CallTarget target) throws Exception {
    return target.httpClient(false);
  }
}
