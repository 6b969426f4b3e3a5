#!/usr/bin/env bash
# Builds the benchmarks and runs all of them, then prints a summary with the ratios to the
# baselines and whether each target is met. About 10 minutes on 2 cores.
#
#   bench/run.sh              build, run everything, summarise
#   SKIP_BUILD=1 bench/run.sh reuse bench/target/benchmarks.jar and the CLI jar
#   ROUNDS=3 bench/run.sh     rounds of the paired calls and of in-memory decoding (default 3)
#   CLI_RUNS=21 bench/run.sh  runs of each CLI command (default 11)
#
# Results land in bench/target/results/<timestamp>/: one JMH JSON file per run, its log, the CLI
# timing (cli.txt), the load averages (load.txt) and the summary (summary.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "building: mvn -B -q -Pbench package -pl bench,cli -am -DskipTests -Dmaven.javadoc.skip=true"
  mvn -B -q -Pbench package -pl bench,cli -am -DskipTests -Dmaven.javadoc.skip=true
fi
jar=bench/target/benchmarks.jar
out=bench/target/results/$(date +%Y%m%d-%H%M%S)
mkdir -p "$out"
call_rounds=${ROUNDS:-3}
decode_rounds=${ROUNDS:-3}

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr)"
  echo "java: $(java -version 2>&1 | head -1), $(java -version 2>&1 | sed -n 3p)"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (with uncommitted changes)')"
} > "$out/environment.txt"
cat "$out/environment.txt"

# jmh NAME REGEX [JMH OPTIONS...]: one JMH run, with the GC and CPU-time profilers.
jmh() {
  local name=$1 regex=$2
  shift 2
  echo "$name start $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"
  echo "== $name: $regex $*"
  java -jar "$jar" "$regex" "$@" -prof gc -prof dev.cometsdk.bench.CpuTimeProfiler \
    -rf json -rff "$out/$name.json" > "$out/$name.log" 2>&1 || { tail -40 "$out/$name.log"; exit 1; }
  grep -E '^\[' "$out/$name.log" | sort -u || true
  sed -n '/^Benchmark  /,$p' "$out/$name.log" | grep -vE ':(gc\.count|gc\.time|gc\.alloc\.rate |p0\.[0-4]|p0\.9|p1\.)|^$|^Benchmark result' || true
  echo "$name end $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"
}

jmh spec 'SpecLoadBenchmark' -wi 3 -w 1 -i 5 -r 1
jmh generate 'GenerateBenchmark' -wi 3 -w 2 -i 5 -r 2
jmh calls 'CallsBenchmark\.(client|httpClient)' -wi 3 -w 1 -i 5 -r 1
jmh stub 'CallsBenchmark\.stubCeiling' -wi 2 -w 1 -i 3 -r 1
jmh overhead 'CallOverheadBenchmark' -wi 5 -w 2 -i 5 -r 1
# The ratios with a target are measured in rounds (a fresh JVM each): the call pairs run side by
# side, the in-memory decoding product and baseline a few seconds apart.
for ((r = 1; r <= call_rounds; r++)); do
  jmh "pair-$r" 'CallsPairBenchmark' -wi 3 -w 1 -i 5 -r 1
done
for ((r = 1; r <= decode_rounds; r++)); do
  jmh "decode-$r" 'DecodeBenchmark\.(typed|untypedMapBaseline)$' -wi 5 -w 1 -i 5 -r 1
done
jmh decode-e2e 'DecodeBenchmark\.(clientEndToEnd|httpClientToMapBaseline)$' -wi 5 -w 1 -i 5 -r 1

# Cross-check: product and baseline taking turns in one JVM (not JMH; see Interleaved.java).
echo "== interleaved"
echo "interleaved start $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"
{
  java -Xms1g -Xmx1g -cp "$jar" dev.cometsdk.bench.Interleaved calls 1 20
  java -Xms1g -Xmx1g -cp "$jar" dev.cometsdk.bench.Interleaved calls 8 20
  java -Xms2g -Xmx2g -cp "$jar" dev.cometsdk.bench.Interleaved decode 150
} 2>&1 | grep -vE '^$|^\[' | tee "$out/interleaved.txt"
echo "interleaved end $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"

echo "== CLI processes"
echo "cli start $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"
bench/cli-timing.sh "${CLI_RUNS:-11}" | tee "$out/cli.txt"
echo "cli end $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/load.txt"

echo
java -cp "$jar" dev.cometsdk.bench.Summary "$out"
