#!/usr/bin/env bash
# Our generator against OpenAPI Generator (java, library native, Jackson) on the newest bundled
# spec: generation time (whole processes and warm in-process), size of the output, javac time on
# it, and probes of OpenAPI Generator's client against a stub server. Everything it fetches comes
# from Maven at run time; everything it writes goes to bench/openapi-generator/target/.
#
#   bench/openapi-generator/run.sh        (build first, once: mvn -B -q install -DskipTests)
#
# Knobs (environment): OAG_VERSION (7.25.0), WP_RUNS whole-process runs per tool (7),
# IP_ROUNDS in-process JVMs per tool (3), IP_WARMUPS (3) and IP_RUNS (5) iterations per JVM,
# JAVAC_RUNS (5). Runs of the two tools alternate; the summary gives medians and the ratios of
# runs made back to back. The results are in target/summary.txt, the raw numbers in
# target/results.tsv, the probes' output in target/probes.txt and target/our-probes.txt.
# IP_ROUNDS=0 skips the in-process timings; WP_RUNS and JAVAC_RUNS must be at least 1 (their last
# runs leave the outputs that are counted, compiled and probed).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$here/target
OAG_VERSION=${OAG_VERSION:-7.25.0}
WP_RUNS=${WP_RUNS:-7}
IP_ROUNDS=${IP_ROUNDS:-3}
IP_WARMUPS=${IP_WARMUPS:-3}
IP_RUNS=${IP_RUNS:-5}
JAVAC_RUNS=${JAVAC_RUNS:-5}

jar=$root/cli/target/comet.jar
runtime_jar=$(ls "$root"/runtime/target/comet-sdk-runtime-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)
spec_file=$(ls "$root"/spec/src/main/resources/dev/cometsdk/spec/bundled/[0-9]*.json | sort -V | tail -1)
version=$(basename "$spec_file" .json)
[[ -f "$jar" && -n "$runtime_jar" ]] || { echo "build first: mvn -B -q install -DskipTests" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }

rm -rf "$work"
mkdir -p "$work"/{lib,classes,wp,ip,javac}
results=$work/results.tsv
summary=$work/summary.txt
printf 'phase\ttool\tround\twall_ms\tcpu_ms\n' > "$results"
log() { echo "[$(date +%H:%M:%S)] $*" | tee -a "$work/run.log" >&2; }
load() { log "load: $(uptime | sed 's/.*load average/load average/')"; echo "$(date +%H:%M:%S) $1 $(uptime | sed 's/.*load average: //')" >> "$work/load.txt"; }
mvnq() { mvn -B -q -f "$here/pom.xml" "$@" > "$work/mvn.log" 2>&1 || { cat "$work/mvn.log" >&2; exit 1; }; }

# Runs a command once, appending "phase tool round wall_ms cpu_ms" to the results.
timed() {
  local phase=$1 tool=$2 round=$3 out=$4; shift 4
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$work/time.txt" "$@" > "$out" 2>&1 || { echo "failed ($phase $tool): $*" >&2; tail -20 "$out" >&2; exit 1; }
  end=$(date +%s%N)
  local cpu
  cpu=$(awk 'END { printf "%d", ($1 + $2) * 1000 }' "$work/time.txt")
  printf '%s\t%s\t%s\t%d\t%s\n' "$phase" "$tool" "$round" $(((end - start) / 1000000)) "$cpu" >> "$results"
}

load start
log "java: $(java -version 2>&1 | head -1); javac: $(javac -version 2>&1); $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
log "OpenAPI Generator $OAG_VERSION; Comet spec $version; $(nproc) cores"

# ---- 0. fetch OpenAPI Generator and the class paths, compile the harnesses ----
jackson_version=$(sed -n 's:.*<jackson.version>\(.*\)</jackson.version>.*:\1:p' "$root/pom.xml" | head -1)
mvnq dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$OAG_VERSION" -DoutputDirectory="$work/lib"
mvnq -Poag dependency:build-classpath -Doag.version="$OAG_VERSION" -DincludeScope=runtime -Dmdep.outputFile="$work/oag.cp"
mvnq -Psdk dependency:build-classpath -Djackson.version="$jackson_version" -DincludeScope=runtime -Dmdep.outputFile="$work/jackson.cp"
cli=$work/lib/openapi-generator-cli-$OAG_VERSION.jar
oag_cp=$(cat "$work/oag.cp")
ours_compile_cp=$runtime_jar:$(cat "$work/jackson.cp")
javac -d "$work/classes/ours" -cp "$jar" "$here"/src/OursInProcess.java "$here"/src/Files2.java
javac -d "$work/classes/theirs" -cp "$oag_cp" "$here"/src/TheirsInProcess.java "$here"/src/Files2.java \
  "$here"/src/FlattenCredentials.java
