# Sourced by the window benchmarks: a private Xvfb screen (1366×768, 24-bit) on a free-looking
# display number from $1, exported as DISPLAY, and killed on exit with the app the script keeps in
# $app (the script sets it while an app runs and clears it after).
start_display() {
  disp=:$(( $1 + RANDOM % 50 ))
  Xvfb "$disp" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  app=""
  trap '[[ -n $app ]] && kill "$app" 2>/dev/null; kill "$xvfb" 2>/dev/null || true' EXIT
  sleep 1
  export DISPLAY=$disp
}
