"""What a number in a sentence counts: the words that name its measure.

A figure's measure is read from the words around it, the way a reader does:

- a count names it after the number ("320 energy technology companies"), and the verb that
  produced the count belongs to it when it is an event, not a state: "registered 2,164 new
  technology enterprises" counts *new technology enterprises registered*, where "hosts 320
  companies" counts companies;
- an amount or a share names it before the number ("total revenue of 4.12 trillion yuan",
  "their combined output reached 48.5 billion yuan"), or by what was done with the money
  ("spent 48.3 billion yuan on basic research" is *spending on basic research*);
- a share of something is the share of that thing ("58 percent of the quarter's funding").

The result is a short phrase, or None when the sentence does not name what the number
counts: a fact without a meaningful measure is worse than no fact, so callers drop it.

>>> measure_phrase("The park registered ", " new technology enterprises between January and June", "count")
'new technology enterprises registered'
>>> measure_phrase("enterprises achieved total revenue of ", ", up 8.1 percent", "yuan")
'total revenue'
>>> measure_phrase("Beijing spent ", " on basic research in 2023", "yuan")
'spending on basic research'
>>> measure_phrase("It said ", ".", "count") is None
True
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

__all__ = [
    "measure_phrase",
    "names_a_measure",
    "of_kind",
    "COUNT_UNITS",
    "EVENT_WORDS",
    "HOLDING_WORDS",
    "CHANGE_AMOUNT",
]

#: Groups of people counted among others: "women among its researchers".
_GROUPS = frozenset("women men foreigners foreign nationals returnees graduates doctorates".split())
#: Units of mass and volume a count of a substance is said in ("21,400 tonnes of hydrogen").
_MASS_UNITS = frozenset("tonnes tons tonne ton kilograms kilogrammes kg litres liters cubic barrels".split())
#: Units whose figures count things named after the number.
COUNT_UNITS = frozenset({"count", "per-day", "per-10k-people", "per-10k-employees"})

_WORD = r"(?:[A-Za-z]|\d[A-Z](?![a-z])|\d+-(?=[a-z]))[\w’'&/-]*"  # a word, or a name such as "5G", "3D", "14-day"
#: Words that end the noun phrase after a number.
#: Number words a noun phrase may hold after a determiner ("the two airports").
_FEW = frozenset("two three four five six seven eight nine ten eleven twelve".split())
_ENDS = set(
    """in at on from to by with for during across under over since into through per between within among
    after before than like including via against toward towards about around amid despite except without
    alongside beside besides beyond behind
    is are was were be been being have has had will would can could may might shall should must do does did
    that which who whom whose where when while as if because so but or nor yet
    now also already still each all together alone currently recently just only even again both either
    today yesterday tomorrow presently
    last this next same previous past first second third this these those its their his her our
    worth valued totalling totaling amounting costing up down a an the
    year years month months week weeks day days earlier later ago before
    went came made took gave got grew rose fell began saw held won led left kept became come comes go goes becomes
    expects expect expected forecasts
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred dozen""".split()
)
#: Words before a number that keep the noun before them from being its measure.
#: A match starts only where the text is not already in whitespace (the leftmost match always
#: does), so a long run of spaces costs linear time, not quadratic.
_QUALIFIER_TAIL = re.compile(
    r"(?:(?<=\S)|^)\s*(?:(?:a total of|an estimated|more than|less than|fewer than|no fewer than|no less than|at least|"
    r"up to|as many as|as much as|close to|just over|just under|nearly|almost|about|around|approximately|"
    r"roughly|some|over|only|just|another|a further|an additional|a record|something like|in the region of|"
    r"(?<!worth\s)(?:a combined|a collective|an aggregate|a cumulative)|"
    r"a little|a bit|a shade|slightly|well|"
    r"the)\s+)*"
    r"(?:US\$|\$|RMB\s?|¥)?$",
    re.I,
)
#: How much a figure changed: "20 percent", "3.2%", "a fifth", "two-thirds".
CHANGE_AMOUNT = (
    r"(?:[\d.,]+\s*(?:percent|per cent|%)|a half|half|a third|a quarter|a fifth|a tenth|two-thirds|three-quarters)"
)
#: Verbs after which a count is of things the verb produced (an event), in their past
#: participle: the measure then names the event ("patents granted").
_EVENT_VERBS = {
    "added": "added",
    "adds": "added",
    "gained": "added",
    "gains": "added",
    "admitted": "admitted",
    "approved": "approved",
    "attracted": "attracted",
    "awarded": "awarded",
    "backed": "backed",
    "booked": "booked",
    "graduated": "graduated",
    "joined": "joined",
    "built": "built",
    "certified": "certified",
    "closed": "closed",
    "delivered": "delivered",
    "deployed": "deployed",
    "exported": "exported",
    "installed": "installed",
    "merged": "merged",
    "produced": "produced",
    "ships": "shipped",
    "shipped": "shipped",
    "completed": "completed",
    "created": "created",
    "established": "established",
    "filed": "filed",
    "founded": "founded",
    "funded": "funded",
    "granted": "granted",
    "hired": "hired",
    "incubated": "incubated",
    "introduced": "introduced",
    "issued": "issued",
    "launched": "launched",
    "licensed": "licensed",
    "opened": "opened",
    "published": "published",
    "recruited": "recruited",
    "registered": "registered",
    "released": "released",
    "selected": "selected",
    "signed": "signed",
    "sold": "sold",
    "spun": "spun out",
    "started": "started",
    "supported": "supported",
    "trained": "trained",
    "unveiled": "unveiled",
    "welcomed": "welcomed",
    "accepted": "accepted",
    "acquired": "acquired",
    "analysed": "analysed",
    "analyzed": "analyzed",
    "assembled": "assembled",
    "authorized": "authorized",
    "bought": "bought",
    "commercialized": "commercialized",
    "commissioned": "commissioned",
    "conducted": "conducted",
    "designed": "designed",
    "developed": "developed",
    "diagnosed": "diagnosed",
    "discovered": "discovered",
    "dispatched": "dispatched",
    "distributed": "distributed",
    "enrolled": "enrolled",
    "evaluated": "evaluated",
    "flew": "flown",
    "implanted": "implanted",
    "imported": "imported",
    "inspected": "inspected",
    "manufactured": "manufactured",
    "performed": "performed",
    "planted": "planted",
    "processed": "processed",
    "purchased": "purchased",
    "ran": "run",
    "screened": "screened",
    "sequenced": "sequenced",
    "sponsored": "sponsored",
    "submitted": "submitted",
    "surveyed": "surveyed",
    "tested": "tested",
    "transferred": "transferred",
    "treated": "treated",
    "visited": "visited",
    "wrote": "written",
}
#: Verbs after which a count is of what the verb holds or handles, not of an event: the
#: measure names the holding ("projects hosted", "bookings taken").
_HOLDING_VERBS = {
    "hosts": "hosted",
    "host": "hosted",
    "hosted": "hosted",
    "houses": "housed",
    "housed": "housed",
    "lists": "listed",
    "listed": "listed",
    "handles": "handled",
    "handled": "handled",
    "serves": "served",
    "served": "served",
    "manages": "managed",
    "managed": "managed",
    "operates": "operated",
    "operated": "operated",
    "runs": "run",
    "taken": "taken",
    "took": "taken",
    "takes": "taken",
    "employs": "employed",
    "employed": "employed",
    "covers": "covered",
    "covered": "covered",
    "rates": "rated",
    "rated": "rated",
    "assesses": "assessed",
    "assessed": "assessed",
    "tracks": "tracked",
    "tracked": "tracked",
}
#: The participles that name what a body holds ("projects hosted"): the same things as the bare noun.
HOLDING_WORDS = frozenset(_HOLDING_VERBS.values())
#: The participles that make a count an event's.
EVENT_WORDS = frozenset(w for v in _EVENT_VERBS.values() for w in v.split() if w.endswith("ed"))
#: Verbs whose amount is named by what the money went to.
_MONEY_VERBS = {
    "spent": "spending",
    "spend": "spending",
    "spends": "spending",
    "invested": "investment",
    "invest": "investment",
    "invests": "investment",
    "allocated": "funding allocated",
    "committed": "funding committed",
    "earmarked": "funding earmarked",
    "raised": "funding raised",
    "raise": "funding raised",
    "attracted": "investment attracted",
    "drew": "investment attracted",
    "received": "funding received",
    "secured": "funding secured",
    "provided": "funding provided",
    "paid": "payments",
    "disbursed": "funding disbursed",
    "generated": "revenue",
    "earned": "revenue",
    "exported": "exports",
    "imported": "imports",
    # money put into something: investment in it ("put 2.6 billion yuan into pilot platforms")
    "put": "investment",
    "puts": "investment",
    "poured": "investment",
    "pumped": "investment",
    "injected": "investment",
    "ploughed": "investment",
    "plowed": "investment",
    "channelled": "investment",
    "channeled": "investment",
}
#: Money put into bodies or projects, before their count: "invested 3.6 billion yuan in", "committed 240
#: million yuan to", "has put money into", "invested in".
_BACKED = re.compile(
    r"\b(?:invested|invests|invest|investing|committed|commits|put|puts|poured|injected)\s+"
    r"(?:(?:money|capital|funds?|about|around|some|nearly|over|more than|a total of|[\d.,]+|billion|million|"
    r"thousand|yuan|dollars|US|\$)\s+){0,6}(?:in|into|to)\s*$"
)
#: Verbs linking a measure before them to a figure after them ("revenue reached 4 billion").
_LINKS = (
    r"were worth|was worth|is worth|are worth|were valued at|was valued at|"
    r"(?:is|was|are|were) (?:estimated|put|projected|expected|forecast|set) (?:at|to reach|to hit|to top)|"
    # a target: "will reach", "is to exceed", "should top"
    r"(?:will|(?:is|are) (?:set |expected |projected |forecast |due |planned )?to) "
    r"(?:reach|hit|exceed|top|total|surpass|rise to|grow to|increase to|climb to)|"
    # what someone expects a measure to do: "The bureau expects revenue in the sector to reach"
    r"to (?:reach|hit|exceed|top|surpass|pass|rise to|grow to|increase to|climb to)|"
    r"reached|hit|exceeded|topped|surpassed|totall?ed|stood at|stands at|stand at|came to|amounted to|"
    r"(?:(?:has|have|had)\s+)?averaged|averages|"
    r"rose to|grew to|climbed to|"
    # "had grown to 3,400", "has risen from 12"
    r"(?:has|have|had) (?:grown|risen|climbed|jumped|increased|fallen|dropped|declined|expanded|shrunk) (?:to|from)|"
    r"jumped to|increased to|fell to|dropped to|declined to|was|were|is|are|of|at|worth|valued at|totall?ing|"
    r"rose from|grew from|increased from|climbed from|jumped from|fell from|dropped from|declined from|went from|"
    r"moved from|went up from|went down from|"
    r"amounting to|equal to|equivalent to|accounted for|accounting for|making up|made up|represented|"
    r"representing|came in at|come in at|comes in at|ran to|hit a record|numbered|numbering|"
    r"(?<![Aa] )(?<![Tt]he )numbers?|"
    r"brought in|"
    r"(?:grew|rose|fell|increased|decreased|declined|dropped|climbed|jumped|expanded|shrank|surged|slipped|edged up|"
    r"edged down|(?:was|were|is|are) (?:up|down))(?: by)?"
)
_DETERMINERS = set("the a an its their his her our this that these those such".split())
_VERBISH = set(
    "achieved recorded posted reported saw registered attracted raised received generated had has have with "
    "hit reached put spent invested allocated committed set earned generated logged booked realized realised "
    "delivered made secured brought".split()
)


#: Present participles not made by adding "-ing" to the stem of the past one.
_IRREGULAR_PRESENT = {"building": "built", "selling": "sold", "making": "made", "taking": "taken", "running": "run"}


def _inflected(verb: str, verbs: dict[str, str]) -> str | None:
    """The participle naming ``verb`` in ``verbs`` (keyed by some of its forms), from any of
    its forms: "ship", "ships", "shipping" and "shipped" all name "shipped".

    >>> _inflected("supporting", _EVENT_VERBS), _inflected("ship", _EVENT_VERBS), _inflected("employ", _HOLDING_VERBS)
    ('supported', 'shipped', 'employed')
    >>> _inflected("issuing", _EVENT_VERBS), _inflected("hiring", _EVENT_VERBS), _inflected("said", _EVENT_VERBS)
    ('issued', 'hired', None)
    >>> _inflected("found", _EVENT_VERBS), _inflected("founding", _EVENT_VERBS)  # (what "I found" found: no event)
    (None, 'founded')
    """
    if verb in verbs:
        return verbs[verb]
    if verb == "found":
        return None  # the past of "find" ("We found 41 start-ups"), far more often than "to found"
    named = {v for v in verbs.values() if " " not in v}
    if verb in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[verb] if _IRREGULAR_PRESENT[verb] in named else None
    stem = verb[:-3] if verb.endswith("ing") else verb[:-2] if verb.endswith("es") else verb
    stems = {stem, verb[:-1]} if verb.endswith("s") and not verb.endswith("ss") else {stem}
    for base in stems:
        for past in (base + "ed", base + "d", base + base[-1:] + "ed", base[:-1] + "ied", base + "e" + "d"):
            if past in named:
                return past
    return None


def _words(text: str) -> list[str]:
    return re.findall(_WORD + r"|[0-9][\w.,-]*|[^\w\s]", text)


#: Adjectives in -ly: "62,000 monthly active users", "8,900 elderly residents".
_LY_ADJECTIVES = frozenset("monthly daily weekly yearly quarterly hourly nightly elderly early friendly costly".split())


def _adverb(word: str) -> bool:
    """Whether the word is an adverb in -ly ("newly", "highly"), not an adjective ("monthly", "elderly").

    >>> _adverb("newly"), _adverb("monthly")
    (True, False)
    """
    return re.fullmatch(r"[a-z]+ly", word) is not None and word not in _LY_ADJECTIVES


#: Words that make "in ..." no field's name: "engaged in research", "in the same field", "in tandem".
_NOT_FIELDS = frozenset(
    "it them there research development sector sectors field fields area areas industry industries market markets "
    "same these this those such partnership tandem red black overseas abroad lab labs laboratory country world "
    "suburbs and or".split()
)
#: Words that make "in the ..." a place, not a field: "companies working in the district".
_PLACE_HEADS = frozenset(
    "district city park zone area cluster base capital country region province county town campus building "
    "centre center hub valley corridor".split()
)


#: Adverbs of where after a counted noun: no part of it.
_WHERE_ADVERBS = frozenset("abroad overseas domestically locally worldwide globally nationwide online".split())


#: A state that says which of a kind are counted: "elevators in service", "drugs in clinical trials".
_STATE = re.compile(
    r"((?:in|under)\s+(?:(?:commercial|routine|daily|active|clinical|mass)\s+)?"
    r"(?:service|use|operation|production|development|trials?|construction)|"
    r"on\s+(?:(?:its|the|their|a)\s+)?waiting\s+lists?)\b"
)


#: Nouns of people, who are in no state a thing is in ("engineers in development").
_PEOPLE_NOUNS = frozenset(
    "people persons staff staffers workers employees engineers researchers scientists developers technicians "
    "doctors nurses students graduates teachers experts specialists programmers designers".split()
)


def restated(label: str, after: str) -> str | None:
    """The label of a count said before, in the state said right after an elided figure: "300 data
    centres in operation and 12 under construction" counts data centres under construction; None when
    no state follows the figure.

    >>> restated("data centres in operation", " under construction at the end of 2025")
    'data centres under construction'
    >>> restated("data centres", " under construction"), restated("data centres", " in Haidian") is None
    ('data centres under construction', True)
    """
    state = re.match(r"\s+" + _STATE.pattern, after)
    if state is None or label.split()[-1:] and label.split()[-1].lower() in _PEOPLE_NOUNS:
        return None  # (no state of people: "300 workers in production and 120 in development")
    said = next((m for m in _STATE.finditer(label) if m.end() == len(label)), None)
    whole = label[: said.start()].rstrip() if said is not None else label
    return f"{whole} {' '.join(state.group(1).split())}"


#: Verbs that restate a figure as another ("That equals 16 drones per 10,000 residents").
_RESTATING = frozenset("equals equal equalled equaled means meant represents represented amounts".split())


#: Whom a thing made is for, after "for": "(tools) for textiles and clothing" (not "for years", "for the city").
_FOR_WHOM = re.compile(
    r"\s+(the\s+(?:elderly|disabled|blind|deaf|aged|visually impaired|hearing impaired)\b|"
    r"(?!(?:the|a|an|its|their|our|years?|months?|decades?|weeks?|days?|now|example|instance|more|less|over|"
    r"about|nearly|some|all|each|every|export)\b)[a-z][\w-]*"
    r"(?:\s+(?!(?:in|at|to|from|on|with|by|that|which|who|last|this|since|during|across|and|or)\b)[a-z][\w-]*)?"
    r"(?:\s+(?:and|or)\s+[a-z][\w-]*)?)"
    r"(?=[,.;:)]|\s+(?:in|at|to|from|on|with|by|that|which|who|last|this|since|during|across|rose|grew|fell)\b|$)"
)


#: What bodies of a kind hold, after "with": "(companies) with drone show licences" (not "with revenue of",
#: "with a combined", "with 300 employees").
_WITH_WHAT = re.compile(
    r"\s+((?:(?!(?:the|a|an|its|their|our|more|less|over|about|nearly|some|combined|total|revenue|revenues|sales|"
    r"output|funding|assets|annual|registered)\b)[a-z][\w-]*\s+){0,3}?"
    r"(?!(?:employees|staff|workers|people|researchers|yuan|dollars)\b)[a-z0-9][\w-]*[a-rt-z]s)"
    r"(?=[,.;:)]|\s+(?:in|are|were|is|was|have|has|had|that|which|based|at|now|and|across|by|operate|employ)\b|$)"
)


#: Nouns of people counted by what they have, said after "with": "residents with hearing disabilities".
_WITH_PEOPLE = frozenset(
    "residents people households children families persons adults elders seniors women men workers employees "
    "graduates".split()
)
#: What people counted have: "(residents) with hearing disabilities", "(patients) with lung cancer".
_WITH_TRAIT = re.compile(
    r"\s+((?:(?!(?:more|less|combined|total|average|least|" + "|".join(sorted(_ENDS)) + r")\b)"
    r"[a-z][\w-]*\s+){0,2}?(?!(?:" + "|".join(sorted(_ENDS)) + r")\b)[a-z][\w-]*)"
    r"(?=[,.;:)]|\s+(?:in|are|were|is|was|have|has|had|that|which|who|at|now|and|across|by|last|this|since|"
    r"[a-z]+ed)\b|$)"
)
#: Verbs before a count that only say it is had or held, no deed done to what is counted.
_HELD_ONLY = frozenset(
    "had has have were was are is include includes included number numbers numbered employ employs employed "
    "house houses housed host hosts hosted contain contains contained".split()
)
#: Past forms of deeds that end in no "-ed".
_DEEDS = frozenset("gave got kept left put sent brought won met taught fed led paid built sold took found".split())


def _acted_on(before: str) -> bool:
    """Whether the figure after ``before`` is the object of a deed: "Doctors treated (300 residents)",
    not "The district had (8,900 residents)".

    >>> _acted_on("Doctors at the clinic treated "), _acted_on("The district had about "), _acted_on("In 2025, ")
    (True, False, False)
    """
    verb = re.search(r"\b([a-z]+)\s*$", _QUALIFIER_TAIL.sub("", before))
    said = verb.group(1) if verb else ""
    return said not in _HELD_ONLY and (said.endswith("ed") or said in _DEEDS)


#: Words in "-ed" that are nouns, no participle starting a clause.
_NOUNS_IN_ED = frozenset("seed feed speed breed weed bed shed red reed need".split())
#: Words in "-ing" that are nouns, no participle taking an object ("computing", "training").
_NOUNS_IN_ING = frozenset(
    "computing training manufacturing engineering processing funding housing planning marketing printing sensing "
    "mining parking learning nursing charging sharing recycling testing clothing building spending lending "
    "banking shipping farming packaging".split()
)
#: The object of a participle, with its determiner: "(hospitals using) the product", "(running) its software".
_OBJECT_AFTER = re.compile(
    r"\s+(?:the|its|their)\s+((?:(?!(?:in|at|on|of|to|for|from|by|with|and|or|that|which|who|last|this|year|years)\b)"
    r"[a-z][\w’'-]*\s+){0,2}?(?!(?:in|at|on|to|for|from|by|with|and|or|that|which|who|last|this)\b)[a-z][\w-]*)"
    r"(?=[,.;:)]|\s+(?:in|at|on|to|for|from|by|with|and|or|that|which|who|last|this|since|during|across|"
    r"were|are|was|is|have|has|had|rose|grew|fell|[a-z]+ed)\b|$)"
)


#: Numbers in words, as a time before "ago" says them ("eighteen months ago").
_WORD_NUMBER_NAMES = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty thirty forty fifty sixty".split()
)


def _noun_after(after: str, *, acted_on: bool = False) -> list[str]:
    """The noun phrase right after a number: "320 energy technology companies that ...".

    >>> _noun_after(" specialized and sophisticated SMEs at the end of 2023")
    ['specialized', 'and', 'sophisticated', 'SMEs']
    >>> _noun_after(" people, and 30 firms"), _noun_after(" 6G base stations")
    (['people'], ['6G', 'base', 'stations'])
    >>> _noun_after(" people and opened a plant"), _noun_after(" researchers and engineers")
    (['people'], ['researchers', 'and', 'engineers'])
    >>> _noun_after(" women among its R&D personnel in 2024")
    ['women', 'among', 'R&D', 'personnel']
    >>> _noun_after(" makers of four-legged robots, and"), _noun_after(" firms based in Haidian")
    (['makers', 'of', 'four-legged', 'robots'], ['firms'])
    >>> _noun_after(" e-sports and game-technology companies at the end of June")
    ['e-sports', 'and', 'game-technology', 'companies']
    >>> _noun_after(" elevators in service at the end of June"), _noun_after(" drugs in clinical trials")
    (['elevators', 'in', 'service'], ['drugs', 'in', 'clinical', 'trials'])
    >>> _noun_after(" industrial enterprises above designated size had put")
    ['industrial', 'enterprises', 'above', 'designated', 'size']
    >>> _noun_after(" companies with drone show licences are based"), _noun_after(" firms with revenue of")
    (['companies', 'with', 'drone', 'show', 'licences'], ['firms'])
    >>> _noun_after(" public refuelling stations sold for an average of 25 yuan")
    ['public', 'refuelling', 'stations']

    With ``acted_on`` (the figure is the object of a deed: "treated 300 residents with drugs", "checked 60
    hospitals using a checklist"), what follows "with" or a participle's object is the deed's, not the noun's.
    """
    words: list[str] = []
    among = False
    if re.match(
        r"\s+(?:[a-z]+-)?(?:"
        + "|".join(_WORD_NUMBER_NAMES)
        + r")\s+(?:months?|years?|weeks?|days?)\s+(?:ago|earlier|before|later)\b",
        after,
    ):
        return []  # "up from six eighteen months ago": a time, no noun (or "earlier")
    for match in re.finditer(r"\S+", after):
        raw = match.group()
        if words and raw.startswith(("(", "[")):
            break  # "642 registered venues (museums, science centres ...)": a gloss, no part of the noun
        word = raw.strip("“”\"‘’'()[]").rstrip(",.;:!?").strip("“”\"‘’'()[]")
        tail = raw[len(raw.rstrip(',.;:!?)”"’')) :]
        if word.lower() == "among" and len(words) == 1 and words[0].lower() in _GROUPS and not among:
            words.append("among")  # "287,600 women among its R&D personnel": of those, the group
            among = True
            continue
        if among and words[-1] == "among" and word.lower() in ("its", "their", "the", "all"):
            continue
        if words and not tail and (sized := re.match(r"above designated size\b", after[match.start() :], re.I)):
            return [*words, *sized.group().split()]  # "enterprises above designated size": a class of its own
        serving = (
            re.match(r"as\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b", after[match.start() :])
            if words and word == "as" and words[-1].endswith(("ing", "ed"))
            else None
        )
        if serving:  # "former industrial sites operating as technology parks": what they serve as
            return [*words, "as", *serving.group(1).split()]
        if (
            words
            and not tail
            and (state := _STATE.match(after, match.start()))
            and words[-1].lower() not in _PEOPLE_NOUNS  # "40 engineers in development": where they work
        ):
            # "52,300 elevators in service": the state counted ("on its waiting list": on the waiting list)
            words.extend(re.sub(r"^on\s+(?:its|their|a)\s+", "on the ", state.group(1)).split())
            break
        if (
            word == "for"
            and len(words) >= 3
            and (words[1].endswith("ing") and re.fullmatch(_KIND_HEADS, words[0], re.I) or words[1] == "of")
            and (whom := _FOR_WHOM.match(after, match.end()))
        ):  # "companies developing design tools for textiles and clothing": what they make is for whom
            words.extend(["for", *whom.group(1).split()])
            break
        if (
            word == "with"
            and len(words) == 1
            and not tail
            and re.fullmatch(_KIND_HEADS, words[0], re.I)
            and (what := _WITH_WHAT.match(after, match.end()))
        ):  # "19 companies with drone show licences": what they hold names them
            words.extend(["with", *what.group(1).split()])
            break
        if (
            word == "with"
            and not acted_on
            and 1 <= len(words) <= 3
            and not tail
            and words[-1].lower() in _WITH_PEOPLE
            and (trait := _WITH_TRAIT.match(after, match.end()))
        ):  # "8,900 residents with hearing disabilities": people counted by what they have
            words.extend(["with", *trait.group(1).split()])
            break
        following = re.match(r"\s+([A-Za-z][\w&-]*)", after[match.end() :])
        modifier = (  # "community day centres": a day that names a kind, no time
            words
            and not tail
            and word.lower() in ("day", "night")
            and following
            and re.fullmatch(r"[a-z]+(?:s|care)", following.group(1))
            and following.group(1).lower() not in _ENDS
        )
        if not word or not re.fullmatch(_WORD, word) or (word.lower() in _ENDS and not modifier):
            break  # (a figure ends it; "6G" and "3D" are words)
        if word.lower() in _WHERE_ADVERBS and (
            words
            or tail
            or word.lower() not in ("overseas", "online")  # also adjectives: "3,000 overseas students"
            or not following
            or following.group(1).lower() in _ENDS
        ):
            break  # "sold 143 surgical robots abroad", "sold 40 overseas": where, not what ("40 overseas students")
        if (
            words
            and word.lower() in ("sold", "sell", "sells", "priced", "cost", "costs")
            and re.match(r"\s+(?:for|at)\b", after[match.end() :])
        ):
            break  # "14 public refuelling stations sold (hydrogen) for an average of 25 yuan": a price follows
        if not words and word in ("it", "they", "we", "he", "she", "I", "you"):  # not "IT companies"
            break  # "the 46 it had signed up": a clause about the figure, not its noun
        if words and word.lower() in ("work", "works", "worked"):
            words.append("working")
            break  # "28,000 people work in the sector": people working there
        if word.lower() == "of" and words:
            words.append(word)
            if tail:
                break
            continue
        if (
            word.lower() == "and"
            and words
            and words[-1].lower() == "research"
            and re.match(r"\s+development\b", after[match.end() :])
        ):
            words.append(word)  # "research and development"
            continue
        if word.lower() == "and" and words:
            nxt = after[match.end() :].lstrip()
            adjectives = not words[-1].endswith("s") and re.match(r"[a-z][\w-]*\s+[A-Za-z][\w-]*", nxt)
            # "makers of logistics equipment and software, which": two things made, the second ending the phrase
            second_made = "of" in (w.lower() for w in words) and re.match(
                # (not "makers of robots and investment in the sector rose", "and growing")
                r"(?!(?:investment|revenue|output|sales|spending|funding|employment|growth|exports|profits?)\b)"
                r"[a-z][\w-]*(?<!ing)(?=[,.;:]|\s+(?:which|that|who|in|at|last|this)\b)",
                nxt,
            )
            # "e-sports and game-technology companies": two kinds of one body, its head after the second
            kind_follows = re.match(
                r"(?:[a-z][\w-]*\s+){1,3}(?:companies|firms|enterprises|start-ups|startups|makers|developers|"
                r"manufacturers|suppliers|businesses|studios)\b",
                nxt,
            )
            if (
                not adjectives
                and not second_made
                and not kind_follows
                and not re.match(r"[a-z][\w-]*(?:s|es|ies)\b", nxt)
            ):
                break  # "people, and": a second clause, not "trucks and buses"
            if re.match(
                r"[a-z][\w-]*(?:s|ed)\s+(?:another|a|an|the|to|more|further|its|their|his|her|about|\d)\b", nxt
            ):
                break  # "apartments and plans another 3,000", "people and opened a plant": a verb, not a second noun
            words.append(word)
            continue
        if word.lower() in ("of", "and"):
            break
        if (
            not words
            and re.fullmatch(r"[a-z]+ly", word)
            and re.match(r"\s+[a-z]+(?:ed|en)\s+[a-z]", after[match.end() :])
        ):
            words.append(word)  # "41 newly listed firms", "320 highly cited papers": an adverb of the participle
            continue
        if _adverb(word) or (
            word.endswith("ed")
            and word.lower() not in _NOUNS_IN_ED  # ("licensed seed companies")
            and words
            and not _adverb(words[-1])
            and words[-1] not in ("and", "of")
            # (an adjective of a gerund's object: "companies building automated laboratory systems")
            and not (words[-1].endswith("ing") and len(words) >= 2)
        ):  # ("makers of quadruped robots": an adjective after "of")
            break  # an adverb, or a participle that starts a clause ("firms approved by ...")
        if (
            words
            and word.endswith("ing")
            and re.match(r"\s+(?:from|in|to|at|on|for|with|into|out)\b", after[match.end() :])
        ):
            break  # "orders coming from overseas": a participle's clause
        if (
            words
            and not tail
            and word.endswith("ing")
            and word.lower() not in _NOUNS_IN_ING
            and (used := _OBJECT_AFTER.match(after, match.end()))
        ):  # "60 hospitals using the product", "devices running its software": what they do with what (after
            # a deed, the deed's: "checked 60 hospitals using a checklist")
            return words if acted_on else [*words, word, "the", *used.group(1).split()]
        words.append(word)
        # ("companies making ice-and-snow equipment and related technology": what they make, at more length)
        if tail or len(words) >= (8 if len(words) > 2 and words[1].endswith("ing") else 6):
            break
    while words and words[-1].lower() in ("of", "and"):
        words.pop()
    return words


#: Particles that complete a participle ("spun out", "moved in") or say where a thing went ("shipped abroad").
_PARTICLES = r"out|up|off|in|down|back|over|away|abroad|overseas|online|together|apart"


#: Words that end what a relative clause says its bodies do: a time, a place, a comparison, another clause.
_CLAUSE_ENDS = (
    r"in|at|during|since|last|this|by|between|before|after|until|as|and|or|but|while|when|where|up|down|from|"
    r"with|than|compared|against|including|each|across|now|today|so"
)
#: A relative clause in the present telling what a kind of body does, after its noun: "(companies) that
#: make components for fusion energy", "(firms) that collect, clean and label training data". Its verbs are
#: plain ones, not an auxiliary, a past form (a participle's rule) or a pronoun.
_DOES = re.compile(
    r"\s+(?:that|which|who)\s+(?P<clause>"
    r"(?!(?:are|is|was|were|have|has|had|will|would|can|could|may|might|must|should|do|does|did|the|a|an|it|"
    r"they|we|he|she|its|their|our|also|not|still|already|now|then|only|mostly|once)\b)"
    r"[a-z][a-z-]*(?<!ed)(?:,\s+[a-z][a-z-]*(?<!ed))*(?:,?\s+(?:and|or)\s+[a-z][a-z-]*(?<!ed))?"
    r"(?:\s+(?!(?:" + _CLAUSE_ENDS + r")\b)(?![a-z]+ed\b)[A-Za-z&][\w&-]*){1,7}?)"
    r"(?=[,.;:)]|\s+(?:" + _CLAUSE_ENDS + r")\b|\s+[a-z]+ed\b|$)"  # (a past form after it is the main verb's)
)


#: Verbs of making or dealing in a thing, whose bodies are named by the thing: companies that "make
#: humanoid robots" are humanoid robot companies (not those that "use" or "buy" them).
_MAKING_VERBS = frozenset(
    "make build design develop produce manufacture sell supply provide offer process collect label clean analyse "
    "analyze test assemble package distribute export import repair recycle train operate".split()
)


#: Words in "-s" that are no plurals.
_NOT_PLURAL = frozenset("news series species lens chassis means headquarters".split())


def _singular(word: str) -> str:
    """A plural noun's singular, by the regular rules ("robots" -> "robot", "batteries" -> "battery");
    a word whose "s" is no plural's stays ("news", "robotics", "gas").

    >>> [_singular(w) for w in ("robots", "batteries", "news", "robotics", "gas", "series", "boxes")]
    ['robot', 'battery', 'news', 'robotics', 'gas', 'series', 'box']
    """
    if word.lower() in _NOT_PLURAL or word.lower().endswith(("ics", "ss", "us", "is", "as")):
        return word
    if re.search(r"[^aeiou]ies$", word):
        return word[:-3] + "y"
    if re.search(r"(?:ss|ch|sh|x)es$", word):
        return word[:-2]
    if re.search(r"[^su]s$", word) and not word.endswith("is"):
        return word[:-1]
    return word


def what_they_do(bodies: str, clause: str) -> str:
    """Bodies named by what a relative clause says they do: by the thing they make or deal in
    when that is all it says, else by the clause.

    >>> what_they_do("companies", "make humanoid robots"), what_they_do("firms", "collect and label training data")
    ('humanoid robot companies', 'training data firms')
    >>> what_they_do("hospitals", "use surgical robots"), what_they_do("companies", "make components for fusion energy")
    ('hospitals that use surgical robots', 'companies that make components for fusion energy')
    >>> what_they_do("companies", "make money mainly by selling satellite imagery")
    'companies selling satellite imagery'
    >>> what_they_do("companies", "build AI tutors for learning foreign languages")
    'AI tutor companies'
    """
    earn = re.match(
        r"(?:make|makes|earn|earns)\s+(?:their\s+|its\s+)?(?:money|a living)\s+(?:[a-z]+ly\s+)?(?:by|from)\s+"
        r"(?P<ing>[a-z]+ing)\s+(?P<what>(?:[\w&-]+\s+){0,3}[\w&-]+)",
        clause,
    )
    if earn:  # "make money mainly by selling satellite imagery": companies selling satellite imagery
        return f"{bodies} {earn.group('ing')} {earn.group('what')}"
    if re.match(r"(?:make|makes|earn|earns)\s+(?:their\s+|its\s+)?money\b", clause):
        return bodies  # "that make money mainly" (how, cut off): the bodies, no thing they make
    m = re.fullmatch(r"((?:[a-z]+(?:,\s+|,?\s+(?:and|or)\s+))*[a-z]+)\s+((?:[\w&-]+\s+){0,3}[\w&-]+)", clause)
    verbs = re.split(r",\s+|,?\s+(?:and|or)\s+", m.group(1)) if m else []
    thing = m.group(2).split() if m else []
    if (
        verbs
        and all(any(f in _MAKING_VERBS for f in (v, v[:-1], v[:-2], v[:-3] + "y")) for v in verbs)
        and not any(
            w.lower() in _DETERMINERS | {"of", "for", "to", "in", "on", "with", "from", "and", "or"} for w in thing
        )
    ):
        return " ".join([*thing[:-1], _singular(thing[-1]), bodies])
    made, _, purpose = clause.partition(" for ")
    if purpose and len(clause.split()) > 5 and what_they_do(bodies, made) != f"{bodies} that {made}":
        return what_they_do(bodies, made)  # "build AI tutors for learning foreign languages": AI tutor companies
    return f"{bodies} that {clause}"


#: A participle completed by what it is to, for or with: "(elevators) connected to the monitoring platform".
_PARTICIPLE_TO = re.compile(
    r"\s+(?:(?:were|was|are|is|have been|has been|had been)\s+)?([a-z]+ed)\s+(to|for|with|on|into|onto)\s+"
    r"((?:the\s+)?(?:(?!(?:" + "|".join(sorted(_ENDS)) + r")\b)[a-z][\w-]*\s+){0,3}?"
    r"(?!(?:" + "|".join(sorted(_ENDS)) + r")\b)[a-z][\w-]*)"
    r"(?=[,.;:)]|\s+(?:in|at|by|since|last|this|during|from|and|or|were|are|was|is|had|have|has|so|as|between|"
    r"across|[a-z]+ed)\b|$)"
)
#: Participles whose phrase says where, when or how much, not what the thing counted is.
_NOT_PARTICIPLES_TO = frozenset(
    "based located headquartered listed registered expected scheduled planned compared related equivalent "
    "needed used added raised increased decreased reduced limited".split()
)


def _participle_after(after: str, noun: list[str], *, acted_on: bool = False) -> str | None:
    """A participle or a short relative clause that completes the noun: "models released",
    "companies that moved in"."""
    rest = after
    for word in noun:
        rest = rest[rest.find(word) + len(word) :]
    m = re.match(
        r"\s+(?:that|which|who)\s+(?:have\s+|had\s+|were\s+|was\s+)?([a-z]+ed|built|sold|set)(\s+(?:in|up|out))?\b",
        rest,
    )
    if m:
        return m.group(1) + (m.group(2) or "")
    # ("40 companies in Beijing that make dexterous robot hands": where they are, then what they do)
    placed = re.match(r"\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*(?=\s+(?:that|which|who)\s)", rest)
    does = (
        _DOES.match(rest[placed.end() if placed else 0 :])
        if noun and re.fullmatch(_KIND_HEADS, noun[-1], re.I)
        else None
    )
    if does:  # "14 companies that make components for fusion energy": what those bodies do names them
        return f"that {does.group('clause')}"
    m = _PARTICIPLE_TO.match(rest)
    if m and m.group(1) not in _NOT_PARTICIPLES_TO:
        # "elevators connected to the safety monitoring platform", "surgeons certified for cochlear implantation"
        return " ".join(m.groups())
    m = re.match(
        r"\s+(?:(?:were|was|are|is|have been|has been|had been|(?:have|has|had)(?:\s+(?:already|now|so far))?)\s+)?"
        r"([a-z]+ed)(\s+(?!(?:the|a|an|its|their|by|in|at|to|for|from|on|with)\b)[a-z]+)?"
        r"(?:\s+(?:by|in|since|so|this|last|during|to|for|at|over|between|from|with|as|under)\b|[,.;]|$)",
        rest,
    )
    passive = bool(m and re.match(r"\s+(?:were|was|are|is|have been|has been|had been)\s", rest))
    if (
        m
        and m.group(2)
        and not passive
        and any(w.endswith(("ing", "ed")) for w in noun[1:])
        and not re.fullmatch(r"\s+(?:" + _PARTICLES + r"|[a-z]+ly)", m.group(2))
    ):  # "companies receiving vouchers reported gains": the noun has its participle; this is the main verb
        m = None
    if m and (
        m.group(1) not in ("based", "located", "headquartered", "listed", "registered")
        or (passive and m.group(1) in ("registered", "listed"))
    ):  # "firms registered in Haidian" are where they are; "firms were registered in 2023" is an event
        return m.group(1) + (m.group(2) or "")
    m = (
        None
        if acted_on
        else re.match(  # (after a deed, the deed's: "checked 60 hospitals using a checklist")
            r"(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:[A-Z][\w-]*|city|district|park|zone|capital|country))?"
            r"(?:\s+(?:were|are|was|is)(?:\s+(?:now|already|still))?)?"
            r"\s+((?:developing|making|using|building|producing|offering|running|conducting|working on)"
            r"(?:\s+[\w-]+){1,3}?)"
            r"(?=\s+(?:in|at|to|for|from|on|with|by|and|or|that|which|against)\b|[,.;]|$)",
            rest,
        )
    )
    if m:
        return m.group(1)
    return None


#: What bodies do, in the present, that names them by their doing: "(Twelve companies) make
#: fuel-cell systems", "(Eleven of them) build complete satellites".
DOING_VERBS = (
    r"make|build|hold|own|develop|design|produce|supply|sell|export|use|run|provide|offer|operate|manufacture|"
    r"research|focus on|specialize in|specialise in|serve|train|inspect|install|deliver|test|assemble|repair|recycle"
)


def gerund(verb: str) -> str:
    """The -ing form of a verb in the present ("build" -> "building", "make" -> "making",
    "run" -> "running").

    >>> [gerund(v) for v in ("build", "make", "run", "supply", "see")]
    ['building', 'making', 'running', 'supplying', 'seeing']
    """
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


#: The -ing forms of the verbs of ``DOING_VERBS``, as alternatives: "building", "making", "focusing".
DOING_GERUNDS = "|".join(gerund(v.split()[0]) for v in DOING_VERBS.split("|"))


#: Bodies named again by their kind alone ("the district", "the company"): a subject said before.
_ANAPHORIC_BODIES = (
    r"district|park|city|zone|company|firm|centre|center|institute|university|area|cluster|base|lab|laboratory|"
    r"platform|fund|science city|sub-park|town|county|municipality|capital"
)


#: The -ing form of a past verb not in -ed ("took" -> "taking"); "used" -> "using" is by rule.
_IRREGULAR_ING = {
    "took": "taking", "won": "winning", "got": "getting", "made": "making", "sold": "selling",
    "built": "building", "paid": "paying", "chose": "choosing", "left": "leaving",
}  # fmt: skip
#: Where a clause's subject count and its noun are followed by what they did, after at most a
#: short phrase of where they are: "companies (based in the district) listed on stock exchanges".
_DID = re.compile(
    r"(?:\s+(?:based|registered|located|headquartered)?\s*(?:in|from|at)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5}|district|city|park|zone|capital))?"
    r"(?:\s+(?:now|still|already|also|currently))?"
    r"(?:\s+(?:were|was|(?:have|has|had)\s+been)\s+(?P<spun>spun (?:out|off))|"
    r"\s+(?P<public>went public|listed)|"
    r"\s+(?:(?P<does>" + DOING_VERBS + r")|(?:(?:have|has|had)\s+(?:now\s+|already\s+)?)?"
    r"(?P<verb>[a-z]+ed|" + "|".join(_IRREGULAR_ING) + r"))\s+(?P<object>(?:(?:a|an|the|their|its)\s+)?"
    r"(?:(?!(?:in|on|at|for|from|to|during|last|this|between|by|with|since|and|or|there|here|around|across|within|outside)\b)[\w-]+\s*){1,3}?)"
    r"(?=[,.;:]|\s+(?:in|on|at|for|from|to|during|last|this|between|by|with|since|and|or|there|here|around|across|within|outside|of\s+(?:their|its)\s+own)\b|$))"
)


def _did(after: str, noun: list[str]) -> str | None:
    """What a counted subject did, as words of the measure: "companies listed" for "38
    companies based in the district listed on stock exchanges", "companies using a pilot
    platform" for "1,870 companies used a Beijing pilot platform".

    >>> _did(" companies based in the district listed on stock exchanges", ["companies"])
    'listed'
    >>> _did(" companies were spun out of Tsinghua labs", ["companies"]), _did(" firms used a pilot line", ["firms"])
    ('spun out', 'using a pilot line')
    >>> _did(" companies in Beijing now build full-size humanoid robots.", ["companies"])
    'building full-size humanoid robots'
    >>> _did(" companies, up from 190", ["companies"]) is None
    True
    """
    rest = after
    for word in noun:
        rest = rest[rest.find(word) + len(word) :]
    m = _DID.match(rest)
    if m is None:
        return None
    if m.group("spun"):
        return m.group("spun").replace("spun off", "spun out")
    if m.group("public"):
        return "listed"
    # (a term, not a name: "X-ray", "GPU", "RISC-V")
    term = [w for w in m.group("object").split() if w.isupper() or re.fullmatch(r"[A-Z][\w]*-[\w-]+", w)]
    obj = " ".join(w for w in m.group("object").split() if not w[:1].isupper() or w in ("AI", *term))
    if m.group("does"):  # "Twelve companies in Beijing make fuel-cell systems": companies making fuel-cell systems
        said = m.group("object").split()
        if any(w[:1].isupper() and w not in term for w in said) or re.search(r"(?:ed|made|built)$", said[-1]):
            return None  # "supply Li Auto and Xiaomi", "use surgical robots made by X": the names tell them apart
        first, *more = m.group("does").split()
        for_ = re.match(r"\s*for\b", rest[m.end() :])  # "make X-ray detectors for medical imaging": what for
        whom = _FOR_WHOM.match(rest, m.end() + for_.end()) if for_ else None
        return " ".join([gerund(first), *more, obj, *(["for", whom.group(1)] if whom else [])]).strip()
    verb = m.group("verb")
    if verb in ("based", "located", "headquartered", "registered", "reported", "expected", "needed"):
        return None
    # "used" -> "using", "applied" -> "applying", "took" -> "taking"
    ing = _IRREGULAR_ING.get(verb) or (verb[:-3] + "ying" if verb.endswith("ied") else verb[:-2] + "ing")
    return f"{ing} {obj}".strip()


#: Verbs by which an index or ranking covers what it ranks ("scores 72 cities", "which covers 100 cities").
_ASSESSING = re.compile(r"(?:scor|rank|assess|compar|cover|rat|evaluat|benchmark|grad)(?:es|s|ed|ing)?", re.I)
#: An index or ranking (or its edition) as the subject just before such a verb.
_INDEX_BEFORE = re.compile(
    r"\b(?:index|ranking|rankings|league(?: table)?|edition|scorecard|benchmark|barometer)"
    r"(?:,? which| now| this year| again|,[^,;.]{1,40},)?\s*$",
    re.I,
)


def _assessed(noun: list[str]) -> str:
    """The measure of how many things an index assesses, named by what they are: their head noun,
    with one word before it that says what kind (no place, level or origin).

    >>> _assessed(["prefecture-level", "and", "higher", "cities"]), _assessed(["metropolitan", "areas"])
    ('cities assessed', 'metropolitan areas assessed')
    >>> _assessed(["Chinese", "cities"]), _assessed(["science", "and", "technology", "clusters"])
    ('cities assessed', 'clusters assessed')
    >>> _assessed(["areas", "of", "Beijing"]), _assessed(["high-tech", "enterprises"]), _assessed(["AI", "companies"])
    ('areas assessed', 'high-tech enterprises assessed', 'AI companies assessed')
    """
    words = [w for w in noun if w.lower() not in _DETERMINERS]
    cut = next((k for k, w in enumerate(words) if k and w.lower() in _PREPOSITIONS), len(words))
    words = words[:cut]  # "areas of Beijing": areas
    keep = words[-2:] if len(words) >= 2 else words
    where_or_level = re.compile(  # "Chinese", "prefecture-level", "global": where or what level, not what kind
        r"(?-i:[A-Z][a-z]+(?:an|ese|ish|ic))|[\w-]+-level|global|national|international|domestic|foreign|major|"
        r"leading|top|all|higher|larger|bigger|smaller|local|and|or",
        re.I,
    )
    if len(keep) == 2 and where_or_level.fullmatch(keep[0]) and not keep[0].isupper():
        keep = keep[1:]
    if len(words) > 2 and keep[0].lower() != words[-1].lower():
        keep = keep[1:] if words[-3].lower() in ("and", "or") else keep
    return " ".join(w if w.isupper() else w.lower() for w in keep) + " assessed"


#: Verbs in the past before a count that say how much, or that it changed, not what was done to the things
#: counted ("reached 300 companies", "increased 12 percent", "estimated 40 firms"): no name for them.
_NO_DEED = frozenset(
    "reached totalled totaled exceeded topped numbered surpassed passed increased decreased declined dropped "
    "jumped climbed doubled tripled trebled quadrupled halved expanded estimated expected needed reported recorded "
    "posted logged booked achieved realized realised contained included involved covered ranked scored rated "
    "compared named listed counted tallied totted identified noted showed displayed cited mentioned added "
    "gained lost required featured boasted owned housed hosted employed had".split()
)


def _event_before(before: str, after: str = "", *, any_deed: bool = False) -> str | None:
    """The event verb governing a count ("were granted 41,370 patents", "licensed or sold 1,030").

    A present perfect with no period ("the center has recruited 86 researchers") tells how
    many there are now, not an event of a period:

    >>> _event_before("The center has recruited ") is None
    True
    >>> _event_before("Since 2019 the park has attracted ")
    'attracted'

    What a body holds or handles is named by its participle too, without being an event:

    >>> _event_before("The hub now hosts "), _event_before("Institutes signed between ")
    ('hosted', 'signed')
    """
    head = re.sub(r"\s+between(?:\s+[\d.,]+\s+and)?\s*$", "", _QUALIFIER_TAIL.sub("", before))  # "between 8,000 and"
    held = re.search(r"\b([a-z]+)\s*$", head)
    if held and _inflected(held.group(1), _HOLDING_VERBS):
        return _inflected(held.group(1), _HOLDING_VERBS)
    if re.search(r"\b(?:has|have)\s+(?:\w+ly\s+)?[a-z]+(?:\s+(?:up|out))?\s*$", head) and not re.search(
        r"\b(?:since|over the (?:past|last)|in the (?:past|last)|between|during|so far this|this year)\b",
        before + after,
        re.I,
    ):
        return None
    m = re.search(r"\b([a-z]+)(?:\s+(up|out|off))?(?:\s+or\s+([a-z]+))?\s*$", head)
    if not m:
        return None
    verb = m.group(1)
    if m.group(3):  # "licensed or sold": both events
        first, second = _inflected(verb, _EVENT_VERBS), _inflected(m.group(3), _EVENT_VERBS)
        return f"{first} or {second}" if first and second else None
    name = _inflected(verb, _EVENT_VERBS)
    if (
        any_deed
        and name is None
        and re.fullmatch(r"[a-z]{2,}[^e]ed|[a-z]{3,}eed|[a-z]{2,}[^aeiou]ied|led|won|gave|built", verb)
    ):
        # any other deed in the past, when the things counted are named by one word, which says too little
        # alone: "scanned 3,400 sculptures", "received 2,950 proposals", "led four rounds"
        name = None if verb in _NO_DEED else verb
    if verb == "found" and re.search(r"\b(?:to|help|helped|helps|helping)\s+found\s*$", head):
        name = "founded"  # "went on to found 12 start-ups", "helped found 300 companies"
    if name and m.group(2) and " " not in name:
        name += " " + m.group(2)
    return name


def _clean_noun(words: list[str]) -> list[str]:
    if (
        len(words) > 2
        and re.fullmatch(r"giving|bringing|making|taking|leaving|putting|lifting|pushing|raising", words[0])
        and words[1].lower() in _DETERMINERS
    ):
        words = words[1:]  # "giving an average deal size of": the size
    while words and (words[0].lower() in _DETERMINERS or words[0].lower() in _VERBISH):
        words = words[1:]
    if (
        len(words) > 2
        and words[1].lower() in ("a", "an")
        and words[0].islower()
        and not words[0].endswith("ing")
        and words[0] not in ("for", "of", "in", "at", "with", "as", "to", "from", "by", "on", "into", "per")
    ):
        words = words[2:]  # "(will) arrange a special fund of": the fund, not what is done with it
    if len(words) > 1 and words[0].lower().endswith(("’s", "'s", "s'", "s’")):
        words = words[1:]  # "the district's core AI industry" -> "core AI industry"; "the firms' revenue"
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(("’s", "'s"))), None)
    if (
        owner is not None
        and all(w[:1].isupper() for w in words[:owner])
        # ("The Haidian company's revenue": the company's, said where it is)
        and (words[owner][:1].isupper() or words[owner].lower()[:-2].rstrip("’'") in ("company", "firm"))
        and words[owner].lower()[:-2].rstrip("’'") not in _PLACE_WORDS  # ("South District's contracts": elsewhere)
    ):
        words = words[owner + 1 :]  # "Jingcheng Commercial Bank's technology loan book": whose is the subject
    return words


_PLACE_WORDS = set("park city district zone area capital country region province municipality campus".split())
_PRONOUNS = set("it they this that these those which what who them there one".split())
_PREPOSITIONS = set("in at across of for from by within among on".split())


def _names_a_place(words: list[str]) -> bool:
    """Whether a prepositional object names a place or an organization rather than a thing
    measured: a proper name ("Haidian", "the Chinese Academy of Sciences") or "the park".

    >>> _names_a_place(["the", "Chinese", "Academy", "of", "Sciences"]), _names_a_place(["R&D"])
    (True, False)
    """
    content = [w for w in words if w.lower() not in _DETERMINERS]
    if not content:
        return False
    if any("&" in w or re.fullmatch(r"AI|\d+G", w) for w in content):
        return False  # "in R&D", "in AI", "in 6G": a field, no place
    if all(w[0].isupper() or w.lower() in ("of", "and", "&") for w in content):
        return True
    return content[-1].lower().rstrip("’'s") in _PLACE_WORDS and len(content) <= 2


#: Verbs of aiming, before the measure a target is of ("Beijing aims for revenue ... of 15 billion yuan").
_AIMING = frozenset("aims aim aimed targets wants expects plans seeks hopes forecasts projects".split())


def _opens_phrase(words: list[str], head: str) -> bool:
    """Whether ``words`` (up to three) are a whole noun phrase opening ``head`` or following a
    determiner in it: "Beamtime", "the computing power" (not "Last year the park")."""
    j = len(words)
    while j > 0 and len(words) - j < 3 and re.fullmatch(r"[A-Za-z][a-z-]*", words[j - 1]):
        low = words[j - 1].lower()
        if low in _ENDS or low in _DETERMINERS or low in _VERBISH:
            break
        j -= 1
    if j == len(words):
        return False
    return (j == 0 and head.lstrip().startswith(words[0])) or (j > 0 and words[j - 1].lower() in _DETERMINERS)


#: Words of saying, which end what a measure's phrase before the figure may reach back to: "X told
#: me the line's yield had climbed to" -> "line's yield".
_SAYING = frozenset("said says that estimated estimates reckoned reckons noted believes told tells explained".split())
#: Whom one tells, after "told": "X told me the yield had climbed to".
_TOLD = frozenset("me us him her them reporters journalists".split())


def _noun_before(before: str) -> list[str]:
    """The noun phrase a linking verb or "of" ties to the number: "total revenue of",
    "R&D spending in Haidian reached" (the place is the subject, not the measure).

    >>> _noun_before("The number of incubators registered in Beijing rose to ")
    ['incubators', 'registered']
    >>> _noun_before("The number of patents granted to Beijing firms in 2023 rose by ")
    ['patents', 'granted']
    >>> _noun_before("Contracts flowing to Tianjin and Hebei were worth ")
    ['Contracts', 'flowing', 'to', 'Tianjin', 'and', 'Hebei']
    >>> _noun_before("Invention patents granted to universities in the district totaled ")
    ['Invention', 'patents', 'granted', 'to', 'universities']
    >>> _noun_before("Last year, the funds raised by start-ups in Haidian reached ")
    ['funds', 'raised', 'by', 'start-ups']
    >>> _noun_before("Our revenue last year was "), _noun_before("Exports in the first half of 2024 were ")
    (['revenue'], ['Exports'])
    >>> _noun_before("Its income from licensing and transferring patents was ")
    ['income', 'from', 'licensing', 'and', 'transferring', 'patents']
    >>> _noun_before("Beijing aims for revenue from medical robots of ")
    ['revenue', 'from', 'medical', 'robots']
    >>> _noun_before("Changping's spending on R&D rose by "), _noun_before("Its AI rose by ")
    (['spending', 'on', 'R&D'], [])
    >>> _noun_before("The laboratory has 65 researchers today and plans to grow to ")
    []
    >>> _noun_before("Shen, who runs manufacturing, told me the plant's yield had climbed to ")
    ['yield']
    """
    head = _QUALIFIER_TAIL.sub("", before)
    # a modal before the link: "Revenue this year should come in at", "Exports are expected to reach"
    head = re.sub(
        r"\s+(?:should|will|would|could|may|might|(?:is|are)\s+(?:expected|likely|set)\s+to|"
        r"(?:plans?|aims?|hopes?|expects?|wants?|intends?|seeks?))(?=\s+(?:" + _LINKS + r")\s*$)",
        "",
        head,
    )
    # a time inside the phrase is no part of it: "The number of patents granted in 2023 rose by"
    head = re.sub(
        r",?\s+(?:(?:in|during|for)\s+(?:19|20)\d\d|(?:(?:in|for)\s+)?(?:last|this|next)\s+(?:year|quarter|month)|"
        r"(?:in|during|for|over)\s+the\s+(?:first|second|third|fourth|last|past)\s+"
        r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+)?(?:half|quarters?|months?|weeks?)"
        r"(?:\s+of\s+(?:19|20)\d\d|\s+of\s+(?:the|this|last)\s+year)?|"
        r"a\s+year\s+(?:earlier|before|ago)|(?:for|over)\s+the\s+(?:full\s+|whole\s+|entire\s+)?year)"
        r"\s*,?(?=\s+(?:" + _LINKS + r")\s*$)",
        "",
        head,
    )  # "Its revenue last year was": the time is no part of the measure
    counted = re.search(  # "The number of storage companies with revenue above 20 million yuan a year stood at"
        r"\b[Tt]he (?:total )?(?:number|count) of ((?:[\w&-]+\s+){0,3}?[a-z][\w-]*s)\s+(?:with|whose|that|which)\b"
        r"[^,;]{0,80}?\s+(?:" + _LINKS + r")\s*$",
        head,
    )
    if counted and re.search(r"\d|\b(?:hundred|thousand|million|billion)\b", head[counted.end(1) :]):
        return _clean_noun(counted.group(1).split())  # the bodies counted, their threshold left out
    kind = (
        re.fullmatch(
            r"\s+(with|whose)\s+((?:[\w&-]+\s+){0,3}?[\w&-]+)\s+(?:" + _LINKS + r")\s*", head[counted.end(1) :]
        )
        if counted
        else None
    )
    if counted and kind:
        # "The number of device makers with export sales stood at": those makers, by what they have
        # ("companies with offices in Haidian": with offices; "Beijing device makers": where is the subject)
        had = list(itertools.takewhile(lambda w: w.lower() not in _PREPOSITIONS | _DETERMINERS, kind.group(2).split()))
        bodies = counted.group(1).split()
        while len(bodies) > 1 and _names_a_place(bodies[:1]):
            bodies = bodies[1:]
        if had:
            return _clean_noun([*bodies, kind.group(1), *had])
    m = re.search(
        r"((?:" + _WORD + r"[,;:]?\s+){0,11}?" + _WORD + r")(?:\s+(?:now|currently|still|already|also|then))?"
        r"\s+(?:" + _LINKS + r")(?:\s+(?:now|currently|still|already))?\s*$",  # ("The figure ... is now")
        head,
    )
    if not m:
        return []
    agent = re.search(  # "contracts signed by companies and institutes in the district": contracts signed
        r"(?:^|\s)((?:[A-Za-z][\w&-]*\s+){0,2}?[A-Za-z][\w-]*s)\s+([a-z]+ed)\s+by\s+[^,;]*\band\b", m.group(1)
    )
    if agent and not re.search(r"\b(?:number|total|value|share|count) of\s*$", m.group(1)[: agent.start(1)]):
        return _clean_noun(f"{agent.group(1)} {agent.group(2)}".split())
    words = m.group(1).split()
    whole = list(words)
    finite = not re.search(r"\s(?:of|at|with|worth|valued at)\s*$", m.group(0))
    participle = -1
    # the phrase starts after the last word that cannot be part of it
    for i in range(len(words) - 1, -1, -1):
        low = words[i].lower()
        if low == "per" and i + 1 < len(words):
            continue  # "per capita disposable income", "R&D spending per firm": part of the measure
        if low in _VERBISH and i and words[i + 1 : i + 2] == ["by"] and re.fullmatch(r"[A-Za-z][\w-]*s", words[i - 1]):
            continue  # "the funds raised by start-ups": a participle, the funds' doers after it
        if (
            low == "to"
            and finite
            and i >= 2
            and whole[i - 1].lower() in _VERBISH - {"had", "has", "have", "with"}
            and _opens_phrase(whole[: i - 1], head)
        ):
            participle = i - 1
            continue  # "Beamtime delivered to users totalled": a participle, the main verb after it
        if i == participle:
            continue
        if i and whole[i - 1].lower() in ("the", "its", "their", "these", "those", "our", "all") and low in _FEW:
            continue  # "cost of cargo at the two airports": a number word in the phrase, after its determiner
        if low == "to" and i and whole[i - 1].lower() in ("time", "times", "days", "wait", "cost", "needed", "taken"):
            continue  # "The median time to clear a parcel was": the time it takes, one phrase
        if (
            (low in _ENDS and low not in _PREPOSITIONS and low not in _DETERMINERS and low not in ("all", "each"))
            or low in _VERBISH
            or low in _SAYING
            or (low in _TOLD and i and whole[i - 1].lower() in ("told", "tells", "tell"))
            # "Beijing aims for revenue ... of", "The plan targets annual revenue of"; not a last word, a noun
            # ("investment in chip projects reached")
            or (low in _AIMING and i + 1 < len(words))
            or (
                low == "and"
                and not (i + 1 < len(words) and words[i + 1][:1].isupper())
                # "number of X and Y", "operating revenue of drone and farm machinery makers": one measure
                and not (
                    re.search(
                        r"\b(?:number|total|value|share|count|revenue|output|exports|imports|sales|income|turnover|"
                        r"investment|spending|expenditure|profits?|shipments|production) of(?: [\w’'-]+){1,3}$",
                        " ".join(words[:i]),
                        re.I,
                    )
                    and words[i + 1 : i + 2] != []
                    and words[i + 1].lower() not in _DETERMINERS
                )
                # "revenue of the virtual reality and digital content industry": one industry named by two fields
                and not re.fullmatch(
                    r"(?!(?:the|its|their|a|an)\b)(?:[a-z][\w-]* ){1,3}(?:industry|industries|sector|sectors)",
                    " ".join(words[i + 1 :]),
                )
                # "income from licensing and transferring patents": two doings, one phrase
                and not (0 < i < len(words) - 1 and words[i - 1].endswith("ing") and words[i + 1].endswith("ing"))
            )
            or low.endswith((",", ";", ":"))
        ):
            if (
                low in ("to", "with", "from", "into", "for", "between")
                and i >= 2
                and re.fullmatch(r"[a-z]+(?:ing|ed)", whole[i - 1])
                and re.fullmatch(r"[A-Za-z][\w-]*s", whole[i - 2])
                and whole[i - 1] not in _VERBISH
                and _names_a_place(whole[i + 1 :])
                and [w.lower() for w in whole[: i - 2]][-2:] not in (["number", "of"], ["count", "of"])
            ):  # "Contracts flowing to Tianjin and Hebei were worth": the things, and where they go
                start = i - 2
                while (
                    start > 0
                    and whole[start - 1].lower() not in _ENDS
                    and not whole[start - 1].endswith((",", ";", ":"))
                ):
                    start -= 1
                words = whole[start:]
                break
            words = words[i + 1 :]
            if (
                low.endswith("ed")
                and i > 0
                and words
                and words[0].lower() in _PREPOSITIONS
                and _names_a_place(words[1:])
                and re.fullmatch(r"[a-z][\w-]*(?:s|ing|ion|ment|ue|ure|ity)", whole[i - 1])
            ):  # "the number of incubators registered in Beijing rose to": incubators registered; "Patent
                # pledge financing registered in the city totalled": patent pledge financing registered
                words = whole[: i + 1]
            elif (
                low in ("to", "by", "for", "from", "in", "at", "with")
                and i >= 2
                and re.fullmatch(r"[a-z]+ed", whole[i - 1])
                and whole[i - 1] not in _VERBISH
                and re.fullmatch(r"[A-Za-z][\w-]*s", whole[i - 2])
            ):  # "the number of patents granted to Beijing firms rose by", "Invention patents granted to
                # enterprises totaled", "Funds raised by start-ups reached": patents granted, funds raised
                start = i - 2
                while (
                    start > 0
                    and re.fullmatch(r"[A-Za-z][\w&-]*", whole[start - 1])
                    and (whole[start - 1].lower() not in _ENDS | _DETERMINERS | _VERBISH)
                ):
                    start -= 1
                opens = (
                    start == 0
                    and head.lstrip().startswith(whole[0])
                    or whole[start - 1].lower() in _DETERMINERS
                    or whole[start - 1].endswith(",")  # "Last year, patents granted to ..."
                )
                # "to universities", "to industrial enterprises" (not "to Beijing firms": all of a place's firms)
                performer = (
                    re.match(
                        r"(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:" + "|".join(_HOLDERS) + r")\b", " ".join(whole[i + 1 :])
                    )
                    is not None
                )
                if [w.lower() for w in whole[: i - 2]][-2:] in (["number", "of"], ["count", "of"]):
                    words = whole[i - 2 : i] if not performer else whole[i - 2 :]
                elif opens:  # ... but "patents granted to universities": a part, by whom it is held
                    words = whole[start:i] if not performer else whole[start:]
            if [w.lower() for w in words[:3]] in (["the", "number", "of"], ["the", "count", "of"]):
                words = words[3:]
            if low in _AIMING and words and words[0].lower() in ("for", "at", "to"):
                words = words[1:]  # "Beijing aims for revenue from medical robots of": revenue from medical robots
            break
    # drop trailing "in Haidian", "of the park": where, not what
    while True:
        cut = max((i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS), default=-1)
        if cut <= 0 or not _names_a_place(words[cut + 1 :]):
            break
        words = words[:cut]
    words = _clean_noun(words)
    at_start = head.strip().startswith(" ".join(words))
    field_only = all("&" in w or re.fullmatch(r"AI|\d+G", w) for w in words)  # "on R&D rose by": no head
    k = len(whole) - len(words)
    if (
        field_only
        and words
        and whole[k:] == words
        and k >= 2
        and whole[k - 1].lower() in ("on", "in")
        and re.fullmatch(r"(?i:spending|investment|expenditures?|outlays?)", whole[k - 2])
    ):  # "Changping's spending on R&D rose by": its head with it
        words = whole[k - 2 :]
        field_only = False
    if (
        not words
        or words[-1].lower() in _PREPOSITIONS | {"and"}
        or (_names_a_place(words) or field_only)
        and not at_start
    ):
        return []
    if len(words) == 1 and words[0].lower().strip("()") in _PRONOUNS:
        return []
    return words


def _whose(before: str, noun: list[str]) -> str:
    """ " of enterprises" when the clause's subject is a kind of holder in a named place and a
    verb of earning ties it to the measure ("Enterprises in the park earned total revenue of").

    >>> _whose("Enterprises in Zhongguancun Science Park earned total revenue of ", ["total", "revenue"])
    ' of enterprises'
    """
    m = re.search(
        r"(?:^|[.;:]\s+|,\s+)(?:the\s+)?([A-Za-z]+s(?:\s+(?:above|below|with|of)(?:\s+[a-z][\w-]*){1,2})?)\s+"
        r"(?:in|at|of|across|based in)\s+(?:the\s+)?"
        r"(?:[A-Z][\w’'-]*\s+|park\s+|zone\s+|district\s+|city\s+|area\s+)+(?:"
        + "|".join(sorted(_VERBISH))
        + r")\s+"
        + r"\s+".join(re.escape(w) for w in noun)
        + r"\s+\S+\s*$",
        _QUALIFIER_TAIL.sub("", before),
    )
    holder = m.group(1).lower() if m else ""
    return f" of {holder}" if holder.split(" ")[0] in _HOLDERS else ""


#: Plural nouns that hold a measure ("revenue of enterprises").
_HOLDERS = set("enterprises companies firms businesses institutes universities startups start-ups makers".split())


#: Words in front of a kind of body that do not name the kind ("and", "while", "last year", "data show").
_NOT_RAISERS = frozenset(
    "and while but or last this next year years month quarter data show shows say says said investors some both "
    "two three four five six seven eight nine ten several many most all few of".split()
)
#: A funding round's name ("Series C", "Series B+", "Round A", "Pre-A", "Pre-IPO") and a round named by
#: its kind ("seed round", "financing round"): one definition for names, sizes and firms that raise money.
ROUND_NAME = r"(?:Series|Round)\s+[A-H]\d?\+{0,2}(?![\w])|Pre-(?:[A-H]\d?|IPO|Series\s+[A-H])\+?"
ROUND_WORDS = r"(?:seed|angel|funding|financing)\s+round"
#: A round by its name, "round" after it or not: "Series B", "a Series B round", "an angel round".
_ROUND = r"(?:" + ROUND_NAME + r")(?:\s+(?:funding\s+|financing\s+)?round)?|" + ROUND_WORDS
#: Verbs of money a body raises, named with who raised it when the sentence names them by kind.
_RAISING = frozenset({"raised", "raise", "received", "secured", "attracted"})
#: Bodies named by kind as the subject of a verb of raising: "Beijing's brain-computer interface
#: companies", "Start-ups founded by Beihang alumni" (a possessor or article before them left out).
_RAISERS = re.compile(
    r"(?:^|[,;:]\s+|(?:^|\s)(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:’s|'s)|the|its|their|these|those)\s+|[.!?]\s+)"
    r"(?P<np>(?:[A-Za-z][\w-]*\s+){0,3}?(?:[Cc]ompanies|[Ff]irms|[Ss]tart-?ups|[Ee]nterprises|[Ss]pin-?offs|"
    r"[Ss]pinouts|[Mm]akers|[Dd]evelopers|[Dd]esigners)"
    r"(?:\s+(?:founded|backed|based|spun\s+out|incubated)\s+(?:by|in|at|from)\s+(?:[A-Za-z][\w'’-]*\s+){1,4}?)?)"
    r"(?P<where>\s+(?:in|across)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}?)?"  # "in Beijing": the subject's place
    r"\s*(?:have\s+|has\s+|had\s+|together\s+|jointly\s+|collectively\s+)?$"
)


#: Words before "investors" that say which of them, not what kind ("Other investors put ..."): those that
#: name no raisers either, and a few more.
_NO_KIND = _NOT_RAISERS | frozenset("other others such new existing individual more".split())


#: Words after "earned ... from" that name no source of income ("from a year earlier", "from abroad").
_NO_SOURCE = frozenset(
    "a an one year years abroad overseas home january february march april may june july "
    "august september october november december previous prior earlier level levels what which where "
    "it they them this that those".split()
)


#: Phrases of time or of the purse said between an amount spent and what it went to (each
#: leaves the space before the next word): "last year", "in 2025", "between 2026 and 2028",
#: "over the next three years", "in the first half", "from its own budget".
_WHEN_OR_PURSE = re.compile(
    r"^(?:\s*,?\s+(?:(?:last|this|next) year|each year|a year|annually|so far this year|"
    r"in (?:19|20)\d\d|during (?:the year|(?:19|20)\d\d)|"
    r"(?:between|from) (?:19|20)\d\d (?:and|to) (?:19|20)\d\d|"
    r"over the (?:next|past|last|coming) (?:[a-z-]+ )?(?:years?|months?)|"
    r"in the (?:first|second|third|fourth|last) (?:half|quarter|(?:[a-z]+ )?(?:months|quarters))"
    r"(?: of (?:the year|(?:19|20)\d\d))?|"
    r"from (?:its|their|the) (?:own )?(?:[a-z]+ )?(?:budget|coffers|funds?|purse))(?=[\s,]))+,?"
)


def _money_use(before: str, after: str) -> str | None:
    """What an amount of money is, named by the verb that spends or raises it, before it or
    as a participle after it, and by what it went to.

    >>> _money_use("The city spent ", " on chip design"), _money_use("of the ", " spent across the city")
    ('spending on chip design', 'spending')
    >>> _money_use("Firms earned ", " last year"), _money_use("It has ", " in cash") is None
    ('revenue', True)
    >>> _money_use("Universities earned ", " from technology transfer in 2024"), _money_use("It has set aside ", "")
    ('income from technology transfer', 'funding set aside')

    >>> _money_use("In 2024, deep-tech start-ups in Beijing raised ", " in 412 rounds")
    'funding raised by deep-tech start-ups'
    >>> _money_use("Equity investors put ", " into Beijing companies"), _money_use("Its investors put ", " into it")
    ('equity investment', 'investment')
    >>> _money_use("Districts spent ", " renovating former industrial sites between 2019 and 2025")
    'spending on renovating former industrial sites'
    >>> _money_use("The district will invest ", " from its budget in science and technology projects this year")
    'investment in science and technology projects'
    >>> _money_use("It will spend ", " between 2026 and 2028 on computing vouchers, training courses and events")
    'spending on computing vouchers'
    >>> _money_use("Haidian spent ", " in total"), _money_use("Haidian spent ", " last year in the district")
    ('spending', 'spending')
    >>> _money_use("Instrument and sensor start-ups raised ", ""), _money_use("Last year, and AI firms raised ", "")
    ('funding raised by Instrument and sensor start-ups', 'funding raised')
    """
    head = _QUALIFIER_TAIL.sub("", before)
    if re.search(r"\b(?:set|put|laid|earmarked)\s+aside\s*$", head, re.I):
        return "funding set aside"  # "has set aside 600 million yuan this year to help hospitals buy ..."
    m = re.search(r"\b(" + "|".join(_MONEY_VERBS) + r")\s*$", head, re.I)
    subject = head[: m.start()] if m else ""  # the words before a verb that comes before the amount
    if m:
        verb = m.group(1).lower()
    else:  # "the 285.8 billion yuan spent across Beijing"
        m = re.match(r"\s+(" + "|".join(v for v in _MONEY_VERBS if v.endswith(("ed", "nt", "id"))) + r")\b", after)
        if not m:
            return None
        verb, after = m.group(1), after[m.end() :]
    name = _MONEY_VERBS[verb]
    if verb == "drew" and re.match(r"\s+(?:from|on|down)\b", after):
        return None  # "drew 10 billion yuan from its reserve fund": money taken out, not investment attracted
    if verb in ("put", "puts"):
        aside = re.match(r"\s+(aside|away|to work|on hold|back|forward)\b", after)
        if aside:  # "put 2 billion yuan aside": set aside, not put into something
            return "funding set aside" if aside.group(1) in ("aside", "away") else None
    investors = (
        re.search(r"(?:^|\s)((?:[A-Za-z][\w-]*\s+){1,3}?)investors\s*$", subject) if name == "investment" else None
    )
    kind = [w for w in investors.group(1).split() if w.lower() not in _DETERMINERS] if investors else []
    if kind and not any(w[:1].isdigit() or w.lower() in _NO_KIND for w in kind):
        return " ".join(w if w.isupper() else w.lower() for w in kind) + " investment"  # "Equity investors put"
    through = (
        re.match(
            r"\s+(?:(?:last|this) year\s+|in\s+(?:19|20)\d\d\s+)?(?:through|via|by issuing)\s+"
            r"(?!(?:the|a|an|its|their|investors?)\b)((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=[,.;]|\s+(?:in|last|this|and)\b|$)",
            after,
        )
        if verb in _RAISING
        else None
    )
    if through:  # "raised 9.6 billion yuan last year through intellectual-property securitisation"
        return f"{name} through {through.group(1)}"
    raiser = _RAISERS.search(subject) if verb in _RAISING else None
    if raiser:  # "Beijing's brain-computer interface companies raised 3.1 billion yuan": funding raised by them
        words = [w for w in raiser.group("np").split() if w.lower() not in _DETERMINERS]
        if any((w.lower() in _NOT_RAISERS and (i == 0 or w != "and")) or w[:1].isdigit() for i, w in enumerate(words)):
            words = []  # "..., and robotics firms", "Last year AI firms", "five companies": no kind named
        if words and (
            re.fullmatch(r"(?:Companies|Firms|Start-?ups|Enterprises|Spin-?offs|Spinouts)", words[0])
            or (  # "Water-monitoring start-ups raised" (not "Beijing-based start-ups": a place)
                re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)+", words[0])
                and not re.search(r"-(?:based|registered|listed|headquartered|funded|backed)$", words[0])
            )
        ):
            words[0] = words[0].lower()  # "Start-ups founded by ...", opening the sentence
        if words:
            return f"{name} by {' '.join(words)}"
    # "spent 3 billion yuan on X", "put 3.2 billion yuan of fiscal money into X"; when, and from
    # which purse, may come between ("spent 80 million yuan last year on X", "will invest 300
    # million yuan from its budget in X", "will spend 150 million yuan between 2026 and 2028 on X")
    if name in ("spending", "investment"):
        after = _WHEN_OR_PURSE.sub("", after, count=1)
    target = re.match(
        r"\s+(?:of\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+)?(on|in(?!\s+(?:total|all|full|addition\b|"
        # (where it was spent: "in Haidian", "in Haidian District", "in the district"; not "in Zhipu AI")
        r"[A-Z][a-z]+(?:\s+(?:District|City|County|Province))?(?=\s*(?:[,.;:)]|$|\s+(?:last|this|in|on|during|between|"
        r"over|since|and|from|to|for)\b))|"
        r"the\s+(?:district|city|park|zone|area|capital|country|region|county|town|province)\b(?!['’]s)))|into|"
        r"to(?!\s+(?:build|expand|develop|support|upgrade|set|help|buy|fund|create|make|hire|train|open|construct|"
        r"improve|add|acquire|equip|cover|pay|attract|cut|boost|raise|lift|speed|bring)\b)|for)\s+"
        r"(?:its\s+|their\s+|the\s+|an?\s+(?!(?:push|bid|move|drive|campaign|effort|attempt|way|plan)\b))?"
        r"((?:" + _WORD + r"\s*){1,6})",
        after.replace("“", "").replace("”", "").replace('"', ""),
    )
    source = re.match(
        r"\s+from\s+(?:its\s+|their\s+)?((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?)"
        r"(?=[,.;:)]|\s+(?:in|last|this|during|over|since|and|at|for|to)\b|$)",
        after,
    )
    if (
        name in ("income", "revenue")
        and source
        and (first := source.group(1).split()[0]) not in _DETERMINERS
        and (first not in _NO_SOURCE or first in ("overseas", "home") and " " in source.group(1))
    ):  # "from overseas" is where from, "from overseas business" what from
        return f"income from {source.group(1)}"  # "earned 9.2 billion yuan from technology transfer"
    if target and name in ("spending", "investment"):
        words = _clean_noun(_noun_after(target.group(2)))
        if words:
            return f"{name} {'on' if name == 'spending' else 'in'} {' '.join(words)}"
    doing = (
        re.match(r"\s+([a-z]+ing)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s)\b", after) if name == "spending" else None
    )
    if doing and doing.group(1) not in ("including", "bringing", "making", "taking"):
        return f"spending on {doing.group(1)} {doing.group(2)}"  # "spent 7.6 billion yuan renovating old sites"
    return name


#: Money named by what it is after the amount: "18.6 million yuan in subsidies", "2 billion
#: yuan in licensing income" (not "in the first half", "in Haidian", "in 2023").
_MONEY_KIND = re.compile(
    r"\s+in\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?:subsidies|grants|funding|investment|investments|revenue|revenues|"
    r"income|sales|financing|capital|cash|aid|support|debt|loans|taxes|fees|bonuses|rewards|awards|donations|"
    r"payments|royalties|dividends|earnings|profits|spending|funds|orders|breaks|exports|imports|contracts|deals|"
    r"output|transactions|bookings|credits|incentives|profit|interest|wages|salaries|pay|rent|rents))"
    r"(?=[,.;:)]|\s+(?:to|from|for|between|among|in|last|this|over|since|by|and|at|during|with|across|on)\b|$)"
)
#: Words that make "in ..." a time, a manner or a currency, not a kind of money.
_NOT_MONEY = set(
    "the a an its their his her our this that these those all real nominal terms yuan dollars years months "
    "weeks days quarters instalments installments tranches stages phases parts batches rounds".split()
)
#: Verbs that hand money over, named by their participle: "paid (out) ... in subsidies" -> "subsidies paid".
_HANDED = re.compile(
    r"\b(paid|received|raised|granted|awarded|disbursed|allocated|earned|collected|secured|handed|given|"
    r"distributed|offered|issued)(?:\s+(?:out|over|back))?(?:\s+(?:about|around|roughly|nearly|some|more than|"
    r"over|almost|a total of|a combined))?\s*$"
)


#: The verb of costing at the end of the text before an amount ("... now costs").
_COSTS = re.compile(
    r"\s*(?:(?:that|which)\s+)?(?:now\s+|still\s+|typically\s+|usually\s+|only\s+|would\s+|will\s+)?"
    r"(?:costs?|costing|(?P<sold>sells?\s+for|sold\s+for|(?:is\s+|was\s+|are\s+|were\s+)?priced\s+at|"
    r"retails?\s+for|retailed\s+for|goes\s+for|go\s+for|went\s+for))"
    r"(?P<average>\s+(?:an\s+)?average\s+of)?"  # "sold for an average of"
    r"(?:\s+(?:about|around|roughly|some|nearly|just|only|over|more than|less than|under))?\s*$"
)
#: Words before which the subject of "costs" does not reach.
_COST_STOP = {"say", "says", "said", "that", "which", "and", "estimate", "estimates", "while", "but", "where"}


#: Last words of firms' names (not of products' names: "Unitree Go2 Robot", "Smart Home Hub").
_FIRM_SUFFIX = re.compile(
    r"Robotics|Technologies|Technology|Tech|Group|Holdings|Inc\.?|Ltd\.?|Co\.?|Corp\.?|Corporation|Capital|"
    r"Ventures|Labs|Systems|Semiconductors?|Software|Biotech|Pharma|Pharmaceuticals|Electronics|Motors|Dynamics|"
    r"Intelligence|Industries|Company"
)


def _cost_of(before: str) -> str | None:
    """The cost of what the clause's subject names ("The average booking costs" 3,000 yuan);
    None when that is a pronoun ("Each one costs").

    >>> _cost_of("The average booking costs "), _cost_of("insiders say training a large model in Beijing now costs ")
    ('average cost of booking', 'cost of training a large model')
    >>> _cost_of("Each one costs ") is None, _cost_of("In Haidian the average desk costs ")
    (True, 'average cost of desk')
    >>> _cost_of("A research-grade dog that cost "), _cost_of("The basic model now sells for about ")
    ('cost of research-grade dog', 'price of basic model')
    >>> _cost_of("A research dog that cost 150,000 yuan in 2024 now sells for ")
    'price of research dog'
    >>> _cost_of("Hydrogen at the district's 14 public refuelling stations sold for an average of ")
    'average price of hydrogen'
    >>> _cost_of("Flying a one-litre experiment to orbit and back cost about ")
    'cost of flying a one-litre experiment to orbit and back'

    """
    # the end of the text is enough, and no long run of spaces is searched (from a word's start: not "esearch dog")
    tail = before.rstrip()
    before = (tail[-120:] if len(tail) <= 120 or tail[-121].isspace() else tail[-120:].split(None, 1)[-1]) + " "
    verb = _COSTS.search(before)
    if not verb or re.search(r"\bto\s*$", before[: verb.start()]):
        return None  # "is expected to cost": no subject of its own here
    end = verb.start()
    doing = re.fullmatch(r"\s*([A-Z][a-z]+ing\s+[^,;:]{3,80}?)(?:\s+now|\s+still)?\s*", before[:end])
    if doing and not verb.group("sold"):  # "Flying a one-litre experiment to orbit and back cost": that
        return "cost of " + doing.group(1)[0].lower() + doing.group(1)[1:]
    said = re.search(r"\s(?:that|which)\s+(?:\w+\s+){0,3}?(?:cost|sold|was|were)\b[^;]*\d[^;]*$", before[:end])
    if said:  # "A dog that cost 150,000 yuan three years ago now sells for": what the clause is about
        end = said.start()
    words: list[str] = []
    for word in reversed(before[:end].split()):
        if word.endswith((",", ";", ":", ".")) or word.lower() in _COST_STOP or len(words) >= 8:
            break
        words.insert(0, word)
        if word.lower() in ("the", "a", "an") and not (len(words) < 8 and _before_article(before, end, words)):
            break  # the noun phrase starts with its article
    while len(words) > 2 and words[-2].lower() in ("in", "at") and words[-1][:1].isupper():
        words = words[:-2]  # "... in Beijing": where, not what
    head = before[:end].split()
    previous = head[-len(words) - 1].lower() if len(head) > len(words) else ""
    k = len(head) - len(words)
    if (
        verb.group("sold")
        and previous in ("at", "in", "from")
        and k >= 2
        and re.fullmatch(r"[A-Za-z][a-z-]+", head[k - 2])
        and head[k - 2].lower() not in _COST_STOP | _PRONOUNS | {"the", "a", "an", "is", "are", "was", "were"}
    ):  # "Hydrogen at the district's 14 stations sold for": what is sold there, not the stations
        words, previous = [head[k - 2].lower() if k - 2 == 0 else head[k - 2]], ""
    if previous in ("to", "of", "at", "for", "in", "on", "from", "with", "by", "about"):
        return None  # "A ticket to the World Robot Conference costs": the object of a preposition is not what costs
    words = _clean_noun(words)
    if not words or words[0].lower() in _PRONOUNS | {"each", "one", "both", "all"}:
        return None
    if verb.group("sold") and (
        words[-1].lower() in ("shares", "stock", "stocks", "company", "firm", "startup", "start-up", "business")
        or (all(w[:1].isupper() for w in words) and _FIRM_SUFFIX.fullmatch(words[-1].strip("’'")) is not None)
    ):  # "Its shares sold for 12.5 yuan", "Lingbu Robotics sells for 2 billion": a market's price, not a product's
        return None
    if len(words) == 1 and words[0].lower().endswith("ing") and not previous.endswith("ing"):
        return None  # "operating costs 2.1 billion yuan": "costs" is a noun
    noun = "price" if verb.group("sold") else "cost"  # "sells for", "is priced at": what a buyer pays
    if verb.group("average"):
        return f"average {noun} of " + " ".join(words)
    if words[0].lower() == "average" and len(words) > 1:
        return f"average {noun} of " + " ".join(words[1:])
    return f"{noun} of " + " ".join(words)


def _before_article(before: str, end: int, words: list[str]) -> bool:
    """Whether the word before an article is a gerund that heads the phrase ("training a model")."""
    head = before[:end].split()
    previous = head[-len(words) - 1] if len(head) > len(words) else ""
    return previous.lower().endswith("ing") and previous.lower() not in ("during", "including", "according")


def _money_kind(before: str, after: str) -> str | None:
    """What an amount of money is when the words after it say ("in subsidies"), with the
    verb that handed it over as a participle.

    >>> _money_kind("The platform has paid out ", " in subsidies to 312 companies")
    'subsidies paid'
    >>> _money_kind("Firms reported ", " in licensing income last year")
    'licensing income'
    >>> _money_kind("Enterprises in the park earned ", " in total revenue last year")
    'total revenue'
    >>> _money_kind("Output reached ", " in the first half") is None, _money_kind("It made ", " in real terms") is None
    (True, True)
    """
    m = _MONEY_KIND.match(after)
    if not m or any(w in _NOT_MONEY for w in m.group("np").split()):
        return None
    if re.search(
        r"\b(?:revenues?|income|sales|earnings|profits?|output|interest|wages|salaries|pay|rents?)$", m.group("np")
    ):
        return m.group("np")  # "earned 658.3 billion yuan in total revenue": revenue is earned
    verb = _HANDED.search(_QUALIFIER_TAIL.sub("", before))
    return m.group("np") + (f" {verb.group(1)}" if verb else "")


_PLACE_POSSESSIVE = re.compile(
    r"\b(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,3}?"  # "the zone's", "Shunyi District's"
    r"(?:zone|district|park|city|capital|country|nation|science city|area|region|province|valley|cluster|corridor)"
    r"(?:’s|'s)\s+",
    re.I,
)


#: Things counted, then the value of them all: "118 agreements last year with a combined value of",
#: "8,000 contracts worth a combined".
#: Things a verb did, worth an amount: "redeemed innovation vouchers worth", "signed contracts worth".
_DONE_WORTH = re.compile(
    r"\b(?P<verb>[a-z]{3,}ed)\s+(?:(?:a\s+)?(?:total|combined)\s+of\s+)?"
    r"(?P<noun>(?:(?!(?:with|and|or|of|for|in|to|at|by|the|a|an|its|their)\b)[a-z][\w-]*\s+){0,3}?[a-z][\w-]*s)"
    r"\s+worth(?:\s+a)?(?:\s+(?:combined|total))?"
    r"\s+(?:about |around |roughly |nearly |some |more than |over |almost )?(?:US\$|\$|RMB\s?|¥)?$",
    re.I,
)
_VALUE_OF = re.compile(
    r"\d(?:[\d,.]*\d)?\s+(?P<noun>(?:(?!(?:with|and|or|of|for|in|to|at|by)\b)[a-z][\w-]*\s+){0,4}?[a-z][\w-]*s)\s+"
    r"(?:(?:last|this) year\s+|in (?:19|20)\d\d\s+)?"
    r"(?:(?:with|for|at)\s+(?:a|an)\s+(?:combined|total|aggregate)\s+value\s+of|worth(?:\s+a)?(?:\s+(?:combined|total))?)"
    r"\s+(?:about |around |roughly |nearly |some |more than |over |almost )?(?:US\$|\$|RMB\s?|¥)?$",
    re.I,
)


#: What takes a share, the subject of the clause: "Contracts in new-generation information
#: technology accounted for" 42.6 percent of turnover.
_SHARE_TAKER = re.compile(
    # "Final figures show that enterprises accounted for": the taker after a reporting verb
    r"(?:^|[,;:]\s+|\.\s+|\band\s+|\b(?:show|shows|showed|said|says|found|finds)\s+(?:that\s+)?)(?:the\s+)?"
    r"(?P<np>(?!(?:that|show|shows|showed|said|says|found|finds|compared|against|versus|up|down|from|with|and|but|"
    r"while)\b)"
    r"[A-Za-z][\w’'-]*"
    r"(?:\s+(?!(?:accounted|show|shows|showed|said|says|found|finds)\b)[\w’'-]+){0,9}?)\s+"
    r"(?:accounted for|accounts? for|made up|makes? up|represented|represents?|contributed|"
    r"brought in|brings? in|provided|provides?|supplied|supplies|generated|generates?)\s*$"
)


#: Verbs that tie a figure to its measure, which are never the measure themselves.
_LINK_VERBS = frozenset(
    "stood stands was were is are remained remains stayed stays reached reaches hit hits totalled totaled totals came "
    "comes amounted amounts rose rises fell falls grew grows".split()
)
#: Words for a change, which are the change of another measure, never a measure of their own.
_CHANGE_NOUNS = frozenset(
    "increase increases rise rises gain gains growth jump jumps drop drops decline declines fall falls decrease "
    "decreases surge surges rebound change changes climb climbs".split()
)

#: A superlative right after a count: the number picks some out ("the three biggest districts",
#: "its five most active investors"), it counts nothing ("120 leading firms", "300 top researchers" do count).
_SELECTION = re.compile(
    r"\s+(?:biggest|largest|smallest|best|worst|fastest|slowest|strongest|weakest|highest|lowest|busiest|richest|"
    r"poorest|wealthiest|oldest|youngest|most\s+[a-z]+|least\s+[a-z]+)\b",
    re.I,
)


#: "The number of X" changed to the figure: "raise the number of X within its borders from 9 today to 20",
#: "..., bringing the number of routes in operation to 71": X is what is counted.
_NUMBER_OF_CHANGED = (
    re.compile(
        r"\bthe (?:number|count|total) of\s+(?P<noun>(?:[\w-]+\s+){0,5}?[\w-]+?)"
        r"(?:\s+(?:within|in|at|across|on)\s+[^,;]{0,40}?)?\s+from\s+"
        r"(?:(?:about |around |some )?[\d,.]+\s*(?:[\w-]+\s+){0,3}?to\s+)?(?:about |around |some |more than )?$"
    ),
    re.compile(
        r"\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|increas(?:e|es|ed|ing)|"
        r"push(?:es|ed|ing)?|tak(?:e|es|ing)|took)\s+the (?:number|count|total) of\s+"
        r"(?P<noun>(?:[\w-]+\s+){0,5}?[\w-]+?(?:\s+in\s+(?:operation|service|use))?)"
        r"(?:\s+(?:within|in|at|across|on)\s+[^,;]{0,40}?)?\s+to\s+(?:about |around |some |more than |over )?$"
    ),
)


#: People named by the body they study or work at ("graduates of X", "researchers at X").
AFFILIATED_PEOPLE = (
    r"graduates|alumni|returnees|students|researchers|scientists|professors|academics|engineers|postdocs|"
    r"faculty members"
)
#: Verbs of founding companies ("have set up 212 companies", "companies founded").
FOUNDING = r"set up|founded|started|launched|created|established|co-founded"
#: People who found companies, as the subject right before the count: "Foreign graduates of Beijing
#: universities have set up", "Tsinghua alumni founded", "Returnees started".
_FOUNDERS = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+|\b(?:and|but|while|where)\s+)(?:(?:[Ii]n\s+(?:19|20)\d\d|[Ll]ast\s+year|[Tt]his\s+year),?\s+)?"
    r"(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?"
    r"(?P<who>(?:(?!(?:the|its|their|some|about|many|most|where|which|who|that|when|as)\b)[A-Za-z][\w-]*\s+){0,3}?"
    r"(?i:" + AFFILIATED_PEOPLE + r"|women|doctoral students|PhD holders|investors|entrepreneurs|investment funds)"
    r"(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)?)"
    r"\s+(?:have\s+|has\s+|had\s+)?(?:together\s+|so far\s+|now\s+|already\s+)?"
    r"(?:" + FOUNDING + r")\s+"
    r"(?:about\s+|some\s+|more than\s+|over\s+|nearly\s+|almost\s+|around\s+)?$"
)


#: Common words that open a group of founders: lower-cased at the start of a sentence.
_FOUNDER_WORDS = frozenset(
    """foreign overseas international young female women local former returnees graduates alumni students researchers
    scientists professors academics engineers postdocs doctoral university college faculty staff investors
    entrepreneurs private domestic""".split()
)


#: The share of revenue a body spends on research ("spent 14.2 percent of their revenue on R&D").
RD_INTENSITY = "R&D spending as a share of revenue"


#: A part of a year said in a measure's words: "first-half (revenue)", "(revenue) in the first quarter".
_PART_OF_YEAR_WORDS = re.compile(
    r"^(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:half|quarter)|half-year|first-half|nine-month|"
    r"full-year|year-to-date|Q[1-4]|H[12])\s+(?=[a-z])"
    r"|\s+(?:in|during|for|over)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|past|latest)\s+)?"
    r"(?:quarter|half|nine months|three quarters|six months|(?:two|three|four|five|six|seven|eight|nine|ten|eleven)"
    r"\s+months)(?:\s+of\s+(?:the\s+year|(?:19|20)\d\d))?$",
    re.I,
)


#: A payment named before its amount: "a stipend of", "grants of up to", "an average subsidy of".
_PAYMENT_OF = re.compile(
    r"(?:^|\s)(?:(?:a|an|the|its|their|his|her)\s+)?(?P<average>(?:average|median|mean)\s+)?"
    r"(?P<noun>(?:(?!(?:paid|pays|pay|received|receives|offered|offers|got|gets|won|wins|with|of|and|or|a|an|the|"
    r"its|their|in|to|for|on)\b)[A-Za-z&][\w&-]*\s+)?"
    r"(?:stipends?|grants?|subsid(?:y|ies)|salary|salaries|wages?|bonus(?:es)?|allowances?|awards?|prizes?|"
    r"rewards?|fees?|rents?))\s+of\s+(?:up\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?$",
    re.I,
)
#: A wire story's dateline opening a sentence: "BEIJING —", "BEIJING, March 3 (Xinhua) --", "BEIJING (Agency) - ".
DATELINE = re.compile(
    r"\s*(?-i:[A-Z][A-Z.'’ -]{2,30}?)(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\))?"
    r"\s*(?:—|–|--|-(?=\s))\s+(?=[A-Z\"“‘'])"
)
#: A judgement of a change, then the change as a participle: "(exports) were weaker, slipping".
_CHANGED_PAST = {
    "rising": "rose",
    "climbing": "climbed",
    "growing": "grew",
    "increasing": "increased",
    "jumping": "jumped",
    "surging": "surged",
    "expanding": "expanded",
    "falling": "fell",
    "slipping": "slipped",
    "dropping": "dropped",
    "declining": "declined",
    "decreasing": "decreased",
    "shrinking": "shrank",
}
_JUDGED_THEN_CHANGED = re.compile(
    r"\s+(?:was|were|is|are|came in|proved|looked)\s+(?:\w+\s+){0,2}?(?:weaker|stronger|softer|firmer|slower|faster|"
    r"mixed|flat|better|worse|brighter|weak|strong|soft|firm|slow|fast)(?:\s+than\s+[^,;]{1,40})?,\s+"
    r"(" + "|".join(_CHANGED_PAST) + r")(?=\s)",
    re.I,
)


#: A count and the plural noun of what it counts ("137 licences", "14 disclosed rounds"), whose value may follow.
_COUNTED_THINGS = (
    r"\d[\d,]*\s+(?!percent\b|per\s+cent\b)(?P<noun>(?:(?!and\b|or\b|of\b)[a-z][\w-]*\s+){0,3}?[a-z][\w-]*[a-rt-z]s)\b"
)
#: A figure said as an average: "Its fares have averaged", "Salaries averages".
_AVERAGED = re.compile(
    r"\b(?<!the\s)(?<!an\s)averag(?:ed|es)\s+(?:out\s+at\s+)?"
    r"(?:about |around |roughly |some |nearly |just over |just under )?$",
    re.I,
)
#: What an average is taken over, after the figure and its unit: "2.9 yuan per kilometre", "4,100 a day".
_AVERAGED_OVER = re.compile(
    r"\s*(?:yuan|dollars|US dollars)?\s+(?:per|a|an|each)\s+(kilometre|kilometer|km|kilogram|kg|tonne|ton|hour|"
    r"month|unit|trip|ride|order|square metre|square meter)\b"
)


#: Units of physical quantities, which a figure's words may name in place of what it measures ("12,000
#: mu of orchards"); lengths and data are left, as their units name them well ("kilometres of line").
_PHYSICAL_UNIT = re.compile(
    r"(?:(?P<area>mu|hectares?|square[- ](?:metres?|meters?|kilometres?|kilometers?)|acres?)|"
    r"(?P<volume>cubic[- ](?:metres?|meters?)|litres?|liters?)|(?P<mass>tonnes?|tons?|kilograms?)|"
    r"(?P<energy>(?:kilo|mega|giga)watt[- ]hours?|[kmg]wh)|(?P<power>(?:kilo|mega|giga)watts?))\b",
    re.I,
)
#: An average said before an amount, each of things counted before it: "an average of", "averaging".
AVERAGE_EACH = re.compile(
    r"\b(?:(?:an|the)\s+average\s+of|averaging)\s+(?:about |around |roughly |some |nearly |almost |just over )?$"
)
#: Plurals of deals, each of which has a value: "contracts", "rounds", "deals".
_DEALS = r"contracts|deals|rounds|transactions|orders|investments|acquisitions|loans|grants|projects|listings"


#: A label right before its figure in a list after a colon: "(100 million yuan): output value 1,426.0;
#: revenue 1,318.4" (a noun phrase of a few words, no verb).
_LISTED_LABEL = re.compile(
    r"(?:[:：]|;)\s*(?P<label>(?!(?:and|or|the|in|of|with|by)\b)[A-Za-z][\w&'’-]*(?:\s+[\w&'’-]+){0,4})\s+$"
)


#: A measure of its own after "and", its verb not said again: "(revenue came to 4.6 trillion yuan,) and R&D
#: spending to"; its noun has a word in lower case (not a place's: "Haidian was home to 130, and Chaoyang to").
_GAPPED_MEASURE = re.compile(
    r"(?:,\s*|\s)and\s+(?P<det>(?:its|their|the)\s+)?"
    # (a noun phrase of up to four words, no clause of its own: not "the company aims to lift them to")
    r"(?P<noun>(?=[^,;]*\b[a-z]{3,})(?:[\w&’'-]+\s+){0,3}[\w&’'-]+)"
    r"(?<!\bclose)(?<!\bcloser)(?<!\bup)(?<!\bnext)(?<!\bdue)(?<!\bequal)(?<!\bequivalent)\s+(?:to|at)\s+"
    r"(?:about |around |nearly |almost |over |more than |some |roughly |just over |just under )?$"
)
#: Words that make the words after "and" a clause of its own, no measure's noun ("and the company aims to lift
#: them to", "and compared to", "and over the same period costs to", "and growth is expected to slow to").
_NO_GAPPED_NOUN = re.compile(
    r"\b(?:is|are|was|were|be|been|to|aims?|plans?|hopes?|expects?|expected|wants?|intends?|compared|period|same|"
    r"it|them|figure|this|that|over)\b",
    re.I,
)
#: The verb the gapped clause leaves out, said in the clause before it.
_GAPPED_VERB = re.compile(
    r"\b(?:came|rose|grew|fell|climbed|jumped|dropped|declined|amounted|increased|decreased|comes|rises|grows|"
    r"falls|amounts)\s+to\b|\b(?:stood|stands)\s+at\b"
)


#: What is counted when a thing was done so many times ("were downloaded 2.3 billion times": downloads).
_TIMES_DONE = {
    "downloaded": "downloads", "streamed": "streams", "viewed": "views", "watched": "views", "played": "plays",
    "cited": "citations", "visited": "visits", "installed": "installs", "accessed": "accesses", "shared": "shares",
    "called": "calls", "queried": "queries", "fired": "firings", "flown": "flights", "launched": "launches",
    "used": "uses", "read": "reads", "searched": "searches", "clicked": "clicks", "booked": "bookings",
    "borrowed": "loans", "reused": "reuses", "forked": "forks", "starred": "stars", "liked": "likes",
}  # fmt: skip
#: The verb of a deed right before a count of the times it was done ("were downloaded (2.3 billion times)").
DONE_TIMES = re.compile(
    r"\b(?:" + "|".join(_TIMES_DONE) + r")\s+"
    r"(?:about |around |nearly |almost |over |more than |some |roughly |just over |just under )?$"
)
#: A multiple that compares ("(used 10) times less energy", "(4) times more often", "(booked) three times over",
#: "... over its capacity"): no count of a deed ("flown 12,000 times over Yanqing", "over the past year", "over
#: two years", "80,000 times per month": where or when it was done, or how often).
TIMES_COMPARED = re.compile(
    r"\s*(?:(?:thousand|million|billion)\s+)?times\s+(?:"
    r"(?:more|less|fewer|as|than|the|that|(?!(?:over|per|under|after|ever|never|other)\b)[a-z]+er)\b|"
    r"over\b(?!\s+(?:(?:the\s+)?[A-Z]|\d|(?:the\s+)?(?:past|last|next|previous|first|same|whole|entire)\b|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+"
    r"(?:years?|months?|weeks?|days?|decades?|quarters?)\b)))"
)


def done_times(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]``, said in times, counts how often a deed was done (not a multiple
    that compares).

    >>> done_times("It was downloaded 500 times.", 18, 21), done_times("It used 10 times less energy.", 8, 10)
    (True, False)
    """
    return DONE_TIMES.search(text[max(0, start - 60) : start]) is not None and not TIMES_COMPARED.match(text, end)


_DONE_SO_OFTEN = re.compile(
    r"(?:(?P<np>(?:[\w&’'-]+\s+){0,4}?[\w&’'-]+)\s+)?"
    r"(?:(?:were|was|is|are|has been|have been|had been|has|have|had)\s+)?"
    r"(?:now\s+|already\s+|also\s+)?(?P<verb>" + "|".join(_TIMES_DONE) + r")\s+"
    r"(?:about |around |nearly |almost |over |more than |some |roughly |just over |just under )?$"
)


def _done_so_often(before: str, after: str) -> str | None:
    """The count of a thing done so many times, named by the deed and what it was done to.

    >>> _done_so_often("Its open-source repositories were downloaded more than ", " million times last year.")
    'downloads of open-source repositories'
    >>> _done_so_often("Their engine has now fired ", " times on the stand."), _done_so_often("It grew ", " times")
    ('firings of engine', None)
    >>> _done_so_often("which have been downloaded ", " times"), _done_so_often("This page has been viewed ", " times")
    ('downloads', None)
    """
    done = _DONE_SO_OFTEN.search(before)
    if done is None or not re.match(
        # ("times" said, or read already as the figure's unit: the words after it)
        r"\s*(?:(?:thousand|million|billion)\s+)?times\b|"
        r"\s*(?:[,.;:)]|$|(?:in|last|this|since|on|by|during|from|per|each|every|a|an|over|so|now|already)\b)",
        after,
    ):
        return None
    if TIMES_COMPARED.match(after):
        return None  # "4 times more often": a multiple that compares
    words = (done.group("np") or "").split()
    # (only the words of its own noun phrase: not "installed on 3,000 robots and used")
    cut = max(
        (k + 1 for k, w in enumerate(words) if re.search(r"\d", w) or w.lower() in ("and", "or", "on", "in")), default=0
    )
    words = [re.sub(r"['’]s?$", "", w) for w in words[cut:]]
    while words and words[0].lower() in _DETERMINERS | {"which", "that", "who", "and", "but", "it", "they", "we"}:
        words = words[1:]
    words = [w for w in words if w.lower() not in ("which", "that", "who")]
    if words and words[-1].lower() in ("page", "article", "story", "post", "item", "news", "report", "video"):
        return None  # "This page has been viewed 3,418 times": a visit counter, no fact of the ecosystem
    noun = _TIMES_DONE[done.group("verb")]
    return f"{noun} of {' '.join(words)}" if words else noun


def measure_phrase(before: str, after: str, unit: str | None) -> str | None:
    """:func:`_measure_words`, and a figure said as an average named so ("Its fares have averaged 2.9 yuan
    per kilometre": average fares per kilometre).

    >>> measure_phrase("Its fares have averaged ", " yuan per kilometre this year.", "yuan")
    'average fares per kilometre'
    >>> measure_phrase("The city registered 48,930 contracts in June, an average of about ", " each", "yuan")
    'average value per contract'
    >>> measure_phrase("It paid 38 firms an average of ", " each.", "yuan")
    'average amount per firm'
    >>> measure_phrase("Its sensors cover about ", " mu of orchards and vineyards.", None)
    'orchards and vineyards (mu)'
    >>> measure_phrase("Its bioreactor capacity stands at ", " litres.", None)
    'bioreactor capacity (litres)'
    >>> measure_phrase("Our crews inspected ", " kilometres of high-voltage line.", None)
    'kilometres of high-voltage line inspected'
    >>> measure_phrase("Key figures (100 million yuan): output value ", "; revenue 1,318.4.", "yuan")
    'output value'
    >>> measure_phrase("Revenue came to 4.6 trillion yuan, and their R&D spending to ", " yuan.", "yuan")
    'R&D spending'
    >>> measure_phrase("Exports came to 860 million yuan, and close to ", " percent of that went to Europe.", "percent")
    >>> measure_phrase("Sales climbed to 3.2 billion yuan, and the company aims to lift them to ", " yuan", "yuan")
    """
    phrase = _done_so_often(before, after) or _measure_words(before, after, unit)
    gapped = _GAPPED_MEASURE.search(before)
    if (
        phrase is None
        and gapped
        and _GAPPED_VERB.search(before[: gapped.start()])
        and not _NO_GAPPED_NOUN.search(gapped.group("noun"))
    ):
        # "Revenue came to 4.6 trillion yuan, and R&D spending to 312.4 billion": the verb said once
        phrase = _measure_words((gapped.group("det") or "") + gapped.group("noun") + " came to ", after, unit)
    listed = _LISTED_LABEL.search(before)
    if (
        phrase is None
        and listed
        and re.match(r"\s*(?:[;,.]|$|and\b)", after)
        # (not a unit note: "Unit: design service revenue in 100 million yuan")
        and not re.search(r"\b(?:in|of|at|on|for|to|by|from|with|per)$", listed.group("label"))
        and not re.search(r"\b(?i:units?)\s*[:：]", before)
        # a list after a colon, of nouns: not "...; Haidian District has" or "; it now has more than a"
        and re.search(r"[:：]", before)
        and not re.search(r"\b(?:has|have|had|is|are|was|were|it|they|we|now|more|than)\b", listed.group("label"), re.I)
    ):
        # "Key figures (100 million yuan): output value 1,426.0; revenue 1,318.4": a list of labels and figures
        phrase = listed.group("label")
    physical = _PHYSICAL_UNIT.match(phrase or "")
    if phrase and physical:
        # "12,000 mu of orchards", "3.2 gigawatt-hours of storage shipped": what the quantity is of, not its unit;
        # "bioreactor capacity stands at 16,000 litres": the phrase before; "treated 900 hectares": the area treated
        rest = phrase[physical.end() :].strip()
        of = re.match(r"of\s+(?!(?:the|a|an|its|their)\b)(.+)$", rest)
        named = _clean_noun(_noun_before(before)) if not of else []
        said = physical.group().lower()  # (kept in the name: the unit is "count", and mu are no hectares)
        if of:
            phrase = f"{of.group(1)} ({said})"
        elif named and not _PHYSICAL_UNIT.match(" ".join(named)):
            phrase = f"{' '.join(named)} ({said})"
        elif re.fullmatch(r"[a-z]+ed", rest) and physical.group("area"):
            phrase = f"area {rest} ({said})"  # "treated 900 hectares": the area treated ("tonnes produced" stays)
    each = re.search(r"\b\d[\d,]*\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b(?![^,;]*\d)[^;]*?\baverag", before)
    if (
        phrase in ("average", None)
        and unit in ("yuan", "usd")
        and (m := AVERAGE_EACH.search(before))
        and (m.group().startswith("averaging") or re.match(r"\s+(?:each|apiece)\b", after))
        and each
    ):
        # "registered 48,930 contracts, an average of 9.87 million yuan each": the average value per contract;
        # "paid 38 firms an average of 5 million yuan each": the average amount per firm
        counted = each.group(1).split()
        what = "value" if re.fullmatch(_DEALS, counted[-1]) else "amount"
        return f"average {what} per {' '.join([*counted[:-1], _singular(counted[-1])])}"
    if phrase and unit in ("yuan", "usd") and re.match(r"(?:percent|per cent)\s+of\b", phrase):
        return None  # "40 percent of its sales in 2025, worth 3 billion yuan": no amount named so
    if (
        phrase
        and unit != "percent"
        and _AVERAGED.search(before)
        and not re.match(r"(?i)(?:the\s+)?average\b", phrase)
        and not re.search(r"\b(?:of|on|for|in)\b|['’]s\b", phrase)  # (a plain noun: not "rides on X's robotaxis")
        and not re.search(r"\b(?i:" + _KIND_HEADS + r")$", phrase)  # (bodies average no figure: "firms averaged")
    ):
        over = _AVERAGED_OVER.match(after)
        said = phrase[:1].lower() + phrase[1:] if phrase[1:2].islower() else phrase  # ("Rides ... averaged")
        phrase = f"average {said}" + (f" per {over.group(1)}" if over and " per " not in phrase else "")
    return phrase


def _measure_words(before: str, after: str, unit: str | None) -> str | None:
    """See :func:`_measure_phrase`; a count a whole of a kind has is named by that kind ("Beijing's
    earthquake early-warning network had 2,360 sensor stations"); a place named in the possessive
    inside the phrase is its subject, not part of the measure ("revenue at the zone's equipment makers"); "research and
    development" is read as one word, R&D, and "small and medium-sized enterprises" as SMEs.

    >>> measure_phrase("Beijing's ", " biggest research districts", "count") is None
    True
    >>> measure_phrase("In Changping it rose 4 percent, and in Daxing District it grew ", " percent", "percent") is None
    True
    >>> measure_phrase("The park's battery makers sold ", " units", "count")
    'batteries sold'
    >>> measure_phrase("It will open a plant with an annual capacity of ", " robots", "count")
    'annual capacity'
    >>> measure_phrase("It had ", " specialized and sophisticated small and medium-sized enterprises", "count")
    'specialized and sophisticated SMEs'
    >>> measure_phrase("Beijing's earthquake early-warning network had ", " sensor stations", "count")
    'earthquake early-warning sensor stations'
    >>> measure_phrase("By the end of the year the industry counted ", " enterprises", "count")
    'enterprises'
    >>> measure_phrase("Its first-half revenue reached ", " in 2025", "yuan")
    'revenue'
    >>> measure_phrase("Its first-half revenue was ", "", "yuan")
    'first-half revenue'
    >>> measure_phrase("Exports of software services were weaker, slipping ", " percent to", "percent")
    'Exports of software services'
    """
    if unit in COUNT_UNITS and _SELECTION.match(after):
        return None  # "Beijing's three biggest research districts": a selection, no count
    quotes = str.maketrans("", "", '"“”')
    before, after = before.translate(quotes), after.translate(quotes)  # "the number of “specialized” SMEs"
    after = re.sub(r",?\s+such\s+as\s.*$", "", after)  # "companies selling AI solutions such as ...": examples
    # "jobs finished within 48 hours": a bound that is part of the name, kept as one word until the end
    before = re.sub(r"\b(within|in under|in less than)\s+(\d+)\s+(hours|days|weeks|minutes)\b", r"\1 \2-\3", before)
    before = (
        DATELINE.sub("", before, count=1) if DATELINE.match(before) else before
    )  # "BEIJING (Northgate) - Contract research organisations earned"
    # "Value added of the financial industry as a whole reached": the whole is the phrase's own, no measure
    before = re.sub(r",?\s+(?:as a whole|taken together|taken as a whole|in all)(?=,?\s+[a-z]+\s*$)", "", before)
    # "Exports of software services were weaker, slipping 3.4 percent to": the exports slipped
    before = _JUDGED_THEN_CHANGED.sub(lambda m: " " + _CHANGED_PAST[m.group(1).lower()], before)
    # '"5G + industrial internet" private networks': one name, its plus no break in it
    before, after = re.sub(r"(?<=\w)\s+\+\s+(?=\w)", " ", before), re.sub(r"(?<=\w)\s+\+\s+(?=\w)", " ", after)
    if unit in COUNT_UNITS and (
        named := re.match(
            r",?\s+(?:have|has|had|were|was)\s+(?:now\s+|so far\s+|also\s+)?(?:been\s+)?"
            r"(?:named|designated|recognized|recognised|certified|accredited|listed)\s+(?:as\s+)?(?:an?\s+)?"
            r"((?:(?!(?:in|on|at|by|the|for|to|of|and|with|as)\b)[\w-]+\s+){0,4}?(?!as\b)[\w-]{2,}s)\b(?!\s+of\b)",
            after,
        )
    ):
        return named.group(1)  # "1,046 have been named national-level little giants"
    rd = re.compile(r"\bresearch\s+and\s+(?:experimental\s+)?development\b", re.I)
    before, after = rd.sub("R&D", before), rd.sub("R&D", after)
    sme = re.compile(r"\bsmall\s+and\s+medium(?:[- ]sized)?\s+(?:enterprises|firms|companies|businesses)\b", re.I)
    before, after = sme.sub("SMEs", before), sme.sub("SMEs", after)  # one noun, not two kinds joined by "and"
    added = re.compile(r"\bvalue added\b", re.I)  # one noun, not a value that was added
    before, after = added.sub("value-added", before), added.sub("value-added", after)
    # a gloss in a noun phrase is no part of its name: "the additive manufacturing (3D printing) industry reached"
    gloss = r"(?<=[a-z])\s+\(([A-Za-z0-9][\w -]{0,30})\)(?=\s+[a-z])"
    before = re.sub(  # ... but a qualifier in brackets is: "industrial output (excluding energy)"
        gloss,
        lambda m: (
            " " + m.group(1)
            if re.match(r"(?:excluding|including|except|not|only|first|second|net|gross)\b|.*\bonly$", m.group(1))
            else ""
        ),
        before,
    )
    if unit == "percent" and (
        re.match(
            r"\s*(?:(?:percent|per cent|%)\s+)?of\s+(?:(?:its|their|the|annual|total|operating|sales)\s+)*"
            r"(?P<whole>revenue|revenues|sales|income|turnover)\s+on\s+(?:R&D|research|innovation)\b",
            after,
        )
        or (
            re.search(
                r"\bR&D\s+(?:spending|expenditure|investment)\s+(?:(?:at|to)|[^.;,\d]{0,60}?\b(?:reached|was|stood at|"
                r"hit|amounted to|equalled|came to|totalled|equal to|equivalent to|accounted for|made up))\s+"
                r"(?:[a-z]+\s+){0,3}$",
                before,
            )
            and re.match(
                r"\s*(?:(?:percent|per cent|%)\s+)?of\s+(?:(?:its|their|the|annual|total|operating)\s+)*"
                r"(?:revenue|revenues|sales|income|turnover)\b",
                after,
            )
        )
    ):  # "spent 14.2 percent of their revenue on R&D", "keep R&D spending at no less than 6.5 percent of revenue"
        return RD_INTENSITY
    if unit == "percent" and (
        other := re.match(
            r"\s*(?:(?:percent|per cent|%)\s+)?on\s+(?!R&D\b|research\b|(?:last|this|next|the|a|an)\b|year\b)"
            r"([a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
            r"(?=[,.;]|\s+(?:in|last|this|and|during)\b|$)",
            after,
        )
    ):
        spent = re.search(
            r"\b(?:spent|spend|spends|spending|invested|put)\s+[^.;]{0,40}?(?:percent|per cent|%)\s+of\s+"
            r"(?:(?:its|their|the|annual|total|operating)\s+)*(?:revenue|revenues|sales|income|turnover)\s+on\s+",
            before,
        )
        if spent:  # "spent 14 percent of revenue on R&D and 9 percent on marketing": the 9 is marketing's
            return f"{other.group(1)} spending as a share of revenue"
    paid = _PAYMENT_OF.search(before) if unit in ("yuan", "usd") else None
    if paid:  # "pays 31 people a stipend of 8,000 yuan a month": the monthly stipend
        per = re.match(r"\s*(?:a|per|each|every)\s+(month|year)\b", after)
        noun = paid.group("noun").lower()
        if per and not re.match(r"(?:monthly|annual|yearly)\b", noun):
            noun = f"{'monthly' if per.group(1) == 'month' else 'annual'} {noun}"
        return f"average {noun}" if paid.group("average") else noun
    phrase = _measure_phrase(before, after, unit)
    if phrase is not None and re.match(r"(?:units|sets|pieces)\s+per\b", phrase):
        # "Robot density ... climbed to 486 units per 10,000 workers": the measure named before the units
        phrase = _measure_phrase(before, "", unit) or phrase
    if phrase is not None and phrase.lower() in _LINK_VERBS:
        # "Our conversion rate, meaning the share of ..., stood at": the noun before the aside
        unaside = re.sub(r",\s[^,]{3,160},\s*(" + phrase + r"\s+\S+\s*)$", r" \1", before)
        if unaside == before:  # "The median salary of PhDs who stayed was": the noun before the relative clause
            unaside = re.sub(r"\s+(?:who|that|which)\s+[a-z]+(\s+(?:was|were|is|are)\s+)$", r"\1", before)
        phrase = _measure_phrase(unaside, after, unit) if unaside != before else None
        if phrase is not None and phrase.lower() in _LINK_VERBS:
            phrase = None
    if phrase is not None and re.sub(r"^(?:year[- ]on[- ]year|annual|yearly)\s+", "", phrase.lower()) in _CHANGE_NOUNS:
        return None  # "an increase of 16.2 percent", "a year-on-year increase of": a change, of the measure before
    if phrase is None:
        return None
    if re.fullmatch(rf"(?:{IN_PLACE})?(?:it|they|this|that)", phrase, re.I):
        return None  # "... and in Daxing District it grew 58 percent": the measure said before, in another place
    if unit in COUNT_UNITS:  # "the number of incubators": incubators
        phrase = re.sub(r"^(?:the\s+)?(?:total\s+)?number\s+of\s+(?=\S)", "", phrase, flags=re.I)
        founders = _FOUNDERS.search(before)
        bodies = re.fullmatch(
            r"((?:[a-z][\w-]*\s+){0,2}(?:" + _KIND_HEADS + r"))(?:\s+(?:" + FOUNDING + r"))?",
            phrase,
            re.I,
        )
        if founders and bodies:  # "Foreign graduates have set up 212 companies": companies founded by foreign graduates
            phrase = bodies.group(1)
            who = founders.group("who")
            first = who.split()[0]
            if first.lower() in _FOUNDER_WORDS:  # the sentence's first word ("Foreign graduates"), not a name
                who = who[:1].lower() + who[1:]
            return f"{phrase} founded by {who}"
        kind = _KIND_OF_WHOLE.search(before)
        if kind and re.fullmatch(r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s", phrase) and kind.group("kind") not in phrase:
            # "Beijing's earthquake early-warning network had 2,360 sensor stations": the network's kind names them
            phrase = f"{kind.group('kind').strip()} {phrase}"
    # "contracts registered by entities in the district": who registered them says nothing
    phrase = re.sub(r"\s+by\s+(?:entities|units|bodies|organi[sz]ations)$", "", phrase)
    # "revenue of Beijing's additive manufacturing industry": whose it is, the subject's, is no part of its name
    phrase = re.sub(
        r"(?<=\bof )(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:’s|'s)\s+(?!(?:total|figure|sum|whole)\b)", "", phrase
    )
    phrase = _PLACE_POSSESSIVE.sub("", phrase).strip()
    phrase = re.sub(r"(?<=\w)\s+(?:now|currently|today)$", "", phrase)
    phrase = re.sub(
        r"^(?:own|very own)\s+(?=\w)", "", phrase
    )  # "our own spin-offs": whose is the subject's  # "... hands now account for": no time
    # "makers in the city": where they are is the subject's, no part of what is counted
    phrase = re.sub(r"(?<=\w)\s+in\s+the\s+(?:" + "|".join(sorted(_PLACE_WORDS)) + r")$", "", phrase)
    # "first-half revenue", "revenue in the first quarter": the time is the figure's, not the measure's (when the
    # sentence dates it: "Haidian's first-half revenue reached ..." with no year keeps its words)
    dated = re.search(r"\b(?:19|20)\d\d\b|\b(?:last|this) year\b", before + after)
    # ("revenue in the first quarter": a time said as one, which the figure's time reads)
    phrase = _PART_OF_YEAR_WORDS.sub(lambda m: "" if dated or m.group().startswith(" ") else m.group(), phrase)
    phrase = phrase.strip() or phrase
    phrase = re.sub(r"\b(\d+)-(hours|days|weeks|minutes)\b", r"\1 \2", phrase)  # ("within 48 hours", kept whole)
    # "taking its workforce to 2,100", "a headcount of 300": the people it employs
    return (
        "employees"
        if phrase.lower() in ("workforce", "headcount", "total workforce", "total headcount")
        else phrase or None
    )


#: Plural nouns naming a kind of body that earns, raises or employs: the subject of such a verb
#: ("Biomedicine companies in Daxing District earned", "Beijing's national key laboratories employed").
_KIND_HEADS = (
    r"companies|firms|enterprises|businesses|start-?ups|spin-?offs|spinouts|makers|manufacturers|developers|"
    r"designers|suppliers|vendors|producers|exporters|integrators|studios|universities|institutes|institutions|organi[sz]ations|providers|operators|laboratories|labs|hospitals|"
    r"banks|centres|centers|plants|"
    r"factories"
)
#: Goods counted by no plural, that bodies make: "makers of CAE software", "suppliers of lab equipment".
_MASS_GOODS = (
    r"software|hardware|equipment|machinery|data|silicon|steel|glass|gear|food|feed|fuel|furniture|apparel|clothing"
)
#: What a kind of body did to the figure after the verb, and how the measure then names the body.
_KIND_VERBS = {
    "earned": "of", "earn": "of", "earns": "of", "generated": "of", "generate": "of", "generates": "of",
    "posted": "of", "reported": "of", "recorded": "of", "made": "of",
    "achieved": "of", "realized": "of", "realised": "of", "booked": "of",
    "raised": "raised by", "raise": "raised by", "secured": "raised by", "attracted": "raised by",
    "employed": "employed by", "employ": "employed by", "employs": "employed by",
    "used": "of", "consumed": "of", "use": "of", "consume": "of", "uses": "of", "consumes": "of",
    "spent": "of", "spend": "of", "spends": "of", "invested": "of", "invest": "of", "invests": "of",
    "had": "of", "has": "of", "have": "of",
    "employing": "employed by", "earning": "of", "raising": "raised by",
}  # fmt: skip
#: What a kind of body did to the things counted after the verb, which the count is then named by:
#: "Drone light-show companies staged 2,340 performances": performances staged by them.
_COUNT_EVENT_VERBS = frozenset(
    "staged shipped sold filed signed completed delivered installed launched produced trained served handled "
    "treated hired recruited opened built".split()
)
_KIND_VERBS.update({verb: f"{verb} by" for verb in _COUNT_EVENT_VERBS})
#: The verbs that complete a count too ("researchers employed by ...", "electricity consumption of ...").
_COUNT_KIND_VERBS = frozenset("employed employ employs used consumed use consume uses consumes".split())
#: A word of what kind a body is ("biomedicine" companies, "AI" companies).
_KIND_WORD = (
    r"(?!(?i:and|or|of|in|at|the|last|this|that|which|some|many|most|all|other|only|several|few|"
    r"these|those|such|both|each|every|within|for|from|to|by|on|with|as|among|across|under|after|since|"
    r"it|its|they|their|we|our)\b)(?:[A-Za-z]|\d+[A-Za-z])[\w&-]*\s+"
)
#: A clause whose subject is a kind of body, in a place or not, and whose verb comes right before
#: the figure: "Enterprises in Zhongguancun Fengtai Park earned", "AI companies in the district raised".
_KIND_SUBJECT = re.compile(
    # (or after a dateline: "BEIJING, June 17 (Agency) -- Beijing's makers of ... had")
    r"(?:^|[.;:!?]\s+|,\s+|(?:--|—|–|\)\s+-)\s*|\b(?:but|while|whereas|and)\s+)"
    r"(?i:(?:in\s+(?:19|20)\d\d|(?:this|last)\s+year),?\s+)?"  # "In 2024 companies in Haidian earned"
    r"(?:(?:(?i:the|its|their|these|those)(?:\s+(?:city|district|capital|country|park|zone|area)(?:’s|'s))?|"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:’s|'s))\s+)?"
    r"(?i:(?:only|just|some|about|around|nearly|over|more\s+than|many|most|all|several|few|other|the\s+other)\s+)?"
    r"(?:\d[\d,.]*\s+)?"  # "Some 40 universities earned": how many, not what kind
    r"(?P<kind>(?:" + _KIND_WORD + r"|(?:[a-z][\w&-]*,\s+){0,3}(?:[a-z][\w&-]*\s+)?and\s+){0,3}?"
    r"(?i:" + _KIND_HEADS + r")(?:\s+above\s+designated\s+size)?"
    # "developers of mining vehicles", "makers of computer-aided engineering (CAE) software"
    r"(?:\s+of\s+(?:(?:[a-z][\w-]*|[A-Z]{2,}s?|\([A-Z]{2,}s?\))\s+){0,5}?(?!(?:the|its|their)\b)"
    r"(?:[a-z][\w-]*s|[A-Z]{2,}s|" + _MASS_GOODS + r"))?|"
    r"(?:" + _KIND_WORD + r"|and\s+){1,5}?(?:industry|sector))"  # "The additive manufacturing industry employed"
    r"(?:\s+(?:in|at|across|based in|registered in|from)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*?"
    r"(?:[A-Z][\w’'-]*|district|city|park|zone|capital|area|cluster|country)|"
    # "Enterprises in the core digital economy industries achieved": of a field
    r"\s+in\s+the\s+(?P<field>(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*)\s+(?:industry|industries|sector|sectors))?"
    # "contract research organizations serving drug developers earned": what they do, then the verb
    r"(?:\s+(?:serving|making|developing|providing|offering|selling|building|supplying)\s+[^,;.]{1,60}?|"
    # "Beijing's makers of CAE software, the simulation tools that let carmakers test a part, earned": an aside
    r",\s+(?:the|a|an)\s+[a-z][^,;.:()]{1,110}?,|"
    # "Companies in Beijing that process, analyse and sell remote sensing data earned": what they do names them
    r",?\s+(?:that|which|who)\s+(?P<does>(?!(?:it|they|we|he|she|the|an?)\b)[a-z][^;.]{1,110}?),?)?"
    r"\s+(?:together\s+|collectively\s+|jointly\s+|as a group\s+|alone\s+|also\s+)?"
    r"(?:(?:have|has|had)\s+)?(?P<verb>" + "|".join(_KIND_VERBS) + r")\s*$"
)

#: A kind of body counted as an object, then what it did: "the city had 9,846 science and technology
#: services enterprises, employing", "served 1,608 start-ups in 2025, which raised".
_KIND_OBJECT = re.compile(
    r"\b\d[\d,.]*\s+(?:such\s+)?(?P<kind>(?:" + _KIND_WORD + r"|and\s+){0,4}?(?i:" + _KIND_HEADS + r"|teams|projects)"
    r"(?:\s+above\s+designated\s+size)?)(?:\s+in\s+(?:19|20)\d\d)?,\s+"
    r"(?:(?:which|who|that)\s+(?:(?:together|collectively|then|later)\s+)?(?:(?:have|has|had)\s+)?"
    r"(?P<verb>employed|employ|earned|raised|secured|attracted|generated)|(?P<ing>employing|earning|raising))\s*$"
)
#: Where a clause opens, with a time before its subject ("In 2024 the platform served"): a facility
#: named inside a phrase ("Companies on the platform signed") is not the subject.
_CLAUSE_OPENS = (
    r"(?:^|(?<=[.;:!?,]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s))"
    r"(?:(?i:in\s+(?:19|20)\d\d|(?:this|last)\s+year|so\s+far),?\s+)?"
)
#: Words that pick one body out of several: "The biggest cluster had", "The same platform served".
_PICKING = r"same|other|second|third|fourth|fifth|biggest|largest|smallest|busiest|oldest|newest|best"
#: A group's members, as the noun counted ("The alliance grew from 40 members"; not "The incubator had 40 floors").
_MEMBER_NOUNS = re.compile(r"(?i:members|partners|participants|tenants|" + _KIND_HEADS + r")")


#: A group of bodies that has members, said as the subject of a count of them: "The center's industry
#: alliance grew from", "The district's robotics cluster had", "The cluster now gathers".
_GROUP_HAS = re.compile(
    _CLAUSE_OPENS
    + r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+(?:’s|'s)\s+)?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:’s|'s)\s+)"
    r"(?P<np>(?:(?!(?:and|or|of|new|whole|entire|" + _PICKING + r")\b)[a-z][\w-]*\s+){0,2}"
    r"(?:alliance|cluster|network|consortium|association|incubator|accelerator|programme|program|scheme))"
    r"\s+(?:now\s+|already\s+|still\s+|then\s+)?(?:had|has|have|gathers|gathered|counts|counted|numbers|numbered|"
    r"hosts|hosted|includes|included|brings together|brought together|grew from|grew to|expanded to)\s*$"
)


#: A facility, programme or fund as the subject of what it did for the things counted after the verb:
#: "Its shared tape-out program has subsidized", "Our three public computing centers served".
_BY_BODY = re.compile(
    _CLAUSE_OPENS
    + r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\w-]+(?:’s|'s)\s+)?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:’s|'s)\s+)"
    r"(?P<np>(?:(?!(?:and|or|of|new|first|last|whole|entire|" + _PICKING + r")\b)[a-z0-9][\w-]*\s+){0,3}"
    r"(?:plants?|platforms?|programs?|programmes?|schemes?|funds?|cent(?:er|re)s?|facilit(?:y|ies)|labs?|"
    r"laborator(?:y|ies)|incubators?|accelerators?|hubs?|lines?))"
    r"\s+(?:(?:has|have|had)\s+)?(?:now\s+|already\s+|so far\s+|since\s+(?:19|20)\d\d\s+)?"
    r"(?P<verb>[a-z]+(?:ed|ied)|ran|run|trained|built|made|sold|won|taught|brought)\s*$"
)
#: Past forms that are no service to what is counted after them: a level or change ("reached",
#: "doubled"), a plan, or where a thing is.
_NOT_SERVICES = frozenset(
    "reached exceeded totaled totalled topped surpassed numbered increased decreased declined dropped climbed "
    "jumped expanded doubled tripled added passed crossed reported recorded estimated expected planned aimed "
    "targeted used based located opened housed hosted employed invested raised attracted received had "
    "counted listed registered recruited included featured boasted comprised contained involved covered "
    "gathered welcomed".split()
)
#: The participle of a past form that is not one: "ran" -> "run".
_PARTICIPLES = {"ran": "run", "brought": "brought in"}
#: Number words dropped from a body's name ("Our three public computing centers").
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve both all".split())


