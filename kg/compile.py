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

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pyoxigraph as ox

from kg.classes import ClassTree
from kg.dataset import QUALIFIER_WORDS, QUALIFIERS, UNITS, Dataset, Fact, load_dataset, normalize_name
from kg.errors import DataError
from kg.model import (
    INDICATOR,
    MENTION,
    POST,
    QUOTATION,
    RANKING,
    RELATION,
    FactKind,
    FieldError,
    Iri,
    Lit,
    Minter,
    Triple,
    member_during,
    mention_triples,
    node_local,
    number_text,
    relation_triples,
    time_literal,
    to_oxigraph,
)
from kg.namespaces import ENT, KG, MEASURE, RDF, RDFS, SKOS, SRC, UNIT, XSD
from kg.project import read_input

__all__ = ["Ontology", "load_ontology", "compile_project", "Compiled"]

_T = TypeVar("_T")
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
    tree: ClassTree = field(default_factory=lambda: ClassTree({}))


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
    triples = ((q.subject.value, q.predicate.value, q.object.value) for q in store)
    onto = Ontology(store, tree=ClassTree.from_triples(triples))

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


@dataclass
class Compiled:
    """The result of a compile: the store, an entity index for lookups, and counts."""

    store: ox.Store
    index: list[dict[str, Any]]
    dataset: Dataset


def _checked(fact: Fact, make: Callable[[], _T]) -> _T:
    """``make()``, a field error reported as a :class:`DataError` with the fact's file and place."""
    try:
        return make()
    except FieldError as exc:
        raise DataError(str(exc), file=fact.file, fact=fact.where) from None


