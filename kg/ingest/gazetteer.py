"""The gazetteer: the graph's entities by every name and alias, found in text and matched fuzzily.

Names with a leading underscore are internal to :mod:`kg.ingest`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kg.dataset import normalize_name
from kg.ingest.reference import district

_TOKEN = re.compile(r"\w+(?:[’'&.\-]\w+)*|&")


@dataclass(frozen=True)
class Mention:
    id: str
    start: int  # character offsets in the sentence
    end: int
    types: tuple[str, ...]

    def is_a(self, kinds: frozenset[str]) -> bool:
        return any(t in kinds for t in self.types)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalized token, start, end); '&' counts as 'and', apostrophes vanish."""
    out = []
    for match in _TOKEN.finditer(text):
        surface = match.group()
        if surface.endswith(("’s", "'s")) and len(surface) > 2:
            surface = surface[:-2]
        for part in normalize_name(surface).split():
            out.append((part, match.start(), match.start() + len(surface)))
    return out


class Gazetteer:
    """The names of known entities (labels and aliases), matched longest first on word boundaries.

    >>> gaz = Gazetteer([("mst", "Ministry of Science and Technology", ["GovernmentBody"])])
    >>> [(m.id, m.start, m.end) for m in gaz.find("The Ministry of Science & Technology said")]
    [('mst', 4, 36)]
    >>> gaz.similar("Ministry of Science and Techology")
    [('mst', 0.99)]
    """

    def __init__(self, entries: Iterable[tuple[str, str, list[str]]], aliases: dict[str, list[str]] | None = None):
        self.trie: dict[str, Any] = {}
        self.types: dict[str, tuple[str, ...]] = {}
        self.labels: dict[str, str] = {}
        self.names: dict[str, str] = {}  # normalized name -> id
        for eid, label, types in entries:
            self.types[eid] = tuple(types)
            self.labels[eid] = label
            for name in [label, *(aliases or {}).get(eid, [])]:
                self._add(eid, name)

    def _add(self, eid: str, name: str) -> None:
        words = normalize_name(name).split()
        if not words:
            return
        self.names.setdefault(" ".join(words), eid)
        node = self.trie
        for word in words:
            node = node.setdefault(word, {})
        if "\0" not in node:
            node["\0"] = eid
            # a phrase known in lower case ("the capital") is not the start of a proper name
            # ("The Capital Zone Vitality Index"): the text must keep its words in lower case
            node["\1"] = name[:1].islower()

    @classmethod
    def from_dataset(cls, ds: Any, *, leave_out: Iterable[str] = ()) -> Gazetteer:
        """The gazetteer of a loaded :class:`~kg.dataset.Dataset`, without the ids in ``leave_out``."""
        from kg.ingest.reference import KNOWN_ALIASES

        skip = set(leave_out)
        entities = [e for e in ds.entities.values() if e.id not in skip]
        aliases = {e.id: [*e.aliases, *e.references, *KNOWN_ALIASES.get(e.id, ())] for e in entities}
        for e in entities:  # "Huairou" for Huairou District (kg.ingest.reference)
            named = district(e.label) if "District" in e.types else None
            if named:
                aliases[e.id].append(named[0].split()[0])
        return cls(((e.id, e.label, e.types) for e in entities), aliases)

    def find(self, text: str) -> list[Mention]:
        tokens = _tokens(text)
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            node, best, j = self.trie, None, i
            while j < len(tokens) and tokens[j][0] in node:
                node = node[tokens[j][0]]
                j += 1
                if "\0" in node:
                    best = (node["\0"], j, node["\1"])
            if best is not None:
                eid, j, phrase = best
                surface = text[tokens[i][1] : tokens[j - 1][2]]
                if _plausible(surface, self.labels[eid]) and not (phrase and _capitalized(surface)):
                    found.append(Mention(eid, tokens[i][1], tokens[j - 1][2], self.types[eid]))
                    i = j
                    continue
            i += 1
        return found

    def short_form(self, name: str) -> str | None:
        """The one known entity that ``name`` shortens by its generic last word ("Tsinghua"
        for "Tsinghua University"), or None when none or several do.

        >>> Gazetteer([("thu", "Tsinghua University", ["University"])]).short_form("Tsinghua")
        'thu'
        """
        words = normalize_name(name).split()
        if not words or len(words) > 2:
            return None
        hits = {
            eid
            for known, eid in self.names.items()
            if known.split()[:-1] == words and known.split()[-1] in _GENERIC_HEADS
        }
        return hits.pop() if len(hits) == 1 else None

    def similar(self, name: str, cutoff: float = 0.85) -> list[tuple[str, float]]:
        """Known entities whose names look like ``name`` (for fuzzy matches), best first."""
        key = normalize_name(name)
        hits: dict[str, float] = {}
        for known in difflib.get_close_matches(key, list(self.names), n=5, cutoff=cutoff):
            eid = self.names[known]
            score = round(difflib.SequenceMatcher(None, key, known).ratio(), 2)
            hits[eid] = max(score, hits.get(eid, 0.0))
        return sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))


_GENERIC_HEADS = frozenset(
    "university institute academy group company corporation district park city laboratory lab hospital".split()
)


def _capitalized(surface: str) -> bool:
    """Whether a word after the first of ``surface`` starts with a capital ("The Capital Zone")."""
    return any(word[:1].isupper() for word in surface.split()[1:])


def _plausible(surface: str, label: str) -> bool:
    """Short or upper-case names (AI, PCT) match only in the same case."""
    if len(surface) <= 3 or (surface.isupper() and len(surface) <= 5):
        return surface == label or surface.isupper()
    return True
