"""Reviewing an ingest draft in kg serve: the blocks beside their text, decisions, edits, the merge."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from kg.errors import BadInputError
from kg.ingest import ingest
from kg.project import Project
from kg.review import apply_review, list_drafts, read_review

from .serving import Server, running_server
from .test_ingest import ARTICLE
from .test_server_browser import Tab
from .test_viz_browser import browser  # noqa: F401 - the shared Chromium fixture

NAME = "exampleville-opens-labs"
FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def drafted(tiny: Project, tmp_path: Path) -> Project:
    article = tmp_path / "labs.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    ingest(tiny, article)
    return tiny


def _data_files(project: Project) -> dict[str, bytes]:
    return {
        str(p.relative_to(project.root)): p.read_bytes() for p in sorted(project.data_dir.rglob("*")) if p.is_file()
    }


def test_a_draft_is_read_as_blocks_beside_its_text(drafted: Project) -> None:
    (listed,) = list_drafts(drafted)
    assert listed["name"] == NAME and listed["counts"]["indicators"] == 2
    review = read_review(drafted, NAME)
    keys = [b.key for b in review.blocks]
    assert "indicators/0" in keys and "indicators/1" in keys and any(k.startswith("mentions/") for k in keys)
    located = {i for s in review.segments for i in s.quotes}
    assert located == set(range(len(review.blocks)))  # every block's quote is marked in the text
    assert any(s.furniture and "Leave a Reply" in s.text for s in review.segments)
    with pytest.raises(BadInputError):
        read_review(drafted, "../data/facts/tiny-article")


def test_a_bad_edit_or_an_invalid_merge_changes_nothing(drafted: Project) -> None:
    before = _data_files(drafted)
    draft = (drafted.root / "drafts" / f"{NAME}.yaml").read_bytes()
    with pytest.raises(BadInputError, match="value: 'lots' is not a number"):
        apply_review(drafted, NAME, {}, {"indicators/0": {"value": "lots"}})
    with pytest.raises(Exception, match="the quote does not state 7.5"):  # the build's check of the quote
        apply_review(drafted, NAME, {}, {"indicators/0": {"value": "7.5"}})
    assert _data_files(drafted) == before
    assert (drafted.root / "drafts" / f"{NAME}.yaml").read_bytes() == draft
    assert not list((drafted.root / "drafts").glob(".*"))


@pytest.fixture
def server(drafted: Project) -> Iterator[Server]:
    from kg.build import build

    build(drafted)
    with running_server(drafted.root, "--timeout", "5") as s:
        yield s


def _post(server: Server, fields: dict[str, str], **headers: str) -> Any:
    return server.request("POST", f"/review/{NAME}", urlencode(fields).encode(), {"Content-Type": FORM, **headers})


def test_merges_from_another_origin_are_refused(server: Server, drafted: Project) -> None:
    before = _data_files(drafted)
    reply = _post(server, {"decision:indicators/1": "reject"}, Origin="http://evil.example")
    assert reply.status == 403 and b"another origin" in reply.body
    assert _data_files(drafted) == before


def test_a_review_session_accepts_rejects_edits_and_merges(
    browser: Any,  # noqa: F811
    server: Server,
    drafted: Project,
) -> None:
    tab = Tab(browser, server)  # requests leaving the server and console errors are recorded
    page = tab.page
    try:
        page.goto(server.url + "/review")
        page.click(f"a[href='/review/{NAME}']")
        assert page.is_visible(".review .article mark")
        # reject the 2021 figure (5.9, which contradicts the graph), accept the 2023 one,
        # and correct the new lab's name
        page.check("input[name='decision:indicators/1'][value=reject]")
        page.fill("input[name='edit:entities/0:label']", "Sample Laboratory")
        with page.expect_navigation():
            page.click("form.blocks button[type=submit]")
        assert "Merged" in (page.text_content("h1") or "")
        page.goto(server.url + "/entity/exampleville")
        text = page.text_content("main") or ""
        assert "6.1%" in text and "5.9%" not in text  # the accepted figure, not the rejected one
        page.goto(server.url + "/entity/sample-lab")
        assert page.text_content("h1") == "Sample Laboratory"  # the edit
        assert tab.errors == [] and tab.outside == []
    finally:
        tab.close()
    hits = json.loads(server.get("/suggest", None, q="sample lab").body)
    assert hits and hits[0]["label"] == "Sample Laboratory"  # every worker answers from the new graph
