#!/usr/bin/env bash
# Screenshots of the installed app (the .deb), started from its menu entry's Exec line under Xvfb, into OUTDIR:
# screenshot-ready.png (the main entry), screenshot-session.png (the "Start today's routine" action, a few
# seconds in), screenshot-history.png (the History tab over twelve weeks of sessions made by PYTHON, the
# project's venv). Each run starts from an empty home folder.
#   screenshots-installed.sh PYTHON OUTDIR
set -euo pipefail
PYTHON=$1 OUT=$2
ENTRY=/usr/share/applications/piriformis-desktop.desktop
mkdir -p "$OUT"
WORK=$(mktemp -d)
export HOME=$WORK XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data
export DISPLAY=:77
Xvfb :77 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & XVFB=$!
trap 'kill $XVFB 2>/dev/null; rm -rf "$WORK"' EXIT
sleep 1
main_exec=$(sed -n '0,/^Exec=/s/^Exec=//p' "$ENTRY")
start_exec=$(sed -n '/^\[Desktop Action start\]/,$s/^Exec=//p' "$ENTRY")

fresh_home() { rm -rf "$WORK"/*; }

shoot() {  # $1: the command line, $2: seconds to wait, $3: file, $4: an x,y to click first (optional)
  local command=$1 wait=$2 file=$3 window
  $command & local app=$!
  for _ in $(seq 100); do window=$(xdotool search --name "Piriformis Desktop" 2>/dev/null | head -1) && break; sleep 0.1; done
  sleep 1
  if [ -n "${4:-}" ]; then xdotool mousemove --window "$window" ${4/,/ } click 1; fi
  sleep "$wait"
  import -window "$window" "$OUT/$file"
  kill $app; wait $app 2>/dev/null || true
}

fresh_home; shoot "$main_exec" 1 screenshot-ready.png
fresh_home; shoot "$start_exec" 15 screenshot-session.png
fresh_home
"$PYTHON" - <<'PY'
from datetime import date, datetime, timedelta, timezone
from piriformis_desktop import paths
from piriformis_desktop.core.history import SessionRecord, open_history
store = open_history(paths.history_path()).store
today = date.today()
for back in range(84, 0, -1):
    day = today - timedelta(days=back)
    if day.weekday() in (0, 2, 4) or (back % 11 == 0):
        start = datetime(day.year, day.month, day.day, 18, tzinfo=timezone.utc)
        store.record(SessionRecord(started_at=start, ended_at=start + timedelta(seconds=385), local_date=day,
                                   duration_seconds=385.0, completed=back % 13 != 0, exercises_done=3,
                                   exercises_total=3, first_side="right", settings={"weekly_goal": 3}))
store.close()
PY
shoot "$main_exec" 3 screenshot-history.png 216,40  # the History tab
ls -la "$OUT"
