"""Hostile requests to ``kg serve``: each gets a clear error, and the server keeps serving.

Outbound access is watched with a loopback port that records every connection made to
it: a query naming that port (SERVICE, FROM, LOAD, default-graph-uri) must not reach it.
"""

from __future__ import annotations

import http.client
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest

from kg.project import Project

from .serving import Recorder, Server, running_server

FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def server(real: Project) -> Iterator[Server]:
    with running_server(real.root, "--timeout", "2", "--max-body-size", "64K", "--max-result-size", "256K") as s:
        yield s


@pytest.fixture(scope="module")
def writable(real: Project) -> Iterator[Server]:
    with running_server(real.root, "--allow-update", "--timeout", "2", "--max-body-size", "64K") as s:
        yield s


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    r = Recorder()
    yield r
    r.close()


def _update(server: Server, text: str, **headers: str) -> tuple[int, str]:
    reply = server.request("POST", "/sparql", urlencode({"update": text}).encode(), {"Content-Type": FORM, **headers})
    return reply.status, reply.body.decode("utf-8", "replace")


# --- nothing leaves the server ---------------------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?x ?y ?z . SeRvIcE\n<{url}>{{ ?s ?p ?o }} }}",
        "ASK {{ SERVICE <{url}> {{ }} }}",
        "SELECT * WHERE {{ BIND(1 AS ?z) OPTIONAL {{ ?s ent:a\\# ?o }} SERVICE <{url}> {{ ?a ?b ?c }} }}",
        "SELECT * WHERE {{ ?s ?p 1SERVICE <{url}> {{ ?a ?b ?c }} }}",
    ],
)
def test_service_is_refused_and_never_connects(server: Server, recorder: Recorder, template: str) -> None:
    reply = server.query(template.format(url=recorder.url))
    assert reply.status == 400
    assert reply.text.startswith("SERVICE (federated query) is disabled")
    assert recorder.settle() == 0
    assert server.alive()


def test_the_word_service_in_a_string_is_no_federation(server: Server) -> None:
    reply = server.query('SELECT * WHERE { ?s rdfs:label "SERVICE <http://example.org/>" }')
    assert reply.status == 200


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        "SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ GRAPH <{url}> {{ ?s ?p ?o }} }}",
    ],
)
def test_from_selects_a_graph_of_the_store_and_fetches_nothing(
    server: Server, recorder: Recorder, template: str
) -> None:
    reply = server.query(template.format(url=recorder.url), "text/csv")
    assert reply.status == 200
    assert reply.text.splitlines()[1:] == []  # no such graph in the store: no rows
    assert recorder.settle() == 0


def test_dataset_parameters_fetch_nothing(server: Server, recorder: Recorder) -> None:
    for param in ("default-graph-uri", "named-graph-uri"):
        reply = server.get("/sparql", "text/csv", query="SELECT * WHERE { ?s ?p ?o } LIMIT 5", **{param: recorder.url})
        assert reply.status == 200
    assert recorder.settle() == 0


def test_load_of_a_file_is_refused(server: Server, writable: Server, tmp_path: Path) -> None:
    secret = tmp_path / "secret.nt"
    secret.write_text('<http://example.org/s> <http://example.org/p> "top secret" .\n', encoding="utf-8")
    load = f"LOAD <{secret.as_uri()}>"
    assert _update(server, load)[0] == 403
    status, message = _update(writable, load)
    assert status == 400
    assert message.startswith("LOAD is disabled")
    for s in (server, writable):
        reply = s.query('ASK { ?s ?p "top secret" }', "application/sparql-results+json")
        assert b'"boolean":false' in reply.body


def test_load_from_the_network_is_refused(writable: Server, recorder: Recorder) -> None:
    status, message = _update(writable, f"LOAD SILENT <{recorder.url}data.ttl> INTO GRAPH <http://example.org/g>")
    assert status == 400
    assert "LOAD is disabled" in message
    status, message = _update(writable, f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{recorder.url}> {{ ?s ?p ?o }} }}")
    assert status == 400
    hidden = f"INSERT DATA {{ ent:a ent:b\\# ent:c }} ; LOAD <{recorder.url}load>"
    assert _update(writable, hidden)[0] == 400
    assert recorder.settle() == 0
    assert writable.alive()


