#!/usr/bin/env bash
# Install Debian's Chromium for the end-to-end tests when it is missing (Playwright's own
# browser download cannot work on these machines).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium is missing; install it with: sudo apt-get install -y chromium" >&2
  exit 1
fi
echo "installing Debian's chromium for the end-to-end tests"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
