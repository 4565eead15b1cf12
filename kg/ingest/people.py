"""People and their posts in an article's sentences: who holds which role in which organization.

The extractor (:mod:`kg.ingest.extract`) finds the names; this module reads the wording around
a person's name for a role and the organization it is held in:

- an apposition after the name: "Wen Hao, Party secretary of Eastlake District", "Guo Lin, a
  researcher at the Example Institute", "Mira Holt, the commission's director", a signature line
  "Cao Meiling, Director, Example Management Office", a speaker's label in a transcript "Ren Bo
  (host; director of the Example Office):", "Ren Bo (director, Example Office):";
- a copula: "Ji Xiaoming is a senior fellow at the Example Institute", and a "where" clause after
  it: "..., where she leads the energy program" (the leader of the energy program there);
- a verb: "Shao Kai, who heads the university's robotics committee", "X directs the program at Y";
- a title before the name: "Deputy mayor Luo Wenbin", "Its director, Tang Yiming", "Example
  University president Karen Liu", "The commission's director Yan Bo", "Prof. Xu Jiayi of ...",
  "Example's deputy head for science and technology, Fei Yu" (a one-word possessive standing for
  an organization named before).

The organization is the one named in that wording, or the one it points back to ("its", "the
commission", "the new laboratory": the last organization of that kind named before); a mayor
holds office in the city. An organ named for it ("director of the park's management committee")
is an organization of its own, as is a name that goes on past "People's" ("... People's
Government"). Nothing here reads files or knows any particular name.

>>> role_name("Deputy Director")
'deputy director'
>>> role_name("directs")
'director'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from kg.classes import project_classes

__all__ = [
    "HONORIFIC",
    "ORG_WORDS",
    "ROLE",
    "SPEECH",
    "OrgRef",
    "PostReading",
    "looks_like_person",
    "read_posts",
    "role_name",
    "title_split",
    "with_anaphora",
]

#: Words that qualify a role ("deputy director", "founding director", "chief scientist").
_MODIFIERS = (
    r"(?:(?:deputy|vice|honorary|executive|senior|former|acting|associate|assistant|founding|managing|general|"
    r"principal|lead|first|standing|co|visiting|non-resident|nonresident)[- ])"
)
#: The level of government a role is held at ("Deputy District Mayor", "County Party secretary").
_LEVEL = r"(?:(?:district|county|city|municipal|provincial|township|town)\s+(?=mayor|governor|party|head|chief))?"
#: Occupations that are posts only at a body the text names ("a prosthetist at X", not "a biologist
#: trained in Boston").
_OCCUPATIONS = (
    r"[a-z]{2,}ologist|[a-z]{3,}(?:ician|icist|thetist|otist|iatrist)|therapist|dentist|chemist|agronomist|"
    r"veterinarian"
)
#: The roles themselves, the longer wordings first.
_CORES = (
    r"(?:director-general|secretary-general|director general|secretary general|"
    r"party (?:committee )?secretary|party chief|"
    r"chief (?:executive|technology|technical|operating|financial|scientific|science|information|investment|"
    r"medical|data|innovation|strategy) officer|chief executive|chief scientist|chief engineer|chief economist|"
    r"chief architect|chief researcher|chief (?:[a-z]+(?:ist|eer|er|or|ian))|chief|ceo|cto|cfo|coo|cso|"
    r"vice-mayor|mayor|governor|minister|commissioner|director|head|president|chairman|chairwoman|chairperson|"
    r"chair|dean|provost|rector|principal investigator|investigator|"
    r"(?:adjunct |visiting |full |research )?professor|academician|partner|co-founder|founder|"
    r"spokesperson|spokesman|spokeswoman|secretary|scholar|"
    r"(?:senior |research |postdoctoral |visiting )?fellow|postdoctoral researcher|postdoc|"
    r"research (?:associate|scientist|engineer)|scientist|researcher|economist|analyst|engineer|lecturer|"
    r"planner|strategist|specialist|consultant|coordinator|officer|architect|designer|administrator|curator|"
    r"technician|statistician|correspondent|reporter|journalist|columnist|(?:patent )?attorney|lawyer|"
    r"radiologist|physician|surgeon|clinician|oncologist|neurologist|pathologist|pharmacist|nurse|"
    + _OCCUPATIONS
    + r"|"
    r"programmer|developer|maintainer|"
    r"(?:doctoral|phd|ph\.d\.|graduate|master's|postgraduate) (?:student|candidate)|"
    r"(?:general|product|project|program|programme|operations|sales|investment|marketing|engineering|account|"
    r"plant|research) manager|manager|editor-in-chief|editor|adviser|advisor|"
    r"(?:team|group|project|line|shift|product|design|engineering) lead(?:er)?|"
    r"(?:research |teaching |graduate |program |programme |project )?assistant)"
)
#: A role as written, any case: "deputy director", "Party secretary", "founder and CEO" is two.
_ROLE_WORDS = r"(?i:" + _MODIFIERS + r"*" + _LEVEL + _CORES + r")"
ROLE = _ROLE_WORDS + r"(?![\w-])"
#: An honorific before a name ("Dr. Zou", "Professor Yang", "Ms Yue").
HONORIFIC = r"(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?"
#: Verbs of speech that follow a speaker's name.
SPEECH = r"(?:said|says|told|stated|added|noted|believes|explained|announced|stressed|pointed out|warned|argued)"

#: Verbs that say a person holds a post, and the role each says.
_VERBS = {
    "heads": "head",
    "headed": "head",
    "leads": "head",
    "led": "head",
    "runs": "head",
    "ran": "head",
    "oversees": "head",
    "manages": "manager",
    "directs": "director",
    "directed": "director",
    "chairs": "chair",
    "chaired": "chair",
    "founded": "founder",
    "co-founded": "co-founder",
    "cofounded": "co-founder",
    # in the first person: "I lead the medicinal chemistry group at X"
    "head": "head",
    "teach": "lecturer",  # "I teach lighting at the Beijing Film Academy"
    "teaches": "lecturer",
    "lead": "head",
    "run": "head",
    "direct": "director",
    "chair": "chair",
    # in the perfect: "X has run the Example Laboratory since it opened"
    "has run": "head",
    "has led": "head",
    "has headed": "head",
    "has directed": "director",
    "has chaired": "chair",
    "have run": "head",
    "have led": "head",
    "have headed": "head",
    "have directed": "director",
    "have chaired": "chair",
    "have also chaired": "chair",
    "has also chaired": "chair",
    "have also led": "head",
    "has also led": "head",
    # a chair held: "X, who also holds a professorship at Y"
    "holds a professorship": "professor",
}
_VERB = r"(?P<verb>" + "|".join(sorted(_VERBS, key=len, reverse=True)) + r")\b"
_HONORIFICS = {"prof": "professor", "professor": "professor", "academician": "academician"}
_ROLE_SPELLINGS = {"vice mayor": "vice-mayor", "party chief": "Party chief", "party secretary": "Party secretary"}

#: Words after "the" (or before "'s") that point back to an organization named before, with
#: the classes they can point to.
_HEADS = {
    "center": {"InnovationCenter", "ResearchInstitute", "Laboratory"},
    "centre": {"InnovationCenter", "ResearchInstitute", "Laboratory"},
    "institute": {"ResearchInstitute", "NewTypeRDInstitute"},
    "university": {"University"},
    "school": {"UniversityUnit"},
    "college": {"UniversityUnit", "University"},
    "faculty": {"UniversityUnit"},
    "department": {"UniversityUnit", "GovernmentBody"},
    "lab": {"Laboratory", "NationalKeyLaboratory", "NationalLaboratory"},
    "laboratory": {"Laboratory", "NationalKeyLaboratory", "NationalLaboratory"},
    "academy": {"Academy"},
    "commission": {"Commission"},
    "committee": {"Commission", "GovernmentBody"},
    "bureau": {"GovernmentBody"},
    "office": {"GovernmentBody"},
    "administration": {"GovernmentBody"},
    "ministry": {"GovernmentBody"},
    "government": {"GovernmentBody"},
    "council": {"GovernmentBody"},
    "company": {"Company"},
    "firm": {"Company", "Investor"},
    "startup": {"Company"},
    "start-up": {"Company"},
    "group": {"Company"},
    "fund": {"Investor"},
    "hub": {"InnovationCenter", "Platform"},
    "platform": {"Platform"},
    "district": {"District"},
    "city": {"City"},
    "capital": {"City"},
    "municipality": {"City"},
    "park": {"SciencePark", "DevelopmentArea"},
    "science city": {"ScienceCity"},
    "science park": {"SciencePark"},
    "industrial park": {"SciencePark", "DevelopmentArea"},
    "development zone": {"DevelopmentArea"},
    "development area": {"DevelopmentArea"},
    "high-tech zone": {"DevelopmentArea", "SciencePark"},
    "pilot zone": {"DevelopmentArea", "SciencePark"},
    "zone": {"DevelopmentArea", "SciencePark"},
}
#: Words that are not part of a role's wording before it ("said director ..." is no title).
_NOT_FILLERS = set(
    "said says told is was who which and or of at in for with from to by on has have had its their his her "
    "the a an this that as also now".split()
)
#: Words that make a capitalized name an organization or a place, not a person.
ORG_WORDS = frozenset(
    "robotics technologies technology tech capital holdings ventures venture partners group labs lab laboratory "
    "systems materials analytics bio biotech pharma pharmaceuticals energy semiconductor semiconductors software "
    "networks network media motors electric power innovation innovations research sciences science engineering "
    "industries industry solutions dynamics therapeutics intelligence computing data cloud medical health foods "
    "logistics automation instruments optics photonics quantum microelectronics electronics chips devices "
    "investment investments fund funds bank securities consulting studio studios digital mobility aerospace space "
    "robot robots vision hydrogen battery batteries genomics global international district county city province "
    "town village road street avenue park zone hub valley center centre institute university school college "
    "hospital museum office bureau committee commission council ministry government association society "
    "foundation alliance federation union club daily news times post press agency journal review report index "
    "program programme plan forum summit conference expo award prize advanced packaging cryogenics diagnostics "
    "biologics imaging manufacturing machinery equipment testing sensing sensors lidar drones aviation "
    "satellite satellites storage solar nuclear fusion microsystems interactive medtech healthcare "
    "agritech fintech bioscience biosciences biopharma biomedical biomedicine chemical chemicals services ai "
    "guild guilds".split()
)


def role_name(text: str) -> str:
    """A role's name as the draft gives it: lower case, the verb read as its role."""
    words = " ".join(text.split()).strip(" ,")
    low = words.lower()
    if low in _VERBS:
        return _VERBS[low]
    low = re.sub(r"^(?:a|an|the|its|their)\s+", "", low)
    return _ROLE_SPELLINGS.get(low, low)


