"""The stores side by side at 10k, 100k and 1M triples, against a plain rdflib in-memory baseline.

For each size a synthetic graph shaped like ours is generated (:mod:`kg.synthetic`, seed 0),
then each store is measured in a process of its own (so peak memory is its own):

- ``memory``: the embedded store, loading the N-Triples file (``--store memory:FILE``);
- ``oxigraph``: the on-disk store, imported once with ``kg load`` (import time reported
  apart), then opened read-only;
- ``sparql``: ``oxigraph serve`` on loopback, filled with ``kg push`` (push time reported
  apart); analyses pull their subgraph over HTTP;
- ``rdflib``: ``rdflib.Graph().parse()`` of the same file, queried with rdflib's SPARQL
  engine (load, label lookup, label search and the named queries; the analyses and views
  are the same NetworkX code whatever the store, so they are not repeated for it).

Figures: load (open) time, peak memory (max RSS of the process), a lookup (find by exact
label + the entity card), a label lookup by FILTER equality, a label search (substring), the
named queries (total), ``analyze`` (projection + report, betweenness sampled above 1,000
nodes), ``viz --focus`` (a hub, depth 1, HTML written) and a whole ``kg lookup`` process.

Run: ``.venv/bin/python benchmarks/stores_scale.py [--sizes 10000 100000 1000000]
[--stores memory oxigraph sparql rdflib] [--readme]``. Prints a Markdown table and checks
the targets at the largest size; ``--readme`` also writes the table into
``benchmarks/README.md``. Measured figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KG = str(Path(sys.executable).with_name("kg"))
LABEL_RE = re.compile(
    r"^<https://w3id\.org/beijing-innovation-kg/entity/[^>]+> "
    r'<http://www\.w3\.org/2000/01/rdf-schema#label> "([^"\\]+)"@en \.$'
)


def _timed(fn: Any, repeat: int = 1) -> tuple[float, Any]:
    """Median wall time of ``fn()`` over ``repeat`` runs, and its last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _named_queries() -> dict[str, str]:
    from kg.queries import load_named_queries

    return {name: q.text for name, q in load_named_queries(ROOT / "data" / "queries").items()}


# --- one store, in its own process -----------------------------------------------------


class Figures(dict[str, Any]):
    """Figures printed as they come (one JSON line each), so a run that times out still reports what it measured."""

    def __setitem__(self, key: str, value: Any) -> None:
        super().__setitem__(key, value)
        print(json.dumps({**self, "peak_mb": _peak_mb()}), flush=True)


def measure_kg(spec: str, name: str, word: str, hub: str, out_dir: Path) -> dict[str, Any]:
    from kg.analysis import analyze, project_graph
    from kg.lookup import entity_card, find, search
    from kg.store import open_graph
    from kg.viz import render_html, view_graph

    figures = Figures()
    figures["load"], graph = _timed(lambda: open_graph(None, spec))
    figures["lookup"], _ = _timed(lambda: entity_card(graph, find(graph, name)), repeat=5)
    equality = f'SELECT ?e WHERE {{ ?e rdfs:label ?l FILTER(STR(?l) = "{name}") }}'
    figures["label_filter"], rows = _timed(lambda: list(graph.query(equality)), repeat=3)
    assert rows, "the label lookup found nothing"
    contains = f'SELECT ?e WHERE {{ ?e rdfs:label ?l FILTER(CONTAINS(LCASE(STR(?l)), "{word}")) }}'
    figures["label_contains"], _ = _timed(lambda: list(graph.query(contains)), repeat=3)
    figures["search"], hits = _timed(lambda: search(graph, word), repeat=3)
    assert hits, "the search found nothing"
    named = _named_queries()
    figures["named"], _ = _timed(lambda: [list(graph.query(text)) for text in named.values()])
    figures["analyze"], _ = _timed(lambda: analyze(project_graph(graph, indicators=False)))

    def view() -> int:
        g = view_graph(graph, focus=hub, depth=1)
        (out_dir / "view.html").write_text(render_html(g), encoding="utf-8")
        return len(g)

    figures["viz"], figures["viz_nodes"] = _timed(view)
    return figures


