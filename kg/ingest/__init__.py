"""Ingest new articles: register the source, draft candidate facts for review, merge the reviewed draft.

``kg ingest ARTICLE`` calls :func:`ingest`, ``kg ingest A B C ...`` :func:`ingest_many`;
``kg ingest --apply DRAFT`` calls :func:`apply_draft`. An article is a text, HTML or PDF file
(:mod:`kg.ingest.reader`, :mod:`kg.ingest.pdf`) or the URL of a page (:mod:`kg.ingest.fetch`,
the only network access). Extraction is by rules and the graph's own gazetteer
(:mod:`kg.ingest.extract`); it needs no network and no model download.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import BuildError, DataError, KgError
from kg.files import write_file
from kg.project import Project

__all__ = [
    "ingest",
    "ingest_many",
    "apply_draft",
    "apply_drafts",
    "IngestResult",
    "IngestFailure",
    "ApplyResult",
    "MergeError",
    "DRAFTS_DIR",
]

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
    title: str | None = None
    article: str = ""  # as given: a file name or a URL


@dataclass
class ApplyResult:
    source_id: str
    written: list[Path]
    counts: dict[str, int]
    skipped: list[str] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)  # existing entities files given new aliases
    aliases: list[tuple[str, str, Path]] = field(default_factory=list)  # (entity id, name, file) added


def _dataset(project: Project) -> Any:
    from kg.compile import load_ontology
    from kg.dataset import load_dataset

    return load_dataset(project.data_dir, load_ontology(project.ontology_dir).classes)


def article_metadata(
    art: Any,
    *,
    title: str | None = None,
    publisher: str | None = None,
    author: str | None = None,
    date: str | None = None,
) -> dict[str, str | None]:
    """The title, publisher, author and date_published a new source gets: each option given, else
    what the reader found (the page's markup, the text's header), else what the text's header says
    (for an article read another way, a PDF report), else None.

    ``art`` is a :class:`kg.ingest.reader.Article`. A date is never guessed: it is the
    option, or a date the article states (markup, byline, date line or dateline), or None.
    """
    from kg.ingest.reader import text_metadata

    given = {"title": title or art.title, "publisher": publisher or art.publisher, "author": author or art.author}
    given["date_published"] = date or art.date
    if not all(given.values()):
        header = text_metadata(art.text)
        given = {key: value or header[key] for key, value in given.items()}
    return given


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


@dataclass
class IngestFailure:
    """An article of a batch that was not ingested, or a draft that was not merged; nothing was
    written for it."""

    article: str  # the article or draft, as given
    message: str
    exit_code: int = 1  # 2 when the article or an option was at fault, as for one article


@dataclass
class _Options:
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    source_id: str | None = None
    out: Path | None = None
    encoding: str | None = None
    max_bytes: int | None = None
    min_confidence: float = 0.5
    timeout: float = 30.0


@dataclass
class _Batch:
    """What a batch of articles loads once: the dataset, its gazetteer and measures; and what it adds."""

    project: Project
    ds: Any
    gaz: Any
    measures: list[tuple[str, str, list[str], str]]
    names: Any  # known names for fuzzy matching (kg.ingest.draft.KnownNames)
    known: dict[str, str] = field(default_factory=dict)  # text -> source id, this batch's new sources too
    taken: set[str] = field(default_factory=set)  # source ids, this batch's new ones too
    drafts: set[Path] = field(default_factory=set)

    @classmethod
    def load(cls, project: Project) -> _Batch:
        from kg.ingest.draft import KnownNames
        from kg.ingest.gazetteer import Gazetteer

        ds = _dataset(project)
        measures = [(m.id, m.label, m.aliases, m.unit) for m in ds.measures.values()]
        batch = cls(project, ds, Gazetteer.from_dataset(ds), measures, KnownNames.from_dataset(ds))
        batch.known = {s.text: s.id for s in ds.sources.values()}
        batch.taken = set(ds.sources)
        return batch


@dataclass
class _Read:
    """An article as read: the article, the file name it came as (None for a URL), the URL it was
    fetched from, and a name to make a source id of when it has no title."""

    article: Any  # kg.ingest.reader.Article
    seed: str | None
    fetched: str | None
    stem: str


@dataclass
class _Pending:
    """An article ready to be written: its source files, its draft, what the draft holds."""

    result: IngestResult
    files: dict[Path, bytes]
    draft: str


def _read(article: Path | str, opts: _Options) -> _Read:
    """Read ``article``: a file (text, HTML, PDF), or an http(s) URL given as text."""
    from kg.errors import BadInputError
    from kg.ingest.fetch import is_url
    from kg.ingest.reader import MAX_BYTES, read_article

    max_bytes = opts.max_bytes or MAX_BYTES
    if isinstance(article, str) and is_url(article):
        return _read_url(article, opts, max_bytes)
    path = Path(article)
    if not path.is_file():
        raise BadInputError(f"{article} is not a file" if path.exists() else f"no such file: {article}")
    return _Read(read_article(path, max_bytes=max_bytes, encoding=opts.encoding), path.name, None, path.stem)


def _read_url(url: str, opts: _Options, max_bytes: int) -> _Read:
    from urllib.parse import urlsplit

    from kg.errors import BadInputError
    from kg.ingest.fetch import fetch
    from kg.ingest.reader import parse_article

    got = fetch(url, max_bytes=max_bytes, timeout=opts.timeout)
    where = urlsplit(got.url)
    stem = Path(where.path).stem or (where.hostname or "article")
    if got.kind == "pdf":
        from kg.ingest.pdf import parse_pdf

        return _Read(parse_pdf(got.raw, name=url), None, got.url, stem)
    encoding = opts.encoding
    if not encoding and got.charset and not _bom_or_utf8(got.raw):
        try:  # the charset the server declared, when the bytes are in it (else the reader finds one)
            got.raw.decode(got.charset)
            encoding = got.charset
        except (LookupError, UnicodeDecodeError):
            pass
    name = "page.html" if got.kind == "html" else "page.txt"  # the reader tells HTML by the name
    try:
        art = parse_article(got.raw, name=name, encoding=encoding)
    except BadInputError as exc:
        raise BadInputError(str(exc).replace(name, url, 1)) from None
    return _Read(art, None, got.url, stem)


def _bom_or_utf8(raw: bytes) -> bool:
    """Whether the reader would decode ``raw`` by its byte order mark or as UTF-8 anyway."""
    if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _check_options(opts: _Options) -> None:
    from kg.errors import BadInputError
    from kg.ingest.reader import calendar_date

    date = opts.date
    if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise BadInputError(f"--date must be YYYY-MM-DD, not {date!r}")
    if date is not None and not calendar_date(date):
        raise BadInputError(f"--date must be a real date (YYYY-MM-DD), not {date!r}")
    if opts.out is not None and str(opts.out) == "-":
        raise BadInputError("--out must be a file (the draft is for review), not '-'")


def _prepare(batch: _Batch, read: _Read, opts: _Options, name: str) -> _Pending:
    """Read and extract one article, with the class tree of the project's own ontology."""
    from kg.classes import classes_from

    with classes_from(batch.project.ontology_dir):
        return _prepare_in(batch, read, opts, name)


