#!/usr/bin/env bash
# Make sure Java is installed for the OWL 2 DL check (HermiT, run through owlready2), from
# Debian's packages. Idempotent: does nothing when java is already there.
set -euo pipefail
if command -v java >/dev/null 2>&1; then
  exit 0
fi
bash "$(dirname "$0")/apt-install.sh" "the OWL 2 DL check" default-jre-headless
