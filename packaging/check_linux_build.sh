#!/usr/bin/env bash
# Build the one-folder bundle from the spec, check that Qt's X11 platform plugin finds every
# library it needs, report the bundle's size, and run the frozen --self-test twice: offscreen
# inside a private D-Bus session with gnome-keyring (the frozen app must find the Secret
# Service backend), and on a real X server (Xvfb) so the xcb plugin is proven to load.
# Used by .ci/run on every submission, and by the release workflow, which sets
# VODMONITOR_BUNDLE_OUT to keep the checked bundle as a .tar.gz.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
# A guard against regressions: 160 MB with everything the app loads (Qt's ICU data alone is
# 39 MB, cryptography for the Secret Service 12 MB, PostgreSQL's libpq 12 MB).
MAX_BUNDLE_MB=${MAX_BUNDLE_MB:-165}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$work/dist" --workpath "$work/build" packaging/vodmonitor.spec
bundle="$work/dist/vodmonitor"
app="$bundle/vodmonitor"
test -x "$app"
test -x "$bundle/vodmonitor-cli"
"$bundle/vodmonitor-cli" --version

# A platform plugin that cannot load makes the app abort at start on a user's desktop.
qt="$bundle/_internal/PySide6/Qt"
missing=$(LD_LIBRARY_PATH="$qt/lib:$bundle/_internal" ldd "$qt/plugins/platforms/libqxcb.so" \
  "$qt"/lib/libQt6XcbQpa.so* 2>&1 | grep "not found" | sort -u || true)
if [ -n "$missing" ]; then
  echo "the xcb platform plugin misses libraries (install them before building):" >&2
  echo "$missing" >&2
  exit 1
fi

size_mb=$(du -sm "$bundle" | cut -f1)
echo "bundle: ${size_mb} MB ($(find "$bundle" -type f | wc -l) files)"
if [ "$size_mb" -gt "$MAX_BUNDLE_MB" ]; then
  echo "the bundle is ${size_mb} MB, over ${MAX_BUNDLE_MB} MB: check the spec's excludes" >&2
  exit 1
fi

export QT_QPA_PLATFORM=offscreen
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  dbus-run-session -- sh -c '
    export HOME=$(mktemp -d)
    printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    VODMONITOR_SELF_TEST_KEYRING=1 "$0" --self-test --data-dir "$HOME/state"' "$app"
else
  echo "warning: no D-Bus/gnome-keyring here; the keyring check runs without a desktop session" >&2
  "$app" --self-test --data-dir "$work/state"
fi

if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb VODMONITOR_SELF_TEST_NATIVE=1 \
    "$app" --self-test --data-dir "$work/state-x11"
elif [ -n "${VODMONITOR_REQUIRE_XVFB:-}" ]; then
  echo "VODMONITOR_REQUIRE_XVFB: the xcb platform plugin must be proven to load" >&2
  exit 1
else
  echo "warning: no xvfb-run here; the xcb platform plugin was not started" >&2
fi

if [ -n "${VODMONITOR_BUNDLE_OUT:-}" ]; then
  mkdir -p "$(dirname "$VODMONITOR_BUNDLE_OUT")"
  tar -czf "$VODMONITOR_BUNDLE_OUT" -C "$work/dist" vodmonitor
  echo "kept as $VODMONITOR_BUNDLE_OUT ($(du -m "$VODMONITOR_BUNDLE_OUT" | cut -f1) MB)"
fi