def test_json_ld_output_fetches_no_context(writable: Server, recorder: Recorder) -> None:
    context = '{"@context": "' + recorder.url + 'context.jsonld", "@id": "x"}'
    status, _ = _update(writable, "INSERT DATA { ent:ctx rdfs:comment '''" + context + "'''^^rdf:JSON }")
    assert status == 204
    reply = writable.query("CONSTRUCT WHERE { ent:ctx ?p ?o }", "application/ld+json")
    assert reply.status == 200
    assert recorder.url in reply.text  # the context IRI is data, written out as such
    reply = writable.get("/entity/ctx", "application/ld+json")
    assert reply.status == 200
    assert recorder.settle() == 0


# --- updates ---------------------------------------------------------------------------


def test_update_without_the_flag_is_refused(server: Server) -> None:
    insert = "INSERT DATA { <http://example.org/x> <http://example.org/y> 'planted' }"
    status, message = _update(server, insert)
    assert status == 403
    assert "--allow-update" in message
    assert server.post(insert.encode(), "application/sparql-update").status == 403
    as_query = server.query(insert)
    assert as_query.status == 400
    assert "this is an update" in as_query.text
    by_get = server.get("/sparql", update=insert)
    assert (by_get.status, by_get.text) == (
        400,
        "updates must be sent by POST (form 'update=' or application/sparql-update)\n",
    )
    reply = server.query("ASK { ?s ?p 'planted' }", "application/sparql-results+json")
    assert b'"boolean":false' in reply.body


def test_updates_with_the_flag_change_the_served_graph(writable: Server) -> None:
    status, _ = _update(writable, "INSERT DATA { ent:planted rdfs:label 'planted for a test'@en }")
    assert status == 204
    reply = writable.query("SELECT ?l WHERE { ent:planted rdfs:label ?l }", "text/csv")
    assert reply.text.splitlines()[1:] == ["planted for a test"]
    description = writable.get("/sparql", "text/turtle").text
    assert "SPARQL11Update" in description


def test_update_from_another_origin_is_refused(writable: Server) -> None:
    status, message = _update(writable, "INSERT DATA { ent:x rdfs:label 'csrf' }", Origin="https://evil.example")
    assert status == 403
    assert "another origin" in message


def test_hostile_labels_are_escaped_in_pages(writable: Server) -> None:
    evil = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    status, _ = _update(
        writable,
        f"INSERT DATA {{ ent:evil rdfs:label '{evil}' ; "
        "rdfs:seeAlso <javascript:alert(3)> , <http://example.org/ok> }",
    )
    assert status == 204
    html = writable.get("/entity/evil", "text/html").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html and "<img" not in html
    assert 'href="javascript:' not in html
    assert 'href="http://example.org/ok"' in html
    table = writable.query("SELECT ?l WHERE { ent:evil rdfs:label ?l }", "text/html").text
    assert "<script>" not in table and "&lt;script&gt;" in table


# --- malformed and oversize requests ---------------------------------------------------


def test_oversize_body_is_413(server: Server) -> None:
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 100_000
    reply = server.post(big.encode(), "application/sparql-query")
    assert reply.status == 413
    assert "larger than the limit of 65536 bytes" in reply.text
    form = server.post(urlencode({"query": big}).encode(), FORM)
    assert form.status == 413
    assert server.alive()


def test_oversize_chunked_body_is_413(server: Server) -> None:
    host, port = server.url.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    chunks = (b"# " + b"x" * 16_000 + b"\n" for _ in range(20))
    try:
        conn.request(
            "POST", "/sparql", body=chunks, headers={"Content-Type": "application/sparql-query"}, encode_chunked=True
        )
        assert conn.getresponse().status == 413
    except (BrokenPipeError, ConnectionResetError):
        pass  # the server may close the connection as soon as the limit is passed
    finally:
        conn.close()
    assert server.alive()


@pytest.mark.parametrize("chunked", [False, True], ids=["with-length", "chunked"])
def test_an_oversize_form_to_any_page_is_413_never_a_truncated_form(server: Server, chunked: bool) -> None:
    host, port = _address(server)
    conn = http.client.HTTPConnection(host, port, timeout=10)
    body = urlencode({"text": "x" * 70_000}).encode()  # over --max-body-size 64K
    try:
        conn.request(
            "POST",
            "/review/some-draft",
            body=iter([body]) if chunked else body,
            headers={"Content-Type": FORM, "Accept": "text/plain"},
            encode_chunked=chunked,
        )
        reply = conn.getresponse()
        assert reply.status == 413
        assert reply.read().endswith(b"is larger than the limit of 65536 bytes\n")
    finally:
        conn.close()
    assert server.alive()


