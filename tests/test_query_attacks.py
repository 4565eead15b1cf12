"""No query reaches the network, and no query crashes a process, from any command.

A loopback port records every connection made to it. A seeded corpus of obfuscated SERVICE
and LOAD (tests/hostile.py) is shown to reach it when Oxigraph runs it unchecked, then sent
through each line of defence alone and through every command that runs queries: ``kg
sparql``, ``kg query``, and ``kg serve`` with and without ``--allow-update``. Hypothesis adds
random token soup; the issue's crash reproducers are named tests.
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import cli
from kg.errors import KgError, QueryError, UnsafeQueryError
from kg.namespaces import PREFIXES
from kg.project import Project
from kg.sandbox import run_isolated
from kg.sparql import MAX_DEPTH, MAX_ELEMENTS, check_query, grammar_check, lexical_check

from .hostile import hostile_queries, hostile_updates
from .serving import KG, Recorder, Server, running_server

FORM = "application/x-www-form-urlencoded"
CORPUS = 3000


@pytest.fixture(scope="module")
def recorder() -> Iterator[Recorder]:
    r = Recorder()
    yield r
    r.close()


@pytest.fixture(scope="module")
def queries(recorder: Recorder) -> list[str]:
    return list(hostile_queries(recorder.url + "sparql", CORPUS))


@pytest.fixture(scope="module")
def updates(recorder: Recorder) -> list[str]:
    return list(hostile_updates(recorder.url + "sparql", CORPUS // 3))


def _one_line_error(output: str) -> bool:
    lines = output.splitlines()
    return "Traceback" not in output and len(lines) >= 1 and lines[-1].startswith("Error: ") and len(lines[-1]) > 8


# --- the corpus is hostile ---------------------------------------------------------------


def test_the_corpus_reaches_the_network_when_run_unchecked() -> None:
    recorder = Recorder()  # its own: the others must see no connection at all
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e.org/s"), ox.NamedNode("http://e.org/p"), ox.Literal("1")))
    parsed = 0
    for text in hostile_queries(recorder.url + "sparql", 300):
        try:
            results = store.query(text, prefixes=PREFIXES)
            if not isinstance(results, ox.QueryBoolean):
                list(results)
            parsed += 1
        except SyntaxError:
            pass
        except OSError:  # the recorder hangs up: the connection was made
            parsed += 1
    try:
        assert parsed > 100
        assert recorder.settle() > 30
    finally:
        recorder.close()


# --- each line of defence alone ----------------------------------------------------------


def test_the_parser_alone_refuses_every_hostile_query_and_update(queries: list[str], updates: list[str]) -> None:
    refused_as_unsafe = 0
    for text in queries:
        with pytest.raises(QueryError):
            grammar_check(text)
        try:
            grammar_check(text)
        except UnsafeQueryError:
            refused_as_unsafe += 1
        except QueryError:
            pass
    for text in updates:
        with pytest.raises(QueryError):
            grammar_check(text, update=True)
    # many are read as what they are; the rest are malformed, or use syntax the parser does
    # not read (escapes such as \u0073 in IRIs, keywords glued to "true"), refused all the same
    assert refused_as_unsafe > len(queries) // 3


def test_the_lexical_guard_missed_a_comparison_that_looks_like_an_iri() -> None:
    """The issue's reproducer: ``1<'>'`` reads as an IRI then a string to a lexer, hiding SERVICE."""
    text = "SELECT * WHERE { BIND(1<'>' AS ?y) SERVICE<http://127.0.0.1:9/sparql>{?s ?p ?o FILTER(?o!='')} }"
    lexical_check(text)  # the hole: no refusal from the lexer alone
    with pytest.raises(UnsafeQueryError, match="SERVICE"):
        grammar_check(text)
    with pytest.raises(UnsafeQueryError, match="SERVICE"):
        check_query(text)
    for form in (
        "ASK { BIND(1<'>' AS ?y) SERVICE<http://127.0.0.1:9/>{} }",
        "CONSTRUCT { ?s ?p ?o } WHERE { BIND(1<'>' AS ?y) SERVICE<http://127.0.0.1:9/>{?s ?p ?o} }",
    ):
        with pytest.raises(UnsafeQueryError):
            check_query(form)
    with pytest.raises(UnsafeQueryError, match="LOAD"):
        check_query("INSERT DATA { <http://e.org/s> <http://e.org/p> '>' } ; LOAD<http://127.0.0.1:9/>", update=True)