def name_word(token: str) -> bool:
    """A word shaped like part of a person's name: a capital, then small letters (accents and
    apostrophes allowed), or one more capital inside ("McLean").

    >>> [name_word(w) for w in ("Kovač", "Lü", "McLean", "O’Neil", "GPU", "Zhao", "Co.")]
    [True, True, True, True, False, True, False]
    """
    if len(token) < 2 or not token[0].isupper() or not token[-1].islower():
        return False
    inner = [c for c in token[1:] if c not in "’'-"]
    capitals = sum(c.isupper() for c in inner)
    return all(c.isalpha() for c in inner) and capitals <= 1 and not token[1].isupper()


#: The ends of English common nouns that no name of a person has ("Autonomy", "Robotics", "Dynamics").
_COMMON_NOUN_END = re.compile(r"(?:omy|ogy|ics|tion|sion|ware|works|labs|bots)$")


#: One syllable of Hanyu Pinyin without tone marks: an optional initial and a final.
_PINYIN = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü)"
)


def pinyin_name(tokens: Sequence[str]) -> bool:
    """Whether words are shaped like a Chinese person's name in pinyin: a surname of one syllable,
    then a given name of one or two ("Chen Hao", "Zhao Minghui"), every word shaped like a name.

    >>> pinyin_name(["Chen", "Hao"]), pinyin_name(["Zhao", "Minghui"]), pinyin_name(["Feiyao", "Lights"])
    (True, True, False)
    >>> pinyin_name(["Lingbu", "Robotics"]), pinyin_name(["Xi", "An", "Jiao"])
    (False, False)
    """
    return (
        len(tokens) == 2
        and all(name_word(t) for t in tokens)
        and re.fullmatch(_PINYIN, tokens[0].lower()) is not None
        and re.fullmatch(f"(?:{_PINYIN}){{1,2}}", tokens[1].lower()) is not None
    )


def looks_like_person(s: str, start: int, end: int, tokens: Sequence[str]) -> bool:
    """Whether the capitalized name ``s[start:end]`` (its words ``tokens``) is a person's: two or
    three words shaped like a name, none of them an organization's or a place's, next to a role,
    an honorific, a verb of speech or a "who" clause."""
    if not 2 <= len(tokens) <= 3:
        return False
    if not all(name_word(t) for t in tokens):
        return False
    if any(t.lower().strip("’'") in ORG_WORDS and t != "Ai" for t in tokens):
        return False  # (but "Ai Zhenyu": the surname Ai, which "AI" is not written as)
    if _COMMON_NOUN_END.search(tokens[-1]):
        return False  # "Kuangxing Autonomy", "Lianyun Robotics": a word no surname or given name ends so
    after, before = s[end : end + 80], s[max(0, start - 60) : start]
    if re.search(ROLE + r"(?:\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?\s+at\s+$", before):
        return False  # "head of product at Mingshi Learning, said": where the post is held, no person
    return bool(
        re.match(r"\s*(?:,|\(|—|–)\s*(?:who|whose)\b", after)
        or _apposition(after)
        # "Wang Lei, the youngest of the three founders,": one of a group of people
        or re.match(
            r"\s*,\s+(?:the|one)\s+(?:[\w-]+\s+)?of\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:co-?founders|founders|partners|engineers|researchers|scientists|directors|executives|authors|"
            r"speakers|winners|students|doctors)\b",
            after,
        )
        or re.match(r"\s*,\s*[^,;]{0,60}?\band\s+(?:a|an|the)\s+" + ROLE, after)
        or bool(re.match(r"\s+" + _BE + r"\s", after))
        and _BODY.match(re.sub(r"^\s+" + _BE + r"\s+", "", after)) is not None
        or re.match(r"\s+(?:also\s+|now\s+)?" + _VERB, after)
        or re.match(r"\s*,?\s+" + SPEECH + r"\b", after)
        # "director Zhao Lei", "chief scientist and founder Ada Lin"; not "chief technology officer of Example Labs"
        or re.search(ROLE + r"\s*,?\s+(?:(?!(?:of|at|for|in|with|to|from)\s)[a-z][\w-]+\s+)?$", before)
        or re.search(ROLE + _FIELD + r"\s*,\s+$", before)
        or re.search(r"\b(?:Dr|Prof|Professor|Mr|Ms|Mrs|Academician)\.?\s+$", before)
        or re.search(r"\b(?:said|says|according to|by)\s+$", before)
    )


def title_split(label: str) -> int | None:
    """Where a person's name starts in a run of capitalized words that ends with a title and a
    name ("District Mayor Zhao Lei", "Example University President Ann Lee"); None when the run
    is no such thing.

    >>> title_split("Deputy District Mayor Zhao Lei")
    22
    >>> title_split("Eastlake Science Park") is None
    True
    """
    m = re.search(r"(?:^|\s)(?:" + ROLE + r")\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})$", label)
    if not m:
        return None
    tokens = m.group("name").split()
    if not all(name_word(t) for t in tokens):
        return None
    if any(t.lower().strip("’'") in ORG_WORDS for t in tokens):
        return None
    return m.start("name")


#: The sentence index of a body known only as the text's publisher (see :meth:`_Sentence.back`).
PUBLISHER = -2


@dataclass(frozen=True)
class OrgRef:
    """An organization (or place) named in a sentence or before it."""

    id: str
    start: int  # in the sentence; -1 for one named in an earlier sentence
    end: int
    types: tuple[str, ...]
    label: str  # as written
    sentence: int = 0  # the index of the sentence that names it
    unit: str | None = None  # the rest of the name of the body the post is held in (see PostReading)
    aside: bool = False  # named in a phrase put before the sentence's subject ("Founded by X graduates, Y ...")

    @property
    def is_vague(self) -> bool:
        """A one-word name of no known kind ("Wuhan"): after "from", more likely a place."""
        return self.types == ("Organization",) and len(self.label.split()) == 1

    @property
    def is_place(self) -> bool:
        return bool(self.types) and all(t in project_classes().places for t in self.types)


@dataclass
class PostReading:
    """A post read from a sentence; ``org`` is None when no organization could be found."""

    person: str
    role: str
    org: str | None
    title: str
    confidence: float
    #: the post is held in a body that the wording names after ``org`` and that is not among the names
    #: found: an organ of it ("the park's management committee": " Management Committee") or the rest of
    #: its name ("... Municipal People's Government": "'s Government"); the organization is ``org``'s
    #: name followed by this
    unit: str | None = None


