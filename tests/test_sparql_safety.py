"""Queries must never reach the network: SERVICE is refused before Oxigraph sees it."""

from __future__ import annotations

import socket
import threading

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, UnsafeQueryError
from kg.sparql import check_safe, query_form, run_query


@pytest.fixture
def listener():  # type: ignore[no-untyped-def]
    """A loopback port that records every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    connections: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            connections.append(conn.recv(1024))
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], connections
    stop.set()
    thread.join(timeout=2)
    server.close()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
        "select * where {{ service silent <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ # comment\n  SeRvIcE\n<http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
        # an escaped '#' or quote in a prefixed name starts no comment or string
        "SELECT * WHERE {{ ?s ent:a\\# ?o SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
        "SELECT * WHERE {{ ?s ent:a\\' ?o . SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
        # the keyword glued to the token before it still parses as the keyword
        "SELECT * WHERE {{ ?s ?p 1SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
        "SELECT * WHERE {{ ?s ?p 1.5SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
        "SELECT * WHERE {{ ?s ?p trueSERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
        "SELECT * WHERE {{ ?s ?p ?o.SERVICE <http://127.0.0.1:{port}/> {{ ?a ?b ?c }} }}",
    ],
)
def test_service_never_connects(listener, template: str) -> None:  # type: ignore[no-untyped-def]
    port, connections = listener
    store = ox.Store()
    with pytest.raises(UnsafeQueryError):
        run_query(store, template.format(port=port))
    assert connections == []


def test_service_inside_strings_iris_and_comments_is_allowed() -> None:
    check_safe('SELECT * WHERE { ?s ?p "SERVICE" } # SERVICE')
    check_safe("SELECT * WHERE { ?s <http://example.org/SERVICE> ?o }")
    check_safe("PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:SERVICE ?o }")
    check_safe("SELECT ?service WHERE { ?service kg:serviceArea $services . ?x ?p _:b.service }")


def test_updates_are_refused() -> None:
    with pytest.raises(UnsafeQueryError, match="LOAD is disabled"):
        run_query(ox.Store(), "LOAD <file:///etc/passwd>")
    with pytest.raises(QueryError, match="updates are not allowed"):
        run_query(ox.Store(), "INSERT DATA { <http://a> <http://b> <http://c> }")


def test_query_form() -> None:
    assert query_form("PREFIX a: <http://a/> SELECT * { ?s ?p ?o }") == "SELECT"
    assert query_form("# SELECT\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert query_form("DELETE WHERE { ?s ?p ?o }") == "UPDATE"


def test_empty_query() -> None:
    with pytest.raises(QueryError, match="empty"):
        run_query(ox.Store(), "   ")
