"""Draft facts files: written by ``kg ingest`` for a person to review, merged by ``kg ingest --apply``.

A draft is a facts file (the format of ``data/facts/``) with two more sections, ``entities``
and ``measures``, for candidate new records, and a ``review:`` map on each candidate:
its confidence, ``why`` it was proposed (the rule or pattern), whether the graph already has
it (``status``: new, duplicate, extends or contradicts) and what it was compared with. Review
maps are dropped on merge.

A candidate entity whose name looks like a known one (:class:`KnownNames`, by RapidFuzz's
edit-distance ratio) is offered as ``same_as: ID``: merged, its name becomes an alias of that
entity instead of a new entity.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from kg.dataset import Dataset, Fact
from kg.ingest.extract import Candidate, Extraction, slug
from kg.ingest.measures import names_a_measure
from kg.model import INDICATOR, POST, QUOTATION, RANKING, RELATION, year_of

__all__ = ["annotate", "render_draft", "SECTIONS", "KnownNames", "SAME_AS_SCORE"]

SECTIONS = ("mentions", "entities", "measures", "indicators", "rankings", "posts", "relations", "quotations")
#: Each kind's fields that name an entity by id (a measure is resolved apart).
#: The fields of each kind of fact that name entities.
REF_KEYS = {
    k.section: tuple(key for key in k.references if k.field(key).type != "measure")
    for k in (INDICATOR, RANKING, POST, RELATION, QUOTATION)
}


#: How alike (0-1) a candidate's name and a known entity's must be for the draft to offer ``same_as``.
SAME_AS_SCORE = 0.9
#: How alike they must be for the known entity to be listed as ``similar``.
SIMILAR_SCORE = 0.85


class KnownNames:
    """The names (labels and aliases) of the known entities, for finding the ones a new name resembles.

    >>> names = KnownNames({"example-commission": ["Example Commission", "Example Municipal Commission"],
    ...                     "sample-index-2022": ["Sample Index 2022"]})
    >>> names.similar("Example Municipal Comission")
    [('example-commission', 0.98)]
    >>> names.similar("Sample Index 2023")  # another edition, however alike the names
    []
    """

    def __init__(self, names: dict[str, list[str]]) -> None:
        from kg.dataset import normalize_name

        self.ids: list[str] = []
        self.keys: list[str] = []
        for eid, forms in names.items():
            for form in forms:
                key = normalize_name(form)
                if key:
                    self.ids.append(eid)
                    self.keys.append(key)

    @classmethod
    def from_dataset(cls, ds: Dataset) -> KnownNames:
        return cls({e.id: [e.label, *e.aliases] for e in ds.entities.values()})

    def similar(self, name: str, cutoff: float = SIMILAR_SCORE, limit: int = 5) -> list[tuple[str, float]]:
        """Known entities whose names look like ``name``, best first: (id, score 0-1).

        Names that differ in their numbers (editions, years, phases) are never alike.
        """
        return [(eid, score) for eid, score, _ in self._matches(name, cutoff, limit)]

    def same_as(self, name: str) -> tuple[str, float] | None:
        """The known entity ``name`` is most likely a spelling of: alike as a whole (at least
        :data:`SAME_AS_SCORE`) and word for word, so that a misspelt word is one, another word
        is not ("Tianjin ..." is not "Beijing ...", however long the rest).

        >>> names = KnownNames({"bmstc": ["Beijing Municipal Science and Technology Commission"]})
        >>> names.same_as("Beijing Municipal Science & Techology Comission")
        ('bmstc', 0.98)
        >>> names.same_as("Tianjin Municipal Science and Technology Commission") is None
        True
        """
        from kg.dataset import normalize_name

        key = normalize_name(name)
        for eid, score, known in self._matches(name, SAME_AS_SCORE, 5):
            if _word_for_word(key, known) and _word_for_word(known, key):
                return eid, score
        return None

    def _matches(self, name: str, cutoff: float, limit: int) -> list[tuple[str, float, str]]:
        from rapidfuzz import fuzz, process

        from kg.dataset import normalize_name

        key = normalize_name(name)
        if not key:
            return []
        digits = re.findall(r"\d+", key)
        best: dict[str, tuple[float, str]] = {}
        for _, score, i in process.extract(
            key, self.keys, scorer=fuzz.ratio, score_cutoff=cutoff * 100, limit=limit * 3
        ):
            if re.findall(r"\d+", self.keys[i]) != digits:
                continue
            eid, value = self.ids[i], round(score / 100, 2)
            if value > best.get(eid, (0.0, ""))[0]:
                best[eid] = (value, self.keys[i])
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
        return [(eid, value, known) for eid, (value, known) in ranked]


_FILLER = frozenset({"the", "of", "and", "for", "in", "at", "on"})


def _word_for_word(a: str, b: str) -> bool:
    """Whether every word of ``a`` (but filler words) is a word of ``b`` or a misspelling of one."""
    from rapidfuzz import fuzz

    words = b.split()
    return all(w in _FILLER or max((fuzz.ratio(w, v) for v in words), default=0) >= 80 for w in a.split())


def _when(data: dict[str, Any]) -> Any:
    """When a fact holds, for comparing facts: its year (a date counts by its year) or its period."""
    if data.get("year") is not None:
        return int(data["year"])
    if data.get("as_of") is not None:
        return year_of(data["as_of"]) or str(data["as_of"])
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


def annotate(found: Extraction, ds: Dataset, *, names: KnownNames | None = None) -> None:
    """Set each candidate's review status against the facts already in the dataset, and offer
    ``same_as`` for a candidate entity that looks like a known one (``names``: the dataset's,
    when not given)."""
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
    names = names or KnownNames.from_dataset(ds)
    for cand in found.entities:
        cand.review.setdefault("status", "new")
        label = str(cand.data.get("label") or "")
        similar = names.similar(label)
        cand.review.pop("similar", None)
        if similar:
            cand.review["similar"] = [f"{eid} ({score})" for eid, score in similar]
            known = names.same_as(label)
            if known is not None and "same_as" not in cand.data:
                cand.data["same_as"] = known[0]


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


def _drop_unnamed(found: Extraction) -> list[str]:
    """Leave out the figures whose new measure's name is no name but a clause's fragment
    (see :func:`kg.ingest.measures.names_a_measure`); a growth rate is judged by its base.
    What was left out, one line each, for the draft's header."""

    def unnamed(measure: Any) -> str | None:
        """The name that names nothing, or None."""
        if not isinstance(measure, str) or not measure.startswith("new:"):
            return None
        ident = measure[4:]
        base = found.growth_of.get(ident) or found.multiple_of.get(ident)
        if base is not None:
            return unnamed(base)
        label = found.labels.get(ident) or ident.replace("-", " ")
        return None if names_a_measure(label) else label

    kept, left_out = [], []
    for cand in found.indicators:
        label = unnamed(cand.data.get("measure"))
        if label is None:
            kept.append(cand)
        else:
            left_out.append(f"indicators: {label!r} names no measure: {_clipped(cand.quote)}")
    found.indicators = kept
    return left_out


