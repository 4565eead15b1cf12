"""Score extraction against the hand-curated facts of a source (used by ``benchmarks/ingest_eval.py``).

The source is treated as new: the gazetteer leaves out every entity that only this source
names, so those must be found as candidate new entities, by name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kg.dataset import Dataset, Fact, normalize_name
from kg.ingest.extract import Extraction, extract
from kg.ingest.gazetteer import Gazetteer
from kg.model import year_of

__all__ = ["Score", "entity_ids", "evaluate_source", "numeric_key"]

_ENTITY_KEYS = ("entity", "s", "o", "subject", "person", "org", "edition", "speaker", "event", "role")


def entity_ids(fact: Fact, ds: Dataset) -> set[str]:
    """The entities a fact names."""
    out: set[str] = set()
    for key in _ENTITY_KEYS:
        value = fact.data.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item in ds.entities:
                out.add(item)
    return out


def _year(data: dict[str, Any]) -> int | None:
    if data.get("year") is not None:
        return int(data["year"])
    if data.get("as_of") is not None:
        return year_of(data["as_of"])
    period = data.get("period")
    if period:
        return int(period[-1] if period[-1] is not None else period[0])
    return None


def numeric_key(kind: str, data: dict[str, Any]) -> tuple[str, float, int | None]:
    """What must match for a numeric fact to count as found: its value (or rank) and its year."""
    value = data["rank"] if kind == "rankings" else data["value"]
    return (kind, round(float(value), 4), _year(data))


@dataclass
class Score:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0


def _score(predicted: Iterable[Any], gold: Iterable[Any]) -> Score:
    p, g = Counter(predicted), Counter(gold)
    return Score(sum((p & g).values()), sum(p.values()), sum(g.values()))


def evaluate_source(ds: Dataset, source_id: str, *, min_confidence: float = 0.5) -> tuple[dict[str, Score], Extraction]:
    """Extract from one source as if it were new and score it against its curated facts."""
    source = ds.sources[source_id]
    own = [f for f in ds.facts if f.source == source_id]
    others = [f for f in ds.facts if f.source != source_id]
    gold_entities: set[str] = set()
    for fact in own:
        gold_entities |= {fact.data["entity"]} if fact.kind == "mentions" else entity_ids(fact, ds)
    known_elsewhere: set[str] = set()
    for fact in others:
        known_elsewhere |= {fact.data["entity"]} if fact.kind == "mentions" else entity_ids(fact, ds)
    gaz = Gazetteer.from_dataset(ds, leave_out=set(ds.entities) - known_elsewhere)
    measures = [(m.id, m.label, m.aliases, m.unit) for m in ds.measures.values()]
    found = extract(source.text, gaz, excluded=source.excluded, published=source.dated, measures=measures)

    names = {normalize_name(n): e.id for e in ds.entities.values() for n in [e.label, *e.aliases]}
    predicted_entities = {c.data["id"] for c in found.mentions if c.confidence >= min_confidence}
    for cand in found.entities:
        if cand.confidence >= min_confidence:
            predicted_entities.add(names.get(normalize_name(cand.data["label"]), "new:" + cand.data["id"]))
    scores = {"entities": _score(predicted_entities, gold_entities)}
    for kind in ("indicators", "rankings"):
        predicted = [numeric_key(kind, c.data) for c in getattr(found, kind) if c.confidence >= min_confidence]
        gold = [numeric_key(kind, f.data) for f in own if f.kind == kind]
        scores[kind] = _score(predicted, gold)
    predicted = [
        numeric_key(k, c.data)
        for k in ("indicators", "rankings")
        for c in getattr(found, k)
        if c.confidence >= min_confidence
    ]
    gold = [numeric_key(f.kind, f.data) for f in own if f.kind in ("indicators", "rankings")]
    scores["numeric"] = _score(predicted, gold)
    return scores, found
