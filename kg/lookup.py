"""Finding entities by name and assembling their cards (every fact with its sources).

Matching goes from strict to loose: exact label or alias, then the same ignoring case,
punctuation, "&"/"and" and spacing, then fuzzy similarity for typos
("Huairou Sciense City"). Cards are read from the graph with a handful of SPARQL queries.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kg.dataset import normalize_name
from kg.errors import BadInputError, UnknownEntityError
from kg.model import INDICATOR, POST, QUOTATION, RANKING
from kg.namespaces import ENT, KG, MEASURE, QUAL, SRC, UNIT
from kg.store import KnowledgeGraph

__all__ = [
    "Match",
    "match_names",
    "find",
    "search",
    "entity_card",
    "format_card",
    "observations",
    "format_amount",
    "format_number",
    "format_when",
    "FUZZY_CUTOFF",
]

#: Similarity (0..1) above which a fuzzy match counts as the entity asked for.
FUZZY_CUTOFF = 0.85
_SUGGEST_CUTOFF = 0.55


@dataclass(frozen=True)
class Match:
    entry: dict[str, Any]
    score: float
    how: str  # "label", "alias", "normalized", "fuzzy"


def _names(entry: dict[str, Any]) -> list[str]:
    return [entry["label"], *entry.get("aliases", [])]


def _keys(entry: dict[str, Any]) -> list[str]:
    """Normalized names of an entry (precomputed at build time as ``keys`` when present)."""
    keys = entry.get("keys")
    if keys is None:
        keys = entry["keys"] = sorted({normalize_name(n) for n in _names(entry)})
    return list(keys)


def _sorted(matches: list[Match]) -> list[Match]:
    kind_order = {"entity": 0, "measure": 1, "source": 2}
    return sorted(matches, key=lambda m: (-m.score, kind_order.get(m.entry.get("kind", "entity"), 3), m.entry["label"]))


def match_names(index: Iterable[dict[str, Any]], name: str, *, fuzzy: bool = True) -> list[Match]:
    """Score every index entry against ``name``, best first (entries scoring 0 are left out).

    Exact and normalized matches come first; fuzzy scores are computed only when
    ``fuzzy`` is true.

    >>> idx = [{"id": "hsc", "label": "Huairou Science City", "aliases": []},
    ...        {"id": "hd", "label": "Huairou district", "aliases": []}]
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


