"""kg — a sourced, time-aware knowledge graph of Beijing's science-and-technology innovation ecosystem.

The package is a library first; :mod:`kg.cli` is a thin command-line layer over it.
Heavy dependencies (rdflib, pyshacl, networkx) are imported only by the modules that need
them, so ``kg lookup`` starts fast.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
