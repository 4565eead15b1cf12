"""Projection, analyses and view writing at 1k, 10k and 100k entities; the 5,000-node view in Chromium.

The synthetic graphs are shaped like the bundled one: the same ontology, entities of its
classes with labels and sources, about one sourced relation per entity on a hub-heavy,
tree-like structure (``networkx.powerlaw_cluster_graph``), and three indicator
observations per two entities (most of the triples, as in the real graph).

Run: ``.venv/bin/python benchmarks/analysis_scale.py [--sizes 1000 10000 100000] [--no-browser]``.
Prints wall times in seconds; it asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.namespaces import ENT, FACT, KG, MEASURE, QUAL, SRC, UNIT  # noqa: E402

CLASSES = ["Organization", "University", "Company", "ResearchInstitute", "City", "District", "SciencePark", "Person"]
PREDICATES = ["locatedIn", "partOf", "collaboratesWith", "focusesOn"]
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"


def synthetic_graph(n: int, seed: int = 7) -> Any:
    """A KnowledgeGraph of ``n`` entities shaped like the bundled one."""
    import networkx as nx
    import pyoxigraph as ox

    from kg.compile import load_ontology
    from kg.store import KnowledgeGraph

    rng = random.Random(seed)
    shape = nx.powerlaw_cluster_graph(n, 1, 0.1, seed=seed)
    lines: list[str] = []

    def lit(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    sources = [f"<{SRC}s{i}>" for i in range(max(5, n // 200))]
    for i in range(n):
        e = f"<{ENT}e{i}>"
        lines.append(f"{e} <{RDF}type> <{KG}{rng.choice(CLASSES)}> .")
        lines.append(f"{e} <{RDFS}label> {lit(f'Entity {i}')}@en .")
        lines.append(f"{e} <{KG}mentionedIn> {rng.choice(sources)} .")
    for k, (u, v) in enumerate(shape.edges()):
        a, p, doc = f"<{FACT}a{k}>", rng.choice(PREDICATES), rng.choice(sources)
        lines.append(f"<{ENT}e{u}> <{KG}{p}> <{ENT}e{v}> .")
        lines += [
            f"{a} <{RDF}type> <{KG}Assertion> .",
            f"{a} <{RDF}subject> <{ENT}e{u}> .",
            f"{a} <{RDF}predicate> <{KG}{p}> .",
            f"{a} <{RDF}object> <{ENT}e{v}> .",
            f"{a} <{KG}sourceDocument> {doc} .",
            f"{a} <{KG}quote> {lit(f'Entity {u} and entity {v}, quoted.')} .",
        ]
    for m in range(20):
        lines.append(f"<{MEASURE}m{m}> <{RDFS}label> {lit(f'measure {m}')}@en .")
    for k in range(n * 3 // 2):
        o, e = f"<{FACT}o{k}>", rng.randrange(n)
        lines += [
            f"{o} <{RDF}type> <{KG}Observation> .",
            f"{o} <{KG}refArea> <{ENT}e{e}> .",
            f"{o} <{KG}measure> <{MEASURE}m{rng.randrange(20)}> .",
            f'{o} <{KG}value> "{rng.randrange(1, 10_000)}.5"^^<{XSD}decimal> .',
            f"{o} <{KG}qualifier> <{QUAL}exact> .",
            f"{o} <{KG}unit> <{UNIT}count> .",
            f'{o} <{KG}year> "{rng.randrange(2010, 2024)}"^^<{XSD}gYear> .',
            f"{o} <{KG}sourceDocument> {rng.choice(sources)} .",
            f"{o} <{KG}quote> {lit(f'Entity {e} reached a value.')} .",
        ]
    store = ox.Store()
    store.bulk_extend(load_ontology(ROOT / "ontology").store)
    store.load("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return KnowledgeGraph(store=store, index=[])


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
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--view-nodes", type=int, default=5_000, help="nodes of the browser view")
    parser.add_argument("--runs", type=int, default=3, help="browser loads to take the median of")
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    from kg.analysis import analyze, project_graph
    from kg.viz import render_html

    for n in args.sizes:
        print(f"{n:,} entities")
        graph = timed("generate + load into Oxigraph", lambda n=n: synthetic_graph(n))
        print(f"  ({len(graph.store):,} triples)")
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
