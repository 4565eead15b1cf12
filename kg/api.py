"""The Python API: open the graph once, then ask it for cards, query results, series and views.

>>> import kg
>>> g = kg.open()                                  # the project's build (rebuilt when its data changed)
>>> card = g.card("huairou sciense city")          # names are found as `kg lookup` finds them
>>> card.label, card.types
('Huairou Science City', ['ScienceCity'])
>>> any(f["kind"] == "relation" for f in card.facts)
True
>>> rows = g.query("SELECT ?label WHERE { ent:beijing rdfs:label ?label }")
>>> rows
[{'label': 'Beijing'}]
>>> G = g.networkx()                               # the entity graph the analyses use
>>> G.nodes["beijing"]["label"]
'Beijing'

Every call raises a :class:`kg.errors.KgError` (one clear message) for a user error: an
unknown name, a bad query, a store that cannot be opened.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.records import Card

__all__ = ["Graph", "Card", "open"]

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {
    _XSD + t
    for t in "integer int long short byte nonNegativeInteger positiveInteger negativeInteger nonPositiveInteger "
    "unsignedLong unsignedInt unsignedShort unsignedByte".split()
}


def plain(term: Any) -> Any:
    """A query result term as a plain Python value: an IRI or a string as ``str``, numbers as
    ``int`` or ``Decimal``/``float``, booleans as ``bool``, dates as :class:`datetime.date`;
    a year stays a string ("2021"); a blank node is its ``_:id``.

    >>> import pyoxigraph as ox
    >>> plain(ox.Literal("5.5", datatype=ox.NamedNode(_XSD + "decimal"))), plain(ox.NamedNode("https://x.org/a"))
    (Decimal('5.5'), 'https://x.org/a')
    """
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if not isinstance(term, ox.Literal):
        return str(term.value)
    kind = term.datatype.value if term.datatype is not None else ""
    try:
        if kind in _INTEGERS:
            return int(term.value)
        if kind == _XSD + "decimal":
            return Decimal(term.value)
        if kind in (_XSD + "double", _XSD + "float"):
            return float(term.value)
        if kind == _XSD + "boolean":
            return term.value in ("true", "1")
        if kind == _XSD + "date":
            return dt.date.fromisoformat(term.value)
    except ValueError:
        pass  # an ill-typed literal: its text
    return term.value


class Graph:
    """An opened knowledge graph (see :func:`open`)."""

    def __init__(self, graph: Any) -> None:
        self._graph = graph

    @property
    def store(self) -> Any:
        """The underlying store (a :class:`pyoxigraph.Store` or a remote one)."""
        return self._graph.store

    @property
    def warnings(self) -> list[str]:
        """Notes from opening, e.g. that an automatic rebuild failed and the last good graph is used."""
        return list(self._graph.warnings)

    def __repr__(self) -> str:
        return f"<kg.Graph {self._graph.spec}>"

    def card(self, name: str) -> Card:
        """The card of the entity, measure or source ``name`` names (exact, partial or misspelled)."""
        from kg.lookup import entity_card, find

        return entity_card(self._graph, find(self._graph, name))

    def query(self, sparql: str) -> list[dict[str, Any]]:
        """Run a read-only SELECT; one dict per row, variable -> plain Python value (unbound ones left out).

        The project's prefixes (kg:, ent:, rdfs: ...) are predeclared, and the query is
        checked as ``kg sparql`` checks it (no updates, no SERVICE, no local files).
        """
        names, rows = self._select(sparql, "query")
        return [{n: v for n, v in zip(names, row, strict=True) if v is not None} for row in rows]

    def frame(self, sparql: str) -> Any:
        """The rows of :meth:`query` as a :class:`pandas.DataFrame`, a column per variable in the
        query's order (None where a variable is unbound). Needs the ``pandas`` extra:
        ``pip install 'kg[pandas]'``.
        """
        try:
            import pandas as pd
        except ImportError:
            raise KgError("Graph.frame needs pandas: pip install 'kg[pandas]'") from None
        names, rows = self._select(sparql, "frame")
        return pd.DataFrame(rows, columns=names)

    def _select(self, sparql: str, method: str) -> tuple[list[str], list[list[Any]]]:
        """A checked SELECT's variables and its rows of plain values (None where unbound)."""
        import pyoxigraph as ox

        from kg.errors import QueryError
        from kg.sparql import run_query

        results = run_query(self._graph.store, sparql)
        if not isinstance(results, ox.QuerySolutions):
            raise QueryError(f"Graph.{method} runs SELECT queries; use the store for ASK and CONSTRUCT")
        names = [v.value for v in results.variables]
        return names, [[None if row[n] is None else plain(row[n]) for n in names] for row in results]

    def networkx(self, *, types: tuple[str, ...] = (), indicators: bool = True) -> Any:
        """The entity graph as a :class:`networkx.MultiDiGraph` (nodes are entity ids), as the analyses see it."""
        from kg.analysis import project_graph

        return project_graph(self._graph, include=types or None, indicators=indicators)

    def timeline(self, name: str, *, indicator: str | None = None, unit: str | None = None) -> list[dict[str, Any]]:
        """The indicator series of an entity (or of an indicator across subjects), as ``kg timeline``."""
        from kg.timeline import timelines

        return timelines(self._graph, name, indicator=indicator, unit=unit)

    def write_view(
        self, path: str | os.PathLike[str], *, focus: str | None = None, depth: int = 1, types: tuple[str, ...] = ()
    ) -> int:
        """Write the interactive HTML view (all of it, or ``focus`` and its neighbourhood); returns its size."""
        from kg.viz import view_graph, write_view

        g = view_graph(self._graph, focus=focus, depth=depth, types=types)
        title = "Beijing innovation knowledge graph"
        if focus is not None:
            title += f": {g.nodes[g.graph['focus']]['label']} and its neighbourhood"
        return write_view(g, Path(path), title=title)


def open(where: str | os.PathLike[str] | None = None) -> Graph:  # noqa: A001 - the name users expect
    """Open a graph: the project's build (``None``: the project found from the working
    folder or ``KG_PROJECT``), a project folder, or a store by name (``"oxigraph:PATH"``,
    ``"sparql:URL"``, ``"memory:FILE"``)."""
    from kg.project import find_project
    from kg.store import STORES, open_graph, parse_spec

    spec = os.fspath(where) if where is not None else None
    if spec is not None and spec.split(":", 1)[0] in STORES and ":" in spec:
        project = None
        try:
            project = find_project(None)
        except KgError:
            pass
        parse_spec(spec)  # a malformed name is one clear error
        return Graph(open_graph(project, spec))
    return Graph(open_graph(find_project(spec), "memory"))
