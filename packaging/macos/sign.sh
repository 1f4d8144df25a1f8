#!/usr/bin/env bash
# Sign (hardened runtime), notarize and staple the .app and the .dmg when the secrets exist;
# otherwise sign ad hoc and say so. Env: MACOS_SIGN_IDENTITY, APPLE_ID, APPLE_TEAM_ID,
# APPLE_APP_PASSWORD (an app-specific password for notarytool).
set -euo pipefail
app=${1:?usage: sign.sh path/to/vodmonitor.app [path/to/vodmonitor.dmg]}
dmg=${2:-}
entitlements="$(dirname "$0")/entitlements.plist"
if [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "::warning::MACOS_SIGN_IDENTITY not set: ad-hoc signing; Gatekeeper will warn users"
  codesign --force --deep --sign - "$app"
  exit 0
fi
codesign --force --deep --options runtime --timestamp \
  --entitlements "$entitlements" --sign "$MACOS_SIGN_IDENTITY" "$app"
codesign --verify --strict --verbose=2 "$app"
if [ -n "$dmg" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
  if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
  else
    echo "::warning::notarization secrets not set: the DMG is signed but not notarized"
  fi
fi
