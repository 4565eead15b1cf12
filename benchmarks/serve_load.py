"""Load test of ``kg serve`` beside Oxigraph's own server, on loopback, with the same data.

Starts both servers on free loopback ports:

- kg:       ``kg serve`` on the bundled project (graph built first), its default options;
- oxigraph: ``oxigraph serve-read-only`` (PyPI package ``oxigraph``) on a store loaded with
            the same triples (``kg export --format ntriples``, then ``oxigraph load``).

For each server and each query, ``--clients`` client processes send the query over
keep-alive HTTP connections for ``--seconds`` seconds (and at most ``--max-requests``
requests each), asking for SPARQL results JSON. Every request is timed; a non-200 answer or
a failed connection counts as an error. Then the server is stopped.

Two more servers are references, not products, to show what the design costs: Uvicorn
applications (httptools, Python's own event loop) that answer each query with pyoxigraph alone
on the same triples in memory, with no checks and no limits. One runs the query in its own
process; the other hands it to one of two worker processes over a pipe, as ``kg serve`` does
to keep each query isolated (a worker can be cut off the network and stopped at a time limit).
So the first is a Python server's ceiling on this stack, and the second the ceiling of any
Python server that isolates its queries this way.

Queries: a label lookup (one entity by its exact label), the same lookup for each English
label of the graph in turn (so that nothing remembered of one request helps the next), and a
2-hop neighbourhood (everything pointing at something located in Beijing).

Run: ``.venv/bin/python benchmarks/serve_load.py [--clients 4] [--seconds 10]``. Prints a
Markdown table (throughput, p50/p95/p99 latency, errors) and the kg/oxigraph ratios; it
asserts nothing. Note that clients and servers share this machine's cores.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
PROLOGUE = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://w3id.org/beijing-innovation-kg/ontology#>
PREFIX ent: <https://w3id.org/beijing-innovation-kg/entity/>
"""
#: The reference servers (see the module), by the number of their query workers.
REFERENCES = {0: "reference: Uvicorn, pyoxigraph in process", 2: "reference: Uvicorn, pyoxigraph in 2 workers"}
LABEL_LOOKUP = PROLOGUE + "SELECT ?e WHERE {{ ?e rdfs:label {label} }}"
QUERIES = {
    "label lookup": LABEL_LOOKUP.format(label='"Huairou Science City"@en'),
    # the same lookup for a different label at each request (every English label of the graph in turn):
    # nothing a server remembers of the last request helps it
    "label lookup, labels varied": "",
    "2-hop": PROLOGUE + "SELECT DISTINCT ?x ?p WHERE { ?n kg:locatedIn ent:beijing . ?x ?p ?n FILTER(isIRI(?x)) }",
}


def _labels(env: dict[str, str]) -> list[str]:
    """Every English label of the bundled graph, as SPARQL literals."""
    import csv
    import io
    import json

    listing = subprocess.run(
        [
            BIN / "kg",
            "sparql",
            'SELECT DISTINCT ?l WHERE { ?e rdfs:label ?l FILTER(lang(?l) = "en") }',
            "--format",
            "csv",
        ],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    ).stdout
    return [json.dumps(row["l"], ensure_ascii=False) + "@en" for row in csv.DictReader(io.StringIO(listing))]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_up(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    parts = urlsplit(url)
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=2)
            conn.request("GET", parts.path + "?" + urlencode({"query": "ASK {}"}))
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server at {url} did not come up")


def _answer(store: Any, query: str) -> tuple[int, bytes, bytes]:
    """A reference server's answer: status, media type and body, from pyoxigraph alone."""
    import pyoxigraph as ox

    try:
        results = store.query(query)
        if isinstance(results, ox.QueryTriples):
            return 200, b"application/n-triples", results.serialize(format=ox.RdfFormat.N_TRIPLES)
        return 200, b"application/sparql-results+json", results.serialize(format=ox.QueryResultsFormat.JSON)
    except (SyntaxError, OSError, ValueError) as exc:
        return 400, b"text/plain", str(exc).encode()


