"""Run the W3C SPARQL 1.1 Protocol tests against a running endpoint and print what passes.

The suite is not bundled (CI cannot download it): check out w3c/rdf-tests (or copy its
``sparql/sparql11/protocol/`` folder, which holds ``manifest.ttl`` and ``data1.nt`` ...
``data3.nt``) and point ``--suite`` at that folder. The tests' ``/sparql/`` path is sent to
the endpoint's path. Update tests need an endpoint that accepts updates (they load their own
data); with ``--mode readonly`` they are skipped, and the query tests need the suite's data
as the named graphs they name, which ``--nquads`` writes for ``kg load``:

    S=rdf-tests/sparql/sparql11/protocol
    python scripts/w3c_protocol.py --suite $S --nquads suite.nq
    kg load suite.nq --to oxigraph:w3c.db && kg --store oxigraph:w3c.db serve --port 8000 &
    python scripts/w3c_protocol.py --suite $S --endpoint http://127.0.0.1:8000/sparql
    kg serve --port 8001 --allow-update &
    python scripts/w3c_protocol.py --suite $S --endpoint http://127.0.0.1:8001/sparql --mode update

A test passes when every request gets a status of the expected class and an answer of the
expected kind that rdflib can read (a boolean for ASK, a graph for RDF, results otherwise).
"""

from __future__ import annotations

import argparse
import http.client
import io
import sys
from pathlib import Path
from urllib.parse import urlsplit

import rdflib
from rdflib import RDF, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.query import Result

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
UPDATES = {
    "update_dataset_default_graph",
    "update_dataset_default_graphs",
    "update_dataset_named_graphs",
    "update_dataset_full",
    "update_post_form",
    "update_post_direct",
    "update_base_uri",
}
GRAPH_FORMATS = {"text/turtle": "turtle", "application/rdf+xml": "xml", "application/n-triples": "nt"}


def send(endpoint: str, method: str, path: str, headers: dict[str, str], body: bytes | None) -> tuple[int, str, bytes]:
    parts = urlsplit(endpoint)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type", ""), response.read()
    finally:
        connection.close()


def run_test(g: rdflib.Graph, test: rdflib.term.Node, name: str, endpoint: str, suite: Path) -> str | None:
    """None when the test passes, else why it failed."""
    path = urlsplit(endpoint).path or "/sparql"
    for data in g.objects(test, UT.graphData):  # the named graphs an update test starts from
        graph = str(g.value(data, rdflib.RDFS.label))
        triples = (suite / str(g.value(data, UT.graph)).rsplit("/", 1)[1]).read_text("utf-8")
        update = f"DROP SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{ {triples} }} }}"
        send(endpoint, "POST", path, {"Content-Type": "application/sparql-update"}, update.encode())
    action = g.value(test, MF.action)
    for request in Collection(g, g.value(action, HT.requests)):
        method = str(g.value(request, HT.methodName))
        target = str(g.value(request, HT.absolutePath)).replace("/sparql/", path, 1)
        headers: dict[str, str] = {}
        listed = g.value(request, HT.headers)
        for header in Collection(g, listed) if listed is not None else []:
            headers[str(g.value(header, HT.fieldName))] = str(g.value(header, HT.fieldValue))
        body = None
        content = g.value(request, HT.body)
        if content is not None:
            encoding = str(g.value(content, CNT.characterEncoding) or "UTF-8")
            body = str(g.value(content, CNT.chars)).encode("utf-16" if encoding == "UTF-16" else "utf-8")
        status, content_type, answer = send(endpoint, method, target, headers, body)
        response = g.value(request, HT.resp)
        expected = {str(e).rsplit("StatusCode", 1)[1] for e in g.objects(response, MF.expectedStatus)}
        if f"{status // 100}xx" not in expected:
            return f"status {status}: {answer[:150]!r}"
        media_type = content_type.split(";")[0].strip()
        kind, boolean = g.value(response, MF.expectedFormat), g.value(response, MF.expectedBoolean)
        try:
            if boolean is not None:
                result = Result.parse(io.BytesIO(answer), content_type=media_type)
                if bool(result.askAnswer) != boolean.toPython():
                    return f"boolean {result.askAnswer}"
            elif kind is not None and str(kind) == "RDF":
                rdflib.Graph().parse(data=answer, format=GRAPH_FORMATS[media_type])
            elif kind is not None and str(kind) == "tabular":
                rows = list(Result.parse(io.BytesIO(answer), content_type=media_type).bindings)
                if name == "update_base_uri":  # the relative IRI must have been resolved
                    value = rows[0][rdflib.Variable("o")] if len(rows) == 1 else None
                    if not isinstance(value, URIRef) or str(value) == "test":
                        return f"?o = {value!r}"
        except Exception as exc:  # noqa: BLE001 - any unreadable answer fails the test
            return f"unreadable answer ({media_type}): {exc!r}"[:200]
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, required=True, help="folder with manifest.ttl and data*.nt")
    parser.add_argument("--endpoint", default="http://127.0.0.1:8000/sparql")
    parser.add_argument("--mode", choices=["readonly", "update"], default="readonly")
    parser.add_argument("--nquads", type=Path, help="write the suite's data as named graphs to this file and stop")
    args = parser.parse_args()
    manifest = args.suite / "manifest.ttl"
    if not manifest.is_file():
        print(f"error: no manifest.ttl in {args.suite}", file=sys.stderr)
        return 2
    g = rdflib.Graph().parse(manifest, format="turtle")
    if args.nquads is not None:
        dataset = rdflib.Dataset()
        graphs = {
            (str(g.value(d, rdflib.RDFS.label)), str(g.value(d, UT.graph))) for d in g.objects(None, UT.graphData)
        }
        for name, source in sorted(graphs):
            dataset.graph(URIRef(name)).parse(args.suite / source.rsplit("/", 1)[1], format="nt")
        dataset.serialize(args.nquads, format="nquads")
        print(f"wrote {len(graphs)} named graphs to {args.nquads}")
        return 0
    root = next(g.subjects(RDF.type, MF.Manifest))
    failed: list[tuple[str, str]] = []
    passed = 0
    for test in Collection(g, g.value(root, MF.entries)):
        name = str(test).rsplit("#", 1)[1]
        if args.mode == "readonly" and name in UPDATES:
            continue
        why = run_test(g, test, name, args.endpoint, args.suite)
        if why is None:
            passed += 1
        else:
            failed.append((name, why))
    print(f"{args.mode}: {passed}/{passed + len(failed)} passed")
    for name, why in failed:
        print(f"  FAIL {name}: {why}")
    return 0 if not failed else 1


if __name__ == "__main__":
    raise SystemExit(main())
