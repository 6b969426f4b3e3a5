#!/usr/bin/env bash
# javac on the generated SDK of two commits (and on OpenAPI Generator's client for the same API):
# builds each commit in its own git worktree with its own local Maven repository, generates the
# client of the same spec version with each commit's CLI, counts the sources and times javac on
# them, the sides taking turns (round r starts with a different side each time), a fresh JVM per
# compile. Nothing is installed into ~/.m2: each side's repository is a copy of it.
#
#   bench/javac-before-after.sh BEFORE AFTER      e.g. bench/javac-before-after.sh 6a93343 HEAD
#
# Knobs (environment): ROUNDS (11) compiles per side; WORK (/tmp/javac-before-after) where the
# worktrees, repositories, sources and results go; SPEC_VERSION (the newest spec bundled in AFTER);
# JAVAC (JDK 17's javac); OAG=0 leaves OpenAPI Generator out (with OAG=1, the default, its CLI
# and its client's compile class path are downloaded into AFTER's repository copy, about 40 MB);
# OAG_VERSION (7.25.0); KEEP=1 keeps the worktrees and repositories (a rerun then reuses them and
# skips the builds). Results: $WORK/summary.txt, every compile in $WORK/results.tsv.
set -euo pipefail
[[ $# -eq 2 ]] || { sed -n '2,15p' "$0" >&2; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
before=$(git -C "$root" rev-parse --short "$1^{commit}")
after=$(git -C "$root" rev-parse --short "$2^{commit}")
WORK=${WORK:-/tmp/javac-before-after}
ROUNDS=${ROUNDS:-11}
OAG=${OAG:-1}
OAG_VERSION=${OAG_VERSION:-7.25.0}
JAVAC=${JAVAC:-/usr/lib/jvm/java-17-openjdk-amd64/bin/javac}
[[ -x $JAVAC ]] || JAVAC=$(command -v javac)
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (/usr/bin/time)" >&2; exit 2; }
mkdir -p "$WORK"
rm -f "$WORK/load.txt"
log() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$WORK/run.log" >&2; }
load() { echo "$(date -u +%H:%M:%S) $1: $(uptime | sed 's/.*load average: //')" | tee -a "$WORK/load.txt" >&2; }

# ---- 1. a worktree, a repository and a build per side ----
prepare() { # side commit
  local tree=$WORK/$1-tree repo=$WORK/m2-$1
  if [[ ! -d $tree ]]; then
    git -C "$root" worktree add --detach "$tree" "$2" >&2
  fi
  [[ $(git -C "$tree" rev-parse --short HEAD) == "$2" ]] || { echo "$tree is not at $2" >&2; exit 1; }
  if [[ ! -d $repo ]]; then
    cp -a ~/.m2/repository "$repo"
    rm -rf "$repo/dev/cometsdk"  # only what this side builds itself
  fi
  if [[ ! -f $tree/runtime/target/.javac-bench-built ]]; then
    log "building $1 ($2)"
    (cd "$tree" && mvn -B -o -q install -DskipTests -Dinvoker.skip -Dmaven.repo.local="$repo") \
      > "$WORK/build-$1.log" 2>&1 || { tail -40 "$WORK/build-$1.log" >&2; exit 1; }
    touch "$tree/runtime/target/.javac-bench-built"
  fi
}
cli_of() { # the command-line jar: cli/ since the CLI got its own module, generator/ before
  if [[ -f $WORK/$1-tree/cli/target/comet.jar ]]; then echo "$WORK/$1-tree/cli/target/comet.jar"
  else echo "$WORK/$1-tree/generator/target/comet-generator.jar"; fi
}
version_option_of() { # the option that names a bundled spec: --server-version since 2e165f5, --version before
  local help
  help=$(java -jar "$(cli_of "$1")" generate --help 2>/dev/null || true)
  if [[ $help == *--server-version* ]]; then echo --server-version; else echo --version; fi
}
# The runtime jar and the Jackson jars it compiles against, from the side's own repository.
classpath_of() { # side
  local tree=$WORK/$1-tree runtime_jar
  runtime_jar=$(ls "$tree"/runtime/target/comet-sdk-runtime-*.jar | grep -v -e sources -e javadoc | head -1)
  (cd "$tree/runtime" && mvn -B -o -q dependency:build-classpath -DincludeScope=compile \
    -Dmaven.repo.local="$WORK/m2-$1" -Dmdep.outputFile="$WORK/$1.deps") > "$WORK/cp-$1.log" 2>&1 \
    || { cat "$WORK/cp-$1.log" >&2; exit 1; }
  echo "$runtime_jar:$(tr ':' '\n' < "$WORK/$1.deps" | grep -E '/jackson-(databind|core|annotations)-[^/]*\.jar$' | paste -sd:)"
}

prepare before "$before"
prepare after "$after"
version=${SPEC_VERSION:-$(basename "$(ls "$WORK"/after-tree/spec/src/main/resources/dev/cometsdk/spec/bundled/[0-9]*.json | sort -V | tail -1)" .json)}
sides=(before after)
for side in before after; do
  rm -rf "$WORK/src-$side"
  java -jar "$(cli_of $side)" generate "$(version_option_of $side)" "$version" --out "$WORK/src-$side" >&2
  find "$WORK/src-$side" -name '*.java' | sort > "$WORK/$side.srcs"
  classpath_of $side > "$WORK/$side.cp"
done

# ---- 2. OpenAPI Generator's client of the same version (as bench/openapi-generator/run.sh makes it) ----
if [[ $OAG == 1 ]]; then
  log "OpenAPI Generator $OAG_VERSION"
  mkdir -p "$WORK/oag"
  oag_mvn() { mvn -B -q -Dmaven.repo.local="$WORK/m2-after" "$@" > "$WORK/oag/mvn.log" 2>&1 || { cat "$WORK/oag/mvn.log" >&2; exit 1; }; }
  oag_mvn -f "$root/bench/openapi-generator/pom.xml" dependency:copy \
    -Dartifact="org.openapitools:openapi-generator-cli:$OAG_VERSION" -DoutputDirectory="$WORK/oag"
  java -jar "$(cli_of after)" openapi "$(version_option_of after)" "$version" --format json --output "$WORK/oag/comet.openapi.json" >&2
  rm -rf "$WORK/oag/client"
  java -jar "$WORK/oag/openapi-generator-cli-$OAG_VERSION.jar" generate -g java --library native \
    -p serializationLibrary=jackson --skip-validate-spec -i "$WORK/oag/comet.openapi.json" \
    --global-property apiTests=false,modelTests=false,apiDocs=false,modelDocs=false \
    -o "$WORK/oag/client" > "$WORK/oag/generate.log" 2>&1
  (cd "$WORK/oag/client" && oag_mvn dependency:build-classpath -DincludeScope=compile -Dmdep.outputFile="$WORK/oag.cp")
  find "$WORK/oag/client/src/main/java" -name '*.java' | sort > "$WORK/oag.srcs"
  sides+=(oag)
fi

# ---- 3. sizes ----
fqn='\b(dev\.cometsdk|java\.(util|lang|io|net|time|nio)|com\.fasterxml)\.[a-z]'
fqn_any='\b(dev\.cometsdk|java\.(util|lang|io|net|time|nio)|com\.fasterxml)\.[A-Za-z]'
{
  echo "| sources | files | lines | largest file (lines) | javadoc lines | javadoc lines with a qualified name: \`$fqn\` / any case after the dot |"
  echo "| --- | ---: | ---: | --- | ---: | ---: |"
  for side in "${sides[@]}"; do
    f=$WORK/$side.srcs
    largest=$(xargs wc -l < "$f" | grep -v ' total$' | sort -n | tail -1 | awk '{ n = split($2, p, "/"); print p[n] " (" $1 ")" }')
    printf '| %s | %d | %d | %s | %d | %d / %d |\n' "$side" "$(wc -l < "$f")" "$(xargs cat < "$f" | wc -l)" "$largest" \
      "$(xargs cat < "$f" | grep -cE '^\s*\*' || true)" \
      "$(xargs cat < "$f" | grep -E '^\s*\*' | grep -cE "$fqn" || true)" \
      "$(xargs cat < "$f" | grep -E '^\s*\*' | grep -cE "$fqn_any" || true)"
  done
} > "$WORK/sizes.md"

# ---- 4. javac, the sides taking turns ----
javac_flags=(--release 11 -proc:none -encoding UTF-8)
compile() { # side out -> prints "wall user sys" (seconds)
  rm -rf "$2" && mkdir -p "$2"
  /usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" "$JAVAC" "${javac_flags[@]}" -d "$2" -cp "$(cat "$WORK/$1.cp")" \
    @"$WORK/$1.srcs" > "$WORK/javac-$1.log" 2>&1 || { echo "javac failed ($1)" >&2; tail -20 "$WORK/javac-$1.log" >&2; exit 1; }
  cat "$WORK/time.txt"
}
for side in "${sides[@]}"; do   # a check that each compiles (untimed, also fills the file cache)
  compile "$side" "$WORK/classes-$side" > /dev/null
done
printf 'side\tround\twall_s\tuser_s\tsys_s\n' > "$WORK/results.tsv"
load "javac start"
for ((r = 0; r < ROUNDS; r++)); do
  n=${#sides[@]}
  for ((i = 0; i < n; i++)); do
    side=${sides[$(((r + i) % n))]}
    t=$(compile "$side" "$WORK/classes-$side")
    read -r wall user sys <<< "$t"
    printf '%s\t%d\t%s\t%s\t%s\n' "$side" "$r" "$wall" "$user" "$sys" >> "$WORK/results.tsv"
  done
  load "round $((r + 1))/$ROUNDS"
done
load "javac end"

# ---- 5. summary ----
stats() { # side column(wall|cpu) -> "min median max"
  awk -F'\t' -v s="$1" -v c="$2" '$1 == s { print (c == "wall" ? $3 : $4 + $5) }' "$WORK/results.tsv" | sort -n \
    | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f %.2f %.2f\n", v[1], m, v[NR] }'
}
med() { stats "$1" "$2" | awk '{ print $2 }'; }
ratio() { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.2f", x / y }'; }
paired() { # a b column(wall|cpu) -> the median over rounds of b / a (the two ran in the same round)
  awk -F'\t' -v a="$1" -v b="$2" -v c="$3" '$1 == a || $1 == b { v[$1, $2] = (c == "wall" ? $3 : $4 + $5); r[$2] = 1 }
    END { for (k in r) if ((a, k) in v && (b, k) in v) printf "%.3f\n", v[b, k] / v[a, k] }' "$WORK/results.tsv" | sort -n \
    | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f (rounds %.2f to %.2f)", m, v[1], v[NR] }'
}
{
  echo "# javac on the generated SDK: $before (before) and $after (after), spec $version ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "$("$JAVAC" -version 2>&1) ($JAVAC); $(java -version 2>&1 | head -1); $(nproc) cores; $(free -h | awk '/^Mem:/ { print $2 }') RAM"
  echo "javac ${javac_flags[*]} -d OUT -cp CP @sources; $ROUNDS rounds, the sides taking turns; load averages (1, 5, 15 min):"
  sed 's/^/    /' "$WORK/load.txt"
  echo
  cat "$WORK/sizes.md"
  echo
  echo "| sources | wall min / median / max (s) | CPU (user + sys) min / median / max (s) |"
  echo "| --- | ---: | ---: |"
  for side in "${sides[@]}"; do
    read -r a b c < <(stats "$side" wall); read -r d e f < <(stats "$side" cpu)
    echo "| $side | $a / **$b** / $c | $d / **$e** / $f |"
  done
  echo
  echo "after / before, of the medians: wall $(ratio "$(med after wall)" "$(med before wall)"), CPU $(ratio "$(med after cpu)" "$(med before cpu)")"
  echo "after / before, median of the rounds' ratios: wall $(paired before after wall), CPU $(paired before after cpu)"
  if [[ $OAG == 1 ]]; then
    echo "before / OpenAPI Generator: wall $(ratio "$(med before wall)" "$(med oag wall)"), CPU $(ratio "$(med before cpu)" "$(med oag cpu)")"
    echo "after / OpenAPI Generator: wall $(ratio "$(med after wall)" "$(med oag wall)"), CPU $(ratio "$(med after cpu)" "$(med oag cpu)")"
  fi
  echo
  echo "Class paths:"
  for side in "${sides[@]}"; do echo "    $side: $(tr ':' '\n' < "$WORK/$side.cp" | xargs -n1 basename | paste -sd' ')"; done
} > "$WORK/summary.txt"
cat "$WORK/summary.txt"

if [[ ${KEEP:-0} != 1 ]]; then
  for side in before after; do git -C "$root" worktree remove --force "$WORK/$side-tree"; rm -rf "$WORK/m2-$side"; done
fi
