#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for MigDesk development: the system libraries Qt
# needs (offscreen and X11/xcb), Xvfb for real windows, poppler-utils for looking at PDFs,
# and a virtual environment in .venv with MigDesk and its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(
  libegl1 libgl1 libopengl0 libfontconfig1 libglib2.0-0 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0
  libxcb-xkb1 xvfb xauth poppler-utils age
  postgresql postgresql-contrib
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# pip's and the build backend's chatter (setuptools' note on editable installs of a
# package whose data folder is mapped from resources/) goes to a log, shown only on failure.
pip_install() {
  if ! .venv/bin/python -m pip install -q "$@" >.venv/pip-install.log 2>&1; then
    cat .venv/pip-install.log >&2
    echo "setup: pip install $* failed (log above)" >&2
    exit 1
  fi
}
pip_install --upgrade pip
pip_install -e '.[test]'
.venv/bin/python -c "import migdesk, PySide6, sqlalchemy, reportlab" >/dev/null
echo "setup: ready (.venv)"
