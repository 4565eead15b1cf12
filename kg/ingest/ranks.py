"""How ranks are said: rank phrases, ordinal rows and lists, notes of an earlier rank, index names.

The extractor (:mod:`kg.ingest.extract`) decides whose rank in which edition a match is; the
patterns of what counts as a rank, and what only looks like one, are here. Names with a leading
underscore are internal to :mod:`kg.ingest`.
"""

from __future__ import annotations

import functools
import re

from kg.ingest.figures import _ORDINALS, _WORD_NUMBERS, _ordinal
from kg.ingest.sentences import Sentence
from kg.ingest.tables import _ROW_NAME, _TABLE_RULE, _cells

_NEW_INDEX = re.compile(
    r"(?:\b(?P<y1>(?:19|20)\d\d)\s+(?:edition\s+of\s+the\s+)?)?"
    # ("Beijing Culture and Technology Integration Index": an "and" between two capitalized words)
    r"(?P<name>(?:[A-Z][\w’'&-]*\s+(?:and\s+(?=[A-Z]))?){1,7}?(?:Index|Rankings|Ranking|Evaluation|Scoreboard|Scorecard|Leaderboard|Tracker|Barometer|"
    r"Benchmark|Ratings|Capability Report|Competitiveness Report|Innovation Report|Vitality Report|List|Monitor|"
    r"Pulse|League Table|League|"
    # ("Beijing Hard-Tech Enterprise Top 50"; not "Sales Top 1 million", "Visitors Top 10,000", "Top 10 Attractions")
    r"Top\s+(?!(?:19|20)\d\d\b)(?:[5-9]|\d{2,4})(?![,.]?\d)(?!\s+(?:[A-Z]|million|billion|thousand|percent)))\b)"
    r"(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?"
)

#: A report's name with its head word ("Global Science Hubs Report 2024"): an index when a
#: sentence ranks something in it.
_RANKING_REPORT = re.compile(
    r"(?:\b(?P<y1>(?:19|20)\d\d)\s+(?:edition\s+of\s+the\s+)?)?"
    r"(?P<name>(?:[A-Z][\w’'&-]*\s+){1,7}?(?:Report|Survey|Review|Outlook|Atlas|Study|Census|League Table)\b)"
    r"(?:\s+(?P<y2>(?:19|20)\d\d)\b)?"
)

#: The most editions one rank is drafted in when the text says it was kept ("for the third
#: consecutive year"); a longer run is kept as the rank's count of consecutive editions.
_KEPT_EDITIONS = 10


def _kept_since(s: str, m: re.Match[str], year: int | None, consecutive: int | None) -> list[tuple[int, str]]:
    """The earlier editions a rank said at ``m`` was held in too, with why: "for the third consecutive
    year" (the two before), "in every edition since 2022" (each since), "remained second" (the one
    before).

    >>> s = "Example University remained second."
    >>> _kept_since(s, re.search("remained second", s), 2024, None)
    [(2023, 'kept: the same rank in the edition before')]
    >>> s = "Boston was runner-up, as it was in 2023."
    >>> _kept_since(s, re.search("was runner-up", s), 2025, None)
    [(2023, 'the same rank: "as it was in 2023"')]
    """
    if year is None:
        return []
    clause = re.split(r";|,\s+(?:and|while|but)\s|(?<!No)\.\s", s[m.start() : m.end() + 120])[0]
    if consecutive and not re.search(
        r"\b(?:consecutive|straight|successive)\b|\bin a row\b|\brunning\b|\bin succession\b", clause
    ):
        consecutive = None  # said of another rank in the sentence
    if consecutive and 1 < consecutive <= _KEPT_EDITIONS:
        return [
            (year - k, f"for the {consecutive} consecutive editions: also in this one") for k in range(1, consecutive)
        ]
    if consecutive:
        return []  # a long run stays a count on the rank ("consecutive"), not a draft block an edition
    since = re.search(
        r"\b(?:in )?every (?:edition|year|ranking) since (?:the (?:index|ranking) was (?:launched|first published) in |"
        r"(?:its|the) (?:launch|first edition) in )?((?:19|20)\d\d)\b",
        clause,
        re.I,
    )
    if since and int(since.group(1)) < year and year - int(since.group(1)) < _KEPT_EDITIONS:
        return [(y, f"every edition since {since.group(1)}") for y in range(int(since.group(1)), year)]
    if re.match(
        r"(?i)(?:remained|remains|stayed|stays|kept|keeps|retained|retains|maintained|held on to)\b", m.group()
    ) or re.match(r"(?i)(?:was|is|stood|stands)\s+unchanged\b", m.group()):  # "Paris was unchanged in sixth"
        return [(year - 1, "kept: the same rank in the edition before")]
    likewise = re.match(  # "Boston was runner-up, as it was in 2024"; "... second, as it did last year"; "as in 2023."
        r"(?:\s+(?:place|position|spot|overall))?(?:\s+(?:on|in|for)\s+[^,;.]{1,40}?)?,?\s+(?:just\s+)?as\s+"
        r"(?:(?:it|they|she|he)\s+(?:was|were|did|had(?:\s+been)?)\s+|(?=in\s))(?:in\s+)?"
        r"(?P<when>(?:19|20)\d\d|last year|a year (?:ago|earlier|before)|the year before|"
        r"the (?:previous|last) (?:year|edition))\b(?=\s*(?:[.;)]|$|,\s+(?:and|but|while|with)\b))",
        s[m.end() :],
        re.I,
    )
    if likewise:
        when = likewise.group("when")
        earlier = int(when) if when[:2] in ("19", "20") else year - 1
        if earlier < year:
            return [(earlier, f'the same rank: "{likewise.group().strip(" ,")}"')]
    return []