def of_kind(phrase: str, before: str, named: Callable[[str], bool] = lambda words: False, *, money: bool = True) -> str:
    """A measure named without whose it is, completed by the kind of body that the clause's
    subject names: "revenue" -> "revenue of biomedicine companies"; unchanged when the subject
    names no kind of body, or the measure already says whose it is. A name before the kind
    (``named`` knows it, or it is capitalized inside the sentence) is the subject, not a kind:
    the revenue of "Beijing companies" is Beijing's revenue of companies. A count (not
    ``money``) is completed only by who employs it.

    >>> of_kind("revenue", "Biomedicine companies in Daxing District earned revenue of ")
    'revenue of biomedicine companies'
    >>> of_kind("revenue", "Exampleville companies earned ", lambda words: words == "Exampleville")
    'revenue of companies'
    >>> of_kind("researchers", "Beijing's national key laboratories employed more than ")
    'researchers employed by national key laboratories'
    >>> of_kind("venture capital", "AI companies in the district raised ")
    'venture capital raised by AI companies'
    >>> of_kind("revenue", "The district earned "), of_kind("revenue of firms", "Firms earned revenue of ")
    ('revenue', 'revenue of firms')
    >>> of_kind("foreign students", "Universities attracted ", money=False)  # a count: only what they did to it
    'foreign students'
    >>> of_kind("performances", "Drone light-show companies staged ", money=False)
    'performances staged by drone light-show companies'
    >>> of_kind("units shipped", "Makers of optical modules shipped ", money=False)
    'optical modules shipped'
    >>> of_kind("people", "The district is home to 26 such studios, which together employ ", money=False)
    'employees of studios'
    >>> of_kind("funding raised", "The city's makers of surgical robots raised ")
    'funding raised by makers of surgical robots'
    >>> of_kind("revenue", "Beijing's makers of CAE software, the tools that test a part, earned revenue of ")
    'revenue of makers of CAE software'
    >>> of_kind("revenue", "The quantum sector, which includes sensing firms, had revenue of ")
    'revenue of quantum sector'
    >>> of_kind("people", "the city had 9,846 software enterprises, employing ", money=False)
    'employees of software enterprises'
    >>> of_kind("revenue", "Enterprises and institutions earned "), of_kind("cash", "AI firms had ")
    ('revenue', 'cash')
    >>> of_kind("output value", "The city's 214 monitoring equipment enterprises achieved an output value of ")
    'output value of monitoring equipment enterprises'
    >>> of_kind("operating revenue", "Firms in the core digital economy industries achieved operating revenue of ")
    'operating revenue of core digital economy firms'
    >>> of_kind("people", "Huaxin Labs employs ", money=False)  # a name, not a kind of labs
    'people'
    """
    said_in = re.search(r" in [\w-]+$", phrase)
    if said_in and said_in.group()[4:].lower() in _UNIT_NOUNS | _ENERGY_UNITS:  # "... consumption in kilowatt-hours"
        whose = of_kind(phrase[: said_in.start()], before, named, money=money)
        return whose + said_in.group()
    if re.search(r"\b(?:of|by|from|to|through)\b|\b(?i:" + _KIND_HEADS + r")\b", phrase):
        return phrase
    head = _QUALIFIER_TAIL.sub("", before)
    head = re.sub(
        r"\s+(?:(?:an?\s+|the\s+)?(?:total\s+|combined\s+|operating\s+)?(?:revenue|income|sales|output(?:\s+value)?)"
        r"\s+of)\s*$",
        " ",
        head,
    )
    m = _KIND_SUBJECT.search(head.rstrip() + " ") or _KIND_SUBJECT.search(head.rstrip())
    if m is None and (two := _TWO_DEEDS.search(head.rstrip())):
        # "the firms in the park employed some 3,400 people and earned": the same bodies' second deed
        m = _KIND_SUBJECT.search(head[: two.start()] + " " + two.group("verb"))
    if m is None:
        m = _KIND_OBJECT.search(head.rstrip())
        if (
            m is not None
            and m.group("ing")
            and re.search(
                r"\b(?<!home )(?:to|for|with|from|by|among|on|at|into)\s+"
                r"(?:about |some |around |nearly |more than |over )?$",
                head[: m.start()],
            )
        ):
            m = None  # "The bank lent to 1,200 companies, earning ...": the bank earned it, not the companies
    if m is None:
        return phrase
    words = [w for w in m.group("kind").split() if not w.lower().endswith("-based")]  # "Beijing-based"
    while len(words) > 1 and (
        words[0].lower() in _NUMBER_WORDS
        or re.fullmatch(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\w+teen)(?:-\w+)?", words[0].lower())
    ):
        words = words[1:]  # "The fourteen firms employ": firms (how many is no kind) ...
        if all(
            w.lower() in ("young", "small", "new", "big", "large", "listed") or re.fullmatch(_KIND_HEADS, w)
            for w in words
        ):
            return phrase  # ... and the kind said before them, which other rules name
    while words and words[0].lower() == "and":
        words = words[1:]
    initial = m.group(0)[:1].isupper() or bool(
        re.match(r"(?:--|—|–|\)\s+-)\s*[A-Z]", m.group(0))
    )  # (or after a dateline)
    if len(words) > 1 and words[-1][:1].isupper() and not words[-1].isupper():
        return phrase  # "Huaxin Labs employs 300 people": a body's name, no kind of bodies
    proper = [k for k, w in enumerate(words[:-1]) if w[:1].isupper() and not w.isupper() and (k or not initial)]
    if proper or (len(words) > 1 and named(words[0])):  # "Zhongguancun Science Park companies", "Beijing firms"
        words = words[max(proper, default=0) + 1 :]
    if words and words[0][:1].isupper() and not words[0].isupper():
        words[0] = words[0].lower()  # the sentence's first word
    kind = " ".join(words)
    if words and words[0].lower() in ("same", "such", "other", "these", "those"):
        return phrase  # "The same companies shipped 805,000 units": the kind said before, not "same companies"
    if "and" in words and all(w == "and" or re.fullmatch(_KIND_HEADS, w) for w in words):
        return phrase  # "enterprises and institutions spent": everyone's, no kind of body
    does = m.group("does") if m.re is _KIND_SUBJECT and m.group("does") else ""
    aside = re.search(r",\s+(?![a-z]+(?:,\s+[a-z]+)*,?\s+(?:and|or)\s)", does)
    does = does[: aside.start()] if aside else does  # (not "process, analyse and sell data": a list of verbs)
    if len(words) == 1 and does and len(does) <= 80:  # ("grow organoids, tiny tissues made ...": to the comma)
        kind = what_they_do(kind, does)  # only a head noun: what the bodies do says which
    field = m.group("field") if m.re is _KIND_SUBJECT else None
    if field and words:  # "(Above-designated-size) enterprises in the core digital economy industries": that field's
        kind = f"{field} {words[-1]}"
    verb = m.group("verb") or m.group("ing")
    link = _KIND_VERBS[verb]
    if verb.startswith(("use", "consume")) and "consumption" not in phrase:
        return phrase  # "Hospitals used 300 surgical robots": no consumption of theirs
    if verb in ("had", "has", "have") and not re.match(
        r"(?:total |combined |operating )?(?:revenue|income|sales)$", phrase
    ):
        return phrase  # "Biotech firms had 3 billion yuan": only their revenue is theirs by "had"
    made = re.fullmatch(r"(?:makers|manufacturers|producers|developers|suppliers|vendors) of (.+)", kind)
    made = made or re.fullmatch(r"(.+?) (?:makers|manufacturers|producers|suppliers|vendors)", kind)
    bare = re.fullmatch(r"(?:units|pieces|items|sets|devices) (\w+)", phrase)
    if made and bare and verb in _COUNT_EVENT_VERBS:  # "makers of optical modules shipped 4.6 million units"
        return f"{made.group(1)} {bare.group(1)}"  # optical modules shipped
    if made and (
        phrase.lower().startswith(made.group(1).lower() + " ") or (not money and phrase.lower().endswith(" " + verb))
    ):
        return phrase  # "exoskeletons shipped", "bioreactor systems sold", by their makers: said already
    if verb in _COUNT_EVENT_VERBS and (
        money
        or len(words) < 2
        # (a participle said already, unless the one word counted and this verb: "performances staged")
        or any((w.endswith("ed") or w in _COUNT_EVENT_VERBS) and w != verb for w in phrase.lower().split())
        or re.search(r"\b(?:where|that|which|who)\b", kind)
    ):  # "Makers sold 2 billion yuan", "Companies shipped 300 units", "terminals exported": a kind says no more
        return phrase
    if not money and verb not in _COUNT_KIND_VERBS | _COUNT_EVENT_VERBS | {"employing"}:
        return phrase  # "Universities attracted 3,000 foreign students": no money raised, no income
    if link.endswith(" by") and link.split()[0] in phrase.split():
        link = "by"  # "funding raised", "researchers employed": the participle said already
    if link == "employed by" and phrase.lower() in ("employees", "people", "staff", "workers"):
        return f"employees of {kind}"
    return f"{phrase} {link} {kind}"


