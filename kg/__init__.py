"""kg — a sourced, time-aware knowledge graph of Beijing's science-and-technology innovation ecosystem.

The package is a library first; :mod:`kg.cli` is a thin command-line layer over it.
Heavy dependencies (rdflib, pyshacl, networkx) are imported only by the modules that need
them, so ``kg lookup`` starts fast. The Python API (:mod:`kg.api`) is here too:

    g = kg.open()            # or kg.open("oxigraph:PATH"), kg.open("sparql:URL"), kg.open(FOLDER)
    g.card("Huairou Science City").facts
    g.query("SELECT ?l WHERE { ent:beijing rdfs:label ?l }")
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "open", "Graph", "Card"]


def __getattr__(name: str) -> Any:  # the API is imported when first used, so 'import kg' stays light
    if name in ("open", "Graph", "Card"):
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
