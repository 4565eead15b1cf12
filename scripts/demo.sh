#!/usr/bin/env bash
# The main job: set up, build the graph from the bundled data, and show what it holds.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
kg=.venv/bin/kg
echo "== kg build";                                  $kg build
echo; echo "== kg stats";                            $kg stats
echo; echo '== kg lookup "Huairou Science City"';    $kg lookup "Huairou Science City"
echo; echo "== kg query rd-intensity-by-year";       $kg query rd-intensity-by-year
