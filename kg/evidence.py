"""The evidence of a source: its text with every quote that supports a fact located in it.

:func:`locate` finds quotes (compared with runs of white space as one space, as the build
checks them) in a text and cuts the text into segments, each with the quotes that cover
it, so a page can mark every quoted span and link it to its facts. :func:`source_evidence`
does this for a source of the graph: its text file (checked against the SHA-256 the build
recorded), its furniture (excluded text) apart, and the facts each quote supports.

>>> segs = locate("Beijing grew.\\nIt  spent 6.5 percent.", ["It spent 6.5", "6.5 percent"])
>>> [(s.text, s.quotes) for s in segs]
[('Beijing grew.\\n', []), ('It  spent ', [0]), ('6.5', [0, 1]), (' percent', [1]), ('.', [])]
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kg.model import KINDS, curie
from kg.namespaces import KG, SRC
from kg.records import Record, Ref

__all__ = ["Segment", "QuotedFact", "Evidence", "locate", "source_evidence"]


@dataclass(frozen=True, kw_only=True, eq=False)
class Segment(Record):
    """A run of the text, the indexes (into the quotes) of the quotes that cover it, and of
    those that start with it."""

    text: str
    quotes: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    furniture: bool = False  # page furniture the build leaves out (a menu, a share line)


@dataclass(frozen=True, kw_only=True, eq=False)
class QuotedFact(Record):
    """A fact a quote supports: its node ``id``, ``kind`` and a one-line ``summary``."""

    id: str
    kind: str
    summary: str
    about: Ref | None = None


@dataclass(frozen=True, kw_only=True, eq=False)
class Evidence(Record):
    """A source's text (None when it cannot be shown, ``reason`` says why) cut into
    ``segments``, its ``quotes`` (``found`` says which are in the text) with the facts each
    supports, and its ``excluded`` furniture."""

    nested = {"segments": [Segment], "source": Ref}

    source: Ref
    text: str | None
    reason: str | None = None
    segments: list[Segment] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    #: how each of the source's dates was read: ``name``, ``value`` (or None), ``how`` and the
    #: ``line`` of the text that writes it (see :func:`read_dates`)
    dates: list[dict[str, Any]] = field(default_factory=list)


def read_dates(text: str | None, published: str | None, modified: str | None) -> list[dict[str, Any]]:
    """What is known about how a source's dates were read: for its publication date and the
    date it was last modified, whether the text writes that date in full (and on which line),
    or the date was given when the source was registered; for a date not given, the dates the
    text does write, if any.

    >>> text = "Beijing ambitions\\nUpdated: Dec 15,2020 09:42\\nIn 2019 the city ..."
    >>> for d in read_dates(text, None, "2020-12-15"):
    ...     print(d["name"], "|", d["how"], "|", d["line"])
    published | not given: the text states no other date in full | None
    modified | written in the text | Updated: Dec 15,2020 09:42
    """
    from kg.ingest.reader import find_dates

    written = find_dates(text) if text else []
    given = {d for d in (published, modified) if d}
    out: list[dict[str, Any]] = []
    for name, value in (("published", published), ("modified", modified)):
        line = None
        if value:
            at = next((start for start, _, iso in written if iso == value), None)
            if at is not None and text is not None:  # its line, or 80 characters either side in a long one
                end = text.find("\n", at)
                start, stop = text.rfind("\n", 0, at) + 1, end if end >= 0 else len(text)
                cut = max(start, at - 80), min(stop, at + 80)
                line = ("…" if cut[0] > start else "") + " ".join(text[cut[0] : cut[1]].split())
                line += "…" if cut[1] < stop else ""
            how = (
                "written in the text"
                if line is not None
                else (
                    "given when the source was registered; the text does not write it in full"
                    if text is not None
                    else "given when the source was registered"
                )
            )
        elif name == "modified":
            continue  # a source need not say when it was changed
        else:
            others = sorted({iso for _, _, iso in written} - given)
            how = (
                f"not given: the text writes {others[0]}, not said to be when it was published"
                if len(others) == 1
                else f"not given: the text writes {', '.join(others)}, none said to be when it was published"
                if others
                else "not given: the text states no other date in full"
                if written
                else "not given: the text states no date in full"
            )
        out.append({"name": name, "value": value, "how": how, "line": line})
    return out


def _spans(text: str, quote: str) -> tuple[int, int] | None:
    """Where ``quote`` first occurs in ``text``, runs of white space matching any run."""
    words = quote.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def locate(text: str, quotes: Sequence[str], furniture: Sequence[str] = ()) -> list[Segment]:
    """Cut ``text`` into segments at every quote's start and end; a quote not in it covers nothing.

    Segments inside one of the ``furniture`` texts (found the same way) are marked as such.
    """
    spans: list[tuple[int, int, int]] = []
    for i, quote in enumerate([*quotes, *furniture]):
        found = _spans(text, quote)
        if found is not None:
            spans.append((found[0], found[1], i))
    cuts = sorted({0, len(text), *(a for a, _, _ in spans), *(b for _, b, _ in spans)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        inside = [i for start, end, i in spans if start <= a and b <= end]
        covering = sorted(i for i in inside if i < len(quotes))
        starting = sorted(i for start, _, i in spans if start == a and i < len(quotes))
        junk = any(i >= len(quotes) for i in inside)
        last = out[-1] if out else None
        if last and last.quotes == covering and last.furniture == junk and not starting:  # one per run
            out[-1] = Segment(text=last.text + text[a:b], quotes=covering, starts=last.starts, furniture=junk)
        else:
            out.append(Segment(text=text[a:b], quotes=covering, starts=starting, furniture=junk))
    return out


# Who or what each kind of fact is about: its first field (refArea, rankedEntity, holder ...).
_ABOUT = "|".join(dict.fromkeys(curie(k.fields[0].prop or "") for k in KINDS))

_FACTS = f"""
SELECT ?fact ?cls ?quote ?s ?sl ?p ?pl ?o ?ol ?m ?ml ?v ?u WHERE {{
  ?fact kg:sourceDocument $src ; kg:quote ?quote ; a ?cls .
  FILTER(STRSTARTS(STR(?cls), STR(kg:)))
  OPTIONAL {{ ?fact {_ABOUT} ?s OPTIONAL {{ ?s rdfs:label ?sl }} }}
  OPTIONAL {{ ?fact rdf:predicate ?p OPTIONAL {{ ?p rdfs:label ?pl FILTER(LANG(?pl) = "en") }} }}
  OPTIONAL {{ ?fact rdf:object|kg:rankedIn|kg:postIn|kg:role ?o OPTIONAL {{ ?o rdfs:label ?ol }} }}
  OPTIONAL {{ ?fact kg:measure ?m OPTIONAL {{ ?m rdfs:label ?ml }} }}
  OPTIONAL {{ ?fact kg:value|kg:rank|kg:quotationText ?v }}
  OPTIONAL {{ ?fact kg:unit/rdfs:label ?u }}
}} ORDER BY ?quote ?fact
"""

#: The record kind of each class of fact node (assertions are relations or mentions).
_KINDS = {k.cls: k.name for k in KINDS if k.cls != "Assertion"}


def _summary(cls: str, r: Any) -> tuple[str, str]:
    """The kind of a fact and a line saying it, from a row of :data:`_FACTS`."""

    def v(key: str) -> str:
        term = r[key]
        return "" if term is None else str(term.value)

    subject = v("sl") or v("s").rsplit("/", 1)[-1]
    other = v("ol") or (v("o").rsplit("/", 1)[-1] if r["o"] is not None else "")
    if cls == "Observation":
        return "indicator", f"{subject} · {v('ml')}: {v('v')} {v('u')}".rstrip()
    if cls == "RankingResult":
        return "ranking", f"{subject}: #{v('v')}" + (f" in {other}" if other else "")
    if cls == "PostHolding":
        return "post", f"{subject}: {other}"
    if cls == "Quotation":
        return "quotation", f"{subject} said “{v('v')[:80]}”"
    predicate = r["p"].value if r["p"] is not None else ""
    if predicate == KG + "mentionedIn":
        return "mention", f"names {subject}"
    return "relation", f"{subject} {v('pl') or predicate.rsplit('#', 1)[-1]} {other}".rstrip()


def source_evidence(graph: Any, source_id: str) -> Evidence:
    """The evidence page of source ``source_id``: raises :class:`~kg.errors.UnknownEntityError` if unknown."""
    from kg.errors import UnknownEntityError
    from kg.project import read_input

    iri = SRC + source_id
    if any(c in iri for c in '<>"{}|^`\\ '):
        raise UnknownEntityError(source_id, [], what="source")
    wanted = "kg:textFile, kg:sha256, kg:datePublished, kg:dateModified"
    query = f"SELECT ?p ?v WHERE {{ <{iri}> ?p ?v FILTER(?p IN ({wanted})) }}"
    meta = {r["p"].value[len(KG) :]: r["v"].value for r in graph.query(query)}
    labels = [r["l"].value for r in graph.query(f"SELECT ?l WHERE {{ <{iri}> a kg:SourceDocument ; rdfs:label ?l }}")]
    if not labels:
        raise UnknownEntityError(source_id, [], what="source")
    excluded = sorted(r["x"].value for r in graph.query(f"SELECT ?x WHERE {{ <{iri}> kg:excludedText ?x }}"))
    rows = list(graph.query(_FACTS.replace("$src", f"<{iri}>")))
    by_quote: dict[str, list[QuotedFact]] = {}
    for r in rows:
        cls = r["cls"].value[len(KG) :]
        if cls == "Assertion" or cls in _KINDS:
            kind, summary = _summary(cls, r)
            about = None
            if r["s"] is not None:
                about = Ref(id=None, iri=r["s"].value, label=r["sl"].value if r["sl"] is not None else "")
            facts = by_quote.setdefault(r["quote"].value, [])
            if all(f.id != r["fact"].value for f in facts):
                facts.append(QuotedFact(id=r["fact"].value, kind=kind, summary=summary, about=about))
    quotes = sorted(by_quote)
    text, reason = None, None
    project = getattr(graph, "project", None)
    path = meta.get("textFile")
    if project is None or not path:
        reason = "the article's text is not where this graph was opened"
    else:
        try:
            data = read_input(project.root / path, project.root)
        except Exception:  # noqa: BLE001 - any reason to not read it: say so on the page
            reason = f"the article's text ({path}) cannot be read here"
        else:
            if meta.get("sha256") and hashlib.sha256(data).hexdigest() != meta["sha256"]:
                reason = f"the article's text ({path}) has changed since the graph was built"
            else:
                text = data.decode("utf-8", errors="replace")
    segments = locate(text, quotes, excluded) if text is not None else []
    found = {i for s in segments for i in s.quotes}
    return Evidence(
        source=Ref(id=source_id, iri=iri, label=labels[0]),
        text=text,
        reason=reason,
        segments=segments,
        quotes=[{"quote": q, "found": i in found, "facts": by_quote[q]} for i, q in enumerate(quotes)],
        excluded=excluded,
        dates=read_dates(text, meta.get("datePublished"), meta.get("dateModified")),
    )
