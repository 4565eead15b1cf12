"""Copying a graph into another store: ``kg push --to sparql:URL`` or ``--to oxigraph:PATH``.

A push replaces the target's copy of the graph, so pushing twice leaves the same graph,
and an interrupted push can simply be run again. To a SPARQL server, the triples go in
batches of ``INSERT DATA`` into a staging graph, which one ``MOVE`` then puts in place of
the data graph: readers see the old graph or the new one, never half of it. Blank nodes are
replaced by stable IRIs first (``.well-known/genid/`` IRIs named by RDF canonicalization),
because a blank node label means a new node in every request, so a graph sent in batches
would otherwise come apart (and grow on every push).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import BadInputError, StoreError
from kg.namespaces import BASE
from kg.store import KnowledgeGraph, parse_spec

__all__ = ["push", "push_remote", "target", "check", "skolemize", "skolemize_store", "GENID", "DEFAULT_BATCH"]

#: Namespace of the IRIs that stand for blank nodes (RDF 1.1 skolem IRIs).
GENID = BASE + ".well-known/genid/"

#: Triples per INSERT DATA request (Virtuoso refuses requests of more than about 1,400).
DEFAULT_BATCH = 1000

Progress = Callable[[int], None]


def skolemize(triples: Iterable[Any]) -> Iterator[Any]:
    """The triples with every blank node replaced by a stable IRI under :data:`GENID`.

    The names come from canonicalizing the triples that have blank nodes, so the same
    graph gets the same IRIs whatever labels its blank nodes had.

    >>> import pyoxigraph as ox
    >>> p = ox.NamedNode("http://x/p")
    >>> a = [ox.Triple(ox.BlankNode("b1"), p, ox.Literal("1"))]
    >>> b = [ox.Triple(ox.BlankNode("other"), p, ox.Literal("1"))]
    >>> list(skolemize(a)) == list(skolemize(b))
    True
    >>> next(skolemize(a)).subject.value.startswith(GENID)
    True
    """
    import pyoxigraph as ox

    with_blanks = ox.Dataset()
    for t in triples:
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
            with_blanks.add(ox.Quad(t.subject, t.predicate, t.object))
        else:
            yield t
    if not len(with_blanks):
        return
    with_blanks.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)

    def named(term: Any) -> Any:
        return ox.NamedNode(GENID + term.value) if isinstance(term, ox.BlankNode) else term

    for q in sorted(with_blanks, key=str):
        yield ox.Triple(named(q.subject), q.predicate, named(q.object))


def skolemize_store(store: Any) -> int:
    """Replace every blank node of a writable pyoxigraph store by a skolem IRI; how many quads changed.

    The IRIs are those :func:`skolemize` gives (the default graph's are the ones ``kg push``
    sends), so every process that loads the same graph names its nodes the same: Oxigraph
    gives blank nodes new labels at each load, and ``ORDER BY`` sorts blank nodes by label.

    >>> import pyoxigraph as ox
    >>> store = ox.Store()
    >>> store.add(ox.Quad(ox.BlankNode(), ox.NamedNode("http://x/p"), ox.Literal("1")))
    >>> skolemize_store(store), next(iter(store)).subject.value.startswith(GENID)
    (1, True)
    """
    import pyoxigraph as ox

    # Filtered by the engine, so a large graph with few blank nodes is not walked in Python.
    rows = store.query(
        "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } "
        "FILTER(isBLANK(?s) || isBLANK(?o) || isBLANK(?g)) }"
    )
    quads = [ox.Quad(r["s"], r["p"], r["o"], r["g"] or ox.DefaultGraph()) for r in rows]
    if not quads:
        return 0
    with_blanks = ox.Dataset(quads)
    with_blanks.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)

    def named(term: Any) -> Any:
        return ox.NamedNode(GENID + term.value) if isinstance(term, ox.BlankNode) else term

    for quad in quads:
        store.remove(quad)
    store.extend(ox.Quad(named(q.subject), q.predicate, named(q.object), named(q.graph_name)) for q in with_blanks)
    return len(quads)


def _batches(triples: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for t in triples:
        batch.append(t)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _graph_ref(iri: str | None) -> str:
    return "DEFAULT" if iri is None else f"<{iri}>"


def push_remote(
    graph: KnowledgeGraph, target: Any, *, batch: int = DEFAULT_BATCH, progress: Progress | None = None
) -> int:
    """Replace the data graph of the :class:`~kg.remote.RemoteStore` ``target`` with ``graph``."""
    import pyoxigraph as ox

    staging = (target.graph or BASE + "graph") + "/staging"
    target.update(f"DROP SILENT GRAPH <{staging}>")
    sent = 0
    for chunk in _batches(skolemize(graph.triples()), batch):
        body = ox.serialize(chunk, format=ox.RdfFormat.N_TRIPLES)
        text = bytes(body or b"").decode("utf-8")
        target.update(f"INSERT DATA {{ GRAPH <{staging}> {{\n{text}}} }}")
        sent += len(chunk)
        if progress is not None:
            progress(len(chunk))
    # Moving a large graph takes a server a while (Oxigraph: about a minute per million triples).
    target.update(f"MOVE SILENT <{staging}> TO {_graph_ref(target.graph)}", timeout=max(60.0, sent / 5000))
    held = len(target)
    if held != sent:
        raise StoreError(f"pushed {sent} triples but {target.url} holds {held}; push again")
    return held


def target(to: str) -> Any:
    """The store named ``to`` as a push target: a :class:`~kg.remote.RemoteStore` or a folder.

    Raises :class:`BadInputError` for stores that cannot be pushed to.
    """
    name, location = parse_spec(to)
    if name == "sparql":
        from kg.remote import from_spec

        return from_spec(location)
    if name == "oxigraph" and location:
        from kg.ondisk import check_target

        check_target(Path(location))
        return Path(location)
    raise BadInputError(f"cannot push to {to!r}: give sparql:URL or oxigraph:PATH")


def check(graph: KnowledgeGraph, to: str, *, batch: int = DEFAULT_BATCH) -> Any:
    """The target of pushing ``graph`` to the store named ``to``, once every check that sends nothing passed.

    Raises :class:`BadInputError` (or :class:`StoreError` for a path that cannot hold a
    store), so a command can report a bad target before it starts showing progress.
    """
    if batch < 1:
        raise BadInputError("the batch size must be at least 1")
    where = target(to)
    if isinstance(where, Path) and graph.spec == to:
        raise BadInputError(f"{to} is the store being pushed; push to another one")
    return where


def push(
    graph: KnowledgeGraph,
    to: str,
    *,
    batch: int = DEFAULT_BATCH,
    progress: Progress | None = None,
) -> int:
    """Copy ``graph`` into the store named ``to``; the number of triples the target then holds."""
    where = check(graph, to, batch=batch)
    if isinstance(where, Path):
        from kg.ondisk import replace_with

        return replace_with(where, graph.triples(), progress=progress)
    return push_remote(graph, where, batch=batch, progress=progress)
