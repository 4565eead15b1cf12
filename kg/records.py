"""Typed records of what the graph says: the facts on a card, and the card.

Each record is a frozen dataclass: read its attributes (``fact.value``, ``card.label``);
:meth:`Record.to_dict` gives its JSON form, the one ``kg lookup --format json`` prints, and
:meth:`Record.from_dict` reads that form back. Records are also read-only mappings with the
JSON form's keys (``fact["value"]``, ``fact.get("year")``), so templates and code written
against the JSON read them as they are.

Every fact has ``kind``, ``predicate``, ``value`` or ``object`` (a related entity), ``unit``,
``year``, ``date``, ``qualifier`` (None where they do not apply) and ``sources`` (each a
``document`` id, its ``title`` and the ``quote``), and the fields of its kind.

>>> ref = Ref(id="beijing", iri="https://w3id.org/beijing-innovation-kg/entity/beijing", label="Beijing")
>>> fact = Quotation(id="q1", speaker=ref, value="We will lead.", object=ref,
...                  sources=[SourceRef(document="cd", title="China Daily", quote="We will lead.")])
>>> fact.speaker.label, fact["value"], fact.to_dict()["sources"][0]["document"]
('Beijing', 'We will lead.', 'cd')
>>> Record.from_dict(fact.to_dict()) == fact, fact.speaker == ref.to_dict()
(True, True)
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

__all__ = [
    "Record",
    "Ref",
    "SourceRef",
    "Indicator",
    "Ranking",
    "Post",
    "Quotation",
    "Relation",
    "Card",
    "Entry",
    "Fact",
    "FACT_TYPES",
]


class Record(Mapping[str, Any]):
    """A read-only record: attributes, a mapping of its JSON keys, and :meth:`to_dict`."""

    #: Fields holding records: name -> the record type (in a list when the field is a list).
    nested: ClassVar[dict[str, Any]] = {}
    #: Fields left out of the JSON form when they are None.
    optional: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    @functools.cache
    def _fields(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))  # type: ignore[arg-type]

    def _keys(self) -> list[str]:
        return [k for k in self._fields() if not (k in self.optional and getattr(self, k) is None)]

    def __getitem__(self, key: str) -> Any:
        # (what _keys() holds, without building it: a page reads thousands of facts' fields)
        if key not in self._field_set() or (key in self.optional and getattr(self, key) is None):
            raise KeyError(key)
        return getattr(self, key)

    @classmethod
    @functools.cache
    def _field_set(cls) -> frozenset[str]:
        return frozenset(cls._fields())

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())

    def __eq__(self, other: object) -> bool:
        """Equal to a record of the same type and fields, or to a mapping equal to its JSON form."""
        if isinstance(other, Record):
            return type(self) is type(other) and self.to_dict() == other.to_dict()
        if isinstance(other, Mapping):
            return self.to_dict() == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable lists inside

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: plain dicts, lists, strings and numbers."""
        return {k: _plain(getattr(self, k)) for k in self._keys()}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Any:
        """The record of a JSON form (a fact by its ``kind`` when called on :class:`Record`)."""
        if cls is Record:
            return FACT_TYPES[str(data["kind"])].from_dict(data)
        values: dict[str, Any] = {}
        for key in cls._fields():
            if key not in data:
                continue
            value, kind = data[key], cls.nested.get(key)
            if kind is not None and value is not None:
                if isinstance(kind, list):
                    value = [kind[0].from_dict(v) for v in value]
                else:
                    value = kind.from_dict(value)
            values[key] = value
        return cls(**values)


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, kw_only=True, eq=False)
class Ref(Record):
    """A resource the graph names: its ``id`` (None outside the graph's own IRIs), ``iri`` and ``label``."""

    id: str | None
    iri: str
    label: str


@dataclass(frozen=True, kw_only=True, eq=False)
class SourceRef(Record):
    """Where a fact comes from: the source ``document`` (an id), its ``title`` and the ``quote``."""

    document: str | None
    title: str | None = None
    quote: str | None = None


_SOURCES: dict[str, Any] = {"sources": [SourceRef]}


@dataclass(frozen=True, kw_only=True, eq=False)
class Indicator(Record):
    """An indicator value: ``subject``'s ``measure`` was ``value`` (to ``value_max``) ``unit`` at a time
    (``year``, ``period`` as ISO ``start/end``, or ``as_of``), with its ``qualifier`` ("over", "around")."""

    nested: ClassVar[dict[str, Any]] = {
        "subject": Ref,
        "measure": Ref,
        "according_to": [Ref],
        "object": Ref,
        **_SOURCES,
    }

    kind: str = "indicator"
    id: str
    subject: Ref
    predicate: str | None
    measure: Ref
    value: int | float
    value_max: int | float | None = None
    unit: str | None = None
    unit_label: str | None = None
    qualifier: str | None = None
    qualifier_label: str | None = None
    year: str | None = None
    period: str | None = None
    as_of: str | None = None
    scope: str | None = None
    base_year: str | None = None
    compared_to: str | None = None
    note: str | None = None
    according_to: list[Ref] = field(default_factory=list)
    relayed_from: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    object: Ref | None = None  # the subject, for readers of every kind's ``object``
    date: str | None = None  # the as-of date or period


