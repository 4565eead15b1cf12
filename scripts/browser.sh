#!/usr/bin/env bash
# Make sure a Chromium for the browser tests is installed (Debian's package; no browser download).
# Idempotent: does nothing when chromium (or $KG_CHROMIUM) is already there.
set -euo pipefail
if [ -n "${KG_CHROMIUM:-}" ] || command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "browser.sh: chromium is missing and this user cannot install it (apt-get install chromium)" >&2
  exit 0
fi
echo "browser.sh: installing Debian's chromium for the browser tests" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