#: A clause's first deed and "and" before its second, a verb of money or people, at the figure: "(the
#: firms in the park) employed some 3,400 people and earned".
_TWO_DEEDS = re.compile(
    r"\s+(?:[a-z]+ed|had|made|won|ran|built|sold|employ|employs|make|have)\s+(?:[^,;.:]|(?<=\d)[,.](?=\d)){1,60}?\s+and\s+"
    r"(?P<verb>employed|earned|raised|generated|secured|attracted)$"
)


#: A period said inside a noun phrase, before its verb: "in 2026", "in the first nine months of 2026".
_SPAN_IN_PHRASE = re.compile(
    r",?\s+(?:in|during|for|over)\s+(?:the\s+(?:first|second|third|fourth|last|past)\s+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+)?(?:half|quarters?|months?|weeks?)\s+of\s+"
    r"(?:the\s+|this\s+|last\s+)?)?(?:(?:19|20)\d\d|year)\b,?(?=\s+[a-z])"
)


#: A whole of a kind, named in the possessive of its place, that has a count of things: "Beijing's
#: earthquake early-warning network had", "the city's hydrogen refuelling network now counts".
_KIND_OF_WHOLE = re.compile(
    r"(?:['’]s|\bthe)\s+(?P<kind>(?:(?!(?:new|own|total|whole|entire|main|largest|biggest|overall|the|a|an|of|in|by|"
    r"at|on|for|year|years|end|its|their|this|that|whose|which)\b)[a-z][\w-]*\s+){1,3}?)"
    r"(?:network|system|grid|sector|industry|fleet|cluster|ecosystem|programme|program|scheme)\s+"
    r"(?:now\s+|already\s+|still\s+)?(?:had|has|have|counted|counts|numbered|numbers|included|includes|comprised|"
    r"comprises|spanned|spans)\s+(?:about\s+|some\s+|around\s+|nearly\s+|more than\s+|over\s+|roughly\s+)?$"
)


