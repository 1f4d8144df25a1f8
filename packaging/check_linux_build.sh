#!/usr/bin/env bash
# Build the one-folder bundle from the spec and run the frozen --self-test offscreen, inside
# a private D-Bus session with gnome-keyring so the self-test proves the frozen app finds
# the Secret Service backend. Used by .ci/run on every submission.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$work/dist" --workpath "$work/build" packaging/vodmonitor.spec
app="$work/dist/vodmonitor/vodmonitor"
test -x "$app"
"$app" --version
export QT_QPA_PLATFORM=offscreen
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  dbus-run-session -- sh -c '
    export HOME=$(mktemp -d)
    printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$0" --self-test --data-dir "$HOME/state"' "$app"
else
  echo "warning: no D-Bus/gnome-keyring here; the keyring check runs without a desktop session" >&2
  "$app" --self-test --data-dir "$work/state"
fi
