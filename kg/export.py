"""Serializing the graph (Turtle, N-Triples, JSON-LD, RDF/XML); :mod:`kg.files` writes it."""

from __future__ import annotations

from kg.errors import KgError
from kg.namespaces import PREFIXES
from kg.store import KnowledgeGraph

__all__ = ["export_graph"]


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
