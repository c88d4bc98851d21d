#!/usr/bin/env bash
# The window on large taxonomies, under Xvfb (1366×768) with JavaFX's software pipeline, against the
# command-line export of the same file in the same session. For each size and run:
#   export      `java -jar pso-explorer.jar export FILE -o out.svg` (layered, as the window picks for
#               a hierarchy): wall time and peak resident memory;
#   graph       launch to the first frame with the graph: the pulse logger's first frame after the
#               view marks the graph in its scene (-Dpso.traceFrames=true); after layout: the same,
#               from the moment the layout finished;
#   pan / zoom  pulse times while xdotool zooms in with the wheel, drags the view about zoomed in,
#               zooms out and drags at the fitted view (every pulse logged: pulseLogger.threshold=0);
#   gaps        the intervals between frames while zooming in and panning zoomed in (p95): work done
#               between pulses (event handlers, snapshots) shows there and not in the pulse times;
#   fit         Ctrl+0 on the zoomed-in view: that pulse's time;
#   detail      the same, zoomed in far enough (32 wheel clicks from the fitted view, 24 times) that the
#               concepts have their own nodes: pulse p95 while zooming in and out there (4 clicks each
#               way) and while dragging the view about;
#   memory      the window's VmHWM (peak resident) and VmRSS at the end, from /proc/PID/status;
#   stalls      the longest the FX thread went without a frame, from the first frame to the layout's
#               end (reading, laying out) and from there to the graph on screen (drawing): the busy
#               spinner asks for a frame every 16 ms meanwhile, so the longest gap between two
#               pulses is the longest the window froze;
#   draws       how many diagrams the view model drew before the window was idle (the launch should
#               draw one; builds without the "diagram drawn" mark print 0).
#
#   bench/window-scale.sh                       # 5,000 concepts, 3 runs
#   SIZES="5000 82115" RUNS=1 bench/window-scale.sh
#   SIZES="taxonomy/pso.json 5000" bench/window-scale.sh     # the built-in 70 concepts as the floor
#   LAUNCHER=target/dist/image/pso-explorer/bin/pso-explorer bench/window-scale.sh
#       # the installed app (the app image's launcher, its class-data archive and JVM options) for
#       # the window and the export alike; JAVA_OPTS and the bench's own go in JAVA_TOOL_OPTIONS
#   JAR=/tmp/old.jar GRAPH_NODES=5000 bench/window-scale.sh   # a build without the trace marks:
#       "graph" is then the first pulse rendering at least GRAPH_NODES nodes
#
# Data: target/bench-data/wordnet-N.json when bench/scale-data.sh made it, else a synthetic
# WordNet-like hierarchy of N concepts (org.psoexplorer.bench.SyntheticTaxonomy, seeded).
# Needs: a JDK 17, Xvfb, xdotool. Not part of ./mvnw verify: minutes per size.
set -euo pipefail

cd "$(dirname "$0")/.."
SIZES=${SIZES:-5000}
RUNS=${RUNS:-3}
TIMEOUT=${TIMEOUT:-300}
JAR=${JAR:-$PWD/target/pso-explorer.jar}
DATA=${DATA:-$PWD/target/bench-data}
GRAPH_NODES=${GRAPH_NODES:-0}
# JVM options for the window and the export alike (e.g. the launcher's: JAVA_OPTS="-XX:+UseSerialGC").
read -r -a JAVA_OPTS <<<"${JAVA_OPTS:-}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pso-window.XXXXXX")

[[ -f $JAR && -d target/test-classes ]] || ./mvnw -q -o -DskipTests package
mkdir -p "$DATA"

data_file() {
  local n=$1
  if [[ -f $DATA/wordnet-$n.json ]]; then
    echo "$DATA/wordnet-$n.json"
    return
  fi
  local f=$DATA/synthetic-$n.json
  [[ -f $f ]] || java -cp "target/test-classes:$JAR" org.psoexplorer.bench.SyntheticTaxonomy "$f" "$n" 42 >&2
  echo "$f"
}

source bench/display.sh
start_display 200

now() { printf '%s\n' "$EPOCHREALTIME"; }

# Waits until the awk program prints a stamp from the log; prints it.
wait_for() {
  local log=$1 program=$2 limit=$3 waited=0 t=""
  while (( waited < limit * 10 )); do
    t=$(awk "$program" "$log")
    [[ -n $t ]] && { echo "$t"; return 0; }
    sleep 0.1; waited=$((waited + 1))
  done
  return 1
}

# Pulse times (ms) logged between two stamps: "count p50 p95 max".
pulses() {
  awk -v a="$2" -v b="$3" '$2 == "PULSE:" && $1 >= a && $1 <= b {
      split($4, t, ":"); sub(/ms\]/, "", t[2]); print t[2] + 0 }' "$1" | sort -n | awk '
    {v[NR] = $1} END {
      if (!NR) { print "0 - - -"; exit }
      p50 = v[int((NR - 1) * 0.5) + 1]; p95 = v[int((NR - 1) * 0.95) + 1]
      print NR, p50, p95, v[NR] }'
}

