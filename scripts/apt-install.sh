#!/usr/bin/env bash
# apt-install.sh WHY PACKAGE...: install Debian packages for the tests (as root, or with sudo).
# A user who can do neither is told what to install, and the script still exits 0.
set -euo pipefail
why=$1
shift
if [ "$(id -u)" = 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "apt-install.sh: this user cannot install $* for $why (apt-get install $*)" >&2
  exit 0
fi
echo "apt-install.sh: installing Debian's $* for $why" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
