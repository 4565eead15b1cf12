"""``kg serve`` over the SPARQL 1.1 Protocol, checked with real clients on loopback.

The server runs as a real process (``kg serve --port 0``) on a built copy of the project's
own data. Expected answers come from the same graph opened in the test process.
"""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html import unescape
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
import rdflib

from kg.namespaces import ENT, KG, PREFIXES
from kg.project import Project

from .serving import Reply, Server, free_port, running_server

CITIES = "SELECT ?c WHERE { ?c a kg:ScienceCity } ORDER BY ?c"
CITIES_GRAPH = "CONSTRUCT { ?c a kg:ScienceCity } WHERE { ?c a kg:ScienceCity }"
RESULTS_JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def server(real: Project) -> Iterator[Server]:
    with running_server(real.root, "--timeout", "3", "--max-body-size", "64K", "--max-result-size", "256K") as s:
        yield s


@pytest.fixture(scope="module")
def cities(real_graph: Any) -> list[str]:
    return [r["c"].value for r in real_graph.query(CITIES)]


def _json_column(reply_body: bytes, var: str) -> list[str]:
    data = json.loads(reply_body)
    return [b[var]["value"] for b in data["results"]["bindings"]]


# --- the protocol, with plain HTTP -----------------------------------------------------


def test_get_query_answers_json_by_default(server: Server, cities: list[str]) -> None:
    reply = server.query(CITIES)
    assert reply.status == 200
    assert reply.media_type == RESULTS_JSON
    assert _json_column(reply.body, "c") == cities
    assert reply.headers["access-control-allow-origin"] == "*"


def _rows(media_type: str, body: bytes) -> list[str]:
    text = body.decode("utf-8")
    if media_type == RESULTS_JSON:
        return _json_column(body, "c")
    if media_type == "application/sparql-results+xml":
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        return [u.text or "" for u in ET.fromstring(text).iterfind(".//r:binding/r:uri", ns)]
    if media_type == "text/csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == ["c"]
        return [r[0] for r in rows[1:]]
    lines = text.splitlines()
    assert lines[0] == "?c"
    return [line.strip("<>") for line in lines[1:]]


@pytest.mark.parametrize(
    "accept",
    [RESULTS_JSON, "application/sparql-results+xml", "text/csv", "text/tab-separated-values"],
)
def test_select_results_negotiated_by_accept(server: Server, cities: list[str], accept: str) -> None:
    reply = server.query(CITIES, accept)
    assert reply.status == 200, reply.text
    assert reply.media_type == accept
    assert reply.headers["vary"] == "Accept"
    assert _rows(accept, reply.body) == cities


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [
        ("text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", ox.RdfFormat.RDF_XML),
    ],
)
def test_construct_results_negotiated_by_accept(
    server: Server, cities: list[str], accept: str, rdf_format: Any
) -> None:
    reply = server.query(CITIES_GRAPH, accept)
    assert reply.status == 200, reply.text
    assert reply.media_type == accept
    triples = list(ox.parse(reply.body, rdf_format))
    assert sorted(t.subject.value for t in triples) == sorted(cities)
    assert {t.object.value for t in triples} == {KG + "ScienceCity"}


def test_post_form_and_direct_bodies_give_the_get_answer(server: Server) -> None:
    expected = server.query(CITIES, "text/csv").body
    form = server.post(urlencode({"query": CITIES}).encode(), "application/x-www-form-urlencoded", "text/csv")
    direct = server.post(CITIES.encode(), "application/sparql-query", "text/csv")
    assert (form.status, form.body) == (200, expected)
    assert (direct.status, direct.body) == (200, expected)


@pytest.mark.parametrize(
    ("query", "accept", "params"),
    [
        (CITIES, RESULTS_JSON, {}),
        (CITIES, "text/csv", {}),
        (CITIES, "application/xml", {}),
        (CITIES, None, {"format": "tsv"}),
        (CITIES_GRAPH, "text/turtle", {}),
        (CITIES_GRAPH, RESULTS_JSON, {}),  # results asked of a CONSTRUCT: the graph's default type
        ("ASK { ent:beijing a kg:City }", "*/*", {}),
        ("SELECT ?c WHERE { ?c a nope:Thing }", RESULTS_JSON, {}),  # refused by the engine (400)
        ("SELECT * WHERE { ?s ?p ?o }", RESULTS_JSON, {}),  # over the result size limit (422)
        (CITIES, "image/png", {}),  # nothing acceptable (406)
        (CITIES, RESULTS_JSON, {"format": "nope"}),  # 400
        ("INSERT DATA { ent:x rdfs:label 'x' }", RESULTS_JSON, {}),  # an update as a query (400)
        (CITIES, RESULTS_JSON, {"default-graph-uri": KG + "nothing"}),
        (CITIES, ", ".join(["text/x-nothing;q=0.1"] * 20 + [RESULTS_JSON]), {}),  # a long Accept
    ],
)
def test_a_query_by_get_is_answered_as_by_post(
    server: Server, query: str, accept: str | None, params: dict[str, str]
) -> None:
    """A query by GET takes the server's short path; by POST, the general one: the answers match."""
    by_get = server.query(query, accept, **params)
    headers = {"Content-Type": "application/x-www-form-urlencoded", **({"Accept": accept} if accept else {})}
    by_post = server.request("POST", "/sparql?" + urlencode(params), urlencode({"query": query}).encode(), headers)
    assert (by_get.status, by_get.body) == (by_post.status, by_post.body)
    for name in ("content-type", "access-control-allow-origin", "x-content-type-options", "content-length"):
        assert by_get.headers.get(name) == by_post.headers.get(name), name
    assert by_get.status != 200 or by_get.headers["vary"] == by_post.headers["vary"] == "Accept"


