"""Projection, analyses and view writing at 10k, 100k and 1M triples; the 5,000-node view in Chromium.

The graphs are the project's synthetic ones (:mod:`kg.synthetic`, the same generator as
``stores_scale.py``): the ontology, entities of its classes with names, sources, relations
and sourced facts in the bundled graph's proportions, loaded into an embedded Oxigraph
store. The browser figure draws a separate hub-heavy graph of ``--view-nodes`` nodes.

Run: ``.venv/bin/python benchmarks/analysis_scale.py [--sizes 10000 100000 1000000] [--no-browser]``.
Prints wall times in seconds; it asserts nothing. The smallest run (CI) is
``--sizes 2000 --view-nodes 200 --runs 1``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CLASSES = ["Organization", "University", "Company", "ResearchInstitute", "City", "District", "SciencePark", "Person"]


def synthetic_graph(triples: int, seed: int = 7) -> Any:
    """A KnowledgeGraph of about ``triples`` triples shaped like the bundled one (kg.synthetic)."""
    import pyoxigraph as ox

    from kg.names import StoreIndex
    from kg.store import KnowledgeGraph
    from kg.synthetic import iter_triples

    store = ox.Store()
    data = "\n".join(iter_triples(triples, seed=seed, ontology_dir=ROOT / "ontology"))
    store.bulk_load(data.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return KnowledgeGraph(store=store, names=StoreIndex(store))


def timed(label: str, fn: Any) -> Any:
    start = time.perf_counter()
    result = fn()
    print(f"  {label:<34} {time.perf_counter() - start:8.2f} s", flush=True)
    return result


def browser_time_to_interactive(n: int, runs: int) -> None:
    import networkx as nx

    from kg.viz import write_view

    executable = shutil.which("chromium")
    if executable is None:
        print("chromium not found: skipping the browser figure (apt-get install chromium)")
        return
    from playwright.sync_api import sync_playwright

    g = nx.MultiDiGraph()
    shape = nx.powerlaw_cluster_graph(n, 2, 0.1, seed=3)
    for node in shape:
        g.add_node(node, label=f"Entity {node}", class_label=CLASSES[node % len(CLASSES)], indicators=[])
    for u, v in shape.edges():
        g.add_edge(u, v, label="located in", sources=[("doc", "quote")])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "view.html"
        timed(f"write the {n:,}-node view", lambda: write_view(g, path))
        print(f"  ({g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges, {path.stat().st_size:,} bytes)")
        figures = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-gpu"])
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
                start = time.perf_counter()
                page.goto(path.as_uri())
                page.wait_for_selector("body[data-ready=true]", state="attached", timeout=120_000)
                figures.append(time.perf_counter() - start)
                page.close()
            browser.close()
        figures.sort()
        print(f"  time to interactive in Chromium: median {figures[len(figures) // 2]:.2f} s over {runs} loads")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000], help="triples")
    parser.add_argument("--view-nodes", type=int, default=5_000, help="nodes of the browser view")
    parser.add_argument("--runs", type=int, default=3, help="browser loads to take the median of")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    from kg.analysis import analyze, project_graph
    from kg.viz import render_html

    for n in args.sizes:
        print(f"{n:,} triples")
        graph = timed("generate + load into Oxigraph", lambda n=n: synthetic_graph(n))
        print(f"  ({len(graph.store):,} triples with the ontology)")
        g = timed("project into NetworkX", lambda graph=graph: project_graph(graph))
        print(f"  ({g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges)")
        timed("analyze (all measures)", lambda g=g: analyze(g))
        html = timed("render the HTML view", lambda g=g: render_html(g))
        print(f"  ({len(html.encode('utf-8')):,} bytes)")
    if not args.no_browser:
        print(f"view of {args.view_nodes:,} nodes")
        browser_time_to_interactive(args.view_nodes, args.runs)


if __name__ == "__main__":
    main()