def test_the_sandbox_alone_keeps_an_unchecked_query_off_the_network(recorder: Recorder) -> None:
    """The second line: Oxigraph runs SERVICE unchecked in the sandbox, and nothing arrives."""
    before = recorder.settle()

    def unchecked() -> bytes:
        results = ox.Store().query(f"SELECT * WHERE {{ SERVICE <{recorder.url}> {{ ?s ?p ?o }} }}")
        return str(list(results)).encode()

    with pytest.raises(KgError, match="Network is unreachable"):
        run_isolated(unchecked)
    assert recorder.settle() == before


def test_a_crash_in_the_sandbox_is_one_error() -> None:
    with pytest.raises(QueryError, match=r"crashed the query engine \(signal 11\)"):
        run_isolated(lambda: os.kill(os.getpid(), signal.SIGSEGV) or b"")
    with pytest.raises(UnsafeQueryError, match="kept its class"):
        run_isolated(lambda: (_ for _ in ()).throw(UnsafeQueryError("kept its class")))


def test_a_carriage_return_ends_a_comment_for_the_checks_as_for_the_engine() -> None:
    """Oxigraph ends a comment at CR as well as LF: what follows a CR is checked, not skipped."""
    with pytest.raises(UnsafeQueryError, match="SERVICE"):
        check_query("SELECT * WHERE { # x\r SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } \n}")
    with pytest.raises(UnsafeQueryError, match="LOAD"):
        check_query("INSERT DATA { <a:b> <a:c> 1 } # c\r; LOAD <http://127.0.0.1:9/cr-load>\n", update=True)
    assert check_query("SELECT * WHERE {\r\n ?s ?p ?o # a comment\r\n}").form == "SELECT"


def test_a_name_with_two_dots_hides_no_keyword() -> None:
    """Oxigraph cuts ``ent:a.b.SERVICEp:x`` after ``ent:a.b`` and reads SERVICE; the checks refuse it."""
    text = "PREFIX p: <http://127.0.0.1:9/>\nASK { ?s ?p ent:a.b.SERVICEp:x { } }"
    with pytest.raises(UnsafeQueryError):
        check_query(text)
    with pytest.raises(QueryError, match="more than one dot"):
        grammar_check(text)
    assert check_query("SELECT * WHERE { ?s ent:a.b ?o }").form == "SELECT"


def test_codepoint_escapes_are_refused_anywhere() -> None:
    """A server behind a sparql: store may expand them before parsing, even in a comment."""
    with pytest.raises(QueryError, match="codepoint escapes"):
        check_query("SELECT * WHERE { # \\u000A SERVICE <http://127.0.0.1:9/x> { ?a ?b ?c }\n}")


def test_an_engine_error_is_one_line_and_the_server_lives(real: Project, server: Server) -> None:
    text = "SELECT * WHERE { BIND(<http://example.org/fn>(1) AS ?x) }"
    result = CliRunner().invoke(cli, ["--project", str(real.root), "sparql", text])
    assert result.exit_code == 2 and result.output.count("\n") == 1, result.output
    assert result.output.startswith("Error: query failed:")
    reply = server.post(text.encode(), "application/sparql-query")
    assert reply.status == 400 and reply.text.startswith("query failed:"), (reply.status, reply.text)
    assert server.alive()


def test_a_remote_store_never_runs_a_query_locally(real: Project, recorder: Recorder) -> None:
    """With --store sparql:URL the query is checked, then only sent; an attack is refused before."""
    runner = CliRunner()
    attack = "SELECT * WHERE { # x\r SERVICE <" + recorder.url + "> { ?s ?p ?o } \n}"
    for text in (attack, "ASK { ?s ?p ?o }"):
        result = runner.invoke(cli, ["--store", "sparql:http://127.0.0.1:9/sparql", "sparql", text])
        assert result.exit_code in (1, 2) and result.output.count("\n") == 1, result.output
    assert recorder.settle() == 0


