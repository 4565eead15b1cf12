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
echo; echo "== the same graph in an on-disk store: kg push --to oxigraph:DIR, then --store oxigraph:DIR"
disk=$(mktemp -d)
$kg push --to "oxigraph:$disk/kg.db"
$kg --store "oxigraph:$disk/kg.db" lookup "Zhongguancun Science City" > "$disk/card.txt"
head -n 6 "$disk/card.txt"
rm -rf "$disk"
echo; echo "== kg serve: the SPARQL endpoint and an entity page over HTTP (then stopped)"
log=$(mktemp)
$kg serve --port 0 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q "Serving the graph at" "$log" && break; sleep 0.1; done
cat "$log"
url=$(grep -o 'http://[^ ]*/' "$log" | head -1)
.venv/bin/python - "$url" <<'PY'
import sys, urllib.parse, urllib.request
url = sys.argv[1]
query = "SELECT ?city ?label WHERE { ?city a kg:ScienceCity ; rdfs:label ?label }"
request = urllib.request.Request(url + "sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": "text/csv"})
print("GET /sparql (Accept: text/csv):")
print(urllib.request.urlopen(request).read().decode())
request = urllib.request.Request(url + "entity/huairou-science-city", headers={"Accept": "text/turtle"})
turtle = urllib.request.urlopen(request).read().decode()
print("GET /entity/huairou-science-city (Accept: text/turtle):", len(turtle.splitlines()), "lines, e.g.")
print("\n".join(line for line in turtle.splitlines() if line.startswith("ent:huairou")))
PY
