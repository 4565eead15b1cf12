"""An article's text as sentences and clauses, with the paragraphs that state no facts marked.

Names with a leading underscore are internal to :mod:`kg.ingest`.

>>> [s.text for s in sentences("Haidian grew. It has 300 labs, up from 250 in 2020.")]
['Haidian grew.', 'It has 300 labs, up from 250 in 2020.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.ingest.figures import _BRACKETED_AMOUNT, _MONTH_WORDS


@dataclass(frozen=True)
class Sentence:
    text: str
    paragraph: int
    index: int  # in the article


#: Words a period ends without ending the sentence ("ph": the "Ph." of "Ph.D.").
_ABBREVIATIONS = frozenset("mr mrs ms dr prof st no vs etc inc ltd co corp jr sr gen gov u.s e.g i.e ph pos".split())

_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

_END = re.compile(r"[.!?]+[\"”’')\]]*")

#: Headings of a report's parts whose figures are no facts of the ecosystem: its method (sample
#: sizes, thresholds), what it recommends, and its footnotes.
_UNFACTUAL_HEADING = re.compile(
    r"(?:\d+\.?\s+)?(?:(?:notes? on |our |a note on )?(?:methods?|methodology|data and methods?|sources and methods?)|"
    r"(?:policy |our |key )?recommendations?|(?:policy )?proposals|what (?:\w+ ){1,3}should do|"
    r"what (?:we|the authors?|this (?:brief|report|paper)) (?:recommends?|proposes?|suggests?)|"
    r"(?:our |policy )?suggestions|"
    r"foot ?notes|end ?notes|references)\s*[:：]?",  # notes that cite or define, under the text
    re.I,
)


def _unfactual_paragraphs(text: str) -> set[int]:
    """The paragraphs (lines, numbered as :func:`sentences` numbers them) under a heading of a
    report's method or recommendations, up to the next heading (a short line of its own, with
    no closing stop, over text: short lines in a row are the section's items).

    >>> sorted(_unfactual_paragraphs("Findings\\nIt had 12 labs.\\nRecommendations\\n- Build 500 flats.\\n"
    ...     "- Fund 20 labs.\\nAbout the authors\\nA is a fellow."))
    [3, 4]
    >>> sorted(_unfactual_paragraphs("Recommendations\\nBuild 500 flats\\nFund 20 labs by 2027\\n"
    ...     "About the authors\\nA is a fellow."))
    [1, 2]
    """
    lines = [line.strip() for line in text.split("\n")]

    def heading(line: str) -> bool:
        return bool(line) and len(line.split()) <= 6 and not re.search(r"[.!?;,]$", line) and line[0].isupper()

    out: set[int] = set()
    inside = False
    for i, line in enumerate(lines):
        if heading(line) and _UNFACTUAL_HEADING.fullmatch(line):
            inside = True
        elif heading(line) and not (inside and heading(next((x for x in lines[i + 1 :] if x), ""))):
            inside = False  # a heading over text; inside a section, short lines in a row are its items
        elif inside and line:
            out.add(i)
    return out


def sentences(text: str, excluded: Iterable[str] = ()) -> list[Sentence]:
    """Split ``text`` into sentences, paragraph by paragraph, leaving out furniture lines.

    Handles a missing space after a full stop ("years.A new round"), decimals and common
    abbreviations.

    >>> [s.text for s in sentences("It grew 6.5 percent.It ranks first. Dr. Li agreed.\\n\\nNew one")]
    ['It grew 6.5 percent.', 'It ranks first.', 'Dr. Li agreed.', 'New one']
    >>> [s.text for s in sentences("=7. Qux University — 73.1\\n=7. Baz University — 73.1")]
    ['=7. Qux University — 73.1', '=7. Baz University — 73.1']
    >>> [s.text for s in sentences("BEIJING, Nov. 18 -- It opened. It closed in Nov. Then more.")]
    ['BEIJING, Nov. 18 -- It opened.', 'It closed in Nov.', 'Then more.']
    """
    skip = {" ".join(line.split()) for line in excluded}
    out: list[Sentence] = []
    for p_index, para in enumerate(re.split(r"\n", text)):
        para = para.strip()
        if not para or " ".join(para.split()) in skip:
            continue
        start = 0
        for match in _END.finditer(para):
            end = match.end()
            before = para[: match.start()]
            after = para[end : end + 1]
            if re.fullmatch(r"\.{4,}", match.group()) and re.match(r"\s*\d", para[match.end() :]):
                continue  # leader dots of a table row ("Example Incubator ....... 88.6"), no ellipsis
            if match.group().startswith(".") and match.start() > 0:
                prev_word = re.search(r"([\w.&]+)$", before)
                if after[:1].isdigit() and before[-1:].isdigit():
                    continue  # a decimal
                if prev_word and prev_word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                    continue
                if prev_word and len(prev_word.group(1)) == 1 and prev_word.group(1).isupper():
                    continue  # an initial
                if prev_word and prev_word.group(1).lower() in _MONTH_ABBREVIATIONS and re.match(r"\s*\d", para[end:]):
                    continue  # a date: "BEIJING, Nov. 18 --"
                if re.fullmatch(r"\s*(?:=|T-?)?\d{1,3}", para[start : match.start()]):
                    continue  # the number of a list item ("1. Guangdong"), a shared one too ("=7. Xi'an")
            if after and not (after.isspace() or after.isupper() or after in "\"“‘'("):
                continue
            piece = para[start:end].strip()
            if piece:
                out.append(Sentence(piece, p_index, len(out)))
            start = end
        rest = para[start:].strip()
        if rest:
            out.append(Sentence(rest, p_index, len(out)))
    return out


#: Where a sentence turns to another clause with a time of its own ("..., up from 190 in
#: 2020", "...; and had 28,000 by the end of June"). A break that begins with spaces begins
#: at the first of them (``(?<!\s)``), so a long run of spaces costs linear time.
_CLAUSE_BREAK = re.compile(
    r";\s+|,\s+(?=(?:and|but|while|whereas|up|down|compared|against|versus|from|rising|falling|a rise|"
    r"an increase|a drop|a decline)\b)|(?<!\s)\s+(?=(?:versus|vs\.?|compared with|compared to)\s)|"
    r"(?<!\s)\s+(?=against\s+(?:about |around |some |roughly )?[$¥]?\d)|"  # "260 against 90 a year ago"
    r"(?<!\s)\s*[()]\s*|"
    # "Haidian has 20 of them, E-Town has nine": a clause of another subject, with its own verb
    r"(?P<other>,\s+|(?<!\s)\s+(?=and\s))(?=(?:and\s+)?(?:the\s+)?(?-i:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+"
    r"(?:has|had|have|hosts|hosted|is|was|are|were|counted|counts|recorded|records|reported|registered|saw|sees|"
    r"posted|added|adds|attracted|employs|employed|holds|held|spent|spends|earned|raised|received|signed|filed|"
    r"won|accounted|took|takes|came|comes|ranked|ranks)\s+(?:about |around |nearly |some |over |more than )?"
    r"(?:[\d$¥]|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\b))",
    re.I,
)

#: A verb of a clause that states a figure: what makes the words before another subject's clause one.
_VERB = re.compile(
    r"\b(?:has|had|have|hosts|hosted|is|was|are|were|counted|counts|recorded|records|reported|registered|saw|"
    r"posted|added|attracted|employs|employed|holds|held|spent|spends|earned|raised|received|signed|filed|won|"
    r"accounted|took|came|ranked|ranks|[a-z]+ed)\b"
)

_COMPARISON = re.compile(
    r"(?:up|down|rising|falling|compared|against|versus|vs\.?|from(?! (?:" + _MONTH_WORDS + r") "
    r"(?:to|through|until) )|(?:it|they) (?:was|were))\b",  # ("from January to April" is a time)
    re.I,
)


def _clauses(s: str) -> list[tuple[int, int, bool]]:
    """The clauses of a sentence as (start, end, is a comparison with another time)."""
    out: list[tuple[int, int, bool]] = []
    start = 0
    units = {k for m in _BRACKETED_AMOUNT.finditer(s) for k in range(m.start(), m.end())}  # "80 (100 million yuan)"
    for m in _CLAUSE_BREAK.finditer(s):
        if m.start() in units:
            continue  # a unit's bracket, no aside
        if m.group("other") is not None and not _VERB.search(s[start : m.start()]):
            continue  # "For every 10,000 employees, Haidian had ...": an opening phrase, no clause of its own
        if m.start() > start:
            out.append((start, m.start(), bool(out) and bool(_COMPARISON.match(s[start:]))))
        start = m.end()
    if start < len(s):
        out.append((start, len(s), bool(out) and bool(_COMPARISON.match(s[start:]))))
    return out
