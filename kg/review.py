"""Reviewing an ingest draft: its blocks beside their sentences, decisions, edits, and the merge.

A draft (``drafts/NAME.yaml``, written by ``kg ingest``) proposes one candidate per block.
:func:`read_review` gives its blocks, each keyed ``section/N`` (mentions: ``mentions/ID``),
with the fields a reviewer may edit, and the article's text with every block's quote
located (:func:`kg.evidence.locate`). :func:`apply_review` takes the decisions (accept or
reject each block) and edits, writes the reviewed draft beside the original and merges it
with :func:`kg.ingest.apply_draft`: all of it or nothing, as ``kg ingest --apply``. The
draft itself becomes the reviewed one only when the merge succeeds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import BadInputError, KgError
from kg.project import Project

__all__ = ["Block", "Review", "list_drafts", "read_review", "reviewed_draft", "apply_review", "EDITABLE"]

#: The fields a reviewer may edit, per section (others stay as the draft has them).
EDITABLE: dict[str, tuple[str, ...]] = {
    "entities": ("id", "type", "label", "same_as"),
    "measures": ("id", "label", "unit"),
    "indicators": ("subject", "measure", "value", "unit", "qualifier", "year", "period", "as_of"),
    "rankings": ("entity", "edition", "rank", "year"),
    "posts": ("person", "role", "org", "as_of"),
    "relations": ("s", "p", "o", "value"),
    "quotations": ("speaker",),
}
_NUMBERS = frozenset({"value", "rank"})
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")


@dataclass
class Block:
    """One candidate of a draft: ``key`` (``section/N``), its data, the draft's review note."""

    key: str
    section: str
    data: dict[str, Any]
    review: dict[str, Any] = field(default_factory=dict)

    @property
    def quote(self) -> str:
        return str(self.data.get("quote") or "")

    @property
    def editable(self) -> tuple[str, ...]:
        return EDITABLE.get(self.section, ())


@dataclass
class Review:
    """A draft to review: its ``name``, ``source`` id, ``blocks`` and the article's text segments."""

    name: str
    source: str
    blocks: list[Block]
    segments: list[Any] = field(default_factory=list)
    text_note: str | None = None


def _drafts_dir(project: Project) -> Path:
    return project.root / "drafts"


def _draft_path(project: Project, name: str) -> Path:
    """The draft called ``name`` (a file name in ``drafts/``, nothing else); BadInputError if none."""
    path = _drafts_dir(project) / f"{name}.yaml"
    if not _NAME.match(name) or name.startswith(".") or not path.is_file() or path.is_symlink():
        raise BadInputError(f"no draft called {name!r} in drafts/")
    return path


def list_drafts(project: Project) -> list[dict[str, Any]]:
    """The drafts waiting in ``drafts/``: name, source and how many blocks of each section."""
    out: list[dict[str, Any]] = []
    for path in sorted(_drafts_dir(project).glob("*.yaml")):
        if path.name.startswith(".") or not _NAME.match(path.stem):
            continue
        try:
            review = read_review(project, path.stem, with_text=False)
        except KgError as exc:
            out.append({"name": path.stem, "source": None, "counts": {}, "problem": str(exc)})
            continue
        counts: dict[str, int] = {}
        for block in review.blocks:
            counts[block.section] = counts.get(block.section, 0) + 1
        out.append({"name": path.stem, "source": review.source, "counts": counts, "problem": None})
    return out


def read_review(project: Project, name: str, *, with_text: bool = True) -> Review:
    """The blocks of draft ``name``, and (``with_text``) its article's text with the quotes located."""
    from kg.ingest import _load_draft
    from kg.ingest.draft import SECTIONS

    path = _draft_path(project, name)
    draft = _load_draft(path)
    blocks: list[Block] = []
    for section in SECTIONS:
        if section == "mentions":
            for eid, quote in (draft.get("mentions") or {}).items():
                blocks.append(Block(f"mentions/{eid}", section, {"entity": str(eid), "quote": quote}))
            continue
        for i, item in enumerate(draft.get(section) or []):
            data = {k: v for k, v in item.items() if k != "review"}
            review = item.get("review") if isinstance(item.get("review"), dict) else {}
            blocks.append(Block(f"{section}/{i}", section, data, review))
    result = Review(name=name, source=str(draft["source"]), blocks=blocks)
    if with_text:
        import yaml

        from kg.evidence import locate

        text_path = project.data_dir / "sources" / f"{result.source}.txt"
        try:
            text = text_path.read_text(encoding="utf-8")
            meta = yaml.safe_load(text_path.with_suffix(".yaml").read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            result.text_note = f"the article's text ({text_path.name}) cannot be read"
        else:
            excluded = [str(x) for x in meta.get("excluded") or []] if isinstance(meta, dict) else []
            result.segments = locate(text, [b.quote for b in blocks], excluded)
    return result


def _value(key: str, text: str) -> Any:
    """An edited field's text as the draft's YAML would hold it."""
    text = " ".join(text.split())
    if text == "":
        return None
    if key in _NUMBERS:
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            raise BadInputError(f"{key}: {text!r} is not a number") from None
        return int(number) if number.is_integer() and "." not in text else number
    if key == "year":
        if not re.fullmatch(r"\d{4}", text):
            raise BadInputError(f"year: {text!r} is not a year")
        return int(text)
    if key == "period":
        found = re.fullmatch(r"(\d{4})\s*[-–/]\s*(\d{4})?", text)
        if not found:
            raise BadInputError(f"period: {text!r} is not a period (write 2019-2023, or 2019- when open)")
        return [int(found.group(1)), int(found.group(2)) if found.group(2) else None]
    return text


def reviewed_draft(
    review: Review, decisions: Mapping[str, str], edits: Mapping[str, Mapping[str, str]]
) -> dict[str, Any]:
    """The draft as reviewed: rejected blocks left out, edited fields changed (None removes one)."""
    out: dict[str, Any] = {"source": review.source}
    for block in review.blocks:
        decision = decisions.get(block.key, "accept")
        if decision not in ("accept", "reject"):
            raise BadInputError(f"{block.key}: the decision is accept or reject, not {decision!r}")
        if decision == "reject":
            continue
        data = dict(block.data)
        for key, text in (edits.get(block.key) or {}).items():
            if key not in block.editable:
                raise BadInputError(f"{block.key}: {key!r} cannot be edited here")
            value = _value(key, text)
            if value is None:
                data.pop(key, None)
            else:
                data[key] = value
        if block.section == "mentions":
            out.setdefault("mentions", {})[data["entity"]] = data["quote"]
        else:
            out.setdefault(block.section, []).append(data)
    return out


def apply_review(
    project: Project, name: str, decisions: Mapping[str, str], edits: Mapping[str, Mapping[str, str]]
) -> Any:
    """Merge draft ``name`` as reviewed; returns :class:`kg.ingest.ApplyResult`.

    The reviewed draft is written as ``drafts/.NAME.reviewed.yaml`` and merged; on success it
    replaces the draft, on failure it is removed and the error raised (nothing else changed).
    """
    import os

    import yaml

    from kg.files import write_file
    from kg.ingest import apply_draft

    path = _draft_path(project, name)
    review = read_review(project, name, with_text=False)
    data = reviewed_draft(review, decisions, edits)
    reviewed = path.with_name(f".{name}.reviewed.yaml")
    header = f"# Draft {name}, as reviewed in kg serve's workbench.\n"
    write_file(reviewed, (header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)).encode("utf-8"))
    try:
        result = apply_draft(project, reviewed)
    except BaseException:
        reviewed.unlink(missing_ok=True)
        raise
    os.replace(reviewed, path)
    return result