def measure_rdflib(path: Path, name: str, word: str) -> dict[str, Any]:
    import rdflib

    from kg.namespaces import PREFIXES

    figures = Figures()
    graph = rdflib.Graph()
    figures["load"], _ = _timed(lambda: graph.parse(str(path), format="nt"))
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    exact = prologue + f'SELECT ?e WHERE {{ ?e rdfs:label "{name}"@en }}'
    list(graph.query(exact))  # rdflib builds its SPARQL grammar on the first query
    figures["lookup"], _ = _timed(lambda: list(graph.query(exact)), repeat=3)
    equality = prologue + f'SELECT ?e WHERE {{ ?e rdfs:label ?l FILTER(STR(?l) = "{name}") }}'
    figures["label_filter"], rows = _timed(lambda: list(graph.query(equality)))
    assert rows
    contains = prologue + f'SELECT ?e WHERE {{ ?e rdfs:label ?l FILTER(CONTAINS(LCASE(STR(?l)), "{word}")) }}'
    figures["label_contains"], _ = _timed(lambda: list(graph.query(contains)))
    failed = []

    def run_named() -> None:
        for query_name, text in _named_queries().items():
            try:
                list(graph.query(prologue + text))
            except Exception:  # rdflib's engine cannot run some standard queries
                failed.append(query_name)

    figures["named"], _ = _timed(run_named)
    if failed:
        figures["named_failed"] = failed
    return figures


def worker(args: argparse.Namespace) -> None:
    out_dir = Path(args.work)
    if args.worker == "rdflib":
        figures = measure_rdflib(Path(args.file), args.name, args.word)
    else:
        figures = measure_kg(args.worker, args.name, args.word, args.hub, out_dir)
    figures["peak_mb"] = _peak_mb()


# --- the driver ------------------------------------------------------------------------