_BODY = re.compile(
    r"(?:(?:a|an|the|its|their|his|her|(?P<our>our))\s+)?"
    r"(?:(?P<owner>(?:the\s+)?[\w’'&.\-]+(?:\s+[\w’'&.\-]+){0,8}?)(?:’s|'s)\s+)?"
    r"(?P<fill>(?:[a-z][\w-]*\s+){0,2}?)"
    r"(?P<roles>" + ROLE + r"(?:\s*,?\s*(?:and|&)\s+" + ROLE + r")*)"
    r"(?P<rest>[^;()]{0,200})"
)
#: Verbs that say a person holds (or takes up) a role: "is", "serves as", "was named", "will serve as".
_BE = (
    r"(?:(?:was|has\s+been|had\s+been|is|will\s+be)\s+(?:named|appointed|elected)(?:\s+as)?|"
    r"will\s+(?:serve\s+as|become|take\s+over\s+as|be)|(?:took|takes)\s+over\s+as|stepped\s+in\s+as|"
    r"(?:is|was)\s+now|is|was|serves\s+as|served\s+as|has\s+(?:also\s+)?been|had\s+been|became|becomes|"
    r"remains|works\s+as|work\s+as|worked\s+as|(?:has|had|have)\s+worked\s+as|"
    r"am|’m|'m)"  # (the last for a writer's "I": "I work as", "I am")
)
_APPOSITION = re.compile(
    r"(?:,\s*(?:Ph\.\s?D\.|PhD|M\.D\.|MD|MBA|D\.Phil\.|Jr\.|Sr\.)(?=,))?"  # "Sun Yiran, Ph.D., Chief Executive Officer"
    r"\s*(?:,|\((?:\s*[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*;)?|—|–)\s*(?:\d{2,3}\s*,\s*)?(?:who\s+"
    r"(?:until\s+(?:(?:19|20)\d\d|last\s+year|recently)\s+)?"  # "who until 2023 was a postdoctoral researcher at X"
    + _BE
    + r"\s+(?:also\s+|now\s+|currently\s+)?|"
    # "who follows the sector as deputy director of X", "who doubles as": a deed, then the role it is done in
    r"who\s+(?:also\s+|now\s+)?[a-z]+s(?:\s+(?!(?:as|and|or|but)\b)[a-z][\w-]*){0,3}\s+as\s+|"
    r"now\s+|currently\s+|formerly\s+|previously\s+)?(?P<body>.*)",  # "who is also a professor at"
    re.S,
)
#: The field a role is for, between it and the name: "deputy head for science and technology, X".
_FIELD = r"\s+(?:for|of|in)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*"
_COPULA = re.compile(
    r"\s+(?:(?:previously|formerly|once|also|now)\s+)?"
    + _BE
    + r"\s+(?:(?:now|also|currently|previously|formerly|once)\s+)*(?P<body>.*)",
    re.S,
)


def _apposition(after: str) -> re.Match[str] | None:
    m = _APPOSITION.match(after)
    if not m:
        return None
    body = _BODY.match(m.group("body"))
    return body if body and _fill_ok(body) else None


def _fill_ok(body: re.Match[str]) -> bool:
    fill = body.group("fill").split()
    owner = body.group("owner") or ""
    return not any(w in _NOT_FILLERS for w in fill) and not re.search(r"\b(?:said|says|told)\b", owner)


def _head_words(label: str) -> set[str]:
    """The words that say what a name names: its last word, and the last before "of"/"for"
    ("National Key Laboratory of X": laboratory; "Center for X Research": center)."""
    words = re.sub(r"(?:’s|'s)$", "", label.lower()).split()
    heads = set(words[-1:])
    for i, w in enumerate(words):
        if w in ("of", "for", "on") and i:
            heads.add(words[i - 1])
            break
    return heads


#: What goes between "the company" and the name it is said to be: "(everyone asks me about) is".
_NAMED_AFTER = re.compile(r"(?:\s+(?!is\b|was\b)[a-z][\w-]*){0,5}\s+(?:is|was)\s+(?:the\s+)?(?=[A-Z])")


def with_anaphora(s: str, orgs: Sequence[OrgRef], earlier: Sequence[OrgRef], sentence: int = 0) -> list[OrgRef]:
    """The organizations ``s`` names, and those it points back to ("the center", "its"), in order."""
    sent = _Sentence(s, list(orgs), list(earlier), None)
    out = list(orgs)
    for m in _ANAPHOR.finditer(s):
        if any(o.start <= m.start() < o.end for o in orgs):
            continue
        tail = m.end("head") if m.group("head2") in _NOT_NOUNS else m.end()
        if re.match(r"(?:\s+(?!(?:and|or|but|a|an|the)\b)[a-z][\w-]*){0,3}\s+(?:at|of)\s+(?:the\s+)?[A-Z]", s[tail:]):
            continue  # "the evaluation centre at the X Institute": a unit of the body named after it
        named = _NAMED_AFTER.match(s, m.end())
        if named and any(o.start == named.end() for o in orgs):
            continue  # "The company everyone asks me about is Shouyu Technology": it names one, points back to none
        ref = sent.resolve(m, m.start())
        if ref is not None:
            out.append(OrgRef(ref.id, m.start(), m.start(), ref.types, ref.label, sentence))
    return sorted(out, key=lambda o: o.start)


class _Sentence:
    """What a sentence offers for resolving organizations."""

    def __init__(
        self, s: str, orgs: list[OrgRef], earlier: list[OrgRef], city: str | None, ours: OrgRef | None = None
    ) -> None:
        self.s = s
        self.orgs = sorted(orgs, key=lambda o: o.start)
        self.earlier = earlier  # the most recent last
        self.city = city
        self.ours = ours  # in a transcript, the speaker's own organization

    def at(self, pos: int, *, places: bool = True) -> OrgRef | None:
        """The organization named at ``pos`` (after an optional "the")."""
        skip = re.match(r"\s*(?:the\s+)?", self.s[pos:])
        named = pos + (skip.end() if skip else 0)
        for o in self.orgs:
            if o.start == named and (places or not o.is_place):
                return o
        for o in self.orgs:  # an anaphor ("the commission") is placed at its "the"
            if o.start == o.end == pos and (places or not o.is_place):
                return o
        return None

    def ending_at(self, pos: int) -> OrgRef | None:
        """The body (no place) whose name ends right at ``pos``: "X" in "X, which ...", "X named ..."."""
        return next((o for o in self.orgs if o.end == pos and not o.is_place), None)

    def back(self, before: int, kinds: Iterable[str] | None = None, head: str | None = None) -> OrgRef | None:
        """The last organization named before offset ``before`` (this sentence, then earlier ones)
        of one of ``kinds``, or whose name ends in ``head``; any non-place one when neither is given."""
        wanted = set(kinds or ())
        pool = [o for o in self.orgs if o.end <= before][::-1] + self.earlier[-RECENT:][::-1]
        if not wanted and not head:  # "its": what the sentence, or the last one naming one, is about
            # (never a periodical: "The Review talked to its director" is the director of what it is about)
            here = [o for o in self.orgs if o.end <= before and not o.is_place and not _periodical(o)]
            if here:
                return _subject(here)
            last = [o for o in self.earlier if not o.is_place and not _periodical(o) and o.sentence != PUBLISHER]
            if last:
                return _subject(
                    [
                        o
                        for o in self.earlier
                        if o.sentence == last[-1].sentence and not o.is_place and not _periodical(o)
                    ]
                )
        for o in pool:
            if o.sentence == PUBLISHER and (not head or head in _HEADS):
                continue  # (the publisher, named in no sentence, only by its name's head: "the institute", below)
            if head and _headed_by(o, head, strict=True):
                return o
            if wanted and wanted & set(o.types):
                return o
            if not wanted and not head and not o.is_place:
                return o
        if head not in _HEADS:
            return None
        latest = self.earlier[-1].sentence if self.earlier else 0
        near = [o for o in pool if o.sentence >= latest or o in self.orgs]
        named = next((o for o in near if _headed_by(o, head, strict=False)), None)
        if named is not None:  # "Researchers at the X Institute of Technology ... a researcher at the institute"
            return named
        # "the institute" named long before: the publisher so headed, else the one body so headed
        older = {o.id: o for o in self.earlier[:-RECENT] if _headed_by(o, head, strict=True)}
        ours = [o for o in self.earlier if o.sentence == PUBLISHER and _headed_by(o, head, strict=True)]
        found = ours[0] if ours else next(iter(older.values())) if len(older) == 1 else None
        # else a university so named ("the institute": the Beijing Institute of Technology)
        return found or next((o for o in pool if _headed_by(o, head, strict=False)), None)

    def anaphor(self, word: str, before: int) -> OrgRef | None:
        """What "the <word>" / "its" points back to: "the center", "the science city", "the
        observatory" (a word that ends the name of an organization named before)."""
        word = " ".join(word.lower().split())
        if word in ("its", "their"):
            return self.back(before)
        if word == "our":  # "Ning Yibo, our deputy director": the speaker's, else what the text is most about
            return self.ours or self.main(before)
        if " " in word:
            found = self.back(before, head=word)
            if found is not None or word in _HEADS:
                return found or self.back(before, kinds=_HEADS.get(word, ()))
            first, last = word.split()[0], word.split()[-1]
            # ("the institute director": the institute; "the technology transfer programme": no body's name)
            return (self.anaphor(first, before) if first in _HEADS else None) or (
                self.anaphor(last, before) if last in _HEADS else None
            )
        if word in _HEADS:
            found = self.back(before, head=word) or self.back(before, kinds=_HEADS[word])
            if found is None and "Company" in _HEADS[word]:  # "the company": a firm of no known kind
                found = self.back(before, kinds={"Organization"})
            return found
        if len(word) > 3 and word not in _NOT_FILLERS:
            return self.back(before, head=word)
        return None

    def resolve(self, m: re.Match[str], before: int) -> OrgRef | None:
        """What an :data:`_ANAPHOR` match points back to."""
        if m.group("its"):
            return self.anaphor(m.group("its"), before)
        if m.group("head2") and m.group("head2") not in _NOT_NOUNS:
            return self.anaphor(f"{m.group('head')} {m.group('head2')}", before)
        if re.match(
            r"\s+(?:office|department|division|section|unit|team|group|programme|program)\s", m.string[m.end() :]
        ):
            return None  # "the aerospace office of X": a unit the word names the field of, not "X Aerospace"
        return self.anaphor(m.group("head"), before)

    def main(self, before: int) -> OrgRef | None:
        """The organization the text so far is most about: the one referred to most often (the
        first named of those, on a tie), for a title given with no organization ("said President X")."""
        pool = [o for o in self.earlier[-RECENT:] if not o.is_place] + [
            o for o in self.orgs if o.end <= before and not o.is_place
        ]
        if not pool:
            return None
        counts: dict[str, int] = {}
        for o in pool:
            counts[o.id] = counts.get(o.id, 0) + 1
        best = max(counts.values())
        return next(o for o in pool if counts[o.id] == best)

    def city_of(self, before: int) -> str | None:
        found = self.back(before, kinds={"City"})
        return found.id if found else self.city


