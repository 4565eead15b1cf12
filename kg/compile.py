"""Compile ontology + data files into RDF triples, checking every id and every quote.

The compiler turns :class:`kg.dataset.Dataset` records into quads of a pyoxigraph store:

- entities become typed nodes with ``rdfs:label``/``skos:prefLabel`` (a Chinese name is the
  ``skos:prefLabel@zh``), ``skos:altLabel`` for aliases and ``skos:hiddenLabel`` for the
  phrases articles refer to them by ("the capital"), which lookups do not match;
- indicator values, ranks, posts held and quotations become nodes of their own
  (kg:Observation, kg:RankingResult, kg:PostHolding, kg:Quotation) carrying
  ``kg:sourceDocument`` and ``kg:quote``;
- plain relations are asserted directly and described by a kg:Assertion
  (``rdf:subject/predicate/object`` + source + quote), so every triple can be traced.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.dataset import QUALIFIER_WORDS, QUALIFIERS, UNITS, Dataset, Fact, load_dataset, normalize_name
from kg.errors import DataError
from kg.namespaces import ENT, FACT, KG, MEASURE, PROV, QUAL, RDF, RDFS, SKOS, SRC, UNIT, XSD
from kg.project import read_input

__all__ = ["Ontology", "load_ontology", "compile_project", "Compiled"]

_OWL = "http://www.w3.org/2002/07/owl#"
_TYPE = ox.NamedNode(RDF + "type")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _lit(value: str, datatype: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(value, language=lang)
    if datatype:
        return ox.Literal(value, datatype=_n(datatype))
    return ox.Literal(value)


@dataclass
class Ontology:
    """What the compiler needs to know of the ontology: its classes and properties."""

    store: ox.Store
    classes: set[str] = field(default_factory=set)
    object_properties: set[str] = field(default_factory=set)
    datatype_properties: dict[str, str | None] = field(default_factory=dict)  # name -> XSD range


def load_ontology(folder: Path, *, root: Path | None = None) -> Ontology:
    """Parse every Turtle file in ``folder``; report a syntax error with file and line.

    The files must belong to the project at ``root`` (by default ``folder``'s parent): see
    :func:`kg.project.read_input`.
    """
    root = folder.parent if root is None else root
    store = ox.Store()
    files = sorted(folder.glob("*.ttl"))
    if not files:
        raise DataError("no ontology files (*.ttl)", file=str(folder))
    for path in files:
        data = read_input(path, root)
        try:
            store.load(input=data, format=ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError) as exc:
            raise DataError(f"invalid Turtle: {' '.join(str(exc).split())[:300]}", file=str(path)) from None
    onto = Ontology(store)

    def select(query: str) -> Any:
        result = store.query(query)
        assert isinstance(result, ox.QuerySolutions)
        return result

    for (cls,) in select(f"SELECT ?c WHERE {{ ?c a <{_OWL}Class> FILTER STRSTARTS(STR(?c), '{KG}') }}"):
        onto.classes.add(cls.value[len(KG) :])
    for (prop,) in select(f"SELECT ?p WHERE {{ ?p a <{_OWL}ObjectProperty> FILTER STRSTARTS(STR(?p), '{KG}') }}"):
        onto.object_properties.add(prop.value[len(KG) :])
    for prop, rng in select(
        f"SELECT ?p (COALESCE(?t, ?range) AS ?r) WHERE {{ ?p a <{_OWL}DatatypeProperty> "
        f"OPTIONAL {{ ?p <{KG}lexicalType> ?t }} OPTIONAL {{ ?p <{RDFS}range> ?range }}"
        f" FILTER STRSTARTS(STR(?p), '{KG}') }}"
    ):
        onto.datatype_properties[prop.value[len(KG) :]] = rng.value if rng is not None else None
    return onto


#: The concept scheme of each class of concepts.
_SCHEMES = {"ResearchField": "ResearchFields", "Industry": "Industries", "Role": "Roles"}

#: The classes of the entities a source's publisher may be.
_PUBLISHERS = frozenset(
    "Organization MediaOrganization Company GovernmentBody Commission InternationalOrganization ResearchInstitute "
    "University Academy".split()
)


@dataclass
class Compiled:
    """The result of a compile: the store, an entity index for lookups, and counts."""

    store: ox.Store
    index: list[dict[str, Any]]
    dataset: Dataset


_YEAR = re.compile(r"^\d{4}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


ORG = "http://www.w3.org/ns/org#"
TIME = "http://www.w3.org/2006/time#"


def _time_literal(value: Any, fact: Fact, key: str) -> ox.Literal:
    if isinstance(value, bool) or not isinstance(value, (int, str, dt.date)) or isinstance(value, dt.datetime):
        text = repr(value)[:60]
    else:
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        if _YEAR.match(text) and text != "0000":
            return _lit(text, XSD + "gYear")
        if _YEAR_MONTH.match(text) and 1 <= int(text[5:7]) <= 12 and text[:4] != "0000":
            return _lit(text, XSD + "gYearMonth")
        if _DATE.match(text) and _real_date(text):
            return _lit(text, XSD + "date")
        text = repr(text)[:60]
    raise DataError(f"field {key!r}: {text} is not a year, year-month or date", file=fact.file, fact=fact.where)


def _real_date(text: str) -> bool:
    try:
        return dt.date.fromisoformat(text).year > 0
    except ValueError:
        return False


def _number(value: Any, fact: Fact, key: str, *, whole: bool = False) -> str:
    """The lexical form of a number (decimal notation, never an exponent); ``whole``: an integer."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and not isinstance(value, int)):
        what = "a whole number" if whole else "a number"
        raise DataError(f"field {key!r}: {value!r} is not {what}", file=fact.file, fact=fact.where)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise DataError(f"field {key!r}: {value!r} is not a finite number", file=fact.file, fact=fact.where)
        text = repr(value)
        return text if "e" not in text and "E" not in text else format(Decimal(text), "f")
    return str(value)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "x"


class _Compiler:
    def __init__(self, onto: Ontology, ds: Dataset) -> None:
        self.onto = onto
        self.ds = ds
        self.store = ox.Store()
        self.quads: list[ox.Quad] = []
        self.minted: set[str] = set()
        self.mentioned: set[str] = set()
        self.named_in: set[tuple[str, str]] = set()  # (entity id, source id)

    # -- helpers -------------------------------------------------------------------
    def add(self, s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> None:
        self.quads.append(ox.Quad(s, _n(p), o))

    def mint(self, local: str) -> ox.NamedNode:
        iri = FACT + local
        n = 2
        while iri in self.minted:
            iri = f"{FACT}{local}-{n}"
            n += 1
        self.minted.add(iri)
        return _n(iri)

    def entity(self, fact: Fact, key: str, value: Any = None) -> ox.NamedNode:
        eid = str(fact.data[key] if value is None else value)
        if eid not in self.ds.entities:
            hint = ""
            close = [e for e in self.ds.entities if normalize_name(e) == normalize_name(eid)]
            if close:
                hint = f" (did you mean {close[0]!r}?)"
            raise DataError(f"field {key!r}: unknown entity {eid!r}{hint}", file=fact.file, fact=fact.where)
        self.mentioned.add(eid)
        self.named_in.add((eid, fact.source))
        return _n(ENT + eid)

    def provenance(self, node: ox.NamedNode, fact: Fact) -> None:
        source = self.ds.sources[fact.source]
        reason = source.verify(fact.quote)
        if reason:
            raise DataError(f"{reason}: {fact.quote[:80]!r}", file=fact.file, fact=fact.where)
        if fact.kind in ("indicators", "rankings"):
            for who in self.stated_by(fact):
                self.add(node, KG + "accordingTo", who)
            if fact.data.get("relayed_from"):
                self.add(node, KG + "relayedFrom", _lit(" ".join(str(fact.data["relayed_from"]).split())))
        self.add(node, KG + "sourceDocument", _n(SRC + fact.source))
        self.add(node, PROV + "wasDerivedFrom", _n(SRC + fact.source))
        self.add(node, KG + "quote", _lit(" ".join(fact.quote.split())))
        if fact.data.get("note"):
            self.add(node, KG + "note", _lit(str(fact.data["note"])))

    def assertion(self, fact: Fact, local: str, s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> None:
        node = self.mint(local)
        self.add(node, RDF + "type", _n(KG + "Assertion"))
        self.add(node, RDF + "subject", s)
        self.add(node, RDF + "predicate", _n(p))
        self.add(node, RDF + "object", o)
        self.provenance(node, fact)

    # -- sections ------------------------------------------------------------------
    def stated_by(self, fact: Fact) -> list[ox.NamedNode]:
        """Who the source says stated a figure: its ``according_to``, and the speaker of any
        quotation of the same source whose words hold the figure's quote."""
        found: list[ox.NamedNode] = []
        if fact.data.get("according_to"):
            found.append(self.entity(fact, "according_to"))
        quote = " ".join(fact.quote.split())
        for speaker, words in self.quotations.get(fact.source, []):
            if (quote in words or words in quote) and speaker not in found:
                found.append(speaker)
        return found

    @functools.cached_property
    def quotations(self) -> dict[str, list[tuple[ox.NamedNode, str]]]:
        """Each source's quotations: (speaker, words said), for :meth:`stated_by`."""
        out: dict[str, list[tuple[ox.NamedNode, str]]] = {}
        for q in self.ds.facts:
            if q.kind == "quotations":
                words = " ".join(str(q.data.get("text") or q.quote).split())
                out.setdefault(q.source, []).append((_n(ENT + str(q.data["speaker"])), words))
        return out

    def _named(self, name: str, kinds: frozenset[str]) -> ox.NamedNode | None:
        """The one entity of one of ``kinds`` whose label or alias is ``name`` (normalized), if any."""
        key = normalize_name(name)
        hits = {
            e.id
            for e in self.ds.entities.values()
            if kinds & set(e.types) and key in {normalize_name(n) for n in (e.label, *e.aliases)}
        }
        return _n(ENT + hits.pop()) if len(hits) == 1 else None

    def sources(self) -> None:
        for src in self.ds.sources.values():
            node = _n(SRC + src.id)
            try:
                label = _lit(src.display_title, lang=src.language)
            except ValueError:
                raise DataError(
                    f"field 'language': {src.language!r} is not a valid language tag",
                    file=str(src.text_path.with_suffix(".yaml")),
                    fact="source",
                ) from None
            self.add(node, RDF + "type", _n(KG + "SourceDocument"))
            self.add(node, RDFS + "label", label)
            if src.title:
                self.add(node, KG + "title", _lit(src.title, lang=src.language))
            if src.author:
                self.add(node, KG + "author", _lit(src.author))
                writer = self._named(src.author, frozenset({"Person"}))
                if writer is not None:  # the byline names a person the graph holds
                    self.add(node, KG + "writtenBy", writer)
            if src.publisher:
                self.add(node, KG + "publishedBy", _lit(src.publisher))
                publisher = self._named(src.publisher, _PUBLISHERS)
                if publisher is not None:
                    self.add(node, KG + "publisher", publisher)
            if src.date_published:
                self.add(node, KG + "datePublished", _lit(src.date_published, XSD + "date"))
            if src.date_modified:
                self.add(node, KG + "dateModified", _lit(src.date_modified, XSD + "date"))
            if src.url:
                self.add(node, "https://schema.org/url", _lit(src.url, XSD + "anyURI"))
            self.add(node, KG + "language", _lit(src.language))
            self.add(node, KG + "textFile", _lit(f"data/sources/{src.text_path.name}"))
            self.add(node, KG + "sha256", _lit(src.sha256))
            for junk in src.excluded:
                self.add(node, KG + "excludedText", _lit(" ".join(junk.split())))

    def entities(self) -> None:
        for ent in self.ds.entities.values():
            node = _n(ENT + ent.id)
            for t in ent.types:
                self.add(node, RDF + "type", _n(KG + t))
                if t in _SCHEMES:
                    self.add(node, SKOS + "inScheme", _n(KG + _SCHEMES[t]))
            self.add(node, RDFS + "label", _lit(ent.label, lang="en"))
            self.add(node, SKOS + "prefLabel", _lit(ent.label, lang="en"))
            for alias in ent.aliases:
                self.add(node, SKOS + "altLabel", _lit(alias, lang="en"))
            for reference in ent.references:  # "the capital": how articles refer to it, not a name to look up
                self.add(node, SKOS + "hiddenLabel", _lit(reference, lang="en"))
            if "label_zh" in ent.outside:  # the Chinese name: its preferred label in Chinese
                zh = _lit(ent.outside["label_zh"], lang="zh")
                self.add(node, SKOS + "prefLabel", zh)
                a = self.mint(f"outside/{ent.id}/label-zh")
                self.add(a, RDF + "type", _n(KG + "Assertion"))
                self.add(a, RDF + "subject", node)
                self.add(a, RDF + "predicate", _n(SKOS + "prefLabel"))
                self.add(a, RDF + "object", zh)
                self.add(a, KG + "outsideKnowledge", _lit("Chinese name added by the curators; not from a source"))
            if "note" in ent.outside:
                self.add(node, KG + "outsideKnowledge", _lit(ent.outside["note"]))

    def measures(self) -> None:
        for m in self.ds.measures.values():
            node = _n(MEASURE + m.id)
            self.add(node, RDF + "type", _n(KG + "Measure"))
            self.add(node, SKOS + "inScheme", _n(KG + "Measures"))
            self.add(node, RDFS + "label", _lit(m.label, lang="en"))
            self.add(node, SKOS + "prefLabel", _lit(m.label, lang="en"))
            for alias in m.aliases:
                self.add(node, SKOS + "altLabel", _lit(alias, lang="en"))
            self.add(node, SKOS + "definition", _lit(m.definition, lang="en"))
            self.add(node, KG + "unit", _n(UNIT + m.unit))
            for other in m.related:  # skos:related is symmetric: state it both ways
                self.add(node, SKOS + "related", _n(MEASURE + other))
                self.add(_n(MEASURE + other), SKOS + "related", node)

    def top_concepts(self) -> None:
        """Every concept of a scheme that no source puts under a broader one is a top concept."""
        narrower = {str(f.data["s"]) for f in self.ds.facts if f.kind == "relations" and f.data.get("p") == "broader"}
        for ent in self.ds.entities.values():
            for t in ent.types:
                scheme = _SCHEMES.get(t)
                if scheme and ent.id not in narrower:
                    self.add(_n(ENT + ent.id), SKOS + "topConceptOf", _n(KG + scheme))
        for m in self.ds.measures.values():
            self.add(_n(MEASURE + m.id), SKOS + "topConceptOf", _n(KG + "Measures"))

    def fact(self, fact: Fact) -> None:
        getattr(self, "fact_" + fact.kind)(fact)

    def fact_mentions(self, fact: Fact) -> None:
        node = self.entity(fact, "entity")
        self.assertion(
            fact, f"{fact.source}/mention/{fact.data['entity']}", node, KG + "mentionedIn", _n(SRC + fact.source)
        )

    def fact_relations(self, fact: Fact) -> None:
        d = fact.data
        s = self.entity(fact, "s")
        p = str(d["p"])
        has_o, has_value = d.get("o") is not None, d.get("value") is not None
        if p in self.onto.object_properties:
            if not has_o or has_value:
                raise DataError(
                    f"{p!r} relates two entities: give 'o' (an entity id), not 'value'", file=fact.file, fact=fact.where
                )
            objects: list[ox.NamedNode | ox.Literal] = [
                self.entity(fact, "o", o) for o in (d["o"] if isinstance(d["o"], list) else [d["o"]])
            ]
        elif p in self.onto.datatype_properties:
            if not has_value or has_o:
                raise DataError(f"{p!r} takes a literal: give 'value', not 'o'", file=fact.file, fact=fact.where)
            rng = self.onto.datatype_properties[p]
            if rng == XSD + "gYear":
                objects = [_time_literal(d["value"], fact, "value")]
            elif rng == XSD + "integer":
                objects = [_lit(_number(d["value"], fact, "value", whole=True), XSD + "integer")]
            else:
                objects = [_lit(str(d["value"]))]
        else:
            raise DataError(
                f"unknown predicate {p!r} (not a property of the ontology)", file=fact.file, fact=fact.where
            )
        for o in objects:
            self.add(s, KG + p, o)
            if p == "broader":  # stated in SKOS's own term too, for SKOS tools that do not reason
                self.add(s, SKOS + "broader", o)
            tail = o.value[len(ENT) :] if isinstance(o, ox.NamedNode) else _slug(o.value)
            self.assertion(fact, f"{fact.source}/rel/{d['s']}/{p}/{tail}", s, KG + p, o)

    def _when(self, node: ox.NamedNode, fact: Fact) -> str:
        d = fact.data
        if d.get("year") is not None:
            lit = _time_literal(d["year"], fact, "year")
            if not lit.datatype or lit.datatype.value != XSD + "gYear":
                raise DataError(f"field 'year': {d['year']!r} is not a year", file=fact.file, fact=fact.where)
            self.add(node, KG + "year", lit)
            return str(d["year"])
        if d.get("period") is not None:
            period = d["period"]
            if not (isinstance(period, list) and len(period) == 2):
                raise DataError("field 'period' must be [start year, end year]", file=fact.file, fact=fact.where)
            self.add(node, KG + "periodStart", _time_literal(period[0], fact, "period"))
            if period[1] is not None:  # an open period: "since 2019"
                self.add(node, KG + "periodEnd", _time_literal(period[1], fact, "period"))
            return f"{period[0]}-{period[1]}"
        if d.get("as_of") is not None:
            self.add(node, KG + "asOf", _time_literal(d["as_of"], fact, "as_of"))
            return f"as-of-{d['as_of']}"
        return "undated"

    def fact_indicators(self, fact: Fact) -> None:
        d = fact.data
        subject = self.entity(fact, "subject")
        mid = str(d["measure"])
        if mid not in self.ds.measures:
            raise DataError(f"field 'measure': unknown measure {mid!r}", file=fact.file, fact=fact.where)
        unit = str(d.get("unit") or self.ds.measures[mid].unit)
        if unit not in UNITS:
            raise DataError(f"field 'unit': unknown unit {unit!r}", file=fact.file, fact=fact.where)
        qualifier = str(d.get("qualifier") or "exact")
        if qualifier not in QUALIFIERS:
            raise DataError(
                f"field 'qualifier': unknown qualifier {qualifier!r} (known: {', '.join(sorted(QUALIFIERS))})",
                file=fact.file,
                fact=fact.where,
            )
        when = _slug(str(d.get("year") or d.get("period") or d.get("as_of") or "undated"))
        node = self.mint(f"{fact.source}/obs/{d['subject']}/{mid}/{when}")
        self.add(node, RDF + "type", _n(KG + "Observation"))
        self.add(node, KG + "refArea", subject)
        self.add(node, KG + "measure", _n(MEASURE + mid))
        self.add(node, KG + "value", _lit(_number(d["value"], fact, "value"), XSD + "decimal"))
        if d.get("value_max") is not None:  # a range: value is its low end
            high = _number(d["value_max"], fact, "value_max")
            if float(high) < float(_number(d["value"], fact, "value")):
                raise DataError("field 'value_max' is below 'value'", file=fact.file, fact=fact.where)
            self.add(node, KG + "valueMax", _lit(high, XSD + "decimal"))
        self.add(node, KG + "unit", _n(UNIT + unit))
        self.add(node, KG + "qualifier", _n(QUAL + qualifier))
        self._when(node, fact)
        for key, prop in (("scope", "scope"), ("compared_to", "comparedTo")):
            if d.get(key) is not None:
                self.add(node, KG + prop, _lit(str(d[key])))
        if d.get("base_year") is not None:
            self.add(node, KG + "baseYear", _time_literal(d["base_year"], fact, "base_year"))
        if d.get("national_rank") is not None:
            self.add(
                node,
                KG + "nationalRank",
                _lit(_number(d["national_rank"], fact, "national_rank", whole=True), XSD + "integer"),
            )
        self.provenance(node, fact)
        self._stated(fact, ("value", "value_max"), qualifier)

    def _stated(self, fact: Fact, keys: tuple[str, ...], qualifier: str = "exact", *, rank: bool = False) -> None:
        """Check that the quote states the fact's numbers (in any written form: "320.23 billion",
        "one-third", "fifth") and, for a hedged value, a word of its qualifier ("over 300")."""
        from kg.ingest.extract import states_value

        for key in keys:
            value = fact.data.get(key)
            try:
                number = float(value) if value is not None and not isinstance(value, bool) else None
            except (TypeError, ValueError):
                number = None  # not a number: reported by the field's own check
            if number is not None and not states_value(fact.quote, number, rank=rank):
                raise DataError(f"field {key!r}: the quote does not state {value}", file=fact.file, fact=fact.where)
        words = QUALIFIER_WORDS.get(qualifier)
        if words and not re.search(r"\b(?:" + words + r")\b", fact.quote, re.I):
            raise DataError(
                f"field 'qualifier': {qualifier!r}, but the quote has no word for it", file=fact.file, fact=fact.where
            )

    def fact_rankings(self, fact: Fact) -> None:
        d = fact.data
        ranked = self.entity(fact, "entity")
        rank = d["rank"]
        if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
            raise DataError(f"field 'rank': {rank!r} is not a positive whole number", file=fact.file, fact=fact.where)
        edition = self.entity(fact, "edition") if d.get("edition") else None  # an id, checked before it names a node
        what = d.get("edition") or _slug(str(d.get("category") or "rank"))
        node = self.mint(f"{fact.source}/rank/{d['entity']}/{what}")
        self.add(node, RDF + "type", _n(KG + "RankingResult"))
        self.add(node, KG + "rankedEntity", ranked)
        if edition is not None:
            self.add(node, KG + "rankedIn", edition)
        self.add(node, KG + "rank", _lit(str(rank), XSD + "integer"))
        if d.get("category"):
            self.add(node, KG + "rankCategory", _lit(str(d["category"])))
        if d.get("out_of"):
            self.add(node, KG + "outOf", _lit(str(d["out_of"])))
        if d.get("scope"):
            self.add(node, KG + "scope", _lit(str(d["scope"])))
        if d.get("consecutive") is not None:
            times = _number(d["consecutive"], fact, "consecutive", whole=True)
            self.add(node, KG + "consecutiveTimes", _lit(times, XSD + "integer"))
        if d.get("year") is not None:
            self.add(node, KG + "year", _time_literal(d["year"], fact, "year"))
        self.provenance(node, fact)
        self._stated(fact, ("rank",), rank=True)

    def fact_posts(self, fact: Fact) -> None:
        """One post holding per organization: a post "in" two bodies (a Party secretary of a
        district and of its park) is two memberships, each with one kg:postIn."""
        d = fact.data
        person = self.entity(fact, "person")
        role = self.entity(fact, "role")  # an id, checked before it names a node
        orgs = d.get("org") or []
        orgs = orgs if isinstance(orgs, list) else [orgs]
        for org in orgs or [None]:
            tail = f"/{org}" if len(orgs) > 1 else ""
            node = self.mint(f"{fact.source}/post/{d['person']}/{d['role']}{tail}")
            self.add(node, RDF + "type", _n(KG + "PostHolding"))
            self.add(node, KG + "holder", person)
            self.add(node, KG + "role", role)
            if org is not None:
                self.add(node, KG + "postIn", self.entity(fact, "org", org))
            if d.get("title"):
                self.add(node, KG + "roleTitle", _lit(str(d["title"])))
            if d.get("as_of") is not None:
                when = _time_literal(d["as_of"], fact, "as_of")
                self.add(node, KG + "asOf", when)
                self.member_during(node, when)
            self.provenance(node, fact)

    def member_during(self, node: ox.NamedNode, when: ox.Literal) -> None:
        """The ORG/OWL-Time form of a post's time: org:memberDuring an interval that has the
        as-of instant inside it (the source places the person in the post then)."""
        during = _n(node.value + "/during")
        instant = _n(node.value + "/as-of")
        self.add(node, ORG + "memberDuring", during)
        self.add(during, RDF + "type", _n(TIME + "Interval"))
        self.add(during, TIME + "inside", instant)
        self.add(instant, RDF + "type", _n(TIME + "Instant"))
        kind = when.datatype.value if when.datatype is not None else ""
        position = {XSD + "gYear": "inXSDgYear", XSD + "gYearMonth": "inXSDgYearMonth"}.get(kind, "inXSDDate")
        self.add(instant, TIME + position, when)

    def fact_quotations(self, fact: Fact) -> None:
        d = fact.data
        speaker = self.entity(fact, "speaker")
        node = self.mint(f"{fact.source}/quotation/{d['speaker']}")
        self.add(node, RDF + "type", _n(KG + "Quotation"))
        self.add(node, KG + "speaker", speaker)
        self.add(node, KG + "quotationText", _lit(" ".join(str(d.get("text") or d["quote"]).split())))
        if d.get("event"):
            self.add(node, KG + "spokenAt", self.entity(fact, "event"))
        if d.get("date") is not None:
            self.add(node, KG + "eventDate", _time_literal(d["date"], fact, "date"))
        self.provenance(node, fact)

    # -- all -----------------------------------------------------------------------
    def run(self) -> ox.Store:
        self.sources()
        self.entities()
        self.measures()
        for fact in self.ds.facts:
            self.fact(fact)
        unsourced = sorted(set(self.ds.entities) - self.mentioned)
        if unsourced:
            ent = self.ds.entities[unsourced[0]]
            raise DataError(
                f"entity {ent.id!r} is named by no source (add it to a facts file's mentions)"
                + (f"; {len(unsourced) - 1} more like it" if len(unsourced) > 1 else ""),
                file=ent.file,
            )
        for eid, sid in sorted(self.named_in):  # an entity a fact refers to is named by its source
            self.add(_n(ENT + eid), KG + "mentionedIn", _n(SRC + sid))
        self.top_concepts()
        self.store.extend(self.quads)
        return self.store


def entity_index(ds: Dataset) -> list[dict[str, Any]]:
    """Names for lookups: entities, measures and sources, each with its matching keys."""
    index: list[dict[str, Any]] = []
    for e in ds.entities.values():
        index.append(
            {
                "id": e.id,
                "iri": ENT + e.id,
                "kind": "entity",
                "label": e.label,
                "aliases": e.aliases,
                "types": e.types,
                "other_names": [e.outside["label_zh"]] if "label_zh" in e.outside else [],
            }
        )
    for m in ds.measures.values():
        index.append(
            {
                "id": m.id,
                "iri": MEASURE + m.id,
                "kind": "measure",
                "label": m.label,
                "aliases": m.aliases,
                "types": ["Measure"],
            }
        )
    for s in ds.sources.values():
        index.append(
            {
                "id": s.id,
                "iri": SRC + s.id,
                "kind": "source",
                "label": s.display_title,
                "aliases": [s.id],
                "types": ["SourceDocument"],
            }
        )
    for item in index:  # outside-knowledge names (e.g. Chinese) find the entity but are not aliases
        names = [item["label"], *item["aliases"], *item.get("other_names", [])]
        item["keys"] = sorted({normalize_name(n) for n in names})
    return index


def _file_of(ds: Dataset, kind: str, ident: str) -> str | None:
    if kind == "entity" and ident in ds.entities:
        return ds.entities[ident].file
    if kind == "measure" and ident in ds.measures:
        return ds.measures[ident].file
    if kind == "source" and ident in ds.sources:
        return str(ds.sources[ident].text_path.with_suffix(".yaml"))
    return None


def check_unique_names(index: Iterable[dict[str, Any]], ds: Dataset | None = None) -> None:
    """Fail when two entries share a normalized label or alias: it makes lookups ambiguous.

    With the dataset, the error names the file of each entry.
    """
    seen: dict[str, tuple[str, str]] = {}
    for item in index:
        for name in sorted({normalize_name(n) for n in [item["label"], *item["aliases"]]}):
            kind, ident = seen.setdefault(name, (item["kind"], item["id"]))
            if (kind, ident) == (item["kind"], item["id"]):
                continue
            file = other_file = None
            if ds is not None:
                file, other_file = _file_of(ds, item["kind"], item["id"]), _file_of(ds, kind, ident)
            where = f" (in {other_file})" if other_file and other_file != file else ""
            other = repr(ident) if kind == item["kind"] else f"{kind} {ident!r}"
            raise DataError(f"{item['kind']} {item['id']!r} and {other}{where} share the name {name!r}", file=file)


def compile_project(ontology_dir: Path, data_dir: Path, *, root: Path | None = None) -> Compiled:
    """Load the ontology, the data files and the named queries, and compile them into one store.

    Every file must belong to the project at ``root`` (by default ``data_dir``'s parent).
    Raises :class:`~kg.errors.DataError` for the first problem found.
    """
    from kg.queries import check_named_queries

    root = data_dir.parent if root is None else root
    onto = load_ontology(ontology_dir, root=root)
    ds = load_dataset(data_dir, onto.classes, root=root)
    check_named_queries(data_dir / "queries", root=root)
    store = _Compiler(onto, ds).run()
    for quad in onto.store:
        store.add(quad)
    index = entity_index(ds)
    check_unique_names(index, ds)
    return Compiled(store=store, index=index, dataset=ds)
