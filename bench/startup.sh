#!/usr/bin/env bash
# Start-up of PSO Explorer against a bare JavaFX window (one Label, the same JavaFX jars), under
# Xvfb with JavaFX's software pipeline, in alternating runs. Two moments, read from JavaFX's own
# pulse logger (-Djavafx.pulseLogger=true), each line stamped as it arrives:
#   first frame  the first pulse that paints;
#   graph drawn  the first pulse that renders at least $GRAPH_NODES nodes (the built-in taxonomy's
#                graph is several hundred nodes; the bare window renders a handful).
#
#   bench/startup.sh                 # the jar, and the app image if `./mvnw -Pdist package` made one
#   JAR_CDS=1 bench/startup.sh       # also the jar with a class-data-sharing archive (README), made first
#   RUNS=9 bench/startup.sh
#   OTHER_IMAGES="main=/tmp/main-image/bin/pso-explorer" bench/startup.sh   # also other app images, by name
#   OTHER_JARS="before=/tmp/before.jar" JAR_CDS=1 bench/startup.sh   # also other jars (and, with JAR_CDS, each with its archive)
#   C1=1 JAR_CDS=1 bench/startup.sh  # also the jar with its archive and the client compiler only (the README's fast start),
#                                    # and the bare window with the client compiler only, for a fair ratio
#
# Needs: a JDK 17, Xvfb. Not part of ./mvnw verify.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
GRAPH_NODES=${GRAPH_NODES:-400}
TIMEOUT=${TIMEOUT:-60}
BUILD_DIR=${BUILD_DIR:-$PWD/target}
JAR="$BUILD_DIR/pso-explorer.jar"
IMAGE="$BUILD_DIR/dist/image/pso-explorer/bin/pso-explorer"
JSA="$BUILD_DIR/pso-explorer.jsa"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pso-startup.XXXXXX")

[[ -f $JAR ]] || ./mvnw -q -o -DskipTests -Dbuild.dir="$BUILD_DIR" package
fx_jars=$(./mvnw -q -o dependency:build-classpath -Dmdep.includeGroupIds=org.openjfx \
  -Dmdep.outputFile=/dev/stdout -Dbuild.dir="$BUILD_DIR" 2>/dev/null | tr -d '\n')
javac -d "$WORK/bare" -cp "$fx_jars" bench/startup/BareWindow.java

source bench/display.sh
start_display 150

# Prints "first_frame_s graph_s" (graph_s is "-" when no pulse reaches GRAPH_NODES in time).
measure() {
  local log=$WORK/run.log start
  start=$EPOCHREALTIME
  # In its own session, so that stopping it stops the app and nothing else on the machine.
  setsid bash -c '"$@" 2>&1 | while IFS= read -r line; do printf "%s %s\n" "$EPOCHREALTIME" "$line"; done' \
    stamp "$@" >"$log" &
  local pipeline=$!
  local first="" graph="" waited=0
  while (( waited < TIMEOUT * 10 )); do
    sleep 0.1; waited=$((waited + 1))
    [[ -z $first ]] && first=$(awk '/ PULSE: /{print $1; exit}' "$log")
    graph=$(awk -v n="$GRAPH_NODES" '/ PULSE: /{t=$1} /Nodes rendered:/{if ($NF+0 >= n) {print t; exit}}' "$log")
    [[ -n $graph ]] && break
    [[ $1 == java && -n $first && $* == *BareWindow* ]] && break
  done
  kill -TERM -- -"$pipeline" 2>/dev/null || true
  wait "$pipeline" 2>/dev/null || true
  awk -v s="$start" -v f="${first:-0}" -v g="${graph:-0}" 'BEGIN {
    printf "%s %s\n", (f > 0 ? sprintf("%.2f", f - s) : "-"), (g > 0 ? sprintf("%.2f", g - s) : "-") }'
}