#: Words after "the <head>" that are no second noun of it: "the cooperative since 2015", "the park has".
_NOT_NOUNS = frozenset(
    "since in at on of for from to with by and or but as than that which who whose where when while after before "
    "until during under over into about is was are were has had have will would can could may might should must "
    "said says told added also now still then itself last this next".split()
)
#: How many of the bodies named before a sentence its pointers back ("its", "the park") reach.
RECENT = 40


def _headed_by(org: OrgRef, head: str, *, strict: bool = True) -> bool:
    """Whether "the <head>" may name ``org``: "the science city" one whose name ends so, "the
    institute" one whose name's head word it is (when ``strict``, no university named "Institute
    of Technology", which "the institute" means only when no other institute is near)."""
    if " " in head:
        return org.label.lower().endswith(head)
    if "University" in org.types and head in _HEADS:  # (a university named "Institute of Technology" is one)
        return "University" in _HEADS[head] or (not strict and head in _head_words(org.label))
    return head in _head_words(org.label) and (head in _HEADS or org.label.lower().endswith(head))


def _subject(orgs: Sequence[OrgRef]) -> OrgRef:
    """Of the organizations a sentence names, in order, the one it is about: the first, unless
    that was named in a phrase before the subject ("Founded by Tsinghua graduates, Qiyuan has ...")."""
    return next((o for o in orgs if not o.aside), orgs[0])


#: A phrase put before a sentence's subject, up to its comma: "Founded in 2022 by three X graduates, ".
FRONTED = re.compile(
    r"(?:Founded|Co-founded|Set up|Spun (?:out|off)|Backed|Based|Headquartered|Launched|Established|Created|"
    r"Incubated|Started|Formed|Owned|Listed|Known|Like|Unlike|Along with|Together with|Alongside|Apart from|"
    r"Besides|According to)\b[^,;.]{0,150}?,\s+"
)


def _periodical(org: OrgRef) -> bool:
    """Whether the organization is a newspaper, magazine or agency (whose "its" is rarely a post's)."""
    return "MediaOrganization" in org.types


#: Kinds of body a text names capitalized when it means one named before: "the Commission", "the Bureau"
#: (not "the Commission for X", a name).
CAPITAL_HEADS = (
    r"(?:Commission|Bureau|Office|Ministry|Committee|Institute|Center|Centre|Council|Administration|Academy|"
    r"Agency|Department|Foundation|Forum|Park|Zone|University|Laboratory|Lab)(?!\s+(?:of|for|on)\b)(?!\s+[A-Z])"
)
_ANAPHOR = re.compile(
    r"\b(?:(?P<its>[Ii]ts|[Tt]heir|[Oo]ur(?=\s+(?:[a-z][\w-]*\s+){0,2}?"
    + ROLE
    + r"))\s+|[Tt]he\s+(?:(?:new|newly\s+\w+|same|former|\w+-\w+)\s+)?"
    r"(?P<head>[a-z][\w-]*|" + CAPITAL_HEADS + r")\b(?:\s+(?P<head2>[a-z][\w-]*)\b(?!\s+(?:of|for)\b))?)"
)


def _org_in(sent: _Sentence, start: int, text: str, *, visiting: bool = False) -> OrgRef | None | bool:
    """The organization the words after a role name (``text``, at ``start``): "of/at/in X",
    "at the institute", "of the board of X", ", X" ending a signature line. False when they
    name a place the person comes from ("from Chengdu"), or the home of a visitor ("a visiting
    scholar from X"); None when they name nothing."""
    lead = r"\s*(?P<prep>of|at|in|with|from|for|on|within)\s+"
    # "head of research at X", "chairman of the board of X": a field or a body inside X, then X
    inner = (
        r"\s*(?:of|for|in)\s+(?:the\s+)?(?!its\b|their\b|a\b|an\b)[A-Za-z][\w&-]*(?:\s+[A-Za-z][\w&-]*){0,3}?"
        r"\s+(?=(?:at|of|with|in)\s)"
    )
    # "director of the Surveying, Mapping and Geographic Information Division of the X Commission": a
    # division of X, whose post is X's (the division is in the role's title)
    division = (
        r"\s*(?:of|in)\s+(?:the\s+)?(?:[A-Z][\w&-]*,?\s+(?:(?:and|of|for)\s+)?){1,8}?(?:Division|Department|Section)"
        r"\s+(?=(?:of|at)\s)"
    )
    # "a professor who heads the microsystems group at X": X's
    relative = (
        r"\s*,?\s*who\s+(?:also\s+)?(?:heads|leads|directs|runs|chairs|manages|teaches|works)\s+"
        r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,4}?(?=(?:at|of|in)\s)"
    )
    for pattern in (division + lead, lead, inner + lead, relative + lead):
        m = re.match(pattern, text)
        if not m:
            continue
        pos = start + m.end()
        based = re.match(
            r"(?:the\s+)?[A-Z][\w]*(?:\s+[A-Z][\w]*)?-(?:based|headquartered)\s+(?=[A-Z])", text[m.end() :]
        )
        if based:
            pos += based.end()  # "general manager of Changping-based Xingdian Sensing": the firm, not where it is
        placed = re.match(
            r"(?:the\s+)?(?P<place>[A-Z][\w-]+)\s+(?P<head>bureau|commission|committee|office|administration|"
            r"council|institute|centre|center|lab|laboratory|academy)\b(?!\s+(?:of|for)\b)",
            text[m.end() :],
        )
        if placed:  # "deputy director of the Yanqing bureau": the bureau named before with Yanqing in its name
            word, head = placed.group("place").lower(), placed.group("head")
            named = next(
                (
                    o
                    for o in [*[o for o in sent.orgs if o.end <= start][::-1], *sent.earlier[::-1]]
                    if not o.is_place and word in o.label.lower().split() and head in o.label.lower().split()
                ),
                None,
            )
            if named is not None:
                return named
        org = sent.at(pos)
        if org is not None:
            if m.group("prep") == "from" and (org.is_place or org.is_vague or visiting):
                return False
            if m.group("prep") == "in" and org.types == ("Organization",) and len(org.label.split()) == 1:
                return False  # "a postdoc in Boston": a one-word name of no known kind after "in" is a place
            return _with_unit(sent, org, pos)
        a = _ANAPHOR.match(text, m.end())
        if a and re.match(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:at|of)\s+(?:the\s+)?[A-Z]", text[a.end() :]):
            a = None  # "director of the technology transfer office at X University": X's, named after it
        if a:
            found = sent.resolve(a, start)
            if found is not None:
                return False if m.group("prep") == "from" and visiting else _with_unit(sent, found, pos)
    m = re.match(r"\s*,\s+", text)
    if m:  # a signature line "Name, Director, Example Office"; "Name (director, X)", a speaker's label too
        org = sent.at(start + m.end())
        line = sent.s[org.end :].split("\n")[0] if org is not None else ""
        if org is not None and (not re.search(r"\w", line) or re.match(r"\s*\)", line)):
            return _with_unit(sent, org, start + m.end())
    return None


#: Kinds of bodies inside an organization, which a post after a possessive is held in ("Example
#: University's School of Physics"), unlike a product or a person named there ("Xiaomi's EV unit").
_UNITS = frozenset(
    "UniversityUnit Laboratory NationalKeyLaboratory NationalLaboratory ResearchInstitute GovernmentBody Commission "
    "InnovationCenter".split()
)
#: An organ of an organization named by a possessive: "the park's management committee".
_ORGAN = re.compile(
    r"(?:’s|'s)\s+(?P<organ>(?:[a-z][\w-]*\s+){0,3}?(?:committee|commission|board|bureau|office|administration|"
    r"secretariat|council))\b(?!\s+(?:of|for|on)\b|[’']s)"
)
#: The rest of a name that goes on after "People's": "... Municipal People's Government".
_PEOPLES = re.compile(r"(?:’s|'s)(?:\s+[A-Z][\w-]*(?:\s+(?:of|and)\s+[A-Z][\w-]*)*)+")


