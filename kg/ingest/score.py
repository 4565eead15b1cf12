"""Scoring ``kg ingest`` drafts strictly against gold annotations.

A proposed fact counts only when everything about it is right:

- an indicator: its subject, measure, value, unit, time (year, period or as-of date) and
  whether it is a growth rate; the measure is an existing one when the gold names one, or
  a new one whose label reads like one of the gold's accepted names;
- a ranking: the ranked entity, the rank, the index and, when the gold has one, the edition
  year;
- a post: the person, the organization and the role.

The old, lenient score (a number counts when its value and year match any gold number) is
kept beside it, so the difference stays visible. The gold format is documented in
``benchmarks/ingest_corpus/README.md``; the draft format in ``data/README.md``.

>>> norm("The  Zhongguancun Science-Park's")
'zhongguancun science park s'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from kg.model import year_of

__all__ = ["Tally", "ArticleScore", "score_article", "norm", "same_name", "author_names"]

_WORD = re.compile(r"[0-9a-z]+")
#: A new measure that is the change of another: its growth rate, or its multiple in times.
_CHANGE = re.compile(r"(.+)-(?:growth-rate|growth|multiple)")
_FUNCTION_WORDS = {"of", "the", "a", "an", "in", "by", "and", "for", "to", "number", "at", "on", "with"}


def norm(text: Any) -> str:
    """Lower-case words joined by single spaces, a leading "the" dropped."""
    words = _WORD.findall(str(text or "").casefold().replace("&", " and "))
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _stems(text: Any) -> set[str]:
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in norm(text).split()}


def same_name(a: Any, b: Any, *, threshold: float = 0.85) -> bool:
    """Whether two names say the same: equal once normalized, or nearly so.

    >>> same_name("Beijing Frontier AI Research Institute", "beijing frontier ai research institute")
    True
    >>> same_name("Haidian District", "Haidian")
    False
    """
    x, y = norm(a), norm(b)
    return bool(x) and (x == y or SequenceMatcher(None, x, y).ratio() >= threshold)


def author_names(authors: Any) -> set[str]:
    """The names in a byline, however it joins them ("A and B", "A, B", "A, B, and C", "A; B").

    >>> author_names("Jia Mengqi, Owen Tsai") == author_names("Jia Mengqi and Owen Tsai"), author_names(None)
    (True, set())
    >>> author_names("Ada Li, Bo Wu, and Cy Xu") == author_names("Ada Li; Bo Wu & Cy Xu")
    True
    """
    parts = re.split(r"\s*[,;]\s*(?:and\s+)?|\s+(?:and|&)\s+", str(authors or ""))
    return {norm(name) for name in parts if norm(name)}


def _reads_like(label: Any, names: Iterable[Any]) -> bool:
    """A new measure's label reads like one of the accepted names: nearly equal, or holding
    every content word of one of them (plurals aside)."""
    got = _stems(label)
    for name in names:
        if same_name(label, name, threshold=0.8):
            return True
        wanted = _stems(name) - _FUNCTION_WORDS
        content = got - _FUNCTION_WORDS
        if wanted and wanted <= got and len(got) <= len(wanted) + 4:
            return True  # every word of an accepted name, and not much more
        if len(content) >= 2 and content <= wanted and 2 * len(content) >= len(wanted):
            return True  # a shorter name made of the accepted one's words ("total revenue")
    return False


@dataclass
class Tally:
    """Counts for precision and recall."""

    right: int = 0
    proposed: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.right / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    def __iadd__(self, other: Tally) -> Tally:
        self.right += other.right
        self.proposed += other.proposed
        self.gold += other.gold
        return self


@dataclass
class ArticleScore:
    """One article's scores: strict tallies per kind, the lenient one, furniture and metadata."""

    strict: dict[str, Tally] = field(default_factory=dict)
    lenient: Tally = field(default_factory=Tally)
    furniture_facts: int = 0
    metadata: dict[str, bool] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    #: for missed gold indicators, what the nearest proposal with the same value got wrong
    #: ("subject", "measure+time", ...), or "not proposed"; counts per fault
    faults: dict[str, int] = field(default_factory=dict)
    #: each missed gold indicator with its fault and the nearest proposal (an empty map if none)
    nearest: list[tuple[dict[str, Any], str, dict[str, Any]]] = field(default_factory=list)
    #: proposed indicators whose value no gold indicator has: figures that are no fact at all
    #: (a code, a figure of furniture, an ordinal), not facts filed under the wrong name
    unfounded: list[str] = field(default_factory=list)


