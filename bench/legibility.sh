#!/usr/bin/env bash
# Prints the legibility report (issue 10) of the built-in taxonomy's opening view, each layout,
# each tour step, the Relate view (in the opening and the layered layout) and focus views, at
# 1366×768 and 1280×720, as Markdown for BENCHMARKS.md.
#
#   bench/legibility.sh
#
# Needs a JDK 17. Headless; takes a few seconds after the build.
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-$PWD/target}
./mvnw -q -o -DskipTests -Dbuild.dir="$BUILD_DIR" package 2>/dev/null \
  || ./mvnw -q -DskipTests -Dbuild.dir="$BUILD_DIR" package
java -cp "$BUILD_DIR/test-classes:$BUILD_DIR/pso-explorer.jar" org.psoexplorer.bench.LegibilityBench
