"""The ontology's class tree, read from its Turtle: which classes are places, organizations,
people ... for the code that sorts entities by kind (ingest, the synthetic generator, the
compiler), instead of lists of class names copied into each module.

>>> tree = project_classes()
>>> sorted(tree.below("Laboratory"))
['Laboratory', 'NationalKeyLaboratory', 'NationalLaboratory']
>>> "ScienceCity" in tree.places, "Commission" in tree.organizations, tree.root("Commission")
(True, True, 'Organization')
>>> tree.schemes["ResearchField"]
'ResearchFields'
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from kg.namespaces import KG, RDFS

__all__ = ["ClassTree", "project_classes", "classes_from"]

_OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass(frozen=True)
class ClassTree:
    """The ontology's own classes (local names) and the kg: classes each is directly under."""

    parents: Mapping[str, frozenset[str]]
    schemes: Mapping[str, str] = field(default_factory=dict)  # class -> the concept scheme of its members
    _below: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_triples(cls, triples: Iterable[tuple[str, str, str]]) -> ClassTree:
        """From (subject, predicate, object) IRIs: ``owl:Class`` declarations and ``rdfs:subClassOf``."""
        classes: set[str] = set()
        parents: dict[str, set[str]] = {}
        schemes: dict[str, str] = {}
        for s, p, o in triples:
            if not s.startswith(KG):
                continue
            if p == _RDF_TYPE and o == _OWL_CLASS:
                classes.add(s[len(KG) :])
            elif p == RDFS + "subClassOf" and o.startswith(KG):
                parents.setdefault(s[len(KG) :], set()).add(o[len(KG) :])
            elif p == KG + "memberScheme" and o.startswith(KG):
                schemes[s[len(KG) :]] = o[len(KG) :]
        return cls({c: frozenset(parents.get(c, ())) for c in sorted(classes)}, schemes)

    @classmethod
    def from_folder(cls, folder: Path) -> ClassTree:
        """From every Turtle file of an ontology folder."""
        import pyoxigraph as ox

        triples: list[tuple[str, str, str]] = []
        for path in sorted(folder.glob("*.ttl")):
            for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
                triples.append((quad.subject.value, quad.predicate.value, quad.object.value))
        return cls.from_triples(triples)

    def below(self, name: str) -> frozenset[str]:
        """``name`` and every class under it."""
        if name not in self._below:
            found = {name}
            changed = True
            while changed:
                more = {c for c, ups in self.parents.items() if ups & found} - found
                found |= more
                changed = bool(more)
            self._below[name] = frozenset(found)
        return self._below[name]

    def root(self, name: str) -> str:
        """The most general kg: class above ``name`` (itself when it has none); the first by name if several."""
        seen = name
        while self.parents.get(seen):
            seen = sorted(self.parents[seen])[0]
        return seen

    @property
    def places(self) -> frozenset[str]:
        return self.below("Place")

    @property
    def organizations(self) -> frozenset[str]:
        return self.below("Organization")

    @property
    def people(self) -> frozenset[str]:
        return self.below("Person")

    @property
    def indexes(self) -> frozenset[str]:
        return self.below("Index") | self.below("IndexEdition")


@functools.cache
def _cached(folder: str) -> ClassTree:
    return ClassTree.from_folder(Path(folder))


#: The tree that code without a project at hand uses, while :func:`classes_from` holds one.
_CURRENT: ContextVar[ClassTree | None] = ContextVar("kg_classes", default=None)


def project_classes(folder: Path | None = None) -> ClassTree:
    """The class tree of the ontology in ``folder``, read once.

    By default: the one :func:`classes_from` holds (ingest holds its project's), else the
    project :func:`kg.project.find_project` finds.
    """
    if folder is None:
        current = _CURRENT.get()
        if current is not None:
            return current
        return _default(os.environ.get("KG_PROJECT"), os.getcwd())
    return _cached(str(Path(folder).resolve()))


@contextmanager
def classes_from(folder: Path) -> Iterator[ClassTree]:
    """Within the block, :func:`project_classes` without a folder is the tree of ``folder``."""
    token = _CURRENT.set(project_classes(folder))
    try:
        yield _CURRENT.get() or project_classes(folder)
    finally:
        _CURRENT.reset(token)


@functools.cache
def _default(env: str | None, cwd: str) -> ClassTree:
    """The project's tree, found once for each project setting and working directory (these
    decide which project :func:`kg.project.find_project` finds)."""
    from kg.project import find_project

    return _cached(str(find_project().ontology_dir.resolve()))
