#!/usr/bin/env bash
# Install the wheel into a brand-new venv, as `pipx install` would, and try it the way a user would:
# --version, --print-sheet, and a whole session under Xvfb at PIRIFORMIS_TIME_SCALE=100, recorded in the history.
#   check-wheel.sh PYTHON dist/piriformis_desktop-VERSION-py3-none-any.whl
set -euo pipefail
PYTHON=$1 WHEEL=$2
WORK=$(mktemp -d)
# The session runs in a process group of its own (setsid): xvfb-run, Xvfb and the app all end with it.
cleanup() {
  if [ -n "${GUI_PID:-}" ]; then kill -TERM -- "-$GUI_PID" 2>/dev/null || true; wait "$GUI_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet "$WHEEL"
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/config XDG_DATA_HOME=$WORK/home/data
APP=$WORK/venv/bin/piriformis-desktop
echo "check-wheel: $("$APP" --version) from a fresh venv"
QT_QPA_PLATFORM=offscreen "$APP" --print-sheet "$WORK/sheet.pdf"
head -c 5 "$WORK/sheet.pdf" | grep -q '%PDF-'

# A whole session on a real (virtual) X screen, 100 times faster than life, then the history must hold it.
command -v xvfb-run >/dev/null || { echo "check-wheel: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }
PIRIFORMIS_TIME_SCALE=100 setsid xvfb-run -a -s "-screen 0 1366x768x24" "$APP" --start >"$WORK/gui.log" 2>&1 &
GUI_PID=$!
for _ in $(seq 600); do
  if "$APP" --export-history - 2>/dev/null | tail -n +2 | grep -q ','; then break; fi
  sleep 0.2
done
row=$("$APP" --export-history - | tail -n +2)
[ -n "$row" ] || { echo "check-wheel: no session was recorded; the app said:" >&2; cat "$WORK/gui.log" >&2; exit 1; }
echo "check-wheel: a session under Xvfb was recorded: $(echo "$row" | head -1 | cut -c1-100)"