log "OpenAPI Generator says: $(java -jar "$cli" version)"

# ---- 1. export our OpenAPI document ----
doc=$work/comet-$version.openapi.json
java -jar "$jar" openapi --server-version "$version" --format json --output "$doc" >&2

# OpenAPI Generator's own validator on it, and on the diagnostic variant without the allOf.
java -jar "$cli" validate -i "$doc" > "$work/validate.txt" 2>&1 || true
java -cp "$work/classes/theirs:$oag_cp" FlattenCredentials "$doc" "$work/flattened.openapi.json" >&2
java -jar "$cli" validate -i "$work/flattened.openapi.json" > "$work/validate-flattened.txt" 2>&1 || true
validate_errors=$(grep -c 'is unexpected' "$work/validate.txt" || true)
validate_other=$(sed -n '/^Errors:/,/^Warnings:/p' "$work/validate.txt" | grep -c '^	- ' || true)
validate_flat_errors=$(sed -n '/^Errors:/,/^Warnings:/p' "$work/validate-flattened.txt" | grep -c '^	- ' || true)
validate_warnings=$(sed -n '/^Warnings:/,$p' "$work/validate.txt" | grep -c '^	- ' || true)

oag_args=(generate -g java --library native -p serializationLibrary=jackson --skip-validate-spec -i "$doc")
sources_only=(--global-property apiTests=false,modelTests=false,apiDocs=false,modelDocs=false)

# ---- 2a. whole processes, alternating (the order flips every round) ----
load "whole-process"
for ((r = 0; r < WP_RUNS; r++)); do
  order=(floor ours theirs-default theirs-sources)
  ((r % 2)) && order=(theirs-sources theirs-default ours floor)
  for tool in "${order[@]}"; do
    rm -rf "$work/wp/$tool"
    case $tool in
      floor) timed wp floor "$r" "$work/wp/floor.log" java -jar "$jar" versions ;;
      ours) timed wp ours "$r" "$work/wp/ours.log" java -jar "$jar" generate --server-version "$version" --out "$work/wp/ours" ;;
      theirs-default) timed wp "$tool" "$r" "$work/wp/$tool.log" java -jar "$cli" "${oag_args[@]}" -o "$work/wp/$tool" ;;
      theirs-sources) timed wp "$tool" "$r" "$work/wp/$tool.log" java -jar "$cli" "${oag_args[@]}" "${sources_only[@]}" -o "$work/wp/$tool" ;;
    esac
  done
  log "whole-process round $((r + 1))/$WP_RUNS done"
done
load "whole-process done"

# ---- 2b. in-process: one JVM per tool and round, warm-up iterations, then measured ones ----
load "in-process"
for ((r = 0; r < IP_ROUNDS; r++)); do
  order=(ours theirs)
  ((r % 2)) && order=(theirs ours)
  for tool in "${order[@]}"; do
    if [[ $tool == ours ]]; then
      java -cp "$work/classes/ours:$jar" OursInProcess "$spec_file" "$work/ip/ours" "$IP_WARMUPS" "$IP_RUNS" \
        > "$work/ip/ours-$r.log" 2>&1
    else
      java -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$work/classes/theirs:$oag_cp" TheirsInProcess \
        "$doc" "$work/ip/theirs" "$IP_WARMUPS" "$IP_RUNS" sources > "$work/ip/theirs-$r.log" 2>&1
    fi
    grep '^RESULT' "$work/ip/$tool-$r.log" | sed 's/^RESULT //' | while read -r line; do
      echo "$line" | awk -v round="$r" '{
        for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "ip\t%s\t%s\t%.0f\t%.0f\n", v["tool"], round, v["total_ms"], v["cpu_ms"] }' >> "$results"
    done
  done
  log "in-process round $((r + 1))/$IP_ROUNDS done"
done
load "in-process done"

# ---- 3. size of the outputs, javac on each ----
ours_src=$work/wp/ours
theirs_root=$work/wp/theirs-default
theirs_src=$theirs_root/src/main/java
(cd "$theirs_root" && mvn -B -q dependency:build-classpath -DincludeScope=compile -Dmdep.outputFile="$work/theirs.cp" \
  > "$work/mvn-theirs.log" 2>&1) || { cat "$work/mvn-theirs.log" >&2; exit 1; }
