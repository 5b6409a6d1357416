#!/usr/bin/env bash
# Builds the one-folder Linux app (dist/migdesk) with PyInstaller and smoke-tests it the
# way a user's machine runs it: no virtual environment, no checkout, no display.
#
#   bash packaging/build-bundle.sh            # build + smoke test
#   bash packaging/build-bundle.sh --archive  # also dist/migdesk-VERSION-linux-ARCH.tar.gz
#   bash packaging/build-bundle.sh --no-build # only smoke-test the dist/migdesk already there
#
# Needs .venv with the test extra (PyInstaller is in it): bash packaging/setup-dev.sh.
# Takes about 2-3 minutes on two cores and ~200 MB of disk (packaging/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
DIST=${DIST:-$ROOT/dist}
WORK=${WORK:-$ROOT/build/pyinstaller}
ARCHIVE=0
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --archive) ARCHIVE=1 ;;
    --no-build) BUILD=0 ;;
    *) echo "usage: $0 [--archive] [--no-build]" >&2; exit 2 ;;
  esac
done

fail() { echo "build-bundle: FAILED: $*" >&2; exit 1; }

"$PYTHON" -c "import PyInstaller" 2>/dev/null \
  || fail "PyInstaller is not in $PYTHON: run bash packaging/setup-dev.sh (it is in the test extra)"
