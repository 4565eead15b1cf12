"""Read and check the human-edited data files (``data/``): sources, entities, measures, facts.

Everything here is plain Python over YAML; turning the records into RDF is
:mod:`kg.compile`'s job. Every problem is raised as a :class:`~kg.errors.DataError` naming
the file, the fact and the reason.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import DataError
from kg.model import FILE_KINDS, Field
from kg.project import read_input

__all__ = [
    "Source",
    "Entity",
    "Measure",
    "Fact",
    "Dataset",
    "load_dataset",
    "normalize_whitespace",
    "normalize_name",
    "UNITS",
    "QUALIFIERS",
    "MIN_QUOTE_CHARS",
    "MAX_DEPTH",
    "read_yaml",
    "quote_problem",
    "one_line",
]

UNITS = frozenset(
    "count percent times yuan usd per-10k-people per-10k-employees per-day minutes years fraction".split()
)
#: Units that stand for one another in a measure's series: an amount in yuan may also be given
#: in US dollars (the shapes' check "the unit fits the measure", ontology/checks.ttl, says the same).
CURRENCIES = frozenset({"yuan", "usd"})


def unit_fits(unit: str, expected: str) -> bool:
    """Whether an indicator in ``unit`` fits a measure counted in ``expected``.

    >>> unit_fits("usd", "yuan"), unit_fits("count", "yuan"), unit_fits("percent", "percent")
    (True, False, True)
    """
    return unit == expected or {unit, expected} <= CURRENCIES


QUALIFIERS = frozenset("exact over at-least around nearly at-most".split())
#: The words that say each hedging qualifier; a value so qualified has one of them in its quote.
QUALIFIER_WORDS = {
    "over": r"over|more than|exceed(?:s|ed|ing)?|above|in excess of|surpass(?:es|ed|ing)?|upwards of|beyond",
    "at-least": r"at least|no less than|no fewer than|a minimum of|or more",
    "around": r"around|about|approximately|some|roughly|circa|an estimated|or so|something like|in the region of",
    "nearly": r"nearly|almost|close to|just under|approaching|approximately",
    "at-most": r"up to|at most|no more than|a maximum of|or less|or fewer",
}

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")

#: A quote must hold at least this many letters or digits: shorter ones are found in almost
#: any text, so they are no evidence (the shortest quote of the bundled data, "logistics", has 9).
MIN_QUOTE_CHARS = 8

#: How deeply the YAML of a data file may nest (the data formats need 4 levels).
MAX_DEPTH = 32

#: Where a quote may not reach: page furniture is cut out of a source's content at this mark.
_BREAK = "\u241e"


def normalize_whitespace(text: str) -> str:
    """Collapse every run of whitespace to one space; the form quotes are compared in.

    >>> normalize_whitespace("  a\\n\\n b\\t c ")
    'a b c'
    """
    return " ".join(text.split())


def normalize_name(name: str) -> str:
    """A name reduced for matching: case, punctuation, '&' vs 'and' and spacing ignored.

    >>> normalize_name("Beijing Municipal Science & Technology Commission")
    'beijing municipal science and technology commission'
    >>> normalize_name("People’s Daily") == normalize_name("peoples daily")
    True
    """
    text = unicodedata.normalize("NFKC", name).casefold().replace("&", " and ")
    return " ".join(_NOT_WORD.sub(" ", _APOSTROPHE.sub("", text)).split())


_APOSTROPHE = re.compile(r"['’‘`]")
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass
class Source:
    """One source document: its metadata and verbatim text."""

    id: str
    title: str | None
    publisher: str | None
    author: str | None
    date_published: str | None
    language: str
    text_path: Path
    text: str
    excluded: list[str]
    seed: str | None = None
    url: str | None = None
    #: The date of an "Updated:" stamp: the article was published then or before.
    date_modified: str | None = None

    @property
    def dated(self) -> str | None:
        """The date relative times in the text are read against: the publication date, else the
        page's last-updated date (the only one some pages print)."""
        return self.date_published or self.date_modified

    @property
    def display_title(self) -> str:
        """The title, or for an untitled text a description made from its byline.

        >>> Source("x", None, "People’s Daily", "Wang Haonan", None, "en", Path("x.txt"), "", []).display_title
        'Untitled article by Wang Haonan (People’s Daily)'
        """
        if self.title:
            return self.title
        by = f" by {self.author}" if self.author else ""
        pub = f" ({self.publisher})" if self.publisher else ""
        return f"Untitled article{by}{pub}" if by or pub else self.id

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def content(self) -> str:
        """The whitespace-normalized text with page furniture cut out.

        Furniture is replaced by a break marker, so no quote can span it.
        """
        text = normalize_whitespace(self.text)
        for junk in self.excluded:
            text = text.replace(normalize_whitespace(junk), " \u241e ")
        return text

    def verify(self, quote: str) -> str | None:
        """Return ``None`` when the quote is in the content, or the reason it is not."""
        wanted = normalize_whitespace(quote)
        if not wanted:
            return "the quote is empty"
        if _BREAK in wanted:
            return f"the quote holds {_BREAK!r}, the mark that stands for excluded text"
        if wanted in self.content():
            return None
        if wanted in normalize_whitespace(self.text):
            return "the quote is taken from page furniture (excluded text)"
        return f"the quote is not in the text of source {self.id!r}"