def _changed_noun(before: str) -> list[str]:
    """What changed, when a number is the level it changed to: "exports fell 3.2 percent year on
    year to" (exports), "output of AI chips doubled in 2023 to" (output of AI chips), "doubled
    its revenue to" (revenue); or the size of the change: "increased its R&D spending by".

    >>> _changed_noun("The firm doubled its revenue to "), _changed_noun("It increased its R&D spending by ")
    (['revenue'], ['R&D', 'spending'])
    """
    # "its revenue in the first nine months of 2026 rose ... to": the time is no part of what changed
    before = _SPAN_IN_PHRASE.sub("", before)
    changed = re.search(
        r"((?:" + _WORD + r"\s+){0,12}?" + _WORD + r")\s+(?:nearly\s+|almost\s+|more\s+than\s+|roughly\s+)?"
        r"(?:(?:grew|rose|fell|increased|decreased|declined|dropped|climbed|jumped|expanded|shrank|surged|slipped|"
        r"(?:has|have|had)\s+(?:grown|risen|fallen|increased|decreased|declined|dropped|climbed|jumped|expanded|shrunk)|"
        r"(?:was|were) (?:up|down))"
        r"(?:(?: by)?\s+(?:about |nearly |almost |roughly )?" + CHANGE_AMOUNT + r")?"
        r"|doubled|tripled|trebled|quadrupled|halved)"
        r"(?:\s+(?:year on year|year-on-year|from a year earlier))?"
        # "over three years", "in 2023", "since 2020", "last year": the span of the change
        r"(?:\s+(?:over|in|during|since|within|across)\s+(?:the\s+)?(?:past\s+|last\s+)?[\w-]+(?:\s+[\w-]+)?"
        r"|\s+(?:last|this)\s+(?:year|quarter|month))?"
        r",?\s+to\s*$",
        _QUALIFIER_TAIL.sub("", before),
    )
    if changed:
        return _noun_before(changed.group(1) + " was ")
    grew_its = _GREW_ITS.search(_QUALIFIER_TAIL.sub("", before))
    if (
        grew_its
        and not (grew_its.group("its") or grew_its.group("whose") or grew_its.group("own"))
        and not re.search(r"\sto\s*$", grew_its.group(0))
    ):
        grew_its = None  # "will increase R&D spending by 10 percent": the change, no level (nor a measure's name)
    return _noun_before(grew_its.group("np") + " was ") if grew_its else []


