#!/usr/bin/env bash
# Times whole `comet` CLI processes: N runs of each command, printing the median and the spread in
# milliseconds, and the median's ratio to the baseline, for the elapsed (wall) time and for the CPU
# time (user + system) of the process, which depends less on what else the machine is doing. The baseline is `java -version` run through
# the same loop: the cost of starting a JVM at all, which no CLI written in Java can go below.
#
# The commands take turns (run 1 of every command, then run 2 of every command, ...), so that a
# burst of load from other processes hits all of them alike instead of one whole series.
#
# The last two rows are what-ifs, not how the CLI ships: `validate` with an AppCDS archive of the
# CLI's classes (JDK 17 needs a dump run first: -XX:ArchiveClassesAtExit), and with the C2 JIT
# compiler off (-XX:TieredStopAtLevel=1). Leave them out with WHAT_IF=0.
#
#   bench/cli-timing.sh [RUNS]          (default 21 runs; build first, e.g. bench/run.sh or
#                                        mvn -B -Pbench package -pl bench,cli -am -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-21}"
jar=cli/target/comet.jar
newest=$(ls spec/src/main/resources/dev/cometsdk/spec/bundled/[0-9]*.json | sort -V | tail -1)
[[ -f "$jar" ]] || { echo "build first: mvn -B -Pbench package -pl bench,cli -am -DskipTests" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

labels=()
commands=()
add() {  # add LABEL COMMAND...   (@RUN@ in the command becomes the run number)
  labels+=("$1"); shift
  commands+=("$*")
}
add "baseline: java -version" java -version
add "comet versions" java -jar "$jar" versions
add "comet validate $(basename "$newest")" java -jar "$jar" validate "$newest"
add "comet generate --out (empty dir)" java -jar "$jar" generate --out "$tmp/out-@RUN@"
if [[ "${WHAT_IF:-1}" != 0 ]]; then
  java -XX:ArchiveClassesAtExit="$tmp/validate.jsa" -jar "$jar" validate "$newest" >/dev/null 2>&1
  add "what-if: validate, AppCDS archive" java -XX:SharedArchiveFile="$tmp/validate.jsa" -jar "$jar" validate "$newest"
  add "what-if: validate, -XX:TieredStopAtLevel=1" java -XX:TieredStopAtLevel=1 -jar "$jar" validate "$newest"
fi

run_once() {  # run_once INDEX RUN -> prints "WALL_MS CPU_MS" (CPU: user + system of the process)
  local cmd=${commands[$1]//@RUN@/$2}
  local TIMEFORMAT='%3R %3U %3S' t real user sys
  # shellcheck disable=SC2086  # the command is split on purpose; no path here has spaces
  t=$( { time $cmd >/dev/null 2>&1; } 2>&1 ) || true
  read -r real user sys <<<"$t"
  awk -v r="$real" -v u="$user" -v s="$sys" 'BEGIN { printf "%d %d\n", r * 1000, (u + s) * 1000 }'
}

median_of() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
min_of() { printf '%s\n' "$@" | sort -n | head -1; }
max_of() { printf '%s\n' "$@" | sort -n | tail -1; }

declare -A wall cpu
for ((c = 0; c < ${#commands[@]}; c++)); do
  run_once "$c" warm >/dev/null   # one untimed run to warm the file cache
done
rm -rf "$tmp"/out-*
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((i = 0; i < runs; i++)); do
  for ((c = 0; c < ${#commands[@]}; c++)); do
    read -r w p <<<"$(run_once "$c" "$i")"
    wall[$c]+="$w "
    cpu[$c]+="$p "
  done
  rm -rf "$tmp"/out-*
done

echo "java: $(java -version 2>&1 | head -1); $(nproc) cores; load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wall: elapsed time of the process; cpu: its user + system CPU time (all its threads). Medians of $runs runs."
base_wall=0
base_cpu=0
for ((c = 0; c < ${#commands[@]}; c++)); do
  # shellcheck disable=SC2086
  mw=$(median_of ${wall[$c]})
  # shellcheck disable=SC2086
  mc=$(median_of ${cpu[$c]})
  if ((c == 0)); then base_wall=$mw; base_cpu=$mc; fi
  # shellcheck disable=SC2086
  printf '%-44s wall median %6d ms (min %6d, max %6d) %6.1fx baseline | cpu median %6d ms %6.1fx baseline\n' \
    "${labels[$c]}" "$mw" "$(min_of ${wall[$c]})" "$(max_of ${wall[$c]})" \
    "$(awk -v m="$mw" -v b="$base_wall" 'BEGIN { print m / (b > 0 ? b : 1) }')" \
    "$mc" "$(awk -v m="$mc" -v b="$base_cpu" 'BEGIN { print m / (b > 0 ? b : 1) }')"
done
