#!/usr/bin/env bash
# Set up and run the whole test suite: lint, types, then pytest (with doctests and the browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/browser.sh
bash scripts/java.sh
.venv/bin/ruff check kg tests benchmarks
.venv/bin/ruff format --check kg tests benchmarks
.venv/bin/mypy
.venv/bin/pytest "$@"
