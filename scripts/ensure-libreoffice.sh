#!/usr/bin/env bash
# Install Debian's LibreOffice Calc (headless) for the test that opens every export in a real office suite.
exec bash "$(dirname "$0")/ensure-debian-package.sh" soffice libreoffice-calc-nogui "the export tests" --no-install-recommends