def _prepare_in(batch: _Batch, read: _Read, opts: _Options, name: str) -> _Pending:
    """The source files and the draft of an article read, nothing written yet."""
    import yaml

    from kg.errors import BadInputError
    from kg.ingest.draft import annotate, render_draft, source_id_for
    from kg.ingest.extract import extract
    from kg.ingest.pdf import PDF

    project, ds, art = batch.project, batch.ds, read.article
    title, publisher, author, date, url, source_id = (
        opts.title,
        opts.publisher,
        opts.author,
        opts.date,
        opts.url,
        opts.source_id,
    )
    sources_dir = project.data_dir / "sources"
    reused = art.text in batch.known
    files: dict[Path, bytes] = {}
    if reused:
        sid = batch.known[art.text]
        if sid not in ds.sources:
            raise BadInputError(f"the text of {name} is also an earlier article of this batch (source {sid})")
        source = ds.sources[sid]
        excluded, published, title = source.excluded, source.dated, source.title
        publisher = source.publisher or publisher
        author = source.author or author
        if source_id and source_id != sid:
            raise BadInputError(f"this text is already source {sid!r}")
    else:
        found_meta = article_metadata(art, title=title, publisher=publisher, author=author, date=date)
        title, publisher, author = found_meta["title"], found_meta["publisher"], found_meta["author"]
        sid = source_id or source_id_for(title, read.stem, batch.taken)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", sid):
            raise BadInputError(f"--id must be lower-case letters, digits and dashes, not {sid!r}")
        if sid in batch.taken:
            raise BadInputError(f"source {sid!r} already exists (with another text); choose another --id")
        published = found_meta["date_published"]
        meta: dict[str, Any] = {
            "id": sid,
            "title": title,
            "publisher": found_meta["publisher"],
            "author": found_meta["author"],
            "date_published": published,
            "language": "en",
            "seed": read.seed,
            "url": url or read.fetched or art.url,
            "excluded": art.excluded,
        }
        if read.seed is None:
            del meta["seed"]  # fetched from the web: the URL says where it came from
        if art.encoding not in ("utf-8", "ascii", PDF):
            meta["encoding"] = art.encoding
        text_bytes = art.text.encode("utf-8")
        files[sources_dir / f"{sid}.txt"] = text_bytes
        if art.is_html:
            meta["html"] = f"{sid}.html"
            files[sources_dir / f"{sid}.html"] = art.raw
        if art.encoding == PDF:  # the report as received, beside its text (the build does not read it)
            files[sources_dir / f"{sid}.pdf"] = art.raw
        header = "# Registered by kg ingest; the text is in the .txt file beside this one.\n"
        files[sources_dir / f"{sid}.yaml"] = (
            header + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10**6)
        ).encode("utf-8")
        excluded = art.excluded
    skipped = [*excluded, *art.unread]  # lines left unread as well, though their text stays quotable
    found = extract(
        art.text,
        batch.gaz,
        excluded=skipped,
        published=published,
        measures=batch.measures,
        title=art.title,
        publisher=publisher,
        author=author,
    )
    annotate(found, ds, names=batch.names)
    draft_path = opts.out or project.root / DRAFTS_DIR / f"{sid}.yaml"
    rel = os.path.relpath(draft_path, Path.cwd()) if draft_path.is_absolute() else str(draft_path)
    header_lines = [
        f"Draft facts from source {sid} ({'already registered' if reused else 'registered by kg ingest'}).",
        "Review it, then merge it with:",
        f"  kg ingest --apply {rel}",
        "One candidate per block. 'review' says how sure the extraction is (confidence, 0-1), why it",
        "was proposed (the rule or pattern) and whether the graph already has the fact (status: new,",
        "duplicate, extends or contradicts; existing: the fact compared). A candidate entity with",
        "'same_as: ID' looks like that known entity: merged, its name becomes an alias of ID (delete",
        "the line if it is another thing). Correct a block by editing it; reject it by deleting it.",
        "Every quote must stay verbatim source text. 'review' maps are dropped on merge.",
        "",
    ]
    draft = render_draft(found, sid, min_confidence=opts.min_confidence, header=header_lines, known=ds)
    if draft_path.exists() and not opts.out:
        raise BadInputError(f"{draft_path} exists (a draft being reviewed?); remove it or give --out")
    if draft_path in batch.drafts:
        raise BadInputError(f"{draft_path} is the draft of an earlier article of this batch")
    batch.drafts.add(draft_path)
    if not reused:
        batch.known[art.text] = sid
        batch.taken.add(sid)
    statuses: dict[str, int] = {}
    counts: dict[str, int] = {}
    for cand in found.all():
        if cand.confidence >= opts.min_confidence:
            counts[cand.kind] = counts.get(cand.kind, 0) + 1
            if cand.kind not in ("mentions", "entities", "measures"):
                status = cand.review.get("status", "new")
                statuses[status] = statuses.get(status, 0) + 1
    result = IngestResult(sid, list(files), draft_path, counts, statuses, reused, title=title, article=name)
    return _Pending(result, files, draft)


