"""Opening the built graph through a store chosen by name.

Stores are registered by name and imported only when used (like rdflib's plugins):

``memory`` (the default)
    The project's last good build (N-Triples, a few thousand triples for the bundled data)
    loaded into an in-memory Oxigraph store: nothing to start, and it opens in
    milliseconds. ``memory:FILE`` loads any RDF file instead (about 3 s per million
    triples).
``oxigraph:PATH``
    An on-disk Oxigraph store (made by ``kg load`` or ``kg push``), opened read-only in a
    fraction of a second whatever its size.
``sparql:URL``
    A remote SPARQL 1.1 server (:mod:`kg.remote`).
"""

from __future__ import annotations

import json
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import BadInputError, BuildError, KgError, StoreError
from kg.names import ListIndex, NameIndex, StoreIndex
from kg.project import Project

__all__ = ["KnowledgeGraph", "open_graph", "parse_spec", "needs_project", "rdf_format_of", "STORES"]


@dataclass
class KnowledgeGraph:
    """A queryable graph plus the name index used by lookups.

    ``store`` has the query interface of :class:`pyoxigraph.Store` (an embedded or on-disk
    Oxigraph store, or a :class:`kg.remote.RemoteStore`); ``names`` finds entities,
    measures and sources by name (:mod:`kg.names`); ``warnings`` holds notes for the user
    (for example a failed automatic rebuild); ``spec`` is the store's name as given.
    """

    store: Any
    names: NameIndex
    project: Project | None = None
    warnings: list[str] = field(default_factory=list)
    spec: str = "memory"

    @property
    def remote(self) -> bool:
        """True when the data is on another machine (pulling a subgraph then pays off)."""
        from kg.remote import RemoteStore

        return isinstance(self.store, RemoteStore)

    def query(self, sparql: str) -> Any:
        """Run SPARQL with the common prefixes predeclared (see :func:`kg.sparql.run_query`)."""
        from kg.sparql import run_query

        return run_query(self.store, sparql)

    def triples(self) -> Iterator[Any]:
        """Every triple of the graph (of the default graph: the data), streamed."""
        import pyoxigraph as ox

        if self.remote:
            return iter(self.store.triples())
        return (q.triple for q in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def pull(self, construct: str) -> KnowledgeGraph:
        """The graph to run local queries on: the subgraph ``construct`` selects, if remote.

        A remote store sends only what the CONSTRUCT query selects, into a graph in memory;
        a local store is already at hand and is returned as it is.
        """
        if not self.remote:
            return self
        import pyoxigraph as ox

        local = ox.Store()
        local.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in self.query(construct))
        return KnowledgeGraph(store=local, names=self.names, project=self.project, spec=f"{self.spec} (pulled)")

    def __len__(self) -> int:
        return len(self.store)


def _open_memory(project: Project | None, location: str | None) -> KnowledgeGraph:
    """The embedded default: the project's last good build (or the RDF file ``location``) in memory.

    Both are read leniently: the syntax is checked but IRIs and language tags are not
    validated one by one, which loads about a third faster. The build's own file was
    checked when it was built; a file given as ``memory:FILE`` is a read-only view for one
    command. What is kept (``kg load``, ``kg push``) is validated in full.
    """
    import pyoxigraph as ox

    store = ox.Store()
    if location:
        path = Path(location)
        rdf_format = rdf_format_of(path)
        try:
            if path.suffix.lower() == ".gz":
                with _reader(path) as fh:
                    store.bulk_load(input=fh, format=rdf_format, lenient=True)
            else:  # Oxigraph reads the file itself: a little faster than through Python
                store.bulk_load(path=str(path), format=rdf_format, lenient=True)
        except OSError as exc:
            raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
        except (EOFError, zlib.error) as exc:  # a .gz file cut short or corrupt
            raise StoreError(f"cannot read {path}: not a valid gzip file ({_first_line(exc)})") from None
        except SyntaxError as exc:
            raise StoreError(f"{path} is not valid {rdf_format.name}: {_first_line(exc)}") from None
        return KnowledgeGraph(store=store, names=StoreIndex(store), project=project, spec=f"memory:{location}")
    from kg.build import GRAPH_FILE, INDEX_FILE

    if project is None:
        raise KgError("no kg project found for the memory store (give --store memory:FILE for an RDF file)")
    current = project.current_build
    try:
        store.bulk_load(path=str(current / GRAPH_FILE), format=ox.RdfFormat.N_TRIPLES, lenient=True)
        with (current / INDEX_FILE).open(encoding="utf-8") as fh:
            index = json.load(fh)
    except (OSError, ValueError) as exc:
        raise KgError(f"cannot read the built graph in {current}: {exc}; run 'kg build'") from None
    return KnowledgeGraph(store=store, names=ListIndex(index), project=project)


def _open_oxigraph(project: Project | None, location: str | None) -> KnowledgeGraph:
    """An on-disk Oxigraph store, opened read-only (so any number of readers may share it)."""
    from kg.ondisk import open_read_only

    if not location:
        raise BadInputError("the oxigraph store needs a folder: --store oxigraph:PATH")
    store = open_read_only(Path(location))
    return KnowledgeGraph(store=store, names=StoreIndex(store), project=project, spec=f"oxigraph:{location}")


