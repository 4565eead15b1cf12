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
        page.goto(server.url + "/entity/beijing?depth=2")  # a hub: only the best linked carry labels
        page.wait_for_selector("#graph[data-drawn]", state="attached")
        drawn = int(page.get_attribute("#graph", "data-drawn") or 0)
        note = f"Labelled: this entity and the 24 best linked of the {drawn} drawn"
        assert drawn > 24 and note in (page.text_content("#graph-note") or "")
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


#: WCAG 2.1 AA contrast of every text on a page: each element holding text, its colour blended
#: onto the background its ancestors paint, 4.5:1 (3:1 for large text). Struck-through text
#: (furniture in the source reader) and switched-off legend entries are exempt as inactive.
_LOW_CONTRAST = """() => {
  const rgba = s => { const m = s.match(/rgba?\\(([^)]+)\\)/); const p = m[1].split(",").map(parseFloat);
                      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1]; };
  const over = (t, b) => [0, 1, 2].map(i => t[i] * t[3] + b[i] * (1 - t[3])).concat([1]);
  const lum = c => c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
                     .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  const backdrop = el => { const layers = [];
    for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
    return layers.reduceRight((b, t) => over(t, b), [255, 255, 255, 1]); };
  const bad = [], seen = new Set();
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const el = walk.currentNode.parentElement;
    if (!walk.currentNode.textContent.trim() || !el || seen.has(el)) continue;
    seen.add(el);
    const st = getComputedStyle(el), box = el.getBoundingClientRect();
    if (box.width === 0 || st.visibility === "hidden" || el.closest("del, s, .off, script, style, datalist")) continue;
    const bg = backdrop(el), fg = over(rgba(st.color), bg);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a), ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(st.fontSize), large = size >= 24 || (parseInt(st.fontWeight) >= 700 && size >= 18.66);
    const text = walk.currentNode.textContent.trim().slice(0, 40);
    if (ratio < (large ? 3 : 4.5)) bad.push(el.tagName + " " + JSON.stringify(text) + " " + ratio.toFixed(2));
  }
  return bad;
}"""

_PAGES = (
    "/",
    "/entity/beijing",
    "/entity/zhongguancun-science-park",
    "/measure/rd-spending-share-of-gdp",
    "/source/peoples-daily-beijing-innovation-center",
    "/sparql?query=SELECT%20%3Fc%20WHERE%20%7B%20%3Fc%20a%20kg%3AScienceCity%20%7D",
    "/compare?a=beijing&b=haidian-district",
    "/search?q=science",
    "/graph",
    "/review",
    "/entity/",
)


def test_pages_fit_a_phone_and_a_desktop_and_meet_contrast(browser: Any, server: Server) -> None:  # noqa: F811
    """At 1280x800 and at a phone's 390x844 nothing is wider than the screen (long IRIs and
    hashes wrap, tables scroll in their own box) and every text meets WCAG AA contrast."""
    for width, height in ((1280, 800), (390, 844)):
        tab = Tab(browser, server)
        page = tab.page
        try:
            page.set_viewport_size({"width": width, "height": height})
            for path in _PAGES:
                page.goto(server.url + path)
                assert page.evaluate("document.documentElement.scrollWidth") <= width, (path, width)
                assert page.evaluate(_LOW_CONTRAST) == [], (path, width)
            assert tab.errors == [] and tab.outside == []
        finally:
            tab.close()


_FOCUSABLE = """() => Array.from(document.querySelectorAll(
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])'))
  .filter(e => e.getBoundingClientRect().width > 0 && !e.disabled).length"""
_FOCUSED = """() => { const e = document.activeElement; if (!e || e === document.body) return null;
  const again = e.dataset.kgVisited === "1"; e.dataset.kgVisited = "1"; const s = getComputedStyle(e);
  return { again: again, shown: (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none",
           what: e.tagName + " " + (e.id || e.getAttribute("href") || e.textContent.trim()).slice(0, 40) }; }"""


def test_every_control_is_reached_from_the_keyboard_and_shows_its_focus(browser: Any, server: Server) -> None:  # noqa: F811
    tab = Tab(browser, server)
    page = tab.page
    try:
        for path in ("/", "/entity/huairou-science-city", "/measure/rd-spending-share-of-gdp", "/graph", "/review"):
            page.goto(server.url + path)
            page.wait_for_load_state("networkidle")
            controls = page.evaluate(_FOCUSABLE)
            reached: list[str] = []
            for _ in range(controls + 3):
                page.keyboard.press("Tab")
                state = page.evaluate(_FOCUSED)
                if state is None:
                    continue
                if state["again"]:
                    break
                assert state["shown"], (path, state["what"])  # a visible focus ring
                reached.append(state["what"])
            assert len(reached) == controls, path
        # the whole-graph view's legend switches a class off and on from the keyboard
        page.goto(server.url + "/graph")
        page.focus("#legend button >> nth=0")
        page.keyboard.press("Enter")
        assert page.get_attribute("#legend button >> nth=0", "aria-pressed") == "false"
        page.keyboard.press(" ")
        assert page.get_attribute("#legend button >> nth=0", "aria-pressed") == "true"
        assert tab.errors == [] and tab.outside == []
    finally:
        tab.close()
