#!/usr/bin/env bash
# Exports against Graphviz at WordNet sizes (issue 11), for BENCHMARKS.md. For each size N it
#   - writes our DOT of target/bench-data/$DATA-N.json (bench/scale-data.sh makes the files),
#   - counts overlapping concepts and edge crossings in our drawings and in sfdp's / dot's
#     (org.psoexplorer.bench.ExportQuality, on `-Tplain`; crossings of the routes drawn: our polylines,
#     Graphviz's sampled splines),
#   - shows where one export's time goes: the launcher's own run with -Dpso.phases=true, then
#     ExportPhases (wall and whole-JVM CPU per phase, one cold JVM with the launcher's JVM settings),
#   - times, in alternating runs in the same session (/usr/bin/time: wall, user+system CPU):
#       ours force     target/pso-explorer export … --layout force     (the launcher: class-data archive;
#                      LAUNCHER=target/dist/image/pso-explorer/bin/pso-explorer times the app image's instead)
#       java -jar      java -jar target/pso-explorer.jar export … --layout force
#       before         java -jar $BEFORE_JAR export … --layout force   (when BEFORE_JAR is set)
#       before-launcher $BEFORE_LAUNCHER export … --layout force       (when set: an older build's launcher,
#                      its class-data archive made where it now lies, e.g. by that build's make-launcher.sh)
#       sfdp           sfdp -Tsvg our.dot
#       ours layered   target/pso-explorer export … --layout layered   (N ≤ LAYERED_MAX)
#       dot            dot -Tsvg our.dot                               (N ≤ DOT_MAX: dot takes minutes beyond)
#   and prints the medians and our/Graphviz ratios as Markdown.
#
#   bench/scale-export.sh
#   SIZES="1000 5000" RUNS=5 BEFORE_JAR=/tmp/old/pso-explorer.jar bench/scale-export.sh
#   SIZES="1000 5000" DOT_MAX=1000 BEFORE_LAUNCHER=/tmp/old/pso-explorer bench/scale-export.sh
#   LAUNCHER=target/dist/image/pso-explorer/bin/pso-explorer BEFORE_LAUNCHER=/tmp/old-image/bin/pso-explorer \
#     SIZES="1000 5000" bench/scale-export.sh     # app images (an older one copied elsewhere needs
#                                                 # src/dist/linux/cds-archive.sh --dump-only DIR first)
#   DATA=wordnet-like bench/scale-export.sh        # the generated hierarchies instead of WordNet
#
# Needs: a JDK 17, Graphviz, /usr/bin/time. Not part of ./mvnw verify.
set -euo pipefail

cd "$(dirname "$0")/.."
SIZES=${SIZES:-218 1000 5000 20000 82115}
DATA=${DATA:-wordnet}
RUNS=${RUNS:-3}
BIG_RUNS=${BIG_RUNS:-1}      # runs for sizes above 5,000
DOT_MAX=${DOT_MAX:-5000}
LAYERED_MAX=${LAYERED_MAX:-20000}
BUILD_DIR=${BUILD_DIR:-$PWD/target}
BEFORE_JAR=${BEFORE_JAR:-}
BEFORE_LAUNCHER=${BEFORE_LAUNCHER:-}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/pso-scale.XXXXXX")}
JAR="$BUILD_DIR/pso-explorer.jar"
LAUNCHER=${LAUNCHER:-$BUILD_DIR/pso-explorer}
CP="$BUILD_DIR/test-classes:$JAR"

[[ -x $LAUNCHER && -f $BUILD_DIR/test-classes/org/psoexplorer/bench/ExportQuality.class ]] \
  || ./mvnw -q -o -DskipTests -Dbuild.dir="$BUILD_DIR" package
for n in $SIZES; do
  [[ -f $BUILD_DIR/bench-data/$DATA-$n.json ]] || SIZES="$SIZES" BUILD_DIR="$BUILD_DIR" bench/scale-data.sh
done

echo "== machine"
echo "date:     $(date -u +%Y-%m-%dT%H:%MZ)"
echo "cpu:      $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//') ($(nproc) cores), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:     $(java -version 2>&1 | head -1)"
echo "graphviz: $(dot -V 2>&1)"
echo "work:     $WORK"

# Runs "$@" once; appends "name wall cpu" to $WORK/times.
timed() {
  local name=$1; shift
  /usr/bin/time -o "$WORK/one" -f "%e %U %S" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; return 1; }
  awk -v n="$name" '{printf "%s %.2f %.2f\n", n, $1, $2 + $3}' "$WORK/one" >>"$WORK/times"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
