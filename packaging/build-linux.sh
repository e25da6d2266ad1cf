#!/usr/bin/env bash
# Build the Linux releases from a PyInstaller one-folder bundle (`make bundle`, `make deb`):
#   build-linux.sh bundle PYTHON OUTDIR   the bundle, tidied, and OUTDIR/piriformis-desktop-VERSION-linux-ARCH.tar.gz
#   build-linux.sh deb    PYTHON OUTDIR   OUTDIR/piriformis-desktop_VERSION-1_ARCH.deb from that bundle, checked by lintian
# PYTHON is the venv's interpreter with PyInstaller (the `dist` extra). Work files go to build/.
set -euo pipefail
cd "$(dirname "$0")/.."

ACTION=$1 PYTHON=$2 OUTDIR=$3
NAME=piriformis-desktop
VERSION=$("$PYTHON" -c 'import sys; sys.path.insert(0, "src"); import piriformis_desktop as p; print(p.__version__)')
ARCH=$(uname -m)
DEB_ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
APPSTREAM_ID=io.github.piriformis_desktop.PiriformisDesktop
BUNDLE=build/bundle/$NAME
mkdir -p "$OUTDIR"

say() { printf '%s: %s\n' "$ACTION" "$*"; }

# The files every Linux release installs beside the program: menu entry, icons, metadata, manual page.
stage_desktop_files() {  # $1: the prefix (…/share lives under it)
  local share=$1/share
  install -D -m 644 packaging/$NAME.desktop "$share/applications/$NAME.desktop"
  install -D -m 644 packaging/$APPSTREAM_ID.metainfo.xml "$share/metainfo/$APPSTREAM_ID.metainfo.xml"
  install -D -m 644 packaging/$NAME-mime.xml "$share/mime/packages/$NAME.xml"  # *.prescription.toml
  "$PYTHON" packaging/make_icons.py "$share/icons"
  install -d "$share/man/man1"
  gzip -9n < packaging/$NAME.1 > "$share/man/man1/$NAME.1.gz"
  chmod 644 "$share/man/man1/$NAME.1.gz"
}

build_bundle() {
  say "PyInstaller one-folder bundle"
  rm -rf "$BUNDLE"
  "$PYTHON" -m PyInstaller --noconfirm --log-level WARN --distpath build/bundle --workpath build/pyinstaller \
    packaging/$NAME.spec
  local internal=$BUNDLE/_internal
  # The build machine's Python carries an RPATH to its own lib/ folder; in the bundle the loader finds
  # libpython beside it, so the path only leaks the build machine (and lintian rightly objects).
  find "$BUNDLE" -type f -name '*.so*' | while read -r lib; do
    case "$(patchelf --print-rpath "$lib" 2>/dev/null)" in
      /*) patchelf --remove-rpath "$lib" ;;
    esac
  done
  # Strip symbols the program never needs. Not NumPy's files: they were rewritten by auditwheel and
  # stripping them breaks OpenBLAS ("ELF load command address/offset not page-aligned").
  find "$BUNDLE" -type f \( -name '*.so*' -o -name "$NAME" \) -not -path "*/numpy/*" -not -path "*/numpy.libs/*" \
    -exec sh -c 'file -b "$1" | grep -q "not stripped" && strip --strip-unneeded --remove-section=.comment --remove-section=.note "$1"' _ {} \; || true
  # Shared libraries are not programs.
  find "$BUNDLE" -type f -name '*.so*' -exec chmod 644 {} +
  find "$BUNDLE" -type d -exec chmod 755 {} +
  chmod 755 "$BUNDLE/$NAME"
  cp LICENSE THIRD-PARTY-NOTICES.md "$BUNDLE/"
  say "bundle: $(du -sm "$BUNDLE" | cut -f1) MiB in $BUNDLE"

  local top=$NAME-$VERSION stage=build/tarball
  rm -rf "$stage" && mkdir -p "$stage/$top"
  cp -a "$BUNDLE" "$stage/$top/app"
  stage_desktop_files "$stage/$top"
  install -m 755 packaging/install.sh "$stage/$top/install.sh"
  cp LICENSE THIRD-PARTY-NOTICES.md CHANGELOG.md "$stage/$top/"
  local tarball=$OUTDIR/$NAME-$VERSION-linux-$ARCH.tar.gz
  tar --owner=0 --group=0 --numeric-owner --sort=name -C "$stage" -cf - "$top" | gzip -6n > "$tarball"
  say "$tarball: $(du -m "$tarball" | cut -f1) MiB"
}

build_deb() {
  [ -x "$BUNDLE/$NAME" ] || { echo "no bundle in $BUNDLE: run make bundle first" >&2; exit 1; }
  local root=build/deb/root doc
  rm -rf build/deb && mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin"
  cp -a "$BUNDLE" "$root/opt/$NAME"
  rm "$root/opt/$NAME/LICENSE" "$root/opt/$NAME/THIRD-PARTY-NOTICES.md"  # in /usr/share/doc instead
  ln -s "/opt/$NAME/$NAME" "$root/usr/bin/$NAME"
  stage_desktop_files "$root/usr"
  doc=$root/usr/share/doc/$NAME
  install -d "$doc"
  install -m 644 packaging/debian/copyright "$doc/copyright"
  gzip -9n < packaging/debian/changelog > "$doc/changelog.Debian.gz"
  gzip -9n < CHANGELOG.md > "$doc/changelog.gz"
  gzip -9n < THIRD-PARTY-NOTICES.md > "$doc/THIRD-PARTY-NOTICES.md.gz"
  chmod 644 "$doc"/*.gz
  install -D -m 644 packaging/debian/lintian-overrides "$root/usr/share/lintian/overrides/$NAME"
  local size
  size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
  sed -e "s/@VERSION@/$VERSION-1/" -e "s/@ARCH@/$DEB_ARCH/" -e "s/@SIZE@/$size/" packaging/debian/control.in \
    > "$root/DEBIAN/control"
  local deb=$OUTDIR/${NAME}_$VERSION-1_$DEB_ARCH.deb
  # xz at level 6 for the smaller download
  dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
  say "$deb: $(du -m "$deb" | cut -f1) MiB, installed $((size / 1024)) MiB"
  if command -v lintian >/dev/null; then
    say "lintian"
    lintian --fail-on error --suppress-tags-from-file /dev/null "$deb"
  fi
}

case $ACTION in
  bundle) build_bundle ;;
  deb) build_deb ;;
  *) echo "usage: $0 bundle|deb PYTHON OUTDIR" >&2; exit 2 ;;
esac
