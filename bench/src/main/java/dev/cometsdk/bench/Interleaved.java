package dev.cometsdk.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cometsdk.runtime.CometJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A cross-check of the JMH ratios that suffers least from a shared machine: the product and its
 * baseline take turns in one JVM, in short slices, many times, and each gets the median of its
 * slices. Separate JMH forks differ by JIT decisions and by whatever ran at the time, by 15 to 20%
 * here; taking turns every few hundred milliseconds inside one warmed-up JVM removes both. Not
 * JMH, so no blackholes: every result is kept in a field that is read at the end.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.cometsdk.bench.Interleaved calls THREADS ROUNDS
 * java -cp bench/target/benchmarks.jar dev.cometsdk.bench.Interleaved decode ROUNDS
 * </pre>
 */
public final class Interleaved {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static final int WARMUP_ROUNDS = 3;
  private static final long SLICE_MILLIS = 300;

  private static volatile Object sink;

  private Interleaved() {
  }

  /** One operation of a variant. */
  private interface Op {
    Object run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    if (args.length >= 1 && args[0].equals("calls")) {
      calls(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    } else if (args.length >= 1 && args[0].equals("decode")) {
      decode(Integer.parseInt(args[1]));
    } else {
      System.err.println("usage: Interleaved calls THREADS ROUNDS | decode ROUNDS");
      System.exit(2);
    }
    if (sink == null) {
      throw new AssertionError();
    }
    System.exit(0);
  }

  /** Calls per second and process CPU per call, the variants taking turns in 300 ms slices. */
  private static void calls(int threads, int rounds) throws Exception {
    CallTarget target = new CallTarget();
    target.setUp();
    Map<String, Op> variants = new LinkedHashMap<>();
    variants.put("client", target::client);
    variants.put("httpClient baseline", () -> target.httpClient(false));
    variants.put("baseline + timeout", () -> target.httpClient(true));
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    variants.keySet().forEach(name -> {
      rates.put(name, new ArrayList<>());
      cpu.put(name, new ArrayList<>());
    });
    ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "interleaved-caller");
      thread.setDaemon(true);
      return thread;
    });
    for (int round = -WARMUP_ROUNDS; round < rounds; round++) {
      for (Map.Entry<String, Op> variant : variants.entrySet()) {
        long cpu0 = OS.getProcessCpuTime();
        long start = System.nanoTime();
        long ops = slice(pool, threads, variant.getValue());
        double seconds = (System.nanoTime() - start) / 1e9;
        long cpu1 = OS.getProcessCpuTime();
        if (round >= 0) {
          rates.get(variant.getKey()).add(ops / seconds);
          cpu.get(variant.getKey()).add((cpu1 - cpu0) / 1e3 / ops);
        }
      }
    }
    target.tearDown();
    double baseRate = median(rates.get("httpClient baseline"));
    double baseCpu = median(cpu.get("httpClient baseline"));
    System.out.printf(Locale.ROOT, "calls, %d thread(s), %d rounds of %d ms slices:%n", threads, rounds, SLICE_MILLIS);
    for (String name : variants.keySet()) {
      System.out.printf(Locale.ROOT, "  %-20s median %6.0f calls/s (slices %6.0f to %6.0f), speed ratio %.2f;"
              + " CPU %4.0f us/call, ratio %.2f%n", name, median(rates.get(name)), Collections.min(rates.get(name)),
          Collections.max(rates.get(name)), median(rates.get(name)) / baseRate, median(cpu.get(name)),
          baseCpu / median(cpu.get(name)));
    }
  }

  private static long slice(ExecutorService pool, int threads, Op op) throws Exception {
    long end = System.nanoTime() + SLICE_MILLIS * 1_000_000;
    List<Future<Long>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        long n = 0;
        Object last = null;
        while (System.nanoTime() < end) {
          last = op.run();
          n++;
        }
        sink = last;
        return n;
      }));
    }
    long total = 0;
    for (Future<Long> worker : workers) {
      total += worker.get();
    }
    return total;
  }

  /** Thread CPU time and elapsed time per decode, one decode of each variant in turn. */
  private static void decode(int rounds) throws Exception {
    byte[] body = UserListData.body();
    ObjectMapper plain = new ObjectMapper();
    TypeReference<Map<String, Object>> untyped = new TypeReference<>() { };
    Map<String, Op> variants = new LinkedHashMap<>();
    variants.put("typed", () -> CometJson.mapper().readValue(body, UserListData.TYPED));
    variants.put("Map baseline", () -> plain.readValue(body, untyped));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    Map<String, List<Double>> wall = new LinkedHashMap<>();
    variants.keySet().forEach(name -> {
      cpu.put(name, new ArrayList<>());
      wall.put(name, new ArrayList<>());
    });
    int warmup = 40;
    for (int round = -warmup; round < rounds; round++) {
      for (Map.Entry<String, Op> variant : variants.entrySet()) {
        long cpu0 = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        sink = variant.getValue().run();
        long elapsed = System.nanoTime() - start;
        long cpu1 = threads.getCurrentThreadCpuTime();
        if (round >= 0) {
          cpu.get(variant.getKey()).add((cpu1 - cpu0) / 1e6);
          wall.get(variant.getKey()).add(elapsed / 1e6);
        }
      }
    }
    double baseCpu = median(cpu.get("Map baseline"));
    double baseWall = median(wall.get("Map baseline"));
    System.out.printf(Locale.ROOT, "decode of the %d-byte AdminListUsersFull body, %d rounds after %d warm-up:%n",
        body.length, rounds, warmup);
    for (String name : variants.keySet()) {
      double w = median(wall.get(name));
      System.out.printf(Locale.ROOT, "  %-18s median %5.1f ms (best %5.1f), %4.0f MB/s, speed ratio %.2f;"
              + " thread CPU %5.1f ms, ratio %.2f%n", name, w, Collections.min(wall.get(name)),
          body.length / 1e6 / (w / 1e3), baseWall / w, median(cpu.get(name)), baseCpu / median(cpu.get(name)));
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