def _loaded(dump: str) -> Any:
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=dump, format=ox.RdfFormat.N_TRIPLES)
    return store


def _reference_worker(conn: Any, dump: str) -> None:
    store = _loaded(dump)
    conn.send(None)
    while True:
        conn.send(_answer(store, conn.recv()))


def _reference_server(port: int, dump: str, workers: int) -> None:
    """A reference server (see the module): Uvicorn and pyoxigraph, in process (``workers`` 0)
    or in worker processes reached over pipes, one query at a time each; nothing else."""
    import asyncio
    from urllib.parse import parse_qs

    import uvicorn

    store = _loaded(dump) if not workers else None
    idle, waiting = [], []  # free worker pipes; futures of requests waiting for one
    for _ in range(workers):
        parent, child = multiprocessing.get_context("spawn").Pipe()
        multiprocessing.get_context("spawn").Process(target=_reference_worker, args=(child, dump), daemon=True).start()
        parent.recv()
        idle.append(parent)

    async def in_worker(query: str) -> tuple[int, bytes, bytes]:
        loop = asyncio.get_running_loop()
        while not idle:
            waiting.append(loop.create_future())
            await waiting[-1]
        conn = idle.pop()
        conn.send(query)
        ready = loop.create_future()
        loop.add_reader(conn.fileno(), lambda: ready.done() or ready.set_result(None))
        await ready
        loop.remove_reader(conn.fileno())
        answer = conn.recv()
        idle.append(conn)
        if waiting:
            waiting.pop(0).set_result(None)
        return answer  # type: ignore[no-any-return]

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        query = parse_qs(scope["query_string"].decode("ascii")).get("query", [""])[0]
        status, media_type, body = await in_worker(query) if workers else _answer(store, query)
        await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", media_type)]})
        await send({"type": "http.response.body", "body": body})

    uvicorn.run(
        app,
        host="127.0.0.1",
        port=port,
        http="httptools",
        loop="asyncio",
        lifespan="off",
        log_level="warning",
        access_log=False,
    )


def _client(args: tuple[str, str | list[str], float, int]) -> tuple[list[float], int]:
    """One client: the query (or each of a list in turn) over one keep-alive connection until time is up."""
    url, query, seconds, max_requests = args
    parts = urlsplit(url)
    paths = [parts.path + "?" + urlencode({"query": q}) for q in ([query] if isinstance(query, str) else query)]
    headers = {"Accept": "application/sparql-results+json"}
    latencies: list[float] = []
    errors = 0
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    end = time.monotonic() + seconds
    while time.monotonic() < end and len(latencies) + errors < max_requests:
        started = time.perf_counter()
        try:
            conn.request("GET", paths[(len(latencies) + errors) % len(paths)], headers=headers)
            response = conn.getresponse()
            response.read()
            ok = response.status == 200
        except (OSError, http.client.HTTPException):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
        if ok:
            latencies.append(time.perf_counter() - started)
        else:
            errors += 1
    conn.close()
    return latencies, errors


def _rotated(items: list[str], start: int) -> list[str]:
    return items[start:] + items[:start]


def _percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(q * (len(sorted_values) - 1))))
    return sorted_values[index]


