#!/usr/bin/env bash
# Check the package as users get it: build the wheel from a clean copy of the source, check
# what it holds, install it (not editable) with its dependencies into a fresh virtual
# environment, then run kg from a folder outside the checkout against copies of the bundled
# data: --version, build, stats, lookup, sparql, query, timeline --chart, viz, export, ingest
# (draft and --apply), and serve (one SPARQL query, the home page and the stylesheet over HTTP).
# The test suite only ever sees the editable install, which cannot catch a module or a
# template missing from the wheel.
#
# Usage: bash scripts/wheel-check.sh
# Environment: PYTHON (default python3) makes the fresh environment; KG_WHEEL_CHECK_KEEP=1
# keeps the scratch folder (its path is printed). pip's cache is reused.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
PYTHON=${PYTHON:-python3}
unset KG_PROJECT KG_STORE PYTHONPATH PYTHONHOME
export PIP_DISABLE_PIP_VERSION_CHECK=1

work=$(mktemp -d "${TMPDIR:-/tmp}/kg-wheel-check.XXXXXX")
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  if [ "${KG_WHEEL_CHECK_KEEP:-}" = 1 ]; then
    echo "wheel-check: scratch folder kept: $work" >&2
  else
    rm -rf "$work"
  fi
}
trap cleanup EXIT

failures=0
summary=()
started=$SECONDS

# note STATUS SECONDS WHAT: one line of the summary.
note() { summary+=("$(printf '%-4s %5ss  %s' "$1" "$2" "$3")"); }

fail() {
  echo "wheel-check: FAILED: $*" >&2
  failures=$((failures + 1))
}

# check WHAT EXPECTED CMD...: run CMD in the folder outside the checkout; it must exit 0
# within 5 minutes and print EXPECTED (a fixed string; empty: anything). Output: $work/out.
check() {
  local what=$1 expected=$2 t0=$SECONDS rc=0
  shift 2
  (cd "$work/run" && timeout 300 "$@") >"$work/out" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    fail "$what: exit code $rc"
    sed 's/^/    | /' "$work/out" | tail -n 40 >&2
    note FAIL $((SECONDS - t0)) "$what"
  elif [ -n "$expected" ] && ! grep -qF -- "$expected" "$work/out"; then
    fail "$what: output lacks \"$expected\""
    sed 's/^/    | /' "$work/out" | tail -n 40 >&2
    note FAIL $((SECONDS - t0)) "$what"
  elif grep -q "Traceback (most recent call last)" "$work/out"; then
    fail "$what: printed a traceback"
    sed 's/^/    | /' "$work/out" | tail -n 40 >&2
    note FAIL $((SECONDS - t0)) "$what"
  else
    note ok $((SECONDS - t0)) "$what"
  fi
}

# -- 1. A clean copy of the source (no build/, egg-info or caches from the checkout) --------
t0=$SECONDS
mkdir -p "$work/src" "$work/dist" "$work/run"
{ # tar exits 1 when a file changed while it was read: not an error here
  tar -C "$root" -cf - \
    --exclude=./.git --exclude=./.venv --exclude=./.kg --exclude=./build --exclude=./dist \
    --exclude='*.egg-info' --exclude=__pycache__ --exclude=.pytest_cache --exclude=.mypy_cache \
    --exclude=.ruff_cache --exclude=./drafts . || [ $? -eq 1 ]
} | tar -C "$work/src" -xf -

# -- 2. A fresh virtual environment; build the wheel with its pip -------------------------
"$PYTHON" -m venv "$work/venv"
py=$work/venv/bin/python
kg=$work/venv/bin/kg
if ! "$py" -m pip wheel -v --no-deps -w "$work/dist" "$work/src" >"$work/build.log" 2>&1; then
  tail -n 60 "$work/build.log" >&2
  echo "wheel-check: FAILED: building the wheel" >&2
  exit 1
fi
wheel=$(ls "$work"/dist/kg-*.whl)
if grep -q "is absent from the .packages. configuration" "$work/build.log"; then
  grep -B2 -A2 "is absent from the" "$work/build.log" >&2
  fail "building the wheel warned of data outside the packages configuration"
fi
if grep -qi "deprecat" "$work/build.log"; then
  echo "wheel-check: note: the build printed deprecation warnings:" >&2
  grep -i "deprecat" "$work/build.log" | sort -u | head -n 10 >&2