def _open_sparql(project: Project | None, location: str | None) -> KnowledgeGraph:
    """A remote SPARQL 1.1 server (see :mod:`kg.remote`)."""
    from kg.remote import from_spec

    store = from_spec(location)
    return KnowledgeGraph(store=store, names=StoreIndex(store), project=project, spec=f"sparql:{store.url}")


#: Store name -> opener. Openers take the project (None outside one) and the part after "name:".
STORES: dict[str, Callable[[Project | None, str | None], KnowledgeGraph]] = {
    "memory": _open_memory,
    "oxigraph": _open_oxigraph,
    "sparql": _open_sparql,
}


def parse_spec(spec: str) -> tuple[str, str | None]:
    """A store name split into its kind and location; :class:`BadInputError` for a malformed one.

    >>> parse_spec("oxigraph:/data/kg.db"), parse_spec("memory")
    (('oxigraph', '/data/kg.db'), ('memory', None))
    >>> parse_spec("oxigraph:")
    Traceback (most recent call last):
        ...
    kg.errors.BadInputError: the oxigraph store needs a folder: --store oxigraph:PATH
    >>> parse_spec("memory:graph\\x00.nt")
    Traceback (most recent call last):
        ...
    kg.errors.BadInputError: a store path cannot hold a NUL character: 'graph\\x00.nt'
    """
    name, colon, location = spec.partition(":")
    if name not in STORES:
        raise BadInputError(f"unknown store {name!r} (use memory, memory:FILE, oxigraph:PATH or sparql:URL)")
    if colon and not location.strip():
        raise BadInputError(_NEEDS[name])
    if name != "sparql" and "\x00" in location:
        raise BadInputError(f"a store path cannot hold a NUL character: {location!r}")
    return name, location or None


#: What each kind of store needs after its name and colon.
_NEEDS = {
    "memory": "the memory:FILE store needs an RDF file: --store memory:FILE (or --store memory for the build)",
    "oxigraph": "the oxigraph store needs a folder: --store oxigraph:PATH",
    "sparql": "the sparql store needs a URL: --store sparql:http://host:port/query",
}


def needs_project(spec: str) -> bool:
    """Whether the store is the project's own build (the plain ``memory`` store)."""
    return parse_spec(spec) == ("memory", None)


def open_graph(project: Project | None, store: str = "memory", *, auto_build: bool = True) -> KnowledgeGraph:
    """Open the graph in ``store`` (a store name such as ``memory`` or ``oxigraph:PATH``).

    The plain ``memory`` store is the project's build, rebuilt first when its inputs
    changed: if the automatic rebuild fails and an earlier good build exists, that build is
    used and a warning is attached; with no earlier build the error is raised. Other stores
    are opened as they are.
    """
    from kg.build import build, is_stale

    name, location = parse_spec(store)
    warnings: list[str] = []
    if name == "memory" and location is None:
        if project is None:
            raise KgError("no kg project found: run inside a folder with ontology/ and data/, or set KG_PROJECT")
        if auto_build and is_stale(project):
            try:
                build(project)
            except BuildError as exc:
                if not project.current_build.exists():
                    raise
                warnings.append(f"{exc}; using the last good graph")
        elif not project.current_build.exists():
            raise KgError("the graph has not been built; run 'kg build'")
    graph = STORES[name](project, location)
    graph.warnings.extend(warnings)
    return graph


def rdf_format_of(path: Path, name: str | None = None) -> Any:
    """The RDF format of a file, from ``name`` (turtle, ntriples ...) or its extension (``.gz`` ignored).

    >>> rdf_format_of(Path("dump.nt.gz")).name
    'N-Triples'
    """
    import pyoxigraph as ox

    names = {
        "turtle": ox.RdfFormat.TURTLE,
        "ntriples": ox.RdfFormat.N_TRIPLES,
        "nquads": ox.RdfFormat.N_QUADS,
        "trig": ox.RdfFormat.TRIG,
        "rdfxml": ox.RdfFormat.RDF_XML,
        "n3": ox.RdfFormat.N3,
        "jsonld": ox.RdfFormat.JSON_LD,
    }
    if name is not None:
        if name not in names:
            raise BadInputError(f"unknown RDF format {name!r} (choose from {', '.join(names)})")
        return names[name]
    suffixes = [s.lstrip(".").lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == "gz":
        suffixes.pop()
    extension = suffixes[-1] if suffixes else ""
    found = ox.RdfFormat.from_extension(extension) if extension else None
    if found is None:
        found = {"owl": ox.RdfFormat.RDF_XML, "xml": ox.RdfFormat.RDF_XML}.get(extension)
    if found is None:
        raise BadInputError(f"cannot tell the RDF format of {path.name}; give --format ({', '.join(names)})")
    return found


def _reader(path: Path) -> Any:
    """``path`` opened for reading bytes, decompressed when it ends in ``.gz``."""
    if path.suffix.lower() == ".gz":
        import gzip

        return gzip.open(path, "rb")
    return path.open("rb")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return " ".join(text[0].split()) if text else type(exc).__name__


def warn(message: str) -> None:
    """Print a one-line warning to stderr."""
    print(f"warning: {message}", file=sys.stderr)