def _with_unit(sent: _Sentence, org: OrgRef, pos: int) -> OrgRef:
    """``org`` named at ``pos``, with the rest of the name of the body the post is held in when the
    wording goes on past it: an organ ("the park's management committee"), or a name of which
    "People's" is a part ("the Example County People's Government")."""
    if org.start == org.end:  # an anaphor: its words end where "the park" does
        a = _ANAPHOR.match(sent.s, len(sent.s) - len(sent.s[pos:].lstrip()))
        end = a.end() if a else pos
    else:
        end = org.end
    after = sent.s[end:]
    if m := re.match(r"(?:’s|'s)\s+", after):  # "Example University's Department of Physics": the department
        named = sent.at(end + m.end())
        if named is not None and set(named.types) & _UNITS:
            return named
    if re.search(r"\bPeople$", org.label) and (m := _PEOPLES.match(after)):
        return replace(org, unit=m.group(0))
    if m := _ORGAN.match(after):
        small = {"and", "of", "for", "the", "on"}
        words = m.group("organ").split()
        return replace(org, unit=" " + " ".join(w if w in small else w[:1].upper() + w[1:] for w in words))
    return org


def _owner(sent: _Sentence, owner_start: int, owner: str, before: int) -> OrgRef | None:
    """The organization a possessive names: "Example University's", "the commission's"."""
    for o in sent.orgs:
        if owner_start <= o.start and o.end <= owner_start + len(owner) + 1:
            return o
    a = re.fullmatch(r"(?:the\s+)?(?:(?:new|same)\s+)?([\w-]+(?:\s+[\w-]+)?)", owner.strip(), re.I)
    return sent.anaphor(a.group(1), before) if a else None


def read_posts(
    s: str,
    people: Sequence[tuple[str, int, int]],
    orgs: Sequence[OrgRef],
    earlier: Sequence[OrgRef] = (),
    city: str | None = None,
    ours: OrgRef | None = None,
) -> list[PostReading]:
    """The posts sentence ``s`` states for ``people`` (id, start, end), with the organizations
    (and places) it names, those named before it (``earlier``, the most recent last), the
    article's city (for mayors) and the speaker's own organization, in a transcript (``ours``:
    "Kong Lishan, our deputy director")."""
    if _byline(s):
        return []
    sent = _Sentence(s, list(orgs), list(earlier), city, ours)
    out: list[PostReading] = []
    said_before: dict[int, list[PostReading]] = {}  # by where a name ends: the posts worded before it
    for pid, start, end in sorted(people, key=lambda p: p[1]):
        before = _before(sent, pid, start, end)
        found = _after(sent, pid, start, end) or before or _as_role(sent, pid, start, end)
        # (what a pair shares: a passive's agent, "founded by A and B", or a role of two, "Its co-founders, A and B")
        plural = [p for p in before if re.fullmatch(_ROLE_WORDS + r"s", p.title)]  # (not "head of sales")
        shareable = [*plural, *filter(None, [_led_by(sent, pid, start)])]
        pair = _PAIR_BEFORE.search(s, 0, start)
        # (a name with no post of its own before it, but "Professor"; and no clause of its own after it: "founded by
        # A and B later joined as ...")
        no_role_of_its_own = all(post.title.rstrip(".") in ("Prof", "Professor", "Academician") for post in before)
        own_clause = re.match(r"\s+(?:later\s+|then\s+|also\s+|now\s+)?(?:[a-z]+ed|is|was|has|had|will)\b", s[end:])
        if no_role_of_its_own and not own_clause and pair and pair.start() in said_before:
            # "founded by Jin Haoran and Professor Yang Zhiqiang", "Its co-founders, Ding Rui and Ke Xiaoyu":
            # the second name holds what was said before the first
            shared = [replace(post, person=pid) for post in said_before[pair.start()]]
            found, shareable = [*found, *shared], [*shareable, *shared]
        said_before[end] = shareable
        if found and re.match(r"\s*,\s*(?:a\s+|an\s+)?(?:former|formerly|once|previously|ex-)", s[end:]):
            # "Its founder, Fu Zhaolin, a former engineer at X": the post now before the name, the old one after
            found = [*before, *found]
        for verb in (
            _verb(sent, pid, start, end),
            _led_by(sent, pid, start),
            _relative_post(sent, pid, start, end),
            _joined(sent, pid, end),
            _left_to_found(sent, pid, end),
            _named_to(sent, pid, start, end),
        ):
            # (a founder may hold another post there too: "founded in 2020 by X, now its chief executive")
            if verb is not None and not any(
                p.org == verb.org and (p.role == verb.role or verb.role not in ("founder", "co-founder")) for p in found
            ):
                found.append(verb)
        if found and found[-1].org:  # "..., where she leads the aerospace program"
            after = min((a for _, a, _ in people if a > end), default=len(s))
            found += _where(sent, found[-1], end, after)
            serves = re.search(  # "X, who founded Y in 2020 and serves as its chief executive"
                r"\band\s+(?:now\s+|also\s+)?(?:serves|served|acts|works)\s+as\s+(?:its|their)\s+(?P<role>"
                + ROLE
                + r")",
                s[end:after],
            )
            if serves and not re.search(r"[.;!?]\s", s[end : end + serves.start()]):
                role = serves.group("role")
                found.append(PostReading(pid, role_name(role), found[-1].org, role, found[-1].confidence))
            # "X, who directs the office and is also a deputy director-general of the Y Commission": a second post,
            # in the body named after it
            also = re.search(
                r"\band\s+is\s+(?:also|now|concurrently)\s+(?:a|an|the)\s+(?P<role>" + ROLE + r")\s+(?:of|at)\s+",
                s[end:after],
            )
            # (the person's own clause: not "X, chief executive of Y, a firm that ... and is also a partner of Z")
            between = s[end : end + also.start()] if also else ""
            other = (
                sent.at(end + also.end()) if also and not re.search(r"[.;!?]\s|\b(?:that|which)\b", between) else None
            )
            if also and other is not None and not other.is_place:
                found.append(PostReading(pid, role_name(also.group("role")), other.id, also.group("role"), 0.7))
        seen: set[tuple[str, str | None]] = set()
        for post in found:
            if post.org == pid:
                continue  # (a name taken for a body before it was known for a person's)
            if (post.role, post.org) not in seen:
                seen.add((post.role, post.org))
                out.append(post)
    return out