#: Verbs that change what a body has, said before it: "increased its revenue", "cut its costs".
RAISED_ITS = r"raised|increased|lifted|grew|boosted|expanded"
#: Verbs of a change taking a total to a level: "adding 54, bringing its total to 812".
TOOK_TO = r"bringing|taking|lifting|pushing|raising|brought|took|lifted|pushed|raised"
#: The people a rate per 10,000 of them counts in, after one word of their kind ("per 10,000 R&D staff").
STAFF_WORDS = r"employees|workers|staff|personnel"
CUT_ITS = r"cut|reduced|lowered"
#: Their object: "its", "their" ..., then up to five words of what changed, no "and" between.
ITS_NOUN = r"\s+(?:its|their|his|her|our)\s+(?:(?!and\b)[\w&-]+\s+){0,4}?"
#: A place before "it" or "they" that stand for a measure named before: "... and in Daxing District it grew".
IN_PLACE = r"(?:in|at|for|across)(?:\s+[^\s,;]+)+?\s+"

#: A change said with a transitive verb, before the level it reached or the size of the change:
#: "doubled its revenue to", "increased its R&D spending by", "cut its costs by 12 percent to".
_GREW_ITS = re.compile(
    r"(?:\b|^)(?:(?:doubled|tripled|trebled|quadrupled|halved|" + TOOK_TO + "|" + RAISED_ITS + "|" + CUT_ITS + r")"
    r"\s+(?P<its>its|their|his|her|our)"
    # a plan: "aims to raise the industry's revenue to", "will increase its R&D spending to"
    r"|(?:to|will|would|shall|should|must|can)\s+(?:further\s+)?(?:double|triple|raise|increase|lift|grow|boost|"
    r"expand|cut|reduce|lower)(?:\s+(?P<whose>its|their|his|her|our|the(?:\s+[a-z][\w-]*['’]s)?|[A-Z][\w-]*['’]s))?"
    # a numbered target in the imperative: "(1) Raise the output value of the NEV industry chain to"
    r"|(?:^|[:;]\s*|^\s*\(?\d{1,2}[.)]\s*)(?:Raise|Increase|Lift|Grow|Boost|Expand|Double|Cut|Reduce|Lower|Bring)"
    r"(?:\s+(?P<own>its|their|our|the(?:\s+[a-z][\w-]*['’]s)?))?)"
    r"\s+(?P<np>(?:(?!and\b)[\w&-]+\s+){0,6}?[\w&-]+?)"
    r"(?:\s+by(?:\s+(?:about|nearly|almost|roughly|some|more than|over))?\s*$"
    r"|(?:\s+by\s+(?:about |nearly |almost |roughly )?" + CHANGE_AMOUNT + r")?"
    r"(?:\s+(?:over|in|during|since|within|across)\s+(?:the\s+)?(?:past\s+|last\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    # ("from 9 today to": the level it starts from; not "its revenue from semiconductor equipment to": whose)
    r"(?:\s+from\s+(?=[^,;]{0,40}?\d)[^,;]{1,40}?)?,?\s+to\s*$)"
)


