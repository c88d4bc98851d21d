#!/usr/bin/env bash
# Gives the app image an application class-data-sharing archive (docs/decisions/0005, addendum 2):
# every class a start of the window and of the command line loads — the JDK's, JavaFX's, the
# libraries' (Jackson, JGraphT, ControlsFX, picocli…) and ours — already parsed and verified, so a
# start maps them instead of reading them from their jars. The launcher points at it with
# -XX:SharedArchiveFile=$APPDIR/pso-explorer.jsa (pom.xml, dist profile).
#
#   src/dist/linux/cds-archive.sh target/dist/image/pso-explorer    # run by ./mvnw -Pdist package
#
# Two steps, so that the second can be run again wherever the image is installed:
#   1. training: the image's own launcher opens the window on the built-in taxonomy in a virtual
#      display (Xvfb), then runs `validate` and `export`, each listing the classes it loads; the
#      merged list is kept in the image as lib/app/pso-explorer.classlist (text, ~0.5 MB);
#   2. dump: the image's java makes a static archive from that list against the class path of the
#      launcher's .cfg. JDK 17 ties such an archive to the class path's absolute place, so the
#      .deb's postinst (src/dist/linux/resources) makes it again in /opt the same way; by hand,
#      `cds-archive.sh --dump-only DIR` does it for an image copied elsewhere.
# The runtime's own default archive then serves nothing (the launcher always names ours) and is
# deleted. Without Xvfb there is no training: the archive is made from the JDK's default class list
# (as jlink's was), the build says so and the image starts more slowly.
# The image must stay within MAX_IMAGE_BYTES: if it would not, the list's tail is left out (rank below).
set -euo pipefail

dump_only=""
if [[ ${1:-} == --dump-only ]]; then dump_only=yes; shift; fi
image=$(cd "${1:?usage: cds-archive.sh [--dump-only] APP_IMAGE}" && pwd -P)
launcher=$image/bin/pso-explorer
java=$image/lib/runtime/bin/java
app=$image/lib/app
list=$app/pso-explorer.classlist
archive=$app/pso-explorer.jsa
seconds=${CDS_TRAINING_SECONDS:-20}
max_bytes=${MAX_IMAGE_BYTES:-100000000}
work=$(mktemp -d)
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

# The class path exactly as the launcher gives it: the same jars in the same order, or the JVM
# refuses the archive.
class_path() {
  sed -n 's|^app\.classpath=\$APPDIR|'"$app"'|p' "$app/pso-explorer.cfg" | paste -sd:
}

dump() {
  rm -f "$archive"
  "$java" -Xshare:dump -XX:SharedClassListFile="$1" -XX:SharedArchiveFile="$archive" \
    -cp "$(class_path)" >"$work/dump.log" 2>&1 \
    || { echo "cds-archive: could not make the archive:" >&2; cat "$work/dump.log" >&2; return 1; }
}

if [[ -n $dump_only ]]; then
  dump "$list"
  exit 0
fi

# What the runtime carries for the JVM itself that a start never reads: the default archives (ours
# replaces them) and libjvm.so's symbol table (4 MB; only crash reports would name functions with it).
rm -f "$image/lib/runtime/lib/server/classes.jsa" "$image/lib/runtime/lib/server/classes_nocoops.jsa"
if command -v strip >/dev/null; then
  chmod u+w "$image/lib/runtime/lib/server/libjvm.so"
  strip --strip-unneeded "$image/lib/runtime/lib/server/libjvm.so"
fi

# DumpLoadedClassList numbers its classes; two lists merged would repeat numbers, which -Xshare:dump
# refuses, and only classes of custom loaders need them. Keeps the first place of each line.
merge() { sed -E 's/ id: [0-9]+$//' "$@" | awk '!seen[$0]++'; }

