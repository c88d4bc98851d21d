#!/usr/bin/env bash
# The layered SVG export against Graphviz dot on our own DOT export (issue 11): wall time in
# alternating runs, and the edge crossings of both drawings, for BENCHMARKS.md.
#
#   bench/layered.sh                      # a generated WordNet-like hierarchy of 5,000 concepts
#   FILE=target/bench-data/wordnet-5000.json bench/layered.sh
#   CrossingSources (where a layered drawing's crossings come from, by edge kind and layer):
#   java -cp target/test-classes:target/pso-explorer.jar org.psoexplorer.bench.CrossingSources FILE.json
#   N=1000 RUNS=5 bench/layered.sh
#   BEFORE=/tmp/old/target/pso-explorer.jar bench/layered.sh   # also time and count an older build
#                                         # (its target/test-classes beside the jar), in the same runs
#
# Needs a JDK 17 and Graphviz. Not part of ./mvnw verify: dot needs minutes on 5,000 concepts.
set -euo pipefail

cd "$(dirname "$0")/.."
N=${N:-5000}
SEED=${SEED:-42}
RUNS=${RUNS:-3}
BUILD_DIR=${BUILD_DIR:-$PWD/target}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/pso-layered.XXXXXX")}
JAR="$BUILD_DIR/pso-explorer.jar"
CP="$BUILD_DIR/test-classes:$JAR"

./mvnw -q -o -DskipTests -Dbuild.dir="$BUILD_DIR" package 2>/dev/null || ./mvnw -q -DskipTests -Dbuild.dir="$BUILD_DIR" package
if [[ -z "${FILE:-}" ]]; then
  # The same generator as bench/scale-data.sh ("-": no WordNet file, the synthetic hierarchy only).
  java -cp "$CP" org.psoexplorer.bench.ScaleData "$WORK" - "$SEED" "$N"
  FILE="$WORK/wordnet-like-$N.json"
fi
java -jar "$JAR" export "$FILE" -o "$WORK/ours.dot"

echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  cores: $(nproc)  load: $(cut -d' ' -f1-3 /proc/loadavg)  $(dot -V 2>&1)"
echo "file: $FILE"
wall() { # prints wall seconds and CPU seconds (user + system) of one run
  /usr/bin/time -o "$WORK/time" -f "%e %U %S" "$@" >/dev/null 2>&1
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$WORK/time"
}
ours_total=0; dot_total=0; ours_cpu=0; dot_cpu=0; before_total=0; before_cpu=0
for run in $(seq "$RUNS"); do
  if [[ -n "${BEFORE:-}" ]]; then # the older build goes first on even runs, last on odd ones
    (( run % 2 )) || b=$(wall java -jar "$BEFORE" export "$FILE" -o "$WORK/before.svg" --layout layered)
  fi
  # Alternate who goes first so drifting load on the machine falls on both alike.
  # The first dot run also writes -Tplain (dot's edge splines, for counting its crossings): one
  # more small output after the same layout, so dot is not run again just for that.
  plain=(); (( run == 1 )) && plain=(-Tplain -o "$WORK/dot.plain")
  if (( run % 2 )); then
    o=$(wall java -jar "$JAR" export "$FILE" -o "$WORK/ours.svg" --layout layered)
    d=$(wall dot -Tsvg -o "$WORK/dot.svg" "${plain[@]}" "$WORK/ours.dot")
  else
    d=$(wall dot -Tsvg -o "$WORK/dot.svg" "${plain[@]}" "$WORK/ours.dot")
    o=$(wall java -jar "$JAR" export "$FILE" -o "$WORK/ours.svg" --layout layered)
  fi
  if [[ -n "${BEFORE:-}" ]]; then
    (( run % 2 )) && b=$(wall java -jar "$BEFORE" export "$FILE" -o "$WORK/before.svg" --layout layered)
    echo "run $run: before ${b% *} s wall (${b#* } s CPU)"
    before_total=$(echo "$before_total + ${b% *}" | bc); before_cpu=$(echo "$before_cpu + ${b#* }" | bc)
  fi
  echo "run $run: ours ${o% *} s wall (${o#* } s CPU), dot ${d% *} s wall (${d#* } s CPU)"
  ours_total=$(echo "$ours_total + ${o% *}" | bc); dot_total=$(echo "$dot_total + ${d% *}" | bc)
  ours_cpu=$(echo "$ours_cpu + ${o#* }" | bc); dot_cpu=$(echo "$dot_cpu + ${d#* }" | bc)
done
echo "wall ratio ours/dot: $(echo "scale=3; $ours_total / $dot_total" | bc)   CPU ratio: $(echo "scale=3; $ours_cpu / $dot_cpu" | bc)"
if [[ -n "${BEFORE:-}" ]]; then
  echo "wall ratio ours/before: $(echo "scale=3; $ours_total / $before_total" | bc)   CPU ratio: $(echo "scale=3; $ours_cpu / $before_cpu" | bc)"
  echo "== before: crossings and shape"
  java -cp "$(dirname "$BEFORE")/test-classes:$BEFORE" org.psoexplorer.bench.LayeredVsDot "$FILE"
fi
echo "== crossings and shape (same graph, our layered layout and dot's drawing of our DOT)"
java -cp "$CP" org.psoexplorer.bench.LayeredVsDot "$FILE" "$WORK/dot.plain"
echo "== crossings of the routes drawn (ExportQuality, as bench/scale-export.sh: our SVG's polylines, dot's splines sampled)"
java -cp "$CP" org.psoexplorer.bench.ExportQuality "$FILE" layered "$WORK/dot.plain"
echo "== outputs kept in $WORK"
