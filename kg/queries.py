"""Named competency queries (``data/queries/*.rq``), class listings and graph statistics."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.dataset import normalize_name, one_line
from kg.errors import DataError, KgError, QueryError, UnsafeQueryError
from kg.namespaces import KG
from kg.project import read_input
from kg.records import Entry
from kg.store import KnowledgeGraph

__all__ = ["NamedQuery", "load_named_queries", "check_named_queries", "entities_of_type", "graph_stats"]


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name (file stem), title (first ``# title:`` comment) and text."""

    name: str
    title: str
    text: str
    path: Path


def load_named_queries(folder: Path, *, root: Path | None = None) -> dict[str, NamedQuery]:
    """Read every ``*.rq`` file; the title is the ``# title:`` line, else the first comment.

    The files must belong to the project at ``root`` (by default the folder two levels up,
    as in ``data/queries/``): see :func:`kg.project.read_input`.
    """
    root = folder.parent.parent if root is None else root
    queries: dict[str, NamedQuery] = {}
    for path in sorted(folder.glob("*.rq")):
        try:
            text = read_input(path, root).decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            raise DataError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=str(path)) from None
        comments = [line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")]
        title = next(
            (c.split(":", 1)[1].strip() for c in comments if c.lower().startswith("title:")),
            comments[0] if comments else path.stem,
        )
        queries[path.stem] = NamedQuery(path.stem, title, text, path)
    return queries


def check_named_queries(folder: Path, *, root: Path | None = None) -> None:
    """Refuse a named query that does not parse, or that would reach the network or the disk.

    Each query is checked by :func:`kg.sparql.check_safe` (``SERVICE``, ``LOAD``, updates,
    nesting, syntax) and then parsed by the query engine with the predeclared prefixes, which
    also finds unknown prefixes and misused variables. Nothing is run: the engine is given a
    literal as the default graph, which it refuses only after it has parsed the query (and a
    query that only needs an empty store can still take all memory, with ``VALUES`` rows).
    """
    import pyoxigraph as ox

    from kg.namespaces import PREFIXES
    from kg.sparql import check_safe

    store = ox.Store()
    not_a_graph = ox.Literal("parse only")
    for query in load_named_queries(folder, root=root).values():
        try:
            check_safe(query.text)
        except QueryError as exc:
            what = "refused query" if isinstance(exc, UnsafeQueryError) else "invalid query"
            raise DataError(f"{what}: {one_line(str(exc))}", file=str(query.path)) from None
        try:
            store.query(query.text, prefixes=PREFIXES, default_graph=not_a_graph)  # type: ignore[arg-type]
        except SyntaxError as exc:
            raise DataError(f"invalid SPARQL: {_engine_message(str(exc))}", file=str(query.path)) from None
        except (ValueError, TypeError):
            pass  # parsed: what was refused is the default graph


def _engine_message(text: str) -> str:
    """The query engine's syntax error in one short line (it lists every token it expected).

    >>> _engine_message("error at 1:36: expected one of Prefix not found, ['%'], ['-' | '0' ..= '9']")
    'error at 1:36: unknown prefix'
    """
    line = " ".join(text.split())
    found = re.match(r"(error at \d+:\d+): expected (?:one of )?(.*)", line)
    if found is None:
        return one_line(line)
    where, expected = found.groups()
    if expected.startswith("Prefix not found"):
        return f"{where}: unknown prefix"
    reason = re.split(r", \[|, \"|\s\[", expected, maxsplit=1)[0].strip(" ,")
    if reason and reason[0].isupper():  # the engine's own words, such as "The SELECT contains ..."
        return f"{where}: {one_line(reason, 150)}"
    return f"{where}: expected {one_line(expected, 120)}"


_FACT_CLASSES = frozenset(
    "Observation RankingResult PostHolding Quotation Assertion Unit Qualifier Measure SourceDocument".split()
)


def _classes(graph: KnowledgeGraph) -> dict[str, str]:
    """Ontology class local name -> English label."""
    rows = graph.query(f'SELECT ?c ?l WHERE {{ ?c a owl:Class ; rdfs:label ?l FILTER(STRSTARTS(STR(?c), "{KG}")) }}')
    return {r["c"].value[len(KG) :]: r["l"].value for r in rows}


def resolve_class(graph: KnowledgeGraph, name: str) -> str:
    """A class by local name or label, ignoring case and spacing ('science city' -> ScienceCity)."""
    classes = _classes(graph)
    key = normalize_name(name.removeprefix("kg:")).replace(" ", "")
    for local, label in classes.items():
        if key in (local.lower(), normalize_name(label).replace(" ", "")):
            return local
    known = sorted(set(classes) - _FACT_CLASSES)
    raise QueryError(f"unknown class {name!r} (known: {', '.join(known)})")


def entities_of_type(graph: KnowledgeGraph, type_name: str | None) -> list[Entry]:
    """Index entries of entities of a class (subclasses included), sorted by label."""
    entities = graph.names.entries("entity")
    if type_name is None:
        return sorted(entities, key=lambda e: e.label.casefold())
    local = resolve_class(graph, type_name)
    if local in _FACT_CLASSES:
        raise QueryError(
            f"{local!r} is a class of facts, not of entities; query them with 'kg sparql' "
            f"(e.g. SELECT * WHERE {{ ?x a kg:{local} }})"
        )
    rows = graph.query(
        f"SELECT DISTINCT ?e WHERE {{ ?e a/rdfs:subClassOf* kg:{local} FILTER(STRSTARTS(STR(?e), STR(ent:))) }}"
    )
    wanted = {r["e"].value for r in rows}
    return sorted((e for e in entities if e.iri in wanted), key=lambda e: e.label.casefold())


def graph_stats(graph: KnowledgeGraph) -> dict[str, Any]:
    """Totals and entities by class."""

    def count(where: str) -> int:
        rows = list(graph.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {where} }}"))
        return int(rows[0]["n"].value)

    totals = {
        "triples": len(graph.store),
        "entities": graph.names.counts().get("entity", 0),
        "sources": count("?x a kg:SourceDocument"),
        "measures": count("?x a kg:Measure"),
        "indicator observations": count("?x a kg:Observation"),
        "ranking results": count("?x a kg:RankingResult"),
        "posts held": count("?x a kg:PostHolding"),
        "quotations": count("?x a kg:Quotation"),
        "sourced relations": count(
            "?x a kg:Assertion ; kg:sourceDocument ?d ; rdf:predicate ?p FILTER(?p != kg:mentionedIn)"
        ),
        "evidence quotes": count("?f kg:quote ?x"),
    }
    rows = graph.query(
        "SELECT ?l (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c . ?c rdfs:label ?l "
        "FILTER(STRSTARTS(STR(?e), STR(ent:)) && STRSTARTS(STR(?c), STR(kg:))) } GROUP BY ?l ORDER BY DESC(?n) ?l"
    )
    by_class = {r["l"].value: int(r["n"].value) for r in rows}
    if not by_class and totals["entities"]:
        raise KgError("the graph has entities but no typed ones; rebuild it")
    return {"totals": totals, "entities_by_class": by_class}
