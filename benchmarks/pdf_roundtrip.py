"""How much ``kg ingest`` loses when a page comes as a PDF: each HTML page of the corpus's dev part
is printed to PDF by Chromium (headless, no header or footer of its own), and both the page and
its PDF are ingested and scored against the page's gold (benchmarks/ingest_score.py's way).

The metadata a page holds only in its markup (JSON-LD, meta tags, ``<time datetime>``) is not
in its print, so a PDF's date and author are expected to fall short of the page's; its figures
should not.

    python benchmarks/pdf_roundtrip.py               # every dev HTML page
    python benchmarks/pdf_roundtrip.py --limit 1     # the smallest run (CI)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from ingest_score import CORPUS, _pr, run_one  # noqa: E402

from kg.ingest.score import Tally  # noqa: E402


def print_pdf(page: Path, out: Path) -> bool:
    """Print ``page`` to ``out`` with Chromium; whether it was written."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("chromium is needed (scripts/browser.sh installs it)")
    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            page.resolve().as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    return out.exists() and out.stat().st_size > 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="Only the first N pages (0: all).")
    args = parser.parse_args()
    pages = sorted((CORPUS / "dev").glob("*.html"))[: args.limit or None]
    totals: dict[str, dict[str, Tally]] = {"html": defaultdict(Tally), "pdf": defaultdict(Tally)}
    meta: dict[str, dict[str, int]] = {"html": defaultdict(int), "pdf": defaultdict(int)}
    furniture = {"html": 0, "pdf": 0}
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for page in pages:
            printed = scratch / "pdfs" / f"{page.stem}.pdf"
            printed.parent.mkdir(exist_ok=True)
            shutil.copy(page.with_name(page.stem + ".gold.yaml"), printed.with_name(page.stem + ".gold.yaml"))
            if not print_pdf(page, printed):
                print(f"{page.stem}: chromium printed nothing")
                continue
            for kind, article in (("html", page), ("pdf", printed)):
                score, _, error, _ = run_one(article, scratch / kind)
                for key in ("numbers", "indicators", "rankings", "posts"):
                    totals[kind][key] += score.strict[key]
                totals[kind]["lenient"] += score.lenient
                furniture[kind] += score.furniture_facts
                for key, ok in score.metadata.items():
                    meta[kind][key] += ok
                if error:
                    print(f"{page.stem} ({kind}): {error}")
    n = len(pages)
    print(
        f"{'as':6} {'numbers P/R':>12} {'indicators':>11} {'rankings':>9} {'lenient':>9} {'posts':>9}"
        "  furniture  metadata"
    )
    for kind in ("html", "pdf"):
        t = totals[kind]
        right = ", ".join(f"{key} {meta[kind][key]}" for key in ("title", "date", "author"))
        print(
            f"{kind:6} {_pr(t['numbers']):>12} {_pr(t['indicators']):>11} {_pr(t['rankings']):>9} "
            f"{_pr(t['lenient']):>9} {_pr(t['posts']):>9}  {furniture[kind]:9}  {right} of {n}"
        )
    print(f"pages printed and scored: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