#: A row of a table in a quote: cells apart by runs of spaces or bars.
_TABLE_ROW = re.compile(r"\S {3,}\S|\|")


def _drop_passing(found: Extraction) -> list[str]:
    """Leave out the counts of two said in passing in prose ("after two large drug makers moved
    out", "Two Beijing companies supply most of it"), and those of two or three things named by
    one word ("two universities", "three districts"): on the evaluation corpus, well under one in
    five of them is a fact a reader would take. Table rows keep theirs. What was left out, one line
    each, for the draft's header."""

    # a breakdown by place ("nine start-ups: six in Haidian, two in Changping and one in Huairou"): its parts stay
    subjects: dict[tuple[str, str], set[str]] = {}
    for cand in found.indicators:
        subjects.setdefault((cand.quote, str(cand.data.get("measure"))), set()).add(str(cand.data.get("subject")))

    def passing(cand: Candidate) -> bool:
        value, measure = cand.data.get("value"), cand.data.get("measure")
        if cand.data.get("unit") != "count" or not isinstance(value, (int, float)) or _TABLE_ROW.search(cand.quote):
            return False
        if len(subjects[(cand.quote, str(measure))]) >= 3:
            return False
        if not isinstance(measure, str) or not measure.startswith("new:"):
            return False  # a known measure's count is said for itself
        label = found.labels.get(measure[4:]) or measure[4:].replace("-", " ")
        return value == 2 or (value == 3 and len(label.split()) == 1)

    kept, left_out = [], []
    for cand in found.indicators:
        if passing(cand):
            label = found.labels.get(str(cand.data["measure"])[4:]) or str(cand.data["measure"])[4:]
            left_out.append(f"indicators: {cand.data['value']} {label}: {_clipped(cand.quote)}")
        else:
            kept.append(cand)
    found.indicators = kept
    return left_out