#: A possessive after a name: the phrase is about someone or something of the person's.
_OWNS_NEXT = re.compile(r"(?:’s|'s)\b")
#: A second name joined to the first ("Ding Rui and Ke Xiaoyu"): what is said before the pair is said of both.
_PAIR_AFTER = re.compile(r"\s+and\s+(?:" + HONORIFIC + r"\s+)?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
#: ... and the words between the two names, seen from the second.
_PAIR_BEFORE = re.compile(r"\s+and\s+(?:" + HONORIFIC + r"\s+)?$")


def _as_role(sent: _Sentence, pid: str, start: int, end: int) -> list[PostReading]:
    """Posts said in a phrase before the holder, the sentence's subject: "As deputy director of
    the X Commission, she drafted the plan", "As chief of neurosurgery at Y Hospital, Nie runs ..."."""
    fronted = re.match(r"As\s+(?:the\s+)?(?=\S[^,]{2,150},\s+$)", sent.s[:start])
    if fronted is None or _OWNS_NEXT.match(sent.s, end):  # ("As director of X, Ma Rui's wife ...": not his)
        return []
    body = _BODY.match(sent.s, fronted.end())
    if body is None or not _fill_ok(body):
        return []
    return [p for p in _reading(sent, pid, start, body) if p.org is not None and p.confidence > 0.6]


def _byline(s: str) -> bool:
    """A byline, a comment header or a line of page furniture: it names people, not posts."""
    return bool(
        re.match(r"\s*(?:By|BY)\s", s)
        or re.match(r"\s*(?:Posted|Written|Edited|Reported|Comment(?:ed)?|Reply|Photo|Text)\b[^.]{0,80}\bby\b", s)
        or " | " in s
    )


def _roles(text: str) -> list[str]:
    return [role_name(r) for r in re.split(r"\s*,?\s*(?:\band\b|&)\s+", text) if r.strip()]


def _post(pid: str, role: str, org: OrgRef | None | bool, title: str, conf: float) -> PostReading:
    target = org if isinstance(org, OrgRef) else None
    return PostReading(
        pid,
        role,
        target.id if target else None,
        title.strip(" ,"),
        conf if target else 0.4,
        target.unit if target else None,
    )


def _after(sent: _Sentence, pid: str, start: int, end: int) -> list[PostReading]:
    """Posts worded after the name: an apposition or a copula, more roles joined to it by "and"
    ("lead author of the report and a senior fellow at Y"), and a predicate after the
    apposition ("X, dean of Y, will serve as the laboratory's founding director")."""
    s = sent.s
    lead = _APPOSITION.match(s, end) or _COPULA.match(s, end)
    if not lead:
        return []
    out = []
    body = _BODY.match(s, lead.start("body"))
    if body and _fill_ok(body):
        out += _reading(sent, pid, start, body)
        rest_at = body.start("rest")
    else:
        rest_at = lead.start("body")
    clause = re.split(r",|;|\)|—|–|\b(?:said|says|told|who|which)\b", s[rest_at:], maxsplit=1)[0]
    for more in re.finditer(r"\band\s+(?=(?:a|an|the|its|their)\s+|[a-z])", clause):
        extra = _BODY.match(s, rest_at + more.end())
        if extra and _fill_ok(extra) and not extra.group("fill"):
            out += [p for p in _reading(sent, pid, start, extra) if p.org is not None and p.confidence > 0.6]
    then = re.match(r"\s*,\s*[^,;()]{3,160}?,\s+" + _BE + r"\s+", s[end:]) if lead.re is _APPOSITION else None
    if then:
        extra = _BODY.match(s, end + then.end())
        if extra and _fill_ok(extra):
            out += [p for p in _reading(sent, pid, start, extra) if p.org is not None and p.confidence > 0.6]
    return out


def _reading(sent: _Sentence, pid: str, start: int, body: re.Match[str]) -> list[PostReading]:
    """The posts one role wording (a :data:`_BODY` match) states."""
    roles = _roles(body.group("roles"))
    org: OrgRef | None | bool = None
    conf = 0.85
    if body.group("owner"):
        org = _owner(sent, body.start("owner"), body.group("owner"), start)
    if org is None and body.group("our") and not re.match(r"\s*(?:of|at|in)\s", body.group("rest")):
        org = sent.anaphor("our", start)  # "Kong Lishan, our deputy director": the speaker's organization
    if org is None:
        visiting = any(r.startswith("visiting") for r in roles)
        # "an economist who covers China at X": where the deed is done, the role's body
        deed = re.match(
            r"\s+who\s+(?:also\s+)?(?:covers|works|researches|studies|teaches|specializes|specialises|focuses|"
            r"writes|reports|trades|invests|lectures|consults)(?:\s+(?!(?:at|for|with|and|or|but)\b)[\w-]+){0,3}"
            r"(?=\s+(?:at|with)\s)",  # (not "an engineer who lives at X", "a nurse who volunteers at Y")
            body.group("rest"),
        )
        at = body.start("rest") + (deed.end() if deed else 0)
        org = _org_in(sent, at, sent.s[at : body.end("rest")], visiting=visiting)
    if (org is None or org is False) and (
        re.match(r"\s*(?:at|of|with|in|for)\s+(?:a|an|another|one)\s", body.group("rest"))
        or all(re.fullmatch(_OCCUPATIONS, role) for role in roles)
    ):
        return []  # "a former partner at a Shanghai practice", "a biologist trained in Boston": no body named
    if org is None or org is False:
        pointed = re.match(r"\s*(?:of|at)\s+the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*(?:[,.;]|$)", body.group("rest"))
        org, conf = _context(sent, roles, start), 0.55
        if pointed and org is not None and org.types == ("Organization",):
            org = None  # "director of the management committee": a body named before, not a name of no known kind
    title = body.group("roles") + body.group("rest").split(",")[0] if not body.group("owner") else body.group(0)
    part = _OF_PART.match(body.group("rest"))
    if part and roles[-1] == "head":  # "senior fellow and head of the open science programme at X": of a part
        roles[-1] = f"head of the {part.group('part')}"
    posts = [_post(pid, role, org, title, conf) for role in roles]
    leads = _LEADS_PART.search(body.group("rest"))
    if leads and isinstance(org, OrgRef) and conf > 0.6:  # "a professor at X who leads its genomics group"
        led = re.sub(r"^(?:its|their)\s+", "the ", leads.group("part"))  # (the head of a part, not of the body)
        posts.append(_post(pid, f"{_VERBS[leads.group('verb')]} of {led}", org, leads.group(0), conf - 0.05))
    more = re.search(r"\s+and\s+(?:also\s+)?(?:a|an)\s+(?=(?:[a-z][\w-]*\s+)?" + ROLE + ")", body.group("rest"))
    second = _BODY.match(sent.s, body.start("rest") + more.end()) if more else None
    if second is not None:  # "a research associate at the centre and a lecturer in X at Y University"
        posts += [p for p in _reading(sent, pid, start, second) if p.org is not None]
    return posts


#: Words that name a part of a body: "the maize genomics group", "the open science programme".
_PART_NOUNS = (
    r"(?:group|team|programme|program|laboratory|lab|centre|center|division|department|office|unit|section|"
    r"platform|project)"
)
#: A part of the body a post is held in that the holder also leads: "(a professor at X) who leads its
#: maize genomics group", "(a professor) who heads the microsystems group (at X)".
_LEADS_PART = re.compile(
    r"^[^,;]{0,120}?\bwho\s+(?:also\s+)?(?P<verb>leads|heads|runs|directs|chairs|manages)\s+"
    r"(?P<part>(?:its|the|their)\s+(?:[\w-]+\s+){0,4}?" + _PART_NOUNS + r"\b)(?!\s+to\b)"  # (not "... to victory")
)

#: The part of a body a head's title names before the body: "(head) of the open science programme (at X)".
_OF_PART = re.compile(r"\s+of\s+(?:the|its)\s+(?P<part>(?:[a-z][\w-]*\s+){0,4}?" + _PART_NOUNS + r")\s+(?:at|of)\s")

#: Verbs in the passive that say who holds a post: "The center, headed by X", "founded by X".
_PASSIVE = {
    "led": "head",
    "headed": "head",
    "run": "head",
    "directed": "director",
    "chaired": "chair",
    "founded": "founder",
    "co-founded": "co-founder",
    "cofounded": "co-founder",
    # in the perfect: "X has run the Example Laboratory since it opened"
    "has run": "head",
    "has led": "head",
    "has headed": "head",
    "has directed": "director",
    "has chaired": "chair",
}


#: A post its holder says in a relative clause after the body: "Paper Lantern Games, the studio I founded",
#: "the Example Circle, which I have chaired since the spring".
_RELATIVE_ROLES = {
    "founded": "founder",
    "co-founded": "co-founder",
    "cofounded": "co-founder",
    "chaired": "chair",
    "chair": "chair",
    "led": "head",
    "lead": "head",
    "headed": "head",
    "head": "head",
    "run": "head",
    "ran": "head",
    "directed": "director",
    "direct": "director",
}


def _relative_post(sent: _Sentence, pid: str, start: int, end: int) -> PostReading | None:
    """A post worded in a relative clause after the organization: "Paper Lantern Games, the
    six-person studio I founded", "the Example Circle, which I have chaired since the spring",
    "Yunhe Navigation, the chip company she founded in 2018"."""
    s = sent.s
    founding = r"co-?founded|founded|set\s+up"
    if s[start:end] not in ("I", "we", "We", "he", "she"):
        # (a writer's own post, or one of the person "he" or "she" stands for: "the studio whose film Li
        # Wei directed" is no post of his; but "Shengmai Medical, which Qu Rong co-founded in 2014" is hers)
        clause = re.search(r",\s+(?:which|that)\s+$", s[:start])
        verb = re.match(r"\s+(?:(?:had|has)\s+)?(" + founding + r")\b", s[end:])
        org = sent.ending_at(clause.start()) if clause else None
        if org is None or verb is None:
            return None
        return PostReading(
            pid, "founder" if verb.group(1) != "co-founded" else "co-founder", org.id, verb.group(1), 0.7
        )
    clause = re.search(r",\s+(?:which|that|(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?[\w-]+)\s+$", s[:start])
    verb = re.match(r"\s+(?:have\s+|had\s+)?(" + "|".join(_RELATIVE_ROLES) + r")\b", s[end:])
    if not clause or not verb:
        return None
    org = sent.ending_at(clause.start())
    if org is None:
        return None
    return PostReading(pid, _RELATIVE_ROLES[verb.group(1)], org.id, verb.group(1), 0.7)


def _left_to_found(sent: _Sentence, pid: str, end: int) -> PostReading | None:
    """A body founded on leaving another: "Liao Shan, who left the laboratory in 2023 to found X"."""
    m = re.match(
        r"\s*,\s*who\s+(?:left|quit)\s+[^,;.]{0,80}?\s+to\s+(?P<verb>co-?found|found|set\s+up)\s+", sent.s[end:]
    )
    org = sent.at(end + m.end(), places=False) if m else None
    if m is None or org is None:
        return None
    role = "co-founder" if m.group("verb").startswith("co") else "founder"
    return PostReading(pid, role, org.id, f"{m.group('verb')} {org.label}", 0.7)


def _referred(sent: _Sentence, at: int, before: int) -> OrgRef | None:
    """The body named before that "the centre" or "its" at ``at`` points back to, if one does."""
    a = _ANAPHOR.match(sent.s, at)
    return sent.resolve(a, before) if a else None


def _joined(sent: _Sentence, pid: str, end: int) -> PostReading | None:
    """A post taken up: "X joined Y as chief technology officer", "He later joined Y as its head of
    research", "X, who joined the centre as a research associate"; or held for years: "X spent twelve
    years as a bridge engineer at the centre"."""
    spent = re.match(
        r"\s*,?\s+(?:who\s+)?(?:has\s+|had\s+)?spent\s+(?:[\w-]+\s+){1,2}?years?\s+as\s+(?:a\s+|an\s+|the\s+)?"
        r"(?P<role>(?:[a-z][\w-]*\s+){0,2}?" + ROLE + r")\s+(?:at|with|in|for)\s+",
        sent.s[end:],
    )
    if spent:
        org = sent.at(end + spent.end(), places=False) or _referred(sent, end + spent.end(), end)
        if org is None or org.is_place:
            return None
        return PostReading(pid, role_name(spent.group("role")), org.id, spent.group("role"), 0.7)
    m = re.match(
        r"(?:\s*,\s*who\s+|\s+)(?:later\s+|then\s+|has\s+since\s+|has\s+|had\s+|recently\s+)?joined\s+",
        sent.s[end:],
    )
    if not m:
        return None
    at = end + m.end()
    named = sent.at(at, places=False)
    org = named or _referred(sent, at, end)
    if org is None:
        return None
    if named is not None and named.end > named.start:
        after = named.end
    else:  # "joined the centre as": the body named before, its words up to "as"
        words = re.match(r"(?:[Tt]he|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s+(?:as|in)\b)", sent.s[at:])
        after = at + (words.end() if words else 0)
    role = re.match(
        r"(?:\s+in\s+(?:19|20)\d\d)?\s+as\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+)?(?P<role>" + ROLE + ")",
        sent.s[after:],
    )
    if not role:
        return None
    return PostReading(pid, role_name(role.group("role")), org.id, role.group("role"), 0.75)


def _named_to(sent: _Sentence, pid: str, start: int, end: int) -> PostReading | None:
    """A post said with the holder after it: "Cortiva's chief executive is X", "The chief executive
    of Y is X", "Y named X chief executive", "Y appointed X as its chief technology officer"."""
    s = sent.s
    if _OWNS_NEXT.match(s, end):
        return None  # "The chief executive of Y is X's brother"
    inverted = re.search(
        r"(?:(?P<owned>’s|'s|(?<=s)['’])\s+|\b(?P<its>[Ii]ts)\s+|(?P<whose>,\s+whose)\s+|\b[Tt]he\s+)(?P<role>"
        + ROLE
        + r")(?P<of>\s+(?:of|at)\s+(?:the\s+)?)?"
        r"(?(of)[^,;]{2,80}?(?P<comma>,)?\s+|\s+)(?(comma)|(?:is|was|has\s+been|is\s+now)\s+)$",
        s[:start],
    )
    if inverted and inverted.group("comma") and not re.match(r"\s*,", s[end:]):
        inverted = None  # ("The chief executive of Y, X, said": X set off by commas on both sides)
    if inverted:
        civic = re.search(r"(?i)mayor|governor|party", inverted.group("role")) is not None  # (a place's posts)
        if inverted.group("owned"):  # "Cortiva's chief executive": the body named before the "'s" (no person's)
            org = next(
                (
                    o
                    for o in sent.orgs
                    if o.end == inverted.start() and (not o.is_place or civic) and not pinyin_name(o.label.split())
                ),
                None,
            )
        elif inverted.group("its"):  # "Its chief executive is X": what the sentence before was about
            org = sent.anaphor("its", inverted.start())
        elif inverted.group("whose"):  # "Tallis Motors, whose chief executive is X"
            org = sent.ending_at(inverted.start())
        else:
            org = sent.at(inverted.end("of"), places=False) if inverted.group("of") else None
        if org is not None and (not org.is_place or civic):
            return PostReading(pid, role_name(inverted.group("role")), org.id, inverted.group("role"), 0.75)
        return None
    verb = re.search(r"\s+(?:has\s+|had\s+)?(?:named|appointed|hired|elected)\s+$", s[:start])
    role = re.match(r"\s+(?:as\s+)?(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?P<role>" + ROLE + r")", s[end:])
    if verb is None or role is None:
        return None
    org = sent.ending_at(verb.start())  # "Y named X ..."
    if org is None:
        return None
    return PostReading(pid, role_name(role.group("role")), org.id, role.group("role"), 0.75)


def _led_by(sent: _Sentence, pid: str, start: int) -> PostReading | None:
    """A post worded in the passive before the name: "The Example Center is led by X", "The
    institute, headed by X, ...", "Example Robotics was founded by X in 2019"."""
    s = sent.s
    m = re.search(
        r"(?:^\s*|\s*,\s*|\s+)(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be)\s+)?"
        r"(?:now\s+|currently\s+|jointly\s+|also\s+)?(?P<verb>"
        + "|".join(_PASSIVE)
        + r")(?:\s+in\s+(?:19|20)\d\d)?\s+by\s+(?:(?:Dr|Prof|Professor)\.?\s+)?$",  # ("founded in 2020 by X")
        s[:start],
        re.I,
    )
    if not m:
        return None
    pre = s[: m.start()]
    # (past a place said of the body: "Shanwei Technology, in the Oakridge Science Park, was founded by X")
    where = re.search(r",\s*(?:(?:which\s+is\s+)?(?:based|located|headquartered)\s+)?in\s+[^,;()]{2,80}$", pre)
    # (... or past an apposition: "Anyi Health, a Chaoyang start-up founded in 2021 by X")
    aside = re.search(
        r",\s+(?:a|an)\s+(?:(?!(?:of|with|for|by|in|at|that|which|who)\b)[\w-]+\s+){0,4}?"
        r"(?:company|firm|start-?up|maker|developer|studio)\s*$",
        pre,
    )
    ends = (m.start(), *(x.start() for x in (where, aside) if x))
    org = next((o for o in sent.orgs if o.end in ends and not o.is_place), None)
    if org is None and not pre.strip():
        # "Founded in 2021 by Mo Qingshan, a former partner at a practice, Gouzhu AI now ...": the clause's subject
        org = next(
            (o for o in sent.orgs if o.start > start and not o.is_place and re.search(r",\s*$", s[: o.start])), None
        )
    if org is None:
        a = re.search(
            r"\b(?:(?P<it>[Ii]t)|[Tt]he\s+(?:new\s+)?(?P<head>[a-z][\w-]*)(?:\s+(?P<head2>[a-z][\w-]*))?)$", pre
        )
        if not a:
            return None
        word = "its" if a.group("it") else " ".join(w for w in (a.group("head"), a.group("head2")) if w)
        org = sent.anaphor(word, a.start())
    if org is None:
        return None
    verb = m.group("verb").lower()
    return PostReading(pid, _PASSIVE[verb], org.id, f"{verb} by", 0.75)


def _context(sent: _Sentence, roles: list[str], start: int) -> OrgRef | None:
    """The organization a role with no organization of its own is held in: the city for a
    mayor, else the organization the sentence (or the text before it) is about."""
    words = " ".join(roles).replace("-", " ")
    for level, kinds in (("district", {"District"}), ("county", {"County", "District"})):
        if re.search(rf"\b{level}\b", words):  # "deputy district mayor": the district named last
            return sent.back(start, kinds=kinds)
    if re.search(r"\bmayor\b", words):
        city = sent.city_of(start)
        return OrgRef(city, -1, -1, ("City",), city) if city else None
    return sent.back(start)


def _before(sent: _Sentence, pid: str, start: int, end: int) -> list[PostReading]:
    """Posts worded before the name: "Deputy mayor X", "Its director, X", "Prof. X of Y"."""
    s = sent.s
    head = s[:start]
    m = re.search(
        r"(?P<role>" + ROLE + r")(?:\s*,?\s+(?:(?P<desc>[a-z][\w-]+)\s+)?|(?P<field>" + _FIELD + r")\s*,\s+)"
        r"(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?$",  # "its chief executive, Dr. Tang Zixuan"
        head,
    )
    honorific = re.search(r"\b(?P<hon>Prof|Professor|Academician)\.?\s+$", head)
    if m and m.group("desc") in _NOT_FILLERS:
        m = None
    if not m and not honorific and _PAIR_AFTER.match(s, end):
        # "Its co-founders, Ding Rui and Ke Xiaoyu": a role of two, before the first of them
        m = re.search(
            # (no description and no field: groups that never take part, for the reading below)
            r"(?P<role>" + _ROLE_WORDS + r")(?P<plural>s)(?![\w-])(?P<desc>(?!x)x)?(?P<field>(?!x)x)?"
            r"\s*,?\s+(?:" + HONORIFIC + r"\s+)?$",
            head,
        )
    if not m and not honorific:
        return []
    roles: list[str] = []
    if m:
        role_start, role = m.start("role"), role_name(m.group("role"))
        title = m.group("role") + (m.groupdict().get("plural") or "") + (m.group("field") or "")
        # "Its founder and chief executive, X": two posts
        first = re.search(r"(?P<role>" + ROLE + r")\s*,?\s+(?:and|&)\s+$", s[:role_start])
        if first:
            roles = [role_name(first.group("role"))]
            role_start = first.start("role")
    else:
        assert honorific is not None
        role_start, role = honorific.start("hon"), _HONORIFICS[honorific.group("hon").lower()]
        title = honorific.group("hon")
    pre = s[:role_start]
    org: OrgRef | None | bool = None
    conf = 0.8
    known = [o for o in sent.orgs if re.fullmatch(r"(?:’s|'s)?\s*", s[o.end : role_start]) and o.end <= role_start]
    whose = re.search(r",\s+whose\s+(?:(?:new|former|acting|current|first|founding)\s+)?$", pre)
    if known:
        org = known[-1]
    elif whose and sent.ending_at(whose.start()) is not None:
        org = sent.ending_at(whose.start())  # "the Desheng Subdistrict Office, whose deputy head, Xue Ming"
    else:
        a = re.search(
            r"\b(?:(?P<its>[Ii]ts|[Tt]heir)|[Tt]he\s+(?:new\s+)?(?P<head>[\w-]+(?:\s+[a-z][\w-]*)?)(?:’s|'s))\s+"
            r"(?:(?:new|former|acting|current|first|founding)\s+)?$",
            pre,
        )
        if a:
            org = sent.anaphor(a.group("its") or a.group("head"), role_start)
            if org is None:
                return []  # "The park's new chief executive, X" with no park named: not some other body's
        elif short := re.search(r"(?:^|[^\w’'])(?P<name>[A-Z][\w-]+)(?:’s|'s)\s+$", pre):
            org = _short_name(sent, short.group("name"), role_start)
    if org is None:
        after = re.match(r"\s*,?\s*(?:of|at)\s+", s[end:])
        if after:  # "Deputy Director X of the commission"
            org = sent.at(end + after.end())
            anaphor = _ANAPHOR.match(s, end + after.end())
            if org is None and anaphor:
                org = sent.resolve(anaphor, start)
            if org is not None:  # "Professor X of Example University's Department of Physics": the department
                org = _with_unit(sent, org, end + after.end())
    if org is None and role in ("professor", "academician") and title[:1].isupper():
        return []  # "Professor X" with no organization: a form of address
    if org is None and m:
        words = title.split()
        if all(w[:1].isupper() for w in words) and not re.search(r"(?i)\b(?:mayor|district|county)\b", title):
            # "said President X": the organization the sentence, or the text so far, is about
            here = [o for o in sent.orgs if o.end <= role_start and not o.is_place]
            org, conf = (here[0] if here else sent.main(role_start)), 0.6
        else:
            org, conf = _context(sent, [role], role_start), 0.6
    return [_post(pid, r, org, title, conf) for r in [*roles, role]]


#: A post in the organization just named, worded by a clause after it: ", where she leads the Z program".
_WHERE = re.compile(
    r"(?:,\s*where\s+(?:he|she|they)\s+|,?\s+and\s+(?=\w+\s+(?:its|their)\s))(?:also\s+|now\s+|currently\s+)?"
    r"(?P<verb>leads|heads|directs|runs|chairs|oversees|manages|coordinates)\s+"
    r"(?P<obj>(?:the|its|their)\s+[^,.;:()]{2,80}?)(?=\s*(?:[,.;:()]|\band\b|$))"
)
#: Places that are jurisdictions, whose posts are worded with a title ("deputy mayor"), not a verb.
_JURISDICTIONS = frozenset({"City", "District", "County", "Country", "Region", "Province", "Town"})
#: The last words of a unit of a body that a post may be held in ("its talent programme").
_UNIT_WORDS = (
    r"\b(?:programme|program|team|group|office|division|department|section|centre|center|lab|laboratory|unit|"
    r"committee|desk|initiative)"
)
_AGENTS = {
    "leads": "leader",
    "heads": "head",
    "directs": "director",
    "runs": "head",
    "chairs": "chair",
    "oversees": "head",
    "manages": "manager",
    "coordinates": "coordinator",
    "lead": "leader",
    "led": "leader",
    "head": "head",
    "headed": "head",
    "direct": "director",
    "directed": "director",
    "run": "head",
    "ran": "head",
    "chair": "chair",
    "chaired": "chair",
}


def _where(sent: _Sentence, post: PostReading, end: int, before: int) -> list[PostReading]:
    """The post a "where" clause, or an "and" with "its", states after a person's post (between the
    name's ``end`` and the next person's name at ``before``): "X is a senior fellow at Y, where she
    leads the Z program" and "X is a senior fellow at Y and heads its Z program" say X is the leader
    (the head) of the Z program at Y."""
    m = _WHERE.search(sent.s, end, before)
    if not m or re.search(r"[.;!?]\s", sent.s[end : m.start()]):
        return []
    if "where" not in m.group(0) and not re.search(_UNIT_WORDS + r"$", m.group("obj")):
        return []  # "... and leads its survey of transfer offices": a task, not a unit of the body
    obj = re.sub(r"^(?:its|their)\s+", "the ", " ".join(m.group("obj").split()))
    role = f"{_AGENTS[m.group('verb')]} of {obj}"
    return [PostReading(post.person, role, post.org, f"{m.group('verb')} {obj}", post.confidence, post.unit)]


def _short_name(sent: _Sentence, word: str, before: int) -> OrgRef | None:
    """The organization or place named before whose name a single word in the possessive stands for:
    "Eastlake's" after "Eastlake District", "Northgate's" after "Northgate University"."""
    pool = [o for o in sent.orgs if o.end <= before][::-1] + sent.earlier[::-1]
    return next((o for o in pool if o.label.split()[:1] == [word] and len(o.label.split()) > 1), None)


def _verb(sent: _Sentence, pid: str, start: int, end: int) -> PostReading | None:
    """A post worded by a verb: "X, who heads the university's committee", "X directs the ... at Y"."""
    s = sent.s
    m = re.match(
        # (after an age: "Mao Xinran, 41, founded ...")
        r"(?:\s*,\s*who\s+|\s*,\s*(?:aged\s+)?[1-9]\d\s*,\s*|\s+)(?:also\s+|now\s+|currently\s+)?"
        + _VERB
        + r"\s+(?P<obj>[^,;]{0,160})",
        s[end:],
    )
    if not m:
        return None
    obj_start = end + m.start("obj")
    obj = m.group("obj")
    # (not past "with": "co-founded in 2017 with Professor Y of the School of X" founded no school)
    obj = re.split(r"\s+(?:and\s+)?(?:said|says|told)\b|\s+with\s+", obj)[0]
    org: OrgRef | None = sent.at(obj_start)
    at = re.search(r"\s(?:at|of)\s+(?:the\s+)?(?=[A-Z])", obj)
    outer = sent.at(obj_start + at.end()) if at else None
    named_unit = (
        org is not None
        and not org.is_place
        and len(org.label.split()) >= 2
        and re.search(r"(?i:" + _UNIT_WORDS + r"|institute|school|college|faculty)s?$", org.label) is not None
    )
    if outer is not None and not outer.is_place and not named_unit:
        # "runs the DMPK laboratory at Tianyuan Bioscience": the body the unit is part of (a named unit is
        # the post's own: "heads the Orchard Robotics Laboratory at X University")
        org = outer
    if org is None:
        spots: list[tuple[int, OrgRef]] = [
            (o.start, o) for o in sent.orgs if obj_start <= o.start < obj_start + len(obj) and not o.is_place
        ]
        for a in _ANAPHOR.finditer(obj):
            ref = sent.resolve(a, start)
            if ref is not None:
                spots.append((obj_start + a.start(), ref))
        it = re.match(r"it\b", obj) and re.match(r"\s*,\s*who\s", s[end:])
        if it and (ref := sent.back(start)) is not None:
            spots.append((obj_start, ref))  # "X, who manages it": what the sentence named last
        if spots:
            org = min(spots, key=lambda x: x[0])[1]
    if org is None or (org.is_place and set(org.types) & _JURISDICTIONS):
        return None  # (a city is no body one heads: "he runs the city's largest programme"; a park is)
    if re.match(r"(?:a|an)\s", obj):
        return None  # "she ran a packaging line in Wuxi", "runs a robotics club at X": a thing run, no post
    verb = m.group("verb").lower()
    role = _VERBS[verb]
    unit = re.match(r"(?:the|its|their)\s+((?:[a-z][\w-]*\s+){0,3}?" + _UNIT_WORDS + r")\b(?![’'])", obj)
    if unit and verb.split()[-1] in _AGENTS:  # "who leads the index team at X": leader of the index team
        role = f"{_AGENTS[verb.split()[-1]]} of the {unit.group(1)}"
    return PostReading(pid, role, org.id, f"{m.group('verb')} {obj}".strip(), 0.75)
