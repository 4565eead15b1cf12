"""Answering untrusted requests in worker processes, each holding its own copy of the graph.

The server never runs a client's query in its own process. A worker process does, so that

- a query over its time limit is stopped by ending the worker (Oxigraph has no way to
  cancel a running query from Python), and
- a query that crashes the query engine takes down one worker, not the server.

A stopped or crashed worker is replaced in the background. :class:`Engine` is what runs
inside a worker; it can also be used directly (the tests do).

Updates, when the server allows them, change the graph in memory only. They are logged and
replayed into every replacement worker, so a restarted worker serves the same graph.

Every worker of an in-memory store replaces the graph's blank nodes by skolem IRIs when it
loads it (:func:`kg.push.skolemize_store`): Oxigraph labels blank nodes afresh at each load
and sorts them by label, so without that two workers would order and page the same query
differently.
"""

from __future__ import annotations

import contextlib
import functools
import io
import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from kg.errors import (
    KgError,
    QueryError,
    QueryTimeoutError,
    ResultTooLargeError,
    UnknownEntityError,
    error_record,
    rebuild_error,
)
from kg.formats import GRAPH_TYPES, RESULTS_TYPES, write_rdf, write_results
from kg.namespaces import BASE, KG, PREFIXES, RDFS, SKOS
from kg.sandbox import isolate_network

__all__ = ["Engine", "WorkerPool", "WorkerError", "ServerBusyError", "RESULTS_TYPES", "GRAPH_TYPES", "write_rdf"]

ONTOLOGY_IRI = BASE + "ontology"


class WorkerError(KgError):
    """A worker crashed while answering (the query broke the query engine)."""


class ServerBusyError(KgError):
    """Every worker stayed busy for longer than a request may wait."""


class _Limited(io.RawIOBase):
    """A byte sink that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.chunks: list[bytes] = []
        self.size = 0
        self.overflow = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.size += len(data)
        if self.size > self.limit:
            self.overflow = True
            raise OSError("result size limit reached")
        self.chunks.append(bytes(data))
        return len(data)

    def value(self) -> bytes:
        return b"".join(self.chunks)


def _term(term: Any) -> dict[str, Any] | None:
    """An Oxigraph term as a plain, picklable record."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "iri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        return {"type": "literal", "value": term.value, "language": term.language, "datatype": term.datatype.value}
    return {"type": "triple", "value": str(term)}


def _iri(text: str) -> Any:
    import pyoxigraph as ox

    try:
        return ox.NamedNode(text)
    except ValueError:
        raise QueryError(f"not an absolute IRI: {text!r}") from None


