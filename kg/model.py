"""One definition of each kind of fact: its fields in a facts file, the RDF it becomes, and
the graph pattern that reads it back.

Every module that writes or reads facts uses these tables: the data loader checks a facts
file's fields against them (:mod:`kg.dataset`), the compiler and the synthetic generator
emit their triples through :meth:`FactKind.triples` (:mod:`kg.compile`,
:mod:`kg.synthetic`), the lookups and the projection read facts back with
:meth:`FactKind.select` and :meth:`FactKind.pattern` (:mod:`kg.lookup`,
:mod:`kg.analysis`), and ingest drafts name the fields that refer to entities by
:attr:`FactKind.references` (:mod:`kg.ingest.draft`). A field added here is loaded,
checked, compiled, generated and read everywhere.

Triples are plain tuples of :class:`Iri` and :class:`Lit`, so the compiler turns them into
pyoxigraph terms (:func:`to_oxigraph`) and the generator into N-Triples lines
(:func:`ntriples`) without either spelling out the shape of a fact.

>>> INDICATOR.cls, INDICATOR.field("subject").prop == KG + "refArea"
('Observation', True)
>>> print(POST.pattern("?h", ("person", "role")))
?h a kg:PostHolding ; kg:holder ?person ; kg:role ?role .
>>> node = Iri(FACT + "s/post/wang/head")
>>> for line in ntriples(POST.triples(node, {"person": "wang", "role": "head", "as_of": 2020, "quote": "Wang,  head"},
...                                   source="s"))[:3]:
...     print(line.replace(FACT, "fact:").replace(KG, "kg:").replace(ENT, "ent:"))
<fact:s/post/wang/head> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <kg:PostHolding> .
<fact:s/post/wang/head> <kg:holder> <ent:wang> .
<fact:s/post/wang/head> <kg:role> <ent:head> .
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from kg.namespaces import ENT, FACT, KG, MEASURE, PROV, QUAL, RDF, RDFS, SKOS, SRC, UNIT, XSD

__all__ = [
    "Iri",
    "Lit",
    "Triple",
    "FieldError",
    "Field",
    "FactKind",
    "INDICATOR",
    "RANKING",
    "POST",
    "QUOTATION",
    "RELATION",
    "MENTION",
    "KINDS",
    "FILE_KINDS",
    "ntriples",
    "to_oxigraph",
    "time_literal",
    "PUBLICATION",
    "year_of",
    "number_text",
    "node_local",
    "Minter",
    "curie",
    "relation_triples",
    "mention_triples",
    "member_during",
]

ORG = "http://www.w3.org/ns/org#"
TIME = "http://www.w3.org/2006/time#"
SOSA = "http://www.w3.org/ns/sosa/"


class Iri(str):
    """An IRI: a ``str``, so it compares, hashes and formats as its text."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Lit:
    """A literal: its lexical form and a datatype IRI or a language tag (or neither)."""

    text: str
    datatype: str | None = None
    lang: str | None = None


Obj = Iri | Lit
Triple = tuple[Iri, Iri, Obj]

_TYPE = Iri(RDF + "type")

#: An ``as_of`` that is the source's own date ("today", "so far", the present tense), stated or not.
PUBLICATION = "publication"