@dataclass(frozen=True, kw_only=True, eq=False)
class Ranking(Record):
    """A rank: ``entity`` ranked ``rank`` in ``index`` (an index or its edition) or a ``category``."""

    nested: ClassVar[dict[str, Any]] = {"entity": Ref, "index": Ref, "object": Ref, **_SOURCES}

    kind: str = "ranking"
    id: str
    predicate: str = "rank"
    entity: Ref
    index: Ref | None = None
    rank: int
    category: str | None = None
    out_of: str | None = None
    scope: str | None = None
    consecutive: int | None = None
    year: str | None = None
    note: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    value: int | None = None  # the rank
    object: Ref | None = None  # the index, else the ranked entity
    unit: None = None
    date: None = None
    qualifier: None = None


@dataclass(frozen=True, kw_only=True, eq=False)
class Post(Record):
    """A post held: ``person`` as ``role`` in ``organizations`` (``title`` as the source words it)."""

    nested: ClassVar[dict[str, Any]] = {
        "person": Ref,
        "role": Ref,
        "organizations": [Ref],
        "object": Ref,
        **_SOURCES,
    }

    kind: str = "post"
    id: str
    predicate: str = "holds post"
    person: Ref
    role: Ref
    organizations: list[Ref] = field(default_factory=list)
    title: str | None = None
    as_of: str | None = None
    note: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    value: str | None = None  # the title, else the role's label
    object: Ref | None = None  # the first organization
    date: str | None = None  # as of
    unit: None = None
    year: None = None
    qualifier: None = None


@dataclass(frozen=True, kw_only=True, eq=False)
class Quotation(Record):
    """Words a source attributes to ``speaker`` (``value``), maybe at an ``event`` on a ``date``."""

    nested: ClassVar[dict[str, Any]] = {"speaker": Ref, "event": Ref, "object": Ref, **_SOURCES}

    kind: str = "quotation"
    id: str
    predicate: str = "said"
    speaker: Ref
    value: str
    event: Ref | None = None
    date: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    object: Ref | None = None  # the speaker
    unit: None = None
    year: None = None
    qualifier: None = None


@dataclass(frozen=True, kw_only=True, eq=False)
class Relation(Record):
    """A relation or attribute stated by sources: ``direction`` "out" (this entity is the subject)
    or "in"; an entity ``object`` or a literal ``value``. ``kind`` is "relation", or "mention"
    for "named in" a source."""

    nested: ClassVar[dict[str, Any]] = {"object": Ref, **_SOURCES}
    optional: ClassVar[frozenset[str]] = frozenset({"language", "outside_knowledge"})

    kind: str = "relation"
    direction: str
    predicate: str
    predicate_label: str
    value: str | None = None
    object: Ref | None = None
    language: str | None = None
    outside_knowledge: str | None = None
    sources: list[SourceRef] = field(default_factory=list)
    unit: None = None
    year: None = None
    date: None = None
    qualifier: None = None


#: A fact on a card.
Fact = Indicator | Ranking | Post | Quotation | Relation

#: The record type of each kind of fact on a card.
FACT_TYPES: dict[str, type[Record]] = {
    "indicator": Indicator,
    "ranking": Ranking,
    "post": Post,
    "quotation": Quotation,
    "relation": Relation,
    "mention": Relation,
    "outside": Relation,
}


@dataclass(frozen=True, kw_only=True, eq=False)
class Card(Record):
    """Everything the graph says about one entity, measure or source (``kg lookup NAME``).

    ``facts`` are the records above; ``outside_knowledge`` the values curators added from
    outside the sources (a Chinese name), each with its ``note``; ``metadata`` a source's
    title, author, dates ... (sources only).
    """

    optional: ClassVar[frozenset[str]] = frozenset({"metadata"})

    id: str
    iri: str
    kind: str = "entity"
    label: str
    types: list[str] = field(default_factory=list)
    type_labels: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    outside_knowledge: list[dict[str, Any]] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    metadata: dict[str, Any] | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Card:
        fields = {k: v for k, v in data.items() if k in cls._fields() and k != "facts"}
        return cls(**fields, facts=[Record.from_dict(f) for f in data.get("facts", [])])

    def __str__(self) -> str:
        from kg.render import format_card

        return format_card(self)


@dataclass(frozen=True, kw_only=True, eq=False)
class Entry(Record):
    """A name lookups find: an entity, measure or source with its ``label``, ``aliases``,
    ``types`` and, for entities, ``other_names`` (labels in other languages, which find it but
    are not shown as aliases). ``match_keys`` are all its names normalized (``keys`` in JSON).

    >>> e = Entry.from_dict({"id": "a", "iri": "x:a", "label": "Ärger  Lab", "aliases": ["AL"]})
    >>> e.kind, e.match_keys, e["label"], e.to_dict()["keys"]
    ('entity', ('al', 'ärger lab'), 'Ärger  Lab', ['al', 'ärger lab'])
    """

    optional: ClassVar[frozenset[str]] = frozenset({"other_names"})

    id: str
    iri: str
    kind: str = "entity"
    label: str
    aliases: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    other_names: list[str] | None = None
    match_keys: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not self.match_keys:
            from kg.dataset import normalize_name

            names = [self.label, *self.aliases, *(self.other_names or ())]
            object.__setattr__(self, "match_keys", tuple(sorted({normalize_name(n) for n in names})))

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["keys"] = list(out.pop("match_keys"))
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entry:
        values = {k: v for k, v in data.items() if k in cls._fields() and k != "match_keys"}
        return cls(**values, match_keys=tuple(data.get("keys") or ()))
