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

desktop-file-validate /usr/share/applications/$NAME.desktop
appstreamcli validate --no-net /usr/share/metainfo/*.metainfo.xml >/dev/null
dpkg -r "$NAME"
[ ! -e /usr/bin/$NAME ] && [ ! -e /opt/$NAME ] || { echo "dpkg -r left files behind" >&2; exit 1; }
echo "check-deb.sh: installed, ran without Python on PATH, removed: ok"