class Engine:
    """Answers requests against one graph; each method returns plain, picklable data.

    Parameters
    ----------
    graph : KnowledgeGraph
        The opened graph.
    updates : list, optional
        Updates to replay first (those the server accepted before this engine started): the
        arguments of :meth:`update`, as a tuple, or the update's text alone.
    """

    def __init__(self, graph: Any, updates: list[Any] | None = None) -> None:
        self.graph = graph
        self._view: str | None = None  # the whole-graph view, made once (see graph_view)
        self._overview: dict[str, Any] | None = None  # the home page's counts, made once (see overview)
        self._stats: dict[str, Any] | None = None
        self._named: Any = None  # the graph with its names in memory, for suggestions (see names_like)
        self._entities: list[dict[str, Any]] | None = None  # the listings' entries, read once (see entities)
        self._card_keys: dict[str, Any] = {}  # the keys of paged cards' facts, by entity IRI (see card)
        for update in updates or []:
            try:  # accepted once; one that fails now (it read the clock, say) must not stop the worker
                self.update(*(update if isinstance(update, tuple | list) else (update,)))
            except KgError:
                pass

    # --- SPARQL ----------------------------------------------------------------------

    def _run(self, text: str, default_graphs: list[str], named_graphs: list[str], base_iri: str | None) -> Any:
        from kg.sparql import run_query

        options: dict[str, Any] = {}
        if base_iri is not None:  # relative IRIs of the query resolve against it
            options["base_iri"] = base_iri
        if default_graphs:
            options["default_graph"] = [_iri(g) for g in default_graphs]
        if named_graphs:
            options["named_graphs"] = [_iri(g) for g in named_graphs]
        return run_query(self.graph.store, text, **options)

    def query(
        self,
        text: str,
        media_type: str | None,
        default_graphs: list[str],
        named_graphs: list[str],
        max_bytes: int,
        base_iri: str | None = None,
    ) -> tuple[str, bytes]:
        """Run a query and serialize its result; returns (media type, body).

        ``media_type`` is the negotiated type for the query's kind; when it does not fit the
        result (the query turned out to be of another kind) the kind's default is used.
        Raises :class:`~kg.errors.UnrepresentableError` when that type cannot carry the result.
        """
        import pyoxigraph as ox

        results = self._run(text, default_graphs, named_graphs, base_iri)
        sink = _Limited(max_bytes)
        try:
            if isinstance(results, ox.QueryTriples):
                media_type = media_type if media_type in GRAPH_TYPES else "text/turtle"
                write_rdf(results, media_type, cast(IO[bytes], sink))
            else:
                media_type = media_type if media_type in RESULTS_TYPES else "application/sparql-results+json"
                write_results(results, media_type, cast(IO[bytes], sink))
        except (OSError, RuntimeError) as exc:  # RuntimeError: an evaluation error (unknown function ...)
            if sink.overflow:
                raise ResultTooLargeError(
                    f"the result is larger than the limit of {_size(max_bytes)}; add a LIMIT or ask for fewer variables"
                ) from None
            raise QueryError(f"query failed: {exc}") from None
        return media_type, sink.value()

    def table(
        self,
        text: str,
        default_graphs: list[str],
        named_graphs: list[str],
        max_rows: int,
        base_iri: str | None = None,
    ) -> dict[str, Any]:
        """Run a query for display: the first ``max_rows`` rows as term records.

        Returns ``kind`` (``select``, ``ask`` or ``graph``), ``variables``, ``rows``,
        ``boolean`` (for ASK) and ``truncated`` (more rows exist).
        """
        import pyoxigraph as ox

        results = self._run(text, default_graphs, named_graphs, base_iri)
        if isinstance(results, ox.QueryBoolean):
            return {"kind": "ask", "variables": [], "rows": [], "boolean": bool(results), "truncated": False}
        rows: list[list[dict[str, Any] | None]] = []
        truncated = False
        try:
            if isinstance(results, ox.QueryTriples):
                variables = ["subject", "predicate", "object"]
                for triple in results:
                    if len(rows) == max_rows:
                        truncated = True
                        break
                    rows.append([_term(triple.subject), _term(triple.predicate), _term(triple.object)])
                kind = "graph"
            else:
                variables = [v.value for v in results.variables]
                for solution in results:
                    if len(rows) == max_rows:
                        truncated = True
                        break
                    rows.append([_term(solution[v]) for v in variables])
                kind = "select"
        except (OSError, RuntimeError) as exc:
            raise QueryError(f"query failed: {exc}") from None
        labels = self._labels({c["value"] for row in rows for c in row if c and c["type"] == "iri"})
        for row in rows:
            for cell in row:
                if cell and cell["value"] in labels:
                    cell["label"] = labels[cell["value"]]
        return {"kind": kind, "variables": variables, "rows": rows, "boolean": None, "truncated": truncated}

    def update(
        self,
        text: str,
        base_iri: str | None = None,
        using: list[str] | tuple[str, ...] = (),
        using_named: list[str] | tuple[str, ...] = (),
    ) -> None:
        """Apply a SPARQL update (the caller decides whether updates are allowed).

        ``base_iri`` resolves the update's relative IRIs; ``using`` and ``using_named`` are the
        protocol's ``using-graph-uri`` and ``using-named-graph-uri``
        (:func:`kg.sparql.with_update_dataset`).
        """
        from kg.sparql import checked, one_line, with_update_dataset

        checked(text, update=True)
        if using or using_named:
            text = with_update_dataset(text, list(using), list(using_named))
            checked(text, update=True)  # what runs is what was checked
        options = {} if base_iri is None else {"base_iri": base_iri}
        self._view = self._overview = self._stats = self._named = self._entities = None
        self._card_keys = {}
        try:
            self.graph.store.update(text, prefixes=PREFIXES, **options)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {one_line(str(exc))}") from None
        except (OSError, ValueError, TypeError, RuntimeError) as exc:
            raise QueryError(f"update failed: {exc}") from None

    # --- pages -----------------------------------------------------------------------

    #: Where :meth:`graph_view`'s page carries its nonce; the server puts a fresh one there.
    NONCE = "\x00nonce\x00"

    def graph_view(self) -> str:
        """The whole-graph view (as ``kg viz`` writes it), made once per worker; its scripts and
        styles carry :data:`NONCE` (no text of the graph can hold a NUL character)."""
        if self._view is None:
            from kg.viz import render_html, view_graph

            g = view_graph(self.graph)
            title = f"Knowledge graph: {g.number_of_nodes()} entities, {g.number_of_edges()} relations"
            self._view = render_html(g, title=title, nonce=self.NONCE)
        return self._view

    def _labels(self, iris: set[str]) -> dict[str, str]:
        """English (or untagged) labels of IRIs, for display."""
        if not iris:
            return {}
        values = " ".join(f"<{i}>" for i in sorted(iris) if ">" not in i and " " not in i)
        if not values:
            return {}
        rows = self.graph.store.query(
            f"SELECT ?i ?l WHERE {{ VALUES ?i {{ {values} }} ?i <{RDFS}label>|<{SKOS}prefLabel> ?l "
            'FILTER(LANG(?l) = "" || LANGMATCHES(LANG(?l), "en")) }'
        )
        return {r["i"].value: r["l"].value for r in rows}

    def card(self, iri: str, number: int | None = None) -> dict[str, Any]:
        """The page of one resource: an entity card for indexed entities, else its triples.

        With ``number``, an entity's card is that page of its facts (:func:`kg.lookup.card_page`;
        ``paging`` says where it lies), and its charts and conflicts are those of the page's
        figures. Raises :class:`UnknownEntityError` when the graph says nothing about ``iri``.
        """
        from kg.lookup import card_keys, card_page, entity_card

        entry = self.graph.names.get(iri)
        if entry is not None:
            page: dict[str, Any] = {"page": "card"}
            if number is not None and entry.kind == "entity":
                keys = self._card_keys.pop(iri, None) or card_keys(self.graph, iri)
                if not self.graph.remote:  # kept for the next pages (the last 64 entities read), unless others
                    self._card_keys[iri] = keys  # may change the store: a sparql: store's server
                while len(self._card_keys) > 64:
                    del self._card_keys[next(iter(self._card_keys))]
                card, page["paging"] = card_page(self.graph, entry, number, keys=keys)
            else:
                card = entity_card(self.graph, entry)
            page["card"] = card
            if entry.kind != "source":  # the indicators as series, for the page's charts
                from kg.records import Indicator
                from kg.timeline import series_of

                own = [f for f in card.facts if isinstance(f, Indicator)]
                page["series"] = series_of(own)
                if entry.kind == "entity" and own:  # where its figures disagree or overlap, or a whole's
                    from kg.conflicts import find_conflicts

                    page["conflicts"] = find_conflicts(self.graph, observations=own, involving=iri)
            if entry.kind == "source":  # the reader: its text with every quote marked
                from kg.evidence import source_evidence

                page["evidence"] = source_evidence(self.graph, entry.id)
            return page
        node = _iri(iri)
        out = [
            (_term(r["p"]), _term(r["o"]))
            for r in self.graph.store.query(f"SELECT ?p ?o WHERE {{ {node} ?p ?o }} ORDER BY ?p ?o")
        ]
        incoming = [
            (_term(r["s"]), _term(r["p"]))
            for r in self.graph.store.query(f"SELECT ?s ?p WHERE {{ ?s ?p {node} }} ORDER BY ?p ?s LIMIT 2000")
        ]
        if not out and not incoming:
            raise UnknownEntityError(iri, self.suggest(iri), what="resource")
        iris = {t["value"] for pair in out + incoming for t in pair if t and t["type"] == "iri"}
        labels = self._labels(iris | {iri})
        for pair in out + incoming:
            for t in pair:
                if t and t["value"] in labels:
                    t["label"] = labels[t["value"]]
        return {
            "page": "resource",
            "iri": iri,
            "label": labels.get(iri),
            "out": out,
            "in": incoming,
            "labels": labels,
        }

    def suggest(self, iri: str) -> list[str]:
        """Paths of indexed resources whose names resemble the last segment of ``iri``."""
        from kg.lookup import match_names

        name = iri.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")
        kind = iri[len(BASE) :].split("/", 1)[0]
        entries = [e for e in self.graph.names.candidates(name) if e["iri"].startswith(BASE + kind + "/")]
        return [m.entry["iri"][len(BASE) - 1 :] for m in match_names(entries, name)][:5] if name else []

    def describe(self, iri: str, media_type: str) -> bytes:
        """The triples about ``iri`` (as subject or object) in ``media_type``."""

        node = _iri(iri)
        triples = list(
            self.graph.store.query(
                f"CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} }} WHERE {{ {{ {node} ?p ?o }} UNION {{ ?s ?q {node} }} }}"
            )
        )
        if not triples:
            raise UnknownEntityError(iri, self.suggest(iri), what="resource")
        return write_rdf(triples, media_type)

    def ontology(self, media_type: str | None) -> Any:
        """The ontology: serialized in ``media_type``, or documented (``None``) as records."""

        triples = list(
            self.graph.store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o "
                f'FILTER(STRSTARTS(STR(?s), "{KG}") || ?s = <{ONTOLOGY_IRI}>) }}'
            )
        )
        if media_type is not None:
            return write_rdf(triples, media_type)
        about: dict[str, dict[str, list[Any]]] = {}
        for t in triples:
            about.setdefault(t.subject.value, {}).setdefault(t.predicate.value, []).append(_term(t.object))
        return {"iri": ONTOLOGY_IRI, "namespace": KG, "about": about}

    def stats(self) -> dict[str, Any]:
        """Triples, and entities, sources and measures in the index; counted once per worker
        (again after an update): an on-disk store counts its triples by reading them all."""
        if self._stats is None:
            self._stats = {"triples": len(self.graph.store), "kinds": self.graph.names.counts()}
        return self._stats

    def void(self, endpoint: str) -> str:
        """The dataset's VoID/DCAT description, as Turtle (kg.release.describe)."""
        from kg.release import describe

        return describe(self.graph, endpoint=endpoint)

    def entities(self) -> list[dict[str, Any]]:
        """Every indexed entity, measure and source with its most specific class, by class and
        label; read once per worker (again after an update): at a million triples it reads
        every typed node."""
        if self._entities is None:
            kg_types: dict[str, set[str]] = {}
            for r in self.graph.query("SELECT ?e ?c WHERE { ?e a ?c FILTER(STRSTARTS(STR(?c), STR(kg:))) }"):
                kg_types.setdefault(r["e"].value, set()).add(r["c"].value)
            above: dict[str, set[str]] = {}  # a class -> the classes it is a subclass of
            for r in self.graph.query("SELECT ?d ?c WHERE { ?d rdfs:subClassOf+ ?c FILTER(?d != ?c) }"):
                above.setdefault(r["d"].value, set()).add(r["c"].value)
            labels = self._labels({c for cs in kg_types.values() for c in cs})
            entries = []
            for e in self.graph.names.entries():
                own = kg_types.get(e["iri"], set())
                specific = sorted(labels[c] for c in own if c in labels and not any(c in above.get(d, ()) for d in own))
                kind = e.get("kind", "entity")
                entries.append(
                    {
                        "iri": e["iri"],
                        "id": e["id"],
                        "label": e["label"],
                        "kind": kind,
                        "class": specific[0] if specific else kind,
                    }
                )
            listing = sorted(entries, key=lambda e: (e["class"], e["label"].casefold()))
            if self.graph.remote:  # a sparql: store's server may be changed by others: read it each time
                return listing
            self._entities = listing
        return self._entities

    def neighbourhood(self, iri: str, depth: int) -> dict[str, Any]:
        """The entity graph around one entity, for a page: nodes and edges, hubs not followed."""
        from kg.analysis import neighbourhood
        from kg.namespaces import ENT

        if not iri.startswith(ENT) or self.graph.names.get(iri) is None:
            raise UnknownEntityError(iri[len(ENT) :] if iri.startswith(ENT) else iri, [])
        try:
            g = neighbourhood(self.graph, iri[len(ENT) :], depth=depth, hub_degree=40, max_nodes=120)
        except KgError:  # a known entity with no relations (a role): nothing to draw
            return {"nodes": [], "edges": []}
        nodes = [
            {"id": n, "label": d["label"], "class": d["class_label"], "family": d["family_label"]}
            for n, d in g.nodes(data=True)
        ]
        edges = [
            {"from": u, "to": v, "label": d["label"], "quote": d["sources"][0][1] if d["sources"] else ""}
            for u, v, d in g.edges(data=True)
        ]
        return {"nodes": nodes, "edges": edges}

    def overview(self) -> dict[str, Any]:
        """For the home page: entities per class (by label), and the sources (at most 100);
        counted once per worker (again after an update), since it reads every entity."""
        if self._overview is None:
            self._overview = self._count_overview()
        return self._overview

    def _count_overview(self) -> dict[str, Any]:
        classes = [
            {"cls": r["c"].value.rsplit("#", 1)[-1], "label": r["l"].value, "count": int(r["n"].value)}
            for r in self.graph.query(
                "SELECT ?c ?l (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c . ?c rdfs:label ?l "
                'FILTER(STRSTARTS(STR(?e), STR(ent:)) && STRSTARTS(STR(?c), STR(kg:)) && LANG(?l) = "en") } '
                "GROUP BY ?c ?l ORDER BY DESC(?n) ?l"
            )
        ]
        sources = [
            {"iri": r["s"].value, "label": r["l"].value, "date": r["d"].value if r["d"] is not None else None}
            for r in self.graph.query(
                "SELECT ?s ?l ?d WHERE { ?s a kg:SourceDocument ; rdfs:label ?l "
                "OPTIONAL { ?s kg:datePublished|kg:dateModified ?d } } ORDER BY DESC(?d) ?l LIMIT 100"
            )
        ]
        return {"classes": classes, "sources": sources}

    def names_like(self, text: str, limit: int) -> list[dict[str, Any]]:
        """Names that match ``text`` as one types it (a part of a name, or a misspelling), best first.

        Each: ``iri``, ``label``, ``kind``, ``types`` and ``via``, the other name it matched
        by (an alias, a Chinese name) when not its label.
        """
        from kg.dataset import normalize_name
        from kg.lookup import search

        if not text.strip():
            return []
        key = normalize_name(text)
        if self._named is None:  # the names read once per worker (and again after an update)
            from dataclasses import replace

            from kg.names import NameTable, StoreIndex

            names = self.graph.names
            in_memory = NameTable(names.names()) if isinstance(names, StoreIndex) else names
            self._named = replace(self.graph, names=in_memory)
        out = []
        for found in search(self._named, text)[:limit]:
            e = self.graph.names.get(found.iri) or found  # with its types (the table has names only)
            names = [*e.aliases, *(e.other_names or [])]
            via = None
            if key not in normalize_name(e.label):
                via = next((n for n in names if key and key in normalize_name(n)), None)
            types = [self._class_labels.get(t, t) for t in e.types]
            out.append({"iri": e.iri, "label": e.label, "kind": e.kind, "types": types, "via": via})
        return out

    @functools.cached_property
    def _class_labels(self) -> dict[str, str]:
        """The ontology's classes' English labels, by local name."""
        rows = self.graph.query(
            "SELECT ?c ?l WHERE { ?c a owl:Class ; rdfs:label ?l "
            'FILTER(STRSTARTS(STR(?c), STR(kg:)) && LANG(?l) = "en") }'
        )
        return {r["c"].value.rsplit("#", 1)[-1]: r["l"].value for r in rows}

    # --- dispatch --------------------------------------------------------------------

    def handle(self, op: str, args: tuple[Any, ...]) -> Any:
        methods: dict[str, Callable[..., Any]] = {
            "query": self.query,
            "table": self.table,
            "update": self.update,
            "card": self.card,
            "describe": self.describe,
            "ontology": self.ontology,
            "stats": self.stats,
            "void": self.void,
            "entities": self.entities,
            "names_like": self.names_like,
            "overview": self.overview,
            "neighbourhood": self.neighbourhood,
            "graph_view": self.graph_view,
            "sleep": self._sleep,
            "probe": self._probe,
        }
        method = methods.get(op)
        if method is None:
            raise KgError(f"unknown operation {op!r}")
        return method(*args)

    @staticmethod
    def _probe(host: str, port: int) -> bool:
        """Whether this process can open a TCP connection (used by tests of the isolation)."""
        import socket

        try:
            with socket.create_connection((host, port), timeout=1):
                return True
        except OSError:
            return False

    @staticmethod
    def _sleep(seconds: float) -> None:
        """Hold the worker busy (used by tests of the time limit)."""
        time.sleep(seconds)


