"""Opening the built graph through a store chosen by name.

Stores are registered by name and imported only when used (like rdflib's plugins). The
embedded default, ``memory``, loads the last good build (N-Triples, a few thousand triples
for the bundled data) into an in-memory Oxigraph store: nothing to start, and it opens in
milliseconds.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kg.errors import BadInputError, BuildError, KgError
from kg.project import Project

__all__ = ["KnowledgeGraph", "open_graph", "STORES"]


@dataclass
class KnowledgeGraph:
    """A queryable graph plus the name index used by lookups.

    ``store`` is a :class:`pyoxigraph.Store`; ``index`` lists entities, measures and sources
    with their labels and aliases; ``warnings`` holds notes for the user (for example a
    failed automatic rebuild).
    """

    store: Any
    index: list[dict[str, Any]]
    project: Project | None = None
    warnings: list[str] = field(default_factory=list)

    def query(self, sparql: str) -> Any:
        """Run SPARQL with the common prefixes predeclared (see :func:`kg.sparql.run_query`)."""
        from kg.sparql import run_query

        return run_query(self.store, sparql)

    def __len__(self) -> int:
        return len(self.store)


def _open_memory(project: Project, location: str | None) -> KnowledgeGraph:
    import pyoxigraph as ox

    from kg.build import GRAPH_FILE, INDEX_FILE

    current = project.current_build
    store = ox.Store()
    try:
        store.bulk_load(path=str(current / GRAPH_FILE), format=ox.RdfFormat.N_TRIPLES)
        with (current / INDEX_FILE).open(encoding="utf-8") as fh:
            index = json.load(fh)
    except (OSError, ValueError) as exc:
        raise KgError(f"cannot read the built graph in {current}: {exc}; run 'kg build'") from None
    return KnowledgeGraph(store=store, index=index, project=project)


#: Store name -> opener. Openers take the project and the part after "name:".
STORES: dict[str, Callable[[Project, str | None], KnowledgeGraph]] = {
    "memory": _open_memory,
}


def open_graph(project: Project, store: str = "memory", *, auto_build: bool = True) -> KnowledgeGraph:
    """Open the project's graph, rebuilding it first when its inputs changed.

    If the automatic rebuild fails and an earlier good build exists, that build is used and
    a warning is attached; with no earlier build the error is raised.
    """
    from kg.build import build, is_stale

    name, _, location = store.partition(":")
    if name not in STORES:
        raise BadInputError(f"unknown store {name!r} (known: {', '.join(sorted(STORES))})")
    warnings: list[str] = []
    if auto_build and is_stale(project):
        try:
            build(project)
        except BuildError as exc:
            if not project.current_build.exists():
                raise
            warnings.append(f"{exc}; using the last good graph")
    elif not project.current_build.exists():
        raise KgError("the graph has not been built; run 'kg build'")
    graph = STORES[name](project, location or None)
    graph.warnings.extend(warnings)
    return graph


def warn(message: str) -> None:
    """Print a one-line warning to stderr."""
    print(f"warning: {message}", file=sys.stderr)
