#!/usr/bin/env bash
# Loads and validates a synthetic 50,000-concept taxonomy from the command line, with the heap
# capped, to show the loader's speed and that its memory stays bounded. For BENCHMARKS.md.
#
#   bench/load-50000.sh               # N=50000 HEAP=512m RUNS=3
#
# Needs a JDK 17; uses hyperfine when installed, else /usr/bin/time. Not part of ./mvnw verify.
set -euo pipefail

cd "$(dirname "$0")/.."
N=${N:-50000}
HEAP=${HEAP:-512m}
RUNS=${RUNS:-3}
BUILD_DIR=${BUILD_DIR:-$PWD/target}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/pso-load.XXXXXX")}
JAR="$BUILD_DIR/pso-explorer.jar"

./mvnw -q -o -DskipTests -Dbuild.dir="$BUILD_DIR" package 2>/dev/null || ./mvnw -q -DskipTests -Dbuild.dir="$BUILD_DIR" package
java -cp "$BUILD_DIR/test-classes:$JAR" org.psoexplorer.bench.SyntheticTaxonomy "$WORK/big.json" "$N" 42
echo "file: $(du -h "$WORK/big.json" | cut -f1), $N concepts"

validate="java -Xmx$HEAP -jar $JAR validate $WORK/big.json"
echo "== $validate"
$validate | head -1
if command -v hyperfine >/dev/null; then
  hyperfine --runs "$RUNS" --export-markdown "$WORK/load.md" "$validate > /dev/null"
  cat "$WORK/load.md"
fi
echo "== peak memory (maximum resident set size of the whole JVM)"
/usr/bin/time -v $validate 2>&1 >/dev/null | grep -E "Maximum resident|Elapsed"