def run_load(url: str, query: str | list[str], clients: int, seconds: float, max_requests: int) -> dict[str, float]:
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        # each client starts at another place of a list, so that they do not send the same query at once
        jobs = [
            (
                url,
                query if isinstance(query, str) else _rotated(query, i * len(query) // clients),
                seconds,
                max_requests,
            )
            for i in range(clients)
        ]
        results = pool.map(_client, jobs)
    latencies = sorted(x for lat, _ in results for x in lat)
    errors = sum(e for _, e in results)
    return {
        "requests": len(latencies),
        "errors": errors,
        "throughput": len(latencies) / seconds,
        "p50": _percentile(latencies, 0.50) * 1000,
        "p95": _percentile(latencies, 0.95) * 1000,
        "p99": _percentile(latencies, 0.99) * 1000,
        "mean": (statistics.fmean(latencies) * 1000) if latencies else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=4, help="concurrent client processes")
    parser.add_argument("--seconds", type=float, default=10.0, help="duration per server and query")
    parser.add_argument("--max-requests", type=int, default=100_000, help="cap per client")
    parser.add_argument("--reference-server", nargs=3, help=argparse.SUPPRESS)  # PORT NTRIPLES WORKERS
    args = parser.parse_args()
    if args.reference_server:
        port, dump, workers = args.reference_server
        _reference_server(int(port), dump, int(workers))
        return
    oxigraph = shutil.which("oxigraph", path=str(BIN)) or shutil.which("oxigraph")
    if oxigraph is None:
        raise SystemExit("the oxigraph command is missing: pip install oxigraph")

    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "graph.nt"
        env = {**os.environ, "KG_PROJECT": str(ROOT)}
        subprocess.run([BIN / "kg", "build"], check=True, env=env, capture_output=True)
        labels = _labels(env)
        queries: dict[str, str | list[str]] = {
            label: (text or [LABEL_LOOKUP.format(label=x) for x in labels]) for label, text in QUERIES.items()
        }
        subprocess.run(
            [BIN / "kg", "export", "--format", "ntriples", "-o", dump], check=True, env=env, capture_output=True
        )
        store = Path(tmp) / "oxigraph"
        subprocess.run([oxigraph, "load", "--location", store, "--file", dump], check=True, capture_output=True)

        kg_port, ox_port = _free_port(), _free_port()
        servers = {
            "kg serve": (
                [BIN / "kg", "serve", "--port", str(kg_port)],
                f"http://127.0.0.1:{kg_port}/sparql",
            ),
            "oxigraph serve-read-only": (
                [oxigraph, "serve-read-only", "--location", store, "--bind", f"127.0.0.1:{ox_port}"],
                f"http://127.0.0.1:{ox_port}/query",
            ),
        }
        for workers, name in REFERENCES.items():
            port = _free_port()
            servers[name] = (
                [sys.executable, __file__, "--reference-server", str(port), str(dump), str(workers)],
                f"http://127.0.0.1:{port}/sparql",
            )
        figures: dict[tuple[str, str], dict[str, float]] = {}
        for name, (command, url) in servers.items():
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                _wait_until_up(url)
                for label, query in queries.items():
                    run_load(url, query, args.clients, 1.0, args.max_requests)  # warm-up
                    figures[(name, label)] = run_load(url, query, args.clients, args.seconds, args.max_requests)
            finally:
                process.terminate()
                process.wait(30)

    print(f"{args.clients} clients, {args.seconds:g} s per server and query, {os.cpu_count()} cores, loopback\n")
    print("| server | query | requests | errors | req/s | p50 ms | p95 ms | p99 ms |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for (name, label), f in figures.items():
        print(
            f"| {name} | {label} | {f['requests']:,.0f} | {f['errors']:.0f} | {f['throughput']:,.0f} "
            f"| {f['p50']:.2f} | {f['p95']:.2f} | {f['p99']:.2f} |"
        )
    print()
    for label in QUERIES:
        kg, ox = figures[("kg serve", label)], figures[("oxigraph serve-read-only", label)]
        references = ", ".join(
            f"{figures[(name, label)]['throughput'] / ox['throughput']:.2f}x {'in process' if not n else 'in workers'}"
            for n, name in REFERENCES.items()
        )
        print(
            f"{label}: kg serve has {kg['throughput'] / ox['throughput']:.2f}x Oxigraph's throughput; "
            f"p50 {kg['p50'] / ox['p50']:.1f}x, p99 {kg['p99'] / ox['p99']:.1f}x Oxigraph's latency; "
            f"the references have {references}"
        )


if __name__ == "__main__":
    main()