def test_a_body_announced_over_the_limit_is_refused_before_it_is_sent(server: Server) -> None:
    """With "Expect: 100-continue", the client learns of the 413 without sending the body."""
    with socket.create_connection(_address(server), timeout=10) as sock:
        sock.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            b"Content-Length: 5000000\r\nExpect: 100-continue\r\n\r\n"
        )
        answer = b""
        while chunk := sock.recv(65536):  # the server closes the connection after its answer
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:40]
    assert b"(5000000 bytes) is larger than the limit of 65536 bytes" in answer
    assert server.alive()


def test_a_header_line_over_8_kib_is_431(server: Server) -> None:
    reply = server.request("GET", "/sparql?query=ASK%7B%7D", headers={"Accept": "text/csv, " + "x/y, " * 2000})
    assert (reply.status, reply.text) == (431, "a header line is longer than the limit of 8 KiB\n")
    assert server.alive()


def test_deeply_nested_query_is_refused_before_parsing(server: Server) -> None:
    deep = "SELECT * WHERE " + "{" * 10_000 + " ?s ?p ?o " + "}" * 10_000
    reply = server.post(deep.encode(), "application/sparql-query")
    assert reply.status == 400
    assert "levels deep (at most 100 allowed)" in reply.text
    expr = "SELECT * WHERE { FILTER(" + "(" * 5_000 + "1" + ")" * 5_000 + ") }"
    assert server.post(expr.encode(), "application/sparql-query").status == 400
    nested = "SELECT * WHERE " + "{" * 40 + " ?s ?p ?o " + "}" * 40 + " LIMIT 1"
    assert server.post(nested.encode(), "application/sparql-query").status == 200
    assert server.alive()


def test_non_utf8_requests_are_400(server: Server) -> None:
    direct = server.post(b'SELECT * WHERE { ?s ?p "\xff\xfe" }', "application/sparql-query")
    assert (direct.status, direct.text) == (400, "the request body is not valid UTF-8\n")
    form = server.post(b"query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%22%FF%22%7D", FORM)
    assert (form.status, form.text) == (400, "the form body is not valid UTF-8\n")
    raw_form = server.post(b"query=SELECT \xff", FORM)
    assert raw_form.status == 400
    get = server.request("GET", "/sparql?query=" + quote(b"ASK { ?s ?p '\xff' }"))
    assert (get.status, get.text) == (400, "the query string is not valid UTF-8\n")
    latin1 = server.post(b"ASK {}", "application/sparql-query; charset=latin-1")
    assert latin1.status == 415
    assert server.alive()


def test_unknown_accept_is_406(server: Server) -> None:
    reply = server.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "application/x-evil")
    assert reply.status == 406
    reply = server.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1", format="evil")
    assert reply.status == 400
    assert "unknown format 'evil'" in reply.text


def test_garbage_request_line_gets_an_error(server: Server) -> None:
    host, port = server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(b"\x00\xffGARBAGE / HTTP/9.9\r\n\r\n")
        answer = sock.recv(100)
    assert answer == b"" or answer.startswith(b"HTTP/1.")
    assert server.alive()


# --- limits ------------------------------------------------------------------------------


def test_query_over_the_time_limit_is_stopped(server: Server) -> None:
    started = time.monotonic()
    reply = server.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
    elapsed = time.monotonic() - started
    assert reply.status == 503
    assert reply.text == "the query ran longer than the time limit of 2 s and was stopped\n"
    assert elapsed < 10
    assert server.alive()
    time.sleep(1)  # the stopped worker is replaced in the background
    assert all(server.alive() for _ in range(4))


