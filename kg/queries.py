"""Named competency queries (``data/queries/*.rq``), class listings and graph statistics."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.dataset import normalize_name
from kg.errors import KgError, QueryError
from kg.namespaces import KG
from kg.store import KnowledgeGraph

__all__ = ["NamedQuery", "load_named_queries", "entities_of_type", "graph_stats"]


@dataclass(frozen=True)
class NamedQuery:
    """A query file: its name (file stem), title (first ``# title:`` comment) and text."""

    name: str
    title: str
    text: str
    path: Path


def load_named_queries(folder: Path) -> dict[str, NamedQuery]:
    """Read every ``*.rq`` file; the title is the ``# title:`` line, else the first comment."""
    queries: dict[str, NamedQuery] = {}
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comments = [line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")]
        title = next(
            (c.split(":", 1)[1].strip() for c in comments if c.lower().startswith("title:")),
            comments[0] if comments else path.stem,
        )
        queries[path.stem] = NamedQuery(path.stem, title, text, path)
    return queries


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


def entities_of_type(graph: KnowledgeGraph, type_name: str | None) -> list[dict[str, Any]]:
    """Index entries of entities of a class (subclasses included), sorted by label."""
    entities = graph.names.entries("entity")
    if type_name is None:
        return sorted(entities, key=lambda e: e["label"].casefold())
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
    return sorted((e for e in entities if e["iri"] in wanted), key=lambda e: e["label"].casefold())


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