# --- every command ------------------------------------------------------------------------


def test_kg_sparql_never_connects(real: Project, recorder: Recorder, queries: list[str]) -> None:
    runner = CliRunner()
    before = recorder.settle()
    for text in queries[:1500]:
        result = runner.invoke(cli, ["--project", str(real.root), "sparql", text])
        assert result.exit_code == 2, (text, result.output)
        assert _one_line_error(result.output) and result.output.count("\n") == 1, (text, result.output)
    assert recorder.settle() == before


def test_kg_query_never_connects(real: Project, tmp_path: Path, recorder: Recorder, queries: list[str]) -> None:
    import shutil

    root = tmp_path / "project"
    shutil.copytree(real.root / "ontology", root / "ontology")
    shutil.copytree(real.root / "data", root / "data")
    names = []
    for i, text in enumerate(queries[:40]):
        names.append(f"hostile-{i}")
        (root / "data" / "queries" / f"hostile-{i}.rq").write_text(f"# title: hostile {i}\n{text}", encoding="utf-8")
    runner = CliRunner()
    before = recorder.settle()
    for name in names:
        result = runner.invoke(cli, ["--project", str(root), "query", name])
        assert result.exit_code in (1, 2), (name, result.output)
        assert _one_line_error(result.output), (name, result.output)
    assert recorder.settle() == before


@pytest.fixture(scope="module")
def server(real: Project) -> Iterator[Server]:
    with running_server(real.root, "--timeout", "5") as s:
        yield s


@pytest.fixture(scope="module")
def writable(real: Project) -> Iterator[Server]:
    with running_server(real.root, "--allow-update", "--timeout", "5") as s:
        yield s


def test_kg_serve_never_connects(server: Server, recorder: Recorder, queries: list[str]) -> None:
    before = recorder.settle()
    for i, text in enumerate(queries[:600]):
        if i % 2:
            reply = server.query(text, "application/sparql-results+json")
        else:
            reply = server.post(text.encode("utf-8"), "application/sparql-query")
        assert reply.status == 400, (text, reply.status, reply.text)
        assert reply.text.count("\n") <= 1
    assert recorder.settle() == before
    assert server.alive()


def test_kg_serve_with_updates_never_connects(
    writable: Server, recorder: Recorder, queries: list[str], updates: list[str]
) -> None:
    before = recorder.settle()
    for text in updates:
        reply = writable.request("POST", "/sparql", urlencode({"update": text}).encode(), {"Content-Type": FORM})
        assert reply.status == 400, (text, reply.status, reply.text)
    for text in queries[-300:]:
        assert writable.query(text, "application/sparql-results+json").status == 400
    assert recorder.settle() == before
    assert writable.alive()


# --- random token soup --------------------------------------------------------------------

TOKENS = [
    "SELECT", "ASK", "CONSTRUCT", "WHERE", "{", "}", "(", ")", "[", "]", "?s", "?p", "?o", "$x", "<http://e.org/>",
    "'", '"', "'''", '"""', "<", ">", "#", "\n", "SERVICE", "service", "LOAD", "SILENT", "FILTER", "BIND", "AS", "1",
    "1.5", ".", ";", ",", "!", "-", "||", "&&", "\\", "ent:a", "kg:", "a", "UNION", "OPTIONAL", "'>'", "\\u0053",
    "PREFIX", "p:", "BASE", "VALUES", "*", "^", "/", "|", "INSERT", "DATA", "DELETE", "GRAPH", "_:b", "true", "\t",
    "\x00", "\u2028", "é", "中", "\ud83d\ude00",
]  # fmt: skip


def soup(recorder_url: str) -> st.SearchStrategy[str]:
    token = st.sampled_from([*TOKENS, f"<{recorder_url}>"])
    sep = st.sampled_from(["", " ", "\n"])
    return st.lists(st.tuples(token, sep), max_size=60).map(lambda pairs: "".join(t + s for t, s in pairs))


