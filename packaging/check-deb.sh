#!/usr/bin/env bash
# Prove the .deb on this machine (as root): install it with dpkg, run the installed program with no Python
# on PATH and no PYTHONHOME/PYTHONPATH, check it maps no Python from outside the bundle, remove it again.
#   check-deb.sh dist/piriformis-desktop_VERSION-1_ARCH.deb
set -euo pipefail
DEB=$1
NAME=piriformis-desktop
[ "$(id -u)" -eq 0 ] || { echo "check-deb.sh: needs root (dpkg -i)" >&2; exit 1; }
if dpkg -s "$NAME" >/dev/null 2>&1; then
  echo "check-deb.sh: $NAME is already installed here; not touching it" >&2
  exit 1
fi
HOME_DIR=$(mktemp -d)
cleanup() {
  [ -n "${GUI_PID:-}" ] && kill "$GUI_PID" 2>/dev/null || true
  dpkg -r "$NAME" >/dev/null 2>&1 || true
  rm -rf "$HOME_DIR"
}
trap cleanup EXIT

dpkg -i "$DEB"
# A clean environment: the only PATH is /usr/bin:/bin, and nothing tells a Python where to look.
bare() { env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"; }

version=$(bare /usr/bin/$NAME --version)
echo "installed: $version"
[ "$version" = "$NAME $(dpkg-deb -f "$DEB" Version | sed 's/-[^-]*$//')" ] || { echo "unexpected --version: $version" >&2; exit 1; }
bare /usr/bin/$NAME --print-sheet "$HOME_DIR/sheet.pdf"
head -c 5 "$HOME_DIR/sheet.pdf" | grep -q '%PDF-' || { echo "--print-sheet wrote no PDF" >&2; exit 1; }
bare /usr/bin/$NAME --print-report "$HOME_DIR/report.pdf"

# The window, offscreen: once Qt's widgets are loaded, no Python from outside /opt/$NAME may be mapped.
env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen /usr/bin/$NAME \
  >"$HOME_DIR/gui.log" 2>&1 &
GUI_PID=$!
for _ in $(seq 100); do
  grep -q libQt6Widgets "/proc/$GUI_PID/maps" 2>/dev/null && break
  sleep 0.1
done
grep -q libQt6Widgets "/proc/$GUI_PID/maps" || { echo "the window never loaded Qt's widgets" >&2; exit 1; }
if awk '{print $6}' "/proc/$GUI_PID/maps" | grep -i python | grep -v "^/opt/$NAME/"; then
  echo "the installed program maps a Python from outside its bundle (above)" >&2
  exit 1
fi
echo "Python files mapped, all under /opt/$NAME: $(awk '{print $6}' "/proc/$GUI_PID/maps" | grep -ic python | head -1)"
kill "$GUI_PID"; wait "$GUI_PID" 2>/dev/null || true; GUI_PID=
echo "what the window said on stderr:"; sed 's/^/  /' "$HOME_DIR/gui.log"

# The History tab on a real (virtual) X screen: its chart loads pyqtgraph and NumPy, the bundle's most fragile
# part. Give it a history, click the tab, and require NumPy's OpenBLAS mapped and no traceback.
export_home() { env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" LANG=C.UTF-8 "$@"; }
printf '%s\n' "started_at,ended_at,local_date,duration_seconds,completed,exercises_done,exercises_total,first_side,settings_json,pain_before,pain_after,pain_where,note" \
  "2026-11-02T18:00:00+00:00,2026-11-02T18:06:25+00:00,2026-11-02,385.0,true,3,3,right,{},,,," \
  "2026-11-04T18:00:00+00:00,2026-11-04T18:06:25+00:00,2026-11-04,385.0,true,3,3,left,{},,3,," > "$HOME_DIR/history.csv"
export_home /usr/bin/$NAME --import-history "$HOME_DIR/history.csv"
Xvfb :93 -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 & XVFB_PID=$!
trap 'kill "$XVFB_PID" 2>/dev/null || true; cleanup' EXIT
sleep 1
env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" LANG=C.UTF-8 DISPLAY=:93 /usr/bin/$NAME >"$HOME_DIR/gui.log" 2>&1 &
GUI_PID=$!
window=
for _ in $(seq 100); do window=$(DISPLAY=:93 xdotool search --name "Piriformis Desktop" 2>/dev/null | head -1) && break; sleep 0.1; done
[ -n "$window" ] || { echo "no window on the X screen" >&2; cat "$HOME_DIR/gui.log" >&2; exit 1; }
sleep 1
DISPLAY=:93 xdotool mousemove --window "$window" 216 40 click 1  # the History tab
for _ in $(seq 100); do grep -q libscipy_openblas "/proc/$GUI_PID/maps" && break; sleep 0.1; done
if ! grep -q libscipy_openblas "/proc/$GUI_PID/maps" || grep -q Traceback "$HOME_DIR/gui.log"; then
  echo "the History chart did not load; the app said:" >&2; cat "$HOME_DIR/gui.log" >&2; exit 1
fi
echo "History chart loaded (NumPy and pyqtgraph) on an X screen"
kill "$GUI_PID"; wait "$GUI_PID" 2>/dev/null || true; GUI_PID=

desktop-file-validate /usr/share/applications/$NAME.desktop
appstreamcli validate --no-net /usr/share/metainfo/*.metainfo.xml >/dev/null
dpkg -r "$NAME"
[ ! -e /usr/bin/$NAME ] && [ ! -e /opt/$NAME ] || { echo "dpkg -r left files behind" >&2; exit 1; }
echo "check-deb.sh: installed, ran without Python on PATH, removed: ok"