def _clipped(quote: str) -> str:
    """A quote cut to 70 characters for a line of the draft's header."""
    return f"{quote[:70]}{'...' if len(quote) > 70 else ''}"


def _resolve_new(found: Extraction) -> None:
    """Turn "new:" references into candidate entities and measures defined in the draft."""
    defined = {c.data["id"] for c in found.entities}
    measures: dict[str, Candidate] = {}
    for kind, keys in REF_KEYS.items():
        for cand in getattr(found, kind, []):
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
                    record = {
                        "id": ident,
                        "label": label,
                        "unit": cand.data["unit"],
                        "definition": f"{label[:1].upper()}{label[1:]}, as the source words it.",
                    }
                    base = found.growth_of.get(ident) or found.multiple_of.get(ident)
                    if base is not None:  # a growth rate or a multiple: linked to the measure it is the change of
                        record["definition"] = found.definitions[ident]
                        record["related"] = [base[4:] if base.startswith("new:") else base]
                    measures[ident] = Candidate("measures", record, cand.quote, 0.5, {"status": "new"})
    for record in (c.data for c in measures.values()):
        base = found.growth_of.get(record["id"]) or found.multiple_of.get(record["id"]) or ""
        if base.startswith("new:") and base[4:] not in measures:
            del record["related"]  # the change of a new measure the draft gives no figure of: nothing to link to
    found.measures.extend(measures.values())


@functools.cache
def _resolver() -> Any:
    import yaml

    return yaml.resolver.Resolver()


_PLAIN = re.compile(r"[A-Za-z0-9(][^:#\\\"]*[A-Za-z0-9.)%?!’]|[A-Za-z0-9]")


def _scalar(value: Any) -> str:
    """``value`` as YAML on one line (flow style for lists and maps).

    >>> [_scalar(v) for v in ("Beijing's labs grew 5.5%.", "yes", "2024-01-01", "a: b", 12, 0.5, [2018, 2020])]
    ["Beijing's labs grew 5.5%.", "'yes'", "'2024-01-01'", "'a: b'", '12', '0.5', '[2018, 2020]']
    """
    import yaml

    if type(value) is int:
        return str(value)
    if type(value) is str and _PLAIN.fullmatch(value) and value.isprintable() and "  " not in value:
        if _resolver().resolve(yaml.ScalarNode, value, (True, False)) == "tag:yaml.org,2002:str":
            return value  # plain, as PyYAML would write it (the common case, without its cost)
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10**6, sort_keys=False).strip()
    return text[:-4].rstrip() if text.endswith("\n...") else text.removesuffix("...").strip()


def _block(data: dict[str, Any], review: dict[str, Any] | None) -> list[str]:
    lines = []
    for i, (key, value) in enumerate((k, v) for k, v in data.items() if v is not None):
        lines.append(("  - " if i == 0 else "    ") + f"{key}: {_scalar(value)}")
    if review:
        lines.append(f"    review: {_scalar(review)}")
    return lines


def _listed(value: Any) -> list[Any]:
    """A field that may hold one value or a list of them, as a list."""
    return value if isinstance(value, list) else [value]