@settings(max_examples=1500, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_check_never_fails_other_than_with_a_query_error(recorder: Recorder, data: st.DataObject) -> None:
    text = data.draw(soup(recorder.url))
    update = data.draw(st.booleans())
    try:
        checked = check_query(text, update=update)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert checked.form in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "UPDATE")
        assert checked.depth <= MAX_DEPTH and checked.elements <= MAX_ELEMENTS


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_kg_sparql_on_token_soup_is_an_answer_or_one_line(
    real: Project, recorder: Recorder, data: st.DataObject
) -> None:
    text = data.draw(soup(recorder.url))
    result = CliRunner().invoke(cli, ["--project", str(real.root), "sparql", text, "--format", "json"])
    assert "Traceback" not in result.output
    if result.exit_code != 0:
        assert result.exit_code == 2 and result.output.count("\n") == 1 and result.output.startswith("Error: ")
    assert recorder.connections == 0


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_kg_serve_on_token_soup_is_an_answer_or_a_400(server: Server, recorder: Recorder, data: st.DataObject) -> None:
    text = data.draw(soup(recorder.url))
    if "\ud83d" in text:  # not UTF-8 encodable: the server test covers invalid bytes elsewhere
        text = text.replace("\ud83d\ude00", "😀")
    reply = server.post(text.encode("utf-8"), "application/sparql-query")
    assert reply.status in (200, 400), (text, reply.status, reply.text)


def test_no_connection_arrived_at_all(recorder: Recorder, server: Server) -> None:
    assert recorder.settle() == 0
    assert server.alive()


# --- crash reproducers: one line, exit 2, from a real process --------------------------

CRASHERS = {
    "blank-node nesting 5,000 deep": "SELECT * WHERE { ?s ?p " + "[ ?p " * 5000 + "?o" + " ]" * 5000 + " }",
    "FILTER( then 30,000 !": "SELECT * WHERE { ?s ?p ?o FILTER(" + "!" * 30000 + "?o) }",
    "10,000 flat patterns": "SELECT * WHERE { " + "?s ?p ?o . " * 10000 + "}",
    "a chain of 10,000 ||": "SELECT * WHERE { ?s ?p ?o FILTER(" + " || ".join(["?o"] * 10000) + ") }",
    "a path of 10,000 steps": "SELECT * WHERE { ?s " + "/".join(["kg:p"] * 10000) + " ?o }",
    "4,000 BINDs": "SELECT * WHERE { " + " ".join(f"BIND(1 AS ?b{i})" for i in range(4000)) + " }",
    "hidden parentheses": "SELECT * WHERE { FILTER(?a<" + "(" * 3000 + "1" + ")" * 3000 + "&&?c>?b) }",
    "a collection of 5,000 items": "SELECT * WHERE { (" + " 1" * 5000 + " ) ?p ?o }",
    "deep nesting after a comment a CR ends": "SELECT * WHERE { # x\r FILTER("
    + "(" * 20000
    + "1"
    + ")" * 20000
    + ") }",
}


@pytest.mark.parametrize("name", list(CRASHERS))
def test_a_query_that_crashed_the_cli_is_one_line(real: Project, tmp_path: Path, name: str) -> None:
    query_file = tmp_path / "q.rq"
    query_file.write_text(CRASHERS[name], encoding="utf-8")
    done = subprocess.run(
        [*KG, "--project", str(real.root), "sparql", "-f", str(query_file)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2, (name, done.returncode, done.stderr)
    assert done.stdout == "" and done.stderr.count("\n") == 1 and done.stderr.startswith("Error: "), done.stderr


def test_the_crash_reproducers_are_400_at_the_server(server: Server) -> None:
    for name, text in CRASHERS.items():
        reply = server.post(text.encode("utf-8"), "application/sparql-query")
        assert reply.status == 400, (name, reply.status, reply.text[:200])
    assert server.alive()


def test_limits_are_generous_for_real_queries() -> None:
    nested = "SELECT * WHERE " + "{" * 90 + " ?s ?p ?o " + "}" * 90
    assert check_query(nested).form == "SELECT"
    long_values = "SELECT * WHERE { VALUES ?x { " + " ".join(f"<http://e.org/{i}>" for i in range(20000)) + " } }"
    assert check_query(long_values).form == "SELECT"
    patterns = "SELECT * WHERE { " + " ".join(f"?s{i} kg:p{i} ?o{i} ." for i in range(400)) + " }"
    assert check_query(patterns).form == "SELECT"