fi
note ok $((SECONDS - t0)) "build $(basename "$wheel")"

# -- 3. The wheel holds every module under kg/ and the data kg reads at run time -----------
t0=$SECONDS
if "$py" - "$wheel" "$work/src/kg" <<'PY'; then note ok $((SECONDS - t0)) "wheel contents"; else fail "wheel contents"; note FAIL $((SECONDS - t0)) "wheel contents"; fi
import sys
import zipfile
from pathlib import Path

wheel, source = sys.argv[1], Path(sys.argv[2])
names = set(zipfile.ZipFile(wheel).namelist())
wanted = sorted(
    "kg/" + p.relative_to(source).as_posix()
    for p in source.rglob("*")
    if p.is_file() and "__pycache__" not in p.parts and (p.suffix in {".py", ".html", ".css"} or p.name == "py.typed")
)
missing = [name for name in wanted if name not in names]
problems = [f"missing from the wheel: {name}" for name in missing]
for pattern, least in (("kg/ingest/*.py", 2), ("kg/templates/*.html", 1), ("kg/templates/*.css", 1)):
    found = [n for n in names if Path(n).match(pattern)]
    if len(found) < least:
        problems.append(f"the wheel has no {pattern}")
strays = sorted(n for n in names if not n.startswith(("kg/", "kg-")) or "__pycache__" in n)
problems += [f"unexpected in the wheel: {name}" for name in strays]
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"wheel: {len(names)} files, every one of the {len(wanted)} modules and data files under kg/")
PY

# -- 4. Install it (not editable) with its dependencies -----------------------------------
t0=$SECONDS
if ! "$py" -m pip install "$wheel" >"$work/install.log" 2>&1; then
  tail -n 40 "$work/install.log" >&2
  echo "wheel-check: FAILED: installing the wheel" >&2
  exit 1
fi
note ok $((SECONDS - t0)) "install the wheel and its dependencies into a fresh venv"
check "kg is imported from the venv, not the checkout" "$work/venv/lib" \
  "$py" -c 'import kg, kg.ingest, kg.cli; print(kg.__file__, kg.ingest.__file__)'
if grep -qF "$root/" "$work/out"; then fail "kg was imported from the checkout"; fi
# the page reader's main-text extraction works as installed (trafilatura needs lxml's html cleaner,
# a package of its own since lxml 5.2: without it every web page would be read by the fallback)
check "trafilatura reads a page in the installed venv" "the main text" \
  "$py" -c 'import trafilatura; print(trafilatura.extract("<html><body><article><p>" + "This is the main text of a page, long enough to keep. " * 5 + "</p></article></body></html>"))'

# -- 5. The commands, from outside the checkout, on a copy of the bundled data ------------
project=$work/project
mkdir -p "$project"
cp -R "$root/ontology" "$root/data" "$project/"
version=$(basename "$wheel" | cut -d- -f2)
check "kg --version" "kg, version $version" "$kg" --version
check "kg --help" "ingest" "$kg" --help
check "kg build" "" "$kg" --project "$project" build
[ -e "$project/.kg/current" ] || fail "kg build left no $project/.kg/current"
check "kg stats" "" "$kg" --project "$project" stats
check 'kg lookup "Huairou Science City"' "Huairou Science City" \
  "$kg" --project "$project" lookup "Huairou Science City"
check "kg sparql (science cities, csv)" "Huairou Science City" \
  "$kg" --project "$project" sparql 'SELECT ?city ?label WHERE { ?city a kg:ScienceCity ; rdfs:label ?label }' \
  --format csv
check "kg query --list" "rd-intensity-by-year" "$kg" --project "$project" query --list
check "kg query rd-intensity-by-year" "" "$kg" --project "$project" query rd-intensity-by-year
check 'kg timeline Beijing --chart chart.png' "" "$kg" --project "$project" timeline Beijing \
  --indicator "patents per 10,000 people" --chart "$work/run/chart.png"
[ -s "$work/run/chart.png" ] || fail "kg timeline --chart wrote no chart.png"
check "kg viz -o graph.html" "" "$kg" --project "$project" viz -o "$work/run/graph.html"
if [ ! -s "$work/run/graph.html" ] || ! grep -q "new vis\.Network" "$work/run/graph.html"; then
  fail "kg viz wrote no graph view (templates or the vis library missing?)"