# The image has room for about two thirds of what a start loads, so the list is ordered by what an
# archived class saves, and the tail is what gets left out:
#   1. the @lambda-form-invoker lines: each regenerates a holder of method handle forms that spares
#      a start spinning dozens of classes;
#   2. the JDK's classes that its own default archive holds (lib/classlist): what every start of
#      the JVM loads first;
#   3. JavaFX's, the libraries' and our classes, and their lambdas: loaded by the application class
#      loader, so also checked by the bytecode verifier at every start without an archive;
#   4. the rest of the JDK's.
# Within each, the window's classes first, in the order it loads them, then what only the command
# line loads.
rank() {
  awk '
    FNR == NR { if ($0 !~ /^#/) usual[$1] = 1; next }
    {
      name = $1 == "@lambda-proxy" ? $2 : $1
      if ($1 == "@lambda-form-invoker") group = 1
      else if (name in usual) group = 2
      else if (name ~ /^com\/sun\/(javafx|prism|glass|scenario|marlin|pisces)\// \
               || name !~ /^(java|javax|jdk|sun|com\/sun|org\/w3c|org\/xml)\//) group = 3
      else group = 4
      lines[group] = lines[group] $0 "\n"
    }
    END { for (group = 1; group <= 4; group++) printf "%s", lines[group] }' "$1" -
}

if command -v Xvfb >/dev/null; then
  disp=:$((250 + RANDOM % 50))
  Xvfb "$disp" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null || true; cleanup' EXIT
  sleep 1
  # Preferences of its own, so the builder's remembered window, language and files play no part;
  # but some, as after a first use: reading them parses XML (two hundred classes of java.xml before
  # JavaFX even starts), which a start with no preferences yet would leave out of the archive.
  mkdir -p "$work/prefs/.java/.userPrefs/org/psoexplorer"
  cat >"$work/prefs/.java/.userPrefs/org/psoexplorer/prefs.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">
<map MAP_XML_VERSION="1.0">
  <entry key="window.x" value="0.0"/>
  <entry key="window.y" value="0.0"/>
  <entry key="window.width" value="1366.0"/>
  <entry key="window.height" value="740.0"/>
  <entry key="window.maximized" value="false"/>
</map>
XML
  # Without the (not yet made) archive: the launcher's option would only log that it is missing.
  # No citation cache, so the export lists the citation processor's classes whatever the builder exported before.
  opts="-Xshare:off -Djava.util.prefs.userRoot=$work/prefs -Dpso.citationCache=off"
  JAVA_TOOL_OPTIONS="$opts -XX:DumpLoadedClassList=$work/window.lst" \
    DISPLAY=$disp setsid "$launcher" >"$work/window.log" 2>&1 &
  run=$!
  sleep "$seconds"
  kill -TERM -- -"$run" 2>/dev/null || true
  for _ in $(seq 1 240); do
    kill -0 "$run" 2>/dev/null || break
    sleep 0.5
  done
  if [[ ! -s $work/window.lst ]]; then
    echo "cds-archive: the training run listed no classes; the app said:" >&2
    cat "$work/window.log" >&2
    exit 1
  fi
  JAVA_TOOL_OPTIONS="$opts -XX:DumpLoadedClassList=$work/validate.lst" \
    "$launcher" validate >"$work/cli.log" 2>&1 || true
  JAVA_TOOL_OPTIONS="$opts -XX:DumpLoadedClassList=$work/export.lst" \
    "$launcher" export -o "$work/pso.svg" >>"$work/cli.log" 2>&1 || true
  merge "$work/window.lst" "$work/validate.lst" "$work/export.lst" \
    | rank "$image/lib/runtime/lib/classlist" >"$list"
  trained=yes
else
  echo "cds-archive: no Xvfb, so no training run: the archive holds only the JDK's usual classes (the image starts more slowly)"
  merge "$image/lib/runtime/lib/classlist" >"$list"
  trained=""
fi

lines=$(grep -c . "$list")
keep=$lines
cp "$list" "$work/full.lst"
# CDS_FULL_LIST=FILE keeps the whole ranked list, to see what was left out.
[[ -n ${CDS_FULL_LIST:-} ]] && cp "$list" "$CDS_FULL_LIST"
for _ in 1 2 3 4 5; do
  head -n "$keep" "$work/full.lst" >"$list"
  dump "$list"
  size=$(du -sb "$image" | cut -f1)
  (( size <= max_bytes )) && break
  archive_bytes=$(stat -c %s "$archive")
  keep=$(( keep * (archive_bytes - (size - max_bytes) - 200000) / archive_bytes ))
done
size=$(du -sb "$image" | cut -f1)
if (( size > max_bytes )); then
  echo "cds-archive: the app image is $size bytes, over $max_bytes" >&2
  exit 1
fi
echo "cds-archive: application archive of ${trained:+trained }$keep of $lines classes and lambdas, $(stat -c %s "$archive") bytes; app image $size bytes"