(cd "$theirs_root" && mvn -B -q dependency:build-classpath -DincludeScope=test -Dmdep.outputFile="$work/theirs-test.cp" \
  > "$work/mvn-theirs.log" 2>&1) || { cat "$work/mvn-theirs.log" >&2; exit 1; }
theirs_cp=$(cat "$work/theirs.cp")
find "$ours_src" -name '*.java' | sort > "$work/javac/ours.srcs"
find "$theirs_src" -name '*.java' | sort > "$work/javac/theirs.srcs"
{ cat "$work/javac/ours.srcs"; find "$root/runtime/src/main/java" -name '*.java' | sort; } > "$work/javac/ours-runtime.srcs"
javac_flags=(--release 11 -proc:none -nowarn -encoding UTF-8)

load "javac"
for ((r = 0; r < JAVAC_RUNS; r++)); do
  order=(ours theirs ours+runtime)
  ((r % 2)) && order=(ours+runtime theirs ours)
  for tool in "${order[@]}"; do
    out=$work/javac/classes-$tool
    rm -rf "$out" && mkdir -p "$out"
    case $tool in
      ours) timed javac ours "$r" "$work/javac/ours.log" javac "${javac_flags[@]}" -cp "$ours_compile_cp" -d "$out" @"$work/javac/ours.srcs" ;;
      theirs) timed javac theirs "$r" "$work/javac/theirs.log" javac "${javac_flags[@]}" -cp "$theirs_cp" -d "$out" @"$work/javac/theirs.srcs" ;;
      ours+runtime) timed javac ours+runtime "$r" "$work/javac/ours-runtime.log" javac "${javac_flags[@]}" -cp "$(cat "$work/jackson.cp")" -d "$out" @"$work/javac/ours-runtime.srcs" ;;
    esac
  done
  log "javac round $((r + 1))/$JAVAC_RUNS done"
done
load "javac done"

# Its generated tests: do they compile too? (once, untimed)
theirs_tests_compile=no
find "$theirs_root/src/test/java" -name '*.java' > "$work/javac/theirs-tests.srcs"
mkdir -p "$work/javac/classes-theirs-tests"
if javac "${javac_flags[@]}" -cp "$work/javac/classes-theirs:$(cat "$work/theirs-test.cp")" -d "$work/javac/classes-theirs-tests" \
  @"$work/javac/theirs-tests.srcs" > "$work/javac/theirs-tests.log" 2>&1; then
  theirs_tests_compile=yes
fi

# ---- 4. probes: both clients against the same stub server ----
mkdir -p "$work/probes/theirs" "$work/probes/ours"
javac -d "$work/probes/theirs" -cp "$work/javac/classes-theirs:$theirs_cp" "$here/probes/StubServer.java" "$here/probes/Probes.java"
java -cp "$work/probes/theirs:$work/javac/classes-theirs:$theirs_cp" Probes > "$work/probes.txt" 2>&1
javac -d "$work/probes/ours" -cp "$work/javac/classes-ours:$ours_compile_cp" "$here/probes/StubServer.java" "$here/probes/OurProbes.java"
java -cp "$work/probes/ours:$work/javac/classes-ours:$ours_compile_cp" OurProbes > "$work/our-probes.txt" 2>&1

# The flattened variant: does OpenAPI Generator then keep the required parameters?
java -jar "$cli" generate -g java --library native -p serializationLibrary=jackson --skip-validate-spec \
  -i "$work/flattened.openapi.json" "${sources_only[@]}" -o "$work/flattened" > "$work/flattened.log" 2>&1