def multiple_phrase(before: str, after: str) -> str | None:
    """What a multiple said by its verb measures: the noun phrase before the verb.

    >>> multiple_phrase("Between 2019 and 2023 Changping's R&D spending almost ", " over the period")
    'R&D spending'
    >>> multiple_phrase("The number of such platforms has nearly ", " in four years.")
    'such platforms'
    >>> multiple_phrase("In 2024 the firm ", " its revenue to 180 million yuan")
    'revenue'
    """
    its = re.match(
        r"\s+(?:its|their)\s+((?:[\w&-]+\s+){0,4}?[\w&-]+?)(?=\s+(?:to|from|in|over|since|between)\b|[,.;]|$)", after
    )
    if its:  # "doubled its revenue to 180 million yuan": its revenue
        return " ".join(_noun_before(its.group(1) + " was ")) or None
    head = _QUALIFIER_TAIL.sub("", before)
    head = re.sub(
        r"\s+(?:has|have|had)(?:\s+(?:now|since|already|more than|nearly|almost|about|roughly))*\s*$", "", head
    )
    phrase = measure_phrase(head.rstrip() + " was ", after, "times")
    return re.sub(r"^(?:the\s+)?(?:total\s+)?number\s+of\s+(?=\S)", "", phrase or "", flags=re.I) or None