def _commit(pending: _Pending) -> None:
    """Write an article's source files and its draft: all of them, or none."""
    files, draft_path = pending.files, pending.result.draft
    _create_all(files)
    try:
        try:
            draft_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KgError(f"cannot write {draft_path}: {exc.strerror or exc}") from None
        write_file(draft_path, pending.draft.encode("utf-8"))
    except BaseException:
        for path in files:
            path.unlink(missing_ok=True)
        raise


def ingest(
    project: Project,
    article: Path | str,
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
    timeout: float = 30.0,
) -> IngestResult:
    """Register ``article`` as a source and write a draft of the facts found in it.

    ``article`` is a file (plain text, HTML or PDF), or an http(s) URL given as text.
    """
    opts = _Options(title, publisher, author, date, url, source_id, out, encoding, max_bytes, min_confidence, timeout)
    _check_options(opts)
    read = _read(article, opts)
    batch = _Batch.load(project)
    pending = _prepare(batch, read, opts, str(article))
    problem = _trial(project, pending.files) if pending.files else None
    if problem:
        raise KgError(f"cannot register the article, nothing written: {problem} (see --title and --id)")
    _commit(pending)
    return pending.result


def ingest_many(
    project: Project,
    articles: Sequence[Path | str],
    *,
    encoding: str | None = None,
    max_bytes: int | None = None,
    min_confidence: float = 0.5,
    timeout: float = 30.0,
    progress: Callable[[int], None] | None = None,
) -> list[IngestResult | IngestFailure]:
    """Ingest several articles: a result or a failure for each, in order.

    The dataset and its gazetteer are loaded once, and the project is compiled and validated
    once with all the new sources together; only when that fails are the culprits sought
    (the sources the error names, else each article in turn), so one bad article costs the
    others nothing but time. ``progress`` is called with 1 after each article, and once more
    after the check.
    """
    opts = _Options(encoding=encoding, max_bytes=max_bytes, min_confidence=min_confidence, timeout=timeout)
    step = progress or (lambda n: None)
    batch = _Batch.load(project)
    outcomes: list[IngestResult | IngestFailure | None] = [None] * len(articles)
    pending: list[tuple[int, _Pending]] = []
    for i, article in enumerate(articles):
        try:
            pending.append((i, _prepare(batch, _read(article, opts), opts, str(article))))
        except KgError as exc:
            outcomes[i] = IngestFailure(str(article), str(exc), exc.exit_code)
        except Exception as exc:  # an article no rule foresaw: the others go on
            outcomes[i] = IngestFailure(str(article), f"unexpected {type(exc).__name__}: {_first_line(exc)}")
        step(1)
    problems = _trial_many(project, [p for _, p in pending if p.files])
    for i, p in pending:
        sid = p.result.source_id
        problem = problems.get(sid)
        if problem is not None:
            outcomes[i] = IngestFailure(p.result.article, f"cannot register the article, nothing written: {problem}")
            continue
        try:
            _commit(p)
            outcomes[i] = p.result
        except KgError as exc:
            outcomes[i] = IngestFailure(p.result.article, str(exc), exc.exit_code)
    step(1)
    return [o for o in outcomes if o is not None]


