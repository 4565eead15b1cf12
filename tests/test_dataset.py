"""Loading data files: required fields, unknown fields, quotes and page furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.dataset import Source, normalize_name
from kg.errors import BuildError
from kg.project import Project


def _source(text: str, excluded: list[str] | None = None) -> Source:
    return Source("s", "t", None, None, None, "en", Path("s.txt"), text, excluded or [])


def test_quote_matches_with_whitespace_normalized() -> None:
    src = _source("Beijing’s R&D spending\nexceeded 6.5 percent")
    assert src.verify("Beijing’s R&D spending   exceeded 6.5 percent") is None


def test_quote_must_be_verbatim() -> None:
    src = _source("Beijing’s R&D spending exceeded 6.5 percent")
    assert "not in the text" in (src.verify("Beijing's R&D spending exceeded 6.5 percent") or "")


def test_quote_from_page_furniture_is_refused() -> None:
    src = _source("Real news.\n\nPlease enter your comment!", excluded=["Please enter your comment!"])
    assert src.verify("Real news.") is None
    assert "page furniture" in (src.verify("Please enter your comment!") or "")


def test_quote_cannot_span_furniture() -> None:
    src = _source("Alpha beta. Leave a Reply gamma.", excluded=["Leave a Reply"])
    assert src.verify("beta. Leave a Reply gamma") is not None


def test_normalized_names_ignore_case_punctuation_and_ampersand() -> None:
    assert normalize_name("Beijing Municipal Science & Technology Commission") == normalize_name(
        "beijing municipal science and technology commission"
    )
    assert normalize_name("Huairou Science City") != normalize_name("Huairou district")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_corrupted_quote_fails_the_build_naming_file_fact_and_reason(tiny: Project) -> None:
    facts = tiny.data_dir / "facts" / "tiny-article.yaml"
    _edit(facts, "around 5.5 percent of its GDP", "around 6.5 percent of its GDP")
    with pytest.raises(BuildError) as err:
        build(tiny)
    message = str(err.value)
    assert str(facts) in message
    assert "indicators[1]" in message
    assert "the quote is not in the text of source 'tiny-article'" in message


def test_missing_required_field_names_file_and_field(tiny: Project) -> None:
    facts = tiny.data_dir / "facts" / "tiny-article.yaml"
    _edit(facts, "    value: 5.5\n", "")
    with pytest.raises(BuildError) as err:
        build(tiny)
    assert str(err.value) == f"build failed: {facts}: indicators[1]: missing required field 'value'"


@pytest.mark.parametrize(
    "old, new, error",
    [
        ("    qualifier: around\n", "    qualifer: around\n", r"indicators\[1\]: unknown field 'qualifer'"),
        (
            "o: huairou-science-city",
            "o: huairou-sciencecity",
            r"relations\[1\]: field 'o': unknown entity 'huairou-sciencecity'",
        ),
        ("qualifier: around", "qualifier: roughly", "unknown qualifier 'roughly'"),
    ],
    ids=["unknown field", "unknown entity id", "unknown qualifier"],
)
def test_bad_fact_is_reported(tiny: Project, old: str, new: str, error: str) -> None:
    _edit(tiny.data_dir / "facts" / "tiny-article.yaml", old, new)
    with pytest.raises(BuildError, match=error):
        build(tiny)


def test_invalid_yaml_is_reported_with_its_line(tiny: Project) -> None:
    facts = tiny.data_dir / "facts" / "tiny-article.yaml"
    facts.write_text("source: tiny-article\nrelations: [\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"tiny-article.yaml: invalid YAML: line \d+"):
        build(tiny)


def test_entity_named_by_no_source_fails(tiny: Project) -> None:
    with (tiny.data_dir / "entities" / "things.yaml").open("a", encoding="utf-8") as fh:
        fh.write("- {id: orphan, type: City, label: Orphan Town}\n")
    with pytest.raises(BuildError, match="entity 'orphan' is named by no source"):
        build(tiny)


def test_two_entities_sharing_a_normalized_name_fail(tiny: Project) -> None:
    with (tiny.data_dir / "entities" / "things.yaml").open("a", encoding="utf-8") as fh:
        fh.write("- {id: other-city, type: City, label: EXAMPLEVILLE}\n")
    _edit(tiny.data_dir / "facts" / "tiny-article.yaml", "mentions:\n", "mentions:\n  other-city: Exampleville\n")
    with pytest.raises(BuildError, match="share the name 'exampleville'"):
        build(tiny)


def test_source_text_must_be_utf8(tiny: Project) -> None:
    (tiny.data_dir / "sources" / "tiny-article.txt").write_bytes(b"caf\xe9 " * 3)
    with pytest.raises(BuildError, match="not UTF-8"):
        build(tiny)


def test_impossible_date_is_a_data_error(tiny: Project) -> None:
    source = tiny.data_dir / "sources" / "tiny-article.yaml"
    _edit(source, "date_published: 2021-06-01", "date_published: 2021-02-30")
    with pytest.raises(BuildError, match=r"tiny-article.yaml: invalid value: day is out of range for month"):
        build(tiny)
