"""Seeded synthetic graphs shaped like the bundled one, at any size, as N-Triples.

The output is what ``kg build`` would compile from a much larger set of articles: the
ontology first, then entities, source documents, measures and sourced facts, with the
classes, predicates, datatypes and fact-node IRIs the compiler (:mod:`kg.compile`) emits.
So every query of the code base runs on it (cards, analyses, timelines, conflicts, the
named queries) and it passes the project's SHACL shapes.

Triples are shared between kinds as in the real graph (its non-ontology part, about 4,700
triples; real share first, then this generator's): reified assertions of relations and
attributes 29% / 28%, mention assertions 23% / 26%, entities' types, labels, aliases and
``kg:mentionedIn`` 14% / 14%, indicator observations 12% / 11-12%, measures 6% / 5%,
quotations 5% / 5%, ranking results 4% / 4%, posts held 3% / 3%, the relations and
attributes themselves 4% / 4%, source documents 1% / 1%. A million triples hold about
28,000 entities, 1,000 sources, 8,400 measures, 77,000 assertions and 11,000 observations.

- Entities have plausible, unique names built from word lists (Chinese-style place
  names, people, institutes, labs, companies, fields ...), are of the ontology's classes
  in the real graph's proportions, carry an English label and prefLabel, some aliases and
  a few Chinese names (marked as outside knowledge), and are named by at least one source.
- Relations follow each class's habits in the real graph (districts in cities,
  facilities in science cities, people affiliated with organizations, plans issued by
  government bodies ...). Objects are mostly entities the same article already names,
  otherwise picked by preferential attachment within their class (Beijing and China most of all),
  so the entity graph is hub-heavy, clustered by article, and acyclic along containment.
- Facts: indicator observations (a trend per subject and measure, so values from several
  sources and years form time series; qualifiers over/around/nearly/at least with rounded
  values; years 2000-2025, periods, as-of dates, scopes), ranking results in index
  editions, posts held, quotations, descriptions and goals; each with its source and quote.

Everything is drawn from one :class:`random.Random` seeded with ``seed``: the same
``(triples, seed)`` gives byte-identical output, and another seed another graph. Lines are
produced lazily in small batches; memory grows with the number of entities and facts
(their names and IRIs: about 100 MB at a million triples), not with the output.

>>> import io
>>> out = io.StringIO()
>>> written = generate(out, 20_000, seed=7)
>>> abs(written - 20_000) <= 400, written == out.getvalue().count(" .\\n")
(True, True)
>>> lines = list(iter_triples(20_000, seed=7))
>>> lines == out.getvalue().splitlines(), lines[-1].endswith(" .")
(True, True)
>>> list(iter_triples(20_000, seed=8)) == lines
False
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO

from kg.classes import ClassTree
from kg.model import (
    INDICATOR,
    MENTION,
    POST,
    PUBLICATION,
    QUOTATION,
    RANKING,
    RELATION,
    FactKind,
    Iri,
    Lit,
    Minter,
    Triple,
    member_during,
    mention_triples,
    node_local,
    ntriples,
    relation_triples,
    time_literal,
)
from kg.namespaces import ENT, KG, MEASURE, RDF, RDFS, SKOS, SRC, UNIT, XSD

__all__ = ["generate", "iter_triples"]

# --- terms ----------------------------------------------------------------------------------

_TYPE = f"<{RDF}type>"
_LABEL = f"<{RDFS}label>"
_PREF = f"<{SKOS}prefLabel>"
_ALT = f"<{SKOS}altLabel>"
_SCHEME = f"<{SKOS}inScheme>"
_DEFINITION = f"<{SKOS}definition>"
_RELATED = f"<{SKOS}related>"
_SUBJ = f"<{RDF}subject>"
_PRED = f"<{RDF}predicate>"
_OBJ = f"<{RDF}object>"
_URL = "<https://schema.org/url>"
_DATE = f"^^<{XSD}date>"
_ANY_URI = f"^^<{XSD}anyURI>"


def _k(name: str) -> str:
    """An ontology term in N-Triples form."""
    return f"<{KG}{name}>"


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _lit(text: str, suffix: str = "") -> str:
    """An N-Triples literal; ``suffix`` is ``@lang`` or ``^^<datatype>``.

    >>> print(_lit('say "hi"', "@en"))
    "say \\"hi\\""@en
    """
    return f'"{text.translate(_ESCAPES)}"{suffix}'


def _slug(text: str) -> str:
    """The compiler's slug for fact IRIs: lower case, other runs as '-', at most 60 characters.

    >>> _slug("Huairou Science City (2020)")
    'huairou-science-city-2020'
    """
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "x"


def _norm(name: str) -> str:
    from kg.dataset import normalize_name

    return normalize_name(name)


def _title(text: str) -> str:
    """Title case that leaves small words and acronyms alone.

    >>> _title("integrated circuits and 5G communications")
    'Integrated Circuits and 5G Communications'
    """
    small = {"and", "of", "for", "in", "the", "on", "at"}
    return " ".join(
        w if (i and w in small) or not w[:1].islower() else w[:1].upper() + w[1:] for i, w in enumerate(text.split(" "))
    )


def _mix(*parts: int) -> float:
    """A float in [0, 1) hashed from integers (splitmix64): the same on every run and platform."""
    h = 0x9E3779B97F4A7C15
    for part in parts:
        h = ((h ^ (part & 0xFFFFFFFFFFFFFFFF)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        h ^= h >> 31
        h = (h * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        h ^= h >> 29
    return (h >> 11) / 9007199254740992.0


def _decimal(value: float, decimals: int) -> str:
    """A value as an xsd:decimal lexical form (never in exponent notation).

    A negative ``decimals`` keeps that many significant figures.

    >>> _decimal(320_234_567_890.0, -4), _decimal(6.3049, 2), _decimal(185.0, 0), _decimal(0.5, 3)
    ('320200000000', '6.3', '185', '0.5')
    """
    if decimals < 0:
        digits = -decimals - 1 - math.floor(math.log10(abs(value))) if value else 0
        return str(int(round(value, digits)))
    text = f"{value:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _hedged(value: float, decimals: int, qualifier: str) -> str:
    """A qualified value as a source would round it: down for "over", up for "nearly".

    >>> _hedged(318.0, 0, "over"), _hedged(6.53, 2, "nearly"), _hedged(14_074.0, 0, "around")
    ('310', '6.6', '14000')
    """
    if decimals > 0:
        step, decimals = 0.1, 1
    else:
        step, decimals = 10.0 ** (math.floor(math.log10(abs(value))) - 1) if value else 1.0, 0
    steps = value / step
    if qualifier in ("over", "at-least"):
        steps = math.floor(steps)
    elif qualifier == "nearly":
        steps = math.ceil(steps)
    else:
        steps = round(steps)
    return _decimal(steps * step, decimals)


def _words(value: str, unit: str) -> str:
    """A decimal as an article writes it (the unit's words after it).

    >>> _words("320200000000", "yuan"), _words("14074", "count"), _words("6.3", "percent")
    ('320.2 billion yuan', '14,074', '6.3 percent')
    """
    number = float(value)
    suffix = _UNITS[unit][3]
    for divisor, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if number >= divisor:
            return f"{number / divisor:,.4g} {word}{suffix}"
    return f"{int(number):,}{suffix}" if number.is_integer() else f"{value}{suffix}"


def _ordinal(n: int) -> str:
    """A rank in words.

    >>> [_ordinal(n) for n in (1, 2, 3, 11, 22)]
    ['first', 'second', 'third', '11th', '22nd']
    """
    words = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
    if n in words:
        return words[n]
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


# --- word lists: (English, Chinese) where a Chinese name can be made ----------------------------

# fmt: off
_SYLLABLES: tuple[tuple[str, str], ...] = (
    ("an", "安"), ("bai", "白"), ("bei", "北"), ("chang", "昌"), ("cheng", "城"), ("da", "大"), ("dong", "东"),
    ("feng", "丰"), ("fu", "富"), ("gao", "高"), ("guang", "光"), ("hai", "海"), ("he", "河"), ("heng", "恒"),
    ("hua", "华"), ("huai", "怀"), ("jin", "金"), ("jing", "京"), ("kang", "康"), ("long", "龙"), ("men", "门"),
    ("ming", "明"), ("nan", "南"), ("ning", "宁"), ("ping", "平"), ("qing", "青"), ("rou", "柔"), ("shan", "山"),
    ("shun", "顺"), ("tai", "泰"), ("tian", "天"), ("tong", "通"), ("wen", "文"), ("xi", "西"), ("xin", "新"),
    ("xing", "兴"), ("yan", "燕"), ("yang", "阳"), ("yi", "义"), ("yong", "永"), ("yuan", "源"), ("yun", "云"),
    ("zhong", "中"), ("zhou", "州"), ("lin", "林"), ("quan", "泉"), ("song", "松"), ("bao", "宝"),
)
_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"), ("Zhao", "赵"),
    ("Huang", "黄"), ("Zhou", "周"), ("Wu", "吴"), ("Xu", "徐"), ("Sun", "孙"), ("Hu", "胡"), ("Zhu", "朱"),
    ("Gao", "高"), ("Lin", "林"), ("He", "何"), ("Guo", "郭"), ("Ma", "马"), ("Luo", "罗"), ("Liang", "梁"),
    ("Song", "宋"), ("Zheng", "郑"), ("Xie", "谢"), ("Han", "韩"), ("Tang", "唐"), ("Feng", "冯"), ("Yu", "于"),
    ("Dong", "董"), ("Cheng", "程"), ("Cao", "曹"), ("Yuan", "袁"), ("Deng", "邓"), ("Cai", "蔡"), ("Sui", "隋"),
    ("Pan", "潘"), ("Du", "杜"), ("Jiang", "蒋"), ("Wei", "魏"), ("Shen", "沈"),
)
_GIVEN: tuple[tuple[str, str], ...] = (
    ("wei", "伟"), ("fang", "芳"), ("min", "敏"), ("jing", "静"), ("li", "丽"), ("qiang", "强"), ("lei", "磊"),
    ("jun", "军"), ("yang", "洋"), ("yong", "勇"), ("yan", "艳"), ("jie", "杰"), ("tao", "涛"), ("ming", "明"),
    ("chao", "超"), ("xiu", "秀"), ("hua", "华"), ("hui", "辉"), ("ping", "平"), ("gang", "刚"), ("kui", "奎"),
    ("hong", "宏"), ("hao", "浩"), ("nan", "楠"), ("yu", "宇"), ("xin", "欣"), ("bo", "博"), ("zhen", "振"),
    ("jiang", "江"), ("quan", "全"), ("qi", "琦"), ("zhi", "志"), ("rui", "睿"), ("kai", "凯"), ("shu", "舒"),
)
_FOREIGN_FIRST = ("Anna", "David", "Maria", "James", "Elena", "Thomas", "Sofia", "Lukas", "Hiroshi", "Priya",
                  "Daniel", "Claire", "Jonas", "Yuki", "Omar", "Laura", "Marco", "Ingrid", "Kenji", "Sarah")
_FOREIGN_LAST = ("Schmidt", "Rossi", "Tanaka", "Dubois", "Novak", "Larsen", "Kim", "Okafor", "Silva", "Brown",
                 "Müller", "Suzuki", "Petrov", "Garcia", "Nguyen", "Cohen", "Andersen", "Moreau", "Kowalski", "Evans")
_FIELDS: tuple[tuple[str, str], ...] = (
    ("quantum information", "量子信息"), ("artificial intelligence", "人工智能"), ("blockchain", "区块链"),
    ("integrated circuits", "集成电路"), ("synthetic biology", "合成生物学"), ("brain science", "脑科学"),
    ("new materials", "新材料"), ("space science", "空间科学"), ("life sciences", "生命科学"),
    ("biomedicine", "生物医药"), ("clean energy", "清洁能源"), ("advanced manufacturing", "先进制造"),
    ("robotics", "机器人"), ("photonics", "光子学"), ("high-energy physics", "高能物理"), ("genomics", "基因组学"),
    ("autonomous driving", "自动驾驶"), ("5G communications", "5G通信"), ("industrial internet", "工业互联网"),
    ("big data", "大数据"), ("cloud computing", "云计算"), ("nanotechnology", "纳米技术"),
    ("earth system science", "地球系统科学"), ("condensed matter physics", "凝聚态物理"),
    ("precision medicine", "精准医学"), ("aerospace", "航空航天"), ("cybersecurity", "网络安全"),
    ("computational biology", "计算生物学"), ("hydrogen energy", "氢能"), ("virtual reality", "虚拟现实"),
    ("drug discovery", "药物研发"), ("microelectronics", "微电子"), ("marine science", "海洋科学"),
    ("agricultural science", "农业科学"), ("climate science", "气候科学"), ("optoelectronics", "光电子"),
    ("neuroscience", "神经科学"), ("materials genome", "材料基因组"), ("quantum computing", "量子计算"),
    ("smart cities", "智慧城市"),
)
_SUBFIELDS = ("materials", "devices", "algorithms", "sensing", "imaging", "simulation", "theory", "systems",
              "metrology", "chips", "networks", "standards", "safety", "software", "instrumentation", "modelling",
              "manufacturing", "applications", "informatics", "engineering")
_MODIFIERS = ("applied", "computational", "theoretical", "experimental", "translational", "industrial",
              "frontier", "integrated", "green", "intelligent")
_INDUSTRIES = ("semiconductors", "new energy vehicles", "biopharmaceuticals", "software and information services",
               "fintech", "e-commerce", "medical devices", "equipment manufacturing",
               "cultural and creative industries", "environmental protection", "telecommunications", "logistics",
               "online education", "digital health", "commercial aerospace", "new energy", "high-end manufacturing",
               "digital economy", "modern agriculture", "financial services", "gaming", "smart hardware",
               "energy storage", "intelligent connected vehicles")
_INDUSTRY_MODS = ("high-end", "smart", "green", "digital", "next-generation", "advanced", "low-carbon", "cross-border")
_ROLES = ("head", "deputy head", "director", "deputy director", "Party chief", "vice-mayor", "academician", "partner",
          "senior economist", "honorary dean", "president", "professor", "mayor", "dean", "vice-president",
          "chief scientist", "chief engineer", "chairman", "vice-chairman", "general manager",
          "chief executive officer", "founder", "co-founder", "senior researcher", "principal investigator",
          "secretary-general", "minister", "vice-minister", "spokesperson", "editor-in-chief", "fellow",
          "associate professor", "board member", "laboratory director", "team leader", "chief technology officer",
          "senior fellow", "deputy secretary-general", "executive director", "research fellow")
_PLACE_ROLES = frozenset({"vice-mayor", "mayor", "Party chief"})
_COUNTRIES = ("China", "United States", "Japan", "Germany", "United Kingdom", "France", "South Korea", "Switzerland",
              "Israel", "Canada", "Netherlands", "Sweden", "Australia", "Italy", "India", "Spain", "Finland",
              "Denmark", "Russia", "Brazil", "Belgium", "Austria", "Norway", "Ireland", "New Zealand", "Malaysia",
              "Thailand", "United Arab Emirates", "Saudi Arabia", "Egypt", "South Africa", "Mexico", "Chile",
              "Argentina", "Poland", "Czech Republic", "Portugal", "Greece", "Turkey", "Indonesia", "Vietnam")
_CITIES = ("Beijing", "Shanghai", "Shenzhen", "New York", "Paris", "London", "Tokyo", "Singapore", "Hangzhou",
           "Wuhan", "Chengdu", "Nanjing", "Xi'an", "Guangzhou", "Hefei", "Suzhou", "Tianjin", "Boston", "San Francisco",
           "Munich", "Berlin", "Seoul", "Osaka", "Toronto", "Sydney", "Zurich", "Stockholm", "Amsterdam", "Tel Aviv",
           "Chongqing", "Qingdao", "Xiamen", "Changsha", "Jinan", "Zhengzhou", "Dalian", "Shenyang", "Harbin")
_CITIES_ZH = {"Beijing": "北京", "Shanghai": "上海", "Shenzhen": "深圳", "Hangzhou": "杭州", "Wuhan": "武汉",
              "Chengdu": "成都", "Nanjing": "南京", "Guangzhou": "广州", "Hefei": "合肥", "Tianjin": "天津"}
_PHENOMENA = ("quantum anomalous Hall effect", "Majorana zero modes", "tumor immunotherapy",
              "topological superconductivity", "iron-based superconductors", "Weyl fermions", "quantum teleportation",
              "protein structure prediction", "dark matter detection", "neutrino oscillation", "gene-edited crops",
              "single-cell sequencing", "perovskite solar cells", "two-dimensional magnets",
              "brain-computer interfaces", "quantum key distribution", "high-temperature superconductivity",
              "CAR-T cell therapy", "photonic quantum computing", "room-temperature polaritons",
              "liquid metal robotics", "stem cell regeneration")
_PHENOMENON_MODS = ("observation of", "discovery of", "first demonstration of", "new mechanism of", "control of")
_FACILITY_KINDS = ("High Energy Photon Source", "synchrotron radiation facility", "spallation neutron source",
                   "comprehensive extreme conditions experimental facility", "supercomputing center",
                   "earth system numerical simulator", "multimodal cross-scale biomedical imaging facility",
                   "space environment ground simulation facility", "free-electron laser",
                   "cryo-electron microscopy center", "pulsed magnetic field facility", "proton therapy center",
                   "atomic clock array")
_INDEX_ADJ = ("Global", "World", "International", "Asia-Pacific", "National", "Nature", "Global Cities")
_INDEX_TOPIC = ("Innovation Index", "Innovation Hubs Index", "Science Cities Index", "Sci-Tech Innovation Center Index",
                "Talent Competitiveness Index", "Startup Ecosystem Ranking", "Research Output Index",
                "Patent Activity Ranking", "University Rankings", "Highly Cited Researchers List",
                "Digital Economy Index", "Green Technology Index")
_PUBLISHERS = ("China Daily", "People's Daily", "Xinhua", "Beijing Review", "Global Times", "CGTN",
               "Science and Technology Daily", "Beijing Daily", "China Science Daily", "Caixin", "Economic Daily",
               "South China Morning Post", "Sixth Tone", "21st Century Business Herald", "China Youth Daily",
               "Guangming Daily", "Beijing News", "Securities Times")
_HEADLINE_VERBS = ("firms up its ambitions in", "steps up investment in", "bets on", "opens a new chapter in",
                   "leads the way in", "accelerates research in", "deepens cooperation on", "eyes global leadership in",
                   "reports breakthroughs in", "builds a hub for", "charts a course for", "doubles down on")
_FURNITURE = ("App | 中文 |", "Share this story", "Related stories", "Comments (0)", "Follow us on WeChat",
              "Copyright 1995 - 2020. All rights reserved.", "Top News", "Print | Mail | Large Medium Small",
              "Most Viewed", "Editor's Picks", "Subscribe to our newsletter", "Photo: VCG")
_STATUSES = ("in service", "under construction", "in trial operation", "high-quality and normalized operation",
             "completed acceptance", "planned", "in operation")
_GOALS = ("become a global science, technology and innovation hub", "build a national comprehensive science center",
          "become a world-leading {f} cluster", "lead basic and frontier research in {f}",
          "double R&D spending on {f}", "attract top talent in {f}",
          "become an international sci-tech innovation center", "achieve self-reliance in {f}")
_DESCRIPTIONS = ("a major hub for frontier research", "one of the first interdisciplinary research platforms in {p}",
                 "a forerunner of China's scientific reform and innovation", "home to many leading {f} enterprises",
                 "a key component of the national innovation system", "known as a cradle of {f} start-ups",
                 "one of the most active innovation centers in {p}", "a pilot zone for {f} policy")
_CATEGORIES = ("science and technology cluster", "scientific research", "science city", "innovation hub",
               "number of unicorn companies", "highly cited researchers", "global innovation center",
               "research output", "talent attraction", "patent applications")
_RANKED_WHAT = ("cities", "science and technology clusters", "economies", "universities", "innovation hubs")
_NOTES = ("the source names it by its short form", "paraphrased closely from the source",
          "present tense in an article of the stated date", "reported speech", "the article gives no year",
          "\"At present\", no year", "the source's own figure, not checked against statistics")
_SCOPES = ("in the narrow sense", "of its resources, not explicitly of GDP", "including foreign-funded firms",
           "counting only state-level recognition", "for the municipality as a whole")
_COMPARISONS = ("on par with that of developed countries", "significantly higher than the national average",
                "the highest among Chinese cities", "about twice the national figure")
_SAYINGS = (
    "{p} will build new infrastructure for {f} and {g}, which will lay the foundation for upgrading its industries",
    "We will continue rooting in {p} and increasing our investment in {f}",
    "{f} has become a major engine of growth for {p}",
    "By deepening reforms, we will make {p} a global hub for {f} by {y}",
    "The capital will be more open, more innovative and more supportive of {f} companies",
    "{p} has the responsibility, means and foundations to lead in {f}",
    "Original innovation in {f} is the key to high-quality development",
    "We must strengthen basic research in {f} and {g} and attract talent from around the world",
)
# fmt: on

# --- shape of the real graph ---------------------------------------------------------------------

# fmt: off
#: Entity classes and their weights (entities per 131, as in the real graph, a little smoothed).
#: Index editions come with their index (one to three each), so they have no weight of their own.
_CLASS_WEIGHTS: dict[str, float] = {
    "ResearchField": 19, "Person": 15, "Role": 12, "Industry": 10, "Plan": 8, "City": 8, "Index": 5, "Event": 4,
    "ScientificAchievement": 3, "GovernmentBody": 3, "UniversityUnit": 3, "ResearchInstitute": 3,
    "MediaOrganization": 3, "InnovationCluster": 3, "Company": 3, "NationalLaboratory": 2, "Commission": 2,
    "Academy": 2, "University": 2, "InnovationCenter": 2, "Region": 2, "District": 2, "SciencePark": 2,
    "ScienceCity": 2, "Facility": 2, "Platform": 1, "Investor": 1, "Publication": 1, "InternationalOrganization": 1,
    "Country": 1, "DevelopmentArea": 1, "Place": 1, "NewTypeRDInstitute": 1, "NationalKeyLaboratory": 1,
    "Laboratory": 1,
}
#: Classes every graph has, in the order small graphs get them (after Beijing and China).
_STARTERS = ("ScienceCity", "District", "Facility", "Platform", "ResearchField", "Industry", "Person", "Role",
             "Index", "Plan", "University", "GovernmentBody", "SciencePark", "Person", "Role", "Company",
             "Academy", "ResearchInstitute", "Event", "DevelopmentArea", "ResearchField", "UniversityUnit",
             "Commission", "MediaOrganization", "InnovationCluster", "NationalLaboratory", "InnovationCenter",
             "ScientificAchievement", "Region", "Investor", "Publication", "InternationalOrganization",
             "NewTypeRDInstitute", "NationalKeyLaboratory", "Laboratory", "Place")
_ORGS = ("GovernmentBody", "Commission", "Academy", "University", "UniversityUnit", "ResearchInstitute",
         "NewTypeRDInstitute", "Laboratory", "NationalLaboratory", "NationalKeyLaboratory", "InnovationCenter",
         "Company", "Investor", "MediaOrganization", "InternationalOrganization")
#: Containment levels: a place is located only in places of a lower level, so containment has no cycles.
_LEVEL = {"Country": 0, "Region": 1, "City": 2, "InnovationCluster": 2, "District": 3, "ScienceCity": 4,
          "SciencePark": 4, "DevelopmentArea": 4, "Place": 4}

_W = dict[str, float]  # classes with weights
_RESEARCH_AREAS: _W = {"ScienceCity": 5, "SciencePark": 3, "District": 2, "DevelopmentArea": 1, "City": 1}
_FOCUS: _W = {"ResearchField": 7, "Industry": 3}
_EMPLOYERS: _W = {"University": 3, "ResearchInstitute": 3, "Academy": 2, "Company": 3, "GovernmentBody": 2,
                  "Commission": 1, "NationalLaboratory": 1, "InnovationCenter": 1, "MediaOrganization": 1,
                  "Investor": 1, "UniversityUnit": 1, "NewTypeRDInstitute": 1}
_LAB_PARENTS: _W = {"University": 3, "ResearchInstitute": 2, "Academy": 3}
_OBSERVED: _W = {"City": 6, "District": 2, "SciencePark": 2, "ScienceCity": 2, "DevelopmentArea": 1, "Region": 1,
                 "Country": 1, "University": 1, "Company": 1, "ResearchInstitute": 1, "InnovationCluster": 1}
_DESCRIBED: _W = {"City": 6, "SciencePark": 2, "ScienceCity": 1, "District": 1, "ResearchInstitute": 1,
                  "InnovationCenter": 1, "University": 1, "Company": 1, "Plan": 3, "Facility": 1, "Platform": 1,
                  "IndexEdition": 1, "MediaOrganization": 0.5}
_RANKED: _W = {"City": 5, "InnovationCluster": 2, "University": 1.5, "Company": 1, "ResearchInstitute": 0.5}

#: Each class's relations: (predicate, probability, object classes with weights).
_RELATIONS: dict[str, tuple[tuple[str, float, _W], ...]] = {
    "Person": (("affiliatedWith", 0.85, _EMPLOYERS), ("memberOf", 0.12, {"Academy": 1})),
    "University": (("locatedIn", 0.7, {"District": 2, "City": 3}), ("focusesOn", 0.4, _FOCUS)),
    "UniversityUnit": (("partOf", 0.95, {"University": 1}), ("focusesOn", 0.3, _FOCUS)),
    "ResearchInstitute": (("locatedIn", 0.5, _RESEARCH_AREAS), ("focusesOn", 0.6, _FOCUS),
                          ("subOrganizationOf", 0.25, {"Academy": 3, "University": 1, "GovernmentBody": 1})),
    "NewTypeRDInstitute": (("locatedIn", 0.6, _RESEARCH_AREAS), ("focusesOn", 0.8, _FOCUS)),
    "Laboratory": (("locatedIn", 0.4, _RESEARCH_AREAS), ("focusesOn", 0.6, _FOCUS),
                   ("subOrganizationOf", 0.4, _LAB_PARENTS)),
    "NationalLaboratory": (("locatedIn", 0.9, _RESEARCH_AREAS), ("focusesOn", 0.5, _FOCUS)),
    "NationalKeyLaboratory": (("subOrganizationOf", 0.6, _LAB_PARENTS), ("focusesOn", 0.7, _FOCUS)),
    "InnovationCenter": (("locatedIn", 0.5, _RESEARCH_AREAS), ("focusesOn", 0.6, _FOCUS)),
    "Academy": (("locatedIn", 0.3, {"City": 1}),),
    "Company": (("presentIn", 0.45, {"City": 3, "SciencePark": 2, "DevelopmentArea": 2, "District": 1}),
                ("focusesOn", 0.5, {"Industry": 3, "ResearchField": 1})),
    "Investor": (("presentIn", 0.6, {"City": 3, "SciencePark": 1}), ("focusesOn", 0.3, {"Industry": 1})),
    "GovernmentBody": (("subOrganizationOf", 0.2, {"GovernmentBody": 1}),),
    "Commission": (("subOrganizationOf", 0.4, {"GovernmentBody": 1}),),
    "MediaOrganization": (("locatedIn", 0.2, {"City": 1}),),
    "City": (("locatedIn", 0.3, {"Country": 2, "Region": 1}),),
    "Region": (("locatedIn", 0.8, {"Country": 1}),),
    "District": (("locatedIn", 0.95, {"City": 1}),),
    "ScienceCity": (("locatedIn", 0.95, {"District": 1, "City": 1}), ("focusesOn", 0.9, _FOCUS),
                    ("hasResearchStrength", 0.25, {"ResearchField": 1})),
    "SciencePark": (("locatedIn", 0.9, {"District": 1, "City": 1}), ("focusesOn", 0.7, _FOCUS)),
    "DevelopmentArea": (("locatedIn", 0.9, {"District": 1, "City": 2}), ("focusesOn", 0.7, {"Industry": 1})),
    "InnovationCluster": (("locatedIn", 0.3, {"Country": 1}),),
    "Place": (("locatedIn", 0.6, {"City": 1}),),
    "Facility": (("locatedIn", 0.95, {"ScienceCity": 6, "SciencePark": 2, "District": 1}),
                 ("partOf", 0.3, {"Platform": 1})),
    "Platform": (("locatedIn", 0.9, {"ScienceCity": 6, "SciencePark": 2}), ("focusesOn", 0.7, _FOCUS)),
    "Plan": (("issuedBy", 0.45, {"GovernmentBody": 2, "Commission": 1}),
             ("concerns", 0.45, {"City": 2, "ResearchField": 2, "Industry": 1, "ScienceCity": 1}),
             ("goalFor", 0.45, {"City": 3, "District": 1, "ScienceCity": 1})),
    "Index": (("publisher", 0.6, {"MediaOrganization": 2, "ResearchInstitute": 1, "University": 1,
                                  "InternationalOrganization": 1}),),
    "Event": (("organizer", 0.4, {"GovernmentBody": 1, "Commission": 1, "University": 1, "Academy": 1}),
              ("eventLocation", 0.5, {"City": 3, "District": 1, "ScienceCity": 1})),
    "Publication": (("publisher", 0.6, {"MediaOrganization": 1, "University": 1}),),
}
#: Predicates whose objects of the subject's own class must come earlier (no cycles of units).
_ACYCLIC = frozenset({"subOrganizationOf", "partOf"})

_RELATION_QUOTES: dict[str, tuple[str, ...]] = {
    "locatedIn": ("{s} in {o}", "{s}, located in {o}", "{o}'s {s}"),
    "partOf": ("{s} is a key component of {o}", "{s}, part of {o}", "{s} at {o}"),
    "subOrganizationOf": ("{s}, affiliated to {o}", "{s} under {o}", "{s} of {o}"),
    "focusesOn": ("{s} will focus on {o}", "{s} concentrates on {o}", "{s} has established research in {o}",
                  "{o} is a priority of {s}"),
    "hasResearchStrength": ("{s} has made world-class original breakthroughs in areas such as the {o}",),
    "memberOf": ("{s}, academician with the {o}", "{s}, a member of the {o}"),
    "affiliatedWith": ("{s} of {o}", "By {s}, {o}", "{s}, a researcher at {o}", "said {s} of the {o}"),
    "publisher": ("the {s}, published by {o}", "{o} released the {s}"),
    "issuedBy": ("{o} issued the {s}", "the {s} released by {o}"),
    "concerns": ("the {s} for {o}", "{s} on {o}"),
    "goalFor": ("{o} aims to achieve the goals of the {s}", "the {s} sets out targets for {o}"),
    "organizer": ("the {s} hosted by {o}", "{o} held the {s}"),
    "eventLocation": ("the {s} in {o}", "{s}, held in {o}"),
    "presentIn": ("{s} will continue rooting in {o} and increasing investment",
                  "{s} has set up its regional headquarters in {o}"),
    "edition": ("according to the {s}", "the {s}, the latest edition of the {o}"),
}
_MENTION_QUOTES: dict[str, tuple[str, ...]] = {
    "place": ("in {e}", "{e} stands out in {f}", "{e} has made remarkable progress", "across {e}"),
    "person": ("said {e}", "By {e}", "{e} told reporters", "according to {e}"),
    "organization": ("at {e}", "according to {e}", "{e}, a leader in {f}", "{e} has made remarkable progress"),
    "concept": ("research in {e}", "fields such as {e}", "breakthroughs in {e}", "{e} and other fields"),
    "role": ("as {e}", "served as {e}"),
    "work": ("the {e}", "according to the {e}", "under the {e}"),
}

#: Measures of the real graph that the named queries ask for: (id, label, unit, related measure).
_CORE_MEASURES: tuple[tuple[str, str, str, str], ...] = (
    ("rd-spending-share-of-gdp", "R&D spending as a share of GDP", "percent", ""),
    ("invention-patents-per-10k-people", "invention patents per 10,000 people", "per-10k-people", ""),
    ("multinational-regional-hq-and-rd-centers", "multinational corporations with regional headquarters or R&D centers",
     "count", "multinational-corporations"),
    ("multinational-corporations", "multinational corporations headquartered or collaborating", "count", ""),
    ("foreign-companies-and-research-institutions",
     "foreign companies and research institutions headquartered or collaborating", "count", ""),
    ("foreign-companies-based", "foreign companies based in the area", "count",
     "foreign-companies-and-research-institutions"),
    ("foreign-research-institutions", "number of foreign research institutions", "count", ""),
    ("rd-expenditure", "R&D expenditure", "yuan", ""),
    ("technology-contract-value", "annual value of technology contracts", "yuan", ""),
    ("national-high-tech-enterprises", "number of National High-Tech Enterprises", "count", ""),
    ("new-tech-firms-per-day", "new tech companies established per day", "per-day", ""),
    ("researchers-per-10k-employees", "researchers per 10,000 employees", "per-10k-employees", ""),
    ("share-of-national-academicians", "share of academicians of the CAS and CAE", "fraction", ""),
    ("enterprise-exports-growth", "growth of total exports of enterprises", "times", ""),
)
_MEASURE_TEMPLATES: tuple[tuple[str, str], ...] = (
    ("number of {f} {t}", "count"), ("{f} R&D expenditure", "yuan"), ("value of {f} technology contracts", "yuan"),
    ("{f} R&D spending as a share of revenue", "percent"), ("growth in {f} {t}", "percent"),
    ("{f} patents per 10,000 people", "per-10k-people"), ("{f} researchers per 10,000 employees", "per-10k-employees"),
    ("new {f} companies established per day", "per-day"), ("{f} output relative to the national average", "times"),
    ("share of China's {f} {t}", "fraction"), ("venture capital invested in {f}", "usd"),
    ("{f} industry revenue", "yuan"), ("{f} value added as a share of GDP", "percent"),
    ("average approval time for {f} projects", "minutes"),
)
_THINGS = ("enterprises", "patents granted", "start-ups", "research institutes", "key laboratories",
           "unicorn companies", "papers published", "researchers", "incubators", "doctoral students",
           "high-tech enterprises")
#: Units (ontology/vocabulary.ttl): value range, decimals (negative: significant figures), words after a number.
_UNITS: dict[str, tuple[float, float, int, str]] = {
    "count": (10, 20_000, 0, ""), "percent": (0.5, 60, 2, " percent"), "times": (1.1, 8, 1, " times"),
    "yuan": (1e8, 1e12, -4, " yuan"), "usd": (1e7, 1e11, -3, " US dollars"),
    "per-10k-people": (5, 300, 1, " per 10,000 people"), "per-10k-employees": (20, 400, 0, " per 10,000 employees"),
    "per-day": (10, 400, 0, " a day"), "minutes": (1, 90, 0, " minutes"), "years": (5, 3000, 0, " years"),
    "fraction": (0.01, 0.9, 3, ""),
}
_COUNTED = frozenset({"count", "per-10k-people", "per-10k-employees", "per-day"})  # "has 300 X", not "X was 300"
_QUALIFIERS = ("exact", "over", "around", "nearly", "at-least")
_QUALIFIER_CUM = (0.6, 0.75, 0.87, 0.95, 1.0)
_QUALIFIER_WORDS = {"exact": "", "over": "over ", "around": "around ", "nearly": "nearly ", "at-least": "at least "}

#: Facts of the filling loop with their weights (facts per 131 entities in the real graph; statements are
#: descriptions and goals beyond the ones each entity gets with its relations).
_FACT_KINDS = ("observation", "quotation", "ranking", "post", "statement")
_FACT_CUM = (56, 91, 111, 125, 205)
# fmt: on

#: Lines per entity, all kinds together, as this generator makes them (the real graph has 35.9).
#: Sizing the entity set by it keeps the shares of kinds the same at every size.
_LINES_PER_ENTITY = 38.0
_MIN_ENTITIES = 14  # Beijing, China and one of each class the named queries need
_ENTITIES_PER_SOURCE = 26  # as in the real graph: 131 entities named by 5 articles
_MEASURES_PER_ENTITY = 42 / 131


# --- the generator ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Entity:
    idx: int
    id: str
    iri: str
    label: str
    cls: str
    home: int  # the source (article) it belongs to
    parent: int = -1  # the university of a unit, the index of an edition
    year: int = 0  # of an edition, a plan or an event


@dataclass(slots=True)
class _Measure:
    id: str
    iri: str
    label: str
    unit: str


_Names = tuple[list[str], str | None, list[str], int]  # label candidates, Chinese name, aliases, year


class _Generator:
    """One synthetic graph: :meth:`run` yields batches of N-Triples lines until ``budget``."""

    def __init__(self, budget: int, seed: int, classes: ClassTree) -> None:
        self.classes = classes
        self.budget = budget
        self.seed = seed
        self.rng = random.Random(seed)
        self.out: list[str] = []
        self.emitted = 0
        self.owed = 0  # lines the mentions section will write at the end (see named)
        self.names: set[str] = set()  # normalized labels and aliases of everything named
        self.ids: set[str] = set()
        self.minter = Minter()
        self.entities: list[_Entity] = []
        self.by_class: dict[str, list[int]] = {}
        self.hits: dict[str, list[int]] = {}  # class -> an entry per link to an entity (preferential attachment)
        self.local: dict[tuple[int, str], list[int]] = {}  # (source, class) -> entities the source names
        self.pairs: dict[tuple[int, int], bool] = {}  # (entity, source) -> with a mention assertion
        self.direct: set[tuple[int, str, int]] = set()
        self.stated: set[tuple[int, str, str]] = set()
        self.affiliation: dict[int, int] = {}
        self.ranks: dict[int, set[int]] = {}
        self.cum: dict[tuple[tuple[str, float], ...], tuple[list[str], list[float]]] = {}
        self.n_entities = max(_MIN_ENTITIES, round(budget / _LINES_PER_ENTITY))
        self.n_sources = max(1, round(self.n_entities / _ENTITIES_PER_SOURCE))
        self.n_measures = max(len(_CORE_MEASURES), round(self.n_entities * _MEASURES_PER_ENTITY))
        self.source_iris: list[str] = []
        self.measures: list[_Measure] = []

    def run(self) -> Iterator[list[str]]:
        yield from self.entity_section()  # first: articles are titled after the entities they cover
        yield from self.source_section()
        yield from self.measure_section()
        for e in self.entities:
            self.structure(e)
            yield self.flush()
        self.anchors()
        yield self.flush()
        makers: dict[str, Callable[[], None]] = {
            "observation": self.observation,
            "quotation": self.quotation,
            "ranking": self.ranking,
            "post": self.post,
            "statement": self.statement,
        }
        while self.emitted + self.owed < self.budget:
            makers[self.rng.choices(_FACT_KINDS, cum_weights=_FACT_CUM)[0]]()
            yield self.flush()
        yield from self.mention_section()

    # -- bookkeeping -----------------------------------------------------------------------------
    def flush(self) -> list[str]:
        lines, self.out = self.out, []
        self.emitted += len(lines)
        return lines

    def name(self, candidates: Sequence[str]) -> str:
        """The first candidate no entity, measure or source has (normalized), else the last numbered."""
        for text in candidates:
            key = _norm(text)
            if key and key not in self.names:
                self.names.add(key)
                return text
        n = 2
        while _norm(f"{candidates[-1]} {n}") in self.names:
            n += 1
        self.names.add(_norm(f"{candidates[-1]} {n}"))
        return f"{candidates[-1]} {n}"

    def new_id(self, label: str) -> str:
        base = _slug(label)
        ident, n = base, 2
        while ident in self.ids:
            ident, n = f"{base}-{n}", n + 1
        self.ids.add(ident)
        return ident

    def mint(self, local: str) -> str:
        """A fact node's IRI in N-Triples form, numbered like the compiler's when taken."""
        return f"<{self.minter(local)}>"

    def emit(self, triples: list[Triple]) -> None:
        self.out.extend(ntriples(triples))

    def named(self, entity: int, source: int) -> None:
        """The source names the entity: a kg:mentionedIn, mostly with a mention assertion (written last)."""
        if (entity, source) not in self.pairs:
            asserted = self.rng.random() < 0.95
            self.pairs[(entity, source)] = asserted
            self.owed += 8 if asserted else 1
            self.local.setdefault((source, self.entities[entity].cls), []).append(entity)

    def family(self, cls: str) -> str:
        """Which of the mention quotes' families (place, organization, person ...) a class is in."""
        tree = self.classes
        if cls in tree.places:
            return "place"
        if cls in tree.organizations:
            return "organization"
        if cls in tree.people:
            return "person"
        if cls in tree.schemes:
            return "role" if cls == "Role" else "concept"
        return "work"

    def source_id(self, source: int) -> str:
        return self.source_iris[source][len(SRC) + 1 : -1]

    # -- random choices --------------------------------------------------------------------------
    def weighted(self, table: _W) -> str | None:
        """A class of ``table`` drawn by weight among those with members."""
        key = tuple(table.items())
        if key not in self.cum:
            classes = [c for c in table if self.by_class.get(c)]
            self.cum[key] = (classes, [float(sum(table[c] for c in classes[: i + 1])) for i in range(len(classes))])
        classes, cum = self.cum[key]
        return self.rng.choices(classes, cum_weights=cum)[0] if classes else None

    def pick(self, table: _W, *, source: int | None = None, before: int | None = None) -> int | None:
        """An entity of one of ``table``'s classes, or None.

        Mostly one the article ``source`` already names; otherwise one already linked to
        (so hubs grow: preferential attachment), Beijing among cities, China among countries,
        or any member.
        ``before`` admits only entities created earlier.
        """
        rng = self.rng
        if source is not None and rng.random() < 0.9:
            near = [(c, w) for c, w in table.items() if (source, c) in self.local]
            if near:
                cls = rng.choices([c for c, _ in near], weights=[w for _, w in near])[0]
                found = rng.choice(self.local[(source, cls)])
                if before is None or found < before:
                    self.hits[cls].append(found)
                    return found
        maybe = self.weighted(table)
        if maybe is None:
            return None
        cls = maybe
        for _ in range(4):
            if cls == "City" and rng.random() < 0.5:
                found = 0  # Beijing: the hub of the real graph
            elif cls == "Country" and rng.random() < 0.3:
                found = 1  # China
            elif self.hits[cls] and rng.random() < 0.7:
                found = rng.choice(self.hits[cls])
            else:
                found = rng.choice(self.by_class[cls])
            if before is None or found < before:
                self.hits[cls].append(found)
                return found
        return None

    def fact_source(self, e: _Entity) -> int:
        """The article a fact about ``e`` comes from: mostly its own; Beijing and China are everywhere."""
        if e.idx < 2 or self.rng.random() < 0.05:
            return self.rng.randrange(self.n_sources)
        return e.home

    def note(self, rate: float) -> str | None:
        return self.rng.choice(_NOTES) if self.rng.random() < rate else None

    def year(self) -> int:
        """A year in 2000-2025, recent ones likelier."""
        return 2000 + int(25.99 * self.rng.random() ** 0.55)

    def place_base(self) -> tuple[str, str]:
        parts = self.rng.sample(_SYLLABLES, 3 if self.rng.random() < 0.15 else 2)
        en = "".join(p[0] for p in parts)
        return en[:1].upper() + en[1:], "".join(p[1] for p in parts)

    def person_name(self) -> tuple[str, str | None]:
        rng = self.rng
        if rng.random() < 0.1:
            return f"{rng.choice(_FOREIGN_FIRST)} {rng.choice(_FOREIGN_LAST)}", None
        surname = rng.choice(_SURNAMES)
        given = rng.sample(_GIVEN, 1 if rng.random() < 0.3 else 2)
        en = "".join(g[0] for g in given)
        return f"{surname[0]} {en[:1].upper()}{en[1:]}", surname[1] + "".join(g[1] for g in given)

    def nearby_city(self, e: _Entity) -> str:
        """A city the entity's article names (not the entity itself)."""
        cities = [c for c in self.local.get((e.home, "City"), ())[:4] if c != e.idx]
        return self.entities[cities[0]].label if cities else "China"

    # -- entities --------------------------------------------------------------------------------
    def class_sequence(self) -> list[str]:
        """Classes of the entities in creation order: Beijing, China, the starters, then drawn by weight."""
        rng, n = self.rng, self.n_entities
        sequence = ["City", "Country", *_STARTERS][:n]
        classes = list(_CLASS_WEIGHTS)
        drawn = rng.choices(classes, weights=[_CLASS_WEIGHTS[c] for c in classes], k=max(0, n - len(sequence)))
        capped = {"Role": len(_ROLES), "Country": len(_COUNTRIES)}  # real names only
        counts: dict[str, int] = {}
        for cls in sequence:
            counts[cls] = counts.get(cls, 0) + 1
        for cls in drawn:
            while counts.get(cls, 0) >= capped.get(cls, n):
                cls = rng.choice(("Company", "ResearchField", "Person", "City", "ResearchInstitute"))
            counts[cls] = counts.get(cls, 0) + 1
            sequence.append(cls)
        return sequence

    def names_for(self, cls: str, parent: _Entity | None) -> _Names:
        """Label candidates (best first), a Chinese name if one can be made, alias candidates, a year."""
        rng = self.rng
        base, bzh = self.place_base()
        f, fzh = rng.choice(_FIELDS)
        F = _title(f)
        acronym = "".join(w[0] for w in f"{base} {F}".split() if w[0].isupper())
        taken = len(self.by_class.get(cls, ()))
        if cls == "Person":  # a few tries before a namesake gets a number
            tries = [self.person_name() for _ in range(3)]
            free = [t for t in tries if _norm(t[0]) not in self.names] or tries
            return [free[0][0], *(t[0] for t in tries)], free[0][1], [], 0
        if cls == "City":
            if taken == 0 or (taken < len(_CITIES) and rng.random() < 0.7):
                return [_CITIES[taken], base], _CITIES_ZH.get(_CITIES[taken]), [f"{_CITIES[taken]} municipality"], 0
            return [base], bzh + "市", [f"{base} City"], 0
        if cls == "Country":
            return [_COUNTRIES[taken % len(_COUNTRIES)]], None, [], 0
        if cls == "Role":
            return [_ROLES[taken % len(_ROLES)]], None, [], 0
        if cls == "ResearchField":
            sub, mod = rng.choice(_SUBFIELDS), rng.choice(_MODIFIERS)
            return [f, f"{f} {sub}", f"{mod} {f}", f"{mod} {f} {sub}"], fzh, [], 0
        if cls == "Industry":
            industry, mod = rng.choice(_INDUSTRIES), rng.choice(_INDUSTRY_MODS)
            return [industry, f"{mod} {industry}", f"{industry} in {base}"], None, [], 0
        if cls == "Region":
            return [f"{base} province", f"{base} Bay Area"], bzh + "省", [base], 0
        if cls == "District":
            return [f"{base} district"], bzh + "区", [], 0
        if cls == "ScienceCity":
            return [f"{base} Science City"], bzh + "科学城", [f"{base} Science City of {F}"], 0
        if cls == "SciencePark":
            return [f"{base} Science Park", f"{base} Future Science Park"], bzh + "科技园", [f"{base} Park"], 0
        if cls == "DevelopmentArea":
            names = [f"{base} Economic-Technological Development Area", f"{base} Hi-Tech Zone"]
            return names, bzh + "经济技术开发区", [f"{base} E-Town"], 0
        if cls == "InnovationCluster":
            return [f"{base}-{self.place_base()[0]}", f"{base} Innovation Corridor"], None, [], 0
        if cls == "Place":
            return [f"{base} innovation corridor", f"{base} {f} belt"], None, [], 0
        if cls == "Facility":
            kind = rng.choice(_FACILITY_KINDS)
            names = [f"{base} {kind}", f"{rng.randrange(20, 400, 10)} MeV proton cyclotron at {base}"]
            return names, None, [f"{base} {''.join(w[0].upper() for w in kind.split())}"], 0
        if cls == "Platform":
            return [f"{base} {f} research platform", f"{f} R&D, testing and support platform of {base}"], None, [], 0
        if cls == "University":
            names = [f"{base} University", f"{base} University of Science and Technology", f"{base} Normal University"]
            return names, bzh + "大学", [f"{base}da"], 0
        if cls == "UniversityUnit" and parent is not None:
            names = [f"School of {F} at {parent.label}", f"Institute of {F} at {parent.label}"]
            return names, None, [f"School of {F}"], 0
        if cls == "UniversityUnit":
            return [f"{base} School of {F}"], None, [], 0
        if cls == "ResearchInstitute":
            return [f"{base} Institute of {F}", f"{base} Research Institute of {F}"], f"{bzh}{fzh}研究所", [acronym], 0
        if cls == "NewTypeRDInstitute":
            names = [f"{base} Academy of {F}", f"{base} Institute for {F} Innovation"]
            return names, f"{bzh}{fzh}研究院", [acronym], 0
        if cls == "Laboratory":
            return [f"{base} Laboratory of {F}", f"{base} {F} Lab"], f"{bzh}{fzh}实验室", [acronym], 0
        if cls == "NationalLaboratory":
            return [f"{base} National Laboratory", f"national lab in {base}"], f"{bzh}国家实验室", [], 0
        if cls == "NationalKeyLaboratory":
            return [f"State Key Laboratory of {F}", f"State Key Laboratory of {F} ({base})"], None, [f"SKL of {F}"], 0
        if cls == "InnovationCenter":
            names = [f"{base} {F} Innovation Center", f"National {F} Technology Innovation Center ({base})"]
            return names, f"{bzh}{fzh}创新中心", [acronym], 0
        if cls == "Academy":
            return [f"{base} Academy of Sciences", f"Chinese Academy of {F}"], f"{bzh}科学院", [f"{base} AS"], 0
        if cls == "Company":
            kind = rng.choice(("Technology Co.", "Technologies", "Robotics", "Semiconductor", "Biotech", "Group"))
            return [f"{base} {kind}", f"{base}{rng.choice(_SYLLABLES)[0]} {kind}"], None, [base], 0
        if cls == "Investor":
            kind = rng.choice(("Capital", "Ventures", "Investment Group", "Partners"))
            return [f"{base} {kind}", f"{base} {F} {kind}"], None, [f"{base} {kind.split()[0]}"], 0
        if cls == "GovernmentBody":
            names = [f"{base} Municipal Bureau of Economy and Information Technology", f"{base} District Government"]
            return names, None, [], 0
        if cls == "Commission":
            names = [f"{base} Municipal Science and Technology Commission", f"{base} Development and Reform Commission"]
            return names, f"{bzh}市科学技术委员会", [f"{base} Municipal Science & Technology Commission"], 0
        if cls == "MediaOrganization":
            return [f"{base} {rng.choice(('Daily', 'Science News', 'Evening Post', 'Times', 'Review'))}"], None, [], 0
        if cls == "InternationalOrganization":
            names = [
                f"International {F} Association",
                f"World {F} Organization",
                f"International Society for {F}",
                f"Asia-Pacific {F} Network",
                f"International {F} Union",
            ]
            return names, None, [], 0
        if cls == "Index":
            return (
                [f"{rng.choice(_INDEX_ADJ)} {rng.choice(_INDEX_TOPIC)}", f"{base} {rng.choice(_INDEX_TOPIC)}"],
                None,
                [],
                0,
            )
        city = self.entities[rng.choice(self.by_class.get("City") or [0])].label
        if cls == "Plan":
            start = 2001 + 5 * rng.randrange(5)
            names = [
                f"{F} development plan of {city} ({start}-{(start + 4) % 100:02d})",
                f"three-year action plan for {f} in {base} ({start}-{start + 2})",
            ]
            return names, None, [f"{F} Plan of {city}"], start
        if cls == "Event":
            year = self.year()
            names = [f"{base} Forum on {F} ({year})", f"symposium on {f} in {city} ({year})"]
            return names, f"{bzh}{fzh}论坛", [f"{base} {F} Forum"], year
        if cls == "ScientificAchievement":
            thing = rng.choice(_PHENOMENA)
            return [thing, f"{rng.choice(_PHENOMENON_MODS)} {thing}", f"{thing} in {f}"], None, [], 0
        if cls == "Publication":
            return [f"{base} Journal of {F}", f"{F} Review", f"Annual Report on {F}"], None, [], 0
        raise ValueError(f"no names for class {cls!r}")

    def add_entity(self, cls: str, names: _Names, parent: int = -1) -> _Entity:
        candidates, zh, aliases, year = names
        label = self.name(candidates)
        ident = self.new_id(label)
        idx = len(self.entities)
        home = min(idx * self.n_sources // self.n_entities, self.n_sources - 1)
        e = _Entity(idx, ident, f"<{ENT}{ident}>", label, cls, home, parent, year)
        self.entities.append(e)
        self.by_class.setdefault(cls, []).append(idx)
        self.hits.setdefault(cls, [])
        self.named(idx, home)
        o, rng = self.out, self.rng
        o.append(f"{e.iri} {_TYPE} {_k(cls)} .")
        if cls in self.classes.schemes:
            o.append(f"{e.iri} {_SCHEME} {_k(self.classes.schemes[cls])} .")
        o.append(f"{e.iri} {_LABEL} {_lit(label, '@en')} .")
        o.append(f"{e.iri} {_PREF} {_lit(label, '@en')} .")
        if aliases and rng.random() < 0.45:
            key = _norm(aliases[0])
            if key == _norm(label) or (key and key not in self.names):  # aliases stay unique too
                self.names.add(key)
                o.append(f"{e.iri} {_ALT} {_lit(aliases[0], '@en')} .")
        if zh and rng.random() < 0.18:  # as the compiler writes a curator's Chinese name
            o.append(f"{e.iri} {_PREF} {_lit(zh, '@zh')} .")
            node = self.mint(f"outside/{ident}/label-zh")
            o.append(f"{node} {_TYPE} {_k('Assertion')} .")
            o.append(f"{node} {_SUBJ} {e.iri} .")
            o.append(f"{node} {_PRED} {_PREF} .")
            o.append(f"{node} {_OBJ} {_lit(zh, '@zh')} .")
            o.append(
                f"{node} {_k('outsideKnowledge')} {_lit('Chinese name added by the curators; not from a source')} ."
            )
        return e

    def entity_section(self) -> Iterator[list[str]]:
        rng = self.rng
        for cls in self.class_sequence():
            parent = None
            if cls == "UniversityUnit" and self.by_class.get("University"):
                parent = self.entities[rng.choice(self.by_class["University"])]
            names = self.names_for(cls, parent)
            for _ in range(4):  # fresh draws before a name gets a number
                if any(_norm(c) not in self.names for c in names[0]):
                    break
                names = self.names_for(cls, parent)
            e = self.add_entity(cls, names, parent.idx if parent else -1)
            if cls == "Index":  # its editions follow it: "Global Innovation Index 2020"
                for year in sorted(rng.sample(range(2012, 2026), rng.choice((1, 1, 1, 2, 3)))):
                    self.add_entity("IndexEdition", ([f"{e.label} {year}"], None, [], year), e.idx)
            yield self.flush()

    # -- sources and measures ----------------------------------------------------------------------
    def source_section(self) -> Iterator[list[str]]:
        rng = self.rng
        for i in range(self.n_sources):
            publisher = rng.choice(_PUBLISHERS)
            date = f"{self.year()}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if rng.random() < 0.5 else None
            topic = rng.choice(_FIELDS)[0]
            focus = self.entities[min(i * self.n_entities // self.n_sources, len(self.entities) - 1)].label
            title = self.name([f"{focus} {rng.choice(_HEADLINE_VERBS)} {topic}", f"{focus}: {topic} report"])
            sid = self.new_id("-".join(x for x in (_slug(publisher), date, _slug(focus), _slug(topic)) if x))
            node = f"<{SRC}{sid}>"
            self.source_iris.append(node)
            author = self.person_name()[0] if rng.random() < 0.4 else None
            has_title = rng.random() < 0.8
            display = title if has_title else f"Untitled article by {author or 'an unnamed reporter'} ({publisher})"
            o = self.out
            o.append(f"{node} {_TYPE} {_k('SourceDocument')} .")
            o.append(f"{node} {_LABEL} {_lit(display, '@en')} .")
            if has_title:
                o.append(f"{node} {_k('title')} {_lit(title, '@en')} .")
            if author:
                o.append(f"{node} {_k('author')} {_lit(author)} .")
            if rng.random() < 0.45:
                o.append(f"{node} {_k('publishedBy')} {_lit(publisher)} .")
            if date:
                o.append(f"{node} {_k('datePublished')} {_lit(date, _DATE)} .")
            if rng.random() < 0.1:
                o.append(f"{node} {_URL} {_lit(f'https://news.example.org/{sid}.html', _ANY_URI)} .")
            o.append(f"{node} {_k('language')} {_lit('en')} .")
            o.append(f"{node} {_k('textFile')} {_lit(f'data/sources/{sid}.txt')} .")
            o.append(f"{node} {_k('sha256')} {_lit(f'{rng.getrandbits(256):064x}')} .")
            for junk in rng.sample(_FURNITURE, rng.choice((0, 0, 1, 2, 3, 4))):
                o.append(f"{node} {_k('excludedText')} {_lit(junk)} .")
            yield self.flush()

    def measure_section(self) -> Iterator[list[str]]:
        rng = self.rng
        related: list[tuple[str, str]] = []
        for i in range(self.n_measures):
            if i < len(_CORE_MEASURES):
                mid, label, unit, other = _CORE_MEASURES[i]
                self.names.add(_norm(label))
                self.ids.add(mid)
                related += [(mid, other)] if other else []
            else:
                template, unit = rng.choice(_MEASURE_TEMPLATES)
                text = template.format(f=rng.choice(_FIELDS)[0], t=rng.choice(_THINGS))
                label = self.name([text, f"{text} in {rng.choice(_SUBFIELDS)}"])
                mid = self.new_id(label)
                if rng.random() < 0.1:
                    related.append((mid, rng.choice(self.measures).id))
            node = f"<{MEASURE}{mid}>"
            self.measures.append(_Measure(mid, node, label, unit))
            o = self.out
            o.append(f"{node} {_TYPE} {_k('Measure')} .")
            o.append(f"{node} {_SCHEME} {_k('Measures')} .")
            o.append(f"{node} {_LABEL} {_lit(label, '@en')} .")
            o.append(f"{node} {_PREF} {_lit(label, '@en')} .")
            if rng.random() < 0.19:
                alias = label.replace("number of ", "").replace("R&D", "research and development")
                if alias != label and _norm(alias) not in self.names:
                    self.names.add(_norm(alias))
                    o.append(f"{node} {_ALT} {_lit(alias, '@en')} .")
            definition = f"{label[:1].upper()}{label[1:]}, as a source reports it for an area or organization."
            o.append(f"{node} {_DEFINITION} {_lit(definition, '@en')} .")
            o.append(f"{node} {_k('unit')} <{UNIT}{unit}> .")
            yield self.flush()
        seen: set[tuple[str, str]] = set()
        for a, b in related:  # skos:related is symmetric: stated both ways, as the compiler does
            for x, y in ((a, b), (b, a)):
                if x != y and (x, y) not in seen:
                    seen.add((x, y))
                    self.out.append(f"<{MEASURE}{x}> {_RELATED} <{MEASURE}{y}> .")
        yield self.flush()

    # -- relations and attributes -------------------------------------------------------------------
    def relate(self, s: _Entity, p: str, o: _Entity) -> None:
        """A relation between entities: the triple itself and its assertion (a few have two sources)."""
        rng = self.rng
        if (s.idx, p, o.idx) in self.direct:
            return
        self.direct.add((s.idx, p, o.idx))
        sources = [self.fact_source(s)]
        if rng.random() < 0.03 and (second := rng.randrange(self.n_sources)) != sources[0]:
            sources.append(second)
        for n, src in enumerate(sources):
            self.named(s.idx, src)
            self.named(o.idx, src)
            quote = rng.choice(_RELATION_QUOTES[p]).format(s=s.label, o=o.label)
            self.assertion(src, s, p, Iri(ENT + o.id), quote, direct=n == 0)

    def attribute(self, s: _Entity, p: str, value: str, datatype: str | None, quote: str) -> None:
        """A literal-valued relation and its assertion."""
        if (s.idx, p, value) in self.stated:
            return
        self.stated.add((s.idx, p, value))
        src = self.fact_source(s)
        self.named(s.idx, src)
        self.assertion(src, s, p, Lit(value, datatype), quote)

    def assertion(self, src: int, s: _Entity, p: str, o: Iri | Lit, quote: str, *, direct: bool = True) -> None:
        sid = self.source_id(src)
        node = self.minter(node_local(RELATION, sid, {"s": s.id, "p": p, "o": o}))
        triples = relation_triples(node, s.id, p, o, source=sid, note=self.note(0.12), quote=quote)
        self.emit(triples if direct else [t for t in triples if t[0] == node])

    def structure(self, e: _Entity) -> None:
        """The relations and attributes of one entity, as its class has them in the real graph."""
        rng = self.rng
        if e.parent >= 0:
            self.relate(e, "edition" if e.cls == "IndexEdition" else "partOf", self.entities[e.parent])
        for p, chance, table in _RELATIONS.get(e.cls, ()):
            if rng.random() >= chance or (p == "partOf" and e.parent >= 0):
                continue
            before = e.idx if p in _ACYCLIC and e.cls in table else None
            if p == "locatedIn" and e.cls in _LEVEL:  # only into larger places
                table = {c: w for c, w in table.items() if _LEVEL.get(c, 9) < _LEVEL[e.cls]}
            for _ in range(2 if p == "focusesOn" and rng.random() < 0.3 else 1):
                o = self.pick(table, source=e.home, before=before)
                if o is not None and o != e.idx:
                    self.relate(e, p, self.entities[o])
                    if p == "affiliatedWith":
                        self.affiliation.setdefault(e.idx, o)
        if e.cls in _DESCRIBED and rng.random() < 0.1:
            self.statement(e.idx, "description")
        if e.cls == "Plan":
            span = f"the {e.label} covers {e.year} to {e.year + 4}"
            if rng.random() < 0.5:
                self.attribute(e, "startYear", str(e.year), XSD + "gYear", span)
                self.attribute(e, "endYear", str(e.year + 4), XSD + "gYear", span)
            if rng.random() < 0.3:
                target = e.year + rng.choice((5, 10, 15))
                self.attribute(e, "targetYear", str(target), XSD + "gYear", f"by {target}, under the {e.label}")
            if rng.random() < 0.4:
                issued = f"the {e.label}, issued in {e.year - 1}"
                self.attribute(e, "issuedYear", str(e.year - 1), XSD + "gYear", issued)
            field = rng.choice(_FIELDS)[0]
            for goal in rng.sample(_GOALS, rng.choice((0, 1, 1, 2, 3))):
                text = goal.format(f=field)
                self.attribute(e, "goal", text, None, f"The {e.label} aims to {text}.")
        elif e.cls == "Event" and rng.random() < 0.9:
            date = f"{e.year}-{rng.randint(1, 12):02d}" + (f"-{rng.randint(1, 28):02d}" if rng.random() < 0.5 else "")
            kind = XSD + ("date" if len(date) == 10 else "gYearMonth")
            self.attribute(e, "eventDate", date, kind, f"the {e.label}, held on {date}")
        elif e.cls in ("Facility", "Platform", "NationalLaboratory", "Laboratory") and rng.random() < 0.4:
            status = rng.choice(_STATUSES)
            self.attribute(e, "status", status, None, f"{e.label} is {status}")

    def statement(self, subject: int | None = None, p: str | None = None) -> None:
        """A description or a goal of an entity, most often of Beijing and other hubs."""
        rng = self.rng
        if subject is None:
            subject = 0 if rng.random() < 0.3 else self.pick(_DESCRIBED)
        e = self.entities[subject or 0]
        field = rng.choice(_FIELDS)[0]
        if (p or ("description" if rng.random() < 0.75 else "goal")) == "description":
            text = rng.choice(_DESCRIPTIONS).format(f=field, p=self.nearby_city(e))
            self.attribute(e, "description", text, None, f"{e.label} is {text}")
        else:
            text = rng.choice(_GOALS).format(f=field)
            self.attribute(e, "goal", text, None, f"{e.label} will {text}")

    # -- facts of their own nodes --------------------------------------------------------------------
    def observation(self, subject: int | None = None, measure: int | None = None, year: int | None = None) -> None:
        """An indicator value: a trend per (subject, measure), so sources and years line up in series."""
        rng = self.rng
        if subject is None:
            subject = 0 if rng.random() < 0.15 else self.pick(_OBSERVED)
        s = self.entities[subject or 0]
        if measure is None:  # the core measures and the first ones are reported most
            measure = min(int(len(self.measures) * rng.random() ** 2), len(self.measures) - 1)
        m = self.measures[measure]
        src = self.fact_source(s)
        low, high, decimals, _ = _UNITS[m.unit]
        base = low * (high / low) ** _mix(self.seed, s.idx, measure, 1)
        growth = 0.97 + 0.15 * _mix(self.seed, s.idx, measure, 2)
        draw = rng.random()
        kind = "year" if year is not None or draw < 0.5 else "period" if draw < 0.55 else "asof" if draw < 0.6 else ""
        y = year if year is not None else self.year()
        value = base * growth ** (y - 2012) * (1 + 0.04 * (rng.random() - 0.5))
        value = min(value, 0.99) if m.unit == "fraction" else min(value, 99.0) if m.unit == "percent" else value
        qualifier = rng.choices(_QUALIFIERS, cum_weights=_QUALIFIER_CUM)[0]
        text = _decimal(value, decimals) if qualifier == "exact" else _hedged(value, decimals, qualifier)
        text = _decimal(value, 4) if float(text) == 0 else text
        record: dict[str, object] = {
            "subject": s.id,
            "measure": m.id,
            "value": Decimal(text),
            "unit": m.unit,
            "qualifier": qualifier,
        }
        if kind == "year":
            record["year"] = y
            opening = rng.choice((f"In {y}, ", f" in {y}"))
        elif kind == "period":
            record["period"] = [y, y + 2 if rng.random() < 0.6 else None]
            opening = f"Since {y}, "
        elif kind == "asof":
            record["as_of"] = y
            opening = f"As of {y}, "
        else:
            record["as_of"] = PUBLICATION  # stated in the present: as of the article's date
            opening = ""
        self.named(s.idx, src)
        hedge = _QUALIFIER_WORDS[qualifier]
        if m.unit in _COUNTED:  # "Beijing has nearly 4,000 foreign companies and research institutions ..."
            verb = "had" if kind == "year" else "has"
            sentence = f"{s.label} {verb} {hedge}{_words(text, 'count')} {m.label.removeprefix('number of ')}"
        else:  # "Beijing's R&D spending as a share of GDP was around 6 percent"
            verb = rng.choice(("was", "reached", "stood at"))
            sentence = f"{s.label}'s {m.label} {verb} {hedge}{_words(text, m.unit)}"
        quote = f"{opening}{sentence}." if opening.endswith(", ") else f"{sentence}{opening}."
        if rng.random() < 0.2:
            record["scope"] = f"{m.label} {rng.choice(_SCOPES)}"
        extra = rng.random()
        if extra < 0.05:
            record["base_year"] = y - rng.choice((5, 10))
        elif extra < 0.1:
            record["compared_to"] = rng.choice(_COMPARISONS)
        elif extra < 0.12:
            record["national_rank"] = rng.randint(1, 10)
        record["quote"] = quote[:1].upper() + quote[1:]
        record["note"] = self.note(0.45)
        self.fact(INDICATOR, src, record)

    def fact(self, kind: FactKind, src: int, record: dict[str, object], org: str | None = None) -> Iri:
        """Write one fact of ``kind`` from ``src``, as the compiler writes the same record."""
        sid = self.source_id(src)
        node = self.minter(node_local(kind, sid, record, org))
        self.emit(kind.triples(node, record, source=sid))
        return node

    def ranking(self, entity: int | None = None, edition: int | None = None) -> None:
        """A rank, mostly in an index edition (ranks within an edition are distinct)."""
        rng = self.rng
        if entity is None:
            entity = 0 if rng.random() < 0.1 else self.pick(_RANKED)
        e = self.entities[entity or 0]
        src = self.fact_source(e)
        draw = rng.random()
        if edition is None and draw < 0.6:
            edition = self.pick({"IndexEdition": 1}, source=src)
        elif edition is None and draw < 0.75:
            edition = self.pick({"Index": 1}, source=src)
        index = self.entities[edition] if edition is not None else None
        category = rng.choice(_CATEGORIES)
        out_of = rng.choice((20, 30, 50, 100, 200, 500))
        rank = 1 + int(out_of * rng.random() ** 2.5)
        if index is not None:
            used = self.ranks.setdefault(index.idx, set())
            while rank in used:
                rank += 1
            used.add(rank)
        self.named(e.idx, src)
        record: dict[str, object] = {"entity": e.id, "rank": rank}
        if index is not None:
            self.named(index.idx, src)
            record["edition"] = index.id
        if rng.random() < 0.95 or index is None:  # a rank is in an edition, a year or a category
            record["category"] = category
        if rng.random() < 0.45:
            record["out_of"] = f"{max(out_of, rank)} {rng.choice(_RANKED_WHAT)}"
        times = rng.randint(2, 8) if rng.random() < 0.15 else 0
        record["consecutive"] = times or None
        year = index.year if index is not None and index.year else (self.year() if rng.random() < 0.5 else 0)
        record["year"] = year or None
        where = f"the {index.label}" if index is not None else f"{category} rankings"
        quote = f"{e.label} ranked {_ordinal(rank)} in {where}"
        if times:
            quote = f"{e.label} has ranked {_ordinal(rank)} in {where} for {times} consecutive times"
        record["quote"], record["note"] = quote, self.note(0.6)
        self.fact(RANKING, src, record)

    def post(self, person: int | None = None) -> None:
        """A post held: a person, a role, mostly the organization (or, for mayors, the city)."""
        rng = self.rng
        person = self.pick({"Person": 1}) if person is None else person
        if person is None:
            return
        p = self.entities[person]
        src = self.fact_source(p)
        role_idx = self.pick({"Role": 1}, source=src)
        if role_idx is None:
            return
        role = self.entities[role_idx]
        orgs: list[int] = []
        if role.label in _PLACE_ROLES:
            place = self.pick({"City": 3, "District": 1}, source=src)
            orgs += [] if place is None else [place]
        else:
            org = self.affiliation.get(person) if rng.random() < 0.7 else None
            org = self.pick(_EMPLOYERS, source=src) if org is None else org
            orgs += [] if org is None or rng.random() < 0.07 else [org]
        if not orgs:
            return  # a post is held in one organization or place (kg:postIn, exactly one)
        self.named(person, src)
        self.named(role_idx, src)
        for org in orgs:
            self.named(org, src)
        where = f" of {self.entities[orgs[0]].label}"
        title = f"{role.label[:1].upper()}{role.label[1:]}{where}"
        record: dict[str, object] = {"person": p.id, "role": role.id, "org": self.entities[orgs[0]].id, "title": title}
        if rng.random() < 0.65:
            y = self.year()
            record["as_of"] = str(y) if rng.random() < 0.5 else f"{y}-{rng.randint(1, 12):02d}"
        quote = rng.choice(
            (f"{p.label}, {role.label}{where}", f"{title} {p.label}", f"said {p.label}, {role.label}{where}")
        )
        record["quote"], record["note"] = quote, self.note(0.7)
        node = self.fact(POST, src, record)
        if "as_of" in record:  # as the compiler writes it
            self.emit(member_during(node, time_literal(record["as_of"])))

    def quotation(self, speaker: int | None = None) -> None:
        """Words a source attributes to a person, sometimes at an event."""
        rng = self.rng
        speaker = self.pick({"Person": 1}) if speaker is None else speaker
        if speaker is None:
            return
        p = self.entities[speaker]
        src = self.fact_source(p)
        place = self.entities[0].label if rng.random() < 0.5 else self.nearby_city(p)
        f, g = rng.sample(_FIELDS, 2)
        text = rng.choice(_SAYINGS).format(p=place, f=f[0], g=g[0], y=rng.randint(2021, 2035))
        text = text[:1].upper() + text[1:]
        self.named(speaker, src)
        record: dict[str, object] = {"speaker": p.id, "text": text}
        if rng.random() < 0.23 and (event := self.pick({"Event": 1}, source=src)) is not None:
            self.named(event, src)
            record["event"] = self.entities[event].id
            if rng.random() < 0.4 and self.entities[event].year:
                record["date"] = self.entities[event].year
        record["quote"] = text if rng.random() < 0.7 else f"{text}, said {p.label}"
        record["note"] = self.note(0.34)
        self.fact(QUOTATION, src, record)

    def anchors(self) -> None:
        """Facts every graph has, so the named queries find Beijing's series, ranks and peers."""
        for year in (2012, 2016, 2020):
            self.observation(0, 0, year)  # R&D spending as a share of GDP
        for year in (2015, 2021):
            self.observation(0, 1, year)  # invention patents per 10,000 people
        self.observation(0, 3, 2020)  # multinational corporations
        if self.by_class.get("IndexEdition"):
            edition = self.by_class["IndexEdition"][0]
            for city in self.by_class["City"][:3]:  # Beijing and its peers in one edition
                self.ranking(city, edition)
        if (person := self.pick({"Person": 1})) is not None:
            self.post(person)
            self.quotation(person)

    def mention_section(self) -> Iterator[list[str]]:
        """Who each source names: kg:mentionedIn, and mostly a mention assertion with a quote."""
        rng = self.rng
        for entity, source in sorted(self.pairs):
            e, sid = self.entities[entity], self.source_id(source)
            node, quote = None, None
            if self.pairs[(entity, source)]:
                template = rng.choice(_MENTION_QUOTES[self.family(e.cls)])
                node = self.minter(node_local(MENTION, sid, {"entity": e.id}))
                quote = template.format(e=e.label, f=rng.choice(_FIELDS)[0])
            self.emit(mention_triples(node, e.id, source=sid, quote=quote))
            if len(self.out) >= 1024:
                yield self.flush()
        yield self.flush()


# --- entry points -------------------------------------------------------------------------------


def _ontology_lines(ontology_dir: Path | None) -> list[str]:
    """The ontology's triples as N-Triples lines, in file order; blank nodes get stable, distinct labels."""
    import pyoxigraph as ox

    if ontology_dir is None:
        from kg.project import find_project

        ontology_dir = find_project().ontology_dir
    files = sorted(Path(ontology_dir).glob("*.ttl"))
    if not files:
        from kg.errors import DataError

        raise DataError("no ontology files (*.ttl)", file=str(ontology_dir))
    lines: list[str] = []
    seen: set[str] = set()
    for n, path in enumerate(files):
        blanks: dict[str, str] = {}  # the parser's random labels -> _:o<file>b<count>

        def term(t: object, n: int = n, blanks: dict[str, str] = blanks) -> str:
            if isinstance(t, ox.BlankNode):
                return blanks.setdefault(t.value, f"_:o{n}b{len(blanks)}")
            return str(t)

        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            line = f"{term(quad.subject)} {term(quad.predicate)} {term(quad.object)} ."
            if line not in seen:
                seen.add(line)
                lines.append(line)
    return lines


def iter_triples(triples: int, *, seed: int = 0, ontology_dir: Path | None = None) -> Iterator[str]:
    """The N-Triples lines (each ending in ' .') lazily, so 1M+ triples stream without holding them in memory.

    The ontology comes first (from ``ontology_dir``, by default the project's) and counts
    toward ``triples``. From 10,000 triples on, the count is within 2% (in practice within
    a few dozen lines); smaller graphs still get the ontology, Beijing, China and an entity
    of each class the named queries ask for, so they may be larger than asked.
    """
    if triples < 0:
        raise ValueError(f"triples must not be negative: {triples}")
    from kg.classes import project_classes

    if ontology_dir is None:
        from kg.project import find_project

        ontology_dir = find_project().ontology_dir
    ontology = _ontology_lines(ontology_dir)
    yield from ontology
    for batch in _Generator(triples - len(ontology), seed, project_classes(Path(ontology_dir))).run():
        yield from batch


def generate(out: IO[str] | Path | str, triples: int, *, seed: int = 0, ontology_dir: Path | None = None) -> int:
    """Write a synthetic graph of about `triples` triples as N-Triples; return the number of lines written.

    ``out`` is an open text stream or a file path (written in UTF-8, gzipped if it ends in
    ``.gz``, by :func:`kg.files.open_output`: a file appears whole or not at all, a device
    or FIFO is written in place, ``-`` is standard output).
    """
    if isinstance(out, (str, Path)):
        return _generate_file(Path(out), triples, seed=seed, ontology_dir=ontology_dir)
    written = 0
    chunk: list[str] = []
    for line in iter_triples(triples, seed=seed, ontology_dir=ontology_dir):
        chunk.append(line)
        if len(chunk) == 4096:
            out.write("\n".join(chunk) + "\n")
            written += len(chunk)
            chunk.clear()
    if chunk:
        out.write("\n".join(chunk) + "\n")
        written += len(chunk)
    return written


def _generate_file(path: Path, triples: int, *, seed: int, ontology_dir: Path | None) -> int:
    """Write the graph to ``path`` through :func:`kg.files.open_output` (``-`` is standard output)."""
    import gzip
    import io

    from kg.files import open_output

    with open_output(path, stdout=True) as binary:
        compressed = str(path) != "-" and path.suffix.lower() == ".gz"
        stream: IO[bytes] = binary
        if compressed:
            stream = gzip.GzipFile(fileobj=binary, mode="wb", compresslevel=3)  # type: ignore[assignment]
        text = io.TextIOWrapper(stream, encoding="utf-8", newline="\n")
        written = generate(text, triples, seed=seed, ontology_dir=ontology_dir)
        text.flush()
        text.detach()
        if compressed:
            stream.close()  # writes the gzip trailer (the file itself is closed by open_output)
    return written