def _first_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]


def _culprit(problem: str, pending: list[_Pending]) -> _Pending | None:
    """The new source an error names, if it names one: the last in the batch when it names
    several (two new sources that share a title: the earlier article keeps it)."""
    named = [p for p in pending if re.search(rf"(?<![\w-]){re.escape(p.result.source_id)}(?![\w-])", problem)]
    return named[-1] if named else None


def _trial_many(project: Project, pending: list[_Pending]) -> dict[str, str]:
    """Which new sources the project cannot take: source id -> the problem. The rest pass together.

    One trial with all of them; while it fails on a source the error names, that one is left
    out and the rest tried again. An error that names none of them (a SHACL violation of an
    unnamed node, say) has each tried in turn with those that passed.
    """
    failed: dict[str, str] = {}
    left = list(pending)

    def union(items: list[_Pending]) -> dict[Path, bytes]:
        return {path: data for p in items for path, data in p.files.items()}

    while left:
        problem = _trial(project, union(left))
        if problem is None:
            return failed
        culprit = _culprit(problem, left)
        if culprit is None:
            break
        failed[culprit.result.source_id] = problem
        left.remove(culprit)
    if not left:
        return failed
    problem = _trial(project, {})
    if problem is not None:  # the project does not build as it is
        failed.update({p.result.source_id: f"the project does not build as it is: {problem}" for p in left})
        return failed
    passed: list[_Pending] = []
    for p in left:
        problem = _trial(project, union([*passed, p]))
        if problem is None:
            passed.append(p)
        else:
            failed[p.result.source_id] = problem
    return failed


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
        shutil.copytree(project.data_dir, trial.data_dir, ignore=shutil.ignore_patterns("*.html", "*.pdf"))
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


