"""Score ``kg ingest`` strictly on the evaluation corpus (benchmarks/ingest_corpus), per style.

Each article is ingested as a new user would (``kg ingest ARTICLE`` with no options, in a
fresh copy of the project); the draft written under ``drafts/`` and the registered source's
metadata are scored against the article's gold annotation (kg.ingest.score). Rules are tuned
on ``dev/``; ``test/`` is held out and only reported. The scores are computed on every run.

    python benchmarks/ingest_score.py                 # dev/
    python benchmarks/ingest_score.py --split test    # the held-out part, to report
    python benchmarks/ingest_score.py --limit 2       # the smallest run (CI)
    python benchmarks/ingest_score.py --show          # list what each article missed
    python benchmarks/ingest_score.py --apply         # also merge each draft unedited (kg ingest --apply)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.errors import KgError  # noqa: E402
from kg.ingest import apply_draft, ingest  # noqa: E402
from kg.ingest.score import ArticleScore, Tally  # noqa: E402
from kg.ingest.score import score_article as score_one  # noqa: E402
from kg.project import Project  # noqa: E402

CORPUS = ROOT / "benchmarks" / "ingest_corpus"
TARGETS = {"numbers precision": 0.9, "numbers recall": 0.8, "posts": 0.9, "metadata": 0.9, "furniture facts": 0}
ARTICLE_SUFFIXES = (".txt", ".html", ".pdf")


def articles(split: str) -> list[Path]:
    folders = [CORPUS / "dev", CORPUS / "test"] if split == "all" else [CORPUS / split]
    return sorted(
        p
        for folder in folders
        for p in folder.iterdir()
        if p.suffix in ARTICLE_SUFFIXES and not p.name.endswith(".pdf.txt")
    )


@dataclass
class Drafted:
    """What ``kg ingest`` made of one article in a fresh copy of the project."""

    project: Project
    draft: dict[str, Any]
    source: dict[str, Any]  # the registered source's metadata
    text: str | None  # the source's text as registered (None when the ingest failed)
    known: dict[str, list[str]]  # the graph's entity ids and their names
    measures: set[str]  # the graph's measure ids
    took: float  # seconds
    error: str | None  # the ingest's error
    draft_path: Path | None = None


def draft_of(article: Path, scratch: Path) -> Drafted:
    """Ingest ``article`` as a new user would, into a fresh copy of the project under ``scratch``."""
    from kg.compile import load_ontology
    from kg.dataset import load_dataset

    project_dir = scratch / article.stem
    shutil.copytree(ROOT / "ontology", project_dir / "ontology")
    shutil.copytree(ROOT / "data", project_dir / "data")
    project = Project(project_dir)
    ds = load_dataset(project.data_dir, load_ontology(project.ontology_dir).classes)
    known = {e.id: [e.label, *e.aliases] for e in ds.entities.values()}
    started = time.perf_counter()
    try:
        result = ingest(project, article)
    except KgError as exc:
        return Drafted(project, {}, {}, None, known, set(ds.measures), time.perf_counter() - started, str(exc))
    took = time.perf_counter() - started
    draft = yaml.safe_load(result.draft.read_text("utf-8")) or {}
    source = yaml.safe_load((project.data_dir / "sources" / f"{result.source_id}.yaml").read_text("utf-8")) or {}
    text = (project.data_dir / "sources" / f"{result.source_id}.txt").read_text("utf-8")
    return Drafted(project, draft, source, text, known, set(ds.measures), took, None, result.draft)


def gold_of(article: Path) -> dict[str, Any]:
    """The article's gold annotation (its first key)."""
    return yaml.safe_load(article.with_name(article.name.rsplit(".", 1)[0] + ".gold.yaml").read_text("utf-8"))


def run_one(article: Path, scratch: Path, *, apply: bool = False) -> tuple[ArticleScore, float, str | None, str | None]:
    """Ingest ``article`` into a fresh copy of the project and score the draft; with ``apply``,
    then merge the draft as it stands. The score, the ingest time, the ingest's error and the
    merge's error ("" when not tried)."""
    made = draft_of(article, scratch)
    score = score_one(gold_of(article), made.draft, made.source, made.known, made.measures, made.text)
    merged: str | None = ""
    if apply and made.draft_path is not None:
        try:
            apply_draft(made.project, made.draft_path)
            merged = None
        except KgError as exc:
            merged = str(exc)
    return score, made.took, made.error, merged


