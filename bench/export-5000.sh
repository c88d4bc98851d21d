#!/usr/bin/env bash
# Exports a synthetic 5,000-concept taxonomy to SVG from the command line (layout included) and, in
# the same run, draws the DOT we export with Graphviz (sfdp and dot), for BENCHMARKS.md.
#
#   bench/export-5000.sh            # builds the jar, generates big.json, times everything
#   N=2000 RUNS=5 bench/export-5000.sh
#
# Needs: a JDK 17, Graphviz (sfdp, dot), and hyperfine if available (else /usr/bin/time is used).
# Not part of ./mvnw verify: it takes minutes (dot alone needs about a minute here).
# For WordNet-shaped hierarchies of 218 to 82,115 concepts, CPU time, overlaps and crossings (issue 11),
# see bench/scale-export.sh; this script keeps the synthetic taxonomy of the earlier entries.
set -euo pipefail

cd "$(dirname "$0")/.."
N=${N:-5000}
SEED=${SEED:-42}
RUNS=${RUNS:-3}
BUILD_DIR=${BUILD_DIR:-$PWD/target}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/pso-bench.XXXXXX")}
JAR="$BUILD_DIR/pso-explorer.jar"

echo "== building the jar (tests compiled, not run) into $BUILD_DIR"
./mvnw -q -o -DskipTests -Dbuild.dir="$BUILD_DIR" package 2>/dev/null || ./mvnw -q -DskipTests -Dbuild.dir="$BUILD_DIR" package

echo "== generating a $N-concept taxonomy in $WORK"
java -cp "$BUILD_DIR/test-classes:$JAR" org.psoexplorer.bench.SyntheticTaxonomy "$WORK/big.json" "$N" "$SEED"
java -jar "$JAR" validate "$WORK/big.json" | tail -1
java -jar "$JAR" export "$WORK/big.json" -o "$WORK/big.dot"

echo "== machine"
echo "date:    $(date -u +%Y-%m-%dT%H:%MZ)"
echo "cpu:     $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//') ($(nproc) cores)"
echo "memory:  $(free -h 2>/dev/null | awk '/^Mem:/ {print $2}')"
echo "java:    $(java -version 2>&1 | head -1)"
echo "graphviz: $(dot -V 2>&1)"

echo "== where the time of one export goes (one JVM, force layout)"
java -cp "$BUILD_DIR/test-classes:$JAR" org.psoexplorer.bench.ExportPhases "$WORK/big.json" force svg
java -cp "$BUILD_DIR/test-classes:$JAR" org.psoexplorer.bench.ExportPhases "$WORK/big.json" layered svg

ours_force="java -jar $JAR export $WORK/big.json -o $WORK/ours-force.svg --layout force"
ours_layered="java -jar $JAR export $WORK/big.json -o $WORK/ours-layered.svg --layout layered"
sfdp_cmd="sfdp -Tsvg $WORK/big.dot -o $WORK/sfdp.svg"
dot_cmd="dot -Tsvg $WORK/big.dot -o $WORK/dot.svg"

echo "== timings ($RUNS runs each)"
if command -v hyperfine >/dev/null; then
  hyperfine --runs "$RUNS" --style basic --export-markdown "$WORK/results.md" \
    -n "pso-explorer export --layout force (SVG)" "$ours_force" \
    -n "pso-explorer export --layout layered (SVG)" "$ours_layered" \
    -n "sfdp -Tsvg (our DOT)" "$sfdp_cmd" \
    -n "dot -Tsvg (our DOT)" "$dot_cmd"
  cat "$WORK/results.md"
else
  for cmd in "$ours_force" "$ours_layered" "$sfdp_cmd" "$dot_cmd"; do
    for _ in $(seq "$RUNS"); do
      /usr/bin/time -f "%e s  %M KB  $cmd" $cmd >/dev/null
    done
  done
fi
ls -l "$WORK"/*.svg
echo "== outputs kept in $WORK"