# Frame intervals (ms) between two stamps: the gaps between consecutive pulses, "p95 max". Work the
# FX thread does between pulses (an event handler's, a snapshot's) lengthens a gap but not a pulse,
# so while input keeps coming this is the frame time the user sees.
gaps() {
  awk -v a="$2" -v b="$3" '$2 == "PULSE:" && $1 >= a && $1 <= b { if (p) print ($1 - p) * 1000; p = $1 }' "$1" \
    | sort -n | awk '{v[NR] = $1} END { if (!NR) { print "- -"; exit } printf "%.0f %.0f\n", v[int((NR - 1) * 0.95) + 1], v[NR] }'
}

wheel() {  # wheel BUTTON TIMES at the graph's middle
  for ((k = 0; k < $2; k++)); do xdotool click "$1"; sleep 0.05; done
}

drag() {  # drag DX DY STEPS, from the graph's middle, one step a frame or so
  # The middle button pans wherever it starts; the left one, started on a concept, would move it
  # (and redraw the diagram), which builds before 2026-11-30 10:00Z did in the "pan" phases.
  xdotool mousemove "$gx" "$gy" mousedown 2
  for ((k = 1; k <= $3; k++)); do
    local x=$((gx + $1 * k / $3)) y=$((gy + $2 * k / $3))
    xdotool mousemove "$((x < 2 ? 2 : x))" "$((y < 2 ? 2 : y))"
    sleep 0.016
  done
  xdotool mouseup 2
}

printf '%-7s %-4s %9s %9s %9s %9s %13s %13s %13s %9s %9s %9s %11s %11s %6s %14s %14s %13s %13s\n' concepts run "export s" "graph s" \
  "ratio" "after-lay" "pan-in p95" "zoom p95" "pan-fit p95" "fit ms" "HWM MB" "RSS MB" "stall-lay" "stall-draw" \
  "draws" "pan-in gap95" "zoom gap95" "zoom-det p95" "pan-det p95" | tee "$WORK/results.txt"
