#!/usr/bin/env bash
# Writes the taxonomies of the scale benchmarks (issue 11) to target/bench-data/:
#   wordnet-N.json       WordNet 3.0's noun hierarchy (Debian's wordnet-base: apt-get install wordnet-base),
#                        a real branch of N synsets, or the whole of it for N=82115; when WordNet is not
#                        installed, the same file from the generator below, so scripts keep working;
#   wordnet-like-N.json  a generated hierarchy of the same shape (deep, heavy-tailed fan-out, instances,
#                        a few concepts with two parents), reproducible anywhere.
#
#   bench/scale-data.sh                    # N = 218 1000 5000 20000 82115
#   SIZES="1000 5000" bench/scale-data.sh
#
# Needs a JDK 17. Skips the build when the test classes are already compiled (FORCE_BUILD=1 rebuilds).
set -euo pipefail

cd "$(dirname "$0")/.."
SIZES=${SIZES:-218 1000 5000 20000 82115}
SEED=${SEED:-11}
BUILD_DIR=${BUILD_DIR:-$PWD/target}
OUT=${OUT:-$BUILD_DIR/bench-data}
DATA_NOUN=${DATA_NOUN:-/usr/share/wordnet/data.noun}
JAR="$BUILD_DIR/pso-explorer.jar"

if [[ ${FORCE_BUILD:-0} == 1 || ! -f $JAR || ! -f $BUILD_DIR/test-classes/org/psoexplorer/bench/ScaleData.class ]]; then
  ./mvnw -q -o -DskipTests -Dbuild.dir="$BUILD_DIR" package 2>/dev/null \
    || ./mvnw -q -DskipTests -Dbuild.dir="$BUILD_DIR" package
fi
[[ -f $DATA_NOUN ]] || echo "WordNet not found at $DATA_NOUN: wordnet-N.json are generated (apt-get install wordnet-base for the real one)" >&2
# shellcheck disable=SC2086
java -cp "$BUILD_DIR/test-classes:$JAR" org.psoexplorer.bench.ScaleData "$OUT" "$DATA_NOUN" "$SEED" $SIZES
