"""The interactive HTML view of the entity graph, written with pyvis and vis-network.

The page is one self-contained file: vis-network's script and stylesheet (bundled with
pyvis) are inlined, and nothing is loaded from a CDN, so it opens with no network. A
Content-Security-Policy forbids every request the page could still try.

Labels, quotes and tooltips are data, never markup: the graph data is embedded as
HTML-safe JSON, vis-network draws labels on a canvas, and the page builds tooltips, the
legend and the details panel with ``textContent``.

Large graphs are laid out here, not in the browser: above :data:`PHYSICS_LIMIT` nodes,
each community gets a force-directed layout of its own, the communities are packed on a
spiral, and physics is off, so the view is interactive as soon as it is drawn.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.store import KnowledgeGraph

__all__ = ["view_graph", "render_html", "write_view", "layout", "PHYSICS_LIMIT", "PALETTE"]

#: Graphs with more nodes than this are laid out up front, with physics off.
PHYSICS_LIMIT = 300

#: Node colours, assigned to classes (or communities) largest first.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
    "#1f77b4",
    "#aec7e8",
    "#98df8a",
    "#c5b0d5",
    "#c49c94",
    "#dbdb8d",
    "#9edae5",
    "#ffbb78",
)
_OTHER = "#d0d0d0"


def view_graph(
    graph: KnowledgeGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    types: tuple[str, ...] = (),
) -> Any:
    """The entity graph to draw: all of it, the classes in ``types``, or ``focus`` and its neighbourhood."""
    import networkx as nx

    from kg.analysis import add_indicators, entity_node, neighbourhood, project_graph
    from kg.lookup import find

    if focus is not None and not types:  # only the neighbourhood is fetched, not the whole graph
        start = str(find(graph, focus, kind="entity").id)
        g = neighbourhood(graph, start, depth=depth)
        g.graph["focus"] = start
    else:
        g = project_graph(graph, include=types or None, indicators=False)
    if focus is not None and types:
        start = entity_node(g, graph, focus)
        near = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), start, cutoff=depth)
        g = g.subgraph(near).copy()
        g.graph["focus"] = start
    add_indicators(g, graph)
    return g


def layout(g: Any, groups: list[list[Any]], *, seed: int = 42, spacing: float = 45.0) -> dict[Any, tuple[float, float]]:
    """Positions for a large graph: each group laid out by itself (Fruchterman-Reingold, by
    igraph), groups packed on a spiral.

    Cost grows with the sum of the squared group sizes, not the square of the graph size.
    """
    from kg.analysis import seeded, to_igraph

    whole, order = to_igraph(g)
    index = {node: i for i, node in enumerate(order)}
    positions: dict[Any, tuple[float, float]] = {}
    placed_area = 0.0
    golden = math.pi * (3 - math.sqrt(5))
    with seeded(seed):
        for i, group in enumerate(sorted(groups, key=len, reverse=True)):
            radius = spacing * math.sqrt(len(group))
            placed_area += radius * radius
            distance = 0.0 if i == 0 else 1.6 * math.sqrt(placed_area)
            cx, cy = distance * math.cos(i * golden), distance * math.sin(i * golden)
            if len(group) == 1:
                local = [(0.0, 0.0)]
            else:
                group = sorted(group, key=index.__getitem__)  # igraph keeps the vertices' order
                sub = whole.induced_subgraph([index[node] for node in group])
                local = sub.layout_fruchterman_reingold(niter=40 if len(group) > 200 else 80).coords
                mx = sum(x for x, _ in local) / len(local)
                my = sum(y for _, y in local) / len(local)
                scale = max(max(abs(x - mx), abs(y - my)) for x, y in local) or 1.0
                local = [((x - mx) / scale, (y - my) / scale) for x, y in local]
            for node, (x, y) in zip(group, local, strict=True):
                positions[node] = (cx + float(x) * radius, cy + float(y) * radius)
    return positions


#: Fixed colours for the ontology's class families, so a class looks the same in every view.
FAMILY_COLORS = {
    "organization": "#4e79a7",
    "place": "#f28e2b",
    "person": "#76b7b2",
    "research field": "#e15759",
    "industry": "#59a14f",
    "plan or policy": "#edc948",
    "ranking or index": "#b07aa1",
    "index edition": "#ff9da7",
    "event": "#9c755f",
    "scientific achievement": "#bab0ac",
    "publication": "#1f77b4",
    "research platform": "#aec7e8",
    "scientific facility": "#98df8a",
}


def _palette(keys: list[str], fixed: dict[str, str] | None = None) -> dict[str, str]:
    """Colours for legend keys: the fixed ones first, then the palette's unused colours in order."""
    fixed = fixed or {}
    spare = iter([c for c in PALETTE if c not in fixed.values()])
    return {key: fixed.get(key) or next(spare, _OTHER) for key in keys}


