"""The server's pages in headless Chromium: the query form, an example, results, entity pages,
the search box, indicator charts and the source reader.

Every request that does not go to the server is aborted and recorded, so a page that needs
the network (a CDN script or font) fails here. Content-Security-Policy violations show as
console errors, which fail the test too.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kg.project import Project

from .serving import Server, running_server
from .test_viz_browser import browser  # noqa: F401 - the shared Chromium fixture


@pytest.fixture(scope="module")
def server(real: Project) -> Iterator[Server]:
    with running_server(real.root) as s:
        yield s


class Tab:
    def __init__(self, browser: Any, server: Server) -> None:  # noqa: F811
        self.origin = server.url
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1200, "height": 900})
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def _route(self, route: Any) -> None:
        if route.request.url.startswith(self.origin + "/"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def close(self) -> None:
        self.context.close()


def test_home_example_results_and_entity_pages(browser: Any, server: Server) -> None:  # noqa: F811
    tab = Tab(browser, server)
    page = tab.page
    try:
        page.goto(server.url + "/")
        assert page.evaluate("getComputedStyle(document.querySelector('header')).borderBottomStyle") == "solid"
        page.click("text=Beijing's R&D spending as a share of GDP, by year (or as-of date), with qualifier and source")
        page.wait_for_selector("table tbody tr")
        rows = page.evaluate("document.querySelectorAll('table tbody tr').length")
        assert rows >= 3
        assert "2019" in (page.text_content("table") or "")

        page.goto(server.url + "/")
        page.fill("textarea[name=query]", "SELECT ?city WHERE { ?city a kg:ScienceCity } ORDER BY ?city")
        page.click("form[action='/sparql'] button[type=submit]")
        page.wait_for_selector("table tbody tr")
        page.click("text=Huairou Science City")
        page.wait_for_selector("h1")
        assert page.text_content("h1") == "Huairou Science City"
        page.click("a[href='/entity/beijing']")
        assert page.text_content("h1") == "Beijing"
        page.click("a[href='/ontology#City']")
        page.wait_for_selector("#City")
        assert "city" in (page.text_content("#City h3") or "")

        page.goto(server.url + "/")
        page.fill("textarea[name=query]", "SELECT ?x WHERE { ?x a }")
        page.click("form[action='/sparql'] button[type=submit]")
        page.wait_for_selector(".error")
        assert (page.text_content(".error") or "").startswith("SPARQL syntax error")
        assert page.input_value("textarea[name=query]") == "SELECT ?x WHERE { ?x a }"
        errors = [e for e in tab.errors if "400" not in e]  # the failed query's own status is logged
        assert errors == []
        assert tab.outside == []
    finally:
        tab.close()


def test_search_suggests_while_typing_and_enter_opens_the_entity(browser: Any, server: Server) -> None:  # noqa: F811
    tab = Tab(browser, server)
    page = tab.page
    try:
        page.goto(server.url + "/")
        page.fill("#search", "huairou sciense")  # a misspelling
        page.wait_for_selector("#search-list li")
        first = page.text_content("#search-list li[aria-selected=true] a")
        assert first == "Huairou Science City"
        assert page.get_attribute("#search", "aria-expanded") == "true"
        page.keyboard.press("ArrowDown")  # the keyboard moves the choice ...
        assert page.text_content("#search-list li[aria-selected=true] a") != first
        page.keyboard.press("ArrowUp")
        with page.expect_navigation():
            page.keyboard.press("Enter")  # ... and Enter opens it
        assert page.text_content("h1") == "Huairou Science City"
        page.fill("#search", "怀柔")  # a Chinese name finds the entity too
        page.wait_for_selector("#search-list li")
        assert "怀柔科学城" in (page.text_content("#search-list") or "")
        page.keyboard.press("Escape")
        assert page.is_hidden("#search-list")
        assert tab.errors == [] and tab.outside == []
    finally:
        tab.close()


def test_charts_the_neighbourhood_and_the_source_reader_draw_with_no_errors(browser: Any, server: Server) -> None:  # noqa: F811
    tab = Tab(browser, server)
    page = tab.page
    try:
        page.goto(server.url + "/entity/beijing")
        charts = page.query_selector_all("svg.chart")
        assert len(charts) >= 2
        box = charts[0].bounding_box()
        assert box is not None and box["width"] > 200 and box["height"] > 100  # drawn, not collapsed
        assert page.evaluate("document.querySelectorAll('svg.chart circle.point').length") >= 4
        page.goto(server.url + "/entity/huairou-science-city?depth=2")
        page.wait_for_selector("#graph[data-drawn]", state="attached")
        assert int(page.get_attribute("#graph", "data-drawn") or 0) >= 5  # the neighbourhood, drawn on a canvas
        assert page.evaluate("document.querySelectorAll('#graph canvas').length") == 1
        page.goto(server.url + "/graph")  # the whole-graph view, its inline script allowed by a nonce
        page.wait_for_selector("canvas")
        assert page.evaluate("document.querySelectorAll('#legend li').length") >= 5
        page.goto(server.url + "/source/miracle-of-beijing")
        marks = page.evaluate("document.querySelectorAll('.reader mark').length")
        assert marks >= 10
        page.click(".reader mark a >> nth=0")  # a mark leads to its quote's facts
        assert page.evaluate("location.hash").startswith("#q")
        assert tab.errors == [] and tab.outside == []
    finally:
        tab.close()