def _defined_alike(item: dict[str, Any], known: Any, source_id: str) -> bool:
    """Whether a draft's new entity or measure is one that another source's draft defined already
    (in ``from-<other source>.yaml``), with the same name and the same type or unit: two articles of
    one batch naming the same new thing.

    >>> from types import SimpleNamespace as K
    >>> old = K(label="Qux Park", types=["SciencePark"], file="data/entities/from-a.yaml")
    >>> _defined_alike({"id": "qux-park", "type": "SciencePark", "label": "Qux Park"}, old, "b")
    True
    >>> _defined_alike({"id": "qux-park", "type": "SciencePark", "label": "Qux Park"}, old, "a")
    False
    >>> _defined_alike({"id": "qux-park", "type": "Company", "label": "Qux Park"}, old, "b")
    False
    """
    from kg.dataset import normalize_name

    stem = Path(str(known.file)).stem
    if not stem.startswith("from-") or stem == f"from-{source_id}":
        return False  # a curated definition, or this draft's own (merged before)
    if normalize_name(str(item.get("label") or "")) != normalize_name(str(known.label)):
        return False
    if hasattr(known, "unit"):
        return bool(item.get("unit") == known.unit)
    return item.get("type") in getattr(known, "types", [])


@dataclass
class _Merged:
    result: ApplyResult
    changed: dict[Path, tuple[bytes, bytes]]  # existing files changed: path -> (bytes before, after)


def apply_draft(project: Project, draft_path: Path) -> ApplyResult:
    """Merge a reviewed draft into ``data/``: all of it, verified and SHACL-valid, or nothing.

    New files are written beside the existing ones (``facts/<source>[-N].yaml``,
    ``entities/from-<source>.yaml``, ``measures/from-<source>.yaml``). The one change made to
    existing files: a candidate entity merged with ``same_as: ID`` adds its name to the
    ``aliases`` of ID in the entities file that defines it (its layout and comments kept).
    The project is compiled and validated in a scratch copy first; the files are written only
    when that succeeds, and the graph is then rebuilt. A failure at any step puts every file
    back as it was.
    """
    done = _merge(project, Path(draft_path))
    _rebuild(project, [done])
    return done.result


