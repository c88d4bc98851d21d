#!/usr/bin/env bash
# Replaces the app image's native launcher (bin/pso-explorer) with a shell script that starts the
# image's own java with the same class path, main class and options, taken from the launcher's
# lib/app/pso-explorer.cfg (pom.xml, dist profile, stays where they are written).
#
#   src/dist/linux/shell-launcher.sh target/dist/image/pso-explorer    # run by ./mvnw -Pdist package
#
# Why: jpackage's Linux launcher (JDK 17 to 25 alike, LinuxPackage.c) asks the package managers which
# package owns it before every start — `rpm -qf`, then `dpkg -S`, and once installed `dpkg -L` —
# each a shell and a read of the package database: 0.4 s of every start here, window and command
# line (`--version` 1.0 s against 0.4 s for the same java command; BENCHMARKS.md, 2026-12-02), and
# more on a laptop with thousands of packages. The answer only tells the launcher where its own
# library is, which for this image is always beside it.
#
# The script resolves its own place through symlinks (the class path must name the jars exactly as
# the class-data archive was made with: canonical paths, as cds-archive.sh and the .deb's postinst
# use) and hands the arguments on untouched. jpackage's library (lib/libapplauncher.so) goes with
# its launcher.
set -euo pipefail

image=$(cd "${1:?usage: shell-launcher.sh APP_IMAGE}" && pwd -P)
name=pso-explorer
cfg=$image/lib/app/$name.cfg
[[ -f $cfg ]] || { echo "shell-launcher: no $cfg" >&2; exit 1; }

# A cfg value as one shell word: single-quoted, with $APPDIR left to the script.
word() {
  local quoted=${1//\'/\'\\\'\'}
  printf "'%s'" "${quoted//\$APPDIR/\'\"\$app\"\'}"
}

main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
[[ -n $main ]] || { echo "shell-launcher: $cfg names no main class" >&2; exit 1; }
window=() command=()
while IFS= read -r option; do
  window+=("$(word "$option")")
  # The young generation is held for the window's sake (pom.xml); a command sizes it below.
  [[ $option == -Xmn* ]] || command+=("$(word "$option")")
done < <(sed -n 's/^java-options=//p' "$cfg")
class_path=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd:)

# The java command with the given options, ending in the script's own arguments.
java_command() {
  echo 'exec "$app/../runtime/bin/'"$name"'" \'
  for option in "$@"; do echo "  $option \\"; done
  echo "  -Djpackage.app-path=\"\$self\" -cp $(word "$class_path") \\"
  echo "  $(word "$main") \"\$@\""
}

launcher=$image/bin/$name
rm -f "$launcher" "$image/lib/libapplauncher.so"
# The runtime's java under the app's name, so that process lists and system monitors show
# pso-explorer, as they did with jpackage's launcher, rather than java.
ln -sfn java "$image/lib/runtime/bin/$name"
{
  cat <<'HEAD'
#!/bin/sh
# PSO Explorer: the window, or the command line with a sub-command. Written by
# src/dist/linux/shell-launcher.sh from lib/app/pso-explorer.cfg: jpackage's own launcher asked rpm
# and dpkg which package owns it before every start, 0.4 s each time.
self=$(readlink -f "$0")
app=${self%/bin/*}/lib/app
# Only speed depends on the choice below: the program itself tells the window from a command.
if [ $# -eq 0 ] || [ -e "$1" ]; then
# The window, on nothing or on a file: the options the image was made with.
HEAD
  java_command "${window[@]}"
  cat <<'COMMAND'
fi
# A command (a sub-command or an option) starts as target/pso-explorer does (src/main/launcher): the
# serial collector, a young generation that starts at 32 MB and grows with the heap, and the heap in
# huge pages where the kernel gives them on request.
huge=
if { read -r thp </sys/kernel/mm/transparent_hugepage/enabled; } 2>/dev/null; then
  case $thp in *"[madvise]"*) huge=-XX:+UseTransparentHugePages ;; esac
fi
COMMAND
  java_command "${command[@]}" '-XX:+UseSerialGC' '-XX:NewSize=32m' '${huge:+"$huge"}'
} >"$launcher"
chmod 755 "$launcher"
sh -n "$launcher"