VERSION=$("$PYTHON" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")
APPDIR=$DIST/migdesk
APP=$APPDIR/migdesk

started=$(date +%s)
if [ "$BUILD" = 1 ]; then
  echo "build-bundle: building MigDesk $VERSION into $APPDIR"
  # --noconfirm: replace the previous dist/migdesk without asking. No --clean: PyInstaller's
  # cache of analysed binaries (~/.cache/pyinstaller) saves about a third of the time.
  "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/migdesk.spec

  # Desktop integration beside the executable, laid out like <prefix>/share so that
  # install.sh (or a distribution package) copies it as is.
  SHARE=$APPDIR/share
  mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/mime/packages" "$SHARE/icons"
  cp packaging/linux/io.github.migdesk.MigDesk.desktop "$SHARE/applications/"
  cp packaging/linux/io.github.migdesk.MigDesk.metainfo.xml "$SHARE/metainfo/"
  cp packaging/linux/migdesk-mime.xml "$SHARE/mime/packages/io.github.migdesk.MigDesk.xml"
  cp -r packaging/linux/icons/hicolor "$SHARE/icons/"
  cp packaging/linux/install.sh "$APPDIR/install.sh"
fi
[ -x "$APP" ] || fail "$APP does not exist"
built=$(date +%s)

# --- Smoke test -------------------------------------------------------------------------
# env -i: no VIRTUAL_ENV, PYTHONPATH, PYTHONHOME or LD_LIBRARY_PATH from this shell; HOME
# in a scratch folder so nothing touches the real user's data; cwd outside the checkout.
# Qt offscreen: no display needed (and none used by the command line anyway).
SMOKE=$(mktemp -d)
trap 'rm -rf "$SMOKE"' EXIT
mkdir -p "$SMOKE/home"
bundle() {
  (cd "$SMOKE" && env -i PATH=/usr/bin:/bin HOME="$SMOKE/home" LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen "$@")
}

echo "build-bundle: smoke test in $SMOKE"
[ -n "$(find "$APPDIR" -name '_rl_accel*.so' -print -quit)" ] \
  || fail "ReportLab's C speedups (_rl_accel) are not in the bundle"
# The interface in Spanish, French and Portuguese: MigDesk's .qm files and Qt's own.
for lang in es fr pt; do
  [ -f "$APPDIR/_internal/migdesk/resources/translations/migdesk_$lang.qm" ] \
    || fail "migdesk_$lang.qm is not in the bundle"
done
for qm in qtbase_es.qm qtbase_fr.qm qtbase_pt_BR.qm; do
  [ -n "$(find "$APPDIR" -name "$qm" -print -quit)" ] || fail "Qt's own $qm is not in the bundle"
done
out=$(bundle "$APP" --version) || fail "--version"
[ "$out" = "migdesk $VERSION" ] || fail "--version printed '$out', expected 'migdesk $VERSION'"

bundle "$APP" --db demo.sqlite init --demo >/dev/null || fail "init --demo (migrations or demo JSON missing?)"
meeting=$(bundle "$APP" --db demo.sqlite list meetings | head -n 1 | cut -d ' ' -f 1)
[ -n "$meeting" ] || fail "list meetings: the demo meeting is missing"
bundle "$APP" --db demo.sqlite list meetings --json >/dev/null || fail "list meetings --json"
# Signed and encrypted exchange files: cryptography's native module and the word list.
bundle "$APP" identity show | grep -q "^fingerprint: [a-z]* [a-z]*" || fail "identity show (word list?)"
echo "smoke test passphrase" > "$SMOKE/pw"
bundle "$APP" --db demo.sqlite export sealed.migdesk --passphrase-file pw >/dev/null || fail "export --passphrase-file"
bundle "$APP" --db other.sqlite import sealed.migdesk --passphrase-file pw >/dev/null || fail "import an encrypted file"

bundle "$APP" --db demo.sqlite pdf summary "$meeting" -o summary.pdf || fail "pdf summary"
pdf=$SMOKE/summary.pdf
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "pdf summary did not write a PDF"
# Fonts embedded: ReportLab writes TrueType subsets as /FontFile2 streams named after the
# DejaVu files; a base-14 font (Helvetica, Times) would mean the bundled fonts were not found.
grep -aq "/FontFile2" "$pdf" || fail "summary.pdf has no embedded TrueType font"
grep -aq "DejaVuSerif" "$pdf" || fail "summary.pdf does not use the bundled DejaVu Serif"
if grep -aqE "/BaseFont /(Helvetica|Times-Roman|Courier)" "$pdf"; then
  fail "summary.pdf uses a base-14 font"
fi

# Every shared library in the bundle must find what it links to, in the bundle or in the
# base system (catches an over-eager prune in migdesk.spec). The bootloader puts
# _internal on the library path at run time; ldd needs to be told. A library that this
# machine lacks too (the Wayland client libraries on a headless build host) is the user's
# desktop's to provide: a warning. One that this machine has was left out: an error.
INTERNAL=$APPDIR/_internal
missing=$(find "$INTERNAL" -name '*.so*' -type f -print0 \
  | xargs -0 -n 50 env LD_LIBRARY_PATH="$INTERNAL:$INTERNAL/PySide6/Qt/lib" ldd 2>/dev/null \
  | awk '/not found/ {print $1}' | sort -u || true)
system_libs=$(/sbin/ldconfig -p 2>/dev/null || ldconfig -p)
for lib in $missing; do
  if grep -qF " $lib " <<<"$system_libs"; then
    fail "$lib is on this machine but not in the bundle, and a bundled library needs it"
  fi
  echo "build-bundle: warning: $lib is needed by a bundled library; the user's system must provide it"
done

# The window: started offscreen on the demo database, it must still be running after
# 10 s (timeout's exit code 124); a crash at start exits earlier with another code. An
# exception in a slot does not end the app (the error dialog shows it) but its traceback
# goes to stderr too: that fails the test as well.
set +e
bundle timeout 10 "$APP" --db demo.sqlite >"$SMOKE/gui.log" 2>&1
gui=$?
set -e
if [ $gui -ne 124 ] || grep -q "Traceback" "$SMOKE/gui.log"; then
  cat "$SMOKE/gui.log" >&2
  fail "the window exited with code $gui within 10 s, or raised an exception"
fi

if [ "$ARCHIVE" = 1 ]; then
  tarball=$DIST/migdesk-$VERSION-linux-$(uname -m).tar.gz
  tar -C "$DIST" -czf "$tarball" migdesk
  echo "build-bundle: archive $tarball ($(du -h "$tarball" | cut -f 1))"
fi

echo "build-bundle: OK: $APPDIR, $(du -sh "$APPDIR" | cut -f 1), built in $((built - started)) s, smoke test $(( $(date +%s) - built )) s"