def _merge(project: Project, draft_path: Path) -> _Merged:
    """Check a draft against the data in a scratch copy, then write its files (the graph is not
    rebuilt). Nothing is written when the check fails.
    """
    import yaml

    from kg.dataset import normalize_name
    from kg.ingest.draft import REF_KEYS

    draft = _load_draft(draft_path)
    sid = draft["source"]
    ds = _dataset(project)
    if sid not in ds.sources:
        raise MergeError(f"{draft_path}: unknown source {sid!r} (register the article with 'kg ingest' first)")

    mentions: dict[str, str] = {str(k): v for k, v in (draft.get("mentions") or {}).items()}
    entities: list[dict[str, Any]] = []
    aliases_for: dict[str, list[str]] = {}  # entity id -> names to add to its aliases
    same_as_blocks: dict[str, int] = {}
    same_as_ids: dict[str, str] = {}
    for i, item in enumerate(_strip(draft.get("entities") or [])):
        quote = item.pop("quote", None)
        same_as = item.pop("same_as", None)
        if same_as is not None:
            if not isinstance(same_as, str) or not same_as.strip():
                raise MergeError(f"{draft_path}: entities[{i + 1}]: same_as must be an entity id")
            target = same_as
            if isinstance(item.get("id"), str):
                same_as_ids[item["id"]] = target  # facts about the candidate are about the entity it is
            name = item.get("label")
            if isinstance(name, str) and name.strip():
                aliases_for.setdefault(target, []).append(" ".join(name.split()))
                same_as_blocks.setdefault(target, i + 1)
        else:
            entities.append(item)
            target = str(item.get("id"))
        if quote:
            mentions.setdefault(target, quote)
    measures = _strip(draft.get("measures") or [])
    for item in measures:
        item.pop("quote", None)
    shared: list[str] = []
    for section, items, known in (("entities", entities, ds.entities), ("measures", measures, ds.measures)):
        for item in list(items):
            ident = item.get("id")
            if isinstance(ident, str) and ident in known and _defined_alike(item, known[ident], sid):
                # the same new entity or measure, merged from another article's draft of the same batch:
                # this draft's facts are about it, and its definition is not repeated
                items.remove(item)
                kind = "entity" if section == "entities" else "measure"
                shared.append(f"{kind} {ident!r} was defined by another draft (in {known[ident].file})")
                continue
            if isinstance(ident, str) and ident in known:
                raise MergeError(
                    f"{draft_path}: {section}: {ident!r} is in the graph already (in {known[ident].file}); "
                    "was this draft merged before? Delete the block"
                    + (f", or give it 'same_as: {ident}'" if section == "entities" else "")
                )

    # aliases: of an entity this draft defines, in its record; of a known one, in its file
    drafted = {str(e.get("id")): e for e in entities}
    alias_edits: dict[Path, dict[str, list[str]]] = {}
    added: list[tuple[str, str]] = []
    for eid, names in aliases_for.items():
        record = drafted.get(eid)
        known = ds.entities.get(eid)
        if record is not None:
            listed = record.get("aliases")
            current = [str(n) for n in listed] if isinstance(listed, list) else []
            label = str(record.get("label"))
        elif known is not None:
            current, label = list(known.aliases), known.label
        else:
            raise MergeError(
                f"{draft_path}: entities[{same_as_blocks[eid]}]: same_as {eid!r} is not a known entity "
                "(nor one this draft defines)"
            )
        have_names = {normalize_name(n) for n in [label, *current]}
        fresh = []
        for name in names:
            if normalize_name(name) not in have_names:
                have_names.add(normalize_name(name))
                fresh.append(name)
        if not fresh:
            continue
        added += [(eid, n) for n in fresh]
        if record is not None:
            record["aliases"] = [*current, *fresh]
        elif known is not None:
            alias_edits.setdefault(Path(known.file), {})[eid] = fresh
    have = {_fact_key(f.kind, f.data) for f in ds.facts if f.source == sid}
    facts: dict[str, Any] = {"source": sid}
    skipped: list[str] = list(shared)
    existing_mentions = {f.data["entity"] for f in ds.facts if f.source == sid and f.kind == "mentions"}
    fresh_mentions = {k: v for k, v in mentions.items() if k not in existing_mentions}
    if fresh_mentions:
        facts["mentions"] = fresh_mentions
    counts = {
        "mentions": len(fresh_mentions),
        "entities": len(entities),
        "aliases": len(added),
        "measures": len(measures),
    }
    for kind in ("indicators", "rankings", "posts", "relations", "quotations"):
        items = []
        for i, item in enumerate(_strip(draft.get(kind) or [])):
            for key in REF_KEYS.get(kind, ()):
                value = item.get(key)
                if isinstance(value, list):
                    item[key] = [same_as_ids.get(v, v) if isinstance(v, str) else v for v in value]
                elif isinstance(value, str):
                    item[key] = same_as_ids.get(value, value)
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
    entities_file = _free_name(project.data_dir / "entities", f"from-{sid}") if entities else None
    if entities_file is not None:
        new_files[entities_file] = dump(entities)
    if measures:
        new_files[_free_name(project.data_dir / "measures", f"from-{sid}")] = dump(measures)
    changed = _alias_files(alias_edits)
    if not new_files and not changed:
        raise MergeError(f"{draft_path}: nothing to merge (every candidate is already in the graph or was deleted)")

    problem = _trial(
        project, {**new_files, **{p: new for p, (_, new) in changed.items()}}, rename={"facts": draft_path}
    )
    if problem:
        raise MergeError(f"merge rejected, nothing changed: {problem}")
    _create_all(new_files)
    try:
        _replace_all(changed)
    except BaseException:
        for path in new_files:
            path.unlink(missing_ok=True)
        raise
    where = {eid: path for path, additions in alias_edits.items() for eid in additions}
    where.update({eid: entities_file for eid in drafted if entities_file is not None})
    aliases = [(eid, name, where[eid]) for eid, name in added]
    result = ApplyResult(sid, list(new_files), counts, skipped, changed=list(changed), aliases=aliases)
    return _Merged(result, changed)


