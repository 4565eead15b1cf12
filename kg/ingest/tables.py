"""Tables in an article's text: piped, tab- or space-aligned rows, their headers, captions and units.

A table's rows are read here into cells, columns and captions; what the rows mean (a rank, a
measure of a district) is the extractor's to decide. Names with a leading underscore are
internal to :mod:`kg.ingest`.

>>> _cells("District | 2024 | 2025")
['District', '2024', '2025']
>>> table = _measure_tables("District | Labs | Firms\\nHaidian | 120 | 3,400\\nChaoyang | 45 | 1,900")[0]
>>> [(name, values) for _, name, values in table.rows]
[('Haidian', [120.0, 3400.0]), ('Chaoyang', [45.0, 1900.0])]
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from kg.ingest.figures import _MONTH_NAMES, _MONTHS, _SCALES, _YEAR, _YUAN_WORDS
from kg.ingest.score import _stems
from kg.ingest.sentences import Sentence

#: A rank's name in a list row: capitalized words, maybe joined by "of", "and", "for", "the"
#: ("University of Science and Technology Beijing").
#: A name in a row of a ranked list or table, maybe with its parent's acronym ("Institute of Physics, CAS").
_ROW_NAME = (
    r"[A-Z][\w’'&.-]*(?:(?:[ -]|[ ](?:of|and|for|the|de)[ ])[A-Z][\w’'&-]*)*(?:,[ ][A-Z]{2,6}\b)?"
    r"(?:[ ]\((?:[A-Z][a-z][A-Za-z .’'-]{0,29}|[A-Z]{2,3})\))?"  # "Boston (US)", "Munich (Germany)", "Delft (NL)"
)

#: The label of a list row's place in the edition before, in brackets: "(last year: 5)", "(2025: 5)".
EARLIER_LABEL = r"last year|previous(?:ly)?|prev\.?|(?:19|20)\d\d"
#: A list row's mark of a newcomer to the ranking, in brackets: "(new)".
NEW_MARK = r"new|new entry|newcomer|re-entry"

_LIST_ROW = re.compile(
    # "=4) Example University — 81.3 points": a shared rank, its score after a dash
    r"(?:\s*(?:#|No\.[ ]?|=)?(\d{1,3})[.):]?[ \t]+" + _ROW_NAME + r"(?:[ \t]+\((?:\d{1,3}(?:\.\d+)?|[-–—]|new)\))?"
    r"(?:[ \t]*[,:][ \t]*[\d.]+(?:[ \t]+points)?)?"
    # ("7. Seoul — score 72.9": the score said)
    r"(?:[ \t]+(?:[-+=–]?[\d.,]+|[-+=–—]|new|n/[ar]|nr|unranked|(?i:score):?|"
    # "(5)", "(last year: 5)", "(new)": the place the edition before
    r"\((?:(?:" + EARLIER_LABEL + r")\s*:?\s*)?\d{1,3}\)|\((?i:" + NEW_MARK + r"|[-–—])\)))*"
    r"(?:[ \t]+points)?)+\s*"
)


def _list_rows(sents: list[Sentence]) -> set[int]:
    """The sentences that are rows of a ranking table or list: a rank and a name (and maybe
    figures), in a run of at least three whose ranks follow on ("1. Guangdong", "2 Beijing 3").
    A numbered heading or finding ("5. Recognition", "1. Firms.") stands alone or ends in a stop."""
    ranks: dict[int, int] = {}
    texts = {sent.index: sent.text for sent in sents}
    for sent in sents:
        text = _unpiped(sent.text)
        m = _LIST_ROW.fullmatch(text)
        if m and not text.rstrip().endswith("."):
            ranks[sent.index] = int(m.group(1))
    rows: set[int] = set()
    run: list[int] = []
    for index in sorted(ranks):
        # a shared rank is marked ("=4) ..."), or printed twice after a rank below it ("3. A", "4. B", "4. C")
        shared = (
            bool(run)
            and ranks[index] == ranks[run[-1]]
            and (texts[index].lstrip().startswith("=") or len(run) >= 2 and ranks[run[-1]] > ranks[run[-2]])
        )
        if run and (
            index != run[-1] + 1 or ranks[index] < ranks[run[-1]] or (ranks[index] == ranks[run[-1]] and not shared)
        ):
            # a shared rank is marked ("=4) ..."); "1. Talent", "1. Compute" are no ranks
            if len(run) >= 3:
                rows.update(run)
            run = []
        run.append(index)
    if len(run) >= 3:
        rows.update(run)
    return rows


#: A Markdown table's rule under its header ("|---|---|").
_TABLE_RULE = re.compile(r"[\s|:+-]*-{3,}[\s|:+-]*")

#: The title of a column of ranks; the first column may also be headed as a list's numbers.
#: The overall rank's column beside the pillars' ("Park | Overall | Innovation | Talent").
_OVERALL = re.compile(r"overall(?: rank(?:ing)?)?", re.I)

_RANK_COLUMN = re.compile(r"rank(?:ing)?|position|standing|" + _OVERALL.pattern, re.I)

_RANK_TITLE = re.compile(_RANK_COLUMN.pattern + r"|no\.?|#|place|pos\.?", re.I)


def _rank_column(header: list[str]) -> int | None:
    """The column of a table's header that holds the ranks of its edition: the one titled
    "Rank" (or "Ranking", "Position"), else of the latest year among several ("Rank 2025"
    beside "Rank 2024"); not one of an earlier edition ("Previous rank"). None when there is
    no such column, or no one.

    >>> _rank_column(["University", "Score", "Rank 2025", "Rank 2024"]), _rank_column(["Rank", "Zone", "Score"])
    (2, 0)
    >>> _rank_column(["City", "Previous rank", "Score"]), _rank_column(["Project", "No.", "Investment"])
    (None, None)
    """
    plain = [k for k, cell in enumerate(header) if (_RANK_TITLE if k == 0 else _RANK_COLUMN).fullmatch(cell.strip())]
    if plain:
        return plain[0] if len(plain) == 1 or plain[0] == 0 else None
    dated: dict[int, int] = {}
    for k, cell in enumerate(header):
        m = _DATED_RANK_TITLE.fullmatch(cell.strip())
        if m:
            dated[k] = int(m.group("y1") or m.group("y2"))
    latest = [k for k, year in dated.items() if year == max(dated.values(), default=0)]
    return latest[0] if len(latest) == 1 else None


#: The title of a column of ranks in one edition: "Rank 2025", "2024 ranking", "Rank (2023)".
_DATED_RANK_TITLE = re.compile(
    r"(?:rank(?:ing)?|position|standing)\s*(?:in\s+)?\(?(?P<y1>(?:19|20)\d\d)\)?|"
    r"(?P<y2>(?:19|20)\d\d)\s+(?:rank(?:ing)?|position|standing)",
    re.I,
)


def rank_cell(cell: str) -> int | None:
    """The rank a table's cell gives: "4", "4.", "=4", "4th"; None for another cell.

    >>> [rank_cell(c) for c in ("4", "4.", "=4", "12th", "1st", "4.5", "n/a", "5=", "T5")]
    [4, 4, 4, 12, 1, None, None, 5, 5]
    """
    m = re.fullmatch(r"(?:=|T-?)?\s?(\d{1,3})(?:st|nd|rd|th|[.)]|\s?=)?", cell.strip(), re.I)
    return int(m.group(1)) if m else None


#: A column that only a league table has beside its places: a score, or the move since the last edition.
_RANKED_COLUMN = re.compile(
    r"(?:total |overall |index )?(?:score|points?|rating)(?:\s*\(.*\))?|move|movement|change|trend|[±+]/?-?|"
    r"(?:rank |place )?(?:last year|previous(?: rank| edition)?|prev\.?|\d{4} rank)",
    re.I,
)
#: A caption that says its table ranks: "the top ten", "2027 ranking", "league table", "... Index 2027".
_RANKED_CAPTION = re.compile(r"\b(?:top\s+\w+|rank(?:s|ed|ing|ings)?|league|index)\b", re.I)


def _league_table(header: list[str], caption: str) -> bool:
    """Whether a table whose first column is headed "#" or "No." lists places in a ranking, not
    items: a column of scores or moves beside it, under a caption that says it ranks.

    >>> _league_table(["#", "City", "Score", "Move"], "Germplasm City Index 2027: the top ten")
    True
    >>> _league_table(["No.", "Project", "District", "Investment"], "Table 2. Key projects in 2027")
    False
    >>> _league_table(["No.", "Company", "District", "Valuation"], "Top 10 (valuation in billion yuan)")
    True
    >>> _league_table(["No.", "Sight", "District", "Visitors"], "Top 10 things to see in Beijing")
    False
    """
    if re.match(
        r"(?:the\s+)?top\s+(?:\d{1,3}|ten|twenty|fifty|hundred)\s*(?:\(|$|[:,–-]|(?:companies|firms|enterprises|"
        r"universities|cities|districts|parks|institutes|start-?ups|hospitals|unicorns|banks|funds|brands|makers)\b)",
        caption.strip(),
        re.I,
    ):  # "Top 10 (valuation in billion yuan)": a caption that is the list's top places (not "Top 5 reasons to visit")
        return True
    return any(_RANKED_COLUMN.fullmatch(cell.strip()) for cell in header[1:]) and bool(_RANKED_CAPTION.search(caption))


def _rank_column_rows(sents: list[Sentence]) -> dict[int, list[str]]:
    """Rows of a table under a header naming its rank column ("Sub-park | Score | Rank",
    "University | Score | Rank 2025 | Rank 2024", "Rank | District | Score | Strongest pillar", whose
    last cells are words that no list row has): each row of at least three under such a header, with
    as many cells and a whole number in that column, mapped to the header."""
    out: dict[int, list[str]] = {}
    texts = {sent.index: sent.text for sent in sents}
    for i, sent in enumerate(sents):
        header = _cells(sent.text)
        at = _rank_column(header)
        years = [k for k, cell in enumerate(header) if re.fullmatch(r"(?:19|20)\d\d", cell.strip())]
        if at is not None:
            years = []
        if at is None and len(years) >= 2 and i and re.search(r"\brank(?:s|ed|ings?)?\b", sents[i - 1].text, re.I):
            # "City | Score | 2027 | 2026" under "Table: Top ten cities (rank in the 2027 and 2026 editions)":
            # each year's column holds that edition's ranks
            header = [f"Rank {cell.strip()}" if k in years else cell for k, cell in enumerate(header)]
            at = _rank_column(header)
        if not (3 <= len(header) <= 8) or at is None:
            continue
        first = header[0].strip()
        if at == 0 and not (
            re.fullmatch(r"rank(?:ing)?|position|pos\.?|place|standing", first, re.I)
            or _DATED_RANK_TITLE.fullmatch(first)
            # "# | City | Score | Move" under "... Index 2027: the top ten": a league table's places
            or (i > 0 and _league_table(header, sents[i - 1].text))
        ):
            continue  # "No. | Project | District | Investment": item numbers, no ranks
        rows: list[int] = []
        for row in sents[i + 1 :]:
            if _TABLE_RULE.fullmatch(row.text) and not rows:
                continue  # a Markdown table's rule under its header
            cells = _cells(row.text)
            if any(
                title.startswith("Rank ") and k < len(cells) and rank_cell(cells[k]) is None
                for k, title in enumerate(header)
                if _DATED_RANK_TITLE.fullmatch(title)
            ) and not all(rank_cell(cells[k]) or cells[k].strip() in "-–—" for k in years if k < len(cells)):
                break  # a year's column of other figures than ranks
            scored_first = re.fullmatch(
                r"(?:total\s+|overall\s+)?(?:score|points?|index(?:\s+value)?)", header[0].strip(), re.I
            )
            if (
                len(cells) != len(header)
                or rank_cell(cells[at]) is None
                or (at and cells[0].strip()[:1].isdigit() and not scored_first)  # ("Score | City | Rank 2027")
            ):
                break
            rows.append(row.index)
        placed = [rank_cell(_cells(texts[k])[at]) or 0 for k in rows]
        if (_OVERALL.fullmatch(header[at].strip()) or years) and (
            not placed or placed[0] > 3 or any(b < a or b - a > 3 for a, b in zip(placed, placed[1:], strict=False))
        ):
            continue  # "District | Overall | Talent" of scores (82, 88, 79), years' columns of counts: no ranks
        if years and any(
            len({rank_cell(_cells(texts[k])[y]) for k in rows} - {None}) < len(rows) - 1 for y in years if y != at
        ):
            continue  # an earlier edition's ranks differ from row to row (one may be unranked then)
        if len(rows) >= 3:
            out.update((index, header) for index in rows)
    return out


def _row_headers(sents: list[Sentence], rows: set[int]) -> dict[int, list[str]]:
    """For each run of table rows, the header row just before it when it names a rank column
    first and as many columns as the rows have ("Rank | Zone | Score | Previous rank")."""
    by_index = {sent.index: sent for sent in sents}
    out: dict[int, list[str]] = {}
    for index in sorted(rows):
        if index - 1 in rows:
            if index - 1 in out and len(_cells(by_index[index].text)) == len(out[index - 1]):
                out[index] = out[index - 1]  # the header goes on for rows laid out as it is
            continue
        before = by_index.get(index - 1)
        if before is not None and _TABLE_RULE.fullmatch(before.text):
            before = by_index.get(index - 2)  # a Markdown table's rule under its header
        header = _cells(before.text) if before else []
        if len(header) >= 3 and _RANK_TITLE.fullmatch(header[0]):
            if len(_cells(by_index[index].text)) == len(header):
                out[index] = header
    return out


#: Column titles of figures, not ranks: a score, a value, a change.
_FIGURE_TITLE = re.compile(
    r".*\b(?:score|points?|value|index|total|change|move|trend|growth|share|number|count|year|founded|"
    r"established|population|revenue|output|spending|funding|firms|companies|patents|papers)\b.*",
    re.I,
)


def _pillar_columns(sents: list[Sentence], row_headers: dict[int, list[str]]) -> dict[int, set[int]]:
    """For the rows of a ranking table whose header names a rank column first, the columns that
    hold each row's rank on a pillar ("Rank | District | Score | Openness | Adoption", with
    "2 | 1 | 4 ..." under the pillars): named by a word, not a figure's title, and holding
    distinct whole numbers no greater than twice the rows (plus ten) in every row.

    >>> rows = ["Rank | Area | Score | Talent | Firms", "1 | A | 88.7 | 2 | 140", "2 | B | 86.1 | 1 | 95",
    ...         "3 | C | 82.4 | 3 | 212"]
    >>> sents = [Sentence(text, 0, i) for i, text in enumerate(rows)]
    >>> _pillar_columns(sents, {1: _cells(rows[0]), 2: _cells(rows[0]), 3: _cells(rows[0])})[1]
    {3}
    """
    by_index = {sent.index: sent for sent in sents}
    runs: list[list[int]] = []
    for index in sorted(row_headers):
        if runs and runs[-1][-1] in (index - 1, index - 2) and row_headers[runs[-1][-1]] == row_headers[index]:
            runs[-1].append(index)
        else:
            runs.append([index])
    out: dict[int, set[int]] = {}
    for indexes in runs:
        header = row_headers[indexes[0]]
        table = [_cells(by_index[i].text) for i in indexes]
        pillars = set()
        for k, title in enumerate(header):
            if (
                k == 0
                or not re.fullmatch(r"[A-Za-z][A-Za-z &-]{2,40}", title.strip())
                or _FIGURE_TITLE.fullmatch(title)
            ):
                continue
            cells = [row[k].strip() for row in table if len(row) == len(header)]
            if len(cells) < 3 or not all(c.isdigit() for c in cells):
                continue
            values = [int(c) for c in cells]
            if len(set(values)) == len(values) and 0 < min(values) and max(values) <= 2 * len(values) + 10:
                pillars.add(k)
        for index in indexes:
            out[index] = pillars
    return out


def _column_time(title: str) -> tuple[str, dict[str, Any] | None]:
    """A table column's title without the time it names, and that time ("Papers, 2020-2024":
    the period; "Income, 2024": the year); None when it names none.

    >>> _column_time("Papers, 2020-24"), _column_time("Income 2024"), _column_time("Staff")
    (('Papers', {'period': [2020, 2024]}), ('Income', {'year': 2024}), ('Staff', None))
    >>> _column_time("Growth over 2023")  # a year compared with: the column's time is the table's
    ('Growth over 2023', None)
    >>> _column_time("Occupancy in 2025")
    ('Occupancy', {'year': 2025})
    >>> _column_time("Consortia (end of 2025)")
    ('Consortia', {'as_of': '2025-12'})
    """
    if re.search(
        r"\b(?:since|over|than|from|vs\.?|versus|compared with|compared to|against|on)\s+(?:19|20)\d\d", title, re.I
    ):
        return title, None
    ended = re.search(r"\s*\((?:at\s+)?(?:the\s+)?(?:end of|end-|year-end)\s*((?:19|20)\d\d)\)", title, re.I)
    if ended:  # "Consortia (end of 2025)": a count at the year's end
        return (title[: ended.start()] + title[ended.end() :]).strip(" ,:;"), {"as_of": f"{ended.group(1)}-12"}
    span = re.search(r",?\s*\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)?\d\d)\b", title)
    single = re.search(r",?\s*(?:\b(?:in|for|during)\s+)?\b((?:19|20)\d\d)\b", title)  # ("Occupancy in 2025")
    if span:
        end = span.group(2)
        when: dict[str, Any] = {"period": [int(span.group(1)), int(end if len(end) == 4 else span.group(1)[:2] + end)]}
        return (title[: span.start()] + title[span.end() :]).strip(" ,:;"), when
    if single:
        return (title[: single.start()] + title[single.end() :]).strip(" ,:;"), {"year": int(single.group(1))}
    return title, None


def _row_captions(sents: list[Sentence], headers: dict[int, list[str]]) -> dict[int, str]:
    """For table rows with a header, the caption over the header: the line just before it when it
    is no sentence ("Table 2. Computer science, top five"; not one ending in a full stop)."""
    by_index = {sent.index: sent for sent in sents}
    out: dict[int, str] = {}
    for index in headers:
        at = index - 1
        while at in headers:
            at -= 1  # up the rows, to the header
        if at in by_index and _TABLE_RULE.fullmatch(by_index[at].text):
            at -= 1
        above = by_index.get(at - 1)
        if above is not None and len(above.text) < 160 and not re.search(r"[.!?:]\s*$", above.text):
            out[index] = above.text.strip()
    return out


def _undated(label: str) -> str:
    """An index's name without the edition year it may carry.

    >>> _undated("Global Innovation Hubs Index 2024")
    'Global Innovation Hubs Index'
    """
    return re.sub(r"\s*\b(?:19|20)\d\d\b", "", label).strip()


def _label_year(label: str) -> int | None:
    """The edition year an index's name carries ("Global Innovation Hubs Index 2024").

    >>> _label_year("Global Innovation Hubs Index 2024"), _label_year("Nature Index")
    (2024, None)
    """
    found = re.search(r"\b" + _YEAR + r"\b", label)
    return int(found.group(1)) if found else None


def _unpiped(line: str) -> str:
    """A row of a table written with pipes ("1 | Haidian | 91.6") as one spaced into columns.

    >>> _unpiped("1 | Zhongguancun Science City | 91.6 | —")
    '1   Zhongguancun Science City   91.6   —'
    """
    # (a match starts only where a run of blanks does: inside a long one, at once no match, not quadratic time)
    return re.sub(r"(?<![ \t])[ \t]*\|[ \t]*", "   ", line.strip().strip("|")) if line.count("|") >= 2 else line


def _cells(line: str) -> list[str]:
    """The cells of a table row or header: between pipes, or between runs of two or more spaces (or
    of leader dots: "Example Incubator ........ 88.6").

    >>> _cells(" 1    Qingteng Incubator (Haidian) ....... 88.6      2")
    ['1', 'Qingteng Incubator (Haidian)', '88.6', '2']
    """
    line = re.sub(r"(?<!\s)\s*\.{4,}\s*", "  ", line)
    return [c for c in re.split(r"[ \t]{2,}|\t", _unpiped(line).strip()) if c]


#: A column of a table of figures by time: a year, or a part of one ("Jan-Sep 2024", "H1 2024", "Q3 2024").
_TIME_COLUMN = (
    r"(?:(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*[-–]\s*"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|H[12]|Q[1-4]|[1-4]Q)\s+|"
    r"(?:[Ee]nd|[Yy]ear[- ][Ee]nd)(?:[- ]|\s+of\s+))?(?:19|20)\d\d"  # "End-2025": at the year's end
)

_TABLE_HEADER = re.compile(
    r"^(?:(?P<label>.*?[^\d\s|])\s*(?:\|\s*)?)?(?P<years>(?:"
    + _TIME_COLUMN
    + r"(?:\s*\([^()|\d]{1,30}\))?\s*(?:\|\s*)?)+)"
    # a last column of the change: "Growth (%)", "Change, %", "YoY"
    r"(?P<growth>(?:growth|change|increase|yoy|y/y|year[- ]on[- ]year)(?:\s*(?:rate)?\s*,?\s*(?:\(%\)|%|\(percent\)))?"
    r"\s*\|?\s*)?$",
    re.I,
)

_CELL = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"

#: A table's caption: "TABLE 1. Share of ... (percent)", "Beijing's low-altitude economy in figures".
_CAPTION_LABEL = re.compile(r"^(?:table|exhibit|chart|figure)\s*\d*[a-z]?\s*[.:–-]?\s*", re.I)


@dataclass
class _TableRow:
    line: str
    label: str
    unit: str | None
    scale: float
    values: list[float]
    growth: float | None = None  # the last column's change, in percent, of the latest time
    #: the row's evidence: the row, or the lines from the caption down to it when the caption
    #: gives the scale ("(billion yuan)") that makes the row's "140.3" 140.3 billion
    quote: str = ""
    stock: bool = False  # a note under the table says the row's figures are at the year's end


#: A note under a table saying which of its rows are year-end levels, and which are the year's flows:
#: "Year-end figures for incubators, enterprises and area; funding and graduations for the whole year",
#: "Instruments and value at year-end; hours, users and shares for the whole year".
_YEAR_END_NOTE = re.compile(
    r"(?:^|[.;]\s*)(?:(?:year-end|end-of-year) (?:figures|values|numbers|data) for (?P<a>[^.;]{3,120})|"
    r"(?P<b>[A-Za-z][^.;]{2,120}?) (?:at|as of) (?:the )?(?:year-end|year end|end of (?:the|each) year)|"
    r"(?P<d>[A-Za-z][^.;]{2,120}?) (?:are|is) (?:year-end|end-of-year) (?:figures|values|numbers|data))",
    re.I,
)
#: "Except for turnover, the indicators are cumulative figures at the end of the year": all rows but those.
_ALL_BUT_NOTE = re.compile(
    r"(?:^|[.;:]\s*)except (?:for )?(?P<but>[^,.;]{3,80}),\s+(?:the )?(?:other )?(?:indicators|figures|rows|data|"
    r"values)\s+(?:are|is)\s+[^.;]{0,40}?(?:at|as of) (?:the )?(?:year-end|year end|end of (?:the|each) year)",
    re.I,
)
_WHOLE_YEAR_NOTE = re.compile(
    r"(?:^|[.;]\s*)(?P<c>[A-Za-z][^.;]{2,120}?) (?:for|over|during) the (?:whole )?year", re.I
)


def _year_end_rows(note: str, rows: list[_TableRow]) -> list[_TableRow]:
    """The rows a note under the table says are at the year's end, marked so (a word of the row's
    label and one the note lists share their first six letters).

    >>> rows = [_TableRow("", "Incubated enterprises", "count", 1.0, [1.0]),
    ...     _TableRow("", "Graduated enterprises", "count", 1.0, [2.0])]
    >>> note = "Year-end figures for incubators and enterprises; funding and graduations for the whole year."
    >>> [r.stock for r in _year_end_rows(note, rows)]
    [True, False]
    >>> [r.stock for r in _year_end_rows("Except for graduations, the indicators are figures at the end of the year.",
    ...     rows + [_TableRow("", "Graduations", "count", 1.0, [3.0])])]  # (graduated enterprises: a flow)
    [True, False, False]
    >>> [r.stock for r in _year_end_rows("Note: Incubated firms are year-end figures.", rows)]
    [True, False]
    """

    def words(text: str) -> set[str]:
        return {w[:5] for w in re.findall(r"[a-z]{3,}", text.lower())} - {"and", "the", "for", "figur", "whole"}

    stocks = {w for m in _YEAR_END_NOTE.finditer(note) for w in words(m.group("a") or m.group("b") or m.group("d"))}
    flows = {w for m in _WHOLE_YEAR_NOTE.finditer(note) for w in words(m.group("c"))}
    if but := _ALL_BUT_NOTE.search(note):
        flows |= words(but.group("but"))
        stocks = {w for r in rows for w in words(r.label)} - flows
    if not stocks:
        return rows

    def stock(label: str) -> bool:
        plain = re.split(r"\s+(?:to|in|at|on|from|by|for)\s+", label.lower())[0]
        said = plain.split()
        head = said[-1] if said else ""
        return (
            bool(words(label) & stocks)
            and not words(label) & flows
            and not re.match(r"new\b", plain)  # "New enterprises admitted": the year's intake
            and not re.search(r"\b(?:exits?|registrations?|admissions?|closures?|grants?|admitted|granted)$", head)
        )

    return [dataclasses.replace(r, stock=True) if stock(r.label) else r for r in rows]


@dataclass
class _Table:
    """A table of figures by time: its caption (the line above it, if it reads as one), the
    header's label, its columns' times and its rows."""

    caption: str
    header: str
    columns: list[tuple[int, str]]  # (year, the column's label as written)
    rows: list[_TableRow]


def _unit_note(text: str) -> tuple[str | None, float]:
    """The unit and scale a label's brackets state: "(billion yuan)" -> ("yuan", 1e9); "(thousand)"
    -> (None, 1000); "(percent)" -> ("percent", 1).

    >>> _unit_note("Income (mn yuan)"), _unit_note("Revenue (100 million yuan)"), _unit_note("Staff (per 10,000)")
    (('yuan', 1000000), ('yuan', 100000000), (None, 1.0))
    """
    unit: str | None = None
    scale = 1.0
    for note in re.findall(r"\(([^)]*)\)", text):
        words = [w.strip(",;.") for w in note.lower().replace("%", " % ").split()]
        if any(w in _YUAN_WORDS for w in words):
            unit = "yuan"
        elif any(w in ("dollars", "usd", "us$", "$") for w in words):
            unit = "usd"
        elif "percent" in words or "%" in words or "per cent" in note.lower():
            unit = "percent"
        if "per" not in words:  # "(per 10,000)" is a rate's base, no scale
            said = [w for w in _SCALES if re.search(rf"(?<![\w,]){re.escape(w)}\b", note.lower())]
            scale = _SCALES[max(said, key=len)] if said else scale  # "100 million" (yi), not "million"
    return unit, scale


#: The first column's head of a table whose rows are places or bodies and whose columns are measures.
#: A table's cell of a few words (a district, a field), no figure.
_WORDS_CELL = re.compile(r"[A-Za-z][\w’'&.-]*(?: [A-Za-z][\w’'&.-]*){0,3}")
#: A line of a table's unit alone, under its title: "(Unit: 100 million yuan)".
_UNIT_LINE = re.compile(r"\(?\s*unit\s*[:：][^()]{1,40}\)?", re.I)
#: A note under a table giving a column's unit: "Unit for joint R&D investment: 100 million yuan."
_UNIT_BELOW = re.compile(
    r"(?:notes?\s*[:：]\s*)?units?(?:\s+(?:for|of)\s+(?P<column>[^:：]{2,60}?))?\s*[:：]\s*(?P<unit>[^.;:()]{1,60})",
    re.I,
)
#: The first column's header of a table with a row a year ("Year | Revenue | Growth (%)").
_YEAR_KIND = re.compile(r"years?|period", re.I)
_ROW_KIND = re.compile(
    r"(?:districts?|cit(?:y|ies)|(?:sub-?)?parks?|universit(?:y|ies)|compan(?:y|ies)|firms?|institutes?|zones?|"
    r"regions?|provinces?|countr(?:y|ies)|areas?|clusters?|name|entity|towns?|townships?|sub-?districts?|"
    r"count(?:y|ies)|platforms?)",
    re.I,
)


#: A column of money by its label: what a table's "(Unit: 100 million yuan)" line is the unit of.
_MONEY_COLUMN = re.compile(
    r"\b(?:revenue|output|income|sales|spending|expenditure|investment|turnover|value|funding|financing|"
    r"exports|imports|profits?|budget)\b",
    re.I,
)


@dataclass
class _MeasureTable:
    """A table of places or bodies by measures, for one time: its caption, the year it names,
    its columns (label as written, unit, scale) and its rows (line, name, one figure a column)."""

    caption: str
    year: int | None
    columns: list[tuple[str, str | None, float]]
    rows: list[tuple[str, str, list[float | None]]]
    quote_from: list[str]  # the lines from the header down to each row, for figures scaled by the header
    caption_line: int | None = None  # the caption's line in the text
    row_kind: str | None = None  # what the first column's header says the rows are ("City", "Districts")
    as_of: str | None = None  # the month the caption dates its figures at ("..., end of 2025": 2025-12)
    #: the times a note under the table gives its columns ("venues at the end of 2025; visits during 2025")
    column_times: dict[int, dict[str, Any]] = dataclasses.field(default_factory=dict)


def caption_glosses(caption: str) -> dict[str, str]:
    """What a caption's brackets say of its columns, by column name in lower case: "key: what" parts
    ("(density: patents per 10,000 residents; growth: percent change)") and a column's unit said with
    "in" ("Top 10 (valuation in billion yuan)", "(revenue in 100 million yuan, 2025)").

    >>> caption_glosses("Top 3 (revenue in billion yuan, 2025)"), caption_glosses("Firms (growth: percent change)")
    ({'revenue': 'billion yuan, 2025'}, {'growth': 'percent change'})
    >>> caption_glosses("Firms in Tongzhou (firms and employees at end-2025)")
    {}
    """
    glosses = {
        key.strip().lower(): said.strip()
        for inside in re.findall(r"\(([^()]*:[^()]*)\)", caption)
        for key, said in (part.split(":", 1) for part in inside.split(";") if ":" in part)
    }
    for inside in re.findall(r"\(([^():]*)\)", caption):
        for part in inside.split(";"):
            put = re.fullmatch(r"\s*([A-Za-z][\w -]{0,40}?)\s+in\s+(.{1,40}?)\s*", part)
            if put and _unit_note(f"({put.group(2)})") != (None, 1.0):
                glosses.setdefault(put.group(1).strip().lower(), put.group(2))
    return glosses


def _glossed(
    caption: str, columns: list[tuple[str, str | None, float]], rows: list[tuple[str, str, list[float | None]]]
) -> tuple[list[tuple[str, str | None, float]], list[tuple[str, str, list[float | None]]]]:
    """Columns named again as a caption's glosses say ("(density: patents per 10,000 residents; growth:
    percent change during 2025)"), with the unit and scale they give, and the rows' figures so scaled.

    >>> cols, rows = _glossed("Patents by district (density: patents per 10,000 residents; growth: percent "
    ...     "change; revenue: billion yuan)", [("Density", None, 1.0), ("Growth", None, 1.0),
    ...     ("Revenue", None, 1.0)], [("Haidian 1,021.2 9.4 2", "Haidian", [1021.2, 9.4, 2.0])])
    >>> [c[0] for c in cols]
    ['Patents per 10,000 residents', 'Growth (%)', 'Revenue (billion yuan)']
    >>> [c[1] for c in cols], rows[0][2]
    ([None, 'percent', 'yuan'], [1021.2, 9.4, 2000000000.0])
    >>> cols, rows = _glossed("Top 10 (valuation in billion yuan)", [("Valuation", None, 1.0)], [("x", "X", [96.0])])
    >>> cols, rows[0][2]
    ([('Valuation (billion yuan)', 'yuan', 1000000000)], [96000000000.0])
    """
    glosses = caption_glosses(caption)
    if not glosses:
        return columns, rows
    scales: dict[int, float] = {}
    out = []
    for k, (label, unit, scale) in enumerate(columns):
        said = glosses.get(label.strip().lower())
        if unit is not None or said is None:
            out.append((label, unit, scale))
            continue
        if re.search(r"\bper\s+(?:10,000|10 000|ten thousand|capita|head|person)\b", said, re.I):
            named = said[:1].upper() + said[1:]  # "density: patents per 10,000 residents"
        elif re.match(r"(?:percent|per cent|%)(?!\s+of\b)", said, re.I) and not re.search(r"\bpoints?\b", said):
            named = f"{label} (%)"  # "growth: percent change"
        elif re.fullmatch(r"(?:number|count|units?)", said, re.I):
            named = label
        else:
            named = f"{label} ({said})"  # "revenue: billion yuan"
        new_unit, new_scale = _unit_note(named)
        out.append((named, new_unit, new_scale))
        if new_scale != scale:
            scales[k] = new_scale / scale
    scaled = [
        (line, name, [v * scales[k] if k in scales and v is not None else v for k, v in enumerate(values)])
        for line, name, values in rows
    ]
    return out, scaled


def _placed_cells(line: str) -> list[tuple[int, str]]:
    """A plain-text table line's cells with where each starts: apart by a "|" or by two spaces."""
    sep = r"\s*\|\s*" if "|" in line else r"\s{2,}"
    out, at = [], 0
    for part in re.split(f"({sep})", line):
        if part and not re.fullmatch(sep, part):
            out.append((at, part.strip()))
        at += len(part)
    return [(a, c) for a, c in out if c]


