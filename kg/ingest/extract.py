"""Find candidate entities and facts in an article's text, by rules and the graph's gazetteer.

Every candidate carries the sentence it comes from (verbatim, so the build can verify it)
and a confidence between 0 and 1. Nothing here reads or writes files.

The parts it puts together live beside it: sentences and clauses (:mod:`kg.ingest.sentences`),
figures, units and qualifiers (:mod:`kg.ingest.figures`), times (:mod:`kg.ingest.times`),
tables (:mod:`kg.ingest.tables`), the ways ranks are said (:mod:`kg.ingest.ranks`), known names
(:mod:`kg.ingest.gazetteer`), measures (:mod:`kg.ingest.measures`) and people
(:mod:`kg.ingest.people`). Here they are applied to the sentences and tables of one article.

>>> gaz = Gazetteer([("beijing", "Beijing", ["City"]), ("huairou-sc", "Huairou Science City", ["ScienceCity"])])
>>> found = extract("In 2022, Beijing had over 300 labs. Huairou Science City ranks first in China.", gaz)
>>> [(i.data["value"], i.data["unit"], i.data["qualifier"], i.data["year"]) for i in found.indicators]
[(300, 'count', 'over', 2022)]
>>> [(r.data["entity"], r.data["rank"]) for r in found.rankings]
[('huairou-sc', 1)]
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from kg.classes import project_classes
from kg.dataset import CURRENCIES, normalize_name, quote_problem, unit_fits
from kg.ingest.figures import (
    _MONTH_ABBR,
    _MONTH_NAMES,
    _MONTHS,
    _MULTIPLIED,
    _ORDINALS,
    _SCALES,
    _SMALL_WORDS,
    _WORD_NUMBERS,
    _YEAR,
    _clean,
    _first_clause,
    _is_growth,
    _is_year,
    _Number,
    _numbers,
    _ordinal,
    _qualifier,
    _ranges,
    _rate_unit,
    _unit_after,
    how_many,
)
from kg.ingest.gazetteer import Gazetteer, Mention
from kg.ingest.measures import (
    AFFILIATED_PEOPLE,
    AVERAGE_EACH,
    CHANGE_AMOUNT,
    COUNT_UNITS,
    CUT_ITS,
    DATELINE,
    DOING_GERUNDS,
    DOING_VERBS,
    EVENT_WORDS,
    FOUNDING,
    HOLDING_WORDS,
    IN_PLACE,
    MADE_THEN,
    RD_INTENSITY,
    ROUND_NAME,
    ROUND_WORDS,
    STAFF_WORDS,
    TOOK_TO,
    done_times,
    gerund,
    measure_phrase,
    multiple_phrase,
    of_kind,
    restated,
)
from kg.ingest.people import (
    CAPITAL_HEADS,
    FRONTED,
    HONORIFIC,
    ORG_WORDS,
    PUBLISHER,
    ROLE,
    SPEECH,
    OrgRef,
    looks_like_person,
    pinyin_name,
    read_posts,
    with_anaphora,
)
from kg.ingest.ranks import (
    _CONTEST,
    _EARLIER_NOTE,
    _EARLIER_RANK_HEADER,
    _INDEX_HEADS,
    _NEW_INDEX,
    _PRIOR,
    _RANK_NUMBERS,
    _RANKING_REPORT,
    _RANKISH,
    _SAME_RANK,
    _SCORE_BEFORE,
    _SCORE_HEADER,
    _kept_since,
    _ordinal_rows,
    _rank_patterns,
    _unjoint,
    _whose_rank_rows,
)
from kg.ingest.reference import OUTSIDE_NOTE, district
from kg.ingest.sentences import Sentence, _clauses, _unfactual_paragraphs, sentences
from kg.ingest.tables import (
    _CAPTION_LABEL,
    _OVERALL,
    _RANK_TITLE,
    _ROW_KIND,
    _ROW_NAME,
    EARLIER_LABEL,
    NEW_MARK,
    _cells,
    _column_time,
    _glossed,
    _label_year,
    _list_rows,
    _measure_tables,
    _MeasureTable,
    _pillar_columns,
    _rank_column,
    _rank_column_rows,
    _row_captions,
    _row_headers,
    _Table,
    _undated,
    _unit_note,
    _unpiped,
    _year_tables,
    caption_glosses,
    rank_cell,
)
from kg.ingest.times import (
    _ahead,
    _clause_when,
    _dates_whole,
    _earlier,
    _edition_lead,
    _main_text,
    _start_when,
    _When,
    _when,
)
from kg.model import PUBLICATION

__all__ = ["Candidate", "Extraction", "extract", "slug"]


#: Words that name a part by where or which it is, no place's own name ("North zone", "Phase II park").
_COMPASS_WORDS = frozenset(
    "North South East West Central Northern Southern Eastern Western Inner Outer Upper Lower New Old Other First "
    "Second Third Main Core Phase".split()
)


def _ranked_by(text: str) -> list[tuple[set[str], str]]:
    """What a ranking says it ranks by, with the day its figures are as of: "ranks unlisted companies by
    their valuation as of 30 September 2026" -> ({"valuation"}, "2026-09").

    >>> _ranked_by("The list ranks unlisted companies by their valuation as of 30 September 2026.")
    [({'valua'}, '2026-09')]
    >>> _ranked_by("Firms are ranked by revenue in 2025.")
    []
    >>> _ranked_by("It ranks firms by their revenue as of 31 December 2025")
    [({'reven'}, '2025')]
    """
    out = []
    for m in re.finditer(
        r"\b(?:rank(?:s|ed|ing)?|order(?:s|ed)?|sort(?:s|ed)?|list(?:s|ed)?)\b[^.;]{0,80}?\bby\s+(?:their\s+|its\s+|the\s+)?"
        r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+as\s+(?:of|at)\s+(?:(?:\d{1,2})\s+)?(?P<month>"
        + _MONTH_NAMES
        + r")\s+(?:\d{1,2},?\s+)?(?P<year>(?:19|20)\d\d)\b",
        text,
        re.I,
    ):
        month = _MONTHS[m.group("month").lower()]
        flow = r"\b(?:gdp|revenue|output|sales|income|spending|investment|exports|profits?|turnover)\b"
        if re.search(flow, m.group("what"), re.I):
            if month == 12:  # a year's flow is the year's ("by their revenue as of 31 December 2025": 2025's)
                out.append((_stems(m.group("what")), m.group("year")))
            continue  # (no figure at a day: "by their GDP as of June 2025")
        out.append((_stems(m.group("what")), f"{m.group('year')}-{month:02d}"))
    return out


#: Places that are one managed site, not a jurisdiction: a figure said of one opens a paragraph about it.
_BOUNDED_PLACES = frozenset({"SciencePark", "DevelopmentArea", "InnovationCluster", "ScienceCity"})


def _places() -> frozenset[str]:
    """kg:Place and the classes under it, from the ontology."""
    return project_classes().places


def _indexes() -> frozenset[str]:
    return project_classes().indexes


def _organizations() -> frozenset[str]:
    """kg:Organization and the classes under it: the bodies that hold posts (places do too)."""
    return project_classes().organizations


def _people() -> frozenset[str]:
    return project_classes().people


ROLE_TYPES = frozenset({"Role"})


def slug(text: str) -> str:
    """An identifier made from a name.

    >>> slug("Beijing Municipal Science & Technology Commission")
    'beijing-municipal-science-and-technology-commission'
    >>> slug("Helena Kovač"), slug("Lü Siyuan")
    ('helena-kovac', 'lu-siyuan')
    """
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    ascii_only = re.sub(r"[^a-z0-9 ]+", " ", normalize_name(folded).replace("_", " "))
    return "-".join(ascii_only.split())[:80].strip("-") or "x"


#: Table columns that hold no measure of the row's: its rank, a move in rank, its founding year, a code.
_NO_MEASURE_COLUMN = re.compile(
    r"(?:rank(?:ing)?|position|place|founded|established|year(?: founded)?|no\.?|code|id|change|move(?:ment)?|"
    r"trend|\+/-|±)",
    re.I,
)


#: Words after a leading "In" that name no field a rank is in ("In addition, ...").
_NOT_FIELDS_LEADING = frozenset(
    "addition contrast particular total short general turn fact comparison response recent all both each this that "
    "these those its their our his her a an other some most many".split()
)


# --- candidates --------------------------------------------------------------------------


@dataclass
class Candidate:
    """One candidate for the draft: a record in the data-file format, its quote and confidence."""

    kind: str  # mentions, entities, measures, indicators, rankings, posts, relations
    data: dict[str, Any]
    quote: str
    confidence: float
    review: dict[str, Any] = field(default_factory=dict)


@dataclass
class Extraction:
    #: new measures that are the growth rate of another (new id -> the other's id or "new:" id)
    growth_of: dict[str, str] = field(default_factory=dict)
    #: new measures that are a multiple of another ("doubled", "1.9 times that of 2012"), likewise
    multiple_of: dict[str, str] = field(default_factory=dict)
    #: the definitions of those new measures (id -> text)
    definitions: dict[str, str] = field(default_factory=dict)
    mentions: list[Candidate] = field(default_factory=list)
    entities: list[Candidate] = field(default_factory=list)
    measures: list[Candidate] = field(default_factory=list)
    indicators: list[Candidate] = field(default_factory=list)
    rankings: list[Candidate] = field(default_factory=list)
    posts: list[Candidate] = field(default_factory=list)
    relations: list[Candidate] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # labels of candidate new measures, as worded

    def all(self) -> Iterator[Candidate]:
        for kind in ("mentions", "entities", "measures", "indicators", "rankings", "posts", "relations"):
            yield from getattr(self, kind)


# --- multiples, bases and per-head figures -----------------------------------------------

_WORD_NUMBER = re.compile(r"\b(?P<word>" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")\b", re.I)
#: The base year of a multiple, after it: "1.9 times that of 2012", "three times what it earned in 2021",
#: "twice its 2020 level".
_BASE_YEAR = re.compile(
    r"\s+(?:(?:that|those|(?:the|its|their)\s+(?:level|figure|amount|total|number|value)s?|what\s+(?:it|they|\w+)"
    r"\s+(?:had|was|were|made|spent|sold|earned|did|\w+ed)(?:\s+\w+)?)\s+(?:of|in|at\s+the\s+end\s+of)\s+"
    r"|(?:the|its|their)\s+(?=\d{4}\s+(?:level|figure|amount|total|number|value)))(?P<base>(?:19|20)\d\d)\b"
)
#: The base year of a multiple said by its verb: "has nearly tripled since 2020".
_SINCE_YEAR = re.compile(r"\s+(?:since|from|compared\s+with|over)\s+(?P<base>(?:19|20)\d\d)\b")


#: A change in percentage points after a figure ("1.8 percentage points", "1.8 pp",
#: "1.8 percent-points", "1.8 ppts"): a difference of two shares, no level of anything.
_PERCENTAGE_POINTS = re.compile(
    r"\s*(?:(?:percentage|percent|per[- ]?cent)[- ]?points?|pp(?:ts?)?|p\.p\.|pct\.? ?pts?\.?)(?![\w-])", re.I
)


#: A sentence that opens by saying its figures are per head: "Per resident,", "For every 10,000
#: employees," (group 1: per what).
_OPENING_PER = re.compile(
    r"\s*(?:Per|For every|For each) (resident|capita|head|person|inhabitant|(?:10,000|ten thousand) \w+)\s*,"
)


# --- subjects, clauses, parts and anaphora -----------------------------------------------


_LEAD = re.compile(
    r"\s*(?:[A-Z][A-Za-z.]{0,15}:\s+)?"  # a speaker's tag in an interview ("SCW: The science city ...")
    r"(?:(?:In|By|As of|At|Since|During|Last|This|Over|For|Between|From|Nationwide|Overall|Together|Meanwhile|"
    r"Separately|Still|Now|Today|So far|To date)\b[^,]{0,40},\s*|"
    r"(?:At the same (?:date|time)|At that (?:date|time|point)|By (?:then|that time))\s+(?=[A-Z]))?"  # (no comma)
)


#: A verb that reports what another says, before the clause it reports: "The alliance reckons (that) ...".
_REPORTED = re.compile(
    r"\b(?:says|said|reckons|reckoned|estimates|estimated|believes|calculates|calculated|finds|found|thinks|"
    r"counts|counted|notes|noted)\s+(?:that\s+)?"
)


def _clause_subject(s: str, at: int, named: list[tuple[str, int]]) -> str | None:
    """The entity a clause is about when it opens with one ("The Chinese Academy of Sciences
    runs 31 ...", "Changping fell one place despite counting 1,842 ...", "Its hub had ..."):
    the subject of the figures in that clause, and in the comparisons that follow it.

    >>> _clause_subject("Haidian alone accounted for 38.6 percent", 28, [("haidian", 0), ("beijing", 40)])
    'haidian'
    >>> _clause_subject("R&D spending in Haidian reached 118.6 billion yuan", 32, [("haidian", 16)]) is None
    True
    >>> _clause_subject("The Example Alliance reckons the city now has 23 start-ups", 44, [("ea", 4), ("bj", 29)])
    'bj'
    """
    clauses = _clauses(s)
    index = next((i for i, (a, b, _) in enumerate(clauses) if a <= at < b), None)
    if index is None:
        return None
    compared = clauses[index][2]
    while index > 0 and clauses[index][2]:
        index -= 1  # "..., up from 190 in 2020": the clause it compares with
    a, b, _ = clauses[index]
    lead = _LEAD.match(s, a)
    start = lead.end() if lead else a
    # "The Example Alliance reckons the city now has 23 ...": the figure is of whom the report is about
    reported = _REPORTED.search(s, start, at)
    if reported and any(pos in (reported.end(), reported.end() + 4) for _, pos in named):
        start = reported.end()
    # "The Example Alliance counts 34 suppliers in the city, up from 19 in 2023": the city's, both
    tally = re.compile(_TALLY + r"(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,4}?" + _TALLIED_IN.pattern).search(
        s, start, b
    )
    if tally and (compared or tally.start() <= at < tally.end()) and not _TALLIED_AMONG.match(s, tally.end()):
        found = next((eid for eid, pos in named if pos in (tally.end(), tally.end() - 4)), None)
        if found is not None:  # (only for the figure it tallies: "X, one of 30 suppliers in Haidian, employs 200")
            return found
    article = re.match(  # "The 2023 edition of the Example Ranking ...": the ranking
        r"(?:[Tt]he\s+(?:(?:19|20)\d\d\s+|[a-z]+\s+|latest\s+|new\s+)?edition\s+of\s+(?:the\s+)?|"
        r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?:largest|biggest|oldest|newest|youngest|leader|"
        r"(?:most|best|fastest)\s+[a-z-]+)(?:\s+of\s+them)?,\s+|"  # "The largest, Bingyuan Cryogenics, delivered"
        r"[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)",
        s[start:],
    )
    opening = {start, start + (article.end() if article else 0)}
    first = [(eid, pos) for eid, pos in named if pos in opening and pos < at]
    if not first:
        return None
    eid, pos = first[0]
    # "Beijing's Example Center has ...": the organization named in the possessive's place
    after = [(e, p) for e, p in named if pos < p < at and re.fullmatch(r"[^,;]*?(?:’s|'s)\s+(?:new\s+)?", s[pos:p])]
    return after[0][0] if after else eid


#: A figure per head of the population: "for each of its inhabitants", "per capita", "for every
#: 10,000 residents" (group 1: how many residents, when not one).
_PER_HEAD = re.compile(
    r"\s+(?:for each of (?:its|their|the [\w-]+'s) |for every |per |a |each )(?:(\d[\d,]*) )?"
    r"(?P<whom>inhabitants?|residents?|persons?|people|head|capita|"
    r"(?:[\w&-]+ )?(?:" + STAFF_WORDS + r"))\b",
    re.I,
)


#: A level the figure before went on to, said by a verb with no noun of its own: "was 38 million yuan
#: in 2023, jumped to 126 million yuan in 2024 and reached ...".
_NEXT_LEVEL = re.compile(
    r"\d(?:[\d,.]*\d)?\s*(?:million|billion|trillion)?\s*(?:yuan|dollars|percent|per cent)?"
    r"(?:\s+(?:in|by)\s+(?:19|20)\d\d|\s+(?:last|this)\s+year|\s+a\s+year\s+(?:earlier|before|later))?"
    r",?\s+(?:and\s+|then\s+|before\s+it\s+)*"
    r"(?:jumped|rose|grew|climbed|reached|hit|fell|dropped|declined|surged|soared|increased|topped|exceeded|"
    r"slipped|doubled|more than doubled)\s+(?:to\s+)?"
    r"(?:about |around |nearly |almost |roughly |some |over |more than )?$"
)

#: Words that name a figure only as the one said before: "the figure", "that number", "the
#: comparable total", "In Chaoyang District the figure".
_SAME_FIGURE = re.compile(
    r"(?:(?:in|for|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?)?"
    r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}(?:’s|'s)\s+(?:own\s+)?)?"  # "Haidian's figure"
    r"(?:(?:the|that|this|its|their|same|comparable|corresponding|equivalent|latest|new)\s+)*"
    r"(?:figure|number|total|tally|count|level|sum|amount)s?",
    re.I,
)


#: After a multiple, what makes it a ratio to another's figure, not a change over time: "1.5
#: times the national average", "twice that of Shanghai" (not "three times the 2020 level").
_TIMES_ANOTHER = re.compile(
    r"\s+(?:as (?:much|many|large|high|big) as\s+)?"
    r"(?:(?:that|those) of\b(?!\s+(?:(?:19|20)\d\d|last year|the (?:previous )?year|a year (?:earlier|before)))|"
    r"the\s+(?:(?!(?:19|20)\d\d\b)[\w-]+\s+){0,3}?(?:average|mean|median|norm)\b|"
    r"the\s+(?:national|city|city's|country's|world|global|provincial)\s)",
    re.I,
)


#: A share of a whole named only as a total: "of the national total", "of the sector's total"
#: (group "scope": whose total).
_SHARE_OF_TOTAL = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<scope>national|nation(?:’s|'s)|country(?:’s|'s)|city(?:’s|'s)|sector(?:’s|'s)|"
    r"industry(?:’s|'s)|world(?:’s|'s)|global|district(?:’s|'s)|province(?:’s|'s)|provincial|municipal)?\s*total\b",
    re.I,
)
#: How a whole's words read before what it is of: "national", "the sector's".
_SCOPES = {
    "national": "national", "nation's": "national", "nation’s": "national", "country's": "national",
    "country’s": "national", "global": "global", "world's": "global", "world’s": "global",
    "provincial": "provincial", "municipal": "the city's",
} | {
    f"{w}{s}": f"the {w}'s" for w in ("city", "sector", "industry", "district", "province") for s in ("'s", "’s")
}  # fmt: skip
#: A share said by a verb whose subject is the figure before it: "..., and accounted for", ", making up".
_ELIDED_SHARE = re.compile(
    r"(?:,\s*|\band\s+)(?:accounted for|accounting for|made up|making up|represented|representing|"
    r"contributed|comprised|was|were)\s+(?:about |around |nearly |almost |roughly |some |just |over |more than )?$"
)


#: Where a compared figure says whose it is: "against 6.5 percent for Beijing as a whole",
#: "versus 21 billion yuan in Daxing District" (group "name": the words of the name).
_FOR_WHOM = re.compile(r"\s+(?:for|in|at)\s+(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and))*)")


def _compared_subject(s: str, at: int, end: int, named: list[tuple[str, int]]) -> str | None:
    """Whose a figure in a comparison is, when the comparison names it after the figure
    ("Haidian spent 9.1 percent, against 6.5 percent for Beijing and 2.6 percent for Tianjin"):
    the entity named, or "" when the name is of nothing known (a figure of another place
    is not the sentence's subject's). None when the figure says nobody's.

    >>> s = "Haidian spent 9.1 percent, against 6.5 percent for Beijing and 2.6 percent for Tianjin"
    >>> named = [("haidian", 0), ("beijing", 51)]
    >>> _compared_subject(s, 35, 46, named), _compared_subject(s, 63, 74, named)
    ('beijing', '')
    >>> _compared_subject(s, 14, 25, named) is None
    True
    >>> _compared_subject("It had 1,240 firms, up from 1,050 in March", 28, 33, named) is None
    True
    >>> _compared_subject("It sold 4.2 billion, against 3.1 billion in Q1", 28, 39, named) is None
    True
    >>> s = "Tongzhou spent 2.1 percent, against 9.1 percent for Beijing's Haidian District"
    >>> _compared_subject(s, 36, 47, [("beijing", 52), ("haidian", 62)])
    'haidian'
    """
    clauses = _clauses(s)
    if not any(a <= at < b and comparison for a, b, comparison in clauses) and not _COMPARED.search(
        s[max(0, at - 40) : at]
    ):
        return None
    m = _FOR_WHOM.match(s, end)
    if m is None or re.match(r"(?:Q[1-4]|H[12])\b", m.group("name")) or _when(m.group("name"), None, None).fields():
        return None  # "against 3.1 billion in Q1", "in January-June": a time, not whose
    if m.group("name").split()[0].split("-")[0].lower() in _MONTHS:
        return None
    within = [(pos, eid) for eid, pos in named if m.start("name") <= pos < m.end("name")]
    return max(within)[1] if within else ""  # "for Beijing's Haidian District": the district


#: Names joined into one holder of a figure: "Haidian and Chaoyang combined", "for the two
#: districts together", "Tianjin and Hebei between them".
_JOINT = re.compile(
    r"\b(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*(?:’s|'s)?\s+"
    r"(?:combined|together|between them|jointly|taken together|put together)\b"
    r"|\b(?:both|two|three|four|five|these|those|the)\s+(?:[a-z]+\s+)?"
    r"(?:districts|parks|cities|provinces|companies|firms|universities|institutes|zones|clusters)\s+"
    r"(?:combined|together|between them|taken together)\b"
)


def _each_in_place(s: str, values: list[_Number], places: list[tuple[str, int]]) -> dict[int, str]:
    """Figures each followed by the place it is of, two or more in a sentence ("rose 3.1 percent in
    Haidian District and 9.7 percent in Changping"): each figure's subject by its start.

    >>> s = "It rose 3.1 percent in Haidian and 9.7 percent in Changping."
    >>> _each_in_place(s, _numbers(s), [("haidian", 23), ("changping", 50)])
    {8: 'haidian', 35: 'changping'}
    >>> s = "It spent 3 billion yuan in Haidian."
    >>> _each_in_place(s, _numbers(s), [("haidian", 27)])
    {}
    """
    out: dict[int, str] = {}
    for pid, pos in places:
        m = re.search(
            r"(\d[\d.,]*)(?:\s*(?:percent|per cent|%)|\s+(?:thousand |million |billion )?(?:yuan|dollars)|"
            r"\s+(?:thousand|million|billion))?"  # ("8.2 billion in Daxing", its currency the figure's before)
            r"\s+in\s+(?:the\s+)?$",
            s[max(0, pos - 60) : pos],
        )
        if m:
            start = max(0, pos - 60) + m.start(1)
            if any(v.start == start for v in values):
                out[start] = pid
    return out if len(out) >= 2 else {}


def _joint(s: str, at: int, end: int) -> bool:
    """Whether the figure at ``at``..``end`` is of several bodies taken together, in its
    sentence's clause: no one entity is its subject.

    >>> s = "Haidian and Chaoyang combined spent 30.2 billion yuan on R&D, and Haidian alone 21 billion."
    >>> _joint(s, 36, 53), _joint(s, 80, 90)
    (True, False)
    >>> _joint("R&D spending hit 30.2 billion yuan for Haidian and Chaoyang together.", 17, 34)
    True
    >>> _joint("Haidian and Chaoyang spent 30 billion and 12 billion yuan.", 27, 37)
    False
    >>> _joint("Haidian spent 30 billion yuan, more than Chaoyang and Daxing combined.", 14, 29)
    False
    """
    compared = re.compile(r"\b(?:than|as (?:much|many) as|against|versus|vs\.?|compared (?:with|to))\b")
    for a, b, _ in _clauses(s):
        if a <= at < b:
            return any(
                not compared.search(s, a, m.start())  # "more than Chaoyang and Daxing combined": a comparison
                and (m.start() < at or m.start() >= end)
                for m in _JOINT.finditer(s, a, b)
            )
    return False


def _asked_count(question: str) -> str | None:
    """What a question asks the count of: "How many companies does the park have today?" ->
    "companies".

    >>> _asked_count("Q: How many national key labs are there in Huairou?"), _asked_count("Q: Why here?")
    ('national key labs', None)
    """
    m = re.search(
        r"\bhow many\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s)\s+"
        r"(?:does|do|did|are|were|is|was|have|has|had|will|can)\b",
        question,
        re.I,
    )
    return m.group(1) if m else None


#: Words that make a post a past one ("a former researcher at X", "once headed Y").
_FORMER = r"former(?:ly)?|ex-|previously|once|retired|until|(?<!has )(?<!have )worked\s+as"

#: The kind of body whose schools and departments hold posts in it too.
_UNIVERSITY = frozenset({"University"})

#: "He" or "she" before the words of a post: "She is chief engineer at X", "the firm he co-founded" (not
#: after "where", a clause of the post just named: see kg.ingest.people._where).
_PRONOUN_POST = re.compile(
    r"(?<!where )(?<!Mr\. )(?<!Ms\. )(?<!Dr\. )(?<!Mrs\. )\b(?:[Hh]e|[Ss]he)\b"
    r"(?=\s+(?:is|was|has\s+been|had\s+been|became|joined|now|also|previously|later|"
    r"founded|co-?founded|leads|heads|runs|directs|chairs|led|headed|ran|directed|chaired)\b)"
)

#: "He" or "she" after a post said first: "As chief of neurosurgery at X, he runs ...".
_AS_ROLE = re.compile(r"As\s+(?:(?:the|a|an)\s+)?" + ROLE + r"[^,]{0,150},\s+(?P<pronoun>[Hh]e|[Ss]he)\b")


def _speakers(s: str, at: int, orgs: list[tuple[str, int]]) -> str | None:
    """The organization the speaker of a quotation holding offset ``at`` is said to be of,
    when the sentence says so after the quotation.

    >>> s = "“We employ 620 researchers,” said Zhao Min, director of the Example Institute."
    >>> _speakers(s, 11, [("example-institute", 57)])
    'example-institute'
    >>> _speakers("Zhao, head of the Example Lab, said: “We hired 12.”", 48, [("example-lab", 18)])
    'example-lab'
    >>> s = "“We employ 62 people,” said Li, a former researcher at Tsinghua who now runs Qux Lab."
    >>> _speakers(s, 11, [("tsinghua", 55), ("qux-lab", 77)])
    'qux-lab'
    >>> _speakers("We employ 620 researchers, said Zhao.", 10, [("x", 0)]) is None
    True
    """
    if not (s.rfind("“", 0, at) > s.rfind("”", 0, at) or s.count('"', 0, at) % 2 == 1):
        return None  # not inside a quotation
    close = min((i for i in (s.find("”", at), s.find('"', at)) if i >= 0), default=-1)
    said = re.match(r"[,.!?]?\s*[”\"]?,?\s*" + SPEECH + r"\b", s[close:]) if close > 0 else None
    if said is not None:  # the first organization after it that is no former post's ("a former researcher at X")
        after = [(pos, eid) for eid, pos in orgs if pos > close]
        for (pos, eid), start in zip(sorted(after), [close, *sorted(p for p, _ in after)], strict=False):
            if not re.search(r"\b(?:" + _FORMER + r"|used to)\b", s[start:pos], re.I):
                return eid
        return None
    opened = max(s.rfind("“", 0, at), s.rfind('"', 0, at))
    if re.search(r"\b" + SPEECH + r"\s*[,:]?\s*$", s[:opened]):  # "X of Y said: “We ...”"
        return next((eid for eid, pos in sorted(orgs, key=lambda o: -o[1]) if pos < opened), None)
    return None


def _antecedent(s: str, at: int, named: list[tuple[str, int]]) -> str | None:
    """Whose a figure is when its clause is a relative one on a name right before it ("... in the
    science city, which had about 21,000 researchers"), or when it counts a group the figure's
    subject is "one of" ("It is one of 37 major facilities in the science city"): that name.

    >>> s = "It is one of 37 major facilities in the science city, which had about 21,000 researchers"
    >>> _antecedent(s, 13, [("it", 0), ("city", 36)]), _antecedent(s, 70, [("it", 0), ("city", 36)])
    ('city', 'city')
    >>> s = "It went to Heyuan Medicine, a firm spun out of a Peking University lab, which raised 9 million yuan"
    >>> _antecedent(s, 84, [("heyuan", 11), ("pku", 49)])
    'heyuan'
    """
    before = s[:at]
    which = list(re.finditer(r",\s+(?:which|that|where)\s+", before))
    own_subject = (
        which
        and re.match(  # "..., where it employs 300": the clause names its own subject
            r"(?:it|its|they|their|he|she|his|her|we|our|the|a|an|this|these|[A-Z])", before[which[-1].end() :]
        )
    )
    if which and not own_subject and not re.search(r"[,;.]\s", before[which[-1].end() :]):
        w = which[-1].start()
        near = [(eid, pos) for eid, pos in named if pos < w and len(s[pos:w].split()) <= 5 and "," not in s[pos:w]]
        if near:
            eid, pos = max(near, key=lambda x: x[1])
            located = [
                o
                for o, at_o in named
                if at_o < pos and (_LOCATED_ORG.fullmatch(s[at_o:pos]) or _RELATIVE_LOCATING.fullmatch(s[at_o:pos]))
            ]  # "the Example Institute in Haidian, which", "Kaiyuan Logic, based in Haidian, which": the org's
            apposition = re.search(r",\s+(?:a|an|the)\s+[^,;]*$", s[:w])
            if (
                apposition
                and re.match(r"[A-Z][\w&’'. -]*?\s+[a-z]", s[pos:w])  # "a Peking University laboratory, which"
                and (
                    head := [
                        o for o, at_o in named if at_o < apposition.start() and "," not in s[at_o : apposition.start()]
                    ]
                )
            ):  # "Heyuan Gene Medicine, a company spun out of a Peking University laboratory, which closed": Heyuan's
                return head[-1]
            return located[-1] if located else eid  # "the Example Institute in Haidian, which employs 640"
    if re.search(r"\bone of\s+(?:the\s+)?$", before):
        clause = re.split(r"[,;]\s|\.\s", s[at:], maxsplit=1)[0]
        inside = [(eid, pos) for eid, pos in named if at < pos <= at + len(clause)]
        # "one of 37 major facilities in the science city" (not "one of 3 partners in the project in X")
        if inside and re.fullmatch(
            r"[\d,.]+\s+(?:(?!(?:in|at|of|for|on|with|by|to|across)\b)[\w-]+\s+){1,5}(?:in|at|across)\s+(?:the\s+)?",
            s[at : inside[0][1]],
        ):
            return inside[0][0]
    return None


def _owner_of(s: str, at: int, places: list[tuple[str, int]]) -> str | None:
    """The place whose figure it is by a possessive right before it ("Changping's 12,600 yuan").

    >>> _owner_of("three times Changping's 12,600 yuan", 24, [("changping", 12)])
    'changping'
    >>> _owner_of("Exampleville overtook Otherton's 12 billion", 33, [("ex", 0), ("other", 22)])
    'other'
    """
    for eid, pos in sorted(places, key=lambda p: -p[1]):  # the nearest first; only its name before the 's
        if pos < at and re.fullmatch(
            r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+(?:about |around |roughly |nearly |some |over )?", s[pos:at]
        ):
            return eid
    return None


#: A body's tally of things in a place, before the figure: "counts", "estimates", "one of" (nine platforms in Beijing).
_TALLY = (
    r"\b(?:(?:counts|counted|lists|listed|tallies|tallied|estimates|estimated|reckons|identified|identifies)\s+"
    r"(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|around\s+)?|one\s+of\s+(?:the\s+)?)"
)
#: ... the place the tallied things are in, after them ("in the city") ...
_TALLIED_IN = re.compile(r"(?:in|across)\s+(?:the\s+)?")
#: ... unless they are the body's own ("40 hospitals in Shanghai among its clients").
_TALLIED_AMONG = re.compile(r"[\w\s-]{0,40}?\b(?:among|as)\b")


def _based_in(s: str, start: int, end: int, named: list[tuple[str, int]], places: list[tuple[str, int]]) -> str | None:
    """The place a counted thing is said to be in, right after the figure in its clause
    ("27 companies in the field now based in the zone", "12 labs located in Haidian"), when
    nothing ``named`` stands before the figure in that clause (the clause's own subject).

    >>> _based_in("with 27 companies now based in the zone, officials said", 5, 7, [], [("zone", 31)])
    'zone'
    >>> _based_in("27 companies, most of them in the zone", 0, 2, [], [("zone", 31)]) is None
    True
    >>> _based_in("Beijing is home to 54 firms headquartered in China", 19, 21, [("bj", 0)], [("cn", 45)]) is None
    True
    >>> _based_in("30 firms, 14 of them in Changping", 10, 12, [], [("cp", 24)])
    'cp'
    >>> _based_in("Eight are in Haidian, and three are in Changping", 26, 31, [], [("hd", 13), ("cp", 39)])
    'cp'
    >>> _based_in("The Alliance counts 34 suppliers in the city", 20, 22, [("al", 4)], [("bj", 36)])
    'bj'
    >>> _based_in("Qux, the largest operator, runs 260 robotaxis in the city", 32, 35, [("qux", 0)], [("bj", 51)])
    """
    # "The Example Alliance counts 34 liquid-cooling suppliers in the city", "one of nine platforms in Beijing"
    counted = re.search(_TALLY + r"$", s[:start])
    where = re.match(r"\s+(?:[\w-]+\s+){0,4}?" + _TALLIED_IN.pattern, s[end:]) if counted else None
    if where and not _TALLIED_AMONG.match(s, end + where.end()):  # (not "40 hospitals in Shanghai among its clients")
        found = next((eid for eid, pos in places if pos in (end + where.end(), end + where.end() - 4)), None)
        if found is not None:
            return found
    part = re.match(
        r"\s+of\s+(?:them|those|these|which)\s+(?:(?:are|were|is)\s+)?(?:based\s+|located\s+)?in\s+", s[end:]
    )  # "30 robot companies, 14 of them in Changping": the part is the place's
    if part:
        return next((eid for eid, pos in places if pos == end + part.end()), None)
    part = re.match(r"\s+(?:yuan\s+)?in\s+", s[end:])
    if (
        part
        and re.search(r"\b(?:and|but)\s+(?:also\s+)?(?:to\s+)?$", s[:start])
        # (not where money went: "Haidian invested 3 billion yuan in its parks and also 1 billion yuan in Huairou")
        and not re.search(r"\b(?:invest|invests|invested|investing|spent|spends|put|puts|injected)\b", s[:start])
    ):
        # "2,740 yuan per resident in Haidian and 1,230 yuan in Huairou": the second figure is the place's
        found = next((eid for eid, pos in places if pos == end + part.end()), None)
        if found is not None:
            return found
    opening = max(s.rfind(",", 0, start), s.rfind(";", 0, start))
    # ("Baiwang Mobility, the largest operator, runs 260 robotaxis in the city": its subject before the aside)
    aside = re.search(r",\s+(?:the|a|an|its|one of)\s[^,;]*,\s*(?:[a-z]+\s+){1,2}$", s[:start])
    if aside:
        opening = max(s.rfind(",", 0, aside.start()), s.rfind(";", 0, aside.start()))
    if any(opening < pos < start for _, pos in named):
        return None
    part = re.match(r"\s+(?:(?:are|were|is)\s+)?(?:based\s+|located\s+)?in\s+(?:the\s+)?", s[end:])
    if part and re.search(r"(?:[,:]|\band|^)\s*$", s[:start]):  # "..., and 29 in Daxing", "Eight are in Haidian"
        # (a place said with its article: "and five in the Beijing Economic-Technological Development Area")
        return next((eid for eid, pos in places if pos in (end + part.end(), end + part.end() - 4)), None)
    clause = re.split(r"[,;]|\.(?:\s|$)|\band\b", s[end:], maxsplit=1)[0]
    for eid, pos in sorted(places, key=lambda p: p[1]):
        if (
            end < pos <= end + len(clause)
            and not re.search(r"\d", s[end:pos])
            and (
                re.search(
                    r"\b(?:based|located|registered|headquartered|housed|operating|clustered|gathered|recorded|"
                    r"reported|spent|invested)\s+(?:in|across|throughout)\s+$",
                    s[end:pos],
                )
                # "12 hospitals in the city were running trials": the things counted, where they are
                or re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){1,3}in\s+(?:the\s+)?", s[end:pos])
            )
        ):
            return eid
    return None


#: Words before a figure compared with the one before it, in the same unit: "up from 218".
_COMPARED = re.compile(
    r"(?:\b(?:up|down|rising|falling|climbing|slipping)\s+from|\bagainst|\bcompared (?:with|to)|\bversus|\bvs\.?)\s+"
    r"(?:about |around |roughly |nearly |some |just |only )?$"
)

#: Words of the fields that government bodies and schools are named for, which an "and" joins
#: inside one name ("Ministry of Industry and Information Technology").
#: The last words of a body's name, which say it is one ("... Management Bureau").
_BODY_NAME_HEADS = frozenset(
    "bureau office commission committee center centre institute university college school academy administration "
    "department ministry agency authority council laboratory lab company group corporation association alliance "
    "federation society foundation hospital fund bank exchange".split()
)
#: Heads of a place's bodies, one name with an "and" when it opens with the place: "Shunyi Aviation and
#: Aerospace Industry Cluster" (not "Lanting Robotics and Qux Science Park", two).
_PLACE_BODY_HEADS = frozenset("cluster zone base".split())
_FIELD_WORDS = frozenset(
    """safety mechanics automation control instrumentation optics electronics computer software biotechnology
    agronomy chemical civil electrical mechanical aeronautics astronautics pharmacy nursing veterinary forestry
    horticulture plant protection food nutrition water conservancy mining geology petroleum nuclear marine ocean
    biomedical genetics genomics neuroscience psychology cognitive linguistics literature journalism communication
    media film music sport sports public administration accounting marketing logistics architecture construction
    rural urban data service market regulation supervision housing civil emergency ecological environmental
    intellectual property digital economic industrial technology technologies information engineering reform
    innovation development commerce trade industry
    industries science sciences research education culture tourism planning natural resources ecology
    environment health security social human economy economics informatization applications materials
    manufacturing management policy law medicine physics chemistry biology mathematics statistics finance
    transport transportation communications energy agriculture affairs works services skills labour labor
    employment welfare standards quality design arts humanities languages history philosophy geography astronomy
    geology psychology sociology nursing pharmacy architecture aeronautics astronautics automation computing
    software telecommunications logistics sports media journalism insurance banking investment construction
    water forestry food nutrition""".split()
)

#: A noun of its own after a figure (not a time: "218 a year earlier", "171 in 2018").
_OWN_NOUN = re.compile(
    r"\s+(?!(?:a|an|one|two|three|four|five|six|ten|in|at|on|by|for|last|the|this|that|years?|months?)\b)[a-z]"
)

#: The units of the measures a growth rate "by value" or "by number" is of.
_BY_KIND = {"value": ("yuan", "usd"), "number": ("count",), "count": ("count",)}

#: Words that may be names only: capitalized words (not acronyms) joined by "and", "of", "the".
_NAMES_ONLY = re.compile(r"[A-Z][a-z][\w’'-]*(?:\s+(?:[A-Z][a-z][\w’'-]*|and|of|the|&))*")


def _agent_after(s: str, end: int, named: list[tuple[str, int]]) -> str | None:
    """The entity a figure's passive names as its agent, right after it: "388 are hosted by
    institutes of the Chinese Academy of Sciences, 164 by Tsinghua University".

    >>> s = "388 are hosted by institutes of the Academy, 164 by Tsinghua"
    >>> named = [("academy", 36), ("tsinghua", 52)]
    >>> _agent_after(s, 3, named), _agent_after(s, 48, named)
    ('academy', 'tsinghua')
    >>> _agent_after("rose 5 percent by 2023 in Haidian", 6, [("haidian", 26)]) is None
    True
    >>> s = "21,460 instruments worth 500,000 yuan or more each were registered on the platform"
    >>> _agent_after(s, 6, [("platform", 75)]), _agent_after("12 firms, and 9 were set up in Haidian", 2, [("h", 31)])
    ('platform', None)
    """
    m = re.match(
        r"(?:\s+(?:are|were|is|was|have been|has been|had been))?"
        r"(?:\s+(?:[a-z]+ed|run|held|built|won|led|made|owned|set up|spun off|taken|given|paid))?\s+by\s+"
        r"(?:(?:institutes|universities|labs|laboratories|companies|firms|units|members)\s+of\s+)?(?:the\s+)?",
        s[end : end + 120],
    )
    # "21,460 instruments worth 500,000 yuan or more each were registered on the platform": after the
    # words of what is counted, a passive's place or agent (the clause goes on no further than them)
    m = m or re.match(
        r"(?:\s+(?!(?:and|but|while|which|that|who|whose|whom|where|when|after|since|because|before|until|if|as|"
        r"than)\b)[\w.,’'-]+(?<![,.])){0,10}?"
        r"\s+(?:are|were|have been|had been)\s+(?:[a-z]+ed|run|held|built|set up)\s+(?:by|on|at|with|in)\s+(?:the\s+)?",
        s[end : end + 160],
    )
    if not m:
        return None
    at = end + m.end()
    return next((eid for eid, pos in named if at - 4 <= pos <= at + 4), None)  # (an anaphor is at its "the")


def _fronted_subject(s: str, at: int, named: list[tuple[str, int]]) -> str | None:
    """The subject of the main clause, when a figure is in a phrase fronted before it: "With a
    staff of about 460, including 210 researchers, the institute is ...".

    >>> s = "With a staff of 460, including 210 researchers, the institute is one of the larger centres"
    >>> _fronted_subject(s, 16, [("inst", 52)]), _fronted_subject(s, 34, [("inst", 52)])
    ('inst', 'inst')
    >>> _fronted_subject("With 460 staff, Haidian's lab leads", 5, [("haidian", 16), ("lab", 26)])
    'haidian'
    >>> _fronted_subject("Haidian, with 460 staff, leads", 14, [("haidian", 0)]) is None
    True
    >>> _fronted_subject("At Qux Hospital, Dr Yuan treated 1,450 patients", 31, [("qux", 3)])
    'qux'

    """
    at_place = re.match(r"At\s+(?:the\s+)?", s)
    if at_place:  # "At Qinglong Hospital, Yuan Shaoqing, a director there, treated 1,450 patients": the hospital's
        first = [(eid, pos) for eid, pos in named if pos < at]
        if len(first) == 1 and first[0][1] == at_place.end() and re.match(r"[^,;]*,", s[first[0][1] : at]):
            return first[0][0]
        return None
    if not re.match(r"(?:With|Having|Founded|Set up|Established|Launched)\b", s):
        return None
    if any(pos < at for _, pos in named):
        return None  # "With Haidian's 460 staff, ...": named in the phrase itself
    for eid, pos in named:
        if pos > at and re.search(r",\s+(?:the\s+)?$", s[max(0, pos - 6) : pos]):
            between = s[at:pos]
            if not re.search(r"\b(?:is|are|was|were|has|have|had)\b", between):
                return eid
            return None
    return None


def _writers_org(text: str, gazetteer: Gazetteer) -> str | None:
    """The organization of a first-person article's writer, when a line about a person (the
    writer's or the one interviewed) says they head or founded it ("Gao Ruiheng is the co-founder
    and chief executive of Tuzhi Robotics."): its id, known or as a new name's would be.

    >>> _writers_org("By Gao Rui\\n\\nWe run 90 robots. Our costs fell. We grew.\\n\\nGao Rui is the founder of "
    ...              "Tuzhi Robotics.", Gazetteer([], {}))
    'tuzhi-robotics'
    >>> _writers_org("Q. And you?\\n\\nA. We build them. Our lines grew. We hire.\\n\\nSang Wei has been general "
    ...              "manager of Xuanqi Spacecraft since 2022.", Gazetteer([], {}))
    'xuanqi-spacecraft'
    """
    if len(re.findall(r"\b(?:we|our|We|Our|I)\b", text)) < 3:
        return None
    for m in re.finditer(
        r"(?m)^(?P<name>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,2}) (?:is|has been|has served as) (?:the |a |an )?"
        r"(?:co-?founder|founder|chief executive|CEO|managing partner|general partner|director|head|president|"
        r"general manager|managing director|chairman|chairwoman|chair)\b"
        r"[^.\n]{0,60}?\b(?:of|at) (?:the )?"
        r"(?P<org>[A-Z][\w&’'-]*(?:(?: (?:of|for|and|the))* [A-Z][\w&’'-]*)*)",
        text,
    ):
        found = [x for x in gazetteer.find(m.group("org")) if (x.start, x.end) == (0, len(m.group("org")))]
        if found and not found[0].is_a(_organizations()):
            continue  # "... head of Haidian": a place, no writer's organization
        return found[0].id if found else slug(m.group("org"))
    return None


#: Words of a byline that names no person ("Staff Reporter", "Data Desk").
_BYLINE_NOUNS = frozenset(
    "staff reporter reporters desk correspondent correspondents editor editors team news writer writers contributor "
    "contributors bureau service agency".split()
)
#: What follows a firm's name: where it is based, or a verb of employing, earning or raising.
_FIRM_CUE = re.compile(
    r",?\s+(?:(?:which|that)\s+(?:is\s+)?)?(?:(?:now|also|currently)\s+)?(?:based|headquartered|registered|"
    r"employs|employed|booked|earned|earns|raised|raises|reported|posted|makes(?!\s+up)|made(?!\s+up)|sells|sold|develops|"
    r"shipped|ships|had|has|operates|operated|runs|ran|flies|flew|serves|served|signed|won)\b"
)
#: What may come before a sentence's subject: nothing, or a time ("Last year, ", "In March ").
_OPENING = re.compile(r"\s*(?:(?:In|By|At|Since|During|Last|This|Earlier|Later)\b[^,;]{0,40},?\s+)?(?:The\s+|the\s+)?")
#: A subject's verb after its name, maybe after an apposition: ", the largest builder, completed", " pools".
_SUBJECT_VERB = re.compile(
    r"(?:,\s+(?:the|a|an|its|one)\s+[^,;]{1,60},)?\s+(?:(?:now|also|currently|then|alone)\s+)?"
    r"(?!(?:is|was|are|were|has|had|says|said)\b)[a-z]+(?:ed|es|s)\b"
)
#: More such verbs, which a person does as well ("Zhang Wei hired 40 engineers"): a firm's only when
#: a word of its name is one of a trade's ("Bingyuan Cryogenics delivered", "Jinghe Advanced Packaging said its").
_TRADE_CUE = re.compile(
    r",?\s+(?:(?:now|also|currently)\s+)?(?:delivered|delivers|produced|produces|exported|exports|supplied|supplies|"
    r"built|builds|installed|installs|hired|hires|said\s+(?:that\s+)?its|says\s+(?:that\s+)?its)\b"
)
#: Between a count and the value of what it counts: " contracts worth ", " deals with a combined value of ".
_WORTH = re.compile(
    r"\s+(?:[\w&-]+\s+){0,4}?(?:worth|valued\s+at|with\s+a\s+(?:combined\s+|total\s+)?value\s+of|totall?ing|"
    r"for\s+a\s+(?:combined|total)\s+(?:of\s+)?)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|some\s+)?"
    r"(?:RMB\s?|US\$|\$|¥)?"
)
#: Heads of amounts of money over a period.
_MONEY_FLOW = re.compile(
    r"\b(?:revenues?|income|sales|turnover|output|expenditures?|spending|value[- ]added|profits?|exports|imports|"
    r"funding|financing|investment)\b",
    re.I,
)
#: People said to earn a sum ("Remote sensing engineers in Beijing earned 300,000 yuan on average"): their pay.
_PAID = re.compile(
    r"(?:^|[,;:]\s+|\b(?i:the|its|their)\s+|['’]s\s+|\b(?:19|20)\d\d,?\s+)"  # where the clause's subject opens
    r"(?P<who>(?:(?!(?:that|which|who|and|or|by|of|for|with|from|to|in|at)\b)[A-Za-z][\w-]*\s+){0,3}?(?i:engineers|workers|employees|researchers|scientists|technicians|"
    r"graduates|programmers|staff|doctors|nurses|PhDs|postdocs|teachers|professors|technologists|coders))"
    r"(?:\s+(?:in|at|across)\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)?"
    r"\s+(?:earned|earn|earns|made|make|makes|received|receive|receives|took\s+home|take\s+home|(?:were|are|was)\s+paid)"
    r"\s+(?P<average>an\s+average\s+(?:of\s+)?|on\s+average\s+)?"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+|over\s+)?[$¥]?$"
)
#: Words before a name that leave it out of what is said ("Outside Haidian", "excluding E-Town").
_LEFT_OUT = re.compile(
    r"\b(?i:outside(?:\s+of)?|beyond|excluding|except(?:\s+for)?|apart\s+from|aside\s+from|other\s+than)\s+(?:the\s+)?$"
)


#: People named by where they work or studied, right before that body: "Researchers at the", "graduates of".
_AT_A_BODY = AFFILIATED_PEOPLE + r"|staff|employees"
#: Known measures that total a whole place, and the name of a kind of bodies' part of one.
_PLACE_TOTALS = {
    "rd-expenditure": "R&D spending of {kind}",
    "researchers": "researchers at {kind}",
    "national-high-tech-enterprises": "national high-tech enterprises among {kind}",
}
#: A clause whose subject is bodies counted before, not a place: "together they spent", "The centres employed".
_SUB_POPULATION = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but|while)\s+)\s*(?:(?:together|between them|collectively|combined),?\s+)?"
    r"(?:they|(?:the|these|those|its|their)\s+(?:[a-z][\w&-]*\s+){0,2}?(?:centres|centers|companies|firms|enterprises|"
    r"makers|manufacturers|developers|start-ups|startups|institutes|laboratories|labs))\b[^,;]*$",
    re.I,
)
#: An aside a subject's figure is not of: a bracket, or a participle's clause between commas ("The zone,
#: opened in 2019 near X, hosts").
_ASIDE = re.compile(
    r"\([^()]*\)|,\s+(?:opened|founded|set up|built|launched|located|based|established|created|completed|"
    r"headquartered|started)\b[^,;()]*,"
)
#: A sector as a clause's subject: "The sector counted", "Together the firms employ", "The industry's".
_SECTOR_SUBJECT = re.compile(
    r"(?:^|[.;:]\s+|,\s+)\s*(?:(?:(?:[Tt]ogether|[Bb]etween them|[Cc]ombined|[Aa]ltogether),?\s+"
    r"(?:[Tt]he|[Tt]hese)\s+(?:firms|companies|makers|manufacturers|enterprises))|"
    r"(?:[Tt]he|[Ii]ts)\s+(?:sector|industry))(?:['’]s?)?"
    r"(?=\s)(?!\s+(?:(?:in|of|at|based in)\s+(?:the\s+)?[A-Z]|there\b|here\b))"
)
#: A measure of a kind of bodies: "revenue of aero-engine component makers" (its kind in group 1).
_OF_A_KIND = re.compile(
    r"\bof ((?:[\w-]+ (?:and )?){0,5}(?:makers|companies|firms|enterprises|manufacturers|producers|developers|"
    r"suppliers|vendors|start-ups|industry|sector)|(?:makers|manufacturers|producers|developers|suppliers) of "
    r"(?:[\w-]+ ){0,4}[\w-]+)$"
)
#: Measures that open a sentence, capitalized, before whose they are: "Revenue of Beijing's chip makers".
_MEASURE_OPENERS = (
    r"Revenues?|Output|Exports|Imports|Sales|Income|Spending|Investment|Profits?|Employment|Funding|Turnover|"
    r"Production|Shipments|Deliveries|Contracts|Orders|Patents|Registrations|Growth|Demand|Capacity|Trading|"
    r"Transactions|Volume|Throughput|Traffic|Lending|Financing"
)
_PEOPLE_OF = re.compile(r"\b(?:" + _AT_A_BODY + r")\s+(?:at|of|from)\s+(?:the\s+)?$", re.I)
#: Those counted before, after a part of them: "(19) of them", "(41) of those".
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b")
#: What may open a clause before "they" (whose figures are of the bodies counted before): "Together they",
#: "In 2025 they".
_THEY_OPENER = r"(?:(?:together|between them|combined|collectively|last year|this year|in (?:19|20)\d\d),?\s+)?"


#: A writer's lead-in before a colon, which is no speaker's label: "Disclosure: I work as ...", "Note:".
_LEAD_IN = (
    r"(?:(?:Full|Quick|Another|A|One)\s+)?(?:[Dd]isclosure|[Nn]ote|[Dd]eclaration|[Cc]onflict of interest|[Uu]pdate|"
    r"P\.?S|[Ee]dit|[Bb]ackground|[Cc]ontext|[Aa]bout me|[Ff]or the record)(?:\s+first)?\s*:"
)


def _not_locating(s: str, places: list[tuple[str, int]], orgs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """``places`` without those that only say where an organization named right before them is
    ("the Example Institute for Computing in Haidian District, which employs 640"): the figures
    that follow are the organization's.

    >>> s = "the Example Institute for Computing in Haidian District, which employs 640 researchers"
    >>> _not_locating(s, [("haidian", 39)], [("institute", 4)])
    []
    >>> _not_locating("Example Institute said firms in Haidian District hired 640", [("haidian", 31)], [("i", 0)])
    [('haidian', 31)]
    >>> _not_locating("Chen moved the company here from Haidian District with 12 staff", [("haidian", 33)], [])
    []
    >>> s = "Example Computing, which runs a centre in Haidian District, said its bill reached 9 million yuan"
    >>> _not_locating(s, [("haidian", 42)], [("example", 0)])
    []
    >>> s = "Example Carbon, a maker of lab-grown diamond in Beijing's Fangshan District, said its revenue rose"
    >>> _not_locating(s, [("fangshan", 58)], [("example", 0)])
    []
    """
    return [
        (pid, pos)
        for pid, pos in places
        if not _MOVED_FROM.search(s[max(0, pos - 80) : pos])  # "moved the company here from Haidian": whence
        and not any(  # "Yunjing Computing, which runs a centre in Mentougou, said its bill ...": the company's
            at < pos and _RELATIVE_LOCATING.fullmatch(s[at:pos]) and re.match(r"[^,.;]{0,60},", s[pos : pos + 62])
            for _, at in orgs
        )
        and not any(
            at < pos
            and _LOCATED_ORG.fullmatch(s[at:pos])
            and not any(at < q < pos for _, q in places)
            and (
                not re.search(r"\b(?:by|with|from)\s+(?:the\s+)?$", s[max(0, at - 12) : at])  # "a study by X in Y"
                or re.match(r"[^,.;]{0,60},\s+(?:which|whose|where)\b", s[pos : pos + 90])  # "... X in Y, which has"
            )
            for _, at in orgs
        )
    ]


#: A verb of moving and "from" right before a place: where something came from, not whose a figure is.
_MOVED_FROM = re.compile(
    r"\b(?:moved|relocated|came|migrated|transferred|shifted|spun out)\b[^,.;]{0,40}?\bfrom\s+(?:the\s+)?$"
)
#: An organization's name and a relative clause that says where something of it is: "Yunjing
#: Computing, which runs a 12,000-GPU centre in ".
_RELATIVE_LOCATING = re.compile(
    r"(?:[A-Z][\w&’'-]*\s+|(?:of|for|and|on|the)\s+)*[A-Z][\w&’'-]*,\s+"
    r"(?:(?:which|that|whose)\s+[^,;.]{0,80}?\b(?:in|at)\s+(?:the\s+)?"
    # "Shenlan Neurotech, a Changping maker of ...,", "Ruinao Technology, based in Haidian,": an apposition
    r"|(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}|(?:based|headquartered|located|registered)\s+in\s+(?:the\s+)?"
    # "Jingshi Carbon, a maker of lab-grown diamond in Beijing's Fangshan District, said its revenue ...": its
    r"|(?:a|an)\s+(?:[a-z][\w-]*\s+)+(?:of|for)\s+[^,;.()]{0,60}?\b(?:in|at)\s+(?:the\s+)?(?:Beijing['’]s\s+)?)"
)
#: An organization's name followed by where it is: "Example Institute for Computing in (the) ".
_LOCATED_ORG = re.compile(r"(?:[A-Z][\w&’'-]*\s+|(?:of|for|and|on|the)\s+)*[A-Z][\w&’'-]*\s+(?:in|at)\s+(?:the\s+)?")


#: A verb of holding right before a count: "now holds", "owns", "had" (and a hedge: "had about").
_HELD_BEFORE = re.compile(
    r"\b(?:holds?|held|owns?|owned|has|have|had|keeps?|kept|hosts?|hosted)\s+(?:(?:about|around|some|nearly|over|"
    r"more than|roughly|almost|a total of)\s+)?$",
    re.I,
)
#: Participles of what a count's subject got, which add nothing to the count's name ("grants received").
_RECEIVED_WORDS = frozenset({"received", "recorded", "reported", "logged", "posted", "won", "obtained", "secured"})


#: The unit a sentence declares for the bare figures after it: "(unit: 100 million yuan)",
#: "(10,000 yuan):", "(in billion US dollars)".
_DECLARED_UNIT = re.compile(  # (a declaration over what follows: not "171.5 (100 million yuan)", a figure's own unit)
    r"(?:\((?:units?\s*[:：]\s*|in\s+)(?P<scale>100 million|10,000|ten thousand|billion|million|thousand)\s+"
    r"(?P<money>yuan|RMB|US dollars|USD|dollars)\)|"
    r"\((?P<scale2>100 million|10,000|ten thousand|billion|million|thousand)\s+"
    r"(?P<money2>yuan|RMB|US dollars|USD|dollars)\)\s*[:：])"
)

#: A place's figure in a comparison of places: "Haidian led the districts with", "followed by Chaoyang
#: with", "and Xicheng with", "Chaoyang had the most,".
_LED_WITH = re.compile(
    r"(?:\b(?:led|topped|headed)\b(?:\s+(?:the|all|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?|"
    r"\b(?:followed\s+by|then|and|,)\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))\s+with\s+"
    r"(?:about |around |nearly |some |over |more than |almost |roughly )?$|"
    r"\bhad\s+the\s+(?:most|largest\s+number|highest\s+number)\s*,\s*(?:about |around |nearly |some )?$"
)
#: The words that set places side by side in a sentence: the frame the places' figures stand in.
_COMPARED_PLACES = re.compile(r"\b(?:led|topped|headed|followed\s+by|had\s+the\s+(?:most|largest|highest))\b")


def _compared_place(s: str, at: int) -> re.Match[str] | None:
    """The words before a figure at ``at`` that make it one place's in a comparison of places
    ("Haidian led the districts with", "followed by Chaoyang with"), in a sentence framed so.

    >>> _compared_place("Haidian led with 38, followed by Chaoyang with 21.", 47).group("place")
    'Chaoyang'
    >>> _compared_place("The firm has 120 staff, and with 40 engineers.", 33) is None
    True
    """
    led = _LED_WITH.search(s, max(0, at - 160), at)
    return led if led is not None and _COMPARED_PLACES.search(s[:at]) else None


def _stateless(label: str) -> str:
    """A measure's words without a state that all of its things are in: "institutes in operation"
    counts all the institutes there are (not "drugs in clinical trials", a part of the drugs)."""
    return re.sub(r"\s+(?:in\s+(?:operation|service|use)|open|operating|active)$", "", label)  # (or "open")


def _unheld(label: str) -> str:
    """A measure's words without the participle of what holds them ("AI companies hosted")."""
    label = _stateless(label)
    words = label.split()
    # "universities assessed" by an index are what it covers, not a count of the universities there
    held = len(words) > 1 and words[-1] in HOLDING_WORDS and words[-1] != "assessed"
    return " ".join(words[:-1] if held else words)


def _compared_currency(s: str, n: _Number, numbers: list[_Number]) -> str | None:
    """The currency of a scaled amount said without one, compared with an amount in it before:
    "an average of 5 million yuan each, against about 4.1 million in A and 3.2 million in B" (not
    "2 million visitors", "2.5 million square metres": a counted noun follows).

    >>> s = "It paid 5 million yuan each, against 4.1 million in A and 3.2 million in B."
    >>> [_compared_currency(s, n, _numbers(s)) for n in _numbers(s)]
    [None, 'yuan', 'yuan']
    >>> s = "It spent 30 million yuan, compared with 2 million visitors."
    >>> [_compared_currency(s, n, _numbers(s)) for n in _numbers(s)]
    [None, None]
    >>> s = "Revenue was 38 million yuan in 2023, jumped to 126 million in 2024 and reached 200 million."
    >>> [_compared_currency(s, n, _numbers(s)) for n in _numbers(s) if "million" in n.text]
    [None, 'yuan', 'yuan']
    """
    if not re.search(r"\d\s*(?:million|billion|trillion|bn|mn)\b", n.text, re.I) or not re.match(
        r"\s*(?:[,;.)]|$|(?:in|for|at|each|apiece|and|a year|last year|in total)\b)", s[n.end :]
    ):
        return None
    money = next((m for m in reversed(numbers) if m.end <= n.start and _unit_after(s, m)[0] in CURRENCIES), None)
    if money is None:
        return None
    between = s[money.end : n.start]
    compared = re.search(
        r"^(?:[^;.]|\.(?=\d))*\b(?:against|versus|vs\.?|compared (?:with|to))\b(?:[^;.]|\.(?=\d))*$", between
    )
    # "revenue was 38 million yuan in 2023, jumped to 126 million in 2024": the level it went on to, in it too
    went_on = re.search(
        r"^(?:\s*(?:,|and|then|but|before|(?:in|by)\s+(?:19|20)\d\d|(?:last|this)\s+year|a\s+year\s+(?:earlier|later)|"
        r"\d[\d,.]*(?:\s*(?:million|billion|trillion))?|(?:jumped|rose|grew|climbed|reached|hit|fell|dropped|declined|"
        r"increased|slipped|surged|soared)(?:\s+to)?))*\s+(?:jumped|rose|grew|climbed|reached|hit|fell|dropped|declined|"
        r"increased|slipped|surged|soared|to|from)\s+"
        r"(?:about |around |nearly |almost |roughly |some |over |more than )?$",
        s[_unit_after(s, money)[1] : n.start],  # after "38 million yuan"
    )
    return _unit_after(s, money)[0] if compared or went_on else None


def _respectively(s: str, values: list[_Number], named: list[tuple[str, int]]) -> dict[int, str]:
    """Figures given "respectively" for as many subjects named before them, joined by "and" or
    commas, in order ("Chaoyang and Changping grew by 11.3 percent and 14.6 percent
    respectively"): each figure's subject by its start.

    >>> s = "A and B grew by 11 percent and 14 percent respectively"
    >>> _respectively(s, _numbers(s), [("a", 0), ("b", 6)])
    {16: 'a', 31: 'b'}
    """
    out: dict[int, str] = {}
    for word in re.finditer(r"\brespectively\b", s):
        between = r"[;.]\s|\brespectively\b"
        run = [v for v in values if v.start < word.start() and not re.search(between, s[v.start : word.start()])][-4:]
        if len(run) < 2:
            continue
        before = sorted({x for x in named if x[1] < run[0].start}, key=lambda x: x[1])
        k = len(run)
        for i in range(len(before) - k, -1, -1):  # the last k names joined by "and" or commas
            group = before[i : i + k]
            gaps = [s[a[1] : b[1]] for a, b in zip(group, group[1:], strict=False)]
            if (
                len({eid for eid, _ in group}) == k
                and all(re.fullmatch(r"[A-Z][\w’'&.\- ]*?(?:,\s*(?:and\s+)?|\s+and\s+)", gap) for gap in gaps)
                and re.search(r"\band\s+$", gaps[-1])  # "A, B and C": a list, not "According to A, B ..."
            ):
                out.update(zip((v.start for v in run), (eid for eid, _ in group), strict=True))
                break
    return out


_NAMED_AS = re.compile(
    r"(?:Our|Their|Its|His|Her|My|The)\s+(?:[\w’'-]+\s+){0,6}?(?:is|was|remains)\s+(?:still\s+|now\s+)?"
)


def _firm_like(label: str) -> bool:
    """Whether a new name whose words do not tell its kind may be a firm's: two or more capitalized
    words, none joining two names ("Bingyuan Cryogenics"; not "VR", "Haidian-based", "Tianjin and Hebei").

    >>> _firm_like("Bingyuan Cryogenics"), _firm_like("Haidian-based"), _firm_like("Zhang Wei")
    (True, False, False)
    """
    words = label.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and not re.search(r"-based\b", label)
        and not _NO_FIRM_HEAD.search(label)
        and _trade_named(label)  # (not "Zhang Wei", a person's name the text did not say was one)
    )


def _kind_or_firm(types: tuple[str, ...], label: str) -> bool:
    """Whether a body may be pointed back to or given figures: its kind is known, or its name is a
    firm's; a bare "Organization" (the kind of a name whose words do not tell it) only then.

    >>> _kind_or_firm(("Company",), "VR"), _kind_or_firm(("Organization",), "VR")
    (True, False)
    """
    return types != ("Organization",) or _firm_like(label)


def _trade_named(label: str) -> bool:
    """Whether a word of a name is one of a trade's or an organization's ("Cryogenics", "Packaging").

    >>> _trade_named("Bingyuan Cryogenics"), _trade_named("Zhang Wei")
    (True, False)
    """
    from kg.ingest.people import ORG_WORDS

    return any(w.lower().strip("’'.,") in ORG_WORDS for w in label.split())


#: Last words of names that are no firm's: a treaty, a plan, an event, an index ("Patent Cooperation Treaty").
_NO_FIRM_HEAD = re.compile(
    r"\b(?:Treaty|Act|Law|Convention|Agreement|Plan|Programme|Program|Index|Ranking|Report|Award|Prize|Conference|"
    r"Forum|Week|Expo|Fair|Summit|Initiative|Policy|Regulations?|Measures|Standards?|Guidelines|Project|Strategy)$"
)


def _opening_entity(s: str, named: list[tuple[str, int, tuple[str, ...]]]) -> tuple[str, tuple[str, ...]] | None:
    """The place or organization a sentence opens with, after a lead phrase ("In 2023, ..."):
    what a following "It ..." refers to.

    >>> _opening_entity("In 2023, Example Robotics shipped 40 arms.", [("example-robotics", 9, ("Company",))])
    ('example-robotics', ('Company',))
    >>> _opening_entity("Engineers said Example Robotics grew.", [("example-robotics", 15, ("Company",))]) is None
    True
    >>> _opening_entity("Our best bet is still Example Robotics.", [("example-robotics", 22, ("Company",))])
    ('example-robotics', ('Company',))
    >>> _opening_entity("Much of it is in Example Park, a former mill.", [("example-park", 17, ("SciencePark",))])
    ('example-park', ('SciencePark',))
    """
    lead = _LEAD.match(s)
    start = lead.end() if lead else 0
    article = re.match(r"(?:[Tt]he)\s+", s[start:])
    opening = {start, start + (article.end() if article else 0)}
    # "Our best company is still Example Robotics, ...": what the sentence says its subject is
    copula = _NAMED_AS.match(s, start)
    if copula:
        opening.add(copula.end())
    for eid, at, types in named:
        if at in opening and any(t in _places() or t in _SUBJECT_ORGS or t == "Company" for t in types):
            return eid, types
    # "Much of the activity is in Shougang Park, ...": where the sentence says it all is, when it names no one before
    for eid, at, types in sorted(named, key=lambda n: n[1]):
        if not any(t in _places() or t in _SUBJECT_ORGS or t == "Company" for t in types):
            continue
        if re.search(
            r"^[^,;]*?\b(?:is|are|was|were)\s+(?:now\s+|mostly\s+|largely\s+|mainly\s+)?(?:based\s+|located\s+|"
            r"concentrated\s+|clustered\s+|centred\s+|centered\s+)?in\s+(?:the\s+)?$",
            s[:at],
        ):
            return eid, types
        break  # (the first one named only)
    return None


def _gapped_subject(s: str, at: int, named: list[tuple[str, int]]) -> str | None:
    """The entity a figure directly follows in a list that leaves out the verb ("Haidian
    counted 11,200 firms, Chaoyang 4,650 and Changping 2,380"): that entity's figure.

    >>> _gapped_subject("A scored 88.9 points, Beijing 86.2 and New York 85.7", 48, [("beijing", 22), ("ny", 39)])
    'ny'
    >>> _gapped_subject("A had 96 per 10,000 residents and Fangshan only 41", 48, [("fs", 34)])
    'fs'
    >>> _gapped_subject("Beijing 86.2", 8, [("beijing", 0)]) is None
    True
    >>> s = "A accounted for 127 of them, Chaoyang for 41 and the Example Area for 12"
    >>> _gapped_subject(s, 42, [("cy", 29), ("ea", 53)]), _gapped_subject(s, 70, [("cy", 29), ("ea", 53)])
    ('cy', 'ea')
    """
    for eid, pos in sorted(named, key=lambda n: -n[1]):
        if pos >= at:
            continue
        gap = re.fullmatch(
            r"[A-Z][\w’'&.-]*(?:[ -](?:of |and |for |the )*[A-Z][\w’'&.-]*)*\s+(?:(?P<prep>for|with|to)\s+)?"
            r"(?:only |just |alone |about |around |nearly |some |roughly )?(?:US\$|\$|RMB\s?)?",
            s[pos:at],
        )
        if gap:
            # "Haidian accounted for 127 of them, Chaoyang for 41": the verb's preposition said again
            said = not gap.group("prep") or re.search(rf"\b{gap.group('prep')}\s+(?:[a-z]+\s+)?\d", s[:pos])
            if (
                said
                and re.search(r"(?:,|;|\band)\s+(?:the\s+)?$", s[:pos])
                and (re.search(r"\d", s[:pos]) or _numbers(s[:pos]))
            ):
                return eid  # (a figure before it, in digits or words: "Huairou has eight firms ... and Pinggu five")
        return None
    return None


def _named_again(phrase: str) -> set[str] | None:
    """The content words of a phrase that may name a measure said before by one or two of its own
    words ("outlay", "funding", "the number of deals"), or None: no such words, too many, or an
    event of its own ("funding raised by AI start-ups").

    >>> sorted(_named_again("the number of deals")), _named_again("funding raised by AI start-ups")
    (['deals'], None)
    """
    content = _stems(phrase) - _GENERIC
    if not content or len(content) > 2 or _event_stems(phrase):
        return None
    return content


_ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"}
#: What _part_of returns for a part that is no figure of its own (None: it says nothing of the part).
_NO_FIGURE = ""
#: How a count in apposition ends: "(incubators,) nearly 200 of them at last count, ..."
_COUNT_ASIDE = re.compile(
    r"\s*(?:at (?:the )?last count|by (?:one|our|the latest|official|some) counts?|in all|in total|all told)?"
    r"\s*(?:[,.;)]|$)"
)
#: A count followed by the whole it is part of: "40 of them", "51 of the 74", "7 of last year's launches".
_PARTITIVE_AFTER = re.compile(
    r"\s+of\s+(?:them|(?:those|these)(?!\s+[a-z][\w-]*[a-rt-z]s\b)|which|whom|the\s+[\d,]+|"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?P<whole>(?!(?:its|this|his|us|hers|ours|theirs|yours|is|was|has)\b)"
    r"[a-z][\w-]*[a-rt-z]s|staff|people|personnel))(?=[\s,.;:)]|$)"
)
#: A predicate that only says where a part is: "(51 of the 74) are registered in", "are based in".
_LOCATED = re.compile(
    r",?\s*(?:(?:are|were|is|was)\s+(?:now\s+|still\s+|all\s+)?(?:(?:based|located|registered|headquartered|"
    r"situated)\s+)?in|(?:all\s+)?(?:come|came|comes)\s+from)\s+"  # "79 come from Haidian": a part by where it is from
    r"(?=[A-Z]|the\s+[a-z]+\s*[,.;]|the\s+(?:district|city|park|zone|capital)\b)"
)
#: A count after the whole it is part of: "126 enterprises, of which 19", "Of these, 412".
_PARTITIVE_BEFORE = re.compile(
    r"(?:\bof\s+(?:which|whom)|(?:^\s*|[,;:]\s+)[Oo]f\s+(?:these|those|them|the\s+(?:[\w-]+\s+){0,3}?(?P<whole>[a-z][\w-]*[a-rt-z]s)))"
    r"\s*,?\s*(?:about |around |nearly |over |more than |some |roughly |almost |just )?$"
)
#: A sentence that opens with the whole its counts are parts of: "Of the 212 companies, ...".
_OF_THE_WHOLE = re.compile(
    r"\s*(?:Of|Among)\s+(?:(?:the|these|those|its|their)\s+(?P<count>\d[\d,]*)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<whole>[a-z][\w-]*[a-rt-z]s)|these|those|them)\s*,"  # ("Of these, 23 ... and 6 ...")
)
#: What the part is, as a noun after it: "(40 of them) postdocs", "(412) are foreign-invested R&D centers".
_PART_KIND = re.compile(
    r",?\s+(?:(?:are|were)\s+(?!now\b|still\b|also\b|based\b|located\b|registered\b|in\b|from\b))?"
    r"(?!(?:have|has|had|been|are|were|is|was|will|would|can|could|may|also|still|now|then|in|from|at|on|to|with|"
    r"by|for|of|over|under|across|overseas|abroad|outside|inside|expected|due|set|likely)\b)(?![a-z]+ed\b)"
    r"(?P<np>(?:[a-z][\w&-]*\s+|[A-Z][\w&-]*\s+){0,3}?[a-z][\w-]*[a-rt-z]s)(?=\s*[,.;:)]|\s+(?:and|who|which|that|"
    r"recruited|working|hired|employed)\b|$)"
)
#: A verb in the past before a part: "(Lanshan Capital) led (four of those rounds)", "co-led".
_PART_ACTED = re.compile(
    r"\b((?!(?:reached|exceeded|numbered|totall?ed|topped|surpassed|passed|approached|doubled|tripled|increased|"
    r"decreased|included|involved|represented|compared|estimated|expected|needed|required|accounted)\b)"
    r"(?:co-)?(?:[a-z]+ed|led|won|built|made|sold|held|ran|wrote))\s+"
    r"(?:about |around |nearly |some |roughly |more than |over |almost |only |just )?$"
)
#: Words that end what happened to a part: a place, a time, an article.
_PART_STOP = r"\s+(?:in|at|on|since|during|last|this|so|the|a|an|its|their|from|to|over|before|after)\b"
#: What happened to the part: "(Nine of them) have entered clinical trials", "(96 of those) were recognized".
_PART_DONE = re.compile(
    r",?\s+(?:have\s+|has\s+|had\s+)?(?:already\s+|since\s+)?(?:been\s+|were\s+|was\s+|are\s+)?"
    r"(?P<verb>(?!(?:based|located|headquartered|expected|valued|scheduled|estimated|planned|projected|forecast|"
    r"predicted|slated|poised|set)\b)[a-z]+ed|led|won|built|made|run|held|owned|set\s+up|spun\s+(?:out|off))\b"
    r"(?P<rest>(?:(?!" + _PART_STOP + r")\s+[a-z][\w-]*){0,3})"
)

#: What a part does, in the present, to the sentence's end: "(Eleven of them) build complete satellites".
_PART_DOES = re.compile(
    r",?\s+(?:also\s+|now\s+|still\s+|mainly\s+)?(?P<verb>"
    + DOING_VERBS
    + r")(?P<rest>(?:\s+[a-z][\w-]*){1,3})(?=\s*[,.;]|$)"
)


#: A time said in a sentence that is not the time of the one before: "Two years ago", "The year before".
_ANOTHER_TIME = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:ago|earlier|before)|"
    r"the (?:year|month|quarter) before|a (?:year|month|quarter) earlier|last (?:year|spring|summer|autumn|fall|"
    r"winter|month|quarter)|(?:in|by|at the end of) (?:19|20)\d\d|the year before last)\b",
    re.I,
)


#: A sentence that recommends or proposes (its figures are proposals, no facts): "We recommend that
#: the city fund 3,000 places", "The brief proposes a scale-up fund of 5 billion yuan".
_RECOMMENDS = re.compile(
    r"\b(?:[Ww]e|[Tt]he (?:brief|report|paper|study|note|authors?|think tank)|[Rr]esearchers|[Aa]nalysts)\s+"
    r"(?:also\s+|therefore\s+|strongly\s+)?"
    r"(?:recommends?|urges?|calls? for|proposes?)\b"  # (not "suggests" nor "finds": evidence)
)


#: What "the district", "the park" ... can refer to: the last entity named of these classes.
_ANAPHORS = {
    "district": frozenset({"District"}),
    "park": frozenset({"SciencePark", "DevelopmentArea"}),
    "sub-park": frozenset({"SciencePark"}),
    "zone": frozenset({"DevelopmentArea", "SciencePark"}),
    "development area": frozenset({"DevelopmentArea"}),
    "area": frozenset({"DevelopmentArea"}),  # (only one named before: "the area" of a development area)
    "base": frozenset({"InnovationCluster"}),
    "cluster": frozenset({"InnovationCluster"}),
    "valley": frozenset({"InnovationCluster"}),
    "corridor": frozenset({"InnovationCluster"}),
    "science city": frozenset({"ScienceCity"}),
    "city": frozenset({"City"}),
    "capital": frozenset({"City"}),
    "municipality": frozenset({"City"}),
    "municipal government": frozenset({"City"}),  # the city's own money: "The municipal government put ..."
    "city government": frozenset({"City"}),
    "commission": frozenset({"Commission"}),
    "committee": frozenset({"Commission", "GovernmentBody"}),
}


#: "the district", "the park" ...: the place words of _ANAPHORS (and "the Chinese capital").
@functools.cache
def _anaphora() -> re.Pattern[str]:
    words = (w for w, kinds in _ANAPHORS.items() if kinds & _places())
    # ("the demonstration zone", "the industrial park": one word before a zone's, park's or cluster's head)
    modifier = r"(?:(?!(?:science|development|sub)\b)[a-z][\w-]* (?=(?:zone|park|cluster|base|valley|corridor)\b))?"
    return re.compile(
        r"\b[Tt]he " + modifier + "(" + "|".join(sorted(words, key=len, reverse=True)) + r"|Chinese capital)\b"
    )


#: Organizations a figure can be about (not the bodies that publish figures about others).
_SUBJECT_ORGS = frozenset(
    "ResearchOrganization Laboratory NationalLaboratory NationalKeyLaboratory ResearchInstitute NewTypeRDInstitute "
    "InnovationCenter Academy University UniversityUnit Company Investor Plan Event Platform Facility".split()
)
#: A rank said before a figure in its sentence ("put Beijing first for the third year, with Shanghai second").
_RANK_SAID = re.compile(
    r"\b(?:put|puts|placed?|places|rank(?:s|ed)?|came|comes|finished|finishes|topped|tops|led|leads|was|is)\b"
    r"[^.;]{0,80}?\b(?:first|top|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\b",
    re.I,
)
#: A valuation's multiple, after its figure: "(40) times earnings", no change over time.
_VALUATION = re.compile(
    r"\s+times\s+(?:(?:its|their|trailing|forward|annual)\s+)?(?:earnings|sales|revenues?|profits?|book value)\b"
)
#: Verbs of what was done with things counted, as a measure's last word ("units shipped").
_DONE_VERBS = (
    r"shipped|sold|delivered|exported|imported|produced|made|built|installed|deployed|signed|filed|granted|"
    r"registered|launched|completed|opened|tested|certified|recalled|leased"
)
#: A verb of a valuation: "traded at", "valued at", "priced at".
_VALUED = re.compile(r"\b(?:trad(?:ed|ing|es|e)|valued|priced|valuations?)\s+(?:at|of)\b", re.I)
#: The head words of bodies that have figures of their own but no class of their own.
_BODY_HEAD = re.compile(
    r"\b(?:Hospital|Clinic|Medical (?:Center|Centre)|Association|Alliance|Society|Foundation|Exchange|"
    r"Consortium|Cooperative|Federation)$|^Friends of\b"  # ("Friends of the Capital Museum has 300 members")
)
#: The last words of bodies that speak of others' figures more than of their own: "the alliance said",
#: "the plan targets", so no subject by the name's last word.
_REPORTING_HEADS = frozenset(
    "alliance association federation society council plan program programme committee commission bureau "
    "office administration ministry department government observatory survey report index ranking".split()
)


def _kind_alone(label: str) -> str:
    """A count's label without the place it ends in: the kind of body counted.

    >>> _kind_alone("terminal makers in the city"), _kind_alone("makers in Haidian")
    ('terminal makers', 'makers in Haidian')
    """
    return re.sub(r"\s+in\s+the\s+(?:city|district|capital|zone|park|country)$", "", label)


#: Last words of firms' names that are fields, not bodies: "the data show", "the technology sector".
_FIELD_HEADS = frozenset(
    "data technology technologies automation healthcare microelectronics semiconductor semiconductors systems "
    "software energy robotics intelligence electronics biotech medical media digital networks materials".split()
)
#: A government body's name ends in one of these: "the bureau", "the administration" is it.
_GOV_HEADS = frozenset(
    "commission committee bureau office administration agency service foundation court government".split()
)
#: What a government body itself does with a figure (not what it says or counts of others): "the commission
#: would release 120 datasets", "The bureau has opened 1,860", "The office issued 2,364 rulings".
_GOV_DOES = re.compile(
    r"\s+(?:(?:now|also|itself|alone|says it|said it|says that it|said that it|will|would|plans to|planned to|aims to|"
    r"aimed to|expects to|expected to|intends to|is to|was to|has|had|have|this year|last year|so far)\s+){0,3}"
    r"(?:releas|open|certif|install|approv|issu|hold|held|run|manag|set aside|sets aside|put|spend|spent|support|"
    r"train|fund|help|build|built|add|publish|grant|award|handl|process|invest|allocat|subsidi|sign|accept|"
    r"receiv|conclud|close|closed|inspect|commit|earmark|disburs|lent|lend|paid|pay|provid|distribut)\w*\b"
)
_ORG_ANAPHORS = {
    "center": frozenset({"InnovationCenter", "ResearchInstitute"}),
    "centre": frozenset({"InnovationCenter", "ResearchInstitute"}),
    "institute": frozenset({"ResearchInstitute", "NewTypeRDInstitute"}),
    "university": frozenset({"University"}),
    "lab": frozenset({"Laboratory", "NationalKeyLaboratory", "NationalLaboratory"}),
    "laboratory": frozenset({"Laboratory", "NationalKeyLaboratory", "NationalLaboratory"}),
    "academy": frozenset({"Academy"}),
    "company": frozenset({"Company", "Organization"}),  # (a new body whose kind its name does not say)
    "firm": frozenset({"Company", "Investor", "Organization"}),
    "program": frozenset({"Plan"}),
    "hub": frozenset({"InnovationCenter", "Platform"}),
    "index": frozenset({"Index", "IndexEdition"}),
    "ranking": frozenset({"Index", "IndexEdition"}),
    "report": frozenset({"Index", "IndexEdition", "Publication"}),
    "platform": frozenset({"Platform", "Facility"}),
    "facility": frozenset({"Facility"}),
    "fund": frozenset({"Investor"}),
    "programme": frozenset({"Plan"}),
    "forum": frozenset({"Event"}),
    "conference": frozenset({"Event"}),
    "court": frozenset({"GovernmentBody"}),  # only one named "... Court" (see _NAMED_ONLY)
    "hospital": frozenset({"Organization", "ResearchInstitute"}),
}
#: Anaphors that point back only to a body whose name has the word: "the court" is no bureau.
_NAMED_ONLY = frozenset({"court", "hospital"})
_ORG_ANAPHORA = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Yy]our) "
    r"(?:[\d.,]+[ -](?:billion|million)?[ -]?yuan[ -])?"  # "the 5 billion yuan fund": its size before it
    r"(?P<placed>(?:[A-Z][\w]*\s+){0,2}[A-Z][\w]*-(?:based|headquartered|registered)\s+|"
    r"(?<=[Tt]he )[A-Z][a-z]+\s+(?=(?:company|firm)\b)|"  # "The Haidian company's revenue": where it is
    r"(?:state|privately|foreign)-owned\s+|listed\s+)?"
    r"(?P<word>" + "|".join(_ORG_ANAPHORS) + r")\b"
    r"(?!-|\s+(?:market|sector|industry|system|network|chain)s?\b)"  # "the hospital market": no hospital
    # "The report estimates that Beijing added ...": the figure is of the clause the report speaks of
    r"(?!\s+(?:also\s+)?(?:estimate|find|show|note|say|conclude|suggest|calculate|argue|reckon|state)(?:s|ed)?\s+that\b)"
)


#: Words that make a figure the whole country's.
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|nationally|countrywide|country-wide|across the country|across China)\b", re.I
)

#: Verbs and words of a stock (a level at a date) and of a flow (an amount over a period).
_STOCK = re.compile(
    r"\b(?:held|had|reached|stood at|stock|in total|were located|was located|numbered|(?:was|were|is|are) home to|"
    r"hosted|housed|followed with|employed)\b",
    re.I,
)
_FLOW = re.compile(
    r"\b(?:during|in the (?:period|quarter|year|month)|over the|granted|added|new|newly|(?<!\d )registered|signed|"
    r"invested|spent|earned|raised|filed|approved|launched|grew|rose|fell|increased|decreased|"
    # (what a year's output, revenue or spending reached is a flow: "Output of intraocular lenses reached")
    r"output|revenue|sales|exports|turnover|spending|expenditure|shipments|income)\b",
    re.I,
)

#: What a count of a stock is of: bodies, places and people held at a date, not events.
_HELD_THINGS = re.compile(
    r"[a-z-]*(?:enterprises|companies|firms|cent(?:re|er)s|lab(?:oratorie)?s|institut(?:es|ions)|employees|"
    r"staff|workforce|workers|researchers|scientists|engineers|members|stations|apartments|incubators|makerspaces|"
    r"platforms|parks|start-?ups|unicorns|facilities|hospitals|tenants)",
    re.I,
)


#: A column of a year's flow, which a caption's "end of 2025" does not date at the year's end.
_FLOW_COLUMN = re.compile(
    r"\b(?:granted|filed|added|new|revenue|income|output|sales|exports|imports|spending|expenditure|investment|"
    r"funding|raised|signed|founded|licensed|registrations?|turnover|profits?|deals|rounds|graduat\w*|[a-z]+ed)\b",
    re.I,
)


def _stock_label(label: str) -> bool:
    """Whether a table's row or column label counts a stock, whose figure for a year is the level
    at its end ("Enterprises (units)", "Municipal-level centres"), not a flow over the year ("New
    enterprises", "Patents granted", "Companies graduated", "Charging stations built", "Company
    registrations", "Firms relocating to X", "Employees (annual average)", "Index score").

    >>> [_stock_label(x) for x in ("Enterprises (units)", "Staff", "New enterprises", "Firms founded")]
    [True, True, False, False]
    >>> [_stock_label(x) for x in ("Pilot runs for companies", "Charging stations built", "Firms set up")]
    [False, False, False]
    >>> [_stock_label(x) for x in ("Employees (annual average)", "Companies going public", "Staff costs")]
    [False, False, False]
    >>> _stock_label("Incubators and makerspaces")
    True
    """
    if re.search(r"\((?:[^)]*\b(?:average|mean|during|over|flow|new|added)\b)[^)]*\)", label, re.I):
        return False  # "Employees (annual average)": not the level at the year's end
    plain = re.sub(r"\s*\([^)]*\)", " ", label).lower().strip()
    plain = re.split(r"\s+(?:for|of|in|by|with|to|from|at|on|that|who|which)\b", plain)[0].strip()  # "Runs for X": runs
    words = re.findall(r"[a-z][a-z-]*", plain)
    heads = [part.split()[-1] for part in re.split(r"\s+and\s+|,\s*", plain) if part.split()]
    return (
        bool(words)
        and all(_HELD_THINGS.fullmatch(h) for h in heads)
        and not set(words)
        & (EVENT_WORDS | {"new", "newly", "added", "score", "index", "rank", "per", "share", "average"})
        and not _FLOW.search(plain)
        and not any(re.fullmatch(r"[a-z]+(?:ed|ing)", w) for w in words[1:])  # "firms founded", "companies going"
        and not re.search(r"\b(?:built|set up|won|made|sold|begun|grown|run)\b", plain)
    )


#: A sentence that states how things are now: its figures hold as of the publication date.
#: Present-tense verbs of holding or counting ("employs 900", "hosts 71").
_HOLDS_NOW = r"has|have|employs?|hosts?|houses?|lists?|operates?|runs?|suppl(?:y|ies)|serves?"
#: How a figure stated in the present is dated.
_PRESENT_NOTE = "stated in the present: as of the publication date"
_PRESENT = re.compile(
    r"\b(?:now|currently|at present|today|so far|to date|is home to|are home to)\b|"
    r"^With (?:a|its|their) (?:staff|workforce|headcount|team) of\b|"
    # what it can make or handle: its capacity, now
    r"\bcan\s+(?:now\s+)?(?:make|produce|build|assemble|handle|process|store|treat|serve)\s+(?:up to\s+)?\d|"
    # "has signed contracts with 380 schools": a tally up to now (a present perfect with no time of its own)
    r"\b(?:has|have)\s+(?:also\s+|already\s+)?(?:signed|built|installed|trained|registered|opened|completed|"
    r"supported|served|attracted|incubated|backed|deployed|certified|hired|recruited|treated|connected)\s+"
    r"(?:[a-z][\w-]*\s+){0,4}?(?:about |around |nearly |over |more than |some |roughly )?\d|"
    r"\b(?:is|are|remains?|stands?|holds?|accounts? for|makes? up|takes? in|exceeds?|sells for|costs|"
    r"(?:is|are) priced at|retails for|(?<=[a-z]s )number)\s+"
    r"(?:\w+\s+){0,3}?(?:about |around |nearly |over |more than |some |roughly |almost )?\d|"
    r"^(?:(?:\w+|of those|of them),?\s+)?(?:about |around |nearly |over |more than |some |roughly )?\d[\d,.]*(?<!\.)\s+"
    r"(?:\w+\s+){0,5}?(?:are|is|remain)\b|"
    # "Eight companies in the city build such robots": a count of those that do so now
    r"^(?:About |Some |Nearly |Only |Just )?(?:[A-Z][a-z]+(?:-[a-z]+)?|\d[\d,]*)\s+(?:[a-z][\w-]*\s+){1,4}?"
    r"(?:build|make|run|operate|employ|sell|supply|serve|offer|provide|develop|design|produce|hold|host)\s+(?![a-z]+ed\b)|"
    r"\b(?:" + _HOLDS_NOW + r"|counts|numbers)\s+"
    r"(?:\w+\s+){0,2}?(?:of\s+)?(?:about |around |nearly |over |more than |some )?"  # ("runs a team of 160")
    r"(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|"
    r"dozens|hundreds)\b)",
    re.I,
)


#: A figure of another subject said after one of a measure, its measure left unsaid: "Chaoyang
#: came next with 38", "Shunyi followed with 21", "Changping, at 28.7 billion yuan, ...".
_NEXT_IN_LINE = re.compile(
    r"(?:\b(?:came|was|were|is|are|ranked|placed|finished|followed|trailed)\s+"
    r"(?:next|second|third|fourth|fifth|close behind|behind(?: \w+)?|after(?: \w+)?)?\s*,?\s*with|"
    r"(?:^|[;:]\s+|\band\s+|\bwhile\s+)[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3},\s+at|"
    # "Haidian's figure stood at", "the corresponding figure for Fengtai was": the same measure, another's
    r"\b(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}(?:’s|'s)|(?i:the)(?:\s+(?:corresponding|equivalent|comparable|same))?)"
    r"\s+(?:own\s+)?(?:figure|number|tally)"
    r"(?:\s+(?:for|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3})?"
    r"\s+(?:was|is|stood at|stands at|came to|comes to|reached|amounted to|totall?ed))"
    r"\s+(?:about |around |roughly |nearly |some |over |more than |almost |just |only )?$"
)

#: Another subject's figure of the measure before, after a verb of having, its measure unsaid:
#: "..., while Changping District had 12.8", "but Daxing held only 96.3 and ...".
_HAD_IN_LINE = re.compile(
    r"(?:^|[;:,]\s+|\band\s+|\bwhile\s+|\bwhereas\s+|\bbut\s+)[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3}\s+"
    r"(?P<verb>had|has|held|holds|recorded|reported|counted|logged|posted|took|drew|attracted|granted|registered|"
    r"signed|spent|raised|won|added|received|hired|employed|opened|filed)\s+"
    r"(?:only |just |about |around |roughly |nearly |some |over |more than |almost )?$"
)
#: Verbs of having, which say another subject's figure of any measure before ("while Changping had 12.8").
_HAVING = frozenset("had has held holds recorded reported counted logged posted".split())
#: The same subject's figure of the measure before, said again with a pronoun and no noun: "...; it
#: now has more than a hundred and sixty", ", and they employ 300 today".
_IT_HAS_NOW = re.compile(
    r"(?:[;:,]\s+|\band\s+|\bbut\s+)(?:it|they|we)\s+(?:now\s+|still\s+|currently\s+|today\s+)?"
    r"(?:has|have|employs?|counts?|hosts?|holds?)\s+"
    r"(?:only |just |about |around |roughly |nearly |some |over |more than |almost )?$"
)
#: A row of a ranking table: a rank, a name, maybe the change since the last edition.
_TABLE_ROW = re.compile(
    r"^\s*\d{1,3}[.)]?[ \t]+[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*)*"
    r"(?:[ \t]{2,}.*|[ \t]+[-+=–]?[\d.,]+|[ \t]+[-+=–])*\s*$"
)


def _refers(word: str, types: tuple[str, ...]) -> bool:
    kinds = _ANAPHORS.get(word, frozenset())
    return any(t in kinds for t in types)


# --- the extractor ------------------------------------------------------------------------

_CONNECTORS = {"of", "and", "for", "&", "the", "de", "on"}
#: Words a measure's name does not start with ("their PCT applications", "of the district's ...").
_LEADING = set("the a an its their his her our these those this that of in at on by for to with from".split())
#: Verbs before "<measure> of <number>" ("achieved total revenue of ...").
_VERBS_BEFORE = set(
    "achieved reached recorded posted reported had has have saw registered attracted raised received generated "
    "a an the its their with".split()
)
#: A Roman numeral numbering a part ("II. Investment and services").
_ROMAN = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
#: Acronyms of things, not of bodies: alone, "VR" or "LED" names no organization.
_TERM_ACRONYMS = frozenset(
    "AI AR VR XR MR EV EVs NEV NEVs IoT GPU GPUs CPU CPUs LED LEDs OLED LCD AGV AGVs UAV UAVs BCI CT MRI PET DNA RNA "
    "mRNA API APIs SaaS ESG IPO IPOs GDP PhD KPI PCB SoC FPGA ASIC LiDAR AIGC LLM LLMs NLP IP R&D 5G 6G".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_NOT_NAMES = (
    set(
        "the a an in on at by for of and or but as if it its this that these those there their they he she we our "
        "according statistics today besides moreover additionally however meanwhile particularly noteworthy such "
        "when while although though because once unless whereas whether where "
        "over under since from with without between among during after before until also at present so far new "
        "across throughout outside inside within beyond around near nationwide citywide "
        "director professor partner president chairman secretary head deputy dr mr mrs ms vice party chief "
        "vice-mayor mayor ceo cfo cto coo executive founder co-founder dean minister governor prof former "
        "formerly".split()
    )
    | set(_MONTHS)
    | {m.capitalize() for m in _MONTHS}
)
#: A run of capitalized words that starts with a role: "Chief Executive Officer of X" (the rest is
#: the organization), "Chief Technology Officer Li Wen" (the rest is the person); a role alone or a
#: role for a field ("Vice President for Research") leaves no rest.
_LEADING_ROLE = re.compile(
    r"(?:" + ROLE + r")(?:\s+(?:of|at)\s+(?:the\s+)?(?P<rest>\S.*)|\s+for\s.*|\s*$|\s+(?P<name>(?=[A-Z])))",
    re.S,
)
#: A short name defined in brackets after a name: ("Qianjing"), (the "Company"), (hereinafter "X").
_DEFINED_SHORT = re.compile(
    r"\s*\((?:the\s+|hereinafter(?:\s+referred\s+to\s+as)?\s+|or\s+)?[\"“](?P<short>[A-Z][^\"”()]{1,60}?)[\"”]\)"
)
#: An acronym in brackets after a name: "Massachusetts Institute of Technology (MIT)".
_BRACKETED_ACRONYM = re.compile(r"\s*\((?P<short>[A-Z][A-Z0-9&]{1,9})\)")


def _initials_of(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are capitals of the name, in order.

    >>> _initials_of("MIT", "Massachusetts Institute of Technology"), _initials_of("BJ", "Tsinghua University")
    (True, False)
    """
    capitals = iter(c for c in name if c.isupper())
    return all(letter in capitals for letter in acronym if letter.isalpha())


#: Heads of names whose complement may list fields ("Bureau of Science, Technology and
#: Informatization", "School of Medicine, Nursing and Public Health"); after "Academy of Sciences" or
#: "University of X" a list names other bodies.
_LISTING_HEAD = r"\b(?:Bureau|Department|Ministry|Commission|Committee|Office|Administration|School|College|Faculty)"
#: The rest of a list of fields in a name's complement, after its first: ", Technology and
#: Informatization" (a word each, the last after "and" perhaps two, and nothing capitalized after it).
_LISTED_COMPLEMENT = re.compile(
    r"(?:,\s+[A-Z][a-z-]+){1,3},?\s+and\s+[A-Z][a-z-]+(?:\s+[A-Z][a-z-]+)?(?![\w-]|\s+[A-Z])"
)
#: Words a contract or release defines for a party ("the Company"), which name no entity of their own.
_GENERIC_TERM = re.compile(
    r"(?i:company|commission|committee|fund|group|issuer|bank|platform|cent(?:er|re)|institute|university|"
    r"government|board|agency|authority|part(?:y|ies)|project|program(?:me)?|plan|lab(?:oratory)?|park|zone|"
    r"district|city|firm|partner|investor|offering|transaction|agreement|shares?)"
)
#: A funding round's name: "Series C", "Series B+", "Pre-A", "Pre-IPO", "Round A".
_ROUND = re.compile(r"(?:" + ROUND_NAME + r")(?:\s+(?:and|to)\s+[A-H]\d?\+{0,2})?")
#: What follows the name of a company that raises money: "'s 2.4-billion-yuan Series C".
_RAISER = re.compile(r"(?:’s|'s)\s+(?:[\w.$-]+\s+){0,3}?(?:" + ROUND_NAME + "|" + ROUND_WORDS + ")")
#: Two or three words shaped as a person's name, none of them an organization's or a place's word.
_NAME_SHAPED = re.compile(
    r"(?!(?:\S+\s+){0,2}(?i:" + "|".join(sorted(ORG_WORDS)) + r")\b)"
    r"[A-Z][a-z’'-]*[a-z](?:\s+[A-Z][a-z’'-]*[a-z]){1,2}"
)
#: Academic degrees and suffixes written after a name, which are no names themselves.
_DEGREE = re.compile(r"(?:Ph\.?\s?D|PhD|M\.?D|MBA|D\.\s?Phil|Jr|Sr)\.?")
_TYPE_HEADS = [
    (
        r"\b(?:national key lab(?:oratory|oratories|s)?|state key lab(?:oratory)?)(?:$| (?:for|of|on)\b)",
        "NationalKeyLaboratory",
    ),
    (r"\bnational lab(?:oratory)?(?:$| (?:for|of|on)\b)", "NationalLaboratory"),
    (r"\blab(?:oratory)?$|\blab(?:oratory)? (?:for|of|on)\b", "Laboratory"),
    (
        # ("Beijing Institute of Technology": a university so named)
        r"\buniversity$|\binstitute of technology$|^university of\b(?!.*\b(?:school|college|department|faculty|"
        r"institute|press|hospital|cent(?:er|re)|lab(?:oratory)?)\b)",
        "University",
    ),
    (r"\b(?:school|college|department|faculty) of\b|\b(?:school|college|department|faculty)$", "UniversityUnit"),
    (r"\bacademy\b", "Academy"),
    # "Center for ...", "Qingyuan Centre for Technology Policy": the centre, whatever it studies
    (r"\b(?:institute|research center|research centre)\b|\b(?:center|centre) (?:for|of)\b", "ResearchInstitute"),
    # "Yuquan Forum for Innovation Policy": a think tank, whatever it studies (not a plan for its last word)
    (r"\bforum for\b", "ResearchInstitute"),
    (r"\bforum on\b", "Event"),  # "Forum on AI, held in April": a meeting
    (r"\b(?:innovation center|innovation centre)$", "InnovationCenter"),
    (r"\bcommission\b", "Commission"),
    (
        r"\b(?:people's|intellectual property|ip|internet|intermediate|high|supreme|financial|maritime) court$",
        "GovernmentBody",
    ),
    (r"\b(?:ministry|bureau|council|government|administration|department|office|committee)\b", "GovernmentBody"),
    (r"\bscience city$", "ScienceCity"),
    (r"\b(?:science park|tech park|industrial park|park)$", "SciencePark"),
    # a park by another name ("Zhangjiawan Design Town", "Example Robot Town"), not a town ("Zhangjiawan Town")
    (
        r"\b(?:design|science|tech|technology|innovation|digital|software|future|industrial|robot|robotics|medical|"
        r"ai|fintech|film|creative|biomedical|biotech|chip|data) town$",
        "SciencePark",
    ),
    (
        r"\bdevelopment (?:area|zone)$|\b(?:pilot|demonstration|trade|innovation|technology|industrial) zone$",
        "DevelopmentArea",
    ),
    (r"\bdistrict$", "District"),
    (r"\bprovince$", "Region"),
    (
        r"\bindex\b|\brankings?$|\blist$|\b(?:evaluation|scoreboard|scorecard|tracker|barometer|league table|monitor)$|"
        # "Evaluation of District Biomedicine Industry Development", "National Evaluation of Open Sharing of ..."
        r"^(?:(?:19|20)\d\d\s+)?(?:[\w-]+\s+){0,3}?(?:evaluation|ranking|rankings|assessment) of\b|"
        r"^(?:\S+\s+){2,}league$|"  # "Capital Universities Knowledge Transfer League", not "Ivy League"
        r"\b(?:capability|competitiveness|innovation|vitality) report$",
        "Index",
    ),
    (r"\b(?:plan|program|programme|strategy|initiative|policy)$|five-year plan", "Plan"),
    # "Zhongguancun Hardware Foundry", "Example Robotics Accelerator": a body that hosts start-ups
    (r"\b(?:incubator|accelerator|foundry|makerspace|maker space)$", "Platform"),
    (r"\bpolicy forum$", "ResearchInstitute"),  # a think tank ("Shichahai Policy Forum"), not a meeting
    (r"\b(?:forum|summit|conference|symposium|expo|fair|festival)$", "Event"),
    (
        r"\b(?:daily|news|times|post|journal|press|agency|network|tv|review|magazine|weekly|herald|gazette|tribune|"
        r"monthly|digest|newsletter)$",
        "MediaOrganization",
    ),
    (r"\b(?:capital|ventures|venture partners|growth partners|capital partners|angels|angel partners)$", "Investor"),
    (r"\b(?:company|corporation|group|inc|ltd|co|technologies|technology co|bank|studio|studios|games)$", "Company"),
    # a firm's name by what it makes ("Naotong Technology", "Xinjing Semiconductor"), when nothing above named a body
    (
        r"^(?!.*\b(?:of|for|and)\b)(?!(?:new|clean|green|renewable|advanced|smart|digital|future|applied|nature|"
        r"georgia|virginia|texas|louisiana|michigan|california|artificial|embodied|machine|business|quantum|"
        r"national|international|global|china|chinese|beijing|intelligent|commercial|industrial|cloud|edge|general|"
        r"high-performance|low-altitude|big|open|public|spatial|medical|autonomous|self-driving|seed|crop|data|mobile|"
        r"remote|precision|genetic|wind|solar|nuclear|marine|urban|rural|outer|deep)\s\S+$)\S+\s.*\b(?:robotics|semiconductors?|photonics|"
        r"biotech|biologics|therapeutics|pharmaceuticals|biopharma|radiopharma|pharma|biosciences|genomics|diagnostics|"
        r"isotopes?|instruments|automation|aerospace|dynamics|computing|microelectronics|motors|optics|"
        r"sensing|compute|technology|tech|software|electronics|medical|materials|energy|smart farming|equipment|"
        r"acoustics|"
        r"machinery|devices|logic|data|vision|batteries|chips|drones|satellites|quantum|intelligence|structures|"
        r"neurotech|neurotechnology|biotechnology|imaging|analytics|systems|networks|mobility|motion|aviation|"
        r"displays?|microdisplay|learning|healthcare|machines|sensors|storage|chemicals|membranes|nanotech|"
        r"lidar|tactile|dexterity|aero|spaceflight|ai|labs|audio|"
        # (short trade names: "Hanxin Micro", "Qiyuan Semi", "Lanbo Bio", "Xingwang Link")
        r"micro|semi|semicon|bio|link|power|logistics|hydrogen|silicon|wireless|telecom|health|genetics|agritech|"
        r"medtech|fintech|cleantech|cells|vehicles|automotive|photovoltaics|solar|lasers?|optoelectronics|"
        r"solutions|interactive|security|navigation|bionics|connect|tek|tronics|driving|mining|recycling|"
        r"packaging|testing|inspection|freight|shipping|seeds?|"
        r"space|graphene|nano|carbon|rockets?|orbital|launch|satcom|fusion|grid|agri|foods|textiles|printing|"
        r"additive|ceramics|coatings|polymers|alloys|cables|fibre|fiber|optical|glass|valves|pumps|turbines)$",
        "Company",
    ),
    (r"\b(?:center|centre)$", "InnovationCenter"),
    (r"\bplatform$", "Platform"),
    (r"\bhub$", "InnovationCenter"),
    (r"\b(?:industry|industrial|innovation) base$|\bcluster$|\bvalley$|\bcorridor$", "InnovationCluster"),
    (r"\bfund(?: of funds)?$", "Investor"),
    (r"\b(?:facility|cyclotron|telescope|collider|source|airport|port|railway station|museum|library)$", "Facility"),
    (r"\bpilot (?:plant|line|base)$|\b(?:production line|fab)$", "Facility"),  # "Example Biopharmaceutical Pilot Plant"
]


#: Words in "-ing" that start the second half of one name joined by "and" ("AI Computing and Training
#: Center"), not a name of their own as Beijing, Changping or Nanjing are.
_GERUND_NAME_WORD = re.compile(
    r"Training|Testing|Computing|Manufacturing|Engineering|Processing|Printing|Sensing|Learning|Mapping|Planning|"
    r"Marketing|Consulting|Publishing|Recycling|Packaging|Lighting|Imaging|Screening|Sequencing|Modelling|Modeling"
)


#: What a firm does, said in a clause after its name: "Qi Anxin, which employs 9,000 people".
_FIRM_DOES = re.compile(
    r",\s+(?:which|that)\s+(?:now\s+|also\s+|still\s+)?(?:employs?|makes?|owns?|operates?|runs?|raised|sells?|builds?|"
    r"develops?|has|had|was founded|is based|produces?|ships?|supplies|designs?|listed|reported|earned)\b"
)
#: An apposition that says a name is a think tank's: ", a think tank founded in 2015".
_INSTITUTE_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:think[- ]tank|research institute|policy institute|research cent(?:er|re))\b"
)
#: An apposition that says a name is a firm's: ", the robot-joint maker", ", a Beijing startup".
_FIRM_APPOSITION = re.compile(
    r"(?:,\s+(?:the|a|an)\s+(?:[\w’'-]+\s+){0,4}?|\s+(?:is|was)\s+(?:the|a|an)\s+"
    r"(?:(?!(?:of|at|for|in|on|with|to|by|from|the|a|an)\s)[\w’'-]+\s+){0,4}?)(?:maker|manufacturer|startup|start-up|company|firm|developer|"
    r"producer|supplier|provider|chipmaker|automaker|unicorn|spin-?off|spinout|designer|vendor|operator|integrator|"
    # "Feiyao Lights, the largest of the companies,"
    # (not "the youngest of the three founders": a person among people)
    r"(?:largest|biggest|oldest|youngest|smallest)\s+of\s+(?:the|these|those)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:companies|firms|makers|manufacturers|start-?ups|developers|producers|suppliers|operators))"
    r"\b(?![’'])(?!\s+(?:founder|co-founder|believer|spokes(?:man|woman|person)|executive|employee|engineer|veteran)\b)"
)


#: The same said before the name: "The largest firm in the park, Lingbiao Data, employs ...", "Its biggest
#: tenant, Example Robotics,".
_FIRM_BEFORE = re.compile(
    r"\b(?:the|its|their|a|an|one)\s+(?:[\w’'-]+\s+){0,3}?(?:maker|manufacturer|startup|start-up|company|firm|"
    r"developer|producer|supplier|provider|tenant|unicorn|spin-?off|spinout)"
    r"(?:\s+(?:in|at|of|on)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})?,\s*$|"
    # "Fourteen Beijing companies build them. The largest, Kuangxing Autonomy, ...": one of the companies
    r"(?:^|[.;]\s+)(?:the|its)\s+(?:largest|biggest|oldest|youngest|fastest-growing|leader|leading one)"
    r"(?:\s+of\s+them)?,\s*$",
    re.I,
)


#: A verb of making or selling things after a name, as what it does: the name is a company's.
_MAKES = re.compile(
    # ("Mingyu Interactive, in Haidian, sells ...": where it is, then what it does)
    r"(?:,\s+(?:based\s+)?in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2},)?"
    r"(?:,\s+which|,\s+that|\s+now|\s+also)?\s+(?:makes|builds|produces|sells|designs|develops|manufactures|"
    r"assembles|ships|supplies|exports)\s+(?!(?:it|up|sure|sense|clear|use|progress|headway|room|way)\b)[a-z]"
)


def _surname_he(s: str, start: int, tokens: list[str]) -> bool:
    """Whether the run of ``tokens`` at ``start`` opens with the surname He, not the pronoun: "He
    Lanzhou" shaped and placed as a person's name ("Professor He Lanzhou of ...", "He Lanzhou,
    director of ...").

    >>> _surname_he("by Professor He Lanzhou of X", 13, ["He", "Lanzhou", "of", "X"])
    True
    >>> _surname_he("He Said it", 0, ["He", "Said"])
    False
    """
    if tokens[0] != "He" or len(tokens) < 2 or not re.fullmatch(r"[A-Z][a-z]+", tokens[1]):
        return False
    name = tokens[:3] if len(tokens) > 2 and re.fullmatch(r"[A-Z][a-z]+", tokens[2]) else tokens[:2]
    end = start + len(" ".join(name))
    return looks_like_person(s, start, end, name) or looks_like_person(
        s, start, start + len(tokens[0]) + 1 + len(tokens[1]), tokens[:2]
    )


#: A name with a code after a comma, as ranked lists and tables print them: "Tsinghua University, CN",
#: "Institute of Physics, CAS" (a country's code, or its parent's acronym: see _Extractor._with_parent).
_CODED_NAME = re.compile(
    r"(?P<name>.+?)(?:,\s*(?P<code>[A-Z]{2,6})|\s+\((?P<country>[A-Z][a-z-][A-Za-z .’'-]{0,29}|[A-Z]{2,3})\))"
)

#: The head of a body named "<head> of <what> of the <parent>".
_UNIT_HEAD = r"(?:institute|laboratory|lab|school|college|department|faculty|center|centre|key laboratory) of\b"
#: A unit named by its field or task ("School of Integrated Circuits", "Office of Technology Transfer"), which is
#: named with the known university or academy it is "at".
_UNIT_OF = re.compile(
    r"(?:Key\s+)?(?:School|College|Department|Faculty|Institute|Laboratory|Lab|Center|Centre|Office|Division)\s+"
    r"(?:of|for)\s+[A-Z][\w'’&-]*(?:\s+(?:and|of|for|&)?\s*[A-Z][\w'’&-]*)*$"
)


def _guess_type(label: str) -> tuple[str, float]:
    """The kind of a new name, by its head words, with a confidence.

    >>> _guess_type("Example Parks Competitiveness Ranking 2025"), _guess_type("Evaluation of Example Development")
    (('Index', 0.8), ('Index', 0.8))
    >>> _guess_type("Institute of Automation of the Chinese Academy of Sciences")
    ('ResearchInstitute', 0.8)
    >>> _guess_type("Yuquan Forum for Innovation Policy"), _guess_type("Beijing Talent Policy")
    (('ResearchInstitute', 0.8), ('Plan', 0.8))
    >>> _guess_type("Chaoyang Museum of Industrial Heritage"), _guess_type("Jingcheng Bank of Commerce")
    (('Facility', 0.8), ('Company', 0.8))
    >>> _guess_type("Friends of the Capital Museum"), _guess_type("Society of Friends of the Library")
    (('Organization', 0.6), ('Organization', 0.6))
    >>> _guess_type("School of Integrated Circuits at Peking University")
    ('UniversityUnit', 0.8)
    """
    # "... Co., Ltd."; "... Ranking 2025": an edition's name ends in its year
    low = re.sub(r"\s+(?:19|20)\d\d$", "", label.lower().rstrip("."))
    # "Institute of Automation of the Chinese Academy of Sciences": an institute, whose parent is named after it
    unit = re.match(r"(?P<unit>.+?) of the ", low)
    if unit and " of " in unit.group("unit") + " " and re.match(_UNIT_HEAD, unit.group("unit")):
        low = unit.group("unit")
    at = re.match(r"(?P<unit>.+?) at (?:the )?[^,;]*\b(?:university|academy)\b", low)
    if at:  # "School of Integrated Circuits at Peking University": a school, whose university is named after it
        low = at.group("unit")
        if re.match(r"(?:office|division)\b", low) and "university" in at.group(0):
            return "UniversityUnit", 0.8  # "Office of Technology Transfer at Peking University": no government's
    if re.search(r"\b(?:friends|society|association|alliance|federation|club|members)$", low.split(" of ")[0]):
        return "Organization", 0.6  # "Friends of the Museum": a body of members, whatever it is the friend of
    for pattern, kind in _TYPE_HEADS:
        if re.search(pattern, low):
            return kind, 0.8
    if " of " in low:  # "Chaoyang Museum of Industrial Heritage": its head, before what it is of
        for pattern, kind in _TYPE_HEADS:
            if re.search(pattern, low.split(" of ")[0]):
                return kind, 0.8
    return "Organization", 0.4


def _name_in(text: str, eid: str) -> str | None:
    """The words of ``text`` whose id is ``eid``: the name as written.

    >>> _name_in("Suzhou came sixth, ahead of Xi'an and Chengdu", "xian")
    "Xi'an"
    """
    words = list(re.finditer(r"[A-Z][\w’'&.-]*|\b(?:of|and|the|for)\b", text))
    for i, first in enumerate(words):
        for last in words[i:]:
            if slug(text[first.start() : last.end()]) == eid:
                return text[first.start() : last.end()]
    return None


def _widened(text: str, quote: str) -> str:
    """A quote too short to be evidence ("7. London", a row of a ranked list), widened to the
    lines before it in ``text`` until it is long enough; the quote itself when it is not in the text.

    >>> _widened("The top cities:\\n6. Seoul\\n7. London\\n", "7. London")
    '6. Seoul\\n7. London'
    """
    at = text.find(quote)
    if at < 0:
        return quote
    start, end = at, at + len(quote)
    while quote_problem(text[start:end]) and start > 0:
        start = text.rfind("\n", 0, start - 1) + 1  # the start of this line, or of the line above
    return text[start:end].strip()


#: A two-word capitalized name not followed by a third word ("Tang Weiwei has ..."), found at
#: every word (the names overlap: "Ms Tang Weiwei" holds "Ms Tang" and "Tang Weiwei").
_TWO_WORD_NAME = re.compile(r"(?=\b([A-Z][a-z]+)\s+([A-Z][a-z]+)\b(?!\s+[A-Z]))")


class _Extractor:
    def __init__(self, gaz: Gazetteer, pub: tuple[int, int] | None, measures: list[tuple[str, str, list[str], str]]):
        self.gaz = gaz
        self.pub = pub
        self.measures = measures
        self.out = Extraction()
        self.seen: set[tuple[Any, ...]] = set()
        self.place_counts: Counter[str] = Counter()
        self.new_entities: dict[str, Candidate] = {}
        self.people: set[str] = set()
        #: people a post refers to by one word of a name not yet drafted ("Tang", after "Tang Weiwei has ...")
        self.pending_people: dict[str, str] = {}
        #: Words the article writes in lower case ("smart", "digital"), which no first word of a name stands for.
        self.lower_words: set[str] = set()
        #: Short names an article defines for a new entity ('... Co., Ltd. ("Qianjing")'): id and type.
        self.short_names: dict[str, tuple[str, str]] = {}
        self.it_refers: str | None = None  # what "it" refers to in the sentence being read
        #: the body the paragraph opened with ("Yekan Robotics, founded in 2020, ..."): whose its unowned figures are
        self.paragraph_org: str | None = None
        self.paragraph_first = True
        self.read_now: str | None = None  # the sentence being read
        self.current_index: str | None = None  # the index named last
        self.prev_opening: str | None = None  # what the last sentence that opened with a name opened with
        #: Organizations (and places) named so far, with their names as written, in order.
        self.recent_orgs: list[tuple[str, str]] = []
        #: The measure and unit of the last figure, for "Of those, 52 ..." in the next sentence.
        self.last_measure: tuple[str, str] | None = None
        self.read: list[str] = []  # the sentences read so far, for what a sentence points back to
        self.title = ""  # the article's headline: what it is about
        #: the industry named last by what it makes (see industry_named): what "the industry" is, and whose it is
        self.industry: str | None = None
        self.industry_owner: str | None = None
        #: the kind of body named last with what sets it apart ("AI dubbing studios"): what "their" revenue and
        #: "such companies" refer to
        self.kind: str | None = None
        self.kind_read = 0  # how many sentences had been read when it was named
        self.topic_kind: str | None = None  # ... and the last one named at all, for "the sector's revenue"
        self.first_kind: str | None = None  # ... and the first one, what the article is about
        self.of_first_kind: set[str] = set()  # the measures named "X of <that kind>" (no kinds of their own)
        #: the last year's end the article dated a figure at ("at the end of 2025": "2025-12"), for stocks in the
        #: same year said without a date of their own
        self.latest_end: str | None = None
        #: In the sentences read so far, each capitalized word -> the two-word names it starts ("Tang Weiwei").
        self.two_word_names: dict[str, set[str]] = {}
        self.name_heads: dict[str, str] = {}  # the last word of a body's name -> the body named last with it
        #: ... and of a government body's ("commission", "bureau"): what "the bureau" doing something is
        self.gov_heads: dict[str, str] = {}
        #: the government bodies of this sentence that do something with a figure, and what they do
        self.gov_agents: list[tuple[str, re.Match[str]]] = []
        self.paragraph_from = 0  # the first of self.out.indicators read from the paragraph at hand
        self.previous_paragraph_from = 0  # ... and from the paragraph before it
        self.paragraph_starts: list[int] = [0]  # where each paragraph's indicators start, in order
        #: How often each organization has been referred to so far (see _topic).
        self.topic_counts: Counter[str] = Counter()
        #: Organizations named so far, in order, for "its", "the center" in posts (kg.ingest.people).
        self.org_trail: list[OrgRef] = []
        #: The time of a figure in the current sentence that no time expression belongs to.
        self.untimed = _When()
        #: Sentences that are rows of a ranking table or list (see _list_rows).
        self.list_rows: set[int] = set()
        #: Rows of a bulleted list of ranks said as ordinals (see _ordinal_rows).
        self.ordinal_rows: dict[int, re.Match[str]] = {}
        #: The ranks (their records' ids) whose edition's year is the publication's, guessed.
        self.guessed_ranks: set[int] = set()
        #: Rows of a table of one entity's ranks in several indexes (see _whose_rank_rows).
        self.whose_rank_rows: dict[int, tuple[list[str], int, str]] = {}
        #: The header's cells of table rows that have one (see _row_headers).
        self.row_headers: dict[int, list[str]] = {}
        #: The columns of pillar ranks of those rows (see _pillar_columns), read when the article names them pillars.
        self.pillar_columns: dict[int, set[int]] = {}
        self.pillars_said = ""
        #: The caption over the header of table rows that have one ("Table 2. Robotics, top five").
        self.row_captions: dict[int, str] = {}
        #: what a ranking says it ranks by and the day of those figures ("by their valuation as of 30 September 2026")
        self.ranked_by: list[tuple[set[str], str]] = []
        self.sent_texts: dict[int, str] = {}  # each sentence's text by its index
        #: The index the article reports on, and the edition year named with it (see extract()).
        self.main_index: tuple[str, int | None] | None = None
        #: the organization the writer calls theirs ("I co-founded X"): what "we" and "our" are
        self.ours: str | None = None
        #: the organization a line about the writer says they head or founded (see _writers_org)
        self.writers_org: str | None = None
        #: the sentence being read, and the last post read with its organization (sentence, organization)
        self.sentence_index = -1
        self.last_post: tuple[int, str] | None = None
        # (sentence, person named last, whether the only one named there), for "he" and "she"
        self.last_person: tuple[int, str, bool] | None = None
        self.publisher_body: tuple[str, str, str] | None = None  # (id, name, type) of a new body publishing
        self.writer: tuple[str, str] | None = None  # the one author (id, name): who "I" is
        self.speaker: str | None = None  # who speaks, in a transcript ("Luo: We have 386 researchers.")
        self.all_performers = False  # the sentence's performers are all of its subject's ("enterprises in the park")
        self.asked: str | None = None  # what the question before an answer counts ("How many companies ...?")
        #: the known measures' names as stems, with the longest run of words each may take (see _topic_measure)
        self._name_stems: list[tuple[str, str, set[str], int]] | None = None
        #: the city the article names most (else its main place): the whole a district's part is of
        self.main_city: str | None = None

    def _our(self, s: str, start: int, orgs: list[tuple[str, int]]) -> str | None:
        """The speaker's or writer's own organization, for a figure whose clause opens with "We"
        or "Our": in a quotation, the one its speaker is said to be of ("'We employ 620
        researchers,' said Zhao Min, director of X"); else the one the text introduced as the
        writer's ("I co-founded X", "Our fund, X, ...")."""
        clause = re.split(r"[;:](?:\s|$)|,\s+(?:and|but|while)\s|\.\s|[“\"]", s[:start])[-1]
        if not re.match(r"\s*(?:[\w’'-]+\s+){0,4}?(?:We|we|Our|our)\b", clause):
            return None
        return _speakers(s, start, orgs) or self.ours or self._speakers_org()

    def _speakers_org(self) -> str | None:
        """In a transcript, the organization the current speaker holds a post in, as the text
        said before ("talked to its director, Luo Qingshan" ... "Luo: We have ...")."""
        if not self.speaker:
            return None
        words = self.speaker.split()
        initials = self.speaker if re.fullmatch(r"[A-Z]{2,4}", self.speaker) else None  # "QH" for Qiao Hanlin
        answering = self.speaker in ("A", "Answer")  # "Q: ... A: We had 426": the one interviewed, introduced first
        current = [p for p in self.out.posts if "former" not in str(p.data.get("note", ""))]
        for post in current[:1] if answering else reversed(self.out.posts):
            label = self._label(str(post.data["person"])) or str(post.data["person"]).replace("-", " ").title()
            org = post.data.get("org")
            named = label.split()[: len(words)] == words or label.split()[-len(words) :] == words
            if initials and "".join(w[:1] for w in label.split()).upper() == initials:
                named = True
            if org and (named or answering):
                new = self.new_entities.get(str(org))
                types = self.gaz.types.get(str(org)) or ((str(new.data["type"]),) if new else ())
                # an official's "we" is the city's or the district's, as a figure's subject is never a bureau;
                # a park director's is the park's
                speaks_for_a_place = {"GovernmentBody", "Commission", "MediaOrganization"}
                if set(types) & speaks_for_a_place:
                    # ... the place the body governs, when its name says which ("the Administrative Committee of
                    # the Beijing Economic-Technological Development Area": "our 152 enterprises" are the area's)
                    governed = self._label(str(org)) or (str(new.data.get("label") or "") if new else "")
                    return next((x.id for x in self.gaz.find(governed) if x.is_a(_places())), None)
                return str(org)
        return None

    def note_ours(self, s: str, named: list[tuple[str, int, tuple[str, ...]]]) -> None:
        """Remember the organization the writer calls theirs: "I co-founded Luyuan Biofoundry",
        "Our fund, Tianyuan Angel Partners, ...", "I run X"."""
        m = re.search(
            r"\bI\s+(?:co-?founded|founded|run|lead|head|manage|set up|started)\s+(?=[A-Z])|"
            r"\b[Oo]ur\s+(?:fund|company|firm|start-?up|lab|laboratory|institute|team|incubator|center|centre|"
            r"platform|foundry|studio)\s*,\s*(?=[A-Z])",
            s,
        )
        if m is None:
            return
        found = next((eid for eid, at, types in named if at == m.end() and not set(types) & _places()), None)
        if found is not None:
            self.ours = found

    def _index_named(self, s: str, start: int) -> str | None:
        """The article's index, when the clause of a figure opens with it by a common noun
        ("This year's edition assesses 60 clusters", "The index scores 72 cities")."""
        clause = re.split(r"[;:](?:\s|$)|,\s+(?:and|but|while)\s", s[:start])[-1]
        if self.main_index and re.match(
            r"\s*(?:this year's|the (?:latest|new|\d{4}|current|first|second|third|fourth|fifth)|the|its|this)\s+"
            r"(?:edition|index|ranking|scoreboard)\b(?!\s+(?:of|for|on|by)\b)",
            clause,
            re.I,
        ):
            return self.main_index[0]
        label = self._label(self.main_index[0]) if self.main_index else ""
        if (
            self.main_index
            and label
            and re.match(r"\s*(?:[Tt]he\s+)?(?:(?:19|20)\d\d\s+)?" + re.escape(label) + r"\b", clause)
        ):
            return self.main_index[0]  # "The Example Scoreboard 2024 covers 50 cities"
        return None

    def _edition_year(self, subject: str | None, measure: str) -> int | None:
        """The year of the index edition a figure is about: its subject is the index ("rates 12
        zones on 28 indicators") or its measure is the index's score; None otherwise."""
        if subject is None:
            return None
        index = None
        if subject in self.gaz.types and any(t in _indexes() for t in self.gaz.types[subject]):
            index = subject
        elif subject in self.new_entities and self.new_entities[subject].data.get("type") in _indexes():
            index = subject
        elif self.main_index and measure.removeprefix("new:").endswith("-score"):
            index = self.main_index[0]
        if index is None:
            return None
        found = _label_year(self._label(index))
        if found:
            return found
        if self.main_index and self.main_index[0] == index:  # the article's index: of its year, unless it says
            return self.main_index[1] or (self.pub[0] if self.pub else None)
        return None

    def name_bare_scores(self) -> None:
        """A bare "score" (a table's "Score" column, "scored 83.7") is a score in the article's index."""
        if self.main_index is None:
            return
        index_label = _undated(self._label(self.main_index[0]))
        if not index_label:
            return
        for cand in self.out.indicators:
            measure = str(cand.data["measure"])
            if measure.startswith("new:") and re.fullmatch(
                r"(?:overall |total |index |composite )?(?:score|points)", self._measure_label(measure).lower()
            ):
                cand.data["measure"] = self._new_measure(f"{index_label} score")

    def name_bodies_in_places(self) -> None:
        """A bare count of companies whose subject is a park, valley or zone is a count of the
        companies in it ("The park had 236 companies"): named so, not "companies" (which a
        district's count of its companies would share)."""
        changed = set(self.out.growth_of.values()) | set(self.out.multiple_of.values())
        for cand in self.out.indicators:
            measure, subject = str(cand.data.get("measure")), str(cand.data.get("subject"))
            if not measure.startswith("new:") or cand.data.get("unit") != "count" or measure in changed:
                continue
            bare = _BARE_BODIES.fullmatch(self.out.labels.get(measure[4:], ""))
            head = _PARK_HEAD.search(self._label(subject.removeprefix("new:")))
            if bare and head:
                label = f"{bare.group(0).lower()} in the {head.group(0).lower()}"
                cand.data["measure"] = self._new_measure(label)

    def _label(self, eid: str) -> str:
        cand = self.new_entities.get(eid)
        return str(cand.data["label"]) if cand else self.gaz.labels.get(eid, "")

    def add(self, cand: Candidate, key: tuple[Any, ...]) -> None:
        if key in self.seen:
            return
        self.seen.add(key)
        if cand.kind == "rankings":
            self._draft_ranked(cand)
        getattr(self.out, cand.kind).append(cand)

    def _draft_ranked(self, cand: Candidate) -> None:
        """Draft the entity a rank is of when the graph and the draft lack it ("Hangzhou held
        fourth place"): named as the quote writes it, of its kind by its words, else of the kind
        of the others ranked in the same edition (cities among cities)."""
        eid = cand.data.get("entity")
        if not isinstance(eid, str) or eid in self.gaz.types:
            return
        drafted = self.new_entities.get(eid)
        label = _name_in(cand.quote, eid) if drafted is None else str(drafted.data["label"])
        if label is None:
            return
        kind, conf = _guess_type(label)
        if drafted is not None and float(drafted.review.get("type_guess") or 0) > 0.5:
            return  # drafted already, of a kind its words tell
        if conf <= 0.5:
            peers = Counter(
                t
                for c in self.out.rankings
                if c.data.get("edition") == cand.data.get("edition") and c.data.get("entity") != eid
                for t in self._types(str(c.data.get("entity")))[:1]
            )
            if peers:
                kind, conf = peers.most_common(1)[0][0], 0.6
        if drafted is not None:
            if conf > 0.5:
                drafted.data["type"], drafted.review["type_guess"] = kind, conf
            return
        data = {"id": eid, "type": kind, "label": label}
        self.new_entities[eid] = Candidate("entities", data, cand.quote, conf, {"type_guess": conf})
        self.out.entities.append(self.new_entities[eid])

    # entities
    def entities(self, sent: Sentence, mentions: list[Mention]) -> list[tuple[str, int, int, str]]:
        """Candidate new entities: capitalized names not in the gazetteer. Returns (id, start, end, type)."""
        s = sent.text
        found: list[tuple[str, int, int, str]] = []
        spans = [(m.start, m.end) for m in mentions]
        words = list(  # (not inside a word: "eVTOL", "iPhone")
            re.finditer(
                # (a plural's possessive inside a name: "Beijing Independent Producers' Guild")
                r"(?<![\w’'])[A-Z][\w’'&.\-]*(?:s['’](?=\s[A-Z])|[\w])|(?<=\b[a-z])[A-Z][a-z][\w’'&.\-]*[\w]|"
                r"(?<![\w’'])[A-Z]|&|"
                r"\b(?:of|and|for|the|on)\b|\b(?:19|20)\d\d\b",
                s,
            )
        )
        i = 0
        while i < len(words):
            w = words[i]
            if not w.group()[0].isupper() or re.fullmatch(
                r"[A-Z][\w’'-]*-(?:" + _PLACED + r"|backed|funded|owned|born|made)", w.group()
            ):
                i += 1  # ("Changping-based Xingdian Sensing": where the firm is, no part of its name)
                continue
            if re.match(r"(?i:" + _AT_A_BODY + r")\s+(?:at|of|from)\s", s[w.start() :]) and not s[: w.start()].strip(
                " \"“'‘(["
            ).endswith(tuple("abcdefghijklmnopqrstuvwxyz,")):
                i += 1  # "Graduates of Tsinghua University founded ...": people of a body, not part of its name
                continue
            if re.match(
                r"(?:" + _MEASURE_OPENERS + r")\s+(?:of|from|by|in|at|on|through|across|via)\s", s[w.start() :]
            ) and not s[: w.start()].strip(" \"“'‘([").endswith(tuple("abcdefghijklmnopqrstuvwxyz,")):
                i += 1  # "Revenue of Beijing's chip makers rose ...": a measure of a place's bodies, no body's name
                continue
            j = i
            while (
                j + 1 < len(words)
                and s[words[j].end() : words[j + 1].start()] in (" ", "-")
                and (
                    words[j + 1].group()[0].isupper()
                    or words[j + 1].group() in _CONNECTORS
                    or words[j + 1].group()[0].isdigit()
                )
            ):
                nxt = words[j + 1].group()
                index_end = words[j].group() in _INDEX_HEADS or (  # "... Index" or "... Index 2025"
                    words[j].group().isdigit() and j > i and words[j - 1].group() in _INDEX_HEADS
                )
                if index_end and any(a == words[j + 1].start() for a, _ in spans):
                    break  # "In the Example Index Beijing fell to fourth": the index's name, then a known one
                if nxt == "the" and words[j].group() not in _CONNECTORS:
                    break  # "In Exampleville the Qux Commission ...": two names ("Bank of the West" is one)
                if words[j].group().endswith(("’s", "'s")) and words[j].group()[:-2] not in ("People", "Workers"):
                    break  # a possessive ends a name, except in "People's Government" and the like
                if (
                    nxt in ("on", "of")
                    and j + 2 < len(words)
                    and words[j + 2].group().lower() in {*_MONTHS, *_WEEKDAYS}
                ):
                    break  # "... Committee on July 3", "... Commission on Tuesday": a date, not a name's part
                if (
                    nxt == "of"
                    and words[j].group() in ("Division", "Department", "Section")
                    # (only after a role: "director of the X Division of ..."; "The Marketing Department of Y" is one)
                    and re.search(
                        r"\b(?:director|head|chief|manager|secretary|chair\w*)\s+of\s+(?:the\s+)?"
                        r"(?:[A-Z][\w&-]*,?\s+(?:and\s+)?){0,6}$",
                        s[: words[i].start()],
                    )
                    and j + 2 < len(words)
                    and any(
                        a == words[j + 2 + (words[j + 2].group() == "the" and j + 3 < len(words))].start()
                        for a, _ in spans
                    )
                ):
                    break  # "the Technology Market Division of the Beijing ... Commission": a known body's division
                if nxt == "of" and self._person_run(s, words[i].start(), words[j].end()):
                    break  # "Xu Jiayi of Northgate University": a person, then an organization
                if nxt == "and" and j > i and pinyin_name([words[j - 1].group(), words[j].group()]):
                    # "Vice District Mayor Jiang Wanqing and (Professor) Pan Hao": two people, not one body
                    k = j + 2
                    if k < len(words) and re.fullmatch(HONORIFIC, words[k].group()):
                        k += 1
                    if (
                        k + 1 < len(words)
                        and pinyin_name([words[k].group(), words[k + 1].group()])
                        and not re.match(r"[ -][A-Z]", s[words[k + 1].end() :])
                    ):
                        break
                if (
                    nxt == "and"
                    and (
                        j + 2 >= len(words)
                        or words[j + 2].group() == "the"
                        or any(  # "X and Tsinghua University": a known one, not "X and Tsinghua University Joint Lab"
                            a == words[j + 2].start() and not re.match(r"[ -][A-Z]", s[b:]) for a, b in spans
                        )
                        or (
                            _guess_type(s[words[i].start() : words[j].end()])[1] > 0.5
                            and not self._and_in_complement(s, words, i, j)
                            and not self._and_one_body(
                                s,
                                words,
                                i,
                                j,
                                placed=self._opens_with_place(words, i, spans),
                            )
                            # "Yongding AI Computing and Training Center": a gerund starts no name
                            and not _GERUND_NAME_WORD.fullmatch(words[j + 2].group())
                        )
                    )
                ):
                    break
                j += 1
            while j > i and not (
                words[j].group()[0].isupper() or (words[j].group()[0].isdigit() and words[j - 1].group()[0].isupper())
            ):
                j -= 1
            start, end = words[i].start(), words[j].end()
            i = j + 1
            # "Xinjing Semiconductor Co., Ltd.": one company
            suffix = re.match(
                r"(?:\s*\([A-Z][a-z]+\))?\.?,?\s*(?:Co\.,?\s*)?(?:Ltd|Inc|LLC|Corp|Co|PLC|GmbH)\b\.?", s[end:]
            )  # "Qux Photonics (Beijing) Co., Ltd.
            more = suffix.end() if suffix else 0
            if (
                not more
                and re.search(_LISTING_HEAD + r"\s(?:of|for)\s+[A-Z][\w-]*$", s[start:end])
                and not any(a <= start and end <= b for a, b in spans)
            ):
                # "Bureau of Science, Technology and Informatization": a list in the name's complement,
                # unless the list holds names of their own ("... of Physics, Tsinghua University and ...")
                listed = _LISTED_COMPLEMENT.match(s, end)
                if listed and not any(x.start < listed.end() and x.end > end for x in mentions):
                    more = listed.end() - end
            at = re.match(r"\s+at\s+(?:the\s+)?", s[end:]) if not more and _UNIT_OF.match(s, start, end) else None
            parent = next(
                (
                    x
                    for x in mentions
                    if at
                    and x.start == end + at.end()
                    and x.is_a(frozenset({"University", "Academy"}))
                    and not re.match(r"\s+[A-Z]|[\w’'-]", s[x.end :])  # (all of its name: not "... University Press")
                ),
                None,
            )
            if parent is not None:  # "the School of Integrated Circuits at Peking University": the school, named with
                more = parent.end - end  # its known university (another's school of the same name is another school)
            if more:
                end += more
                while i < len(words) and words[i].start() < end:
                    i += 1
            label = s[start:end]
            if label.endswith(("’s", "'s")):
                label, end = label[:-2], end - 2
            if start == 0 and re.match(r"\s*:\s", s[end:]) and not any(a == start for a, _ in spans):
                continue  # "CSR: How many ...", "Luo: We expect ...": a speaker's label in a transcript, no mention
            lead = _LEADING_ROLE.match(label)
            if lead and lead.group("name") is not None and not _NAME_SHAPED.fullmatch(label[lead.start("name") :]):
                lead = None  # "Economist Intelligence Unit", "Founder Group": a name that starts with a role's word
            if lead:
                after = "rest" if lead.group("rest") is not None else "name" if lead.group("name") is not None else ""
                if not after:
                    continue  # "Chief Scientist", "Vice President for Research": a role, not a name
                # "Chief Executive Officer of Qianjing Photonics": the organization; "CTO Li Wen": the person
                start += lead.start(after)
                label = label[lead.start(after) :]
            if _DEGREE.fullmatch(label) or _ROUND.fullmatch(label):
                continue  # "Sun Yiran, Ph.D., ...": a degree; "Series C", "Pre-A": a funding round
            round_for = re.match(r"(?:" + _ROUND.pattern + r")\s+(?:for|of|by|in)\s+(?:the\s+)?(?=[A-Z])", label)
            if round_for:  # "a Series B for Meitan Biotech": the company
                start += round_for.end()
                label = label[round_for.end() :]
            tokens = label.split()
            first = start == 0 or s[:start].rstrip().endswith(("“", '"', "—", ":"))
            gerund = re.match(
                r"[A-Z][a-z]+ing\s+(?:on|in|at|of|for|by|with|from|through|across)\s+(?:the\s+)?(?=[A-Z])", label
            )
            if first and gerund:  # "Trading on the Jingdu Data Exchange rose": the exchange
                start += gerund.end()
                label = label[gerund.end() :]
                tokens = label.split()
            if (
                len(tokens) >= 2
                and tokens[0].lower() in ("last", "next", "this", "every")
                and (tokens[1].lower() in _WEEKDAYS or tokens[1].lower() in _MONTHS)
            ):  # "Last Tuesday I finally got inside ...": a day, no part of a name (but "Monday Capital")
                start += len(tokens[0]) + len(tokens[1]) + 2
                tokens = tokens[2:]
            while (
                tokens
                and (
                    tokens[0].lower() in _NOT_NAMES
                    or tokens[0].isdigit()
                    # "Fourteen Beijing companies": a count before a known place (not "Four Paradigm")
                    or (tokens[0].lower() in _WORD_NUMBERS and normalize_name(" ".join(tokens[1:])) in self.gaz.names)
                )
            ):
                if _surname_he(s, start, tokens):
                    break
                if (
                    1 < len(tokens) <= 3
                    and re.fullmatch(ROLE, tokens[0])
                    and tokens[-1].lower() in ORG_WORDS
                    and not set(tokens) & _CONNECTORS
                ):
                    break  # "Founder Group", "Partner Robotics": a name that starts with a role's word
                start += len(tokens[0]) + 1  # "In 2023 Chaoyang District": the name starts after the year
                tokens = tokens[1:]
            label = " ".join(tokens)
            if not tokens or any(a <= start and end <= b for a, b in spans):
                continue
            if len(tokens) == 1 and any(tokens[0] in self._label(e).split() for e in self.people):
                continue  # a surname standing for a person named before
            named_district = self._district(label, sent.text)
            if named_district:  # "Haidian": Haidian District, from the reference list (outside knowledge)
                found.append((named_district, start, end, "District"))
                continue
            if len(tokens) == 1 and label.lower() in _WEEKDAYS:
                continue  # "said on Monday"
            if len(tokens) == 1 and re.search(r"\b[Tt]he\s+$", s[:start]) and re.fullmatch(CAPITAL_HEADS, label):
                continue  # "the Commission": one named before (kg.ingest.people), no new name
            drafted = self._drafted_short(label, sent.text) if len(tokens) == 1 else None
            if drafted is not None:  # "Kunxin", after "Kunxin Compute": the organization this draft proposes
                found.append((drafted, start, end, str(self.new_entities[drafted].data["type"])))
                continue
            if len(tokens) == 1 and (first or len(label) < 3 or label.lower() in _NOT_NAMES):
                short = (
                    self.gaz.short_form(label)
                    if first
                    and label.lower() not in self.lower_words
                    # "Tsinghua's income", "Tsinghua said": the body; not "Peking duck", "Tsinghua alumni"
                    and re.match(
                        r"(?:['’]s\b|\s+(?:has|had|is|was|said|says|earned|spent|ranked|led|topped|won|filed|licensed|"
                        r"signed|received|raised|reported|came|held|hosted|employs|employed)\b)",
                        s[end:],
                    )
                    else None
                )
                if short is not None and len(label) >= 3 and label.lower() not in _NOT_NAMES:
                    # "Tsinghua's licensing income ...": a known body's short name opening the sentence
                    found.append((short, start, end, self.gaz.types[short][0] if self.gaz.types[short] else "Thing"))
                    continue
                if not (label.isupper() and len(label) >= 2):
                    continue
            if normalize_name(label) in self.gaz.names:
                continue
            defined = self.short_names.get(normalize_name(label))
            if defined is not None:  # "Qianjing Photonics", defined as the short name of a company before
                found.append((*defined[:1], start, end, defined[1]))
                continue
            if len(tokens) == 1 and (
                # (where a capital is the place's, not the name's: "chief executive of Vivid" is a firm)
                (label.lower() in self.lower_words and (first or re.search(r"(?:^|\n|\|\s*|\d[.)]\s+)$", s[:start])))
                or _ROMAN.fullmatch(label)
                or label in _TERM_ACRONYMS
                or label.lower() in _MONTH_ABBR
            ):
                continue  # "Growth (%)" in a table's header, "3. Time to first funding", "II. Investment", "VR"
            cut = self._drafted_cut(label, sent.text) if len(tokens) >= 2 else None
            if cut is not None:  # "the Halden Institute", after the Halden Institute for Urban Economics
                found.append((cut, start, end, str(self.new_entities[cut].data["type"])))
                continue
            short = self.gaz.short_form(label)
            if short is not None:  # "Tsinghua" for Tsinghua University
                found.append((short, start, end, self.gaz.types[short][0] if self.gaz.types[short] else "Thing"))
                continue
            kind, conf = _guess_type(label)
            firm = _FIRM_APPOSITION.match(s, end) or _FIRM_BEFORE.search(s[max(0, start - 80) : start])
            if (
                firm
                and re.search(r"(?:designer|developer|vendor|operator)$", firm.group())
                and _NAME_SHAPED.fullmatch(label)
            ):
                firm = None  # "Zhang Min, a chip designer at Kunxin": a person
            if kind == "Organization" and (firm or _RAISER.match(s, end) or _MAKES.match(s, end)):
                # "Tiangong Motion, the robot-joint maker"; "Kunxin's Series C"; "Xingsuo Satellite, which makes
                kind, conf = "Company", 0.7  # flat-panel antennas"; "Shanshui Aerospace assembles rockets"
            similar = self.gaz.similar(label)
            if similar and similar[0][1] >= 0.9:  # a misspelling of a known name: its type
                kind, conf = self.gaz.types[similar[0][0]][0], max(conf, similar[0][1] - 0.1)
            if kind in ("Organization", "Event") and _INSTITUTE_APPOSITION.match(s, end):
                # "The Beijing Forum on Innovation Policy, a think tank" (not a name whose words say what it is)
                kind, conf = "ResearchInstitute", 0.75
            if self._is_person(s, start, end, tokens) and not (
                kind == "Company" and (apposed := _FIRM_APPOSITION.match(s, end)) and apposed.group().startswith(",")
            ):
                kind, conf = "Person", 0.75  # (not "signed by Jingtie Zhikong, a maker of train-control systems")
            if kind == "Index" and re.search(r"\b(?:19|20)\d\d\b", label):
                kind = "IndexEdition"
            eid = slug(label)
            if eid not in self.new_entities:
                review: dict[str, Any] = {"type_guess": conf}
                if similar:
                    review["similar"] = [f"{sid} ({score})" for sid, score in similar]
                cand = Candidate("entities", {"id": eid, "type": kind, "label": label}, sent.text, conf, review)
                self.new_entities[eid] = cand
                self.out.entities.append(cand)
            if kind == "Person":
                self.people.add(eid)
            defines = _DEFINED_SHORT.match(s, end) or _BRACKETED_ACRONYM.match(s, end)
            if defines and (kind == "Person" or _GENERIC_TERM.fullmatch(defines.group("short"))):
                defines = None  # (the "Company"), (the "Commission"): a word for it, no name
            if defines and defines.re is _BRACKETED_ACRONYM and not _initials_of(defines.group("short"), label):
                defines = None  # "(Beijing)", "(2023)": no short name
            if defines:  # 'X Technology Co., Ltd. ("X")': X names it from here on
                name = " ".join(defines.group("short").split())
                self.short_names[normalize_name(name)] = (eid, kind)
                names = self.new_entities[eid].data.setdefault("aliases", [])
                if name not in names and name != label:
                    names.append(name)
            found.append((eid, start, end, kind))
        return found

    def _with_parent(self, label: str) -> str | None:
        """The body this draft proposes that ``label`` names with its parent after a comma
        ("Institute of Physics, CAS" for the Institute of Physics of the Chinese Academy of Sciences)."""
        m = re.fullmatch(r"(?P<unit>[A-Z].+?),\s*(?P<parent>[A-Z][\w&.’' -]{1,60})", label)
        if m is None or not re.match(_UNIT_HEAD, m.group("unit").lower()):
            return None
        parent = m.group("parent").strip()
        known = self.gaz.names.get(normalize_name(parent)) or next(
            (
                eid
                for eid in self.gaz.types
                if len(parent) >= 2 and parent.isupper() and "".join(filter(str.isupper, self._label(eid))) == parent
            ),
            None,
        )
        if known is None:
            return None
        whole = slug(f"{m.group('unit')} of the {self._label(known)}")
        return whole if whole in self.new_entities else self._drafted_cut(m.group("unit"))

    def _drafted_cut(self, label: str, quote: str = "") -> str | None:
        """The organization this draft proposes whose name is ``label`` and a complement ("Halden
        Institute" for the Halden Institute for Urban Economics), when just one is."""
        found = [
            eid
            for eid, (name, kind) in self._drafted_bodies().items()
            if re.match(re.escape(label) + r" (?:for|of|on) (?:the )?[A-Z]", name)
            and kind != "Person"
            and kind not in _places()
        ]
        return self._proposed(found[0], quote) if len(found) == 1 else None

    def _drafted_bodies(self) -> dict[str, tuple[str, str]]:
        """The bodies this draft proposes, id to (name, type), and the new body publishing the
        article, named only in its masthead or footer ("the Halden Foundation" in the text of the
        Halden Foundation for Accessible Technology)."""
        bodies = {eid: (str(c.data["label"]), str(c.data["type"])) for eid, c in self.new_entities.items()}
        if self.publisher_body and self.publisher_body[0] not in bodies:
            bodies[self.publisher_body[0]] = self.publisher_body[1:]
        return bodies

    def _proposed(self, eid: str, quote: str) -> str:
        """``eid``, proposed as a new entity (quoting the sentence that names it by its short name)
        if it is the publisher's body, not yet proposed."""
        body = self.publisher_body
        if body and eid == body[0] and eid not in self.new_entities and eid not in self.gaz.types:
            cand = Candidate("entities", {"id": eid, "type": body[2], "label": body[1]}, quote or body[1], 0.7, {})
            self.new_entities[eid] = cand
            self.out.entities.append(cand)
        return eid

    def _drafted_short(self, word: str, quote: str = "") -> str | None:
        """The organization this draft proposes whose name starts with ``word`` alone ("Kunxin" for
        Kunxin Compute), when just one does and it is no person or place."""
        if (
            not re.fullmatch(r"[A-Z][a-z]+(?:['’][a-z]+)?", word)  # "Kunxin", "Ting'an"
            or len(word) < 3
            or word.lower() in _NOT_NAMES
            or word.lower() in self.lower_words
        ):
            return None  # "Smart", "Digital": words the text also writes in lower case
        if normalize_name(word) in self.gaz.names or self.gaz.short_form(word) is not None:
            return None  # "Lenovo", "Tsinghua": a name of its own
        found = [
            eid
            for eid, (name, kind) in self._drafted_bodies().items()
            if name.split()[0] == word and len(name.split()) > 1 and kind != "Person" and kind not in _places()
        ]
        return self._proposed(found[0], quote) if len(found) == 1 else None

    @staticmethod
    def _and_in_complement(s: str, words: list[re.Match[str]], i: int, j: int) -> bool:
        """Whether an "and" after words i..j joins the name's "of" complement ("Ministry of Industry
        and Information Technology", "School of Materials Science and Engineering"), not two names
        ("Institute of Physics and Tsinghua University"): a name with "of" or "for" ("Institute for
        Ageing and Technology"), and capitalized words after the "and" that name no kind of body
        themselves."""
        if not any(w.group() in ("of", "for") for w in words[i : j + 1]):
            return False
        k = j + 2
        while (
            k + 1 < len(words) and s[words[k].end() : words[k + 1].start()] == " " and words[k + 1].group()[0].isupper()
        ):
            k += 1
        run = re.findall(r"[^\W_]+", s[words[j + 2].start() : words[k].end()])
        if len(run) >= 2 and run[-1] in ("Beijing", "China"):
            run = run[:-1]  # "University of Science and Technology Beijing": a field, then where the body is
        return all(w.lower() in _FIELD_WORDS or w == "Society" for w in run)  # ("Urban-Rural": both)

    @staticmethod
    def _opens_with_place(words: list[re.Match[str]], i: int, spans: list[tuple[int, int]]) -> bool:
        """Whether the name at words i.. opens (after "The") with a place: a known one, or a district."""
        first = words[i + 1] if words[i].group() == "The" and i + 1 < len(words) else words[i]
        return any(a == first.start() for a, _ in spans) or bool(district(first.group()))

    @staticmethod
    def _and_one_body(s: str, words: list[re.Match[str]], i: int, j: int, *, placed: bool = False) -> bool:
        """Whether an "and" after words i..j is inside one body's name: the words before it name no
        body ("Haidian District Government Service"), the capitalized words after it end in one ("Data
        Management Bureau"; when the name opens with a known place, a cluster, park or zone too)."""
        heads = _BODY_NAME_HEADS | _PLACE_BODY_HEADS if placed else _BODY_NAME_HEADS
        if any(w.group().lower() in _BODY_NAME_HEADS for w in words[i : j + 1]):
            return False  # "Institute of Physics and Tsinghua University": two
        k = j + 2
        while (
            k + 1 < len(words)
            and k - j < 6
            and s[words[k].end() : words[k + 1].start()] == " "
            and words[k + 1].group()[0].isupper()
        ):
            k += 1
        return k < len(words) and words[k].group().lower() in heads

    def _person_run(self, s: str, start: int, end: int) -> bool:
        """Whether a run of capitalized words is a person's name (after "Prof." and the like,
        or shaped as one)."""
        tokens = s[start:end].split()
        honorific = re.search(r"\b(?:Prof|Dr|Professor|Mr|Ms|Mrs)\.?\s+$", s[:start]) or (
            bool(tokens) and tokens[0].rstrip(".") in ("Prof", "Dr", "Professor")
        )
        at = start
        while tokens and tokens[0].lower().rstrip(".") in _NOT_NAMES and not _surname_he(s, at, tokens):
            at += len(tokens[0]) + 1
            tokens = tokens[1:]
        if not 2 <= len(tokens) <= 3:
            return False
        if not honorific and (_guess_type(" ".join(tokens))[1] > 0.5 or _guess_type(f"{tokens[-1]} of X")[1] > 0.5):
            return False  # "National Evaluation of ...", "Example Institute of ...": a body's or an index's name
        return bool(honorific) or looks_like_person(s, start, end, tokens)

    def _is_person(self, s: str, start: int, end: int, tokens: list[str]) -> bool:
        if any(t.lower() in _CONNECTORS for t in tokens) or _guess_type(" ".join(tokens))[1] > 0.5:
            return False
        if re.match(r",\s+(?:which|that)\b", s[end:]) and (not pinyin_name(tokens) or _FIRM_DOES.match(s, end)):
            return False  # "run by Feiyao Lights, which owns ...": a person is "who" (but "headed by Chen Hao, which")
        return looks_like_person(s, start, end, tokens)

    # indicators
    def indicators(
        self,
        sent: Sentence,
        when: _When,
        range_years: tuple[int, int] | None,
        places: list[tuple[str, int]],
        main_place: str | None,
        orgs: list[tuple[str, int]] | None = None,
        indexes: list[tuple[str, int]] | None = None,
    ) -> None:
        s = sent.text
        self.sentence_index = sent.index

        # "Outside Haidian, companies raised ...": a place left out of the figure is not whose it is
        # (not when figures of its own follow it: "Beyond Haidian's 1,200 firms", "Apart from Haidian, which has 1,200")
        def left_out(at: int) -> bool:
            own = re.match(r"[^,;]*(?:,\s+(?:which|who|whose|where|with)\b)?", s[at:])
            return bool(_LEFT_OUT.search(s[max(0, at - 20) : at])) and not (
                own
                and (re.search(r"\d", own.group()) or own.group().endswith(("which", "who", "whose", "where", "with")))
            )

        places = [(pid, at) for pid, at in places if not left_out(at)]
        orgs = [(oid, at) for oid, at in orgs or [] if not left_out(at)]
        if places:  # "Researchers at the CAS have set up 700 companies in Haidian": whose people, not whose figure
            orgs = [
                (oid, at)
                for oid, at in orgs
                if not (
                    _PEOPLE_OF.search(s[max(0, at - 50) : at])
                    and re.match(  # (only founders: "Researchers at Tsinghua published 9,000 papers" are Tsinghua's)
                        r"[^,;]{0,60}?\b(?:have\s+|has\s+|had\s+)?(?:together\s+|so far\s+|now\s+|already\s+)?"
                        r"(?:" + FOUNDING + r")\b",
                        s[at:],
                    )
                )
            ]
        # "R&D spending by enterprises in the park": all the park's enterprises, so the park's own R&D spending
        self.all_performers = _ALL_PERFORMERS.search(s) is not None
        numbers = _numbers(s)
        from_to = [
            (m.start(1), m.start(2))
            for m in re.finditer(
                # (not "from semiconductor equipment to 80 billion yuan ... and to have 100": no "to" before the first)
                r"\bfrom (?:(?!to\b)[\w$.,]+ ){0,3}?(?=[\d$])(\S+).{0,40}? to (?:[\w$.,]+ ){0,3}?(?=[\d$])(\S+)",
                s,
            )
        ]
        last: tuple[str, str] | None = None
        numbers = [
            n
            for n in numbers
            if not (s[n.end : n.end + 1] == "," and s[n.end + 1 : n.end + 2].isdigit())
            and s[max(0, n.start - 1) : n.start] != ","
        ]  # a run of figures without spaces ("1,2,3") is a list or a code, not quantities
        values = [
            n
            for n in numbers
            if not _is_year(n, s)
            and not re.search(r"\b(?:per|for every|for each)\s+$", s[max(0, n.start - 12) : n.start])
        ]  # (nor the base of a rate: "96 R&D personnel per 10,000 residents in 2024" has one figure, in 2024)
        if not values:  # "The count of national high-tech enterprises tells a similar story.": the next figures'
            topic = self._topic_measure(s)
            if topic:
                self.last_measure = topic
            return
        ranges = _ranges(s, values)
        others_own = [  # ("doubled in 2023 to 3.2 million": the change's time is the level's too)
            None if _MULTIPLIED.fullmatch(v.text) else self._own_time(s, v, _unit_after(s, v)[1], values)
            for v in values
        ]
        respective = _respectively(s, values, [*places, *(orgs or [])])
        each_in_place = _each_in_place(s, values, places)
        paired: tuple[int, str, str, bool] | None = None  # the figure before: its end, unit, measure, growth
        for n in numbers:
            if (
                s[n.end : n.end + 1] == ","
                and s[n.end + 1 : n.end + 2].isdigit()
                or s[max(0, n.start - 1) : n.start] == ","
            ):
                continue  # a run of figures without spaces ("1,2,3"): a list or a code, not a quantity
            if n.start in ranges.values():
                continue  # the low end of a range, given with the high end
            low = next((v for v in values if v.start == ranges.get(n.start)), None)
            if low is None and (_is_year(n, s) or self._not_a_value(s, n)):
                continue
            if low is not None and _VALUATION.match(s, n.end) and _VALUED.search(s):
                continue  # "35 to 40 times earnings"
            if _PERCENTAGE_POINTS.match(s, n.end):
                continue  # "1.8 percentage points higher": a difference of two shares, no level of anything
            unit, end = (n.unit, n.end) if n.unit in ("fraction", "times") else _unit_after(s, n)
            declared = _DECLARED_UNIT.search(s[: n.start]) if unit is None and not n.word else None
            if (
                declared
                and re.match(r"\s*(?:[;,.)]|$|and\b)", s[end:])
                and not re.search(r"%|percent", s[n.end : n.end + 12])
            ):
                # "(unit: 100 million yuan), enterprises spent 61.2": the scale and the money the sentence declared
                scale = (declared.group("scale") or declared.group("scale2")).lower()
                n = replace(n, value=n.value * _SCALES["10,000" if scale == "ten thousand" else scale])
                money = declared.group("money") or declared.group("money2")
                unit = "usd" if re.match(r"(?i:us|dollar)", money) else "yuan"
            if unit == "times" and n.text.endswith(" 10,000"):
                unit = "count"  # "3.27 10,000 times": how often, in tens of thousands
            if unit == "times" and done_times(s, n.start, n.end):
                unit = "count"  # "were downloaded 2.3 billion times": how often it was done, no multiple
            if unit is None:
                unit = n.unit
            if unit in (None, "count"):
                unit = _compared_currency(s, n, numbers) or unit
            clause_after = re.split(r"[;,](?:\s|$)|\.(?:\s|$)|\band\b", s[end : end + 400], maxsplit=1)[0]
            clause_before = re.split(r"[;,](?:\s|$)|\band\b", s[max(0, n.start - 400) : n.start])[-1]
            rate = (_rate_unit(clause_after) or _rate_unit(clause_before)) if unit is None else None
            opened = _OPENING_PER.match(s)
            if opened and n.start < opened.end():
                continue  # the opener's own "10,000"
            if re.search(
                r"\b(?:led|leads|trailed|trails|lagged|lags|beat|beats|outranked|outranks|outpaced|outpaces|ahead of|"
                r"behind)\s+(?:all\s+|the\s+other\s+|other\s+)?$",
                s[: n.start],
            ) and re.match(
                r"\s+(?:other\s+)?(?:districts|cities|provinces|regions|countries|economies|metros)\b", s[n.end :]
            ):
                continue  # "Haidian led 16 districts in patent grants": a rank said, no count
            if re.search(r"\b[Tt]he\s+$", s[: n.start]) and re.match(
                r"\s+(?:together\s+|jointly\s+|also\s+|now\s+)?(?:employ|run|hold|own|make|sell|have|had|are|were|"
                r"[a-z]+ed)\b",
                s[n.end :],
            ):
                continue  # "the 112 employ roughly 26,000 people": the 112 counted before, said again
            if (
                re.search(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+$", s[: n.start])
                and re.match(
                    r"\s+[a-z][\w-]*s\s+(?:together\s+|jointly\s+|also\s+|now\s+)?[a-z]+(?:s|ed)?\b", s[n.end :]
                )
                and not re.match(r"\s+[a-z][\w-]*s\s+(?:of|in|at|on|for|with|from|to|by|that|which)\b", s[n.end :])
                and any(
                    c.data["unit"] == "count" and c.data.get("value") == n.value and c.quote != s
                    for c in self.out.indicators
                )
            ):
                continue  # "The 14 firms employ 2,300 people": the 14 counted before, said again
            if unit is None and rate is None and opened and _first_clause(s, n.start):
                rate = _rate_unit(opened.group())  # "For every 10,000 employees, Haidian had 1,126 researchers"
            gapped = _gapped_subject(s, n.start, [*places, *(orgs or [])]) if last else None
            placed_part = (
                unit is None
                and self.last_measure is not None
                and (
                    self.last_measure[1] == "count"
                    # ("48 companies ..., with combined revenue of ..., and 19 of them are based in Haidian")
                    or (
                        _OF_THEM.match(s, end) is not None
                        and any(c.quote == s and c.data["unit"] == "count" for c in self.out.indicators)
                    )
                )
                # the place ends the clause: not "Four were in Shanghai last week for the World AI Conference"
                and re.match(
                    # ("Nine of them are in Changping and five in Haidian": the verb said once)
                    r"(?:\s+of\s+(?:them|those|these))?"
                    + (
                        r"\s+(?:(?:are|were)\s+)?"
                        if re.search(r"(?:[,:]|\band)\s*$", s[: n.start])
                        else r"\s+(?:are|were)\s+"
                    )
                    + r"(?:based\s+|located\s+)?in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
                    r"(?:\s+(?:district|county|park|zone))?(?:\s+(?:alone|itself|only))?"
                    r"\s*(?:[.;:)]|,(?!\s+(?:at|for|to|attending|visiting)\b)|$|(?:and|while|but|with)\b)",
                    s[end : end + 80],
                )
                and re.search(r"(?:^|[,;:]|\band)\s*$", s[: n.start])
            )
            if unit is None:
                if rate:
                    unit = rate
                elif (
                    re.search(r"\b(?:million|billion|trillion)$", n.text, re.I)
                    and re.match(
                        r"\s*(?:[,.;:)]|$|(?:in|last|this|a|an|per|each|every|over|during)\b)", s[end : end + 20]
                    )
                    and re.search(
                        r"\b(?:lent|lend|spent|spend|raised|invested|earned|paid|borrowed|brought in|cost|worth|"
                        r"generated|committed|disbursed)\s+(?:about |around |nearly |almost |over |more than |some |"
                        r"roughly |another |a further |just over |just under )?$",
                        s[: n.start],
                    )
                    and any(c.data["unit"] == "yuan" for c in self.out.indicators[self.paragraph_from :])
                    and not any(c.data["unit"] == "usd" for c in self.out.indicators[self.paragraph_from :])
                ):
                    unit = "yuan"  # "In 2024 it lent three point nine billion.": the money of the paragraph
                elif _SCORE_BEFORE.search(s[max(0, n.start - 60) : n.start]) and not re.match(
                    r"\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*s\b", s[end : end + 40]
                ):
                    unit = "count"  # "Beijing scored 78.4", "fourth with 77.9": an index score
                elif (
                    last
                    and _COMPARED.search(s[max(0, n.start - 40) : n.start])
                    and not _OWN_NOUN.match(s[n.end : n.end + 40])
                ):
                    unit = last[1]  # "241.6 per 10,000 residents, up from 218 a year earlier": as the figure before
                elif last and any(n.start in (b, b + 1) for _, b in from_to):
                    unit = last[1]  # "grew from 12 staff to 150": as the figure it grew from
                elif gapped and last and n.start > 0:
                    unit = last[1]  # "..., Chaoyang 4,650 and Changping 2,380": the measure before
                elif (
                    last
                    and re.search(r"(?:,|\band)\s*$", s[: n.start])
                    and re.match(
                        r"\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s*(?:[,.;:)]|$|and\b|respectively\b|in\s+(?:19|20)\d\d|"
                        r"(?:at|by)\s+the\s+end\s+of\b|(?:as\s+of|by|during|last|this)\s+\w)",
                        s[end : end + 60],
                    )  # (not "and 96 in Fangshan were vacant")
                    and any(end < at < end + 40 for _, at in places)
                ):
                    unit = last[1]  # "52.7 in Fengtai, 38.2 in Daxing and 14.6 in Fangshan": as the first, by place
                elif (
                    self.last_measure
                    and re.match(r"\s*(?:[,.;:)]|$|(?:and|while|but|in|last|this)\b)", s[end : end + 40])
                    and self._next_in_line(s, n)
                ):  # "Chaoyang came next with 38.": the measure before (not "... with 12 medals")
                    unit = self.last_measure[1]
                    if unit == "percent" and n.value > 100 and "." not in n.text:
                        # "Haidian had 2,870, or 35.2 percent; Chaoyang followed with 1,120": the count before
                        counts = [c for c in self.out.indicators[self.paragraph_from :] if c.data["unit"] == "count"]
                        unit = "count" if counts else unit
                elif (
                    self.last_measure
                    and _compared_place(s, n.start)
                    and re.match(r"\s*(?:[,.;:)]|$|(?:and|while|but|followed)\b)", s[end : end + 40])
                ):
                    unit = self.last_measure[1]  # "Chaoyang had the most, 9,840, followed by ...": as the total before
                elif placed_part:
                    unit = "count"  # "Eight are in Haidian, five are in Chaoyang": parts of the count before, by place
                elif self._restated_then(s, n, end):
                    unit = "count"  # "... now build humanoid robots. Two years ago only six did.": then
                elif self._likewise(s, n, end, "count"):
                    unit = "count"  # "Haidian recorded 12,350 grants. The development area recorded 4,870."
                elif (
                    n.word
                    and not re.match(r"\s+(?:[\w-]+\s+){0,5}?[a-z][\w-]*(?:s|ies|ers|ts)\b", s[end : end + 400])
                    # "employ some eleven thousand people": people in words only when employed
                    and not (
                        re.match(r"\s+(?:people|staff|personnel)\b", s[end : end + 20])
                        and re.search(
                            r"\b(?:employ|employs|employed|employing|hire[sd]?|hiring)\s+(?:\w+\s+){0,3}$", s[: n.start]
                        )
                    )
                    and not self._part_of(s, n, end, "count", last or self.last_measure)  # "Nine of them have ..."
                    # "Tsinghua University accounted for forty-one of them": a part of the count before
                    and not _OF_THEM.match(s, end)
                    # "Huairou has eight firms in the field and Pinggu five": the same count, gapped
                    and not (last and _gapped_subject(s, n.start, [*places, *(orgs or [])]))
                    # "fourteen of them in Changping", "Thirty-one of them are based in Haidian"; "Eight are in
                    # Haidian, five are in Beijing E-Town and three in Changping": parts of a count before, in places
                    and not re.match(
                        r"\s+(?:of\s+(?:them|those|these)\s+)?(?:(?:are|were|is)\s+)?(?:based\s+|located\s+)?in\s+"
                        r"(?!AI\b)(?:the\s+)?[A-Z]",
                        s[end : end + 40],
                    )
                ):
                    continue
                elif self._held_again(s, n, end):
                    unit = "count"  # "... with 12 employees. Today it has 240.": the count before, again
                elif (
                    not n.word
                    and not re.match(r"\s+(?:[a-z“\"A-Z]|\d[A-Z]\b)", s[end : end + 400])  # ("5G base stations")
                    and not re.search(
                        r"\b(?:reached|achieved|exceeded|totall?ed|stood at|hit|numbered|"
                        # ("Headcount has risen to 780": the level a count went to)
                        r"(?:risen|rose|grown|grew|increased|climbed|jumped|fallen|fell|dropped|declined|slipped)\s+to|"
                        r"(?<![Aa] )(?<![Tt]he )numbers?)\s+(?:about |around |nearly |"
                        r"almost |over |more than |some |roughly |just over |just under )?$",
                        s[max(0, n.start - 400) : n.start],
                    )
                    and not (
                        re.search(_BARE_LINK, s[max(0, n.start - 400) : n.start])
                        and (
                            measure_phrase(s[max(0, n.start - 400) : n.start], s[end : end + 400], "count")
                            or re.search(_TOTAL_TO, s[max(0, n.start - 400) : n.start])
                        )
                    )
                ):
                    continue
                else:
                    unit = "count"
            if (
                unit == "count"
                and re.match(
                    r"\s+(?:(?:working|business|calendar)\s+)?(?:consecutive|years?|months?|days?|weeks?|decades?|times)\b",
                    s[end : end + 400],
                )
                and not (re.match(r"\s+times\b", s[end:]) and done_times(s, n.start, end))
            ):
                continue
            if re.match(r"\s+(?:[a-z][\w-]*\s+)?(?:away|apart|down from)\b", s[end : end + 40]):
                continue  # "ten minutes away", "two countries away", "two buildings down from": a distance
            if unit == "count" and re.search(
                r"\b(?:in|across|of|among|from|for)\s+all\s+$", s[max(0, n.start - 20) : n.start]
            ):
                continue  # "topped the scorecard in all four editions", "the largest of all 16 districts": a scope
            qualifier = _qualifier(s[max(0, n.start - 400) : n.start])
            data: dict[str, Any] = {}
            if unit == "times" and _TIMES_ANOTHER.match(s, end):  # "1.5 times the national average": a ratio
                said = re.split(r"[,;:()]|\.(?:\s|$)", s[end:])[0]  # to what it names, not a change over time
                data["compared_to"] = re.sub(r"^\s*(?:as \w+ as\s+)?", "", said).strip()
            growth = unit == "percent" and _is_growth(s[max(0, n.start - 400) : n.start], s[end : end + 400])
            kind_said = re.match(r"\s+(?:by|in) (value|number|count)\b", s[end : end + 20]) if growth else None
            by_kind = kind_said.group(1) if kind_said else ""  # "down 9 percent by value": of an amount
            coordinated = bool(
                paired is not None
                and paired[1] == unit
                and not re.match(r"\s+of\b", s[end : end + 10])  # "and 16 percent of all R&D money": a share
                and re.fullmatch(
                    # "7,400 yuan in Daxing and 3,900 yuan in Fangshan": each in its place, of the same measure
                    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"
                    r"\s*(?:,|and|or|,\s*and)\s+(?:about |around |nearly |some )?",
                    s[paired[0] : n.start],
                )
                and (not re.match(r"\s+in\b", s[paired[0] : n.start]) or n.start in each_in_place)
            )
            # "its growth slowed to 11.8 percent from 17.3 percent a year earlier": the rate it came down from
            coordinated = coordinated or bool(
                paired is not None
                and paired[1] == unit == "percent"
                and paired[3]
                and re.fullmatch(r"\s+from\s+(?:about |around |nearly |some )?", s[paired[0] : n.start])
            )
            growth = growth or bool(coordinated and paired and paired[3])
            # a growth rate's "over the same period of 2021" names its base, not its time
            own = None if growth else self._own_time(s, n, end, values)
            if growth:  # "slipped by 0.8 percent to 168,000 last year": the time of the level it reached
                reached = next(
                    (
                        others_own[i] or _clause_when(s, v.start, when, self.pub)
                        for i, v in enumerate(values)
                        if v.start > end
                        and re.fullmatch(
                            r"[\s,]*(?:year[- ]on[- ]year[\s,]*)?to\s+(?:about |around )?", s[end : v.start]
                        )
                    ),
                    None,
                )
                fact_when = reached or when
                ago = re.match(  # "slowed to 11.8 percent from 17.3 percent a year earlier": that year's rate
                    r"\s*(?:a|one|two|three)\s+years?\s+(?:earlier|before)\b", s[end : end + 40]
                )
                if ago and not reached and not re.search(r"(?:earlier|before)\" read against", when.note or ""):
                    fact_when = _earlier(ago.group(), when, self.pub, "the sentence's time") or fact_when
            elif own is not None:
                fact_when = own
            elif (
                when.as_of
                and when.as_of.endswith("-12")
                and re.match(r"[^,;\d]*?\b(?:during|over|throughout|in) the (?:whole |full )?year\b", s[n.end :])
            ):
                # "opened 46 routes during the year, bringing the number to 71 at the end of the year": that year's
                fact_when = _When(year=int(when.as_of[:4]), note="during the year whose end the sentence names")
            elif any(
                o.fields() == when.fields()
                and (v.start > n.start or _ahead(o, self.pub))
                # (not the value of what this figure counts: "signed 8,000 contracts worth 90 billion yuan in 2024")
                and not (v.start > n.start and _WORTH.fullmatch(s[n.end : v.start]))
                # (nor the second of two past deeds: "shipped 3,100 units and earned 900 million yuan in 2025")
                and not (
                    v.start > n.start
                    and not _ahead(o, self.pub)
                    and re.fullmatch(
                        r"\s+(?:[a-z][\w-]*\s+){0,3}?and\s+(?:also\s+)?"
                        r"(?:[a-z]+ed|sold|made|spent|brought in|took in)\s+(?:[a-z]+\s+){0,3}?"
                        r"(?:about |around |nearly |some |over |more than )?[$¥]?",
                        s[end : v.start],
                    )
                    and re.search(
                        r"\b(?:[a-z]+ed|sold|made|built|spent|shipped)\s+"
                        r"(?:about |around |nearly |some |over |more than )?$",
                        s[max(0, n.start - 40) : n.start],
                    )
                )
                for o, v in zip(others_own, values, strict=True)
                if o is not None
            ):
                # the sentence's time is a later figure's own ("86 now and about 300 by 2026"), or a target's;
                # a time said with an earlier figure carries on ("3.46 billion yuan in 2023, and ... 1,318 patents")
                fact_when = self.untimed
            else:
                back = re.match(
                    r"\s*(?:[A-Za-z][\w-]*\s+){0,3}?(?:a|one|two|three|four|five|\d{1,2})\s+years?\s+"
                    r"(?:earlier|before|ago)\b",
                    s[end : end + 80],
                )
                if back and re.search(r"(?:earlier|before)\" read against", when.note or ""):
                    back = None  # "The figure was 118 a year earlier.": the sentence's time is that already
                aside = next(
                    (a for a in re.finditer(r",\s+(?:which|who|that)\b[^,;]*\bnext year\b[^,;]*,", s)),
                    None,
                )
                # "The company, which plans to list next year, employs 300": not next year's
                asided = aside and not aside.start() < n.start < aside.end() and '"next year"' in (when.note or "")
                # ... nor "The pilot line, which opened last July, completed 27 runs": the aside's time is its own
                # ... nor "Its newest processor, unveiled in January, has 256 qubits": a participle's aside
                for other in re.finditer(
                    r",\s+(?:which|who\b|(?:first\s+)?(?:unveiled|launched|opened|released|introduced|announced|"
                    r"founded|established|set up|built|completed|acquired)\s+(?:in|last|on)\b)[^,;]*,",
                    s,
                ):
                    if not other.start() < n.start < other.end() and when.fields():
                        rest = s[: other.start()] + s[other.end() :]
                        asided = asided or (
                            _when(other.group(), self.pub, None).fields() == when.fields()
                            and not _when(rest, self.pub, None).fields()
                            and not re.search(r"\b(?:that|the same) year\b|\bthen\b|\bat the time\b", rest)
                        )
                sentence_when = self.untimed if asided else when
                fact_when = (
                    (
                        _earlier(
                            back.group(),
                            _When() if back.group().endswith("ago") else sentence_when,  # "ago": from now
                            self.pub,
                            "the sentence's time",
                        )
                        if back
                        else None
                    )
                    or _clause_when(s, n.start, sentence_when, self.pub)
                    or self._present_clause(s, n)
                    or (
                        _When()
                        if sentence_when.as_of and sentence_when.note == _PRESENT_NOTE and self._target_clause(s, n)
                        else sentence_when
                    )
                )
            came_from = next((a for a, b in from_to if n.start in (b, b + 1)), None)
            start_own = next(
                (
                    others_own[i]
                    for i, v in enumerate(values)
                    if came_from is not None and v.start in (came_from, came_from - 1)
                ),
                None,
            )
            if (
                own is None
                and self.pub
                and start_own is not None
                and start_own.fields() == when.fields()
                and "last year" in (start_own.note or "")
            ):  # "went from 13.0 percent in the first half of last year to 19.0 percent": this year's
                fact_when = _When(year=self.pub[0], note="the year after the one it grew from")
            years_of_range = range_years if own is None else None
            for a, b in from_to if years_of_range else []:
                if years_of_range and n.start in (a, a + 1):
                    fact_when = _When(year=years_of_range[0])
                elif years_of_range and n.start in (b, b + 1):
                    fact_when = _When(year=years_of_range[1])
            unstated = False  # "grew from 12 to 150": the level it started from, at a time not said
            start_of = next((b for a, b in from_to if n.start in (a, a + 1)), None)
            if (
                own is None
                and not years_of_range
                and not growth
                and start_of is not None
                and not re.match(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:today|now|currently|at present)\b", s[end : end + 60])
            ):
                reached = next(
                    (others_own[i] for i, v in enumerate(values) if v.start in (start_of, start_of - 1)), None
                )
                started = _start_when(s, n.end, reached or when)
                unstated = started is None
                fact_when = started or fact_when
            year_end = re.match(r"\s*,?\s*(?:at|by) (?:the )?end of the year\b", s[end : end + 40])
            if year_end and fact_when.year and not fact_when.as_of and not fact_when.period and unit == "count":
                # "added 1,860 piles in 2025, bringing the total to 9,340 at the end of the year": its year's end
                fact_when = _When(year=fact_when.year, as_of=f"{fact_when.year}-12", note="at the end of the year")
            if unit == "times" and range_years and not any(n.start in (a, b) for a, b in from_to):
                fact_when = _When(year=range_years[1])
                data["base_year"] = range_years[0]
            base = _BASE_YEAR.match(s, end) or (_SINCE_YEAR.match(s, end) if _MULTIPLIED.fullmatch(n.text) else None)
            if unit == "times" and base:
                data["base_year"] = int(base.group("base"))
            if (
                s[max(0, n.start - 1) : n.start] == "("
                and re.fullmatch(r"10,000|10 000|ten thousand|100 million|one hundred million", n.text)
                and re.match(r"\s*(?!of\b|or\b|and\b)[a-z]+(?:\s+[a-z]+)?\)", s[n.end :])
            ):
                continue  # "(10,000 units)", "(10,000 persons)": the scale a figure or column is given in
            if _joint(s, n.start, end):
                continue  # "Haidian and Chaoyang combined spent ...": no one entity's figure
            compared = _compared_subject(s, n.start, end, [*places, *(orgs or [])])
            if compared == "":
                continue  # "against 84.2 for Singapore": a figure of a place the graph does not have
            city_average = (
                re.search(r"\b(?:a|the)\s+(?:city|citywide|city-wide)\s+average\s+(?:of\s+)?$", s[: n.start])
                # "well below the city's 6.6 percent", "against the capital's 5.2 percent": the city's own
                or re.search(
                    r"\b(?:below|above|against|versus|than|under|over|behind|ahead of|compared with|compared to)\s+"
                    r"the\s+(?:city|capital)['’]s\s+(?:average\s+(?:of\s+)?)?(?:about |around |some )?$",
                    s[: n.start],
                )
                or re.match(  # "against 6.4 percent citywide", "7.2 percent for the city as a whole"
                    r"\s*(?:[\w%]+\s+){0,2}?(?:citywide|city-wide|(?:for|in|across) the (?:city|capital) as a whole)"
                    r"(?=\s*[,.;)]|\s*$)",
                    s[n.end : n.end + 60],
                )
            )
            led = _compared_place(s, n.start)
            led_place = (  # "followed by Chaoyang with 126.2 billion yuan": Chaoyang's
                next((pid for pid, at in places if led.start("place") <= at < led.end("place")), None)
                if led is not None and led.group("place")
                else None
            )
            subject = (
                respective.get(n.start)
                or led_place
                or each_in_place.get(n.start)
                or (_based_in(s, n.start, end, [], places) if placed_part else None)
                or (self.main_city if city_average else None)
                or gapped
                or compared
                or _antecedent(s, n.start, [*places, *(orgs or [])])
                or _agent_after(s, end, [*places, *(orgs or [])])
                or _fronted_subject(s, n.start, [*places, *(orgs or [])])
                or self._holders_org(s, n.start)
                or _based_in(s, n.start, end, [*places, *(orgs or [])], places)
                or _owner_of(s, n.start, places)
                or _clause_subject(s, n.start, [*places, *(orgs or []), *(indexes or [])])
                or self._our(s, n.start, orgs or [])
                or self._index_named(s, n.start)
                or self._industrys(s, n.start, places)
                or self._they_counted(s, n.start, [*places, *(orgs or [])])
                or self._subject(
                    _not_locating(s, places, orgs or []),
                    n.start,
                    main_place,
                    [  # "... round led by Beiyu Capital, three years after a Series A of ...": the investor's no figure
                        (o, at)
                        for o, at in orgs or []
                        if not re.search(r"\b(?:led|backed|joined|funded|financed)\s+by\s+$", s[max(0, at - 20) : at])
                    ],
                    # (the writer's body only for a sentence in their own voice, not one that reports another's)
                    ours=not re.search(r"\b(?:says|said|reckons|estimates|according to)\b", s),
                )
            )
            fund = re.match(r"\s+(?:[A-Z][\w&-]*\s+){1,6}Fund\b", s[end:]) if unit in ("yuan", "usd") else None
            if fund:  # "a 2 billion yuan Fengtai Rail Transit Industry Fund": the fund's own size
                named_at = end + len(s[end:]) - len(s[end:].lstrip())
                subject = next((eid for eid, at in orgs or [] if at == named_at), subject)
            if unit == "count" and re.search(
                r"\b\d[\d,]*\s+of\s+(?:the|its|their|all)\s+$", s[max(0, n.start - 40) : n.start]
            ):
                # "Haidian hosts 16 of the 27 centers": the whole is the city's, not the part's holder
                subject = self.main_city or subject
            reached_from = (
                paired is not None
                and paired[1] == unit
                and any(n.start in (b, b + 1) for _, b in from_to)
                and re.fullmatch(
                    r"\s*(?:[a-z][\w-]*\s+){0,3}?to\s+(?:about |around |nearly |some )?", s[paired[0] : n.start]
                )
                and not re.match(r"\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*s\b", s[end : end + 40])
            )
            level_measure = (
                next(
                    (
                        str(c.data["measure"])
                        for c in reversed(self.out.indicators)
                        if c.quote == s and c.data["unit"] not in ("percent", "fraction", "times")
                    ),
                    None,
                )
                if growth and last is not None and last[1] == "percent"
                else None
            )
            if (coordinated or reached_from) and paired:  # "grew by 11.3 percent and 14.6 percent", "from 12
                measure, m_conf = self._in_state(paired[2], s[end:]), 0.0  # staff to 150": as the figure before
            elif level_measure and re.search(r"\b(?:its|their)\s+growth\b", s[max(0, n.start - 60) : n.start]):
                # "47.2 billion yuan, or 25.3 percent of the total, but its growth slowed to 11.8 percent": the level's
                measure, m_conf = self._growth_measure(level_measure), 0.1
            elif (
                growth
                and last is not None
                and last[1] != "percent"
                and last[1] in _BY_KIND.get(by_kind, (last[1],))
                and not self._names_another(s, n, end, last[0])
            ):
                measure, m_conf = self._growth_measure(last[0]), 0.1
            elif (
                not growth
                and paired is not None
                and paired[3]
                and unit not in ("percent", "times")
                and (grown_from := self._base_of(paired[2])) is not None
                and (measure_phrase(s[max(0, n.start - 400) : n.start], s[end : end + 400], unit) or "count")
                in ("count", "number", "total", "tally", "figure")  # none of its own, or "its count fell 3 percent to"
                and re.fullmatch(
                    r"[^,;.\d]{0,40}?\bto\s+(?:about |around |nearly |almost |roughly |some |over |more than )?[$¥]?",
                    s[paired[0] : n.start],
                )
            ):  # "Research spending by enterprises rose 23 percent to 150 billion yuan": the level of that rate
                measure, m_conf = grown_from, 0.1
                last = self.last_measure = (measure, unit)
            else:
                found = self._measure(s, n, end, unit, last, growth=growth)
                if found is None and growth:  # "they grew by 11.3 percent": the amount before, in this sentence
                    # (or the paragraph's, when the rate says so: "That's down 9 percent by value")
                    found = next(
                        (
                            (c.data["measure"], 0.0)
                            for c in reversed(self.out.indicators[self.paragraph_from :])
                            if c.data["unit"] not in ("percent", "fraction")
                            and c.data["unit"] in _BY_KIND.get(by_kind, (c.data["unit"],))
                            and (c.quote == s or by_kind or re.match(r"\s*(?:That|This)(?:’s|'s|\s+is|\s+was)\b", s))
                        ),
                        None,
                    )
                if found is None and growth:  # "rose by a fifth last year to 48.6 billion yuan": the level's
                    level = next((v for v in values if v.start > end), None)
                    level_unit, level_end = _unit_after(s, level) if level else (None, 0)
                    if level is not None and level_unit is None and re.fullmatch(r"\d[\d,]*", level.text):
                        level_unit, level_end = "count", level.end  # "its count fell 3.1 percent to 1,388."
                    if (
                        level is not None
                        and level_unit not in (None, "percent", "times")
                        and re.fullmatch(
                            r"[^,;.\d]{0,40}?\bto\s+(?:about |around |nearly |almost |roughly |some |over |more than )?"
                            r"[$¥]?",
                            s[end : level.start],
                        )
                    ):
                        found = self._measure(s, level, level_end, level_unit, last)
                part_of = re.match(r"\s+of\s+(?:the|its|their|all)\s+(\d[\d,]*)\s+[a-z]", s[end : end + 40])
                whole = next((v for v in values if part_of and v.start == end + part_of.start(1)), None)
                if found is None and unit == "count" and whole is not None:
                    # "hosts 16 of the 27 proof-of-concept centers": the part, of the whole's measure
                    found = self._measure(s, whole, _unit_after(s, whole)[1], unit, last)
                if found is None and placed_part and self.last_measure:
                    found = (self.last_measure[0], 0.0)  # "Eight are in Haidian": of the count before
                    if self.last_measure[1] != "count":  # ("48 companies, with revenue of ..., and 19 of them are")
                        found = next(
                            (
                                (str(c.data["measure"]), 0.0)
                                for c in reversed(self.out.indicators[self.paragraph_from :])
                                if c.data["unit"] == "count" and not c.data.get("growth")
                            ),
                            found,
                        )
                if found is None:
                    continue  # nothing in the sentence names what the number measures
                measure, m_conf = found
                measure = self._of_article_kind(measure, subject, s)
                measure = self._of_sub_population(measure, subject, s, n, end)
                theirs = re.fullmatch(r".+? (?:of|by) (.+?)(?: growth)?", self._plain_label(measure))
                numbered = (
                    re.fullmatch(r"(?:the\s+)?(\d{1,3}|" + _SMALL_WORDS + r")\s+[a-z][\w-]*s", theirs.group(1), re.I)
                    if theirs and measure.startswith("new:")
                    else None
                )
                counted = (
                    next(
                        (
                            c
                            for c in reversed(self.out.indicators)
                            if c.data["unit"] == "count"
                            and c.data.get("value") == how_many(numbered.group(1))
                            and c.quote != s
                        ),
                        None,
                    )
                    if numbered
                    else None
                )
                if theirs and counted is not None:
                    # "The fourteen firms raised 800 million yuan", after "fourteen firms making exoskeletons": theirs
                    kind = _kind_alone(self._plain_label(str(counted.data["measure"])))
                    label = self._plain_label(measure)
                    measure = self._new_measure(label[: theirs.start(1)] + kind + label[theirs.end(1) :])
                    theirs = re.fullmatch(r".+? (?:of|by) (.+?)(?: growth)?", self._plain_label(measure))
                whose_count = (
                    next(  # (the sentence's first count: "58 makers in the city (31 of them in Haidian), and their")
                        (
                            c.data["subject"]
                            for c in self.out.indicators[self.paragraph_from :]
                            if c.quote == s
                            and c.data["unit"] == "count"
                            and _kind_alone(self._plain_label(str(c.data["measure"]))) == theirs.group(1)
                        ),
                        None,
                    )
                    if theirs
                    and re.search(r"\b(?:their|they|which|whose)\b[^,;]*$", s[max(0, n.start - 120) : n.start], re.I)
                    else None
                )
                the_n = (
                    re.search(
                        r"\b[Tt]he\s+(\d{1,3}|" + _SMALL_WORDS + r")\s+(?:[a-z][\w-]*s\s+)?[^,;]*$",
                        s[max(0, n.start - 120) : n.start],
                    )
                    if theirs and whose_count is None
                    else None
                )
                if the_n and theirs:  # "the fourteen firms employ 2,300 staff", after "fourteen companies in Beijing"
                    counted_as = how_many(the_n.group(1))
                    whose_count = next(
                        (
                            c.data["subject"]
                            for c in reversed(self.out.indicators)
                            if c.data["unit"] == "count"
                            and c.data.get("value") == counted_as
                            and re.search(
                                r" (?:of|by) "
                                + re.escape(_kind_alone(self._plain_label(str(c.data["measure"]))))
                                + r"\b",
                                self._plain_label(measure),
                            )
                        ),
                        None,
                    )
                if whose_count is not None:
                    subject = (
                        whose_count  # "37 terminal makers in the city, ..., and their combined revenue": the city's
                    )
                agent = next(
                    (
                        eid
                        for eid, does in self.gov_agents
                        if does.end() <= n.start
                        and not re.search(
                            r"[,;:]|\b(?:and|but|while|which|who|that|whose|showing|to|on|from|by)\b",
                            s[does.end() : n.start],
                        )
                        and (
                            # what it will do, what it has done, money it puts in: its own ("the commission would
                            # release 120 datasets", "has opened 1,860 data sets", "set aside 200 million yuan");
                            # not a count it recorded ("issued 3,480 residence permits": the city's)
                            re.search(
                                r"\b(?:will|would|plans|planned|aims|aimed|expects|expected|intends|is to|was to)\b",
                                does.group(),
                            )
                            or re.search(r"\b(?:has|have|now)\b", does.group())
                            or unit in CURRENCIES
                        )
                    ),
                    None,
                )
                if agent is not None:
                    subject = agent
                if (
                    unit == "percent"
                    and self.last_measure is not None
                    and self.last_measure[1] == "percent"
                    and self._plain_label(measure) == "share"
                    and self._plain_label(self.last_measure[0]).startswith("share of ")
                    and re.search(r"\b(?:the|that|this)\s+share\b[^,;.\d]{0,30}$", s[: n.start], re.I)
                ):  # "had digitised 61 percent of their slides ... aims to raise the share to 90 percent": that share
                    measure = self.last_measure[0]
                if (
                    unit == "count"
                    and subject is not None
                    and "Company" in self._types(subject)
                    and re.fullmatch(
                        r"(?!.*\b(?:portfolio|backed|invested|acquired|spun|spin-offs?|subsidiar(?:y|ies)|clients?|"
                        r"customers?|partners?|suppliers?)\b)(?:[\w-]+\s+){0,3}(?:companies|firms|enterprises|businesses)",
                        self._plain_label(measure),
                    )
                    # (not the firms it deals with: "supplies 300 companies", "has partnered with 40 companies", "counts
                    # 45 companies in Yizhuang among its customers")
                    and not re.search(
                        r"\b(?:suppl(?:y|ies|ied)|sells?|sold|serves?|served|partner(?:s|ed)?|signed up|works? with|"
                        r"worked with|teamed up with|licensed|licenses|trains?|trained|advised|helped)\b[^.;\d]{0,30}$",
                        s[: n.start],
                    )
                    and not re.match(r"[^.;]{0,60}\bamong\s+(?:its|their)\s+(?:customers|clients|partners)", s[n.end :])
                ):
                    # "which had 48 companies", "By the end of 2025 it had 37": a firm holds no firms; the place does
                    subject = (
                        next((pid for pid, at in reversed(_not_locating(s, places, orgs or [])) if at < n.start), None)
                        or next((pid for pid, _ in reversed(places)), None)
                        or main_place
                        or subject
                    )
                if growth:
                    measure = self._growth_measure(measure)
                elif unit == "times":
                    measure = self._multiple_measure(measure)
                if unit != "times":  # (a multiple is an aside: "Haidian's figure ... 2.5 times the city average.
                    # Chaoyang's was 400", "nearly three times the 2023 figure, and expects to ship more than
                    # 400,000": the level before it, not the multiple)
                    last = self.last_measure = (measure, unit)
            counted_in = self._unit_of(measure)
            if counted_in is not None and not unit_fits(unit, counted_in):
                if unit not in CURRENCIES or counted_in != "count":
                    continue  # a figure of another kind than its measure's series, which could not be filed
                if re.match(r"\s+or\s+(?:more|above|over|larger|bigger)\b", s[end : end + 40]):
                    continue  # "21 robotics rounds of 100 million yuan or more": a threshold, not their value
                measure = self._value_measure(measure)  # "14 rounds ... 8.7 billion yuan": the rounds' value
            if (
                unit == "count"
                and fact_when.year
                and not fact_when.as_of
                and not fact_when.period
                and _stock_label(self._plain_label(measure))
                and re.search(r"\b(?:at|by) the end of the year\b", s[n.end :])
            ):  # "counted 12,480 enterprises at the end of the year": the level then
                fact_when = _When(
                    year=fact_when.year, as_of=f"{fact_when.year}-12", note="a level at the end of the year"
                )
            conf = 0.55 + (0.15 if fact_when.year or fact_when.period or fact_when.as_of else 0) + m_conf
            # (a number opening its sentence is spelled out by style, whatever its size: "Forty-eight companies")
            conf -= 0.15 if n.word and not re.fullmatch(r"[\s“\"‘'(]*", s[: n.start]) else 0
            record: dict[str, Any] = {"subject": subject, "measure": measure, "value": _clean(n.value), "unit": unit}
            if growth and (
                re.search(
                    r"\b(?:down|fell|fallen|falling|dropped|dropping|declined|declining|decreased|shrank|shrinking|slipped|slipping|"
                    r"sliding|slid|lower|less|a (?:drop|"
                    r"decline|decrease|fall) of|"
                    r"(?:" + CUT_ITS + r")\s+(?:its|their|his|her|our)\s+(?:(?!\band\b)[^,;]){0,40}?by)"
                    r"\b[^,;]{0,25}$",
                    s[max(0, n.start - 400) : n.start],
                    re.I,
                )
                or re.match(
                    r"\s*(?:less|lower|fewer|down)\s+(?:than|from|on)\s+(?:in\s+)?(?:the\s+)?(?:(?:19|20)\d\d|"
                    r"a year (?:earlier|before|ago)|last year|the (?:previous|prior|same) (?:year|period))",
                    s[end : end + 40],
                    re.I,
                )
            ):  # "3.1 percent less than in 2024"
                record["value"] = -record["value"]  # "sales fell 3 percent": a change of -3 percent
            if low is not None:  # "between 8 million and 12 million yuan", "18 to 22 percent"
                record["value"], record["value_max"] = _clean(low.value), _clean(n.value)
            if qualifier:
                record["qualifier"] = qualifier
            record.update(fact_when.fields())
            record.update(data)
            if growth and own is None and not data and fact_when.fields() == when.fields():
                # "their revenue was 2.74 billion yuan last year, an increase of 68.5 percent": the year of the
                # amount it is the growth of, said just before in the sentence
                grown = next(
                    (
                        c.data
                        for c in reversed(self.out.indicators)
                        if c.quote == s
                        and c.data["subject"] == subject
                        and f"{self._plain_label(str(c.data['measure']))} growth" == self._plain_label(measure)
                    ),
                    None,
                )
                if (
                    grown is not None
                    and any(k in grown for k in ("year", "as_of", "period"))
                    and re.match(r"\d{4}", str(grown.get("as_of") or "0000"))
                ):
                    for k in ("year", "as_of", "period", "note"):
                        record.pop(k, None)
                    record.update({k: grown[k] for k in ("year", "as_of", "period") if k in grown})
            if (
                "as_of" in record
                and not re.search(r"\b(?:" + _MONTH_NAMES + r")\b", s)  # (not a round "in December": of its month)
                and self._flow_of_money(measure, unit, growth)
            ):
                # "Revenue of the industry reached 312.7 billion yuan", after "at the end of 2024": a year's amount
                record["year"] = int(str(record.pop("as_of"))[:4])
            borrowed = "the time of the text before" in (fact_when.note or "")  # a time the sentence does not say
            edition = (
                self._edition_year(subject, measure)
                # (a borrowed time gives way only to an edition the article names with its year)
                if (borrowed and self.main_index is not None and self.main_index[1] is not None)
                or (not fact_when.year and not fact_when.period)
                else None
            )
            if edition:  # "The Example Index 2024 rates 100 cities": a figure of the edition, of its year
                record.pop("as_of", None)
                record.pop("period", None)
                record["year"] = edition
                if borrowed:
                    record["note"] = "the year of the edition it is a figure of"
                if re.match(r"\s*,?\s*(?:a|one) year (?:earlier|before|ago)\b", s[end : end + 30]):
                    record["year"] = edition - 1  # "rose to 84.2 from 80.9 a year earlier": the edition before
                started = _start_when(s, n.end, _When(year=edition)) if unstated else None
                if started:  # "Its score rose from 68.9 to 71.4": the edition before
                    record.pop("year")
                    record.update(started.fields())
                    unstated = False
            opened = _OF_THE_WHOLE.match(s) if unit == "count" else None
            said = (
                next(
                    (
                        c
                        for c in reversed(self.out.indicators)
                        if c.data["unit"] == "count"
                        and c.data["value"] == _clean(float(opened.group("count").replace(",", "")))
                    ),
                    None,
                )
                if opened and opened.group("count")
                else None
            )
            if said is not None and opened is not None and n.start == opened.start("count"):
                continue  # "Of the 212 companies, ...": the count said before, no new figure
            if (
                said is not None
                and opened is not None
                and n.start > opened.end()
                and (borrowed or all(record.get(k) is None for k in ("year", "period", "as_of")))
            ):
                # ... and its parts are of the same subject and time
                for key in ("year", "period", "as_of"):
                    record.pop(key, None)
                record.update({k: said.data[k] for k in ("year", "period", "as_of") if k in said.data})
                if not any(at > opened.end() for _, at in [*places, *(orgs or [])]):
                    # (not "Of the 212 deals, 97 went to companies registered in Haidian": Haidian's)
                    record["subject"] = said.data.get("subject", record["subject"])
            whole_here = (
                next(
                    (
                        c
                        for c in reversed(self.out.indicators)
                        if c.quote == s and c.data["measure"] == measure and c.data["unit"] == "count"
                    ),
                    None,
                )
                if placed_part and _OF_THEM.match(s, end)
                else None
            )
            if whole_here is not None:  # "48 companies ... in 2026, and 19 of them are based in Haidian": as the 48
                for key in ("year", "period", "as_of"):
                    record.pop(key, None)
                record.update({k: whole_here.data[k] for k in ("year", "period", "as_of") if k in whole_here.data})
            if all(record.get(k) is None for k in ("year", "period", "as_of")):
                record["as_of"] = PUBLICATION  # no time in the text: the article's own date, stated or not
            record["quote"] = s
            paired = (end, unit, measure, growth)
            if unstated:
                continue  # its measure still names the level reached
            if unit == "count" and _OWN_KIND.get(self._measure_label(measure).lower(), frozenset()) & set(
                self._types(str(subject))
            ):
                continue  # "Three districts, three ways of paying for GPUs": a district counts no districts
            undated = self.gaz.names.get(normalize_name(_undated(self._label(str(subject)))))
            if subject in self.new_entities and undated is not None:
                record["subject"] = undated  # "The Example Scoreboard 2024 covers 50 cities": the known index
            self.add(
                Candidate("indicators", record, s, round(min(conf, 0.95), 2)),
                ("i", record["value"], unit, str(fact_when.fields()), s),
            )

    def _own_time(self, s: str, n: _Number, end: int, values: list[_Number]) -> _When | None:
        """The time written right after one figure among several ("from 68 in 2019 to 206 in
        2022", "86 now and about 300 by 2026"): that figure's own."""
        if len(values) < 2:
            return None
        if self.pub and re.match(r"\s*,?\s*(?:now|today|currently|at present)\b", s[end : end + 40]):
            return self._now()  # "up from 86 now"
        if self.pub and re.search(
            r"\b(?:now|today|currently)\s+(?:sells?\s+for|costs?|(?:is|are)\s+priced\s+at|retails?\s+for|has|have|"
            r"employs?|hosts?|holds?|counts?|numbers?)\s+(?:about |some |around |nearly |roughly |more than |over |"
            r"almost |just |only )?[$¥]?$",
            s[max(0, n.start - 50) : n.start],
        ):  # "a dog that cost 150,000 yuan in 2019 now sells for 60,000": the 60,000 now
            return self._now()
        m = re.match(
            r"\s*(?:\(\s*|,\s*)?((?:in|by|as of|at the end of|by the end of|for|of) (?:the end of )?" + _YEAR + r")\b",
            s[end : end + 400],
        )
        same = re.match(  # "against 2 million in the same period last year": that part of last year
            r"\s*(?:,\s*)?(?:[a-z][\w-]*\s+){0,2}?(?:in|of|during|for)\s+the\s+same\s+(?:period|months?|quarters?|time)\s+"
            r"(?:of\s+|in\s+)?(?:last year|(?:19|20)\d\d)\b",
            s[end : end + 100],
        )
        if not m and same and self.pub:
            year = re.search(r"(?:19|20)\d\d", same.group())
            return _When(year=int(year.group()) if year else self.pub[0] - 1, note=same.group().strip(" ,"))
        if not m:  # "has added 1,200 staff since it moved in 2021": from then to now
            m = re.match(
                r"\s+(?:[a-z][\w-]*\s+){0,3}?(since (?:it|they|we|the|its|their)\s+(?:[a-z][\w-]*\s+){1,5}?in "
                + _YEAR
                + r")\b",
                s[end : end + 100],
            )
        if not m:  # "from 300 staff in 2019 to 1,200 researchers and engineers in 2024": after the counted noun
            m = re.match(
                r"\s+(?:(?!(?:in|by|from|to|than|on|at|of|for|with|a|an|the|since|as)\b)[a-z][\w-]*\s+){1,4}?(in "
                + _YEAR
                + r")\b",
                s[end : end + 100],
            )
        ago = re.match(
            r"\s+(?:[A-Za-z][\w-]*\s+){0,3}?((?:a|one|two|three|four|five|\d{1,2})\s+years?\s+ago)\b", s[end : end + 80]
        )
        if not m and ago and self.pub:  # "Haidian had 900 AI firms two years ago, and 1,300 now": from now
            return _earlier(ago.group(1), _When(), self.pub, "the publication date")
        if not m and self.pub:  # "from 40 in 2019 to 130 last year": a year said against the publication date
            m = re.match(
                r"\s*(?:,\s*)?((?:in\s+)?(?:(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:half|quarter|"
                r"three quarters|nine months|six months)\s+of\s+)?(?:last|this|next) year)\b(?!\s*(?:'s|’s))",
                s[end : end + 60],
            )  # ("from 13.0 percent in the first half of last year to 19.0 percent")
        if not m:
            return None
        own = _when(m.group(1), self.pub, None)
        return own if own.year or own.period or own.as_of else None

    def _growth_measure(self, base: str) -> str:
        """The new measure for the growth rate of ``base`` (a measure id, or a "new:" one)."""
        ident = base[4:] if base.startswith("new:") else base
        if ident.endswith("-growth"):
            return base
        label = self._measure_label(ident) or ident
        grown = ident + "-growth"
        if any(m[0] == grown and m[3] == "percent" for m in self.measures):
            return grown  # the graph knows this growth rate already
        named = f"{label} growth"
        if grown in self.out.multiple_of or any(m[0] == grown for m in self.measures):
            grown, named = ident + "-growth-rate", f"{label} growth rate"  # "-growth" is a multiple here
        self.out.labels.setdefault(grown, named)
        self.out.growth_of[grown] = base
        self.out.definitions.setdefault(grown, f"Change of {label} from the period before, in percent.")
        return "new:" + grown

    def _names_another(self, s: str, n: _Number, end: int, measure: str) -> bool:
        """Whether the clause of a rate after a figure names a measure of its own, with no word of
        the figure's ("Exports rose 12 percent to 3 billion yuan and imports fell 5 percent")."""
        phrase = measure_phrase(s[max(0, n.start - 400) : n.start], s[end : end + 400], "percent")
        if not phrase or _NAMES_ONLY.fullmatch(phrase) or phrase.lower() in ("it", "they", "this", "that", "these"):
            return False
        if set(phrase.lower().split()) <= {"those", "the", "ones", "signed", "registered", "concluded"}:
            return False  # "while those signed in Chaoyang rose 21.3 percent": the same deals
        if re.search(r"[’']s\b", phrase) or re.search(
            r"(?:ers|ors|ists|districts|cities|firms|companies|ones)$", phrase
        ):
            return False  # "whereas Changping's headcount", "the two smaller spenders": another subject, not measure
        own = _stems(phrase) - _GENERIC
        return bool(own - _stems(self._measure_label(measure)))  # a word the figure's measure has not

    def _held_again(self, s: str, n: _Number, end: int) -> bool:
        """Whether a bare count after a verb of holding restates the count before ("Chen moved the
        company here with 12 employees. Today it has 240, and ..."): no noun after it, and the
        sentence before counted something in this paragraph."""
        return (
            self.last_measure is not None
            and self.last_measure[1] == "count"
            # not a flow ("hired 30 researchers in 2019. It now has 90"): a stock said again
            and not set(self._measure_label(self.last_measure[0]).lower().split()) & EVENT_WORDS
            and any(c.data["measure"] == self.last_measure[0] for c in self.out.indicators[self.paragraph_from :])
            and re.search(
                r"\b(?:it|they|he|she|we|the (?:company|firm|lab|institute|center|centre|park))\s+(?:now\s+)?"
                r"(?:has|have|had|employs|employed|counts|counted)\s+"
                r"(?:about |around |nearly |over |more than |some )?$",
                s[max(0, n.start - 60) : n.start],
                re.I,
            )
            is not None
            and re.match(r"\s*(?:[,.;]|$|(?:now|today|and|but)\b)", s[end : end + 20]) is not None
        )

    def _likewise(self, s: str, n: _Number, end: int, unit: str | None) -> str | None:
        """The measure of a bare figure that is another body's figure of a measure just before, its
        subject named right before a verb of recording ("Haidian recorded 12,350 grants. The Beijing
        Economic-Technological Development Area recorded 4,870.", "Daxing District posted 6.1
        billion yuan, up 18.4 percent"): no noun after it; the latest figure in its unit (no change
        and no share) in this paragraph or the one before."""
        if not re.match(r"\s*(?:[,.;:)]|$|(?:in|during|last|this|up|down|against|compared)\b)", s[end : end + 20]):
            return None
        said = re.search(
            r"(?:^|[,;]\s+|\b(?:and|while|whereas|but)\s+)(?P<name>(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z&][\w’'-]*)*)"
            r"(?:,\s+(?:(?:better\s+)?known as|also called|or)\s+[^,]{1,40},)?\s+"
            r"(?:recorded|posted|reported|logged|registered|counted|had|saw|stood at|reached|totall?ed|came to|"
            r"hit|added|attracted|drew|took in|took|received|signed|granted|booked|earned|generated)\s+"
            r"(?:about |around |nearly |almost |roughly |some |over |more than |just over |just under )?[$¥]?$",
            s[max(0, n.start - 160) : n.start],
        )
        name = re.sub(r"^the\s+", "", said.group("name")) if said else ""
        place = re.search(r"\b(?:District|County|Area|Park|Zone|City|Town|E-Town)$", name) or any(
            set(x.types) & _places() and x.start == 0 and x.end == len(name) for x in self.gaz.find(name)
        )
        if not place:
            # ... or a body's beside another of its kind ("Tsinghua University accounted for 41 of them. Peking
            # University added 29.")
            whole = [x for x in self.gaz.find(name) if x.start == 0 and x.end == len(name)]
            before_it = next((c for c in reversed(self.out.indicators[self.paragraph_from :])), None)
            peer = (
                before_it is not None
                and bool(whole)
                and bool(set(whole[0].types) & set(self._types(str(before_it.data["subject"]))) - {"Organization"})
                and before_it.data["subject"] != whole[0].id
            )
            if not peer:
                return None  # a place's figure beside another place's (not "The Zhongguancun Forum drew 40,000")
        return next(
            (
                str(c.data["measure"])
                for c in reversed(self.out.indicators[self.previous_paragraph_from :])
                if c.data["unit"] == (unit or "count")
                and not c.data.get("growth")
                and not str(c.data["measure"]).endswith(("-growth", "-growth-rate", "-multiple"))
            ),
            None,
        )

    def _restated_then(self, s: str, n: _Number, end: int) -> bool:
        """Whether a bare count gives the count before at another time the sentence says ("Thirty-one
        companies now build humanoid robots. Two years ago only six did.", "The year before, I got
        twenty-nine."): no noun after it, the paragraph counted something just before, and the
        sentence's time is another one."""
        if self.last_measure is None or self.last_measure[1] != "count":
            return False
        if not any(c.data["measure"] == self.last_measure[0] for c in self.out.indicators[self.paragraph_from :]):
            return False
        if not _ANOTHER_TIME.search(s):
            return False
        bare_after = re.match(  # ("In 2023, nine were valued above ...", "200 were founded": a part, no count then)
            r"\s*(?:[,.;:]|$|(?:did|did so|existed|at the time|then)\b|(?:had|were|was)\s*(?:[,.;:]|$))",
            s[end : end + 20],
        )
        verb_before = re.search(
            r"\b(?:was|were|had|got|managed|counted|numbered|totalled|totaled|stood at|reached|found)\s+"
            r"(?:only |just |about |around |nearly |roughly |some |over |more than |fewer than |barely )?$|"
            r"(?:^|[,;]\s*|\b(?:ago|before|earlier),?\s+)"
            r"(?:only |just |about |around |nearly |roughly |some |barely )?$",
            s[max(0, n.start - 60) : n.start],
            re.I,
        )
        return bool(bare_after and verb_before)

    def _base_of(self, measure: str) -> str | None:
        """The measure a growth rate is the change of (a measure id, or a "new:" one); None for
        a measure that is no growth rate."""
        ident = measure.removeprefix("new:")
        if ident in self.out.growth_of:
            return self.out.growth_of[ident]
        base = ident.removesuffix("-growth")
        return base if base != ident and any(m[0] == base for m in self.measures) else None

    def _unit_of(self, measure: str) -> str | None:
        """The unit a measure is counted in: a known measure's, or for a new one the unit of its
        first figure in the draft (None before it has one)."""
        ident = measure.removeprefix("new:")
        known = next((m[3] for m in self.measures if m[0] == ident), None)  # a new id may be a known one's
        if known is not None or not measure.startswith("new:"):
            return known
        return next((str(c.data["unit"]) for c in self.out.indicators if c.data["measure"] == measure), None)

    def _value_measure(self, counted: str) -> str:
        """The measure of the money value of what ``counted`` counts ("the value of robotics rounds")."""
        ident = counted[4:] if counted.startswith("new:") else counted
        label = self._measure_label(ident) or ident.replace("-", " ")
        named = label if label.startswith("value of ") else f"value of {label}"
        return self._new_measure(named)

    def _multiple_measure(self, base: str) -> str:
        """The measure for a multiple of ``base`` ("almost tripled", "1.9 times that of 2012"):
        as in the graph, "<measure>-growth" in times (``base`` itself when it is already a
        change or counted in times; "<measure>-multiple" when "<measure>-growth" is a rate).

        >>> x = _Extractor(Gazetteer([], {}), (2024, 1), [("exports", "exports", [], "yuan"),
        ...     ("exports-growth", "growth of exports", [], "times"), ("labs-growth", "labs growth", [], "percent")])
        >>> [x._multiple_measure(m) for m in ("exports", "labs", "new:revenue", "new:revenue-growth")]
        ['exports-growth', 'new:labs-multiple', 'new:revenue-growth', 'new:revenue-growth']
        """
        ident = base[4:] if base.startswith("new:") else base
        if re.search(r"-(?:growth|growth-rate|multiple)$", ident) or any(
            m[0] == ident and m[3] == "times" for m in self.measures
        ):
            return base
        grown = ident + "-growth"
        if any(m[0] == grown and m[3] == "times" for m in self.measures):
            return grown  # the graph knows this multiple already
        label = self._measure_label(ident) or ident
        named = f"{label} growth"
        if grown in self.out.growth_of or any(m[0] == grown for m in self.measures):
            grown, named = ident + "-multiple", f"{label} multiple"  # "-growth" is a rate here
        self.out.labels.setdefault(grown, named)
        self.out.multiple_of[grown] = base
        self.out.definitions.setdefault(
            grown,
            f"{label[:1].upper()}{label[1:]} as a multiple of its level in a base year or of what it is compared with.",
        )
        return "new:" + grown

    def _not_a_value(self, s: str, n: _Number) -> bool:
        before = s[max(0, n.start - 400) : n.start]
        if re.search(r"\d{4}-\d\d?-$|\d{4}-$", before) or re.match(r"-\d\d?(?:-\d\d?)?\b", s[n.end : n.end + 400]):
            return True  # a part of an ISO date (2023-07-25)
        after = s[n.end : n.end + 400]
        if re.match(r"\s+(?:" + "|".join(_MONTH_ABBR) + r")[a-z]*\.?(?:,?\s+" + _YEAR + r")?\b", after, re.I):
            return True  # a date written day first (11 June 2024)
        if re.match(r"\s*(?:min(?:ute)?s?\.? read|comments?|likes?|shares?|views?|replies)\b", after, re.I):
            return True  # page furniture: "6 min read", "12 comments"
        if re.match(
            r"\s*(?:CST|GMT|UTC|BJT|HKT|EST|EDT|PST|PDT|CET|CEST|BST|Beijing time|local time)\b|\s*[ap]\.?m\.?(?:\W|$)",
            after,
        ) and re.fullmatch(r"\d{1,2}[.:]\d\d", n.text):
            return True  # a time of day: "15 Apr 2026 11.42 CST", "at 9.30 a.m."
        if re.search(r"\b(?:table|figure|fig\.|chart|box|appendix|section|article|page|p\.)\s*$", before, re.I):
            return True  # a reference: "Table 1"
        if re.search(r"\b[a-z]+\s+(?:within|in under|in less than)\s+$", before) and re.match(
            r"\s+(?:hours|days|weeks|minutes|working days)\b", after
        ):
            return True  # a bound inside a noun: "the share of jobs finished within 48 hours"
        if re.match(r"\s+times\b", after) and (
            (_VALUATION.match(s, n.end) and _VALUED.search(s))
            or (
                re.search(r"\b(?:against|versus|vs\.?|compared with)\s+(?:about |around |some |roughly )?$", before)
                and _VALUATION.search(s[: n.start]) is not None
                and _VALUED.search(s[: n.start]) is not None
            )
        ):
            return True  # a valuation, "traded at 40 times earnings, against 18 times for ...": no change over time
        if re.search(r"\bthe\s+(?:first|next|other|last|previous)\s+$", before, re.I) and re.match(r"\s+[a-z]", after):
            return True  # a reference to some of those counted: "the first two batches", "the other four districts"
        if re.match(r"\s+(?:quarters|months|weeks)\b", after) and re.search(
            r"\b(?:first|last|past|next)\s+$", before, re.I
        ):
            return True  # "the first three quarters of 2022": a period
        if re.search(r"\bbetween\s+(?:[\w$.,]+\s+){0,2}$", before, re.I) and re.match(
            r"(?:\s+\w+){0,2}\s+and\b", after
        ):
            return True  # the low end of a range ("between 8 million and 12 million yuan")
        if re.match(r"\s+points?\b", after) and re.search(
            r"\b(?:scored|score of|scoring|with|at)\s+(?:about |around |nearly |over |more than )?$", before
        ):
            return False  # "scored 88.9 points": an index score
        if re.match(
            r"\s+(?:places?|spots?|positions?|notches|pages?|findings|recommendations|things|points|lessons|"
            r"questions|reasons|takeaways|numbers that|hands|exceptions|caveats|surprises|trends|ways|steps|"
            r"charts|messages)\b",
            after,
            re.I,
        ):
            return True  # "rose two places", "140 pages", "five findings": not a measure of anything
        if n.word and re.search(r"\b(?:the|these|those|both|our|their)\s+$", before, re.I):
            return True  # "the two smaller spenders", "Our three public centers": the ones known, not a count
        if re.match(
            r"(?:\s+[\w.]+){0,2}?\s+(?:or|and)\s+(?:more|above|over|upwards)\s+each\b"
            r"(?!\s+(?:year|month|week|day|quarter|season|time)\b)",
            after,
        ):
            return True  # a threshold of what is counted: "instruments worth 500,000 yuan or more each"
        if (
            re.search(r"(?<![\d.,])(?:0|zero)\s*(?:to|-|–)\s*$", before)
            and re.search(r"\bscale\b|\bscor(?:e|es|ed|ing)\b", s, re.I)
        ) or (re.search(r"(?<![\d.,])(?:1|one)\s*(?:to|-|–)\s*$", before) and re.search(r"\bscale\b", s, re.I)):
            return True  # the top of a scale ("scores 30 cities from 0 to 100", "a 0-100 scale"), not a figure
        if re.search(r"\b(?:survey|sample|poll|interviews?) of\s+(?:about |some |nearly |more than )?$", before, re.I):
            return True  # the size of a survey, not of the ecosystem
        if re.search(
            r"\b(?<!no )(?<!not )(?<!just )(?:fewer\s+than|less\s+than|below|under)\s+(?:RMB\s?|US\$|\$|¥)?$",
            before,
            re.I,
        ):
            return True  # a strict upper bound ("fewer than 300 employees", "less than 1 percent"): no value stated
        if re.search(
            r"\b(?:with|having|of) (?:fewer|less|more|no more|no fewer) than\s*$|\b(?:out of|age of|aged|ages of|under "
            r"the age of|over the age of)\s*$",
            before,
            re.I,
        ):
            return True  # a condition ("firms with fewer than 200 employees", "under the age of 35"), a scale
        if re.match(
            r"\s+times\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*['’]s\s+)?"
            # (not a base year: "2.4 times the 2021 level")
            r"(?:about |around |roughly |nearly |some )?"
            r"(?!(?:19|20)\d\d\s+(?:level|figure|amount|total|number|value)s?\b)[\d$¥]",
            after,
        ):
            return True  # "three times Changping's 12,600 yuan": a comparison with the figure that follows
        if re.match(
            r"(?:\s+[A-Za-z$]+){0,2}\s+(?:each|apiece|per (?:unit|item|piece))\b(?!\s+of\b)", after
        ) and not AVERAGE_EACH.search(before):
            return True  # a threshold for each item ("instruments worth more than 100,000 yuan each"), not an average
        if _TABLE_ROW.match(s):
            return True  # a row of a ranking table ("4   London   -1"): ranks, not values
        if re.match(r"\s*(?:KB|kB|Kb|MB)\b", s[n.end : n.end + 10]):
            return True  # a file's size ("PDF, 412 KB")
        if re.search(r"\b(?:refers? to|(?:is|are) defined as)\b", before):
            return True  # a definition's threshold ("'Above designated size' refers to firms with revenue of ...")
        if re.search(
            r"\b(?:(?<!\bto )(?<!\bwill )(?<!\bcould )(?<!\bmay )(?<!\bmight )(?<!\bwould )top|no\.|"
            # "number 14", not a verb after what it counts ("Its spin-offs number 14", "now number 300")
            r"(?<![a-z]s )(?<!\bnow )number|\branks?\s+number|"
            r"among(?: more than| over| nearly| about)?|every|per|"
            r"(?<!more )(?<!less )(?<!fewer )(?<!greater )than(?: the)?(?: \w+)?)\s*$",
            before,
            re.I,
        ):
            return True  # top 200 ... (not "will top 400"), among more than 30 cities, per 10,000, than the average 2.5
        if re.search(r"(?:" + "|".join(_MONTH_ABBR) + r")[a-z]*\.?\s*$", before, re.I) or re.match(
            r",?\s*" + _YEAR, s[n.end : n.end + 400]
        ):
            return True  # a date
        if n.word and re.search(r"[“\"‘]\s*$", before):
            return True  # a quoted name ("three science cities and one hi-tech area")
        if re.match(r"\s*(?:consecutive|in a row)\b", s[n.end : n.end + 400]):
            return True
        if re.match(
            r"\s+(?:[kMGT]?(?:eV|W|Wh|Hz|m|km|g|kg|t)|[A-Z]?[a-z]?[A-Z][a-z]+[A-Z]?[a-z]*)\b", s[n.end : n.end + 400]
        ) and not re.match(r"\s+[A-Z][a-z]+\b", s[n.end : n.end + 400]):
            return True  # a physical quantity (50 MeV), not a count
        return False

    def _subject(
        self,
        places: list[tuple[str, int]],
        at: int,
        main_place: str | None,
        orgs: list[tuple[str, int]] | None = None,
        *,
        ours: bool = False,
    ) -> str | None:
        """Whom a figure is about: the place (or the organization named after it, in the same
        clause, as in "Beijing's Example Center has 120 researchers") named last before it; with
        ``ours``, in a first-person post by the head of an organization, a figure of no one named
        is that organization's."""
        before = [(pid, pos) for pid, pos in places if pos < at]
        # "58 makers in the city (31 of them in Haidian), and their revenue": a place in an aside closed
        # before the figure is not whose it is, when another is named outside it
        # ("The zone, opened in 2019 near Beijing Daxing International Airport, hosts 126 companies": a participle's)
        asides = [m.span() for m in _ASIDE.finditer(self.read_now or "") if m.end() <= at]
        outside = [(pid, pos) for pid, pos in before if not any(a < pos < b for a, b in asides)]
        before = outside or before
        near = [
            (oid, pos)
            for oid, pos in orgs or []
            if pos < at and (not before or pos > before[-1][1]) and not (before and any(a < pos < b for a, b in asides))
        ]
        if near:
            return near[-1][0]
        if before:
            return before[-1][0]
        speaking = self._speakers_org()
        if speaking is not None:
            return speaking  # "A: Of those, 271 are national high-tech enterprises": the speaker's organization
        sector = self._sectors_place(at)
        if sector is not None:
            return sector  # "The sector counted 134 companies", after "Revenue of Beijing's X makers ...": Beijing's
        # ... or the body the paragraph's first figures were of ("The company sold ... Revenue reached")
        said_of = next(
            (str(c.data["subject"]) for c in self.out.indicators[self.paragraph_from :] if c.data.get("subject")),
            None,
        )
        if said_of is not None and set(self._types(said_of)) & _places() - _BOUNDED_PLACES:
            said_of = None  # (a place's first figures: the sentences after them may be anyone's)
        # (but a park's, a zone's or a science city's are its own: "X Park has 120 tenants. Occupancy stood at";
        # not a figure of a city's, a country's or an economy's: "GDP growth was", "Nationally, occupancy stood at")
        elif said_of is not None and re.search(
            r"\b(?:city|cities|district|country|nation(?:al(?:ly)?|wide)?|GDP|unemployment|inflation|CPI|economy)\b",
            self.read_now or "",
            re.I,
        ):
            said_of = None
        sentence = self.read_now or ""
        market = (
            re.search(  # (not a market's, a rival's or a sector's figure: "The national market was worth ...")
                r"\b(?:national|nationwide|global|globally|worldwide|overseas|market|markets|industry|sector|rivals?|"
                r"competitors?|prices?)\b",
                sentence,
                re.I,
            )
            or re.search(  # ... nor other companies' ("The goal is 100 tenant companies": what is counted)
                r"\b(?:companies|firms|makers)\b", sentence[:at], re.I
            )
        )
        if (said_of is not None or self.paragraph_org is not None) and not market:
            return said_of or self.paragraph_org  # a sentence that names no one: what its paragraph is about
        topic = self._topic()
        if topic is not None:
            return topic  # a sentence that names no one: the organization the article is about
        if ours and self.writers_org is not None and not places:
            return self.writers_org  # a first-person post by the head of X: what it says of no one else is X's
        # a place after the figure, unless it is the whole of a share or a comparison ("27 percent of China's
        # revenue", "more than in Shanghai"): where the figure is
        after = [
            pid
            for pid, pos in places
            if not re.search(
                r"\b(?:of|than|with|against|versus|behind|ahead of)\s+(?:the\s+)?$", sentence[max(0, pos - 14) : pos]
            )
        ]
        if after:
            return after[0]
        return main_place

    def _sectors_place(self, at: int) -> str | None:
        """The place whose sector the sentence's subject ("The sector", "The industry", "Together the
        firms") or, right after such a sentence, its "Its" refers to: that of the last figure of a
        kind of bodies ("revenue of X makers"); None when it names no sector, or that figure is no place's."""
        sentence = self.read_now or ""
        here = _SECTOR_SUBJECT.search(sentence[:at])
        again = (
            re.match(r"\s*(?:Its|Their)\b", sentence)
            and not self.paragraph_first
            and self.read
            and _SECTOR_SUBJECT.match(self.read[-1])  # (the sentence before: this one is read after)
        )
        if (
            not (here or again)
            or _NATIONWIDE.search(sentence)
            or any(x.is_a(_places()) for x in self.gaz.find(sentence))
        ):
            return None  # (not "The industry employs 400,000 people across China": the place said)
        last = next((c for c in reversed(self._recent_indicators()) if self._of_a_kind(c) is not None), None)
        owner = str(last.data["subject"]) if last is not None else None
        return owner if owner is not None and set(self._types(owner)) & _places() else None

    def _of_a_kind(self, c: Candidate) -> str | None:
        """The kind of bodies a figure's measure is of ("revenue of X makers" growth: "X makers"), or None."""
        of = _OF_A_KIND.search(re.sub(r"\s+(?:growth|multiple)$", "", self._measure_label(str(c.data["measure"]))))
        return of.group(1) if of else None

    def _sector_kind(self) -> str | None:
        """The kind of bodies of the last figure of one: what "the sector" or "the firms" refer to."""
        return next((kind for c in reversed(self._recent_indicators()) if (kind := self._of_a_kind(c))), None)

    def _recent_indicators(self) -> list[Candidate]:
        """The indicators of this paragraph and the two before it: as far back as "the sector" reaches."""
        return self.out.indicators[self.paragraph_starts[-3:][0] :]

    def _topic(self) -> str | None:
        """The organization, facility or cluster the article has been about so far: referred to
        (by name or as "the hub", "the platform") at least three times and more than any place."""
        if not self.topic_counts:
            return None
        eid, count = self.topic_counts.most_common(1)[0]
        top_place = max(self.place_counts.values(), default=0)
        return eid if count >= 3 and count > top_place / 2 else None

    def _measure(
        self, s: str, n: _Number, end: int, unit: str, previous: tuple[str, str] | None = None, *, growth: bool = False
    ) -> tuple[str, float] | None:
        """The measure of a figure: a known one when the words naming it say the same, else a
        new one named by those words (kg.ingest.measures); None when nothing names it."""
        total = re.search(
            r"\b(?:" + TOOK_TO + r")\s+(?:the|its|their)\s+"
            r"(?:total|tally|count)\b[^,;]{0,40}?\s+(?:to|past|above)\s+(?:about |around |nearly |over |more than )?$",
            s[max(0, n.start - 400) : n.start],
        )
        base = previous or self.last_measure
        if total and base and base[1] == unit:
            return self._stock_of(base[0], unit), 0.1  # "added 54 ..., lifting its total to 812": the stock
        led = _compared_place(s, n.start)
        if (
            led
            and base
            and base[1] == unit
            and not base[0].endswith(("-growth", "-growth-rate"))
            and (led.group("place") is None or self._place_in(led.group("place")))
            # (the figure with no noun of its own: not "the firm led with 40 engineers")
            and re.match(r"\s*(?:[,.;:)]|$|(?:and|while|but|followed|in|at|by|last|this)\b)", s[end : end + 40])
        ):
            # "... 940 billion yuan. Haidian led the districts with 381.5 billion yuan, followed by Chaoyang with
            # 126.2 billion": each place's part of the measure just given
            return base[0], 0.1
        of_the = re.match(
            r"\s+of\s+(?:the|these|those)\s+(?P<noun>[a-z][\w-]*s)\b(?!\s+(?:of|in|at|that|which)\b)", s[end:]
        )
        holder = re.search(
            r"\b(?:operated|operates|ran|runs|had|has|have|hosted|hosts|owned|owns|housed|houses|held|holds|"
            r"(?:is|was|are|were) home to)\s+(?:about |some |around |nearly |roughly |almost )?$",
            s[max(0, n.start - 40) : n.start],
        )
        if of_the and holder and unit == "count":
            # "It operated 23 of the stations", after "74 hydrogen refuelling stations": a part of that count
            # (not "Two of the launches failed": a part named by what it did)
            said = next(
                (
                    str(c.data["measure"])
                    for c in reversed(self.out.indicators)
                    if c.data.get("unit") == "count"
                    and not str(c.data["measure"]).endswith("-growth")
                    and _stateless(self._measure_label(str(c.data["measure"])))
                    .lower()
                    .endswith(of_the.group("noun").lower())
                ),
                None,
            )
            if said is not None:
                return said, 0.1
        if (
            re.search(
                r"\b(?:another|a further|an additional)\s+(?:about |around |some |nearly |roughly )?$", s[: n.start]
            )
            and not re.match(  # "another 50 research institutes": a count of its own
                r"\s+(?!(?:by|in|at|to|over|this|next|last|from|of|for|before|within|until|are|were|is|was)\b)"
                r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b",
                s[end:],
            )
        ):
            # "completed 4,200 apartments ..., and plans another 3,000": the count said before in the sentence
            said_here = [c.data["measure"] for c in self.out.indicators if c.quote == s and c.data["unit"] == unit]
            if said_here:
                return said_here[-1], 0.1
        per = _PER_HEAD.match(s, end)
        per_head = f" per {per.group(1).replace(',', '')} residents" if per and per.group(1) else " per capita"
        if per and per.group(1) and re.search(r"(?:" + STAFF_WORDS + r")$", per.group("whom"), re.I):
            per_head = f" per {per.group(1)} {per.group('whom')}"  # "26 per 10,000 R&D staff"
        # "Per resident, Haidian spent 75,200 yuan on R&D": the figure of the clause that opens so, per head
        # ... and "For every 10,000 employees, Haidian had 1,126 researchers": per 10,000 employees
        opened = _OPENING_PER.match(s)
        first_clause = _first_clause(s, n.start)
        if opened and not per and first_clause:
            per_head = " per capita" if opened.group(1) == "capita" else f" per {opened.group(1)}"
            per_head = per_head.replace("ten thousand", "10,000")
        per_opened = bool(opened) and not per and first_clause
        if per:  # "39,800 yuan for each of its inhabitants": per head, of the measure before in that unit
            # (a rate per 10,000 people is of a count: "9,000 patents, equivalent to 10.4 for every 10,000 residents")
            of_units = (unit, "count") if unit in ("per-10k-people", "per-10k-employees") else (unit,)
            of_id = previous[0] if previous and previous[1] in of_units else None
            of_id = (
                of_id
                or next(  # ... in this paragraph
                    (
                        c.data["measure"]
                        for c in reversed(self.out.indicators[self.paragraph_from :])
                        if c.data["unit"] in of_units
                    ),
                    None,
                )
            )
            if of_id is not None and " per " in f" {self._measure_label(of_id)} " and self._unit_of(of_id) == unit:
                return of_id, 0.1  # "14.6 firms per 10,000 residents ... Haidian had 41.9 per 10,000": that rate
            if of_id is not None:
                label = self._plain_label(of_id) + per_head
                known = self._known_measure(label, unit)
                if known:  # "712,400 invention patents ..., or 326.8 for every 10,000 residents"
                    return known, 0.1
                return self._new_measure(label), 0.1
        if (
            unit == "count"
            and re.search(r"\b\d[\d,]*\s+of\s+the\s+$", s[max(0, n.start - 30) : n.start])
            and any(c.data["value"] == _clean(n.value) and c.data["unit"] == unit for c in self.out.indicators)
        ):
            return None  # "51 of the 74": the 74 was counted where it was first said
        held = self._held_part(s, n, end, unit, base)
        if held:
            return held, 0.05
        if (
            unit == "percent"
            and previous is not None
            and previous[1] in ("count", "yuan", "usd")
            and (
                before_or := re.search(
                    r"(?P<fig>\d[\d.,]*)[^,;\d]{0,40},\s+or\s+"
                    r"(?:about |around |nearly |almost |roughly |some |just |over )?$",
                    s[: n.start],
                )
            )
            # not a change ("rose 2 billion yuan, or 15 percent"): that is its rate
            and not re.search(
                r"\b(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|gained|lost|added|up|down|by)"
                r"\s+(?:about |around |nearly |almost |roughly |some |just |over |more than )?$",
                s[max(0, before_or.start("fig") - 40) : before_or.start("fig")],
            )
            and (
                not re.match(r"\s+of\b", s[end:])
                or re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?(?:total|whole|sum)\b", s[end:])
            )
            # "of the national total": a share of another whole, named by the usual rules
            and not re.match(
                r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:national|nation|country|world|global)", s[end:]
            )
            and not self._is_share(previous[0])
        ):  # "took 6.2 billion yuan of that, or about 71 percent", "300 firms, or 40 percent of the city's total"
            label = "share of " + self._plain_label(previous[0])
            return self._new_measure(label), 0.05
        whole = _SHARE_OF_TOTAL.match(s, end)
        if (
            whole
            and whole.group("scope")  # "of the total" alone: the part is named by the usual rules
            and unit == "percent"
            and previous is not None
            and previous[1] in ("count", "yuan", "usd")
            and _ELIDED_SHARE.search(s[max(0, n.start - 80) : n.start])
            and not self._is_share(previous[0])
        ):  # "Turnover reached 853.6 billion yuan and accounted for 17.5 percent of the national total"
            scope = _SCOPES.get(whole.group("scope").lower(), "total")
            of = self._plain_label(previous[0])
            label = f"share of {scope} {of[:1].lower() + of[1:] if of[1:2].islower() else of}"
            return self._new_measure(label), 0.05
        if (
            unit in ("yuan", "usd")
            and base is not None
            and base[1] == unit
            and re.match(r"\s+of\s+(?:that|this|it|the\s+(?:total|sum|amount|money))\b", s[end:])
            and self._place_in(s[max(s.rfind(".", 0, n.start), s.rfind(";", 0, n.start), 0) : n.start])
        ):
            return base[0], 0.05  # "Companies in Haidian took 6.2 billion yuan of that": a place's part of it
        part = self._part_of(s, n, end, unit, base)
        if part == _NO_FIGURE:
            return None
        if part:
            known = (
                self._known_measure(part, unit)
                or self._head_again(part, unit, s[max(0, n.start - 40) : n.start])
                or self._share_again(part, unit)
            )
            if known:  # "of which 12 are national key laboratories"; "received 27,460 of the grants"
                return known, 0.1
            return self._new_measure(part), 0.05
        if (
            unit == "percent"
            and re.search(r"\b(?:R&D|research|innovation)\b", s[max(0, n.start - 120) : end + 120])
            and measure_phrase(s[max(0, n.start - 400) : n.start], s[end : end + 400], unit) == RD_INTENSITY
        ):  # "spent 14.2 percent of their revenue on research and development": not a share of revenue alone
            return self._new_measure(RD_INTENSITY), 0.1
        of_amount = self._share_of_amount(s, end, unit)
        if of_amount:
            return of_amount, 0.1
        next_share = self._next_share(s, n, unit, previous)
        if next_share:
            return next_share, 0.05
        other_part = (
            re.fullmatch(
                r"(share of .+?) (?:from|going to|to|by|in|working (?:on|in)) .+", self._measure_label(previous[0])
            )
            if previous and previous[1] == unit and unit in ("percent", "fraction")
            else None
        )
        part_said = re.match(
            r"\s+(from|to|by|in)\s+((?:(?!(?:and|but|while|in\s+(?:19|20)\d\d)\b)[\w&’'-]+\s*){1,6}?)(?=[,.;)]|\s+(?:and|but|while|"
            r"in\s+(?:19|20)\d\d)\b|$)",
            s[end:],
        )
        if other_part and part_said and re.search(r"(?:,|\band)\s+(?:about |around |nearly |some )?$", s[: n.start]):
            # "70 percent of it came from the city and 30 percent from districts": the share from districts
            return self._new_measure(f"{other_part.group(1)} {part_said.group(1)} {part_said.group(2).strip()}"), 0.05
        if (
            previous
            and previous[1] == unit
            and _NEXT_LEVEL.search(s[max(0, n.start - 120) : n.start])
            and re.match(r"(?:\s+(?:in|by)\s+(?:19|20)\d\d|\s+(?:last|this)\s+year)?\s*(?:[,.;)]|and\b|$)", s[end:])
        ):
            return previous[0], 0.1  # "revenue was 38 million yuan in 2023, jumped to 126 million in 2024 and reached"
        said = (
            multiple_phrase(s[max(0, n.start - 400) : n.start], s[end : end + 400])
            if _MULTIPLIED.fullmatch(n.text)  # "R&D spending almost doubled"
            else measure_phrase(s[max(0, n.start - 400) : n.start], s[end : end + 400], unit)
        )
        if _SHARE_OF_A_TOTAL.fullmatch(said or "") and base is not None and self._is_share(base[0]):
            # "... 47.5 percent of R&D spending, and basic research took 16.9 percent of the total": of what, unsaid
            return None
        phrase = self._reword(said, s, n, previous, unit)
        of_before = re.fullmatch(
            r"share of (?:them|those|these|it|that|this|the total|the whole|the sum)( .+)?", phrase or "", re.I
        )
        if of_before and re.match(r"share of (?:it|that|this)\b", phrase or "", re.I) and base and base[1] == "count":
            return None  # "employs about 120 people. We own 15 percent of it": of the firm, no count's share
        if (
            of_before
            and unit in ("percent", "fraction")
            and base is not None
            and base[1] in ("count", "yuan", "usd")
            and not self._is_share(base[0])
        ):
            # "Beijing had 31,200 national high-tech enterprises ... Haidian accounted for 41.3 percent of them"
            label = "share of " + self._plain_label(base[0]) + (of_before.group(1) or "")
            known = self._known_measure(label, unit)
            if known:
                return known, 0.1
            return self._new_measure(label), 0.05
        share_again = self._share_again(phrase or "", unit)
        if share_again:
            return share_again, 0.05
        if phrase and re.fullmatch(r"(?:per ?cent|percent|percentage points?|points?|yuan|dollars|times)", phrase):
            phrase = None  # a unit is no measure ("at 31.2 billion yuan and 3.9 percent of GDP")
        if phrase and _SAME_FIGURE.fullmatch(phrase):  # "The figure was 118 a year earlier": the one said before
            return (base[0], 0.05) if base and base[1] == unit else None
        if phrase and re.fullmatch(r"(?:[\w-]+\s+)?average", phrase):
            # "75,200 yuan per resident, against a city average of 23,200 yuan": the city's figure of a measure per
            # head or a rate; any other average (national, of districts, of a count) is no one's figure here
            a_rate = previous is not None and (
                previous[1] == "percent" or " per " in f" {self._measure_label(previous[0]).lower()} "
            )
            city = re.fullmatch(r"(?:city|citywide|city-wide|municipal)\s+average", phrase) and self.main_city
            return (previous[0], 0.05) if previous and previous[1] == unit and a_rate and city else None
        if (
            phrase
            and _NAMES_ONLY.fullmatch(phrase)
            and (" and " in phrase or self._names_one(phrase) or self._place_in(phrase))
        ):  # names are no measure ("Chaoyang District and Changping District grew by ...", "Haidian grew")
            phrase = None
        if phrase and growth:  # "raised 9.8 billion yuan in 118 deals. Funding slipped 2.4 percent": that amount's
            # ... or a count of events named again by its noun ("Registrations in Changping jumped 18.6 percent")
            grown_again = self._grown_again(phrase) or self._head_again(
                phrase, "count", s[max(0, n.start - 40) : n.start], whole_article=True
            )
            if grown_again:
                return grown_again, 0.05
        again = (
            (None if growth else self._said_again(s, phrase, unit, base))
            or self._amount_again(s[: n.start], phrase, unit, growth)
            if phrase
            else None
        )
        if again:  # "It spent 236 billion yuan on research ... Chaoyang's outlay totalled 61.9 billion yuan"
            return again, 0.05
        if (
            phrase
            and previous
            and previous[1] == unit
            and _COMPARED.search(s[max(0, n.start - 40) : n.start])
            and _stems(phrase) <= _stems(self._measure_label(previous[0]))
        ):
            return previous[0], 0.1  # "320 firms, up from 190 companies": the measure compared
        if phrase and phrase.endswith(" assessed") and unit == "count":
            return self._new_measure(phrase), 0.2  # "The index scores 72 cities": the cities it covers
        rate_of = re.fullmatch(
            r"([A-Za-z][a-z-]*s)( per (?:10,000|capita|100,000|million) .*| per capita)", phrase or ""
        )
        fuller = self._fuller_count(rate_of.group(1)) if rate_of else None
        if rate_of and fuller:  # "0.29 venues per 10,000 residents", after "642 registered science venues"
            phrase = fuller + rate_of.group(2)
        if phrase:
            earlier = self._named_before(phrase, unit, s[max(0, n.start - 30) : n.start])
            if earlier:
                return earlier, 0.1
            grown = self._known_measure(phrase, unit, any_unit=True) if growth or unit == "times" else None
            if grown and any(m[0] == grown + "-growth" and m[3] != "percent" for m in self.measures):
                grown = None  # its "-growth" measure is another kind of change (a multiple): not this rate's
            known = (
                grown
                or (self._known_measure(phrase + per_head, unit) if per_opened else None)
                or self._known_measure(phrase, unit)
            )
            known = known or self._known_in_clause(s, n.start, end, unit, phrase, previous[0] if previous else None)
            if known and per_opened and " per " not in f" {self._measure_label(known).lower()} ":
                known = None  # a figure per head is no total
            if known:
                return known, 0.2
            elided = self._elided(phrase, unit) or self._head_again(
                phrase, unit, s[max(0, n.start - 40) : n.start], whole_article=True
            )
            if elided:  # "contracts signed in the city were worth ...", after "the value of technology contracts"
                return elided, 0.1
            if (per or per_opened) and not re.search(r"\bper\b", phrase):
                phrase += per_head  # "averaged 80,000 yuan per person": the measure the sentence names, per head
            held = _unheld(phrase)
            same = next((ident for ident, label in self.out.labels.items() if _unheld(label) == held), None)
            if same is not None:  # "had 190 AI companies", then "hosts 320 AI companies": one series
                return "new:" + same, 0.05
            part = self._places_part(s, n, phrase, unit)
            if part is not None:
                return part, 0.05
            return self._new_measure(phrase), 0.05
        known = self._known_in_clause(s, n.start, end, unit, "")
        if known:
            return known, 0.1
        if _COMPARED.search(s[max(0, n.start - 40) : n.start]) and not (previous and previous[1] == unit):
            # "raised RMB 41.8 billion in 236 deals, against RMB 35.2 billion a year earlier": the amount's
            same_unit = [c.data["measure"] for c in self.out.indicators if c.quote == s and c.data["unit"] == unit]
            if same_unit:
                return same_unit[-1], 0.0
        if previous and (
            previous[1] == unit
            or unit == "times"
            or re.search(
                r"\(\s*(?:about|around|roughly|nearly|approximately|approx\.|some|or|equal to|worth)?\s*$",
                s[max(0, n.start - 400) : n.start],
            )
        ):
            # "over 320 centers, up from about 300", "30 billion yuan ($4.6 billion)",
            # "1.9 times that of 2012": the same measure (in the state said after it: "and 12 under construction"),
            # or what else was done with the things counted ("shipped 12,000 units and sold 8,000": units sold)
            return self._done_instead(previous[0], s[max(0, n.start - 40) : n.start]) or self._in_state(
                previous[0], s[end:]
            ), 0.0
        if unit == "count" and (self._held_again(s, n, end) or self._restated_then(s, n, end)) and self.last_measure:
            return self.last_measure[0], 0.0  # "Today it has 240", "Two years ago only six did": the count before
        likewise = self._likewise(s, n, end, unit)
        if likewise:
            return likewise, 0.0  # "Daxing District posted 6.1 billion yuan": the measure before
        if (
            self.last_measure
            and self.last_measure[1] == unit
            and re.search(
                r"\b" + IN_PLACE + r"(?:it|they)\s+(?:was|were|stood|reached|totall?ed|came|"
                r"amounted|grew|rose|fell|numbered|hit)\b[^,;]*$",
                s[max(0, n.start - 120) : n.start],
                re.I,
            )
        ):  # "R&D spending reached 9 billion yuan in North District. In South District it was 4.1 billion": the same
            return self.last_measure[0], 0.0
        if (
            self.last_measure
            and self.last_measure[1] == unit
            and re.match(
                r"\s*(?:That|This|It)\s+(?:compares|compared)\s+with\s+(?:about |around |some )?$", s[: n.start]
            )
        ):
            return self.last_measure[0], 0.0  # "That compares with 3.4 billion yuan in 2023": the amount before
        if self.last_measure and self.last_measure[1] == unit and re.match(r"\s*Of (?:those|them|these)\b", s):
            return self.last_measure[0], 0.0  # "Of those, 52 are in ...": the measure of the sentence before
        if (
            self.asked
            and unit == "count"
            and self.speaker in ("A", "Answer")
            and re.match(r"\s*(?:[,.;]|at\b|in\b|now\b|today\b|by\b|last year\b|this year\b|$)", s[end:])
        ):  # "Q: How many companies does the park have? A: We had 426 at the end of November."
            known = self._known_measure(self.asked, unit)
            if known:
                return known, 0.1
            return self._new_measure(self.asked), 0.05
        if self._next_in_line(s, n):  # "Chaoyang came next with 38", "Changping, at 28.7 billion yuan"
            paragraph = self.out.indicators[self.paragraph_from :]
            line = next((c.data["measure"] for c in reversed(paragraph) if c.data["unit"] == unit), None)
            if line is None and self.last_measure and self.last_measure[1] == unit:
                line = self.last_measure[0]  # ... or of the figure before, in the paragraph before
            if line is not None:
                return line, 0.0
        return None

    def _place_in(self, text: str) -> bool:
        """Whether the text names a place (a known one, or one of the city's districts by name)."""

        if any(x.is_a(_places()) for x in self.gaz.find(text)):
            return True
        names = re.findall(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*", text)
        return any(district(name) or set(self._types(slug(name))) & _places() for name in names)

    def _last_in_paragraph(self, unit: str) -> tuple[str, str] | None:
        """The measure of the last figure in this unit said in the paragraph, or the one before when this
        one has none (not a growth rate): "Beijing had 31,270 such firms. That is 14.3 per 10,000 residents.
        // Haidian was home to 13,050 of them": the firms."""
        return next(
            (
                (str(c.data["measure"]), unit)
                for c in reversed(self.out.indicators[self.previous_paragraph_from :])
                if c.data["unit"] == unit and not str(c.data["measure"]).endswith("-growth")
            ),
            None,
        )

    def _held_part(self, s: str, n: _Number, end: int, unit: str, base: tuple[str, str] | None) -> str | None:
        """The measure of a count of the whole counted before that a place or body holds ("Beijing had
        8,160 such firms. Haidian was home to 2,870 of the firms"): the whole's, of another subject."""
        if unit != "count":
            return None
        if base is None or base[1] != unit:
            base = self._last_in_paragraph(unit)  # "..., or 38.5 percent of all such firms. E-Town had 486 of them"
        if base is None:
            return None
        after = _PARTITIVE_AFTER.match(s, end)
        lead = _PARTITIVE_BEFORE.search(s[max(0, n.start - 60) : n.start])
        rest = s[after.end() if after else end :]
        located = _LOCATED.match(rest)
        if (
            (after or lead)
            and located
            and ("from" not in located.group() or self._place_in(rest[located.end() : located.end() + 40]))
        ):  # ("200 come from Peking University": no part of the whole by where it is)
            return base[0]  # "Of those, 51 are registered in Haidian District": the whole's, of the place
        if not after or _PART_KIND.match(s, after.end()) or _PART_DONE.match(s, after.end()):
            return None
        if not re.search(
            r"\b(?:(?:is|was|are|were)\s+(?:now\s+)?home\s+to|had|has|have|hosted|hosts|housed|houses|held|holds|"
            r"claimed|claims|counted|counts|accounted\s+for|accounts\s+for)\s+"
            r"(?:about |around |nearly |over |more than |some |roughly |almost |just )?$",
            s[max(0, n.start - 60) : n.start],
        ):
            return None
        whole = after.group("whole")
        label = self._plain_label(base[0])
        bodies = _stems("firms companies enterprises businesses")
        if whole and not (_stems(whole) & _stems(label) or (_stems(whole) <= bodies and _stems(label) & bodies)):
            return None  # "of the firms" after a count of patents: not that whole
        return base[0]

    def _part_of(self, s: str, n: _Number, end: int, unit: str, base: tuple[str, str] | None) -> str | None:
        """The measure of a count that is part of another ("about 40 of them postdocs", "126
        enterprises, of which 19 have been recognized as ...") when the sentence says what that
        part is: not the whole's measure, which would put the part into the series of the whole.
        :data:`_NO_FIGURE` for a part the sentence qualifies in a way not read ("19 are valued at ...");
        None when the figure is no such part, or its part is named nowhere (the usual rules name it)."""
        if unit != "count" or MADE_THEN.search(s[: n.start]):
            return None  # (not "firms that make spectrometers, ..., sold 2,140 of them": of what they make)
        sold = re.search(
            r"\b(sold|shipped|delivered|exported|installed)\s+(?:about\s+|some\s+|nearly\s+|over\s+)?$", s[: n.start]
        )
        made = (
            re.search(
                r"\b(?:makes|make|builds|build|produces|produce|manufactures|manufacture)\s+"
                r"(?P<goods>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b",
                self.read[-1],
            )
            if sold and self.read and re.match(r"\s+of\s+them\b", s[end:])
            else None
        )
        if sold and made:  # "X makes robots that freeze samples ... Her company sold 12 of them": robots sold
            return f"{made.group('goods')} {sold.group(1)}"
        after = _PARTITIVE_AFTER.match(s, end)
        lead = _PARTITIVE_BEFORE.search(s[max(0, n.start - 60) : n.start])
        opened = _OF_THE_WHOLE.match(s)
        if not lead and opened and n.start > opened.end():
            lead = opened  # "Of the 212 companies, 29 have been ..., and 41 are engaged in ...": each a part
        if not after and not lead:
            return None
        rest = s[after.end() if after else end :]
        whole = after.group("whole") if after else lead.group("whole") if lead else None
        counted = re.search(
            r"(?<![\d,.]\s)(?<![\w’'-])((?:[A-Za-z][\w’'-]*\s+){0,3}?[a-z][\w-]*[a-rt-z]s),\s+(?:[a-z]+\s+){0,2}$",
            s[: n.start],
        )
        if (
            whole is None
            and after
            and counted
            and _COUNT_ASIDE.match(rest)
            and not re.search(r"\d[\d,.]*\s+(?:[\w’'-]+\s+){0,3}$", s[: counted.start(1)])
        ):
            # "The district's incubators, nearly 200 of them at last count": how many there are
            words = counted.group(1).split()
            cut = max(
                (i for i, w in enumerate(words) if w.lower() in _ARTICLES or w.endswith(("'s", "’s"))), default=-1
            )
            words = words[cut + 1 :]
            if words and not any(w.endswith("ed") or w[0].isupper() for w in words[1:]):
                return " ".join(words)
            return None
        if (
            not _PART_KIND.match(rest)
            and not _PART_DONE.match(rest)
            and not _PART_ACTED.search(s[max(0, n.start - 60) : n.start])
        ):
            predicate = re.match(r",?\s*(?:are|were|is|was|have|has|had|will|would|remain|remained|became)\b", rest)
            if predicate and not re.match(
                r",?\s*(?:(?:are|were|is|was)\s+)?(?:now\s+|still\s+)?(?:in|based in|located in|"
                r"registered in|headquartered in|from)\b",
                rest,
            ):
                return _NO_FIGURE  # a part the sentence qualifies in a way not read ("19 are valued at ..."): no figure
        if whole is None and base is not None and base[1] == unit:
            whole = _unheld(self._plain_label(base[0]))  # "firms hosted": firms
            if whole and " " in whole and re.search(r"\s(?:[a-z]+ed|led|won|built|made|sold)$", whole):
                whole = whole.rsplit(" ", 1)[0]  # "projects approved": projects
        named_as = re.match(
            r",?\s+(?:have\s+been|has\s+been|had\s+been|are|were|is|was)\s+(?:now\s+)?(?:officially\s+)?"
            r"(?:recogni[sz]ed|certified|designated|named|rated|accredited|listed|classed|classified|qualified)\s+as\s+"
            r"(?:an?\s+|the\s+)?(?P<np>(?:[\w&\"“”'-]+\s+){0,5}?[a-z][\w-]*[a-rt-z]s)(?=\s*[,.;:)]|\s+(?:and|by|in|last|this)\b|$)",
            rest,
        )
        if named_as:  # "Of the 212 companies, 29 have been recognized as national high-tech enterprises": those
            return re.sub(r"[\"“”]", "", named_as.group("np"))  # ("... as "little giant" firms")
        does = _PART_DOES.match(rest) if whole else None
        if does and whole:  # "Eleven of them build complete satellites": companies building complete satellites
            # ("firms building chips" said before "40 of them build robots": of the firms)
            doing = re.fullmatch(r"(.+?[a-rt-z]s)\s+(?:" + DOING_GERUNDS + r")\b.*", whole)
            whole = doing.group(1) if doing else whole
            verb = " ".join([gerund(does.group("verb").split()[0]), *does.group("verb").split()[1:]])
            return " ".join([whole, verb, *does.group("rest").split()])
        kind = _PART_KIND.match(rest)
        if kind:  # "... of them postdocs", "Of these, 412 are foreign-invested R&D centers"
            return kind.group("np")
        done = _PART_DONE.match(rest)
        acted = _PART_ACTED.search(s[max(0, n.start - 60) : n.start])
        if not done and acted and whole:  # "Lanshan Capital led four of those rounds": rounds led
            return f"{whole} {acted.group(1)}"
        field = re.match(
            r",?\s+(?:are|were|is|was)\s+(?P<verb>engaged|involved|active|speciali[sz]ed|specializing|working)\s+in\s+"
            r"(?P<field>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s*[,.;:)]|\s+(?:and|while|but)\b|$)",
            rest,
        )
        if field and whole:  # "41 are engaged in industrial design": companies engaged in industrial design
            return f"{whole} {field.group('verb')} in {field.group('field')}"
        engaged = re.search(
            r"\b(engaged|involved|active|speciali[sz]ed|specializing|working)\s+in\b[^.;]*$", s[: n.start]
        )
        elided = re.match(
            r"\s+in\s+(?P<field>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s*[,.;:)]|\s+(?:and|while|but)\b|$)", rest
        )
        if engaged and elided and whole:  # "80 are engaged in software and 40 in robotics": in robotics
            return f"{whole} {engaged.group(1)} in {elided.group('field')}"
        staffed = re.match(
            r",?\s+(?:(?:are|were|work|worked|working)\s+)?in\s+(?P<field>research and development|R&D|sales|marketing|"
            r"production|manufacturing|engineering|operations|design|software)(?=\s*[,.;:)]|\s+(?:and|while|but)\b|$)",
            rest,
        )
        if staffed and whole and _stems(whole) & _stems(STAFF_WORDS.replace("|", " ") + " employees people"):
            return f"{whole} in {staffed.group('field')}"  # "1,100 people, 430 of them in research and development"
        if done and whole:  # "Nine of them have entered clinical trials": projects entered clinical trials
            words = (done.group("rest") or "").split()
            if re.match(r"\s+[a-z]", rest[done.end() :]) and not re.match(_PART_STOP, rest[done.end() :]):
                words = []  # what follows goes on: too long to take whole
            if (
                words
                and words[0] == "by"
                and re.match(r"\s+by\s+(?:the\s+)?(?:[a-z]+\s+of\s+(?:the\s+)?)?[A-Z]", rest[done.end("verb") :])
            ):
                words = []  # "388 are hosted by institutes of the CAS": the agent is the subject, not the measure
            while words and words[-1] in ("by", "as", "under", "with", "for", "of", "into", "and", "or"):
                words.pop()
            return " ".join([whole, done.group("verb"), *words])
        return None

    @staticmethod
    def _target_clause(s: str, n: _Number) -> bool:
        """Whether the figure's clause, one of several, is a target ("..., and the number is to
        reach 40,000", "which will top 5,000"): not how things are now, whatever the other says."""
        clauses = _clauses(s)
        here = next(((a, b) for a, b, _ in clauses if a <= n.start < b), None)
        return len(clauses) > 1 and here is not None and _TARGET_BEFORE.search(s[here[0] : n.start]) is not None

    def _now(self) -> _When:
        """The time of a figure stated in the present: as of the publication's month."""
        return _When(as_of=f"{self.pub[0]}-{self.pub[1]:02d}", note=_PRESENT_NOTE) if self.pub else _When()

    def _holders_org(self, s: str, at: int) -> str | None:
        """The organization of the post named last, for a figure of "her office" or "his team"
        ("Fan works for the Technology Transfer Office of X. Her office closed 86 deals")."""
        unit = re.search(
            r"(?:^|[,;]\s+|\s(?:and|but)\s+)(?:Her|His|her|his)\s+(?:own\s+)?(?:[a-z-]+\s+)?"
            r"(?:office|department|group|team|lab|laboratory|unit|division|bureau|centre|center|institute|company|"
            r"firm|start-up|startup|hospital|school|faculty|clinic|ward)\b[^,;]*$",
            s[:at],
        )
        # (the post said in this sentence or the one before, of the person the pronoun points back to)
        if unit is None or self.last_post is None or self.sentence_index - self.last_post[0] > 1:
            return None
        return self.last_post[1]

    def _present_clause(self, s: str, n: _Number) -> _When | None:
        """As of the publication date, a figure whose own clause, one of several, gives no time and
        says how things are now ("the labs, which employ some 9,000 researchers, and the lab, which
        has added 1,200 staff since 2021": the 9,000 now, not since 2021; "it now ships 4,000 a
        month, and its order book covers the first nine months of 2024": the 4,000 now)."""
        clauses = _clauses(s)
        here = next(((a, b) for a, b, _ in clauses if a <= n.start < b), None)
        if self.pub and re.search(
            r"\bnow\s+(?:has|employs|hosts|holds|counts|houses|operates|runs|serves|numbers|owns)\s+"
            r"(?:about |some |around |nearly |roughly |more than |over |almost )?$",
            s[max(0, n.start - 40) : n.start],
        ):  # "The lab, which has added 1,200 staff since 2021, now employs 9,000": the 9,000 now
            return self._now()
        aside = re.search(  # "Qux Robotics, which employs about 1,600 people, opened a plant in 2025": now
            r",\s+(?:which|who)\s+(?:now\s+|currently\s+|still\s+)?(?:" + _HOLDS_NOW + r")\s+"
            r"(?:about |some |around |nearly |roughly |more than |over |almost )?$",
            s[max(0, n.start - 80) : n.start],
        )
        rest = re.match(r"[^,;.]*(?:[,;]|\.?$)", s[n.end :])
        if self.pub and aside and rest and not _when(aside.group() + rest.group(), self.pub, None).fields():
            return self._now()
        held = re.search(  # ("We hold 84 patents and filed 37 applications last year": first persons too)
            r"\b(?:employs?|has|have|hosts?|houses?|runs?|operates?|counts?|holds?|owns?|serves?|sells? to)\s+"
            r"(?:about |some |around |nearly |roughly |more than |over |almost )?$",
            s[max(0, n.start - 40) : n.start],
        )
        held = held or re.search(r"\b(?:is|are) (?:one|among) (?:of )?$", s[max(0, n.start - 40) : n.start])
        then = re.search(r"\s+and\s+(?:(?:has|had|also|says|said)\s+)?(?:(?:it|they|that)\s+)?[a-z]+ed\b", s[n.end :])
        if self.pub and held and then and not _when(s[: n.end + then.start()], self.pub, None).fields():
            # "X employs 160 people and closed a round last November": the 160 now, the round then
            return self._now()
        next_clause = re.match(
            r"[^,;]*?(?:,\s+and\b|;|\s+and\s+that\b|\s+but\b|"
            r"\s+and\s+(?:plans|aims|expects|wants|hopes|intends|is\s+set|is\s+due)\s+to\b)",
            s[n.end :],
        )
        if (
            self.pub
            and held
            and next_clause
            and not _when(s[: n.end + next_clause.end()], self.pub, None).fields()
            and _when(s[n.end + next_clause.end() :], self.pub, None).fields()
        ):  # "it has 640 employees and that overseas buyers took half of its robots in the first half of this
            return self._now()  # year": the 640 now, the half then
        aside_after = re.match(r"[^,;(]*,\s+(?:which|who|where|up from|down from|against|compared with)\b", s[n.end :])
        if self.pub and held and aside_after and not _when(s[: n.end + aside_after.start()], self.pub, None).fields():
            # "It is one of 37 facilities in the science city, which had 21,000 researchers at the end of
            # 2023": the 37 now
            return self._now()
        if self.pub and held:
            # "sales reached 48 million yuan last year and that it employs 65 people": the time is
            # the first part's, the 65 are now
            at = max(0, n.start - 40) + held.start()
            cut = next(reversed(list(re.finditer(r"[,;]\s*|\s+(?:and|but|while)\s+(?:that\s+|now\s+)?", s[:at]))), None)
            own = re.match(r"[^,;]*", s[n.end :])
            figure_before = cut is not None and any(
                not _is_year(m, s[: cut.start()]) for m in _numbers(s[: cut.start()])
            )  # (not "As of the end of 2024, Haidian hosts 1,200 firms": that time is the whole sentence's)
            if (
                cut is not None
                and figure_before
                and own is not None
                and not _when(s[cut.end() : n.end + own.end()], self.pub, None).fields()
                and _when(s[: cut.start()], self.pub, None).fields()
                and not _TARGET_BEFORE.search(s[cut.end() : n.start])
            ):
                return self._now()
        if self.pub is None or len(clauses) < 2 or here is None:
            return None
        if re.match(r"\s*(?:That|This)\s+(?:is|was|equals|comes to|amounts to)\b", s):
            return None  # "This is about 0.29 per 10,000, against 0.24 in 2021": the figure before, restated
        if not re.search(
            r"\b(?:" + _HOLDS_NOW + r"|counts?|is|are)\s+(?:[a-z]+\s+){0,2}?"
            r"(?:about |some |around |nearly |roughly |more than |over |almost )?$",
            s[here[0] : n.start],
        ) and not re.search(r"\b(?:now|currently|at present|today|so far|to date)\b", s[here[0] : n.start], re.I):
            return None  # neither a verb of holding right before it nor "now" in its clause
        if _TARGET_BEFORE.search(s[here[0] : n.start]):
            return None  # "is to reach", "are expected to top": a target, not how things are now
        return self._now()

    def _next_share(self, s: str, n: _Number, unit: str, previous: tuple[str, str] | None) -> str | None:
        """The share another part takes of the same whole, after a first ("contracts in IT accounted
        for 42.6 percent of turnover, followed by biomedicine at 8.8 percent"): the share of that
        whole from this part."""
        if not previous or previous[1] != unit or unit not in ("percent", "fraction"):
            return None
        whole = re.fullmatch(r"share of (?!share of)(.+?) from .+", self._measure_label(previous[0]))
        part = re.search(
            r"(?:\bfollowed by|\bthen|\band|,)\s+"
            r"(?P<np>(?!(?:followed|then|and|with|at|in|of|for|by|from|to|its|their|annual|compared|against|versus|"
            r"up|down)\b)"
            r"[a-z][\w’'&-]*(?:\s+[\w’'&-]+){0,7}?)\s+(?:at|with)\s+"
            r"(?:about |around |roughly |nearly |some |just |only )?$",
            s[max(0, n.start - 120) : n.start],
        )
        if not whole or not part or re.search(r"\b(?:growth|increase|rise|fall|decline|change)\b", part.group("np")):
            return None
        label = f"share of {whole.group(1)} from {part.group('np')}"
        return self._new_measure(label)

    def _names_one(self, phrase: str) -> bool:
        """Whether the phrase is the name of one entity the ingester knows."""
        return any(m.start == 0 and m.end == len(phrase) for m in self.gaz.find(phrase))

    def _names_body(self, phrase: str) -> bool:
        """Whether the phrase is the name of one place or organization the ingester knows (not
        of a field: "AI companies" are a kind, "Beijing companies" are Beijing's)."""

        bodies = _places() | _organizations()
        # (or a district the graph lacks: "Haidian firms" are Haidian's)
        return bool(district(phrase)) or any(
            m.start == 0 and m.end == len(phrase) and m.is_a(bodies) for m in self.gaz.find(phrase)
        )

    def _share_of_amount(self, s: str, end: int, unit: str) -> str | None:
        """A percentage "of the 285.8 billion yuan spent across Beijing": a share of the
        measure of that amount (a known measure if one says so, else a new one)."""
        if unit not in ("percent", "fraction"):
            return None
        of = re.match(r"\s+of\s+(?:the|its|their|a|an)\s+(?:about |around |nearly |some |over )?(?=[$¥\d])", s[end:])
        if of is None:
            return None
        amount = next((m for m in _numbers(s) if m.start >= end + of.end() - 1), None)
        if amount is None or amount.start > end + of.end() + 4:
            return None
        amount_unit, amount_end = _unit_after(s, amount)
        if amount_unit not in ("yuan", "usd") or not re.match(
            r"\s+(?:spent|invested|raised|earned|allocated|generated|committed|disbursed)\b", s[amount_end:]
        ):
            return None  # "23 percent of its 700 billion yuan in revenue on R&D": another kind of share
        found = self._measure(s, amount, amount_end, amount_unit)
        if found is None or self._is_share(found[0]):
            return None
        label = "share of " + self._plain_label(found[0])
        known = self._known_measure(label, unit)
        if known and _stems(self._measure_label(known)) <= _stems(label):
            return known  # a known share of that measure (not one that leaves out what it is of)
        return self._new_measure(label)

    def _next_in_line(self, s: str, n: _Number) -> bool:
        """Whether the figure is another subject's of the measure before, its measure left unsaid
        (:data:`_NEXT_IN_LINE`), that subject being a place or body the ingester knows."""
        before = s[max(0, n.start - 200) : n.start]
        found = _NEXT_IN_LINE.search(before)
        bare = re.match(r"\s*(?:[,.;)]|and\b|while\b|but\b|now\b|today\b|$)", s[n.end :])
        if not found and bare:
            found = _HAD_IN_LINE.search(before)  # "while Changping had 12.8.": no noun after the figure
            if (
                found
                and found.group("verb") not in _HAVING
                and found.group("verb") != "took"
                and not re.search(rf"\b{found.group('verb')}\b", before[: found.start()])
            ):
                found = None  # "Haidian filed 5,000 patents, and Tsinghua hired 300": another measure
        said_here = [c for c in self.out.indicators if c.quote == s]
        if not found and bare and _IT_HAS_NOW.search(before) and said_here and said_here[-1].data["unit"] == "count":
            return True  # "Two years ago the company had forty engineers; it now has more than 160": its figure now
        if not found:
            return False

        tail = before[max(0, found.start() - 80) : found.end()]
        named = [x for x in self.gaz.find(tail) if x.is_a(_places()) or x.is_a(_SUBJECT_ORGS)]
        names = [  # "Chaoyang", "Chaoyang District", "Haidian's"
            re.sub(r"(?:’s|'s)$", "", name) for name in re.findall(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*", tail)
        ]
        drafted = names and self._types(slug(names[-1]))  # a place or body this draft proposes
        return (
            bool(named)
            or bool(names and district(names[-1]))
            or any(t in _places() or t in _SUBJECT_ORGS for t in drafted or ())
        )

    def _fuller_count(self, word: str) -> str | None:
        """The fuller name an earlier count of the article gave things a bare plural names again:
        "venues" after "642 registered science-popularization venues"; None when no count before
        ends with that word, or the word is no bare plural."""
        if not re.fullmatch(r"[A-Za-z][a-z-]*s", word) or word.lower() in _BROAD_PLURALS:
            return None  # (companies alone are all companies: "320 AI companies ... 4,100 companies")
        for candidate in reversed(self.out.indicators):
            if candidate.data.get("unit") != "count":
                continue
            label = _stateless(self._measure_label(str(candidate.data.get("measure", ""))))
            words = label.split()
            heads = [w for k, w in enumerate(words) if k == len(words) - 1 or words[k + 1] == "of"]
            if (
                not any(_stems(w) == _stems(word) for w in heads)  # (not "drone pilots" for "drones")
                or {"per", "share", "growth"} & {w.lower() for w in words}
                or len(words) == 1  # the bare word itself, said before
            ):
                continue  # (a rate, a share or a growth of them says no other kind)
            if (
                2 <= len(words) <= 5
                and _stems(words[-1]) == _stems(word)
                and not {"of", "per", "share", "growth", "and", "in", "by"} & {w.lower() for w in words}
            ):
                return label
            return None  # the nearest count of such things is of others ("12,000 units of public rental housing")
        return None

    def _named_before(self, phrase: str, unit: str, before: str = "") -> str | None:
        """The measure an earlier figure of the article was filed under, when the phrase
        points back to it ("34 such institutes", "these companies", "of the 212 deals"): the
        latest whose label holds the phrase's words (a bare word: ends with it)."""
        phrase = _stateless(phrase)  # "such institutes in operation"
        back = re.fullmatch(r"(?:such|these|those)\s+(.+)", phrase)
        bare = re.fullmatch(r"[a-z][\w-]*", phrase) and re.search(  # "Of the 212 deals": the deals named before
            r"\b(?:the|its|their|these|those)\s+(?:about |some |nearly |roughly )?$", before, re.I
        )
        if not back and not bare:
            total = re.search(r"\b(?:total|in all|altogether|overall|all)\b", before, re.I)
            held = (
                not total
                and re.search(  # "Huairou's 33 venues", "had 33 venues": a stock of the things named before
                    r"(?:['’]s|\b(?:had|has|have|hosts?|hosted|counts?|counted|numbered|(?:is|was|are|were) home to|"
                    r"there (?:are|were)|with|wants?|targets?|a total of))\s+"
                    r"(?:about |some |around |nearly |roughly |more than |over |almost |only )?$",
                    before,
                )
            )
            fuller = self._fuller_count(phrase) if unit == "count" and held else None
            return self._new_measure(fuller) if fuller else None  # (not "The city cleaned 40 parks")
        words = _stems(back.group(1) if back else phrase)
        for candidate in reversed(self.out.indicators):
            measure = str(candidate.data.get("measure", ""))
            label = _stateless(self._measure_label(measure))
            if candidate.data.get("unit") != unit or not words or label == phrase:
                continue
            if (back and words <= _stems(label)) or (bare and label.split() and _stems(label.split()[-1]) == words):
                return measure
        if not back:
            return None
        # "The capital had 34 such institutes" after "Beijing's new-type research and development
        # institutes": the known measure the earlier words name, the fewest words that name one
        head = re.escape(back.group(1))
        for sentence in reversed(self.read[-3:]):
            found = [m.group(1).split() for m in re.finditer(rf"((?:[\w&'-]+\s+){{0,6}}{head})\b", sentence, re.I)]
            for words_before in reversed(found):
                for k in range(len(words_before) - 1, -1, -1):
                    known = self._known_measure(" ".join(words_before[k:]), unit)
                    if known:
                        return known
        return None

    def _topic_measure(self, s: str) -> tuple[str, str] | None:
        """The known measure a sentence without figures names in a run of a few words (every
        content word of its label or an alias, two at least), with its unit: the measure the
        figures after it speak of ("The count of national high-tech enterprises tells a similar
        story. ... Haidian was home to 11,862 of them")."""
        if self._name_stems is None:  # each known measure's names, read once
            self._name_stems = [
                (mid, m_unit, _stems(name), len(name.split()) + 2)
                for mid, label, aliases, m_unit in self.measures
                for name in [label, *aliases]
                if len(_stems(name)) >= 2
            ]
        everything = _stems(s)
        words = re.findall(r"[\w&’'-]+", s)
        best: tuple[int, str, str] | None = None
        for mid, m_unit, need, size in self._name_stems:
            if not need <= everything or (best and len(need) <= best[0]):
                continue  # (most sentences name no measure at all: no window is read)
            if any(need <= _stems(" ".join(words[i : i + size])) for i in range(max(1, len(words) - size + 1))):
                best = (len(need), mid, m_unit)
        return (best[1], best[2]) if best else None

    def _grown_again(self, phrase: str) -> str | None:
        """The measure of a figure earlier in the paragraph whose change a rate's one or two words
        name again ("Start-ups raised 9.8 billion yuan in 118 deals. Funding slipped 2.4 percent ...
        as the number of deals climbed 11 percent")."""
        content = _named_again(phrase)
        if content is None:
            return None
        for c in reversed(self.out.indicators[self.paragraph_from :]):
            measure = str(c.data["measure"])
            if c.data["unit"] in ("percent", "fraction", "times") or measure.endswith(("-growth", "-multiple")):
                continue
            names = self._names_of(measure)
            if any(content <= _stems(name) for name in names):
                return measure
        return None

    def _names_of(self, measure: str) -> list[str]:
        """A measure's label, and a known one's aliases."""
        ident = measure.removeprefix("new:")
        known = next(([label, *aliases] for mid, label, aliases, _ in self.measures if mid == ident), None)
        return known or [self._measure_label(measure)]

    def _said_again(self, s: str, phrase: str, unit: str, base: tuple[str, str] | None) -> str | None:
        """The measure of the figure just before in the paragraph (or of the sentence before, or
        the one a sentence just named), when the phrase names it again by one or two of its
        own words, for an amount of money: "It spent 236.2 billion yuan on R&D ... Chaoyang's outlay
        totalled 61.9 billion yuan" (outlay: spending)."""
        content = _named_again(phrase)
        share = unit == "percent" and content == {"share"}  # "Chaoyang's share climbed to 10.2 percent"
        if unit not in CURRENCIES and not share or content is None:
            return None  # a count's noun alone may drop what tells it apart ("companies" after "AI companies")
        if re.search(r"\b(?:new(?:ly)?|total|overall|all|combined|whole)\b", phrase, re.I):
            return None  # "Its total spending": the whole, not the part said before
        if not re.search(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:’s|'s)\s+" + re.escape(phrase) + r"\b", s):
            return None  # only another place's or body's figure said the same way: "Chaoyang's outlay"
        recent = next(
            (
                str(c.data["measure"])
                for c in reversed(self.out.indicators[self.paragraph_from :])
                if c.data["unit"] == unit and not (share and c.data.get("growth"))
            ),
            base[0] if base and base[1] == unit else None,
        )
        if recent is None or recent.endswith(("-growth", "-growth-rate", "-multiple")):
            return None
        names = self._names_of(recent)
        if any(_stems(name) == _stems(phrase) for name in names):
            return None  # named in full: read as such
        if any(content <= _stems(name) for name in names):
            return recent
        return None

    def _amount_again(self, before: str, phrase: str, unit: str, growth: bool = False) -> str | None:
        """The one amount of money the article has named with more words and the same head,
        when a figure names it by its head alone: "Financing in Changping District rose 44.6
        percent to 5.3 billion yuan" after "Patent pledge financing in Beijing reached 58.6
        billion yuan"; for a rate (``growth``), the amount it is the change of. Not when the
        article has named two such amounts ("AI revenue", "chip revenue"): the bare word could
        be either, or neither; and only of a place that ``before`` (the words before the figure)
        names, not a body's own ("its revenue", "Revenue at Qux Robotics")."""
        units = CURRENCIES if growth else {unit}
        if not units <= CURRENCIES or not re.fullmatch(r"[a-z][a-z-]+", phrase.lower()) or phrase in _GENERIC_AMOUNTS:
            return None
        if re.search(rf"\b(?:its|their|his|her|our|my)\s+{re.escape(phrase)}\b", before, re.I) or not self._place_in(
            before
        ):
            return None
        head = _stems(phrase)
        named = {
            str(c.data["measure"])
            for c in self.out.indicators
            if c.data["unit"] in units
            and not str(c.data["measure"]).endswith(("-growth", "-growth-rate", "-multiple"))
            and len(label := self._measure_label(str(c.data["measure"])).split()) > 1
            and _stems(label[-1]) == head
            and not re.match(r"(?:share|proportion|ratio)\b", label[0])
        }
        return named.pop() if len(named) == 1 else None

    def _elided(self, phrase: str, unit: str) -> str | None:
        """The measure an earlier figure of the article was filed under, when the phrase names
        it again without its modifiers: "the value of contracts signed in Haidian" after "the
        value of technology contracts" (the same head noun, no other words, and no event but
        the signing or registering that the value is of)."""
        words = re.findall(r"[a-z][\w-]*", phrase.lower())
        deals = {"signed", "registered", "concluded"}
        rest = [w for w in words if w not in deals and w not in ("value", "of", "the", "total", "combined")]
        if words and not rest and set(words) <= deals | {"those", "the", "ones"}:
            # "while those signed in Chaoyang rose 21.3 percent to 96.7 billion yuan": the deals' measure before
            return next(
                (
                    str(c.data["measure"])
                    for c in reversed(self.out.indicators[self.paragraph_from :])
                    if c.data.get("unit") == unit and not str(c.data["measure"]).endswith(("-growth", "-growth-rate"))
                ),
                None,
            )
        if len(rest) != 1 or _event_stems(" ".join(rest)) or not (set(words) & deals or words[:2] == ["value", "of"]):
            return None  # ("Changping's contracts were worth 18.2 billion yuan": the value of contracts, said before)
        head = _stem(rest[0])
        for candidate in reversed(self.out.indicators):
            measure = str(candidate.data.get("measure", ""))
            label = self._measure_label(measure)
            if (
                candidate.data.get("unit") == unit
                and len(label.split()) > 1
                and _stem(label.split()[-1]) == head
                and ("value" in label.lower()) == ("value" in words)
            ):
                return measure
        return None

    def _places_part(self, s: str, n: _Number, phrase: str, unit: str) -> str | None:
        """The city's count a place's count names by its head word alone: "Inside the city, Mentougou
        had 24,600 racks", after "Data centres in Beijing operated about 186,000 standard racks" (the
        latest count of the city's whose label ends in that word; a place's share of the city's
        whole, not another, broader count of the same subject: "4,100 companies" after "320 AI companies")."""
        words = phrase.lower().split()
        if unit != "count" or len(words) != 1 or self.main_city is None:
            return None
        owner = re.search(
            r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:alone\s+)?(?:had|has|hosted|hosts|counted|counts|"
            r"operated|operates|ran|runs)\s+(?:about |around |nearly |some |over |more than |roughly )?$",
            s[max(0, n.start - 80) : n.start],
        )
        if owner is None or not self._place_in(owner.group("place")):
            return None
        stem = _stems(words[0])
        for c in reversed(self.out.indicators):
            measure = str(c.data["measure"])
            if c.data.get("unit") != unit or c.data.get("subject") != self.main_city:
                continue
            if measure.endswith(("-growth", "-growth-rate", "-multiple")) or self._is_share(measure):
                continue
            label = _unheld(self._measure_label(measure).lower()).split()
            if len(label) >= 2 and _stems(label[-1]) == stem:
                # (a part is no larger than its whole: "Haidian had 4,100 companies" is not of "320 AI companies")
                return measure if _clean(n.value) <= c.data.get("value", 0) else None
        return None

    def _head_again(self, phrase: str, unit: str, before: str = "", *, whole_article: bool = False) -> str | None:
        """The measure an earlier count of the article was filed under, when a count names it
        again by its head word alone: "Chaoyang District came next with 8,120 grants" after
        "Beijing was granted 64,830 invention patents" (the latest count of events whose label of
        two words or more has that word, or its verb, as its head, in this paragraph or the one before, or
        anywhere before when the article gives it twice or more, or, with ``whole_article``, when
        it is the only count of that kind the article has given and its headline names the word:
        "new tech firm registrations climb" over "Haidian ..., with 30,150 registrations"; not a
        share, a rate or a change).
        Not a stock that ``before`` (the words before the figure) says is held: "now holds 21,000
        patents", "had 3,000 contracts under review"."""
        words = [w for w in phrase.lower().split() if w not in HOLDING_WORDS and w not in _RECEIVED_WORDS]
        if unit != "count" or len(words) != 1 or _HELD_BEFORE.search(before):
            return None
        stem = _stems(words[0])
        if len(stem) != 1 or stem & _GENERIC:
            return None
        said = Counter(str(c.data["measure"]) for c in self.out.indicators)
        further_back: set[str] = set()  # the counts it may name further back, said once
        for k, candidate in reversed(list(enumerate(self.out.indicators))):
            measure = str(candidate.data["measure"])
            far = k < self.previous_paragraph_from and said[measure] < 2
            if candidate.data["unit"] != unit or measure.endswith(("-growth", "-growth-rate", "-multiple")):
                continue
            label = _unheld(self._measure_label(measure).lower())
            named = [w for w in label.split() if w not in _RECEIVED_WORDS]
            if len(named) < 2 or re.match(r"(?:share|proportion|ratio)\b", label) or " per " in f" {label} ":
                continue
            head = label.split(" of ")[0].split()
            # a count of events ("invention patents granted", "contracts registered"): not a count of a kind of
            # thing, whose bare noun may drop what told it apart ("4,100 companies" after "320 AI companies")
            if head[-1] not in EVENT_WORDS:
                continue
            if stem <= _stems(" ".join(head[-2:])):
                if not far:
                    return measure
                further_back.add(measure)
        # further back, only the one count of that kind the article has given ("Beijing registered
        # 128,400 new enterprises ..." in the lead, then "Haidian ..., with 30,150 registrations")
        if not whole_article or len(further_back) != 1 or not stem & _stems(self.title):
            return None
        return further_back.pop()

    def _share_again(self, phrase: str, unit: str) -> str | None:
        """A share of a count named again by its head word alone, as the share of that count
        (see _head_again): "Industrial enterprises accounted for 71 percent of the grants" after
        "Beijing was granted 64,830 invention patents" is a share of the invention patents granted."""
        share_of = re.fullmatch(r"share of (?:the |its |their )?([\w-]+)( from .+)?", phrase, re.I)
        whole = self._head_again(share_of.group(1), "count") if share_of and unit in ("percent", "fraction") else None
        if share_of is None or whole is None or self._is_share(whole):
            return None
        return self._new_measure("share of " + self._plain_label(whole) + (share_of.group(2) or ""))

    def _flow_of_money(self, measure: str, unit: str, growth: bool) -> bool:
        """Whether a figure is an amount of money over a period (revenue, spending, exports), or
        its growth: of a year, never as of a day."""
        if growth:
            unit = self._unit_of(self._base_of(measure) or measure) or ""
            measure = self._base_of(measure) or measure
        return unit in CURRENCIES and bool(_MONEY_FLOW.search(self._measure_label(measure)))

    def _named_word(self, word: str) -> bool:

        return bool(self.gaz.find(word)) or bool(district(word))  # (a district the graph lacks: "Haidian")

    def _owner_in(self, s: str, industry: str) -> str | None:
        """Whose the ``industry`` named in ``s`` is: the place whose it is said to be ("Beijing's
        remote sensing data industry", "the drone industry in Shenzhen"), or for "the city's" or
        "the district's" the place the sentence's figures are of; None when it does not say."""
        words = r"\s+".join(re.escape(w) for w in industry.split())
        said = list(re.finditer(r"(?i:" + words + r")", s))[-1:]
        if not said:
            return None
        said_at = said[0]
        owner = re.search(
            r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|the\s+(?:city|district|capital))['’]s\s+$", s[: said_at.start()]
        )
        where = re.match(r"\s+(?:in|of)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})", s[said_at.end() :])
        name = owner.group(1) if owner else where.group(1) if where else None
        if name is None:
            return None
        if name.startswith("the"):  # "the city's": the place this sentence's figures are of
            return next(
                (c.data["subject"] for c in self.out.indicators if c.quote == s and c.data.get("subject")), None
            )
        return next((x.id for x in self.gaz.find(name) if x.is_a(_places()) and x.start == 0), None)

    def _industrys(self, s: str, start: int, places: list[tuple[str, int]]) -> str | None:
        """The owner of the industry a figure's clause is about ("By the end of the year the
        industry counted 236 enterprises"), when no place is named before the figure."""
        whole = re.split(r"[;:]\s|,\s+(?:and|but|while)\s", s[:start])[-1]
        clause = re.split(r"[;:,]\s", s[:start])[-1]
        if self.industry_owner is None or any(start - len(whole) <= at < start for _, at in places):
            return None  # "In Haidian, the industry employed ...": Haidian's
        if re.match(  # the industry is the clause's subject (not "As the industry grew, X trained ...")
            r"\s*(?:and\s+|but\s+|while\s+)?(?:(?:by|in|at|during|over)\s+[^,]*?\s+)?"
            r"(?:(?:[a-z&-]+\s+){1,3}(?:of|for|in|from|by)\s+the|[Tt]he|[Ii]ts)\s+(?:industry|sector)\b"
            + _NOT_A_MODIFIER,
            clause,
            re.I,
        ):
            return self.industry_owner
        return None

    def _with_industry(self, before: str) -> str:
        """The words before a figure with "the industry" or "the sector" named as the industry
        it refers to (the one named last, in the sentence or before it): "Enterprises in the
        industry invested" -> "additive manufacturing enterprises invested"; the words only
        name the figure's measure, and its quote stays as written."""
        industry = industry_named(before, self._named_word) or self.industry
        if industry is None:
            return before
        kind = industry.rsplit(" ", 1)[0]
        before = re.sub(
            r"\b(?i:(enterprises|companies|firms|businesses|makers))\s+in\s+the\s+(?:industry|sector)\b",
            lambda m: f"{kind} {m.group(1).lower()}",
            before,
        )
        return re.sub(
            r"\b([Tt]he|[Ii]ts)\s+(industry|sector)\b" + _NOT_A_MODIFIER,
            lambda m: f"{m.group(1)} {kind} {m.group(2)}",
            before,
        )

    def _of_kind_before(self, phrase: str | None, before: str, s: str = "") -> str | None:
        """A measure's words with the kind of body named before put for "their" or "such"
        ("Their combined revenue was": combined revenue of AI dubbing studios; "23 such companies":
        cryogenic equipment makers)."""
        if not phrase:
            return phrase
        the_kind = re.fullmatch(r"(.+?) of the ((?:" + _BODY_KIND_HEADS + r"|designers))", phrase)
        if the_kind:  # "Revenue of the designers", after "AI chip designers shipped ...": those designers
            fuller = next(
                (
                    named.group(1)
                    for c in reversed(self._recent_indicators())
                    if (
                        named := re.search(
                            r"(?:^|\b(?:by|of) )((?:[\w&-]+ ){1,4}" + re.escape(the_kind.group(2)) + r")$",
                            _stateless(self._plain_label(str(c.data["measure"]))),
                        )
                    )
                ),
                None,
            )
            if fuller:
                return f"{the_kind.group(1)} of {fuller}"
        clause = re.split(r"[;:]|,\s+(?:and|but|while)\s+|\.\s", before)[-1].lstrip()
        sector = self._sector_kind() if _SECTOR_SUBJECT.match(clause) else None
        if sector and phrase in ("companies", "firms", "enterprises", "businesses"):
            field = re.sub(
                r"\s+(?:makers|manufacturers|producers|developers|suppliers|vendors|industry|sector)$", "", sector
            )
            return f"{field} {phrase}" if field != sector else sector  # "The sector counted 134 companies"
        if sector and phrase == "employees":
            return f"employees of {sector}"  # "Together the firms employ some 38,000 people"
        they_employ = phrase == "employees" and re.match(  # "..., and they employed 11,000 people"
            _THEY_OPENER + r"they\s+(?:together\s+|jointly\s+|now\s+)?(?:employ|employs|employed)\s+[^\d;]*$",
            clause,
            re.I,
        )
        unrated = re.sub(r"\d[\d.,]*\s*(?:percent|%)", "", clause)  # ("their revenue rose 26.5 percent to")
        theirs = (
            re.fullmatch(_KIND_MONEY, phrase)
            and (
                # (the bodies counted right before it: not "57 companies, and the park, which opened last year, ...")
                (
                    (which := re.search(r",\s+(?:which|whose|who)\b[^\d;]*$", clause))
                    and re.search(r"\d", clause[: which.start()])
                )
                # "The city had 1,260 photonics companies ..., and they earned revenue of", "..., and their revenue"
                or re.match(r"their\s+" + _KIND_MONEY + r"\b[^\d;]*$", unrated)
                # "Forty-eight companies in Beijing supply smart water meters, with combined revenue of"
                or re.search(
                    r",\s+with\s+(?:a\s+)?(?:combined|total|joint|aggregate)\s+" + _KIND_MONEY + r"\s+of\s*$", clause
                )
                or re.match(
                    _THEY_OPENER + r"they\s+(?:[^;]*?\band\s+)?(?:together\s+|jointly\s+)?"
                    r"(?:earned|made|had|reported|generated|posted|brought in|took in|recorded)\b[^\d;]*$",
                    clause,
                    re.I,
                )
            )
        )
        if they_employ or theirs:
            # "57 makers of logistics equipment, which together earned 13.6 billion yuan", "142 robotics
            # companies, whose output reached": the money of the bodies the sentence has just counted
            they_open = re.match(r"(?:[\w,]+\s+){0,3}they\b", clause, re.I)
            counted = next(
                (
                    label
                    for c in reversed(self.out.indicators)
                    # (or the sentence before: "19 companies with drone show licences ... Together they earned")
                    if (c.quote == s or (they_open and self.read and c.quote == self.read[-1]))
                    and c.data["unit"] == "count"
                    # (bodies, not the people they employ: "They employed 3,100 people, and their revenue")
                    and not re.match(
                        r"(?:employees|staff|workers|people|researchers|engineers)\b",
                        label := self._plain_label(str(c.data["measure"])),
                    )
                    # (nor what they shipped: "They shipped 3,100 units and earned")
                    and not (they_open and re.search(r" (?:shipped|sold|delivered|made|produced)$", label))
                ),
                None,
            )
            # ("terminal makers in the city": makers of that kind; "companies registered": those companies)
            counted = _kind_alone(counted or "") or None
            counted = re.sub(r"\s+(?:registered|based|located|listed|headquartered)$", "", counted) if counted else None
            if counted and re.match(r"(?:such|these|those|other|the|same|more|many|several|some)\b", counted, re.I):
                counted = None  # "34 such companies": the kind said before, which other rules name
            if counted and (
                _NAMES_A_KIND.fullmatch(counted) or re.match(r"(?:" + _BODY_KIND_HEADS + r") of ", counted)
            ):
                return f"{phrase} of {counted}"
        units = re.fullmatch(r"units (shipped|sold|delivered)", phrase)
        if units and re.match(
            _THEY_OPENER + r"they\s+"
            r"(?:together\s+|jointly\s+)?(?:shipped|sold|delivered)\b[^\d;]*$",
            clause,
            re.I,
        ):  # "Together they shipped 21,000 units", after "nineteen makers of exoskeletons": exoskeletons shipped
            counted = next(
                (
                    self._plain_label(str(c.data["measure"]))
                    for c in self.out.indicators
                    if self.read and c.quote == self.read[-1] and c.data["unit"] == "count"
                ),
                "",
            )
            made = _product_of(_kind_alone(counted) or counted)
            if made:
                return f"{made} {units.group(1)}"
        the = re.match(r"\s*[Tt]he\s+(?:(?:" + _SMALL_WORDS + r"|\d+)\s+)?([a-z][\w-]*s)\s+(?!of\b|in\b|at\b)", clause)
        generic = the is not None and the.group(1) in ("firms", "companies", "enterprises", "businesses")
        counted = (
            next(
                (
                    label
                    for c in reversed(self.out.indicators)
                    if c.data["unit"] == "count"
                    and not str(c.data["measure"]).endswith("-growth")
                    and (
                        (label := self._plain_label(str(c.data["measure"]))).endswith(" " + the.group(1))
                        or (generic and _NAMES_A_KIND.fullmatch(label) is not None)
                    )
                    and len(label.split()) <= 5
                ),
                None,
            )
            if the and (re.fullmatch(_KIND_MONEY, phrase) or phrase == "employees")
            else None
        )
        if counted:  # "The breeders had combined revenue of", after "41 laboratory animal breeders": theirs
            return f"{phrase} of {counted}"
        bare = re.search(  # "The nine raised", "Between them the nine operate": the nine counted before
            r"\b[Tt]he\s+(\d{1,3}|" + _SMALL_WORDS + r")\s+(?:(?P<noun>[a-z][\w-]*s)\s+)?"  # ("the 43 makers employ")
            r"(?:(?:together|jointly|also|now|have|had)\s+)?"
            r"(?:[a-z]+ed?s?|employ|run|hold|own|make|sell)\b[^,;]*$",
            clause,
        )
        counted_as = how_many(bare.group(1)) if bare else None
        if counted_as:
            kind = next(
                (
                    label
                    for c in reversed(self.out.indicators)
                    if c.data["unit"] == "count"
                    and c.data.get("value") == counted_as
                    and _NAMES_A_KIND.fullmatch(label := self._plain_label(str(c.data["measure"]))) is not None
                    and (
                        bare is None
                        or bare.group("noun") is None
                        or _stems(bare.group("noun")) <= _stems(label)
                        or bare.group("noun") in ("companies", "firms", "enterprises", "businesses")
                    )
                ),
                None,
            )
            if kind and (re.fullmatch(_KIND_MONEY, phrase) or phrase == "employees"):
                return f"{phrase} of {kind}"
            if kind and re.fullmatch(
                r"[a-z][\w-]*(?: [a-z][\w-]*){0,3} (?:[a-z]+ed|raised|run|built|made|sold|held)", phrase
            ):
                return f"{phrase} by {kind}"  # "funding raised", "optical telescopes operated": by them
        such = re.fullmatch(r"(?:such|these|those)\s+(" + _BODY_KIND_HEADS + r")(?:\s+in\s+the\s+[a-z]+)?", phrase)
        # (the kind named last, else the headline's: "34 such companies", under "Beijing's alternative-protein
        # start-ups move ...")
        kind = self.kind or (
            self.first_kind
            if self.first_kind
            and not _NUMBER_WORD_KIND.match(self.first_kind)
            # (not after another kind counted in the sentence: "60 battery recyclers, and 34 such companies")
            and not any(c.quote == s and c.data["unit"] == "count" for c in self.out.indicators)
            else None
        )
        if (
            such
            and kind is not None
            and (
                _stems(such.group(1)) == _stems(kind.split()[-1])
                or such.group(1) in ("companies", "firms", "enterprises", "businesses")
                and kind.split()[-1] not in ("developers", "designers")  # (who may be people: "software developers")
            )
        ):
            return kind
        if (
            self.industry is None
            and self.topic_kind is not None
            and re.fullmatch(_KIND_MONEY, phrase)
            and re.search(r"\b[Tt]he\s+(?:sector|industry)['’]s\s+(?:[a-z]+\s+){1,3}(?:about |around |some )?$", clause)
        ):  # "the sector's revenue", in an article about makers of solid-state batteries: theirs
            return f"{phrase} of {self.topic_kind}"
        if self.kind is None or len(self.read) != self.kind_read:
            return phrase  # "their": only right after the kind is named (not past "Haidian and Chaoyang are ...")
        if re.fullmatch(_KIND_MONEY, phrase) and re.search(
            r"\b(?:[Tt]heir\s+"
            + _KIND_MONEY
            + r"|[Tt]hese\s+(?:"
            + _BODY_KIND_HEADS
            + r")\b(?![^,]*\b(?:of|in|at)\s+[A-Z]))",
            clause,
        ):
            return f"{phrase} of {self.kind}"
        return phrase

    def _reword(
        self, phrase: str | None, s: str, n: _Number, previous: tuple[str, str] | None, unit: str | None
    ) -> str | None:
        """A measure's words completed from the sentence: a share "of the national total" is
        the share of the measure before it; a percentage "equal to" an amount is that amount
        as a share of something; "scored 88.9 points" is a score in the article's index; the
        output of an industry named as the sentence's subject is that industry's output."""
        before = self._with_industry(s[: n.start])
        if (
            unit == "count"
            and re.fullmatch(r"(?:disclosed\s+|funding\s+|financing\s+|investment\s+)?(?:deals|rounds)", phrase or "")
            and previous is not None
            and previous[1] in CURRENCIES
        ):  # "raised 38.7 billion yuan in disclosed rounds last year, ... across 412 deals": deals of that money
            invested = self._plain_label(previous[0])
            disclosed = "disclosed " if str(phrase).startswith("disclosed") else ""
            if re.search(r"\bequity investment\b", invested, re.I):
                return f"{disclosed}equity investment deals"
            if re.search(r"\b(?:funding|venture|financing|raised|investment|invested|capital)\b", invested, re.I):
                return f"{disclosed}venture capital deals"
        phrase = self._of_kind_before(phrase, before, s)
        industry_after = (
            re.match(r"\s+" + re.escape(phrase) + r"\s+in\s+the\s+(?:industry|sector)\b", s[n.end :])
            if phrase and re.fullmatch(_BODY_KIND_HEADS, phrase)
            else None
        )
        if industry_after and (industry := industry_named(before, self._named_word) or self.industry):
            return f"{industry.rsplit(' ', 1)[0]} {phrase}"  # "164 enterprises in the industry": of that industry
        paid = _PAID.search(before[-200:]) if unit in CURRENCIES else None
        if paid and (phrase is None or phrase.lower() in ("revenue", "income", "earnings", "average")):
            # "Remote sensing engineers earned 300,000 yuan on average": what they are paid, not revenue
            who = re.sub(r"^(?:the|its|their|[A-Z][\w-]*['’]s)\s+", "", paid.group("who"))
            who = who[:1].lower() + who[1:] if who[1:2].islower() else who
            average = paid.group("average") or re.match(r"\s*\S*\s*(?:on\s+average|a\s+head)\b", s[n.end : n.end + 40])
            return f"{'average ' if average else ''}pay of {who}"
        if phrase and re.search(r"(?:^|\b(?:the|its) )(?:industry|sector)['’]s\b", phrase):
            phrase = self._with_industry(phrase if re.match(r"(?:the|its) ", phrase) else f"the {phrase}")
            phrase = re.sub(r"^the ", "", phrase)  # "share of the industry's revenue": of the 3D printing industry's
        industry = _industry_of(phrase, before, self._named_word) if phrase else None
        if industry:
            return industry
        has = re.search(
            r"\b(?:industry|sector)\s+(?:now\s+)?(?:counted|counts|had|has|included|includes|comprised|comprises|"
            r"numbered|(?:was|is)\s+home\s+to)\s+(?:about |around |nearly |some |over |more than |roughly |almost )?$",
            before,
        )
        if has and re.fullmatch(r"(?:companies|firms|enterprises|businesses|start-?ups|makers)", phrase or ""):
            mods = _modifiers(before[: has.start()].split(), self._named_word)
            if mods:  # "the VR industry counted 236 enterprises": VR enterprises
                return " ".join([mods[0].lower() if mods[0][1:].islower() else mods[0], *mods[1:], str(phrase)])
        if phrase and unit and (unit in COUNT_UNITS or unit in ("yuan", "usd")):  # "AI companies ... raised"
            from kg.ingest.reference import standard_terms

            money = unit in ("yuan", "usd")
            plain = standard_terms(phrase) if money else phrase  # "spending on R&D": R&D expenditure
            kinded = of_kind(plain, before[-400:], self._names_body, money=money)
            known, known_kinded = self._known_measure(phrase, unit), self._known_measure(kinded, unit)
            # a known measure the words name stays so ("Universities employed 30,000 researchers": researchers),
            # and the kind must not make one ("national key laboratories employed 900 researchers"); but money a
            # kind of performer spent is theirs ("Industrial enterprises spent 70 billion yuan on R&D")
            if kinded != plain and not known_kinded and (not known or money and _NARROWED.search(kinded)):
                phrase = kinded
        if re.fullmatch(r"share of (?:the |its |their )?(?:production |installed )?capacity", phrase or ""):
            return "capacity utilization"  # "used 81 percent of its capacity"
        generic = _SHARE_OF_A_TOTAL.fullmatch(phrase or "")
        of_amount = re.fullmatch(r"share of (?:the |its |their )?(.+)", phrase or "")
        restated = re.match(
            r"\s*(?:That|This)\s+(?:is|was|equals)\s+(?:about |around |roughly |nearly |some )?$", s[: n.start]
        )
        said_before = previous or (self.last_measure if restated else None)
        if (
            of_amount
            and not generic
            and said_before
            and said_before[1] in ("yuan", "usd", "count")
            and (
                restated
                or re.search(r"(?:\b(?:equal|equivalent) to|,\s*or)\s+(?:about |around |nearly |some )?$", s[: n.start])
            )
        ):  # "R&D spending of 9 billion yuan, equal to 5.7 percent of their revenue"; "That is 0.3 percent of GDP."
            return f"{self._plain_label(said_before[0])} as a share of {of_amount.group(1)}"
        acted = re.search(
            r"\b(assess|rat|scor|rank|cover|evaluat|compar|track|survey|benchmark)(?:es|s|ed|e)?\s+"
            r"(?:about |some |around |nearly |more than |over |the )?$",
            s[max(0, n.start - 60) : n.start],
            re.I,
        )
        if phrase and acted and re.fullmatch(r"[a-z-]+(?: [a-z-]+){0,3}", phrase) and phrase.endswith("s"):
            stem = acted.group(1).lower()  # "the index rates 12 innovation zones": zones rated
            return f"{phrase} {stem + ('d' if stem.endswith('e') else 'ed')}"
        if phrase in ("indicators", "metrics", "measures", "criteria") and re.search(
            r"\b(?:on|using|across|with|by)\s+(?:about |some |around |nearly |more than |over )?$",
            s[max(0, n.start - 40) : n.start],
        ):
            return f"{phrase} used"  # "rates 12 zones on 28 indicators"
        if re.fullmatch(r"(?:points?\s+)?out(?: of)?|points?", phrase or "") and (
            re.search(r"\bscor(?:ed|es|ing)\s+\S*$", s[: n.start])
            or _SCORE_BEFORE.search(s[max(0, n.start - 60) : n.start])
        ):
            phrase = "score"  # "scored 92.4 points out of 100", "with a score of 92.7 out of 100"
        if (not phrase or phrase == "score" or phrase.startswith("score ")) and _SCORE_BEFORE.search(
            s[max(0, n.start - 60) : n.start]
        ):
            phrase = "score"  # "Beijing scored 78.4", "came in fourth with 77.9"
        if phrase == "score" and self.main_index is not None:  # "scored 88.9 points": in the article's index
            index_label = _undated(self._label(self.main_index[0]))
            return f"{index_label} score" if index_label else phrase
        if (
            phrase
            and re.fullmatch(r"(?:[\w&-]+\s+){0,3}[a-z][\w-]*", phrase)
            and not re.search(r"\b(?:share|of|as|per)\b", phrase)
            and (previous is None or previous[1] != unit)  # (a rate before it is of the same: "rose 47 percent to")
            # opening the sentence ("Their combined revenue", "The firms' combined revenue")
            and re.match(r"\s*(?:Their|The\s+(?:" + _FIRMS + r")['’])\s+" + re.escape(phrase) + r"\b", s)
            and (kinds := self._kind_counted_before())
        ):  # "The district counts 214 companies working on 6G ... Their combined revenue was": those companies'
            return f"{phrase} of {kinds}"  # (of a kind named: "companies" alone would add nothing)
        they = re.fullmatch(r"((?:[\w&-]+\s+){0,3}?[a-z][\w-]*?)(?:\s+(of|by)\s+(?:" + _FIRMS + r"))?", phrase or "")
        if (
            they
            and not re.search(r"\b(?:share|of|as|per|by)\b", they.group(1))
            and (previous is None or previous[1] != unit)
            and re.match(r"\s*(?:They|These\s+(?:" + _FIRMS + r"))\s+(?:\w+ly\s+)?[a-z]+\s", s)
            and (kinds := self._kind_counted_before())
        ):  # "The district counts 214 AI companies. They raised 5.2 billion yuan": those companies' funding
            words = they.group(1).split()
            link = they.group(2) or ("by" if len(words) > 1 and words[-1].endswith(("ed", "en")) else "of")
            return f"{they.group(1)} {link} {kinds}"
        base = previous or self.last_measure
        if generic and base:  # "accounted for 17.5 percent of the national total": of the measure before
            label = self._plain_label(base[0])
            scope = generic.group(1)
            scope = f"{scope}'s" if scope in ("city", "country") else scope  # "of the city total"
            whole = scope + " " if scope and not label.lower().startswith(scope) else ""
            return f"share of {whole}{label}"
        return phrase

    def _of_sub_population(self, measure: str, subject: str | None, s: str, n: _Number, end: int) -> str:
        """A known measure of a whole place ("R&D expenditure": all of its spending) said of a kind of
        bodies in it ("They spent 31.6 billion yuan on R&D", after "528 foreign R&D centres"; "Twenty-two
        of them are national high-tech enterprises"): that kind's, a measure of its own, not the place's."""
        name = _PLACE_TOTALS.get(measure)
        if name is None or subject is None or not set(self._types(subject)) & _places():
            return measure
        clause = re.split(r"[;:]|,\s+(?:and|but|while)\s+|\.\s", s[: n.start])[-1]
        part = _OF_THEM.match(s, end) or re.search(r"\b(?:[Oo]f|[Aa]mong)\s+(?:them|these|those)\b", clause)
        if not (_SUB_POPULATION.search(clause) or part or self._sectors_place(n.start)):
            return measure
        counted_here = next(  # ("The city had 5,430 such enterprises ..., and together they spent")
            (
                self._plain_label(str(c.data["measure"]))
                for c in self.out.indicators
                if c.quote == s and c.data["unit"] == "count"
            ),
            None,
        )
        sector = self._sector_kind() if self._sectors_place(n.start) else None
        just_named = self.kind if self.kind_read == len(self.read) else None  # (named in the sentence before)
        for said in (counted_here, sector, self._kind_counted_before(), just_named):
            # ("researchers at foreign research institutions": the bodies they are at)
            kind = said or ""
            if not re.match(r"(?:" + _BODY_KIND_HEADS + r") of ", kind):  # (not "makers of X": those makers)
                kind = re.sub(r"^.*?\b(?:at|of|among)\s+", "", kind)
            if re.search(
                r"\b(?:"
                + _BODY_KIND_HEADS
                + r"|centres|centers|institutes|institutions|laboratories|labs)(?: of .+)?$",
                kind,
            ):
                return self._new_measure(name.format(kind=kind))
        return measure

    def _of_article_kind(self, measure: str, subject: str | None, s: str = "") -> str:
        """A district's or the city's figure of a bare measure ("revenue", "exports", "deals") is of
        the kind of body the article's headline (or first sentence) is about: Changping's exports,
        in a story on smart-grid sensing enterprises, are the exports of smart-grid sensing
        enterprises, and its count of companies counts that kind; and when the headline names the
        same thing more fully ("Beijing medical device exports rise"), it is so named."""
        kind = self.first_kind if self.first_kind and not _NUMBER_WORD_KIND.match(self.first_kind) else None
        if not measure.startswith("new:") or subject is None:
            return measure
        described = re.search(
            r"\b(?:companies|firms|enterprises|businesses|start-?ups) that \S+(?: \S+){5,}$",
            self._measure_label(measure),
        )
        if described and kind:
            # "funding raised by companies that grow meat from animal cells or brew dairy proteins with ...", under
            # "Beijing's alternative-protein start-ups move ...": the headline's name for them
            label = self._measure_label(measure)
            return self._new_measure(label[: described.start()] + kind)
        fewer = re.fullmatch(r"((?:[\w-]+\s+){1,3})(?:" + _FIRMS + r")", self._measure_label(measure))
        if (
            fewer
            and kind
            and re.search(r"\b(?:" + _FIRMS + r")$", kind)
            and set(fewer.group(1).lower().split()) < set(kind.lower().split()[:-1])
        ):  # "storage companies", under "Beijing's energy storage start-ups ...": the headline's fuller name for them
            return self._new_measure(" ".join(kind.split()[:-1]) + " " + self._measure_label(measure).split()[-1])
        # (not a park's: its revenue is its tenants', whatever they make)
        bare = (
            _BARE_OF_KIND.fullmatch(self._measure_label(measure).lower())
            if {"City", "District"} & set(self._types(subject))
            else None
        )
        if not bare or re.search(
            r"\b(?:in all|all (?:industries|sectors)|across all|overall|in total|the total|"
            r"(?:whole|entire) (?:city|district|economy))\b",
            s,
            re.I,
        ):
            return measure  # (the whole place's, said so)
        head = bare.group(1)
        if (
            kind is None
            and " of " in bare.group()
            and self.topic_kind
            and not _NUMBER_WORD_KIND.match(self.topic_kind)
            and re.search(r"(?:['’]s|\b[Ii]ts|\b[Tt]heir)\s+(?:firms|companies|enterprises|businesses)\b", s)
        ):
            kind = self.topic_kind  # "Haidian's firms reported revenue", after "digital pathology firms": theirs
        said = re.search(r"(?<![\w-])" + re.escape(head) + r"\b", self.title, re.I)
        mods = _modifiers(self.title[: said.start()].split(), self._named_word) if said else []
        before = self.title[: said.start()].split()[: -len(mods)] if mods and said else []
        led = not before or before[-1].lower() not in _VERB_WORDS | {
            "to",
            "must",
            "should",
            "shall",
        }  # not "aims to lift"
        if (
            mods
            and led
            and not any(  # "Beijing medical device exports rise 18%": those (not "fewer rounds", "doubles revenue")
                _NOT_A_HEADLINE_MODIFIER.fullmatch(w) or _NUMBER_WORD_KIND.match(w) or re.search(r"[^s]s$|\d", w)
                for w in mods
            )
        ):
            return self._new_measure(" ".join([*mods, head]))
        if kind is None:
            return measure
        if head in _BODY_HEADS:
            return self._new_measure(kind)
        named = self._new_measure(f"{bare.group().split(' of ')[0]} of {kind}")  # ("revenue of firms": of that kind)
        self.of_first_kind.add(named)
        return named

    def _they_counted(self, s: str, at: int, named: list[tuple[str, int]]) -> str | None:
        """Whose a figure is when the sentence opens with "They" ("Together they shipped 68,000
        detectors") and names no one before the figure: the subject of the bodies the sentence
        before counted first ("Nine companies in Beijing now make X-ray detectors")."""
        if not self.read or any(pos < at for _, pos in named):
            return None
        if not re.match(
            r"\s*(?:(?:Together|Between them|Combined|Collectively|In all|Last year|This year|In (?:19|20)\d\d),?\s+)?"
            # ("Their revenue", "The firms' combined revenue": of those counted before too)
            r"(?:[Tt]hey|[Tt]heir|[Tt]hese\s+(?:" + _FIRMS + r")|[Tt]he\s+(?:" + _FIRMS + r")['’])\s",
            s,
        ):
            return None
        # (the last sentences that counted such bodies, over a sentence without figures: "Business is brisk.")
        window = self.read[-4:]
        counts = [
            c
            for c in self.out.indicators
            if c.quote in window
            and c.data["unit"] == "count"
            and c.data.get("subject")
            and re.search(r"\b(?:" + _FIRMS + r")\b", self._plain_label(str(c.data["measure"])))
        ]
        latest = max((window.index(c.quote) for c in counts), default=-1)
        last = [c for c in counts if window.index(c.quote) == latest]
        # "Nineteen companies in Beijing ... Eight are in Haidian, five in E-Town. Together they": the whole's
        whole = [c for c in counts if latest - 1 <= window.index(c.quote) < latest]
        if (
            last
            and whole
            and all(c.data["measure"] == whole[0].data["measure"] for c in last)
            and sum(c.data["value"] for c in last) <= whole[0].data["value"]
        ):  # (the whole is the sentence's first count, not the "up from 12" after it)
            return str(whole[0].data["subject"])
        if len({c.data["subject"] for c in last}) == 1:
            return str(last[0].data["subject"])  # "Nine companies in Beijing now make ...": Beijing's
        return None

    def _kind_counted_before(self) -> str | None:
        """The kind of body the sentence before counted first, when its name says which kind ("AI
        companies"; not "companies"): what "They", "These firms" and "Their" point back to. The
        first count is what the sentence is about ("412 rail transit enterprises, 318 of them ...")."""
        if not self.read:
            return None
        counted = next(
            (
                str(c.data["measure"])
                for c in self.out.indicators
                if c.quote == self.read[-1] and c.data["unit"] == "count"
            ),
            None,
        )
        if counted in self.of_first_kind:
            return None  # "units shipped of reducer makers": no kind of body that "Their" could be
        kinds = self._plain_label(counted) if counted else ""
        return kinds if _NAMES_A_KIND.fullmatch(kinds) else None

    def _is_share(self, measure: str) -> bool:
        """Whether a measure is already a share of something: no whole to take a share of."""
        return bool(re.search(r"\bshare of\b", self._measure_label(measure), re.I))

    def _plain_label(self, measure: str) -> str:
        """A measure's label (a new one's or a known one's) without "number of", "annual", "total"."""
        return re.sub(r"^(?:number of|annual|total)\s+", "", self._measure_label(measure))

    def _known_in_clause(
        self, s: str, start: int, end: int, unit: str, phrase: str, previous: str | None = None
    ) -> str | None:
        """A known measure whose every content word is in the figure's clause and shares one
        with the phrase read for it ("spent 6.1 percent of its GDP on R&D": R&D spending as
        a share of GDP)."""
        left = re.split(r"[;,](?:\s|$)|\.(?:\s|$)", s[:start])[-1]
        right = re.split(r"[;,](?:\s|$)|\.(?:\s|$)", s[end:], maxsplit=1)[0]
        if len(_stems(phrase) - _STOP) >= 2:  # a figure named in full: not by the words of the next one
            right = re.sub(r"\bresearch\s+and\s+(?:experimental\s+)?development\b", "R&D", right, flags=re.I)
            right = re.split(
                r"\s+(?:and|or|but|while|whereas)\s+(?=\D*?(?<![\d,.])(?!(?:19|20)\d\d\b)\d)", right, maxsplit=1
            )[0]  # (a year is no figure: "on research and development in 2023")
        words, got = _stems(left + " " + right + " " + phrase), _stems(phrase)
        head = _stems(re.split(r"\s+(?:by|of|at|in|from|for|on|with)\s+", phrase, maxsplit=1)[0])
        if previous:  # "R&D spending reached ..., equal to 10.8 percent of GDP"
            words |= _stems(self._measure_label(previous))
        events = _event_stems(phrase)
        for mid, label, aliases, m_unit in self.measures:
            if not _unit_fits(m_unit, unit):
                continue
            # "research intensity stood at 11.3 percent of GDP": one name in the clause, the phrase's words in another
            every = set().union(*(_stems(name) for name in [label, *aliases]))
            if got & _TRADE_WORDS and (got - _STOP) - every - _TRADE_WORDS:
                continue  # "equipment exports": the exports of the goods the phrase names, not all exports
            for name in [label, *aliases]:
                need = _stems(name)
                if _NARROWED.search(phrase) and not need & _PERFORMERS and not self.all_performers:
                    continue  # "R&D expenditure of industrial enterprises": a part of R&D, by who performs it
                if _SUBGROUP.search(phrase) and not _SUBGROUP.search(name):
                    continue  # "female R&D personnel": a group of them, not all
                if len(need) == 1 and need & got and not need & head:
                    continue  # "full-time technology managers employed by universities": who, not what, is counted
                if (
                    need
                    and need <= words
                    and (need & got or (not got and len(need) >= 2) or (len(got) >= 2 and got <= every))
                    and not events - need
                    and _per_unit(phrase) == _per_unit(name)  # "average R&D spending per firm" is no R&D spending
                ):
                    return mid
        return None

    def _stock_of(self, measure: str, unit: str) -> str:
        """The measure of the total that a count of an event adds to ("national high-tech
        enterprises added" -> national high-tech enterprises)."""
        label = self._measure_label(measure)
        words = [w for w in label.split() if w not in EVENT_WORDS and w not in ("new", "newly")]
        if not words or len(words) == len(label.split()):
            return measure
        stock = " ".join(words)
        known = self._known_measure(stock, unit)
        if known:
            return known
        return self._new_measure(stock)

    def _measure_label(self, mid: str) -> str:
        """The label of a new measure of this draft ("new:" id or not) or of a known one."""
        ident = mid.removeprefix("new:")
        return self.out.labels.get(ident) or next((m[1] for m in self.measures if m[0] == ident), "")

    def _known_measure(self, phrase: str, unit: str, *, any_unit: bool = False) -> str | None:
        """A known measure that the phrase names: every content word of its label or an alias,
        and at most one more; an event ("patents granted") is not the stock it adds to. The
        phrase's statistical terms count as their plain words ("R&D personnel": researchers)."""
        from kg.ingest.reference import standard_terms

        if re.search(r"\bassessed$", phrase):
            return None  # "universities assessed" by an index: what it covers, no count of a place's universities
        phrase = standard_terms(_unheld(phrase))  # "major facilities listed": what is held, not the holding
        got = _stems(phrase)
        events = _event_stems(phrase)
        best: tuple[int, str] | None = None
        for mid, label, aliases, m_unit in self.measures:
            if not any_unit and not _unit_fits(m_unit, unit):  # a growth rate may be of any measure
                continue
            for name in [label, *aliases]:
                if unit == m_unit == "per-day":  # "384 new technology companies a day": the unit says "per day"
                    name = re.sub(r"\s+(?:per|a|each|every)\s+day$", "", name)
                need = _stems(name)
                if _SUBGROUP.search(phrase) and not _SUBGROUP.search(name):
                    continue  # "women researchers", "foreign-funded R&D centres": a group of them, not all
                # the value of contracts is of those signed or registered: no event apart from the measure
                deals = {w[:_STEM] for w in ("signed", "registered", "concluded")} if "value" in name.lower() else set()
                if not need or events - need - deals or _per_unit(phrase) != _per_unit(name):
                    continue
                extra = len(got - need)
                if got & need & _TRADE_WORDS and got - need - _STOP:
                    continue  # "equipment exports": the goods' exports, not all exports
                if (
                    (got - need) & _PERFORMERS
                    and _NARROWED.search(phrase)
                    and not need & _PERFORMERS
                    and not self.all_performers
                ):
                    continue  # "R&D spending by enterprises": one performer's part, not the whole measure
                if (need <= got and extra <= 1) or (
                    len(got) >= 2
                    and got <= need
                    and len(got) >= len(need) - 1
                    and _stems(_denominator(name)) <= got  # "share of R&D spending" is no share of GDP
                ):
                    if best is None or extra < best[0]:
                        best = (extra, mid)
                elif (
                    len(core := got - _GENERIC) >= 2
                    and core <= need
                    and not _drops_modifier(name, got)
                    and _stems(_denominator(name)) <= got  # "share of firms" is no "X as a share of GDP"
                ):
                    # "major facilities and platforms" for "number of major scientific facilities,
                    # infrastructures and interdisciplinary platforms": a shorter name of it
                    missing = len(need - core)
                    if best is None or 10 + missing < best[0]:
                        best = (10 + missing, mid)
        return best[1] if best else None

    def table(self, table: _Table, main_place: str | None, recent: dict[str, str] | None = None) -> None:
        """Indicators from a table of figures by time, one figure a column. Rows that name entities
        ("Example University  52.4  50.1") give the entity's figures of the measure the caption
        names ("Share of graduates (percent)"); other rows name the measure, of the subject the
        header or caption names (or the article's main place)."""
        about = f"{table.header} {table.caption}"
        named = self.gaz.find(about)
        subject = next((x.id for x in named if x.is_a(_places()) or x.is_a(_SUBJECT_ORGS)), None)
        drafted = sorted(  # a new name the caption gives whole ("Zhongguancun Dongcheng Park"), the longest
            (
                (str(c.data["label"]), eid)
                for eid, c in self.new_entities.items()
                if c.data["type"] != "Person"
                and str(c.data["label"]) in about
                and _kind_or_firm((str(c.data["type"]),), str(c.data["label"]))  # not "Unit", "VR"
            ),
            key=lambda x: len(x[0]),
        )
        if drafted and (subject is None or len(drafted[-1][0]) > len(self._label(subject))):
            subject = drafted[-1][1]
        for inner in re.findall(r"\(([^)]+)\)", about):
            if subject is None and slug(inner) in self.new_entities:
                subject = slug(inner)  # "Indicator (Haidian District)", named in the text before
        said_again = re.search(
            r"\b(?:the|its)\s+(" + "|".join(_ORG_ANAPHORS) + r"|park|zone|cluster|district)\b", about
        )
        if subject is None and said_again and recent:  # "Instruments registered on the platform": the one named
            subject = recent.get(said_again.group(1))
        own_subject = subject is not None  # named by the table's header or caption
        subject = subject or main_place
        caption = _CAPTION_LABEL.sub("", re.sub(r"\s*\([^)]*\)", "", table.caption)).strip()
        if re.match(r"(?:the\s+)?(?:ranks?|rankings?|positions?)\s+(?:of|in)\b", caption, re.I) and all(
            float(v).is_integer() and 1 <= v <= 500 for row in table.rows for v in row.values
        ):  # "Table 1. Ranks of selected parks in the Example Index, 2023 and 2024 editions"
            indexes = [(x.id, x.start) for x in named if x.is_a(_indexes())]
            for row in table.rows:
                for (year, _), value in zip(table.columns, row.values, strict=True):
                    self._ranked(row.label, int(value), row.line, _When(), indexes, year=year)
            return
        by_entity = {row.line: self._row_entity(row.label, row.line) for row in table.rows}
        entity_rows = bool(caption) and sum(e is not None for e in by_entity.values()) * 2 >= len(table.rows)
        whole: str | None = None  # the label of the measure a "Total revenue" row was filed under
        whole_unit: str | None = None
        for row in table.rows:
            if entity_rows:  # the rows are entities, the caption names the measure
                row_subject = by_entity[row.line]
                if row_subject is None:  # "All Beijing universities": the place it names, or the table's
                    place = next((x.id for x in self.gaz.find(row.label) if x.is_a(_places())), None)
                    row_subject = place or subject
                label = caption
            else:
                row_subject, label = subject, row.label
                whose_row = re.fullmatch(r"(?P<what>.+?)\s+(?:of|in|at)\s+(?:the\s+)?(?P<who>[A-Z].+)", row.label)
                owner = (
                    next(
                        (
                            x.id
                            for x in self.gaz.find(whose_row.group("who"))
                            if (x.start, x.end) == (0, len(whose_row.group("who")))
                            and (x.is_a(_places()) or x.is_a(_SUBJECT_ORGS))
                        ),
                        None,
                    )
                    if whose_row
                    else None
                )
                if whose_row and owner is None:  # ... or a new name the text gave whole
                    owner = next(
                        (
                            eid
                            for eid, c in self.new_entities.items()
                            if str(c.data["label"]) == whose_row.group("who")
                            and c.data["type"] != "Person"
                            and _kind_or_firm((str(c.data["type"]),), str(c.data["label"]))
                        ),
                        None,
                    )
                if whose_row and owner is not None and owner != subject:
                    # "Revenue of Zhongguancun Mentougou Park  465.1  548.3": the park's revenue
                    row_subject, label = owner, whose_row.group("what")
            label = re.sub(r"^(?:of which|including|among them)\s*[:,]?\s*", "", label, flags=re.I)
            label = _in_category(caption, label) if not entity_rows else label
            label = _of_population(caption, label) if not entity_rows else label
            measure = self._known_measure(label, row.unit or "count")
            said_as = next(  # a figure of the row the text gave before: its measure and subject
                (
                    c
                    for c in self.out.indicators
                    if c.data.get("unit") == row.unit
                    and any(c.data["value"] == _clean(v) for v in row.values)
                    and not str(c.data["measure"]).endswith("-growth")
                    and c.quote != row.line
                ),
                None,
            )
            said_label = self._plain_label(str(said_as.data["measure"])) if said_as is not None else ""
            fuller_row = _stems(said_label) < _stems(label) and len(label.split()) <= 8  # ("Districts connected to
            # the platform" after "All sixteen districts are now connected": the row says more than "districts")
            if measure is None and said_as is not None and not entity_rows and not fuller_row:  # it names it better
                measure = said_as.data["measure"]
            if said_as is not None and not entity_rows and not own_subject and said_as.data.get("subject"):
                row_subject = said_as.data["subject"]
            if measure is None and whole is not None and not entity_rows and row.unit == whole_unit:
                label = _segment_of(whole, label)  # "Design" under "Total revenue": design revenue
            if measure is None:
                measure = self._new_measure(label)
            if not entity_rows and re.match(r"total\b", row.label, re.I):
                whole, whole_unit = self._plain_label(measure), row.unit
            stock_row = re.search(r"\bend[- ]of[- ](?:the[- ])?(?:period|year)\b|\byear[- ]end\b", row.line, re.I)
            # "Table 1. Coverage (end of year; 2026: end of October)": the caption says the rows are levels
            caption_end = re.search(
                r"\((?:[^()]*\b)?(?:end of (?:the |each )?year|year[- ]end)\b", table.caption, re.I
            ) and not (
                _FLOW.search(row.label)
                or re.search(
                    r"\b(?:ratio|rate|share|per|delivered|visitors|visits|profits?|investment|shipped|sold|filed|"
                    r"granted|deals|trips|rides)\b",
                    row.label,
                    re.I,
                )
            )
            caption_months = {  # ... and the month a column's levels are at, when not the year's end
                int(m.group(1)): _MONTHS[m.group(2).lower()]
                for m in re.finditer(
                    r"\b((?:19|20)\d\d):\s*(?:(?:at the )?end of |as of )(" + _MONTH_NAMES + r")\b", table.caption, re.I
                )
            }
            for (year, column), value in zip(table.columns, row.values, strict=True):
                stock = (
                    stock_row
                    or caption_end
                    or row.stock  # "Year-end figures for incubators ..." under the table
                    or re.match(r"(?:year[- ])?end\b", column, re.I)  # a column "End-2025"
                    or (row.unit == "count" and re.fullmatch(r"(?:19|20)\d\d", column) and _stock_label(row.label))
                )
                record: dict[str, Any] = {
                    "subject": row_subject,
                    "measure": measure,
                    "value": _clean(value),
                    "unit": row.unit,
                    "year": year,
                    "quote": row.quote,
                    "note": f"a table row, the column {column}",
                }
                if stock:  # "AI companies (end of period)": at the column's last month
                    months = [
                        _MONTHS.get(w) or _MONTH_ABBR.get(w[:3] if w == "sept" else w)
                        for w in re.findall(r"[a-z]+", column.lower())
                    ]
                    part = re.search(r"\b([QH])([1-4])\b|\b(first|second) half\b", column, re.I)
                    if part and part.group(1):  # "Q3 2024": September; "H1 2023": June
                        months.append(int(part.group(2)) * (3 if part.group(1).upper() == "Q" else 6))
                    elif part:
                        months.append(6 if part.group(3).lower() == "first" else 12)
                    last_month = next((m for m in reversed(months) if m), caption_months.get(year, 12))
                    record.pop("year")
                    record["as_of"] = f"{year}-{last_month:02d}"
                self.add(Candidate("indicators", record, row.quote, 0.8), ("t", row.line, column))
            if row.growth is not None:  # "Total revenue | 163.5 | 146.2 | 11.8" under "... | Growth (%)"
                latest = max(table.columns, key=lambda c: c[0])
                record = {
                    "subject": row_subject,
                    "measure": self._growth_measure(measure),
                    "value": _clean(row.growth),
                    "unit": "percent",
                    "year": latest[0],
                    "quote": row.line,
                    "note": f"a table row, the change to {latest[1]}",
                }
                self.add(Candidate("indicators", record, row.line, 0.8), ("t", row.line, "growth"))

    def measure_table(self, table: _MeasureTable) -> None:
        """Indicators from a table of places or bodies by measures: each row's figure in each
        column, of the measure the column names ("Per 10,000 residents" after "Researchers":
        researchers per 10,000 residents; "Change in researchers (%)": their growth), in the
        year the caption names; a figure the text gave already is not given again."""
        by_year = bool(table.row_kind and re.fullmatch(r"years?|period", table.row_kind, re.I))
        # a table whose caption gives no year: only its columns that do ("2026 revenue"), and its counts of
        # people, as of the publication ("Staff")
        undated = table.year is None and not by_year
        if (
            undated
            and not table.column_times
            and not any(
                _column_time(label)[1] or _STAFF_COLUMN.fullmatch(re.sub(r"\s*\([^)]*\)", "", label).strip())
                for label, _, _ in table.columns
            )
        ):
            return
        kind = next(
            (cls for words, cls in _ROW_CLASSES if table.row_kind and re.fullmatch(words, table.row_kind, re.I)), None
        )
        whose: str | None = None
        industry = None
        if by_year:  # "Main indicators of Beijing's cybersecurity industry, 2022-2026": its rows are Beijing's years
            # (whose: the body or place the caption names, else the one the article is about, else its city)
            named = [
                x.id for x in self.gaz.find(table.caption) if any(t in _places() or t in _SUBJECT_ORGS for t in x.types)
            ]
            drafted = [
                eid
                for eid, c in self.new_entities.items()
                if c.data.get("label")
                and c.data["label"] in table.caption
                and (c.data.get("type") in _SUBJECT_ORGS or _firm_like(str(c.data["label"])))
            ]
            whose = next(iter([*drafted, *named]), None) or self._topic() or self.main_city
            industry = industry_named(table.caption, self._named_word)
        subjects = (
            [whose for _ in table.rows]
            if by_year
            else [self._row_entity(name, line) or self._row_of_kind(name, line, kind) for line, name, _ in table.rows]
        )
        if sum(s is not None for s in subjects) * 2 < len(subjects):
            return
        measures: list[str | None] = []
        plain: list[str] = []
        ranked: dict[int, str] = {}  # a column of ranks -> its index
        counted: list[str] = []  # the names of the columns of counts so far
        levels: list[str] = []  # ... and of counts or amounts
        times: list[dict[str, Any] | None] = []  # a column's own time ("Income, 2024")
        for label, unit, _ in table.columns:
            # (its brackets left out, but for a time: "Consortia (end of 2025)")
            name, own = _column_time(re.sub(r"\s*\((?![^)]*" + _YEAR_END_SAID + r")[^)]*\)", "", label).strip())
            bracketed = re.search(r"\([^()]*?\b((?:19|20)\d\d)\)", label)
            if (
                own is None
                and bracketed
                and not re.search(r"\b(?:end|constant|base|prices?)\b|=", bracketed.group(), re.I)
            ):
                own = {"year": int(bracketed.group(1))}  # "Average wait (months, 2026)": of 2026
            times.append(own or table.column_times.get(len(times)))  # (or as the note under the table says)
            whole = re.match(  # ("Core digital-economy firms in Tongzhou by cluster": those firms)
                r"([A-Z][\w&-]*(?:\s+[\w&-]+){1,4}?)(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s+(?:by|in|across)\s+[a-z]",
                table.caption,
            )
            if (
                whole
                and _stems(whole.group(1).split()[-1]) == _stems(name)
                and len(name.split()) == 1
                # a plain noun phrase ("Autonomous sanitation vehicles"), not "Patents granted to companies"
                and not any(
                    w.lower() in ("of", "to", "for", "from", "with", "at", "on") or w.endswith("ed")
                    for w in whole.group(1).split()[1:]
                )
                # nor a list of the columns ("Venues and visits in ..."); "Science and technology parks" is one noun
                and not re.search(r"\w+s\s+(?:and|or)\s", whole.group(1))
            ):
                name = whole.group(1)  # "Vehicles" under "Autonomous sanitation vehicles by district": those vehicles
            elif (
                unit in (None, "count")
                and re.fullmatch(r"[A-Za-z][a-z-]*s", name)
                and (fuller := self._fuller_count(name))
                # (a caption of other things is of other things: "Stations" under "Electric-vehicle charging by ...")
                and _stems(_caption_kind(table.caption)) <= _stems(fuller)
            ):
                name = fuller  # "Venues", after "642 science-popularization venues"
            elif (
                unit in CURRENCIES
                and whole
                and re.fullmatch(_KIND_MONEY, name, re.I)
                and re.search(r"\b(?:" + _FIRMS + r")$", whole.group(1), re.I)
            ):  # "Revenue" under "Remote sensing data companies in five districts": those companies' revenue
                kind = whole.group(1)
                name = f"{name} of {kind[:1].lower() + kind[1:] if kind[1:2].islower() else kind}"
            elif (
                unit == "percent"
                and whole
                and re.fullmatch(r"occupancy|utili[sz]ation|usage|uptime|availability|load", name, re.I)
                and not re.search(r"\b(?:of|to|for|from|with|and)\b", whole.group(1))
            ):  # "Occupancy" under "Shared clean-room facilities by district": those facilities' occupancy
                kind = whole.group(1)
                name = f"{name} of {kind[:1].lower() + kind[1:] if kind[1:2].islower() else kind}"
            if re.match(r"per\b", name, re.I) and levels:  # "Per 10,000 residents", after "Researchers"
                name = f"{levels[-1]} {name[:1].lower()}{name[1:]}"
                if times[-1] is None:  # ... at the time of the column it divides
                    times[-1] = next((w for w, p in zip(times, plain, strict=False) if p == levels[-1]), None)
            elif unit == "percent" and counted and re.fullmatch(_GROUP_OF_PEOPLE, name, re.I):
                name = f"share of {name.lower()} among {counted[-1]}"  # "Women (%)" after "Researchers"
            if _NO_MEASURE_COLUMN.fullmatch(name):
                measures.append(None)  # no measure of the row's: its rank, its founding year
                plain.append(name)
                continue
            index = self._column_index(name) if unit is None else None
            if index is not None:  # "Nature Index", "Capability": each row's rank in an index the text names
                measures.append(None)
                plain.append(name)
                ranked[len(measures) - 1] = index
                continue
            if (
                industry
                and not re.search(r"\b(?:industry|sector)\b", name, re.I)
                and not re.match(r"(?:change|growth)", name, re.I)
            ):
                name = f"{industry} {name[:1].lower()}{name[1:] if name[1:2].islower() else name[1:]}"  # its industry's
            if (
                unit == "percent"
                and levels
                and re.fullmatch(
                    r"(?:(?:year-on-year|annual|yoy)\s+)?(?:growth|change|increase)"
                    r"(?:\s+(?:on|over|from|vs\.?|versus|compared with)\s+(?:19|20)\d\d|\s+year on year|\s+y/y)?",
                    name,
                    re.I,
                )
            ):  # ("Growth on 2024")
                name = f"growth of {levels[-1]}"  # "Growth (%)" after "Operating revenue": the revenue's growth
                if times[-1] is None and levels[-1] in plain:  # ... over the time of the column it grows, the
                    times[-1] = times[len(plain) - 1 - plain[::-1].index(levels[-1])]  # nearest ("Revenue (2025)")
            changed = re.fullmatch(r"(?:change|growth|increase|rise)\s+(?:in|of)\s+(.+)", name, re.I)
            if changed and unit == "percent":
                base = next(
                    (m for m, p in zip(measures, plain, strict=True) if m and _stems(p) == _stems(changed.group(1))),
                    None,
                )
                if base is None:
                    known = self._known_measure(changed.group(1), "count")
                    base = known or self._new_measure(changed.group(1))
                measures.append(self._growth_measure(base))
            else:
                fits = _rate_unit(name) or unit or "count"
                measures.append(self._known_measure(name, fits) or self._new_measure(name))
            plain.append(name[:1].lower() + name[1:] if name[1:2].islower() else name)
            if (unit or "count") in ("count", *CURRENCIES) and not _rate_unit(name) and " per " not in f" {name} ":
                levels.append(plain[-1])
                if (unit or "count") == "count":
                    counted.append(plain[-1])
        for (line, row_name, values), subject, quote in zip(table.rows, subjects, table.quote_from, strict=True):
            if subject is None:
                continue
            year = int(row_name) if by_year else table.year
            for k, ((label, unit, scale), measure, value) in enumerate(
                zip(table.columns, measures, values, strict=True)
            ):
                if k in ranked and value is not None and value == int(value) and 0 < value <= 1000:
                    when = _When(year=year)
                    self._rank_of(subject, int(value), line, when, [(ranked[k], 0)], how="in a table", year=year)
                    continue
                if measure is None or value is None:
                    continue
                unit = _rate_unit(label) or unit
                unit = unit or ("percent" if str(measure).endswith("-growth") else "count")
                if any(
                    c.data.get("subject") == subject
                    and c.data.get("value") == _clean(value)
                    and c.data.get("unit") == unit
                    and str(c.data.get("year") or c.data.get("as_of") or "")[:4] == str(year)
                    for c in self.out.indicators
                ):
                    continue  # said in the text already, of that year
                year_end = by_year and (
                    re.search(r"\((?:at\s+)?(?:year[- ]end|end of (?:the )?year)\)", label, re.I)
                    or (unit == "count" and _stock_label(label))  # "Enterprises": at the year's end
                )
                dated = times[k] or (
                    {"as_of": f"{year}-12"}
                    if year_end
                    else {"as_of": table.as_of}
                    if table.as_of and not by_year and not _FLOW_COLUMN.search(label)
                    # "Research workforce by district, 2024", after "742,500 researchers at the end of 2024": its stocks
                    # at that year's end
                    else {"as_of": self.latest_end}
                    if year
                    and self.latest_end == f"{year}-12"
                    and not by_year
                    # (a rate of a flow per head is over the year: "image reads per 10,000 residents")
                    and (
                        unit == "count"
                        or unit in ("per-10k-people", "per-10k-employees")
                        and _stock_label(self._plain_label(str(measure)).split(" per ")[0])
                    )
                    and not str(measure).endswith("-growth")
                    and not _FLOW_COLUMN.search(label)
                    and times[k] is None
                    else {"year": year}
                    if year
                    else None
                )
                if dated is None and self.pub and _STAFF_COLUMN.fullmatch(re.sub(r"\s*\([^)]*\)", "", label).strip()):
                    dated = {"as_of": f"{self.pub[0]}-{self.pub[1]:02d}"}  # "Staff", in a table of no date: now
                if dated is None:
                    continue
                record: dict[str, Any] = {
                    "subject": subject,
                    "measure": measure,
                    "value": _clean(value),
                    "unit": unit,
                    **dated,
                    "quote": quote if scale != 1.0 else line,
                    "note": f"a table row, the column {label}",
                }
                self.add(Candidate("indicators", record, record["quote"], 0.75), ("mt", line, k))

    def _row_of_kind(self, name: str, quote: str, kind: str | None) -> str | None:
        """A new entity of the kind a table's first column says its rows are ("City": Nanjing), for a
        row that names one thing (a capitalized name, not a total or a note)."""
        lower = re.fullmatch(
            r"(?P<first>[A-Z][\w’'.-]*)(?:\s+[a-z][\w-]*){0,2}\s+(?P<kind>zone|park|cluster|town)", name
        )
        if lower and (  # "Taihu digital zone": a name, its kind in lower case, an area's (not "North zone")
            kind not in ("DevelopmentArea", "SciencePark", "InnovationCluster", "Place")
            or lower["first"] in _COMPASS_WORDS
        ):
            return None
        if kind is None or not (re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}", name) or lower):
            return None
        if re.search(r"\b(?:Total|All|Average|Other|Others|Median|Rest)\b", name):
            return None
        eid = slug(name)
        if eid not in self.new_entities:
            cand = Candidate("entities", {"id": eid, "type": kind, "label": name}, quote, 0.6, {"type_guess": 0.6})
            self.new_entities[eid] = cand
            self.out.entities.append(cand)
        return eid

    def _column_index(self, name: str) -> str | None:
        """The index a table column of ranks is headed by: the index named in the text whose name
        holds every word of the column's ("Capability" for the China Urban Innovation Capability
        Ranking), the first named when several do; None when none does."""
        words = set(normalize_name(re.sub(r"\s*\([^)]*\)", "", name)).split()) - {"rank", "ranking", "index"}
        if not words:
            return None
        named = list(dict.fromkeys([*(str(c.data["id"]) for c in self.out.mentions), *self.new_entities]))
        found = [
            eid
            for eid in named
            if set(self._types(eid)) & _indexes() and words <= set(normalize_name(self._label(eid)).split())
        ]
        whole = [eid for eid in found if "IndexEdition" not in self._types(eid)]  # an index, not one edition of it
        return (whole or found)[0] if found else None  # the one the text names first

    def _done_instead(self, measure: str, before: str) -> str | None:
        """A count of the things ``measure`` counts, by the other verb that comes right before an elided
        figure: "shipped 12,000 units and sold 8,000" (units sold); None when no other verb does."""
        verb = re.search(
            r"\band\s+(?:also\s+)?("
            + _DONE_VERBS
            + r")\s+(?:about |some |around |nearly |roughly |more than |over )?$",
            before,
        )
        label = self._plain_label(measure)
        said = re.fullmatch(r"(.+?)\s+(" + _DONE_VERBS + r")", label)
        if verb is None or said is None or said.group(2) == verb.group(1):
            return None
        return self._new_measure(f"{said.group(1)} {verb.group(1)}")

    def _in_state(self, measure: str, after: str) -> str:
        """``measure``, or its count in the state said right after an elided figure ("300 data centres in
        operation and 12 under construction": data centres under construction)."""
        if self._unit_of(measure) not in (None, "count"):
            return measure
        label = restated(self._plain_label(measure), after)
        return measure if label is None else self._new_measure(label)

    def _new_measure(self, name: str) -> str:
        """A new measure named ``name`` (its id with "new:")."""
        # (a sentence's capital, not a name's: "Capital Innovative Procurement Index score" keeps it)
        first = name.split()[0] if name.split() else ""
        lowered = (
            name[1:2].islower()
            and not re.match(r"\S+\s+[A-Z]", name)
            and not re.search(r"[A-Z]", first[1:])  # ("BeiDou terminals")
            and not self._named_word(first.rstrip("’'s"))  # ("Beijing makers")
        )
        label = name[:1].lower() + name[1:] if lowered else name
        label = re.sub(r"\b[Aa]rtificial[- ]intelligence\b", "AI", label)  # the short name labels use
        shared = re.fullmatch(r"share of (?:the |these |those )?([a-z][a-z-]*s)", label)
        if shared and (fuller := self._fuller_count(shared.group(1))):
            label = f"share of {fuller}"  # "a third of the facilities", after "41 shared clean-room facilities"
        # "Contracts were worth 198.5 billion yuan, putting Chaoyang's share at 12.4 percent": a share of
        # no named whole is of the figure of a whole before it in the paragraph
        bare = re.fullmatch(
            r"(?:(?:putting|bringing|taking|making|lifting|pushing|raising)\s+\S+?['’]s\s+)?share"
            r"(?:\s+of\s+(?:the\s+)?(?:(?:city|city['’]s|national|district['’]s|country['’]s)\s+)?(?:total|whole))?",
            label,
        )
        whole = next(
            (
                self._measure_label(str(c.data["measure"]))
                for c in reversed(self.out.indicators[self.paragraph_from :])
                if c.data.get("unit") not in ("percent", "fraction") and not c.data.get("growth")
            ),
            "",
        )
        compared = re.search(  # ("9.1 percent, against 7.2 percent for the city as a whole": a share of something else)
            r"\bas a whole\b|\bshare\b[^.;]*\b(?:for|in|across)\s+the\s+(?:city|country|nation)\b",
            self.read_now or "",
        )
        # (not "Its share was 12 percent" after its own revenue: a share of what it does not say)
        own = re.search(r"\b(?:[Ii]ts|[Tt]heir)\s+share\b", self.read_now or "")
        if bare and whole and not whole.startswith("share") and not compared and not own:
            label = f"share of {whole}"
        self.out.labels.setdefault(slug(label), label)
        return "new:" + slug(label)

    def _district(self, name: str, quote: str) -> str | None:
        """The district ``name`` names ("Haidian", "Haidian District"): the known entity, or a new
        one drafted from the reference list of Beijing's districts (outside knowledge)."""
        named = district(name)
        if named is None:
            return None
        known = self.gaz.names.get(normalize_name(named[0]))
        if known is not None:
            return known
        eid = slug(named[0])
        if eid not in self.new_entities:
            data: dict[str, Any] = {"id": eid, "type": "District", "label": named[0]}
            data["outside"] = {"label_zh": named[1], "note": OUTSIDE_NOTE}
            cand = Candidate("entities", data, quote, 0.8, {"type_guess": 0.8})
            self.new_entities[eid] = cand
            self.out.entities.append(cand)
        return eid

    def _row_entity(self, label: str, quote: str = "") -> str | None:
        """The entity a table row's label names whole: a known one, a district of Beijing, or a
        new name of a kind of organization or place ("Example University")."""
        found = [x for x in self.gaz.find(label) if (x.start, x.end) == (0, len(label))]
        if found:
            return found[0].id
        named_district = self._district(label, quote or label) if district(label) else None
        if named_district:
            return named_district
        short = self.gaz.short_form(label)
        if short is not None:
            return short
        if slug(label) in self.new_entities:
            return slug(label)
        parented = self._with_parent(label)
        if parented is not None:
            return parented
        coded = _CODED_NAME.fullmatch(label)
        if coded:  # "Peking University, PKU", "Beijing, CN": the name, without its code
            return self._row_entity(coded.group("name"), quote)
        plural = re.search(r"(?:ies|[^s]s)$", label.split()[-1]) is not None  # "National Key Laboratories": a kind
        if not plural and re.fullmatch(r"[A-Z][\w’'&.-]*(?:\s+(?:of|and|for|the|[A-Z][\w’'&.-]*))*", label):
            kind, conf = _guess_type(label)
            if conf > 0.5 and kind not in ("Investor", "Index", "Plan", "Event"):
                eid = slug(label)
                if eid not in self.new_entities:
                    cand = Candidate(
                        "entities", {"id": eid, "type": kind, "label": label}, label, conf, {"type_guess": conf}
                    )
                    self.new_entities[eid] = cand
                    self.out.entities.append(cand)
                return eid
        return None

    def new_index(self, sents: list[Sentence], title: str | None = None) -> tuple[str, int | None] | None:
        """The index an article reports on when the graph does not know it: the name with an
        index's head word ("... Index", "... Evaluation", "... Ranking") it names most, and the
        edition year named with it ("the 2023 edition of the X", "X 2024", in the text or its
        headline), else the one edition the text names ("The 2024 edition scores ..."). It is
        proposed as a new entity."""
        counts: Counter[str] = Counter()
        years: Counter[tuple[str, int]] = Counter()
        editions = {
            int(y)
            for s in sents
            for y in re.findall(r"\b[Tt]he ((?:19|20)\d\d) (?:edition|results|rankings?)\b", s.text)
        }
        if self.pub:  # not one still to come ("The 2026 rankings will add ten cities")
            editions = {y for y in editions if y <= self.pub[0]}
        for text in [title or "", *(sent.text for sent in sents)]:
            ranks = any(pattern.search(text) for pattern, _ in _rank_patterns())
            # "came in second in the Global Science Hubs Report 2024": a report that ranks, by its use
            said = [*_NEW_INDEX.finditer(text), *(_RANKING_REPORT.finditer(text) if ranks else ())]
            for m in said:
                name = re.sub(r"^(?:The|This|That|Its|Their|Our|A|An)\s+", "", m.group("name"))  # not the article
                year = m.group("y1") or m.group("y2")
                if normalize_name(name) in self.gaz.names or len(name.split()) < 2 or name.startswith("Top "):
                    continue  # (a name, not "Our Top 10")
                if name.endswith(" League") and len(name.split()) < 4 and not year:
                    continue  # "the C9 League", "Ivy League": a group of universities, no index
                counts[name] += 1
                if year:
                    years[(name, int(year))] += 1
        if not counts:
            return None
        for short in list(counts):  # "Eldercare ... Index" in a headline, "Beijing Eldercare ... Index" in the text
            full = max((n for n in counts if n.endswith(" " + short)), key=len, default=None)
            if full is not None:
                counts[full] += counts.pop(short)
                for n, y in list(years):
                    if n == short:
                        years[(full, y)] += years.pop((n, y))
        name = counts.most_common(1)[0][0]
        eid = slug(name)
        if eid not in self.new_entities:
            quote = next((s.text for s in sents if name in s.text), name)
            cand = Candidate("entities", {"id": eid, "type": "Index", "label": name}, quote, 0.7, {"type_guess": 0.7})
            self.new_entities[eid] = cand
            self.out.entities.append(cand)
        named_years = [y for (n, y), _ in years.most_common() if n == name]
        if named_years:
            return eid, named_years[0]
        # the newest edition it names: the one reported ("the 2025 results"; "third in the 2024 edition" before)
        return eid, max(editions) if editions else None

    # rankings
    def rankings(
        self,
        sent: Sentence,
        when: _When,
        mentions: list[Mention],
        new: list[tuple[str, int, int, str]],
        places: list[tuple[str, int]],
        main_place: str | None,
    ) -> None:
        s = sent.text
        ordinal = "|".join(_ORDINALS)
        used: set[int] = set()
        spans: list[tuple[int, int]] = []  # where ranks were read: a rank is read once
        found_here: list[tuple[int, dict[str, Any]]] = []
        indexes = [(x.id, x.start) for x in mentions if x.is_a(_indexes())]
        indexes += [(e, a) for e, a, _, k in new if k in _indexes()]
        named_index = min(indexes, key=lambda x: x[1])[0] if indexes else None
        if not indexes and self.current_index is not None and not self._is_main_index(self.current_index):
            # "The second is the Example Startup Index ... Silicon Valley kept the top spot": the index
            # the text turned to, not the article's main one
            indexes = [(self.current_index, -1000)]
        for pattern, fixed in _rank_patterns():
            for m in pattern.finditer(s):
                if any(abs(m.start() - u) < 5 for u in used):
                    continue
                ord_at = m.span("ord") if m.groupdict().get("ord") else m.span()
                if any(a <= ord_at[0] < b for a, b in spans):
                    continue  # "the highest-ranked entry, at 14th": the 14th read once
                used.add(m.start())
                spans.append(m.span())
                rank_text = m.groupdict().get("ord") or m.groupdict().get("no")
                rank = fixed or (
                    int(rank_text)
                    if rank_text and rank_text.isdigit()
                    else _ordinal(rank_text or "") or _RANK_NUMBERS.get((rank_text or "").lower())  # "number two"
                )
                if re.match(r"\w+\s+(?:in\s+at\s+)?number\s", m.group()) and not re.search(
                    r"(?:\b(?-i:[A-Z])[\w’'-]*|\b(?:it|they|which|who))\s+$", s[: m.start()]
                ):
                    continue  # "talent is number one": said of no name
                if not rank or re.match(r"\s*[:：]", s[m.end() :]):
                    continue  # "Ranked 9th: X" names X after it (read below)
                if m.groupdict().get("gap") and not found_here and not _RANK_SAID.search(s[: m.start()]):
                    continue  # "and Seoul second" names a rank only after one said ("Tokyo came fourth and ...")
                if re.match(r"(?i)came (?:out )?(?:on )?top|.*runners?-up", m.group()) and not (
                    indexes
                    or re.match(r"[^.;]{0,30}\bedition\b", s[m.end() :])
                    # "In engineering, X came out on top", in an article on an index: that index's table
                    or (
                        self.main_index is not None
                        and (re.match(r"\s*(?:In|For|On)\s+[^,]{2,40},", s) or m.group().endswith("-up"))
                        and not _CONTEST.search(s)
                    )
                ):
                    continue  # "came out on top in the robotics challenge": a contest, not a ranking
                named = [(x.id, x.start) for x in mentions if not x.is_a(_indexes())]
                # (not a word inside a known name: "Telecommunications" of "... of Posts and Telecommunications")
                named += [
                    (e, a)
                    for e, a, _, k in new
                    if k not in _indexes() and not any(x.start < a < x.end for x in mentions)
                ]
                clause_start = max(s.rfind(";", 0, m.start()), s.rfind(", and ", 0, m.start()), -1)
                # the names before it in its clause, and "the city" or "the district" standing for one
                before = (
                    [x for x in named if clause_start < x[1] < m.start()]
                    + [
                        x
                        for x in places  # right before the rank: not in an aside ("X, home to the city's ...,")
                        if clause_start < x[1] < m.start() and not re.search(r"[,’']", s[x[1] : m.start()])
                    ]
                )
                opener = re.match(
                    r"\s*([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)(?:,\s+|\s+(?!of\b|and\b))"
                    r"(?:[a-z]|\d{1,3}(?:st|nd|rd|th)\b)",  # "Guangzhou, 11th overall, was ..."
                    s[clause_start + 1 :],
                )
                # "Cambridge in England dropped to eighth": the name before "in", not where it is
                located = [x for x in before if re.search(r"[A-Z][\w’'-]*\s+in\s+$", s[: x[1]])]
                if located:
                    before = [x for x in before if x not in located]
                if opener and (
                    clause_start + 1 + opener.end(1) > m.start() or opener.group(1) in ("Ranked", "Placed", "Ranking")
                ):
                    # "Ranked first, North Harbour scored ...": the name comes after the rank
                    opener = re.match(
                        r"(?:\s+(?:" + _PRIOR + r"))?,\s+((?!The\b)[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*)\s+[a-z]",
                        s[m.end() :],
                    )
                entity: str | None
                pronoun = re.search(r"(?:^|[\s,])(?:it|they)\s+(?:\w+\s+){0,2}$", s[clause_start + 1 : m.start()])
                who = m.groupdict().get("who")
                if who:  # "put Beijing third"
                    named_there = [  # not a shorter name at its start ("University of Science" and ...)
                        x for x in named if x[1] == m.start("who") and len(self._label(x[0]) or who) >= len(who) - 2
                    ]
                    # ... nor the last word of a longer one ("... of Posts and Telecommunications, fourth overall")
                    inside = [
                        e for e, a in named if e in self.gaz.types and a < m.start("who") < a + len(self._label(e))
                    ]
                    entity = (
                        named_there[0][0]
                        if named_there
                        else inside[0]
                        if inside
                        else self.gaz.short_form(who) or slug(who)
                    )
                elif (
                    before
                    and not (
                        aside := re.match(  # "Hefei, the only Chinese newcomer, debuted at 23rd"
                            r"\s*([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*),\s+(?:the|a|an)\s[^,;]*,\s*(?:\w+\s+){0,2}$",
                            s[clause_start + 1 : m.start()],
                        )
                    )
                ):
                    entity = max(before, key=lambda x: x[1])[0]
                elif before and aside:
                    name = aside.group(1)
                    entity = next(
                        (eid for eid, at in before if at == clause_start + 1 + aside.start(1)),
                        self.gaz.names.get(normalize_name(name)) or self.gaz.short_form(name) or slug(name),
                    )
                elif pronoun and self.it_refers is not None:  # "In the 2022 edition it was ranked No. 2"
                    entity = self.it_refers
                elif opener and opener.group(1).lower() not in _NOT_NAMES and not opener.group(1).isupper():
                    name = opener.group(1)  # "Anhui was the fastest climber": a name the gazetteer lacks
                    entity = self.gaz.names.get(normalize_name(name)) or self.gaz.short_form(name) or slug(name)
                else:
                    entity = self._subject(places, m.start(), main_place)
                if entity is None:
                    continue  # a rank of nothing the text names
                edition = None
                year = when.year
                if indexes:
                    after = [x for x in indexes if 0 <= x[1] - m.end() <= 8]
                    cited = [x for x in indexes if re.search(r"\baccording to (?:the )?$", s[: x[1]], re.I)]
                    nearest = sorted(indexes, key=lambda x: abs(x[1] - m.start()))
                    edition = (after or cited or nearest)[0][0]
                    edition_label = self._label(edition)
                    undated = slug(_undated(edition_label))
                    known = self.gaz.names.get(normalize_name(_undated(edition_label)))
                    if (
                        self.main_index is not None and undated == self.main_index[0]
                    ):  # "the Example Index 2023" beside the article's Example Index: that index, that year
                        edition, year = self.main_index[0], _label_year(edition_label) or self.main_index[1] or year
                    elif (
                        known is not None
                        and known != edition
                        and _label_year(edition_label)
                        and set(self.gaz.types.get(known, ())) & _indexes()
                    ):
                        # "the Nature Index 2024 Science Cities": the known index, its 2024 edition
                        edition, year = known, _label_year(edition_label)
                elif self.main_index is not None and not re.match(
                    r"\s*(?:place\s+)?(?:globally|worldwide|nationwide|in the (?:world|country)|in China)?\s*"
                    r"(?:in|for) (?:the )?(?:number|share|amount|level)\b",
                    s[m.end() :],
                ):  # the index the article is about, unless the rank is of a count of its own
                    edition, index_year = self.main_index
                    year = index_year or year
                if edition:
                    year = _label_year(self._label(edition)) or year
                    at_edition = next((a for e, a in indexes if e == edition and a >= 0), None)
                    lead_year = (
                        re.search(
                            r"\b((?:19|20)\d\d)\s+(?:edition\s+of\s+(?:the\s+)?)?$",
                            s[max(0, at_edition - 30) : at_edition],
                        )
                        if at_edition is not None
                        else None
                    )
                    if lead_year:  # "In the 2024 Evaluation of ...": the year said before the index's name
                        year = int(lead_year.group(1))
                own_year = re.match(r"\s+(?:back\s+)?in\s+((?:19|20)\d\d)\b(?!\s*[-–])", s[m.end() :])
                guessed = bool(edition) and year is None  # the edition's year is the publication's, guessed:
                if guessed:  # no earlier edition is derived from it ("for a third year", "up from fifth")
                    year = self._guessed_edition_year()
                if own_year:  # "climbed from 31st in 2022 to 16th in 2024": the 16th is of 2024 ("9th back in 2019")
                    year = int(own_year.group(1))
                record: dict[str, Any] = {"entity": entity, "rank": rank}
                if edition:
                    record["edition"] = edition
                consecutive = re.search(
                    r"\bfor (?:the |a )?(\w+) (?:(?:consecutive|straight|successive) (?:years?|times|editions?)|"
                    r"(?:year|time|edition)s? (?:in a row|running|in succession))\b",
                    s,
                    re.I,
                )
                if (
                    consecutive
                    and not re.search(  # said of this rank, not of another in the sentence
                        r";|,\s+(?:and|while|but)\s|(?<!No)\.\s", s[m.start() : consecutive.start()]
                    )
                ):
                    count = (
                        _WORD_NUMBERS.get(consecutive.group(1).lower())
                        or _ordinal(consecutive.group(1))
                        or (int(consecutive.group(1)) if consecutive.group(1).isdigit() else None)
                    )
                    if count:
                        record["consecutive"] = count
                prep = "" if re.search(r"\s(?:on|in|for)\s+$", s[m.start() : m.end()]) else r"(?:in|for|on) "
                category = re.match(
                    r"\s*(?:(?:spot|place|position)\s+)?(?:nationwide |globally |in (?:the )?(?:country|world|China) )?"
                    + prep
                    + r"((?:the )?(?:number|share|amount|level)[^,.;]{3,80}|[a-z][^,.;]{3,60})",
                    s[m.end() :],
                )
                category_at = m.end() + category.start(1) if category else 0
                index_names = [self._label(eid) for eid, _ in indexes] + (
                    [self._label(self.main_index[0])] if self.main_index else []
                )
                if category and (
                    any(category_at <= at < category_at + len(category.group(1)) for _, at in indexes)
                    or any(name and name in category.group(1) for name in index_names)
                ):
                    category = None  # "held the top spot in the Example Index 2023": the index, no category
                if category:
                    cat = re.split(
                        r"\s+(?:for the|for \w+ consecutive|and (?:also|was|is|ranked|placed|" + ordinal + r")"
                        r"|in (?:19|20)\d\d|among|where|while|but|after|as|behind|ahead of|above|below|just)\b",
                        category.group(1).strip(),
                    )[0]
                    if not re.match(
                        r"(?:the |a |an )?(?:\w+ ){0,2}?(?:consecutive|years?|times?|editions?|place|position)\b|"
                        r"(?:the )?(?:strength|back|basis|way|course|track|list|top|world|country)\b|"
                        r"(?:its|their) own\b",
                        cat,
                    ):
                        # "on the research output pillar again": the pillar, without the adverb
                        cat = re.sub(r"\s+(?:again|still|too|also|now|once more|this year|last year)$", "", cat)
                        # "the index's research pillar": the pillar
                        cat = re.sub(r"^(?:the |its |their )?(?:(?:index|ranking|table|list)(?:’s|'s) )?", "", cat)
                        record["category"] = cat
                if m.groupdict().get("cat"):
                    record["category"] = m.group("cat")
                pillar = re.search(  # "in the talent stock pillar it ranked 2nd", "its ranking on the talent pillar"
                    r"\b(?:[Ii]n|[Oo]n|[Ff]or|[Ff]rom|[Bb]y) (?:the|its|their) "
                    r"((?:[\w-]+\s+){0,4}?(?:pillar|sub-index|subindex|category|dimension))\b[^,;]*(?:,\s+where\b[^,;]*)?$",
                    s[clause_start + 1 : m.start()],
                )
                if pillar and "category" not in record:
                    record["category"] = pillar.group(1)
                topped = re.match(  # "Haidian topped the research pillar": the pillar it led
                    r"\s+(?:the|its|their)\s+((?:[\w-]+\s+){0,4}?(?:pillar|sub-index|subindex|category|dimension|"
                    r"sub-ranking))\b",
                    s[m.end() :],
                )
                if topped and "category" not in record:
                    record["category"] = topped.group(1)
                passive = re.search(  # "The adoption pillar was topped by Shenzhen": the pillar it led
                    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[\w-]+\s+){0,4}?(?:pillar|sub-index|subindex|category|dimension|"
                    r"sub-ranking))\s+(?:was|is|were|has\s+been)\s+(?:again\s+|also\s+|once\s+more\s+)?"
                    r"(?:topped|led|headed)\s+by\s[^,;]*$",
                    s[clause_start + 1 : m.end()],
                )
                if passive and "category" not in record and record.get("rank") == 1:
                    record["category"] = passive.group(1)
                lead = re.match(
                    r"\s*(?:and\s+|but\s+|while\s+)?(?:[Ii]n|[Ff]or|[Oo]n)\s+(?:the\s+)?(?P<field>[a-z][a-z&-]*(?:\s+[a-z&-]+){0,5}?)"
                    r"(?:,\s+|\s+(?=(?:it|they)\s))",  # "In engineering, X was ...", "in the humanities it came"
                    s[clause_start + 1 : m.start()],
                )
                if (
                    "category" not in record
                    and lead
                    and lead.group("field").split()[0] not in _NOT_FIELDS_LEADING
                    and not re.search(r"\b(?:place|position|spot|edition|year|" + ordinal + r")\b", lead.group("field"))
                ):  # "In engineering and technology, Tsinghua was ranked No. 2"
                    record["category"] = lead.group("field")
                tail = ("in " if re.search(r"\bin\s*$", m.group(0)) else "") + s[m.end() :]  # ", third in " the ...
                edition_said = (
                    re.match(  # "in the 2023 edition", "in the previous edition", "in last year's edition"
                        r"\s*(?:place\s+)?in (?:the )?((?:19|20)\d\d|previous|last|preceding|last year(?:’s|'s))"
                        # ("second in last year's inaugural table")
                        r"(?: (?:inaugural|first|annual|overall))? (?:edition|table|ranking|league table|list|index)\b",
                        tail,
                    )
                    or _edition_lead(s[clause_start + 1 : m.start()], ordinal)
                )
                back_then = re.search(
                    r"\b(?:a year (?:ago|earlier|before)|last year|the year before),?\s+when\s+"
                    r"(?:it|they|[A-Z][\w-]*)\s+(?:was\s+|were\s+)?$",
                    s[: m.start()],
                )
                aside = re.search(
                    r"\b(?:in (?:the )?(?P<y>(?:19|20)\d\d)|last year|a year (?:ago|earlier)|the year before)"
                    r"(?: edition)?\s*,$",
                    m.group(0),
                )
                if aside and not edition_said:  # "Hangzhou, 11th last year, rose to ninth": its own edition
                    year = int(aside.group("y")) if aside.group("y") else year - 1 if year is not None else None
                elif back_then and year is not None and not edition_said:  # "74.9 a year ago, when it finished fifth"
                    year -= 1
                if edition_said and edition_said.group(1).isdigit():  # "Tianjin, tenth in the 2023 edition, ..."
                    year = int(edition_said.group(1))
                elif edition_said and year is not None:  # "the runner-up in the previous edition"
                    year -= 1
                elif (
                    edition
                    and year is not None
                    and not aside
                    and not back_then
                    and (m.groupdict().get("prior") or re.match(r"\s+(?:" + _PRIOR + r")\b", s[m.end() :]))
                ):  # "Ranked at No. 4 last year, Boston fell to sixth in the X Index 2025": the edition before
                    year -= 1
                if isinstance(entity, str) and entity not in self.gaz.labels and self._label(entity).isupper():
                    continue  # an acronym the gazetteer lacks ("GDP") is not what is ranked
                out_of = re.search(
                    r"(?<![\d.]\s)(?<![\d.])\b(?:among|out of|(?:in|of) an? (?:survey|ranking|assessment|comparison|"
                    r"study|league table|list|field) of) ((?:more than |over |nearly |about |some )?\d[\d,]*[^,.;]*)",
                    s[m.end() :],
                )
                # "among 30 cities", "second in a survey of 16 districts": how many were ranked (not "scoring 92.6
                # out of 100": a score's scale)
                if out_of:
                    record["out_of"] = re.sub(
                        r"\s+for the \w+ (?:consecutive|straight|successive) \w+$", "", out_of.group(1).strip()
                    )
                    if str(record.get("category", "")).endswith(record["out_of"]):
                        del record["category"]  # "a survey of 16 districts": how many were ranked, not a category
                if year is not None:
                    record["year"] = year
                record["quote"] = s
                conf = 0.6 + (0.2 if edition else 0) + (0.1 if year else 0)
                said_cat = record.get("category") or ""
                if _CONTEST.search(said_cat):
                    continue  # "came first in a national robot-soccer contest": a contest, no index
                both = re.fullmatch(r"both\s+(.+?)\s+and\s+(?:(?:for|in|on)\s+)?(.+)", said_cat)
                categories = (
                    [both.group(1), both.group(2)]  # "first on both talent and large models": two pillars
                    if both
                    else re.split(r"\s+and (?:for|in|on) ", said_cat)
                    if said_cat
                    else [None]
                )
                for cat_one in categories:  # "first for research strength and for talent": two pillars
                    one = dict(record)
                    if cat_one:
                        one["category"] = cat_one
                    key = ("r", entity, rank, edition, year, one.get("category"))
                    self.add(Candidate("rankings", one, s, round(conf, 2)), key)
                    found_here.append((m.start(), one))
                    if guessed:
                        self.guessed_ranks.add(id(one))
                    for earlier, why in _kept_since(s, m, year, one.get("consecutive")) if not guessed else ():
                        again = {**one, "year": earlier, "note": why}
                        again.pop("consecutive", None)
                        key = ("r", entity, rank, edition, earlier, one.get("category"))
                        self.add(Candidate("rankings", again, s, round(conf - 0.1, 2)), key)
        self._earlier_editions(s, found_here)
        opens_with_index = (
            bool(_RANKISH.search(s))
            and any(  # "3. In the Example Parks Ranking 2025, compiled
                # by ..., the base entered the top ten": the index next sentences rank in (not "On the X Index website")
                re.fullmatch(r"\W*(?:\d{1,2}[.)]\s*)?(?:In|For)\s+the\s+(?:(?:19|20)\d\d\s+)?", s[:at])
                for _, at in indexes
                if at >= 0
            )
        )
        if named_index is not None and (
            found_here
            or opens_with_index
            or re.search(r"\b(?:first|second|third|other|latter|next)(?: one)? (?:is|was) the\b", s, re.I)
        ):  # the text turns to an index it ranks by, not one it mentions in passing
            self.current_index = named_index
        # "17th in 2022, 9th in 2023 and 7th in the 2024 edition", "from 31st in 2022 to ...": a rank a year
        dated = list(
            re.finditer(
                r"\b(?P<ord>\d{1,3}(?:st|nd|rd|th)|" + ordinal + r")\s+in\s+(?:the\s+)?(?P<y>(?:19|20)\d\d)"
                r"(?:\s+edition)?\b(?!\s*[-–])",
                s,
                re.I,
            )
        )
        if len(dated) >= 2 or (dated and found_here):
            for pair in dated:
                if any(a <= pair.start("ord") < b for a, b in spans) or not _ordinal(pair.group("ord")):
                    continue
                owner = [r["entity"] for at, r in found_here if at < pair.start()]
                named_before = [x for x in [(x.id, x.start) for x in mentions] if x[1] < pair.start()]
                entity = (
                    owner[-1] if owner else max(named_before, key=lambda x: x[1])[0] if named_before else self.it_refers
                )
                if entity:
                    year_said = int(pair.group("y"))
                    self._rank_of(entity, _ordinal(pair.group("ord")) or 0, s, _When(), indexes, year=year_said)
        # "behind A in first place, B second, and C third"
        behind = re.search(r"\bbehind (.+)$", s)
        one_name = r"(?<![\w’'&-])[A-Z][\w’'&-]*(?: (?:of |for )?[A-Z][\w’'&-]*)*"  # hyphens inside words only
        names_run = r"(?P<name>" + one_name + r"(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?" + one_name + r")*)"
        for word, step in (("behind(?: only)?", -1), ("trailing(?: only)?", -1), ("ahead of", 1), ("followed by", 1)):
            near = re.search(
                r"(?:\b(?P<ord>"
                + ordinal
                + r"|\d{1,3}(?:st|nd|rd|th))(?!\s+(?:straight\s+|consecutive\s+)?(?:years?|times?|editions?)\b)|"
                r"\bNo\.\s?(?P<no>\d{1,3})|\b(?P<top>top(?:ped|s)|led|leads|headed|heads))\b"
                # (no other rank between: "led the X pillar, and in the Y pillar it ranked 2nd, behind Z")
                r"(?:(?!\b(?:(?:" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))\b(?!\s+(?:consecutive|straight|successive)\b)|"
                r"No\.|led\b|leads\b|top(?:ped|s)?\b|headed\b|(?:were|was|is|are|has|have|had)\b))[^.;]){0,90}?"
                r",?\s+" + word + r"\s+(?:the\s+)?" + names_run + r"(?![\w ]*\b(?:" + ordinal + r")\b)",
                s,
            )
            if near and near.group("top") and near.start("name") - near.end("top") > 40 + len(word):
                near = None  # "Haidian led ... in robot exports, with most shipped to Germany, followed by Japan"
            rank_here = (
                (1 if near.group("top") else int(near.group("no")) if near.group("no") else _ordinal(near.group("ord")))
                if near
                else None
            )
            if near and rank_here:
                same = [(at, r) for at, r in found_here if r["rank"] == rank_here and at < near.end()]
                ranked_with = max(same, key=lambda x: x[0])[1] if same else {}
                category = ranked_with.get("category")
                listed = [
                    re.sub(r"^the\s+", "", x.strip())
                    for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", near.group("name"))
                    if x.strip()
                ]
                # "third behind A and B": A first, B second; "sixth, ahead of A and B": A seventh, B eighth
                ranks = (
                    [rank_here - len(listed) + i for i in range(len(listed))]
                    if step < 0
                    else [rank_here + 1 + i for i in range(len(listed))]
                )
                for name, rank in zip(listed, ranks, strict=True):
                    if rank >= 1:  # in the edition of the rank they are behind
                        self._ranked(name, rank, s, when, indexes, category=category, year=ranked_with.get("year"))
        # "A and B ranked second and fifth (respectively)": each its own, in order
        rank_word = r"(?:" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))"
        for paired in re.finditer(
            r"(?P<names>" + one_name + r"(?:(?:,\s*|,?\s+and\s+)" + one_name + r")+)"
            r"\s+(?:were\s+)?(?:ranked|placed|came|finished|took|were|held|stood)\s+(?:in\s+|at\s+)?(?:the\s+)?"
            r"(?P<ords>" + rank_word + r"(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?" + rank_word + r")+)"
            r"(?!\s+(?:to|in line)\b)",  # "were first and second to adopt the rule": an order of events
            s,
        ):
            names = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", paired.group("names")) if x.strip()]
            ords = [
                _ordinal(x.strip())
                for x in re.split(r",\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", paired.group("ords"))
            ]
            if len(names) != len(ords) or not all(ords):
                continue
            targets = {self._rank_target(name, s): rank for name, rank in zip(names, ords, strict=True)}
            self.out.rankings = [  # not the nearest name's alone ("Shanghai ranked second")
                c
                for c in self.out.rankings
                if not (c.quote == s and targets.get(c.data["entity"], c.data["rank"]) != c.data["rank"])
            ]
            for name, rank in zip(names, ords, strict=True):
                self._ranked(name, rank or 0, s, when, indexes)
        # "A and B tied for second", "A and B shared 21st place", "rounded out the top five"
        for tie in re.finditer(
            r"(?P<names>" + one_name + r"(?:(?:,\s*|,?\s+and\s+)" + one_name + r")+)"
            r"\s+(?:were\s+)?(?:tied\s+(?:for|in|at)|shared|share|jointly\s+(?:held|took))\s+(?:the\s+)?"
            r"(?P<ord>" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))\b",  # "Wuhan and Chengdu shared 21st place"
            s,
        ):
            for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", tie.group("names")):
                if name.strip() and _ordinal(tie.group("ord")):
                    self._ranked(name.strip(), _ordinal(tie.group("ord")) or 0, s, when, indexes)
        rounded = re.search(
            r"(?P<name>(?<![\w’'-])[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)\s+rounded out the top (?P<n>"
            + "|".join(_WORD_NUMBERS)
            + r"|\d+)\b",
            s,
        )
        if rounded:
            count = _WORD_NUMBERS.get(rounded.group("n").lower()) or (
                int(rounded.group("n")) if rounded.group("n").isdigit() else 0
            )
            if count:
                self._ranked(rounded.group("name"), count, s, when, indexes)
        if behind:
            placed = r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)\s+(?:in\s+)?(" + ordinal + r")(?:\s+place)?\b"
            for part in re.finditer(placed, behind.group(1)):
                name = part.group(1).strip()
                target = self.gaz.names.get(normalize_name(name)) or slug(name)
                record = {"entity": target, "rank": _ordinal(part.group(2)), "quote": s}
                if when.year is not None:
                    record["year"] = when.year
                if indexes:
                    record["edition"] = indexes[0][0]
                self.add(Candidate("rankings", record, s, 0.6), ("r", target, record["rank"], s))
        # "Rank 8: China Agricultural University", "Ranked 9th: X": a label, then the name
        for labelled in re.finditer(
            r"^\s*Rank(?:ed)?\s+(?:No\.\s?)?(?P<ord>"
            + ordinal
            + r"|\d+(?:st|nd|rd|th)?)\s*[:：]\s*(?P<name>"
            + one_name
            + ")",
            s,
            re.I,
        ):
            rank_here = _ordinal(labelled.group("ord")) or (
                int(labelled.group("ord")) if labelled.group("ord").isdigit() else 0
            )
            if rank_here:
                self._ranked(labelled.group("name"), rank_here, s, when, indexes)
        # "In third place was Suzhou": the name after the rank
        for inverted in re.finditer(
            r"\b(?:[Ii]n|[Aa]t)\s+(?P<ord>" + ordinal + r"|\d+(?:st|nd|rd|th))\s+(?:place|position|spot)\s*,?\s+"
            r"(?:was|were|came|stood|sat|is|are)\s+(?:the\s+)?(?P<name>" + one_name + r")",
            s,
        ):
            if _ordinal(inverted.group("ord")):
                self._ranked(inverted.group("name"), _ordinal(inverted.group("ord")) or 0, s, when, indexes)
        # "the top three were A, B and C": ranks in the order named
        top = re.search(
            # "the top three were A, B and C", "The top ten, in order: A, B, ..."
            r"\btop (two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:[ ,]+[\w’'-]+){0,5}?"
            r"(?:\s+(?:were|are|was)|:)\s+"
            r"(.+?)(?:[.;]|$)",
            s,
            re.I,
        )
        took = re.search(  # "A, B and C took the top three spots"
            r"(?P<names>" + one_name + r"(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?" + one_name + r")+)\s+"
            r"(?:took|occupied|claimed|filled|made up|held|swept|kept|retained|took up)\s+the\s+top\s+"
            r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b(?:\s+(?:spots|places|positions))?",
            s,
        )
        field = re.match(r"\s+(?:in|for|by)\s+(?:the\s+)?(?!the\b)([a-z][\w-]*)", s[took.end() :]) if took else None
        if not (indexes or self.main_index) or (
            field and field.group(1) not in ("ranking", "rankings", "index", "list", "table", "league")
        ):
            took = None  # "Huawei, Xiaomi and Oppo took the top three spots in smartphone shipments": no index
        if took:
            names = [
                re.sub(r"^the\s+", "", n.strip()) for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", took.group("names"))
            ]
            names = [n for n in names if n]
            count = how_many(took.group("n"))
            if count and len(names) == count:
                for rank, name in enumerate(names, 1):
                    self._ranked(name, rank, s, when, indexes)
                unchanged = re.match(  # "..., unchanged from the 2024 edition": the same ranks in that one too
                    r"(?:(?!\b(?:and|while|but|whereas)\b)[\w\s]){0,60}?,?\s+"  # not into the next clause
                    r"(?:unchanged from|the same as(?: in)?|as in)\s+(?:the\s+)?"
                    r"(?:(?P<y>(?:19|20)\d\d)(?:\s+edition)?|(?P<last>last year|the (?:previous|last) edition))\b",
                    s[took.end() :],
                )
                now = self._rank_year(when, indexes)
                then = (
                    int(unchanged.group("y"))
                    if unchanged and unchanged.group("y")
                    else now - 1
                    if unchanged and now
                    else None
                )
                for rank, name in enumerate(names, 1) if then else ():
                    self._ranked(name, rank, s, when, indexes, year=then)
        if top and re.search(
            r"\balphabetical|\bin no (?:particular )?order\b|\bby name\b|\bunranked\b", top.group(0), re.I
        ):
            top = None  # "The top three, alphabetically: ...": no order of ranks
        if top:
            names = [
                re.sub(r"^the\s+|\s*\([^()]*\)$", "", n.strip())  # "the University of Cambridge", "X (MIT)"
                for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", top.group(2))
                if n.strip()
            ]
            if not all(name[:1].isupper() for name in names):
                names = []  # "the top three concerns were talent, funding and regulation": no names ranked
            count = _WORD_NUMBERS.get(top.group(1).lower()) or int(top.group(1)) if top.group(1).isdigit() else None
            count = count or _WORD_NUMBERS.get(top.group(1).lower())
            if count and len(names) == count:
                for rank, name in enumerate(names, 1):
                    self._ranked(name, rank, s, when, indexes)
        # rows of a table or a numbered list: "4   London   -1", "5. Zhejiang", "6. Shandong 7. Hubei"
        if sent.index in self.list_rows and sent.index in self.row_headers:
            self._header_row(sent, _cells(s), self.row_headers[sent.index], when, indexes)
        elif sent.index in self.whose_rank_rows:  # "Nature Index Science Cities | 2025 | 1 (unchanged) | Beijing"
            self._whose_rank_row(sent, when, indexes)
        elif sent.index in self.ordinal_rows:  # "• Chaoyang: 2nd (up from 3rd)"
            row_m = self.ordinal_rows[sent.index]
            row_rank = _ordinal(_unjoint(row_m["rank"])) or 0
            self._ranked(row_m["name"], row_rank, s.strip(), when, indexes, confidence=0.55)
            said = _EARLIER_NOTE.search(row_m["note"] or "")
            row_before = (
                (row_rank if said["same"] else _ordinal(_unjoint(said["from"] or said["was"]))) if said else None
            )
            if row_before:
                self._ranked(row_m["name"], row_before, s.strip(), when, indexes, confidence=0.5, earlier=True)
        elif sent.index in self.list_rows:
            for row in re.finditer(
                r"(?:^|\s)(?:#|No\.[ ]?|=)?(\d{1,3})[.):]?[ \t]+(" + _ROW_NAME + r")(?:[ \t]+\((\d{1,3})\)(?![\d.]))?"
                r"(?:[ \t]*(?:\((?P<score>\d{1,3}\.\d+)\)|"
                r"(?:[,:]|[ \t][-–—])[ \t]*(?P<points>\d{1,3}(?:\.\d+)?)[ \t]+points\b)|"
                r"[ \t]+[-–—:][ \t]+(?:(?P<said>(?i:score)):?[ \t]+)?(?P<dashed>\d{1,3}\.\d+)"
                # "1. Tsinghua University — 91.2 (2)", "... — 91.2 (last year: 2)", "... — 72.7 (new)"
                r"(?:[ \t]+\((?:(?P<last>" + EARLIER_LABEL + r")\s*:?\s*)?(?P<was>\d{1,3})\)|"
                r"[ \t]+\((?i:" + NEW_MARK + r")\))?$|"
                # "3.  Beijing   80.4   (5)" under "score ...; previous rank in brackets"
                r"[ \t]+(?P<plain>\d{1,3}\.\d+)[ \t]+\((?P<then>\d{1,3})\)$)?",
                _unpiped(s),
            ):
                self._ranked(row.group(2), int(row.group(1)), s.strip(), when, indexes, confidence=0.55)
                score = (
                    row.group("points")
                    or (row.group("score") if self._scores_listed() else None)
                    or (
                        row.group("dashed")
                        # ("1. Qux University — 91.2 (2)": a score between the name and the rank before)
                        if row.group("said") or row.group("was") or self._scores_listed(headers=False, strict=True)
                        else None
                    )
                    or (row.group("plain") if self._scores_listed(headers=False, strict=True) else None)
                )
                if score:  # "2. Qux: 88 points", "1. Example University (94.1)" under "with scores": the index's score
                    self._index_score(row.group(2), float(score), s.strip(), self._rank_year(when, indexes), indexes)
                earlier_rank = (
                    row.group(3)
                    or (row.group("was") if row.group("last") else None)
                    or ((row.group("then") or row.group("was")) if self._ranks_before_bracketed() else None)
                )
                if earlier_rank:  # "5. Boston-Cambridge (6)": the rank in the edition before, in brackets
                    self._ranked(
                        row.group(2), int(earlier_rank), s.strip(), when, indexes, confidence=0.5, earlier=True
                    )

    def _whose_rank_row(self, sent: Sentence, when: _When, indexes: list[tuple[str, int]]) -> None:
        """A row of a table of one entity's ranks in several indexes: its rank in the row's index (of
        the year an "Edition" or "Year" column gives), the same in the edition before when the row says
        "(unchanged)", and another entity's rank given in brackets in another column ("Shanghai (10)")."""
        header, at, who = self.whose_rank_rows[sent.index]
        cells = _cells(sent.text)
        first_cell_end = sent.text.find(cells[0]) + len(cells[0])
        row_indexes = [(eid, a) for eid, a in indexes if a < first_cell_end]  # the index the row's first cell names
        if not row_indexes:
            return
        quote = sent.text.strip()
        year = next(
            (
                int(c)
                for title, c in zip(header, cells, strict=True)
                if re.fullmatch(r"(?:19|20)\d\d", c.strip()) and re.fullmatch(r"edition|year", title.strip(), re.I)
            ),
            None,
        )
        category = cells[0].split(",", 1)[1].strip() if "," in cells[0] else None
        placed = re.match(r"(\d{1,3})\s*(?:\((?P<note>[^()]*)\))?", cells[at].strip())
        if placed is None:
            return
        rank = int(placed.group(1))
        how: dict[str, Any] = {"confidence": 0.55, "category": category}
        self._ranked(who, rank, quote, when, row_indexes, year=year, **how)
        if placed["note"] and re.fullmatch(_SAME_RANK, placed["note"].strip(), re.I) and year:
            self._ranked(who, rank, quote, when, row_indexes, year=year - 1, **how)
        for k, cell in enumerate(cells):
            other = re.fullmatch(r"([A-Z][\w’' -]{1,40}?)\s*\((\d{1,3})\)", cell.strip())
            if k not in (0, at) and other:  # "Shanghai (10)": that city's own rank
                self._ranked(other.group(1), int(other.group(2)), quote, when, row_indexes, year=year, **how)

    def _header_row(
        self, sent: Sentence, cells: list[str], header: list[str], when: _When, indexes: list[tuple[str, int]]
    ) -> None:
        """A row of a ranking table under a header row ("Rank | Zone | Score | Previous rank"):
        the rank, the name, the rank in the edition before and the index's score, by column."""
        at = _rank_column(header) or 0
        placed = rank_cell(cells[at]) if len(cells) == len(header) else None
        if placed is None:
            return
        quote = sent.text.strip()
        named_at = next((k for k, cell in enumerate(cells) if k != at and not re.match(r"[\d.,+=-]", cell)), None)
        if named_at is None:
            return
        name = cells[named_at]
        category = self._caption_category(self.row_captions.get(sent.index, ""))
        self._ranked(name, placed, quote, when, indexes, confidence=0.6, category=category)
        year = self._rank_year(when, indexes)  # the rank's edition
        others = [
            (k, title, cell)
            for k, (title, cell) in enumerate(zip(header, cells, strict=True))
            if k not in (at, named_at)
        ]
        overall = _OVERALL.fullmatch(header[at].strip()) is not None
        # "Rank | District | Score | Openness | Adoption", in an article on an index's pillars
        pillar_columns = {
            k
            for k in self.pillar_columns.get(sent.index, set())
            if re.search(r"\b" + re.escape(header[k].strip().lower()) + r"\b", self.pillars_said)
        }
        # "Rank | Name | Score | Last year" under "The top twelve, with last year's rank:": that column is ranks
        said_earlier = re.search(
            r"\b(?:last year['’]s|previous|prior)\s+(?:rank|ranking|place|position)s?\b|"
            r"\b(?:rank|ranking|place|position)s?\s+(?:last year|a year (?:earlier|ago|before)|"
            r"in the previous edition)\b",
            self.row_captions.get(sent.index) or self._words_before_table(),
            re.I,
        )
        for k, title, cell in others:
            number = cell.replace(",", "")
            if said_earlier and re.fullmatch(r"last year|a year ago", title.strip(), re.I):
                title = "Rank (last year)"  # (read below as the edition before's)
            if (overall or k in pillar_columns) and number.isdigit() and not _EARLIER_RANK_HEADER.fullmatch(title):
                # "Park | Overall | Innovation | Industry": beside the overall rank, the rank on each pillar
                pillar = title.strip().lower()
                self._ranked(name, int(number), quote, when, indexes, confidence=0.55, category=f"{pillar} pillar")
            elif _EARLIER_RANK_HEADER.fullmatch(title) and (before := rank_cell(number)) is not None:
                self._ranked(
                    name,
                    before,
                    quote,
                    when,
                    indexes,
                    confidence=0.55,
                    earlier=True,
                    category=category,
                    how=f"in the column {title!r}",
                    edition_year=int(named.group(1)) if (named := re.search(r"\b((?:19|20)\d\d)\b", title)) else None,
                )
            elif _SCORE_HEADER.fullmatch(title) and re.fullmatch(r"\d+(?:\.\d+)?", number):
                self._index_score(name, float(number), quote, year, indexes)
            elif (
                re.fullmatch(r"\d+(?:\.\d+)?", number)
                and not _RANK_TITLE.search(title)
                and not _NO_MEASURE_COLUMN.match(title)
                and not (re.fullmatch(r"(?:1[89]|20)\d\d", number))  # a year ("Founded")
            ):
                self._column_figure(
                    name, title, float(number), quote, year, self.row_captions.get(sent.index, ""), sent.index
                )

    def _caption_category(self, caption: str) -> str | None:
        """The sub-ranking a ranking table's caption names ("Table 2. Computer science, top five":
        computer science); None for the overall table ("Overall ranking, top eight", "Top 10
        companies", one that names an index).

        >>> ex = _Extractor(Gazetteer([], {}), None, [])
        >>> ex._caption_category("Table 2. Computer science and AI, top five"), ex._caption_category("Top 10 firms")
        ('computer science and AI', None)
        """
        if not (
            _CAPTION_LABEL.match(caption)
            or re.search(r"\btop\s+(?:\d+|[a-z]+)\b|\b(?:ranking|ranked|league|by number of)\b", caption, re.I)
        ) or re.match(r"(?:source|note|notes)\b", caption, re.I):
            return None  # "Where the cities stand", "Source: ...": a heading or a note, no sub-ranking
        rest = _CAPTION_LABEL.sub("", re.sub(r"\s*\([^)]*\)", "", caption)).strip()
        if rest.isupper():  # "RESULTS OF THE EXAMPLE INDEX 2024"
            rest = rest.title()
        indexes = [
            str(c.data["label"]) for c in self.new_entities.values() if c.data["type"] in ("Index", "IndexEdition")
        ]
        if self.main_index is not None:
            indexes.append(self._label(self.main_index[0]))
        if (
            not rest
            or any(x.is_a(_indexes()) for x in self.gaz.find(rest))
            or re.search(r"\bIndex\b", rest)
            or any(_undated(label).casefold() in rest.casefold() for label in indexes if label)
        ):
            return None
        rest = re.sub(r"[,:;–-]?\s*\b(?:the\s+)?top\s+(?:\d+|[a-z]+)\b", " ", rest, flags=re.I)
        rest = re.sub(r"\b(?:overall|ranking|rankings|table|results?|league|edition)\b", " ", rest, flags=re.I)
        rest = re.sub(r"\b(?:19|20)\d\d\b", " ", rest)
        rest = " ".join(rest.split()).strip(" ,:;.-")
        edge = r"(?:of|the|in|for|on|by|and|a|an|to|as|published|final|full|main|key)"
        rest = re.sub(rf"^(?:{edge}\s+)+|(?:\s+{edge})+$", "", rest, flags=re.I).strip(" ,:;.-")
        if len(rest) < 3 or re.fullmatch(edge, rest, re.I):
            return None
        if re.fullmatch(r"(?:[\w-]+\s+){0,2}" + _LISTED_KINDS, rest, re.I):
            return None  # "Top 10 metros", "Leading science hubs": what the rows are, no sub-ranking
        proper = any(w[:1].isupper() and not w.isupper() for w in rest.split()[1:])  # a name, not "... and AI"
        return rest[:1].lower() + rest[1:] if rest[1:2].islower() and not proper else rest

    def _column_figure(
        self, name: str, title: str, value: float, quote: str, year: int | None, caption: str, row: int = -1
    ) -> None:
        """A figure in a ranking table's other column ("Papers, 2020-2024", "Companies", "Subject
        score", "Income (million yuan)"): the ranked entity's, of the measure the column names (in
        the caption's words when it says what is counted: "... by number of index companies"), of
        the time the title names, else of the rank's edition."""
        unit, scale = _unit_note(title)
        plain, own = _column_time(re.sub(r"\s*\([^)]*\)", "", title).strip())
        when: dict[str, Any] = own or ({"year": year} if year else {"as_of": PUBLICATION})
        if not re.search(r"[A-Za-z]{3}", plain):
            return
        counted = re.search(r"\b(?:by|on)\s+(?:the\s+)?(?:number|count|share|amount)\s+of\s+([\w\s&-]+)", caption, re.I)
        if counted and _stems(counted.group(1).split()[-1]) == _stems(plain.split()[-1]):
            plain = counted.group(1).strip()  # "Companies" under "District ranking by number of index companies"
        if unit is None and scale == 1.0:  # "Top 10 (valuation in billion yuan)": the caption gives its unit
            (_, unit, scale), *_ = _glossed(caption, [(title, None, 1.0)], [])[0]
            above = next((k for k in range(row - 1, row - 80, -1) if self.sent_texts.get(k) == caption), None)
            if (unit, scale) != (None, 1.0) and above is not None:  # the quote runs from the caption that says it
                quote = "\n".join(self.sent_texts[k] for k in range(above, row + 1) if k in self.sent_texts)
        stock = next((when for said, when in self.ranked_by if said <= _stems(plain) and said), None)
        glossed = caption_glosses(caption).get(title.strip().lower(), "")
        if re.search(r"\b(?:19|20)\d\d\b", glossed) and not own:
            when = {"year": int(re.findall(r"\b((?:19|20)\d\d)\b", glossed)[-1])}  # "(revenue in billion yuan, 2025)"
        if stock and not own:  # "ranks ... by their valuation as of 30 September 2026": the figures' day
            when = {"as_of": stock} if "-" in stock else {"year": int(stock)}
        unit = unit or _rate_unit(plain) or "count"
        label = plain[:1].lower() + plain[1:] if plain[1:2].islower() else plain
        measure = self._known_measure(label, unit) or self._new_measure(label)
        record: dict[str, Any] = {
            "subject": self._rank_target(name, quote),
            "measure": measure,
            "value": _clean(value * scale),
            "unit": unit,
            **when,
            "quote": quote,
            "note": f"a ranking table's row, the column {title!r}",
        }
        self.add(Candidate("indicators", record, quote, 0.6), ("i", record["value"], unit, name, quote))

    def _words_before_table(self, *, headers: bool = False) -> str:
        """The last words read before the table or list at hand, its rows left out, and its header
        unless ``headers`` ("The top twelve institutions, with last year's rank:")."""
        return next(
            (
                s
                for s in reversed(self.read)
                if not re.match(r"[\s|]*(?:#|No\.\s?)?\d{1,3}[.):=]?\s", s)
                and re.search(r"[A-Za-z]", s)
                and (headers or s.count("|") < 2)
            ),
            "",
        )

    def _scores_listed(self, *, headers: bool = True, strict: bool = False) -> bool:
        """Whether the list at hand is said to give scores: the words before its rows say "score"
        or "points" ("The top five, with scores out of 100:"), or the header of a table before
        it does, unless not ``headers``."""
        intro = self._words_before_table(headers=headers)  # (the header of a table before, or words only)
        said = r"\b(?:scores?|points)\b" if strict else r"\b(?:scores?|scored|points)\b"  # "that scored best"
        return re.search(said, intro, re.I) is not None

    def _ranks_before_bracketed(self) -> bool:
        """Whether the words before the list at hand say its bracketed figures are the ranks of the
        edition before ("score out of 100; previous rank in brackets")."""
        intro = next((s for s in reversed(self.read) if not re.match(r"\s*(?:=|T-?)?\d{1,3}[.):]?\s", s)), "")
        return (
            re.search(
                r"\b(?:previous|last year['’]s|prior|\d{4})\s+(?:rank|position|place)s?\s+"
                r"in\s+(?:brackets|parenthes[ie]s)\b",
                intro,
                re.I,
            )
            is not None
        )

    def _rank_year(self, when: _When, indexes: list[tuple[str, int]]) -> int | None:
        """The year of the edition a rank in this sentence is of: the one the index's name carries,
        or the article's index's, or the sentence's time."""
        main = self.main_index[1] if self.main_index else None
        if indexes:
            named = _label_year(self._label(indexes[0][0]))
            if named:
                return named
        return main or when.year or self._guessed_edition_year()

    def _guessed_edition_year(self) -> int | None:
        """The year of an index's edition that no year names: the publication's (the edition out then),
        unless the article is from its first quarter, when that year's edition may not be out yet."""
        return self.pub[0] if self.pub and self.pub[1] > 3 else None

    def _index_score(
        self, name: str, value: float, quote: str, year: int | None, indexes: list[tuple[str, int]]
    ) -> None:
        """The index score of the entity called ``name``, in the sentence's or the article's index."""
        index = indexes[0][0] if indexes else self.main_index[0] if self.main_index else None
        if index is None:
            return
        label = _undated(self._label(index)) + " score"
        record: dict[str, Any] = {
            "subject": self._rank_target(name, quote),
            "measure": self._new_measure(label),
            "value": _clean(value),
            "unit": "count",
            **({"year": year} if year else {"as_of": PUBLICATION}),
            "quote": quote,
        }
        self.add(Candidate("indicators", record, quote, 0.6), ("i", record["value"], "count", name, quote))

    def _earlier_editions(self, s: str, found: list[tuple[int, dict[str, Any]]]) -> None:
        """Ranks in an earlier edition, said beside the current one: "up from fourth in 2022",
        "down from second the year before", "the same position as last year"."""
        ordinal = "|".join(_ORDINALS)
        said = [
            (m.start(), _ordinal(m.group("ord") or m.group("ord2")), m.group("y") or m.group("y2"))
            for m in re.finditer(
                r"\b(?:up|down|rising|falling|climbing|slipping|dropping|rose|fell|climbed|slipped|dropped|"
                r"jumped|moved up|moved down) from"
                r" (?:the )?(?P<ord>"
                + ordinal
                + r"|\d+(?:st|nd|rd|th))(?!\s+(?:quarter|half|phase|round|batch|time)\b)"
                r"(?:\s+(?:place|position|spot))?(?:\s+(?:in|of) (?:the )?(?P<y>(?:19|20)\d\d)\b)?|"
                # "placed eighth, compared with 12th in the previous edition": only with the edition it was in
                r"\b(?:compared (?:with|to)|against|versus|vs\.?) (?:the )?(?P<ord2>"
                + ordinal
                + r"|\d+(?:st|nd|rd|th))"
                r"(?:\s+(?:place|position|spot))?\s+(?:in (?:the )?(?:previous|last|prior) edition|last year|"
                r"a year (?:earlier|ago|before)|the year before|in (?:the )?(?P<y2>(?:19|20)\d\d)\b)",
                s,
                re.I,
            )
        ]
        said += [  # "moved up to 14th place from 18th in 2023"
            (m.start("from"), _ordinal(m.group("ord")), m.group("y"))
            for m in re.finditer(
                r"\bto (?:the )?(?:" + ordinal + r"|\d+(?:st|nd|rd|th))(?:\s+(?:place|position|spot))?\s+"
                r"(?P<from>from) (?:the )?(?P<ord>" + ordinal + r"|\d+(?:st|nd|rd|th))(?:\s+(?:place|position|spot))?"
                r"(?:\s+(?:in|of) (?:the )?(?P<y>(?:19|20)\d\d)\b)?",
                s,
                re.I,
            )
        ]
        said += [
            (m.start(), None, m.group("y"))
            for m in re.finditer(
                r"\b(?:the same (?:position|place|rank|spot) as|unchanged from) (?:last year|the year before|"
                r"a year (?:earlier|ago)|in the (?:last|previous) edition|(?:in )?(?P<y>(?:19|20)\d\d))|"
                r"\bheld (?:its|their) (?:position|place)\b",
                s,
                re.I,
            )
        ]
        for at, rank, year_text in said:
            # the rank said nearest before it, in its clause
            clause = max(s.rfind(";", 0, at), s.rfind(", while ", 0, at), s.rfind(", and ", 0, at))
            # (at its very place: "fell from third to fourth", read from "fell")
            current = [(abs(pos - at), r) for pos, r in found if clause < pos <= at]
            if not current:
                continue
            said_now = min(current, key=lambda c: c[0])[1]
            if id(said_now) in self.guessed_ranks:
                continue  # its own edition's year is a guess: none before it is derived
            if year_text and said_now.get("year") == int(year_text) and self.main_index is None:
                said_now["year"] = int(year_text) + 1  # "rose to 8th from 12th in 2022": 2022 is the 12th's year
            now = dict(said_now)
            if now.get("year") is None and not year_text:
                continue
            record = {k: v for k, v in now.items() if k in ("entity", "edition", "category")}
            record["rank"] = rank or now["rank"]
            record["year"] = int(year_text) if year_text else int(now["year"]) - 1
            record["quote"] = s
            record["note"] = "the rank in the edition before, said beside the current one"
            key = ("r", record["entity"], record["rank"], record.get("edition"), record["year"], record.get("category"))
            self.add(Candidate("rankings", record, s, 0.6), key)

    def score_of_ranked(self, figures: list[Candidate], ranks: list[Candidate]) -> None:
        """A sentence that ranks one entity gives that entity's index score ("North Harbour
        ranked first with 88.1 points"), whoever the figure's subject was taken to be."""
        ranked = {c.data["entity"] for c in ranks}
        scores = [
            c
            for c in figures
            if c.data["measure"].endswith("-score") or self._measure_label(c.data["measure"]).endswith(" score")
        ]
        if len(scores) != 1 or None in ranked or not ranked:
            return  # "A ranked first with 88.1 points, while B scored 85.2": whose is which is not read here
        if len(ranked) > 1:
            # "Boston held the top spot with a score of 91.2, and the Bay Area was ranked No. 2": the score is of
            # the ranked name said last before it in its clause
            s, value = scores[0].quote, scores[0].data["value"]
            at = next((n.start for n in _numbers(s) if _clean(n.value) == value), -1)
            said = [(s.rfind(self._label(e) or "\0", 0, at), e) for e in ranked] if at > 0 else []
            said = [(pos, e) for pos, e in said if pos >= 0 and not re.search(r";|,\s+(?:and|while|but)\s", s[pos:at])]
            if len(said) != 1:
                return
            ranked = {said[0][1]}
        scores[0].data["subject"] = ranked.pop()

    def _is_main_index(self, eid: str) -> bool:
        """Whether an index (or an edition of it, "Example Index 2024") is the article's main index."""
        if self.main_index is None:
            return False
        main = self.main_index[0]
        return eid == main or slug(_undated(self._label(eid))) == slug(_undated(self._label(main)))

    def _ranked(
        self, name: str, rank: int, quote: str, when: _When, indexes: list[tuple[str, int]], **how: Any
    ) -> None:
        """A ranking of the entity called ``name`` (see :meth:`_rank_target`); ``how`` as for :meth:`_rank_of`."""
        self._rank_of(self._rank_target(name, quote), rank, quote, when, indexes, **how)

    def _rank_target(self, name: str, quote: str | None = None) -> str:
        """The entity a ranked name is: a known one, a short name defined in brackets, one of
        Beijing's districts ("Chaoyang", drafted from the reference list when the graph lacks it,
        given the ``quote`` to draft it from), the one new name that holds it, or a new name."""
        defined = self.short_names.get(normalize_name(name))
        target = self.gaz.names.get(normalize_name(name)) or (defined[0] if defined else None)
        if target is None and quote is not None:
            target = self._district(name, quote)
        target = target or self._with_parent(name)
        coded = _CODED_NAME.fullmatch(name)
        if target is None and coded:  # "Tsinghua University, CN", "Boston (US)": the name, without its country
            return self._rank_target(coded.group("name"), quote)
        if target is None:  # "Cambridge" after "the University of Cambridge": the one new name holding it
            holding = [
                eid
                for eid, cand in self.new_entities.items()
                if re.search(r"(?:^|\s)" + re.escape(name) + r"$", label := str(cand.data.get("label", "")))
                and not re.search(r",|\s(?:and|&)\s", label)
                and eid != slug(name)
            ]
            target = holding[0] if len(holding) == 1 else (self._drafted_cut(name, quote or "") or slug(name))
        return target

    def _rank_of(
        self,
        target: str,
        rank: int,
        quote: str,
        when: _When,
        indexes: list[tuple[str, int]],
        *,
        confidence: float = 0.6,
        earlier: bool = False,
        how: str = "given in brackets",
        edition_year: int | None = None,
        category: str | None = None,
        year: int | None = None,
    ) -> None:
        """A rank of the entity ``target`` in the sentence's or the article's index: in the edition
        ``year`` (else the sentence's), or in the edition before when ``earlier``."""
        record: dict[str, Any] = {"entity": target, "rank": rank}
        if category:
            record["category"] = category
        year = year if year is not None else self._rank_year(when, indexes)
        if indexes:
            record["edition"] = indexes[0][0]
            label = self._label(indexes[0][0])
            if self.main_index is not None and slug(_undated(label)) == self.main_index[0]:
                record["edition"] = self.main_index[0]  # "the Example Index 2025": the article's index, as above
        elif self.main_index is not None:
            record["edition"] = self.main_index[0]
        if earlier and (year is not None or edition_year is not None):
            year = edition_year if edition_year is not None else year - 1 if year is not None else None
            record["note"] = f"the rank in the edition before, {how}"
        if year is not None:
            record["year"] = year
        record["quote"] = quote
        self.add(
            Candidate("rankings", record, quote, confidence), ("r", target, rank, record.get("edition"), year, category)
        )

    # posts
    def posts(self, sent: Sentence, mentions: list[Mention], new: list[tuple[str, int, int, str]]) -> None:
        """Posts (person, role, organization) the sentence states; see kg.ingest.people."""
        s = sent.text
        people = [(x.id, x.start, x.end) for x in mentions if x.is_a(_people())]
        people += [(eid, a, b) for eid, a, b, kind in new if kind == "Person"]
        # a name whose words did not tell its type ("Tang Weiwei has spent ..."), or one word of it ("Tang
        # is ..."): a person's, if the sentence gives it a post
        untyped = {eid for eid, _, _, kind in new if kind == "Organization" and _name_shaped(self._label(eid))}
        people += [(eid, a, b) for eid, a, b, _ in new if eid in untyped]
        people += self._surnames(s, people, [(x.start, x.end) for x in mentions] + [(a, b) for _, a, b, _ in new])
        first_person = re.search(
            r"\bI\b(?=\s+(?:am|was|work|worked|co-?founded|founded|head|run|lead|joined|have\s+been|had\s+been|"
            r"have\s+(?:chaired|run|led|headed|directed)|"
            r"serve|served|teach|taught|advise|chair|direct|manage)\b)",
            s,
        )
        # (not in a sentence that quotes or reports anyone: "'I am now chief engineer at X,' he said")
        quoted = first_person and re.search(
            r"[\"“”‘’]|^\s*(?!"
            + _LEAD_IN
            + r")[A-Z][\w.’' -]{0,30}:\s|\b(?:said|says|told|recalls|recalled|adds|added)\b",
            s,
        )  # (a speaker's label, "Luo: I head ...", not a lead-in: "Full disclosure, since you asked: I lead ...")
        # "I work as a product manager at X": the writer's post (not a speaker's, quoted or in a transcript)
        if self.writer and first_person and not quoted and self.speaker is None:
            people.append((self.writer[0], first_person.start(), first_person.end()))
        # (people only: not a name of no known kind, which may be a firm's: "Jingtan Composites")
        named = [
            p
            for p in people
            if s[p[1] : p[2]] not in ("I", "we", "We") and (p[0] not in untyped or pinyin_name(s[p[1] : p[2]].split()))
        ]
        # "She is chief engineer at X" opening a sentence, "the chip company he founded": the one person
        # named in this sentence before it, or in the sentence before; never when two people are named
        # there, in a quotation or reported words, nor in a denial or a condition
        hedged = re.search(
            r"[\"“”]|\b(?:said|says|told|recalled|denied|denies|if|would|whether|unless|rumou?red)\b", s, re.I
        )
        as_role = _AS_ROLE.match(s)  # "As deputy director of X, she drafted the plan": her post, said first
        spans = [m.span() for m in _PRONOUN_POST.finditer(s)] + ([as_role.span("pronoun")] if as_role else [])
        for at, stop in sorted(spans) if not hedged else ():
            opening = not s[:at].strip() or (as_role is not None and at == as_role.start("pronoun"))
            # (", the firm she founded", ", which she co-founded in 2019": a body named before, her post in it)
            relative = re.search(r",\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}|(?:which|that)\s+)$", s[:at])
            before = {p[0] for p in named if p[2] <= at}
            clause = re.search(r"(?:[;:]|,?\s+and)\s*$", s[:at])  # "...; she previously worked"
            said = [p[0] for p in people if p[1] < at and s[p[1] : p[2]].lower() in ("he", "she")]
            if (relative or clause) and len(before) == 1:
                people.append((next(iter(before)), at, stop))
            elif clause and not before and said:  # "He was previously X at Y, and he is a vice-chairman of Z"
                people.append((said[-1], at, stop))
            elif (opening or relative) and not before and self.last_person is not None:
                index, who, alone = self.last_person
                if alone and sent.index - index == 1:
                    people.append((who, at, stop))
        if named or people:
            # (not alone beside someone unnamed, "his mother", nor a "Mr. He" whom "He" may stand for)
            others = re.search(
                r"\b(?:his|her|their)\s+(?:late\s+)?(?:mother|father|son|daughter|wife|husband|brother|sister|"
                r"colleague|boss|predecessor|successor|partner|friend|mentor|student)s?\b|"
                r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+He\b",
                s,
            )
            alone = len({p[0] for p in named}) == 1 and not others
            self.last_person = (sent.index, max(named, key=lambda p: p[1])[0] if named else "", alone)
        # (a facility or platform with its own staff holds posts too: "Shi Qinglan, the facility's director")
        kinds, at = _organizations() | _places() | {"Platform", "Facility"}, sent.index
        orgs = [OrgRef(x.id, x.start, x.end, x.types, s[x.start : x.end], at) for x in mentions if x.is_a(kinds)]
        orgs += [OrgRef(eid, a, b, (kind,), s[a:b], at) for eid, a, b, kind in new if kind in kinds]
        fronted = FRONTED.match(s)
        if fronted:  # "Founded by three Tsinghua University graduates, Qiyuan has ...": Qiyuan's sentence
            orgs = [replace(o, aside=o.end <= fronted.end()) for o in orgs]
        from kg.ingest.people import title_split  # "District Mayor Zhao Lei": a title, then a name

        for _eid, a, b, kind in new:
            cut = title_split(s[a:b]) if kind != "Person" else None
            if cut is None:
                continue
            label = s[a + cut : b]
            pid = self.gaz.names.get(normalize_name(label)) or slug(label)
            if pid not in self.gaz.types and pid not in self.new_entities:
                cand = Candidate("entities", {"id": pid, "type": "Person", "label": label}, s, 0.75, {})
                self.new_entities[pid] = cand
                self.out.entities.append(cand)
            self.people.add(pid)
            people.append((pid, a + cut, b))
            found = [x for x in self.gaz.find(s[a : a + cut]) if x.is_a(kinds)]
            for x in found:  # "Example University President X": the university
                orgs.append(OrgRef(x.id, a + x.start, a + x.end, x.types, s[a + x.start : a + x.end], at))
            place = re.match(r"([A-Z][a-z]+)(?:\s+District)?\s", s[a : a + cut])
            if not found and place and district(place.group(1)):  # "Tongzhou Vice District Mayor X": the district
                eid = self._district(place.group(1), s)
                if eid is not None:
                    orgs.append(OrgRef(eid, a, a + place.end(1), ("District",), place.group(1), at))
        trail = self.org_trail
        earlier = trail[-400:]
        for org in sorted(orgs, key=lambda o: o.start):
            self.recent_orgs.append((org.id, org.label))
        orgs = with_anaphora(s, orgs, earlier, at)  # "the center", "its": the one named before
        trail += orgs
        for _eid, a, b, kind in new:  # places inside new names ("Eastlake District Science Bureau")
            if kind in kinds:
                for x in self.gaz.find(s[a:b]):
                    if x.is_a(_places()) and (a + x.start, a + x.end) != (a, b):
                        trail.append(OrgRef(x.id, a + x.start, a + x.end, x.types, s[a + x.start : a + x.end], at))
        if not people:
            return
        cities = [pid for pid, _ in self.place_counts.most_common() if "City" in self._types(pid)]
        as_of = f"{self.pub[0]}-{self.pub[1]:02d}" if self.pub else None
        speaking = self._speakers_org()
        ours = (
            OrgRef(speaking, -1, -1, tuple(self._types(speaking)), self._label(speaking) or speaking, at)
            if speaking
            else None
        )
        for post in read_posts(s, people, orgs, earlier, cities[0] if cities else None, ours):
            if post.person in untyped and self.new_entities[post.person].data["type"] == "Organization":
                self.new_entities[post.person].data["type"] = "Person"
                self.people.add(post.person)
            if (
                self.writer
                and post.person == self.writer[0]
                and post.person not in self.gaz.types
                and post.person not in self.new_entities
            ):  # the writer, named only in the byline
                cand = Candidate("entities", {"id": post.person, "type": "Person", "label": self.writer[1]}, s, 0.6, {})
                self.new_entities[post.person] = cand
                self.out.entities.append(cand)
                self.people.add(post.person)
            if post.person in self.pending_people and post.person not in self.new_entities:
                label = self.pending_people.pop(post.person)
                cand = Candidate("entities", {"id": post.person, "type": "Person", "label": label}, s, 0.6, {})
                self.new_entities[post.person] = cand
                self.out.entities.append(cand)
                self.people.add(post.person)
            if post.org and post.unit:  # a body named past the organization found ("the park's committee")
                label = self._label(post.org) + post.unit
                post.org = self.gaz.names.get(normalize_name(label)) or slug(label)
                if post.org not in self.gaz.types and post.org not in self.new_entities:
                    cand = Candidate(
                        "entities", {"id": post.org, "type": _guess_type(label)[0], "label": label}, s, 0.75, {}
                    )
                    self.new_entities[post.org] = cand
                    self.out.entities.append(cand)
            body = self.publisher_body
            if body and post.org == body[0] and body[0] not in self.gaz.types and body[0] not in self.new_entities:
                cand = Candidate("entities", {"id": body[0], "type": body[2], "label": body[1]}, s, 0.7, {})
                self.new_entities[body[0]] = cand  # the publisher, named in no sentence but its post's org
                self.out.entities.append(cand)
            role = re.sub(r"(?i)^(?:former|ex-)\s*", "", post.role)
            former = (
                role != post.role
                or re.search(r"(?i)\b(?:" + _FORMER + r")\s+(?:[\w-]+\s+){0,3}?" + re.escape(role.split()[0]), s)
                # "As deputy director of X, she drafted the plan in 2021": a post held when she did
                or (as_role and re.match(r"\s+[a-z]+ed\b", s[as_role.end() :]))
            )
            role_id = self.gaz.names.get(normalize_name(role)) or "new:" + slug(role)
            record: dict[str, Any] = {"person": post.person, "role": role_id}
            if post.org:
                record["org"] = post.org
            record["title"] = re.sub(r"[\s.,;:!?”\"’']+$", "", post.title)  # the title, not the sentence's end
            if former:  # "a former director of X": held before the article, not as of it
                record["note"] = "a former post: the source says it was held before its date"
            elif as_of:
                record["as_of"] = as_of
            record["quote"] = s
            conf = post.confidence + (0.05 if post.org and not role_id.startswith("new:") else 0)
            self.add(Candidate("posts", record, s, round(conf, 2)), ("p", post.person, role_id, str(post.org)))
            if post.org and not former:
                self.last_post = (sent.index, str(post.org))
            if self.writer and post.person == self.writer[0] and post.org and not former and self.ours is None:
                self.ours = post.org  # "I lead the group at X. We were 230 people": X's
                if re.search(r"head|director|founder|chief|president|partner|chair", post.role):
                    self.writers_org = post.org  # ... and what the head of X says of no one else (not a staff's)

    def _in_university(self, org: str, s: str) -> str | list[str]:
        """``org``, or, for a school, college or department of a university, the unit and the university:
        a post in both ("a professor at the School of Physics of Example University", "Example
        University's College of Chemistry"; data/README.md: a list of organizations is a post in each)."""
        label = self._label(org)
        if not re.match(r"(?:School|College|Department|Faculty)\s+of\s", label):
            return org
        inside = [x for x in self.gaz.find(label) if x.is_a(_UNIVERSITY)]  # "School of X of Y University"
        at = s.find(label)
        before = (
            [  # "Y University's School of X"
                x for x in self.gaz.find(s[:at]) if x.is_a(_UNIVERSITY) and re.fullmatch(r"(?:’s|'s)\s+", s[x.end : at])
            ]
            if at > 0
            else []
        )
        tail = re.match(r"\s+(?:at|of|in)\s+(?:the\s+)?", s[at + len(label) :]) if at >= 0 else None
        after = (
            [  # "the Department of X at Y University"
                x for x in self.gaz.find(s[at + len(label) + tail.end() :]) if x.is_a(_UNIVERSITY) and x.start == 0
            ]
            if tail
            else []
        )
        found = [  # (not "Peking University Hospital": a body of its own)
            x
            for x in inside or before or after
            if not re.match(r"\s+[A-Z]", (s if x not in inside else label)[x.end :])
        ]
        return [org, found[-1].id] if found and found[-1].id != org else org

    def note_read(self, s: str) -> None:
        """Keep sentence ``s`` as read, with the two-word names it holds."""
        self.read.append(s)
        # (the word saying what the publisher is: "institute" of the Amsel Institute for Neurotechnology Policy,
        # not "policy", which "a national policy" says of no body)
        named = re.split(r"\s+(?:of|for|on)\s+", self.publisher_body[1].lower())[0] if self.publisher_body else ""
        heads = [w for w in named.split()[-1:] if len(w) > 3]
        if heads and re.search(
            r"\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(map(re.escape, heads)) + r")\b", s, re.I
        ):
            # "A Shanghai research institute has ...": "the institute" is that one from here on, not the publisher
            self.org_trail[:] = [o for o in self.org_trail if o.sentence != PUBLISHER]
            self.publisher_body = None
        industry = industry_named(s, self._named_word)
        if industry:
            self.industry, self.industry_owner = industry, self._owner_in(s, industry)
        kind = _kind_named(s, self._named_word)
        if kind or _COUNTED_BODIES.search(s):  # (a group counted without a kind of its own ends the one before)
            self.kind, self.kind_read = kind, len(self.read)
        self.topic_kind = kind or self.topic_kind
        if self.title and len(self.read) <= 2:  # (after the headline, the text's first sentence)
            self.first_kind = self.first_kind or kind
        for m in _TWO_WORD_NAME.finditer(s):
            self.two_word_names.setdefault(m.group(1), set()).add(f"{m.group(1)} {m.group(2)}")

    def _surnames(
        self, s: str, people: list[tuple[str, int, int]], spans: list[tuple[int, int]]
    ) -> list[tuple[str, int, int]]:
        """A person named before in the article, referred to by one of the name's words alone
        ("Tang is co-founder of ...", after "Tang Weiwei"): that person, when no other person
        named so far has that word in their name."""
        from kg.ingest.people import name_word

        by_word: dict[str, set[str]] = {}
        for pid in self.people:
            words = self._label(pid).split()
            if len(words) >= 2:
                for word in (words[0], words[-1]):
                    by_word.setdefault(word, set()).add(pid)
        found = []
        for m in re.finditer(r"\b[A-Z][a-z]+\b(?![\s-]+[A-Z])", s):
            if any(a <= m.start() < b for a, b in spans) or self.gaz.find(m.group()):
                continue
            if m.start() > 0 and re.search(r"[A-Z][a-z]+[\s-]+$", s[: m.start()]):
                continue  # the last word of another name ("Ms Anna Tang")
            owners = by_word.get(m.group(), set())
            if not owners:  # "Tang Weiwei has spent ...", not yet taken for a person: the full name before
                fuller = {
                    full
                    for full in self.two_word_names.get(m.group(), ())
                    if all(name_word(w) and w.lower() not in ORG_WORDS for w in full.split())
                    and not self.gaz.find(full)
                }
                if len(fuller) == 1:
                    label = fuller.pop()
                    owners = {slug(label)}
                    self.pending_people[slug(label)] = label
            if len(owners) != 1:
                continue
            pid = next(iter(owners))
            if not any(p == pid for p, _, _ in people):
                found.append((pid, m.start(), m.end()))
        return found

    def _types(self, eid: str) -> tuple[str, ...]:
        cand = self.new_entities.get(eid)
        return (str(cand.data["type"]),) if cand else self.gaz.types.get(eid, ())

    # locations and part-of
    def relations(self, sent: Sentence, mentions: list[Mention], new: list[tuple[str, int, int, str]]) -> None:
        s = sent.text
        things = [(x.id, x.start, x.end, x.types) for x in mentions] + [(e, a, b, (k,)) for e, a, b, k in new]
        things.sort(key=lambda t: t[1])
        for (aid, _a0, a1, atypes), (bid, b0, _b1, btypes) in zip(things, things[1:], strict=False):
            gap = s[a1:b0]
            a_place = any(t in _places() for t in atypes)
            b_place = any(t in _places() for t in btypes)
            if aid == bid:
                continue
            if b_place and re.fullmatch(r",?\s+(?:located |based |situated )?in\s+(?:the\s+)?", gap):
                record = {"s": aid, "p": "partOf" if a_place else "locatedIn", "o": bid, "quote": s}
                self.add(Candidate("relations", record, s, 0.75), ("rel", aid, bid))
            elif a_place and b_place and re.fullmatch(r"(?:’s|'s)\s+", gap):
                record = {"s": bid, "p": "partOf", "o": aid, "quote": s}
                self.add(Candidate("relations", record, s, 0.7), ("rel", bid, aid))
            elif (
                not a_place
                and not b_place
                and re.fullmatch(r"\s+(?:at|of)\s+(?:the\s+)?", gap)
                and any(t in ("UniversityUnit", "ResearchInstitute", "Laboratory") for t in atypes)
                and any(t in ("University", "Academy") for t in btypes)
            ):
                record = {"s": aid, "p": "subOrganizationOf", "o": bid, "quote": s}
                self.add(Candidate("relations", record, s, 0.7), ("rel", aid, bid))


#: Letters a crude stem keeps: five tell "reserved" from "researchers" and keep
#: "scientific" with "science".
_STEM = 5
_STOP = set("the of in and a an to for its city s number total value annual new per 10 000 people as by at on".split())


#: Words that do not tell one measure from another ("number of", "total").
_GENERIC = frozenset(w[:_STEM] for w in ("number", "total", "combined", "count", "amount", "running", "counted", "now"))


#: Amounts an industry or its companies turn out ("operating revenue", "worth of products").
_OUTPUT_WORDS = re.compile(
    r"(?:(?:operating|sales|total|business|annual)\s+)?(?:output|revenues?|sales|products|income)"
)
#: Words that end the modifiers of an industry, read backwards ("Beijing's", "the", "of").
_MODIFIERS_END = re.compile(
    r"(?:[\w-]+['’]s|the|its|their|this|that|these|those|of|in|by|for|from|a|an|with|over|about|around|more|than|"
    r"nearly|almost|some|roughly|many|all|most|several|to|at|on|into|other|such|\S*[\d,;:.]\S*|"
    r"last|next|year|quarter|month|half|week)",  # ("Last year firms in ... earned": a time, no kind)
    re.I,
)


def _segment_of(whole: str, segment: str) -> str:
    """The measure of a segment's row in a table whose total row is ``whole``: the segment put
    before the total's head word, in place of "industry" or "sector"; a row that names a head of
    its own is left as it is.

    >>> _segment_of("integrated circuit industry revenue", "Design")
    'integrated circuit design revenue'
    >>> _segment_of("revenue", "Packaging and testing"), _segment_of("revenue", "Export revenue")
    ('packaging and testing revenue', 'Export revenue')
    >>> _segment_of("revenue of enterprises above designated size", "digital content")
    'digital content'
    """
    words = whole.split()
    head = words[-1].lower()
    if (
        len(segment.split()) > 4
        or len(words) > 5
        or not _stems(head) <= _stems(_MEASURE_HEADS)  # "revenue of enterprises above designated size": no head
        or _stems(segment) & _stems(f"{head} {_MEASURE_HEADS}")
    ):
        return segment
    kept = [w for w in words[:-1] if w.lower() not in ("industry", "sector", "total", "overall")]
    return " ".join([*kept, segment[:1].lower() + segment[1:], head])


#: Nouns that make a table row's label a measure of its own ("Export revenue", "Firms").
_MEASURE_HEADS = (
    "revenue income output sales spending investment funding exports companies firms enterprises employees "
    "patents contracts share rate growth value number count staff researchers profit profits intensity margin "
    "tax taxes employment imports assets"
)


def _name_shaped(label: str) -> bool:
    """Whether a name is shaped like a person's: two or three name words, none an organization's.

    >>> _name_shaped("Tang Weiwei"), _name_shaped("Qingyuan Ventures"), _name_shaped("Beijing")
    (True, False, False)
    """
    from kg.ingest.people import name_word

    words = label.split()
    return 2 <= len(words) <= 3 and all(name_word(w) and w.lower() not in ORG_WORDS for w in words)


def _industry_of(phrase: str, before: str, named: Callable[[str], bool] = lambda word: False) -> str | None:
    """The output of the industry or kind of company that is the sentence's subject, when the
    words for the figure say only "output", "revenue" or "products". A capitalized word is a
    modifier only as the sentence's first word and when ``named`` does not know it as a name.

    >>> _industry_of("output", "Beijing's core AI industry produced ")
    'core AI industry output'
    >>> _industry_of("products", "Integrated circuit companies in Beijing E-Town turned out ")
    'integrated circuit output'
    >>> _industry_of("revenue", "Example Corp earned ") is None
    True
    >>> _industry_of("revenue", "Its 1,200 high-tech companies earned ")  # a count is no part of the name
    'high-tech revenue'
    >>> _industry_of("revenue", "In 2023, over 2,000 firms made ") is None
    True
    """
    if not _OUTPUT_WORDS.fullmatch(phrase):
        return None
    found = None
    for m in re.finditer(r"\b(industry|sector|companies|firms|enterprises|makers)\b", before):
        found = m
    if found is None or re.search(r"[,;:]", before[found.end() :]) or len(before) - found.end() > 60:
        return None  # the subject must be the nearest noun before the verb, in the same clause
    mods = _modifiers(before[: found.start()].split(), named)
    if not mods:
        return None
    if mods[0][:1].isupper() and not mods[0].isupper():
        mods[0] = mods[0].lower()  # the sentence's first word
    head = "output" if phrase.endswith(("products", "output")) else phrase
    kind = "industry " if found.group(1) in ("industry", "sector") else ""
    return f"{' '.join(mods)} {kind}{head}"


#: How an article says where a firm is, in one word with the place: "Changping-based", "Haidian-registered".
_PLACED = r"based|headquartered|listed|registered"


#: A body's site or unit, which a place before it only locates: "its Changping plant".
_SITE_NOUN = (
    r"(?:plant|plants|factory|factories|site|sites|office|offices|campus|base|bases|headquarters|branch|lab|"
    r"laboratory|centre|center|facility|facilities|subsidiary|operations|warehouse|workshop|hub)"
)


def _where_it_is(s: str, start: int, end: int) -> bool:
    """Whether the name at ``s[start:end]`` only says where a body named by another word is: whose
    figures they are is that body's.

    >>> _where_it_is("Changping-based Xingdian Sensing earned", 0, 9)
    True
    >>> _where_it_is("The Haidian company's revenue rose", 4, 11), _where_it_is("Haidian companies earned", 0, 7)
    (True, False)
    >>> _where_it_is("In our factory in Changping, which can make", 18, 27)
    True
    >>> _where_it_is("and its Changping plant employs 640 people", 8, 17), _where_it_is("its Changping office", 4, 13)
    (True, True)
    >>> _where_it_is("Huayao Ceramic Batteries, in Fangshan, makes sheets", 29, 37)
    True
    >>> _where_it_is("four in Changping, two in Fangshan", 8, 17), _where_it_is("its Changping", 4, 13)
    (False, False)
    """
    if re.search(r"-(?:" + _PLACED + r")$", s[start:end] + _ends_word(s, end)):
        return True  # "Changping-based Xingdian Sensing"
    if re.search(r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+){1,2}in\s+$", s[:start]):
        return True  # "our factory in Changping, which can make ...": ours, where it is
    if re.search(r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir)\s+$", s[:start]) and re.match(r"\s+" + _SITE_NOUN + r"\b", s[end:]):
        return True  # "its Changping plant now employs 640 people": its plant's, the place only where it is
    if re.search(r"\b[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)+,\s+in\s+$", s[:start]) and re.match(r",", s[end:]):
        return True  # "Huayao Ceramic Batteries, in Fangshan, makes ...": where the body named before it is
    # "The Haidian company's revenue": the company's
    return bool(re.search(r"\b[Tt]he\s+$", s[:start]) and re.match(r"\s+(?:company|firm)\b", s[end:]))


#: A paragraph's opening that turns to several other places for comparison: "Other outer districts
#: are ...", "Neighbouring districts ..." (not "Elsewhere, X is building ...", which may move on to X).
_OTHERS_LOOKED_AT = re.compile(
    r"\s*(?:(?:The\s+)?[Oo]ther\s+(?:[a-z]+\s+){0,2}(?:districts|cities|parks|zones|provinces|regions|towns)\b|"
    r"Neighbou?ring\s+(?:districts|cities)\b)"
)
#: The dash after a dateline: "BEIJING, June 17 (Agency) -- ".
_DASH = r"(?:--|—|–)"
#: Whose a kind of body is, said before it: "The", "Beijing's", "The district's".
_KIND_OWNER = r"(?:The|Beijing['’]s|[A-Z][\w-]*['’]s|The [a-z]+['’]s)"
#: Amounts a kind of body has together, which "their" and "the sector's" qualify: "combined revenue".
_KIND_MONEY = r"(?:(?:combined|total|annual|overall)\s+)?(?:revenue|revenues|sales|income|exports|output|profits?)"


def _ends_word(s: str, at: int) -> str:
    """The rest of the word that runs on at offset ``at`` ("-based" after "Changping").

    >>> _ends_word("Changping-based Xingdian", 9), _ends_word("Changping District", 9)
    ('-based', '')
    """
    run = re.match(r"[\w’'-]+", s[at:])
    return run.group() if run else ""


#: Plurals that, said alone, count the whole class, not the kind named before ("4,100 companies").
_BROAD_PLURALS = frozenset(
    "companies firms enterprises businesses start-ups startups organizations organisations institutions bodies "
    "people persons staff workers employees residents households users members projects".split()
)
#: A sentence that counts bodies of some kind ("spun off 300 companies", "40 listed firms").
_COUNTED_BODIES = re.compile(
    r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:companies|firms|enterprises|businesses|start-?ups|spin-?offs)\b"
)
#: Heads of kinds of bodies that "their" and "such companies" refer back to.
_BODY_KIND_HEADS = (
    r"companies|firms|enterprises|businesses|start-?ups|spin-?offs|makers|manufacturers|developers|designers|"
    r"suppliers|vendors|producers|exporters|integrators|studios|providers|operators"
)
#: Modifiers that set no kind of body apart ("new companies", "listed firms").
_NO_KIND = frozenset(
    "new more other many local listed registered large small big leading major top private foreign domestic "
    "such these those same first last next young very few as only just so too also both each every".split()
)


def _caption_kind(caption: str) -> str:
    """The words of a table's caption that say what it counts, without its number, its places,
    its time and the noun of its columns ("Table 3. Electric-vehicle charging by district, 2025":
    electric-vehicle charging).

    >>> _caption_kind("Table 3. Electric-vehicle charging by district, 2025"), _caption_kind("Venues by district")
    ('Electric-vehicle charging', '')
    """
    text = re.sub(r"^\s*(?:table|figure|chart)\s*[\dA-Z]*[.:]?\s*", "", caption, flags=re.I)
    text = re.split(r"\s+(?:by|in|across|per)\s+|,|\(", text, maxsplit=1)[0].strip()
    words = text.split()
    return " ".join(words[:-1]) if words and re.fullmatch(r"[A-Za-z][a-z-]*s", words[-1]) else text


def _headline_clause(kind: str) -> bool:
    """A headline's "kind" that takes in its verb ("export slump hits drone makers")."""
    return " of " not in kind and any(
        re.search(r"(?<!ic)(?<!s)s$", w) or _NOT_A_HEADLINE_MODIFIER.fullmatch(w) or w.lower() in _VERB_WORDS
        for w in kind.split()[:-1]
    )


def _kind_named(s: str, named: Callable[[str], bool] = lambda word: False) -> str | None:
    """The last kind of body a sentence names with what sets it apart: "Beijing now has 26 AI
    dubbing studios, up from nine" names AI dubbing studios; None when it names none.

    >>> _kind_named("Beijing now has 26 AI dubbing studios, up from nine in 2023.")
    'AI dubbing studios'
    >>> _kind_named("The district's cryogenic equipment makers grew fast."), _kind_named("Listed firms rose.")
    ('cryogenic equipment makers', None)
    >>> _kind_named("Its customers include pharmaceutical and chemical companies.") is None
    True
    >>> _kind_named("Haidian is home to 60 large language model developers.")
    'language model developers'
    >>> _kind_named("Beijing has 26 AI dubbing studios and 14 brain-computer interface developers.") is None
    True
    >>> _kind_named("BEIJING, June 17 (Agency) -- Beijing's makers of solid-state batteries had revenue of ...")
    'makers of solid-state batteries'
    """
    found: list[str] = []
    for m in re.finditer(r"\b(" + _BODY_KIND_HEADS + r")\b(?![-’'])", s):
        said = _modifiers(s[: m.start()].split(), named)
        mods = list(said)
        while mods and mods[0].lower() in _NO_KIND:
            mods = mods[1:]
        if (
            mods
            and not any(w.lower() in _NO_KIND for w in mods)
            and not any(re.fullmatch(r"[a-z]+ed", w) for w in mods[1:])  # not "investors backed makers"
        ):
            at = s.rfind(" ".join(said), 0, m.start())  # (before "large" in "60 large language model developers")
            lead = s[:at].rstrip()
            counted = re.search(
                r"(?:\d|\b(?:dozen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                r"thousand|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))$",
                lead,
            )
            subject = re.fullmatch(r"(?:.*?" + _DASH + r"\s*)?(?:" + _KIND_OWNER + r"\s*)?", lead)
            # (after a dateline too: "BEIJING, June 17 (Agency) -- ")
            if not (counted or subject):
                continue  # the kind the sentence counts or is about, not one it mentions ("serves drug makers")
            if mods[0][1:].islower():
                mods[0] = mods[0].lower()  # the sentence's first word
            found.append(" ".join([*mods, m.group(1)]))
    # "Beijing's makers of solid-state batteries had ...", "19 developers of mining vehicles"
    for m in re.finditer(
        r"(?:^|" + _DASH + r"\s*|\d[\d,]*\s+)(?:" + _KIND_OWNER + r"\s+)?"
        r"((?:makers|developers|producers|manufacturers|suppliers)\s+of\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b",
        s,
    ):
        found.append(m.group(1))
    # two kinds ("26 AI dubbing studios and 14 BCI developers"): "their" is of both, no one kind
    return found[0] if len(set(found)) == 1 else None


def _modifiers(words: list[str], named: Callable[[str], bool] = lambda word: False) -> list[str]:
    """The words that say what kind of industry or body the noun after ``words`` is, read
    backwards to a determiner, a possessive, a number or a name (see _industry_of); a
    parenthesized gloss among them is skipped.

    >>> _modifiers("Revenue of the city's additive manufacturing (3D printing)".split())
    ['additive', 'manufacturing']
    >>> _modifiers("Beijing's core AI".split()), _modifiers("Sales of the".split())
    (['core', 'AI'], [])
    """
    while words and words[-1].endswith(")"):
        opened = [k for k, w in enumerate(words) if w.startswith("(")]
        if not opened:
            break  # "AI(artificial intelligence)": no gloss of its own words
        words = words[: opened[-1]]  # "additive manufacturing (3D printing) industry"
    mods: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        proper = word[:1].isupper() and not word.isupper() and (at > 0 or named(word))
        if _MODIFIERS_END.fullmatch(word) or proper or (word == "and" and not mods) or word.lower() in _VERB_WORDS:
            break
        mods.insert(0, word)
        if len([w for w in mods if w != "and"]) == 4:
            break
    while mods and mods[0] == "and":
        mods.pop(0)
    return mods


#: Words before "industry" that say how it does or where it is, not what it makes ("the national industry").
_NO_INDUSTRY = frozenset(
    """national global world local domestic whole entire overall same wider broader city district country
    strong growing fast-growing booming young nascent leading key pillar traditional this that its""".split()
)


#: After "industry": not a noun it qualifies ("industry analyst", "industry-leading", "the industry leader").
_NOT_A_MODIFIER = (
    r"(?!-|\s+(?:leaders?|analysts?|partners?|insiders?|sources?|experts?|observers?|veterans?|bod(?:y|ies)|"
    r"associations?|groups?|events?|standards?|chains?|pillars?|demand|players?|peers?|figures?|conferences?|forums?|"
    r"funds?|parks?|bases?|alliances?|average|norms?|practices?|giants?|watchers?|publications?|reports?|news|"
    r"polic(?:y|ies)|sub-index|index|awards?|clusters?|promotion|development|experience|jobs?|insiders?)\b)"
)
#: Verbs, which end the words that say what an industry makes ("said industry analyst ...", "now seek industry").
_VERB_WORDS = frozenset(
    """said says told seek seeks sought posted posts is are was were be been has have had will would can could may
    might make makes made see sees saw say lead leads led join joins joined become becomes became get gets got want
    wants need needs expect expects believe believes think thinks warn warns call calls grew grow grows""".split()
)


def industry_named(text: str, named: Callable[[str], bool] = lambda word: False) -> str | None:
    """The last industry ``text`` names by what it makes ("Beijing's remote sensing data
    industry"), which "the industry" or "the sector" later refers to; None when it names none.

    >>> industry_named("Selling the view: Beijing's remote sensing data industry, district by district")
    'remote sensing data industry'
    >>> industry_named("Operating revenue of the city's additive manufacturing (3D printing) industry reached")
    'additive manufacturing industry'
    >>> industry_named("The national industry grew, and so did the industry's exports.") is None
    True
    """
    found = None
    for m in re.finditer(r"\b(industry|sector)\b" + _NOT_A_MODIFIER, text):
        mods = _modifiers(text[: m.start()].split(), named)
        if mods and mods[-1].lower() not in _NO_INDUSTRY:
            if mods[0][:1].isupper() and not mods[0].isupper():
                mods[0] = mods[0].lower()  # a headline's or sentence's first word
            found = f"{' '.join(mods)} {m.group(1)}"
    return found


#: A table caption that names the kind of body its rows are figures of: "Beijing's AI weather-forecasting companies".
_POPULATION = re.compile(
    r"(?:(?:Table|Figure|Chart)\s+\d{1,2}[.:]?\s+)?"  # ("Table 2. Digital twin industry in Beijing")
    r"(?:(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?['’]s|the|its)\s+)?"
    r"(?P<kind>(?:(?!(?:by|of|per|for)\b)[\w&-]+\s+){1,4}?(?P<head>companies|firms|enterprises|start-?ups|makers|"
    r"manufacturers|developers|institutes|incubators|hospitals|operators|industry|sector))"
    r"(?:\s+in\s+(?:[A-Z][\w’' -]*|(?:[a-z]+\s+)?(?:districts|cities|parks|zones)))?"
    r"(?:,?\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)?"
)
#: Rows of a table of a kind of body that are its amounts or people ("Revenue", "Employees", "Exports").
_AMOUNT_ROW = re.compile(
    r"(?:(?:total|operating|annual|net|combined)\s+)?(?:revenue|income|output|sales|exports|imports|profits?|"
    r"r&d (?:spending|expenditure|staff|personnel)|employees|staff|headcount|workforce|valuation|taxes|tax paid|"
    r"taxes paid|patents(?: granted| held| filed)?|patent applications|invention patents(?: granted| held)?|"
    r"orders|shipments|units shipped|market value)",
    re.I,
)


def _of_population(caption: str, label: str) -> str:
    """A table row's measure in a table of a kind of body the caption names: the kind itself for
    its count, its amounts and what it raised.

    >>> caption = "Beijing's AI weather-forecasting companies, 2023-2025"
    >>> [_of_population(caption, x) for x in ("Companies at year-end", "Revenue", "Venture funding raised")]
    ['AI weather-forecasting companies', 'revenue of AI weather-forecasting companies', \
'venture funding raised by AI weather-forecasting companies']
    >>> _of_population("Main indicators, 2024", "Revenue")
    'Revenue'
    >>> _of_population("Remote sensing data companies in five districts", "Tax paid")
    'tax paid by remote sensing data companies'
    >>> [_of_population("Table 2. Digital twin industry in Beijing", x) for x in ("Companies", "Revenue")]
    ['digital twin companies', 'revenue of digital twin industry']
    """
    m = _POPULATION.fullmatch(caption.strip())
    if m is None:
        return label
    kind, head = m.group("kind"), m.group("head")
    opens = re.fullmatch(r"\s*(?:(?:Table|Figure|Chart)\s+\d{1,2}[.:]?\s+)?", caption[: m.start("kind")])
    if opens and re.match(r"[A-Z][a-z-]+\s+[a-z]", kind):
        kind = kind[:1].lower() + kind[1:]  # "Remote sensing data companies ...": a caption's first capital
    plain = re.sub(r"\s*\((?:[^)]*)\)", "", label).strip()
    first = plain.split()[0].lower() if plain else ""
    if head.lower() in ("industry", "sector"):  # "Digital twin industry": its companies, its revenue
        field = re.sub(r"^(?:Beijing|[A-Z][a-z]+ District)\s+", "", kind[: -len(head)].strip())  # (not the place)
        field = field[:1].lower() + field[1:] if field[1:2].islower() else field
        if re.fullmatch(r"(?:companies|firms|enterprises|start-?ups)", plain, re.I):
            return f"{field} {plain.lower()}"
        return f"{plain[:1].lower()}{plain[1:]} of {kind}" if _AMOUNT_ROW.fullmatch(plain) else label
    if first.rstrip("s") == head.lower().rstrip("s") or first == head.lower():
        return kind  # "Companies at year-end (number)": how many of them
    if re.search(r"\b(?:raised|paid)$", plain, re.I):
        return f"{plain[:1].lower()}{plain[1:]} by {kind}"
    if _AMOUNT_ROW.fullmatch(plain):
        return f"{plain[:1].lower()}{plain[1:]} of {kind}"
    return label


def _in_category(caption: str, label: str) -> str:
    """A row's measure in a table of a measure's categories: "High-tech enterprises" under "Loans
    to technology enterprises by category" is loans to high-tech enterprises.

    >>> _in_category("Loans to technology enterprises in Beijing by category", "High-tech enterprises")
    'loans to high-tech enterprises'
    >>> _in_category("Loans to technology enterprises by category", "Intellectual property pledge loans")
    'Intellectual property pledge loans'
    >>> _in_category("Main indicators, 2024", "Revenue")
    'Revenue'
    """
    m = re.match(
        r"(?P<head>[A-Za-z-]+(?:\s+[a-z-]+)?)\s+(?P<prep>to|of|for|by)\s+.+?\s+by\s+"
        r"(?:category|type|kind|sector|industry|field|segment|purpose|product)\b",
        caption,
    )
    if m is None or _stems(m.group("head")) & _stems(label):
        return label
    return f"{m.group('head').lower()} {m.group('prep')} {label[:1].lower()}{label[1:]}"


def _drops_modifier(name: str, got: set[str]) -> bool:
    """Whether words read as a shorter ``name`` keep the head of one of its compounds but not
    what qualifies it: "tech firms" is no shorter name of "National High-Tech Enterprises".

    >>> _drops_modifier("number of National High-Tech Enterprises", _stems("new tech firms"))
    True
    >>> _drops_modifier("number of major scientific facilities", _stems("major facilities"))
    False

    Nor is a name without the phrase that restricts it: "papers published" is no shorter name
    of "papers published as first authors with foreign peers".

    >>> _drops_modifier("papers published as first authors with foreign peers", _stems("papers published"))
    True

    A share without what it is a share of is no shorter name of it either.

    >>> _drops_modifier("R&D spending as a share of GDP", _stems("share of GDP"))
    True
    """
    share = re.match(r"(.+?)\s+(?:as an?\s+)?(?:share|proportion|percentage)\s+of\b", name)
    if share and _stems(share.group(1)) and not _stems(share.group(1)) & got:
        return True  # "share of GDP" is no shorter name of "R&D spending as a share of GDP"
    for first, second in re.findall(r"([A-Za-z]+)-([A-Za-z]+)", name):
        if _stems(second) <= got and not _stems(first) <= got:
            return True
    for restricting in re.findall(r"\b(?:with|as|by|from|outside|under|without)\s+((?:[A-Za-z][\w-]*\s*){1,4})", name):
        if _stems(restricting) and not _stems(restricting) & got:
            return True
    return False


def _per_unit(name: str) -> bool:
    """Whether a measure's name makes it an average or a rate per head or per unit.

    >>> _per_unit("average R&D spending per firm"), _per_unit("R&D spending"), _per_unit("per capita GDP")
    (True, False, True)
    """
    return bool(re.search(r"\b(?:per|average|mean|median|each)\b", name, re.I))


def _denominator(name: str) -> str:
    """What a share is of, in a measure's name ("... as a share of GDP": "GDP"); "" for no share.

    >>> _denominator("value added of high-tech enterprises as a share of GDP"), _denominator("researchers")
    ('GDP', '')
    """
    m = re.search(r"\bshare of (.+)$", name)
    return m.group(1) if m else ""


#: Stems of words that name a part of a measure: the kinds of body that perform it ("R&D spending
#: by enterprises", "universities' R&D personnel") and the directions of trade ("technology import
#: contracts"). A measure named with one is that part, not the whole.
_PERFORMERS = frozenset(
    w[:_STEM]
    for w in (
        "enterprises",
        "companies",
        "firms",
        "businesses",
        "universities",
        "institutes",
        "industrial",
        "import",
        "export",
        "inbound",
        "outbound",
    )
)

#: A measure's name that narrows it to a part: by who performs it ("R&D spending by enterprises",
#: "of industrial enterprises", "enterprise R&D") or by the direction of trade ("technology import contracts").
_NARROWED = re.compile(
    r"\b(?:by|of|from|to)\s+(?:the\s+)?(?:[A-Za-z&-]+\s+){0,3}?(?:enterprises|companies|firms|businesses|universities|"
    r"institutes|institutions|manufacturers|makers|producers|developers|start-?ups|spin-?offs|cent(?:re|er)s|"
    r"laboratories|labs|hospitals|organi[sz]ations)\b|\b(?:enterprise|business|corporate|university|industrial)\s+(?:R&D|research)\b|"
    r"\b(?:imports?|exports?|inbound|outbound)\b",
    re.I,
)
#: Words that name a group of those a measure counts: "female R&D personnel", "foreign-funded centres".
_SUBGROUP = re.compile(
    r"\b(?:female|women|woman|male|men|foreign(?:-\w+)?|overseas|international|young|returnee|doctoral|"
    r"private(?:ly)?|state-owned|listed|unlisted)\b",
    re.I,
)
#: The performers of a park's or zone's measure named as all of them: "enterprises in the park".
_ALL_PERFORMERS = re.compile(
    r"\b(?:enterprises|companies|firms)\s+(?:in|of|at)\s+the\s+(?:park|zone|area|base|science city|cluster)\b|"
    r"\bthe\s+(?:park|zone|area|base|science city|cluster)(?:’s|'s)\s+(?:enterprises|companies|firms)\b",
    re.I,
)

#: Words that make "research" one kind of it, not research and development.
_KINDS_OF_RESEARCH = (
    r"(?:basic|applied|market|clinical|medical|consumer|academic|social|opinion|user|audience|policy|legal)"
)


def _stems(text: str) -> set[str]:
    """Crude stems of a text's content words, enough to match "spent" with "spending".

    >>> sorted(_stems("R&D spending as a share of GDP"))
    ['d', 'gdp', 'r', 'share', 'spend']
    >>> _stems("beds reserved") & _stems("researchers")
    set()
    >>> _stems("research intensity") == _stems("R&D intensity"), _stems("outlay") == _stems("spending")
    (True, True)
    >>> _stems("spending on basic research") == _stems("R&D spending")
    False
    >>> "r" in _stems("market research spending"), "r" in _stems("wages, (research spending)")
    (False, True)
    """
    text = re.sub(r"\bresearch and development\b", "R&D", text, flags=re.I)
    text = re.sub(r"\b(?:gross domestic product|economic output)\b", "GDP", text, flags=re.I)
    # "research spending", "spending on research", "research intensity": R&D's (not basic or
    # market research's)
    text = re.sub(
        r"(?<![\w-])(?:(\w+)\s+)?research\s+(spending|expenditures?|budgets?|outlays?|intensity)\b",
        lambda m: (
            m.group(0)
            if m.group(1) and re.fullmatch(_KINDS_OF_RESEARCH, m.group(1), re.I)
            else f"{m.group(1) + ' ' if m.group(1) else ''}R&D {m.group(2)}"
        ),
        text,
        flags=re.I,
    )
    text = re.sub(
        r"\b(spending|expenditures?|outlays?|budgets?)\s+on\s+research\b"
        r"(?!\s+(?:institutes?|cent(?:er|re)s?|facilities|labs?|laborator(?:y|ies)|projects?|grants?)\b)",
        r"R&D \1",
        text,
        flags=re.I,
    )
    return {_stem(_SYNONYMS.get(w, w)) for w in normalize_name(text).split() if w not in _STOP}


def _stem(word: str) -> str:
    """A word's first letters; one that names a doer ("researchers") keeps that apart from the
    activity ("research").

    >>> _stem("researchers") == _stem("researcher"), _stem("researchers") == _stem("research")
    (True, False)
    """
    if len(word) > _STEM + 1 and re.search(r"[^e]ers?$", word):
        return word[:_STEM] + "-er"
    return word[:_STEM]


def _event_stems(phrase: str) -> set[str]:
    """The stems of the event participles in a measure phrase ("patents granted" -> {"grant"}).

    >>> sorted(_event_stems("invention patents granted")), _event_stems("companies")
    (['grant'], set())
    """
    return {w[:_STEM] for w in re.findall(r"[a-z]+", phrase.lower()) if w in EVENT_WORDS}


#: Words that name the same thing in measure names.
_SYNONYMS = {
    "tech": "technology",
    "centre": "center",
    "centres": "centers",
    "programme": "program",
    "programmes": "programs",
    "licence": "license",
    "licences": "licenses",
    "expenditure": "spending",
    "expenditures": "spending",
    "spent": "spending",
    "outlay": "spending",
    "outlays": "spending",
    "firms": "companies",
    "firm": "companies",
    "company": "companies",
    "enterprises": "companies",
    "enterprise": "companies",
    "businesses": "companies",
}


#: Words of a plan or forecast: a figure "by the end of the year" after them is no stock held then.
#: A target's verb right before its figure: "is to reach", "are expected to top", "will exceed", "aims
#: to have" (not "is home to about").
_TARGET_BEFORE = re.compile(
    r"\b(?:(?:is|are)\s+(?:(?:set|expected|due|likely|projected|forecast|scheduled|going|planned|poised)\s+)?to"
    r"|will|would|shall|aims?\s+to|plans?\s+to|expects?\s+to|hopes?\s+to|wants?\s+to)\s+(?:[a-z]+\s+){1,3}?"
    r"(?:about |some |around |nearly |roughly |more than |over |almost )?$"
)
_AHEAD = re.compile(r"\b(?:plans?|aims?|expects?|will|would|target|hopes?|intends?|wants?)\b", re.I)
#: A target's verb: "is to reach", "are set to exceed", "will have", "aims to" (not "is to be built", nor
#: a "target" told of).
_AIMS = re.compile(
    r"\b(?:(?:is|are)\s+(?:(?:set|expected|due|planned|scheduled)\s+)?to\s+(?:reach|exceed|top|hit|rise|grow|increase|"
    r"have|pass|surpass)|will|(?:plans?|aims?|expects?|intends?|hopes?|wants?)\s+to)\b",
    re.I,
)
#: The end of a year the sentence does not name: "at the end of the year", "by year-end".
_YEAR_END = re.compile(r"\b(?:at|by) (?:the )?end of the year\b|\b(?:at|by) (?:the )?year[- ]end\b", re.I)


#: Plural nouns for bodies that earn, raise or spend money together ("their combined revenue").
_FIRMS = r"companies|firms|enterprises|start-?ups|makers|developers|manufacturers|businesses|producers|suppliers"

#: A share of a whole named only as a total ("of the city's total"): of the measure said before.
_SHARE_OF_A_TOTAL = re.compile(
    r"share of (?:the )?(?:(national|city(?:'s)?|country(?:'s)?|global|world's|sector's|industry's)\s+)?"
    r"(?:total|sum|whole|figure)|"
    r"(?:for\s+)?(?:a|its|their)\s+share"  # "took 5.3 billion yuan, for a share of 12.7 percent": of the total
)

#: A count's name that is a bare noun for companies, and the last word of a name that is a park's.
_BARE_BODIES = re.compile(r"companies|firms|enterprises|businesses|start-?ups|tenants", re.I)
_PARK_HEAD = re.compile(r"\b(?:[Pp]ark|[Vv]alley|[Zz]one|[Bb]ase|[Hh]ub|[Cc]ampus)$")

#: A count's name that names a kind of body, in the plural, with a word saying which
#: ("AI companies", "new-type R&D institutes"): what "Their revenue" in the next sentence is of.
_NAMES_A_KIND = re.compile(
    r"(?:[\w&’'-]+\s+){1,5}(?:" + _FIRMS + r"|institutes|institutions|centres|centers|laboratories|labs|"
    r"universities|hospitals|parks|incubators|funds|platforms|zones|brokers|agencies|organisations|organizations|"
    r"operators|providers|breeders)"
    # "companies developing design tools for textiles": bodies named by what they do, their head first
    r"|(?:" + _FIRMS + r")\s+(?:developing|making|building|producing|designing|selling|supplying|offering|running|"
    r"operating|providing|using)(?:\s+[\w&’'-]+){1,8}(?<!\band)(?<!\bor)(?<!\brelated)(?<!\bother)"
    r"|(?:" + _FIRMS + r")\s+with(?:\s+[\w&’'-]+){1,4}s"  # "companies with drone show licences"
)


def _product_of(kind: str) -> str | None:
    """What a kind of body makes, when its name says: "makers of exoskeletons", "lidar makers",
    "companies making X-ray detectors for medical imaging".

    >>> _product_of("makers of exoskeletons"), _product_of("lidar makers"), _product_of("AI companies")
    ('exoskeletons', 'lidar', None)
    >>> _product_of("companies making X-ray detectors for medical imaging")
    'X-ray detectors'
    """
    m = (
        re.fullmatch(r"(?:makers|manufacturers|producers|suppliers|developers|vendors) of (.+)", kind)
        or re.fullmatch(r"(.+?) (?:makers|manufacturers|producers|suppliers|vendors)", kind)
        or re.fullmatch(
            r"(?:" + _FIRMS + r") (?:making|building|selling|producing|developing|supplying) (.+?)(?: for .+)?", kind
        )
    )
    return m.group(1) if m else None


#: Stems of words for trade, whose measures a phrase narrows by naming the goods ("equipment exports").
_TRADE_WORDS = frozenset(_stems("exports imports sales"))

#: Words for any amount of money, which name no measure said before by their head alone.
#: A measure named by its head alone, which says nothing of whose it is (see _Extractor._of_article_kind).
_BARE_OF_KIND = re.compile(
    r"(?:combined |total |annual )?(revenue|output|exports|sales|turnover|investment|employees|companies|enterprises|"
    r"firms|businesses|start-?ups|makers|manufacturers|producers|suppliers|deals|rounds|shipments|units shipped|"
    r"deliveries|projects|contracts|customers)(?: of (?:the |its |their )?(?:companies|firms|enterprises|businesses))?"
)
_BODY_HEADS = frozenset(
    "companies enterprises firms businesses start-ups startups makers manufacturers producers suppliers".split()
)
#: A kind said with its number or quantity ("twenty-three companies", "several makers"): no kind of its own.
_NUMBER_WORD_KIND = re.compile(
    r"(?:\d|(?:" + _SMALL_WORDS + r"|hundred|dozen|several|many|some|these|those|such)\b)", re.I
)
#: Words before a measure's head in a headline that are no part of its name ("fewer rounds", "boom as exports").
_NOT_A_HEADLINE_MODIFIER = re.compile(
    r"(?:as|and|or|to|on|in|at|for|with|from|by|of|its|their|fewer|more|less|first|second|third|last|record|new|"
    r"half|first-half|higher|lower|top|total|combined|annual|quarterly|monthly|strong|weak|big|bigger|biggest|"
    r"but|while|yet|per|capita|soaring|surging|rising|falling|slumping|slowing|slower|faster|growing|booming|"
    r"shrinking|declining|lagging|weaker|stronger|firm|maker|company|designer|developer|manufacturer|"
    r"supplier|producer)",
    re.I,
)
_GENERIC_AMOUNTS = frozenset("money amount sum total value cash budget price cost costs".split())


#: Verbs that tie a measure named before them to a bare figure ("... rose to around 16,500").
#: "the total to", "the total in the capital to": what a figure brings a stock to.
_TOTAL_TO = (
    r"\b(?:total|tally|count)(?:\s+(?:in|of|for|at|across)\s+[^,;]{1,40}?)?\s+(?:to|past|above)\s+"
    r"(?:about |around |nearly |over |more than )?$"
)
_BARE_LINK = (
    r"\b(?:rose|grew|increased|climbed|jumped|fell|dropped|declined|came|amounted|ran) to\s+(?:about |around |nearly "
    r"|almost |over |more than |some |roughly |just over |just under )?$|\b(?:was|were|is|are|stood at|numbered|"
    r"(?<![Aa] )(?<![Tt]he )numbers?|totall?ing|totall?ed|of)\s+(?:now\s+|currently\s+|still\s+)?"
    r"(?:about |around |nearly |almost |over |more than |some |roughly )?$|"
    r"\b(?:number of [^,;]{1,60}?)\s+(?:to|past|above)\s+(?:about |around |nearly |over |more than )?$|"
    # a target: "will reach", "is to exceed", "is expected to top"
    r"\b(?:will|would|should|(?:is|are)(?: (?:expected|set|projected|forecast|planned|due))? to)\s+(?:reach|exceed|"
    r"top|hit|surpass|total|be|rise to|grow to|increase to|climb to)\s+(?:about |around |nearly |over |more than )?$|"
    # "rose 20 percent to", "rose by a fifth to": the level a change reached
    r"\b(?:rose|grew|increased|climbed|jumped|fell|dropped|declined|slipped|up|down)\s+(?:by\s+)?(?:about |nearly "
    r"|almost |roughly |more than )?" + CHANGE_AMOUNT + r"\s+(?:year[- ]on[- ]year\s+)?to\s+(?:about |around |nearly "
    r"|almost |over |more than |some |roughly )?$|" + _TOTAL_TO + r"|"
    # "hired 600 engineers, taking its workforce to about 2,100": the level the change took a measure to
    r"\b(?:" + TOOK_TO + r")\s+(?:its|their)\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*\s+to\s+(?:about |around |nearly |over |more than |some |roughly )?$"
)


def _unit_fits(measure_unit: str, unit: str | None) -> bool:
    return measure_unit == unit or (measure_unit == "count" and unit is None)


#: A table's or figure's caption: "Table 1. ...", "Figure 2: ...".
_CAPTION = re.compile(r"\s*(?:Table|Figure|Fig\.|Chart|Exhibit)\s+\d{1,2}[.:](?:\s|$)")
#: Counts of a kind that no place or body of that kind has of itself ("districts" of a district).
_OWN_KIND = {
    "districts": frozenset({"District"}),
    "cities": frozenset({"City"}),
    "provinces": frozenset({"Region", "Province"}),
    "universities": frozenset({"University"}),
}


#: What the rows of a ranking table are, as its caption calls them ("Top 10 metros").
_LISTED_KINDS = (
    r"(?:" + _ROW_KIND.pattern + r"|metros|hubs|sub-parks|institutions|economies|enterprises|start-ups|startups|"
    r"places|performers|movers|climbers|entries|names|schools|colleges|labs|laboratories)"
)


#: The classes of the rows a table's first column header names.
#: A year's end said in a table column's brackets: "(end of 2025)", "(end-2024)", "(year-end 2023)".
_YEAR_END_SAID = r"\b(?:end of\s+|end-|year-end\s*)(?:19|20)\d\d\)"
_ROW_CLASSES = (
    (r"cit(?:y|ies)", "City"),
    (r"districts?", "District"),
    (r"universit(?:y|ies)", "University"),
    (r"compan(?:y|ies)|firms?", "Company"),
    (r"(?:sub-?)?parks?", "SciencePark"),
    (r"provinces?|regions?", "Region"),
    (r"towns?|townships?|sub-?districts?|count(?:y|ies)", "Place"),
    (r"institutes?", "ResearchInstitute"),
    (r"platforms?", "Platform"),
    (r"clusters?", "InnovationCluster"),
    (r"zones?", "DevelopmentArea"),
)
#: A column of a table that counts the people of each row's body ("Staff", "Employees").
_STAFF_COLUMN = re.compile(r"(?:staff|employees|headcount|workforce|researchers|members)", re.I)
#: A column of a table that counts a group of people as a share ("Women (%)", "Foreign staff (%)").
_GROUP_OF_PEOPLE = (
    r"(?:women|men|female|male|foreign(?:ers| staff| researchers)?|young(?:er)? researchers|doctorates|"
    r"ph\.?d\.? holders|graduates)"
)


#: The kinds of place a story can be about below a district: a park, a cluster, a science city.
_SUB_PLACES = frozenset({"SciencePark", "ScienceCity", "InnovationCluster", "DevelopmentArea"})


def _headline_place(text: str, title: str | None, gazetteer: Gazetteer) -> str | None:
    """The park, cluster or science city the headline names (in any case), as the text names it
    in full: the article's own place, for figures that name none.

    >>> g = Gazetteer([], {})
    >>> text = "The Qux Road Incubation Corridor hosted 912 start-ups."
    >>> _headline_place(text, "Qux Road incubation corridor grows", g)
    'qux-road-incubation-corridor'
    >>> _headline_place(text, "Start-ups grow", g) is None
    True
    >>> g = Gazetteer([("qux-park", "Qux Park", ["SciencePark"])], {})
    >>> _headline_place("Grew.", "Qux Park's firms grow", g), _headline_place("Grew.", "Qux Park Week opens", g)
    ('qux-park', None)
    """
    if not title:
        return None
    # a known park or cluster the headline names whole ("Changping Park rises ...", "Shougang Park's cluster"),
    # not inside a longer name ("Huairou Science City Talent Week opens")
    for m in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", title):
        name = re.sub(r"(?:’s|'s)$", "", m.group())
        whole = [x for x in gazetteer.find(name) if (x.start, x.end) == (0, len(name))]
        if whole and whole[0].is_a(_SUB_PLACES):
            return whole[0].id
    head = re.sub(r"^(?:the|a|an)\s+", "", " ".join(title.lower().split()))
    found: list[tuple[int, str]] = []
    for m in re.finditer(r"(?:[A-Z][\w’'-]*\s+){1,6}[A-Z][\w’'-]*", text):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group().strip())
        if not head.startswith(" ".join(name.lower().split()) + " "):
            continue  # the headline's subject: the name it opens with
        known = [x for x in gazetteer.find(name) if (x.start, x.end) == (0, len(name))]
        if not known and len(name.split()) >= 3 and _guess_type(name)[0] in _SUB_PLACES:
            found.append((len(name), slug(name)))  # a new name of its own, not a bare "Science City"
    return max(found)[1] if found else None


def extract(
    text: str,
    gazetteer: Gazetteer,
    *,
    excluded: Iterable[str] = (),
    published: str | None = None,
    measures: Iterable[tuple[str, str, list[str], str]] = (),
    title: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
) -> Extraction:
    """Candidates from ``text``; ``published`` (YYYY-MM-DD) resolves "last year" and the like;
    the city the ``title`` names is "the city" of a text that names none; a known ``publisher``
    (a release's issuer) is what "the Commission" may point back to before the text names one;
    a single person as ``author`` is who "I" is ("I work as a product manager at X")."""
    pub = None
    if published:
        m = re.match(r"(\d{4})-(\d{2})", published)
        pub = (int(m.group(1)), int(m.group(2))) if m else None
    ex = _Extractor(gazetteer, pub, list(measures))
    ex.title = title or ""
    if author and _name_shaped(author.strip()) and not _BYLINE_NOUNS & set(author.lower().split()):
        ex.writer = (gazetteer.names.get(normalize_name(author.strip())) or slug(author.strip()), author.strip())
    ex.industry = industry_named(ex.title, ex._named_word)
    ex.first_kind = next(  # what the article is about ("The joint venture: Beijing's reducer makers race ...")
        (
            kind
            for part in reversed(re.split(r":\s+|\s+[-–—|]\s+", ex.title))
            if (kind := _kind_named(part, ex._named_word)) and not _headline_clause(kind)
        ),
        None,
    )
    ex.industry_owner = ex._owner_in(ex.title, ex.industry) if ex.industry else None
    issuer = [x for x in gazetteer.find(publisher or "") if (x.start, x.end) == (0, len(publisher or ""))]
    if issuer and issuer[0].is_a(_organizations()):  # "deputy director of the Commission", in its own release
        ex.org_trail.append(OrgRef(issuer[0].id, -1, -1, issuer[0].types, publisher or "", -1))
    elif publisher and not issuer:
        # a body new to the graph that publishes its own report, named only in its masthead: "director
        # of the institute's programme" is its post (not a news outlet's: "the agency" may be another's)
        kind, sure = _guess_type(publisher.strip())
        # (a body of no kind its words tell, "Huabei Logistics Technology Observatory", only by its head word)
        if kind in _organizations() - {"MediaOrganization"} and len(publisher.split()) >= 2:
            ex.publisher_body = (slug(publisher.strip()), publisher.strip(), kind)
            ex.org_trail.append(OrgRef(ex.publisher_body[0], -1, -1, (kind,), publisher.strip(), PUBLISHER))
    sents = sentences(text, excluded)
    # "BEIJING — Haidian District's ...": a dateline's city says where the story was filed, not whose figures
    # (only in the story's first sentences, and only a place: "CAS — the top research body — spent ..." is CAS's)
    datelines = [DATELINE.match(sent.text) if k < 3 else None for k, sent in enumerate(sents)]
    found = [
        (
            sent,
            [x for x in gazetteer.find(sent.text) if not (dateline and x.start < dateline.end() and x.is_a(_places()))],
        )
        for sent, dateline in zip(sents, datelines, strict=True)
    ]
    headline = gazetteer.find(title) if title else []
    city_counts: Counter[str] = Counter(x.id for x in headline if x.is_a(frozenset({"City"})))
    city_counts.update(x.id for d in datelines if d for x in gazetteer.find(d.group()) if x.is_a(frozenset({"City"})))
    undrafted: dict[str, tuple[str, str]] = {}  # a district the graph lacks -> its name and first sentence
    for sent, mentions in found:
        ex.place_counts.update(x.id for x in mentions if x.is_a(_places()))
        city_counts.update(x.id for x in mentions if x.is_a(frozenset({"City"})))
        for m in re.finditer(r"\b[A-Z][a-z]+(?: District)?\b", sent.text):  # "Shijingshan District", not yet drafted
            in_list = district(m.group())
            if in_list and not any(x.start <= m.start() < x.end for x in mentions):
                known = gazetteer.names.get(normalize_name(in_list[0]))
                ex.place_counts[known or slug(in_list[0])] += 1
                if known is None:
                    undrafted.setdefault(slug(in_list[0]), (m.group(), sent.text))
    main_place = ex.place_counts.most_common(1)[0][0] if ex.place_counts else None
    cities = [pid for pid in ex.place_counts if "City" in gazetteer.types.get(pid, ())]
    # "the city's public computing platforms": the city named again
    again = sum(len(re.findall(r"\b[Tt]he city\b", sent.text)) for sent in sents) if len(cities) == 1 else 0
    if (
        main_place is not None
        and cities
        and max(ex.place_counts[c] for c in cities) + again >= max(2, ex.place_counts[main_place])
    ):
        # the city named as often as any part of it: the story is the city's ("Beijing issued vouchers ...;
        # Haidian received 44.7% and E-Town 18.2%")
        main_place = max(cities, key=lambda c: ex.place_counts[c])
    headlined = _headline_place("\n".join(sent.text for sent in sents), title, gazetteer)
    if headlined is not None:  # "Xueyuan Road incubation corridor passes 900 start-ups": what the story is about
        main_place = headlined
    if main_place in undrafted:  # the article's place is a district the graph lacks: drafted, as any use of it
        ex._district(*undrafted[main_place])
    # "the city" with no city named before it: the city the article names most, else its main place
    main_city = city_counts.most_common(1)[0][0] if city_counts else main_place
    ex.main_city = main_city
    districts = [pid for pid in ex.place_counts if pid in undrafted or "District" in gazetteer.types.get(pid, ())]
    ranked = sorted((ex.place_counts[pid] for pid in districts), reverse=True)
    if (
        headlined is None
        and city_counts
        and main_place in districts
        and len(districts) >= 3
        and ranked[0] < 2 * ranked[1]  # (no district the story is mostly about)
    ):
        # a comparison of the city's districts ("Haidian held 31 percent of all units and Changping 23 percent"):
        # a figure that names no place is the city's, not that of the district named most
        main_place = main_city
    country = next((x.id for x in gazetteer.find("the country") if x.is_a(_places())), None)
    index_counts: Counter[str] = Counter()
    index_years: dict[str, int] = {}
    for sent, mentions in found:
        for x in mentions:
            if x.is_a(_indexes()):
                index_counts[x.id] += 1
                named_year = re.match(r"\s*(?:\(|,)?\s*" + _YEAR + r"\b", sent.text[x.end :])
                # ... or before it: "The 2025 Example Index came out last week"
                named_year = named_year or re.search(
                    r"\b(?:[Tt]he|[Ii]ts|[Tt]his year's)\s+" + _YEAR + r"\s+$", sent.text[: x.start]
                )
                if named_year and x.id not in index_years:
                    index_years[x.id] = int(named_year.group(1))
    if index_counts:
        top_index = index_counts.most_common(1)[0][0]
        ex.main_index = (top_index, _label_year(gazetteer.labels.get(top_index, "")) or index_years.get(top_index))
    else:
        ex.main_index = ex.new_index(sents, title)
    ex.lower_words = set(re.findall(r"\b[a-z]{3,}\b", text))
    ex.ours = ex.writers_org = _writers_org(text, gazetteer)
    no_facts = _unfactual_paragraphs(text)
    ex.ordinal_rows = _ordinal_rows(sents)
    ex.whose_rank_rows = _whose_rank_rows(sents)
    ex.list_rows = _list_rows(sents) | set(ex.ordinal_rows) | set(ex.whose_rank_rows)
    ex.row_headers = _row_headers(sents, ex.list_rows)
    column_rows = _rank_column_rows(sents)  # "Haidian Park | 91.3 | 1" under "Sub-park | Score | Rank"
    ex.list_rows |= set(column_rows)
    ex.row_headers.update(column_rows)
    ex.row_captions = _row_captions(sents, ex.row_headers)
    ex.ranked_by = _ranked_by(text)
    ex.sent_texts = {sent.index: sent.text for sent in sents}
    ex.pillar_columns = _pillar_columns(sents, ex.row_headers)
    # what the article says its index's pillars are ("on three pillars: openness (...), adoption (...)")
    ex.pillars_said = " ".join(
        sent.text.lower()
        for sent in sents
        if re.search(r"\b(?:pillars?|sub-indexes|sub-indices|dimensions)\b", sent.text, re.I)
        and sent.index not in ex.list_rows
    )
    tables = _year_tables(text)
    table_lines = {" ".join(r.line.split()) for table in tables for r in table.rows}
    measure_tables = _measure_tables(text)
    table_lines |= {" ".join(line.split()) for table in measure_tables for line, _, _ in table.rows}
    # "Table 1. R&D spending in five districts, 2024": a table's caption, no figure of its own
    no_facts |= {table.caption_line for table in measure_tables if table.caption_line is not None}
    # ... and any table's or figure's ("Table 1. Beijing in five international indexes, 2025 editions")
    words_in = Counter[int]()
    for sent in sents:
        words_in[sent.paragraph] += len(sent.text.split())
    # (a caption alone on its line: not "Figure 1: Funding by district. Haidian raised 31 billion yuan ...")
    no_facts |= {sent.paragraph for sent in sents if _CAPTION.match(sent.text) and words_in[sent.paragraph] <= 20}
    previous: _When | None = None
    latest: _When | None = None  # the last explicit time of the article, for sentences that give none
    range_years: tuple[int, int] | None = None
    recent: dict[str, str] = {}  # "district" -> the district named last, for "the district"
    aside_from: dict[str, str] | None = None  # ... as it was before a paragraph on other places
    paragraph = -1
    topic_of_last: tuple[str, tuple[str, ...]] | None = None  # the entity the sentence before opens with
    for sent, mentions in found:
        if sent.paragraph != paragraph:
            if aside_from is not None:  # the places an aside compared with are not what "the district" is after it
                recent.clear()
                recent.update(aside_from)
            # "Other outer districts are moving more slowly. Miyun ...": a paragraph that looks at others
            aside_from = dict(recent) if _OTHERS_LOOKED_AT.match(sent.text) else None
            paragraph, previous, range_years = sent.paragraph, None, None
            ex.paragraph_org, ex.paragraph_first = None, True
            ex.previous_paragraph_from, ex.paragraph_from = ex.paragraph_from, len(ex.out.indicators)
            ex.paragraph_starts.append(ex.paragraph_from)
        if " ".join(sent.text.split()) in table_lines:
            continue  # read as a table
        new = ex.entities(sent, mentions)
        mentions = [
            x
            for x in mentions
            if not any(a <= x.start and x.end <= b and (a, b) != (x.start, x.end) for _, a, b, _ in new)
        ]
        for x in mentions:
            if x.id not in {c.data["id"] for c in ex.out.mentions}:
                ex.out.mentions.append(Candidate("mentions", {"id": x.id}, sent.text, 0.9))
        between = re.search(r"\b[Bb]etween " + _YEAR + r" and " + _YEAR, sent.text)
        if between:
            range_years = (int(between.group(1)), int(between.group(2)))
        main_text = _main_text(sent.text)
        when = _when(main_text, pub, previous)
        # the time of a figure whose sentence gives it none: now, or the time of the text before
        untimed = _When()
        # "Beijing had 64 platforms at the end of 2024. Daxing hosts 14 of them": a part, at the time of its whole
        part = re.search(
            r"\b(?:\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?)\s+of\s+(?:them|those|these)\b|"
            # ("Of these, 23 were ...": in the past, parts of the whole at its time; "... are located": now)
            r"^\s*(?:Of|Among)\s+(?:these|those|them),(?=[^.;]*\b(?:were|was|had)\b)|"
            # "Eight are in Haidian, five are in Chaoyang": parts of a whole said before, by place
            r"(?:^|,\s+|\band\s+)(?:\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?)\s+(?:are|were)\s+(?:based\s+|located\s+)?in\s+[A-Z]|"
            # "It operated 23 of the stations": held by its subject, a part of a whole said before
            r"\b(?:operated|ran|had|has|hosted|hosts|owned|owns|housed|houses|held|holds|accounted for|accounts for|"
            r"made up|makes up|(?:is|was) home to)\s+"
            r"(?:about |some |around |nearly |roughly )?\d[\d,]*\s+of\s+the\s+"
            r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b(?![ -]\d)",
            main_text,
        )
        part_of_before = (  # (not of a whole said before it in the sentence, in figures or in words)
            part is not None and latest is not None and not any(n.end <= part.start() for n in _numbers(main_text))
        )
        # "That is roughly 0.3 percent of the city's GDP.": the figure before, at its time, not now
        restated = (
            re.match(r"\s*(?:That|This)\s+(?:is|was|equals|comes to|amounts to)\b", main_text) is not None
            # "Haidian's figure was 702", "The figure for Fengtai was 50": another's of the same measure, then
            or re.search(
                r"(?:’s|'s|\b[Tt]he(?:\s+(?:corresponding|equivalent|comparable|same))?)\s+(?:own\s+)?"
                r"(?:figure|number|tally)(?:\s+(?:for|in)\s+(?:the\s+)?[A-Z][^,;.]{0,40}?)?\s+(?:was|is|stood|stands)\b",
                main_text,
            )
            is not None
            and not re.search(r"\b(?:now|today|currently|at present)\b", main_text, re.I)  # ("Today X's figure is 900")
        )
        aimed = (
            _YEAR_END.search(main_text)
            and _AIMS.search(main_text)
            # (not a plan told of afterwards: "met its target of 90 by the end of the year", "said ... would have")
            and not re.search(r"[\"“”‘’]|\b(?:said|says|would|did|met|exceeded|achieved|missed|had)\b", main_text)
        )
        if pub and aimed:
            # "The number of X is to reach 450 by the end of the year": a target for this year's end, even after
            # a paragraph on last year's results (a flow, "will sign 400 contracts by the end of the year", is
            # this year's; "in 2027 ... by the end of the year" that later year's)
            latest_year = (latest.year or (int(latest.as_of[:4]) if latest.as_of else None)) if latest else None
            aim = max(pub[0], latest_year or pub[0])
            flow = _FLOW.search(main_text) or re.search(
                r"\b(?:sign|add|file|raise|invest|spend|earn|launch|grant|approve|train|ship|sell|export|attract|"
                r"recruit|hire|complete|deliver|produce|build|open)\b",
                main_text,
            )
            untimed = _When(year=aim, as_of=None if flow else f"{aim}-12", note="a target for the year's end")
        elif pub and _PRESENT.search(main_text) and not part_of_before and not (restated and latest is not None):
            untimed = _When(as_of=f"{pub[0]}-{pub[1]:02d}", note=_PRESENT_NOTE)
        elif latest is not None:
            year = latest.year or (int(latest.as_of[:4]) if latest.as_of else None)
            # a stock ("held", "reached") is as of the same date; a flow ("granted", "during") of its year
            # ("That is about 0.29 venues per 10,000 residents": the figure before, restated, at its very time)
            stock = part_of_before or restated or (_STOCK.search(main_text) and not _FLOW.search(main_text))
            as_of = latest.as_of if latest.as_of and stock else None
            if stock and not as_of and year and not latest.period and ex.latest_end == f"{year}-12":
                as_of = (
                    ex.latest_end
                )  # "... at the end of 2025. ... rose 11.6 percent during 2025. Haidian held 44.7 percent"
            ended = _YEAR_END.search(main_text)  # ... and no flow in its clause ("registered", "signed")
            clause = re.split(r"[,;]|\band\b", main_text[ended.start() :])[0] if ended else ""
            opening = re.split(r"[,;]|\band\b", main_text[: ended.start()])[-1] if ended else ""
            year_end = ended and not _FLOW.search(opening + clause)
            if year and not latest.period and year_end and not _AHEAD.search(main_text):
                # "had 412 firms at the end of the year", after a sentence of 2025 (not "signed 412 contracts
                # by the end of the year", a flow, nor "plans to add 50 more by the end of the year")
                as_of = f"{year}-12"
            untimed = _When(year=year, period=latest.period, as_of=as_of, note="the time of the text before")
        if not (when.year or when.period or when.as_of):
            # "The figure was 118 a year earlier.": a year before the time of the text before
            shifted = (
                _earlier(main_text, latest or _When(), pub, "the time of the text before")
                if (latest or re.search(r"\bago\b", main_text)) and _dates_whole(main_text)
                else None
            )
            if shifted and shifted.as_of and _FLOW.search(main_text):  # "Two years earlier its Series A raised ..."
                shifted = _When(year=shifted.year, note=shifted.note)
            when = shifted or untimed
        ex.untimed = untimed
        s = ex.read_now = sent.text
        named = [(x.id, x.start, x.types) for x in mentions if not _where_it_is(s, x.start, x.end)] + [
            (e, a, (k,)) for e, a, b, k in new if not _where_it_is(s, a, b)
        ]
        ex.note_ours(s, named)
        label = re.match(r"\s*(?!" + _LEAD_IN + r")([A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}):\s", s)
        if label:  # "Luo Qingshan: For a lab ...": who speaks, until the next label (not "Disclosure: I work ...")
            ex.speaker = label.group(1)
            if ex.speaker not in ("A", "Answer"):  # "Q: How many companies does the park have?": what is counted
                ex.asked = _asked_count(s)
        places = [(eid, at) for eid, at, types in named if any(t in _places() for t in types)]
        for m in _anaphora().finditer(s):  # "the district", "the park": the one named last
            word = m.group(1).lower()
            referent = next(
                (
                    eid
                    for eid, at, types in sorted(named, key=lambda n: -n[1])
                    if at < m.start() and _refers(word, types)
                ),
                None,
            )
            if referent is None and word == "district":
                # "Lin, deputy director of the Daxing District Science and Technology Commission, said the
                # district would ...": the district an organization named before it in the sentence is of
                referent = next(
                    (
                        place
                        for eid, at, types in sorted(named, key=lambda n: -n[1])
                        if at < m.start()
                        and not any(t in _places() for t in types)
                        # the body the speaker holds a post at ("deputy director of the ..."), not a school
                        and re.search(r"\b(?:of|at)\s+(?:the\s+)?$", s[max(0, at - 12) : at])
                        and (in_name := re.match(r"([A-Z][a-z]+) District\b", ex._label(eid)))
                        and (
                            place := next(
                                (x.id for x in gazetteer.find(in_name.group()) if _refers(word, x.types)),
                                None,
                            )
                            or ex._district(in_name.group(1), s)
                        )
                    ),
                    None,
                )
            last_named = recent.get(word)
            referent = referent or last_named
            said = m.group(0).split()
            modified = len(said) > len(m.group(1).split()) + 1  # (one word before the head: "the demonstration zone")
            if referent is not None and modified and said[1].lower() not in ex._label(referent).lower():
                referent = None  # "the demonstration zone" is the "... Demonstration Zone", not "the wetland park"
            if referent is None and word in ("city", "capital", "municipality", "chinese capital"):
                referent = main_city
            if referent is not None:
                places.append((referent, m.start()))
        if country is not None:  # "Nationwide, 533 ...": the figure is the country's
            places += [
                (country, m.start())
                for m in _NATIONWIDE.finditer(s)
                # (not a comparison's: "well above the average for medical device makers nationally")
                if not re.search(
                    r"\b(?:average|than|compared|against|above|below|versus|ahead of|behind)\b",
                    re.split(r"[,;:]", s[: m.start()])[-1],
                )
            ]
        # "It now ships ...", and "Today it has 240": a pronoun after a short lead opens the sentence too
        pronoun = re.match(
            r"\s*(?:(?:Today|Now|Since then|By then|Then|Still|So far|Last year|This year|Last month|Earlier this year|"
            r"(?:This|Last|Earlier this) (?:spring|summer|autumn|fall|winter|month|week|quarter)|"
            r"In (?:19|20)\d\d|In (?:January|February|March|April|May|June|July|August|September|October|November|"
            r"December)(?: (?:19|20)\d\d| (?:this|last) year)?|"
            r"In the (?:first|second|third|fourth) (?:half|quarter)(?: of (?:this|last) year| of (?:19|20)\d\d)?)"
            r"\s*,?\s+"
            # ("Thirty-five of its sixty staff", "Most of their revenue": a part of what it has)
            r"(?:it|its|they|their)|It|Its|They|Their|[A-Z][\w-]*\s+(?:[a-z][\w-]*\s+)?of\s+(?:its|their))\b",
            s,
        )
        if pronoun and topic_of_last is not None:  # "It now ships ...": what the sentence before was about
            eid, types = topic_of_last
            named.append((eid, 0, types))
            if any(t in _places() for t in types):
                places.append((eid, 0))
        orgs = [
            (eid, at)
            for eid, at, types in named
            if any(t in _SUBJECT_ORGS for t in types)
            # a body whose name says what it is, though no class of the ontology does ("... Cancer Hospital")
            or (types == ("Organization",) and _BODY_HEAD.search(ex._label(eid)) is not None)
        ]
        # a name whose words do not tell its type, said to be based somewhere or to employ, earn or raise: a firm's
        orgs += [
            (eid, at)
            for eid, at, types in named
            if types == ("Organization",)
            and eid not in ex.people
            and len(ex._label(eid).split()) >= 2  # (not "R&D", "AI"; nor "Revenue of Chaoyang", "Tianjin and Hebei")
            and not re.search(r"\s(?:of|and|&)\s", ex._label(eid))
            and (
                _FIRM_CUE.match(s, at + len(ex._label(eid)))
                or (_TRADE_CUE.match(s, at + len(ex._label(eid))) and _trade_named(ex._label(eid)))
                # "Jingjing Purification Engineering, the largest builder, completed 38 projects": a name of three
                # words or more that opens the sentence as the subject of its verb
                or (
                    len(ex._label(eid).split()) >= 3
                    and _OPENING.fullmatch(s[:at]) is not None
                    and _SUBJECT_VERB.match(s, at + len(ex._label(eid))) is not None
                )
                # "The largest of them is Guangzhen Imaging.": a firm's name said to be the one meant
                # ... and "Its revenue rose ..." after it
                or (
                    _firm_like(ex._label(eid))
                    and (re.search(r"\b(?:is|was)\s+$", s[max(0, at - 8) : at]) or (pronoun and at == 0))
                )
            )
        ]
        orgs.sort(key=lambda o: o[1])
        for m in _ORG_ANAPHORA.finditer(s):  # "the center", "its institute": the one named last
            word = m.group("word").lower()
            kinds = _ORG_ANAPHORS[word]
            referent = next(
                (
                    eid
                    for eid, at, types in sorted(named, key=lambda n: -n[1])
                    if at < m.start()
                    # (or a university named as one: "the institute" of the Beijing Institute of Technology)
                    and (any(t in kinds for t in types) or ("University" in types and word in ex._label(eid).lower()))
                    and _kind_or_firm(types, ex._label(eid))
                    and (word not in _NAMED_ONLY or word in ex._label(eid).lower())
                ),
                recent.get(word),
            )
            if referent is not None:  # (after a place in "The Changping-based company": the company's)
                orgs.append((referent, m.start("word") if m.group("placed") else m.start()))
        # a government body that does something itself with the figure: "the commission would release 120
        # datasets", "The Beijing Municipal Data Bureau has opened 1,860 public data sets": its figure
        ex.gov_agents = []
        for eid, at, types in named:
            body = ex._label(eid)
            # ("Beijing Municipal Commission of Planning and Natural Resources": a commission)
            head = next((w for w in body.lower().split() if w in _GOV_HEADS), "")
            if {"GovernmentBody", "Commission"} & set(types) or (
                types == ("Organization",) and head in _GOV_HEADS and len(body.split()) >= 3
            ):
                if head in _GOV_HEADS:
                    ex.gov_heads[head] = eid
                acts = _GOV_DOES.match(s, at + len(body))
                if acts and not re.search(r"\b(?:of|at|by|from|with)\s+(?:the\s+)?$", s[:at]):
                    ex.gov_agents.append((eid, acts))
        for m in re.finditer(r"\b[Tt]he (" + "|".join(sorted(_GOV_HEADS)) + r")\b(?!-)", s):
            referent = ex.gov_heads.get(m.group(1))
            if referent is not None and (acts := _GOV_DOES.match(s, m.end())):
                ex.gov_agents.append((referent, acts))
        # "the bank", "the exchange", "the consortium": the body named before whose name ends in that word
        for m in re.finditer(
            # (not "the semiconductor industry", "the exchange rate", "the technology sector": a field, not the firm)
            r"\b(?:[Tt]he|[Ii]ts) ([a-z]+)\b(?!-)(?!\s+(?:industry|industry['’]s|sector|sector['’]s|market|market['’]s|"
            r"rate|rates|economy|segment|field|business|supply chain|cluster|ecosystem)\b)",
            s,
        ):
            referent = ex.name_heads.get(m.group(1))
            if referent is not None and m.group(1) not in _ORG_ANAPHORS and not any(o == referent for o, _ in orgs):
                orgs.append((referent, m.start()))
        orgs.sort(key=lambda o: o[1])
        ex.topic_counts.update(eid for eid, _ in orgs)
        inner = [  # "Huairou Science City" inside "Huairou Science City Shared Instrument Platform"
            (x.id, a + x.start, x.types)
            for _, a, b, _ in new
            for x in ex.gaz.find(s[a:b])
            if x.start > 0 or x.end < b - a
        ]
        by_name: set[str] = set()  # the words this sentence's names end in ("... Pilot Zone")
        for eid, _, types in sorted([*inner, *named], key=lambda n: n[1]):
            name = ex._label(eid).lower()
            # the word naming what it is: its last, or the last before what it is of ("Museum of Industrial Heritage")
            last = ex._label(eid).split(" of ")[0].split()[-1]
            if (
                len(name.split()) >= 2
                and re.fullmatch(r"[A-Z][a-z]{3,}", last)
                and last.lower() not in _ANAPHORS
                and last.lower() not in _REPORTING_HEADS
                and last.lower() not in _FIELD_HEADS
                and (
                    any(t in _SUBJECT_ORGS for t in types)
                    or (types == ("Organization",) and _BODY_HEAD.search(ex._label(eid)) is not None)
                )
            ):
                ex.name_heads[last.lower()] = eid  # "Jingcheng Commercial Bank": what "the bank" is
            for word, kinds in (*_ANAPHORS.items(), *_ORG_ANAPHORS.items()):
                # (a university named as an institute is "the institute" too: the Beijing Institute of Technology)
                named_so = "University" in types and word in _ORG_ANAPHORS and word in name.lower().split()
                if (any(t in kinds for t in types) or named_so) and _kind_or_firm(types, ex._label(eid)):
                    # "The X Pilot Zone, set up inside the Y Development Area, ...": "the zone" is the one so named
                    if (word in by_name or word in _NAMED_ONLY) and word not in name:
                        continue
                    recent[word] = eid
                    if re.search(rf"\b{word}$", name):
                        by_name.add(word)
        places.sort(key=lambda p: p[1])
        indexes = [(eid, at) for eid, at, types in named if any(t in _indexes() for t in types)]
        scored_from = len(ex.out.indicators)
        if sent.paragraph in no_facts or _RECOMMENDS.search(s):
            pass  # a study's method or its recommendations: no facts of the ecosystem
        elif sent.index not in ex.list_rows:  # a row of a ranking list: its ranks (and scores) are read as such
            ex.indicators(sent, when, range_years, places, main_place, orgs, indexes)
        # "The park counted 212 ...": a sentence may open with a place said by anaphora
        with_anaphors = named + [
            (eid, at, ex._types(eid)) for eid, at in places if (eid, at) not in {(e, a) for e, a, _ in named}
        ]
        if not pronoun:
            topic_of_last = _opening_entity(s, with_anaphors)
            bodies = [(eid, at) for eid, at in orgs if not set(ex._types(eid)) & _indexes()]
            subjects = list(dict.fromkeys(eid for eid, _ in bodies))
            first_org = min((at for _, at in bodies), default=len(s))
            if topic_of_last is None and len(subjects) > 1:
                # "... went to Xuanwei Semiconductor, a Tsinghua University spin-off that designs chips. It raised":
                # the first organization, when the others are named in an apposition to it
                first = min(bodies, key=lambda b: b[1])
                aside = re.match(r",\s+(?:a|an|the)\s+[^,;.]*", s[first[1] + len(ex._label(first[0])) :])
                end = first[1] + len(ex._label(first[0])) + (aside.end() if aside else 0)
                if aside and all(at == first[1] or first[1] < at < end for _, at in bodies):
                    subjects = [first[0]]
            if topic_of_last is None and len(subjects) == 1 and not any(at < first_org for _, at in places):
                # "Chen moved the company here from Haidian ... Today it has 240": the one organization the
                # sentence names, before any place
                topic_of_last = (subjects[0], ex._types(subjects[0]))
        opened = _opening_entity(s, with_anaphors)
        opening = opened[0] if opened else next((eid for eid, at in places if at <= 4), None)
        if ex.paragraph_first and opened and set(opened[1]) & (_SUBJECT_ORGS - {"Plan", "Event"}):
            ex.paragraph_org = opened[0]  # "Yekan Robotics, founded in 2020 by ...": what the paragraph is about
        ex.paragraph_first = False
        # "it" in a sentence: what the sentence opens with, else what the one before opened with
        ex.it_refers = opening or ex.prev_opening
        ex.rankings(sent, when, mentions, new, places, main_place)
        ex.prev_opening = opening or ex.prev_opening
        ex.score_of_ranked(ex.out.indicators[scored_from:], [c for c in ex.out.rankings if c.quote == s])
        ex.posts(sent, mentions, new)
        ex.relations(sent, mentions, new)
        ex.note_read(s)
        ahead = bool(pub and when.year and when.year > pub[0])  # "by 2025": a target, not the story's time
        # "Its first edition appeared in 2022, when only 25 cities were covered.": the index's past, not the story's
        background = re.search(r"\b(?:first|inaugural|earliest|original)\s+edition\b", sent.text, re.I) is not None
        # (a year said, not one taken from the text before: "In April" after it is of the publication's year)
        stated = "the time of the text before" not in (when.note or "")
        if when.year and stated and not ahead and not background:
            # ("In 2023, ...": the year the story tells of next, which "In March" after it is in)
            opens = re.match(r"\s*(?:In|During|Throughout)\s+(?:19|20)\d\d\b", sent.text) is not None
            previous = dataclasses.replace(when, opens=opens)
        if (
            (when.year or when.period or when.as_of)
            and "the time of the text before" not in (when.note or "")
            and not background
        ):
            latest = latest if ahead else when
            if when.as_of and str(when.as_of).endswith("-12") and not ahead:
                ex.latest_end = str(when.as_of)
    for table in tables:
        ex.table(table, main_place, recent)
    for measure_table in measure_tables:
        ex.measure_table(measure_table)

    # "X has run the lab" (a head) and "X is director of the lab": one post, by its own title
    def _headed(post: Candidate) -> bool:
        return str(post.data.get("role", "")).removeprefix("new:") == "head"

    titled = {(p.data["person"], p.data.get("org")) for p in ex.out.posts if not _headed(p)}
    ex.out.posts = [p for p in ex.out.posts if not _headed(p) or (p.data["person"], p.data.get("org")) not in titled]
    for post in ex.out.posts:  # "He Jianing, Director, Jingyi Shared Instrument Platform": a body people work for
        drafted = ex.new_entities.get(str(post.data.get("org")))
        if drafted is not None and drafted.data.get("type") in ("Platform", "Facility"):
            drafted.data["type"] = "Organization"
            drafted.review["type_guess"] = 0.5
    for post in ex.out.posts:  # a university's school: a post in both
        # (within the post's own title, "dean of the College of Engineering at Tsinghua University", or a quote that
        # names the unit once: not another person's post at another university)
        org, title = post.data.get("org"), str(post.data.get("title") or "")
        if isinstance(org, str):
            unit = ex._label(org)
            where = title if unit and unit in title else post.quote if unit and post.quote.count(unit) == 1 else ""
            post.data["org"] = ex._in_university(org, where) if where else org
    ex.name_bodies_in_places()
    ex.name_bare_scores()
    for kind in ("mentions", "entities", "indicators", "rankings", "posts", "relations"):
        for cand in getattr(ex.out, kind):
            if quote_problem(cand.quote):  # "7. London": with the rows above it, as evidence
                cand.quote = _widened(text, cand.quote)
    return ex.out
