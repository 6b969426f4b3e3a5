package dev.cometsdk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, in microseconds, where wall-clock figures also depend on how much CPU
 * other processes leave us. Use with {@code -prof dev.cometsdk.bench.CpuTimeProfiler}.
 *
 * <ul>
 *   <li>{@code cpu.time.norm}: the CPU time of the whole benchmark JVM in an iteration, divided by
 *       the operations it ran. It counts every thread: the benchmark threads, the HTTP client's
 *       selector and executor threads, the in-process stub, GC and JIT.</li>
 *   <li>{@code cpu.worker.norm}: the CPU time of JMH's benchmark threads only, the ones running
 *       the benchmark method. For a single-threaded, CPU-bound benchmark such as decoding, this
 *       is the operation's own cost, without GC threads and JIT compilation; for a call, only
 *       the part done on the calling thread.</li>
 * </ul>
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Map<Long, Long> startWorkerCpu = new HashMap<>();
  private long startCpu;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    startWorkerCpu.clear();
    for (Thread worker : workers()) {
      startWorkerCpu.put(worker.getId(), threads.getThreadCpuTime(worker.getId()));
    }
    startCpu = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                     IterationResult result) {
    long cpu = os.getProcessCpuTime() - startCpu;
    long worker = 0;
    for (Thread thread : workers()) {
      long now = threads.getThreadCpuTime(thread.getId());
      if (now >= 0) {
        worker += now - startWorkerCpu.getOrDefault(thread.getId(), 0L);
      }
    }
    long ops = result.getMetadata().getAllOps();
    if (ops <= 0 || cpu < 0) {
      return List.of();
    }
    return List.of(new ScalarResult("cpu.time.norm", cpu / 1e3 / ops, "us/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.worker.norm", worker / 1e3 / ops, "us/op", AggregationPolicy.AVG));
  }

  /** JMH's benchmark threads, which run the benchmark method itself. */
  private static List<Thread> workers() {
    List<Thread> workers = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().contains("jmh-worker")) {
        workers.add(thread);
      }
    }
    return workers;
  }
}
