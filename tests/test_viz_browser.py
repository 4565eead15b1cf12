"""The written HTML view in headless Chromium, with every request that leaves file:// blocked.

Uses Debian's ``chromium`` (or the browser named by ``KG_CHROMIUM``) driven by Playwright;
``.ci/run`` installs both. Without a browser the tests skip on a developer machine and fail
in CI (where ``CI`` is set), so a missing browser never passes silently there.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.project import Project
from kg.viz import write_view

from .test_viz import HOSTILE, hostile_graph


def _chromium() -> str | None:
    return os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    if executable is None:
        message = "no Chromium found (apt-get install chromium, or set KG_CHROMIUM)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
        )
        yield b
        b.close()


class Page:
    """A page opened with network access blocked, recording requests and console errors."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1200, "height": 800})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=30_000)

    @staticmethod
    def _route(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def close(self) -> None:
        self.context.close()


def test_tiny_project_view_draws_every_node_and_edge(browser: Any, built_tiny: Project, tmp_path: Path) -> None:
    out = tmp_path / "tiny.html"
    assert CliRunner().invoke(cli, ["--project", str(built_tiny.root), "viz", "-o", str(out)]).exit_code == 0
    page = Page(browser, out)
    try:
        drawn = page.js("[kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]")
        assert drawn == [5, 2]
        assert page.js("document.querySelectorAll('#legend li').length") == 4  # place, organization, person, facility
        page.page.fill("#search", "example facility")
        page.page.press("#search", "Enter")
        assert page.js("kgNetwork.getSelectedNodes()") == ["example-facility"]
        details = page.page.text_content("#details") or ""
        assert "Huairou Science City hosts the Example Facility." in details
        page.page.fill("#search", "no such thing")
        page.page.press("#search", "Enter")
        assert page.js("kgNetwork.getSelectedNodes()") == []
        assert page.page.text_content("#details") == "No entity in this view matches “no such thing”."
        assert page.errors == []
        assert all(url.startswith("file://") for url in page.requests)
    finally:
        page.close()


def test_hostile_label_renders_as_text(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "hostile.html"
    write_view(hostile_graph(), out)
    page = Page(browser, out)
    try:
        assert page.js("[kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]") == [3, 2]
        # hover the hostile node so vis-network shows its tooltip
        x, y = page.js(
            "(() => { const p = kgNetwork.canvasToDOM(kgNetwork.getPosition('a'));"
            " const r = document.getElementById('network').getBoundingClientRect();"
            " return [p.x + r.left, p.y + r.top]; })()"
        )
        page.page.mouse.move(x, y)
        page.page.wait_for_selector(".vis-tooltip", state="visible", timeout=5_000)
        tooltip = page.page.text_content(".vis-tooltip") or ""
        assert HOSTILE in tooltip
        page.page.mouse.click(x, y)
        assert HOSTILE in (page.page.text_content("#details") or "")
        assert page.js("document.querySelectorAll('img, b[onmouseover]').length") == 0
        assert page.js("window.__pwned === undefined")
        assert page.errors == []
        assert all(url.startswith("file://") for url in page.requests)
    finally:
        page.close()


def test_the_panel_shows_a_quote_once_under_the_relations_it_supports(browser: Any, tmp_path: Path) -> None:
    import networkx as nx

    g = nx.MultiDiGraph()
    quote = ("doc", "The hub hosts Lab A, Lab B, Lab C and Lab D.")
    g.add_node("hub", label="The hub", class_label="park", indicators=[])
    for name in "ABCD":
        g.add_node(name, label=f"Lab {name}", class_label="lab", indicators=[])
        g.add_edge(name, "hub", label="located in", sources=[quote])
    g.add_edge("A", "B", label="works with", sources=[("doc", "Lab A works with Lab B.")])
    out = tmp_path / "hub.html"
    write_view(g, out)
    page = Page(browser, out)
    try:
        assert page.js("kgSelect('hub')")
        details = page.page.text_content("#details") or ""
        assert details.count(quote[1]) == 1
        assert all(f"← located in Lab {name}" in details for name in "ABCD")
        assert page.js("kgSelect('A')")
        details = page.page.text_content("#details") or ""
        assert details.count(quote[1]) == 1 and "Lab A works with Lab B." in details
        assert page.errors == []
    finally:
        page.close()


def test_a_large_view_zooms_its_picture_and_redraws_once_the_wheel_rests(browser: Any, tmp_path: Path) -> None:
    """Past PHYSICS_LIMIT nodes the wheel scales the drawn picture about the pointer; when it
    rests the view is drawn anew at that scale with the same point under the pointer."""
    import networkx as nx

    from kg.viz import PHYSICS_LIMIT

    g = nx.MultiDiGraph()
    shape = nx.path_graph(PHYSICS_LIMIT + 50)
    for node in shape:
        g.add_node(node, label=f"Entity {node}", class_label="lab", indicators=[])
    for u, v in shape.edges():
        g.add_edge(u, v, label="works with", sources=[("doc", "a quote")])
    out = tmp_path / "large.html"
    write_view(g, out)
    page = Page(browser, out)
    try:
        page.page.mouse.move(400, 300)
        box = page.js(
            "(() => { const b = document.getElementById('network').getBoundingClientRect(); return [b.x, b.y] })()"
        )
        at = {"x": 400 - box[0], "y": 300 - box[1]}
        before = page.js(f"(() => [kgNetwork.getScale(), kgNetwork.DOMtoCanvas({{x: {at['x']}, y: {at['y']}}})])()")
        page.js("window.kgDraws = 0; kgNetwork.on('afterDrawing', () => { window.kgDraws += 1; }); null")
        for _ in range(5):
            page.page.mouse.wheel(0, -120)
            page.page.wait_for_timeout(30)
        assert page.js("document.querySelector('#network canvas').style.transform") == "scale(1.61051)"
        assert page.js("window.kgDraws") == 0  # while the wheel turns nothing is drawn anew
        for _ in range(50):  # the wheel rests: drawn anew within a second
            page.page.wait_for_timeout(50)
            if page.js("document.querySelector('#network canvas').style.transform") == "":
                break
        after = page.js(f"(() => [kgNetwork.getScale(), kgNetwork.DOMtoCanvas({{x: {at['x']}, y: {at['y']}}})])()")
        assert after[0] == pytest.approx(before[0] * 1.1**5)
        assert (after[1]["x"], after[1]["y"]) == (
            pytest.approx(before[1]["x"], abs=1),
            pytest.approx(before[1]["y"], abs=1),
        )
        assert page.js("window.kgDraws") >= 1 and page.errors == []
    finally:
        page.close()