def _change_problem(d: dict[str, Any], growth: bool) -> str | None:
    """What the shapes refuse in an indicator's numbers (ontology/checks.ttl): a percentage out
    of range, a base year not before its year."""
    if d.get("unit") == "percent" and isinstance(d.get("value"), int | float):
        if (not growth and not 0 <= d["value"] <= 100) or d["value"] < -100:
            return f"a percentage of {d['value']} is out of range"
    return None


def _fit_for_merge(found: Extraction, known: Dataset) -> list[str]:
    """Leave out the candidates the build would refuse as they stand, so that a draft merges
    unedited; the reasons, one line each, for the draft's header. Checked here, with the build's
    own rules: the ids named, the quote as evidence, the numbers and the hedge the quote states,
    the unit of the measure, a rank's context and the type of a post's body. A new measure
    whose label is a known name gets a label of its own ("number of humanoid robots")."""
    from kg.classes import project_classes
    from kg.dataset import QUALIFIER_WORDS, normalize_name, quote_problem, unit_fits
    from kg.ingest.figures import states_value

    names = [[e.label, *e.aliases] for e in known.entities.values()]
    names += [[m.label, *m.aliases] for m in known.measures.values()]
    taken = {normalize_name(n) for some in names for n in some}
    taken |= {normalize_name(str(c.data.get("label"))) for c in found.entities}
    units = {m.id: m.unit for m in known.measures.values()}
    found.measures = [c for c in found.measures if c.data["id"] not in units]  # a new name for a known id: that one
    for cand in found.measures:
        d = cand.data
        if normalize_name(str(d["label"])) in taken:
            d["label"] = f"number of {d['label']}" if d["unit"] == "count" else f"{d['label']} in {d['unit']}"
        if normalize_name(str(d["label"])) in taken:
            d["label"] = str(d["id"]).replace("-", " ")
        taken.add(normalize_name(str(d["label"])))
        units[str(d["id"])] = str(d["unit"])
    types = {e.id: e.types[0] if e.types else "" for e in known.entities.values()}
    for c in found.entities:  # a candidate merged as a known entity (same_as) is of that entity's type
        types[str(c.data["id"])] = types.get(str(c.data.get("same_as")), str(c.data.get("type")))
    bodies = project_classes().organizations | project_classes().places
    left_out: list[str] = []

    kinds = {k.section: k for k in (INDICATOR, RANKING, POST, RELATION)}

    def problem(kind: str, cand: Candidate) -> str | None:
        d = cand.data
        missing = [key for key in kinds[kind].required if key != "quote" and d.get(key) is None]
        if missing:
            return f"no {missing[0]}"
        for key in REF_KEYS.get(kind, ()):
            for value in _listed(d.get(key)):
                if isinstance(value, str) and value not in types:
                    return f"{key} {value!r} is no known or drafted entity"
        why = quote_problem(cand.quote)
        if why:
            return f"the quote {why}"
        if kind == "indicators":
            measure = str(d["measure"])
            if not unit_fits(d["unit"], units.get(measure, d["unit"])):
                return f"the unit {d['unit']} does not fit the measure {measure} ({units[measure]})"
            for key in ("value", "value_max"):
                if isinstance(d.get(key), int | float) and not states_value(cand.quote, d[key]):
                    return f"the quote does not state {d[key]}"
            words = QUALIFIER_WORDS.get(str(d.get("qualifier")))
            if words and not re.search(r"\b(?:" + words + r")\b", cand.quote, re.I):
                return f"the quote has no word for {d['qualifier']!r}"
            growth = (measure.endswith("-growth") and units.get(measure) == "percent") or measure.endswith(
                "-growth-rate"
            )
            change = _change_problem(d, growth)
            if change:
                return change
            if isinstance(d.get("base_year"), int) and isinstance(d.get("year"), int) and d["base_year"] >= d["year"]:
                del d["base_year"]  # no base year after the year it is the base of: the figure stands without it
        if kind == "rankings":
            if not states_value(cand.quote, float(d["rank"]), rank=True):
                return f"the quote does not state the rank {d['rank']}"
            if not (d.get("edition") or d.get("year") or d.get("category")):
                return "a rank in nothing named (no edition, year or category)"
        if kind == "posts":
            for org in _listed(d.get("org")):
                if isinstance(org, str) and types.get(org) not in bodies:
                    return f"{org!r} is no organization or place to hold a post in"
        return None

    for kind in ("indicators", "rankings", "posts", "relations"):
        kept = []
        for cand in getattr(found, kind):
            why = problem(kind, cand)
            if why is None:
                kept.append(cand)
            else:
                left_out.append(f"{kind}: {why}: {_clipped(cand.quote)}")
        setattr(found, kind, kept)
    found.mentions = [c for c in found.mentions if quote_problem(c.quote) is None]
    return left_out