@dataclass
class Entity:
    id: str
    types: list[str]
    label: str
    aliases: list[str]
    outside: dict[str, str]
    file: str
    #: How sources refer to it without naming it ("the capital"): for reading articles, not for lookups.
    references: list[str] = field(default_factory=list)


@dataclass
class Measure:
    id: str
    label: str
    aliases: list[str]
    unit: str
    definition: str
    file: str
    related: list[str] = field(default_factory=list)


@dataclass
class Fact:
    """One fact record of a facts file; ``kind`` is its section, ``where`` its position."""

    kind: str
    source: str
    data: dict[str, Any]
    file: str
    where: str

    @property
    def quote(self) -> str:
        return str(self.data["quote"])


@dataclass
class Dataset:
    sources: dict[str, Source] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    measures: dict[str, Measure] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)


# --- reading helpers --------------------------------------------------------------


@functools.cache
def _loader_class() -> Any:
    """A safe YAML loader (libyaml's parser where installed) that refuses deep nesting.

    PyYAML composes nodes recursively, so a file nested thousands of levels deep would
    exhaust the stack; this loader counts the levels as it composes and stops at
    :data:`MAX_DEPTH`.
    """
    import yaml
    from yaml.composer import Composer
    from yaml.constructor import SafeConstructor
    from yaml.resolver import Resolver

    class Bounded(Composer):
        file = ""
        depth = 0

        def compose_node(self, parent: Any, index: Any) -> Any:
            self.depth += 1
            try:
                if self.depth > MAX_DEPTH:
                    mark = getattr(self.peek_event(), "start_mark", None)  # type: ignore[attr-defined]
                    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
                    raise DataError(f"invalid YAML: {where}nested over {MAX_DEPTH} levels deep", file=self.file)
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

    if getattr(yaml, "__with_libyaml__", False):
        from yaml._yaml import CParser

        class FastLoader(Bounded, CParser, SafeConstructor, Resolver):
            def __init__(self, stream: str) -> None:
                CParser.__init__(self, stream)
                Bounded.__init__(self)
                SafeConstructor.__init__(self)
                Resolver.__init__(self)

        return FastLoader

    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class Loader(Reader, Scanner, Parser, Bounded, SafeConstructor, Resolver):
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Bounded.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

    return Loader


def one_line(text: str, limit: int = 200) -> str:
    """``text`` as one line of at most ``limit`` characters, for error messages.

    >>> one_line("invalid\\n  value " + "x" * 10, 20)
    'invalid value xxxxx…'
    """
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def read_yaml(path: Path, root: Path) -> Any:
    """The data of one YAML file of the project at ``root``; :class:`DataError` naming it if unreadable.

    The file is read with :func:`kg.project.read_input` (no links, no FIFOs, nothing outside
    the project, at most 10 MB), must be UTF-8 (a byte order mark is allowed) and may nest
    at most :data:`MAX_DEPTH` levels.
    """
    import yaml

    file = str(path)
    raw = read_input(path, root)
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=file) from None
    loader = _loader_class()(text)
    loader.file = file
    try:
        return loader.get_single_data()
    except DataError:
        raise
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError(f"invalid YAML: {where}{one_line(problem)}", file=file) from None
    except ValueError as exc:  # a well-formed but impossible value such as the date 2020-02-30
        raise DataError(f"invalid value: {one_line(str(exc))}", file=file) from None
    except (RecursionError, MemoryError):
        raise DataError("invalid YAML: too deeply nested or too large to read", file=file) from None
    except Exception as exc:  # the constructors of explicit tags (!!timestamp x) fail in their own ways
        raise DataError(f"invalid value: {type(exc).__name__}: {one_line(str(exc))}", file=file) from None
    finally:
        loader.dispose()


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    return {
        dict: "mapping",
        list: "list",
        str: "text",
        bool: "true/false",
        int: "number",
        float: "number",
        dt.date: "date",
        dt.datetime: "date and time",
    }.get(type(value), type(value).__name__)


