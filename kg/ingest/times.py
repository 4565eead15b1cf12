"""When a sentence places its facts: years, periods, dates and times relative to the article's date.

Names with a leading underscore are internal to :mod:`kg.ingest`.

>>> _when("By the end of June 2024 the park hosted 410 firms.", (2025, 1), None).fields()
{'as_of': '2024-06'}
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg.ingest.figures import _MONTH_ABBR, _MONTH_NAMES, _MONTH_WORDS, _MONTHS, _WORD_NUMBERS, _YEAR, _ordinal
from kg.ingest.sentences import _clauses


@dataclass
class _When:
    year: int | None = None
    period: tuple[int, int | None] | None = None
    as_of: str | None = None
    note: str | None = None
    opens: bool = field(default=False, repr=False)  # said at the sentence's start ("In 2023, ..."): the story's year

    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.period:
            out["period"] = list(self.period)
        elif self.as_of:
            out["as_of"] = self.as_of
        elif self.year is not None:
            out["year"] = self.year
        if self.note:
            out["note"] = self.note
        return out


def _when(s: str, pub: tuple[int, int] | None, previous: _When | None) -> _When:
    """When a sentence places its facts: an explicit year, a period, a date, or a relative time.

    A year a figure is compared with ("11.9 percent more than in 2022", "up 6.8 percent over
    2022") is the base of a comparison, not the sentence's time.

    >>> _when("A total of 106,332 contracts were registered last year, 11.9 percent more than in 2022.",
    ...       (2024, 2), None).year
    2023
    >>> _when("Funding slipped 2.4 percent from the first quarter of 2024.", (2025, 4), None).year is None
    True
    >>> _when("It earned 780 million yuan, 44 percent more than in the first half of last year.", (2026, 8),
    ...       None).year is None
    True
    >>> _when("Over the past five years the zone has drawn 210 billion yuan.", (2024, 3), None).period
    (2019, 2024)
    >>> _when("Since it opened to users in 2024, the source has signed 37 contracts.", (2026, 5), None).period
    (2024, 2026)
    >>> _when("It is the city's best place since the index was launched in 2021.", (2025, 5), None).period is None
    True
    >>> _when("It has added 1,200 staff since it moved in 2021.", (2025, 5), None).period
    (2021, 2025)
    >>> _when("The pool had covered losses on 212 loans since it was created in 2022.", (2026, 4), None).period
    (2022, 2026)
    >>> _when("It served 300 firms, the most since it opened in 2021.", (2025, 5), None).period is None
    True
    >>> _when(_main_text("Firms earned 2.8 trillion yuan ($395 billion) from January to April, up 8 percent."),
    ...       (2024, 6), None).year
    2024
    >>> _when("The firm closed a fund in November.", (2024, 3), None).as_of
    '2023-11'
    >>> _when("At the end of September it had 298, 7 percent more than at the end of 2023.", (2024, 11), None).as_of
    '2024-09'
    >>> _when("As of 30 September, 318 enterprises were registered in the base.", (2026, 10), None).as_of
    '2026-09-30'
    >>> _when("As of Oct. 31, the park counted 482 listed companies.", (2024, 11), None).as_of
    '2024-10-31'
    >>> _when("From January to May 2024, firms earned 163.5 billion yuan.", (2024, 7), None).year
    2024
    >>> _when("It took 41 percent in Q1 2023.", (2024, 3), None).year, _when("in H1 of 2022", None, None).year
    (2023, 2022)
    >>> _when("Some 86 institutes opened between 2019 and 2023.", (2024, 3), None).period
    (2019, 2023)
    >>> _when("It grew from 120 in 2019 to 200 in 2023.", (2024, 3), None).period is None
    True
    >>> _when("It licensed 6,418 patents, 1.4 times the number in 2022.", (2025, 1), None).year is None
    True
    >>> _when("It had 1,386 visits in the twelve months to the end of June.", (2024, 7), None).period
    (2023, 2024)
    >>> _when("It had 1,386 visits in the 12 months ended December 2023.", (2024, 7), None).year
    2023
    >>> _when("Makers got 37 percent, while the share of designers fell for the first time since 2023.", (2026, 8),
    ...       None).period is None
    True
    >>> _when("Firms shipped 1.3 million terminals last year, as launches met the plans drawn up in 2023.",
    ...       (2027, 2), None).year, _when("It was founded in 2015.", (2027, 2), None).year
    (2026, 2015)
    >>> _when("Yunjia, a start-up founded in 2021, supplied 140 tractors.", (2027, 5), None).year is None
    True
    >>> _when("This spring it raised 120 million yuan.", (2026, 7), None).year
    2026
    """
    low = re.sub(
        r"\b(?:than|over|from|compared (?:with|to)|against|versus|vs\.?|on|as (?:many|much|large|high|big|fast) as)\s+"
        r"(?:in\s+)?(?:the same (?:period|months?|quarter) (?:of\s+|in\s+)?|"
        r"the (?:first|second|third|fourth|last) (?:quarter|half|three quarters) of\s+)?(?:" + _YEAR + r"|last year)\b",
        " ",
        s.lower(),
    )
    # "first again, as it was in 2024", "not as silly as in 2021": a time compared with, not the sentence's
    low = re.sub(r"\bas (?:(?:it|they|he|she|we) (?:was|were|did|had been|had) )?(?:in )?" + _YEAR + r"\b", " ", low)
    # "fell for the first time since 2023", "the most since 2019": a record's reach, no period of the figure
    low = re.sub(
        r"\b(?:for the first time|(?:the|its|their) (?:most|least|fewest|highest|lowest|largest|smallest|biggest|"
        r"best|worst|strongest|weakest|fastest|slowest)(?: \w+)?) since (?:the \w+ of |"
        r"[a-z ]{0,40}?\b(?:was|were|began|begun|started|opened|launched|published|first)\b[a-z ]{0,20}?\bin )?"
        + _YEAR
        + r"\b",
        " ",
        low,
    )
    # "1.4 times the number in 2022", "twice the level of 2019": the base of a multiple
    low = re.sub(
        r"\b(?:times|twice|double|triple|half)\s+(?:the|its|their)\s+(?:number|level|figure|value|amount|total|"
        r"size|count|tally)\s+(?:in|of|for)\s+" + _YEAR + r"\b",
        " ",
        low,
    )
    # "7 percent more than at the end of last year": a base too
    low = re.sub(
        r"\b(?:than|from|compared (?:with|to)|against|versus|as (?:many|much|large|high|big) as)\s+(?:at|by)\s+"
        r"the end of (?:last year|this year|" + _YEAR[1:-1] + r")\b",
        " ",
        low,
    )
    # "shipped 1.32 million terminals last year, as launches caught up with the plans drawn up in 2023": the
    # year of a thing named in passing, when the sentence has a time of its own
    aside = re.sub(
        # (of a plan or a document: "startups founded in 2024" are a cohort, whose year is the figure's own)
        r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bbe )(?<=[a-z] )(?:drawn up|"
        r"adopted|issued|introduced|announced|unveiled|published|released)"
        r"\s+in\s+" + _YEAR + r"\b",
        " ",
        low,
    )
    if aside != low and re.search(r"\b(?:last|this|next) year\b|" + _YEAR, aside):
        low = aside
    # "Yunjia, a Shunyi start-up founded in 2021, supplied 140": a body's founding, said in an aside
    low = re.sub(
        r",\s+(?:a|an)\s+[^,]{0,60}?\b(?:founded|established|set up|started|created|incorporated|spun off)\s+"
        r"(?:in\s+)?" + _YEAR + r"\s*,",
        ",",
        low,
    )
    m = re.search(
        r"\b(?:as of|at|by) (?:the )?(?:end of|end-)\s?(" + _YEAR[1:-1] + r"|this year|last year|next year)\b", low
    )
    if m:  # a stock at the end of a year: as of its December
        year = _relative_year(m.group(1), pub)
        if year:
            note = None if m.group(1).isdigit() else f'"{m.group(1)}" read against the publication date'
            return _When(year=year, as_of=f"{year}-12", note=note)
    m = re.search(
        r"\b(?:in|over|during|for) the (?:twelve|12) months (?:to|through|ending(?: in)?|ended(?: in)?) "
        r"(?:the end of )?(" + _MONTH_WORDS + r")(?:,? (last year|this year|" + _YEAR + r"))?\b",
        low,
    )
    if m and (m.group(2) or pub):  # "in the twelve months to the end of June": July to June, a period of two years
        year = _relative_year(m.group(2), pub) if m.group(2) else pub[0] if pub else None
        if year:
            if not m.group(2) and pub and _MONTHS[m.group(1)] > pub[1]:
                year -= 1
            if _MONTHS[m.group(1)] == 12:
                return _When(year=year, note=m.group(0).strip())  # "to December 2023": the calendar year
            return _When(period=(year - 1, year), note=m.group(0).strip())
    m = re.search(  # ("as of 30 September": the day before the month too, after "as of" in a sentence of no plan)
        r"\b(?:as of|as at|by the end of|at the end of|by end-|by|until|through) (?:the end of )?"
        r"(?:(?<=as of )(?P<d0>\d{1,2}) |(?<=as at )(?P<d1>\d{1,2}) )?(?P<month>"
        + _MONTH_WORDS
        + r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?=\.))\.?(?: (?P<day>\d{1,2}))?(?:,? (?P<year>last year|"
        r"this year|" + _YEAR + r"))?\b",
        low,
    )
    if m and (m.group("year") or pub):
        year = _relative_year(m.group("year"), pub) if m.group("year") else pub[0] if pub else None
        if year:
            month = _MONTHS.get(m.group("month")) or _MONTH_ABBR[m.group("month")[:3]]
            if not m.group("year") and pub and month > pub[1]:
                year -= 1  # "as of December" in an article of March: the December before
            said = m.group("day") or m.group("d0") or m.group("d1")
            day = f"-{int(said):02d}" if said and 1 <= int(said) <= 31 else ""
            named = m.group("year") and m.group("year")[-1].isdigit()
            note = None if named else "the year read against the publication date"
            return _When(year=year, as_of=f"{year}-{month:02d}{day}", note=note)
    m = re.search(
        r"\b(?:in |during |for )?the (?:first|second|third|fourth|last) (?:half|quarter|three quarters|two quarters|"
        r"\w+ months)(?: of)? (?:the year )?" + _YEAR,
        low,
    )
    if m:
        return _When(year=int(m.group(1)), note=m.group(0).strip())
    m = next(
        (
            e
            for e in re.finditer(r"\bin (?:the|its) " + _YEAR + r" (?:results|rankings?)\b", low)
            if not re.search(r"\b(?:than|from|over|versus|against|compared (?:with|to))\s+$", low[: e.start()])
        ),
        None,
    )
    if m:  # "scoring 92.6 in the 2025 results": that edition's year (not "one more than in the 2021 edition")
        return _When(year=int(m.group(1)))
    m = re.search(r"\b(?:q[1-4]|h[12]|[1-4]q)(?:\s+of)?\s*[-/]?\s*" + _YEAR, low)
    if m:  # "in Q1 2023", "H1 2024": a part of that year
        return _When(year=int(m.group(1)), note=m.group(0).strip())
    m = re.search(r"\bby (" + _MONTH_WORDS + r") (last year|this year|" + _YEAR + ")", low)
    if m:
        year = _relative_year(m.group(2), pub)
        if year:
            note = f'"{m.group(2)}" read against the publication date' if "year" in m.group(2) else None
            return _When(year=year, as_of=f"{year}-{_MONTHS[m.group(1)]:02d}", note=note)
    m = re.search(
        r"\b(?:over|in|during) the (?:past|last|previous) (?:twelve|12) months\b|\b(?:over|in) the past year\b", low
    )
    if m and pub and pub[1] <= 2 and "year" in m.group():  # "Over the past year", said in January: last year
        return _When(year=pub[0] - 1, note='"the past year" read against a publication early in the year')
    if m and pub:
        return _When(period=(pub[0] - 1, pub[0]), note="the twelve months before the publication date")
    m = re.search(
        r"\b(?:over|in|during) the (?:past|last|previous) (" + "|".join(_WORD_NUMBERS) + r"|\d{1,2}) years\b",
        low,
    )
    if m and pub:  # "over the past five years": the five years up to publication
        years = int(m.group(1)) if m.group(1).isdigit() else int(_WORD_NUMBERS[m.group(1)])
        return _When(period=(pub[0] - years, pub[0]), note=f'"{m.group(0).strip()}" read against the publication date')
    m = re.search(
        r"\b(?:(?:between|from) (?:"
        + _MONTH_WORDS
        + r") (?:and|to|through|until) |(?:"
        + _MONTH_WORDS
        + r")[-–])(?:"
        + _MONTH_WORDS
        + r")"
        r",? (" + _YEAR[1:-1] + r"|last year|this year)\b",
        low,
    )
    if m:  # "From January to May 2024": months of that year
        year = _relative_year(m.group(1), pub)
        if year:
            return _When(year=year, note=m.group(0).strip())
    m = re.search(
        r"\b(?:(?:between|from) ("
        + _MONTH_WORDS
        + r") (?:and|to|through|until) |("
        + _MONTH_WORDS
        + r")[-–])("
        + _MONTH_WORDS
        + r")\b"
        r"(?!,? \d)(?! (?:last|this|next) year)",
        low,
    )
    if m and pub:  # "from January to April" with no year: the last such months up to publication
        year = pub[0] if _MONTHS[m.group(3)] <= pub[1] else pub[0] - 1
        return _When(year=year, note=f'"{m.group(0)}" read against the publication date')
    m = re.search(
        r"\b(?:in|during|over|for) the (first|second|third|fourth|last) (half|quarter|three quarters|two quarters|"
        r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven) months)\b(?! of (?!(?:the|this) year\b))"
        r"(?!,? (?:1[89]|20)\d\d\b)"
        r"(?! (?:last|this) year)",
        low,
    )
    if m and pub and m.group(1) != "last":  # "in the first four months" with no year: of the year published
        ordinal = ["first", "second", "third", "fourth"].index(m.group(1)) + 1
        span = m.group(2)
        ends = (
            ordinal * 6
            if span == "half"
            else ordinal * 3
            if span == "quarter"
            else 9
            if span == "three quarters"
            else 6
            if span == "two quarters"
            else _WORD_NUMBERS.get(span.split()[0], 12)
        )
        # a part still to come is of the year of writing ("will roll out ... in the second half of the year")
        coming = re.search(r"\b(?:will|would|shall|plans?|planned|expects?|expected|is to|are to|aims?)\b", low)
        year = pub[0] if ends <= pub[1] or coming else pub[0] - 1
        return _When(year=year, note=f'"{m.group(0).strip()}" read against the publication date')
    # "its third-quarter revenue", "first-half sales", "Q3 revenue" with no year: of the year published (or
    # the one before, when that part of it had not ended)
    m = re.search(r"\b(first|second|third|fourth)-(half|quarter)\b|(?<![\w-])(q)([1-4])\b(?!\s*(?:19|20)\d\d)", low)
    ahead = re.search(r"\b(?:will|would|expects?|expected|targets?|aims?|plans?|forecasts?|projects?)\b", low)
    if m and pub and not ahead and not re.search(r"\b(?:19|20)\d\d\b|\b(?:last|this|next) year\b", low):
        ordinal = ["first", "second", "third", "fourth"].index(m.group(1)) + 1 if m.group(1) else int(m.group(4))
        half = m.group(2) == "half"
        if not half or ordinal <= 2:
            ends = ordinal * (6 if half else 3)
            year = pub[0] if ends <= pub[1] else pub[0] - 1
            return _When(year=year, note=f'"{m.group(0)}" read against the publication date')
    m = re.search(
        r"\b(?:between (?:the years )?"
        + _YEAR
        + r" and |from "
        + _YEAR
        + r" (?:to|through|until) |(?:in|during|over|for) "
        + _YEAR
        + r"\s*[-–]\s*)"
        + _YEAR
        + r"\b",
        s.lower(),
    )
    if m:  # "between 2019 and 2023", "from 2019 to 2023", "in 2019-2023": the years from one to the other
        start = int(m.group(1) or m.group(2) or m.group(3))
        if start < int(m.group(4)):
            return _When(period=(start, int(m.group(4))))
    m = re.search(
        r"\b(?:in|during|early|late|mid-)\s*(" + _MONTH_WORDS + r"),? (" + _YEAR[1:-1] + r"|last year|this year)\b",
        low,
    )
    if m and not re.search(
        r"\b(?:than|from|since|versus|against|compared (?:with|to))\s+(?:in\s+)?$", low[: m.start()]
    ):
        year = _relative_year(m.group(2), pub)  # "in June 2024", "in June last year": that month
        if year:
            note = f'"{m.group(2)}" read against the publication date' if "year" in m.group(2) else None
            return _When(year=year, as_of=f"{year}-{_MONTHS[m.group(1)]:02d}", note=note)
    # "since 2021", a clause opening "Since it opened to users in 2024, ..." and a perfect "has added 1,200
    # staff since it moved in 2021": from that year to the publication's (not "its highest position since
    # the index was launched in 2021": no time of the figures)
    m = re.search(
        r"\bsince (?:the (?:start|beginning) of )?"
        + _YEAR
        + r"|(?:^\W*|,\s*|\b(?:has|have|had)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en|wn|t)\b[^.;:\d]{0,40}\d[^.;:]{0,60}?)"
        r"since (?:it|they|we|the|its|their)\s+(?:[a-z][\w-]*\s+){1,5}?in\s+" + _YEAR,
        low,
    )
    if m and m.group(2) and re.search(r"\b(?:most|least|first|[a-z]{3,}est)\b(?:\s+[a-z-]+){0,3}\s+since\b", m.group()):
        m = None  # "hosting 1,200 firms, its largest number since the district began counting in 2019": a record
    if m:
        end = pub[0] if pub else None
        return _When(period=(int(m.group(1) or m.group(2)), end), note=None if end else "no end year given")
    # not "in 2023-24" or "in 2023 to 2025" (a span), but "doubled in 2023 to 4 billion yuan"
    m = re.search(
        r"\b(?:in|during|for|by|of) (?:the year )?"
        + _YEAR
        + r"\b(?!\s*(?:-|–|to)\s*(?:19|20)\d\d\b|\s*[-–/]\s*\d\d\b)",
        low,
    )
    if m:
        return _When(year=int(m.group(1)))
    # "claimed it on their 2025 tax returns", "Beijing's 2024 budget": the year of a thing the figure is of
    m = re.search(
        r"(?:\b(?:its|their|our|his|her)|'s) " + _YEAR + r" (?=[a-z])(?!(?:edition|index|ranking|level|figure|tally|"
        r"total|record|peak|target|goal|plan|launch|yearbook|white paper|report|survey|census|study)s?\b)",
        low,
    )
    if m and not re.search(
        r"\b(?:than|from|over|against|versus|compared (?:with|to)|above|below|beyond|short of|since|double|twice|"
        r"triple|half|(?:percent|%|points?) on)\s+(?:\S+\s*){0,3}$",
        low[: m.start()],
    ):  # (not "up from their 2024 total", "up 9 percent on the city's 2024 level": the base of a change)
        return _When(year=int(m.group(1)))
    low = re.sub(
        r"\b(?:(?:the )?same (?:period|time|month|quarter) (?:of )?|(?:than|from|over|on) )last year\b", " ", low
    )
    # "expects revenue to exceed 110 billion yuan for the full year": this year, as a whole
    # (not "sales for the full year reached ..., and the company will ...": of the year the text speaks of)
    low = re.sub(
        r"\b((?:expects?|expected|forecasts?|projects?|projected|aims?|plans?|targets?|will)\b(?:[^,;.]|\.\d)*?)"
        r"\b(?:for|over) the (?:full |whole |entire )?year\b",
        r"\1this year",
        low,
    )
    m = re.search(r"\b(last year|this year|next year|same year|that year)\b", low)
    if m:
        if m.group(1) in ("same year", "that year"):
            return _When(year=previous.year if previous else None)
        year = _relative_year(m.group(1), pub)
        if year:
            return _When(year=year, note=f'"{m.group(1)}" read against the publication date')
    m = re.search(r"\b[Ll]ast (spring|summer|autumn|fall|winter)\b(?!,? (?:19|20)\d\d)", s)
    if m and pub:  # "Last autumn I counted again": the last one over before publication
        ends = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}[m.group(1)]
        year = pub[0] if pub[1] > ends else pub[0] - 1
        return _When(year=year, note=f'"{m.group(0)}" read against the publication date')
    m = re.search(
        r"(?<!\bago )\b[Tt]his (spring|summer|autumn|fall|winter|month|quarter|week|season|harvest)\b"
        r"(?!,? (?:19|20)\d\d)",
        s,
    )
    if m and pub:  # "This spring it raised ...": in the year published; "this month": in its month
        note = f'"{m.group(0)}" read against the publication date'
        if m.group(1) in ("month", "week"):
            return _When(year=pub[0], as_of=f"{pub[0]}-{pub[1]:02d}", note=note)
        return _When(year=pub[0], note=note)
    # (not "Over the past quarter century")
    m = re.search(r"\b(?:[Ll]ast|[Tt]he (?:last|previous|past)) (quarter|month)\b(?!\s+(?:of|before)\b|[- ]centur)", s)
    if m and pub:  # "Last quarter firms in Haidian raised": the quarter or month before publication, in its year
        # (a part of a year, as the events in it are dated: its year)
        year = pub[0] if pub[1] > (1 if m.group(1) == "month" else 3) else pub[0] - 1
        return _When(year=year, note=f'"{m.group(0)}" read against the publication date')
    m = re.search(r"\b[Ll]ast (" + _MONTH_NAMES + r")\b(?! \d)(?!,? (?:19|20)\d\d)", s)
    if m and pub:  # "an angel round last October": the last October before publication
        month = _MONTHS[m.group(1).lower()]
        year = pub[0] if month < pub[1] else pub[0] - 1
        return _When(year=year, as_of=f"{year}-{month:02d}", note=f'"{m.group(0)}" read against the publication date')
    m = re.search(
        r"\b(?:(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate) |[Mm]id-)(" + _MONTH_NAMES + r")\b(?! \d)(?!,? (?:19|20)\d\d)", s
    )
    future = r"\b(?:will|would|shall|is due|are due|due to|expected|plans?|planned|scheduled|set to|aims?|hopes?)\b"
    if m and pub and not re.search(future, low) and not re.search(r"\b(?:now|currently|at present)\b", low):
        # "closed a fund in March" with no year: the last March up to publication, or of the year said before
        month = _MONTHS[m.group(1).lower()]
        year = pub[0] if month <= pub[1] else pub[0] - 1
        if (
            previous is not None
            and previous.year
            and previous.opens
            and not previous.period
            and "publication" not in (previous.note or "")
        ):
            year = previous.year  # "In 2023 ... In March": of that year (not of "last year": the last March)
            if (year, month) > pub:  # ... but a month past in the text is no month after its publication
                year = pub[0] if month <= pub[1] else pub[0] - 1
        return _When(year=year, as_of=f"{year}-{month:02d}", note=f'"{m.group(0)}" read against the publication date')
    return _When()


#: A figure compared with an earlier time: "21.3 percent more than (in) a year before" (not "40
#: researchers more than two years ago", a time).
_COMPARED_THAN = re.compile(
    r"(?:\d|\bpercent|\bper cent|%|\btimes|\bpoints?)\s+(?:more|less|fewer|higher|lower|greater|bigger|larger|"
    r"smaller|faster|slower)\s+than\s+(?:in\s+|at\s+)?$",
    re.I,
)
_EARLIER = re.compile(
    r"\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) years? (?:earlier|before|ago)|"
    r"(?P<months>six|nine|twelve|fifteen|eighteen|twenty-four|thirty|thirty-six|\d{1,2}) months (?:earlier|before|ago)|"
    r"the (?:year|previous year) before|the previous year|a year earlier)\b",
    re.I,
)


def _clause_when(s: str, at: int, main: _When, pub: tuple[int, int] | None) -> _When | None:
    """The time of the clause holding offset ``at``, when it has one of its own.

    >>> _clause_when("It hosts 320 firms, up from 190 in 2020", 30, _When(as_of="2023-09"), None).year
    2020
    >>> _clause_when("It had 212 deals (it was 219 a year earlier)", 28, _When(year=2024), None).year
    2023
    >>> _clause_when("It had 260 staff against 90 a year ago", 32, _When(), (2024, 3)).as_of
    '2023-03'

    A clause that compares with an earlier time ("21.3 percent more than a year before") dates
    the base of its comparison, not its figures:

    >>> _clause_when("It added 9,215 firms, 21.3 percent more than a year before", 9, _When(year=2025), None) is None
    True
    >>> _clause_when("The lab had 40 staff more than two years ago, and has 150 now", 12, _When(year=2025), None).year
    2023
    """
    clauses = _clauses(s)
    if len(clauses) < 2:
        return None
    for a, b, _ in clauses:
        if a <= at < b:
            text = s[a:b]
            own = _when(text, pub, None)
            if own.year or own.period or own.as_of:
                return own
            earlier = _EARLIER.search(text)
            if earlier and _COMPARED_THAN.search(text[: earlier.start()]):
                return None
            return _earlier(text, main, pub, "the sentence's time")
    return None


#: A part of a year right after a figure: "120 in the first quarter", "in January", "in H1".
_PART_OF_YEAR = re.compile(
    r"\s+(?:in|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)|"
    r"Q[1-4]|H[12]|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"(?!\s+(?:19|20)\d\d))",
    re.I,
)


def _start_when(s: str, end: int, main: _When) -> _When | None:
    """The time of the level a change started from ("from 12 staff" in "has grown from 12 staff
    to 150 in three years"), when the sentence's time ``main`` is that of the level reached:
    as many years before as the change took, else the year before a year's change; None when
    the sentence does not tell.

    >>> _start_when("It has grown from 12 staff to 150 in three years.", 18, _When(as_of="2024-05")).year
    2021
    >>> _start_when("Revenue rose from 1.2 billion to 1.5 billion yuan in 2023.", 24, _When(year=2023)).year
    2022
    >>> _start_when("Staff grew from 12 to 150.", 18, _When(as_of="2024-05")) is None
    True
    >>> _start_when("It grew from 12 staff to 1,500 in three years.", 18, _When(as_of="2024-05")).year
    2021
    >>> _start_when("It grew from 12 to 150, and plans to double in two years.", 18, _When(as_of="2024-05")) is None
    True
    >>> _start_when("Sales rose from 120 in the first quarter to 150 in the second.", 19, _When(year=2024)).year
    2024
    """
    change = re.split(r";|,\s|\s(?:and|but|while|whereas)\s", s[end:], maxsplit=1)[0]  # the change's own clause
    took = re.search(
        r"\b(?:in|over|within|during)\s+(?:the\s+(?:past|last)\s+)?("
        + "|".join(_WORD_NUMBERS)
        + r"|\d{1,2})\s+years\b",
        change,
        re.I,
    )
    year = main.year or (int(main.as_of[:4]) if main.as_of and main.as_of[:4].isdigit() else None)
    if main.period and main.period[0]:
        return _When(year=main.period[0], note="the start of the period")
    if year and _PART_OF_YEAR.match(s, end):  # "from 120 in the first quarter to 150 in the second"
        return _When(year=year, note="an earlier part of the same year")
    if took and year:
        back = int(took.group(1)) if took.group(1).isdigit() else int(_WORD_NUMBERS[took.group(1).lower()])
        return _When(year=year - back, note=f'"{took.group(0)}" before the level reached')
    if main.year and not main.as_of:
        return _When(year=main.year - 1, note="the year before the change")
    return None


#: Counts of months said in words that the number words do not hold.
_MONTHS_SAID = {"twenty-four": 24, "thirty": 30, "thirty-six": 36}


def _earlier(text: str, main: _When, pub: tuple[int, int] | None, against: str) -> _When | None:
    """The time ``text`` places a figure at by going back from ``main`` ("a year earlier",
    "two years before"; "a year ago" from the publication date when ``main`` has none); None
    when it says no such thing.

    >>> _earlier("The figure was 118 a year earlier.", _When(year=2023, as_of="2023-12"), None, "x").as_of
    '2022-12'
    >>> _earlier("It had 90 a year ago", _When(), (2024, 3), "x").as_of
    '2023-03'
    >>> _earlier("Two years ago it had 9", _When(), (2024, 3), "x")  # years back from now: that year
    _When(year=2022, period=None, as_of=None, note='"Two years ago" read against the publication date')
    >>> _earlier("Two years ago it had 9", _When(year=2025), (2026, 6), "x").year  # not two years before 2025
    2024
    >>> _earlier("It had 90", _When(year=2023), None, "x") is None
    True
    >>> _earlier("compared with 118 twelve months earlier", _When(as_of="2025-09"), None, "x").as_of
    '2024-09'
    >>> _earlier("up from six eighteen months ago", _When(), (2026, 11), "x").as_of
    '2025-05'
    """
    earlier = _EARLIER.search(text)
    if earlier is None:
        return None
    if main.note and f'"{earlier.group(0)}"' in main.note:
        return main  # the time was gone back from already ("Two years ago ..." dates the whole sentence)
    main_year = main.year or (int(main.as_of[:4]) if main.as_of and main.as_of[:4].isdigit() else None)
    if pub and earlier.group(0).lower().endswith("ago"):
        main = _When(as_of=f"{pub[0]}-{pub[1]:02d}")  # "a year ago": from the time of writing, whatever came before
        main_year, against = pub[0], "the publication date"
    if not main_year:
        return None
    word = (earlier.group(1) or "one").lower()
    back = int(word) if word.isdigit() else _WORD_NUMBERS.get(word, 1)
    note = f'"{earlier.group(0)}" read against {against}'
    if earlier.group("months"):
        said = earlier.group("months").lower()
        months = int(said) if said.isdigit() else int(_WORD_NUMBERS.get(said, 0) or _MONTHS_SAID.get(said, 0))
        if months % 12 and (main.as_of or (pub and earlier.group(0).lower().endswith("ago"))):
            # "eighteen months ago": back so many months from that date (a year alone has no month to go back from)
            base = main.as_of if main.as_of else f"{pub[0]}-{pub[1]:02d}" if pub else ""
            total = int(base[:4]) * 12 + int(base[5:7]) - 1 - months
            return _When(year=total // 12, as_of=f"{total // 12}-{total % 12 + 1:02d}", note=note)
        back = max(1, round(months / 12))
    from_now = earlier.group(0).lower().endswith("ago") and main.as_of == (f"{pub[0]}-{pub[1]:02d}" if pub else None)
    if main.as_of and not main.period and not (from_now and back > 1):
        # "24,600 at the end of April, up from 22,000 a year earlier" (not "two years ago": that year)
        return _When(year=main_year - back, as_of=f"{main_year - back}{main.as_of[4:]}", note=note)
    return _When(year=main_year - back, note=note)


def _dates_whole(text: str) -> bool:
    """Whether "a year earlier" (or the like) dates the whole sentence: it opens or closes it,
    and closes no comparison ("twice as many as a year earlier") or aside ("Founded two years
    ago, ...").

    >>> _dates_whole("The figure was 118 a year earlier."), _dates_whole("A year earlier, it had 90.")
    (True, True)
    >>> _dates_whole("It had 2,400 a year earlier, officials said."), _dates_whole("It had 90 a year ago, per X.")
    (True, False)
    >>> _dates_whole("Founded two years ago, it now employs 150.")
    False
    >>> _dates_whole("It had twice as many as a year earlier.")
    False
    >>> _dates_whole("Its growth slowed to 11.8 percent from 17.3 percent a year earlier.")
    False
    """
    for m in _EARLIER.finditer(text):
        opens = not text[: m.start()].strip()
        rest = re.sub(  # "..., officials said.", "..., according to the bureau.": an attribution closes nothing
            r"^\s*,\s*(?:(?:[\w’'-]+\s+){0,5}(?:said|says|reported|noted|added)|according to\b.*)\s*[.!?]?\s*$",
            "",
            text[m.end() :],
        )
        closes = not rest.strip(' .!?"”)')
        compares = re.search(  # ("slowed to 11.8 percent from 17.3 percent a year earlier": from a figure too)
            r"\b(?:as (?:many|much) as|than|from|since|with|against|versus|vs\.?)\s+"
            r"(?:(?:about |around |nearly |some )?[$¥]?\d[\d.,]*\s*(?:[a-z%]+\s+){0,2})?$",
            text[: m.start()],
        )
        if opens or (closes and not compares):
            return True
    return False


def _ahead(when: _When, pub: tuple[int, int] | None) -> bool:
    """Whether a time is after the publication year (a target's)."""
    year = when.year or (int(when.as_of[:4]) if when.as_of and when.as_of[:4].isdigit() else None)
    return bool(pub and year and year > pub[0])


def _edition_lead(before: str, ordinal: str) -> re.Match[str] | None:
    """The edition a rank's clause names before it ("In the 2022 edition it was ranked No. 2", "... in
    the 2021 edition, when it was fourth"), unless it is an earlier rank's own ("third in the 2024
    edition, placed second").

    >>> _edition_lead("Its best was in the 2021 edition, when it was ", "third|fourth").group(1)
    '2021'
    >>> _edition_lead("South District, third in the 2024 edition, placed ", "third|fourth") is None
    True
    """
    led = re.search(r"\b[Ii]n the ((?:19|20)\d\d) edition\b[^.;]*$", before)
    if led and re.search(r"\b(?:" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))\s+$", before[: led.start()]):
        return None
    return led


def _relative_year(text: str, pub: tuple[int, int] | None) -> int | None:
    if text.isdigit():
        return int(text)
    if pub is None:
        return None
    return pub[0] - 1 if text == "last year" else pub[0] + 1 if text == "next year" else pub[0]


#: An aside that dates its entity, not the sentence's figures: ", founded in 2021,", ", who
#: joined the center in 2017,", "Set up in 2019, ...".
_DATING_ASIDE = re.compile(
    r"(?:,\s+(?:who|which)\s+(?:[\w’'&-]+\s+){0,10}?|,\s+|^)"
    r"(?:(?:was|were|had been|first)\s+)?(?:founded|established|set up|launched|opened|created|incorporated|"
    r"spun (?:off|out)|started|joined|built|registered)\b[^,;.]{0,60}?\b(?:19|20)\d\d,",
    re.I,
)

#: A relative clause that dates its entity, wherever it stands: "..., the firm that first compiled
#: the index in 2022", "..., which opened in 2019,".
_DATING_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:was\s+|were\s+|had\s+)?(?:first\s+)?(?:founded|established|set up|launched|opened|"
    r"created|compiled|published|introduced|started|began|incorporated|built)\b[^,;.]{0,60}?\b(?:19|20)\d\d"
    r"(?=\s*(?:[,;]|\.?$))",
    re.I,
)


#: The time of who said it, about the speaker, after the figures: "..., said Zhang Fulai, who has run the
#: cooperative since 2015", "..., says Ada Lin, who joined the firm in 2019".
_SPEAKERS_TIME = re.compile(
    r"\b(?:said|says|according to)\s+(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+(?P<who>who\s+(?:has\s+|had\s+)?"
    r"(?:run|runs|led|leads|headed|heads|managed|manages|worked|works|been|chaired|directed|joined|founded|co-founded|"
    r"started|set up)\b[^,;.]{0,80}?\b(?:since|in)\s+(?:19|20)\d\d)(?=\s*(?:[,;]|\.?$))"
)


def _main_text(s: str) -> str:
    """The sentence without its comparison clauses and its dating asides, offsets kept: whose
    time is the sentence's.

    >>> " ".join(_main_text("Qingfeng, founded in 2021, has grown to 150 staff.").split())
    'Qingfeng has grown to 150 staff.'
    >>> " ".join(_main_text("Seven robots worked this season, said Zhang Fulai, who has run it since 2015.").split())
    'Seven robots worked this season, said Zhang Fulai, .'
    """
    chars = list(s)
    for a, b, comparison in _clauses(s):
        if comparison:
            chars[a:b] = " " * (b - a)
    for m in re.finditer(  # "Shanghai, fourth in 2023, slipped to sixth": the time of the rank before
        r",\s+(?:[a-z]+|\d{1,3}(?:st|nd|rd|th))\s+(?:in (?:the )?(?:19|20)\d\d(?: edition)?|last year|"
        r"a year (?:ago|earlier)),",
        s,
    ):
        if _ordinal(m.group().split()[1]):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _SPEAKERS_TIME.finditer(s):  # "..., said Zhang Fulai, who has run the cooperative since 2015."
        chars[m.start("who") : m.end()] = " " * (m.end() - m.start("who"))
    for m in _DATING_RELATIVE.finditer(s):  # "..., the firm that first compiled the index in 2022."
        if not re.search(r"\b(?:that|the same) year\b|\bsince then\b", s[m.end() :], re.I):  # unless pointed back to
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    for m in _DATING_ASIDE.finditer(s):
        after = s[m.end() :]
        if (
            not re.search(r"\d", s[: m.start()])
            and re.search(r"\d", after)  # before the figures
            and not re.search(r"\b(?:that|the same) year\b|\bsince then\b", after, re.I)  # unless they point back
        ):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)
