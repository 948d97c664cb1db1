#!/usr/bin/env bash
# Install a Debian package the tests need when its command is missing (a browser or an office suite
# cannot be downloaded any other way on these machines): ensure-debian-package.sh COMMAND PACKAGE WHAT-FOR [APT-GET OPTION…]
# COMMAND may be an absolute path instead, for a package that brings a library but no command of its own.
set -euo pipefail
command_name=$1 package=$2 purpose=$3
shift 3
if [[ $command_name == /* ]]; then
  if [ -e "$command_name" ]; then exit 0; fi
elif command -v "$command_name" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "$command_name is missing; install it with: sudo apt-get install -y $* $package" >&2
  exit 1
fi
echo "installing Debian's $package for $purpose"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" "$package" >/dev/null
