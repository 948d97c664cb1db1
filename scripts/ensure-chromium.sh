#!/usr/bin/env bash
# Install Debian's Chromium for the end-to-end tests when it is missing (Playwright's own
# browser download cannot work on these machines).
exec bash "$(dirname "$0")/ensure-debian-package.sh" chromium chromium "the end-to-end tests"