#: Headers of a ranking table's columns: the rank in the edition before, and the index's score.
_EARLIER_RANK_HEADER = re.compile(
    r"(?:previous|prior|last year'?s?|earlier|old)\s+(?:rank|position|place|edition|standing)|"
    r"(?:rank|position|standing) (?:in )?(?:(?:the )?(?:19|20)\d\d(?: edition)?)|"
    r"(?:19|20)\d\d (?:rank|position|edition|standing)|"
    r"(?:rank|position|standing) in (?:the )?(?:previous|last|earlier) edition|"
    r"(?:rank|position|place|standing)\s*,?\s*\(?(?:last|previous|prior) (?:year|edition)\)?|"
    r"(?:rank|position|standing) before|"
    r"previous|prior|last edition",  # "Rank | Hub | Score | Previous" (not "Last year": a year's figures)
    re.I,
)

_SCORE_HEADER = re.compile(r"(?:overall |total |index )?(?:score|points)(?:\s*\(.*\))?", re.I)

#: Ranks said by a cardinal after "number" ("number two").
_RANK_NUMBERS = {w: n for w, n in _WORD_NUMBERS.items() if 1 <= n <= 10}

#: A rank said as an ordinal: "1st", "11th", "third", "joint fourth", "=6th".
_ORDINAL_RANK = (
    r"(?i:joint\s+|=\s?)?(?i:\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + ")"
)

#: A row of a bulleted list of ranks: "• Chaoyang: 2nd (up from 3rd)", "Haidian – 1st (unchanged)".
_ORDINAL_ROW = re.compile(
    r"\s*(?:[•·▪◦*-]\s*)?(?P<name>" + _ROW_NAME + r")\s*(?:[:：]|\s[–—-])\s*(?P<rank>" + _ORDINAL_RANK + r")"
    r"(?:\s*[(（](?P<note>[^()（）]{1,40})[)）])?[.;]?\s*",
)

#: Words that say a rank is the one of the edition before: "(unchanged)", "(=)".
_SAME_RANK = r"unchanged|no change|same|="

#: The rank in the edition before, as the brackets of a row of ranks say it: "(up from 3rd)",
#: "(unchanged)", "(2024: 4th)", "(previously 6th)"; a move alone ("down one") says no rank.
_EARLIER_NOTE = re.compile(
    r"(?P<same>" + _SAME_RANK + r"|steady)|"
    r"(?:(?:up|down|rising|falling|climbing|slipping)\s+)?from\s+(?P<from>" + _ORDINAL_RANK + r")|"
    r"(?:previously|prev\.|last year|last edition|(?:19|20)\d\d)\s*[:：]?\s*(?P<was>" + _ORDINAL_RANK + r")",
    re.I,
)


