#!/usr/bin/env bash
# Build RenewDesk.app, sign it, wrap it in a .dmg, then sign, notarise and staple the .dmg.
#
# Usage: packaging/macos/build_dmg.sh [--app PATH/RenewDesk.app] [--out PATH.dmg]
#   Without --app, runs `packaging/build.py --no-installer` first to build dist/RenewDesk.app.
#   packaging/build.py calls this script itself on macOS, with both options.
#
# Environment (each step is skipped, with a note, when its variables are unset):
#   RENEWDESK_CODESIGN_IDENTITY        "Developer ID Application: Example AB (TEAMID1234)"
#                                      (or its SHA-1 hash), in the login or a CI keychain
#   RENEWDESK_NOTARY_KEYCHAIN_PROFILE  a profile stored with `xcrun notarytool store-credentials`
#     or all three of:
#   RENEWDESK_NOTARY_APPLE_ID          the Apple ID (email) of a developer-team member
#   RENEWDESK_NOTARY_TEAM_ID           the 10-character team ID
#   RENEWDESK_NOTARY_PASSWORD          an app-specific password for that Apple ID
#   PYTHON                             the interpreter with RenewDesk's dependencies (python3)
#
# Notarisation needs a signed app; an unsigned build still gets a .dmg (for local testing:
# Gatekeeper will refuse it on other Macs).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
ENTITLEMENTS="$HERE/entitlements.plist"
APP=""
OUT=""

while [ $# -gt 0 ]; do
  case "$1" in
    --app) APP="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "build_dmg.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

if [ "$(uname -s)" != "Darwin" ]; then
  echo "build_dmg.sh: runs on macOS only (hdiutil, codesign, notarytool)" >&2
  exit 2
fi

VERSION="$("$PYTHON" -c "import sys; sys.path.insert(0, '$ROOT/packaging'); import appinfo; print(appinfo.version())")"
if [ -z "$APP" ]; then
  "$PYTHON" "$ROOT/packaging/build.py" --no-installer
  APP="$ROOT/dist/RenewDesk.app"
fi
[ -d "$APP" ] || { echo "build_dmg.sh: $APP does not exist" >&2; exit 2; }
OUT="${OUT:-$ROOT/dist/RenewDesk-$VERSION-macos-$(uname -m).dmg}"
IDENTITY="${RENEWDESK_CODESIGN_IDENTITY:-}"

# --- 1. sign the app ----------------------------------------------------------
if [ -n "$IDENTITY" ]; then
  echo "Signing $APP as $IDENTITY (hardened runtime)"
  # PyInstaller lays the bundle out for codesign: code in Contents/MacOS and
  # Contents/Frameworks, data in Contents/Resources. --deep then signs every
  # nested dylib, extension module and Qt framework with the same identity,
  # hardened runtime and secure timestamp, which notarisation requires of each.
  codesign --force --deep --timestamp \
    --options runtime \
    --entitlements "$ENTITLEMENTS" \
    --sign "$IDENTITY" \
    "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
  # Notarisation rejects any Mach-O file that is unsigned or only ad-hoc
  # signed; find them here, with their names, rather than in Apple's log.
  UNSIGNED=()
  while IFS= read -r -d '' file; do
    case "$(file -b "$file")" in *Mach-O*) ;; *) continue ;; esac
    details="$(codesign -dvv "$file" 2>&1 || true)"
    if ! printf '%s' "$details" | grep -q "^Authority=" \
        || printf '%s' "$details" | grep -q "Signature=adhoc"; then
      UNSIGNED+=("$file")
    fi
  done < <(find "$APP/Contents" -type f -print0)
  if [ "${#UNSIGNED[@]}" -gt 0 ]; then
    echo "build_dmg.sh: not signed with $IDENTITY:" >&2
    printf '  %s\n' "${UNSIGNED[@]}" >&2
    exit 1
  fi
  # A signed, still un-notarised app must at least start under the hardened runtime.
  QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/RenewDesk" --smoke-test
else
  echo "RENEWDESK_CODESIGN_IDENTITY is not set: the app keeps PyInstaller's ad-hoc signature"
fi

# --- 2. the disk image ----------------------------------------------------------
STAGING="$(mktemp -d "${TMPDIR:-/tmp}/renewdesk-dmg.XXXXXX")"
trap 'rm -rf "$STAGING"' EXIT
# ditto keeps symlinks, extended attributes and signatures intact.
ditto "$APP" "$STAGING/RenewDesk.app"
ln -s /Applications "$STAGING/Applications"  # drag-to-install target
rm -f "$OUT"
mkdir -p "$(dirname "$OUT")"
# hdiutil sometimes fails with "Resource busy" right after a build; retry.
for attempt in 1 2 3; do
  if hdiutil create -volname "RenewDesk $VERSION" -srcfolder "$STAGING" \
      -fs HFS+ -format UDZO -ov "$OUT"; then
    break
  fi
  [ "$attempt" -eq 3 ] && { echo "build_dmg.sh: hdiutil failed" >&2; exit 1; }
  echo "hdiutil failed, retrying in 5 s ($attempt/3)"
  sleep 5
done

if [ -z "$IDENTITY" ]; then
  echo "Built unsigned $OUT"
  exit 0
fi
codesign --force --timestamp --sign "$IDENTITY" "$OUT"
codesign --verify --verbose=2 "$OUT"

# --- 3. notarise and staple -------------------------------------------------------
NOTARY_AUTH=()
if [ -n "${RENEWDESK_NOTARY_KEYCHAIN_PROFILE:-}" ]; then
  NOTARY_AUTH=(--keychain-profile "$RENEWDESK_NOTARY_KEYCHAIN_PROFILE")
elif [ -n "${RENEWDESK_NOTARY_APPLE_ID:-}" ] && [ -n "${RENEWDESK_NOTARY_TEAM_ID:-}" ] \
    && [ -n "${RENEWDESK_NOTARY_PASSWORD:-}" ]; then
  NOTARY_AUTH=(--apple-id "$RENEWDESK_NOTARY_APPLE_ID"
               --team-id "$RENEWDESK_NOTARY_TEAM_ID"
               --password "$RENEWDESK_NOTARY_PASSWORD")
else
  echo "No notarisation credentials: $OUT is signed but not notarised"
  exit 0
fi

echo "Submitting $OUT to Apple's notary service (this waits for the verdict)"
RESULT="$(xcrun notarytool submit "$OUT" "${NOTARY_AUTH[@]}" --wait --output-format json)"
STATUS="$(printf '%s' "$RESULT" | "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin).get("status", ""))')"
if [ "$STATUS" != "Accepted" ]; then
  SUBMISSION="$(printf '%s' "$RESULT" | "$PYTHON" -c 'import json, sys; print(json.load(sys.stdin).get("id", ""))')"
  echo "build_dmg.sh: notarisation ended with status '$STATUS'; Apple's log:" >&2
  if [ -n "$SUBMISSION" ]; then
    xcrun notarytool log "$SUBMISSION" "${NOTARY_AUTH[@]}" >&2 || true
  fi
  exit 1
fi

# Staple the ticket so Gatekeeper accepts the image offline too.
xcrun stapler staple "$OUT"
xcrun stapler validate "$OUT"
spctl --assess --type open --context context:primary-signature --verbose=2 "$OUT"
echo "Signed, notarised and stapled $OUT"
