"""Read and check the human-edited data files (``data/``): sources, entities, measures, facts.

Everything here is plain Python over YAML; turning the records into RDF is
:mod:`kg.compile`'s job. Every problem is raised as a :class:`~kg.errors.DataError` naming
the file, the fact and the reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import DataError

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
]

UNITS = frozenset(
    "count percent times yuan usd per-10k-people per-10k-employees per-day minutes years fraction".split()
)
QUALIFIERS = frozenset("exact over at-least around nearly".split())

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


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
    text = re.sub(r"['’‘`]", "", text)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


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


def _read_yaml(path: Path) -> Any:
    import yaml

    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text ({exc.reason})", file=str(path)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError(f"invalid YAML: {where}{problem}", file=str(path)) from None
    except ValueError as exc:  # a well-formed but impossible date such as 2020-02-30
        raise DataError(f"invalid value: {exc}", file=str(path)) from None


class _Record:
    """Typed access to one mapping of a data file, raising DataError with its location."""

    def __init__(self, data: Any, file: str, where: str, allowed: Iterable[str]) -> None:
        if not isinstance(data, Mapping):
            raise DataError(f"expected a mapping, got {type(data).__name__}", file=file, fact=where)
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

    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.required(key) if required else self.data.get(key)
        if value is None:
            return None
        if isinstance(value, (dict, list)):
            raise self.error(f"field {key!r} must be text, not a {type(value).__name__}")
        return str(value)

    def texts(self, key: str) -> list[str]:
        value = self.data.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            raise self.error(f"field {key!r} must be a list of text")
        return [str(v) for v in value]

    def ident(self, key: str, *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None and not _ID.match(value):
            raise self.error(f"field {key!r}: {value!r} is not a valid id (lower-case letters, digits, '-')")
        return value


def _records(path: Path, data: Any) -> list[Any]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataError("expected a list of records", file=str(path))
    return data


def _date_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# --- loading ----------------------------------------------------------------------

_SOURCE_FIELDS = (
    "id",
    "title",
    "publisher",
    "author",
    "date_published",
    "language",
    "seed",
    "url",
    "excluded",
    "encoding",
    "html",
)
_ENTITY_FIELDS = ("id", "type", "label", "aliases", "outside", "note")
_OUTSIDE_FIELDS = ("label_zh", "note")
_MEASURE_FIELDS = ("id", "label", "aliases", "unit", "definition", "related")
_COMMON = ("quote", "note")
FACT_FIELDS: dict[str, tuple[str, ...]] = {
    "relations": ("s", "p", "o", "value", *_COMMON),
    "indicators": (
        "subject",
        "measure",
        "value",
        "unit",
        "qualifier",
        "year",
        "period",
        "as_of",
        "scope",
        "base_year",
        "compared_to",
        "national_rank",
        *_COMMON,
    ),
    "rankings": (
        "entity",
        "edition",
        "rank",
        "category",
        "out_of",
        "consecutive",
        "year",
        "scope",
        *_COMMON,
    ),
    "posts": ("person", "role", "org", "title", "as_of", *_COMMON),
    "quotations": ("speaker", "text", "event", "date", *_COMMON),
}
FACT_REQUIRED: dict[str, tuple[str, ...]] = {
    "relations": ("s", "p", "quote"),
    "indicators": ("subject", "measure", "value", "quote"),
    "rankings": ("entity", "rank", "quote"),
    "posts": ("person", "role", "quote"),
    "quotations": ("speaker", "quote"),
}


def _load_sources(folder: Path, ds: Dataset) -> None:
    for path in sorted(folder.glob("*.yaml")):
        rec = _Record(_read_yaml(path), str(path), "source", _SOURCE_FIELDS)
        sid = rec.ident("id")
        assert sid is not None
        if sid != path.stem:
            raise rec.error(f"id {sid!r} does not match the file name {path.stem!r}")
        text_path = path.with_suffix(".txt")
        if not text_path.is_file():
            raise rec.error(f"the text file {text_path.name} is missing")
        try:
            text = text_path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DataError(f"not UTF-8 text ({exc.reason})", file=str(text_path)) from None
        excluded = rec.texts("excluded")
        for junk in excluded:
            if normalize_whitespace(junk) not in normalize_whitespace(text):
                raise rec.error(f"excluded text {junk[:40]!r} is not in {text_path.name}")
        ds.sources[sid] = Source(
            id=sid,
            title=rec.text("title"),
            publisher=rec.text("publisher"),
            author=rec.text("author"),
            date_published=_date_text(rec.data.get("date_published")),
            language=rec.text("language", required=True) or "en",
            text_path=text_path,
            text=text,
            excluded=excluded,
            seed=rec.text("seed"),
            url=rec.text("url"),
        )


def _load_entities(folder: Path, ds: Dataset, classes: set[str]) -> None:
    for path in sorted(folder.glob("*.yaml")):
        for i, item in enumerate(_records(path, _read_yaml(path))):
            rec = _Record(item, str(path), f"entry {i + 1}", _ENTITY_FIELDS)
            eid = rec.ident("id")
            assert eid is not None
            rec.where = f"entity {eid!r}"
            types = rec.texts("type")
            if not types:
                raise rec.error("missing required field 'type'")
            for t in types:
                if t not in classes:
                    raise rec.error(f"unknown type {t!r} (not a class of the ontology)")
            outside = rec.data.get("outside") or {}
            _Record(outside, str(path), f"entity {eid!r} outside", _OUTSIDE_FIELDS)
            if eid in ds.entities:
                raise rec.error(f"duplicate id (also in {ds.entities[eid].file})")
            ds.entities[eid] = Entity(
                id=eid,
                types=types,
                label=rec.text("label", required=True) or "",
                aliases=rec.texts("aliases"),
                outside={str(k): str(v) for k, v in outside.items()},
                file=str(path),
            )


def _load_measures(folder: Path, ds: Dataset) -> None:
    for path in sorted(folder.glob("*.yaml")):
        for i, item in enumerate(_records(path, _read_yaml(path))):
            rec = _Record(item, str(path), f"entry {i + 1}", _MEASURE_FIELDS)
            mid = rec.ident("id")
            assert mid is not None
            rec.where = f"measure {mid!r}"
            unit = rec.text("unit", required=True) or ""
            if unit not in UNITS:
                raise rec.error(f"unknown unit {unit!r} (known: {', '.join(sorted(UNITS))})")
            if mid in ds.measures:
                raise rec.error(f"duplicate id (also in {ds.measures[mid].file})")
            ds.measures[mid] = Measure(
                id=mid,
                label=rec.text("label", required=True) or "",
                aliases=rec.texts("aliases"),
                unit=unit,
                definition=rec.text("definition", required=True) or "",
                file=str(path),
                related=rec.texts("related"),
            )
    for m in ds.measures.values():
        for other in m.related:
            if other not in ds.measures or other == m.id:
                raise DataError(f"field 'related': unknown measure {other!r}", file=m.file, fact=f"measure {m.id!r}")


def _load_facts(folder: Path, ds: Dataset) -> None:
    for path in sorted(folder.glob("*.yaml")):
        top = _Record(_read_yaml(path), str(path), "file", ("source", "mentions", *FACT_FIELDS))
        sid = top.ident("source")
        assert sid is not None
        if sid not in ds.sources:
            raise top.error(f"unknown source {sid!r}")
        mentions = top.data.get("mentions") or {}
        if not isinstance(mentions, Mapping):
            raise DataError("'mentions' must map entity ids to quotes", file=str(path), fact="mentions")
        for eid, quote in mentions.items():
            ds.facts.append(Fact("mentions", sid, {"entity": str(eid), "quote": quote}, str(path), f"mentions.{eid}"))
        for kind, allowed in FACT_FIELDS.items():
            items = top.data.get(kind) or []
            if not isinstance(items, list):
                raise DataError(f"'{kind}' must be a list", file=str(path), fact=kind)
            for i, item in enumerate(items):
                rec = _Record(item, str(path), f"{kind}[{i + 1}]", allowed)
                for key in FACT_REQUIRED[kind]:
                    rec.required(key)
                ds.facts.append(Fact(kind, sid, rec.data, str(path), rec.where))


def load_dataset(data_dir: Path, classes: set[str]) -> Dataset:
    """Load every data file under ``data_dir`` (no cross-checks yet; see :func:`check_dataset`)."""
    ds = Dataset()
    _load_sources(data_dir / "sources", ds)
    _load_entities(data_dir / "entities", ds, classes)
    _load_measures(data_dir / "measures", ds)
    _load_facts(data_dir / "facts", ds)
    return ds