def _ordinal_rows(sents: list[Sentence]) -> dict[int, re.Match[str]]:
    """The sentences that are rows of a bulleted list of ranks, in a run of at least three whose
    ranks follow on ("• Haidian: 1st (unchanged)", "• Chaoyang: 2nd (up from 3rd)"): each row's match.

    >>> rows = _ordinal_rows([Sentence(f"• {c}: {o}", 0, i) for i, (c, o) in enumerate(
    ...     [("Haidian", "1st (unchanged)"), ("Chaoyang", "2nd (up from 3rd)"), ("E-Town", "3rd (down one)")])])
    >>> [(m["name"], m["rank"], m["note"]) for m in rows.values()]
    [('Haidian', '1st', 'unchanged'), ('Chaoyang', '2nd', 'up from 3rd'), ('E-Town', '3rd', 'down one')]
    """
    found = {sent.index: m for sent in sents if len(sent.text) <= 120 and (m := _ORDINAL_ROW.fullmatch(sent.text))}
    rows: dict[int, re.Match[str]] = {}
    run: list[int] = []
    for index in [*sorted(found), None]:
        if (
            index is not None
            and run
            and index == run[-1] + 1
            and (_ordinal(_unjoint(found[index]["rank"])) or 0) >= (_ordinal(_unjoint(found[run[-1]]["rank"])) or 0)
        ):
            run.append(index)
            continue
        ranks = [_ordinal(_unjoint(found[k]["rank"])) or 0 for k in run]
        if len(run) >= 3 and ranks[0] <= 2 and all(b - a <= 2 for a, b in zip(ranks, ranks[1:], strict=False)):
            rows.update((k, found[k]) for k in run)  # not "• Demo Day: 12th", "• Awards Dinner: 14th": dates
        run = [index] if index is not None else []
    return rows


#: A table column of one entity's ranks, one row per index: "Beijing's rank", "Rank of Beijing".
_WHOSE_RANK = re.compile(
    r"(?P<who>[A-Z][\w’' -]{1,40}?)(?:’s|'s) rank(?:ing)?|rank(?:ing)? of (?P<who2>[A-Z][\w’' -]{1,40})"
)

#: The first column of such a table: the index each row is of.
_INDEX_COLUMN = re.compile(r"(?:index|indices|indexes|ranking|rankings|league table|list|evaluation)s?", re.I)


def _whose_rank_rows(sents: list[Sentence]) -> dict[int, tuple[list[str], int, str]]:
    """Rows of a table of one entity's ranks in several indexes ("Index | Edition | Beijing's rank |
    Best Chinese city"), at least two under such a header: each row's header, the rank column and
    whose ranks they are.

    >>> rows = _whose_rank_rows([Sentence(t, 0, i) for i, t in enumerate(["Index | Edition | Beijing's rank",
    ...     "Example Index | 2025 | 1 (unchanged)", "Other Index | 2025 | 4 (down 1)"])])
    >>> sorted(rows), rows[1][1:]
    ([1, 2], (2, 'Beijing'))
    """
    out: dict[int, tuple[list[str], int, str]] = {}
    for i, sent in enumerate(sents):
        header = _cells(sent.text)
        if not 3 <= len(header) <= 8 or not _INDEX_COLUMN.fullmatch(header[0].strip()):
            continue
        at = next((k for k, cell in enumerate(header) if _WHOSE_RANK.fullmatch(cell.strip())), None)
        if at is None:
            continue
        who_m = _WHOSE_RANK.fullmatch(header[at].strip())
        who = (who_m["who"] or who_m["who2"] or "").strip() if who_m else ""
        rows: list[int] = []
        for row in sents[i + 1 :]:
            if _TABLE_RULE.fullmatch(row.text) and not rows:
                continue
            cells = _cells(row.text)
            if len(cells) != len(header) or not re.match(r"\d{1,3}\b", cells[at].strip()):
                break
            rows.append(row.index)
        if len(rows) >= 2:
            out.update((index, (header, at, who)) for index in rows)
    return out


def _unjoint(rank: str) -> str:
    """A rank without the words that share it ("joint fourth", "=6th")."""
    return re.sub(r"^(?:joint\s+|=\s?)", "", rank.strip(), flags=re.I)


#: The words before an index score given without "points": "Beijing scored 78.4", "came in
#: fourth with 77.9", "was runner-up on 80.2", "its score had risen to 86.0".
_SCORE_BEFORE = re.compile(
    r"(?:\bscor(?:ed|ing)|\ba score of|\bscores? (?:of|was|is|rose to|fell to|climbed to|reached|stood at|"
    r"(?:had|has) (?:risen|fallen|climbed) to)|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"runner-up|\d+(?:st|nd|rd|th))(?: place)?,? (?:with|on))\s+(?:about |around |just |nearly |only )?$"
)

