"""How far two careful readers agree: a second key of some dev articles, made independently, scored
against the first with the strict scorer's rules (kg.ingest.score), as if it were a draft.

The second key (``benchmarks/ingest_corpus/agreement/``) was written by readers who followed the
corpus's annotation guide and saw neither the first key nor the extractor. Its precision against
the first key is the share of the second reader's facts the first reader keyed the same way; its
recall, the share of the first reader's facts the second found. What two readers do not agree on
is no fair target for a program: this is the ceiling of the strict score on such text.

A new measure in the second key is proposed under its first name, as a draft proposes one name;
the first key's accepted names decide, as for a draft.

    python benchmarks/ingest_agreement.py            # every article keyed twice
    python benchmarks/ingest_agreement.py --limit 1  # the smallest run (CI)
    python benchmarks/ingest_agreement.py --show     # what each article's keys disagree on

Beside each pooled figure, its 95% interval from drawing the articles again with replacement.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest_score import ARTICLE_SUFFIXES, CORPUS, draft_of, gold_of  # noqa: E402

from kg.ingest.extract import slug  # noqa: E402
from kg.ingest.score import Tally, score_article  # noqa: E402

SECOND = CORPUS / "agreement"
#: misses whose only fault is the measure's name or the unit, judged by meaning by two judges
JUDGEMENTS = SECOND / "measure-judgements.tsv"
NAMING = ("measure", "unit", "measure+unit")


def judgements(path: Path = JUDGEMENTS) -> dict[tuple[str, str, str, str, str], bool]:
    """For each judged pair, keyed by (who, article, quote, the reference key's names, other name):
    whether both judges read the other name as the same measure as the reference key's, in a fitting
    unit (the name differs in words, not in what it counts)."""
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as f:
        return {
            (row["who"], row["article"], row["quote"], row["reference"], row["other"]): row["judge1_measure"]
            == row["judge2_measure"]
            == "same"
            and row["judge1_unit"] == row["judge2_unit"] == "ok"
            for row in csv.DictReader(f, delimiter="\t")
        }


def key_as_draft(key: dict[str, Any], known: dict[str, list[str]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """A key in the gold format as a draft and a registered source's metadata, for the scorer.

    >>> draft, source = key_as_draft({"metadata": {"title": "T"}, "indicators": [{"subject": "Qiyuan Labs",
    ...     "measure": {"new": ["staff", "employees"]}, "value": 40, "unit": "count", "year": 2025}]}, {})
    >>> draft["indicators"][0]["subject"], draft["measures"], source["title"]
    ('e-qiyuan-labs', [{'id': 'm-staff', 'label': 'staff'}], 'T')
    """
    entities: dict[str, str] = {}
    measures: dict[str, str] = {}

    def entity(name: Any) -> str:
        name = str(name)
        if name in known:
            return name
        eid = "e-" + slug(name)
        entities[eid] = name
        return eid

    def measure(wanted: Any) -> str:
        if not isinstance(wanted, dict):
            return str(wanted)
        first = str((wanted.get("new") or [""])[0])
        mid = "m-" + slug(first)
        if mid.endswith(("-growth", "-growth-rate", "-multiple")):
            mid += "-measure"  # (the scorer reads such an id as the change of another measure)
        measures[mid] = first
        return mid

    indicators = [
        {**g, "subject": entity(g.get("subject")), "measure": measure(g.get("measure"))}
        for g in key.get("indicators") or []
        if isinstance(g, dict)
    ]
    rankings = []
    for g in key.get("rankings") or []:
        if not isinstance(g, dict):
            continue
        index = str(g.get("index"))
        label = " ".join(str(x) for x in ((known.get(index) or [index])[0], g.get("edition_year")) if x is not None)
        edition = "ed-" + slug(label)
        entities[edition] = label
        rankings.append({**g, "entity": entity(g.get("entity")), "edition": edition, "year": g.get("edition_year")})
    posts = [
        {**g, "person": entity(g.get("person")), "org": entity(g.get("org"))}
        for g in key.get("posts") or []
        if isinstance(g, dict)
    ]
    draft = {
        "entities": [{"id": k, "label": v} for k, v in entities.items()],
        "measures": [{"id": k, "label": v} for k, v in measures.items()],
        "indicators": indicators,
        "rankings": rankings,
        "posts": posts,
    }
    return draft, dict(key.get("metadata") or {})


def consensus(
    first: dict[str, Any], second: dict[str, Any], known: dict[str, list[str]], measures: set[str]
) -> dict[str, Any]:
    """The first key with only the facts the second key (as a draft) has the same: what both readers agree on."""
    # (everything but the facts kept: the new entities and aliases a draft's names are matched through)
    agreed: dict[str, Any] = {k: v for k, v in first.items() if k not in ("indicators", "rankings", "posts")}
    for kind in ("indicators", "rankings", "posts"):
        agreed[kind] = [
            fact
            for fact in first.get(kind) or []
            if isinstance(fact, dict)
            and score_article({**agreed, kind: [fact]}, second, {}, known, measures).strict[kind].right
        ]
    return agreed


def interval(
    tallies: list[Tally], rounds: int = 2000, seed: int = 0
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The 95% intervals of pooled precision and recall over articles drawn again with replacement
    (a percentile bootstrap): how far the figures could move on another set of such articles.

    >>> interval([Tally(8, 10, 10), Tally(8, 10, 10)])
    ((0.8, 0.8), (0.8, 0.8))
    >>> (lo, hi), _ = interval([Tally(10, 10, 10), Tally(0, 10, 10)]); lo < 0.5 < hi
    True
    """
    draw = random.Random(seed)
    precisions, recalls = [], []
    for _ in range(rounds):
        total = Tally()
        for t in draw.choices(tallies, k=len(tallies)):
            total += t
        precisions.append(total.precision)
        recalls.append(total.recall)

    def middle(xs: list[float]) -> tuple[float, float]:
        xs.sort()
        return xs[int(0.025 * (len(xs) - 1))], xs[int(0.975 * (len(xs) - 1))]

    return middle(precisions), middle(recalls)


def _pr(t: Tally) -> str:
    return f"{t.precision:4.2f}/{t.recall:4.2f}"


def _article(stem: str) -> Path:
    return next(p for p in sorted((CORPUS / "dev").glob(stem + ".*")) if p.suffix in ARTICLE_SUFFIXES)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="Score only the first N articles (0: all).")
    parser.add_argument("--show", action="store_true", help="List the first key's facts the second keyed otherwise.")
    parser.add_argument("--second", type=Path, default=SECOND, help="The folder of the second key's files.")
    args = parser.parse_args()

    seconds = sorted(args.second.glob("*.gold.yaml"))[: args.limit or None]
    if not seconds:
        parser.error(f"no second key in {args.second}")
    # what is compared with what: the second key with the first, and the draft with each key
    pairs = ("second/first", "draft/first", "draft/second")
    total: dict[str, dict[str, Tally]] = {pair: defaultdict(Tally) for pair in (*pairs, "draft/both")}
    faults: dict[str, dict[str, int]] = {pair: defaultdict(int) for pair in (*pairs, "draft/both")}
    meta: dict[str, int] = defaultdict(int)
    verdicts, judged = judgements(), {"second/first": Tally(), "draft/first": Tally()}
    unjudged: dict[str, int] = defaultdict(int)
    each: dict[str, dict[str, list[Tally]]] = {pair: defaultdict(list) for pair in pairs}  # per article
    print(f"{'article':<48}" + "".join(f"{p + ' numbers':>22}" for p in pairs) + f"{'posts (2nd/1st)':>17}")
    with tempfile.TemporaryDirectory(prefix="kg-ingest-agreement-") as tmp:
        for path in seconds:
            stem = path.name.removesuffix(".gold.yaml")
            article = _article(stem)
            first, second = gold_of(article), yaml.safe_load(path.read_text("utf-8")) or {}
            made = draft_of(article, Path(tmp))
            as_draft, as_source = key_as_draft(second, made.known)
            agreed = consensus(first, as_draft, made.known, made.measures)
            scores = {
                "second/first": score_article(first, as_draft, as_source, made.known, made.measures),
                "draft/first": score_article(first, made.draft, made.source, made.known, made.measures, made.text),
                "draft/second": score_article(second, made.draft, made.source, made.known, made.measures, made.text),
                "draft/both": score_article(agreed, made.draft, made.source, made.known, made.measures, made.text),
            }
            for pair, score in scores.items():
                for kind in ("numbers", "indicators", "rankings", "posts"):
                    total[pair][kind] += score.strict[kind]
                    if pair in each:
                        each[pair][kind].append(score.strict[kind])
                for fault, count in score.faults.items():
                    faults[pair][fault] += count
            for pair, who, draft in (("second/first", "second", as_draft), ("draft/first", "draft", made.draft)):
                labels = {m["id"]: m.get("label") or m["id"] for m in draft.get("measures") or []}
                judged[pair] += scores[pair].strict["numbers"]
                counted: set[int] = set()
                for gold, fault, near in scores[pair].nearest:
                    if fault not in NAMING or id(near) in counted:
                        continue
                    other = str(labels.get(near.get("measure"), near.get("measure")))
                    wanted = gold.get("measure")
                    names = " | ".join(wanted.get("new") or []) if isinstance(wanted, dict) else str(wanted)
                    pair_key = (who, stem, " ".join(str(gold.get("quote")).split()), names, other)
                    if pair_key not in verdicts:
                        unjudged[pair] += 1
                    elif verdicts[pair_key] and judged[pair].right < judged[pair].proposed:
                        judged[pair].right += 1  # (at most one right per proposal: never above what was proposed)
                        counted.add(id(near))
            for name, same in scores["second/first"].metadata.items():
                meta[name] += same
            print(
                f"{stem[:47]:<48}"
                + "".join(f"{_pr(scores[p].strict['numbers']):>22}" for p in pairs)
                + f"{_pr(scores['second/first'].strict['posts']):>17}"
            )
            if args.show:
                for miss in scores["second/first"].misses:
                    print("    " + miss.replace("\n", "\n    "))
    n = len(seconds)
    print(f"\nkeyed twice: {n} article" + ("s" if n != 1 else ""))
    said = {
        "second/first": "second key against the first",
        "draft/first": "kg ingest's draft against the first key",
        "draft/second": "kg ingest's draft against the second key",
    }
    for pair in pairs:
        print(f"  {said[pair]}:")
        for kind in ("numbers", "indicators", "rankings", "posts"):
            t = total[pair][kind]
            (plo, phi), (rlo, rhi) = interval(each[pair][kind])
            print(
                f"    {kind:<11} precision {t.precision:.3f}, recall {t.recall:.3f} "
                f"({t.right} the same of {t.proposed} and {t.gold}; "
                f"95% over articles: {plo:.2f}-{phi:.2f}, {rlo:.2f}-{rhi:.2f})"
            )
    print("  the facts both keys have the same (the first key's, where the second agrees), found by the draft:")
    for kind in ("numbers", "indicators", "rankings", "posts"):
        t = total["draft/both"][kind]
        print(f"    {kind:<11} recall {t.recall:.3f} ({t.right} of {t.gold})")
    print("  numbers, with measure names and units judged by meaning (both judges: the same; measure-judgements.tsv):")
    for pair in judged:
        t = judged[pair]
        print(
            f"    {said[pair]}: precision {t.precision:.3f}, recall {t.recall:.3f} "
            f"({t.right} of {t.proposed} and {t.gold}; {unjudged[pair]} such misses not judged)"
        )
    print("  metadata the same in both keys: " + ", ".join(f"{k} {v} of {n}" for k, v in meta.items()))
    print("  indicators of the reference key the other keyed otherwise, by what differs:")
    kinds = sorted({f for pair in pairs for f in faults[pair]}, key=lambda f: -faults["second/first"].get(f, 0))
    print(f"    {'':<30}" + "".join(f"{p:>14}" for p in pairs))
    for fault in kinds:
        print(f"    {fault:<30}" + "".join(f"{faults[p].get(fault, 0):>14}" for p in pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