def _text_problem(value: str, *, single_line: bool) -> str | None:
    """Why ``value`` cannot be text of the graph (control characters, unpaired surrogates), or None."""
    for char in value:
        category = unicodedata.category(char)
        if category == "Cs":
            return f"holds an unpaired surrogate {char!r}"
        if category == "Cc" and (single_line or char not in "\t\n\r"):
            return f"holds the control character {char!r}"
    return None


def quote_problem(quote: Any) -> str | None:
    """Why ``quote`` cannot be a quote, or None: it must be text with at least 8 letters or digits.

    >>> quote_problem("logistics") is None, quote_problem(2023)
    (True, 'must be text, not a number')
    >>> quote_problem("E")
    "is too short to be evidence: 'E' (a quote needs at least 8 letters or digits)"
    """
    if not isinstance(quote, str):
        return f"must be text, not a {_type_name(quote)}"
    problem = _text_problem(quote, single_line=False)
    if problem:
        return problem
    if sum(char.isalnum() for char in quote) < MIN_QUOTE_CHARS:
        return (
            f"is too short to be evidence: {one_line(quote, 40)!r} "
            f"(a quote needs at least {MIN_QUOTE_CHARS} letters or digits)"
        )
    return None


class _Record:
    """Typed access to one mapping of a data file, raising DataError with its location."""

    def __init__(self, data: Any, file: str, where: str, allowed: Iterable[str]) -> None:
        if not isinstance(data, Mapping):
            raise DataError(f"expected a mapping, got {_type_name(data)}", file=file, fact=where)
        unknown = sorted(set(map(str, data)) - set(allowed))
        if unknown:
            raise DataError(
                f"unknown field {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})", file=file, fact=where
            )
        self.data = dict(data)
        self.file = file
        self.where = where

    def error(self, reason: str) -> DataError:
        return DataError(reason, file=self.file, fact=self.where)

    def required(self, key: str) -> Any:
        value = self.data.get(key)
        if value is None or value == "" or value == []:
            raise self.error(f"missing required field {key!r}")
        return value

    def _string(self, key: str, value: Any, *, single_line: bool) -> str:
        if not isinstance(value, str):
            hint = " (put it in quotes)" if isinstance(value, (bool, int, float, dt.date)) else ""
            raise self.error(f"field {key!r} must be text, not a {_type_name(value)}{hint}")
        problem = _text_problem(value, single_line=single_line)
        if problem:
            raise self.error(f"field {key!r} {problem}")
        return value

    def text(self, key: str, *, required: bool = False, single_line: bool = False) -> str | None:
        value = self.required(key) if required else self.data.get(key)
        if value is None:
            return None
        return self._string(key, value, single_line=single_line)

    def label(self, key: str) -> str:
        """A required name: one line of text, not blank."""
        value = self.text(key, required=True, single_line=True) or ""
        if not value.strip():
            raise self.error(f"missing required field {key!r}")
        return value

    def texts(self, key: str, *, single: bool = False, single_line: bool = False) -> list[str]:
        """A list of text (with ``single``, one text alone is allowed too)."""
        value = self.data.get(key)
        if value is None:
            return []
        if single and isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.error(f"field {key!r} must be a list of text, not a {_type_name(value)}")
        for item in value:
            if not isinstance(item, str):
                raise self.error(f"field {key!r} must be a list of text, but holds a {_type_name(item)}")
        return [self._string(key, item, single_line=single_line) for item in value]

    def ident(self, key: str, *, required: bool = True) -> str | None:
        value = self.text(key, required=required, single_line=True)
        if value is not None and not _ID.match(value):
            raise self.error(f"field {key!r}: {value!r} is not a valid id (lower-case letters, digits, '-')")
        return value


def _records(path: Path, data: Any) -> list[Any]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataError(f"expected a list of records, got a {_type_name(data)}", file=str(path))
    return data


def _date_text(rec: _Record, key: str) -> str | None:
    value = rec.data.get(key)
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise rec.error(f"field {key!r} must be a date (YYYY-MM-DD), not {one_line(repr(value), 60)}")


# --- loading ----------------------------------------------------------------------
# --- loading ----------------------------------------------------------------------

