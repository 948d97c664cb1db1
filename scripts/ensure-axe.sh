#!/usr/bin/env bash
# Vendor axe-core (npm) for the end-to-end accessibility test: the test injects
# tests/e2e/vendor/axe.min.js into each page as a script file, so nothing is fetched from a CDN at run time.
# The file (about 550 KB) is not committed; this script fetches it once with npm's own client.
set -euo pipefail
VERSION="${AXE_VERSION:-4.10.3}"
DEST="$(cd "$(dirname "$0")/.." && pwd)/tests/e2e/vendor"
if [ -f "$DEST/axe.min.js" ] && grep -q "axe v$VERSION" "$DEST/axe.min.js"; then exit 0; fi
if ! command -v npm >/dev/null 2>&1; then
  echo "npm is missing; install it with: sudo apt-get install -y npm" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "axe-core@$VERSION" >/dev/null && tar -xzf "axe-core-$VERSION.tgz")
mkdir -p "$DEST"
cp "$work/package/axe.min.js" "$work/package/LICENSE" "$DEST/"
echo "axe-core $VERSION vendored in $DEST"