pulse=(-Djavafx.pulseLogger=true -Dprism.order=sw)
declare -A first graph
kinds=(bare jar)
[[ -x $IMAGE ]] && kinds+=(image)
declare -A other_image
for named in ${OTHER_IMAGES:-}; do
  other_image[${named%%=*}]=${named#*=}
  kinds+=("${named%%=*}")
done
declare -A other_jar
# As the README says: one start of the window that writes the archive, then starts that use it.
make_archive() {
  rm -f "$2"
  measure java -XX:ArchiveClassesAtExit="$2" -Dprism.order=sw -Djavafx.pulseLogger=true -jar "$1" >/dev/null
  for _ in $(seq 1 100); do [[ -s $2 ]] && break; sleep 0.2; done
}
if [[ -n ${JAR_CDS:-} ]]; then
  make_archive "$JAR" "$JSA"
  kinds+=(jarcds)
fi
if [[ -n ${C1:-} ]]; then
  kinds+=(barec1)
  [[ -n ${JAR_CDS:-} ]] && kinds+=(jarcdsc1)
fi
for named in ${OTHER_JARS:-}; do
  name=${named%%=*}
  other_jar[$name]=${named#*=}
  kinds+=("$name")
  if [[ -n ${JAR_CDS:-} ]]; then
    make_archive "${other_jar[$name]}" "$WORK/$name.jsa"
    other_jar[${name}cds]=${other_jar[$name]}
    kinds+=("${name}cds")
  fi
done
for ((i = 1; i <= RUNS; i++)); do
  for kind in "${kinds[@]}"; do
    case $kind in
      bare)  r=$(measure java "${pulse[@]}" -cp "$WORK/bare:$fx_jars" BareWindow) ;;
      jar)   r=$(measure java "${pulse[@]}" -jar "$JAR") ;;
      jarcds) r=$(measure java "${pulse[@]}" -XX:SharedArchiveFile="$JSA" -jar "$JAR") ;;
      barec1) r=$(measure java "${pulse[@]}" -XX:TieredStopAtLevel=1 -cp "$WORK/bare:$fx_jars" BareWindow) ;;
      jarcdsc1) r=$(measure java "${pulse[@]}" -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$JSA" -jar "$JAR") ;;
      image) r=$(JAVA_TOOL_OPTIONS="${pulse[*]}" measure "$IMAGE") ;;
      *)
        if [[ -n ${other_image[$kind]:-} ]]; then
          r=$(JAVA_TOOL_OPTIONS="${pulse[*]}" measure "${other_image[$kind]}")
        elif [[ $kind == *cds && -f $WORK/${kind%cds}.jsa ]]; then
          r=$(measure java "${pulse[@]}" -XX:SharedArchiveFile="$WORK/${kind%cds}.jsa" -jar "${other_jar[$kind]}")
        else
          r=$(measure java "${pulse[@]}" -jar "${other_jar[$kind]}")
        fi ;;
    esac
    first[$kind]+="${r% *} "; graph[$kind]+="${r#* } "
    echo "run $i $kind: first frame ${r% *} s, graph ${r#* } s"
  done
done

median() { tr ' ' '\n' | { grep -v '^-\?$' || true; } | sort -n | awk '{a[NR]=$1} END {if (NR) print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2); else print "-"}'; }
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
bare_first=$(median <<<"${first[bare]}")
printf '%-10s %12s %12s %10s %10s\n' what "first frame" "graph" "frame/bare" "graph/bare"
for kind in "${kinds[@]}"; do
  f=$(median <<<"${first[$kind]}"); g=$(median <<<"${graph[$kind]}")
  awk -v k="$kind" -v f="$f" -v g="$g" -v b="$bare_first" 'BEGIN {
    printf "%-10s %11ss %11ss %10s %10s\n", k, f, g, (f+0 > 0 ? sprintf("%.2fx", f/b) : "-"), (g+0 > 0 ? sprintf("%.2fx", g/b) : "-") }'
done
