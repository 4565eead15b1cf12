"""Draft facts files: written by ``kg ingest`` for a person to review, merged by ``kg ingest --apply``.

A draft is a facts file (the format of ``data/facts/``) with two more sections, ``entities``
and ``measures``, for candidate new records, and a ``review:`` map on each candidate:
its confidence, whether the graph already has it (``status``: new, duplicate, extends or
contradicts) and what it was compared with. Review maps are dropped on merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kg.dataset import Dataset, Fact
from kg.ingest.extract import Candidate, Extraction, slug

__all__ = ["annotate", "render_draft", "SECTIONS"]

SECTIONS = ("mentions", "entities", "measures", "indicators", "rankings", "posts", "relations", "quotations")
_REF_KEYS = {
    "indicators": ("subject",),
    "rankings": ("entity", "edition"),
    "posts": ("person", "role", "org"),
    "relations": ("s", "o"),
}


def _when(data: dict[str, Any]) -> Any:
    """When a fact holds, for comparing facts: its year (a date counts by its year) or its period."""
    if data.get("year") is not None:
        return int(data["year"])
    if data.get("as_of") is not None:
        return int(str(data["as_of"])[:4])
    if data.get("period") is not None:
        return tuple(data["period"])
    return None


def _same_value(a: Any, b: Any) -> bool:
    try:
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))
    except (TypeError, ValueError):
        return False


def _words(text: Any) -> str:
    from kg.dataset import normalize_name

    return normalize_name(str(text)) if text else ""


def _orgs(data: dict[str, Any]) -> set[str]:
    org = data.get("org")
    return set(org) if isinstance(org, list) else {org} if org else set()


def _describe(fact: Fact) -> str:
    return f"{fact.source}: {fact.where}"


def annotate(found: Extraction, ds: Dataset) -> None:
    """Set each candidate's review status against the facts already in the dataset."""
    facts_by_kind: dict[str, list[Fact]] = {}
    for fact in ds.facts:
        facts_by_kind.setdefault(fact.kind, []).append(fact)
    for cand in found.indicators:
        d = cand.data
        series = [
            f
            for f in facts_by_kind.get("indicators", [])
            if f.data.get("subject") == d["subject"] and f.data.get("measure") == d["measure"]
        ]
        _status(
            cand,
            series,
            lambda f, d=d: _when(f.data) == _when(d),
            lambda f, d=d: (
                _same_value(f.data.get("value"), d["value"]) and (f.data.get("unit") or d["unit"]) == d["unit"]
            ),
        )
    for cand in found.rankings:
        d = cand.data
        same = [
            f
            for f in facts_by_kind.get("rankings", [])
            if f.data.get("entity") == d["entity"]
            and f.data.get("edition") == d.get("edition")
            and (d.get("edition") or _words(f.data.get("category")) == _words(d.get("category")))
        ]
        _status(cand, same, lambda f, d=d: _when(f.data) == _when(d), lambda f, d=d: f.data.get("rank") == d["rank"])
    for cand in found.posts:
        d = cand.data
        same = [
            f
            for f in facts_by_kind.get("posts", [])
            if f.data.get("person") == d["person"] and f.data.get("role") == d["role"]
        ]
        _status(
            cand,
            same,
            lambda f, d=d: True,
            lambda f, d=d: bool(_orgs(f.data) & _orgs(d)) or _orgs(f.data) == _orgs(d),
            conflicting=False,
        )  # a person may hold the same role in several bodies
    for cand in found.relations:
        d = cand.data
        same = [
            f for f in facts_by_kind.get("relations", []) if f.data.get("s") == d["s"] and f.data.get("p") == d["p"]
        ]
        _status(cand, same, lambda f, d=d: True, lambda f, d=d: f.data.get("o") == d["o"], conflicting=False)
    for cand in found.entities:
        cand.review.setdefault("status", "new")


def _status(cand: Candidate, related: list[Fact], same_time: Any, same_value: Any, *, conflicting: bool = True) -> None:
    if not related:
        cand.review["status"] = "new"
        return
    timed = [f for f in related if same_time(f)]
    dup = [f for f in timed if same_value(f)]
    if dup:
        cand.review["status"] = "duplicate"
        cand.review["existing"] = _describe(dup[0])
    elif timed and conflicting:
        cand.review["status"] = "contradicts"
        cand.review["existing"] = _describe(timed[0])
    else:
        cand.review["status"] = "extends"
        cand.review["existing"] = _describe(related[0])


# --- writing ---------------------------------------------------------------------------