def render_draft(
    found: Extraction,
    source_id: str,
    *,
    min_confidence: float = 0.5,
    header: Iterable[str] = (),
    known: Dataset | None = None,
) -> str:
    """The draft as YAML text: one block per candidate, blank lines between them. With the
    ``known`` dataset, the candidates the build would refuse are left out and listed in the
    header, so that the draft merges as it stands."""
    unnamed = _drop_unnamed(found)
    passing = _drop_passing(found)
    _resolve_new(found)
    left_out = _fit_for_merge(found, known) if known is not None else []
    used = _referenced(found, min_confidence)
    out = [f"# {' '.join(line.split())}" if line.strip() else "#" for line in header]
    if unnamed:
        out.append(
            "# Left out, as the words by their figures name no measure (add them back named, if they are facts):"
        )
        out += [f"#   {' '.join(line.split())}" for line in unnamed]
        out.append("#")
    if passing:
        out.append(
            "# Left out, as counts of two or three said in passing are seldom facts (add them back if they are):"
        )
        out += [f"#   {' '.join(line.split())}" for line in passing]
        out.append("#")
    if left_out:
        out.append("# Left out, as the build would refuse them (add them back corrected, if they are right):")
        out += [f"#   {' '.join(line.split())}" for line in left_out]  # a quote of several lines, on one
        out.append("#")
    out += [f"source: {source_id}", ""]
    mentions = [c for c in found.mentions if c.confidence >= min_confidence]
    out.append("mentions:  # known entities the article names" + ("" if mentions else " (none)"))
    out += [f"  {c.data['id']}: {_scalar(c.quote)}" for c in mentions]
    if not mentions:
        out[-1] = out[-1].replace("mentions:", "mentions: {}")
    new_measures = {c.data["id"] for c in found.measures}
    for kind, comment in (
        ("entities", "candidate new entities (the quote names them); same_as: ID if it is a known entity"),
        ("measures", "candidate new measures, for the indicators below"),
        ("indicators", "value, unit, year or period, qualifier; subject and measure are ids"),
        ("rankings", "entity, edition (an index), rank"),
        ("posts", "person, role, org"),
        ("relations", "locations (locatedIn) and part-of relations"),
    ):
        items = [
            c
            for c in getattr(found, kind)
            if (c.confidence >= min_confidence and kind != "measures")
            or (kind in ("entities", "measures") and c.data["id"] in used)  # a measure only for its figures
        ]
        out.append("")
        out.append(f"{kind}:  # {comment}" if items else f"{kind}: []  # none found")
        for cand in items:
            data = dict(cand.data)
            data.pop("quote", None)
            data["quote"] = cand.quote
            review = {"confidence": round(cand.confidence, 2), "why": _why(cand, new_measures), **cand.review}
            out += _block(data, review)
            out.append("")
        if items:
            out.pop()
    return "\n".join(out) + "\n"


