#!/usr/bin/env bash
# Installs the MigDesk one-folder bundle this script sits in, with its menu entry, icons,
# AppStream metadata and the .migdesk file type, so that double-clicking an exchange file
# opens it in MigDesk.
#
#   ./install.sh              for you:      ~/.local/opt/migdesk, ~/.local/bin/migdesk, ~/.local/share
#   sudo ./install.sh --system for everyone: /opt/migdesk, /usr/local/bin/migdesk, /usr/local/share
#   ./install.sh --uninstall [--system]      removes what the same command installed
#
# The menu entry runs `migdesk` (Exec=migdesk %f), so the bin folder must be on PATH:
# ~/.local/bin is on most distributions once it exists (log out and in after the first
# install); /usr/local/bin always is.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=io.github.migdesk.MigDesk
MODE=user
ACTION=install
for arg in "$@"; do
  case "$arg" in
    --system) MODE=system ;;
    --uninstall) ACTION=uninstall ;;
    *) echo "usage: $0 [--system] [--uninstall]" >&2; exit 2 ;;
  esac
done

if [ "$MODE" = system ]; then
  PREFIX=/usr/local
  APPDIR=/opt/migdesk
else
  PREFIX=$HOME/.local
  APPDIR=$PREFIX/opt/migdesk
fi
SHARE=$PREFIX/share

# The caches desktops read; each tool is optional (a minimal system may lack them, and
# desktops rescan on login anyway).
refresh() {
  if command -v update-mime-database >/dev/null; then update-mime-database "$SHARE/mime" || true; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$SHARE/applications" || true; fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" || true
  fi
}

if [ "$ACTION" = uninstall ]; then
  rm -f "$PREFIX/bin/migdesk" "$SHARE/applications/$APP_ID.desktop" \
    "$SHARE/metainfo/$APP_ID.metainfo.xml" "$SHARE/mime/packages/$APP_ID.xml"
  find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
  rm -rf "$APPDIR"
  refresh
  echo "install: removed MigDesk from $APPDIR and $PREFIX (your databases are kept)"
  exit 0
fi

[ -x "$HERE/migdesk" ] || { echo "install: $HERE/migdesk not found: run me from the unpacked bundle" >&2; exit 1; }

# Copy the folder unless we are already running from the target (a second run).
if [ "$HERE" != "$APPDIR" ]; then
  rm -rf "$APPDIR.new"
  mkdir -p "$(dirname "$APPDIR")"
  cp -a "$HERE" "$APPDIR.new"
  rm -rf "$APPDIR"
  mv "$APPDIR.new" "$APPDIR"  # the old version stays usable until the new one is complete
fi
mkdir -p "$PREFIX/bin"
ln -sfn "$APPDIR/migdesk" "$PREFIX/bin/migdesk"
mkdir -p "$SHARE"
cp -a "$APPDIR/share/." "$SHARE/"
refresh
echo "install: MigDesk installed in $APPDIR; command $PREFIX/bin/migdesk; menu entry MigDesk"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "install: note: $PREFIX/bin is not on your PATH yet; the menu entry needs it (log out and in)" ;;
esac
