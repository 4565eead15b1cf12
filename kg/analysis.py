"""Projecting the RDF graph into NetworkX, and the analyses run on the projection.

Entities become nodes (label, class, indicator values as attributes); relations between
entities become labeled edges, each with its sources. Posts held and ranks also become
edges (person → organization, ranked entity → index edition), because they connect
entities; indicator values and quotes stay attributes, never nodes. Roles (kinds of post)
are not nodes either: they label the post edges.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.errors import BadInputError, KgError
from kg.model import POST, RANKING, RELATION
from kg.namespaces import ENT, KG
from kg.records import Indicator
from kg.store import KnowledgeGraph

__all__ = [
    "project_graph",
    "add_indicators",
    "entity_node",
    "shortest_paths",
    "neighbourhood",
    "neighbors",
    "analyze",
    "centrality",
    "communities",
]

# The facts that connect entities, as kg.model defines them.
_ASSERTED = RELATION.pattern("?a", ("s", "p", "o", "doc", "quote"))
_HELD = POST.pattern("?h", ("person", "org", "role", "doc", "quote"))
_RANKED = RANKING.pattern("?r", ("entity", "edition", "rank", "doc", "quote"))

_EDGES = f"""
SELECT ?s ?p ?pl ?o ?doc ?quote WHERE {{
  {_ASSERTED}
  FILTER(isIRI(?o) && STRSTARTS(STR(?s), STR(ent:)) && STRSTARTS(STR(?o), STR(ent:)) && ?p != kg:mentionedIn)
  OPTIONAL {{ ?p rdfs:label ?pl FILTER(LANG(?pl) = "en") }}
}}
"""

_POST_EDGES = f"SELECT ?person ?org ?role_label ?doc ?quote WHERE {{ {_HELD} ?role rdfs:label ?role_label }}"

_RANK_EDGES = f"SELECT ?entity ?edition ?rank ?doc ?quote WHERE {{ {_RANKED} }}"

# The same edges, touching the nodes listed in $values (as subject or as object).
_EDGES_AROUND = f"""
SELECT ?s ?p ?pl ?o ?doc ?quote WHERE {{
  {{ VALUES ?s {{ $values }} {_ASSERTED} }} UNION {{ VALUES ?o {{ $values }} {_ASSERTED} }}
  FILTER(isIRI(?o) && STRSTARTS(STR(?s), STR(ent:)) && STRSTARTS(STR(?o), STR(ent:)) && ?p != kg:mentionedIn)
  OPTIONAL {{ ?p rdfs:label ?pl FILTER(LANG(?pl) = "en") }}
}}
"""
_POSTS_AROUND = f"""SELECT ?person ?org ?role_label ?doc ?quote WHERE {{
  {{ VALUES ?person {{ $values }} {_HELD} ?role rdfs:label ?role_label }}
  UNION {{ VALUES ?org {{ $values }} {_HELD} ?role rdfs:label ?role_label }} }}"""
_RANKS_AROUND = f"""SELECT ?entity ?edition ?rank ?doc ?quote WHERE {{
  {{ VALUES ?entity {{ $values }} {_RANKED} }} UNION {{ VALUES ?edition {{ $values }} {_RANKED} }} }}"""

_NODES = """
SELECT ?e ?l ?c ?cl WHERE {
  ?e kg:mentionedIn ?any ; rdfs:label ?l ; a ?c .
  FILTER NOT EXISTS { ?e a kg:Role }
  ?c rdfs:label ?cl FILTER(STRSTARTS(STR(?c), STR(kg:)) && LANG(?cl) = "en")
}
"""


#: What the projection reads, for pulling it from a remote store: the ontology, the entities'
#: names, types and mentions, and the sourced relations, posts and ranks between them
#: (indicator observations, most of a graph, are pulled separately, for the nodes drawn).
ENTITY_GRAPH = f"""
CONSTRUCT {{
  ?c ?cp ?co .
  ?e kg:mentionedIn ?d ; rdfs:label ?l ; a ?t .
  {_ASSERTED}
  {_HELD}
  ?role rdfs:label ?role_label . ?p rdfs:label ?pl .
  {_RANKED}
}} WHERE {{
  {{ ?c ?cp ?co FILTER(STRSTARTS(STR(?c), STR(kg:)) && ?cp IN (rdf:type, rdfs:label, rdfs:subClassOf)) }}
  UNION {{ ?e kg:mentionedIn ?d ; rdfs:label ?l ; a ?t }}
  UNION {{ {_ASSERTED} FILTER(isIRI(?o)) OPTIONAL {{ ?p rdfs:label ?pl }} }}
  UNION {{ {_HELD} ?role rdfs:label ?role_label }}
  UNION {{ {_RANKED} }}
}}
"""


def _id(iri: str) -> str:
    return iri[len(ENT) :] if iri.startswith(ENT) else iri


def project_graph(
    graph: KnowledgeGraph,
    *,
    include: Iterable[str] | None = None,
    exclude: Iterable[str] | None = None,
    indicators: bool = True,
) -> Any:
    """The entity graph as a :class:`networkx.MultiDiGraph`.

    Nodes are entity ids with ``label``, ``cls`` (the most specific class's local name),
    ``class_label``, ``family`` and ``family_label`` (the most general class: Organization,
    Place, Person ...), ``indicators`` (a list of "measure: value (year)" strings) and
    ``indicator_sources`` (the (document, quote) of each indicator). Edges
    carry ``predicate``, ``label`` and ``sources`` (list of (document, quote)).
    ``include``/``exclude`` keep or drop entities of classes (by name or label, subclasses
    included); an unknown class raises :class:`~kg.errors.QueryError`. Without
    ``indicators`` the lists stay empty (see :func:`add_indicators`).

    On a remote store only the subgraph the projection reads is fetched (:data:`ENTITY_GRAPH`).
    """
    import networkx as nx

    source = graph
    graph = graph.pull(ENTITY_GRAPH)
    g = nx.MultiDiGraph()
    classes: dict[str, list[tuple[str, str]]] = {}
    labels: dict[str, str] = {}
    for r in graph.query(_NODES):
        iri = r["e"].value
        labels[iri] = r["l"].value
        classes.setdefault(iri, []).append((r["c"].value[len(KG) :], r["cl"].value))
    include_set = _members(graph, include) if include else None
    exclude_set = _members(graph, exclude or ())
    kinds = _ClassKinds(graph)
    for iri, cls_list in sorted(classes.items()):
        if include_set is not None and iri not in include_set:
            continue
        if iri in exclude_set:
            continue
        kinds.add_node(g, iri, labels[iri], cls_list)
    _add_edges(g, _edge_rows(graph, _EDGES, _POST_EDGES, _RANK_EDGES))
    if indicators:
        add_indicators(g, source)
    return g


class _ClassKinds:
    """What a node's classes make it: its most specific class, and that class's family."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.depth = _class_depths(graph)
        self.families = _families(graph)

    def add_node(self, g: Any, iri: str, label: str, cls_list: list[tuple[str, str]]) -> None:
        cls, cls_label = max(cls_list, key=lambda c: (self.depth.get(c[0], 0), c[0]))
        family = self.families.get(cls, (cls, cls_label))
        g.add_node(
            _id(iri),
            label=label,
            cls=cls,
            class_label=cls_label,
            family=family[0],
            family_label=family[1],
            indicators=[],
            indicator_sources=[],
        )


def _edge_rows(graph: KnowledgeGraph, relations: str, posts: str, ranks: str) -> list[tuple[str, ...]]:
    """(subject IRI, object IRI, predicate, label, document, quote) of the relations, posts and
    ranks the three queries select, sorted (so what depends on order is the same on every store)."""
    edges = []
    for r in graph.query(relations):
        pred = r["p"].value[len(KG) :] if r["p"].value.startswith(KG) else r["p"].value
        label = r["pl"].value if r["pl"] is not None else pred
        edges.append((r["s"].value, r["o"].value, pred, label, _doc(r["doc"].value), r["quote"].value))
    for r in graph.query(posts):
        role = f"{r['role_label'].value} of"
        edges.append((r["person"].value, r["org"].value, "holdsPostIn", role, _doc(r["doc"].value), r["quote"].value))
    for r in graph.query(ranks):
        rank = f"ranked #{r['rank'].value} in"
        edges.append((r["entity"].value, r["edition"].value, "rankedIn", rank, _doc(r["doc"].value), r["quote"].value))
    return sorted(set(edges))


def _add_edges(g: Any, edges: Iterable[tuple[str, ...]]) -> None:
    """Add edges between nodes of ``g``; the same relation from several sources is one edge with their quotes."""
    for s, o, predicate, label, doc, quote in edges:
        u, v = _id(s), _id(o)
        if u not in g or v not in g:
            continue
        for key, data in g.get_edge_data(u, v, default={}).items():
            if data["predicate"] == predicate and data["label"] == label:
                g.edges[u, v, key]["sources"].append((doc, quote))
                break
        else:
            g.add_edge(u, v, predicate=predicate, label=label, sources=[(doc, quote)])


def neighbourhood(
    graph: KnowledgeGraph,
    node: str,
    *,
    depth: int = 1,
    hub_degree: int | None = None,
    max_nodes: int | None = None,
) -> Any:
    """The entity graph around entity ``node`` (an id) within ``depth`` relations, fetched from
    the store hop by hop instead of projecting the whole graph.

    Without limits it is the part of :func:`project_graph` on those nodes, every edge between
    them included (no indicators: see :func:`add_indicators`). For a page: a node with more
    than ``hub_degree`` relations beyond the first hop (Beijing, China) is drawn but not
    followed, so hubs do not crowd out the focus; at most ``max_nodes`` nodes, nearest first.
    """
    import networkx as nx

    g = nx.MultiDiGraph()
    kinds = _ClassKinds(graph)
    focus = ENT + node
    seen: dict[str, int] = {}  # IRI -> distance
    frontier = [focus]
    edges: list[tuple[str, ...]] = []
    for hop in range(depth + 1):
        found = _node_rows(graph, frontier)
        if hop == 0 and focus not in found:
            raise KgError(f"{node!r} is not in the entity graph (it has no relations)")
        for iri in frontier:
            if iri in found and (max_nodes is None or len(seen) < max_nodes):
                seen.setdefault(iri, hop)
                kinds.add_node(g, iri, *found[iri])
        expand = [iri for iri in frontier if iri in seen]
        if hop > 0 and hub_degree is not None:  # beyond the focus, hubs are drawn, not followed
            degree = _degrees(graph, expand)
            expand = [iri for iri in expand if degree.get(iri, 0) <= hub_degree]
        if not expand:
            break
        values = " ".join(f"<{iri}>" for iri in expand)
        new = _edge_rows(
            graph,
            _EDGES_AROUND.replace("$values", values),
            _POSTS_AROUND.replace("$values", values),
            _RANKS_AROUND.replace("$values", values),
        )
        edges += new  # the last ring's edges too: those between its nodes are kept
        if hop == depth:
            break
        frontier = sorted({iri for e in new for iri in e[:2]} - set(seen))
    _add_edges(g, sorted(set(edges)))
    return g


def _node_rows(graph: KnowledgeGraph, iris: list[str]) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """The label and classes of each of ``iris`` that is an entity node (not a role)."""
    if not iris:
        return {}
    values = " ".join(f"<{iri}>" for iri in iris)
    out: dict[str, tuple[str, list[tuple[str, str]]]] = {}
    for r in graph.query(
        _NODES.replace("?e kg:mentionedIn ?any ;", f"VALUES ?e {{ {values} }} ?e kg:mentionedIn ?any ;")
    ):
        label, classes = out.setdefault(r["e"].value, (r["l"].value, []))
        classes.append((r["c"].value[len(KG) :], r["cl"].value))
    return out


def _degrees(graph: KnowledgeGraph, iris: list[str]) -> dict[str, int]:
    if not iris:
        return {}
    values = " ".join(f"<{iri}>" for iri in iris)
    rows = graph.query(
        f"SELECT ?n (COUNT(?a) AS ?d) WHERE {{ VALUES ?n {{ {values} }} "
        "{ ?a rdf:subject ?n } UNION { ?a rdf:object ?n } } GROUP BY ?n"
    )
    return {r["n"].value: int(r["d"].value) for r in rows}


def add_indicators(g: Any, graph: KnowledgeGraph) -> None:
    """Fill the nodes' ``indicators`` and ``indicator_sources`` from the graph's observations.

    From a remote store, or for a small ``g``, only the observations about its nodes are read.
    """
    from kg.lookup import observations
    from kg.render import format_amount, format_when

    if graph.remote or len(g) <= 2000:
        iris = [ENT + str(node) for node in g]
        found: list[Indicator] = []
        for start in range(0, len(iris), 500):
            found += observations(graph, None, subjects=iris[start : start + 500])
    else:
        found = observations(graph, None)
    for node in g:
        g.nodes[node]["indicators"] = []
        g.nodes[node]["indicator_sources"] = []
    for obs in found:
        node = _id(obs["subject"]["iri"])
        if node in g:
            scope = f"; scope: {obs['scope']}" if obs["scope"] else ""
            text = f"{obs['measure']['label']}: {format_amount(obs)} ({format_when(obs)}{scope})"
            for src in obs["sources"]:
                g.nodes[node]["indicators"].append(text)
                g.nodes[node]["indicator_sources"].append((src["document"], src["quote"]))


def _members(graph: KnowledgeGraph, classes: Iterable[str]) -> set[str]:
    """IRIs of the entities of any of ``classes`` (subclasses included)."""
    from kg.queries import resolve_class

    members: set[str] = set()
    for name in classes:
        local = resolve_class(graph, name)
        rows = graph.query(f"SELECT DISTINCT ?e WHERE {{ ?e a/rdfs:subClassOf* kg:{local} }}")
        members.update(r["e"].value for r in rows)
    return members


def _doc(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _families(graph: KnowledgeGraph) -> dict[str, tuple[str, str]]:
    """Each ontology class's most general ontology class (Organization, Place, Person ...) and its label."""
    rows = graph.query(
        """SELECT ?c ?root ?rl WHERE {
          ?c a owl:Class ; rdfs:subClassOf* ?root . ?root rdfs:label ?rl
          FILTER(STRSTARTS(STR(?c), STR(kg:)) && STRSTARTS(STR(?root), STR(kg:)) && LANG(?rl) = "en")
          FILTER NOT EXISTS { ?root rdfs:subClassOf ?up FILTER(STRSTARTS(STR(?up), STR(kg:)) && ?up != ?root) }
        } ORDER BY ?c ?root"""
    )
    families: dict[str, tuple[str, str]] = {}
    for r in rows:
        families.setdefault(r["c"].value[len(KG) :], (r["root"].value[len(KG) :], r["rl"].value))
    return families


def _class_depths(graph: KnowledgeGraph) -> dict[str, int]:
    rows = graph.query(
        "SELECT ?c (COUNT(?super) AS ?n) WHERE { ?c a owl:Class ; rdfs:subClassOf+ ?super "
        "FILTER(STRSTARTS(STR(?c), STR(kg:))) } GROUP BY ?c"
    )
    return {r["c"].value[len(KG) :]: int(r["n"].value) for r in rows}


def entity_node(g: Any, graph: KnowledgeGraph, name: str) -> str:
    """The node of ``g`` for an entity found by name (as ``kg lookup`` finds it)."""
    from kg.lookup import find

    entry = find(graph, name)
    node = str(entry["id"])
    if node not in g:
        raise KgError(f"{entry['label']!r} is not in the entity graph (it has no relations)")
    return node


def _node(g: Any, node: str) -> str:
    if node not in g:
        raise KgError(f"{node!r} is not a node of the entity graph")
    return node


def shortest_paths(g: Any, a: str, b: str, *, limit: int = 5) -> list[list[dict[str, Any]]]:
    """Shortest paths between nodes ``a`` and ``b`` of an entity graph (from :func:`project_graph`),
    relations read in either direction.

    Each path is a list of hops: ``from``, ``to`` (labels), ``relation``, ``direction``
    ("→" when the relation runs from ``from`` to ``to``) and ``sources``.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("a", {"label": "A"}), ("b", {"label": "B"}), ("c", {"label": "C"})])
    >>> _ = G.add_edge("a", "b", label="located in", sources=[]), G.add_edge("c", "b", label="part of", sources=[])
    >>> [(h["from"], h["direction"], h["relation"], h["to"]) for h in shortest_paths(G, "a", "c")[0]]
    [('A', '→', 'located in', 'B'), ('B', '←', 'part of', 'C')]
    """
    import networkx as nx

    u, v = _node(g, a), _node(g, b)
    if u == v:
        raise BadInputError(f"{a!r} and {b!r} are the same entity ({g.nodes[u]['label']})")
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


def neighbors(g: Any, node: str, *, depth: int = 1) -> list[dict[str, Any]]:
    """The nodes of an entity graph within ``depth`` relations of ``node`` (either direction), nearest first.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from((n, {"label": n.upper(), "class_label": "place"}) for n in "abc")
    >>> _ = G.add_edge("a", "b"), G.add_edge("c", "b")
    >>> [(n["id"], n["distance"]) for n in neighbors(G, "b")], [n["id"] for n in neighbors(G, "a", depth=2)]
    ([('a', 1), ('c', 1)], ['b', 'c'])
    """
    import networkx as nx

    start = _node(g, node)
    distances = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), start, cutoff=depth)
    return sorted(
        (
            {"id": n, "label": g.nodes[n]["label"], "class": g.nodes[n]["class_label"], "distance": d}
            for n, d in distances.items()
            if n != start
        ),
        key=lambda x: (x["distance"], x["label"].casefold()),
    )