def _why(cand: Candidate, new_measures: set[str]) -> str:
    """A short reason for a candidate: the rule or pattern that proposed it.

    The extraction's own reason (``review["why"]``) when it gives one; else told from what
    the candidate records.
    """
    d, review = cand.data, cand.review
    if review.get("why"):
        return str(review["why"])
    if cand.kind == "entities":
        if d.get("type") == "Role":
            return "a role named in a post, not a known role"
        if d.get("type") == "Person":
            why = "a capitalized name next to a role or a verb of saying"
        elif isinstance(d.get("outside"), dict) and d["outside"].get("note"):
            why = f"a name not in the graph, {d['outside']['note']}"
        elif float(review.get("type_guess") or 0) > 0.8 and review.get("similar"):
            why = f"a capitalized name not in the graph, a {d.get('type')} as the known name it resembles"
        elif float(review.get("type_guess") or 0) >= 0.8:
            why = f"a capitalized name not in the graph, a {d.get('type')} by its last word"
        else:
            why = "a capitalized name not in the graph; its words do not tell its type (check it)"
        return why + (f"; looks like the known {d['same_as']}" if d.get("same_as") else "")
    if cand.kind == "measures":
        if d.get("related") and d.get("unit") == "times":
            return f"a multiple of {d['related'][0]}, with no known measure for it"
        if d.get("related"):
            return f"a growth rate (percent change) of {d['related'][0]}, with no known measure for it"
        return "the words next to a value, with no known measure for them"
    if cand.kind == "indicators":
        unit = d.get("unit")
        parts = [f"a number with its unit ({unit})" if unit != "count" else "a number counting something"]
        parts.append(
            "a new measure from the words next to it"
            if d.get("measure") in new_measures
            else f"the measure {d.get('measure')} by its words"
        )
        if d.get("period") is not None:
            parts.append("the period in the sentence")
        elif d.get("as_of") == "publication":
            parts.append("no time in the text: as of the article's own date")
        elif d.get("as_of") is not None:
            parts.append("as of the date said or of publication")
        elif d.get("year") is not None:
            parts.append("the year in (or before) the sentence")
        else:
            parts.append("no year found")
        return "; ".join(parts)
    if cand.kind == "rankings":
        why = "a rank ('ranks ...', 'topped', '... place') of the place or body named before it"
        return why + ("; the index named in the sentence" if d.get("edition") else "")
    if cand.kind == "posts":
        return "a person's name next to a role ('NAME, role of ORG' or 'role NAME')"
    if cand.kind == "relations":
        return {
            "locatedIn": "'X in Y', Y a place",
            "partOf": "'Y's X', X a place within the place Y",
            "subOrganizationOf": "'X at Y' or 'X of Y', X a unit of the organization Y",
        }.get(str(d.get("p")), f"a pattern for {d.get('p')}")
    return f"a rule for {cand.kind}"


def _referenced(found: Extraction, min_confidence: float) -> set[str]:
    used: set[str] = set()
    for kind, keys in REF_KEYS.items():
        for cand in getattr(found, kind, []):
            if cand.confidence >= min_confidence:
                for key in (*keys, "measure"):
                    value = cand.data.get(key)
                    used.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
    for cand in found.measures:  # a used change measure's base measure, which it is linked to
        if cand.data["id"] in used:
            used.update(cand.data.get("related") or [])
    return used


def source_id_for(title: str | None, fallback: str, taken: Iterable[str]) -> str:
    """A new source id from the title (or ``fallback``), made unique among ``taken``.

    >>> source_id_for("Beijing: 80 key labs!", "x", {"beijing-80-key-labs"})
    'beijing-80-key-labs-2'
    >>> source_id_for("Nine national key laboratories open their doors to visitors in Huairou Science City", "x", [])
    'nine-national-key-laboratories-open-their-doors-to-visitors'
    """
    base = re.sub(r"-+", "-", slug(title or fallback))
    if len(base) > 60:  # cut at a word, not in one
        cut = base[:61].rfind("-")
        base = base[: cut if cut > 20 else 60]
    base = base.strip("-") or "article"
    taken = set(taken)
    ident, n = base, 1
    while ident in taken:
        n += 1
        ident = f"{base}-{n}"
    return ident


# --- aliases of known entities (same_as) -----------------------------------------------------


def _alias_scalar(name: str) -> str:
    """``name`` as a YAML scalar that reads back as the same text in a flow or block list.

    >>> _alias_scalar("Example Municipal Comission"), _alias_scalar("A, B: C"), _alias_scalar("yes")
    ('Example Municipal Comission', '"A, B: C"', '"yes"')
    """
    import json

    import yaml

    if re.fullmatch(r"[A-Za-z][A-Za-z0-9 .&'’()/-]*", name) and not name.endswith(" "):
        try:
            if yaml.safe_load(f"[{name}]") == [name]:
                return name
        except yaml.YAMLError:
            pass
    return json.dumps(name, ensure_ascii=False)