_PEOPLE = r"\s+(?:people|persons|staff|staffers|workers|employees)\b"


def _employed(before: str, after: str) -> bool:
    """Whether a count is of the people someone employs: "employs nearly 2,300 people",
    "some 900 people work in the building".

    >>> _employed("The company employs nearly ", " people."), _employed("It trained ", " people.")
    (True, False)
    >>> _employed("The roughly ", " staff working at the hub"), _employed("It hosts ", " people working on AI")
    (True, False)
    >>> _employed("More than ", " people who work in AI attended the forum")
    False
    >>> _employed("We have ", " staff, and 286 of them are researchers"), _employed("We have ", " people today")
    (True, True)
    >>> _employed("By the end of June the center had ", " staff"), _employed("The city has ", " people")
    (True, False)
    >>> _employed("We had ", " people at our open day"), _employed("There were ", " staff at the ceremony")
    (False, False)
    >>> _employed("Its workforce has grown to roughly ", " people"), _employed("Its audience has grown to ", " people")
    (True, False)
    >>> _employed("There are ", " of us in the office"), _employed("Two ", " of us went")
    (True, False)
    """
    if re.match(
        r"\s+of\s+us\s+(?:(?:now|today)\s+)?(?:in|at)\s+the\s+(?:office|team|company|firm|lab|laboratory|institute|"
        r"centre|center|group|department|unit|studio)\b",
        after,
    ) and re.search(r"\b(?:there\s+are|we\s+are)(?:\s+now)?\s*$", _QUALIFIER_TAIL.sub("", before), re.I):
        return True  # "There are 19 of us in the office": its people
    if not re.match(_PEOPLE, after):
        return False
    before = _QUALIFIER_TAIL.sub("", before)
    if re.search(r"\bemploy(?:s|ed|ing)?(?:\s+\w+){0,2}\s*$", before):
        return True
    # "its workforce has grown to 420 people", "headcount reached 310 staff": a body's own people
    if re.search(
        r"\b(?:its|their|our|his|her|the company['’]s|the firm['’]s)\s+"
        r"(?:workforce|headcount|payroll|staff numbers?)\s+"
        r"(?:(?:has|had|have)\s+)?(?:now\s+)?"
        r"(?:(?:grown|risen|increased|expanded|swelled|climbed|reached|stood|totall?ed|was|is)\b(?:\s+(?:to|at))?)\s*$",
        before,
        re.I,
    ):
        return True
    # "the center had 165 staff", "we want to reach 500 staff"; "We have 186 people": a body's own (not "300
    # staff at the graduation ceremony", "2,000 people at our open day": who came to an event)
    if re.match(_PEOPLE + r"\s+(?:at|through|from|on|for|to|attended|came|visited|turned)\b", after):
        return False
    if re.match(r"\s+(?:staff|staffers|employees)\b", after) and re.search(
        r"\b(?:have|has|had|having|reach|reached)\s*$", before
    ):
        return True
    if re.match(r"\s+people\b", after) and re.search(
        r"\b(?:we|our\s+\w+|it|they)\s+(?:now\s+|still\s+|already\s+)?(?:have|has|had|were|are|was)\s*$",
        before,
        re.I,
    ):
        return True
    return bool(re.match(_PEOPLE + r"\s+work(?:s|ed|ing)?\s+(?:in|at|for)\b", after))


#: The low end of a range before its high end: "between 8 million and ", "between $3 and ".
_RANGE_LOW = re.compile(
    r"\s+between\s+(?:about\s+|around\s+|roughly\s+)?(?:US\$|\$|RMB\s?|¥)?[\d.,]+"
    r"(?:\s*(?:thousand|million|billion|trillion|bn)\b)?(?:\s+(?:yuan|dollars|percent))?\s+and\s*$"
)


#: Words before "makers" that name no kind of product: "the makers", "policy makers", "local makers".
_NOT_KINDS = frozenset(
    "the its their our local domestic foreign largest biggest top leading major other many some policy decision "
    "new smaller small big large chinese".split()
)


#: Words that make what a firm works on no field of industry ("focused on growth", "their own chips").
_NOT_A_FIELD = frozenset("own few many several growth profit profits clients customers it them".split())


#: Nouns after a count that are its unit, not what it counts: the measure is named before them.
_UNIT_NOUNS = frozenset(
    "units pieces items sets hours days petaflops teraflops exaflops eflops pflops tflops megawatts gigawatts "
    "kilowatts tonnes tons kilometres kilometers hectares terabytes petabytes".split()
)
#: Unit nouns that say no more than "count" does.
_BARE_UNITS = frozenset("units pieces items sets".split())
#: Units of energy: what a count of them measures is named by its verb ("used ... kilowatt-hours").
_ENERGY_UNITS = frozenset(
    "kilowatt-hours kwh megawatt-hours mwh gigawatt-hours gwh terawatt-hours twh kilowatt-hour".split()
)


#: Verbs after "N percent of them", and how the share names the part: "came from X" -> "from X".
_PART_VERBS = {
    "came": "from", "come": "from", "comes": "from",
    "went": "going", "go": "going", "goes": "going",
    "work": "working", "works": "working", "worked": "working",
    "live": "living", "lives": "living", "lived": "living",
}  # fmt: skip
_PART_PREPOSITIONS = r"from|to|in|on|by|into|for|at|after|before|since|within|outside|overseas|abroad"
_IRREGULAR_PARTICIPLES = frozenset(
    "made built sold taken given chosen written grown drawn known held run spent".split()
)


#: The single-word verbs of what a body does, in the present ("make", "sell", "supply").
_DOING_WORDS = frozenset(v for v in DOING_VERBS.split("|") if " " not in v)


def _present(verb: str) -> str | None:
    """The verb of ``_DOING_WORDS`` that ``verb`` is a present form of ("sells" -> "sell", "supplies" -> "supply").

    >>> _present("sells"), _present("supplies"), _present("make"), _present("engineers")
    ('sell', 'supply', 'make', None)
    """
    for base in (verb, verb[:-1], verb[:-2], verb[:-3] + "y"):
        if base in _DOING_WORDS and (base == verb or verb.endswith("s")):
            return base
    return None


def _them(pronoun: str) -> str:
    """The whole a share is of, as "them" ("of whom 41 percent": of them)."""
    return "them" if pronoun == "whom" else pronoun


def _share_of_them(after: str) -> str | None:
    """A part of what was just counted or summed, said by what it did or where it went: "60
    percent of them came from outside Beijing" -> "share of them from outside Beijing", "40
    percent of them work on energy storage" -> "share of them working on energy storage", "38
    percent of them designed in China" -> "share of them designed in China".

    >>> _share_of_them(" of it comes from the municipal government, the rest from companies")
    'share of it from the municipal government'
    >>> _share_of_them(" of them by companies from outside Beijing in 2024.")
    'share of them by companies from outside Beijing'
    >>> _share_of_them(" of them were domestically designed."), _share_of_them(" of them are women")
    ('share of them domestically designed', 'share of them who are women')
    >>> _share_of_them(" of them are university students, he says"), _share_of_them(" of them with doctorates.")
    ('share of them who are university students', 'share of them with doctorates')
    >>> _share_of_them(" of them are still operating."), _share_of_them(" of them are in Haidian.")
    (None, None)
    >>> _share_of_them(" of them sell risk or credit models."), _share_of_them(" of them supplies chips")
    ('share of them selling risk or credit models', 'share of them supplying chips')
    >>> _share_of_them(" of them holding a master's degree or doctorate.")
    "share of them holding a master's degree or doctorate"
    """
    what = re.match(  # "two-thirds of them are engineers": who the part are, a noun after the copula
        r"\s+of\s+(them|those|these|whom)\s+(?P<be>are|were)\s+(?P<what>(?!(?:"
        + _PART_PREPOSITIONS
        + r"|not|now|still|also|"
        r"already|expected|likely|set|due|able|about|over|under|more|less|the|a|an|each|all|both)\b)"
        r"[a-z][\w-]*(?:\s+(?!(?:" + _PART_PREPOSITIONS + r"|and|or|than)\b)[a-z][\w-]*){0,2})\s*(?=[,.;]|$)",
        after,
    )
    if what and not re.search(r"(?:ed|ing|ly)$", what.group("what").split()[0]):
        return f"share of {_them(what.group(1))} who {what.group('be')} {what.group('what')}"
    with_ = re.match(  # "a fifth of them with doctorates": what the part has
        r"\s+of\s+(them|those|these|whom)\s+with\s+(?P<what>(?:[a-z][\w'’-]*\s*){1,4}?)\s*(?=[,.;]|$)", after
    )
    if with_:
        return f"share of {_them(with_.group(1))} with {with_.group('what')}"
    m = re.match(
        r"\s+of\s+(it|them|those|these|whom)\s+(?:(?:were|was|are|is|have been|had been)\s+)?"
        r"(?P<adverb>[a-z]+ly\s+)?(?:(?P<verb>(?!(?:" + _PART_PREPOSITIONS + r")\b)[a-z]+)\b\s*)?"
        r"(?:(?P<prep>" + _PART_PREPOSITIONS + r")\b\s*)?"
        r"(?P<obj>(?:(?!(?:in|during|last|this)\s+(?:19|20)\d\d\b|(?:last|this|next)\s+year\b|and\s+(?:\d|the\s+rest|another|its|their)|but\s+|"
        r"rather\b|than\b|instead\b|compared\b|against\b|versus\b|up\s+from\b|down\s+from\b|while\b|whereas\b)"
        r"[\w&’'-]+\s*){0,8})",
        after,
    )
    if not m:
        return None
    verb, prep, obj = m.group("verb"), m.group("prep"), m.group("obj").strip()
    adverb = m.group("adverb") or ""
    if verb in _PART_VERBS:
        if not prep:
            return None  # "20 percent of them went bankrupt": no part said by where it went
        said = _PART_VERBS[verb] + ("" if _PART_VERBS[verb] == "from" else f" {prep}")
    elif verb and (verb.endswith("ed") or verb in _IRREGULAR_PARTICIPLES) and verb not in _NOT_SERVICES:
        said = f"{adverb}{verb}" + (f" {prep}" if prep else "")  # "designed in China", "domestically designed"
    elif (
        verb
        and (does := _present(verb))
        and (obj or prep)
        # (not "make up the core", "hold on to cash", "use it", "test positive", "serve as suppliers", "use less")
        and not re.match(r"(?:up|on|off|out|it|as|less|more|positive|negative|away|over)\b", obj or prep or "")
    ):
        said = gerund(does) + (f" {prep}" if prep else "")  # "sell risk models": selling risk models
    elif verb and verb.endswith("ing") and obj and not prep and len(verb) > 5:
        said = verb  # "40% of them holding a master's degree": holding one
    elif verb is None and prep in ("from", "by", "to", "outside", "overseas", "abroad"):
        said = prep
    else:
        return None
    if prep and prep not in ("overseas", "abroad") and (not obj or obj[:1].isdigit() and prep in ("in", "by")):
        return None  # "of those founded in 2019 are still operating": a time, no part ("founded after 2020" is)
    tail = f"{said} {obj}".strip()  # "designed in China", "studied engineering"
    return f"share of {_them(m.group(1))} {tail}"


#: Present verbs, besides those of doing, that say which part of a whole a share is ("graduates stay nearby").
_PART_PRESENT = frozenset(
    "stay stays remain remains lead leads rely relies depend depends earn earns hire hires receive receives "
    "plan plans need needs want wants".split()
)
#: The words that end what a share's part did: a time, a comparison, another clause.
_PREDICATE_OBJECT = (
    r"(?P<obj>(?:(?!(?:(?:in|during|by|since)\s+(?:19|20)\d\d|(?:last|this|next)\s+(?:year|month|quarter)|"
    r"a\s+year\s+(?:earlier|before)|(?:up|down)\s+from|against|compared|than|while|whereas|but|"
    r"and\s+(?:the|a|\d))\b)[\w&’'-]+(?:,\d{3})*\s*){1,7}?)(?=[,.;:()]|\s+(?:(?:in|during|by|since)\s+(?:19|20)\d\d|"
    r"(?:last|this|next)\s+(?:year|month|quarter)|a\s+year\s+(?:earlier|before)|(?:up|down)\s+from|against|"
    r"compared|than|while|whereas|but|and\s+(?:the|a|\d))\b|$)"
)
_SHARE_PREDICATE = re.compile(
    r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)?"  # "in Beijing": where the whole is
    r"(?:\s+(?:now|still|already|also|currently|today))?\s+"
    r"(?:(?:were|was|are|is)\s+(?P<pp>[a-z]+ed|made|built|run|held|led|owned|spent|paid|sold|given|taken)\s+"
    r"(?P<by>by|in|with|from|for|to|at|on)\s+|"
    r"(?:were|was|are|is)\s+(?P<where>under|over|within|outside|aged|in|at|on)\s+|"
    r"(?P<had>had|have|has)\s+(?!been\b)|"
    r"(?P<verb>[a-z]+)\s+)" + _PREDICATE_OBJECT
)


def share_predicate(rest: str) -> str | None:
    """What the part of a whole did or is, said after the whole, as words of the share's name: "(62 percent
    of manufacturers) used domestic software" -> "using domestic software".

    >>> share_predicate(" in Beijing used domestic design and simulation software in 2025.")
    'using domestic design and simulation software'
    >>> share_predicate(" were under 40, up from 48 percent"), share_predicate(" had foreign investors.")
    ('under 40', 'with foreign investors')
    >>> share_predicate(" were founded by returnees."), share_predicate(" now stay within three kilometres.")
    ('founded by returnees', 'staying within three kilometres')
    >>> share_predicate(" rose to 3 billion yuan."), share_predicate(" were women."), share_predicate(" in 2025.")
    (None, None, None)
    >>> share_predicate(" signed deals with hospitals"), share_predicate(" increased their output")
    ('signing deals with hospitals', None)
    >>> share_predicate(" designed in Beijing last year were made abroad"), share_predicate(" ordered by hospitals")
    (None, None)
    >>> share_predicate(" had fewer than 10 employees."), share_predicate(" went to Europe and the US.")
    ('with fewer than 10 employees', None)
    >>> share_predicate(" waited more than a month for surgery."), share_predicate(" earned less than 8,000 yuan.")
    ('waiting more than a month for surgery', 'earning less than 8,000 yuan')
    >>> share_predicate(" use it, against 40 percent"), share_predicate(" is spent on education, up from 25 percent")
    (None, 'spent on education')
    """
    # ("fewer than 10 employees": one phrase, not a comparison that ends it)
    m = _SHARE_PREDICATE.match(re.sub(r"\b(more|fewer|less)\s+than\b", r"\1_than", rest))
    if not m or re.match(r"\s+and\b", m.string[m.end() :]):
        return None  # ("went to Europe and the United States": a predicate cut short is none)
    obj = m.group("obj").strip().replace("_than", " than")
    if re.search(r"\b(?:it|them|this|that|these|those|its|their)\b", obj):
        return None  # "use it", "had their revenue fall": what the words point back to is not said
    if m.group("had"):  # "(of its projects) have a clinician as co-founder": with one
        return f"with {obj}" if not re.match(r"(?:no|to|been)\b", obj) else None
    obj = re.sub(r"^(?:at least )?(?:one|a|an|the)\s+(?=\w)", "", obj)
    if m.group("pp"):
        return f"{m.group('pp')} {m.group('by')} {obj}"
    if m.group("where"):  # "under 40", "in engineering" (not "in Exampleville": a place, the share's subject)
        return f"{m.group('where')} {obj}" if not obj[:1].isupper() else None
    verb = m.group("verb")
    if verb in _PART_VERBS and _PART_VERBS[verb] == "from":
        return f"from {obj}" if obj.split()[0] not in ("from",) else obj
    if verb in _PART_VERBS:
        return f"{_PART_VERBS[verb]} {obj}"
    if verb in _IRREGULAR_ING:
        return f"{_IRREGULAR_ING[verb]} {obj}"
    if verb in _NOT_SERVICES - {"used", "employed", "received", "hired", "recruited", "invested", "opened"}:
        return None  # (a change or a level: "rose", "increased"; or a participle after its noun)
    if verb.endswith("ed") and re.match(
        r"(?:by|in|at|on|from|for|to|during|into|within|across|over|under|since|after|before|last|this|\d)\b", obj
    ):
        return None  # "(of the chips) designed in Beijing were made by ...": a participle after its noun, no deed
    if verb.endswith("ed"):
        return f"{verb[:-3] + 'ying' if verb.endswith('ied') else verb[:-2] + 'ing'} {obj}"
    base = _present(verb) or next((b for b in (verb, verb[:-1], verb[:-2]) if b in _PART_PRESENT), None)
    return f"{gerund(base.replace('ie', 'y') if base.endswith('ie') else base)} {obj}" if base else None


#: What was sold or exported, after its value: " of equipment abroad", " worth of chips".
_TRADED = re.compile(
    r"\s+(?:worth\s+)?of\s+(?P<goods>(?:(?!(?:the|a|an|its|their|it|them|which|that|this)\b)[a-z][\w&-]*\s+){0,3}?"
    r"(?!(?:it|them|this|that|these|those|its|their|bonds?|shares?|stocks?|equity|notes|debt)\b)[a-z][\w&-]*)"
    r"(?P<abroad>\s+(?:abroad|overseas|to (?:foreign|overseas) (?:buyers|customers|markets)))?"
    r"(?=\s*[,.;:)]|\s+(?:in|last|this|during|to|from|for|at|over|between|since|mostly|mainly|and|or)\b|$)"
)


#: Makers of a thing who did something with a number "of them": "Companies that make mass spectrometers,
#: the instruments that ..., sold".
MADE_THEN = re.compile(
    r"\b(?:that|which|who)\s+(?:make|makes|build|builds|produce|produces|manufacture|manufactures)\s+"
    r"(?P<goods>[\w-]+(?:\s+[\w-]+){0,3}(?<=s)),[^.;]*?\s(?P<verb>sold|shipped|delivered|exported|installed|made|produced|built)\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?$"
)


