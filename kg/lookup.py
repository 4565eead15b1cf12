"""Finding entities by name and assembling their cards (every fact with its sources).

Matching goes from strict to loose: exact label or alias, then the same ignoring case,
punctuation, "&"/"and" and spacing, then fuzzy similarity for typos
("Huairou Sciense City"). Cards are read from the graph with a handful of SPARQL queries.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kg.dataset import normalize_name
from kg.errors import BadInputError, UnknownEntityError
from kg.model import INDICATOR, POST, PUBLICATION, QUOTATION, RANKING
from kg.names import KINDS
from kg.namespaces import ENT, KG, MEASURE, QUAL, SRC, UNIT
from kg.records import Card, Entry, Fact, Indicator, Post, Quotation, Ranking, Ref, Relation, SourceRef
from kg.store import KnowledgeGraph

__all__ = [
    "Match",
    "match_names",
    "find",
    "search",
    "entity_card",
    "card_page",
    "card_keys",
    "CardPage",
    "CARD_PAGE",
    "observations",
    "FUZZY_CUTOFF",
]

#: Similarity (0..1) above which a fuzzy match counts as the entity asked for.
FUZZY_CUTOFF = 0.85
_SUGGEST_CUTOFF = 0.55


@dataclass(frozen=True)
class Match:
    entry: Entry
    score: float
    how: str  # "label", "alias", "normalized", "fuzzy"


def _names(entry: Entry) -> list[str]:
    return [entry.label, *entry.aliases]


def _keys(entry: Entry) -> tuple[str, ...]:
    """Normalized names of an entry (made once, at build time or when the entry is read)."""
    return entry.match_keys


def _sorted(matches: list[Match]) -> list[Match]:
    kind_order = {"entity": 0, "measure": 1, "source": 2}
    return sorted(matches, key=lambda m: (-m.score, kind_order.get(m.entry.get("kind", "entity"), 3), m.entry["label"]))


def match_names(index: Iterable[Entry], name: str, *, fuzzy: bool = True) -> list[Match]:
    """Score every index entry against ``name``, best first (entries scoring 0 are left out).

    Exact and normalized matches come first; fuzzy scores are computed only when
    ``fuzzy`` is true.

    >>> idx = [Entry(id="hsc", iri="x:hsc", label="Huairou Science City"),
    ...        Entry(id="hd", iri="x:hd", label="Huairou district")]
    >>> [(m.entry["id"], m.how) for m in match_names(idx, "huairou  science-city")][:1]
    [('hsc', 'normalized')]
    >>> match_names(idx, "Huairou Sciense City")[0].how
    'fuzzy'
    """
    wanted = name.strip()
    key = normalize_name(wanted)
    matches: list[Match] = []
    for entry in index:
        if wanted == entry["label"]:
            matches.append(Match(entry, 1.0, "label"))
        elif wanted in entry.get("aliases", []):
            matches.append(Match(entry, 0.995, "alias"))
        elif key and key in _keys(entry):
            matches.append(Match(entry, 0.99, "normalized"))
        elif key and fuzzy:
            best = 0.0
            matcher = difflib.SequenceMatcher(None, b=key)
            for other in _keys(entry):
                matcher.set_seq1(other)
                if matcher.real_quick_ratio() < _SUGGEST_CUTOFF:
                    continue
                best = max(best, matcher.ratio())
            for other in _keys(entry):  # the start or end of a longer name: worth suggesting
                if len(key) >= 4 and (other.startswith(key + " ") or other.endswith(" " + key)):
                    best = max(best, 0.6)
            if best >= _SUGGEST_CUTOFF:
                matches.append(Match(entry, min(best, 0.98), "fuzzy"))
    return _sorted(matches)


def _word_prefix_matches(index: Iterable[Entry], key: str) -> list[Entry]:
    """Entries with a name that starts with ``key`` as whole words ("Tsinghua" -> Tsinghua University)."""
    return [e for e in index if key and any(k.startswith(key + " ") for k in _keys(e))]


def _word_infix_matches(index: Iterable[Entry], key: str) -> list[Entry]:
    if len(key) < 4:
        return []
    return [e for e in index if any(f" {key} " in f" {k} " for k in _keys(e))]


#: What an id looks like: a lower-case slug.
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")


def find(graph: KnowledgeGraph, name: str, *, kind: str | None = None) -> Entry:
    """The best entry for ``name``, or :class:`UnknownEntityError` with close suggestions.

    Order: exact or normalized name; an id; the only name that starts with ``name`` as whole
    words; the only name that contains it as whole words; a fuzzy match above
    :data:`FUZZY_CUTOFF`. When several names start with ``name``, the error lists them all
    as the suggestions. ``kind`` ("entity", "measure"
    or "source") limits the entries searched. An empty or blank name is :class:`BadInputError`.
    """
    if not name.strip():
        raise BadInputError("the name is empty")
    matches = match_names(graph.names.exact(name, kind), name, fuzzy=False)
    if matches:
        return matches[0].entry
    if _ID.fullmatch(name.strip()):  # an id ("huairou-science-city"): found directly, not searched for
        for space in [KINDS[kind]] if kind in KINDS else list(KINDS.values()):
            entry = graph.names.get(space + name.strip())
            if entry is not None:
                return entry
    index = graph.names.candidates(name, kind)
    matches = match_names(index, name, fuzzy=False)
    if matches:
        return matches[0].entry
    starting = sorted(_word_prefix_matches(index, normalize_name(name)), key=lambda e: e["label"].casefold())
    if len(starting) == 1:
        return starting[0]
    if not starting:
        within = _word_infix_matches(index, normalize_name(name))
        if len(within) == 1:
            return within[0]
    matches = match_names(index, name)
    if matches and matches[0].score >= FUZZY_CUTOFF:
        return matches[0].entry
    suggestions = [e["label"] for e in starting] or [m.entry["label"] for m in matches]
    what = {"measure": "indicator", "source": "source"}.get(kind or "", "entity")
    raise UnknownEntityError(name, suggestions[:5], ambiguous=len(starting) > 1, what=what)


def search(graph: KnowledgeGraph, text: str, *, kind: str | None = None) -> list[Entry]:
    """Entries whose label or alias contains ``text`` (normalized), then fuzzy matches."""
    key = normalize_name(text)
    pool = graph.names.candidates(text, kind)
    hits = [e for e in pool if key and any(key in normalize_name(n) for n in _names(e))]
    hits.sort(
        key=lambda e: (
            all(normalize_name(n) != key for n in _names(e)),
            all(not normalize_name(n).startswith(key) for n in _names(e)),
            e["label"].casefold(),
        )
    )
    seen = {e["id"] for e in hits}
    hits += [m.entry for m in match_names(pool, text) if m.entry["id"] not in seen]
    return [e for e in hits if kind is None or e.get("kind") == kind]


# --- cards -------------------------------------------------------------------------


def _local(term: Any, base: str) -> str | None:
    value = getattr(term, "value", None)
    return value[len(base) :] if isinstance(value, str) and value.startswith(base) else None


def _value(term: Any) -> str | None:
    return None if term is None else str(term.value)


def _ref(term: Any, label: Any) -> Ref:
    value = str(term.value)
    for base in (ENT, MEASURE, SRC):
        if value.startswith(base):
            return Ref(id=value[len(base) :], iri=value, label=_value(label) or value[len(base) :])
    return Ref(id=None, iri=value, label=_value(label) or value)


def _sources(rows: Iterable[tuple[Any, Any, Any]]) -> list[SourceRef]:
    out, seen = [], set()
    for doc, title, quote in rows:
        if doc is None or (doc.value, _value(quote)) in seen:
            continue
        seen.add((doc.value, _value(quote)))
        out.append(SourceRef(document=_local(doc, SRC), title=_value(title), quote=_value(quote)))
    return sorted(out, key=lambda s: (s.document or "", s.quote or ""))


#: An entity's assertions, both ways (``$out`` and ``$in`` restrict each branch, or are empty).
_BOTH_WAYS = """
  { $out ?a rdf:subject $e ; a kg:Assertion ; rdf:predicate ?p ; rdf:object ?other . BIND("out" AS ?dir) }
  UNION
  { $in ?a rdf:object $e ; a kg:Assertion ; rdf:predicate ?p ; rdf:subject ?other . BIND("in" AS ?dir) }
