"""Serializing the graph (Turtle, N-Triples, JSON-LD, RDF/XML), and its entity graph for
network tools (GraphML, GEXF); :mod:`kg.files` writes them."""

from __future__ import annotations

from kg.errors import KgError
from kg.namespaces import PREFIXES
from kg.store import KnowledgeGraph

__all__ = ["export_graph", "export_network", "NETWORK_FORMATS"]

#: Formats of the entity graph (the projection the analyses use) for Gephi, Cytoscape, yEd.
NETWORK_FORMATS = ("graphml", "gexf")


def export_graph(graph: KnowledgeGraph, fmt: str = "turtle") -> bytes:
    """The whole graph in ``fmt`` (turtle, ntriples, jsonld, rdfxml)."""
    import pyoxigraph as ox

    formats = {
        "turtle": ox.RdfFormat.TURTLE,
        "ntriples": ox.RdfFormat.N_TRIPLES,
        "jsonld": ox.RdfFormat.JSON_LD,
        "rdfxml": ox.RdfFormat.RDF_XML,
    }
    if fmt not in formats:
        raise KgError(f"unknown export format {fmt!r} (choose from {', '.join(formats)})")
    prefixes = PREFIXES if fmt in ("turtle", "rdfxml", "jsonld") else None
    if fmt == "rdfxml":  # Oxigraph's RDF/XML writer is not well-formed for some predicates
        from kg.formats import write_rdf

        return write_rdf(graph.triples(), "application/rdf+xml", prefixes=prefixes)
    if graph.remote:
        data = ox.serialize(graph.triples(), format=formats[fmt], prefixes=prefixes)
    else:
        data = graph.store.dump(format=formats[fmt], from_graph=ox.DefaultGraph(), prefixes=prefixes)
    return bytes(data or b"")


def export_network(graph: KnowledgeGraph, fmt: str = "graphml") -> bytes:
    """The entity graph the analyses use (:func:`kg.analysis.project_graph`) as GraphML or GEXF.

    Nodes are entity ids with ``label``, ``class``, ``class_label`` and ``family``, and
    their indicators as JSON text; edges carry ``predicate``, ``label`` and their sources
    (document and quote) as JSON text, since both formats hold only plain values.
    """
    import io
    import json

    import networkx as nx

    from kg.analysis import project_graph

    if fmt not in NETWORK_FORMATS:
        raise KgError(f"unknown network format {fmt!r} (choose from {', '.join(NETWORK_FORMATS)})")
    g = project_graph(graph)
    out = nx.MultiDiGraph(name="Beijing innovation knowledge graph")
    for node, data in g.nodes(data=True):
        out.add_node(
            node,
            label=str(data.get("label", node)),
            **{"class": str(data.get("cls", "")), "class_label": str(data.get("class_label", ""))},
            family=str(data.get("family", "")),
            indicators=json.dumps(data.get("indicators", []), ensure_ascii=False, default=str),
        )
    for u, v, key, data in g.edges(keys=True, data=True):
        sources = [{"document": d, "quote": q} for d, q in data.get("sources", [])]
        out.add_edge(
            u,
            v,
            key=key,
            predicate=str(data.get("predicate", "")),
            label=str(data.get("label", "")),
            sources=json.dumps(sources, ensure_ascii=False),
        )
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(out, buffer, encoding="utf-8")
    else:
        nx.write_gexf(out, buffer, encoding="utf-8")
    return buffer.getvalue()