def _measure_phrase(before: str, after: str, unit: str | None) -> str | None:
    """The words naming what a number measures, from the text ``before`` and ``after`` it
    (after its unit); None when the sentence does not say.

    >>> _measure_phrase("Firms that make mass spectrometers, tools for labs, sold ", " of them in June", "count")
    'mass spectrometers sold'

    >>> measure_phrase("The park now hosts ", " energy technology companies, up from 190", "count")
    'energy technology companies hosted'
    >>> measure_phrase("Enterprises in the park were granted ", " invention patents during the period", "count")
    'invention patents granted'
    >>> measure_phrase("Of the ", " energy companies that moved in over the past twelve months", "count")
    'energy companies moved in'
    >>> measure_phrase("their combined output reached ", " in 2022", "yuan")
    'combined output'
    >>> measure_phrase("It signed 118 technology agreements last year with a combined value of ", "", "yuan")
    'value of technology agreements'
    >>> measure_phrase("Contracts in energy technology accounted for ", " of turnover", "percent")
    'share of turnover from contracts in energy technology'
    >>> measure_phrase("Semiconductor equipment took roughly ", " of the quarter's money", "percent")
    "share of the quarter's money"
    >>> measure_phrase("Beijing's digital economy accounted for ", " of its GDP", "percent")
    'digital economy as a share of GDP'
    >>> measure_phrase("Over ", " of its projects have a clinician as co-founder", "percent")
    'share of projects with a clinician as co-founder'
    >>> measure_phrase("Beijing spent between 8 million and ", " on equipment", "yuan")
    'spending on equipment'
    >>> measure_phrase("The output of new-energy vehicles hit ", " units in 2023", "count")
    'output of new-energy vehicles'
    >>> measure_phrase("It will raise the number of hydrogen stations in the zone from 9 today to ", "", "count")
    'hydrogen stations'
    >>> measure_phrase("It opened 46 routes, bringing the number of routes in operation to ", " at the end", "count")
    'routes in operation'
    >>> measure_phrase("The park signed up 12 firms, lifting the number of firms in the park to ", "", "count")
    'firms'
    >>> measure_phrase("It now ships about ", " actuators a month", "count")
    'actuators shipped per month'
    >>> measure_phrase("The center's industry alliance grew from ", " members in 2020", "count")
    'industry alliance members'
    >>> measure_phrase("Beijing makers sold ", " surgical robots abroad last year", "count")
    'surgical robots exported'
    >>> measure_phrase("Our three public computing centers served ", " companies in 2025", "count")
    'companies served by the public computing centers'
    >>> measure_phrase("Contracts signed by firms and institutes in the district totalled ", "", "yuan")
    'value of contracts signed'
    >>> measure_phrase("The district's companies sold ", " of equipment abroad last year", "yuan")
    'equipment exports'
    """
    made = MADE_THEN.search(before) if unit in COUNT_UNITS and re.match(r"\s+of\s+them\b", after) else None
    if made:  # "sold 2,140 of them": of the things they make
        return f"{made.group('goods')} {made.group('verb')}"
    before = _RANGE_LOW.sub("", before)  # the high end of a range is named as the range is
    traded = (
        _TRADED.match(after)
        if unit in ("yuan", "usd")
        and re.search(r"\b(?:sold|sells|sell|exported|exports|export)\s*$", _QUALIFIER_TAIL.sub("", before))
        else None
    )
    if traded:  # "sold 420 million yuan of equipment abroad": exports of equipment; "sold ... of chips": chip sales
        goods = traded.group("goods")
        exported = traded.group("abroad") or re.search(r"\bexport", before[-12:])
        return f"{goods} exports" if exported else f"{goods} sales"
    if unit in COUNT_UNITS:
        for counted_to in _NUMBER_OF_CHANGED:
            m = counted_to.search(before)
            if m and not re.search(r"\d", m.group("noun")):
                return m.group("noun")
    if unit in ("per-10k-people", "per-10k-employees"):
        rate = re.search(
            r"((?:"
            + _WORD
            + r"\s+){0,3}?"
            + _WORD
            + r")(?:\s+in\s+(?:operation|service|use))?"  # (a state all of them are in: "base stations in operation")
            r"\s+(?:per|for every)\s+(?:10,000|10 000|ten thousand)\s+("
            + r"(?:(?:rural|urban|permanent|registered|local|adult|working-age)\s+)?"  # "per 10,000 rural residents"
            + _WORD
            + r"(?:\s+(?:"
            + STAFF_WORDS
            + r"))?)",  # ("per 10,000 R&D staff": both words)
            before + " " + after,
        )
        if rate:
            words = rate.group(1).split()
            if len(words) > 1 and words[-1].lower() in ("held", "owned", "granted", "registered"):
                words = words[:-1]  # "Invention patents held per 10,000 residents": the patents per 10,000
            cut = max(
                (
                    i
                    for i, w in enumerate(words)
                    if (w.lower() in _ENDS or w in ("There", "It") or w.lower() in _RESTATING)
                    and words[i + 1 : i + 2] != ["force"]  # "patents in force per 10,000 residents"
                ),
                default=-1,
            )
            words = _clean_noun(words[cut + 1 :])
            while words and words[-1].lower() in ("of", "was", "were", "at"):
                words = words[:-1]  # "Its density of 1,021.2 per 10,000 residents": the density
            if words:
                return f"{' '.join(words)} per 10,000 {rate.group(2)}"
    backed = (
        _BACKED.search(_QUALIFIER_TAIL.sub("", before))
        if unit in COUNT_UNITS and not re.search(r"\b(?:researchers|people|staff|employees)\b", after[:30])
        else None
    )
    bodies = _noun_after(after) if backed else []
    if bodies and re.fullmatch(
        r"(?:[a-z][\w-]*\s+){0,3}(?:companies|firms|start-?ups|enterprises|projects)", " ".join(bodies)
    ):
        # "invested 3.6 billion yuan in 47 companies", "committed 240 million yuan to 11 companies": those backed
        if bodies in (["companies"], ["firms"]):
            return "portfolio companies"
        return f"{' '.join(bodies)} {'invested in' if bodies[-1] == 'projects' else 'backed'}"
    if unit in COUNT_UNITS and _employed(before, after):
        return "employees"
    if unit in COUNT_UNITS or unit is None:
        noun = _noun_after(after, acted_on=_acted_on(before))
        if [w.lower() for w in noun] in (["points"], ["point"]):
            return "score"  # "scored 88.9 points"
        capacity = re.search(
            r"(?:^|\s)((?:(?!(?:the|a|an|its|their|his|her|our|with|has|had|have|of|and|total|combined)\s)"
            r"[a-z][a-z-]*\s+){0,2})capacity\s+of\s*$",
            _QUALIFIER_TAIL.sub("", before),
            re.I,
        )
        if capacity:  # "a new plant with an annual capacity of 600 robots": the capacity, not the robots
            return f"{capacity.group(1).lower()}capacity"
        if noun and noun[0].lower() in _ENERGY_UNITS and (len(noun) == 1 or noun[1] == "of"):
            # "Data centres used 11.8 billion kilowatt-hours of electricity": electricity consumed
            what = " ".join(noun[2:]) or "electricity"
            if re.search(
                r"\b(?:used|uses|consumed|consumes|drew|draws|burned|took)\s+"
                r"(?:about |some |around |nearly |roughly |almost |more than |over )?$",
                before,
            ):
                return f"{what} consumption in {noun[0].lower()}"
            if re.search(r"\b(?:generated|generates|produced|produces|supplied|supplies)\s+\S*\s*$", before):
                return f"{what} generated in {noun[0].lower()}"
        if noun and noun[0].lower() in _MASS_UNITS and len(noun) > 2 and noun[1] == "of":
            # "dispensed 21,400 tonnes of hydrogen": the hydrogen dispensed (in tonnes)
            what = " ".join(noun[2:])
            verb = re.search(
                r"\b([a-z]+ed|sold|built|made|grew|shipped)\s+(?:about |some |around |nearly |roughly |almost |"
                r"more than |over )?$",
                before,
            )
            return f"{what} {verb.group(1)}" if verb else what
        made_of = re.search(
            r"\b(?:makers|manufacturers|producers|suppliers)\s+of\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\b"
            r"[^.;]{0,40}?\b(shipped|sold|produced|delivered|made|exported)\s+"
            r"(?:about |some |around |nearly |more than |over )?$",
            before,
        )
        if (
            made_of
            and [w.lower() for w in noun] in (["units"], ["pieces"], ["sets"])
            and " and " not in made_of.group()
        ):
            return f"{made_of.group(1)} {made_of.group(2)}"  # "makers of exoskeletons shipped 3,100 units"
        if (
            noun
            and all(w.strip("()").lower() in _UNIT_NOUNS | _ENERGY_UNITS for w in noun)
            and (counted := _noun_before(before) or _changed_noun(before))
        ):  # "output of new-energy vehicles hit 310,000 units", "Beamtime ... 5,200 hours", "... 58 EFLOPS": said in
            # that unit (two figures in two units are no one series)
            said_in = (
                "" if noun[0].lower() in _BARE_UNITS else f" in {noun[0] if noun[0].isupper() else noun[0].lower()}"
            )
            return " ".join(counted) + said_in
        maker = re.search(
            r"\b([a-z][\w-]*)\s+(?:makers|manufacturers|producers|suppliers)\b[^.;]{0,40}?\b"
            r"(shipped|sold|produced|delivered|made|exported)\s+(?:about |some |around |nearly |more than |over )?$",
            before,
            re.I,
        )
        if (
            maker
            and [w.lower() for w in noun] in (["units"], ["pieces"], ["sets"])
            and maker.group(1).lower() not in _NOT_KINDS
            and not maker.group(1).lower().endswith("s")
            and " and " not in maker.group(0)
            # (a capital inside the sentence names a place: "the Beijing makers shipped 1.9 million units")
            and (maker.group(1)[:1].islower() or not re.search(r"\w", before[: maker.start(1)]))
        ):
            kind = maker.group(1).lower()  # "sensor makers shipped 260 million units": sensors shipped
            kind = kind[:-1] + "ies" if re.search(r"[^aeiou]y$", kind) else kind if kind.endswith("s") else kind + "s"
            return f"{kind} {maker.group(2).lower()}"
        if noun:
            phrase = " ".join(noun)
            # "companies working on 6G and satellite communications.": the field to the clause's end,
            # else up to "and" ("firms engaged in AI and employing 300 people": AI); a field is lower-case
            # words or an acronym ("AI"), no year, no "their own chips", no "and hiring graduates"
            word = r"(?:[a-z0-9][\w-]*|[A-Z]{2,}[\w-]*)"
            for also in ("", "and|"):
                field = re.match(
                    r"\s+" + r"\s+".join(re.escape(w) for w in noun) + r"\s+(?:(?:working|operating|active|engaged|"
                    r"specializing|specialising|doing business)\s+in|(?:working|focused|focusing|concentrating)\s+on)"
                    rf"\s+(?:the\s+)?(?P<field>(?:{word}\s+){{0,3}}?{word})"
                    r"(?=\s*[,.;:)]|\s+(?:at|by|in|as|" + also + r"last|this|since|from|with)\b|$)",
                    after,
                )
                field_words = field.group("field").split() if field else []
                inner = [
                    w.lower() for k, w in enumerate(field_words) if not (w == "and" and 0 < k < len(field_words) - 1)
                ]
                if (
                    field_words
                    and not _names_a_place([w for w in field_words if not w.isupper()])  # "AI" is no place
                    and not (_PLACE_HEADS | _NOT_FIELDS | _DETERMINERS | _NOT_A_FIELD).intersection(inner)
                    and not any(re.fullmatch(r"(?:19|20)\d\d", w) for w in field_words)
                    and not re.search(r"\band [a-z]+ing\b", " ".join(field_words))  # "robotics and hiring graduates"
                ):
                    return f"{' '.join(field_words)} {phrase}"  # "612 companies working in the low-altitude economy"
            opens = re.search(  # the count opens its clause: what it did names it ("38 companies ... listed")
                r"(?:^|[.;:,!?]\s*|\b(?:and|but|while|when|whereas)\s+)"
                r"(?:(?:(?:this|last) (?:year|month|quarter)|in (?:19|20)\d\d|since (?:19|20)\d\d|"
                r"(?:by|on) (?:my|our|one|their|this) (?:count|estimate|reckoning|tally)),?\s+)?"
                r"(?:(?:some|about|around|nearly|almost|roughly|over|more than|only|just)\s+)*$",
                before,
                re.I,
            )
            done = _participle_after(after, noun, acted_on=_acted_on(before)) or (_did(after, noun) if opens else None)
            by_body = None if done else _BY_BODY.search(_QUALIFIER_TAIL.sub("", before))
            if by_body and by_body.group("verb") not in _NOT_SERVICES:
                # "Its shared pilot plant had run 58 production batches": batches run by the shared pilot plant
                body = " ".join(w for w in by_body.group("np").split() if w.lower() not in _NUMBER_WORDS)
                return f"{phrase} {_PARTICIPLES.get(by_body.group('verb'), by_body.group('verb'))} by the {body}"
            # (not "won the 97 deals": those said before)
            deed = len(noun) == 1 and not re.search(r"\b(?:the|its|their|these|those)\s+$", before)
            done = done or _event_before(before, after, any_deed=deed)
            verb = re.search(r"\b([a-z]+)(?:\s+(?:all|only))?\s*$", _QUALIFIER_TAIL.sub("", before))
            if verb and _ASSESSING.fullmatch(verb.group(1)) and _INDEX_BEFORE.search(before[: verb.start()]):
                return _assessed(noun)  # "The index scores 72 prefecture-level cities": cities assessed
            if done in ("sold", "shipped", "delivered") and re.match(
                r"\s+" + r"\s+".join(re.escape(w) for w in noun) + r"\s+(?:abroad|overseas)\b", after
            ):
                done = "exported"  # "sold 143 surgical robots abroad"
            if done and done.startswith("that "):
                phrase = what_they_do(phrase, done.removeprefix("that "))  # "companies that make humanoid robots"
            elif done and not phrase.endswith(done):
                phrase += " " + done
            rate = re.match(
                r"\s+" + r"\s+".join(re.escape(w) for w in noun) + r"\s+(?:a|per|each|every)\s+(month|week)\b(?!-)"
                r"(?!\s+(?:ago|after|before|later|earlier|of|or)\b)",
                after,
            )
            if rate:  # "ships 4,000 actuators a month": actuators shipped per month
                if re.search(
                    r"\b(?:can|could|able to)\s+(?:now\s+)?(?:make|produce|build|turn out|assemble)\s*$",
                    _QUALIFIER_TAIL.sub("", before),
                ):
                    return f"{rate.group(1)}ly production capacity"  # "can make 300,000 sensor skins a month"
                return f"{phrase} per {rate.group(1)}"
            if not done:
                where = re.match(
                    r"\s+" + r"\s+".join(re.escape(w) for w in noun) + r"\s+(in the (?:cluster|park|zone|base|district|"
                    r"science city|development area|city|(?:[a-z][\w-]*\s+){1,3}?(?:economy|industry|sector)))\b",
                    after,
                )
                if where:  # "126 enterprises in the cluster": where they are is what is counted
                    phrase += " " + where.group(1)
                elif (
                    len(noun) == 1
                    and _MEMBER_NOUNS.fullmatch(noun[0])
                    and (group := _GROUP_HAS.search(_QUALIFIER_TAIL.sub("", before)))
                ):
                    phrase = f"{group.group('np')} {phrase}"  # "The center's industry alliance grew from 40 members"
            return phrase
    if unit in ("yuan", "usd"):
        combined = re.search(
            _COUNTED_THINGS + r"(?:\s+(?:in|during|over|last|this)\s+(?:the\s+)?[a-z0-9][\w-]*(?:\s+[a-z0-9][\w-]*)?)?"
            r"\s+(?:for|worth|totall?ing)\s+"
            r"(?:a\s+)?(?:combined|total|sum)\s+(?:of\s+)?(?:about |around |nearly |roughly |some |over |more than )?$",
            before[-200:],
        )
        if combined:  # "closed 14 disclosed rounds for a combined 8.7 billion yuan": their value
            return "value of " + combined.group("noun")
        apposed = re.search(
            _COUNTED_THINGS + r"[^,;.]{0,80}?,\s+"
            r"(?:together\s+)?worth\s+(?:a\s+(?:combined|total)\s+(?:of\s+)?)?"
            r"(?:about |around |nearly |roughly |some |over |more than )?$",
            before[-220:],
        )
        if apposed:  # "signed 137 licences for new varieties last year, worth 286 million yuan": their value
            return "value of " + apposed.group("noun")
        value_of = _VALUE_OF.search(before[-160:])
        if value_of:  # "118 technology transfer agreements with a combined value of 2.3 billion yuan"
            return "value of " + value_of.group("noun")
        done_worth = _DONE_WORTH.search(before[-160:])
        if done_worth:  # "redeemed innovation vouchers worth 1.86 billion yuan": the value of those redeemed
            return f"value of {done_worth.group('noun')} {done_worth.group('verb').lower()}"
        worth = re.match(
            r"\s*(?:\([^)]*\)\s*)?(?:worth\s+)?of\s+(?!(?:[a-z][\w-]*\s+)?(?:money|funds|cash)\b)"
            r"((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
            r"(?:\s+(?:in|on|for|into)\s+(?:[a-z][\w-]*\s*){1,3})?)(?=[,.;)]|\s+(?:in|last|this|over|since|by|to|from|and)\b|$)",
            after,
        )
        if worth and worth.group(1).split()[0] not in _DETERMINERS:
            return worth.group(1).strip()  # "210 billion yuan of investment in chip projects"
        cost = _cost_of(_QUALIFIER_TAIL.sub("", before))
        if cost:
            return cost
        sized = re.match(
            # "a 1 billion yuan BCI fund", "a 2 billion yuan Rail Transit Industry Fund"
            r"\s+((?:(?!(?:to|into|for|in|on|of|the|a|an|its|their|from|with|by|at)\b)[A-Za-z][\w-]*\s+){0,4}?"
            r"([Ff]und|project|contract|deal|order|loan|plant|programme|program|agreement|"
            r"(?:" + _ROUND + r")))(?=[,.;:)]|\s+(?:in|for|to|with|from|of|"
            r"that|which|and|at|on|by|last|this|was|is|will|has|had|would|to|under|led|together)\b|$)",
            after,
        )
        if sized and re.search(r"(?:\b(?:a|an|the|its|their|his|her|our)|\w(?:’s|'s))\s+$", before, re.I):
            # "a 2.5-billion-yuan fund", "Kunxin's 2.4-billion-yuan Series C"
            if re.fullmatch(_ROUND, sized.group(2)):
                return "funding raised in a round"  # "Kunxin's 2.4-billion-yuan Series C"
            if sized.group(2) in ("fund", "Fund"):  # "a 2 billion yuan Rail Transit Industry Fund": a fund's size
                return "size of " + ("fund" if sized.group(2) == "Fund" else sized.group(1))
            return "value of " + sized.group(1)
        if re.search(
            r"\b(?:a|an|its|the|their)\s+(?:" + _ROUND + r")\s+of\s+(?:about |around |nearly |some |over )?$", before
        ):
            return "funding raised in a round"  # "We closed a Series A of 120 million yuan"
        use = _money_use(before, after)
        kind = _money_kind(before, after)
        if kind and not (use and use.startswith(("spending ", "investment "))):
            return kind  # "paid out 18.6 million yuan in subsidies": subsidies paid
        if use:
            return use
    if unit in ("percent", "fraction"):
        # "..., of whom 41 percent were women", "Of them, 36 percent were based outside the city": the part said after
        front = re.search(
            r"\b(?:[Oo]f|[Aa]mong)\s+(?:whom|them|those|these)\s*,?\s*"
            r"(?:about |around |nearly |roughly |some |over |more than |almost |just over |just under )?$",
            before,
        )
        part = _share_of_them(" of them" + after if front and not re.match(r"\s+of\b", after) else after)
        if part:
            return part
        share = re.match(
            r"\s+of\s+(?:all\s+)?(?:them|those|these|which)?\s*(the\s+|its\s+|their\s+|our\s+|my\s+)?"
            r"(?P<owner>(?:the\s+)?(?:[A-Z][\w-]*|zone|district|park|city|capital|country|nation|area|region|province|"
            r"(?:last|this)\s+year)"  # ("of last year's returnees": the year is the figure's)
            r"(?:’s|'s)\s+)?(it\b|(?:" + _WORD + r"\s*){1,6})",  # "of the district's firms"; "of it": the sum before
            after,
        )
        if share:
            words = ["it"] if share.group(3) == "it" else _noun_after(share.group(3))
            if words:
                whose = _SHARE_TAKER.search(_QUALIFIER_TAIL.sub("", before)[-200:])
                named = whose and (  # a pronoun, or a name ("Haidian alone", "The Chinese Academy of Sciences")
                    re.match(r"(?i:it|they|this|that|which)\b", whose.group("np"))
                    # "The district accounted for 34.4 percent": a body said before, not a part of the whole
                    or re.fullmatch(r"(?i:the)\s+(?:" + _ANAPHORIC_BODIES + r")", whose.group("np"))
                    or re.search(
                        r"(?<!^)\b[A-Z]|^[A-Z][\w-]*(?:’s|'s)|^[A-Z][\w-]*(?:\s+(?:alone|itself|together|combined))?$",
                        whose.group("np"),
                    )
                )
                np = whose.group("np") if whose else ""
                np = re.sub(r"^(?:(?:[Ll]ast|[Tt]his|[Nn]ext) (?:year|month|quarter)|[Ii]n (?:19|20)\d\d),?\s+", "", np)
                if re.match(r"[A-Z][a-z-]+(?:\s+[a-z][\w-]*)+$", np):
                    np = np[0].lower() + np[1:]  # "Contracts with companies brought in": at the sentence's start
                taker = f" from {np}" if whose and not named else ""
                # "of its projects", "of the district's firms": of projects, of firms
                the = share.group(1) if share.group(1) == "the " and not share.group("owner") else ""
                owned = whose and re.fullmatch(
                    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[Tt]he\s+(?:sector|industry|city|district|country|park|zone))"
                    r"(?:’s|'s)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})",
                    whose.group("np"),
                )
                if owned:  # "Beijing's digital economy accounted for 43.5 percent of its GDP"
                    return f"{owned.group('noun')} as a share of {the}{' '.join(words)}"
                if not whose:  # "62 percent of manufacturers in Beijing used domestic software": which part
                    rest = share.string[share.start(3) :]
                    for word in words:
                        rest = rest[rest.find(word) + len(word) :]
                    said = share_predicate(rest)
                    if said:
                        return "share of " + the + " ".join(words) + " " + said
                return "share of " + the + " ".join(words) + taker
    changed = _changed_noun(before)
    if changed:  # "exports fell 3.2 percent year on year to 98.7 billion yuan": the amount of what changed
        return " ".join(changed)
    noun = _noun_before(before)
    if noun and all(w[:1].isupper() for w in noun) and re.match(r"\s+of\s+(?:them|those|these)\b", after):
        return None  # "E-Town accounted for 486 of them": whose part it is, of the count before
    if noun:
        phrase = " ".join(noun) + _whose(before, noun)
        if unit in ("yuan", "usd") and re.match(
            r"(?:[\w&-]+\s+){0,3}?(?:contracts|deals|agreements|orders|transactions)\b", phrase, re.I
        ):  # "Technology contracts registered in Beijing were worth 612.4 billion yuan": their value
            return "value of " + phrase[:1].lower() + phrase[1:]
        return phrase
    if unit in COUNT_UNITS and re.match(r"\s+points?\b", after):
        return "score"
    return None


#: Words a measure's name does not start with: a preposition, a conjunction, a possessive or a
#: verb means the words were a clause's fragment ("in Beijing", "though its own spending",
#: "putting Chaoyang's share", "priced", "hold doctorates").
_NO_FIRST_WORDS = frozenset(
    "in at on by to from though although while whereas putting reach reached held hold holds sold priced "
    "and or but its their our".split()
)
#: Words a measure's name does not end with: the phrase was cut off ("share of services exports from and").
_NO_LAST_WORDS = frozenset("from and or of at on to by with for the a an".split())
#: Pronouns and finite verbs, anywhere in a name: it is a clause ("companies used it", "areas dominate").
_CLAUSE_WORDS = frozenset("it they them we us what there he she were was is are said dominate dominates works".split())


def names_a_measure(label: str) -> bool:
    """Whether the words read as the name of a measure, a noun phrase, and not as a fragment of a
    clause; a figure filed under a fragment is no fact a reader can use, so callers drop it.
    A difference ("126 more than a year earlier") measures nothing by itself either.

    >>> names_a_measure("technology contracts signed"), names_a_measure("share of IT spending by US firms")
    (True, True)
    >>> names_a_measure("companies used it"), names_a_measure("In Chaoyang District their share")
    (False, False)
    >>> names_a_measure("share of services exports from and"), names_a_measure("more")
    (False, False)
    >>> names_a_measure("Were awarded"), names_a_measure("US patents granted")
    (False, True)
    >>> names_a_measure("cost of cost about 80,000 yuan in 2023 now"), names_a_measure("5G base stations")
    (False, True)
    >>> names_a_measure("researchers per 10,000 residents"), names_a_measure("share of employees who are engineers")
    (True, True)
    """
    # ("share of employees who are engineers": a relative clause of what the part is, not a clause's fragment)
    words = re.sub(r"(?:’s|'s)\b|\b(?:who|that)\s+(?:are|were|is|was)\b", "", label).split()
    if not words or label.lower() in ("more", "fewer", "less"):
        return False
    if words[0].lower() in _NO_FIRST_WORDS or words[-1].lower() in _NO_LAST_WORDS:
        return False
    if any((w if w.isupper() and len(w) > 1 else w.lower()) in _CLAUSE_WORDS for w in words):
        return False  # an acronym in capitals is a name: "IT", "US"
    rest = re.sub(r"\b(?:per|for every)\s+(?:10,000|100,000|1,000|million)\b", " ", label)  # a rate's base
    if re.search(r"\d[\d,.]*\s+(?:yuan|dollars|percent|per cent)\b|\d{1,3},\d{3}|\b(?:19|20)\d\d\b", rest):
        return False  # "cost of cost about 80,000 yuan in 2023 now": another figure and its year in the words
    return True
