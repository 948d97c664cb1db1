#!/usr/bin/env bash
# Install Debian's LibreOffice Calc (headless) for the tests that open every export in a real office
# suite; it is a Debian package, so it installs where a browser build or a download would not.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "soffice is missing; install it with: sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui" >&2
  exit 1
fi
echo "installing Debian's libreoffice-calc-nogui for the export tests"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