fi
check "kg export --format turtle" "" "$kg" --project "$project" export --format turtle -o "$work/run/kg.ttl"
[ -s "$work/run/kg.ttl" ] || fail "kg export wrote nothing"
# Outside any project, without --project: a clear error, not a traceback.
if (cd "$work/run" && "$kg" stats) >"$work/out" 2>&1; then
  fail "kg stats outside any project succeeded"
elif ! grep -q "no kg project found" "$work/out" || grep -q Traceback "$work/out"; then
  fail "kg stats outside any project: unexpected error"
  sed 's/^/    | /' "$work/out" >&2
else
  note ok 0 "kg stats outside a project: a clear error"
fi

# -- 6. kg ingest on a small article, in a scratch copy of the project --------------------
scratch=$work/scratch
mkdir -p "$scratch"
cp -R "$root/ontology" "$root/data" "$scratch/"
cat >"$work/run/article.txt" <<'EOF'
Beijing opens new laboratories in Huairou Science City

Beijing will open three new laboratories in Huairou Science City this year, the city government said on Friday.
Zhongguancun Science City remains home to more than 20,000 high-tech companies.
EOF
source_id=beijing-opens-new-laboratories-in-huairou-science-city
check "kg ingest article.txt" "registered source $source_id" \
  "$kg" --project "$scratch" ingest article.txt --date 2024-03-01 --publisher "Wheel Check Daily" \
  --out "$work/run/draft.yaml"
[ -s "$scratch/data/sources/$source_id.txt" ] || fail "kg ingest registered no source text"
[ -s "$work/run/draft.yaml" ] || fail "kg ingest wrote no draft"
check "kg ingest --apply draft.yaml" "merged" "$kg" --project "$scratch" ingest --apply draft.yaml
check "kg lookup shows the merged fact" "$source_id" \
  "$kg" --project "$scratch" lookup "Zhongguancun Science City"

# -- 7. kg serve: one SPARQL query, the home page and the stylesheet, then stopped ---------
t0=$SECONDS
(cd "$work/run" && exec "$kg" --project "$project" serve --port 0) >"$work/serve.log" 2>&1 &
server=$!
url=""
for _ in $(seq 600); do
  url=$(grep -o 'http://[^ ]*/' "$work/serve.log" | head -n 1 || true)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$url" ]; then
  fail "kg serve did not start"
  sed 's/^/    | /' "$work/serve.log" >&2
  note FAIL $((SECONDS - t0)) "kg serve --port 0"
else
  note ok $((SECONDS - t0)) "kg serve --port 0 started"
  t0=$SECONDS
  if "$py" - "$url" <<'PY'; then note ok $((SECONDS - t0)) "kg serve answers: sparql, home and entity pages, style.css"; else fail "kg serve answers"; note FAIL $((SECONDS - t0)) "kg serve answers"; fi
import sys
import urllib.parse
import urllib.request

url = sys.argv[1]


def get(path: str, accept: str) -> str:
    request = urllib.request.Request(url + path, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 200, (path, response.status)
        return response.read().decode()


query = "SELECT ?city ?label WHERE { ?city a kg:ScienceCity ; rdfs:label ?label }"
csv = get("sparql?" + urllib.parse.urlencode({"query": query}), "text/csv")
assert "Huairou Science City" in csv, csv
home = get("", "text/html")
assert "<html" in home.lower(), home[:200]
page = get("entity/huairou-science-city", "text/html")
assert "Huairou Science City" in page, page[:200]
style = get("static/style.css", "text/css")
assert "{" in style, style[:200]
print(f"sparql: {len(csv.splitlines()) - 1} rows; home page {len(home)} chars; entity page {len(page)} chars;"
      f" stylesheet {len(style)} chars")
PY
fi
kill "$server" 2>/dev/null || true
for _ in $(seq 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$server" 2>/dev/null; then
  fail "kg serve did not stop on SIGTERM"
  kill -KILL "$server" 2>/dev/null || true
fi
wait "$server" 2>/dev/null || true
server=""

# -- Summary -------------------------------------------------------------------------------
echo "wheel-check: $(basename "$wheel") installed in a fresh venv, run from $work/run"
printf '  %s\n' "${summary[@]}"
if [ "$failures" -gt 0 ]; then
  echo "wheel-check: $failures check(s) FAILED ($((SECONDS - started))s)" >&2
  exit 1
fi
echo "wheel-check: all checks passed ($((SECONDS - started))s)"