# --- whole-graph analyses ------------------------------------------------------------------

#: Betweenness is exact up to this many nodes, then estimated from sampled sources.
BETWEENNESS_SAMPLE = 500

#: Sampled sources are capped so that the sources times the nodes stay near this budget
#: (each source is one breadth-first search in pure Python: about 40 ms at 10,000 nodes).
BETWEENNESS_BUDGET = 2_000_000


def betweenness_sample(n: int) -> int | None:
    """How many sources to sample for betweenness on ``n`` nodes (None: all of them, exact).

    >>> betweenness_sample(300), betweenness_sample(1_000), betweenness_sample(10_000), betweenness_sample(100_000)
    (None, 500, 200, 20)
    """
    if n <= BETWEENNESS_SAMPLE:
        return None
    return max(20, min(BETWEENNESS_SAMPLE, BETWEENNESS_BUDGET // n))


def _simple_undirected(g: Any) -> Any:
    """The undirected simple graph of ``g``: one edge per linked pair, weighted by its relation count."""
    import networkx as nx

    h = nx.Graph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v in g.edges():
        if u == v:
            continue
        if h.has_edge(u, v):
            h.edges[u, v]["weight"] += 1
        else:
            h.add_edge(u, v, weight=1)
    return h


def communities(g: Any, *, seed: int = 42) -> list[list[str]]:
    """Louvain communities of ``g`` (read undirected), largest first; the seed makes runs repeat.

    >>> import networkx as nx
    >>> two_triangles = nx.Graph([(1, 2), (2, 3), (1, 3), (4, 5), (5, 6), (4, 6), (3, 4)])
    >>> communities(two_triangles)
    [[1, 2, 3], [4, 5, 6]]
    """
    import networkx as nx

    h = _simple_undirected(g) if g.is_directed() or g.is_multigraph() else g
    found = nx.community.louvain_communities(h, weight="weight", seed=seed)
    return sorted((sorted(c, key=str) for c in found), key=lambda c: (-len(c), str(c[0])))


def centrality(g: Any, *, seed: int = 42) -> dict[str, dict[Any, float]]:
    """Degree, PageRank and betweenness of every node.

    Degree counts distinct neighbours; PageRank follows relation direction (so containers and
    parents rank high); betweenness reads relations undirected and, above
    :data:`BETWEENNESS_SAMPLE` nodes, is estimated from :func:`betweenness_sample` sampled
    sources (with ``seed``).

    >>> import networkx as nx
    >>> scores = centrality(nx.path_graph(3))
    >>> scores["degree"], scores["betweenness"]
    ({0: 1, 1: 2, 2: 1}, {0: 0.0, 1: 1.0, 2: 0.0})
    """
    import networkx as nx

    h = _simple_undirected(g) if g.is_directed() or g.is_multigraph() else g
    n = h.number_of_nodes()
    k = betweenness_sample(n)
    pagerank = nx.pagerank(nx.DiGraph(g) if g.is_multigraph() else g) if n else {}
    return {
        "degree": dict(h.degree()),
        "pagerank": pagerank,
        "betweenness": nx.betweenness_centrality(h, k=k, seed=seed) if n else {},
    }


def analyze(g: Any, *, top: int = 10, seed: int = 42) -> dict[str, Any]:
    """A report on the entity graph ``g`` (as made by :func:`project_graph`), JSON-ready.

    Keys: ``nodes``, ``edges``, ``classes`` (entities per class), ``top`` (by ``degree``,
    ``pagerank`` and ``betweenness``), ``communities`` (Louvain, seeded, with modularity),
    ``components`` (connected, relations read undirected), ``bridges`` and
    ``articulation_points``. Nodes appear by id and label.
    """
    import networkx as nx

    h = _simple_undirected(g)

    def ref(node: Any) -> dict[str, Any]:
        return {"id": node, "label": g.nodes[node].get("label", str(node))}

    def relation(u: Any, v: Any) -> str:
        data = g.get_edge_data(u, v) or {}
        return next((d.get("label", "") for d in data.values()), "")

    classes: dict[str, int] = {}
    for _, data in g.nodes(data=True):
        name = data.get("class_label", "?")
        classes[name] = classes.get(name, 0) + 1
    scores = centrality(g, seed=seed)
    ranked = {
        measure: [
            {**ref(node), "score": round(value, 6) if isinstance(value, float) else value}
            for node, value in sorted(values.items(), key=lambda kv: (-kv[1], str(g.nodes[kv[0]].get("label"))))[:top]
        ]
        for measure, values in scores.items()
    }
    found = communities(h, seed=seed)
    by_degree = scores["degree"]
    components = sorted((sorted(c, key=str) for c in nx.connected_components(h)), key=lambda c: (-len(c), str(c[0])))
    bridges = sorted(
        ((u, v) if g.has_edge(u, v) else (v, u) for u, v in nx.bridges(h)),  # as the relation runs
        key=lambda e: (str(g.nodes[e[0]].get("label")), str(g.nodes[e[1]].get("label"))),
    )
    cut_points = sorted(nx.articulation_points(h), key=lambda n: (-by_degree[n], str(g.nodes[n].get("label"))))
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "classes": dict(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
        "top": ranked,
        "betweenness_sampled": h.number_of_nodes() > BETWEENNESS_SAMPLE,
        "communities": {
            "seed": seed,
            "modularity": round(nx.community.modularity(h, found, weight="weight"), 4) if h.number_of_edges() else 0.0,
            "groups": [
                {
                    "size": len(c),
                    "members": [ref(n) for n in sorted(c, key=lambda n: (-by_degree[n], str(g.nodes[n].get("label"))))],
                }
                for c in found
            ],
        },
        "components": {
            "count": len(components),
            "sizes": [len(c) for c in components],
            "isolated": sum(1 for c in components if len(c) == 1),
        },
        "bridges": [{"from": ref(u), "to": ref(v), "relation": relation(u, v)} for u, v in bridges],
        "articulation_points": [ref(n) for n in cut_points],
    }