def render_html(
    g: Any, *, title: str = "Knowledge graph", color_by: str = "class", seed: int = 42, nonce: str | None = None
) -> str:
    """The HTML page for the entity graph ``g`` (as made by :func:`kg.analysis.project_graph`).

    ``nonce``: the page's scripts and styles carry it (``nonce="..."``), so a server can serve
    the page under a Content-Security-Policy that allows them by that nonce alone.
    """

    from kg.analysis import communities, pagerank

    n = g.number_of_nodes()
    groups = communities(g, seed=seed) if n else []
    community_of = {node: i for i, group in enumerate(groups) for node in group}
    if color_by == "community":
        key_of = {node: f"community {community_of[node] + 1}" for node in g}
    else:
        key_of = {
            node: str(g.nodes[node].get("family_label") or g.nodes[node].get("class_label", "entity")) for node in g
        }
    counts: dict[str, int] = {}
    for key in key_of.values():
        counts[key] = counts.get(key, 0) + 1
    order = sorted(counts, key=lambda k: (-counts[k], k))
    colors = _palette(order, FAMILY_COLORS if color_by == "class" else None)
    rank = pagerank(g)
    top = max(rank.values(), default=1.0) or 1.0
    large = n > PHYSICS_LIMIT
    positions = layout(g, groups, seed=seed) if large else {}

    nodes = []
    for node, data in g.nodes(data=True):
        facts = [
            {"text": text, "sources": [doc]}
            for text, (doc, _) in zip(data.get("indicators", []), data.get("indicator_sources", []), strict=False)
        ]
        item: dict[str, Any] = {
            "id": str(node),
            "label": str(data.get("label", node)),
            "shape": "dot",
            "value": round(math.sqrt(rank.get(node, 0) / top), 4),  # sizes the dot and its label
            "color": colors[key_of[node]],
            "kg": {"class": str(data.get("class_label", "")), "group": key_of[node], "facts": facts},
        }
        if node in positions:
            item["x"], item["y"] = round(positions[node][0], 1), round(positions[node][1], 1)
        nodes.append(item)
    edges = []
    for u, v, data in g.edges(data=True):
        edges.append(
            {
                "from": str(u),
                "to": str(v),
                "label": str(data.get("label", "")),
                "arrows": "to",
                "kg": {"sources": [{"document": d, "quote": q} for d, q in data.get("sources", [])]},
            }
        )
    # (the items and options pyvis's Network would pass on, written here: its add_node and
    # add_edge scan every node or edge already added, and importing it loads IPython)
    options: dict[str, Any] = {
        # a large view draws its dots without a border (half the time of a frame when zooming)
        "nodes": {
            "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 0 if large else 1,
            # the label grows with the node's PageRank and is not drawn while it would be small
            # on screen: zoomed out, the hubs are named and their neighbours' labels do not pile
            # up around them; zooming in names the rest
            "scaling": {"min": 8, "max": 40, "label": {"enabled": True, "min": 12, "max": 30, "drawThreshold": 8}},
        },
        "edges": {
            "font": {"size": 10, "align": "middle", "color": "#555555"},
            "color": {"color": "#b0b0b0", "highlight": "#333333"},
            "smooth": False if large else {"type": "continuous"},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "navigationButtons": False,
        },
        "layout": {"randomSeed": seed, "improvedLayout": not large},
        "physics": (
            {"enabled": False}
            if large
            else {
                "enabled": True,
                "solver": "forceAtlas2Based",
                "forceAtlas2Based": {"gravitationalConstant": -110, "springLength": 150, "avoidOverlap": 0.6},
                "stabilization": {"enabled": True, "iterations": 300, "fit": True},
            }
        ),
    }
    legend = [
        {"name": key, "display": key[:1].upper() + key[1:], "color": colors[key], "count": counts[key]} for key in order
    ]
    payload = {
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "legend": legend,
        "focus": g.graph.get("focus"),
        "colorBy": color_by,
        "large": large,
    }
    html: str = _template().render(
        title=title,
        data=payload,
        vis_js=_asset("vis-network.min.js"),
        vis_css=_asset("vis-network.css"),
        nonce=nonce,
    )
    return html


def _asset(name: str) -> Any:
    """A file of the vis-network build that pyvis ships, safe to inline in a <script> or <style>."""
    from markupsafe import Markup

    text = vis_network_file(name).read_text(encoding="utf-8")
    return Markup(text.replace("</script", "<\\/script").replace("</style", "<\\/style"))


def vis_network_file(name: str) -> Path:
    """The path of a file of the vis-network build that pyvis ships (found, not imported:
    importing pyvis loads IPython, half a second)."""
    import importlib.util

    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise KgError("pyvis is not installed: it ships the vis-network build the views use")
    return Path(spec.origin).parent / "templates" / "lib" / "vis-9.1.2" / name


def _template() -> Any:
    from jinja2 import Environment, FileSystemLoader

    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True)
    return env.get_template("graph.html")


def write_view(g: Any, path: Path, **kwargs: Any) -> int:
    """Write the HTML view of ``g`` to ``path`` atomically; returns its size in bytes."""
    from kg.files import write_file

    data = render_html(g, **kwargs).encode("utf-8")
    write_file(path, data)
    return len(data)
