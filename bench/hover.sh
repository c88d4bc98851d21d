#!/usr/bin/env bash
# Pointing at concepts on the built-in taxonomy, under Xvfb (1366×768) with JavaFX's software
# pipeline: the pointer crosses the graph in a grid of 23 × 14 stops, 30 ms apart, and every concept
# it enters lights its neighbourhood and dims the rest. Prints JavaFX's pulse times (the pulse logger,
# -Djavafx.pulseLogger=true) over the sweep: count, p50, p90, p95 and max, in ms.
# Three views: as opened; relation names shown (Ctrl+L); names shown and zoomed in twice.
#
#   bench/hover.sh                                   # target/pso-explorer.jar, 2 rounds
#   JARS="before=/tmp/a.jar after=/tmp/b.jar" ROUNDS=3 bench/hover.sh   # alternating, round by round
#   PROFILE=/path/libasyncProfiler.so bench/hover.sh # also a CPU profile per run (collapsed stacks)
#
# Needs: a JDK 17, Xvfb, xdotool. Not part of ./mvnw verify.
set -euo pipefail

cd "$(dirname "$0")/.."
JARS=${JARS:-"main=$PWD/target/pso-explorer.jar"}
ROUNDS=${ROUNDS:-2}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pso-hover.XXXXXX")

source bench/display.sh
start_display 250

# One sweep: launch, optional keys, cross the graph, print the pulse figures.
sweep() {
  local jar=$1 keys=$2 log=$3 prof=()
  [[ -n ${PROFILE:-} ]] && prof=("-agentpath:$PROFILE=start,event=cpu,interval=1ms,file=$log.collapsed,collapsed")
  rm -rf "$WORK/prefs"
  java ${prof[@]+"${prof[@]}"} -XX:TieredStopAtLevel=1 -Djava.util.prefs.userRoot="$WORK/prefs" \
    -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0 -Dprism.order=sw -jar "$jar" >"$log" 2>&1 &
  app=$!
  xdotool search --sync --onlyvisible --name "PSO Explorer" >/dev/null
  sleep 6
  local w
  w=$(xdotool search --name "PSO Explorer" | head -1)
  xdotool mousemove 400 400 click 1; sleep 0.5
  for k in $keys; do xdotool key --window "$w" "$k"; sleep 1; done
  sleep 1
  local from
  from=$(wc -l <"$log")
  for ((y = 140; y <= 660; y += 40)); do
    for ((x = 40; x <= 860; x += 40)); do xdotool mousemove "$x" "$y"; sleep 0.03; done
  done
  sleep 1
  tail -n +"$from" "$log" | awk '$1 == "PULSE:" { split($3, t, ":"); sub(/ms\]/, "", t[2]); print t[2] + 0 }' \
    | sort -n | awk '{ v[NR] = $1 } END {
        printf "%5d %5d %5d %5d %5d\n", NR, v[int((NR - 1) * 0.5) + 1], v[int((NR - 1) * 0.9) + 1],
          v[int((NR - 1) * 0.95) + 1], v[NR] }'
  kill -TERM "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""
}

printf '%-10s %-5s %-22s %5s %5s %5s %5s %5s\n' jar round view pulses p50 p90 p95 max | tee "$WORK/results.txt"
for ((r = 1; r <= ROUNDS; r++)); do
  for named in $JARS; do
    name=${named%%=*}; jar=${named#*=}
    for view in opened names names-zoomed; do
      case $view in
        opened) keys="" ;;
        names) keys="ctrl+l" ;;
        names-zoomed) keys="ctrl+l ctrl+plus ctrl+plus" ;;
      esac
      printf '%-10s %-5s %-22s %s\n' "$name" "$r" "$view" "$(sweep "$jar" "$keys" "$WORK/$name-$r-$view.log")" \
        | tee -a "$WORK/results.txt"
    done
  done
done
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "== logs in $WORK"