_SOURCE_FIELDS = (
    "id",
    "title",
    "publisher",
    "author",
    "date_published",
    "date_modified",
    "language",
    "seed",
    "url",
    "excluded",
    "encoding",
    "html",
)
_ENTITY_FIELDS = ("id", "type", "label", "aliases", "references", "outside", "note")
_OUTSIDE_FIELDS = ("label_zh", "note")
_MEASURE_FIELDS = ("id", "label", "aliases", "unit", "definition", "related")
#: Each section of a facts file and its fields, from the one definition of each kind (:mod:`kg.model`).
FACT_FIELDS: dict[str, tuple[str, ...]] = {k.section: k.keys for k in FILE_KINDS}
FACT_REQUIRED: dict[str, tuple[str, ...]] = {k.section: k.required for k in FILE_KINDS}
_FACT_TYPES: dict[str, dict[str, Field]] = {k.section: {f.key: f for f in k.fields} for k in FILE_KINDS}
#: Field types naming an entity, measure or property by id (``entities``: one id or a list).
_ID_TYPES = frozenset({"entity", "entities", "measure", "property"})
#: Field types of free text.
_TEXT_TYPES = frozenset({"unit", "qualifier", "text", "words"})


def _check_fact(rec: _Record, kind: str) -> None:
    """Check the types of a fact's fields; what the values mean is checked when it is compiled."""
    for key in FACT_REQUIRED[kind]:
        rec.required(key)
    fields = _FACT_TYPES[kind]
    for key, value in rec.data.items():
        if value is None:
            continue
        field = fields[key]
        if key == "quote":
            problem = quote_problem(value)
            if problem:
                raise rec.error(f"field 'quote' {problem}")
        elif field.type == "entities" and isinstance(value, list):
            if not value:
                raise rec.error(f"field {key!r} is an empty list")
            rec.texts(key, single_line=True)
        elif field.type in _ID_TYPES:
            rec.text(key, single_line=True)
        elif field.type in _TEXT_TYPES:
            rec.text(key, single_line=not field.lines)
        elif field.type == "literal":
            if isinstance(value, str):
                rec.text(key)
            elif isinstance(value, bool) or not isinstance(value, (int, float, dt.date)):
                raise rec.error(f"field 'value' must be text or a number, not a {_type_name(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            raise rec.error(f"field {key!r}: {value!r} is not a finite number")


def _load_sources(folder: Path, ds: Dataset, root: Path) -> None:
    for path in sorted(folder.glob("*.yaml")):
        rec = _Record(read_yaml(path, root), str(path), "source", _SOURCE_FIELDS)
        sid = rec.ident("id")
        assert sid is not None
        if sid != path.stem:
            raise rec.error(f"id {sid!r} does not match the file name {path.stem!r}")
        text_path = path.with_suffix(".txt")
        if not os.path.lexists(text_path):
            raise rec.error(f"the text file {text_path.name} is missing")
        try:
            text = read_input(text_path, root).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DataError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", file=str(text_path)) from None
        excluded = rec.texts("excluded")
        for junk in excluded:
            if not normalize_whitespace(junk):
                raise rec.error("excluded text is empty")
            if normalize_whitespace(junk) not in normalize_whitespace(text):
                raise rec.error(f"excluded text {junk[:40]!r} is not in {text_path.name}")
        language = rec.text("language", required=True, single_line=True) or "en"
        if not _LANGUAGE.match(language):
            raise rec.error(f"field 'language': {language!r} is not a language tag (such as en or zh-Hans)")
        for key in ("encoding", "html"):
            rec.text(key, single_line=True)
        ds.sources[sid] = Source(
            id=sid,
            title=rec.text("title"),
            publisher=rec.text("publisher"),
            author=rec.text("author"),
            date_published=_date_text(rec, "date_published"),
            language=language,
            text_path=text_path,
            text=text,
            excluded=excluded,
            seed=rec.text("seed", single_line=True),
            url=rec.text("url", single_line=True),
            date_modified=_date_text(rec, "date_modified"),
        )


def _load_entities(folder: Path, ds: Dataset, classes: set[str], root: Path) -> None:
    for path in sorted(folder.glob("*.yaml")):
        for i, item in enumerate(_records(path, read_yaml(path, root))):
            rec = _Record(item, str(path), f"entry {i + 1}", _ENTITY_FIELDS)
            eid = rec.ident("id")
            assert eid is not None
            rec.where = f"entity {eid!r}"
            types = rec.texts("type", single=True, single_line=True)
            if not types:
                raise rec.error("missing required field 'type'")
            for t in types:
                if t not in classes:
                    raise rec.error(f"unknown type {t!r} (not a class of the ontology)")
            label = rec.label("label")
            aliases = rec.texts("aliases", single_line=True)
            references = rec.texts("references", single_line=True)
            rec.text("note")
            outside = _Record(rec.data.get("outside") or {}, str(path), f"entity {eid!r} outside", _OUTSIDE_FIELDS)
            outside.text("label_zh", single_line=True)
            outside.text("note")
            if eid in ds.entities:
                raise rec.error(f"duplicate id (also in {ds.entities[eid].file})")
            ds.entities[eid] = Entity(
                id=eid,
                types=types,
                label=label,
                aliases=aliases,
                outside={str(k): str(v) for k, v in outside.data.items() if v is not None},
                file=str(path),
                references=references,
            )


def _load_measures(folder: Path, ds: Dataset, root: Path) -> None:
    for path in sorted(folder.glob("*.yaml")):
        for i, item in enumerate(_records(path, read_yaml(path, root))):
            rec = _Record(item, str(path), f"entry {i + 1}", _MEASURE_FIELDS)
            mid = rec.ident("id")
            assert mid is not None
            rec.where = f"measure {mid!r}"
            unit = rec.text("unit", required=True, single_line=True) or ""
            if unit not in UNITS:
                raise rec.error(f"unknown unit {unit!r} (known: {', '.join(sorted(UNITS))})")
            if mid in ds.measures:
                raise rec.error(f"duplicate id (also in {ds.measures[mid].file})")
            ds.measures[mid] = Measure(
                id=mid,
                label=rec.label("label"),
                aliases=rec.texts("aliases", single_line=True),
                unit=unit,
                definition=rec.text("definition", required=True) or "",
                file=str(path),
                related=rec.texts("related", single_line=True),
            )
    for m in ds.measures.values():
        for other in m.related:
            if other not in ds.measures or other == m.id:
                raise DataError(f"field 'related': unknown measure {other!r}", file=m.file, fact=f"measure {m.id!r}")


def _load_facts(folder: Path, ds: Dataset, root: Path) -> None:
    for path in sorted(folder.glob("*.yaml")):
        top = _Record(read_yaml(path, root), str(path), "file", ("source", "mentions", *FACT_FIELDS))
        sid = top.ident("source")
        assert sid is not None
        if sid not in ds.sources:
            raise top.error(f"unknown source {sid!r}")
        mentions = top.data.get("mentions") or {}
        if not isinstance(mentions, Mapping):
            raise DataError(
                f"'mentions' must map entity ids to quotes, not be a {_type_name(mentions)}",
                file=str(path),
                fact="mentions",
            )
        for eid, quote in mentions.items():
            if not isinstance(eid, str) or _text_problem(eid, single_line=True):
                raise DataError(
                    f"{eid!r} is not an entity id (a mention maps an id to its quote)", file=str(path), fact="mentions"
                )
            problem = quote_problem(quote)
            if problem:
                raise DataError(f"the quote {problem}", file=str(path), fact=f"mentions.{eid}")
            ds.facts.append(Fact("mentions", sid, {"entity": eid, "quote": quote}, str(path), f"mentions.{eid}"))
        for kind, allowed in FACT_FIELDS.items():
            items = top.data.get(kind) or []
            if not isinstance(items, list):
                raise DataError(f"'{kind}' must be a list, not a {_type_name(items)}", file=str(path), fact=kind)
            for i, item in enumerate(items):
                rec = _Record(item, str(path), f"{kind}[{i + 1}]", allowed)
                _check_fact(rec, kind)
                ds.facts.append(Fact(kind, sid, rec.data, str(path), rec.where))


def load_dataset(data_dir: Path, classes: set[str], *, root: Path | None = None) -> Dataset:
    """Load every data file under ``data_dir`` (the project at ``root``, by default ``data_dir``'s parent).

    Only files of the project are read (see :func:`kg.project.read_input`); ids and quotes
    are checked against each other when the data is compiled (:mod:`kg.compile`).
    """
    root = data_dir.parent if root is None else root
    ds = Dataset()
    _load_sources(data_dir / "sources", ds, root)
    _load_entities(data_dir / "entities", ds, classes, root)
    _load_measures(data_dir / "measures", ds, root)
    _load_facts(data_dir / "facts", ds, root)
    return ds