"""
_RELATIONS = (
    """
SELECT ?dir ?p ?pl ?other ?ol ?doc ?title ?quote ?outside WHERE {"""
    + _BOTH_WAYS
    + """  # One pattern per OPTIONAL: Oxigraph joins a group of patterns by scanning all of them.
  OPTIONAL { ?a kg:sourceDocument ?doc } OPTIONAL { ?a kg:quote ?quote }
  OPTIONAL { ?a kg:sourceDocument/rdfs:label ?title }
  OPTIONAL { ?a kg:outsideKnowledge ?outside }
  OPTIONAL { ?p rdfs:label ?pl FILTER(LANG(?pl) = "en") }
  OPTIONAL { ?other rdfs:label ?ol }
} ORDER BY ?dir ?p ?other ?doc
"""
)

# Each query starts from the entity (kg.model's reached_from), so a store walks out from it
# instead of scanning every fact of the kind: on an on-disk store of a million triples, 0.2 s -> ms.
_OBSERVATIONS = INDICATOR.select(INDICATOR.reached_from("$e"))
_RANKINGS = RANKING.select(RANKING.reached_from("$e"), "?edition kg:edition $e . ?fact kg:rankedIn ?edition .")
_POSTS = POST.select(POST.reached_from("$e"))
_QUOTATIONS = QUOTATION.select(QUOTATION.reached_from("$e"), order="?doc ?fact")

_TYPES = """
SELECT ?t ?tl WHERE { $e a ?t . OPTIONAL { ?t rdfs:label ?tl FILTER(LANG(?tl) = "en") } } ORDER BY ?tl
"""

_SOURCE = """
SELECT ?p ?v WHERE { $e ?p ?v FILTER(?p IN (kg:title, kg:author, kg:publishedBy, kg:datePublished, kg:dateModified,
  kg:language, kg:textFile, kg:sha256)) } ORDER BY ?p ?v