def _word_prefix_matches(index: Iterable[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Entries with a name that starts with ``key`` as whole words ("Tsinghua" -> Tsinghua University)."""
    return [e for e in index if key and any(k.startswith(key + " ") for k in _keys(e))]


def _word_infix_matches(index: Iterable[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    if len(key) < 4:
        return []
    return [e for e in index if any(f" {key} " in f" {k} " for k in _keys(e))]


def find(graph: KnowledgeGraph, name: str, *, kind: str | None = None) -> dict[str, Any]:
    """The best entry for ``name``, or :class:`UnknownEntityError` with close suggestions.

    Order: exact or normalized name; the only name that starts with ``name`` as whole
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


def search(graph: KnowledgeGraph, text: str, *, kind: str | None = None) -> list[dict[str, Any]]:
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


def _ref(term: Any, label: Any) -> dict[str, Any]:
    value = str(term.value)
    for base in (ENT, MEASURE, SRC):
        if value.startswith(base):
            return {"id": value[len(base) :], "iri": value, "label": _value(label) or value[len(base) :]}
    return {"id": None, "iri": value, "label": _value(label) or value}


def _sources(rows: Iterable[tuple[Any, Any, Any]]) -> list[dict[str, Any]]:
    out, seen = [], set()
    for doc, title, quote in rows:
        if doc is None or (doc.value, _value(quote)) in seen:
            continue
        seen.add((doc.value, _value(quote)))
        out.append({"document": _local(doc, SRC), "title": _value(title), "quote": _value(quote)})
    return sorted(out, key=lambda s: (s["document"] or "", s["quote"] or ""))


_RELATIONS = """
SELECT ?dir ?p ?pl ?other ?ol ?doc ?title ?quote ?outside WHERE {
  { ?a rdf:subject $e ; a kg:Assertion ; rdf:predicate ?p ; rdf:object ?other . BIND("out" AS ?dir) }
  UNION
  { ?a rdf:object $e ; a kg:Assertion ; rdf:predicate ?p ; rdf:subject ?other . BIND("in" AS ?dir) }
  # One pattern per OPTIONAL: Oxigraph joins a group of patterns by scanning all of them.
  OPTIONAL { ?a kg:sourceDocument ?doc } OPTIONAL { ?a kg:quote ?quote }
  OPTIONAL { ?a kg:sourceDocument/rdfs:label ?title }
  OPTIONAL { ?a kg:outsideKnowledge ?outside }
  OPTIONAL { ?p rdfs:label ?pl FILTER(LANG(?pl) = "en") }
  OPTIONAL { ?other rdfs:label ?ol }
} ORDER BY ?dir ?p ?other ?doc
"""

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


def _run(graph: KnowledgeGraph, query: str, iri: str) -> list[Any]:
    from kg.namespaces import PREFIXES

    if any(c in iri for c in '<>"{}|^`\\ '):
        raise ValueError(f"not a valid IRI: {iri!r}")
    return list(graph.store.query(query.replace("$e", f"<{iri}>"), prefixes=PREFIXES))  # trusted text


def _relations(graph: KnowledgeGraph, iri: str) -> list[dict[str, Any]]:
    grouped: dict[tuple[str, str, str], dict[str, Any]] = {}
    rows: dict[tuple[str, str, str], list[tuple[Any, Any, Any]]] = {}
    for r in _run(graph, _RELATIONS, iri):
        direction, p, other = r["dir"].value, r["p"].value, r["other"]
        key = (direction, p, str(other))  # N-Triples form: keeps literals' language apart
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
    out = []
    for key, record in sorted(grouped.items(), key=lambda kv: kv[0]):  # the same order from every store
        record["sources"] = _sources(rows[key])
        out.append(record)
    return out


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


_STATED = f"""
SELECT ?fact ?who ?wl WHERE {{
  {INDICATOR.reached_from("$e")}
  ?fact a kg:Observation ; kg:accordingTo ?who OPTIONAL {{ ?who rdfs:label ?wl }}
}} ORDER BY ?fact ?wl
"""


def _stated(graph: KnowledgeGraph, iri: str) -> dict[str, list[dict[str, Any]]]:
    """Who stated each observation about ``iri``, by observation IRI."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in _run(graph, _STATED, iri):
        out.setdefault(r["fact"].value, []).append(_ref(r["who"], r["wl"]))
    return out


def observations(graph: KnowledgeGraph, iri: str | None, *, subjects: list[str] | None = None) -> list[dict[str, Any]]:
    """Indicator observations about an entity, or of a measure (every one if ``iri`` is None).

    ``subjects`` (entity IRIs) limits them to those about these entities.
    """
    from kg.namespaces import PREFIXES

    if iri is None:
        where = ""
        if subjects is not None:
            if any(c in s for s in subjects for c in '<>"{}|^`\\ '):
                raise ValueError("not valid IRIs")
            where = "VALUES ?subject { " + " ".join(f"<{s}>" for s in subjects) + " }"
        rows = list(graph.store.query(INDICATOR.select(*([where] if where else [])), prefixes=PREFIXES))
    else:
        rows = _run(graph, _OBSERVATIONS, iri)
    stated = _stated(graph, iri) if iri is not None else {}
    out = []
    for r in rows:
        year, period = _period(r)
        out.append(
            {
                "kind": "indicator",
                "id": r["fact"].value,
                "subject": _ref(r["subject"], r["subject_label"]),
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
                "as_of": _value(r["as_of"]),
                "scope": _value(r["scope"]),
                "base_year": _value(r["base_year"]),
                "compared_to": _value(r["compared_to"]),
                "note": _value(r["note"]),
                "according_to": stated.get(r["fact"].value, []),
                "relayed_from": _value(r["relayed_from"]),
                "sources": _sources([(r["doc"], r["doc_label"], r["quote"])]),
            }
        )
    return sorted(out, key=_observation_order)


def _rankings(graph: KnowledgeGraph, iri: str) -> list[dict[str, Any]]:
    out = []
    for r in _run(graph, _RANKINGS, iri):
        out.append(
            {
                "kind": "ranking",
                "id": r["fact"].value,
                "predicate": "rank",
                "entity": _ref(r["entity"], r["entity_label"]),
                "index": _ref(r["edition"], r["edition_label"]) if r["edition"] is not None else None,
                "rank": int(r["rank"].value),
                "category": _value(r["category"]),
                "out_of": _value(r["out_of"]),
                "scope": _value(r["scope"]),
                "consecutive": int(r["consecutive"].value) if r["consecutive"] is not None else None,
                "year": _value(r["year"]),
                "note": _value(r["note"]),
                "sources": _sources([(r["doc"], r["doc_label"], r["quote"])]),
            }
        )
    return sorted(
        out,
        key=lambda f: (
            (f["index"] or {}).get("label") or "",
            f["rank"],
            f["entity"]["label"],
            f["category"] or "",
            f["id"],
        ),
    )


def _posts(graph: KnowledgeGraph, iri: str) -> list[dict[str, Any]]:
    records: dict[str, dict[str, Any]] = {}
    for r in _run(graph, _POSTS, iri):
        rec = records.setdefault(
            r["fact"].value,
            {
                "kind": "post",
                "id": r["fact"].value,
                "predicate": "holds post",
                "person": _ref(r["person"], r["person_label"]),
                "role": _ref(r["role"], r["role_label"]),
                "organizations": [],
                "title": _value(r["title"]),
                "as_of": _value(r["as_of"]),
                "note": _value(r["note"]),
                "sources": _sources([(r["doc"], r["doc_label"], r["quote"])]),
            },
        )
        if r["org"] is not None and all(o["iri"] != r["org"].value for o in rec["organizations"]):
            rec["organizations"].append(_ref(r["org"], r["org_label"]))
    return sorted(records.values(), key=lambda f: (f["person"]["label"], f["as_of"] or "", f["id"]))


def _quotations(graph: KnowledgeGraph, iri: str) -> list[dict[str, Any]]:
    return [
        {
            "kind": "quotation",
            "id": r["fact"].value,
            "predicate": "said",
            "speaker": _ref(r["speaker"], r["speaker_label"]),
            "value": r["text"].value,
            "event": _ref(r["event"], r["event_label"]) if r["event"] is not None else None,
            "date": _value(r["date"]),
            "sources": _sources([(r["doc"], r["doc_label"], r["quote"])]),
        }
        for r in _run(graph, _QUOTATIONS, iri)
    ]


def _uniform(f: dict[str, Any]) -> None:
    """Give every fact record the same core keys, whatever its kind.

    ``predicate``; ``value`` (a literal) or ``object`` (a related entity); ``unit``,
    ``year``, ``date`` and ``qualifier`` (None where they do not apply); ``sources``.
    """
    kind = f["kind"]
    if kind == "ranking":
        f.setdefault("value", f["rank"])
        f.setdefault("object", f["index"] or f["entity"])
    elif kind == "post":
        f.setdefault("value", f["title"] or f["role"]["label"])
        f.setdefault("object", f["organizations"][0] if f["organizations"] else None)
        f.setdefault("date", f["as_of"])
    elif kind == "quotation":
        f.setdefault("object", f["speaker"])
    elif kind == "indicator":
        f.setdefault("object", f["subject"])
        f.setdefault("date", f["as_of"] or f["period"])
    for key in ("value", "object", "unit", "year", "date", "qualifier"):
        f.setdefault(key, None)


def entity_card(graph: KnowledgeGraph, entry: dict[str, Any]) -> dict[str, Any]:
    """Everything the graph says about one entity, measure or source, with sources.

    The result is JSON-ready: ``id``, ``iri``, ``label``, ``types``, ``aliases``,
    ``outside_knowledge`` and ``facts`` (records with ``kind``, ``predicate``, the value or
    related entity, unit, year, qualifier and ``sources`` of ``document`` + ``quote``).
    """
    iri = entry["iri"]
    type_rows = [r for r in _run(graph, _TYPES, iri) if r["t"].value.startswith(KG)]
    types = [r["t"].value[len(KG) :] for r in type_rows]
    type_labels = [_value(r["tl"]) or r["t"].value[len(KG) :] for r in type_rows]
    relations = _relations(graph, iri)
    outside = [f for f in relations if f["kind"] == "outside"]
    facts = [f for f in relations if f["kind"] != "outside"]
    facts += observations(graph, iri) + _rankings(graph, iri) + _posts(graph, iri) + _quotations(graph, iri)
    card: dict[str, Any] = {
        "id": entry["id"],
        "iri": iri,
        "kind": entry.get("kind", "entity"),
        "label": entry["label"],
        "types": types,
        "type_labels": type_labels,
        "aliases": sorted(entry.get("aliases", []), key=lambda a: (a.casefold(), a)),
        "outside_knowledge": [
            {
                "predicate": f["predicate"],
                "value": f.get("value"),
                "language": f.get("language"),
                "note": f["outside_knowledge"],
            }
            for f in outside
        ],
        "facts": facts,
    }
    for f in facts:
        _uniform(f)
    if entry.get("kind") == "source":
        card["metadata"] = {_local(r["p"], KG): r["v"].value for r in _run(graph, _SOURCE, iri)}
        card["aliases"] = []
    return card


# --- text rendering ------------------------------------------------------------------


def format_number(value: float) -> str:
    """A number as a reader would write it: thousands separated, millions and up in words.

    >>> format_number(853690000000), format_number(14074), format_number(6.31), format_number(2_500_000)
    ('853.69 billion', '14,074', '6.31', '2.5 million')
    """
    for divisor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= divisor:
            return f"{value / divisor:,.6g} {word}"
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}"


def format_amount(f: dict[str, Any]) -> str:
    """A value with its qualifier and unit, as a reader would say it.

    >>> format_amount({"value": 6.5, "qualifier": "over", "qualifier_label": "over", "unit": "percent"})
    'over 6.5%'
    >>> format_amount({"value": 320230000000, "qualifier": None, "unit": "yuan", "unit_label": "yuan"})
    '320.23 billion yuan'
    >>> format_amount({"value": 18000, "value_max": 20000, "qualifier": None, "unit": "count"})
    '18,000–20,000'
    """
    text = format_number(f["value"])
    if f.get("value_max") is not None:
        text += "–" + format_number(f["value_max"])
    qual = "" if f.get("qualifier") in (None, "exact") else f"{f['qualifier_label']} "
    unit = {"percent": "%", "count": ""}.get(f.get("unit") or "", f" {f.get('unit_label') or ''}").rstrip()
    return f"{qual}{text}{unit}"


def format_when(f: dict[str, Any]) -> str:
    """The time of a fact: year, period or as-of date ("undated" when it has none)."""
    parts = []
    if f.get("year"):
        parts.append(f["year"])
    if f.get("period"):
        start, _, end = f["period"].partition("/")
        parts.append(f"since {start}" if end == ".." else f"{start}–{end}")
    if f.get("as_of"):
        parts.append(f"as of {f['as_of']}")
    return ", ".join(parts) or "undated"


def _src_lines(f: dict[str, Any]) -> list[str]:
    said = ""
    if f.get("according_to"):
        said += " according to " + ", ".join(w["label"] for w in f["according_to"])
    if f.get("relayed_from"):
        said += f" (relayed from {f['relayed_from']})"
    return [f"      [{s['document']}]{said} “{s['quote']}”" for s in f["sources"]]


def format_card(card: dict[str, Any]) -> str:
    """Render a card as text for the terminal."""
    lines = [f"{card['label']}  ({card['id']})", f"  types:    {', '.join(card['type_labels']) or '-'}"]
    if card["aliases"]:
        lines.append(f"  aliases:  {'; '.join(card['aliases'])}")
    for o in card["outside_knowledge"]:
        lines.append(f"  {o['predicate'].rsplit('#')[-1]}: {o['value']} (outside knowledge: {o['note']})")
    if card.get("metadata"):
        for key, value in card["metadata"].items():
            lines.append(f"  {key}: {value}")
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for f in card["facts"]:
        by_kind.setdefault(f["kind"], []).append(f)
    sections = [
        ("relation", "Relations"),
        ("indicator", "Indicators"),
        ("ranking", "Rankings"),
        ("post", "Posts"),
        ("quotation", "Quotations"),
        ("mention", "Named in"),
    ]
    for kind, title in sections:
        facts = by_kind.get(kind, [])
        if not facts:
            continue
        lines.append(f"{title}:")
        for f in facts:
            if kind == "relation":
                other = f["object"]["label"] if f.get("object") else f["value"]
                arrow = "→" if f["direction"] == "out" else "←"
                lines.append(f"  {arrow} {f['predicate_label']}: {other}")
            elif kind == "indicator":
                extra = [
                    x
                    for x in (
                        f.get("scope") and f"scope: {f['scope']}",
                        f.get("base_year") and f"vs {f['base_year']}",
                        f.get("compared_to") and f"vs {f['compared_to']}",
                    )
                    if x
                ]
                subject = "" if f["subject"]["iri"] == card["iri"] else f" [{f['subject']['label']}]"
                lines.append(
                    f"  {f['measure']['label']}{subject}: {format_amount(f)} ({format_when(f)})"
                    + (f" — {'; '.join(extra)}" if extra else "")
                )
            elif kind == "ranking":
                where = f["index"]["label"] if f["index"] else (f["category"] or "ranking")
                bits = [
                    x
                    for x in (
                        f.get("category") if f["index"] else None,
                        f.get("out_of") and f"out of {f['out_of']}",
                        f.get("consecutive") and f"{f['consecutive']} consecutive times",
                        f.get("year"),
                    )
                    if x
                ]
                lines.append(
                    f"  #{f['rank']} {f['entity']['label']} in {where}" + (f" ({'; '.join(bits)})" if bits else "")
                )
            elif kind == "post":
                orgs = ", ".join(o["label"] for o in f["organizations"]) or "organization not stated"
                when = f" (as of {f['as_of']})" if f.get("as_of") else ""
                lines.append(f"  {f['person']['label']}: {f['role']['label']} — {orgs}{when}")
            elif kind == "quotation":
                lines.append(f"  {f['speaker']['label']}: “{f['value']}”")
            elif kind == "mention":
                lines.append(f"  {f['object']['label']}")
            if kind != "quotation" or f["value"] != (f["sources"][0]["quote"] if f["sources"] else None):
                lines.extend(_src_lines(f))
            else:
                lines.append(f"      [{f['sources'][0]['document']}]")
    return "\n".join(lines) + "\n"