class _Names:
    """Resolves ids of a draft (and of the known graph) to names, for comparing with gold."""

    def __init__(self, draft: dict[str, Any], known: dict[str, list[str]]) -> None:
        self.known = known
        self.new: dict[str, list[str]] = {}
        self.same_as: dict[str, str] = {}
        for block in draft.get("entities") or []:
            if isinstance(block, dict) and block.get("id"):
                self.new[str(block["id"])] = [str(block.get("label") or block["id"])]
                if block.get("same_as"):
                    self.same_as[str(block["id"])] = str(block["same_as"])
        self.measures: dict[str, str] = {
            str(m["id"]): str(m.get("label") or m["id"])
            for m in draft.get("measures") or []
            if isinstance(m, dict) and m.get("id")
        }

    def entity(self, draft_id: Any, gold: Any, gold_new: dict[str, str], aliases: dict[str, str]) -> bool:
        """Whether the draft's entity id names the gold entity (a known id, or a new entity's name, with
        the type the gold gives it: a district the gold names "Haidian" is the draft's "Haidian District")."""
        did = str(draft_id)
        did = self.same_as.get(did, did)
        gold = str(gold)
        if gold in self.known:  # a known entity: the draft must use its id (or a new name the gold maps to it)
            if did == gold:
                return True
            return any(aliases.get(norm(n)) == gold for n in self.new.get(did, []))
        if did in self.known:  # a known entity where the gold names one: right when it bears that name
            return any(same_name(n, gold) for n in self.known[did])
        names = self.new.get(did, [did.replace("-", " ")])
        if gold_new.get(gold) == "District" and any(norm(n) == norm(gold) + " district" for n in names):
            return True  # the type word is no part of what tells the district apart
        return any(same_name(n, gold) for n in names)

    def label_of(self, draft_id: Any) -> list[str]:
        did = str(draft_id)
        return self.known.get(did) or self.new.get(did) or [did.replace("-", " ")]


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _same_number(a: Any, b: Any) -> bool:
    x, y = _number(a), _number(b)
    return x is not None and y is not None and abs(x - y) <= 1e-3 * max(1.0, abs(y))


def _month(value: Any) -> str:
    return str(value)[:7]


def _same_time(draft: dict[str, Any], gold: dict[str, Any]) -> bool:
    if draft.get("as_of") == "publication":  # the article's own date: no time stated
        draft = {**draft, "as_of": None}
    if gold.get("as_of") is not None:
        return draft.get("as_of") is not None and _month(draft["as_of"]) == _month(gold["as_of"])
    if gold.get("period") is not None:
        return [_number(x) for x in draft.get("period") or []] == [_number(x) for x in gold["period"]]
    if gold.get("year") is not None:
        return (
            draft.get("as_of") is None and draft.get("period") is None and _same_number(draft.get("year"), gold["year"])
        )
    return all(draft.get(k) is None for k in ("year", "period", "as_of"))


def _year_of(data: dict[str, Any]) -> float | None:
    if data.get("year") is not None:
        return _number(data["year"])
    if data.get("as_of") is not None:
        return _number(year_of(data["as_of"]))
    period = data.get("period") or []
    return _number(period[-1]) if period and period[-1] is not None else None


def _match(proposed: list[dict[str, Any]], gold: list[dict[str, Any]], same: Any) -> tuple[Tally, list[int]]:
    """Pairs proposed with gold facts one to one (first fit); the tally and the unmatched gold indexes."""
    used: set[int] = set()
    right = 0
    for p in proposed:
        for i, g in enumerate(gold):
            if i not in used and same(p, g):
                used.add(i)
                right += 1
                break
    return Tally(right, len(proposed), len(gold)), [i for i in range(len(gold)) if i not in used]


def _fields(block: dict[str, Any], keys: tuple[str, ...]) -> str:
    return ", ".join(f"{k}={block[k]!r}" for k in keys if block.get(k) not in (None, False, ""))