def _unjammed(placed: list[tuple[int, str]], columns: list[int]) -> list[str]:
    """A plain-text row's cells when a long cell of words runs up to the figure after it with one
    space between ("university spin-off 9.6"): split there when the figure starts where a column of
    the header (at ``columns``) starts, not where a short row leaves a cell blank.

    >>> _unjammed([(0, "Boyuan Twin Platform"), (27, "university spin-off 9.6"), (67, "12,800")], [0, 27, 47, 67])
    ['Boyuan Twin Platform', 'university spin-off', '9.6', '12,800']
    >>> _unjammed([(0, "Future Park Phase 2"), (22, "300"), (40, "45")], [0, 14, 22, 40])
    ['Future Park Phase 2', '300', '45']
    """
    out: list[str] = []
    for at, cell in placed:
        jammed = re.fullmatch(r"(.*[A-Za-z)][\w)-]*)\s(" + _CELL + r"%?)", cell)
        figure_at = at + len(jammed.group(1)) + 1 if jammed else -1
        if (
            jammed
            and len(placed) < len(columns)
            and len(jammed.group(1).split()) >= 2
            and any(abs(figure_at - c) <= 1 for c in columns if c > at)
        ):
            out += [jammed.group(1), jammed.group(2)]
        else:
            out.append(cell)
    return out