class _Compiler:
    def __init__(self, onto: Ontology, ds: Dataset) -> None:
        self.onto = onto
        self.ds = ds
        self.store = ox.Store()
        self.quads: list[ox.Quad] = []
        self.minter = Minter()
        self.mentioned: set[str] = set()
        self.named_in: set[tuple[str, str]] = set()  # (entity id, source id)

    # -- helpers -------------------------------------------------------------------
    def add(self, s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> None:
        self.quads.append(ox.Quad(s, _n(p), o))

    def emit(self, fact: Fact, make: Callable[[], list[Triple]]) -> None:
        """Add the triples ``make()`` returns; a field it cannot write is the fact's error."""
        self.quads.extend(to_oxigraph(_checked(fact, make)))

    def mint(self, local: str) -> ox.NamedNode:
        return _n(self.minter(local))

    def entity(self, fact: Fact, key: str, value: Any = None) -> str:
        """The id in ``key`` (or ``value``) of a known entity; the fact's source names it."""
        eid = str(fact.data[key] if value is None else value)
        if eid not in self.ds.entities:
            hint = ""
            close = [e for e in self.ds.entities if normalize_name(e) == normalize_name(eid)]
            if close:
                hint = f" (did you mean {close[0]!r}?)"
            raise DataError(f"field {key!r}: unknown entity {eid!r}{hint}", file=fact.file, fact=fact.where)
        self.mentioned.add(eid)
        self.named_in.add((eid, fact.source))
        return eid

    def entities_in(self, fact: Fact, kind: FactKind) -> None:
        """Check every entity id the fact names (in its kind's reference fields)."""
        for key in kind.references:
            value = fact.data.get(key)
            if value is None or kind.field(key).type == "measure":
                continue
            for v in value if isinstance(value, list) else [value]:
                self.entity(fact, key, v)

    def verify(self, fact: Fact) -> None:
        reason = self.ds.sources[fact.source].verify(fact.quote)
        if reason:
            raise DataError(f"{reason}: {fact.quote[:80]!r}", file=fact.file, fact=fact.where)

    # -- sections ------------------------------------------------------------------
    def stated_by(self, fact: Fact) -> list[str]:
        """Who the source says stated a figure: its ``according_to``, and the speaker of any
        quotation of the same source whose words hold the figure's quote."""
        found: list[str] = []
        if fact.data.get("according_to"):
            found.append(self.entity(fact, "according_to"))
        quote = " ".join(fact.quote.split())
        for speaker, words in self.quotations.get(fact.source, []):
            if (quote in words or words in quote) and speaker not in found:
                found.append(speaker)
        return found

    @functools.cached_property
    def quotations(self) -> dict[str, list[tuple[str, str]]]:
        """Each source's quotations: (speaker id, words said), for :meth:`stated_by`."""
        out: dict[str, list[tuple[str, str]]] = {}
        for q in self.ds.facts:
            if q.kind == "quotations":
                words = " ".join(str(q.data.get("text") or q.quote).split())
                out.setdefault(q.source, []).append((str(q.data["speaker"]), words))
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
                publisher = self._named(src.publisher, self.onto.tree.organizations)
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
                if t in self.onto.tree.schemes:
                    self.add(node, SKOS + "inScheme", _n(KG + self.onto.tree.schemes[t]))
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
            if "Measure" in self.onto.tree.schemes:
                self.add(node, SKOS + "inScheme", _n(KG + self.onto.tree.schemes["Measure"]))
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
                scheme = self.onto.tree.schemes.get(t)
                if scheme and ent.id not in narrower:
                    self.add(_n(ENT + ent.id), SKOS + "topConceptOf", _n(KG + scheme))
        for m in self.ds.measures.values() if "Measure" in self.onto.tree.schemes else ():
            self.add(_n(MEASURE + m.id), SKOS + "topConceptOf", _n(KG + self.onto.tree.schemes["Measure"]))

    def fact(self, fact: Fact) -> None:
        self.verify(fact)
        getattr(self, "fact_" + fact.kind)(fact)

    def fact_mentions(self, fact: Fact) -> None:
        eid = self.entity(fact, "entity")
        node = self.minter(node_local(MENTION, fact.source, fact.data))
        self.emit(fact, lambda: mention_triples(node, eid, source=fact.source, quote=fact.quote)[1:])

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
            objects: list[Iri | Lit] = [
                Iri(ENT + self.entity(fact, "o", o)) for o in (d["o"] if isinstance(d["o"], list) else [d["o"]])
            ]
        elif p in self.onto.datatype_properties:
            if not has_value or has_o:
                raise DataError(f"{p!r} takes a literal: give 'value', not 'o'", file=fact.file, fact=fact.where)
            rng = self.onto.datatype_properties[p]
            if rng == XSD + "gYear":
                objects = [_checked(fact, lambda: time_literal(d["value"], "value"))]
            elif rng == XSD + "integer":
                objects = [_checked(fact, lambda: Lit(number_text(d["value"], "value", whole=True), XSD + "integer"))]
            else:
                objects = [Lit(str(d["value"]))]
        else:
            raise DataError(
                f"unknown predicate {p!r} (not a property of the ontology)", file=fact.file, fact=fact.where
            )
        for o in objects:
            node = self.minter(node_local(RELATION, fact.source, {**d, "o": o}))
            triples = relation_triples(node, s, p, o, source=fact.source, note=d.get("note"), quote=fact.quote)
            self.quads.extend(to_oxigraph(triples))

    def fact_indicators(self, fact: Fact) -> None:
        d = fact.data
        self.entities_in(fact, INDICATOR)
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
        if d.get("value_max") is not None:  # a range: value is its low end
            low = float(_checked(fact, lambda: number_text(d["value"], "value")))
            if float(_checked(fact, lambda: number_text(d["value_max"], "value_max"))) < low:
                raise DataError("field 'value_max' is below 'value'", file=fact.file, fact=fact.where)
        record = {**d, "unit": unit, "qualifier": qualifier, "according_to": self.stated_by(fact)}
        node = self.minter(node_local(INDICATOR, fact.source, d))
        self.emit(fact, lambda: INDICATOR.triples(node, record, source=fact.source))
        self._stated(fact, ("value", "value_max"), qualifier)

    def _stated(self, fact: Fact, keys: tuple[str, ...], qualifier: str = "exact", *, rank: bool = False) -> None:
        """Check that the quote states the fact's numbers (in any written form: "320.23 billion",
        "one-third", "fifth") and, for a hedged value, a word of its qualifier ("over 300")."""
        from kg.ingest.figures import states_value

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
        rank = d["rank"]
        if isinstance(rank, bool) or not isinstance(rank, int) or rank < 1:
            raise DataError(f"field 'rank': {rank!r} is not a positive whole number", file=fact.file, fact=fact.where)
        self.entities_in(fact, RANKING)  # ids checked before they name a node
        record = {**d, "according_to": self.stated_by(fact)}
        node = self.minter(node_local(RANKING, fact.source, d))
        self.emit(fact, lambda: RANKING.triples(node, record, source=fact.source))
        self._stated(fact, ("rank",), rank=True)

    def fact_posts(self, fact: Fact) -> None:
        """One post holding per organization: a post "in" two bodies (a Party secretary of a
        district and of its park) is two memberships, each with one kg:postIn."""
        d = fact.data
        self.entities_in(fact, POST)  # ids checked before they name a node
        orgs = d.get("org") or []
        orgs = orgs if isinstance(orgs, list) else [orgs]
        for org in orgs or [None]:
            node = self.minter(node_local(POST, fact.source, d, org if len(orgs) > 1 else None))

            def make(node: Iri = node, org: Any = org) -> list[Triple]:
                triples = POST.triples(node, {**d, "org": org}, source=fact.source)
                if d.get("as_of") is not None:
                    triples += member_during(node, time_literal(d["as_of"], "as_of"))
                return triples

            self.emit(fact, make)

    def fact_quotations(self, fact: Fact) -> None:
        d = fact.data
        self.entities_in(fact, QUOTATION)
        node = self.minter(node_local(QUOTATION, fact.source, d))
        record = {**d, "text": d.get("text") or d["quote"]}
        self.emit(fact, lambda: QUOTATION.triples(node, record, source=fact.source))

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
            self.quads.extend(to_oxigraph(mention_triples(None, eid, source=sid, quote=None)))
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
