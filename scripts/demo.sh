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
echo; echo '== kg timeline Beijing --indicator "patents per 10,000 people"'
$kg timeline Beijing --indicator "patents per 10,000 people"
echo; echo "== kg conflicts --kind related";         $kg conflicts --kind related
echo; echo "== kg viz -o kg-graph.html";              $kg viz -o kg-graph.html