def _run_worker(store: str, file: Path, name: str, word: str, hub: str, work: Path, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--worker", store, "--file", str(file), "--name", name, "--word", word]
    cmd += ["--hub", hub, "--work", str(work)]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        stdout, note = done.stdout, None if done.returncode == 0 else (done.stderr.strip().splitlines() or ["?"])[-1]
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout or ""
        stdout, note = (out.decode() if isinstance(out, bytes) else out), f"stopped after {timeout:.0f} s"
    lines = [line for line in stdout.splitlines() if line.startswith("{")]
    figures: dict[str, Any] = json.loads(lines[-1]) if lines else {}
    if note:
        figures["note"] = note[:160]
    if not figures.get("load"):
        figures["error"] = note or "no figures"
    return figures


def _pick_names(path: Path) -> tuple[str, str]:
    """An entity label from the middle of the file, and a word of it to search for."""
    labels = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            match = LABEL_RE.match(line.rstrip("\n"))
            if match:
                labels.append(match.group(1))
    labels = [label for label in labels if len(label.split()) >= 3] or labels
    label = labels[len(labels) // 2]
    word = max(label.split(), key=len).lower()
    return label, word


def _cli_lookup(spec: str, name: str) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([KG, "--store", spec, "lookup", name], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run_size(size: int, stores: list[str], work: Path, timeout: float) -> dict[str, dict[str, Any]]:
    from kg.ondisk import load_files
    from kg.synthetic import generate

    path = work / f"synthetic-{size}.nt"
    gen_time, count = _timed(lambda: generate(path, size, seed=0))
    name, word = _pick_names(path)
    hub = "Beijing"
    print(f"\n{count:,} triples generated in {gen_time:.1f} s; lookup {name!r}, search {word!r}", flush=True)
    results: dict[str, dict[str, Any]] = {}
    for store in stores:
        extra: dict[str, Any] = {}
        if store == "memory":
            spec = f"memory:{path}"
        elif store == "oxigraph":
            db = work / f"disk-{size}"
            extra["import"], _ = _timed(lambda db=db: load_files(db, [path], replace=True))
            spec = f"oxigraph:{db}"
        elif store == "sparql":
            from tests.serving import oxigraph_server

            server_ctx = oxigraph_server(work / f"server-{size}")
            url = server_ctx.__enter__()
            spec = f"sparql:{url}"
            start = time.perf_counter()
            pushed = subprocess.run(
                [KG, "--store", f"memory:{path}", "push", "--to", spec], capture_output=True, text=True
            )
            extra["import"] = time.perf_counter() - start
            if pushed.returncode != 0:
                server_ctx.__exit__(None, None, None)
                results[store] = {"error": "push failed: " + pushed.stderr.strip().splitlines()[-1][:120]}
                print(" " + results[store]["error"], flush=True)
                continue
        else:
            spec = "rdflib"
        print(f"  {store} ...", end="", flush=True)
        figures = _run_worker(spec, path, name, word, hub, work, timeout)
        figures.update(extra)
        if store != "rdflib" and "error" not in figures:
            figures["cli_lookup"] = _cli_lookup(spec, name)
        if store == "sparql":
            server_ctx.__exit__(None, None, None)
        results[store] = figures
        print(
            " " + ("error: " + figures["error"] if "error" in figures else f"load {figures['load']:.2f} s"), flush=True
        )
    return results


COLUMNS = [
    ("load", "load / open"),
    ("import", "import"),
    ("peak_mb", "peak memory"),
    ("lookup", "lookup"),
    ("label_filter", "label FILTER"),
    ("label_contains", "label CONTAINS"),
    ("search", "`kg search`"),
    ("named", "named queries (14)"),
    ("analyze", "analyze"),
    ("viz", "viz --focus"),
    ("cli_lookup", "`kg lookup` process"),
]


def _cell(key: str, figures: dict[str, Any]) -> str:
    if "error" in figures:
        return figures["error"] if key == "load" else ""
    value = figures.get(key)
    if value is None:
        return "(not finished)" if "note" in figures and key in ("named", "label_contains", "label_filter") else "–"
    if key == "named" and figures.get("named_failed"):
        return (
            f"{value:.2f} s ({len(figures['named_failed'])} failed)"
            if value >= 1
            else (f"{value * 1000:.1f} ms ({len(figures['named_failed'])} failed)")
        )
    if key == "peak_mb":
        return f"{value:,.0f} MB"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def table(all_results: dict[int, dict[str, dict[str, Any]]]) -> str:
    lines = ["| triples | store | " + " | ".join(title for _, title in COLUMNS) + " |"]
    lines.append("|---|---|" + "---|" * len(COLUMNS))
    for size, results in all_results.items():
        for store, figures in results.items():
            cells = " | ".join(_cell(key, figures) for key, _ in COLUMNS)
            lines.append(f"| {size:,} | {store} | {cells} |")
    return "\n".join(lines) + "\n"


def targets(all_results: dict[int, dict[str, dict[str, Any]]]) -> str:
    size = max(all_results)
    results = all_results[size]
    base = results.get("rdflib", {})
    out = [f"Targets at {size:,} triples:"]
    for store in ("memory", "oxigraph", "sparql"):
        f = results.get(store)
        if not f or "error" in f:
            continue
        checks = [
            ("load ≤ 5 s", f["load"] <= 5, f"{f['load']:.2f} s"),
            ("lookup ≤ 0.2 s", f["lookup"] <= 0.2, f"{f['lookup'] * 1000:.0f} ms"),
            ("label FILTER ≤ 0.2 s", f["label_filter"] <= 0.2, f"{f['label_filter'] * 1000:.0f} ms"),
            ("peak memory < 1.5 GB", f["peak_mb"] < 1536, f"{f['peak_mb']:,.0f} MB"),
        ]
        if base and "error" not in base:
            for key, title in (
                ("load", "load"),
                ("label_filter", "label FILTER"),
                ("label_contains", "label CONTAINS"),
            ):
                ratio = base[key] / f[key] if f[key] else float("inf")
                checks.append((f"{title} ≥ 10x rdflib", ratio >= 10, f"{ratio:,.0f}x"))
        text = "; ".join(f"{name} {'met' if ok else 'MISSED'} ({value})" for name, ok, value in checks)
        out.append(f"- {store}: {text}")
    return "\n".join(out) + "\n"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import pyoxigraph
    import rdflib

    return (
        f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, pyoxigraph {pyoxigraph.__version__}, rdflib {rdflib.__version__}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--stores", nargs="+", default=["memory", "oxigraph", "sparql", "rdflib"])
    parser.add_argument("--timeout", type=float, default=1800, help="Seconds allowed per store and size.")
    parser.add_argument("--readme", action="store_true", help="Write the table into benchmarks/README.md.")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    for hidden in ("--file", "--name", "--word", "--hub", "--work"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return
    all_results: dict[int, dict[str, dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="kg-scale-") as tmp:
        for size in args.sizes:
            all_results[size] = run_size(size, args.stores, Path(tmp), args.timeout)
    report = f"Machine: {machine()}.\n\n" + table(all_results) + "\n" + targets(all_results)
    print("\n" + report)
    if args.readme:
        readme = ROOT / "benchmarks" / "README.md"
        text = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n"
        start, end = "<!-- stores-scale:start -->", "<!-- stores-scale:end -->"
        block = f"{start}\n{report}{end}"
        if start in text:
            text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S)
        else:
            text = text.rstrip("\n") + "\n\n" + block + "\n"
        readme.write_text(text, encoding="utf-8")
        print(f"wrote {readme}")


if __name__ == "__main__":
    main()
