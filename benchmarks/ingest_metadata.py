"""Score how ``kg ingest`` reads the articles of benchmarks/ingest_corpus: metadata and page furniture.

For each article, the metadata its registered source would get (title, date_published,
author, publisher: what ``kg ingest`` writes when no option is given) is compared with the
gold ``metadata``, and the page furniture with the gold ``furniture``:

- furniture left: a gold furniture entry still in the text facts are taken from (a line of the
  stored text that is not excluded and, with the excluded texts cut out of it, is that entry,
  holds it, or is made only of entries; a
  running head that repeats the title counts as gone when only the headline is left);
- quotes lost: gold fact quotes (indicators, rankings, posts) no longer in the source's
  content, the text with its excluded lines cut out (as the build checks quotes);
- false exclusions: excluded lines that are not furniture but body text (they hold a gold
  quote, or read as a sentence of eight words or more).

``dev`` is for tuning; ``--split test`` is the held-out report. The scores are computed on
each run, not kept.

    python benchmarks/ingest_metadata.py [--corpus ingest|metadata] [--split dev|test] [--show] [--limit N]
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.errors import KgError  # noqa: E402
from kg.ingest import article_metadata  # noqa: E402
from kg.ingest.reader import MAX_BYTES, read_article  # noqa: E402
from kg.ingest.score import author_names, norm, same_name  # noqa: E402

CORPUS = ROOT / "benchmarks" / "ingest_corpus"
#: Pages keyed for their metadata only, each in another site's or outlet's conventions.
METADATA_CORPUS = ROOT / "benchmarks" / "metadata_corpus"
FIELDS = ("title", "date_published", "author", "publisher")
TARGET = 0.9  # title, date and author right on at least 90% of the articles


def _norm(text: str) -> str:
    return " ".join(text.split())


def _value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()
    return _norm(str(value))


def _article_file(gold: Path) -> Path:
    stem = gold.name.removesuffix(".gold.yaml")
    for ext in (".txt", ".html", ".pdf"):
        path = gold.with_name(stem + ext)
        if path.exists():
            return path
    raise SystemExit(f"no article for {gold}")


def _read(path: Path) -> Any:
    if path.suffix == ".pdf":
        from kg.ingest.pdf import read_pdf

        return read_pdf(path, max_bytes=MAX_BYTES)
    return read_article(path)


def _quotes(gold: dict[str, Any]) -> list[str]:
    return [
        _norm(item["quote"])
        for kind in ("indicators", "rankings", "posts")
        for item in gold.get(kind) or []
        if item.get("quote")
    ]


def _left(furniture: list[str], kept: list[str]) -> list[str]:
    """The furniture entries still present in the kept lines."""
    left = []
    by_length = sorted(furniture, key=len, reverse=True)
    for entry in furniture:
        for line in kept:
            if line == entry or (len(entry) >= 15 and entry in line):
                left.append(entry)
                break
            if entry in line:
                rest = line
                for other in by_length:
                    rest = rest.replace(other, " ")
                if not re.search(r"\w", rest):  # the line is made of furniture only
                    left.append(entry)
                    break
    return left


def _sentence_like(line: str) -> bool:
    return len(line.split()) >= 8 and line.rstrip("\"'”’)").endswith((".", "!", "?"))


@dataclass
class Result:
    name: str
    style: str
    got: dict[str, str | None] = field(default_factory=dict)
    want: dict[str, str | None] = field(default_factory=dict)
    furniture: int = 0
    left: list[str] = field(default_factory=list)
    quotes: int = 0
    lost: list[str] = field(default_factory=list)
    false_excluded: list[str] = field(default_factory=list)
    other_excluded: list[str] = field(default_factory=list)
    error: str | None = None

    def right(self, key: str) -> bool:
        """Right as the strict scorer counts it (kg.ingest.score): a title nearly equal, the same
        date, the same set of names however the byline joins them, the same publisher."""
        if self.error is not None:
            return False
        got, want = self.got.get(key), self.want.get(key)
        if key == "title":
            return got == want or (got is not None and want is not None and same_name(got, want, threshold=0.9))
        if key == "author":
            return author_names(got) == author_names(want)
        if key == "publisher":
            return norm(got) == norm(want)
        return got == want


def score(gold_path: Path) -> Result:
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    path = _article_file(gold_path)
    result = Result(path.name, gold.get("style", "?"))
    result.want = {key: _value(gold["metadata"].get(key)) for key in FIELDS}
    furniture = [_norm(f) for f in gold.get("furniture") or []]
    quotes = _quotes(gold)
    result.furniture, result.quotes = len(furniture), len(quotes)
    try:
        article = _read(path)
    except KgError as exc:
        result.error = str(exc)
        result.left, result.lost = furniture, quotes
        return result
    meta = article_metadata(article)
    result.got = {key: _value(meta.get(key)) for key in FIELDS}
    excluded = {_norm(line) for line in article.excluded}
    kept = [_norm(line) for line in article.text.split("\n")]
    kept = [line for line in kept if line and line not in excluded]
    for junk in sorted(excluded, key=len, reverse=True):  # the build cuts excluded text wherever it is
        kept = [line.replace(junk, " \u241e ") if junk in line else line for line in kept]
    # a running head that repeats the title (a PDF's) has gone when only the headline is left
    title = result.want["title"]
    result.left = [f for f in _left(furniture, kept) if f != title or kept.count(f) > 1]
    content = _norm(article.text)
    for junk in sorted(excluded, key=len, reverse=True):
        content = content.replace(junk, " \u241e ")
    result.lost = [q for q in quotes if q not in content]
    for junk in article.excluded:
        line = _norm(junk)
        if line in furniture:
            continue
        if any(q in line for q in quotes) or _sentence_like(line):
            result.false_excluded.append(line)
        else:
            result.other_excluded.append(line)
    return result


def _short(value: str | None, width: int = 40) -> str:
    text = "-" if value is None else value
    return text if len(text) <= width else text[: width - 1] + "…"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument(
        "--corpus",
        choices=("ingest", "metadata"),
        default="ingest",
        help="ingest_corpus (articles with every fact keyed), or metadata_corpus (pages keyed for metadata only)",
    )
    parser.add_argument("--show", action="store_true", help="Show wrong fields, furniture left and lines excluded.")
    parser.add_argument("--limit", type=int, default=0, help="Score only the first N articles (0: all).")
    args = parser.parse_args()
    corpus = CORPUS if args.corpus == "ingest" else METADATA_CORPUS
    results = [score(p) for p in sorted((corpus / args.split).glob("*.gold.yaml"))[: args.limit or None]]
    print(f"{'article':<48}{'title':>6}{'date':>6}{'author':>7}{'publ.':>6}{'furniture':>11}{'q.lost':>7}{'false':>6}")
    for r in results:
        marks = "".join(f"{'ok' if r.right(k) else 'NO':>{w}}" for k, w in zip(FIELDS, (6, 6, 7, 6), strict=True))
        furn = f"{r.furniture - len(r.left)}/{r.furniture}"
        print(f"{r.name[:47]:<48}{marks}{furn:>11}{len(r.lost):>7}{len(r.false_excluded):>6}")
        if args.show:
            if r.error:
                print(f"    not read: {r.error}")
            for key in FIELDS:
                if not r.right(key) and not r.error:
                    print(f"    {key}: got {_short(r.got.get(key), 60)!r}, want {_short(r.want.get(key), 60)!r}")
            for line in r.left:
                print(f"    furniture left: {line!r}")
            for line in r.lost:
                print(f"    quote lost: {_short(line, 80)!r}")
            for line in r.false_excluded:
                print(f"    body excluded: {_short(line, 80)!r}")
            for line in r.other_excluded:
                print(f"    also excluded: {_short(line, 80)!r}")
    n = len(results)
    print()
    print(f"{args.split}: {n} articles")
    accuracy = {}
    for key in FIELDS:
        right = sum(r.right(key) for r in results)
        accuracy[key] = right / n if n else 0.0
        print(f"  {key:<15} {right:>3}/{n}  {accuracy[key]:.0%}")
    furniture = sum(r.furniture for r in results)
    left = sum(len(r.left) for r in results)
    quotes = sum(r.quotes for r in results)
    lost = sum(len(r.lost) for r in results)
    false = sum(len(r.false_excluded) for r in results)
    recall = (furniture - left) / furniture if furniture else 1.0
    print(f"  furniture recall {furniture - left}/{furniture}  {recall:.1%}  ({left} lines left in the text)")
    print(f"  false exclusions {false}   gold quotes lost {lost}/{quotes}")
    unread = [r.name for r in results if r.error]
    if unread:
        print(f"  not read: {', '.join(unread)}")
    met = all(accuracy[k] >= TARGET for k in ("title", "date_published", "author")) and left == 0
    print(f"  targets (title, date, author >= {TARGET:.0%}; no furniture left): {'met' if met else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
