#!/usr/bin/env bash
# Make sure Java is installed for the OWL 2 DL check (HermiT, run through owlready2), from
# Debian's packages. Idempotent: does nothing when java is already there.
set -euo pipefail
if command -v java >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "java.sh: java is missing and this user cannot install it (apt-get install default-jre-headless)" >&2
  exit 0
fi
echo "java.sh: installing Debian's default-jre-headless for the OWL 2 DL check" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq default-jre-headless >/dev/null