def test_result_over_the_size_limit_is_refused(server: Server) -> None:
    reply = server.query("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert reply.status == 422
    assert reply.text.startswith("the result is larger than the limit of 256 KiB; add a LIMIT")
    assert server.query("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 10", "text/turtle").status == 200


def test_slow_queries_cannot_hold_every_thread(server: Server) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    replies: list[Any] = []
    threads = [threading.Thread(target=lambda: replies.append(server.query(slow))) for _ in range(10)]
    for t in threads:
        t.start()
    time.sleep(0.5)
    started = time.monotonic()
    style = server.get("/static/style.css")
    assert style.status == 200
    assert time.monotonic() - started < 1.5
    for t in threads:
        t.join()
    assert {r.status for r in replies} == {503}
    assert any("busy" in r.text for r in replies)
    assert any("time limit" in r.text for r in replies)
    time.sleep(1)
    assert server.alive()


def test_ctrl_c_stops_the_server_and_its_workers_quietly(real: Project) -> None:
    import os
    import signal
    import subprocess

    from .serving import KG

    process = subprocess.Popen(
        [*KG, "--project", str(real.root), "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    assert "Serving the graph at" in process.stdout.readline()
    os.killpg(process.pid, signal.SIGINT)  # as a terminal's Ctrl-C does: the whole group
    output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output
    assert "Traceback" not in output and "KeyboardInterrupt" not in output


# --- floods of connections ---------------------------------------------------------------

SLOW_HEAD = b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n"


@pytest.fixture(scope="module")
def crowded(real: Project) -> Iterator[Server]:
    """A server with room for 50 connections (and the default idle time, longer than these tests)."""
    with running_server(real.root, "--max-connections", "50") as s:
        yield s


@pytest.fixture(scope="module")
def impatient(real: Project) -> Iterator[Server]:
    with running_server(real.root, "--idle-timeout", "1") as s:
        yield s


def _address(server: Server) -> tuple[str, int]:
    host, port = server.url.removeprefix("http://").split(":")
    return host, int(port)


def _connect(server: Server, count: int, first: bytes = b"", source: str = "127.0.0.1") -> list[socket.socket]:
    """``count`` connections from ``source`` that send ``first`` and then nothing."""
    sockets = []
    for _ in range(count):
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.settimeout(5)
        sock.bind((source, 0))
        sock.connect(_address(server))
        if first:
            sock.sendall(first)
        sockets.append(sock)
    return sockets


def _still_open(sockets: list[socket.socket], at_most: int = 0, within: float = 5) -> int:
    """How many of ``sockets`` the server has not closed (a closed one reads as end of file or reset),
    once that is ``at_most`` or ``within`` seconds have passed.
    """
    import select

    poller = select.poll()
    for sock in sockets:
        poller.register(sock, select.POLLIN)
    deadline = time.monotonic() + within
    while True:
        count = len(sockets) - len(poller.poll(0))
        if count <= at_most or time.monotonic() > deadline:
            return count
        time.sleep(0.1)


class _Trickle:
    """Sends one more header line on each socket every half second: a request head that never ends."""

    def __init__(self, sockets: list[socket.socket]) -> None:
        self.sockets = list(sockets)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(0.5):
            for sock in self.sockets:
                try:
                    sock.sendall(b"X-Wait: 1\r\n")
                except OSError:  # closed by the server
                    pass

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


def _close(sockets: list[socket.socket]) -> None:
    for sock in sockets:
        sock.close()


def _timed_query(server: Server) -> tuple[int, float]:
    started = time.monotonic()
    reply = server.request("GET", "/sparql?query=" + quote("ASK { ?s ?p ?o }"), timeout=10)
    return reply.status, time.monotonic() - started


@pytest.mark.parametrize("first", [b"", SLOW_HEAD], ids=["silent", "slow-head"])
def test_idle_connections_do_not_lock_others_out(server: Server, first: bytes) -> None:
    flood = _connect(server, 400, first)  # four times a common server default (100)
    try:
        status, elapsed = _timed_query(server)
        assert status == 200
        assert elapsed < 5
    finally:
        _close(flood)
    assert server.alive()


@pytest.mark.parametrize("first", [b"", SLOW_HEAD], ids=["silent", "slow-head"])
def test_at_the_connection_limit_idle_connections_make_room(crowded: Server, first: bytes) -> None:
    flood = _connect(crowded, 400, first)
    trickle = _Trickle(flood) if first else None
    try:
        for _ in range(3):
            status, elapsed = _timed_query(crowded)
            assert status == 200
            assert elapsed < 5  # well within the idle timeout (10 s): room was made, not waited for
        assert _still_open(flood, 50) <= 50  # the oldest were closed
    finally:
        if trickle:
            trickle.stop()
        _close(flood)
    assert crowded.alive()


def test_a_connection_flood_pushes_out_its_own_connections_first(crowded: Server) -> None:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.2", 0))
        except OSError:
            pytest.skip("no 127.0.0.2 on this system's loopback")
    host, port = _address(crowded)
    kept = http.client.HTTPConnection(host, port, timeout=10)  # a client that keeps its connection open
    try:
        kept.request("GET", "/sparql?query=" + quote("ASK {}"))
        assert kept.getresponse().read()
        flood = _connect(crowded, 400, source="127.0.0.2")
        try:
            assert _still_open(flood, 50) <= 50
            kept.request("GET", "/sparql?query=" + quote("ASK { ?s ?p ?o }"))  # on the same connection
            assert b'"boolean":true' in kept.getresponse().read()
        finally:
            _close(flood)
    finally:
        kept.close()


def test_connections_that_never_finish_a_request_are_closed(impatient: Server) -> None:
    silent = _connect(impatient, 5)
    slow = _connect(impatient, 5, SLOW_HEAD)
    trickle = _Trickle(slow)  # bytes that keep coming do not extend the time to send a request head
    try:
        assert _still_open(silent + slow, 0, within=5) == 0  # --idle-timeout 1, checked every second
    finally:
        trickle.stop()
        _close(silent + slow)
    assert impatient.alive()


# --- slow bodies, clients that do not read, stopping ---------------------------------------


def _slow_bodies(server: Server, count: int) -> list[socket.socket]:
    """``count`` POSTs that announce a 1,000-byte body and send a byte of it now and then."""
    head = (
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        b"Content-Length: 1000\r\n\r\nquery="
    )
    return _connect(server, count, head)


def test_slow_request_bodies_hold_no_thread_of_the_pages(server: Server) -> None:
    slow = _slow_bodies(server, 30)  # three times the threads the pages are answered in
    trickle = _Trickle(slow)
    try:
        time.sleep(0.5)
        started = time.monotonic()
        home = server.request("GET", "/", headers={"Accept": "text/html"}, timeout=10)
        posted = server.post(urlencode({"query": "ASK {}"}).encode(), "application/x-www-form-urlencoded")
        assert (home.status, posted.status) == (200, 200)
        assert time.monotonic() - started < 5
    finally:
        trickle.stop()
        _close(slow)
    assert server.alive()


def test_at_the_connection_limit_slow_bodies_make_room_too(crowded: Server) -> None:
    slow = _slow_bodies(crowded, 80)
    trickle = _Trickle(slow)
    try:
        for _ in range(3):
            status, elapsed = _timed_query(crowded)
            assert status == 200
            assert elapsed < 5
    finally:
        trickle.stop()
        _close(slow)
    assert crowded.alive()


def test_a_client_that_never_reads_its_answer_is_cut_off(impatient: Server) -> None:
    """--idle-timeout 1: an answer that stops moving for a second is dropped, with what was left to send."""
    query = "SELECT ?s ?a WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 100000"  # about 20 MB of JSON
    host, port = _address(impatient)
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.sendall(f"GET /sparql?query={quote(query)} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        time.sleep(5)  # reading nothing
        received = b""
        sock.settimeout(2)
        deadline = time.monotonic() + 15
        try:
            while (chunk := sock.recv(1 << 20)) and time.monotonic() < deadline:
                received += chunk
        except OSError:  # reset by the server
            pass
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ")
    length = int(re.search(rb"(?i)content-length: (\d+)", head).group(1))  # type: ignore[union-attr]
    assert length > 10_000_000
    assert len(body) < length  # it was not all sent: the server gave up on this client
    assert impatient.alive()


def test_sigterm_stops_the_workers_even_in_the_middle_of_a_query(real: Project) -> None:
    import os
    import signal

    with running_server(real.root, "--timeout", "60") as server:
        pid = server.process.pid
        workers = [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        assert workers
        slow = threading.Thread(
            target=lambda: server.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
            daemon=True,
        )
        slow.start()
        time.sleep(1)
        os.kill(pid, signal.SIGTERM)
        server.process.wait(15)

    def running(pid: int) -> bool:  # neither gone nor a zombie
        try:
            return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
        except (FileNotFoundError, ProcessLookupError):
            return False

    deadline = time.monotonic() + 10
    while any(running(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [w for w in workers if running(w)] == []
    assert "Traceback" not in "".join(server.output)


def test_an_answer_still_being_sent_is_not_cut_to_make_room(crowded: Server) -> None:
    """A keep-alive client reading a large answer slowly keeps it whole while idle connections
    push the server to its limit (50)."""
    query = urlencode({"query": "SELECT ?s ?a WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 60000", "format": "csv"})
    with socket.create_connection(_address(crowded), timeout=10) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
        sock.sendall(f"GET /sparql?{query} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        received = sock.recv(65536)
        while b"\r\n\r\n" not in received:
            received += sock.recv(65536)
        head, _, body = received.partition(b"\r\n\r\n")
        length = int(re.search(rb"(?i)content-length: (\d+)", head).group(1))  # type: ignore[union-attr]
        assert length > 4_000_000
        flood: list[socket.socket] = []
        try:
            started = time.monotonic()
            while len(body) < length and time.monotonic() - started < 30:
                if not flood and time.monotonic() - started > 0.5:  # mid-answer: the flood
                    flood = _connect(crowded, 120)
                body += sock.recv(65536)
                time.sleep(0.005)  # a slow reader
        finally:
            _close(flood)
    assert len(body) == length
    assert crowded.alive()