def _pr(t: Tally) -> str:
    return f"{t.precision:4.2f}/{t.recall:4.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--limit", type=int, default=0, help="Score only the first N articles (0: all).")
    parser.add_argument("--show", action="store_true", help="List the gold facts each article missed.")
    parser.add_argument(
        "--apply", action="store_true", help="Also merge each draft as it stands, and count the merges."
    )
    parser.add_argument(
        "names", nargs="*", metavar="PATTERN", help="Score only the articles whose names match (shell patterns)."
    )
    args = parser.parse_args()
    chosen = [a for a in articles(args.split) if not args.names or any(fnmatch(a.stem, n) for n in args.names)]
    chosen = chosen[: args.limit or None]
    if not chosen:
        parser.error("no article matches")
    by_style: dict[str, dict[str, Tally]] = defaultdict(lambda: defaultdict(Tally))
    total: dict[str, Tally] = defaultdict(Tally)
    meta_right: dict[str, int] = defaultdict(int)
    furniture = 0
    faults: dict[str, int] = defaultdict(int)
    unfounded = 0
    unmerged: list[str] = []
    seconds = 0.0
    print(f"{'article':<46}{'numbers P/R':>13}{'lenient P/R':>13}{'posts P/R':>11}{'furn':>6}  metadata   time")
    with tempfile.TemporaryDirectory(prefix="kg-ingest-score-") as tmp:
        for article in chosen:
            score, took, error, merge_error = run_one(article, Path(tmp), apply=args.apply)
            if merge_error:
                unmerged.append(f"{article.stem}: {merge_error}")
            seconds += took
            style = yaml.safe_load(article.with_name(article.name.rsplit(".", 1)[0] + ".gold.yaml").read_text())[
                "style"
            ]
            for kind in ("numbers", "indicators", "rankings", "posts"):
                by_style[style][kind] += score.strict[kind]
                total[kind] += score.strict[kind]
            by_style[style]["lenient"] += score.lenient
            total["lenient"] += score.lenient
            furniture += score.furniture_facts
            for fault, count in score.faults.items():
                faults[fault] += count
            unfounded += len(score.unfounded)
            for key, ok in score.metadata.items():
                meta_right[key] += ok
            meta = "".join(k[0].upper() if ok else "." for k, ok in score.metadata.items())
            print(
                f"{article.stem[:45]:<46}{_pr(score.strict['numbers']):>13}{_pr(score.lenient):>13}"
                f"{_pr(score.strict['posts']):>11}{score.furniture_facts:>6}  {meta:<9}{took:6.1f}s"
                + (f"  FAILED: {error}" if error else "")
            )
            if args.show:
                for miss in score.misses:
                    print(f"    missed {miss}")
                for extra in score.unfounded:
                    print(f"    unfounded indicator: {extra}")
    print(f"\nby style ({args.split}){'':<23}{'numbers P/R':>13}{'lenient P/R':>13}{'posts P/R':>11}")
    for style in sorted(by_style):
        t = by_style[style]
        print(f"  {style:<44}{_pr(t['numbers']):>13}{_pr(t['lenient']):>13}{_pr(t['posts']):>11}")
    n = len(chosen)
    print(
        f"\nall {n} articles: numbers strict P/R {_pr(total['numbers'])} "
        f"(indicators {_pr(total['indicators'])}, rankings {_pr(total['rankings'])}); "
        f"lenient {_pr(total['lenient'])}; posts {_pr(total['posts'])}; furniture facts {furniture}"
    )
    print(
        "missed indicators, by what the nearest proposal got wrong: "
        + ", ".join(f"{k} {v}" for k, v in sorted(faults.items(), key=lambda kv: -kv[1]))
    )
    print(f"proposed indicators whose value no gold indicator has: {unfounded}")
    print("metadata right: " + ", ".join(f"{k} {meta_right[k]}/{n}" for k in ("title", "date", "author", "publisher")))
    print(f"ingest time: {seconds:.1f} s in all, {seconds / max(n, 1):.2f} s per article")
    if args.apply:
        print(f"drafts merged as they stand: {n - len(unmerged)} of {n}")
        for line in unmerged:
            print(f"    not merged: {line}")
    checks = {
        "numbers precision": total["numbers"].precision >= TARGETS["numbers precision"],
        "numbers recall": total["numbers"].recall >= TARGETS["numbers recall"],
        "posts": min(total["posts"].precision, total["posts"].recall) >= TARGETS["posts"],
        "metadata": all(meta_right[k] >= TARGETS["metadata"] * n for k in ("title", "date", "author")),
        "furniture facts": furniture == 0,
    }
    print("targets: " + ", ".join(f"{k} {'met' if ok else 'MISSED'}" for k, ok in checks.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
