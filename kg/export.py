"""Serializing the graph (Turtle, N-Triples, JSON-LD, RDF/XML) and writing files atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kg.errors import KgError
from kg.namespaces import PREFIXES
from kg.store import KnowledgeGraph

__all__ = ["export_graph", "write_atomically"]


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
    if graph.remote:
        data = ox.serialize(graph.triples(), format=formats[fmt], prefixes=prefixes)
    else:
        data = graph.store.dump(format=formats[fmt], from_graph=ox.DefaultGraph(), prefixes=prefixes)
    return bytes(data or b"")


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it into place."""
    folder = path.resolve().parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; give it the usual mode
        os.replace(tmp, path)
    except OSError as exc:
        raise KgError(f"cannot write {path}: {exc.strerror or exc}") from None