# Over every Api class: the exporter's tags make OpenAPI Generator split the operations.
to_string_sends() { cat "$1"/src/main/java/org/openapitools/client/api/*Api.java | grep -c 'BasicNameValuePair("ProfileData", profileData.toString())' || true; }
required_checks() { cat "$1"/src/main/java/org/openapitools/client/api/*Api.java | grep -c "Missing the required parameter 'username'" || true; }

# ---- 5. summary ----
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
column_of() { awk -F'\t' -v p="$1" -v t="$2" -v c="$3" '$1 == p && $2 == t { print $c }' "$results"; }
med() { column_of "$1" "$2" "$3" | median; }
# Median over rounds of (median of tool b in the round) / (median of tool a in the round).
paired_ratio() {
  awk -F'\t' -v p="$1" -v a="$2" -v b="$3" -v c="$4" '
    $1 == p && ($2 == a || $2 == b) { n[$2, $3]++; v[$2, $3, n[$2, $3]] = $c; rounds[$3] = 1 }
    function med(tool, r,    k, m, i, j, t, x) {
      m = n[tool, r]; for (i = 1; i <= m; i++) x[i] = v[tool, r, i]
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (x[j] < x[i]) { t = x[i]; x[i] = x[j]; x[j] = t }
      return m % 2 ? x[(m + 1) / 2] : (x[m / 2] + x[m / 2 + 1]) / 2 }
    END { for (r in rounds) if (n[a, r] && n[b, r]) printf "%.2f\n", med(b, r) / med(a, r) }' "$results" | median
}
ratio() { awk -v x="$1" -v y="$2" 'BEGIN { if (x + 0 == 0 || y + 0 == 0) print "n/a"; else printf "%.2f", x / y }'; }
code_lines() { # lines that are neither blank nor only comment (approximate: ignores comment markers in strings)
  xargs cat | awk '
    { line = $0 }
    incomment { if (index(line, "*/")) { line = substr(line, index(line, "*/") + 2); incomment = 0 } else next }
    { while (match(line, /\/\*/)) { rest = substr(line, RSTART + 2); pre = substr(line, 1, RSTART - 1)
        if (index(rest, "*/")) line = pre substr(rest, index(rest, "*/") + 2); else { line = pre; incomment = 1 } } }
    { sub(/\/\/.*/, "", line) }
    line ~ /[^ \t]/ { n++ } END { print n + 0 }'
}
size_row() { # label, list of sources, folder of classes
  local files lines code bytes classes class_bytes
  files=$(wc -l < "$2")
  lines=$(xargs cat < "$2" | wc -l)
  code=$(code_lines < "$2")
  bytes=$(xargs cat < "$2" | wc -c)
  classes=$(find "$3" -name '*.class' | wc -l)
  class_bytes=$(find "$3" -name '*.class' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
  printf '| %s | %d | %d | %d | %d | %d | %d |\n' "$1" "$files" "$lines" "$code" "$bytes" "$classes" "$class_bytes"
}
find "$root/runtime/src/main/java" -name '*.java' | sort > "$work/javac/runtime.srcs"
mkdir -p "$work/javac/classes-runtime-only"
(cd "$work/javac/classes-runtime-only" && unzip -q -o "$runtime_jar" '*.class')

wp_floor=$(med wp floor 4); wpc_floor=$(med wp floor 5)
wp_ours=$(med wp ours 4); wp_def=$(med wp theirs-default 4); wp_src=$(med wp theirs-sources 4)
wpc_ours=$(med wp ours 5); wpc_def=$(med wp theirs-default 5); wpc_src=$(med wp theirs-sources 5)
ip_ours=$(med ip ours 4); ip_src=$(med ip theirs-sources 4)
ipc_ours=$(med ip ours 5); ipc_src=$(med ip theirs-sources 5)
jc_ours=$(med javac ours 4); jc_theirs=$(med javac theirs 4); jc_both=$(med javac ours+runtime 4)
jcc_ours=$(med javac ours 5); jcc_theirs=$(med javac theirs 5); jcc_both=$(med javac ours+runtime 5)
{
  echo "# OpenAPI Generator $OAG_VERSION vs the Comet SDK generator, spec $version ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "$(java -version 2>&1 | head -1); $(nproc) cores; load averages (1, 5, 15 min) during the run:"
  sed 's/^/    /' "$work/load.txt"
  echo
  echo "## Generation, whole processes ($WP_RUNS runs each, alternating; ms; CPU = user + sys)"
  echo
  echo "| tool | median wall | median CPU | wall ratio to ours: of medians / paired median | CPU ratio of medians |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  echo "| floor: comet versions (JVM start, CLI, spec index; generates nothing) | $wp_floor | $wpc_floor | $(ratio "$wp_floor" "$wp_ours") / $(paired_ratio wp ours floor 4) | $(ratio "$wpc_floor" "$wpc_ours") |"
  echo "| ours (comet generate) | $wp_ours | $wpc_ours | 1 | 1 |"
  echo "| OpenAPI Generator, default output | $wp_def | $wpc_def | $(ratio "$wp_def" "$wp_ours") / $(paired_ratio wp ours theirs-default 4) | $(ratio "$wpc_def" "$wpc_ours") |"
  echo "| OpenAPI Generator, sources only | $wp_src | $wpc_src | $(ratio "$wp_src" "$wp_ours") / $(paired_ratio wp ours theirs-sources 4) | $(ratio "$wpc_src" "$wpc_ours") |"
  echo
  echo "## Generation, in-process, warm ($IP_ROUNDS JVMs per tool x $IP_RUNS measured iterations after $IP_WARMUPS warm-ups; ms)"
  echo
  echo "| tool | median wall | median CPU (whole JVM) | wall ratio: of medians / paired median | CPU ratio |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  echo "| ours (load + generate + write) | $ip_ours | $ipc_ours | 1 | 1 |"
  echo "| OpenAPI Generator, sources only (parse + generate + write) | $ip_src | $ipc_src | $(ratio "$ip_src" "$ip_ours") / $(paired_ratio ip ours theirs-sources 4) | $(ratio "$ipc_src" "$ipc_ours") |"
  echo
  echo "Phases, medians of the measured iterations:"
  for tool in ours theirs; do
    { cat "$work"/ip/$tool-*.log 2>/dev/null || true; } | { grep '^RESULT' || true; } \
      | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[1] ~ /_ms$/) v[kv[1]] = v[kv[1]] " " kv[2] } }
             END { for (k in v) print k, v[k] }' \
      | while read -r k vals; do echo "    $tool $k $(echo "$vals" | tr ' ' '\n' | median)"; done | sort
  done
  echo
  echo "## Output"
  echo
  echo "Files written: ours $(find "$work/wp/ours" -type f | wc -l); OpenAPI Generator default $(find "$work/wp/theirs-default" -type f | wc -l)" \
    "(of which src/main/java $(wc -l < "$work/javac/theirs.srcs"), src/test/java $(wc -l < "$work/javac/theirs-tests.srcs")," \
    "docs/ $(find "$work/wp/theirs-default/docs" -type f | wc -l)), sources only $(find "$work/wp/theirs-sources" -type f | wc -l)"
  echo
  echo "| Java sources | files | lines | code lines | bytes | .class files | .class bytes |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  size_row "ours (generated)" "$work/javac/ours.srcs" "$work/javac/classes-ours"
  size_row "our runtime (comet-sdk-runtime, a jar it depends on)" "$work/javac/runtime.srcs" "$work/javac/classes-runtime-only"
  size_row "ours + runtime" "$work/javac/ours-runtime.srcs" "$work/javac/classes-ours+runtime"
  size_row "OpenAPI Generator (src/main/java)" "$work/javac/theirs.srcs" "$work/javac/classes-theirs"
  echo
  echo "## javac ($JAVAC_RUNS runs each, alternating; ${javac_flags[*]}; ms)"
  echo
  echo "| sources | median wall | median CPU | wall ratio to OpenAPI Generator's: of medians / paired median |"
  echo "| --- | ---: | ---: | ---: |"
  echo "| ours (runtime jar + Jackson on the class path) | $jc_ours | $jcc_ours | $(ratio "$jc_ours" "$jc_theirs") / $(paired_ratio javac theirs ours 4) |"
  echo "| ours + the runtime's sources (Jackson on the class path) | $jc_both | $jcc_both | $(ratio "$jc_both" "$jc_theirs") / $(paired_ratio javac theirs ours+runtime 4) |"
  echo "| OpenAPI Generator (its pom's compile class path) | $jc_theirs | $jcc_theirs | 1 |"
  echo
  echo "Its generated tests compile against its main classes and test class path: $theirs_tests_compile"
  echo
  echo "## OpenAPI Generator's validator on our document"
  echo
  echo "Errors: $validate_other, of which 'encoding.X is unexpected' on allOf request bodies: $validate_errors; warnings: $validate_warnings (unused models)."
  echo "After flattening the credentials allOf into each body (target/flattened.openapi.json): errors: $validate_flat_errors."
  echo "Required-parameter checks for 'username' in the Api classes: as exported $(required_checks "$work/wp/theirs-sources"), flattened $(required_checks "$work/flattened")."
  echo "ProfileData sent with toString() in the Api classes: as exported $(to_string_sends "$work/wp/theirs-sources"), flattened $(to_string_sends "$work/flattened")."
  echo
  echo "## Probes: the same stub answers, OpenAPI Generator's client (target/probes.txt) and ours (target/our-probes.txt)"
  echo
  echo "| probe | OpenAPI Generator's client | ours |"
  echo "| --- | --- | --- |"
  awk 'FNR == 1 { file++ } /^PROBE / { sub(/^PROBE /, ""); name = substr($0, 1, index($0, ": ") - 1)
         text = substr($0, index($0, ": ") + 2); if (!(name in seen)) { seen[name] = 1; order[++n] = name }
         out[file, name] = text }
       END { for (i = 1; i <= n; i++) printf "| %s | %s | %s |\n", order[i], out[1, order[i]], out[2, order[i]] }' \
    "$work/probes.txt" "$work/our-probes.txt"
} > "$summary"
load end
cat "$summary"