#: The year before, said right after a rank of an edition ("Ranked at No. 4 last year, ...").
_PRIOR = r"last year|a year (?:earlier|ago|before)|the (?:previous|prior) year"

#: A ranked name in a pattern read case-blind: capitalized words, maybe joined by "of", "for",
#: "the" ("Beijing Institute of Technology"); words apart by spaces only, so that a hyphen is
#: read one way (no backtracking blow-up on "Ab-Ab-Ab-...").
_RANKED_NAME = r"(?-i:[A-Z])[\w’'-]*(?:(?: |\s(?-i:of|for|the|de)\s)(?-i:[A-Z])[\w’'-]*){0,6}"


@functools.cache
def _rank_patterns() -> list[tuple[re.Pattern[str], int | None]]:
    """The patterns of ranks said in prose, compiled once: each with the rank it says itself
    (1 for "topped"), or None when its group ``ord`` holds the rank."""
    ordinal = "|".join(_ORDINALS)
    patterns = [
        (
            r"\brank(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,3}?(?:as\s+)?(?:the\s+)?(?:world’s\s+|world's\s+)?"
            r"(?P<ord>" + ordinal + r"|top|\d+(?:st|nd|rd|th))\b(?!\s+(?:time|year|edition|consecutive)\b)",
            None,
        ),
        (
            r"\b(?:holds?|held|took|takes|came|finished|placed)\s+(?:the\s+)?(?P<ord>" + ordinal + r")\s+place\b",
            None,
        ),
        (
            r"\b(?:kept|keeps|held|holds|retained|retains|took|takes|won|claimed|secured|regained|"
            r"(?:remained|remains|stayed|stays|sat|sits|was|is) in)\s+"
            r"(?:on to\s+|onto\s+)?(?:the\s+)?"
            r"(?:top spot|top position|top place|first place|pole position|No\.\s?1)\b"
            r"(?!\s+to\s)",  # not "in pole position to win the contract"
            1,
        ),
        (
            r"\b(?:kept|held(?: on to)?|retained|came(?: in)?|comes(?: in)?|finished|finishes|placed|stood|stands|was|"
            r"is|remained|remains|stayed|stays|sat|sits|ended(?: up)?|ends(?: up)?)\s+"
            r"(?:also\s+|again\s+|still\s+|only\s+|just\s+|now\s+|unchanged\s+)?"
            r"(?:in\s+|at\s+)?(?:the\s+)?(?P<ord>" + ordinal + r"|\d+(?:st|nd|rd|th))"
            r"(?:\s+(?:place|position|spot))?\b(?!\s+(?:time|year|edition|consecutive))"
            # not a superlative ("is the second largest", "is the first to") nor "is second only to"
            r"(?![- ](?:largest|biggest|most|least|best|highest|lowest|fastest|richest|oldest|only|half|quarter|"
            r"to|of|stage|phase|round|batch|step)\b)"
            # not a rank among some of them: "the second-best Chinese city", "the third Asian entry"
            r"(?!(?:-(?:best|highest|largest|biggest|strongest|ranked|placed))?\s+(?-i:[A-Z])[a-z]+\s+"
            r"(?:cit(?:y|ies)|universit(?:y|ies)|entr(?:y|ies)|institutions?|compan(?:y|ies)|firms?|members?|"
            r"districts?|provinces?|regions?|hubs?|clusters?|parks?)\b)"
            # nor an order of something else: "was second author on the paper", "is the third phase"
            r"(?!\s+(?=(?-i:[a-z]))(?!(?:place|position|spot|overall|among|in|on|for|with|behind|after|ahead|out|of|"
            r"and|but|or|while|whereas|when|where|which|to|again|this|last|globally|nationally|nationwide|worldwide|"
            r"at|by|as|from|since|only|both|followed|trailing|just|once|twice|across|under|over|between|a|the|"
            r"there|here|back|too|also|then|now|instead|respectively|before|previously|ever|still|yet|so|thanks|due|"
            r"largely|mainly|mostly|partly|despite|amid|ahead|below|above|up|down|within)\b))",
            None,
        ),
        (
            r"\b(?:climb(?:ed|ing|s)?|r(?:ose|ising|ises)|mov(?:ed|ing) up|jump(?:ed|ing|s)?|slipp(?:ed|ing)|slips|"
            r"f(?:ell|alling|alls)|dropp(?:ed|ing)|drops|advanc(?:ed|ing)|improv(?:ed|ing|es)|slid|slides|sliding)\s+"
            r"(?:\w+\s+){0,3}?to\s+(?:the\s+)?"
            r"(?P<ord>" + ordinal + r"|\d+(?:st|nd|rd|th))(?:\s+(?:place|position|spot))?\b",
            None,
        ),
        (
            r"(?:,|;|\band\b|\bbut(?: only)?\b)\s+(?P<ord>"
            + ordinal
            + r"|\d{1,3}(?:st|nd|rd|th))\s+(?:on|in|for)\s+(?=[a-z])",
            None,
        ),
        # "entered the top ten for the first time, in tenth place"
        (r"(?:,\s+|\bfinished\s+|\bended\s+)in\s+(?P<ord>" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))\s+place\b", None),
        (  # "Shenzhen, fifth, gained ground": a rank in an apposition to the name before it
            # (not "first", which opens a list of steps: "the plan, first, builds labs")
            r"(?<=[a-z’']),\s+(?:in\s+|now\s+)?(?P<ord>(?!first\b)(?:" + ordinal + r")|\d{1,3}(?:st|nd|rd|th))"
            r"(?:\s+place)?,\s+(?=[a-z])",
            None,
        ),
        (r"\b(?:led|leads|topped|tops)\s+overall(?=\s*[,.;]|\s*$|\s+(?:again|in|among|this|last|with)\b)", 1),
        (r"\bNo\.\s?(?P<ord>\d{1,3})\b(?!\s+(?-i:[A-Z]))", None),  # not "Example No. 1 Middle School"
        (  # "Tokyo was number two", "came in at number three": said to end its clause or before the index
            # (not "talent is number one for us", "number three on the bestseller chart", "at number 8 Xueyuan Road")
            r"\b(?:was|is|were|are|came|comes|finished|ranked|ranks|remained|remains|stayed|stays|sat|sits)\s+"
            r"(?:in\s+at\s+)?number\s+(?P<ord>" + "|".join(_RANK_NUMBERS) + r"|\d{1,2})\b"
            r"(?=\s*(?:[,;.]|$|\s(?:in|on)\s+the\s+(?-i:[A-Z])|\s(?:again|behind|ahead|after|overall)\b))",
            None,
        ),
        (  # "The talent pillar was topped by Tokyo": the name after "by"
            r"\b(?:pillar|sub-index|subindex|category|dimension|sub-ranking|ranking|rankings|index|table|list|leaderboard)"
            r"\s+(?:was|were|is|are|has\s+been)\s+(?:again\s+|also\s+|once\s+more\s+)?(?:topped|led|headed)\s+by\s+"
            r"(?P<who>(?-i:[A-Z])[\w’'-]*(?: (?-i:[A-Z])[\w’'-]*){0,4})",
            1,
        ),
        (  # not "revenue topped 240 billion yuan": a figure passed
            r"\btop(?:ped|s)\b(?!\s+(?:the\s+)?(?:RMB\s?|US\$|\$|¥)?\d|\s+(?:a|one|two|three|four|five|six|seven|eight|"
            r"nine|ten|twenty|thirty|forty|fifty|a hundred|a thousand)\b)|\bcame (?:out )?(?:on )?top\b",
            1,
        ),
        (r"\b(?:is|was|remains|remained|stays|stayed)\s+(?:still\s+|again\s+)?on top\b", 1),  # "Tokyo is still on top"
        (
            r"\b(?:was|were|is|are|finished|came|ended up)\s+(?:as\s+)?(?:the\s+)?runners?-up\b",
            2,
        ),
        (
            r"\b(?:highest|best|top)[- ](?:ranked|placed)\b[^.;]{0,40}?,?\s+at\s+(?:No\.\s?)?"
            r"(?P<ord>" + ordinal + r"|\d+(?:st|nd|rd|th))\b",
            None,
        ),  # "the highest-ranked Chinese entry, at 14th"
        (
            r"(?<![\w-])(?:the\s+)?highest(?!-ranked|-placed| ranked| placed)(?:\s+number)?\b.{0,60}?"
            r"\b(?:in|among|nationwide|in the country)\b",
            1,
        ),
        # "broke into the top 100 for the first time, at 88th"
        (r",\s+at\s+(?:No\.\s?)?(?P<ord>\d{1,3}(?:st|nd|rd|th))\b(?!\s+(?:[A-Z]|street|floor|avenue))", None),
        (r"\bled all\b", 1),
        (  # "entered the top 10 for the first time at ninth"
            r"\b(?:entered|broke into|joined|made)\s+the\s+top\s+\d+\b[^.;,]{0,40}?\bat\s+(?:No\.\s?)?"
            r"(?P<ord>" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))\b",
            None,
        ),
        (r"\b(?:completed|completes|rounded (?:out|off)|rounds (?:out|off))\s+the\s+podium\b", 3),
        (  # "..., pushing Shenzhen down to fourth"
            r"\b(?:push(?:ing|ed)|knock(?:ing|ed)|bump(?:ing|ed)|relegat(?:ing|ed)|drop(?:ping|ped))\s+"
            r"(?P<who>" + _RANKED_NAME + r")\s+(?:down|back)\s+(?:to|into)\s+(?:the\s+)?"
            r"(?P<ord>" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))\b(?:\s+(?:place|position|spot))?",
            None,
        ),
        (  # "Beijing ranked first, with Shanghai second and Hangzhou third" (a gap: only after a rank said)
            r"(?P<gap>,)\s+with\s+(?P<who>" + _RANKED_NAME + r")\s+(?P<ord>" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))"
            r"(?=\s*(?:[,;.)]|$|\s+and\s))",
            None,
        ),
        (  # "Hangzhou (12th), Suzhou (15th) and Wuhan (18th)"
            r"(?P<who>(?-i:[A-Z])[\w’'-]*(?: (?-i:[A-Z])[\w’'-]*){0,4})\s+\((?P<ord>\d{1,3}(?:st|nd|rd|th))\)",
            None,
        ),
        (  # "Fengtai Park, fifth overall, was ...", "Zhangjiang Hi-Tech Park, fourth in 2024, is ..."
            r"(?P<who>(?-i:[A-Z])[\w’'-]*(?: (?-i:[A-Z])[\w’'-]*){0,4}),\s+(?P<ord>"
            + ordinal
            + r"|\d{1,3}(?:st|nd|rd|th))\s+"
            r"(?:overall|in (?:19|20)\d\d|in the (?:19|20)\d\d edition|last year|a year (?:ago|earlier))\s*,",
            None,
        ),
        (  # "Third-ranked Seoul", "the fifth-placed city of Boston"
            r"\b(?P<ord>" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))[- ](?:ranked|placed)\s+(?:city\s+of\s+)?"
            r"(?P<who>" + _RANKED_NAME + r")",
            None,
        ),
        (  # "Ranked at No. 4, Boston ...", "Placed fifth, Seoul ..."
            r"(?:^|[.;]\s+)(?:Ranked|Placed|Ranking|Placing)\s+(?:at\s+)?(?:No\.\s?)?(?P<ord>"
            + ordinal
            + r"|\d{1,3}(?:st|nd|rd|th)?)"
            r"(?:\s+(?:place|overall))?(?:\s+(?P<prior>" + _PRIOR + r"))?,\s+(?P<who>" + _RANKED_NAME + r")",
            None,
        ),
        (  # "Shanghai, in 7th place, was ..."
            r"(?<![\w’'-])(?P<who>"
            + _RANKED_NAME
            + r"),\s+in\s+(?P<ord>"
            + ordinal
            + r"|\d{1,3}(?:st|nd|rd|th))\s+place\s*,",
            None,
        ),
        (  # "Tokyo came in fourth and Shenzhen fifth": a name and its rank after a rank said
            r"(?P<gap>\band)\s+(?:the\s+)?(?P<who>"
            + _RANKED_NAME
            + r")\s+(?P<ord>"
            + ordinal
            + r"|\d{1,3}(?:st|nd|rd|th))\b(?=\s*(?:[,.;)]|$))",
            None,
        ),
        (  # "ahead of Tokyo in second and Beijing in third"
            r"(?<![\w’'-])(?P<who>" + _RANKED_NAME + r")\s+in\s+(?P<ord>" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))"
            r"(?:\s+place)?(?=\s*(?:[,.;)]|and\b|$))",
            None,
        ),
        (  # "Beijing's ninth place compares with Shanghai's fourth"
            r"(?<![\w’'-])(?P<who>" + _RANKED_NAME + r")['’]s\s+(?P<ord>" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))"
            r"\s+(?:place|position|spot)\b",  # not "Beijing's first quantum computer", "China's 14th Five-Year Plan"
            None,
        ),
        (  # "Hefei debuted at 23rd", "entered the ranking at No. 12"
            r"\b(?:debut(?:ed|s)|entered the (?:ranking|index|list|table)|joined the (?:ranking|index|list))"
            r"\s+at\s+(?:No\.\s?(?P<no>\d{1,3})|(?P<ord>"
            + ordinal
            + r"|\d{1,3}(?:st|nd|rd|th)))\b",  # not "at 38 yuan"
            None,
        ),
        (  # "which put Beijing third": the name after the verb
            r"\b(?:puts?|putting|placed|places)\s+(?P<who>(?-i:[A-Z])[\w’'-]*(?: (?-i:[A-Z])[\w’'-]*){0,4})\s+"
            r"(?:in\s+)?(?P<ord>" + ordinal + r"|\d{1,3}(?:st|nd|rd|th))\b"
            r"(?!\s+(?:time|year|edition|consecutive|in line|only|among equals)\b)",
            None,
        ),
        (  # "The city led the research output pillar"
            r"\b(?:led|leads|topped|tops|headed|heads)\s+the\s+(?P<cat>(?:[\w-]+\s+){0,4}?"
            r"(?:pillar|sub-index|subindex|category|dimension))\b",
            1,
        ),
        (  # "Peking University led the life sciences and medicine table": a subject's own table
            r"\b(?:led|leads|topped|tops|headed|heads)\s+the\s+(?P<cat>(?!(?:league|main|overall|whole)\b)"
            r"(?-i:[a-z])[\w-]*(?:\s+(?!(?:at|in|on|of|for|with|by|to|the|a|an|round)\b)(?-i:[a-z])[\w-]*){0,5}?)"
            r"\s+(?:table|sub-ranking|sub-table)\b",
            1,
        ),
        (  # "Tsinghua University heads the Example University League Table for the second year running"
            r"(?<!\bwho )\b(?:led|leads|topped|tops|headed|heads)\s+the\s+(?:(?:19|20)\d\d\s+)?(?-i:[A-Z])[\w’'&-]*"
            r"(?:\s+(?-i:[A-Z])[\w’'&-]*){0,7}\s+(?-i:Index|Indices|Rankings?|Table|Scorecard|Scoreboard|Leaderboard|List)\b"
            r"(?!\s+(?:team|unit|group|department|office|committee|project|staff|desk|work|research|effort|survey|"
            r"at|for|of)\b)",  # "who heads the X Index at the Y Institute": a job
            1,
        ),
        (
            r"\b(?:led|leads|headed|heads)\s+(?:the\s+)?"
            r"(?:ranking|rankings|index|list|table|league table|benchmark)\b"
            r"(?!\s+(?:team|unit|group|department|office|committee|project|staff|desk|work)\b)",  # a job
            1,
        ),
        (r"\b(?:was|is|remained|remains)\s+(?:again\s+|still\s+|also\s+)?the (?:leader|top performer)\b", 1),
        (r"\bleads? (?:the )?(?:nation|country|world)\b", 1),
    ]
    return [(re.compile(pattern, re.I), fixed) for pattern, fixed in patterns]


#: Words of a contest, which is no index: "For the hackathon, X came out on top".
_CONTEST = re.compile(
    r"\b(?:hackathon|contest|competition|challenge|tournament|match|game|race|cup|award|prize|fair|expo|pitch|"
    r"olympiad|league)s?\b",
    re.I,
)

#: Words that say a rank: "top ten", "ranked", "placed", "No. 3", "fifth".
_RANKISH = re.compile(
    r"\b(?:top|rank\w*|plac(?:e|ed|ing)|No\.\s?\d|\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)\b",
    re.I,
)

#: The head words that end an index's name.
_INDEX_HEADS = frozenset("Index Indices Ranking Rankings Scorecard Scoreboard Leaderboard Table List Tracker".split())
