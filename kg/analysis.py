"""Projecting the RDF graph into NetworkX, and the analyses run on the projection.

Entities become nodes (label, class, indicator values as attributes); relations between
entities become labeled edges, each with its sources. Posts held and ranks also become
edges (person → organization, ranked entity → index edition), because they connect
entities; indicator values and quotes stay attributes, never nodes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.errors import KgError
from kg.namespaces import ENT, KG
from kg.store import KnowledgeGraph

__all__ = ["project_graph", "shortest_paths", "neighbors"]

_EDGES = """
SELECT ?s ?p ?pl ?o ?doc ?quote WHERE {
  ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:sourceDocument ?doc ; kg:quote ?quote .
  FILTER(isIRI(?o) && STRSTARTS(STR(?s), STR(ent:)) && STRSTARTS(STR(?o), STR(ent:)) && ?p != kg:mentionedIn)
  OPTIONAL { ?p rdfs:label ?pl FILTER(LANG(?pl) = "en") }
}
"""

_POST_EDGES = """
SELECT ?s ?o ?role ?doc ?quote WHERE {
  ?h a kg:PostHolding ; kg:holder ?s ; kg:postIn ?o ; kg:role/rdfs:label ?role ; kg:sourceDocument ?doc ;
     kg:quote ?quote .
}
"""

_RANK_EDGES = """
SELECT ?s ?o ?rank ?doc ?quote WHERE {
  ?r a kg:RankingResult ; kg:rankedEntity ?s ; kg:rankedIn ?o ; kg:rank ?rank ; kg:sourceDocument ?doc ;
     kg:quote ?quote .
}
"""

_NODES = """
SELECT ?e ?l ?c ?cl WHERE {
  ?e kg:mentionedIn ?any ; rdfs:label ?l ; a ?c .
  ?c rdfs:label ?cl FILTER(STRSTARTS(STR(?c), STR(kg:)) && LANG(?cl) = "en")
}
"""

_OBSERVATIONS = """
SELECT ?e ?ml ?v ?y ?q WHERE {
  ?o a kg:Observation ; kg:refArea ?e ; kg:measure/rdfs:label ?ml ; kg:value ?v ; kg:qualifier ?q .
  OPTIONAL { ?o kg:year ?y }
}
"""


def _id(iri: str) -> str:
    return iri[len(ENT) :] if iri.startswith(ENT) else iri


def project_graph(
    graph: KnowledgeGraph,
    *,
    include: Iterable[str] | None = None,
    exclude: Iterable[str] | None = None,
) -> Any:
    """The entity graph as a :class:`networkx.MultiDiGraph`.

    Nodes are entity ids with ``label``, ``cls`` (the most specific class's local name),
    ``class_label`` and ``indicators`` (a list of "measure: value (year)" strings). Edges
    carry ``predicate``, ``label`` and ``sources`` (list of (document, quote)).
    ``include``/``exclude`` filter nodes by class local name (subclasses are not expanded).
    """
    import networkx as nx

    g = nx.MultiDiGraph()
    classes: dict[str, list[tuple[str, str]]] = {}
    labels: dict[str, str] = {}
    for r in graph.query(_NODES):
        iri = r["e"].value
        labels[iri] = r["l"].value
        classes.setdefault(iri, []).append((r["c"].value[len(KG) :], r["cl"].value))
    include_set = set(include) if include else None
    exclude_set = set(exclude or ())
    subclass_depth = _class_depths(graph)
    for iri, cls_list in classes.items():
        cls, cls_label = max(cls_list, key=lambda c: (subclass_depth.get(c[0], 0), c[0]))
        names = {c for c, _ in cls_list}
        if include_set is not None and not names & include_set:
            continue
        if names & exclude_set:
            continue
        g.add_node(_id(iri), label=labels[iri], cls=cls, class_label=cls_label, indicators=[])
    for r in graph.query(_OBSERVATIONS):
        node = _id(r["e"].value)
        if node in g:
            year = f" ({r['y'].value})" if r["y"] is not None else ""
            g.nodes[node]["indicators"].append(f"{r['ml'].value}: {r['v'].value}{year}")

    def add(s: str, o: str, predicate: str, label: str, doc: str, quote: str) -> None:
        u, v = _id(s), _id(o)
        if u not in g or v not in g:
            return
        for key, data in g.get_edge_data(u, v, default={}).items():
            if data["predicate"] == predicate and data["label"] == label:
                g.edges[u, v, key]["sources"].append((doc, quote))
                return
        g.add_edge(u, v, predicate=predicate, label=label, sources=[(doc, quote)])

    for r in graph.query(_EDGES):
        pred = r["p"].value[len(KG) :] if r["p"].value.startswith(KG) else r["p"].value
        label = r["pl"].value if r["pl"] is not None else pred
        add(r["s"].value, r["o"].value, pred, label, _doc(r["doc"].value), r["quote"].value)
    for r in graph.query(_POST_EDGES):
        add(r["s"].value, r["o"].value, "holdsPostIn", f"{r['role'].value} of", _doc(r["doc"].value), r["quote"].value)
    for r in graph.query(_RANK_EDGES):
        add(
            r["s"].value,
            r["o"].value,
            "rankedIn",
            f"ranked #{r['rank'].value} in",
            _doc(r["doc"].value),
            r["quote"].value,
        )
    return g


def _doc(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _class_depths(graph: KnowledgeGraph) -> dict[str, int]:
    rows = graph.query(
        "SELECT ?c (COUNT(?super) AS ?n) WHERE { ?c a owl:Class ; rdfs:subClassOf+ ?super "
        "FILTER(STRSTARTS(STR(?c), STR(kg:))) } GROUP BY ?c"
    )
    return {r["c"].value[len(KG) :]: int(r["n"].value) for r in rows}


def _node(g: Any, graph: KnowledgeGraph, name: str) -> str:
    from kg.lookup import find

    entry = find(graph, name)
    node = str(entry["id"])
    if node not in g:
        raise KgError(f"{entry['label']!r} is not in the entity graph (it has no relations)")
    return node


def shortest_paths(graph: KnowledgeGraph, a: str, b: str, *, limit: int = 5) -> list[list[dict[str, Any]]]:
    """Shortest paths between two entities (relations read in either direction).

    Each path is a list of hops: ``from``, ``to`` (labels), ``relation``, ``direction``
    ("→" when the relation runs from ``from`` to ``to``) and ``sources``.
    """
    import networkx as nx

    g = project_graph(graph)
    u, v = _node(g, graph, a), _node(g, graph, b)
    undirected = nx.Graph(g.to_undirected(as_view=True))
    try:
        node_paths = list(nx.all_shortest_paths(undirected, u, v))[:limit]
    except nx.NetworkXNoPath:
        raise KgError(f"no path between {g.nodes[u]['label']!r} and {g.nodes[v]['label']!r}") from None
    paths = []
    for nodes in node_paths:
        hops = []
        for x, y in zip(nodes, nodes[1:], strict=False):
            if g.has_edge(x, y):
                data, direction = next(iter(g.get_edge_data(x, y).values())), "→"
            else:
                data, direction = next(iter(g.get_edge_data(y, x).values())), "←"
            hops.append(
                {
                    "from": g.nodes[x]["label"],
                    "to": g.nodes[y]["label"],
                    "relation": data["label"],
                    "direction": direction,
                    "sources": data["sources"],
                }
            )
        paths.append(hops)
    return paths


def neighbors(graph: KnowledgeGraph, name: str, *, depth: int = 1) -> list[dict[str, Any]]:
    """Entities within ``depth`` relations of ``name`` (either direction), nearest first."""
    import networkx as nx

    g = project_graph(graph)
    start = _node(g, graph, name)
    distances = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), start, cutoff=depth)
    return sorted(
        (
            {"id": n, "label": g.nodes[n]["label"], "class": g.nodes[n]["class_label"], "distance": d}
            for n, d in distances.items()
            if n != start
        ),
        key=lambda x: (x["distance"], x["label"].casefold()),
    )