def _rebuild(project: Project, merged: list[_Merged]) -> None:
    """Rebuild the graph after merging; when that fails, take every merged file back out."""
    from kg.build import build

    try:
        build(project)
    except (BuildError, DataError) as exc:
        _take_back(merged)
        raise MergeError(f"merge rejected, nothing changed: {exc}") from None
    except BaseException:
        _take_back(merged)
        raise


def _take_back(merged: list[_Merged]) -> None:
    """Remove the files merged drafts wrote and put back the files they changed, last first."""
    for done in reversed(merged):
        for path in done.result.written:
            path.unlink(missing_ok=True)
        _restore(done.changed)


def apply_drafts(
    project: Project, drafts: Sequence[Path | str], *, progress: Callable[[int], None] | None = None
) -> list[ApplyResult | IngestFailure]:
    """Merge several reviewed drafts, each all or nothing, in order: a result or a failure for
    each (a failure's ``article`` is the draft as given). Each draft is checked against the data
    as the drafts before it left it; the graph is rebuilt once, at the end (when that fails,
    which the checks should make impossible, every draft of the batch is taken back out and
    each is reported failed). ``progress`` is called with 1 after each draft.
    """
    step = progress or (lambda n: None)
    outcomes: list[ApplyResult | IngestFailure] = []
    merged: list[_Merged] = []
    try:
        for draft in drafts:
            try:
                done = _merge(project, Path(draft))
            except KgError as exc:
                outcomes.append(IngestFailure(str(draft), str(exc), exc.exit_code))
            else:
                merged.append(done)
                outcomes.append(done.result)
            step(1)
    except BaseException:  # interrupted (Ctrl-C) or a fault: the data as it was before the batch
        _take_back(merged)
        raise
    if merged:
        try:
            _rebuild(project, merged)
        except MergeError as exc:
            return [
                o if isinstance(o, IngestFailure) else IngestFailure(str(d), str(exc))
                for o, d in zip(outcomes, drafts, strict=True)
            ]
    return outcomes


def _alias_files(edits: dict[Path, dict[str, list[str]]]) -> dict[Path, tuple[bytes, bytes]]:
    """The entities files to change for new aliases: path -> (bytes now, bytes with the aliases)."""
    from kg.ingest.draft import add_aliases

    changed: dict[Path, tuple[bytes, bytes]] = {}
    for path, additions in edits.items():
        try:
            old = path.read_bytes()
        except OSError as exc:
            raise MergeError(f"cannot read {path}: {exc.strerror or exc}") from None
        try:
            new = add_aliases(old.decode("utf-8"), additions).encode("utf-8")
        except (ValueError, UnicodeDecodeError) as exc:
            names = ", ".join(f"{n!r} to {eid!r}" for eid, ns in additions.items() for n in ns)
            raise MergeError(
                f"cannot add the aliases to {path} ({exc}); add {names} by hand, or delete same_as"
            ) from None
        changed[path] = (old, new)
    return changed


def _replace_all(changed: dict[Path, tuple[bytes, bytes]]) -> None:
    """Write the changed files (each atomically); on a failure put back those already written."""
    done: dict[Path, tuple[bytes, bytes]] = {}
    try:
        for path, (old, new) in changed.items():
            try:
                now = path.read_bytes()
            except OSError as exc:
                raise KgError(f"cannot read {path}: {exc.strerror or exc}") from None
            if now != old:
                raise MergeError(f"{path} changed during the merge; nothing changed, try again")
            write_file(path, new)
            done[path] = (old, new)
    except BaseException:
        _restore(done)
        raise


def _restore(changed: dict[Path, tuple[bytes, bytes]]) -> None:
    for path, (old, _) in changed.items():
        try:
            write_file(path, old)
        except KgError:
            pass