"""


def _run(graph: KnowledgeGraph, query: str, iri: str, **parts: str) -> list[Any]:
    """Run a card query with ``$e`` as the entity and ``$<name>`` as ``parts[name]``, put in
    in one pass (so a value put in, a literal holding "$e" say, is never read again)."""
    from kg.namespaces import PREFIXES

    if any(c in iri for c in '<>"{}|^`\\ '):
        raise ValueError(f"not a valid IRI: {iri!r}")
    values = {"e": f"<{iri}>", **parts}
    text = re.sub(r"\$(\w+)", lambda m: values.get(m.group(1), m.group(0)), query)
    return list(graph.store.query(text, prefixes=PREFIXES))  # trusted text


def _restricted(keys: Iterable[tuple[str, str, str]] | None) -> dict[str, str]:
    """What limits the relations query (its ``$out`` and ``$in``) to the other ends of ``keys``
    (direction, predicate IRI, N-Triples term; the caller keeps only the keys' rows): nothing
    without keys, or when a key cannot be written in VALUES (a blank node). One variable in
    VALUES: Oxigraph joins a VALUES of pairs to the pattern far more slowly (14 s for 400
    pairs of a hub, 0.3 s for their ends)."""
    others: dict[str, set[str]] = {"out": set(), "in": set()}
    for direction, _, other in keys or ():
        if other.startswith("_:"):
            return {"out": "", "in": ""}
        others[direction].add(other)
    if keys is None:
        return {"out": "", "in": ""}
    return {d: f"VALUES ?other {{ {' '.join(sorted(others[d]))} }}" for d in ("out", "in")}


def _relations(graph: KnowledgeGraph, iri: str, keys: Iterable[tuple[str, str, str]] | None = None) -> list[Relation]:
    """The entity's relations, mentions and outside knowledge; only those of ``keys`` if given."""
    grouped: dict[tuple[str, str, str], dict[str, Any]] = {}
    rows: dict[tuple[str, str, str], list[tuple[Any, Any, Any]]] = {}
    wanted = None if keys is None else set(keys)
    for r in _run(graph, _RELATIONS, iri, **_restricted(wanted)):
        direction, p, other = r["dir"].value, r["p"].value, r["other"]
        key = (direction, p, str(other))  # N-Triples form: keeps literals' language apart
        if wanted is not None and key not in wanted:
            continue
        if key not in grouped:
            pred = _local(r["p"], KG)
            if pred == "mentionedIn":
                kind = "mention"
            elif r["outside"] is not None:
                kind = "outside"
            else:
                kind = "relation"
            import pyoxigraph as ox

            record: dict[str, Any] = {
                "kind": kind,
                "direction": direction,
                "predicate": pred or p,
                "predicate_label": _value(r["pl"]) or pred or p,
            }
            if isinstance(other, ox.Literal):
                record["value"] = other.value
                if other.language:
                    record["language"] = other.language
            else:
                record["object"] = _ref(other, r["ol"])
            if r["outside"] is not None:
                record["outside_knowledge"] = r["outside"].value
            grouped[key] = record
            rows[key] = []
        rows[key].append((r["doc"], r["title"], r["quote"]))
    return [  # the same order from every store
        Relation(**record, sources=_sources(rows[key])) for key, record in sorted(grouped.items(), key=lambda kv: kv[0])
    ]


def _decimal(text: str) -> int | float:
    """A decimal literal as a JSON number.

    >>> _decimal("6.31"), _decimal("320230000000")
    (6.31, 320230000000)
    """
    number = float(text)
    return int(number) if number.is_integer() and "." not in text else number


def _period(r: Any) -> tuple[str | None, str | None]:
    if r["year"] is not None:
        return r["year"].value, None
    if r["period_start"] is not None:  # ISO 8601 interval; ".." marks an open end ("since 2019")
        end = r["period_end"].value if r["period_end"] is not None else ".."
        return None, f"{r['period_start'].value}/{end}"
    return None, None


def _observation_order(f: dict[str, Any]) -> tuple[str, ...]:
    """Measure, then time, then IRI: the order of observations whatever the store's ORDER BY does."""
    return (f["measure"]["label"], f["year"] or "", f["period"] or "", f["as_of"] or "", f["id"])


_STATED = """
SELECT ?fact ?who ?wl WHERE {
  $start
  ?fact a kg:Observation ; kg:accordingTo ?who OPTIONAL { ?who rdfs:label ?wl }
} ORDER BY ?fact ?wl
"""


def _only(facts: Iterable[str]) -> str:
    """A pattern binding ``?fact`` to each of ``facts`` (IRIs)."""
    facts = list(facts)
    if any(c in f for f in facts for c in '<>"{}|^`\\ '):
        raise ValueError("not valid IRIs")
    return "VALUES ?fact { " + " ".join(f"<{f}>" for f in facts) + " }"


def _stated(graph: KnowledgeGraph, iri: str, facts: list[str] | None = None) -> dict[str, list[Ref]]:
    """Who stated each observation about ``iri`` (of ``facts`` if given), by observation IRI."""
    out: dict[str, list[Ref]] = {}
    if facts is None:  # every observation reached from the entity
        rows = _run(graph, _STATED.replace("$start", INDICATOR.reached_from("$e")), iri)
    else:
        rows = _run(graph, _STATED, iri, start=_only(facts))
    for r in rows:
        out.setdefault(r["fact"].value, []).append(_ref(r["who"], r["wl"]))
    return out


def observations(
    graph: KnowledgeGraph, iri: str | None, *, subjects: list[str] | None = None, facts: list[str] | None = None
) -> list[Indicator]:
    """Indicator observations about an entity, or of a measure (every one if ``iri`` is None).

    ``subjects`` (entity IRIs) limits them to those about these entities; ``facts``
    (observation IRIs, with ``iri``) to these observations.
    """
    from kg.namespaces import PREFIXES

    if iri is not None and facts is not None:
        rows = _run(graph, INDICATOR.select("$facts"), iri, facts=_only(facts)) if facts else []
    elif iri is None:
        where = ""
        if subjects is not None:
            if any(c in s for s in subjects for c in '<>"{}|^`\\ '):
                raise ValueError("not valid IRIs")
            where = "VALUES ?subject { " + " ".join(f"<{s}>" for s in subjects) + " }"
        rows = list(graph.store.query(INDICATOR.select(*([where] if where else [])), prefixes=PREFIXES))
    else:
        rows = _run(graph, _OBSERVATIONS, iri)
    stated = _stated(graph, iri, facts) if iri is not None and (facts is None or facts) else {}
    out = []
    for r in rows:
        year, period = _period(r)
        subject = _ref(r["subject"], r["subject_label"])
        as_of = PUBLICATION if r["as_of_publication"] is not None else _value(r["as_of"])
        out.append(
            {
                "kind": "indicator",
                "id": r["fact"].value,
                "subject": subject,
                "predicate": _local(r["measure"], MEASURE),
                "measure": _ref(r["measure"], r["measure_label"]),
                "value": _decimal(r["value"].value),
                "value_max": _decimal(r["value_max"].value) if r["value_max"] is not None else None,
                "unit": _local(r["unit"], UNIT),
                "unit_label": _value(r["unit_label"]),
                "qualifier": _local(r["qualifier"], QUAL),
                "qualifier_label": _value(r["qualifier_label"]),
                "year": year,
                "period": period,
                "as_of": as_of,
                "scope": _value(r["scope"]),
                "base_year": _value(r["base_year"]),
                "compared_to": _value(r["compared_to"]),
                "note": _value(r["note"]),
                "according_to": stated.get(r["fact"].value, []),
                "relayed_from": _value(r["relayed_from"]),
                "sources": _sources([(r["doc"], r["doc_label"], r["quote"])]),
                "object": subject,
                "date": as_of or period,
            }
        )
    return [Indicator(**f) for f in sorted(out, key=_observation_order)]


def _rankings(graph: KnowledgeGraph, iri: str, facts: list[str] | None = None) -> list[Ranking]:
    out = []
    query = _RANKINGS if facts is None else RANKING.select("$facts") if facts else ""
    for r in _run(graph, query, iri, facts=_only(facts or [])) if query else []:
        entity = _ref(r["entity"], r["entity_label"])
        index = _ref(r["edition"], r["edition_label"]) if r["edition"] is not None else None
        rank = int(r["rank"].value)
        out.append(
            Ranking(
                id=r["fact"].value,
                entity=entity,
                index=index,
                rank=rank,
                category=_value(r["category"]),
                out_of=_value(r["out_of"]),
                scope=_value(r["scope"]),
                consecutive=int(r["consecutive"].value) if r["consecutive"] is not None else None,
                year=_value(r["year"]),
                note=_value(r["note"]),
                sources=_sources([(r["doc"], r["doc_label"], r["quote"])]),
                value=rank,
                object=index or entity,
            )
        )
    return sorted(
        out, key=lambda f: ((f.index.label if f.index else ""), f.rank, f.entity.label, f.category or "", f.id)
    )


def _posts(graph: KnowledgeGraph, iri: str) -> list[Post]:
    records: dict[str, dict[str, Any]] = {}
    for r in _run(graph, _POSTS, iri):
        rec = records.setdefault(
            r["fact"].value,
            {
                "id": r["fact"].value,
                "person": _ref(r["person"], r["person_label"]),
                "role": _ref(r["role"], r["role_label"]),
                "organizations": [],
                "title": _value(r["title"]),
                "as_of": _value(r["as_of"]),
                "note": _value(r["note"]),
                "sources": _sources([(r["doc"], r["doc_label"], r["quote"])]),
            },
        )
        if r["org"] is not None and all(o.iri != r["org"].value for o in rec["organizations"]):
            rec["organizations"].append(_ref(r["org"], r["org_label"]))
    posts = [
        Post(
            **rec,
            value=rec["title"] or rec["role"].label,
            object=rec["organizations"][0] if rec["organizations"] else None,
            date=rec["as_of"],
        )
        for rec in records.values()
    ]
    return sorted(posts, key=lambda f: (f.person.label, f.as_of or "", f.id))


def _quotations(graph: KnowledgeGraph, iri: str) -> list[Quotation]:
    out = []
    for r in _run(graph, _QUOTATIONS, iri):
        speaker = _ref(r["speaker"], r["speaker_label"])
        out.append(
            Quotation(
                id=r["fact"].value,
                speaker=speaker,
                value=r["text"].value,
                event=_ref(r["event"], r["event_label"]) if r["event"] is not None else None,
                date=_value(r["date"]),
                sources=_sources([(r["doc"], r["doc_label"], r["quote"])]),
                object=speaker,
            )
        )
    return out


def entity_card(graph: KnowledgeGraph, entry: Entry | Mapping[str, Any]) -> Card:
    """Everything the graph says about one entity, measure or source, with sources.

    A :class:`~kg.records.Card`: ``id``, ``iri``, ``label``, ``types``, ``aliases``,
    ``outside_knowledge`` and ``facts`` (typed records with ``kind``, ``predicate``, the value
    or related entity, unit, year, qualifier and ``sources`` of ``document`` + ``quote``);
    its ``to_dict()`` is the JSON of ``kg lookup --format json``.
    """
    iri = entry["iri"]
    relations = _relations(graph, iri)
    others: list[Fact] = [
        *observations(graph, iri),
        *_rankings(graph, iri),
        *_posts(graph, iri),
        *_quotations(graph, iri),
    ]
    return _card(graph, entry, relations, others)


def _card(
    graph: KnowledgeGraph, entry: Entry | Mapping[str, Any], relations: list[Relation], others: list[Fact]
) -> Card:
    iri = entry["iri"]
    type_rows = [r for r in _run(graph, _TYPES, iri) if r["t"].value.startswith(KG)]
    types = [r["t"].value[len(KG) :] for r in type_rows]
    type_labels = [_value(r["tl"]) or r["t"].value[len(KG) :] for r in type_rows]
    outside = [f for f in relations if f.kind == "outside"]
    facts: list[Fact] = [*(f for f in relations if f.kind != "outside"), *others]
    source = entry.get("kind") == "source"
    return Card(
        id=entry["id"],
        iri=iri,
        kind=entry.get("kind", "entity"),
        label=entry["label"],
        types=types,
        type_labels=type_labels,
        aliases=[] if source else sorted(entry.get("aliases", []), key=lambda a: (a.casefold(), a)),
        outside_knowledge=[
            {"predicate": f.predicate, "value": f.value, "language": f.language, "note": f.outside_knowledge}
            for f in outside
        ],
        facts=facts,
        metadata={str(_local(r["p"], KG)): r["v"].value for r in _run(graph, _SOURCE, iri)} if source else None,
    )


# --- cards in pages ----------------------------------------------------------------

#: Most facts one page of a card shows in the workbench (``kg lookup`` shows them all).
CARD_PAGE = 200

# The keys of an entity's facts, read with few joins (Beijing at 1M: 0.49 s -> 0.2 s): no DISTINCT
# (:func:`_units` folds duplicates), the class inside each branch, labels of measures and indexes
# in the same pass. A fact needs only its class here; the details read its required fields.
_RELATION_KEYS = (
    "SELECT ?dir ?p ?other ?outside WHERE {"
    + _BOTH_WAYS.replace("$out", "").replace("$in", "")  # a constant: no value is put in
    + "  OPTIONAL { ?a kg:outsideKnowledge ?outside }\n}"
)
_OBSERVATION_KEYS = f"""
SELECT ?fact ?measure ?measure_label WHERE {{
  {INDICATOR.each_way("$e", "measure")}
  OPTIONAL {{ ?measure rdfs:label ?measure_label }}
}}"""
_RANKING_KEYS = f"""
SELECT ?fact ?edition ?edition_label WHERE {{
  {{ {RANKING.each_way("$e")} }}
  UNION {{ ?edition kg:edition $e . ?fact kg:rankedIn ?edition ; a kg:{RANKING.cls} . }}
  OPTIONAL {{ ?fact kg:rankedIn ?edition OPTIONAL {{ ?edition rdfs:label ?edition_label }} }}
}}"""
_POST_KEYS = f"SELECT DISTINCT ?fact WHERE {{ {POST.reached_from('$e')} {POST.core()} }}"
_QUOTATION_KEYS = f"SELECT DISTINCT ?fact WHERE {{ {QUOTATION.reached_from('$e')} {QUOTATION.core()} }}"


@dataclass(frozen=True)
class CardPage:
    """Where one page of a card lies among all its facts (``first`` and ``last`` count from 1)."""

    number: int
    pages: int
    total: int
    first: int
    last: int


@dataclass(frozen=True)
class _Unit:
    """Facts a page never splits: one relation, a measure's observations, an index's ranks, all posts."""

    kind: str
    keys: tuple[Any, ...]
    size: int


def card_keys(graph: KnowledgeGraph, iri: str) -> tuple[list[_Unit], list[tuple[str, str, str]]]:
    """What :func:`card_page` reads first about an entity: its facts' keys, as units in the
    card's order, and the keys of its outside knowledge. A caller that shows several pages
    of one card may keep it and pass it to each (``keys=``)."""
    return _units(graph, iri)


def _units(graph: KnowledgeGraph, iri: str) -> tuple[list[_Unit], list[tuple[str, str, str]]]:
    """A card's facts as units, in the card's order (relations, observations by measure, ranks by
    index, posts, quotations), read without their details; and the keys of outside knowledge."""
    units: list[_Unit] = []
    relations: dict[tuple[str, str, str], bool] = {}
    for r in _run(graph, _RELATION_KEYS, iri):
        key = (r["dir"].value, r["p"].value, str(r["other"]))
        relations[key] = relations.get(key, False) or r["outside"] is not None
    units += [_Unit("relation", (key,), 1) for key, outside in sorted(relations.items()) if not outside]
    by_measure: dict[str, list[str]] = {}
    for r in _run(graph, _OBSERVATION_KEYS, iri):  # observations sort by the measure's label first
        by_measure.setdefault(_ref(r["measure"], r["measure_label"]).label, []).append(r["fact"].value)
    units += [_Unit("indicator", tuple(dict.fromkeys(f)), len(set(f))) for _, f in sorted(by_measure.items())]
    by_index: dict[str, list[str]] = {}
    for r in _run(graph, _RANKING_KEYS, iri):  # ranks sort by their index's label first
        label = _ref(r["edition"], r["edition_label"]).label if r["edition"] is not None else ""  # as the card has it
        by_index.setdefault(label, []).append(r["fact"].value)
    units += [_Unit("ranking", tuple(dict.fromkeys(f)), len(set(f))) for _, f in sorted(by_index.items())]
    for kind, query in (("post", _POST_KEYS), ("quotation", _QUOTATION_KEYS)):
        facts = {r["fact"].value for r in _run(graph, query, iri)}
        if facts:
            units.append(_Unit(kind, (), len(facts)))
    return units, [key for key, outside in relations.items() if outside]


def card_page(
    graph: KnowledgeGraph,
    entry: Entry | Mapping[str, Any],
    page: int = 1,
    per_page: int | None = None,
    *,
    keys: tuple[list[_Unit], list[tuple[str, str, str]]] | None = None,
) -> tuple[Card, CardPage]:
    """One page of :func:`entity_card`: its facts in the same order, at most ``per_page`` of them
    unless one measure's observations or one index's ranks alone are more (a page never splits
    them). Each page reads only its own facts' details, so a hub with thousands of facts opens
    quickly. ``per_page`` is :data:`CARD_PAGE` unless given; ``keys`` is :func:`card_keys`'s
    answer for the entity, if the caller kept it. A page past the last is :class:`BadInputError`.
    """
    per_page = CARD_PAGE if per_page is None else per_page
    if page < 1 or per_page < 1:
        raise BadInputError("a page number and a page size count from 1")
    iri = entry["iri"]
    units, outside = keys if keys is not None else _units(graph, iri)
    total = sum(u.size for u in units)
    pages: list[list[_Unit]] = [[]]
    for unit in units:
        if pages[-1] and sum(u.size for u in pages[-1]) + unit.size > per_page:
            pages.append([])
        pages[-1].append(unit)
    if page > len(pages):
        raise BadInputError(f"page {page} is past the last ({len(pages)})")
    mine = pages[page - 1]
    before = sum(u.size for p in pages[: page - 1] for u in p)

    def of(kind: str) -> list[Any]:
        return [k for u in mine if u.kind == kind for k in u.keys]

    relations = _relations(graph, iri, [*of("relation"), *outside])
    others: list[Fact] = [
        *observations(graph, iri, facts=of("indicator")),
        *_rankings(graph, iri, facts=of("ranking")),
    ]
    if any(u.kind == "post" for u in mine):
        others += _posts(graph, iri)
    if any(u.kind == "quotation" for u in mine):
        others += _quotations(graph, iri)
    card = _card(graph, entry, relations, others)
    shown = len(card.facts)
    return card, CardPage(page, len(pages), total, before + 1 if shown else before, before + shown)