class FieldError(ValueError):
    """A field's value cannot be written as RDF; ``key`` names the field."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


# --- values ---------------------------------------------------------------------------------

_YEAR = re.compile(r"^\d{4}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _real_date(text: str) -> bool:
    try:
        return dt.date.fromisoformat(text).year > 0
    except ValueError:
        return False


def time_literal(value: Any, key: str = "value") -> Lit:
    """A year, year-month or date as an ``xsd:gYear``, ``xsd:gYearMonth`` or ``xsd:date`` literal.

    >>> time_literal(2020), time_literal("2020-11"), time_literal(dt.date(2020, 12, 15)).datatype == XSD + "date"
    (Lit(text='2020', datatype='http://www.w3.org/2001/XMLSchema#gYear', lang=None), \
Lit(text='2020-11', datatype='http://www.w3.org/2001/XMLSchema#gYearMonth', lang=None), True)
    >>> time_literal("2020-13")
    Traceback (most recent call last):
    ...
    kg.model.FieldError: field 'value': '2020-13' is not a year, year-month or date
    """
    if isinstance(value, bool) or not isinstance(value, (int, str, dt.date)) or isinstance(value, dt.datetime):
        text = repr(value)[:60]
    else:
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        if _YEAR.match(text) and text != "0000":
            return Lit(text, XSD + "gYear")
        if _YEAR_MONTH.match(text) and 1 <= int(text[5:7]) <= 12 and text[:4] != "0000":
            return Lit(text, XSD + "gYearMonth")
        if _DATE.match(text) and _real_date(text):
            return Lit(text, XSD + "date")
        text = repr(text)[:60]
    raise FieldError(key, f"field {key!r}: {text} is not a year, year-month or date")


def year_of(as_of: Any) -> int | None:
    """The year of an as-of value (a year, year-month or date); None for :data:`PUBLICATION`,
    the source's own date, which may be unknown.

    >>> year_of("2020-11"), year_of(2019), year_of(dt.date(2020, 12, 15)), year_of(PUBLICATION)
    (2020, 2019, 2020, None)
    """
    text = str(as_of)[:4]
    return int(text) if text.isdigit() else None


def number_text(value: Any, key: str = "value", *, whole: bool = False) -> str:
    """The lexical form of a number (decimal notation, never an exponent); ``whole``: an integer.

    A :class:`~decimal.Decimal` keeps its digits ("12.50"); YAML never gives one.

    >>> number_text(3.2e-05), number_text(300), number_text(Decimal("12.50"))
    ('0.000032', '300', '12.50')
    """
    if isinstance(value, Decimal) and value.is_finite() and not whole:
        return format(value, "f")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and not isinstance(value, int)):
        what = "a whole number" if whole else "a number"
        raise FieldError(key, f"field {key!r}: {value!r} is not {what}")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise FieldError(key, f"field {key!r}: {value!r} is not a finite number")
        text = repr(value)
        return text if "e" not in text and "E" not in text else format(Decimal(text), "f")
    return str(value)


def _words(value: Any) -> str:
    return " ".join(str(value).split())


#: How each type of field becomes RDF objects: (namespace of an id, or a literal maker).
_ID_SPACES = {
    "entity": ENT,
    "entities": ENT,
    "measure": MEASURE,
    "unit": UNIT,
    "qualifier": QUAL,
    "property": KG,
    "source": SRC,
}


@dataclass(frozen=True)
class Field:
    """One field of a kind of fact.

    ``key`` is its name in a facts file and in records; ``type`` says what it holds
    (``entity``, ``entities`` — one id or a list —, ``measure``, ``unit``, ``qualifier``,
    ``decimal``, ``integer``, ``time``, ``instant`` — a time or :data:`PUBLICATION` —,
    ``year``, ``period``, ``text``, ``words`` — text
    whose runs of white space are one space —, ``property`` or ``literal``); ``prop`` the
    property it becomes (None: the kind writes it); ``required`` in a facts file; ``always``
    on every node of the kind in the graph (read without OPTIONAL); ``lines``: free text
    that may span lines.
    """

    key: str
    type: str
    prop: str | None = None
    required: bool = False
    always: bool = False
    lines: bool = False

    @property
    def named(self) -> bool:
        """Whether the value is a resource with a label (an entity, measure, unit or qualifier)."""
        return self.type in _ID_SPACES

    def objects(self, value: Any) -> list[Obj]:
        """The RDF objects of a value (already made :class:`Iri`/:class:`Lit` pass through)."""
        if isinstance(value, (Iri, Lit)):
            return [value]
        kind, key = self.type, self.key
        if kind in _ID_SPACES:
            values = value if isinstance(value, list) else [value]
            return [v if isinstance(v, Iri) else Iri(_ID_SPACES[kind] + str(v)) for v in values]
        if kind == "decimal":
            return [Lit(number_text(value, key), XSD + "decimal")]
        if kind == "integer":
            return [Lit(number_text(value, key, whole=True), XSD + "integer")]
        if kind == "time" or (kind == "instant" and value != PUBLICATION):
            return [time_literal(value, key)]
        if kind == "year":
            lit = time_literal(value, key)
            if lit.datatype != XSD + "gYear":
                raise FieldError(key, f"field {key!r}: {value!r} is not a year")
            return [lit]
        if kind == "words":
            return [Lit(_words(value))]
        return [Lit(str(value))]


# Fields every kind of fact shares: who the source says stated it, and its evidence.
_STATED = (Field("according_to", "entities", KG + "accordingTo"), Field("relayed_from", "words", KG + "relayedFrom"))
_EVIDENCE = (
    Field("quote", "words", KG + "quote", required=True, always=True),
    Field("note", "text", KG + "note", lines=True),
)
#: Fields that are many-valued on a node (read apart, so rows do not multiply).
_MANY = frozenset({"according_to"})


@dataclass(frozen=True)
class FactKind:
    """A kind of fact: its section in a facts file, its record kind, class and fields.

    ``segment`` names its nodes (``fact/<source>/<segment>/...``, see :func:`node_local`);
    ``via`` are the fields by which an entity's facts of this kind are found.
    """

    section: str
    name: str
    cls: str
    segment: str
    fields: tuple[Field, ...]
    via: tuple[str, ...]
    #: More triples a node of this kind has, from its record (an observation's time in OWL-Time).
    extra: Callable[[Iri, Mapping[str, Any]], list[Triple]] | None = None

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        """The fields a facts file may give, in their documented order."""
        return tuple(f.key for f in self.fields)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields if f.required)

    @property
    def references(self) -> tuple[str, ...]:
        """The fields that name an entity or a measure by id."""
        return tuple(f.key for f in self.fields if f.type in ("entity", "entities", "measure"))

    # -- writing -------------------------------------------------------------------------------
    def triples(self, node: Iri, data: Mapping[str, Any], *, source: str) -> list[Triple]:
        """The triples of one fact node from a record of this kind (keys as in a facts file).

        Values are converted by their field's type (a bad one raises :class:`FieldError`);
        ``source`` is the id of the source document, linked before the quote.
        """
        out: list[Triple] = [(node, _TYPE, Iri(KG + self.cls))]
        for f in self.fields:
            value = data.get(f.key)
            if f.key == "quote":
                doc = Iri(SRC + source)
                out.append((node, Iri(KG + "sourceDocument"), doc))
                out.append((node, Iri(PROV + "wasDerivedFrom"), doc))
            if value is None or (isinstance(value, list) and not value):
                continue
            if f.type == "period":
                out.extend(_period(node, value, f.key))
            elif f.type == "instant" and value == PUBLICATION:
                out.append((node, Iri(KG + "asOfSourceDate"), Lit("true", XSD + "boolean")))
            elif f.prop is not None:
                prop = Iri(f.prop)
                out.extend((node, prop, o) for o in f.objects(value))
        if self.extra is not None:
            out.extend(self.extra(node, data))
        return out

    # -- reading -------------------------------------------------------------------------------
    def pattern(self, node: str, keys: Iterable[str]) -> str:
        """A basic graph pattern binding ``node`` and, for each of ``keys``, the variable of that name.

        >>> print(RANKING.pattern("?r", ("entity", "rank", "doc", "quote")))
        ?r a kg:RankingResult ; kg:rankedEntity ?entity ; kg:rank ?rank ; kg:sourceDocument ?doc ; kg:quote ?quote .
        """
        parts = [f"{node} a kg:{self.cls}"]
        for key in keys:
            parts.append(f"{curie(self._prop(key))} ?{key}")
        return " ; ".join(parts) + " ."

    def link(self, key: str) -> str:
        """The property (as a CURIE) by which a fact of this kind names its ``key``.

        >>> POST.link("person")
        'kg:holder'
        """
        return curie(self._prop(key))

    def _prop(self, key: str) -> str:
        if key == "doc":
            return KG + "sourceDocument"
        prop = self.field(key).prop
        if prop is None:
            raise KeyError(f"{key!r} is not a property of a {self.cls}")
        return prop

    def reached_from(self, entity: str) -> str:
        """A pattern binding ``?fact`` to each fact of this kind that names ``entity`` in a ``via`` field.

        One basic graph pattern (VALUES over the linking properties, not a UNION joined to the
        rest), so a store walks out from the entity instead of scanning every fact of the kind.

        >>> INDICATOR.reached_from("$e")
        'VALUES ?via { kg:refArea kg:measure } ?fact ?via $e .'
        """
        return f"VALUES ?via {{ {' '.join(curie(self._prop(k)) for k in self.via)} }} ?fact ?via {entity} ."

    def each_way(self, entity: str, *keys: str) -> str:
        """A UNION with a branch per ``via`` field, binding ``?fact`` to each fact of this kind that
        names ``entity`` there, and the variables of ``keys``, typed and joined inside each branch.

        For reading the keys of many facts of one entity: Oxigraph walks each branch out from the
        entity, where the class or a field joined after a VALUES or a UNION makes it scan them.

        >>> print(INDICATOR.each_way("$e", "measure"))
        { ?fact kg:refArea $e ; a kg:Observation ; kg:measure ?measure . }
        UNION { ?fact kg:measure $e ; a kg:Observation ; kg:measure ?measure . }
        """
        tail = "".join(f" ; {curie(self._prop(key))} ?{key}" for key in keys)
        branches = (f"{{ ?fact {curie(self._prop(k))} {entity} ; a kg:{self.cls}{tail} . }}" for k in self.via)
        return "\nUNION ".join(branches)

    def _single(self) -> list[Any]:
        return [f for f in self.fields if (f.prop is not None and f.key not in _MANY) or f.type == "period"]

    def core(self) -> str:
        """The pattern every fact of this kind that :meth:`select` returns matches: its class, its
        required fields, its source and quote (``?fact`` bound first).

        >>> print(POST.core())
        ?fact a kg:PostHolding ; kg:holder ?person ; kg:role ?role ; kg:sourceDocument ?doc ; kg:quote ?quote .
        """
        keys = [f.key for f in self._single() if f.always and f.key != "quote"]
        return self.pattern("?fact", [*keys, "doc", "quote"])

    def select(self, *starts: str, order: str = "?fact") -> str:
        """A SELECT of facts of this kind, a row per fact node (``?fact``) and value of its fields.

        It binds each single-valued field as a variable of its key (entities, measures,
        units and qualifiers also ``?<key>_label``; a period ``?period_start`` and
        ``?period_end``), ``?doc`` (the source) and its ``?doc_label``. Each of ``starts``
        is a pattern that binds ``?fact`` first (see :meth:`reached_from`); with several,
        the facts any of them reaches. Without, every fact of the kind.
        """
        single = self._single()
        main = self.core().replace(" ; ", " ;\n    ")
        if len(starts) > 1:  # each branch starts from its pattern (a UNION joined to the rest scans it all)
            head = "\n  UNION ".join("{ " + start + "\n    " + main + " }" for start in starts)
        else:
            head = "\n  ".join([*starts, main])
        lines = [head]
        # One pattern per OPTIONAL: Oxigraph joins a group of patterns by scanning all of them.
        for f in single:
            label = f"OPTIONAL {{ ?{f.key} rdfs:label ?{f.key}_label }}" if f.named else ""
            if f.type == "period":
                lines.append("OPTIONAL { ?fact kg:periodStart ?period_start }")
                lines.append("OPTIONAL { ?fact kg:periodEnd ?period_end }")
                continue
            if f.type == "instant":
                lines.append(f"OPTIONAL {{ ?fact kg:asOfSourceDate ?{f.key}_publication }}")
            if f.always:
                if label:
                    lines.append(label)
            else:
                lines.append(" ".join(f"OPTIONAL {{ ?fact {curie(f.prop or '')} ?{f.key} {label} }}".split()))
        lines.append("OPTIONAL { ?doc rdfs:label ?doc_label }")
        return "SELECT * WHERE {\n  " + "\n  ".join(lines) + f"\n}} ORDER BY {order}\n"


def _period(node: Iri, value: Any, key: str) -> list[Triple]:
    if not (isinstance(value, list) and len(value) == 2):
        raise FieldError(key, f"field {key!r} must be [start year, end year]")
    out: list[Triple] = [(node, Iri(KG + "periodStart"), time_literal(value[0], key))]
    if value[1] is not None:  # an open period: "since 2019"
        out.append((node, Iri(KG + "periodEnd"), time_literal(value[1], key)))
    return out


_CURIES = ((KG, "kg:"), (RDF, "rdf:"), (RDFS, "rdfs:"), (SKOS, "skos:"), (PROV, "prov:"))


def curie(iri: str) -> str:
    """An IRI as the prefixed name queries use (``kg:refArea``), else in angle brackets."""
    for ns, prefix in _CURIES:
        if iri.startswith(ns):
            return prefix + iri[len(ns) :]
    return f"<{iri}>"


def _instant(node: Iri, when: Lit) -> list[Triple]:
    """An OWL-Time instant at a year, year-month or date."""
    positions = {XSD + "gYear": "inXSDgYear", XSD + "gYearMonth": "inXSDgYearMonth"}
    position = positions.get(when.datatype or "", "inXSDDate")
    return [(node, _TYPE, Iri(TIME + "Instant")), (node, Iri(TIME + position), when)]


def phenomenon_time(node: Iri, data: Mapping[str, Any]) -> list[Triple]:
    """An observation's time in SOSA and OWL-Time (``sosa:phenomenonTime``), beside its kg: fields.

    A year is the calendar year (a ``time:DateTimeInterval`` described by its year), a period
    an interval from its first year's instant to its last's (open when it has no end), an
    as-of date an instant; the source's own date (:data:`PUBLICATION`) has no time to state.

    >>> [t[2].removeprefix(TIME) for t in phenomenon_time(Iri("x:o"), {"year": 2020}) if t[1] == RDF + "type"]
    ['DateTimeInterval', 'DateTimeDescription']
    """
    t = Iri(node + "/time")
    link: Triple = (node, Iri(SOSA + "phenomenonTime"), t)
    if data.get("year") is not None:
        description = Iri(t + "/description")
        return [
            link,
            (t, _TYPE, Iri(TIME + "DateTimeInterval")),
            (t, Iri(TIME + "hasDateTimeDescription"), description),
            (description, _TYPE, Iri(TIME + "DateTimeDescription")),
            (description, Iri(TIME + "unitType"), Iri(TIME + "unitYear")),
            (description, Iri(TIME + "year"), time_literal(data["year"], "year")),
        ]
    period = data.get("period")
    if period:
        start, out = Iri(t + "/start"), [link, (t, _TYPE, Iri(TIME + "ProperInterval"))]
        out += [(t, Iri(TIME + "hasBeginning"), start), *_instant(start, time_literal(period[0], "period"))]
        if period[1] is not None:
            end = Iri(t + "/end")
            out += [(t, Iri(TIME + "hasEnd"), end), *_instant(end, time_literal(period[1], "period"))]
        return out
    as_of = data.get("as_of")
    if as_of is not None and as_of != PUBLICATION:
        return [link, *_instant(t, time_literal(as_of, "as_of"))]
    return []


# --- the kinds --------------------------------------------------------------------------------

INDICATOR = FactKind(
    "indicators",
    "indicator",
    "Observation",
    "obs",
    (
        Field("subject", "entity", KG + "refArea", required=True, always=True),
        Field("measure", "measure", KG + "measure", required=True, always=True),
        Field("value", "decimal", KG + "value", required=True, always=True),
        Field("value_max", "decimal", KG + "valueMax"),
        Field("unit", "unit", KG + "unit", always=True),  # the measure's unit when not given
        Field("qualifier", "qualifier", KG + "qualifier", always=True),  # exact when not given
        Field("year", "year", KG + "year"),
        Field("period", "period"),
        Field("as_of", "instant", KG + "asOf"),
        Field("scope", "text", KG + "scope"),
        Field("base_year", "time", KG + "baseYear"),
        Field("compared_to", "text", KG + "comparedTo"),
        Field("national_rank", "integer", KG + "nationalRank"),
        *_STATED,
        *_EVIDENCE,
    ),
    via=("subject", "measure"),
    extra=phenomenon_time,
)

RANKING = FactKind(
    "rankings",
    "ranking",
    "RankingResult",
    "rank",
    (
        Field("entity", "entity", KG + "rankedEntity", required=True, always=True),
        Field("edition", "entity", KG + "rankedIn"),
        Field("rank", "integer", KG + "rank", required=True, always=True),
        Field("category", "text", KG + "rankCategory"),
        Field("out_of", "text", KG + "outOf"),
        Field("consecutive", "integer", KG + "consecutiveTimes"),
        Field("year", "time", KG + "year"),
        Field("scope", "text", KG + "scope"),
        *_STATED,
        *_EVIDENCE,
    ),
    via=("entity", "edition"),
)

POST = FactKind(
    "posts",
    "post",
    "PostHolding",
    "post",
    (
        Field("person", "entity", KG + "holder", required=True, always=True),
        Field("role", "entity", KG + "role", required=True, always=True),
        Field("org", "entities", KG + "postIn"),  # a node has one; a fact naming two is two nodes
        Field("title", "text", KG + "roleTitle"),
        Field("as_of", "time", KG + "asOf"),
        *_EVIDENCE,
    ),
    via=("person", "org", "role"),
)

QUOTATION = FactKind(
    "quotations",
    "quotation",
    "Quotation",
    "quotation",
    (
        Field("speaker", "entity", KG + "speaker", required=True, always=True),
        Field("text", "words", KG + "quotationText", always=True, lines=True),  # the quote when not given
        Field("event", "entity", KG + "spokenAt"),
        Field("date", "time", KG + "eventDate"),
        *_EVIDENCE,
    ),
    via=("speaker", "event"),
)

#: A relation or attribute: the triple itself, and an assertion node describing it.
RELATION = FactKind(
    "relations",
    "relation",
    "Assertion",
    "rel",
    (
        Field("s", "entity", RDF + "subject", required=True, always=True),
        Field("p", "property", RDF + "predicate", required=True, always=True),
        Field("o", "entities", RDF + "object"),
        Field("value", "literal", RDF + "object"),
        *_EVIDENCE,
    ),
    via=("s", "o"),
)

#: That a source names an entity: ``entity kg:mentionedIn source``, described by an assertion.
MENTION = FactKind(
    "mentions",
    "mention",
    "Assertion",
    "mention",
    (
        Field("entity", "entity", RDF + "subject", required=True, always=True),
        Field("p", "property", RDF + "predicate", always=True),
        Field("o", "source", RDF + "object", always=True),
        *_EVIDENCE,
    ),
    via=("entity",),
)

KINDS: tuple[FactKind, ...] = (INDICATOR, RANKING, POST, QUOTATION, RELATION, MENTION)
#: The kinds a facts file lists as sections of records (mentions map ids to quotes instead).
FILE_KINDS: tuple[FactKind, ...] = (RELATION, INDICATOR, RANKING, POST, QUOTATION)


class Minter:
    """Mints fact nodes' IRIs: ``fact/`` + a local name, numbered ``-2``, ``-3`` ... when taken.

    >>> mint = Minter()
    >>> [mint("s/obs/a").removeprefix(FACT) for _ in range(3)]
    ['s/obs/a', 's/obs/a-2', 's/obs/a-3']
    """

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def __call__(self, local: str) -> Iri:
        iri, n = FACT + local, 2
        while iri in self.taken:
            iri, n = f"{FACT}{local}-{n}", n + 1
        self.taken.add(iri)
        return Iri(iri)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "x"


def node_local(kind: FactKind, source: str, data: Mapping[str, Any], org: str | None = None) -> str:
    """The local name of a fact's node, before numbering (``fact/`` + this, ``-2`` ... if taken).

    >>> node_local(INDICATOR, "cd", {"subject": "beijing", "measure": "rd", "period": [2016, 2020]})
    'cd/obs/beijing/rd/2016-2020'
    >>> node_local(RANKING, "cd", {"entity": "beijing", "category": "Science Cities"})
    'cd/rank/beijing/science-cities'
    """
    d = data
    head = f"{source}/{kind.segment}"
    if kind is INDICATOR:
        when = d.get("year") or d.get("period") or d.get("as_of") or "undated"
        return f"{head}/{d['subject']}/{d['measure']}/{_slug(str(when))}"
    if kind is RANKING:
        return f"{head}/{d['entity']}/{d.get('edition') or _slug(str(d.get('category') or 'rank'))}"
    if kind is POST:
        return f"{head}/{d['person']}/{d['role']}" + (f"/{org}" if org else "")
    if kind is QUOTATION:
        return f"{head}/{d['speaker']}"
    if kind is MENTION:
        return f"{head}/{d['entity']}"
    obj = d.get("o")
    tail = obj[len(ENT) :] if isinstance(obj, str) and obj.startswith(ENT) else obj
    if tail is None or isinstance(obj, Lit):
        tail = _slug(obj.text if isinstance(obj, Lit) else str(d.get("value")))
    return f"{head}/{d['s']}/{d['p']}/{tail}"


def relation_triples(node: Iri, s: str, p: str, o: Obj, *, source: str, note: Any = None, quote: str) -> list[Triple]:
    """A relation ``s p o`` (entity id, property local name, object) and its assertion node."""
    subject = Iri(ENT + s)
    prop = Iri(KG + p)
    out: list[Triple] = [(subject, prop, o)]
    if p == "broader":  # stated in SKOS's own term too, for SKOS tools that do not reason
        out.append((subject, Iri(SKOS + "broader"), o))
    out += RELATION.triples(node, {"s": s, "p": prop, "o": o, "quote": quote, "note": note}, source=source)
    return out


def mention_triples(node: Iri | None, entity: str, *, source: str, quote: str | None) -> list[Triple]:
    """``entity kg:mentionedIn source``, and with a quote its assertion node."""
    subject, prop, doc = Iri(ENT + entity), Iri(KG + "mentionedIn"), Iri(SRC + source)
    out: list[Triple] = [(subject, prop, doc)]
    if node is not None and quote is not None:
        out += MENTION.triples(node, {"entity": entity, "p": prop, "o": doc, "quote": quote}, source=source)
    return out


def member_during(node: Iri, when: Lit) -> list[Triple]:
    """The ORG/OWL-Time form of a post's time: ``org:memberDuring`` an interval that has the
    as-of instant inside it (the source places the person in the post then)."""
    during, instant = Iri(node + "/during"), Iri(node + "/as-of")
    return [
        (node, Iri(ORG + "memberDuring"), during),
        (during, _TYPE, Iri(TIME + "Interval")),
        (during, Iri(TIME + "inside"), instant),
        *_instant(instant, when),
    ]


# --- serializations ---------------------------------------------------------------------------

_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt(o: Obj) -> str:
    if isinstance(o, Iri):
        return f"<{o}>"
    text = f'"{o.text.translate(_ESCAPES)}"'
    if o.lang:
        return f"{text}@{o.lang}"
    return f"{text}^^<{o.datatype}>" if o.datatype else text


def ntriples(triples: Iterable[Triple]) -> list[str]:
    """N-Triples lines (no newline) of triples.

    >>> ntriples([(Iri("http://x/a"), Iri("http://x/p"), Lit('say "hi"', lang="en"))])
    ['<http://x/a> <http://x/p> "say \\\\"hi\\\\""@en .']
    """
    return [f"<{s}> <{p}> {_nt(o)} ." for s, p, o in triples]


def to_oxigraph(triples: Iterable[Triple]) -> list[Any]:
    """pyoxigraph quads (default graph) of triples."""
    import pyoxigraph as ox

    def term(o: Obj) -> Any:
        if isinstance(o, Iri):
            return ox.NamedNode(o)
        if o.lang:
            return ox.Literal(o.text, language=o.lang)
        return ox.Literal(o.text, datatype=ox.NamedNode(o.datatype)) if o.datatype else ox.Literal(o.text)

    return [ox.Quad(ox.NamedNode(s), ox.NamedNode(p), term(o)) for s, p, o in triples]
