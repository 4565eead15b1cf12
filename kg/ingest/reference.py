"""Reference names the ingester knows without a source: outside knowledge, marked as such.

Articles name Beijing's districts by their bare names ("Haidian counted 11,200 ...") and the
Beijing Economic-Technological Development Area by its common names ("Beijing E-Town",
"Yizhuang"). The graph holds only what its sources name, so these are kept here, apart from
``data/``: a candidate entity built from them carries an ``outside`` note saying so, and a
draft says when a known entity was found under one of these names.

>>> district("Haidian")
('Haidian District', '海淀区')
>>> district("Haidian District")
('Haidian District', '海淀区')
>>> district("Hebei") is None
True
"""

from __future__ import annotations

__all__ = ["DISTRICTS", "KNOWN_ALIASES", "MEASURE_TERMS", "district", "standard_terms", "OUTSIDE_NOTE"]

#: Beijing's sixteen districts: the English name and the Chinese one (standard names).
DISTRICTS: dict[str, str] = {
    "Dongcheng": "东城区",
    "Xicheng": "西城区",
    "Chaoyang": "朝阳区",
    "Fengtai": "丰台区",
    "Shijingshan": "石景山区",
    "Haidian": "海淀区",
    "Mentougou": "门头沟区",
    "Fangshan": "房山区",
    "Tongzhou": "通州区",
    "Shunyi": "顺义区",
    "Changping": "昌平区",
    "Daxing": "大兴区",
    "Huairou": "怀柔区",
    "Pinggu": "平谷区",
    "Miyun": "密云区",
    "Yanqing": "延庆区",
}

#: Other names of entities the graph may hold, by entity id: common names sources use.
KNOWN_ALIASES: dict[str, tuple[str, ...]] = {
    "beijing-economic-technological-development-area": ("Beijing E-Town", "E-Town", "Yizhuang"),
}

#: The note on a candidate named from this table.
OUTSIDE_NOTE = "named from the ingester's reference list of Beijing's districts (outside knowledge)"


def district(name: str) -> tuple[str, str] | None:
    """The full English name and the Chinese name of the Beijing district ``name`` names
    (bare, or with "District"), or None."""
    words = name.split()
    if len(words) == 2 and words[1].lower() == "district":
        words = words[:1]
    if len(words) != 1:
        return None
    key = words[0][:1].upper() + words[0][1:].lower()
    return (f"{key} District", DISTRICTS[key]) if key in DISTRICTS else None


#: Statistical terms articles use for the same measure, and the plain words the measures'
#: labels use (the terms of China's science and technology statistics, in English).
MEASURE_TERMS: tuple[tuple[str, str], ...] = (
    (r"\b(?:full[- ]time[- ]equivalent\s+)?(?:r\s*&\s*d|research and development)\s+personnel\b", "researchers"),
    (r"\bscientists and engineers\b", "researchers"),
    # a rate per 10,000 of the population, however the population is named
    (
        r"\b(?:per|for every)\s+(?:10,?000|10 000|ten thousand)\s+(?:residents|inhabitants|persons|population)\b",
        "per 10,000 people",
    ),
    (  # the whole phrase, or its head before "by" or "of" ("investment in R&D centers" is no R&D spending)
        r"^((?:the |its |their |total |annual |combined |overall )*)"
        r"(?:(?:investment|spending|expenditures?|outlays?)\s+(?:in|on)\s+(?:r\s*&\s*d|research and development)"
        r"|(?:r\s*&\s*d|research and development)\s+investments?)(?=\s*$|\s+(?:by|of|growth)\b)",
        r"\1R&D expenditure",
    ),
    (r"\bturnover (?:in|of|on) (?:its |the |their |a )?technology markets?\b", "value of technology contracts"),
    (r"\btechnology markets?(?:'s)? turnover\b", "value of technology contracts"),
    (r"\btechnology (?:transfer )?(?:agreements|deals)\b", "technology contracts"),
    (
        r"\bexports (?:by|of|from) (?:the |its |their )?(?:[\w-]+ ){0,2}(?:companies|firms|enterprises)\b",
        "exports of enterprises",
    ),
)


def standard_terms(phrase: str) -> str:
    """A measure's words with the statistical terms in :data:`MEASURE_TERMS` made plain.

    >>> standard_terms("full-time-equivalent R&D personnel")
    'researchers'
    >>> standard_terms("value of technology transfer agreements")
    'value of technology contracts'
    >>> standard_terms("exports by park companies")
    'exports of enterprises'
    >>> standard_terms("investment in research and development"), standard_terms("R&D investment by enterprises")
    ('R&D expenditure', 'R&D expenditure by enterprises')
    >>> standard_terms("patents granted")
    'patents granted'
    >>> standard_terms("investment in R&D centers"), standard_terms("foreign investment in R&D")
    ('investment in R&D centers', 'foreign investment in R&D')
    """
    import re

    for pattern, plain in MEASURE_TERMS:
        phrase = re.sub(pattern, plain, phrase, flags=re.I)
    return phrase