@pytest.mark.parametrize("host", ["X.ORG:80", "x:0", "[zz]", "a]b", ""])
def test_relative_iris_resolve_against_the_same_url_by_get_and_by_post(server: Server, host: str) -> None:
    query = "SELECT ?x WHERE { BIND(<rel> AS ?x) }"
    headers = {"Host": host, "Accept": "text/csv"}
    by_get = server.request("GET", "/sparql?" + urlencode({"query": query}), headers=headers)
    by_post = server.request(
        "POST",
        "/sparql",
        urlencode({"query": query}).encode(),
        {**headers, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert (by_get.status, by_get.body) == (by_post.status, by_post.body)


def test_a_request_line_with_bytes_not_percent_encoded_is_400(server: Server) -> None:
    """A URL must be ASCII (RFC 3986): raw UTF-8 in the request line is refused, and the server goes on."""
    import socket
    from urllib.parse import quote, urlsplit

    target = "/sparql?query=" + quote('ASK { ?s ?p "北京" }').replace(quote("北京"), "北京")
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname or "", parts.port or 80), timeout=10) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ")
    assert body == b"Invalid HTTP request received."
    assert server.alive()


def test_a_request_head_over_64_kib_is_431_and_the_server_goes_on(server: Server) -> None:
    reply = server.request("GET", "/sparql?query=ASK%7B%7D", headers={f"X-Pad-{i}": "x" * 1000 for i in range(80)})
    assert (reply.status, reply.text) == (431, "the request head is larger than the limit of 64 KiB\n")
    assert server.alive()


def test_one_header_that_never_ends_is_431_before_it_fills_memory(server: Server) -> None:
    import socket
    import time
    from urllib.parse import urlsplit

    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname or "", parts.port or 80), timeout=10) as sock:
        sock.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\nX-Big: ")
        answer = b""
        try:
            for _ in range(200):  # up to 2 MB of one header value, in pieces
                sock.sendall(b"x" * 10_000)
                time.sleep(0.005)
        except OSError:  # closed by the server
            pass
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except OSError:
            pass
    assert answer.startswith(b"HTTP/1.1 431 ")
    assert server.alive()


def test_format_parameter_overrides_accept(server: Server) -> None:
    reply = server.query(CITIES, "application/sparql-results+xml", format="csv")
    assert reply.media_type == "text/csv"


def test_ask_answers_a_boolean(server: Server) -> None:
    reply = server.query("ASK { ent:beijing a kg:City }", RESULTS_JSON)
    assert json.loads(reply.body)["boolean"] is True


def test_malformed_query_is_400_with_the_parser_message(server: Server) -> None:
    reply = server.query("SELECT ?x WHERE { ?x a }")
    assert reply.status == 400
    assert reply.media_type == "text/plain"
    assert reply.text.startswith("SPARQL syntax error: error at 1:")
    assert reply.text.count("\n") == 1


def test_unknown_prefix_names_the_predeclared_ones(server: Server) -> None:
    reply = server.query("SELECT * WHERE { ?x a nope:Thing }")
    assert reply.status == 400
    assert "unknown prefix (predeclared: kg, ent" in reply.text


def test_unacceptable_accept_is_406(server: Server) -> None:
    reply = server.query(CITIES, "image/png")
    assert reply.status == 406
    assert "image/png" in reply.text and "application/sparql-results+json" in reply.text


def test_wrong_content_type_is_415_and_wrong_method_405(server: Server) -> None:
    assert server.post(CITIES.encode(), "text/plain").status == 415
    reply = server.request("PUT", "/sparql", CITIES.encode())
    assert reply.status == 405
    assert "POST" in reply.headers["allow"]


def test_cors_preflight(server: Server) -> None:
    reply = server.request("OPTIONS", "/sparql", headers={"Origin": "https://yasgui.example"})
    assert reply.status == 204
    assert reply.headers["access-control-allow-origin"] == "*"
    assert "POST" in reply.headers["access-control-allow-methods"]


