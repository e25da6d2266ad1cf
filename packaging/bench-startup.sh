#!/usr/bin/env bash
# Start-up of the bundle against a venv install of the wheel: seconds from launch until the main window is
# mapped on an Xvfb screen (xdotool), median of RUNS launches each, interleaved, in a fresh home folder.
#   bench-startup.sh BUNDLE_EXECUTABLE VENV_EXECUTABLE [RUNS]
set -euo pipefail
BUNDLE=$1 VENV=$2 RUNS=${3:-7}
WORK=$(mktemp -d)
export HOME=$WORK XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data DISPLAY=:91
Xvfb :91 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
sleep 1
launch() {  # prints seconds to the window mapped
  local started app
  started=$(date +%s.%N)
  "$1" >/dev/null 2>&1 & app=$!
  until xdotool search --onlyvisible --name "^Piriformis Desktop" >/dev/null 2>&1; do sleep 0.01; done  # --sync polls at 0.5 s
  echo "$(date +%s.%N) - $started" | bc
  kill $app; wait $app 2>/dev/null || true
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
launch "$BUNDLE" >/dev/null; launch "$VENV" >/dev/null  # warm the file cache
for _ in $(seq "$RUNS"); do
  launch "$BUNDLE" >> "$WORK/bundle"
  launch "$VENV" >> "$WORK/venv"
done
printf 'launch to window mapped, median of %s (Xvfb):\n  bundle: %.3f s (min %.3f)\n  venv:   %.3f s (min %.3f)\n' "$RUNS" \
  "$(median < "$WORK/bundle")" "$(sort -n "$WORK/bundle" | head -1)" "$(median < "$WORK/venv")" "$(sort -n "$WORK/venv" | head -1)"
