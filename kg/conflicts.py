"""Claims that disagree or overlap across sources, set side by side with their quotes.

Three kinds, from the indicator observations:

``different values``
    Same subject, measure and unit at overlapping times, same scope, but different values
    or qualifiers. The verdict says whether the stated ranges can both hold ("over 6%"
    and "6.31%" can; "6.31%" and "6.5%" cannot).
``different scopes``
    Same subject, measure and unit at overlapping times, but the sources scope their
    claims differently ("over 6% of its resources" vs "6.31% of GDP").
``related measures``
    Measures linked as related (``skos:related``) about the same place or one inside the
    other ("about 183 multinational corporations" in Beijing vs "over 300" with regional
    headquarters or R&D centers in Zhongguancun).

Times overlap when the years are equal, a year falls in the other's period, or either
claim is undated (a reader must judge those).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import combinations
from typing import Any

from kg.model import year_of
from kg.records import Indicator
from kg.store import KnowledgeGraph

__all__ = ["find_conflicts", "value_range", "KINDS"]

KINDS = ("different values", "different scopes", "related measures")

_INF = float("inf")


def value_range(value: float, qualifier: str | None) -> tuple[float, float]:
    """The interval a qualified value allows (loose: "around" is ±10%, "nearly" the 10% below).

    >>> value_range(6, "over"), value_range(6.31, "exact"), value_range(100, "around")
    ((6, inf), (6.31, 6.31), (90.0, 110.0))
    """
    spread = abs(value) * 0.1
    return {
        "over": (value, _INF),
        "at-least": (value, _INF),
        "under": (-_INF, value),
        "at-most": (-_INF, value),
        "around": (value - spread, value + spread),
        "nearly": (value - spread, value),
    }.get(qualifier or "exact", (value, value))


def _span(obs: Mapping[str, Any]) -> tuple[float, float] | None:
    """The years an observation covers; None when undated."""
    if obs["year"]:
        return float(obs["year"]), float(obs["year"])
    if obs.get("period"):
        start, _, end = obs["period"].partition("/")
        return float(start[:4]), (_INF if end in ("..", "") else float(end[:4]))
    if obs.get("as_of") and year_of(obs["as_of"]) is not None:  # not the source's own (unknown) date
        year = float(str(year_of(obs["as_of"])))
        return year, year
    return None


def _times_overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None:
        return True
    return sa[0] <= sb[1] and sb[0] <= sa[1]


def _claim(obs: Mapping[str, Any]) -> dict[str, Any]:
    from kg.render import format_amount, format_when

    return {
        "subject": obs["subject"],
        "measure": obs["measure"],
        "value": obs["value"],
        "unit": obs["unit"],
        "qualifier": obs["qualifier"],
        "text": format_amount(obs),
        "when": format_when(obs),
        "scope": obs["scope"],
        "sources": obs["sources"],
    }


def _same_claim(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return (a["value"], a["qualifier"], a["scope"], a["year"], a["period"], a["as_of"]) == (
        b["value"],
        b["qualifier"],
        b["scope"],
        b["year"],
        b["period"],
        b["as_of"],
    )


def _containment(graph: KnowledgeGraph, among: set[str] | None = None) -> set[tuple[str, str]]:
    """(inner, outer) pairs of places and parts: what lies within what (only among the
    entities ``among``, when given: one entity's page needs no more).

    From a remote store the containment edges are fetched and followed here, since servers
    differ in running paths open at both ends (Virtuoso refuses them).
    """
    if among is not None and len(among) < 2:
        return set()
    graph = graph.pull(
        "CONSTRUCT { ?a ?p ?b } WHERE { ?a ?p ?b FILTER(?p IN (kg:locatedIn, kg:partOf, kg:subOrganizationOf)) }"
    )
    start = "" if among is None else "VALUES ?a { " + " ".join(f"<{iri}>" for iri in sorted(among)) + " } "
    rows = graph.query(
        f"SELECT DISTINCT ?a ?b WHERE {{ {start}?a (kg:locatedIn|kg:partOf|kg:subOrganizationOf)+ ?b "
        "FILTER(?a != ?b && isIRI(?b)) }"
    )
    pairs = {(r["a"].value, r["b"].value) for r in rows}
    return pairs if among is None else {(a, b) for a, b in pairs if b in among}


def _around(graph: KnowledgeGraph, iri: str, own: list[Indicator]) -> list[Indicator]:
    """The figures, of measures related to those of ``own``, about what contains entity ``iri``
    or lies within it."""
    from kg.lookup import observations

    measures = sorted({o["measure"]["iri"] for o in own})
    if not measures or any(c in m for m in [iri, *measures] for c in '<>"{}|^`\\ '):
        return []
    values = " ".join(f"<{m}>" for m in measures)
    related = {
        r["m"].value for r in graph.query(f"SELECT ?m WHERE {{ VALUES ?own {{ {values} }} ?own skos:related ?m }}")
    }
    if not related:
        return []
    figures = graph.query(
        f"SELECT DISTINCT ?s WHERE {{ VALUES ?m {{ {' '.join(f'<{m}>' for m in sorted(related))} }} "
        "?fact kg:measure ?m ; kg:refArea ?s }"
    )
    candidates = {r["s"].value for r in figures} - {iri}
    within = _containment(graph, {iri, *candidates}) if candidates else set()
    subjects = sorted({a if b == iri else b for a, b in within if iri in (a, b)})
    if not subjects:
        return []
    return [o for o in observations(graph, None, subjects=subjects) if o["measure"]["iri"] in related]


def _all_observations(graph: KnowledgeGraph) -> list[Indicator]:
    from kg.lookup import observations

    return observations(graph, None)


def find_conflicts(
    graph: KnowledgeGraph,
    *,
    kinds: tuple[str, ...] = KINDS,
    observations: list[Indicator] | None = None,
    involving: str | None = None,
) -> list[dict[str, Any]]:
    """Every pair of claims that disagree or overlap, JSON-ready.

    Each conflict has ``kind`` (one of :data:`KINDS`), ``subject`` and ``measure`` labels
    (of the first claim), ``claims`` (two, each with value text, time, scope and sources
    with quotes) and ``verdict`` (a sentence on how they relate). ``observations``: only
    among these (one entity's, for its page), else among all of the graph's. ``involving``
    (an entity IRI, with ``observations`` of it): also the figures of related measures about
    the places and bodies that contain it or that it contains, and only the conflicts with a
    claim about it (a park's count that exceeds its city's, on both their pages).
    """
    found = _all_observations(graph) if observations is None else observations
    if involving is not None and observations is not None:
        found = [*found, *_around(graph, involving, observations)]
    out: list[dict[str, Any]] = []
    by_series: dict[tuple[str, str, str], list[Indicator]] = {}
    for obs in found:
        by_series.setdefault((obs["subject"]["iri"], obs["measure"]["iri"], obs["unit"]), []).append(obs)
    for group in by_series.values():
        for a, b in combinations(group, 2):
            if _same_claim(a, b) or not _times_overlap(a, b):
                continue
            same_value = (a["value"], a["qualifier"]) == (b["value"], b["qualifier"])
            if same_value and not (a["scope"] and b["scope"]):
                continue  # one source scopes the same figure, the other does not: they agree
            if (a["scope"] or "") != (b["scope"] or ""):
                kind = "different scopes"
                same = (a["value"], a["qualifier"]) == (b["value"], b["qualifier"])
                verdict = ("the same figure, " if same else "") + (
                    "scoped differently by the sources; they may measure different things"
                )
            elif (a["value"], a["qualifier"]) != (b["value"], b["qualifier"]):
                kind = "different values"
                ra, rb = value_range(a["value"], a["qualifier"]), value_range(b["value"], b["qualifier"])
                if ra[0] <= rb[1] and rb[0] <= ra[1]:
                    verdict = "the stated ranges overlap: both can hold"
                else:
                    verdict = "the stated values cannot both hold for the same time"
                if _span(a) is None or _span(b) is None or _span(a) != _span(b):
                    verdict += " (if they refer to the same time)"
            else:
                continue
            out.append(_conflict(kind, a, b, verdict))
    within = _containment(graph, None if observations is None else {o["subject"]["iri"] for o in found})
    own = sorted({f"<{o['measure']['iri']}>" for o in found})
    measures = "" if observations is None else " ".join(own) or "<urn:x-kg:none>"  # none: no related measures
    related_query = "SELECT ?a ?b WHERE { " + (f"VALUES ?a {{ {measures} }} " if measures else "")
    related = {(r["a"].value, r["b"].value) for r in graph.query(related_query + "?a a kg:Measure ; skos:related ?b }")}
    by_measure: dict[str, list[int]] = {}
    for i, obs in enumerate(found):
        by_measure.setdefault(obs["measure"]["iri"], []).append(i)
    pairs = {  # the pairs of combinations(found, 2) whose measures are related, without trying all
        (i, j) for ma, mb in related for i in by_measure.get(ma, ()) for j in by_measure.get(mb, ()) if i < j
    }
    for a, b in ((found[i], found[j]) for i, j in sorted(pairs)):
        if a["unit"] != b["unit"]:
            continue
        sa, sb = a["subject"]["iri"], b["subject"]["iri"]
        if sa == sb:
            place = "the same subject"
        elif (sa, sb) in within or (sb, sa) in within:
            inner, outer = (a, b) if (sa, sb) in within else (b, a)
            place = f"{inner['subject']['label']} lies within {outer['subject']['label']}"
            low = value_range(inner["value"], inner["qualifier"])[0]
            if inner["unit"] == "count" and low > value_range(outer["value"], outer["qualifier"])[1]:
                place += f", yet its figure ({_claim(inner)['text']}) exceeds the whole's ({_claim(outer)['text']})"
        else:
            continue
        if not _times_overlap(a, b):
            continue
        verdict = f"related measures; {place}: compare what each counts before comparing the numbers"
        out.append(_conflict("related measures", a, b, verdict))
    out = [c for c in out if c["kind"] in kinds]
    if involving is not None:
        out = [c for c in out if any(claim["subject"]["iri"] == involving for claim in c["claims"])]
    return sorted(
        out,
        key=lambda c: (
            KINDS.index(c["kind"]),
            c["subject"].casefold(),
            c["measure"].casefold(),
            [(cl["when"], cl["sources"][0]["document"], cl["value"]) for cl in c["claims"]],
        ),
    )


def _conflict(kind: str, a: Mapping[str, Any], b: Mapping[str, Any], verdict: str) -> dict[str, Any]:
    first, second = sorted((a, b), key=lambda o: (str(_span(o) or ""), o["sources"][0]["document"] or "", o["value"]))
    return {
        "kind": kind,
        "subject": first["subject"]["label"],
        "measure": first["measure"]["label"],
        "claims": [_claim(first), _claim(second)],
        "verdict": verdict,
    }