def test_service_description(server: Server, real_graph: Any) -> None:
    reply = server.get("/sparql", "text/turtle")
    assert reply.status == 200
    assert reply.media_type == "text/turtle"
    g = rdflib.Graph().parse(data=reply.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    endpoint = rdflib.URIRef(server.url + "/sparql")
    assert (endpoint, rdflib.RDF.type, sd.Service) in g
    assert (endpoint, sd.endpoint, endpoint) in g
    assert (endpoint, sd.supportedLanguage, sd.SPARQL11Query) in g
    assert (endpoint, sd.supportedLanguage, sd.SPARQL11Update) not in g
    formats = {str(o) for o in g.objects(endpoint, sd.resultFormat)}
    assert "http://www.w3.org/ns/formats/SPARQL_Results_JSON" in formats
    triples = int(next(g.objects(None, rdflib.URIRef("http://rdfs.org/ns/void#triples"))))
    assert triples == len(real_graph)


def test_service_description_for_a_browser_is_the_home_page(server: Server) -> None:
    reply = server.get("/sparql", "text/html,application/xhtml+xml,*/*;q=0.8")
    assert reply.status == 303
    assert reply.headers["location"].endswith("/")


# --- real SPARQL clients ---------------------------------------------------------------


def test_sparqlwrapper_select_ask_and_construct(server: Server, cities: list[str]) -> None:
    from SPARQLWrapper import CSV, JSON, POST, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(CITIES)
    client.setReturnFormat(JSON)
    result: Any = client.query().convert()
    assert [b["c"]["value"] for b in result["results"]["bindings"]] == cities

    client.setMethod(POST)
    client.setReturnFormat(CSV)
    csv_text = client.query().convert()
    assert isinstance(csv_text, bytes)
    assert csv_text.decode().splitlines()[1:] == cities

    client.setQuery("ASK { ent:huairou-science-city kg:locatedIn ent:beijing }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True  # type: ignore[index]

    client.setQuery(CITIES_GRAPH)
    client.setReturnFormat(TURTLE)
    turtle = client.query().convert()
    g = rdflib.Graph().parse(data=turtle, format="turtle")
    assert sorted(str(s) for s in g.subjects()) == sorted(cities)


def test_sparqlwrapper_sees_a_malformed_query_as_bad(server: Server) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery("SELECT ?x WHERE { ?x a }")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed, match="SPARQL syntax error"):
        client.query()


def test_rdflib_sparqlstore(server: Server, cities: list[str]) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(server.url + "/sparql", returnFormat="json")
    graph = rdflib.Graph(store=store)
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    rows = graph.query(prologue + CITIES)
    assert [str(r[0]) for r in rows] == cities  # type: ignore[index]
    constructed = graph.query(prologue + CITIES_GRAPH)
    assert sorted(str(s) for s, _, _ in constructed) == sorted(cities)  # type: ignore[misc]
    science_cities = set(graph.subjects(rdflib.RDF.type, rdflib.URIRef(KG + "ScienceCity")))
    assert rdflib.URIRef(ENT + "huairou-science-city") in science_cities


# --- linked-data pages -------------------------------------------------------------------


def test_entity_page_is_the_card_with_sources_and_links(server: Server) -> None:
    reply = server.get("/entity/huairou-science-city", "text/html")
    assert reply.status == 200
    assert reply.media_type == "text/html"
    html = reply.text
    assert "<h1>Huairou Science City</h1>" in html
    assert 'href="/entity/beijing"' in html
    assert 'href="/entity/proton-cyclotron-50mev"' in html
    assert "A 50 MeV proton cyclotron in Beijing’s Huairou Science City" in html
    assert 'href="/source/peoples-daily-beijing-innovation-center"' in html
    assert 'href="/ontology#ScienceCity"' in html
    assert "outside knowledge" in html
    assert "default-src 'none'" in reply.headers["content-security-policy"]


def test_an_entity_page_draws_its_indicator_series_as_charts(server: Server, real_graph: Any) -> None:
    from kg.lookup import entity_card, find
    from kg.records import Indicator
    from kg.timeline import series_of

    card = entity_card(real_graph, find(real_graph, "Beijing"))
    drawn = [s for s in series_of(f for f in card.facts if isinstance(f, Indicator)) if len(s["points"]) > 1]
    html = server.get("/entity/beijing", "text/html").text
    assert len(drawn) >= 2 and html.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') == len(drawn)
    for i, s in enumerate(drawn):  # each chart is titled with its measure and unit, and has a point per value
        title = f"Beijing — {s['measure']['label']}".replace("&", "&amp;")
        assert f'<title id="chart{i}-t">{title}' in html
    assert html.count("</title></circle>") == sum(len(s["points"]) for s in drawn)  # a point per value
    # under each chart, a note of its sources, linked to the reader
    notes = re.findall(r'<figcaption class="note">(.*?)</figcaption>', html)
    assert len(notes) == len(drawn)
    for note, s in zip(notes, drawn, strict=True):
        documents = {src["document"] for p in s["points"] for src in p["sources"]}
        assert set(re.findall(r'href="/source/([^"]+)"', note)) == documents


def test_suggestions_and_search_find_names_as_lookups_do(server: Server) -> None:
    hits = json.loads(server.get("/suggest", None, q="huairou sciense").body)
    assert hits[0]["label"] == "Huairou Science City" and hits[0]["path"] == "/entity/huairou-science-city"
    assert hits[0]["types"] == ["science city"] and len(hits) <= 10
    (chinese,) = json.loads(server.get("/suggest", None, q="怀柔").body)
    assert chinese["label"] == "Huairou Science City" and chinese["via"] == "怀柔科学城"
    assert json.loads(server.get("/suggest", None, q="  ").body) == []
    assert json.loads(server.get("/suggest", None, q="<script>" * 100).body) == []
    found = server.get("/search", None, q="beijing")
    assert found.status == 303 and found.headers["location"].endswith("/entity/beijing")
    listing = server.get("/search", "text/html", q="science")
    assert listing.status == 200 and 'href="/entity/huairou-science-city"' in listing.text
    nothing = server.get("/search", "text/html", q="<b>zzqx</b>")
    assert "anything like “&lt;b&gt;zzqx&lt;/b&gt;”" in nothing.text


def test_the_neighbourhood_of_an_entity_for_its_page(server: Server, real_graph: Any) -> None:
    from kg.analysis import neighbourhood

    data = json.loads(server.get("/neighbourhood", None, entity="zhang-jihong").body)
    expected = neighbourhood(real_graph, "zhang-jihong")
    assert sorted(n["id"] for n in data["nodes"]) == sorted(expected)
    assert all(n["path"] == f"/entity/{n['id']}" and n["color"].startswith("#") for n in data["nodes"])
    assert len(data["edges"]) == expected.number_of_edges() and all(e["quote"] for e in data["edges"])
    wide = json.loads(server.get("/neighbourhood", None, entity="huairou-science-city", depth="2").body)
    assert 10 <= len(wide["nodes"]) <= 120  # hubs (Beijing) are drawn, not followed
    assert server.get("/neighbourhood", None, entity="huairou-science-city", depth="x").status == 400
    assert server.get("/neighbourhood", None, entity="no-such-thing").status == 404


def test_an_entity_page_shows_its_conflicts_and_its_ranks_over_editions(server: Server, real_graph: Any) -> None:
    from kg.conflicts import find_conflicts
    from kg.lookup import entity_card, find
    from kg.records import Indicator

    card = entity_card(real_graph, find(real_graph, "Beijing"))
    figures = [f for f in card.facts if isinstance(f, Indicator)]
    own = find_conflicts(real_graph, observations=figures, involving=card.iri)
    html = server.get("/entity/beijing", "text/html").text
    assert own and f'Where its figures disagree or overlap <span class="n">({len(own)})</span>' in html
    assert html.count('<p class="note">→ ') == len(own)
    # with the figures of a park within it: on the park's page too, each claim named by its subject
    within = [c for c in own if "lies within Beijing" in c["verdict"]]
    assert within and len(own) > len(find_conflicts(real_graph, observations=figures))
    park = server.get("/entity/zhongguancun-science-park", "text/html").text
    section = park.split('<section class="conflicts">', 1)[1].split("</section>", 1)[0]
    assert section.count("lies within Beijing") == len(within)
    assert section.count('<li><a href="/entity/beijing">Beijing</a>: ') == len(within)
    assert '<li><a href="/entity/zhongguancun-science-park">' not in section  # the page's own claims unnamed
    ranks = html.split('aria-label="Ranks over editions"', 1)[1].split("</table>", 1)[0]
    years = [int(y) for y in re.findall(r'<th scope="row">(\d{4})</th>', ranks)]
    assert len(years) > 1 and years == sorted(years)


def test_an_entity_page_with_one_page_of_facts_refuses_other_pages(server: Server) -> None:
    assert server.get("/entity/beijing", "text/html", page="1").text == server.get("/entity/beijing", "text/html").text
    assert 'class="pager"' not in server.get("/entity/beijing", "text/html").text
    past = server.get("/entity/beijing", "text/html", page="2")
    assert past.status == 400 and "page 2 is past the last (1)" in past.text
    for wrong in ("0", "two", "-1", "1e3", "²", "1" * 5000):
        reply = server.get("/entity/beijing", "text/html", page=wrong)
        assert reply.status == 400 and f"page must be a number from 1, not {wrong[:20]!r}" in unescape(reply.text)


def test_a_page_of_a_cards_facts_links_its_neighbours(real: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entity with more facts than a page: the page says which facts it shows and links the others."""
    import kg.lookup
    from kg.server import App, ServerConfig
    from kg.store import open_graph
    from kg.workers import Engine

    monkeypatch.setattr(kg.lookup, "CARD_PAGE", 30)
    engine = Engine(open_graph(real, auto_build=False))
    app = App(None, real.root / "queries", ServerConfig())  # type: ignore[arg-type]  # renders only
    seen = []
    for number in (1, 2):
        data = engine.card(ENT + "beijing", number)
        paging = data["paging"]
        assert paging.number == number and paging.pages > 2 and paging.first == len(seen) + 1
        seen += data["card"].facts
        html = app.templates.get_template("card.html").render(
            card=data["card"],
            iri=ENT + "beijing",
            charts=[],
            depth=1,
            conflicts=data.get("conflicts", []),
            paging=paging,
        )
        assert f"Facts {paging.first}–{paging.last} of {paging.total} (page {number} of {paging.pages};" in html
        assert f'<a href="?page={number + 1}" rel="next">' in html
        assert ('rel="prev"' in html) == (number > 1)
    whole = engine.card(ENT + "beijing")["card"]
    assert [f.to_dict() for f in seen] == [f.to_dict() for f in whole.facts[: len(seen)]]


def test_the_whole_graph_view_is_served_with_a_nonce_of_its_own(server: Server) -> None:
    first, second = server.get("/graph", "text/html"), server.get("/graph", "text/html")
    assert first.status == 200 and "\x00" not in first.text
    nonce = re.search(r"script-src 'nonce-([A-Za-z0-9_-]+)'", first.headers["content-security-policy"])
    assert nonce and "unsafe-inline" not in first.headers["content-security-policy"]
    assert first.text.count(f'nonce="{nonce.group(1)}"') == 4  # its two scripts and two styles
    assert nonce.group(1) not in second.text  # a new nonce for every response


def test_two_entities_compared_side_by_side(server: Server) -> None:
    reply = server.get("/compare", "text/html", a="Beijing", b="huairou science city")
    assert reply.status == 200
    assert '<h1><a href="/entity/beijing">Beijing</a> and <a href="/entity/huairou-science-city">' in reply.text
    assert "invention patents per 10,000 people" in reply.text and '<th scope="row">2014</th>' in reply.text
    assert server.get("/compare", "text/html", a="Beijing").status == 400
    assert server.get("/compare", "text/html", a="Beijing", b="zzqxw").status == 404


def test_a_cards_facts_download_as_json_and_csv(server: Server, real_graph: Any) -> None:
    from kg.lookup import entity_card, find

    card = entity_card(real_graph, find(real_graph, "Huairou Science City"))
    reply = server.get("/entity/huairou-science-city", None, download="facts.json")
    assert reply.status == 200 and reply.media_type == "application/json"
    assert 'filename="huairou-science-city-facts.json"' in reply.headers["content-disposition"]
    assert json.loads(reply.body) == json.loads(json.dumps(card.to_dict()))
    reply = server.get("/entity/huairou-science-city", None, download="facts.csv")
    assert reply.status == 200 and reply.media_type == "text/csv"
    rows = list(csv.DictReader(io.StringIO(reply.text)))
    assert len(rows) == sum(max(1, len(f.sources)) for f in card.facts)
    assert {r["kind"] for r in rows} == {f.kind for f in card.facts}
    assert all(r["quote"] and r["document"] for r in rows)
    assert server.get("/entity/huairou-science-city", None, download="facts.xml").status == 400
    assert server.get("/fact/nothing-here", None, download="facts.csv").status == 404


class _Marks(HTMLParser):
    """The text of the article block, marked spans kept and the rest cut out (runs of marked text)."""

    def __init__(self) -> None:
        super().__init__()
        self.depth, self.marked, self.runs = 0, False, [""]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.depth += tag == "div"
            self.marked = self.marked or tag == "mark"
        elif tag == "div" and ("class", "article") in attrs:
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= tag == "div"
            if tag == "mark":
                self.marked = False

    def handle_data(self, data: str) -> None:
        if self.depth and self.marked:
            self.runs[-1] += data
        elif self.depth and self.runs[-1]:
            self.runs.append("")


@pytest.mark.parametrize("source", ["peoples-daily-beijing-innovation-center", "miracle-of-beijing"])
def test_the_source_reader_marks_every_quote_of_its_source(server: Server, real_graph: Any, source: str) -> None:
    reply = server.get(f"/source/{source}", "text/html")
    assert reply.status == 200
    quotes = {
        r["q"].value for r in real_graph.query(f"SELECT ?q WHERE {{ ?f kg:sourceDocument src:{source} ; kg:quote ?q }}")
    }
    marks = _Marks()
    marks.feed(reply.text)
    runs = [" ".join(run.split()) for run in marks.runs]
    assert len(quotes) > 10 and all(any(q in run for run in runs) for q in quotes)
    # each quote is listed with the facts it supports, and leads back to its place in the text
    assert reply.text.count('<li id="q') == len(quotes) and 'href="#at-q0"' in reply.text
    assert "not found in the text shown" not in reply.text
    dates = reply.text.split('<section class="dates">', 1)[1].split("</section>", 1)[0]
    assert "<dt>published</dt><dd>not given: the text states no date in full</dd>" in dates


def test_the_source_reader_says_how_its_dates_were_read(server: Server) -> None:
    reply = server.get("/source/china-daily-2020-12-15-beijing-ambitions", "text/html")
    dates = reply.text.split('<section class="dates">', 1)[1].split("</section>", 1)[0]
    assert "<dt>last modified</dt><dd><strong>2020-12-15</strong>: written in the text: “Updated: Dec 15,2020" in dates


@pytest.mark.parametrize(
    ("accept", "rdf_format"),
    [("text/turtle", ox.RdfFormat.TURTLE), ("application/ld+json", ox.RdfFormat.JSON_LD)],
)
def test_entity_rdf_by_content_negotiation(server: Server, accept: str, rdf_format: Any) -> None:
    reply = server.get("/entity/huairou-science-city", accept)
    assert reply.status == 200
    assert reply.media_type == accept
    triples = {(q.subject, q.predicate, q.object) for q in ox.parse(reply.body, rdf_format)}
    city = ox.NamedNode(ENT + "huairou-science-city")
    assert (city, ox.NamedNode(PREFIXES["rdf"] + "type"), ox.NamedNode(KG + "ScienceCity")) in triples
    assert any(o == city for _, _, o in triples)  # what points at it comes too


def test_other_iris_of_the_graph_resolve(server: Server) -> None:
    for path in ("/source/miracle-of-beijing", "/measure/rd-expenditure", "/unit/percent", "/entity/"):
        reply = server.get(path, "text/html")
        assert reply.status == 200, path
    assert "Parts per hundred." in server.get("/unit/percent", "text/html").text


def test_unknown_entity_is_404(server: Server) -> None:
    assert server.get("/entity/no-such-thing", "text/turtle").status == 404
    reply = server.get("/entity/no-such-thing", "text/html")
    assert reply.status == 404
    assert "no resource matches" in reply.text


def _ontology_terms() -> dict[str, set[str]]:
    from .conftest import ROOT

    g = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl")
    owl = rdflib.OWL
    return {
        kind: {str(s)[len(KG) :] for s in g.subjects(rdflib.RDF.type, cls) if str(s).startswith(KG)}
        for kind, cls in (
            ("class", owl.Class),
            ("object", owl.ObjectProperty),
            ("datatype", owl.DatatypeProperty),
        )
    }


def test_ontology_documents_every_class_and_property(server: Server) -> None:
    reply = server.get("/ontology", "text/html")
    assert reply.status == 200
    terms = _ontology_terms()
    assert terms["class"] and terms["object"] and terms["datatype"]
    for names in terms.values():
        for name in names:
            assert f'id="{name}"' in reply.text, name
    from markupsafe import escape

    from .conftest import ROOT

    g = rdflib.Graph().parse(ROOT / "ontology" / "kg.ttl")
    for term, comment in g.subject_objects(rdflib.RDFS.comment):
        if str(term).startswith(KG):
            assert str(escape(str(comment))) in reply.text, term


def test_ontology_as_turtle_at_the_namespace(server: Server) -> None:
    reply = server.get("/ontology", "text/turtle")
    assert reply.status == 200
    g = rdflib.Graph().parse(data=reply.text, format="turtle")
    served = {str(s)[len(KG) :] for s in g.subjects(rdflib.RDF.type, rdflib.OWL.Class) if str(s).startswith(KG)}
    assert served == _ontology_terms()["class"]


def test_home_page_offers_every_named_query_and_loads_nothing_remote(server: Server, real: Project) -> None:
    from markupsafe import escape

    from kg.queries import load_named_queries

    reply = server.get("/", "text/html")
    assert reply.status == 200
    html = reply.text
    for named in load_named_queries(real.queries_dir).values():
        assert str(escape(named.title)) in html
    assert 'action="/sparql"' in html
    for remote in ('src="http', "src='http", 'rel="stylesheet" href="http'):
        assert remote not in html


def test_html_results_link_entities_to_their_pages(server: Server) -> None:
    reply = server.query(CITIES, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    assert reply.status == 200
    assert reply.media_type == "text/html"
    assert '<a href="/entity/huairou-science-city"' in reply.text


def test_html_results_show_plain_values_with_their_types_in_tooltips(server: Server) -> None:
    query = (
        "SELECT ?v ?y ?l ?zh ?custom WHERE { ?o kg:refArea ent:beijing ; kg:value ?v ; kg:year ?y "
        "FILTER(?y = '2022'^^xsd:gYear) ent:beijing rdfs:label ?l . "
        "BIND('北京'@zh AS ?zh) BIND('x'^^<http://example.org/t> AS ?custom) } LIMIT 1"
    )
    html = server.query(query, "text/html").text
    cells = html[html.index("<tbody>") :]
    assert "^^xsd:decimal" not in cells and "^^xsd:gYear" not in cells and "@en<" not in cells
    assert 'class="literal number" title="xsd:decimal"' in html and 'title="xsd:gYear">2022<' in html
    assert '<span class="lang">@zh</span>' in cells and "langString" not in cells  # another language is said
    assert '<span class="dtype">^^http://example.org/t</span>' in cells  # and a type the table does not know


def test_html_query_error_is_shown_at_its_place(server: Server) -> None:
    import html as html_lib
    import re

    query = "SELECT ?x WHERE {\n  ?x rdfs:label ?y FILTER(?y = )\n}"
    reply = server.query(query, "text/html")
    assert reply.status == 400
    line, column = map(int, re.search(r"error at (\d+):(\d+)", reply.text).groups())  # type: ignore[union-attr]
    shown = html_lib.unescape(reply.text.split('<pre class="error-at"', 1)[1].split(">", 1)[1].split("</pre>")[0])
    first, caret = shown.split("\n")
    text = query.split("\n")[line - 1]
    assert first == f"line {line}: {text}"
    assert caret == " " * len(f"line {line}: ") + " " * min(column - 1, len(text)) + "^"


def test_html_query_error_is_shown_in_the_form(server: Server) -> None:
    reply = server.query("SELECT ?x WHERE { ?x a }", "text/html")
    assert reply.status == 400
    assert "SPARQL syntax error" in reply.text
    assert "<textarea" in reply.text


# --- the command -------------------------------------------------------------------------


def test_serve_on_a_port_in_use_is_one_line_exit_1(real: Project) -> None:
    import socket
    import subprocess

    from .serving import KG

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run(
            [*KG, "--project", str(real.root), "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1
    assert done.stderr == f"Error: cannot listen on 127.0.0.1:{port}: Address already in use\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--port", "70000"], "Error: Invalid value for '--port': 70000 is not in the range 0<=x<=65535."),
        (["--max-body-size", "lots"], "Error: Invalid value for '--max-body-size': 'lots' is not a size"),
        (["--timeout", "0"], "Error: Invalid value for '--timeout': 0.0 is not in the range 0.1<=x<=3600."),
    ],
)
def test_serve_bad_options_exit_2(real: Project, args: list[str], message: str) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    result = CliRunner().invoke(cli, ["--project", str(real.root), "serve", *args])
    assert result.exit_code == 2
    assert result.output.startswith(message)
    assert result.output.count("\n") == 1


def test_sparqlwrapper_other_formats(server: Server, cities: list[str]) -> None:
    from SPARQLWrapper import JSONLD, TSV, XML, SPARQLWrapper

    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(CITIES)
    client.setReturnFormat(TSV)
    tsv = client.query().convert()
    assert isinstance(tsv, bytes)
    assert [line.strip("<>") for line in tsv.decode().splitlines()[1:]] == cities
    client.setQuery(CITIES_GRAPH)
    for fmt, kind in ((JSONLD, "application/ld+json"), (XML, "application/rdf+xml")):
        client.setReturnFormat(fmt)
        result = client.query()
        assert result.response.status == 200, fmt
        assert result.response.headers["Content-Type"].startswith(kind)
    # a results format for a CONSTRUCT (as SPARQLWrapper sends for CSV) gets Turtle
    reply = server.query(CITIES_GRAPH, None, format="csv")
    assert (reply.status, reply.media_type) == (200, "text/turtle")


def test_accept_with_parameters(server: Server, cities: list[str]) -> None:
    reply = server.query(CITIES, "application/sparql-results+json; charset=utf-8")
    assert (reply.status, reply.media_type) == (200, RESULTS_JSON)
    reply = server.query(CITIES, "text/csv; header=present;q=0.9, text/html;q=0.1")
    assert reply.media_type == "text/csv"
    reply = server.get("/entity/beijing", "text/turtle; charset=utf-8")
    assert (reply.status, reply.media_type) == (200, "text/turtle")


def test_raw_utf8_form_body_is_accepted(server: Server) -> None:
    query = 'SELECT ?x WHERE { ?x skos:prefLabel "怀柔科学城"@zh }'
    reply = server.post(b"query=" + query.encode("utf-8"), "application/x-www-form-urlencoded", "text/csv")
    assert reply.status == 200
    assert reply.text.splitlines()[1:] == [ENT + "huairou-science-city"]


def test_the_dataset_description_is_at_its_well_known_place(server: Server, real_graph: Any) -> None:
    reply = server.get("/.well-known/void", "text/turtle")
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/turtle")
    void = rdflib.Graph().parse(data=reply.text, format="turtle")
    dataset = rdflib.URIRef("https://w3id.org/beijing-innovation-kg/dataset")
    assert int(void.value(dataset, rdflib.URIRef("http://rdfs.org/ns/void#triples"))) == len(real_graph.store)
    endpoint = void.value(dataset, rdflib.URIRef("http://rdfs.org/ns/void#sparqlEndpoint"))
    assert str(endpoint).endswith("/sparql")


def test_malformed_paths_and_near_misses_are_404(server: Server) -> None:
    for path in ("/entity/%ZZ", "/entity/a%20b", "/entity/a%3Eb"):
        assert server.get(path, "text/html").status == 404, path
    reply = server.get("/entity/huairou-sciense-city", "text/html")
    assert reply.status == 404
    assert 'href="/entity/huairou-science-city"' in reply.text


def test_listings_of_sources_and_measures(server: Server, real_graph: Any) -> None:
    sources = [e for e in real_graph.names if e["kind"] == "source"]
    reply = server.get("/source/", "text/html")
    assert reply.status == 200
    for source in sources:
        assert f'href="/source/{source["id"]}"' in reply.text
    assert "R&amp;D expenditure" in server.get("/measure/", "text/html").text


def test_a_listing_past_its_pages_is_refused(server: Server) -> None:
    assert server.get("/entity/", "text/html", page="1").text == server.get("/entity/", "text/html").text
    for wrong in ("2", "0", "x", "²", "1" * 5000):
        reply = server.get("/entity/", "text/html", page=wrong)
        assert reply.status == 400 and f"page must be a number from 1 to 1, not {wrong[:20]!r}" in unescape(reply.text)


def test_a_long_listing_is_paged_and_each_class_links_to_its_first_page(
    real: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    from werkzeug.test import Client

    import kg.server
    from kg.server import App, ServerConfig
    from kg.store import open_graph
    from kg.workers import Engine

    monkeypatch.setattr(kg.server, "INDEX_PAGE", 40)
    engine = Engine(open_graph(real, auto_build=False))

    class Pool:  # the engine in this process, as the workers run it
        def call(self, op: str, *args: Any, timeout: float) -> Any:
            return getattr(engine, op)(*args)

    client = Client(App(Pool(), real.root / "queries", ServerConfig()))  # type: ignore[arg-type]
    entities = [e for e in engine.entities() if e["kind"] == "entity"]
    pages = -(-len(entities) // 40)
    assert pages > 2
    listed: list[str] = []
    for number in range(1, pages + 1):
        page = client.get(f"/entity/?page={number}", headers={"Accept": "text/html"}).get_data(as_text=True)
        assert f"Page {number} of {pages}:" in page
        listed += re.findall(r'<li><a href="/entity/([^"]+)">', page)
        if number == 1:  # every class is in the contents, linked to the page where it begins
            for cls in {e["class"] for e in entities[40:]} - {e["class"] for e in entities[:40]}:
                first = next(i for i, e in enumerate(entities) if e["class"] == cls) // 40 + 1
                assert f'<a href="?page={first}#{cls.replace(" ", "-")}">' in unescape(page)
    assert listed == [e["id"] for e in entities]


def test_html_results_use_the_dataset_parameters(server: Server) -> None:
    reply = server.get(
        "/sparql", "text/html", query="SELECT * WHERE { ?s ?p ?o }", **{"default-graph-uri": "http://example.org/g"}
    )
    assert reply.status == 200
    assert "0 rows" in reply.text


def test_html_update_as_query_is_shown_in_the_form(server: Server) -> None:
    reply = server.query("INSERT DATA { <http://a> <http://b> 1 }", "text/html")
    assert reply.status == 400
    assert "this is an update" in reply.text and "<textarea" in reply.text


def test_html_results_offer_downloads(server: Server) -> None:
    html = server.query(CITIES, "text/html").text
    assert "format=csv" in html and "format=json" in html


def test_serve_on_an_invalid_host_is_one_line_exit_1(real: Project) -> None:
    import subprocess

    from .serving import KG

    done = subprocess.run(
        [*KG, "--project", str(real.root), "serve", "--host", "256.1.1.1", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr == "Error: cannot listen on 256.1.1.1:0: not a valid address\n"


# --- a sparql: store whose server fails ----------------------------------------------------


class _Failing(BaseHTTPRequestHandler):
    """A SPARQL server that answers every request with HTTP 500."""

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = b"<html><body><h1>Internal error</h1><p>database on fire</p></body></html>"
        self.send_response(500)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _upstream_failures(server: Server) -> list[Reply]:
    return [
        server.query(CITIES),
        server.query(CITIES_GRAPH, "text/turtle"),
        server.get("/sparql", "text/turtle"),  # the service description counts the triples
        server.get("/entity/huairou-science-city", "text/turtle"),
        server.get("/", "text/plain"),
    ]


def test_a_sparql_store_that_is_down_is_a_bad_gateway(real: Project) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there: connection refused
    with running_server(real.root, "--timeout", "5", store=f"sparql:{url}") as server:
        for reply in _upstream_failures(server):
            assert reply.status == 502
            assert reply.text == f"cannot reach the SPARQL server at {url}: connection refused (is it running?)\n"
        page = server.get("/entity/huairou-science-city", "text/html")
        assert page.status == 502
        assert "connection refused" in page.text


def test_a_sparql_store_that_fails_is_a_bad_gateway(real: Project) -> None:
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{upstream.server_address[1]}/sparql"
    try:
        with running_server(real.root, "--timeout", "5", store=f"sparql:{url}") as server:
            for reply in _upstream_failures(server):
                assert reply.status == 502
                assert reply.text == (
                    f"the SPARQL server at {url} failed (HTTP 500: Internal error database on fire)\n"
                )
    finally:
        upstream.shutdown()
        upstream.server_close()