#: The title of a column of item numbers: "#", "No.", "S/N".
_ITEM_NUMBER = re.compile(r"#|no\.?|s/n|item", re.I)
#: A cell that tells a move up or down since an earlier edition ("▲3", "▼1", "↑2", "NEW"): read as no figure.
MOVE_CELL = re.compile(r"[▲▼△▽↑↓⬆⬇]\s?\d{1,3}|[▲▼△▽↑↓⬆⬇=]|new|re-?entry", re.I)


def _measure_tables(text: str) -> list[_MeasureTable]:
    """Tables whose first column names places or bodies and whose other columns are measures
    ("District  Researchers (FTE)  Per 10,000 residents  Change in researchers (%)"), maybe with
    a second header line of units under the first, for the year their caption names.

    >>> t = _measure_tables("Table 1. Labs by district, 2024\\nDistrict  Labs  Staff (thousand)\\n"
    ...     "Haidian  12  3.5\\nDaxing  4  0.8\\nSource: X.")[0]
    >>> t.year, [c[0] for c in t.columns], [(name, values) for _, name, values in t.rows]
    (2024, ['Labs', 'Staff (thousand)'], [('Haidian', [12.0, 3500.0]), ('Daxing', [4.0, 800.0])])
    >>> _measure_tables("Table 2. Labs, 2023\\n\\nDistrict  Labs  Staff\\nHaidian  12  3\\nDaxing  4  1")[0].year
    2023
    >>> t = _measure_tables("Labs, 2023\\n           Labs   Staff\\nHaidian    12     3\\nDaxing     4      1")[0]
    >>> [c[0] for c in t.columns]
    ['Labs', 'Staff']
    """
    out: list[_MeasureTable] = []
    lines = text.split("\n")
    number = re.compile(r"[-+−]?" + _CELL + r"%?|=\d{1,3}|[-–—]|n/?a", re.I)  # "=4": a rank shared; "28.0%"
    i = 0
    while i < len(lines):
        head = _placed_cells(lines[i])
        header_cells = list(head)  # (where each column starts, the item numbers' too)
        caption_at = next((k for k in (i - 1, i - 2) if k >= 0 and lines[k].strip()), None)
        numbered = (
            len(head) >= 4
            and _ITEM_NUMBER.fullmatch(head[0][1]) is not None
            and _ROW_KIND.fullmatch(head[1][1]) is not None
            and not _league_table([c for _, c in head], lines[caption_at] if caption_at is not None else "")
        )
        if numbered:  # "No. | District | Firms | Revenue": items numbered, then named
            head = head[1:]
        # "District  Researchers  Women (%)", or the column labels alone over the rows' names
        unnamed = (
            len(head) >= 2
            and len(lines[i]) - len(lines[i].lstrip()) >= 8
            and not _ROW_KIND.fullmatch(head[0][1])  # (a first column's header set centred: "    District")
        )
        by_year = not unnamed and bool(head) and _YEAR_KIND.fullmatch(head[0][1]) is not None
        if (
            len(head) < (2 if unnamed else 3)
            or not (unnamed or by_year or _ROW_KIND.fullmatch(head[0][1]))
            or any(number.fullmatch(c) for _, c in head)
        ):
            i += 1
            continue
        labels = [c for _, c in (head if unnamed else head[1:])]
        starts = [a for a, _ in (head if unnamed else head[1:])]
        j = i + 1
        under = _placed_cells(lines[j]) if j < len(lines) else []
        if under and lines[j][:1].isspace() and not any(number.fullmatch(c) for _, c in under):
            for at, cell in under:  # "(billion yuan)" under "R&D spending": the nearest column's
                k = min(range(len(starts)), key=lambda x: abs(starts[x] - at))
                labels[k] = f"{labels[k]} {cell}"
            j += 1
        if j < len(lines) and re.fullmatch(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?", lines[j].strip()):
            j += 1
        if not numbered and not unnamed and _rank_column([head[0][1], *labels]):
            i = j  # "University | Income | Score | Rank 2025 | Rank 2024": a ranking table, read by its rows
            continue
        for k in range(1, len(labels)):  # "Municipal-level centres | of which national-level": national-level centres
            part = re.match(r"(?:of which|including)\s*:?\s+(?P<what>[^()]+?)\s*$", labels[k], re.I)
            before = re.sub(r"\s*\([^)]*\)", "", labels[k - 1]).split()
            if part and before and before[-1].lower() not in part.group("what").lower():
                # ("Monitoring points | Of which: water quality": water quality monitoring points; the level
                # of the whole is replaced by the part's)
                first = before[0]
                leveled = re.fullmatch(r"[\w]+-level|municipal|national|provincial|district|total|all", first, re.I)
                kept = before[-1:] if leveled else [first.lower() if first[1:].islower() else first, *before[1:]]
                labels[k] = f"{part.group('what')} {' '.join(kept)}"
        columns = [(label, *_unit_note(label)) for label in labels]
        up = next((k for k in (i - 1, i - 2) if k >= 0 and lines[k].strip()), None)
        unit_line = up is not None and _UNIT_LINE.fullmatch(lines[up].strip())
        if unit_line and up is not None:  # "(Unit: 100 million yuan)" over the header: the unit of its money columns
            said_unit, said_scale = _unit_note(lines[up].strip())
            columns = [
                (label, said_unit, said_scale) if unit is None and _MONEY_COLUMN.search(label) else (label, unit, scale)
                for label, unit, scale in columns
            ]
        rows: list[tuple[str, str, list[float | None]]] = []
        quote_from: list[str] = []
        percent_cells = [True] * len(labels)  # columns whose every figure says "%": percentages
        while j < len(lines):
            if not lines[j].strip() and "|" in lines[i] and j + 1 < len(lines) and "|" in lines[j + 1]:
                j += 1  # a web page's table: a row a paragraph
                continue
            placed_cells = _placed_cells(lines[j])
            cells = (
                [c for _, c in placed_cells]
                if "|" in lines[j]
                else _unjammed(placed_cells, [head_at for head_at, _ in header_cells])
            )
            if numbered and cells and rank_cell(cells[0]) is not None:
                cells = cells[1:]  # (the item's number)
            if (
                len(cells) != len(labels) + 1
                # a cell of words is an attribute, no figure ("Company | District | Revenue": "Haidian")
                or not any(number.fullmatch(c) for c in cells[1:])
                or not all(number.fullmatch(c) or _WORDS_CELL.fullmatch(c) or MOVE_CELL.fullmatch(c) for c in cells[1:])
                or (number.fullmatch(cells[0]) and not by_year)
                or (by_year and not re.fullmatch(r"(?:19|20)\d\d", cells[0]))  # "Year | Revenue | ...": a row a year
            ):
                break
            values: list[float | None] = [
                float(c.replace(",", "").replace("−", "-").lstrip("=").rstrip("%")) * scale
                if number.fullmatch(c) and re.search(r"\d", c)
                else None
                for c, (_, _, scale) in zip(cells[1:], columns, strict=True)
            ]
            percent_cells = [was and c.endswith("%") for was, c in zip(percent_cells, cells[1:], strict=True)]
            rows.append((lines[j].strip(), cells[0], values))
            quote_from.append("\n".join(line.strip() for line in lines[i : j + 1] if line.strip()))
            j += 1
        below = next((k for k in (j, j + 1) if k < len(lines) and lines[k].strip()), None)
        note = _UNIT_BELOW.match(lines[below].strip()) if below is not None and rows else None
        if note:  # "Unit for joint R&D investment: 100 million yuan." under the rows
            said_unit, said_scale = _unit_note(f"({note.group('unit')})")
            # ... or "Unit: design service revenue in 100 million yuan": the column named before its unit
            inside = re.match(r"(?P<column>[A-Za-z].+?)\s+in\s+(?:\d|yuan|percent|[a-z]+\s+yuan)", note.group("unit"))
            named = note.group("column") or (inside.group("column") if inside else None)
            fits = [
                k
                for k, (label, unit, _) in enumerate(columns)
                if unit is None
                and (
                    (named and _stems(named) <= _stems(label))
                    or (not named and said_unit in ("yuan", "usd") and _MONEY_COLUMN.search(label))
                )
            ]
            if (said_unit is not None or said_scale != 1.0) and fits and below is not None:
                for k in fits:
                    columns[k] = (columns[k][0], said_unit, said_scale)
                # a row's quote runs down to the note, which states the unit its figures are scaled by
                quote_from = ["\n".join(line.strip() for line in lines[i : below + 1] if line.strip())] * len(rows)
                rows = [
                    (line, name, [v * said_scale if k in fits and v is not None else v for k, v in enumerate(values)])
                    for line, name, values in rows
                ]
        columns = [
            (label, "percent", 1.0) if rows and percent and unit is None else (label, unit, scale)
            for (label, unit, scale), percent in zip(columns, percent_cells, strict=True)
        ]
        if len(rows) >= 2:
            # the caption: the line above, or the one above a blank line (or above the unit's line)
            above_at = next((k for k in (i - 1, i - 2) if k >= 0 and lines[k].strip()), None)
            if unit_line and above_at is not None:
                above_at = next((k for k in (above_at - 1, above_at - 2) if k >= 0 and lines[k].strip()), None)
            above = lines[above_at].strip() if above_at is not None else ""
            caption = _CAPTION_LABEL.sub("", above) if above and not re.search(r"[.!?]$", above) else ""
            year = re.findall(r"\b((?:19|20)\d\d)\b", caption)
            line = above_at if caption else None
            kind = None if unnamed else head[0][1]
            columns, rows = _glossed(caption, columns, rows)
            ended = re.search(
                r"\b(?:at\s+)?(?:the\s+)?(?:end of|end-|year-end)\s*(?:(?P<month>" + _MONTH_NAMES + r")\s+)?"
                r"((?:19|20)\d\d)\b",
                caption,
                re.I,
            )
            table = _MeasureTable(caption, int(year[-1]) if year else None, columns, rows, quote_from, line, kind)
            month = _MONTHS[ended.group("month").lower()] if ended and ended.group("month") else 12
            # "..., end of 2025": its counts at the year's end; "end of September 2026": at that month's
            table.as_of = f"{ended.group(2)}-{month:02d}" if ended else None
            dated = re.search(
                r"\bas (?:of|at)\s+(?:(?P<d1>\d{1,2})\s+)?(?P<month>" + _MONTH_NAMES + r")\s+(?:(?P<d2>\d{1,2}),?\s+)?"
                r"(?P<year>(?:19|20)\d\d)\b",
                caption,
                re.I,
            )
            # "..., June 2026" closing the caption (not a span, "January-June 2026"): its counts in that month
            dated = dated or re.search(
                r"(?<![-–])(?<!\bsince)(?<!\bafter)(?<!\bfrom)(?<!\bbefore)(?<!\buntil)(?<!\bin),?\s+(?P<month>"
                + _MONTH_NAMES
                + r")\s+(?P<year>(?:19|20)\d\d)\W*$",
                caption,
                re.I,
            )
            if dated and not ended:  # "(as of June 30, 2026)": its counts on that day
                table.as_of = f"{dated.group('year')}-{_MONTHS[dated.group('month').lower()]:02d}"
            if below is not None:
                noted, last = _note_below(lines, below)
                table.column_times = _noted_times(noted, [label for label, _, _ in columns])
                units = _noted_units(noted, table.columns)
                if units:  # a row's quote runs down to the note that states its unit
                    table.quote_from = ["\n".join(line.strip() for line in lines[i : last + 1] if line.strip())] * len(
                        table.rows
                    )
                for k, (said_unit, said_scale) in units.items():
                    table.columns[k] = (table.columns[k][0], said_unit, said_scale)
                    table.rows = [
                        (line, name, [v * said_scale if c == k and v is not None else v for c, v in enumerate(values)])
                        for line, name, values in table.rows
                    ]
            out.append(table)
        i = max(j, i + 1)
    return out


def _note_below(lines: list[str], at: int) -> tuple[str, int]:
    """The note under a table that starts on line ``at``, with the lines it wraps onto (a report's
    note runs on while a line ends mid-sentence).

    >>> _note_below(["Note: Firms at the end of 2025; revenue for the", "year 2025.", "", "Next"], 0)
    ('Note: Firms at the end of 2025; revenue for the year 2025.', 1)
    """
    note = lines[at].strip()
    k = at + 1
    while k < len(lines) and lines[k].strip() and not re.search(r"[.:!?]$", note) and len(note) < 600:
        note = f"{note} {lines[k].strip()}"
        k += 1
    return note, k - 1


def _noted_units(note: str, columns: list[tuple[str, str | None, float]]) -> dict[int, tuple[str | None, float]]:
    """The units a note under a table gives columns that state none, by the columns' words:
    "Revenue in 100 million yuan; chips shipped in million units."

    >>> cols = [("Companies", None, 1.0), ("Revenue 2026", None, 1.0), ("Chips shipped 2026", None, 1.0)]
    >>> _noted_units("Note: Revenue in 100 million yuan; chips shipped in million units.", cols)
    {1: ('yuan', 100000000), 2: (None, 1000000)}
    >>> _noted_units("Note: Firms in Haidian are counted twice.", cols)
    {}
    """
    out: dict[int, tuple[str | None, float]] = {}
    body = re.sub(r"^\s*notes?\s*[:：]\s*", "", note, flags=re.I)
    for clause in re.split(r"\s*;\s*|\.\s+", body.rstrip(". ")):
        m = re.fullmatch(
            r"(?P<what>[A-Za-z][\w&-]*(?:\s+[\w&-]+){0,3}?)\s+(?:are\s+)?(?:given\s+|shown\s+|stated\s+)?in\s+"
            r"(?P<unit>(?:100 million|hundred million|10,000|ten thousand|thousands?|millions?|billions?)"
            r"(?:\s+(?:yuan|RMB|dollars|US dollars|units|[a-z]+))?|yuan|RMB|percent)",
            clause,
            re.I,
        )
        if not m:
            continue
        unit, scale = _unit_note(f"({m.group('unit')})")
        if unit is None and scale == 1.0:
            continue
        said = {w[:5] for w in re.findall(r"[a-z]{3,}", m.group("what").lower())} - {"and", "the", "all"}
        for k, (label, had, _) in enumerate(columns):
            if had is None and said and said <= {w[:5] for w in re.findall(r"[a-z]{3,}", label.lower())}:
                out.setdefault(k, (unit, scale))
    return out


def _noted_times(note: str, labels: list[str]) -> dict[int, dict[str, Any]]:
    """The times a note under a table gives some of its columns, by the columns' words: "Note: venues
    at the end of 2025; visits during 2025".

    >>> _noted_times("Note: venues at the end of 2025; visits during 2025.", ["Venues", "Per 10,000", "Visits"])
    {0: {'as_of': '2025-12'}, 2: {'year': 2025}}
    >>> _noted_times("Source: the district's statistics bureau, 2025.", ["Venues"])
    {}
    >>> _noted_times("Installations are cumulative since the programme began in 2022.", ["Installations"])
    {}
    >>> _noted_times("Note: Yanqing visits during 2024.", ["Venues", "Visits"])
    {}
    >>> _noted_times("Note: Firms and staff at the end of June 2027; revenue for the year 2026.",
    ...              ["Firms", "Staff", "Revenue"])
    {0: {'as_of': '2027-06'}, 1: {'as_of': '2027-06'}, 2: {'year': 2026}}
    >>> _noted_times("Note: Trucks are counted at the end of 2026. Freight and fuel are totals for 2026.",
    ...              ["Trucks", "Freight"])
    {0: {'as_of': '2026-12'}, 1: {'year': 2026}}
    """
    out: dict[int, dict[str, Any]] = {}
    body = re.sub(r"^\s*notes?\s*[:：]\s*", "", note, flags=re.I)
    for clause in re.split(r"\s*[;]\s*|\.\s+", body.rstrip(". ")):
        m = re.fullmatch(
            # a few words that name columns, then their time (not "Installations are cumulative since ... in 2022")
            r"(?P<what>(?!.*\b(?:since|began|begun|use|uses|used|is|was|were|from)\b)[A-Za-z][\w&-]*"
            r"(?:(?:,\s+|\s+)[\w&-]+){0,3}?)\s+(?:are\s+(?:counted\s+|totals\s+|figures\s+)?)?"
            r"(?:(?P<end>(?:at|as of)\s+(?:the\s+)?end\s+of(?:\s+(?P<month>" + _MONTH_NAMES + r"))?)|"
            r"(?:during|in|for)(?:\s+the\s+(?:(?:full|whole)\s+)?year)?)\s+(?P<year>(?:19|20)\d\d)",
            clause,
            re.I,
        )
        if not m:
            continue
        said = {w[:5] for w in re.findall(r"[a-z]{3,}", m.group("what").lower())} - {"and", "the", "all"}
        named = set().union(*({w[:5] for w in re.findall(r"[a-z]{3,}", label.lower())} for label in labels))
        if any(w[:5].lower() not in named for w in re.findall(r"\b[A-Z][a-z]{2,}", m.group("what"))):
            continue  # a capitalized word that names no column: not "Yanqing visits during 2024", a part of one
        month = _MONTHS[m.group("month").lower()] if m.group("month") else 12
        when: dict[str, Any] = (
            {"as_of": f"{m.group('year')}-{month:02d}"} if m.group("end") else {"year": int(m.group("year"))}
        )
        for k, label in enumerate(labels):
            if said & {w[:5] for w in re.findall(r"[a-z]{3,}", label.lower())}:
                out.setdefault(k, when)
    return out


def _header_line(line: str) -> bool:
    """Whether a line is a table's header of time columns, not a caption that ends in the span of
    years its table covers ("Beijing's AI weather-forecasting companies, 2023-2025").

    >>> _header_line("Indicator 2023 2024 2025"), _header_line("Beijing's AI forecasting companies, 2023–2025")
    (True, False)
    """
    return bool(_TABLE_HEADER.match(line)) and not re.search(
        r"[A-Za-z],\s*(?:19|20)\d\d\s*[-–—]\s*(?:19|20)?\d\d\s*$", line
    )


def _lowered(label: str) -> str:
    """A label in a phrase: its first letter lower case, unless it opens an acronym ("R&D spending").

    >>> _lowered("Revenue"), _lowered("R&D spending")
    ('revenue', 'R&D spending')
    """
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _parts_of_whole(rows: list[_TableRow], owned: list[bool]) -> list[_TableRow]:
    """Rows that say no unit, under a row that does, whose figures add up to most of its own in every
    column, are its parts ("Revenue (100 million yuan) 14,862.4" over the revenue of each segment):
    they take its unit and scale, and its measure after their own names.

    >>> head = _TableRow("Revenue (100 million yuan) 100 90", "Revenue", "yuan", 1e8, [1e10, 9e9], quote="x")
    >>> parts = [_TableRow(f"{n} {a} {b}", n, "count", 1.0, [a, b]) for n, a, b in (("Apps", 60, 52), ("IT", 40, 38))]
    >>> for row in _parts_of_whole([head, *parts], [True, False, False])[1:]:
    ...     print(row.label, row.unit, row.values)
    Apps revenue yuan [6000000000.0, 5200000000.0]
    IT revenue yuan [4000000000.0, 3800000000.0]
    >>> few = [_TableRow("Patents 40 35", "Patents", "count", 1.0, [40.0, 35.0])] * 2  # (a sum short of it)
    >>> [r.unit for r in _parts_of_whole([head, *few], [True, False, False])]
    ['yuan', 'count', 'count']
    """
    out = list(rows)
    k = 0
    while k < len(rows):
        head = rows[k]
        end = k + 1
        while end < len(rows) and not owned[end]:
            end += 1
        run = rows[k + 1 : end]
        whole = [v / head.scale for v in head.values]
        if (
            owned[k]
            and head.unit != "percent"
            and (head.unit != "count" or head.scale != 1.0)  # (parts of "Firms (units)" are named as they are)
            and len(run) >= 2
            and all(len(r.values) == len(whole) and min(r.values) > 0 for r in run)
            # (their sum is the whole, to its rounding: rows that merely add up to less are no parts)
            and all(abs(sum(r.values[c] for r in run) - w) <= 0.002 * w + 0.05 * len(run) for c, w in enumerate(whole))
        ):
            for at, part in enumerate(run, start=k + 1):
                out[at] = _TableRow(
                    part.line,
                    f"{part.label} {_lowered(head.label)}",
                    head.unit,
                    head.scale,
                    [v * head.scale for v in part.values],
                    part.growth,
                    "\n".join(r.line for r in rows[k : at + 1]),
                )
        k = end
    return out


def _year_tables(text: str) -> list[_Table]:
    """Tables of figures by time, as plain text gives them: a header line ending in years or parts
    of years ("Indicator (Haidian District)  2022  2023", "2019  2020  2021", "Indicator 2023
    Jan-Sep 2024") and rows of a label and one figure a column.

    >>> for table in _year_tables(
    ...     "Indicator 2022 2023\\nResearchers (year-end) 17,300 19,800\\nValue (billion yuan) 1.8 2.3\\nText."):
    ...     print(table.header, table.columns)
    ...     print([(r.label, r.unit, [int(v) for v in r.values]) for r in table.rows])
    Indicator [(2022, '2022'), (2023, '2023')]
    [('Researchers', 'count', [17300, 19800]), ('Value', 'yuan', [1800000000, 2300000000])]
    >>> table = _year_tables("TABLE 1. Share of graduates (percent)\\n  2019  2020\\nExample University  52.4  50.1")[0]
    >>> table.caption, table.header, [r.unit for r in table.rows], table.rows[0].values
    ('Share of graduates (percent)', '', ['percent'], [52.4, 50.1])
    >>> header = "Type | 2025 (billion yuan) | 2024 (billion yuan) | Growth (%)"
    >>> table = _year_tables(header + "\\nDesign | 174 | 150.2 | 16")[0]
    >>> [(r.label, r.unit, r.values, r.growth) for r in table.rows]
    [('Design', 'yuan', [174000000000.0, 150200000000.0], 16.0)]
    """
    out: list[_Table] = []
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    i = 0
    while i < len(lines):
        header = _TABLE_HEADER.match(lines[i])
        if not header:
            i += 1
            continue
        columns = [(int(m.group()[-4:]), m.group()) for m in re.finditer(_TIME_COLUMN, header.group("years"))]
        if len(columns) < 2:
            i += 1
            continue
        caption, caption_at = "", i
        unit_line = None
        up = i - 1
        while up >= 0 and not lines[up].strip() and up >= i - 2:
            up -= 1  # a blank line between the header and what is above it
        if up >= 1 and _UNIT_LINE.fullmatch(lines[up].strip()):
            unit_line, up = lines[up].strip(), up - 1  # "(Unit: 100 million yuan)" under the title: the unit
        if up != i - 1 and up >= 0 and lines[up].strip() and not _header_line(lines[up]):
            above, caption_at = lines[up], up
            above = _CAPTION_LABEL.sub("", above) if _CAPTION_LABEL.match(above) else above
            if len(above.split()) <= 20 and not re.search(r"[.!?;]$|\d[\d,]*\s+\d", above):
                caption = above + (f" {unit_line}" if unit_line else "")
        elif i and not _header_line(lines[i - 1]):
            above, caption_at = lines[i - 1], i - 1
            if _CAPTION_LABEL.fullmatch(above) and i >= 2:
                above, caption_at = lines[i - 2], i - 2  # "TABLE 1." on a line of its own, under its title
            above = _CAPTION_LABEL.sub("", above) if _CAPTION_LABEL.match(above) else above
            if len(above.split()) <= 20 and not re.search(r"[.!?:;]$|\d[\d,]*\s+\d", above):
                caption = above
        caption_unit, caption_scale = _unit_note(caption)
        noted = set(re.findall(r"\([^()|\d]{1,30}\)", header.group("years")))
        if len(noted) == 1:  # "2025 (billion yuan) | 2024 (billion yuan)": the unit of every row
            caption_unit, caption_scale = _unit_note(noted.pop())
        # "Indicator | Unit | 2024 | 2025": each row says its unit in a column of its own
        unit_column = re.search(r"(?:\||\s{2,}|\s)units?\s*$", header.group("label") or "", re.I) is not None
        gap = r"(?:\s*\|\s*|\s+)"  # cells stand apart: "386 402" is two, "38640 2" no row
        growth_cell = gap + r"(?P<growth>[-+−]?\d+(?:\.\d+)?)" if header.group("growth") else ""
        row = re.compile(
            r"^(?P<label>\S.*?[^\d\s|]"
            + (r"(?:(?:\s*\|\s*|\s{2,})\d[\d,]*)?" if unit_column else "")  # (a unit cell of "10,000")
            + ")"
            + gap
            + gap.join([rf"(?P<v{k}>{_CELL})(?![\d.,])" for k in range(len(columns))])
            + growth_cell
            + r"\s*\|?\s*$"
        )
        rows: list[_TableRow] = []
        owned: list[bool] = []  # whether a row says its own unit
        j = i + 1
        if j < len(lines) and re.fullmatch(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?", lines[j]):
            j += 1  # the rule under a pipe table's header: "|---|---|"
        while j < len(lines):
            m = row.match(lines[j])
            if not m:
                break
            label = m.group("label")
            unit, scale = _unit_note(label)
            cells = re.split(r"\s*\|\s*|\s{2,}", label)
            if unit_column and len(cells) >= 2:  # "Core industry revenue   100 million yuan   1,470 ...": its own unit
                label = " ".join(cells[:-1])
                unit, scale = _unit_note(f"({cells[-1]})")
                unit = unit or (
                    "count"
                    if re.fullmatch(
                        r"numbers?|units?|pieces?|items?|sets?|persons?|people|"
                        r"enterprises|companies|firms|households|\d[\d,]*",
                        cells[-1],
                        re.I,
                    )
                    else None
                )
            quote = lines[j]
            if unit is None and scale == 1.0:
                unit, scale = caption_unit, caption_scale
                if scale != 1.0:
                    quote = "\n".join(lines[caption_at : j + 1])
            label = re.sub(r"\s*\([^)]*\)", "", label).strip()
            values = [float(m.group(f"v{k}").replace(",", "")) * scale for k in range(len(columns))]
            growth = float(m.group("growth").replace("−", "-")) if growth_cell else None
            owned.append(unit is not None or scale != 1.0 or "(" in m.group("label"))  # ("Firms (units)" too)
            rows.append(_TableRow(lines[j], label, unit or "count", scale, values, growth, quote))
            j += 1
        if caption_unit is None and caption_scale == 1.0:
            rows = _parts_of_whole(rows, owned)
        note = _UNIT_BELOW.match(lines[j]) if j < len(lines) else None
        if note and note.group("column") is None and rows and caption_unit is None and caption_scale == 1.0:
            # "Notes: Unit: 100 million yuan." under the table: the unit of the rows that state none
            unit, scale = _unit_note(f"({note.group('unit')})")
            rows = [
                _TableRow(
                    r.line,
                    r.label,
                    unit or "count",
                    scale,
                    [v * scale for v in r.values],
                    r.growth,
                    "\n".join(lines[lines.index(r.line, i) : j + 1]) if scale != 1.0 else r.quote,
                )
                if r.unit == "count" and r.scale == 1.0 and (unit or scale != 1.0)
                else r
                for r in rows
            ]
        if rows and j < len(lines):
            rows = _year_end_rows(lines[j], rows)
        if rows:
            out.append(_Table(caption, header.group("label") or "", columns, rows))
        i = j
    return out
