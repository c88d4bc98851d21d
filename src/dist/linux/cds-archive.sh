#!/usr/bin/env bash
# Gives the app image class-data-sharing archives of what a start loads (docs/decisions/0005,
# addendum): opens the image's own window in a virtual display on the built-in taxonomy, lets it
# draw the graph, and has the JVM archive every class it loaded: the JDK's and JavaFX's into the
# runtime's own archive, the libraries' and ours into lib/app/pso-explorer.jsa. The launcher then
# maps them at each start instead of reading, parsing and verifying them again.
#
#   src/dist/linux/cds-archive.sh target/dist/image/pso-explorer    # run by ./mvnw -Pdist package
#
# Without Xvfb the image is left as it is: it starts, only more slowly.
set -euo pipefail

image=$(cd "${1:?usage: cds-archive.sh APP_IMAGE}" && pwd -P)
launcher=$image/bin/pso-explorer
app=$image/lib/app
cfg=$app/pso-explorer.cfg
archive=$app/pso-explorer.jsa
seconds=${CDS_TRAINING_SECONDS:-20}

if ! command -v Xvfb >/dev/null; then
  echo "cds-archive: no Xvfb, so no training run: the image has no application CDS archive (it starts more slowly)"
  exit 0
fi
if grep -q 'SharedArchiveFile' "$cfg"; then
  echo "cds-archive: $cfg already names an archive" >&2
  exit 1
fi

work=$(mktemp -d)
disp=:$((250 + RANDOM % 50))
Xvfb "$disp" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1

# A start of the window, through the launcher itself (so the class path is exactly the one it passes at
# every start), with its own preferences (the builder's remembered window and files play no part).
train() {
  JAVA_TOOL_OPTIONS="$1 -Xlog:cds=off -Xlog:cds+dynamic=off -Djava.util.prefs.userRoot=$work/prefs" \
    DISPLAY=$disp setsid "$launcher" >"$work/run.log" 2>&1 &
  local run=$!
  sleep "$seconds"
  # The JVM writes what it was asked to at exit, and SIGTERM gives a normal exit.
  kill -TERM "$run" 2>/dev/null || true
  for _ in $(seq 1 240); do
    kill -0 "$run" 2>/dev/null || break
    sleep 0.5
  done
}

# 1. Which classes a start loads.
train "-XX:DumpLoadedClassList=$work/classes.lst"
[[ -s $work/classes.lst ]] || { echo "cds-archive: the training run listed no classes; the app said:" >&2; cat "$work/run.log" >&2; exit 1; }

# 2. The runtime's own archive, remade with those of the JDK's and JavaFX's modules: they move with the
#    image, so it serves wherever the image is installed. (The class path's are skipped here.)
base=$image/lib/runtime/lib/server/classes.jsa
rm -f "$base" "$image/lib/runtime/lib/server/classes_nocoops.jsa"  # the latter only serves heaps over 32 GB
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" \
  -XX:SharedArchiveFile="$base" >"$work/dump.log" 2>&1 \
  || { echo "cds-archive: could not remake the runtime's archive:" >&2; cat "$work/dump.log" >&2; exit 1; }

# 3. The libraries' and the app's classes, on top of it.
rm -f "$archive"
train "-XX:ArchiveClassesAtExit=$archive"
if [[ ! -s $archive ]]; then
  echo "cds-archive: the training run wrote no archive; the app said:" >&2
  cat "$work/run.log" >&2
  exit 1
fi

# The launcher maps the app's archive from wherever the image is. Installed elsewhere (the .deb puts
# it in /opt), JDK 17 finds the recorded class path changed and maps the runtime's archive alone:
# silently, so that the command line's output stays clean.
sed -i '/^\[JavaOptions\]$/a java-options=-XX:SharedArchiveFile=$APPDIR/pso-explorer.jsa\
java-options=-Xlog:cds=off\
java-options=-Xlog:cds+dynamic=off' "$cfg"
grep -q 'SharedArchiveFile' "$cfg" || { echo "cds-archive: $cfg has no [JavaOptions] section" >&2; exit 1; }
echo "cds-archive: archives of the classes a start loads: $(du -h "$base" | cut -f1) runtime, $(du -h "$archive" | cut -f1) app; app image $(du -sh "$image" | cut -f1)"
