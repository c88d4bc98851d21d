#!/bin/sh
# Run by `./mvnw package` (Unix): puts the launcher next to the jar and makes its class-data archive
# from one training export of the built-in taxonomy (JDK 17: -XX:ArchiveClassesAtExit).
set -eu
src=$(dirname "$0")
out=$1
cp "$src/pso-explorer" "$out/pso-explorer"
chmod +x "$out/pso-explorer"
rm -f "$out/pso-explorer.jsa"
PSO_CDS_OPTION="-XX:ArchiveClassesAtExit=$out/pso-explorer.jsa" \
  "$out/pso-explorer" export --layout force -o "$out/cds-training.svg" >"$out/cds-training.log" 2>&1 \
  || echo "pso-explorer: no class-data archive (see $out/cds-training.log); the launcher still works" >&2
