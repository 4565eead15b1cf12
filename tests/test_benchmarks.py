"""Every benchmark runs at its smallest size, so one that breaks fails the build.

These are not timed tests: each benchmark prints its figures and the test checks only that
it ran to the end and printed them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"

#: Each benchmark's smallest run, and a line its output must hold.
SMALLEST: dict[str, tuple[list[str], str]] = {
    "analysis_scale.py": (["--sizes", "2000", "--view-nodes", "200", "--runs", "1"], "analyze (all measures)"),
    "ingest_agreement.py": (["--limit", "1"], "keyed twice: 1 article\n"),
    "ingest_eval.py": ([], "all five"),
    "ingest_metadata.py": (["--limit", "2"], "dev: 2 articles"),
    "ingest_score.py": (["--limit", "1", "--apply"], "drafts merged as they stand: 1 of 1"),
    "lookup_speed.py": (["--runs", "1"], "ratio kg/baseline"),
    "pages.py": (["--runs", "1", "--triples", "3000"], "target: median at most 500 ms per page"),
    "pdf_roundtrip.py": (["--limit", "1"], "pages printed and scored: 1"),
    "serve_load.py": (["--clients", "1", "--seconds", "0.3"], "label lookup: kg serve has"),
    "stores_scale.py": (["--sizes", "2000", "--timeout", "300"], "Targets at 2,000 triples"),
}


def test_every_benchmark_has_a_smallest_run() -> None:
    assert sorted(p.name for p in BENCHMARKS.glob("*.py")) == sorted(SMALLEST)


@pytest.mark.parametrize("name", sorted(SMALLEST))
def test_the_benchmark_runs_at_its_smallest_size(name: str) -> None:
    if name in ("analysis_scale.py", "pdf_roundtrip.py") and shutil.which("chromium") is None:
        pytest.fail("chromium is needed for the browser figure (scripts/browser.sh installs it)")
    args, expected = SMALLEST[name]
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / name), *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert expected in done.stdout, done.stdout[-2000:]


def test_the_metadata_benchmark_scores_its_own_corpus_with_the_strict_scorers_rules() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "ingest_metadata.py"),
            "--corpus",
            "metadata",
            "--split",
            "test",
            "--limit",
            "3",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "test: 3 articles" in done.stdout, done.stdout[-2000:]


def test_the_agreement_benchmark_finds_a_key_the_same_as_itself(tmp_path: Path) -> None:
    # the second key made of the first key's own files: every fact, rank, post and metadata field the same
    dev = BENCHMARKS / "ingest_corpus" / "dev"
    names = ("blog-ustb-patent-licensing-ranking-2025", "press-release-beijing-international-rankings-2024")
    for name in (*names, "brief-a-35-beijing-game-exports"):  # (a key with new entities and aliases)
        shutil.copy(dev / f"{name}.gold.yaml", tmp_path)
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "ingest_agreement.py"), "--second", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    first = done.stdout.split("second key against the first:")[1].split("kg ingest's draft")[0]
    lines = [" ".join(line.split()[:5]) for line in first.strip().splitlines()]
    assert lines == [f"{kind} precision 1.000, recall 1.000" for kind in ("numbers", "indicators", "rankings", "posts")]
    assert "metadata the same in both keys: title 3 of 3, date 3 of 3, author 3 of 3, publisher 3 of 3" in done.stdout
    # the facts both keys agree on are then all the first key's: the draft finds as many of them as of the first key
    against_first = done.stdout.split("against the first key:")[1].split("kg ingest's draft against the second")[0]
    both = done.stdout.split("found by the draft:")[1].split("judged by meaning")[0].rsplit("\n", 1)[0]
    recalls = [line.split("recall ")[1].split(",")[0].split()[0] for line in against_first.strip().splitlines()]
    assert [line.split("recall ")[1].split()[0] for line in both.strip().splitlines()] == recalls
    judged = done.stdout.split("judged by meaning")[1]
    assert "second key against the first: precision 1.000, recall 1.000" in judged


def _agreement_module() -> object:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import ingest_agreement  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(BENCHMARKS))
    return ingest_agreement


def test_a_name_judged_by_meaning_counts_only_when_both_judges_read_it_the_same(tmp_path: Path) -> None:
    module = _agreement_module()
    header = (
        "who\tarticle\tquote\treference\tother\tother_unit\tjudge1_measure\tjudge1_unit\tjudge2_measure\tjudge2_unit"
    )
    rows = [
        "draft\ta\tRevenue rose to 5 billion yuan\tindustry revenue\trevenue\tyuan\tsame\tok\tsame\tok",
        "draft\ta\tSome 40 firms moved in\tfirms moved in\tfirms\tcount\tsame\tok\tdifferent\tok",
        "second\tb\tThe park spans 2 square kilometres\tarea\tpark area\tcount\tsame\tok\tsame\twrong",
    ]
    path = tmp_path / "judged.tsv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    assert module.judgements(path) == {  # type: ignore[attr-defined]
        ("draft", "a", "Revenue rose to 5 billion yuan", "industry revenue", "revenue"): True,
        ("draft", "a", "Some 40 firms moved in", "firms moved in", "firms"): False,
        ("second", "b", "The park spans 2 square kilometres", "area", "park area"): False,
    }
    assert module.judgements(tmp_path / "missing.tsv") == {}  # type: ignore[attr-defined]


def test_the_interval_over_articles_widens_with_their_spread() -> None:
    from kg.ingest.score import Tally

    interval = _agreement_module().interval  # type: ignore[attr-defined]
    assert interval([Tally(8, 10, 10)] * 5) == ((0.8, 0.8), (0.8, 0.8))
    (low, high), (rlow, rhigh) = interval([Tally(10, 10, 20), Tally(0, 10, 20)] * 3)
    assert low < 0.5 < high and rlow < 0.25 < rhigh