for n in $SIZES; do
  if [[ -f $n ]]; then file=$n; n=$(basename "$n" .json); else file=$(data_file "$n"); fi
  for ((run = 1; run <= RUNS; run++)); do
    # The command line, same file, same JVM defaults.
    if [[ -n ${LAUNCHER:-} ]]; then
      JAVA_TOOL_OPTIONS="${JAVA_OPTS[*]+${JAVA_OPTS[*]}}" \
        /usr/bin/time -o "$WORK/time.txt" -f "%e %M" "$LAUNCHER" export "$file" -o "$WORK/out.svg" >/dev/null 2>&1
    else
      /usr/bin/time -o "$WORK/time.txt" -f "%e %M" java ${JAVA_OPTS[@]+"${JAVA_OPTS[@]}"} -jar "$JAR" export "$file" -o "$WORK/out.svg" >/dev/null 2>&1
    fi
    read -r export_s export_kb <"$WORK/time.txt"

    log=$WORK/window-$n-$run.log
    start=$(now)
    traced=(-Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0 -Dprism.order=sw -Dpso.traceFrames=true)
    if [[ -n ${LAUNCHER:-} ]]; then
      JAVA_TOOL_OPTIONS="${JAVA_OPTS[*]+${JAVA_OPTS[*]} }${traced[*]}" "$LAUNCHER" "$file" \
        > >(while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done >"$log") 2>&1 &
    else
      java ${JAVA_OPTS[@]+"${JAVA_OPTS[@]}"} "${traced[@]}" \
        -jar "$JAR" "$file" > >(while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "$line"; done >"$log") 2>&1 &
    fi
    app=$!
    layout=$(wait_for "$log" '/pso-trace: layout done/ {print $1; exit}' "$TIMEOUT") || layout=""
    if (( GRAPH_NODES > 0 )); then
      graph=$(wait_for "$log" "\$2 == \"PULSE:\" {t = \$1} /Nodes rendered:/ && \$NF + 0 >= $GRAPH_NODES {print t; exit}" "$TIMEOUT") || graph=""
    else
      # The pulse logger prints a pulse when it ends: the first pulse printed after the mark drew the graph.
      graph=$(wait_for "$log" 'seen && /PULSE:/ {print $1; exit} /pso-trace: graph in scene/ {seen = 1}' "$TIMEOUT") || graph=""
    fi
    if [[ -z $graph ]]; then
      echo "$n run $run: no graph on screen within ${TIMEOUT}s (log: $log)"
      kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""
      continue
    fi
    # Until the window is idle (the view model may redraw the diagram for the window's size): five
    # seconds without a new mark and two without a new log line.
    for ((q = 0, last = -1; q < TIMEOUT; q++)); do
      size=$(stat -c %s "$log")
      mark=$(awk '/pso-trace:/ {t = $1} END {print t}' "$log")
      if [[ $size == "$last" ]] && awk -v m="$mark" -v t="$(now)" 'BEGIN {exit !(t - m > 5)}'; then break; fi
      last=$size; sleep 2
    done
    first=$(awk '$2 == "PULSE:" {print $1; exit}' "$log")
    read -r stall_lay stall_draw < <(awk -v a="$first" -v l="${layout:-$graph}" -v g="$graph" '
      $2 == "PULSE:" && $1 >= a && $1 <= g {
        if (p) { gap = ($1 - p) * 1000; if ($1 <= l) { if (gap > sl) sl = gap } else if (gap > sd) sd = gap }
        p = $1 }
      END { printf "%.0f %.0f\n", sl, sd }' "$log")
    draws=$(grep -c 'pso-trace: diagram drawn' "$log" || true)
    # The graph's middle: the left two thirds of the window hold the graph, the right third the details.
    read -r wx wy ww wh < <(xdotool search --sync --onlyvisible --name "PSO Explorer" getwindowgeometry --shell \
      | awk -F= '/^X=/{x=$2} /^Y=/{y=$2} /^WIDTH=/{w=$2} /^HEIGHT=/{h=$2} END {print x, y, w, h}')
    gx=$((wx + ww * 35 / 100)); gy=$((wy + wh * 55 / 100))
    xdotool mousemove "$gx" "$gy"; sleep 0.5

    a=$(now); wheel 4 12; sleep 0.5; b=$(now)
    drag -400 0 40; drag 0 -250 25; drag 400 250 40; sleep 0.5; c=$(now)
    xdotool key ctrl+0; sleep 1.5; d=$(now)
    wheel 4 6; wheel 5 6; sleep 0.5; e=$(now)
    drag -300 0 25; drag 300 0 25; sleep 0.5; f=$(now)
    xdotool key ctrl+0; sleep 1.5; wheel 4 32; sleep 1.5; d1=$(now)
    mode=$(awk -v t="$d1" '$1 <= t && /pso-trace: (overview|concepts. nodes)$/ {m = $0} END {print (m ~ /nodes/ ? "nodes" : "overview")}' "$log")
    [[ $mode == nodes ]] || echo "$n run $run: the detail phases ran on the overview (builds before 2026-11-30 21:00Z print no mark)" >&2
    wheel 4 4; wheel 5 4; sleep 0.5; d2=$(now)
    drag -300 0 25; drag 300 0 25; sleep 0.5; d3=$(now)

    read -r _ _ zoom_in_p95 _ < <(pulses "$log" "$a" "$b")
    read -r _ _ pan_in_p95 _ < <(pulses "$log" "$b" "$c")
    read -r _ _ _ fit_ms < <(pulses "$log" "$c" "$d")
    read -r _ _ zoom_fit_p95 _ < <(pulses "$log" "$d" "$e")
    read -r _ _ pan_fit_p95 _ < <(pulses "$log" "$e" "$f")
    read -r _ _ zoom_det_p95 _ < <(pulses "$log" "$d1" "$d2")
    read -r _ _ pan_det_p95 _ < <(pulses "$log" "$d2" "$d3")
    read -r pan_in_gap _ < <(gaps "$log" "$b" "$c")
    read -r zoom_in_gap _ < <(gaps "$log" "$a" "$b")
    hwm=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$app/status")
    rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$app/status")
    kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; app=""

    zoom_p95=$(printf '%s\n%s\n' "$zoom_in_p95" "$zoom_fit_p95" | sort -n | tail -1)
    awk -v n="$n" -v r="$run" -v ex="$export_s" -v s="$start" -v g="$graph" -v l="${layout:-0}" \
        -v pi="$pan_in_p95" -v z="$zoom_p95" -v pf="$pan_fit_p95" -v fit="$fit_ms" -v hwm="$hwm" -v rss="$rss" \
        -v sl="$stall_lay" -v sd="$stall_draw" -v dr="$draws" -v pg="$pan_in_gap" -v zg="$zoom_in_gap" \
        -v zd="$zoom_det_p95" -v pd="$pan_det_p95" 'BEGIN {
      printf "%-7s %-4s %9.2f %9.2f %9.2f %9s %13s %13s %13s %9s %9s %9s %11s %11s %6s %14s %14s %13s %13s\n", n, r, ex, g - s, (g - s) / ex,
        (l > 0 ? sprintf("%.2f", g - l) : "-"), pi, z, pf, fit, hwm, rss, sl, sd, dr, pg, zg, zd, pd }' | tee -a "$WORK/results.txt"
  done
done
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "== logs and results in $WORK (export peak RSS: see /usr/bin/time; window: VmHWM)"
