#!/usr/bin/env bash
# Make sure a Chromium for the browser tests is installed (Debian's package; no browser download).
# Idempotent: does nothing when chromium (or $KG_CHROMIUM) is already there.
set -euo pipefail
if [ -n "${KG_CHROMIUM:-}" ] || command -v chromium >/dev/null 2>&1; then
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" "the browser tests" chromium fonts-dejavu-core