def add_aliases(text: str, additions: dict[str, list[str]]) -> str:
    """The text of an entities file with ``additions`` (entity id -> new names) added to the
    entities' ``aliases``, everything else (comments, layout, order) as it was.

    Raises ValueError when the file's layout is not one this can edit safely; the result is
    checked to read as the file did, plus the new aliases.

    >>> text = "# Things\\n- id: a\\n  type: City\\n  label: A City  # the city\\n- {id: b, type: City, label: B}\\n"
    >>> print(add_aliases(text, {"a": ["A-Town"], "b": ["Bee, the city"]}), end="")
    # Things
    - id: a
      type: City
      label: A City  # the city
      aliases: [A-Town]
    - {id: b, type: City, label: B, aliases: ["Bee, the city"]}
    >>> text = "- id: c\\n  aliases:\\n    - C1\\n  label: C\\n- id: d\\n  aliases: [D1]\\n"
    >>> print(add_aliases(text, {"c": ["C2"], "d": ["D2"]}), end="")
    - id: c
      aliases:
        - C1
        - C2
      label: C
    - id: d
      aliases: [D1, D2]
    """
    import yaml

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.SequenceNode):
        raise ValueError("the file is not a list of entities")
    edits: list[tuple[int, str]] = []  # (offset, text inserted there)
    done: set[str] = set()
    for item in root.value:
        if not isinstance(item, yaml.MappingNode):
            continue
        fields = {k.value: (k, v) for k, v in item.value if isinstance(k, yaml.ScalarNode)}
        if "id" not in fields or not isinstance(fields["id"][1], yaml.ScalarNode):
            continue
        eid = fields["id"][1].value
        names = additions.get(eid)
        if not names or eid in done:
            continue
        done.add(eid)
        listed = ", ".join(_alias_scalar(n) for n in names)
        if "aliases" in fields:
            value = fields["aliases"][1]
            if isinstance(value, yaml.SequenceNode) and value.flow_style:
                close = text.rindex("]", value.start_mark.index, value.end_mark.index)
                edits.append((close, (", " if value.value else "") + listed))
            elif isinstance(value, yaml.SequenceNode) and value.value:
                first, last = value.value[0], value.value[-1]
                prefix = text[text.rfind("\n", 0, first.start_mark.index) + 1 : first.start_mark.index]
                if prefix.strip() != "-" or isinstance(last, (yaml.SequenceNode, yaml.MappingNode)):
                    raise ValueError(f"the aliases of {eid!r} are not a simple list")
                end = text.find("\n", last.end_mark.index)
                edits.append((len(text) if end < 0 else end, "".join(f"\n{prefix}{_alias_scalar(n)}" for n in names)))
            else:
                raise ValueError(f"the aliases of {eid!r} are not a list")
        elif item.flow_style:
            close = text.rindex("}", item.start_mark.index, item.end_mark.index)
            edits.append((close, f", aliases: [{listed}]"))
        else:
            anchor = fields.get("label", fields["id"])[1]
            end = text.find("\n", anchor.end_mark.index)
            indent = " " * fields["id"][0].start_mark.column
            edits.append((len(text) if end < 0 else end, f"\n{indent}aliases: [{listed}]"))
    missing = sorted(set(additions) - done)
    if missing:
        raise ValueError(f"entity {missing[0]!r} is not in the file")
    new = text
    for offset, insert in sorted(edits, reverse=True):
        new = new[:offset] + insert + new[offset:]
    expected = yaml.safe_load(text)
    for record in expected:
        if isinstance(record, dict) and record.get("id") in additions:
            record["aliases"] = [*(record.get("aliases") or []), *additions[record["id"]]]
    if yaml.safe_load(new) != expected:
        raise ValueError("the edited file would not read as intended")
    return new
