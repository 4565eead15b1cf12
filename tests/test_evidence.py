"""The source reader's evidence: quotes located in their article's text, and the page that marks them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.build import build
from kg.errors import UnknownEntityError
from kg.evidence import locate, source_evidence
from kg.project import Project
from kg.store import open_graph

from .serving import running_server


def test_quotes_are_found_across_line_breaks_and_overlaps_are_cut_apart() -> None:
    text = "A city\nof science. It grew 5 percent, the city said."
    segments = locate(text, ["of science. It grew", "grew 5 percent", "not in the text"])
    assert "".join(s.text for s in segments) == text  # nothing lost, nothing added
    assert [(s.text, s.quotes, s.starts) for s in segments] == [
        ("A city\n", [], []),
        ("of science. It ", [0], [0]),
        ("grew", [0, 1], [1]),
        (" 5 percent", [1], []),
        (", the city said.", [], []),
    ]
    assert locate("", ["x"]) == []


def test_page_furniture_is_marked_apart_from_quotes() -> None:
    segments = locate("Menu | Home\nIt grew.", ["It grew."], ["Menu | Home"])
    assert [(s.text, s.quotes, s.furniture) for s in segments] == [
        ("Menu | Home", [], True),
        ("\n", [], False),
        ("It grew.", [0], False),
    ]


def test_a_quote_is_a_run_of_whole_words_with_any_white_space_between() -> None:
    assert [s.quotes for s in locate("It grew 5\tpercent", ["5 percent"])] == [[], [0]]
    assert all(not s.quotes for s in locate("It grew 5percent", ["5 percent"]))


def test_every_quote_of_a_source_is_located_with_its_facts(built_tiny: Project) -> None:
    evidence = source_evidence(open_graph(built_tiny), "tiny-article")
    assert evidence.reason is None and evidence.text is not None and evidence.source.label == "A tiny article"
    assert evidence.excluded == ["Leave a Reply", "Menu | Home |"]
    quoted = {q["quote"]: q for q in evidence.quotes}
    assert all(q["found"] for q in evidence.quotes) and len(quoted) >= 4
    facts = quoted["In 2021, Exampleville spent around 5.5 percent of its GDP on R&D."]["facts"]
    assert [f.kind for f in facts] == ["indicator"] and facts[0].summary.startswith("Exampleville · ")
    marked = {i for s in evidence.segments for i in s.quotes}
    assert marked == set(range(len(evidence.quotes)))
    # the article does not write its date: it was given when the source was registered
    assert evidence.dates == [
        {"name": "published", "value": "2021-06-01", "line": None,
         "how": "given when the source was registered; the text does not write it in full"}
    ]  # fmt: skip


def test_how_a_sources_dates_were_read(real_graph: Any) -> None:
    daily = source_evidence(real_graph, "china-daily-2020-12-15-beijing-ambitions")
    assert [(d["name"], d["value"], d["how"], d["line"]) for d in daily.dates] == [
        ("published", None, "not given: the text states no other date in full", None),
        ("modified", "2020-12-15", "written in the text", "Updated: Dec 15,2020 09:42 China Daily"),
    ]
    undated = source_evidence(real_graph, "miracle-of-beijing")
    assert [(d["name"], d["how"]) for d in undated.dates] == [
        ("published", "not given: the text states no date in full")
    ]


def test_a_changed_or_missing_text_is_said_not_shown(built_tiny: Project) -> None:
    article = built_tiny.data_dir / "sources" / "tiny-article.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nA later edit.\n", encoding="utf-8")
    evidence = source_evidence(open_graph(built_tiny, auto_build=False), "tiny-article")
    assert evidence.text is None and "has changed since the graph was built" in str(evidence.reason)
    article.unlink()
    evidence = source_evidence(open_graph(built_tiny, auto_build=False), "tiny-article")
    assert evidence.text is None and "cannot be read here" in str(evidence.reason)
    with pytest.raises(UnknownEntityError):
        source_evidence(open_graph(built_tiny, auto_build=False), "no-such-source")


def test_the_reader_page_keeps_a_hostile_text_as_text(tiny: Project, tmp_path: Path) -> None:
    article = tiny.data_dir / "sources" / "tiny-article.txt"
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    article.write_text(article.read_text(encoding="utf-8").replace("Leave a Reply", hostile), encoding="utf-8")
    facts = tiny.data_dir / "sources" / "tiny-article.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace('"Leave a Reply"', repr(hostile)), encoding="utf-8")
    build(tiny)
    with running_server(tiny.root, "--timeout", "3") as server:
        reply = server.get("/source/tiny-article", "text/html")
    assert reply.status == 200
    assert "<script>alert" not in reply.text and "<img src=x" not in reply.text
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in reply.text
    assert '<mark id="at-q0">' in reply.text