stat() { awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$WORK/times" | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf (b > 0 ? "%.2f×" : "–"), a / b}'; }

for n in $SIZES; do
  in="$BUILD_DIR/bench-data/$DATA-$n.json"
  echo; echo "== $n concepts: $in"
  java -jar "$JAR" export "$in" -o "$WORK/$n.dot" >/dev/null
  echo "-- phases of the launcher's own export (-Dpso.phases=true: wall and process CPU per phase)"
  JAVA_TOOL_OPTIONS=-Dpso.phases=true "$LAUNCHER" export "$in" -o "$WORK/phases.svg" --layout force 2>&1 >/dev/null \
    | grep '^pso.phases' || true
  echo "-- phases (one cold JVM, launcher settings)"
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CP" org.psoexplorer.bench.ExportPhases "$in" force svg
  (( n <= LAYERED_MAX )) && java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$CP" org.psoexplorer.bench.ExportPhases "$in" layered svg
  echo "-- overlaps and crossings"
  sfdp -Tplain "$WORK/$n.dot" >"$WORK/$n.sfdp.plain"
  java -cp "$CP" org.psoexplorer.bench.ExportQuality "$in" force "$WORK/$n.sfdp.plain" | sed 's/^graphviz/sfdp/'
  if (( n <= DOT_MAX )); then
    dot -Tplain "$WORK/$n.dot" >"$WORK/$n.dot.plain"
    java -cp "$CP" org.psoexplorer.bench.ExportQuality "$in" layered "$WORK/$n.dot.plain" | sed 's/^graphviz/dot/'
  elif (( n <= LAYERED_MAX )); then
    java -cp "$CP" org.psoexplorer.bench.ExportQuality "$in" layered
  fi
  : >"$WORK/times"
  rm -f "$WORK"/ours-*.svg "$WORK"/before-*.svg  # a smaller size's files must not be compared here
  runs=$RUNS; (( n > 5000 )) && runs=$BIG_RUNS
  for r in $(seq "$runs"); do
    timed force "$LAUNCHER" export "$in" -o "$WORK/ours-force.svg" --layout force
    timed jar java -jar "$JAR" export "$in" -o "$WORK/jar-force.svg" --layout force
    [[ -n $BEFORE_JAR ]] && timed before java -jar "$BEFORE_JAR" export "$in" -o "$WORK/before-force.svg" --layout force
    [[ -n $BEFORE_LAUNCHER ]] && timed before-launcher "$BEFORE_LAUNCHER" export "$in" -o "$WORK/before-force.svg" --layout force
    timed sfdp sfdp -Tsvg "$WORK/$n.dot" -o "$WORK/sfdp.svg"
    if (( n <= LAYERED_MAX )); then
      timed layered "$LAUNCHER" export "$in" -o "$WORK/ours-layered.svg" --layout layered
      [[ -n $BEFORE_JAR ]] && timed before-layered java -jar "$BEFORE_JAR" export "$in" -o "$WORK/before-layered.svg" --layout layered
      [[ -n $BEFORE_LAUNCHER ]] && timed before-launcher-layered "$BEFORE_LAUNCHER" export "$in" -o "$WORK/before-layered.svg" --layout layered
    fi
    (( n <= DOT_MAX )) && timed dot dot -Tsvg "$WORK/$n.dot" -o "$WORK/dot.svg"
  done
  for layout in force layered; do
    [[ -f $WORK/before-$layout.svg && -f $WORK/ours-$layout.svg ]] || continue
    if cmp -s "$WORK/ours-$layout.svg" "$WORK/before-$layout.svg"; then
      echo "-- $layout SVG: byte-identical to before's"
    else
      echo "-- $layout SVG: DIFFERS from before's"
    fi
  done
  echo "-- medians of $runs run(s), seconds (wall / CPU)"
  sw=$(stat sfdp 2); sc=$(stat sfdp 3)
  echo "| N | command | wall | CPU | wall / Graphviz | CPU / Graphviz |"
  echo "|---:|:---|---:|---:|---:|---:|"
  for name in force jar before before-launcher sfdp; do
    grep -q "^$name " "$WORK/times" || continue
    w=$(stat $name 2); c=$(stat $name 3)
    echo "| $n | $name | $w | $c | $(ratio "$w" "$sw") | $(ratio "$c" "$sc") |"
  done
  if grep -q "^dot " "$WORK/times"; then
    dw=$(stat dot 2); dc=$(stat dot 3)
    for name in layered before-layered before-launcher-layered dot; do
      grep -q "^$name " "$WORK/times" || continue
      w=$(stat $name 2); c=$(stat $name 3)
      echo "| $n | $name | $w | $c | $(ratio "$w" "$dw") | $(ratio "$c" "$dc") |"
    done
  else
    for name in layered before-layered before-launcher-layered; do
      grep -q "^$name " "$WORK/times" || continue
      echo "| $n | $name | $(stat $name 2) | $(stat $name 3) | (no dot) | |"
    done
  fi
done
echo; echo "== outputs kept in $WORK"
