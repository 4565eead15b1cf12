"""Ingest new articles: register the source, draft candidate facts for review, merge the reviewed draft.

``kg ingest ARTICLE`` calls :func:`ingest`; ``kg ingest --apply DRAFT`` calls :func:`apply_draft`.
Extraction is by rules and the graph's own gazetteer (:mod:`kg.ingest.extract`); it needs
no network and no model download.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import BuildError, DataError, KgError
from kg.files import write_file
from kg.project import Project

__all__ = ["ingest", "apply_draft", "IngestResult", "ApplyResult", "MergeError", "DRAFTS_DIR"]

DRAFTS_DIR = "drafts"


class MergeError(KgError):
    """A reviewed draft was not merged; nothing changed."""


@dataclass
class IngestResult:
    source_id: str
    registered: list[Path]  # the files written under data/sources (none when the text was known)
    draft: Path
    counts: dict[str, int]
    statuses: dict[str, int]
    reused: bool = False


@dataclass
class ApplyResult:
    source_id: str
    written: list[Path]
    counts: dict[str, int]
    skipped: list[str] = field(default_factory=list)


def _dataset(project: Project) -> Any:
    from kg.compile import load_ontology
    from kg.dataset import load_dataset

    return load_dataset(project.data_dir, load_ontology(project.ontology_dir).classes)


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def _dateline(text: str) -> str | None:
    """A publication date stated near the top of the text ("Updated: Dec 15,2020", "- Dec 23, 2020-")."""
    head = "\n".join(text.splitlines()[:8])
    from kg.ingest.reader import calendar_date

    m = re.search(r"\b(" + "|".join(_MONTHS) + r")[a-z]*\.?\s+(\d{1,2}),\s*(\d{4})\b", head, re.I)
    if m:
        found = f"{m.group(3)}-{_MONTHS.index(m.group(1).lower()[:3]) + 1:02d}-{int(m.group(2)):02d}"
        return found if calendar_date(found) else None
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", head)
    return m.group(0) if m and calendar_date(m.group(0)) else None


def _title_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 200 and not line.endswith((".", "|")) else None
    return None


def _create_all(files: dict[Path, bytes]) -> None:
    """Create every file or none: a failure removes the ones already created."""
    done: list[Path] = []
    try:
        for path, data in files.items():
            if path.exists():
                raise KgError(f"{path} already exists")
            path.parent.mkdir(parents=True, exist_ok=True)
            write_file(path, data)
            done.append(path)
    except BaseException as exc:
        for path in done:
            path.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise KgError(f"cannot write {exc.filename or 'the files'}: {exc.strerror or exc}") from None
        raise


def ingest(
    project: Project,
    article: Path,
    *,
    title: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    date: str | None = None,
    url: str | None = None,
    source_id: str | None = None,
    out: Path | None = None,
    encoding: str | None = None,
    max_bytes: int | None = None,
    min_confidence: float = 0.5,
) -> IngestResult:
    """Register ``article`` as a source and write a draft of the facts found in it."""
    import yaml

    from kg.errors import BadInputError
    from kg.ingest.draft import annotate, render_draft, source_id_for
    from kg.ingest.extract import Gazetteer, extract
    from kg.ingest.reader import MAX_BYTES, calendar_date, read_article

    if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise BadInputError(f"--date must be YYYY-MM-DD, not {date!r}")
    if date is not None and not calendar_date(date):
        raise BadInputError(f"--date must be a real date (YYYY-MM-DD), not {date!r}")
    if out is not None and str(out) == "-":
        raise BadInputError("--out must be a file (the draft is for review), not '-'")
    art = read_article(article, max_bytes=max_bytes or MAX_BYTES, encoding=encoding)
    ds = _dataset(project)
    sources_dir = project.data_dir / "sources"
    known = {s.text: s.id for s in ds.sources.values()}
    reused = art.text in known
    files: dict[Path, bytes] = {}
    if reused:
        sid = known[art.text]
        source = ds.sources[sid]
        excluded, published = source.excluded, source.date_published
        if source_id and source_id != sid:
            raise BadInputError(f"this text is already source {sid!r}")
    else:
        title = title or art.title or _title_line(art.text)
        sid = source_id or source_id_for(title, article.stem, ds.sources)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", sid):
            raise BadInputError(f"--id must be lower-case letters, digits and dashes, not {sid!r}")
        if sid in ds.sources:
            raise BadInputError(f"source {sid!r} already exists (with another text); choose another --id")
        published = date or art.date or _dateline(art.text)
        meta: dict[str, Any] = {
            "id": sid,
            "title": title,
            "publisher": publisher or art.publisher,
            "author": author or art.author,
            "date_published": published,
            "language": "en",
            "seed": article.name,
            "url": url or art.url,
            "excluded": art.excluded,
        }
        if art.encoding not in ("utf-8", "ascii"):
            meta["encoding"] = art.encoding
        text_bytes = art.text.encode("utf-8")
        files[sources_dir / f"{sid}.txt"] = text_bytes
        if art.is_html:
            meta["html"] = f"{sid}.html"
            files[sources_dir / f"{sid}.html"] = art.raw
        header = "# Registered by kg ingest; the text is in the .txt file beside this one.\n"
        files[sources_dir / f"{sid}.yaml"] = (
            header + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10**6)
        ).encode("utf-8")
        excluded = art.excluded
    gaz = Gazetteer.from_dataset(ds)
    measures = [(m.id, m.label, m.aliases, m.unit) for m in ds.measures.values()]
    text = ds.sources[sid].text if reused else art.text
    found = extract(text, gaz, excluded=excluded, published=published, measures=measures)
    annotate(found, ds)
    draft_path = out or project.root / DRAFTS_DIR / f"{sid}.yaml"
    rel = os.path.relpath(draft_path, Path.cwd()) if draft_path.is_absolute() else str(draft_path)
    header_lines = [
        f"Draft facts from source {sid} ({'already registered' if reused else 'registered by kg ingest'}).",
        "Review it, then merge it with:",
        f"  kg ingest --apply {rel}",
        "One candidate per block. 'review' says how sure the extraction is (confidence, 0-1) and",
        "whether the graph already has the fact (status: new, duplicate, extends or contradicts;",
        "existing: the fact compared). Correct a block by editing it; reject it by deleting it.",
        "Every quote must stay verbatim source text. 'review' maps are dropped on merge.",
        "",
    ]
    draft = render_draft(found, sid, min_confidence=min_confidence, header=header_lines)
    if draft_path.exists() and not out:
        raise BadInputError(f"{draft_path} exists (a draft being reviewed?); remove it or give --out")
    problem = _trial(project, files) if files else None
    if problem:
        raise KgError(f"cannot register the article, nothing written: {problem} (see --title and --id)")
    _create_all(files)
    try:
        try:
            draft_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KgError(f"cannot write {draft_path}: {exc.strerror or exc}") from None
        write_file(draft_path, draft.encode("utf-8"))
    except BaseException:
        for path in files:
            path.unlink(missing_ok=True)
        raise
    statuses: dict[str, int] = {}
    counts: dict[str, int] = {}
    for cand in found.all():
        if cand.confidence >= min_confidence:
            counts[cand.kind] = counts.get(cand.kind, 0) + 1
            if cand.kind not in ("mentions", "entities", "measures"):
                status = cand.review.get("status", "new")
                statuses[status] = statuses.get(status, 0) + 1
    return IngestResult(sid, list(files), draft_path, counts, statuses, reused)


# --- merging a reviewed draft --------------------------------------------------------------


def _load_draft(path: Path) -> dict[str, Any]:
    import yaml

    from kg.ingest.draft import SECTIONS

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise MergeError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise MergeError(f"{path} is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise MergeError(f"{path} is not valid YAML{where}: {problem}") from None
    if not isinstance(data, dict) or not isinstance(data.get("source"), str):
        raise MergeError(f"{path} is not a draft: it needs 'source: ID' and candidate sections")
    unknown = sorted(set(data) - {"source", *SECTIONS})
    if unknown:
        raise MergeError(f"{path}: unknown section {unknown[0]!r} (sections: {', '.join(SECTIONS)})")
    for key in SECTIONS:
        value = data.get(key)
        if key == "mentions":
            if value is not None and not isinstance(value, dict):
                raise MergeError(f"{path}: 'mentions' must map entity ids to quotes")
        elif value is not None and not (isinstance(value, list) and all(isinstance(v, dict) for v in value)):
            raise MergeError(f"{path}: '{key}' must be a list of records")
    return data


def _strip(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in item.items() if k != "review"} for item in items]


def _free_name(folder: Path, stem: str) -> Path:
    path, n = folder / f"{stem}.yaml", 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}.yaml"
    return path


def _fact_key(kind: str, data: dict[str, Any]) -> str:
    return kind + repr(sorted((k, repr(v)) for k, v in data.items() if k not in ("quote", "note", "review")))


def _trial(project: Project, new_files: dict[Path, bytes], *, rename: dict[str, Path] | None = None) -> str | None:
    """Compile and SHACL-validate the project with ``new_files`` added, in a scratch copy.

    Returns None when it passes, else the first problem, with paths shown as in the
    project (a new file of a folder in ``rename`` is shown as the file named there).
    """
    from kg.build import validate_project

    with tempfile.TemporaryDirectory(prefix="kg-trial-") as scratch:
        trial = Project(Path(scratch))
        shutil.copytree(project.ontology_dir, trial.ontology_dir)
        shutil.copytree(project.data_dir, trial.data_dir, ignore=shutil.ignore_patterns("*.html"))
        for path, data in new_files.items():
            if project.data_dir in path.parents:
                (trial.root / path.relative_to(project.root)).write_bytes(data)
        try:
            _, violations = validate_project(trial)
        except KgError as exc:
            message = str(exc)
            for folder, shown in (rename or {}).items():
                for path in new_files:
                    if path.parent.name == folder and project.data_dir in path.parents:
                        message = message.replace(str(trial.root / path.relative_to(project.root)), str(shown))
            return message.replace(str(trial.root) + os.sep, "").replace(str(trial.root), ".")
        if violations:
            more = f" (and {len(violations) - 1} more)" if len(violations) > 1 else ""
            return f"SHACL: {violations[0]}{more}"
    return None


def apply_draft(project: Project, draft_path: Path) -> ApplyResult:
    """Merge a reviewed draft into ``data/``: all of it, verified and SHACL-valid, or nothing.

    New files are written beside the existing ones (``facts/<source>[-N].yaml``,
    ``entities/from-<source>.yaml``, ``measures/from-<source>.yaml``); no existing file is
    changed. The project is compiled and validated in a scratch copy first; the files are
    created only when that succeeds, and the graph is then rebuilt.
    """
    import yaml

    from kg.build import build

    draft = _load_draft(draft_path)
    sid = draft["source"]
    ds = _dataset(project)
    if sid not in ds.sources:
        raise MergeError(f"{draft_path}: unknown source {sid!r} (register the article with 'kg ingest' first)")

    mentions: dict[str, str] = {str(k): v for k, v in (draft.get("mentions") or {}).items()}
    entities, aliases_for = [], {}
    for item in _strip(draft.get("entities") or []):
        quote = item.pop("quote", None)
        same_as = item.pop("same_as", None)
        if same_as:
            aliases_for[str(same_as)] = item.get("label")
            target = str(same_as)
        else:
            entities.append(item)
            target = str(item.get("id"))
        if quote:
            mentions.setdefault(target, quote)
    measures = _strip(draft.get("measures") or [])
    for item in measures:
        item.pop("quote", None)
    have = {_fact_key(f.kind, f.data) for f in ds.facts if f.source == sid}
    facts: dict[str, Any] = {"source": sid}
    skipped: list[str] = []
    existing_mentions = {f.data["entity"] for f in ds.facts if f.source == sid and f.kind == "mentions"}
    fresh_mentions = {k: v for k, v in mentions.items() if k not in existing_mentions}
    if fresh_mentions:
        facts["mentions"] = fresh_mentions
    counts = {"mentions": len(fresh_mentions), "entities": len(entities), "measures": len(measures)}
    for kind in ("indicators", "rankings", "posts", "relations", "quotations"):
        items = []
        for i, item in enumerate(_strip(draft.get(kind) or [])):
            if _fact_key(kind, item) in have:
                skipped.append(f"{kind}[{i + 1}] (already in the graph for this source)")
                continue
            items.append(item)
        if items:
            facts[kind] = items
        counts[kind] = len(items)

    def dump(value: Any) -> bytes:
        head = f"# Merged by kg ingest --apply from {draft_path.name}.\n"
        return (head + yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=10**6)).encode("utf-8")

    new_files: dict[Path, bytes] = {}
    if len(facts) > 1:
        new_files[_free_name(project.data_dir / "facts", sid)] = dump(facts)
    if entities:
        new_files[_free_name(project.data_dir / "entities", f"from-{sid}")] = dump(entities)
    if measures:
        new_files[_free_name(project.data_dir / "measures", f"from-{sid}")] = dump(measures)
    if not new_files:
        raise MergeError(f"{draft_path}: nothing to merge (every candidate is already in the graph or was deleted)")

    problem = _trial(project, new_files, rename={"facts": draft_path})
    if problem:
        raise MergeError(f"merge rejected, nothing changed: {problem}")
    _create_all(new_files)
    try:
        build(project)
    except (BuildError, DataError) as exc:
        for path in new_files:
            path.unlink(missing_ok=True)
        raise MergeError(f"merge rejected, nothing changed: {exc}") from None
    if aliases_for:
        skipped += [
            f"{name!r} is known as {eid!r} (add it to that entity's aliases to look it up by this name)"
            for eid, name in aliases_for.items()
            if name
        ]
    return ApplyResult(sid, list(new_files), counts, skipped)
