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


#: Count the frames the page paints from now on (read back with FRAMES).
COUNT_FRAMES = """() => {
  window.kgFrames = 0;
  const count = () => { window.kgFrames += 1; requestAnimationFrame(count); };
  requestAnimationFrame(count);
}"""


def zoom_fps(page: Any, seconds: float = 2.0) -> float:
    """Frames per second the page paints while the mouse wheel zooms it in and out."""
    page.mouse.move(700, 450)
    page.evaluate(COUNT_FRAMES)
    start = time.perf_counter()
    turns = 0
    while time.perf_counter() - start < seconds:
        page.mouse.wheel(0, -120 if (turns // 5) % 2 == 0 else 120)
        page.wait_for_timeout(40)
        turns += 1
    frames = page.evaluate("() => window.kgFrames")
    return float(frames) / (time.perf_counter() - start)


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
        figures: list[float] = []
        rates: list[float] = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-gpu"])
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
                start = time.perf_counter()
                page.goto(path.as_uri(), timeout=600_000)
                page.wait_for_selector("body[data-ready=true]", state="attached", timeout=600_000)
                figures.append(time.perf_counter() - start)
                rates.append(zoom_fps(page))
                page.close()
            browser.close()
        figures.sort()
        rates.sort()
        print(f"  time to interactive in Chromium: median {figures[len(figures) // 2]:.2f} s over {runs} loads")
        print(f"  frames per second while zooming in and out: median {rates[len(rates) // 2]:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000], help="triples")
    parser.add_argument("--view-nodes", type=int, nargs="+", default=[20_000], help="nodes of the browser views")
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
        for nodes in args.view_nodes:
            print(f"view of {nodes:,} nodes")
            browser_time_to_interactive(nodes, args.runs)


if __name__ == "__main__":
    main()
