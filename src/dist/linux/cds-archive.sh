#!/usr/bin/env bash
# Remakes the app image runtime's class-data-sharing archive from what a start of the window loads
# (docs/decisions/0005, addendum). jlink's own archive holds only the JDK's most common classes;
# this one also holds JavaFX's and the rest of the JDK's that the window needs, already parsed and
# verified, so each start maps them instead of reading them again. It is the runtime's default
# archive: no launcher option, and it serves wherever the image is installed (the .deb puts it in
# /opt), because the runtime moves with it. The libraries' and our own classes stay out: JDK 17 ties
# those to the class path's absolute place, which installing changes.
#
#   src/dist/linux/cds-archive.sh target/dist/image/pso-explorer    # run by ./mvnw -Pdist package
#
# The training run opens the window in a virtual display; without Xvfb, jlink's archive stays.
# The image must stay within MAX_IMAGE_MB: if the full archive would pass it, the classes loaded
# last are left out until it fits.
set -euo pipefail

image=$(cd "${1:?usage: cds-archive.sh APP_IMAGE}" && pwd -P)
launcher=$image/bin/pso-explorer
server=$image/lib/runtime/lib/server
seconds=${CDS_TRAINING_SECONDS:-30}
max_mb=${MAX_IMAGE_MB:-99}

if ! command -v Xvfb >/dev/null; then
  echo "cds-archive: no Xvfb, so no training run: the image keeps jlink's smaller archive (it starts more slowly)"
  exit 0
fi

work=$(mktemp -d)
disp=:$((250 + RANDOM % 50))
Xvfb "$disp" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1

# One start of the window through the launcher, with preferences of its own (the builder's remembered
# window, language and files play no part), listing every class it loads, in the order it loads them.
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classes.lst -Djava.util.prefs.userRoot=$work/prefs" \
  DISPLAY=$disp setsid "$launcher" >"$work/run.log" 2>&1 &
run=$!
sleep "$seconds"
kill -TERM "$run" 2>/dev/null || true
for _ in $(seq 1 240); do
  kill -0 "$run" 2>/dev/null || break
  sleep 0.5
done
if [[ ! -s $work/classes.lst ]]; then
  echo "cds-archive: the training run listed no classes; the app said:" >&2
  cat "$work/run.log" >&2
  exit 1
fi

# classes_nocoops.jsa only serves heaps over 32 GB, which this app never asks for.
rm -f "$server/classes_nocoops.jsa"
dump() {
  rm -f "$server/classes.jsa"
  "$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$1" \
    -XX:SharedArchiveFile="$server/classes.jsa" >"$work/dump.log" 2>&1 \
    || { echo "cds-archive: could not make the archive:" >&2; cat "$work/dump.log" >&2; exit 1; }
}
lines=$(wc -l <"$work/classes.lst")
keep=$lines
for _ in 1 2 3 4; do
  head -n "$keep" "$work/classes.lst" >"$work/kept.lst"
  dump "$work/kept.lst"
  size=$(du -sm "$image" | cut -f1)
  (( size <= max_mb )) && break
  archive=$(du -sm "$server/classes.jsa" | cut -f1)
  keep=$(( keep * (archive - (size - max_mb) - 1) / archive ))
done
size=$(du -sm "$image" | cut -f1)
if (( size > max_mb )); then
  echo "cds-archive: the app image is $size MB, over $max_mb MB" >&2
  exit 1
fi
echo "cds-archive: runtime archive of $keep of the $lines classes a start loads, $(du -sm "$server/classes.jsa" | cut -f1) MB; app image $size MB"
