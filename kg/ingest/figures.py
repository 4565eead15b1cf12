"""Numbers in an article's text: figures, number words, ordinals, scales, units and qualifiers.

The extractor (:mod:`kg.ingest.extract`) and the check of a draft's values both read figures
here, so a figure is read one way everywhere. Names with a leading underscore are internal to
:mod:`kg.ingest`.

>>> [(n.value, n.text) for n in _numbers("over 2.5 billion yuan and 300 labs")]
[(2500000000.0, '2.5 billion'), (300.0, '300')]
>>> states_value("up 7.2 percent year on year", 7.2)
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from kg.dataset import QUALIFIER_WORDS
from kg.ingest.measures import CUT_ITS, ITS_NOUN, RAISED_ITS, ROUND_NAME, STAFF_WORDS

_WORD_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}

_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
}

_FRACTIONS = {
    "half": 0.5,
    "one-third": 0.3333,
    "a third": 0.3333,
    "one third": 0.3333,
    "two-thirds": 0.6667,
    "one-quarter": 0.25,
    "a quarter": 0.25,
    "one quarter": 0.25,
    "three-quarters": 0.75,
}
_PARTS = {"fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_NUMERATORS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# "a fifth of", "one-eighth of", "three-tenths of", "four-fifths of"
for _part, _den in _PARTS.items():
    _FRACTIONS[f"{'an' if _part[0] == 'e' else 'a'} {_part}"] = round(1 / _den, 4)
    for _word, _num in _NUMERATORS.items():
        if _num < _den:
            _plural = _part if _num == 1 else _part + "s"
            _FRACTIONS[f"{_word}-{_plural}"] = _FRACTIONS[f"{_word} {_plural}"] = round(_num / _den, 4)


#: Fractions a change is said in ("rose by a fifth", "down by a third"): as percentages.
_CHANGE_FRACTIONS = {
    "half": 0.5,
    "a half": 0.5,
    "a third": 1 / 3,
    "a quarter": 0.25,
    "a fifth": 0.2,
    "a tenth": 0.1,
    "two-thirds": 2 / 3,
    "three-quarters": 0.75,
}

_CHANGE_BY_FRACTION = re.compile(
    r"\b(?:up|down|rose|risen|grew|grown|increased|climbed|jumped|fell|fallen|dropped|declined|decreased|shrank|"
    r"shrunk|slipped)\s+by\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|more than\s+)?"
    r"(?P<frac>a half|half|a third|a quarter|a fifth|a tenth|two-thirds|three-quarters)\b(?!\s+of\b)",
    re.I,
)

_SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "bn": 10**9,
    "mn": 10**6,
    "mln": 10**6,
    "100 million": 10**8,
    "10,000": 10**4,
}

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}

_MONTH_ABBR = {m[:3]: i for m, i in _MONTHS.items()}

#: The months' names as written (capitalized: "may" is mostly a verb).
#: The months' names in lower case, as an alternation (for lower-cased text or case-blind patterns).
_MONTH_WORDS = "|".join(_MONTHS)

_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"

#: The hedging qualifier of a value, from the word before it: the build's own words for each
#: (those that go before a number; "or more" and "or so" go after it and are not read).
_QUALIFIERS = [
    (re.compile(r"\b(?:" + QUALIFIER_WORDS[q] + r")\s*$", re.I), q)
    for q in ("over", "at-least", "around", "nearly", "at-most")
]

_NUMBER = re.compile(
    r"(?<![\w.,$:])(?P<cur>US\$|\$|RMB\s?|¥)?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    # "9,312.7 100 million yuan": the Chinese statistical unit (yi yuan) written out
    r"(?P<scale>\s?(?:thousand|million|billion|trillion|bn)\b|\s100 million(?=\s+(?:yuan|RMB|US dollars|dollars)\b)"
    # "11.36 10,000 invention patents": the Chinese unit of ten thousand (wan), after a decimal
    r"|(?<=\.\d)\s10,000(?![\d,]*\d|-)|(?<=\.\d\d)\s10,000(?![\d,]*\d|-))?"
)

#: An amount written as one adjective: "a 2.5-billion-yuan fund", "a 300-million-dollar deal".
_HYPHENATED_AMOUNT = re.compile(
    r"(?<![\w.,$:-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)-(?:(?P<scale>thousand|million|billion|trillion)-)?"
    r"(?P<cur>yuan|dollar|US-dollar)\b(?=\s+(?-i:[a-z]|" + ROUND_NAME + r"))"
    r"(?!\s+(?:[a-z-]+\s+)?(?:increase|rise|cut|boost|drop|decline|jump|fall|reduction|shortfall)\b)",
    re.I,
)

#: The words for the yuan in a unit ("RMB 3 billion", "(100 million yuan)", "CNY").
_YUAN_WORDS = frozenset({"yuan", "rmb", "cny"})

#: An amount with its unit in brackets, as statistical releases write it: "46.3 (100 million yuan)"
#: (4.63 billion yuan), "512 (10,000 yuan)", "2.1 (billion US dollars)".
_BRACKETED_AMOUNT = re.compile(
    r"(?<![\w.,$:-])(?<!Table )(?<!Figure )(?<!No\. )(?!(?:19|20)\d\d\b)"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*\(\s*"
    r"(?P<scale>" + "|".join(re.escape(w) for w in sorted(_SCALES, key=len, reverse=True)) + r")?\s*"
    r"(?P<cur>yuan|RMB|CNY|US dollars|U\.S\. dollars|dollars|USD)\s*\)",
    re.I,
)

#: A count with its scale in brackets: "1,280 (10,000 sets)" (12.8 million sets), "4.7 (10,000)".
_BRACKETED_COUNT = re.compile(
    r"(?<![\w.,$:-])(?<!Table )(?<!Figure )(?<!No\. )(?!(?:19|20)\d\d\b)"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*\(\s*(?P<scale>10,000|ten thousand|100 million)"
    r"(?:\s+(?P<what>units?|sets?|pieces?|persons?|people|households?|items?|vehicles?|enterprises|companies|"
    r"firms|visitors?|users?|copies|cases|square (?:metres|meters)|tonnes|tons|kilowatt-hours|kwh))?\s*\)"
    r"(?:\s+of(?=\s+[a-z]))?",  # ("... of printers": what is counted)
    re.I,
)

#: A year said in words: "twenty twenty-two", "twenty nineteen".
_WORDED_YEAR = re.compile(
    r"\btwenty[\s-](?:nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b",
    re.I,
)

_ONES = "one|two|three|four|five|six|seven|eight|nine"

_SMALL_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:" + _ONES + r"))?|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + _ONES + ")"
)

#: A number in words: "sixty", "Twenty-three", "nearly two hundred", "close to three billion".
_HUNDREDS = r"(?:(?:a|" + _ONES + r")\s+hundred(?:\s+(?:and\s+)?" + _SMALL_WORDS + r")?|" + _SMALL_WORDS + r")"
#: ... and "one thousand three hundred", "eight thousand four hundred and twelve".
_WORDED = re.compile(
    r"\b(?P<word>(?:" + _HUNDREDS + r"\s+thousand(?:\s+(?:and\s+)?" + _HUNDREDS + r"(?!\s+thousand\b))?|"
    r"a\s+thousand\s+(?:and\s+)?" + _HUNDREDS + r"(?!\s+thousand\b)|" + _HUNDREDS + r")"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?)(?!-(?:year|month|day|week|fold|times)\b)\b",
    re.I,
)

_DIGIT_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
_DIGIT_WORDS |= {"twelve": 12, "twenty": 20}

#: "four in ten", "nine in ten", "two in five": a fraction said in words.
_IN_TEN = re.compile(
    r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbe )"  # (not "X was one in three finalists": one of them)
    r"\b(?P<k>one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+"
    r"(?P<n>ten|twelve|twenty|three|four|five|six|seven|eight|nine)\b(?!-)"
    r"(?!\s+(?:years?|days?|months?|minutes?|seconds?|hundred|thousand|million|billion)\b)",
    re.I,
)

#: "three point four billion": a decimal said in words, before its scale.
_WORDED_POINT = re.compile(
    r"\b(?P<whole>" + _SMALL_WORDS + r")\s+point\s+(?P<digits>(?:(?:zero|one|two|three|four|five|six|seven|eight|"
    r"nine)\s+)+)(?P<scale>thousand|million|billion|trillion)\b",
    re.I,
)

#: "three and a half billion", "one and a half times", "2 and a half million".
_AND_A_HALF = re.compile(
    r"\b(?P<whole>one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+and\s+a\s+half\s+"
    r"(?P<scale>thousand|million|billion|trillion|times)\b",
    re.I,
)

_DOZEN = re.compile(
    r"\b(?P<count>half\s+a|a|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+dozen\b(?!s)(?!\s+of\b)",
    re.I,
)

_FOLD = re.compile(r"\b(?P<word>two|three|four|five|six|seven|eight|nine|ten)fold\b", re.I)

#: "twice" where it is a multiple of a level: "twice that of 2012", "twice its 2020 level".
_TWICE = re.compile(  # ("nearly double the 2023 figure", "triple its 2020 level": the same)
    r"\b(?P<times>twice|double|triple|treble)(?=\s+(?:that|those|what|(?:its|their|the)\s+(?:(?:19|20)\d\d\s+)?"
    r"(?:level|figure|amount|total|value|number)))"
)

#: A multiple said by its verb: "R&D spending almost doubled" is 2 times what it was, and so is
#: "doubled its revenue"; not "doubled the size of ..." (whose measure the verb does not name).
_MULTIPLIED = re.compile(
    r"\b(?P<verb>doubled|tripled|trebled|quadrupled)\b(?!\s+(?:the|his|her)\b)"
    r"(?!\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:efforts?|commitment|focus|bets?|push|work|attention|resolve|support|"
    r"stake|ambitions?|presence)\b)"  # "doubled its efforts to": no figure
)

_MULTIPLES = {"doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4}

_FRACTION = re.compile(
    r"(?<!first )(?<!second )(?<!third )(?<!fourth )(?<!last )\b(?P<frac>"
    + "|".join(re.escape(f) for f in _FRACTIONS)
    + r") of\b(?! (?:the |a |an )?(?:price|cost|size|power|way|distance|weight|time|speed|length|energy|level)s?\b)"
    + r"(?! (?:the )?(?:year|"
    + "|".join(["19", "20"])
    + r"))",
    re.I,
)

_YEAR = r"(1[89]\d\d|20\d\d)"


@dataclass
class _Number:
    value: float
    start: int
    end: int
    unit: str | None
    text: str
    word: bool = False  # spelled out


def how_many(word: str) -> int | None:
    """A small count written in figures or in words ("12", "nine", "Fourteen").

    >>> how_many("12"), how_many("Fourteen"), how_many("several")
    (12, 14, None)
    """
    return int(word) if word.isdigit() else _WORD_NUMBERS.get(word.lower())


def _clean(value: float) -> int | float:
    rounded = round(value, 4)
    return int(rounded) if rounded == int(rounded) else rounded


def _numbers(s: str) -> list[_Number]:
    out: list[_Number] = []
    taken: list[tuple[int, int]] = []
    for m in _FRACTION.finditer(s):
        out.append(_Number(_FRACTIONS[m.group("frac").lower()], m.start(), m.end("frac"), "fraction", m.group("frac")))
        taken.append((m.start(), m.end()))
    for m in _CHANGE_BY_FRACTION.finditer(s):  # "rose by a fifth": a change of 20 percent
        if not any(a <= m.start("frac") < b for a, b in taken):
            share = _CHANGE_FRACTIONS[m.group("frac").lower()]
            out.append(_Number(round(share * 100, 1), m.start("frac"), m.end("frac"), "percent", m.group("frac")))
            taken.append((m.start("frac"), m.end("frac")))
    for m in _FOLD.finditer(s):
        out.append(_Number(_WORD_NUMBERS[m.group("word").lower()], m.start(), m.end(), "times", m.group()))
        taken.append((m.start(), m.end()))
    for m in _MULTIPLIED.finditer(s):
        out.append(_Number(_MULTIPLES[m.group("verb")], m.start(), m.end(), "times", m.group(), word=True))
        taken.append((m.start(), m.end()))
    for m in _TWICE.finditer(s):  # "twice its 2020 level", not "visited twice"
        times = 3 if m.group("times").lower() in ("triple", "treble") else 2
        out.append(_Number(times, m.start(), m.end(), "times", m.group(), word=True))
        taken.append((m.start(), m.end()))
    for m in _AND_A_HALF.finditer(s):  # "three and a half billion yuan": 3.5 billion
        whole = m.group("whole").lower()
        value = (int(whole) if whole.isdigit() else _WORD_NUMBERS[whole]) + 0.5
        scale = m.group("scale").lower()
        if scale == "times":
            out.append(_Number(value, m.start(), m.end(), "times", m.group(), word=True))
        else:
            out.append(_Number(value * _SCALES[scale], m.start(), m.end(), None, m.group(), word=True))
        taken.append((m.start(), m.end()))
    for m in _DOZEN.finditer(s):  # "a dozen", "two dozen" (not "several dozen": no number)
        count = m.group("count").lower()
        if count != "several":
            dozens = 1 if count in ("a", "one") else 0.5 if count.startswith("half") else _WORD_NUMBERS[count]
            out.append(_Number(12 * dozens, m.start(), m.end(), None, m.group(), word=True))
        taken.append((m.start(), m.end()))
    for m in _HYPHENATED_AMOUNT.finditer(s):  # "a 2.5-billion-yuan fund"
        value = float(m.group("num").replace(",", "")) * (_SCALES[m.group("scale").lower()] if m.group("scale") else 1)
        currency = "usd" if m.group("cur").lower().startswith(("dollar", "us")) else "yuan"
        out.append(_Number(value, m.start(), m.end(), currency, m.group()))
        taken.append((m.start(), m.end()))
    for m in _BRACKETED_AMOUNT.finditer(s):  # "46.3 (100 million yuan)"
        if not any(a <= m.start() < b for a, b in taken):
            scale = _SCALES[m.group("scale").lower()] if m.group("scale") else 1
            value = float(Decimal(m.group("num").replace(",", "")) * scale)
            currency = "yuan" if m.group("cur").lower() in _YUAN_WORDS else "usd"
            out.append(_Number(value, m.start(), m.end(), currency, m.group()))
            taken.append((m.start(), m.end()))
    for m in _BRACKETED_COUNT.finditer(s):  # "1,280 (10,000 sets)"
        what = (m.group("what") or "").lower()
        if not any(a <= m.start() < b for a, b in taken) and what not in _YUAN_WORDS and "dollar" not in what:
            scale = 10**8 if m.group("scale").lower() == "100 million" else 10**4
            value = float(Decimal(m.group("num").replace(",", "")) * scale)
            # "employed 2.35 (10,000 persons) at year-end": the figure ends before what it counts, which names it
            transitive = re.search(
                r"\b(?:employ|hire|train|serve|host|house|attract|have|has|had)(?:s|ed|d)?\s+(?:about |around |some |"
                r"nearly |more than |over )?$",
                s[: m.start()],
            )
            end = m.start("what") - 1 if what and transitive and not m.group().endswith("of") else m.end()
            out.append(_Number(value, m.start(), end, None, m.group()[: end - m.start()]))
            taken.append((m.start(), m.end()))
    for m in _NUMBER.finditer(s):
        if any(a <= m.start() < b for a, b in taken):
            continue
        after = s[m.end() :]
        if re.match(r"(?:st|nd|rd|th)\b|[A-Za-z]|:\d|-(?!percent|fold|year-old|times)", after):
            continue  # 13th, 5G, 09:42, 2021-25
        if re.search(r"[A-Za-z]-$", s[: m.start()]):
            continue  # part of a name or a model: COVID-19, A-10, MW-2
        value = float(m.group("num").replace(",", ""))
        if m.group("scale"):  # exactly: 9,312.7 times 10^8 is 931,270,000,000, not a float's near miss
            value = float(Decimal(m.group("num").replace(",", "")) * _SCALES[m.group("scale").strip().lower()])
        unit = "usd" if m.group("cur") in ("$", "US$") else "yuan" if m.group("cur") else None
        out.append(_Number(value, m.start(), m.end(), unit, m.group()))
    for m in _IN_TEN.finditer(s):  # "four in ten of the city's firms", "one in seven": a fraction
        if _DIGIT_WORDS[m.group("k").lower()] < _DIGIT_WORDS[m.group("n").lower()] and not any(
            a <= m.start() < b for a, b in taken
        ):
            share = _DIGIT_WORDS[m.group("k").lower()] / _DIGIT_WORDS[m.group("n").lower()]
            out.append(_Number(round(share, 4), m.start(), m.end(), "fraction", m.group(), word=True))
            taken.append((m.start(), m.end()))
    for m in _WORDED_POINT.finditer(s):  # "three point four billion yuan": 3.4 billion
        if not any(a <= m.start() < b for a, b in taken):
            whole = _worded_value(m.group("whole"), None)
            if whole is not None:
                decimals = "".join(str(_DIGIT_WORDS[w.lower()]) for w in m.group("digits").split())
                value = float(Decimal(f"{whole}.{decimals}") * _SCALES[m.group("scale").lower()])
                out.append(_Number(value, m.start(), m.end(), None, m.group(), word=True))
                taken.append((m.start(), m.end()))
    taken += [(m.start(), m.end()) for m in _WORDED_YEAR.finditer(s)]  # "in twenty twenty-two": a year, no figure
    for m in _WORDED.finditer(s):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if (
            m.group("word").lower() == "zero"
            or (
                m.group("word").lower() == "one"
                # (but the last part of a breakdown by place: "six in Haidian, two in Changping and one in Huairou")
                and not (
                    re.search(
                        r"\d[\w%]*\s+in\s+[A-Z][^,;]*,?\s+and\s+$|\b(?:two|three|four|five|six|seven|eight|nine)\s+in\s+"
                        r"[A-Z][^,;]*,?\s+and\s+$",
                        s[: m.start()],
                    )
                    and re.match(r"one\s+in\s+(?:the\s+)?[A-Z]", s[m.start() :], re.I)
                    and not m.group("scale")
                )
            )
        ):
            continue
        worded = _worded_value(m.group("word"), m.group("scale"))
        if worded is not None:
            out.append(_Number(worded, m.start(), m.end(), None, m.group(), word=True))
    return sorted(out, key=lambda n: n.start)


def _worded_value(words: str, scale: str | None) -> float | None:
    """The value of a number in words ("Twenty-three", "a hundred and five", "three billion").

    >>> _worded_value("Twenty-three", None), _worded_value("a hundred and five", None)
    (23, 105)
    >>> _worded_value("three billion", "billion"), _worded_value("one thousand three hundred", None)
    (3000000000, 1300)
    """
    from text_to_num import text2num

    said = words[: -len(scale)].strip() if scale else words
    said = re.sub(r"^a\s+", "one ", said.lower().replace("-", " ").replace(",", ""))
    try:
        value = int(text2num(said, "en"))
    except ValueError:
        return None
    return value * _SCALES[scale.lower()] if scale else value


def _unit_after(s: str, n: _Number) -> tuple[str | None, int]:
    """The unit written right after a number, and where it ends."""
    after = s[n.end :]
    rules = [
        (r"\s?(?:%|percent\b|per cent\b)|-percent\b", "percent"),
        (r"\s?(?:yuan|RMB)\b", "yuan"),
        (r"\s?(?:US dollars|U\.S\. dollars|dollars|USD)\b", "usd"),
        (r"\s?times\b|-fold\b|fold\b", "times"),
        (r"-year-old\b", "years"),
        (r"\s?minutes?\b", "minutes"),
    ]
    for pattern, unit in rules:
        m = re.match(pattern, after, re.I)
        if m:
            return unit, n.end + m.end()
    return None, n.end


def _first_clause(s: str, at: int) -> bool:
    """Whether offset ``at`` of ``s`` lies in its first clause: what an opening phrase such as
    "Per resident," holds for.

    >>> _first_clause("Per resident, it spent 9 yuan, and its total was 30 yuan.", 23)
    True
    >>> _first_clause("Per resident, it spent 9 yuan, and its total was 30 yuan.", 50)
    False
    """
    return not re.search(r"[;.]\s|,\s+(?:and|but|while|whereas)\s", s[:at])


def _rate_unit(clause_after: str) -> str | None:
    if re.search(
        r"\b(?:per|for every|for each) (?:10,000|10 000|ten thousand) "
        r"(?:(?:rural|urban|permanent|registered|local|adult|working-age|resident) )?"
        r"(?:people|residents|population|inhabitants)\b",
        clause_after,
        re.I,
    ):
        return "per-10k-people"
    if re.search(
        r"\b(?:per|for every|for each) (?:10,000|10 000|ten thousand) "
        r"(?:[\w&-]+ )?(?:" + STAFF_WORDS + r")\b",
        clause_after,
        re.I,
    ):
        return "per-10k-employees"
    if re.search(r"\b(?:per|every|a) day\b|\bdaily\b", clause_after, re.I):
        return "per-day"
    return None


def _qualifier(before: str) -> str | None:
    """The qualifier the words right before a value say: of the longest hedge that ends there.

    >>> _qualifier("had more than "), _qualifier("had no more than "), _qualifier("had ")
    ('over', 'at-most', None)
    """
    tail = before[-40:]
    best: tuple[int, str] | None = None
    for pattern, name in _QUALIFIERS:
        m = pattern.search(tail)
        if m and (best is None or m.start() < best[0]):  # "no more than", not "more than"
            best = (m.start(), name)
    return best[1] if best else None


_GROWTH_BEFORE = re.compile(
    r"\b(?:(?<!made )(?<!make )(?<!makes )(?<!making )up|down|"  # not "made up 43 percent"
    r"rose|rising|risen|grew|grown|growing|increased|increasing|climbed|jumped|surged|gained|"
    r"fell|dropped|declined|decreased|expanded|shrank|slipped|slid|edged (?:up|down)|contracted|"
    r"falling|slipping|dropping|declining|decreasing|sliding|climbing|jumping|surging|shrinking|"
    r"(?:an? )?(?:year-on-year |annual |yearly )?"
    r"(?:increase|rise|growth|jump|gain|decline|drop|decrease)(?: rate)?"
    # "its growth slowed to 11.8 percent"
    r"(?:\s+(?:slowed|eased|accelerated|quickened|picked up|fell|rose|dropped|climbed))?)"
    r"(?:\s+(?:of|by|at|to))?\s+(?:about |around |nearly |almost |over |more than |some |roughly )?$",
    re.I,
)

_GROWTH_AFTER = re.compile(
    r"\s*(?:year on year|year-on-year|from a year (?:earlier|before|ago)|over the (?:same|previous) (?:period|year)|"
    # not "than Chaoyang's" (another place's figure) nor "than expected" (a forecast's)
    r"(?:more|higher|up|lower|less) (?:than|from|on)(?!\s+(?:(?:that of |those of )?(?!(?:" + _MONTH_WORDS + r")\b)"
    r"(?-i:[A-Z][a-z])|expected|forecast|planned|targeted|predicted|estimated|hoped))"
    r"|on a yearly basis|compared (?:with|to)|from (?:the )?(?:last|"
    r"previous|a) year|increase|growth|rise|jump|gain)\b",
    re.I,
)


def _is_growth(before: str, after: str) -> bool:
    """Whether a percentage is a rate of change ("up 7.2 percent year on year", "an increase of 12 percent").

    >>> _is_growth("revenue of 4.1 trillion yuan, up ", " year on year")
    True
    >>> _is_growth("accounting for ", " of GDP"), _is_growth("Researchers under 35 made up ", " of the total")
    (False, False)

    A level a share or rate reached is no change: "its share rose to 38 percent".

    >>> _is_growth("Haidian's share of the city's R&D spending rose to ", " in 2023")
    False
    >>> _is_growth("The growth rate of output rose to ", " in 2023")
    True
    >>> _is_growth("The city's unemployment rate fell to ", " in 2023")
    False
    >>> _is_growth("The firm increased its revenue by ", " to 180 million yuan")
    True
    """
    reached = re.search(
        r"\b(?:rose|risen|grew|grown|increased|climbed|jumped|surged|gained|fell|dropped|declined|decreased|"
        r"slipped|slid|edged (?:up|down))\s+to\s+(?:about |around |nearly |almost |over |more than |some |roughly )?$",
        before[-60:],
        re.I,
    )
    if reached and not re.search(r"\b(?:growth|increase)\b[^,;.]*$", before[: reached.start()], re.I):
        return bool(_GROWTH_AFTER.match(after))
    return bool(_GROWTH_BEFORE.search(before[-60:]) or _GROWTH_AFTER.match(after) or _CHANGED_ITS.search(before[-80:]))


#: A change said with a transitive verb before its size: "increased its revenue by", "cut its costs by".
_CHANGED_ITS = re.compile(
    r"\b(?:"
    + RAISED_ITS
    + "|"
    + CUT_ITS
    + ")"
    + ITS_NOUN
    + r"by\s+(?:about |nearly |almost |roughly |some |more than |over )?$",
    re.I,
)


def _ranges(s: str, values: list[_Number]) -> dict[int, int]:
    """Ranges written as two figures ("between 8 million and 12 million yuan", "18 to 22 percent",
    "18,000 to 20,000 people"): the high end's offset -> the low end's.

    >>> sorted(_ranges("between 8 and 12 yuan, then 3", _numbers("between 8 and 12 yuan, then 3")).items())
    [(14, 8)]
    """
    out: dict[int, int] = {}
    for low, high in zip(values, values[1:], strict=False):
        if (low.unit != high.unit and "percent" in (low.unit, high.unit)) or _MULTIPLIED.fullmatch(low.text):
            continue  # "rose by a fifth to 41,500", "doubled to 180 million": a change, then the level it reached
        gap = s[low.end : high.start]
        between = re.search(r"\bbetween\s+(?:about\s+|around\s+)?(?:US\$|\$|RMB\s?)?$", s[: low.start], re.I)
        if re.fullmatch(r"(?:\s*(?:percent|per cent|%|yuan))?\s+and\s+", gap) and between:
            out[high.start] = low.start
        elif (
            re.fullmatch(r"(?:\s*(?:percent|per cent|%))?\s*(?:to|–|-)\s*", gap)
            and not re.search(r"\bfrom\s+(?:about\s+|around\s+)?(?:US\$|\$|RMB\s?)?$", s[: low.start])
            and not (re.match(r"\s*(?:percent|per cent|%)", gap) and _unit_after(s, high)[0] != "percent")
        ):  # not "rose 12.7 percent to 612 billion yuan": a change, then the amount it came to
            out[high.start] = low.start
    return out


def _is_year(n: _Number, s: str) -> bool:
    if n.word or n.unit or "," in n.text or "." in n.text or not 1800 <= n.value <= 2100:
        return False
    unit, _ = _unit_after(s, n)
    return unit is None


def _ordinal(text: str) -> int | None:
    text = text.lower()
    if text == "top":
        return 1
    if text in _ORDINALS:
        return _ORDINALS[text]
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", text)
    return int(m.group(1)) if m else None


#: Words that say a rank of 1 without a number ("topped the list", "led the ranking").
_FIRST = re.compile(
    r"\b(?:top(?:s|ped|ping)?|first|led|leads?|leading|head(?:s|ed)? the|no\.?\s?1|number one|1st|highest|best)\b", re.I
)


def stated_values(text: str) -> list[float]:
    """Every quantity a text states, in any written form: figures with their scale ("320.23
    billion" is 320,230,000,000), spelled-out numbers, fractions ("one-third"), folds
    ("threefold") and ordinals ("fifth"); what the build checks a fact's value against.

    >>> stated_values("over 320.23 billion yuan, one-third of the total, the fifth year")
    [320230000000.0, 0.3333, 5.0]
    >>> stated_values("one-eighth of sales, three-tenths of it, a fifth of them, one in seven of its staff")
    [0.125, 0.3, 0.2, 0.1429]
    """
    out = [round(n.value, 4) for n in _numbers(text)]
    words = _IN_TEN.sub(" ", _FRACTION.sub(" ", text))  # "one-third" is a third, not one and a third place
    out += [1.0] if re.search(r"\bone\b", words, re.I) else []
    for m in re.finditer(r"\b[A-Za-z]+\b|\b\d+(?:st|nd|rd|th)\b", words):
        rank = _ordinal(m.group()) if m.group().lower() in _ORDINALS or m.group()[0].isdigit() else None
        if rank is not None:
            out.append(float(rank))
    return sorted(set(out), key=out.index)


def states_value(text: str, value: float, *, rank: bool = False) -> bool:
    """Whether ``text`` states ``value``. A rank may also be said by its place in a list the
    text ranks: of 1, in words such as "topped"; of 2, "runner-up"; up to N, "the top N were
    A, B and C"; above a rank stated, "third, behind A and B"; below one, "sixth, ahead of A".

    >>> states_value("Beijing ranked fifth", 5, rank=True), states_value("over 300 firms", 3000)
    (True, False)
    >>> [states_value("the top three were A, B and C", r, rank=True) for r in (2, 4)]
    [True, False]
    >>> [states_value("Beijing placed third, behind A and B", r, rank=True) for r in (1, 2, 4)]
    [True, True, False]
    >>> [states_value("Suzhou came sixth, ahead of A and B", r, rank=True) for r in (5, 7, 8)]
    [False, True, True]
    >>> [states_value("Tokyo topped the list, followed by A and B", r, rank=True) for r in (2, 3, 4)]
    [True, True, False]
    >>> [states_value(t, 140.3e9) for t in ("R&D (billion yuan)\\nHaidian 140.3", "Haidian 140.3", "140.3, 2 billion")]
    [True, False, False]
    >>> states_value("Revenue (100 million yuan) (million) (thousand) (billion)\\n318.7", 1e9)  # scaled once
    False
    >>> states_value("Revenue | 100 million yuan | 146.1", 146.1e8), states_value("Devices   10,000   3.9", 39e3)
    (True, True)
    >>> states_value("Haidian 51 118.4\\nNote: Firms at the end of 2026. Revenue in 100 million yuan.", 118.4e8)
    True
    """
    if not rank and value:  # "(billion yuan)" over a table whose row says "140.3": 140.3 billion
        for word, scale in _SCALES.items():  # scaled once (each scale word of the text, not one upon another)
            noted = (
                re.search(rf"\((?:[^()]*\s)?{re.escape(word)}\b[^()]*\)", text, re.I)
                or re.search(rf"\bunits?\s*:\s*(?:[^\n.;:]*\s)?{re.escape(word)}\b", text, re.I)
                # (a run of blanks matched only from where it starts: linear time over a long one)
                or re.search(rf"(?:\|\s*|(?<!\s)\s{{2,}}){re.escape(word)}\b[^|\n\d]{{0,20}}(?:\||\s{{2,}})", text)
                # "Note: ... Revenue in 100 million yuan." under a table
                or re.search(rf"^notes?\s*[:：][^\n]*(?:\n[^\n]+)?\bin\s+{re.escape(word)}\b", text, re.I | re.M)
            )
            # "Notes: Unit: 100 million yuan." under a table; "Revenue | 100 million yuan | 146.1": a unit column
            if noted and _states(text, value / scale, rank=False):
                return True
    return _states(text, value, rank=rank)


def _states(text: str, value: float, *, rank: bool) -> bool:
    """Whether ``text`` states ``value`` as it stands (see :func:`states_value`)."""
    if rank and value == 1 and _FIRST.search(text):
        return True
    if rank and value == 2 and re.search(r"\brunners?-up\b", text, re.I):
        return True
    if rank and value >= 1:
        for m in re.finditer(r"\btop\s+(\d+|[a-z]+)\b", text, re.I):
            said = int(m.group(1)) if m.group(1).isdigit() else _WORD_NUMBERS.get(m.group(1).lower())
            if said is not None and value <= said:
                return True
        if re.search(r"\b(?:behind|trail(?:s|ed|ing)?)\b", text, re.I) and any(
            v == int(v) and value < v <= 200 for v in stated_values(text)
        ):
            return True
        if re.search(r"\b(?:ahead of|followed by)\b", text, re.I) and any(
            v == int(v) and 1 <= v < value <= v + 5 for v in stated_values(text)
        ):
            return True  # "Suzhou came sixth, ahead of Wuhan and Nanjing": seventh and eighth
        topped = re.search(
            r"\b(?:top(?:s|ped)|led|leads|headed|heads)\b[^.;]{0,80}?,?\s+followed by\s+([^.;]+)", text, re.I
        )
        if topped and 2 <= value <= 1 + len(re.split(r",\s*(?:and\s+)?|\s+and\s+", topped.group(1).strip())):
            return True  # "Tokyo topped the index, followed by A and B": second and third, no further
    value = abs(value)  # a decline ("fell 3.2 percent") is a change of -3.2
    return any(abs(v - value) <= 1e-6 * max(1.0, value) or abs(v - value) < 5e-4 for v in stated_values(text))
