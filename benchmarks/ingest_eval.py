"""Score ``kg ingest``'s extraction on the seed articles against the hand-curated facts in data/.

Each source is treated as new: the gazetteer leaves out the entities only it names, and
its own facts are the answer key. Numeric facts are indicators and rankings; one counts as
found when its value (or rank) and its year match a curated one. The scores are computed
here on every run, never stored.

    python benchmarks/ingest_eval.py [--min-confidence 0.5] [--show]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.compile import load_ontology  # noqa: E402
from kg.dataset import load_dataset  # noqa: E402
from kg.ingest.evaluate import Score, evaluate_source, numeric_key  # noqa: E402

TARGETS = {"precision": 0.8, "recall": 0.7}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-confidence", type=float, default=0.5)
    parser.add_argument("--show", action="store_true", help="List each numeric candidate, found or missed.")
    args = parser.parse_args()
    ds = load_dataset(ROOT / "data", load_ontology(ROOT / "ontology").classes)
    kinds = ("entities", "indicators", "rankings", "numeric")
    print(f"{'source':<52}" + "".join(f"{k + ' P/R':>16}" for k in kinds) + f"{'time':>9}")
    totals = {k: Score(0, 0, 0) for k in kinds}
    missed = []
    for sid in sorted(ds.sources):
        started = time.perf_counter()
        scores, found = evaluate_source(ds, sid, min_confidence=args.min_confidence)
        took = time.perf_counter() - started
        row = "".join(f"{scores[k].precision:>10.2f}/{scores[k].recall:.2f}" for k in kinds)
        print(f"{sid[:51]:<52}{row}{took * 1000:>7.0f}ms")
        for k in kinds:
            t = totals[k]
            totals[k] = Score(
                t.true_positives + scores[k].true_positives, t.predicted + scores[k].predicted, t.gold + scores[k].gold
            )
        numeric = scores["numeric"]
        if numeric.precision < TARGETS["precision"] or numeric.recall < TARGETS["recall"]:
            missed.append(sid)
        if args.show:
            gold = [
                numeric_key(f.kind, f.data)
                for f in ds.facts
                if f.source == sid and f.kind in ("indicators", "rankings")
            ]
            predicted = []
            for kind in ("indicators", "rankings"):
                for cand in getattr(found, kind):
                    if cand.confidence >= args.min_confidence:
                        key = numeric_key(kind, cand.data)
                        predicted.append(key)
                        print(f"    {'found ' if key in gold else 'extra '} {key}  {cand.quote[:70]}")
            for key in gold:
                if key not in predicted:
                    print(f"    missed {key}")
    row = "".join(f"{totals[k].precision:>10.2f}/{totals[k].recall:.2f}" for k in kinds)
    print(f"{'all five':<52}{row}")
    print(
        f"\nTargets on numeric facts, per article: precision >= {TARGETS['precision']}, recall >= {TARGETS['recall']}: "
        + ("met by every article" if not missed else "MISSED by " + ", ".join(missed))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
