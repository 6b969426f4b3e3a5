package dev.cometsdk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the results of one {@code bench/run.sh} run (JMH JSON files, the CLI timing and the load
 * averages) and prints the figures, the ratios to their baselines and whether each target is met.
 *
 * <p>Results of the same benchmark in several rounds ({@code calls-1.json}, {@code calls-2.json},
 * ...) give one ratio per round, each between numbers measured minutes apart at most; the summary
 * shows every round's ratio and their median.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.cometsdk.bench.Summary RESULTS_DIR</pre>
 */
public final class Summary {
  private static final Pattern ROUND = Pattern.compile("(.*)-(\\d+)\\.json");

  /** benchmark simple name (Class.method) -> round -> result. */
  private final Map<String, Map<Integer, JsonNode>> results = new TreeMap<>();
  private final StringBuilder out = new StringBuilder();

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Summary RESULTS_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Summary summary = new Summary();
    summary.read(dir);
    String text = summary.render(dir);
    System.out.print(text);
    Files.writeString(dir.resolve("summary.txt"), text, StandardCharsets.UTF_8);
  }

  private void read(Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      Matcher m = ROUND.matcher(file.getFileName().toString());
      int round = m.matches() ? Integer.parseInt(m.group(2)) : 1;
      for (JsonNode result : mapper.readTree(file.toFile())) {
        String name = result.get("benchmark").asText();
        name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        results.computeIfAbsent(name, k -> new TreeMap<>()).put(round, result);
      }
    }
  }

  private String render(Path dir) throws IOException {
    line("Comet SDK benchmarks: %s", dir.getFileName());
    Path env = dir.resolve("environment.txt");
    if (Files.exists(env)) {
      Files.readAllLines(env).forEach(l -> line("  %s", l));
    }
    Path loadFile = dir.resolve("load.txt");
    if (Files.exists(loadFile)) {
      List<Double> loads = new ArrayList<>();
      for (String l : Files.readAllLines(loadFile)) {
        String[] parts = l.trim().split("\\s+");
        if (parts.length > 1) {
          loads.add(Double.parseDouble(parts[parts.length - 3]));
        }
      }
      if (!loads.isEmpty()) {
        line("  1-minute load average at the start and end of each JMH run (2 cores = 2.0 fully busy): "
            + "min %.1f, median %.1f, max %.1f", Collections.min(loads), median(loads), Collections.max(loads));
      }
    }
    line("");

    line("1. Spec: load + validate the newest spec in-process (warm; SampleTime, medians)");
    time("SpecLoadBenchmark.loadAndValidate", "product");
    time("SpecLoadBenchmark.jacksonTreeBaseline", "baseline");
    double load = p50("SpecLoadBenchmark.loadAndValidate", 1);
    double tree = p50("SpecLoadBenchmark.jacksonTreeBaseline", 1);
    if (!Double.isNaN(load)) {
      line("   load+validate takes %.1fx the time of the Jackson tree parse; target < 100 ms: %s", load / tree,
          load < 100 ? "MET" : "NOT MET");
    }
    line("");

    line("2. Generation of the newest spec in-process (warm; SampleTime, medians)");
    time("GenerateBenchmark.generate", "product");
    time("GenerateBenchmark.loadAndGenerate", "load + generate");
    double gen = p50("GenerateBenchmark.generate", 1);
    if (!Double.isNaN(gen) && !Double.isNaN(load)) {
      line("   generate takes %.1fx the time of load+validate (SpecLoadBenchmark)", gen / load);
    }
    line("");

    line("3. Calls per second against the loopback stub (Throughput; medians of the 1 s iterations)");
    line("   a) client and baseline side by side (CallsPairBenchmark), the ratio with the target:");
    pair("sequential", "sequentialClient", "sequentialHttpClient");
    pair("threads8", "threads8Client", "threads8HttpClient");
    line("   b) each alone (CallsBenchmark), for the absolute rates, CPU time and allocation per call:");
    calls("1 thread ", "CallsBenchmark.client1Thread", "CallsBenchmark.httpClient1ThreadBaseline");
    calls("8 threads", "CallsBenchmark.client8Threads", "CallsBenchmark.httpClient8ThreadsBaseline");
    calls("timeout  ", "CallsBenchmark.httpClient1ThreadWithTimeout", "CallsBenchmark.httpClient1ThreadBaseline");
    line("   c) the work around the HTTP exchange, without network (CallOverheadBenchmark, AverageTime):");
    for (String name : List.of("CallOverheadBenchmark.clientWithoutNetwork",
        "CallOverheadBenchmark.httpClientWithoutNetworkBaseline")) {
      if (results.containsKey(name)) {
        JsonNode r = results.get(name).get(firstRound(name));
        line("   %-40s %7.2f us/call (± %.2f)  alloc %s  cpu %s, benchmark thread %.2f us/op", name.substring(22),
            r.get("primaryMetric").get("score").asDouble(), error(r), alloc(r), cpu(r),
            metric(r, "cpu.worker.norm"));
      }
    }
    line("   d) the stub alone, driven by a bare socket client replaying the same request:");
    for (String stub : List.of("CallsBenchmark.stubCeiling1Thread", "CallsBenchmark.stubCeiling8Threads")) {
      if (results.containsKey(stub)) {
        line("   %-40s %7.0f ops/s", stub.substring(15), p50(stub, firstRound(stub)));
      }
    }
    line("");

    line("4. Decoding AdminListUsersFull, 2,000 profiles (SampleTime; MB/s = body size / median time;"
        + " best = fastest single decode)");
    int size = UserListData.body().length;
    decode(size, "DecodeBenchmark.typed", "DecodeBenchmark.untypedMapBaseline", "in memory");
    decode(size, "DecodeBenchmark.clientEndToEnd", "DecodeBenchmark.httpClientToMapBaseline", "end to end");
    line("");

    Path interleaved = dir.resolve("interleaved.txt");
    if (Files.exists(interleaved)) {
      line("5. Cross-check: product and baseline taking turns in one warmed-up JVM (Interleaved; not JMH)");
      Files.readAllLines(interleaved).forEach(l -> line("   %s", l));
      line("");
    }

    Path cli = dir.resolve("cli.txt");
    if (Files.exists(cli)) {
      line("CLI processes (bench/cli-timing.sh)");
      Files.readAllLines(cli).forEach(l -> line("   %s", l));
    }
    return out.toString();
  }

  private void time(String name, String role) {
    Map<Integer, JsonNode> rounds = results.get(name);
    if (rounds == null) {
      line("   %-36s (not run)", name);
      return;
    }
    for (Map.Entry<Integer, JsonNode> round : rounds.entrySet()) {
      JsonNode primary = round.getValue().get("primaryMetric");
      line("   %-36s median %8.2f ms  (mean %.2f ± %.2f ms, p90 %.2f)  alloc %s  cpu %s  [%s]", name.substring(
              name.indexOf('.') + 1), primary.get("scorePercentiles").get("50.0").asDouble(),
          primary.get("score").asDouble(), primary.get("scoreError").asDouble(),
          primary.get("scorePercentiles").get("90.0").asDouble(), alloc(round.getValue()), cpu(round.getValue()),
          role);
    }
  }

  private void calls(String label, String product, String baseline) {
    if (!results.containsKey(product) || !results.containsKey(baseline)) {
      return;
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> cpuRatios = new ArrayList<>();
    for (Integer round : results.get(product).keySet()) {
      JsonNode p = results.get(product).get(round);
      JsonNode b = results.get(baseline).get(round);
      if (b == null) {
        continue;
      }
      double ratio = p50(product, round) / p50(baseline, round);
      ratios.add(ratio);
      double pc = metric(p, "cpu.time.norm");
      double bc = metric(b, "cpu.time.norm");
      if (!Double.isNaN(pc) && !Double.isNaN(bc)) {
        cpuRatios.add(bc / pc);
      }
      line("   %s %-28s %7.0f ops/s (mean ± error %.0f ± %.0f)  alloc %s  cpu %s", label,
          product.substring(15), p50(product, round), p.get("primaryMetric").get("score").asDouble(), error(p),
          alloc(p), cpu(p));
      line("   %s %-28s %7.0f ops/s (mean ± error %.0f ± %.0f)  alloc %s  cpu %s", label,
          baseline.substring(15), p50(baseline, round), b.get("primaryMetric").get("score").asDouble(), error(b),
          alloc(b), cpu(b));
      line("   %s -> speed ratio %.2f; by CPU time per call %.2f", label, ratio,
          cpuRatios.isEmpty() ? Double.NaN : cpuRatios.get(cpuRatios.size() - 1));
    }
  }

  /** A JMH group: the product and the baseline ran at the same time; ratios per iteration. */
  private void pair(String group, String product, String baseline) {
    String name = "CallsPairBenchmark." + group;
    if (!results.containsKey(name)) {
      return;
    }
    List<Double> roundRatios = new ArrayList<>();
    List<Double> iterationRatios = new ArrayList<>();
    for (Map.Entry<Integer, JsonNode> round : results.get(name).entrySet()) {
      JsonNode p = round.getValue().get("secondaryMetrics").get(product);
      JsonNode b = round.getValue().get("secondaryMetrics").get(baseline);
      double pm = p.get("scorePercentiles").get("50.0").asDouble();
      double bm = b.get("scorePercentiles").get("50.0").asDouble();
      roundRatios.add(pm / bm);
      JsonNode pi = p.get("rawData").get(0);
      JsonNode bi = b.get("rawData").get(0);
      for (int i = 0; i < Math.min(pi.size(), bi.size()); i++) {
        iterationRatios.add(pi.get(i).asDouble() / bi.get(i).asDouble());
      }
      line("   %-10s round %d: client %7.0f ops/s, baseline %7.0f ops/s -> speed ratio %.2f", group,
          round.getKey(), pm, bm, pm / bm);
    }
    double ratio = median(roundRatios);
    line("   %-10s median speed ratio %.2f over %d round(s); per 1 s iteration: min %.2f, median %.2f, max %.2f;"
            + " target >= 0.8x: %s", group, ratio, roundRatios.size(), Collections.min(iterationRatios),
        median(iterationRatios), Collections.max(iterationRatios), ratio >= 0.8 ? "MET" : "NOT MET");
  }

  private void decode(int size, String product, String baseline, String label) {
    if (!results.containsKey(product) || !results.containsKey(baseline)) {
      return;
    }
    List<Double> byMedian = new ArrayList<>();
    List<Double> byMin = new ArrayList<>();
    List<Double> byWorkerCpu = new ArrayList<>();
    for (Integer round : results.get(product).keySet()) {
      if (!results.get(baseline).containsKey(round)) {
        continue;
      }
      byMedian.add(p50(baseline, round) / p50(product, round));
      byMin.add(percentile(baseline, round, "0.0") / percentile(product, round, "0.0"));
      double pw = metric(results.get(product).get(round), "cpu.worker.norm");
      double bw = metric(results.get(baseline).get(round), "cpu.worker.norm");
      if (!Double.isNaN(pw) && !Double.isNaN(bw)) {
        byWorkerCpu.add(bw / pw);
      }
      for (String name : List.of(product, baseline)) {
        JsonNode r = results.get(name).get(round);
        double t = p50(name, round);
        line("   %s round %d: %-24s median %6.1f ms, min %6.1f (mean %.1f ± %.1f)  %5.0f MB/s  alloc %s  cpu %s,"
                + " benchmark thread %s", label, round, name.substring(16), t, percentile(name, round, "0.0"),
            r.get("primaryMetric").get("score").asDouble(), error(r), size / 1e6 / (t / 1e3), alloc(r), cpu(r),
            workerCpu(r));
      }
    }
    if (byMedian.isEmpty()) {
      return;
    }
    String target = label.equals("in memory")
        ? (median(byMedian) >= 1.0 ? "; target >= 1.0x: MET" : "; target >= 1.0x: NOT MET") : "";
    line("   %s: typed speed / baseline speed, by median time %.2f (rounds: %s), by best time %.2f (rounds: %s),"
            + " by benchmark-thread CPU %.2f%s", label, median(byMedian), format(byMedian), median(byMin),
        format(byMin), byWorkerCpu.isEmpty() ? Double.NaN : median(byWorkerCpu), target);
  }

  private double percentile(String name, int round, String which) {
    return results.get(name).get(round).get("primaryMetric").get("scorePercentiles").get(which).asDouble();
  }

  private static String workerCpu(JsonNode result) {
    double us = metric(result, "cpu.worker.norm");
    return Double.isNaN(us) ? "n/a" : String.format(Locale.ROOT, "%.1f ms/op", us / 1e3);
  }

  private int firstRound(String name) {
    return results.get(name).keySet().iterator().next();
  }

  private double p50(String name, int round) {
    Map<Integer, JsonNode> rounds = results.get(name);
    if (rounds == null || !rounds.containsKey(round)) {
      return Double.NaN;
    }
    return rounds.get(round).get("primaryMetric").get("scorePercentiles").get("50.0").asDouble();
  }

  private static double error(JsonNode result) {
    return result.get("primaryMetric").get("scoreError").asDouble();
  }

  private static double metric(JsonNode result, String name) {
    JsonNode m = result.path("secondaryMetrics").path(name);
    return m.isMissingNode() ? Double.NaN : m.get("score").asDouble();
  }

  private static String alloc(JsonNode result) {
    double bytes = metric(result, "gc.alloc.rate.norm");
    if (Double.isNaN(bytes)) {
      return "n/a";
    }
    return bytes >= 1e6 ? String.format(Locale.ROOT, "%.1f MB/op", bytes / 1e6)
        : String.format(Locale.ROOT, "%.1f KB/op", bytes / 1e3);
  }

  private static String cpu(JsonNode result) {
    double us = metric(result, "cpu.time.norm");
    if (Double.isNaN(us)) {
      return "n/a";
    }
    return us >= 1000 ? String.format(Locale.ROOT, "%.1f ms/op", us / 1e3)
        : String.format(Locale.ROOT, "%.0f us/op", us);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String format(List<Double> values) {
    List<String> parts = new ArrayList<>();
    values.forEach(v -> parts.add(String.format(Locale.ROOT, "%.2f", v)));
    return String.join(", ", parts);
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
