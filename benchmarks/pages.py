"""Server time of each page of ``kg serve``'s workbench, on the bundled graph or a large on-disk store.

Starts ``kg serve`` on a free loopback port and requests each page ``--runs`` times after
one warm-up request, one request at a time over a fresh connection, and prints the median
and the slowest time of each (the whole request on loopback, so the server's time plus
microseconds of transport). With ``--triples N`` the graph is a synthetic one of about N
triples (:mod:`kg.synthetic`, seed 0) imported into an on-disk Oxigraph store first (not
timed); by default it is the bundled graph in memory.

Targets (issue: the analyst's workbench): median at most 100 ms per page on the bundled
graph, at most 500 ms on a 1M-triple on-disk store. This script prints the figures and
whether each is within its target; it asserts nothing.

Run: ``.venv/bin/python benchmarks/pages.py [--runs 20] [--triples 1000000]``.
"""

from __future__ import annotations

import argparse
import http.client
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent

KG = "https://w3id.org/beijing-innovation-kg/ontology#"
RESULTS = "SELECT ?city ?label WHERE { ?city a kg:ScienceCity ; rdfs:label ?label } LIMIT 50"


def _pages(source: str, entity: str) -> dict[str, str]:
    return {
        "home": "/",
        "entity (Beijing)": "/entity/beijing",
        f"entity ({entity})": f"/entity/{entity}",
        "source reader": f"/source/{source}",
        "measure": "/measure/rd-spending-share-of-gdp",
        "neighbourhood, depth 2": "/neighbourhood?" + urlencode({"entity": "beijing", "depth": "2"}),
        "suggestions": "/suggest?q=huai",
        "search": "/search?q=science",
        "results table": "/sparql?" + urlencode({"query": RESULTS, "format": "html"}),
        "facts as CSV": f"/entity/{entity}?download=facts.csv",
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(port: int, path: str) -> tuple[int, float]:
    start = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path, headers={"Accept": "text/html"})
        response = conn.getresponse()
        response.read()
        return response.status, time.perf_counter() - start
    finally:
        conn.close()


def _wait(port: int, process: subprocess.Popen[bytes], timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("kg serve exited before it answered")
        try:
            if _get(port, "/favicon.ico")[0] == 204:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("kg serve did not come up")


def _synthetic_store(triples: int, work: Path) -> tuple[str, str, str]:
    """An on-disk store of a synthetic graph: (store spec, a source id, an entity id)."""
    import pyoxigraph as ox

    from kg.ondisk import load_files
    from kg.synthetic import generate

    data = work / "synthetic.nt"
    generate(data, triples, seed=0)
    store = work / "store"
    load_files(store, [data], replace=True)
    graph = ox.Store.read_only(str(store))

    def first(cls: str) -> str:
        rows = graph.query(f"SELECT ?x WHERE {{ ?x a <{KG}{cls}> }} LIMIT 1")
        return str(next(iter(rows))[0].value).rsplit("/", 1)[1]  # type: ignore[arg-type,index]

    source, entity = first("SourceDocument"), first("ScienceCity")
    return f"oxigraph:{store}", source, entity


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="timed requests per page (after one warm-up)")
    parser.add_argument("--triples", type=int, default=0, help="a synthetic on-disk graph of this size (0: bundled)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-pages-") as tmp:
        if args.triples:
            store, source, entity = _synthetic_store(args.triples, Path(tmp))
            what, target = f"synthetic graph of {args.triples:,} triples, on-disk store", 0.5
        else:
            subprocess.run([sys.executable, "-m", "kg", "build"], check=True, cwd=ROOT, capture_output=True)
            store, source, entity = "memory", "peoples-daily-beijing-innovation-center", "huairou-science-city"
            what, target = "bundled graph, in memory", 0.1
        port = _free_port()
        command = [sys.executable, "-m", "kg", "--store", store, "serve", "--port", str(port)]
        server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait(port, server)
            print(f"# kg serve pages: {what}; {args.runs} runs each, after a warm-up\n")
            print("| page | status | median ms | slowest ms | within target |")
            print("|---|---|---|---|---|")
            for name, path in _pages(source, entity).items():
                status, _ = _get(port, path)  # warm-up: caches, the first query plan
                times = [_get(port, path)[1] for _ in range(args.runs)]
                median = statistics.median(times)
                ok = "yes" if median <= target else "NO"
                print(f"| {name} | {status} | {median * 1000:.1f} | {max(times) * 1000:.1f} | {ok} |")
            print(f"\ntarget: median at most {target * 1000:.0f} ms per page ({what})")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
