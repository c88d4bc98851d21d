#!/usr/bin/env bash
# Validates a ~5 MB taxonomy in which 50,000 relations each misspell a concept id ('_' for '-'),
# the case that made "did you mean" quadratic (issue 16). For BENCHMARKS.md.
#
#   bench/unknown-refs.sh            # CONCEPTS=25000 RELATIONS=50000 RUNS=3
#
# Needs a JDK 17; uses hyperfine when installed, else /usr/bin/time. Not part of ./mvnw verify.
set -euo pipefail

cd "$(dirname "$0")/.."
CONCEPTS=${CONCEPTS:-25000}
RELATIONS=${RELATIONS:-50000}
RUNS=${RUNS:-3}
BUILD_DIR=${BUILD_DIR:-$PWD/target}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/pso-unknown.XXXXXX")}
JAR="$BUILD_DIR/pso-explorer.jar"

./mvnw -q -o -DskipTests -Dbuild.dir="$BUILD_DIR" package 2>/dev/null || ./mvnw -q -DskipTests -Dbuild.dir="$BUILD_DIR" package
java -cp "$BUILD_DIR/test-classes:$JAR" org.psoexplorer.bench.UnknownReferences "$WORK/misspelt.json" "$CONCEPTS" "$RELATIONS"

validate="java -jar $JAR validate $WORK/misspelt.json"
echo "== $validate (exit 1 expected: the file has errors)"
$validate | head -2 || true
if command -v hyperfine >/dev/null; then
  hyperfine --runs "$RUNS" -i --export-markdown "$WORK/unknown.md" "$validate > /dev/null"
  cat "$WORK/unknown.md"
else
  for _ in $(seq "$RUNS"); do /usr/bin/time -f "%e s wall, %M KB peak RSS" $validate > /dev/null || true; done
fi
