"""Stores by name: the same answers from the embedded build, an on-disk store and a real SPARQL server.

The server is Oxigraph's own (``oxigraph serve``, PyPI package ``oxigraph``) on loopback,
filled with ``kg push``; ``scripts/virtuoso.sh test`` runs these tests against Virtuoso too
(it sets ``KG_TEST_SPARQL_URL``).
"""

from __future__ import annotations

import gzip
import os
import re
import socket
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.project import Project
from tests.serving import AuthProxy, free_port, oxigraph_server


def _kg(project: Project | None, *args: str, env: dict[str, str] | None = None) -> Any:
    prefix = ["--project", str(project.root)] if project is not None else []
    return CliRunner().invoke(cli, [*prefix, *args], prog_name="kg", env=env)


@pytest.fixture(scope="session")
def disk_store(real: Project, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The real graph pushed into an on-disk store."""
    path = tmp_path_factory.mktemp("disk") / "kg.db"
    result = _kg(real, "push", "--to", f"oxigraph:{path}")
    assert result.exit_code == 0, result.output
    return f"oxigraph:{path}"


@pytest.fixture(scope="session")
def sparql_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A SPARQL server on loopback: Virtuoso when ``KG_TEST_SPARQL_URL`` names one, else ``oxigraph serve``."""
    given = os.environ.get("KG_TEST_SPARQL_URL")
    if given:
        yield given
        return
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-server")) as url:
        yield url


@pytest.fixture(scope="session")
def server_store(real: Project, sparql_url: str) -> str:
    """The real graph pushed to the SPARQL server."""
    result = _kg(real, "push", "--to", f"sparql:{sparql_url}")
    assert result.exit_code == 0, result.output
    return f"sparql:{sparql_url}"


@pytest.fixture(params=["disk", "server"])
def store(request: pytest.FixtureRequest) -> str:
    return str(request.getfixturevalue(f"{request.param}_store"))


def _named_queries(project: Project) -> list[str]:
    return sorted(p.stem for p in project.queries_dir.glob("*.rq"))


READS = [
    ["lookup", "Huairou Science City"],
    ["lookup", "huairou  science-city"],
    ["lookup", "Huairo Sciense City"],
    ["lookup", "Tsinghua"],
    ["lookup", "怀柔科学城"],
    ["lookup", "--format", "json", "Beijing"],
    ["lookup", "R&D spending as a share of GDP"],
    ["lookup", "miracle-of-beijing"],
    ["lookup", "Zhongguancun Nosuch Place"],
    ["search", "science"],
    ["search", "lab"],
    ["list"],
    ["list", "--type", "university"],
    ["list", "--type", "nosuchclass"],
    ["stats"],
    ["sparql", "SELECT ?l WHERE { ?e a kg:University ; rdfs:label ?l } ORDER BY ?l"],
    ["sparql", "ASK { ?e rdfs:label 'Beijing'@en }"],
    ["sparql", "SELECT ?x WHERE { ?x"],
    ["path", "Beijing", "Tsinghua University"],
    ["neighbors", "Huairou Science City", "--depth", "2"],
    ["neighbors", "huairou-science-city"],  # an id, found directly
    ["lookup", "tsinghua-university", "--format", "json"],
    ["path", "huairou-science-city", "Tsinghua University", "--format", "json"],
    ["analyze", "--top", "5"],
    ["timeline", "Beijing"],
    ["timeline", "Beijing", "--indicator", "R&D intensity"],
    ["conflicts"],
]


@pytest.mark.parametrize("args", READS, ids=[" ".join(a) for a in READS])
def test_read_commands_answer_the_same_on_every_store(real: Project, store: str, args: list[str]) -> None:
    expected = _kg(real, *args)
    got = _kg(real, "--store", store, *args)
    assert (got.exit_code, got.output) == (expected.exit_code, expected.output)


def test_named_queries_answer_the_same_on_every_store(real: Project, store: str) -> None:
    names = _named_queries(real)
    assert len(names) >= 10
    for name in names:
        expected = _kg(real, "query", name, "--format", "csv")
        got = _kg(real, "--store", store, "query", name, "--format", "csv")
        assert expected.exit_code == 0, expected.output
        assert expected.output.count("\n") > 1, name  # every named query has rows
        assert (got.exit_code, got.output) == (0, expected.output), name


def test_views_draw_the_same_graph_on_every_store(real: Project, store: str, tmp_path: Path) -> None:
    import networkx as nx

    from kg.store import open_graph
    from kg.viz import view_graph

    expected = view_graph(open_graph(real), focus="Huairou Science City", depth=2)
    got = view_graph(open_graph(real, store), focus="Huairou Science City", depth=2)
    assert len(expected) > 5
    assert nx.utils.graphs_equal(expected, got)
    result = _kg(real, "--store", store, "viz", "--focus", "Beijing", "-o", str(tmp_path / "v.html"))
    assert result.exit_code == 0, result.output
    assert "Beijing" in (tmp_path / "v.html").read_text(encoding="utf-8")


def test_the_store_can_come_from_the_environment(real: Project, disk_store: str) -> None:
    result = _kg(real, "stats", "--format", "json", env={"KG_STORE": disk_store})
    assert result.exit_code == 0
    assert '"triples": ' + str(len(_triples_of(real))) in result.output


def test_stores_other_than_the_build_need_no_project(
    disk_store: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_PROJECT", raising=False)
    monkeypatch.setattr("kg.project._is_project", lambda folder: False)  # not even the installed one
    result = _kg(None, "--store", disk_store, "lookup", "Huairou Science City")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Huairou Science City  (huairou-science-city)\n")
    result = _kg(None, "lookup", "Huairou Science City")
    assert result.exit_code == 1
    assert result.output.startswith("Error: no kg project found")


def test_the_memory_store_can_load_any_rdf_file(real: Project, tmp_path: Path) -> None:
    dump = tmp_path / "graph.nt.gz"
    with gzip.open(dump, "wb") as fh:
        fh.write((real.current_build / "graph.nt").read_bytes())
    expected = _kg(real, "lookup", "Huairou Science City")
    got = _kg(real, "--store", f"memory:{dump}", "lookup", "Huairou Science City")
    assert (got.exit_code, got.output) == (0, expected.output)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://x/a> <http://x/p> .\n")
    result = _kg(real, "--store", f"memory:{bad}", "stats")
    assert result.exit_code == 1
    assert re.fullmatch(r"Error: \S*bad\.ttl is not valid Turtle: [^\n]+\n", result.output)


def test_memory_files_are_read_leniently_but_kg_load_validates(tmp_path: Path) -> None:
    """A dump with an IRI that is not valid opens as a view, but is not imported into a store."""
    dump = tmp_path / "dump.nt"
    dump.write_text('<http://x/a b> <http://www.w3.org/2000/01/rdf-schema#label> "A b" .\n', encoding="utf-8")
    runner = CliRunner()
    view = runner.invoke(cli, ["--store", f"memory:{dump}", "sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"])
    assert (view.exit_code, view.output.split()[-1]) == (0, "1")
    kept = runner.invoke(cli, ["load", str(dump), "--to", f"oxigraph:{tmp_path / 'db'}"])
    assert kept.exit_code == 1
    assert re.fullmatch(
        r"Error: \S*dump\.nt: not valid N-Triples: [^\n]*Invalid IRI[^\n]*", kept.output.splitlines()[-1]
    )
    assert not (tmp_path / "db").exists() or not any((tmp_path / "db").iterdir())


# --- kg push -------------------------------------------------------------------------


def _triples_of(project: Project) -> set[str]:
    return {line for line in (project.current_build / "graph.nt").read_text(encoding="utf-8").splitlines() if line}


def _server_triples(url: str, graph: str | None = "https://w3id.org/beijing-innovation-kg/graph") -> list[str]:
    from kg.remote import RemoteStore

    store = RemoteStore(url, graph=graph)
    return [str(t) + " ." for t in store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")]


def test_push_is_idempotent_and_keeps_other_graphs(real: Project, tmp_path: Path) -> None:
    from kg.push import GENID
    from kg.remote import RemoteStore

    with oxigraph_server(tmp_path / "server") as url:
        other = RemoteStore(url, graph="http://example.org/other")
        other.update("INSERT DATA { GRAPH <http://example.org/other> { <http://x/a> <http://x/p> 'kept' } }")
        first = _kg(real, "push", "--to", f"sparql:{url}", "--batch", "700")
        assert first.exit_code == 0, first.output
        assert first.output.splitlines()[-1] == f"sparql:{url} now holds {len(_triples_of(real)):,} triples"
        after_one = sorted(_server_triples(url))
        second = _kg(real, "push", "--to", f"sparql:{url}")
        assert second.exit_code == 0, second.output
        after_two = sorted(_server_triples(url))
        assert after_one == after_two
        assert len(after_two) == len(_triples_of(real))
        # Everything but blank nodes arrives as it is; blank nodes become stable IRIs.
        plain = {t for t in _triples_of(real) if "_:" not in t}
        assert plain <= set(after_two)
        assert any(GENID in t for t in after_two) and not any(" _:" in t or t.startswith("_:") for t in after_two)
        everything = RemoteStore(url, graph=None)
        graphs = {r["g"].value for r in everything.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
        assert graphs == {"http://example.org/other", "https://w3id.org/beijing-innovation-kg/graph"}


def test_push_replaces_an_on_disk_store(real: Project, tmp_path: Path) -> None:
    target = tmp_path / "kg.db"
    extra = tmp_path / "extra.nt"
    extra.write_text("<http://x/a> <http://x/p> <http://x/b> .\n")
    assert _kg(real, "load", str(extra), "--to", f"oxigraph:{target}").exit_code == 0
    for _ in range(2):
        result = _kg(real, "push", "--to", f"oxigraph:{target}")
        assert result.exit_code == 0, result.output
        assert result.output.endswith(f"oxigraph:{target} now holds {len(_triples_of(real)):,} triples\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["extra.nt", "kg.db"]


def test_push_refuses_bad_targets(real: Project) -> None:
    result = _kg(real, "push", "--to", "memory")
    assert (result.exit_code, result.output) == (
        2,
        "Error: cannot push to 'memory': give sparql:URL or oxigraph:PATH\n",
    )
    result = _kg(real, "push", "--to", "sparql:ftp://example.org/x")
    assert (result.exit_code, result.output) == (
        2,
        "Error: not an http(s) URL for a SPARQL endpoint: 'ftp://example.org/x'\n",
    )


# --- kg load -------------------------------------------------------------------------


def test_load_imports_adds_replaces_and_is_all_or_nothing(real: Project, tmp_path: Path) -> None:
    target = tmp_path / "kg.db"
    spec = f"oxigraph:{target}"
    ttl = tmp_path / "part.ttl.gz"
    with gzip.open(ttl, "wt", encoding="utf-8") as fh:
        fh.write('@prefix x: <http://x/> .\nx:a x:p "one", "two"@en ; x:q 3 .\n')
    nt = real.current_build / "graph.nt"
    result = _kg(None, "--store", spec, "load", str(nt))
    assert result.exit_code == 0
    assert result.output.splitlines()[-1] == f"{spec} now holds {len(_triples_of(real)):,} triples"
    result = _kg(None, "load", str(ttl), "--to", spec)
    assert result.output.splitlines()[-1] == f"{spec} now holds {len(_triples_of(real)) + 3:,} triples"
    lookup = _kg(real, "--store", spec, "lookup", "Huairou Science City")
    assert lookup.exit_code == 0 and lookup.output == _kg(real, "lookup", "Huairou Science City").output

    before = sorted((p.name, p.stat().st_size) for p in target.iterdir())
    broken = tmp_path / "broken.nt"
    broken.write_text("<http://x/a> <http://x/p> <http://x/b> .\n<http://x/a> <http://x/p> oops .\n")
    result = _kg(None, "load", str(ttl), str(broken), "--to", spec)
    assert result.exit_code == 1
    # One error line: no progress bar away from a terminal (and on one it is erased first).
    assert re.fullmatch(r"Error: \S*broken\.nt: not valid N-Triples: [^\n]+\n", result.output), result.output
    assert sorted((p.name, p.stat().st_size) for p in target.iterdir()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.nt", "kg.db", "part.ttl.gz"]
    assert f'"triples": {len(_triples_of(real)) + 3}' in _kg(None, "--store", spec, "stats", "--format", "json").output

    result = _kg(None, "load", str(ttl), "--to", spec, "--replace")
    assert result.output.splitlines()[-1] == f"{spec} now holds 3 triples"


def test_load_usage_errors(tmp_path: Path) -> None:
    some = tmp_path / "a.nt"
    some.write_text("")
    result = _kg(None, "load", str(some))
    assert (result.exit_code, result.output) == (
        2,
        "Error: kg load imports into an on-disk store: give --to oxigraph:PATH (not 'memory')\n",
    )
    result = _kg(None, "load", str(tmp_path / "missing.nt"), "--to", f"oxigraph:{tmp_path / 'db'}")
    assert result.exit_code == 1 and result.output.endswith(f"Error: no such file: {tmp_path / 'missing.nt'}\n")
    odd = tmp_path / "data.csv"
    odd.write_text("a,b\n")
    result = _kg(None, "load", str(odd), "--to", f"oxigraph:{tmp_path / 'db'}")
    assert (result.exit_code, result.output) == (
        2,
        "Error: cannot tell the RDF format of data.csv; give --format (turtle, ntriples, nquads, trig, rdfxml, n3, "
        "jsonld)\n",
    )
    assert not (tmp_path / "db").exists()
    result = _kg(None, "--store", f"oxigraph:{tmp_path / 'none'}", "stats")
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: no on-disk store at {tmp_path / 'none'}; make one with 'kg load")


# --- remote trouble ------------------------------------------------------------------


class _Canned(BaseHTTPRequestHandler):
    status = 500
    body = b"<html><body><h1>Internal error</h1><p>database on fire</p></body></html>"
    media_type = "text/html"

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(self.status)
        self.send_header("Content-Type", self.media_type)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


def _canned(status: int, body: bytes, media_type: str) -> ThreadingHTTPServer:
    handler = type("H", (_Canned,), {"status": status, "body": body, "media_type": media_type})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _remote_error(url: str, *args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    result = _kg(None, "--store", f"sparql:{url}", *(args or ("stats",)), env=env)
    return result.exit_code, result.output


def test_remote_failures_are_one_clear_line(sparql_url: str) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    assert _remote_error(url) == (
        1,
        f"Error: cannot reach the SPARQL server at {url}: connection refused (is it running?)\n",
    )
    base = sparql_url.rsplit("/", 1)[0]
    code, output = _remote_error(base + "/nope")
    assert code == 1
    assert output.startswith(f"Error: no SPARQL endpoint at {base}/nope (HTTP 404") and output.count("\n") == 1
    code, output = _remote_error(sparql_url, "sparql", "SELECT ?x WHERE { ?x")
    assert code == 2 and output.startswith("Error: SPARQL syntax error: error at 1:21: expected one of")
    refusing = _canned(400, b"Parse error: the server's own parser says no", "text/plain")
    url = f"http://127.0.0.1:{refusing.server_address[1]}/sparql"
    assert _remote_error(url) == (
        2,
        f"Error: the SPARQL server at {url} rejected the request (HTTP 400: Parse error: the server's own parser "
        "says no)\n",
    )
    refusing.shutdown()
    refusing.server_close()
    failing = _canned(500, _Canned.body, "text/html")
    url = f"http://127.0.0.1:{failing.server_address[1]}/sparql"
    assert _remote_error(url) == (
        1,
        f"Error: the SPARQL server at {url} failed (HTTP 500: Internal error database on fire)\n",
    )
    failing.shutdown()
    failing.server_close()
    not_sparql = _canned(200, b"<html>a web page</html>", "text/html")
    url = f"http://127.0.0.1:{not_sparql.server_address[1]}/"
    code, output = _remote_error(url)
    assert code == 1 and output.startswith(f"Error: the server at {url} did not answer with SPARQL results (")
    not_sparql.shutdown()
    not_sparql.server_close()

    with socket.socket() as silent:  # accepts connections (the kernel does) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(4)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/sparql"
        assert _remote_error(url, env={"KG_SPARQL_TIMEOUT": "1"}) == (
            1,
            f"Error: the SPARQL server at {url} did not answer within 1 s\n",
        )
    assert _remote_error(url, env={"KG_SPARQL_TIMEOUT": "soon"}) == (
        2,
        "Error: KG_SPARQL_TIMEOUT must be a positive number of seconds, not 'soon'\n",
    )
    assert _remote_error("") == (2, "Error: the sparql store needs a URL: --store sparql:http://host:port/query\n")


def test_credentials_are_sent_refused_clearly_and_never_shown(server_store: str) -> None:
    proxy = AuthProxy(server_store.removeprefix("sparql:"), "alice", "s3cret-pw")
    try:
        plain = proxy.url()
        assert _remote_error(plain) == (
            1,
            f"Error: the SPARQL server at {plain} asks for credentials (HTTP 401); give them in the URL or in "
            "KG_SPARQL_USER and KG_SPARQL_PASSWORD\n",
        )
        code, output = _remote_error(proxy.url(credentials="alice:wrong@"))
        assert (code, output) == (1, f"Error: the SPARQL server at {plain} refused the credentials (HTTP 401)\n")
        code, output = _remote_error(proxy.url(credentials="alice:s3cret-pw@"), "lookup", "Huairou Science City")
        assert code == 0 and output.startswith("Huairou Science City  (huairou-science-city)\n")
        env = {"KG_SPARQL_USER": "alice", "KG_SPARQL_PASSWORD": "s3cret-pw"}
        code, output = _remote_error(plain, "stats", env=env)
        assert code == 0 and "triples" in output
        assert "s3cret" not in output
        assert any(a and a.startswith("Basic ") for a in proxy.seen)
    finally:
        proxy.close()


def test_kg_serve_serves_an_on_disk_store(real: Project, disk_store: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.serving import running_server

    monkeypatch.setenv("KG_STORE", disk_store)
    with running_server(real.root) as server:
        reply = server.query("SELECT ?l WHERE { ent:huairou-science-city rdfs:label ?l }", accept="text/csv")
        assert (reply.status, reply.text) == (200, "l\r\nHuairou Science City\r\n")
        page = server.get("/entity/huairou-science-city", accept="text/html")
        assert page.status == 200 and "怀柔科学城" in page.text
    result = _kg(real, "--store", disk_store, "serve", "--allow-update")
    assert (result.exit_code, result.output) == (2, "Error: --allow-update works with the embedded memory store only\n")


def test_generate_writes_whole_files_or_says_why(tmp_path: Path) -> None:
    out = tmp_path / "g.nt.gz"
    result = _kg(None, "generate", str(out), "--triples", "3000", "--seed", "3")
    assert (result.exit_code, result.output) == (0, f"wrote {result.output.split()[1]} triples to {out}\n")
    lines = gzip.decompress(out.read_bytes()).decode("utf-8").splitlines()
    assert len(lines) == int(result.output.split()[1].replace(",", "")) and lines[-1].endswith(" .")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.nt.gz"]
    result = _kg(None, "generate", str(tmp_path / "missing" / "g.nt"))
    assert (result.exit_code, result.output) == (
        1,
        f"Error: cannot write {tmp_path / 'missing' / 'g.nt'}: No such file or directory\n",
    )


def test_server_workers_of_a_sparql_store_leave_the_network_and_reach_the_store(
    real: Project, server_store: str
) -> None:
    """``kg --store sparql:URL serve``: workers are isolated and reach the store through the relay only."""
    from kg.workers import WorkerPool
    from tests.serving import Recorder

    recorder = Recorder()
    pool = WorkerPool(real.root, server_store, size=1)
    try:
        if sys.platform.startswith("linux"):
            assert pool.isolated
            assert pool.call("probe", "127.0.0.1", recorder.port, timeout=10) is False
        media_type, body = pool.call(
            "query", "ASK { ?s a kg:ScienceCity }", "application/sparql-results+json", [], [], 10_000, timeout=30
        )
        assert media_type == "application/sparql-results+json" and b"true" in body
        assert pool.call("card", "https://w3id.org/beijing-innovation-kg/entity/huairou-science-city", timeout=30)
        assert recorder.settle() == 0
    finally:
        pool.close()
        recorder.close()


def test_a_name_table_in_memory_answers_as_the_store_does(real_graph) -> None:  # type: ignore[no-untyped-def]
    """What kg serve's suggestions read (the names once, in memory) gives the store's answers."""
    from kg.names import NameTable, StoreIndex

    store = StoreIndex(real_graph.store)
    table = NameTable(store.names())
    assert len(table) == len(store.entries())
    for text in [
        "Beijing",
        "beij",
        "Bejing",
        "Huairou SC",
        "science",
        "lab",
        "北京",
        "the capital",
        "r&d",
        "zz",
        "china-daily-2020-12-15-beijing-ambitions",
    ]:
        assert {e.iri for e in table.candidates(text)} == {e.iri for e in store.candidates(text)}, text
        assert {e.iri for e in table.exact(text)} == {e.iri for e in store.exact(text)}, text
