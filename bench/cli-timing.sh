#!/usr/bin/env bash
# Times whole `comet` CLI processes: N runs of a command, printing the median and the spread in
# milliseconds. The baseline is `java -version` run through the same loop: the cost of starting
# a JVM at all, which no CLI written in Java can go below.
#
#   bench/cli-timing.sh [RUNS]          (default 21 runs; build first: mvn -B install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
jar=generator/target/comet-generator.jar
newest=$(ls spec/src/main/resources/dev/cometsdk/spec/bundled/[0-9]*.json | sort -V | tail -1)
[[ -f "$jar" ]] || { echo "build first: mvn -B install -DskipTests" >&2; exit 2; }

median_ms() {
  local label="$1"; shift
  local times=()
  "$@" >/dev/null 2>&1 || true   # one untimed run to warm the file cache
  for ((i = 0; i < runs; i++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  local sorted
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  printf '%-44s median %5d ms   min %5d ms   max %5d ms   (%d runs)\n' \
    "$label" "${sorted[$((runs / 2))]}" "${sorted[0]}" "${sorted[$((runs - 1))]}" "$runs"
}

echo "java: $(java -version 2>&1 | head -1)"
median_ms "baseline: java -version" java -version
median_ms "comet versions" java -jar "$jar" versions
median_ms "comet validate $(basename "$newest")" java -jar "$jar" validate "$newest"
