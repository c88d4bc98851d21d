#!/bin/sh
# Run by `./mvnw package` (Unix): puts the launcher next to the jar and makes its class-data archive.
# The archive holds the classes that a few training exports load (both layout families, the force
# layout's multilevel path on a generated 1,200-concept taxonomy, SVG, PDF, PNG and the HTML page):
# each run lists its classes (-XX:DumpLoadedClassList), and one static dump (-Xshare:dump) archives
# the union, JDK classes included. One run's dynamic archive (-XX:ArchiveClassesAtExit) missed the
# classes of whatever that run did not do, and those were the ones a large export needs.
set -eu
src=$(dirname "$0")
out=$(cd "$1" && pwd)
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
cp "$src/pso-explorer" "$out/pso-explorer"
chmod +x "$out/pso-explorer"
rm -f "$out/pso-explorer.jsa" "$out"/cds-*.classlist
log="$out/cds-training.log"
: >"$log"

# A tree of 1,200 concepts (four children each), the size where the force layout turns multilevel.
awk 'BEGIN {
  n = 1200
  printf "{\"format\":\"pso-taxonomy/1\",\"title\":{\"en\":\"Training\"},\"defaultLanguage\":\"en\","
  printf "\"sources\":[{\"id\":\"s\",\"type\":\"book\",\"title\":\"Training\",\"year\":2000}],"
  printf "\"kinds\":[{\"id\":\"k\",\"label\":{\"en\":\"Kind\"},\"shape\":\"rounded\"}],"
  printf "\"relationTypes\":[{\"id\":\"kind-of\",\"label\":{\"en\":\"is a kind of\"},\"inverseLabel\":{\"en\":\"has kind\"},"
  printf "\"directed\":true,\"hierarchical\":true}],\"concepts\":["
  for (i = 0; i < n; i++) {
    printf "%s{\"id\":\"c%d\",\"kind\":\"k\",\"label\":{\"en\":\"Concept number %d\"},\"definition\":{\"en\":\"Concept %d.\"}", (i ? "," : ""), i, i, i
    printf "%s}", (i == 1 ? ",\"quotes\":[{\"text\":\"A quote.\",\"source\":\"s\",\"locator\":\"p. 1\"}]" : "")
  }
  printf "],\"relations\":["
  for (i = 1; i < n; i++) printf "%s{\"from\":\"c%d\",\"type\":\"kind-of\",\"to\":\"c%d\"}", (i > 1 ? "," : ""), i, int((i - 1) / 4)
  print "]}"
}' >"$out/cds-training.json"

run=0
train() {
  run=$((run + 1))
  # No citation cache: every run formats its footer, so the archive holds the citation processor
  # whatever the builder exported before (a cached footer loads none of it).
  JDK_JAVA_OPTIONS=-Dpso.citationCache=off \
    PSO_CDS_OPTION="-XX:DumpLoadedClassList=$out/cds-$run.classlist" "$out/pso-explorer" "$@" >>"$log" 2>&1
}
if train export --layout force -o "$out/cds-training.svg" \
  && train export "$out/cds-training.json" --layout force -o "$out/cds-training-force.svg" \
  && train export "$out/cds-training.json" --layout layered -o "$out/cds-training.pdf" \
  && train export --layout circular --scale 1 -o "$out/cds-training.png" \
  && train export -o "$out/cds-training.html"; then
  # The union of the lists, in first-seen order (a class list is loaded top to bottom).
  cat "$out"/cds-*.classlist | grep -v '^#' | awk '!seen[$0]++' >"$out/cds-training.classlist"
  "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$out/cds-training.classlist" \
    -XX:SharedArchiveFile="$out/pso-explorer.jsa" -cp "$out/pso-explorer.jar" >>"$log" 2>&1 \
    || echo "pso-explorer: no class-data archive (see $log); the launcher still works" >&2
else
  echo "pso-explorer: no class-data archive (training failed, see $log); the launcher still works" >&2
fi
rm -f "$out"/cds-[0-9]*.classlist