def _resolve_new(found: Extraction) -> None:
    """Turn "new:" references into candidate entities and measures defined in the draft."""
    defined = {c.data["id"] for c in found.entities}
    measures: dict[str, Candidate] = {}
    for kind, keys in _REF_KEYS.items():
        for cand in getattr(found, kind):
            for key in keys:
                value = cand.data.get(key)
                if isinstance(value, str) and value.startswith("new:"):
                    ident = value[4:]
                    cand.data[key] = ident
                    if key == "role" and ident not in defined:
                        label = ident.replace("-", " ")
                        found.entities.append(
                            Candidate(
                                "entities",
                                {"id": ident, "type": "Role", "label": label},
                                cand.quote,
                                0.6,
                                {"status": "new"},
                            )
                        )
                        defined.add(ident)
            measure = cand.data.get("measure")
            if kind == "indicators" and isinstance(measure, str) and measure.startswith("new:"):
                ident = measure[4:]
                cand.data["measure"] = ident
                if ident not in measures:
                    label = found.labels.get(ident) or ident.replace("-", " ")
                    measures[ident] = Candidate(
                        "measures",
                        {
                            "id": ident,
                            "label": label,
                            "unit": cand.data["unit"],
                            "definition": f"{label[:1].upper()}{label[1:]}, as the source words it.",
                        },
                        cand.quote,
                        0.5,
                        {"status": "new"},
                    )
    found.measures.extend(measures.values())


def _scalar(value: Any) -> str:
    import yaml

    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10**6).strip()
    return text[:-4].rstrip() if text.endswith("\n...") else text.removesuffix("...").strip()


def _block(data: dict[str, Any], review: dict[str, Any] | None) -> list[str]:
    lines = []
    for i, (key, value) in enumerate((k, v) for k, v in data.items() if v is not None):
        lines.append(("  - " if i == 0 else "    ") + f"{key}: {_scalar(value)}")
    if review:
        lines.append(f"    review: {_scalar(review)}")
    return lines


def render_draft(found: Extraction, source_id: str, *, min_confidence: float = 0.5, header: Iterable[str] = ()) -> str:
    """The draft as YAML text: one block per candidate, blank lines between them."""
    _resolve_new(found)
    used = _referenced(found, min_confidence)
    out = [f"# {line}" if line else "#" for line in header]
    out += [f"source: {source_id}", ""]
    mentions = [c for c in found.mentions if c.confidence >= min_confidence]
    out.append("mentions:  # known entities the article names" + ("" if mentions else " (none)"))
    out += [f"  {c.data['id']}: {_scalar(c.quote)}" for c in mentions]
    if not mentions:
        out[-1] = out[-1].replace("mentions:", "mentions: {}")
    for kind, comment in (
        ("entities", "candidate new entities (the quote names them); set same_as: ID if one is a known entity"),
        ("measures", "candidate new measures, for the indicators below"),
        ("indicators", "value, unit, year or period, qualifier; subject and measure are ids"),
        ("rankings", "entity, edition (an index), rank"),
        ("posts", "person, role, org"),
        ("relations", "locations (locatedIn) and part-of relations"),
    ):
        items = [
            c
            for c in getattr(found, kind)
            if c.confidence >= min_confidence or (kind in ("entities", "measures") and c.data["id"] in used)
        ]
        out.append("")
        out.append(f"{kind}:  # {comment}" if items else f"{kind}: []  # none found")
        for cand in items:
            data = dict(cand.data)
            data.pop("quote", None)
            data["quote"] = cand.quote
            review = {"confidence": cand.confidence, **cand.review}
            out += _block(data, review)
            out.append("")
        if items:
            out.pop()
    return "\n".join(out) + "\n"


def _referenced(found: Extraction, min_confidence: float) -> set[str]:
    used: set[str] = set()
    for kind, keys in _REF_KEYS.items():
        for cand in getattr(found, kind):
            if cand.confidence >= min_confidence:
                for key in (*keys, "measure"):
                    value = cand.data.get(key)
                    used.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
    return used


def source_id_for(title: str | None, fallback: str, taken: Iterable[str]) -> str:
    """A new source id from the title (or ``fallback``), made unique among ``taken``.

    >>> source_id_for("Beijing: 80 key labs!", "x", {"beijing-80-key-labs"})
    'beijing-80-key-labs-2'
    """
    base = slug(title or fallback)[:60].rstrip("-") or "article"
    base = re.sub(r"-+", "-", base)
    taken = set(taken)
    ident, n = base, 1
    while ident in taken:
        n += 1
        ident = f"{base}-{n}"
    return ident