def _size(n: int) -> str:
    """Bytes as a reader would say them.

    >>> _size(1_048_576), _size(500)
    ('1 MiB', '500 bytes')
    """
    if n >= 1 << 20 and n % (1 << 20) == 0:
        return f"{n >> 20} MiB"
    if n >= 1 << 10 and n % (1 << 10) == 0:
        return f"{n >> 10} KiB"
    return f"{n} bytes"


# --- the worker process ----------------------------------------------------------------

# Errors cross the pipe as records (kg.errors.error_record), rebuilt with their class.
_error_record = error_record
_rebuild_error = rebuild_error


def _die_with_parent() -> None:
    """End this worker soon after the server process ends, however it ends: the server enforces
    the query time limit, so a worker left behind would run on unchecked. A thread watches for
    the worker being handed to another parent (the query engine lets it run while it works).
    (The kernel's parent-death signal would follow the thread that started the worker, and
    replacements are started from short-lived threads.)"""

    parent = multiprocessing.parent_process()
    expected = parent.pid if parent is not None else os.getppid()

    def watch() -> None:
        while os.getppid() == expected:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="kg-parent-watch").start()


def _worker_main(conn: Any, root: str, store: str, updates: list[Any], isolate: bool, route: str | None) -> None:
    """A worker's loop: leave the network, open the graph, answer requests until the pipe closes.

    ``route`` is the :class:`kg.sandbox.Relay` socket through which a remote store is reached.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server stops workers itself
    _die_with_parent()
    isolated = isolate_network() if isolate else False
    if route is not None and isolated:
        from kg.remote import route_through

        route_through(route)

    from kg.project import Project
    from kg.store import open_graph, parse_spec

    try:
        graph = open_graph(Project(Path(root)), store, auto_build=False)
        if parse_spec(store)[0] == "memory":  # on-disk and remote stores keep their labels for every reader
            from kg.push import skolemize_store

            skolemize_store(graph.store)
        engine = Engine(graph, updates)
    except KgError as exc:
        conn.send(("error", *_error_record(exc)))
        return
    conn.send(("ready", None, isolated))
    while True:
        try:
            op, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", None, engine.handle(op, args)))
        except KgError as exc:
            conn.send(("error", *_error_record(exc)))
        except Exception as exc:  # noqa: BLE001 - an engine error of another kind: one answer, the worker lives
            conn.send(("error", *_error_record(QueryError(f"query failed: {type(exc).__name__}: {exc}"))))


def _relay_for(store: str) -> Any:
    """A :class:`kg.sandbox.Relay` to the server of a ``sparql:`` store (None for other stores)."""
    from urllib.parse import urlsplit

    from kg.remote import RemoteStore
    from kg.sandbox import Relay
    from kg.store import parse_spec

    kind, location = parse_spec(store)
    if kind != "sparql" or not location:
        return None
    parts = urlsplit(RemoteStore(location).url)
    assert parts.hostname is not None
    return Relay(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))


#: Answers larger than this (bytes) are read from a worker in a thread, not on the event loop.
_READ_IN_THREAD = 256 * 1024


def _wake(future: Any) -> None:
    if not future.done():
        future.set_result(None)


def _expire(future: Any) -> None:
    if not future.done():
        future.set_exception(TimeoutError())


def _timed_out(op: str, timeout: float) -> QueryTimeoutError:
    what = {"query": "query", "table": "query", "update": "update"}.get(op, "request")
    return QueryTimeoutError(f"the {what} ran longer than the time limit of {timeout:g} s and was stopped")


@dataclass
class _Worker:
    process: Any
    conn: Any
    generation: int = 0  # the pool's generation when it started: older ones hold an older graph
    peek: Any = None  # a socket on the same pipe, to read the size of an answer before the answer

    def answer_size(self) -> int:
        """The size of the answer waiting in the pipe (its 4-byte header, left in place); 0 when
        that cannot be read (then the answer is read as any other)."""
        import socket
        import struct

        try:
            if self.peek is None:
                self.peek = socket.socket(fileno=os.dup(self.conn.fileno()))
            header = self.peek.recv(4, socket.MSG_PEEK)
        except OSError:
            return 0
        return int(struct.unpack("!i", header)[0]) if len(header) == 4 else 0

    def close(self) -> None:
        self.conn.close()
        if self.peek is not None:
            self.peek.close()


class WorkerPool:
    """Worker processes that answer :class:`Engine` requests with a time limit.

    Parameters
    ----------
    root : Path
        The project folder (its graph must be built).
    store : str
        The store to open, by name (see :mod:`kg.store`).
    size : int
        How many workers, so how many requests run at once.
    wait : float
        How long a request may wait for a free worker before :class:`ServerBusyError`.
    max_waiting : int, optional
        How many requests may wait at once (default ``2 * size``); more are refused at once
        with :class:`ServerBusyError`, so slow queries cannot hold every server thread.
    isolate : bool
        Cut every worker off the network (:func:`isolate_network`). Workers of a ``sparql:``
        store then reach its server through a :class:`kg.sandbox.Relay` that goes there only.
    """

    def __init__(
        self,
        root: Path,
        store: str = "memory",
        *,
        size: int = 2,
        wait: float = 30.0,
        max_waiting: int | None = None,
        isolate: bool = True,
    ) -> None:
        self.root = root
        self.isolate = isolate
        #: Whether every worker started so far is cut off the network (see :func:`isolate_network`).
        self.isolated = isolate
        self.store = store
        self.size = size
        self.wait = wait
        self.max_waiting = 2 * size if max_waiting is None else max_waiting
        self._waiting = 0
        #: Accepted updates, as the arguments of :meth:`Engine.update`, replayed into new workers.
        self.updates: list[tuple[Any, ...]] = []
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._async_waiters: list[tuple[Any, Any]] = []  # (event loop, future) of acall()s waiting for a worker
        self._closed = False
        self._processes: set[Any] = set()  # every worker process started and not yet stopped
        self._relay = _relay_for(store) if isolate else None
        self.generation = 0
        try:
            starting = [self._spawn() for _ in range(size)]
            for worker in starting:
                self._await_ready(worker)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main,
            args=(
                child,
                str(self.root),
                self.store,
                list(self.updates),
                self.isolate,
                self._relay.path if self._relay else None,
            ),
            daemon=True,
        )
        process.start()
        self._processes.add(process)
        child.close()
        return _Worker(process, parent, self.generation)

    def _await_ready(self, worker: _Worker) -> None:
        try:
            status, classes, payload = worker.conn.recv()
        except (EOFError, OSError):
            raise KgError("a query worker failed to start") from None
        if status != "ready":
            raise _rebuild_error(classes, payload)
        self.isolated = self.isolated and bool(payload)

    def _replace(self) -> None:
        """Start a worker in place of a stopped one (runs in a background thread)."""
        with self._lock:
            if self._closed:
                return
            worker = self._spawn()
        try:
            self._await_ready(worker)
        except KgError:
            worker.process.kill()
            return
        self._release(worker)

    def _discard(self, worker: _Worker) -> None:
        self._retire(worker)
        threading.Thread(target=self._replace, daemon=True).start()

    def call(self, op: str, *args: Any, timeout: float) -> Any:
        """Run ``Engine.<op>(*args)`` in a free worker; at most ``timeout`` seconds.

        Raises the engine's error, :class:`QueryTimeoutError` (the worker is stopped and
        replaced), :class:`WorkerError` (the worker died) or :class:`ServerBusyError`.
        """
        with self._queued():
            try:
                worker = self._idle.get(timeout=self.wait)
                while worker.generation < self.generation:  # it holds the graph as it was before a reload
                    self._retire(worker)
                    worker = self._idle.get(timeout=self.wait)
            except queue.Empty:
                raise self._stayed_busy() from None
        try:
            worker.conn.send((op, args))
            if not worker.conn.poll(timeout):
                self._discard(worker)
                raise _timed_out(op, timeout)
            status, classes, payload = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._discard(worker)
            raise WorkerError("the query crashed the query engine; it was stopped (the server goes on)") from None
        self._release(worker)
        return self._outcome(op, args, status, classes, payload)

    def _outcome(self, op: str, args: tuple[Any, ...], status: str, classes: Any, payload: Any) -> Any:
        if status == "ok":
            if op == "update":
                self.updates.append(args)
            return payload
        raise _rebuild_error(classes, payload)

    def _release(self, worker: _Worker) -> None:
        """Make ``worker`` free again, and wake one :meth:`acall` waiting for a worker."""
        self._idle.put(worker)
        with self._lock:
            waiter = self._async_waiters.pop(0) if self._async_waiters else None
        if waiter is not None:
            loop, future = waiter
            try:
                loop.call_soon_threadsafe(_wake, future)
            except RuntimeError:  # that loop has closed
                pass

    @contextlib.contextmanager
    def _queued(self) -> Iterator[None]:
        """A request's turn among those waiting for a worker: refused at once when too many wait."""
        with self._lock:
            if self._idle.empty() and self._waiting >= self.max_waiting:
                raise ServerBusyError("every query worker is busy and others are waiting; try again later")
            self._waiting += 1
        try:
            yield
        finally:
            with self._lock:
                self._waiting -= 1

    def _stayed_busy(self) -> ServerBusyError:
        return ServerBusyError(f"every query worker stayed busy for {self.wait:g} s; try again later")

    async def _take(self) -> _Worker:
        """A free worker of the current generation, waiting for one at most ``wait`` seconds."""
        import asyncio

        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.wait
        with self._queued():
            while True:
                try:
                    worker = self._idle.get_nowait()  # first, also after a wake-up that came late
                except queue.Empty:
                    if loop.time() >= deadline:
                        raise self._stayed_busy() from None
                    future = loop.create_future()
                    with self._lock:
                        self._async_waiters.append((loop, future))
                    if not self._idle.empty():  # freed between the try and the registration
                        _wake(future)
                    try:
                        await asyncio.wait_for(future, max(0.0, deadline - loop.time()))
                    except TimeoutError:  # a worker freed for it just now is still taken, by the loop
                        self._forget(loop, future)
                    except BaseException:  # cancelled: a wake-up meant for it goes to the next waiter
                        if not self._forget(loop, future):
                            with contextlib.suppress(queue.Empty):
                                self._release(self._idle.get_nowait())
                        raise
                    continue
                if worker.generation >= self.generation:
                    return worker
                self._retire(worker)  # it holds the graph as it was before a reload

    def _forget(self, loop: Any, future: Any) -> bool:
        """Take a waiter off the list; False when a release had already picked it."""
        with self._lock:
            if (loop, future) in self._async_waiters:
                self._async_waiters.remove((loop, future))
                return True
            return False

    async def acall(self, op: str, *args: Any, timeout: float) -> Any:
        """:meth:`call` for an asyncio event loop: the loop goes on while the worker answers.

        The same workers, limits and errors as :meth:`call`; both may be used at once.
        """
        import asyncio

        worker = await self._take()
        loop = asyncio.get_running_loop()
        fd = worker.conn.fileno()
        readable = loop.create_future()
        try:
            worker.conn.send((op, args))
            timer = loop.call_later(timeout, _expire, readable)
            loop.add_reader(fd, _wake, readable)
            try:
                await readable
            finally:
                timer.cancel()
                loop.remove_reader(fd)
                os.set_blocking(fd, True)  # an event loop may leave a descriptor it watched non-blocking
            # The answer has begun; the worker writes the rest at once (its size is bounded). A
            # large one is read in a thread, so that the loop goes on meanwhile.
            if worker.answer_size() > _READ_IN_THREAD:
                status, classes, payload = await loop.run_in_executor(None, worker.conn.recv)
            else:
                status, classes, payload = worker.conn.recv()
        except TimeoutError:
            self._discard(worker)
            raise _timed_out(op, timeout) from None
        except (EOFError, OSError, BrokenPipeError):
            self._discard(worker)
            raise WorkerError("the query crashed the query engine; it was stopped (the server goes on)") from None
        except BaseException:  # cancelled (the client left): the answer may still come, so the worker goes
            self._discard(worker)
            raise
        self._release(worker)
        return self._outcome(op, args, status, classes, payload)

    def reload(self) -> None:
        """Start a fresh set of workers, which open the graph as it is now (after a merge
        rebuilt it); the old ones finish what they are doing and are then stopped."""
        with self._lock:
            self.generation += 1
            fresh = [self._spawn() for _ in range(self.size)]
        for worker in fresh:
            self._await_ready(worker)
            self._release(worker)

    def _retire(self, worker: _Worker) -> None:
        worker.close()
        worker.process.kill()
        worker.process.join(5)
        self._processes.discard(worker.process)

    def close(self) -> None:
        """Stop every worker (and the relay to a remote store)."""
        with self._lock:
            self._closed = True
        if self._relay is not None:
            self._relay.close()
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            worker.close()
        for process in list(self._processes):  # busy ones too: a query must not outlive the pool
            process.kill()
            process.join(5)
        self._processes.clear()