def _furniture_in(line: str, quote: str) -> bool:
    """Whether a fact's quote comes from a furniture line (both normalized): the quote lies
    within the line, or the quote holds the whole line as words of its own and the line is
    long enough to be more than a name (a menu item "Tech" inside "technology", or a masthead
    naming an institute that a body sentence names too, is not furniture in the quote).

    >>> _furniture_in("home news tech science", "tech")
    False
    >>> _furniture_in("tech", "beijing tech firms grew")
    False
    >>> _furniture_in("related beijing opens 3 labs", "related beijing opens 3 labs")
    True
    """
    if len(quote) > 12 and quote in line:
        return True
    return len(line.split()) >= 6 and f" {line} " in f" {quote} "


def _blocks(draft: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [b for b in draft.get(kind) or [] if isinstance(b, dict)]


def score_article(
    gold: dict[str, Any],
    draft: dict[str, Any],
    source: dict[str, Any],
    known_entities: dict[str, list[str]],
    known_measures: set[str],
    text: str | None = None,
) -> ArticleScore:
    """Score one draft (and its registered source's metadata) against its gold annotation.

    With the article's ``text``, a fact is a furniture fact when its quote is found in the
    text only inside furniture lines; without it, when the quote lies within a furniture line
    (or holds a long one whole).

    ``known_entities`` maps the graph's entity ids to their names; ``known_measures`` holds
    its measure ids.
    """
    names = _Names(draft, known_entities)
    gold_new = {str(e["name"]): str(e.get("type") or "") for e in gold.get("entities") or [] if isinstance(e, dict)}
    aliases = {norm(a["name"]): str(a["id"]) for a in gold.get("new_aliases") or [] if isinstance(a, dict)}
    score = ArticleScore()

    def indicator_faults(p: dict[str, Any], g: dict[str, Any]) -> list[str]:
        """What a proposed indicator gets wrong about a gold one (nothing: the same fact)."""
        faults = []
        if not names.entity(p.get("subject"), g.get("subject"), gold_new, aliases):
            faults.append("subject")
        measure, wanted = str(p.get("measure")), g.get("measure")
        # a growth rate is an indicator of the measure "<base>-growth" (data/README.md), and so is
        # a multiple, in times; the gold files a multiple under its base measure, in times
        changed = None if measure in known_measures else _CHANGE.fullmatch(measure)
        growth = bool(p.get("growth")) or (changed is not None and p.get("unit") != "times")
        if changed:
            base = changed.group(1)
            label = names.measures.get(base) or re.sub(
                r"\s*(?:growth|growth rate|multiple)$", "", names.measures.get(measure, base)
            )
        else:
            base, label = measure, names.measures.get(measure, "")
        if isinstance(wanted, dict):
            if base in known_measures or not label or not _reads_like(label, wanted.get("new") or []):
                faults.append("measure")
        elif base != str(wanted):
            faults.append("measure")
        if not _same_number(p.get("value"), g.get("value")):
            faults.append("value")
        if str(p.get("unit")) != str(g.get("unit")):
            faults.append("unit")
        if growth != bool(g.get("growth")):
            faults.append("growth")
        if not _same_time(p, g):
            faults.append("time")
        return faults

    def same_indicator(p: dict[str, Any], g: dict[str, Any]) -> bool:
        return not indicator_faults(p, g)

    def same_ranking(p: dict[str, Any], g: dict[str, Any]) -> bool:
        if not names.entity(p.get("entity"), g.get("entity"), gold_new, aliases):
            return False
        if not _same_number(p.get("rank"), g.get("rank")):
            return False
        edition = p.get("edition")
        if edition is None:
            return False
        labels = names.label_of(edition) + [str(edition).replace("-", " ")]
        index = g.get("index")
        index_names = known_entities.get(str(index), [str(index)])
        if not any(norm(i) and norm(i) in norm(label) for i in index_names for label in labels):
            return False
        year = g.get("edition_year")
        if year is None:
            return True
        return _same_number(p.get("year"), year) or any(str(year) in norm(label) for label in labels)

    def same_post(p: dict[str, Any], g: dict[str, Any]) -> bool:
        if not names.entity(p.get("person"), g.get("person"), gold_new, aliases):
            return False
        org = p.get("org")
        orgs: list[Any] = org if isinstance(org, list) else [org]
        if not any(names.entity(o, g.get("org"), gold_new, aliases) for o in orgs):
            return False
        role, wanted = norm(p.get("role")), norm(g.get("role"))
        return bool(role) and (role == wanted or same_name(role, wanted) or role in wanted or wanted in role)

    numbers = Tally()
    for kind, same in (("indicators", same_indicator), ("rankings", same_ranking), ("posts", same_post)):
        proposed, wanted = _blocks(draft, kind), [g for g in gold.get(kind) or [] if isinstance(g, dict)]
        tally, missed = _match(proposed, wanted, same)
        score.strict[kind] = tally
        if kind != "posts":
            numbers += tally
        if kind != "indicators":
            score.misses += [f"{kind}: {wanted[i].get('quote', '')[:90]}" for i in missed]
            continue
        for i in missed:  # why each was missed: what the nearest proposal of its value got wrong
            g = wanted[i]
            near = [(f, p) for p in proposed if "value" not in (f := indicator_faults(p, g))]
            faults, best = min(near, key=lambda fp: len(fp[0])) if near else (["not proposed"], {})
            fault = "+".join(faults)
            score.faults[fault] = score.faults.get(fault, 0) + 1
            score.nearest.append((g, fault, best))
            shown = ("subject", "measure", "value", "unit", "growth", "year", "period", "as_of")
            line = f"{kind}: {g.get('quote', '')[:90]}\n      {fault}: wanted " + _fields(g, shown)
            score.misses.append(line + (f"\n      {'':{len(fault)}}  proposed {_fields(best, shown)}" if best else ""))
        gold_values = [g.get("value") for g in wanted]
        score.unfounded += [
            f"{_fields(p, ('subject', 'measure', 'value', 'unit'))}: {str(p.get('quote', ''))[:90]}"
            for p in proposed
            if not any(_same_number(p.get("value"), v) for v in gold_values)
        ]
    score.strict["numbers"] = numbers

    gold_numbers = [(_number(g.get("value")), _year_of(g)) for g in gold.get("indicators") or []]
    gold_numbers += [(_number(g.get("rank")), _number(g.get("edition_year"))) for g in gold.get("rankings") or []]
    lenient_proposed = [(_number(p.get("value")), _year_of(p)) for p in _blocks(draft, "indicators")]
    lenient_proposed += [(_number(p.get("rank")), _year_of(p)) for p in _blocks(draft, "rankings")]
    score.lenient, _ = _match(
        [{"v": v, "y": y} for v, y in lenient_proposed],
        [{"v": v, "y": y} for v, y in gold_numbers],
        lambda p, g: _same_number(p["v"], g["v"]) and (g["y"] is None or p["y"] == g["y"]),
    )

    furniture = [norm(f) for f in gold.get("furniture") or [] if norm(f)]
    body = None
    if text is not None:  # the text without the lines that are furniture (or parts of one)
        kept = [norm(line) for line in text.splitlines()]
        body = " | ".join(k for k in kept if k and not any(k == f or k in f for f in furniture))
        body = f" {body} "
    whole = f" {norm(text)} " if text is not None else ""

    def from_furniture(quote: str) -> bool:
        if body is not None and f" {quote} " in whole:
            return f" {quote} " not in body  # found only inside furniture lines
        return any(_furniture_in(f, quote) for f in furniture)

    for kind in ("indicators", "rankings", "posts", "relations", "entities", "measures"):
        for block in _blocks(draft, kind):
            # a quote of several lines (a table's caption down to its row) is furniture when each line is
            lines = [norm(line) for line in str(block.get("quote") or "").splitlines()]
            lines = [line for line in lines if line]
            score.furniture_facts += bool(lines) and all(from_furniture(line) for line in lines)

    meta = gold.get("metadata") or {}
    score.metadata = {
        "title": same_name(source.get("title"), meta.get("title"), threshold=0.9),
        "date": str(source.get("date_published") or "") == str(meta.get("date_published") or ""),
        "author": author_names(source.get("author")) == author_names(meta.get("author")),
        "publisher": norm(source.get("publisher")) == norm(meta.get("publisher")),
    }
    return score
