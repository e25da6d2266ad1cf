#!/bin/sh
# Install Piriformis Desktop for this user, from the unpacked release folder this script sits in:
#   ./install.sh               the program in ~/.local/lib/piriformis-desktop, the command in ~/.local/bin,
#                              the menu entry, icons, metadata and manual page in ~/.local/share
#   ./install.sh --uninstall   remove all of that again (your settings and history stay)
# PREFIX=/some/where ./install.sh installs under another prefix instead of ~/.local. No root needed.
set -eu

NAME=piriformis-desktop
APPSTREAM_ID=io.github.piriformis_desktop.PiriformisDesktop
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
APPDIR=$PREFIX/lib/$NAME
BINDIR=$PREFIX/bin
SHARE=$PREFIX/share
SIZES="16 22 24 32 48 64 128 256 512"

refresh_menus() {
  # Tell the desktop about the new entry and icons, where it has the tools; harmless where it has not.
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
  # *.prescription.toml opens with the app: shared-mime-info reads share/mime/packages.
  [ -d "$SHARE/mime/packages" ] && command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$SHARE/mime" || true
}

uninstall() {
  rm -rf "$APPDIR"
  rm -f "$BINDIR/$NAME" "$SHARE/applications/$NAME.desktop" "$SHARE/metainfo/$APPSTREAM_ID.metainfo.xml" \
        "$SHARE/man/man1/$NAME.1.gz" "$SHARE/icons/hicolor/scalable/apps/$NAME.svg" "$SHARE/mime/packages/$NAME.xml"
  for size in $SIZES; do rm -f "$SHARE/icons/hicolor/${size}x$size/apps/$NAME.png"; done
  refresh_menus
  echo "Removed Piriformis Desktop from $PREFIX. Your settings and history are still in ~/.config and ~/.local/share/$NAME."
}

install_all() {
  [ -x "$HERE/app/$NAME" ] || { echo "install.sh: run it from the unpacked release folder (app/ not found)" >&2; exit 1; }
  if ! "$HERE/app/$NAME" --version >/dev/null 2>&1; then
    echo "install.sh: the program does not start on this system. It needs Linux on $(uname -m) with glibc 2.36" >&2
    echo "or newer; the README lists the system libraries it uses." >&2
    exit 1
  fi
  rm -rf "$APPDIR"
  mkdir -p "$APPDIR" "$BINDIR"
  cp -R "$HERE/app/." "$APPDIR/"
  ln -sf "$APPDIR/$NAME" "$BINDIR/$NAME"
  # The menu entry starts the program by its full path: ~/.local/bin is not on every desktop's PATH.
  mkdir -p "$SHARE/applications"
  sed "s|^Exec=$NAME|Exec=$APPDIR/$NAME|" "$HERE/share/applications/$NAME.desktop" > "$SHARE/applications/$NAME.desktop"
  (cd "$HERE/share" && find icons metainfo man mime -type f) | while read -r file; do
    mkdir -p "$(dirname "$SHARE/$file")"
    cp "$HERE/share/$file" "$SHARE/$file"
  done
  refresh_menus
  echo "Installed Piriformis Desktop $("$APPDIR/$NAME" --version | cut -d' ' -f2) in $APPDIR."
  echo "Start it from your application menu, or run: $BINDIR/$NAME"
  case ":$PATH:" in *":$BINDIR:"*) ;; *) echo "($BINDIR is not on your PATH; the menu entry works all the same.)" ;; esac
}

case "${1:-}" in
  "") install_all ;;
  --uninstall) uninstall ;;
  *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
