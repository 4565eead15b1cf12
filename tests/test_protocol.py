"""SPARQL 1.1 Protocol conformance of ``kg serve``, from the specification, with real clients.

Each test names the test of the W3C suite (``sparql/sparql11/protocol/manifest.ttl`` in
w3c/rdf-tests) whose requirement it covers; the suite itself is not downloaded. Results in
every format are read back with rdflib's parsers (independent of the Oxigraph writers the
server uses) on a corpus of hostile values, and compared with what the graph holds.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.query import Result

from kg.errors import QueryError
from kg.project import Project
from kg.push import GENID, skolemize_store
from kg.sparql import with_update_dataset

from .serving import Reply, Server, running_server

EX = "http://example.org/"
FOAF = "http://xmlns.com/foaf/0.1/"
DC = "http://purl.org/dc/terms/"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
FORM = "application/x-www-form-urlencoded"
RESULTS_JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def writable(real: Project) -> Iterator[Server]:
    with running_server(real.root, "--allow-update", "--timeout", "5") as s:
        yield s


@pytest.fixture(scope="module")
def server(real: Project) -> Iterator[Server]:
    with running_server(real.root, "--timeout", "5", "--workers", "2") as s:
        yield s


def _post_update(server: Server, text: str, form: bool = False, **params: list[str]) -> Reply:
    query = ("?" + urlencode([(k.replace("_", "-"), v) for k, vs in params.items() for v in vs])) if params else ""
    if form:
        return server.request("POST", "/sparql" + query, urlencode({"update": text}).encode(), {"Content-Type": FORM})
    return server.request("POST", "/sparql" + query, text.encode(), {"Content-Type": "application/sparql-update"})


def _post_query(server: Server, text: str, accept: str = RESULTS_JSON, **params: list[str]) -> Reply:
    query = ("?" + urlencode([(k.replace("_", "-"), v) for k, vs in params.items() for v in vs])) if params else ""
    headers = {"Content-Type": "application/sparql-query", "Accept": accept}
    return server.request("POST", "/sparql" + query, text.encode(), headers)


def _ask(server: Server, text: str, **params: list[str]) -> bool:
    reply = _post_query(server, text, **params)
    assert reply.status == 200, reply.text
    return bool(json.loads(reply.body)["boolean"])


def _documents(server: Server, base: str) -> dict[str, str]:
    """Three named graphs ``{base}data1..3``, each holding one foaf:Document (itself), and one in the
    default graph, so an update that ignored its dataset would be seen."""
    graphs = {n: f"{base}data{n}" for n in ("1", "2", "3")}
    inserts = " ".join(f"GRAPH <{g}> {{ <{g}> a <{FOAF}Document> }}" for g in graphs.values())
    reply = _post_update(server, f"INSERT DATA {{ {inserts} <{base}default> a <{FOAF}Document> }}")
    assert reply.status == 204, reply.text
    return graphs


# --- update datasets: using-graph-uri, using-named-graph-uri ----------------------------------


def test_update_dataset_default_graph(writable: Server) -> None:
    """update_dataset_default_graph: using-graph-uri is the WHERE's default graph, and nothing else."""
    base = EX + "udg/"
    data = _documents(writable, base)
    update = f"INSERT {{ GRAPH <{base}out> {{ ?s a <{DC}BibliographicResource> }} }} WHERE {{ ?s a <{FOAF}Document> }}"
    assert _post_update(writable, update, using_graph_uri=[data["1"]]).status == 204
    out = f"SELECT ?s WHERE {{ GRAPH <{base}out> {{ ?s a ?t }} }}"
    reply = _post_query(writable, out, "text/csv")
    assert reply.text.split("\r\n")[1:-1] == [data["1"]]  # not the default graph's document, nor data2/3


def test_update_dataset_default_graphs(writable: Server) -> None:
    """update_dataset_default_graphs: several using-graph-uri are merged; others stay out."""
    base = EX + "udgs/"
    data = _documents(writable, base)
    update = f"INSERT {{ GRAPH <{base}out> {{ ?s a <{DC}BibliographicResource> }} }} WHERE {{ ?s a <{FOAF}Document> }}"
    assert _post_update(writable, update, using_graph_uri=[data["1"], data["2"]]).status == 204
    assert _ask(writable, f"ASK {{ GRAPH <{base}out> {{ <{data['1']}> a ?t . <{data['2']}> a ?t }} }}")
    assert not _ask(writable, f"ASK {{ GRAPH <{base}out> {{ <{data['3']}> ?p ?o }} }}")
    assert not _ask(writable, f"ASK {{ GRAPH <{base}out> {{ <{base}default> ?p ?o }} }}")


def test_update_dataset_named_graphs(writable: Server) -> None:
    """update_dataset_named_graphs: using-named-graph-uri are the graphs GRAPH ?g sees."""
    base = EX + "udng/"
    data = _documents(writable, base)
    update = (
        f"INSERT {{ GRAPH <{base}out> {{ ?s a <{DC}BibliographicResource> }} }} "
        f"WHERE {{ GRAPH ?g {{ ?s a <{FOAF}Document> }} }}"
    )
    assert _post_update(writable, update, using_named_graph_uri=[data["1"], data["2"]]).status == 204
    assert _ask(writable, f"ASK {{ GRAPH <{base}out> {{ <{data['1']}> a ?t . <{data['2']}> a ?t }} }}")
    assert not _ask(writable, f"ASK {{ GRAPH <{base}out> {{ <{data['3']}> ?p ?o }} }}")


def test_update_dataset_full_by_sparqlwrapper(writable: Server) -> None:
    """update_dataset_full, sent by SPARQLWrapper: default and named graphs together."""
    from SPARQLWrapper import POST, SPARQLWrapper

    base = EX + "udf/"
    data = _documents(writable, base)
    client = SPARQLWrapper(writable.url + "/sparql")
    client.setMethod(POST)
    client.addParameter("using-graph-uri", data["1"])
    client.addParameter("using-named-graph-uri", data["2"])
    client.setQuery(
        f"""PREFIX foaf: <{FOAF}>
INSERT {{ GRAPH <{base}out> {{ ?s <{EX}in> ?in }} }}
WHERE {{ {{ GRAPH ?g {{ ?s a foaf:Document }} BIND(?g AS ?in) }}
        UNION {{ ?s a foaf:Document . BIND("default" AS ?in) }} }}"""
    )
    assert client.query().response.status == 204
    assert _ask(
        writable,
        f"""ASK {{ GRAPH <{base}out> {{ <{data["1"]}> <{EX}in> "default" . <{data["2"]}> <{EX}in> <{data["2"]}> }}
                  FILTER NOT EXISTS {{ GRAPH <{base}out> {{ <{data["3"]}> ?p ?o }} }}
                  FILTER NOT EXISTS {{ GRAPH <{base}out> {{ <{base}default> ?p ?o }} }} }}""",
    )


def test_update_dataset_applies_to_every_operation_and_form_bodies(writable: Server) -> None:
    """The W3C tests' shape: CLEAR/INSERT DATA then INSERT ... WHERE in one request, parameters
    in a form body; every DELETE/INSERT ... WHERE of the request gets the dataset."""
    base = EX + "uform/"
    g = f"{base}data1"
    update = (
        f"CLEAR SILENT GRAPH <{base}out> ; INSERT DATA {{ GRAPH <{g}> {{ <{g}> a <{FOAF}Document> }} }} ; "
        f"INSERT {{ GRAPH <{base}out> {{ ?s a <{DC}BibliographicResource> }} }} WHERE {{ ?s a <{FOAF}Document> }} ; "
        f"DELETE {{ GRAPH <{base}out> {{ ?s a <{DC}BibliographicResource> }} }} "
        f"INSERT {{ GRAPH <{base}out> {{ ?s a <{DC}Agent> }} }} WHERE {{ ?s a <{FOAF}Document> }}"
    )
    body = urlencode([("update", update), ("using-graph-uri", g)]).encode()
    reply = writable.request("POST", "/sparql", body, {"Content-Type": FORM})
    assert reply.status == 204, reply.text
    rows = _post_query(writable, f"SELECT ?s ?t WHERE {{ GRAPH <{base}out> {{ ?s a ?t }} }}", "text/csv")
    assert rows.text.split("\r\n")[1:-1] == [f"{g},{DC}Agent"]


@pytest.mark.parametrize(
    "update",
    [
        # bad_update_dataset_conflict, as the W3C test sends it
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/> WITH <http://example/addresses> "
        "DELETE { ?person foaf:givenName 'Bill' } INSERT { ?person foaf:givenName 'William' } "
        "WHERE { ?person foaf:givenName 'Bill' }",
        "INSERT { ?s a <http://example.org/C> } USING <http://example.org/g> WHERE { ?s ?p ?o }",
        "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 } ; "
        "DELETE { ?s ?p ?o } USING NAMED <http://example.org/n> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "DELETE WHERE { ?s <http://example.org/b> ?o }",
    ],
)
def test_bad_update_dataset_conflict(writable: Server, update: str) -> None:
    """bad_update_dataset_conflict: a dataset in the text and in the parameters is a 400, one line,
    and nothing of the request is applied (DELETE WHERE has no place for one: refused too)."""
    for form in (False, True):
        reply = _post_update(writable, update, form=form, using_named_graph_uri=["http://example/people"])
        assert reply.status == 400, reply.text
        assert reply.text.count("\n") == 1
        assert "using-graph-uri or using-named-graph-uri" in reply.text
    assert not _ask(writable, "ASK { <http://example.org/a> <http://example.org/b> 1 }")


def test_update_dataset_rewrite_is_read_from_the_parse() -> None:
    """The clauses go before the WHERE keyword the parser found, not before text that looks like one."""
    text = "INSERT { ?s <http://example.org/p> 'WHERE { }' } # WHERE\nWHERE { ?s ?p ?o }"
    assert with_update_dataset(text, ["http://example.org/g"], []) == (
        "INSERT { ?s <http://example.org/p> 'WHERE { }' } # WHERE\nUSING <http://example.org/g> WHERE { ?s ?p ?o }"
    )
    assert with_update_dataset("CLEAR ALL", ["http://example.org/g"], []) == "CLEAR ALL"
    with pytest.raises(QueryError, match="not an absolute IRI"):
        with_update_dataset("INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", ["g> } ; LOAD <file:///etc/passwd"], [])


# --- the base IRI is the request's URL ---------------------------------------------------------


def test_update_base_uri(writable: Server) -> None:
    """update_base_uri: a relative IRI in an update resolves against the endpoint's URL."""
    graph = EX + "protocol-base-test/"
    update = f"CLEAR SILENT GRAPH <{graph}> ; INSERT DATA {{ GRAPH <{graph}> {{ <{EX}s> <{EX}p> <test> }} }}"
    assert _post_update(writable, update).status == 204
    reply = _post_query(writable, f"SELECT ?o WHERE {{ GRAPH <{graph}> {{ <{EX}s> <{EX}p> ?o }} }}")
    (row,) = json.loads(reply.body)["results"]["bindings"]
    assert row["o"] == {"type": "uri", "value": writable.url + "/test"}


@pytest.mark.parametrize("accept", ["text/turtle", "application/rdf+xml", "application/n-triples"])
def test_query_content_type_construct(server: Server, accept: str) -> None:
    """query_content_type_construct: CONSTRUCT { <s> <p> 1 } WHERE {} answers RDF, IRIs resolved."""
    reply = _post_query(server, "CONSTRUCT { <s> <p> 1 } WHERE {}", accept, default_graph_uri=[EX + "data0.rdf"])
    assert (reply.status, reply.media_type) == (200, accept), reply.text
    fmt = {"text/turtle": "turtle", "application/rdf+xml": "xml", "application/n-triples": "nt"}[accept]
    graph = rdflib.Graph().parse(data=reply.body, format=fmt)
    expected = (rdflib.URIRef(server.url + "/s"), rdflib.URIRef(server.url + "/p"), rdflib.Literal(1))
    assert set(graph) == {expected}


def test_a_query_base_wins_over_the_request_url(server: Server) -> None:
    reply = server.query("BASE <http://example.org/b/> SELECT ?x WHERE { BIND(<rel> AS ?x) }", RESULTS_JSON)
    assert json.loads(reply.body)["results"]["bindings"][0]["x"]["value"] == "http://example.org/b/rel"
    reply = server.query("SELECT ?x WHERE { BIND(<rel> AS ?x) }", "text/csv")
    assert reply.text.split("\r\n")[1] == server.url + "/rel"


# --- query datasets and the bad requests of the suite (already held; kept held) -------------------


def test_query_datasets_by_get_and_post(writable: Server) -> None:
    """query_dataset_default_graphs_get/_post, query_dataset_named_graphs_get/_post, query_dataset_full."""
    from SPARQLWrapper import JSON, SPARQLWrapper

    data = _documents(writable, EX + "qd/")
    both_default = f"ASK {{ <{data['1']}> a ?type . <{data['2']}> a ?type . }}"
    assert _ask(writable, both_default, default_graph_uri=[data["1"], data["2"]])
    assert not _ask(writable, both_default, default_graph_uri=[data["1"]])
    client = SPARQLWrapper(writable.url + "/sparql")
    client.setReturnFormat(JSON)
    client.setQuery(both_default)
    client.addDefaultGraph(data["1"])
    client.addDefaultGraph(data["2"])
    assert client.query().convert()["boolean"] is True  # type: ignore[index]
    named = f"ASK {{ GRAPH ?g1 {{ <{data['1']}> a ?type }} GRAPH ?g2 {{ <{data['2']}> a ?type }} }}"
    assert _ask(writable, named, named_graph_uri=[data["1"], data["2"]])
    assert not _ask(writable, named, named_graph_uri=[data["1"]])
    full = (
        f"ASK {{ <{data['3']}> a ?type GRAPH ?g1 {{ <{data['1']}> a ?type }} GRAPH ?g2 {{ <{data['2']}> a ?type }} }}"
    )
    assert _ask(writable, full, default_graph_uri=[data["3"]], named_graph_uri=[data["1"], data["2"]])


@pytest.mark.parametrize(
    ("name", "method", "path", "body", "headers"),
    [
        ("bad_query_method", "PUT", "/sparql?query=ASK%20%7B%7D", b"", {"Content-Type": FORM}),
        ("bad_multiple_queries", "GET", "/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", None, {}),
        ("bad_query_wrong_media_type", "POST", "/sparql", b"ASK {}", {"Content-Type": "text/plain"}),
        ("bad_query_missing_form_type", "POST", "/sparql", b"query=ASK%20%7B%7D", {}),
        ("bad_query_missing_direct_type", "POST", "/sparql", b"ASK {}", {}),
        (
            "bad_query_non_utf8",
            "POST",
            "/sparql",
            "ASK {}".encode("utf-16"),
            {"Content-Type": "application/sparql-query; charset=UTF-16"},
        ),
        ("bad_query_syntax", "GET", "/sparql?query=ASK%20%7B", None, {}),
        ("bad_update_get", "GET", "/sparql?update=CLEAR%20ALL", None, {}),
        (
            "bad_multiple_updates",
            "POST",
            "/sparql",
            b"update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",
            {"Content-Type": FORM},
        ),
        ("bad_update_wrong_media_type", "POST", "/sparql", b"CLEAR NAMED", {"Content-Type": "text/plain"}),
        ("bad_update_missing_form_type", "POST", "/sparql", b"update=CLEAR%20NAMED", {}),
        (
            "bad_update_non_utf8",
            "POST",
            "/sparql",
            "CLEAR NAMED".encode("utf-16"),
            {"Content-Type": "application/sparql-update; charset=UTF-16"},
        ),
        ("bad_update_syntax", "POST", "/sparql", b"update=CLEAR%20XYZ", {"Content-Type": FORM}),
    ],
)
def test_bad_requests_are_4xx(
    writable: Server, name: str, method: str, path: str, body: bytes | None, headers: dict[str, str]
) -> None:
    reply = writable.request(method, path, body, headers)
    assert 400 <= reply.status < 500, (name, reply.status)
    assert reply.text.count("\n") == 1, name
    assert writable.alive()


# --- the service description ------------------------------------------------------------------


def _features(server: Server) -> set[str]:
    reply = server.get("/sparql", "text/turtle")
    assert reply.status == 200
    graph = rdflib.Graph().parse(data=reply.text, format="turtle")
    return {str(o) for o in graph.objects(rdflib.URIRef(server.url + "/sparql"), SD.feature)}


def test_service_description_lists_only_features_that_hold(server: Server, writable: Server) -> None:
    assert _features(server) == set()
    assert _features(writable) == {str(SD.EmptyGraphs)}
    # sd:EmptyGraphs: a graph left empty by an update stays
    graph = EX + "sd/emptied"
    assert _post_update(writable, f"INSERT DATA {{ GRAPH <{graph}> {{ <{EX}a> <{EX}b> 1 }} }}").status == 204
    assert _post_update(writable, f"DELETE DATA {{ GRAPH <{graph}> {{ <{EX}a> <{EX}b> 1 }} }}").status == 204
    assert _ask(writable, f"ASK {{ GRAPH <{graph}> {{ }} }}")
    # no sd:UnionDefaultGraph: what is in a named graph is not in the default graph
    assert _post_update(writable, f"INSERT DATA {{ GRAPH <{EX}sd/g> {{ <{EX}only> <{EX}in> 1 }} }}").status == 204
    assert not _ask(writable, f"ASK {{ <{EX}only> <{EX}in> 1 }}")
    # no sd:BasicFederatedQuery: SERVICE is refused; no sd:DereferencesURIs: FROM fetches nothing
    assert server.query(f"SELECT * WHERE {{ SERVICE <{EX}sparql> {{ ?s ?p ?o }} }}").status == 400
    assert not _ask(server, f"ASK FROM <{server.url}/sparql> {{ ?s ?p ?o }}")


# --- every format well-formed, on hostile values -----------------------------------------------

#: Values that break writers: separators of CSV/TSV, XML's specials and line ends, non-BMP text,
#: language tags, custom datatypes, IRIs no prefix can abbreviate.
HOSTILE: dict[str, Any] = {
    "comma": ox.Literal("a,b,,c"),
    "quotes": ox.Literal("say \"hi\" and 'bye'"),
    "crlf": ox.Literal("line1\r\nline2"),
    "cr": ox.Literal("before\rafter"),
    "lf": ox.Literal("first\nsecond"),
    "tab": ox.Literal("col1\tcol2"),
    "chinese": ox.Literal("怀柔科学城"),
    "emoji": ox.Literal("rocket 🚀 scientist 👩‍🔬"),
    "lang": ox.Literal("Huairou", language="en-US"),
    "lang-zh": ox.Literal("北京", language="zh-Hans-CN"),
    "custom": ox.Literal("42 units", datatype=ox.NamedNode(EX + "dt#custom")),
    "custom-amp": ox.Literal("1", datatype=ox.NamedNode(EX + "dt?a=1&b=2")),
    "markup": ox.Literal("<b>&amp;</b> ]]> x"),
    "backslash": ox.Literal("C:\\path\\"),
    "spaces": ox.Literal("  padded  "),
    "empty": ox.Literal(""),
    "integer": ox.Literal("7", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
    "iri-comma": ox.NamedNode(EX + "a,b"),
    "iri-slash": ox.NamedNode(EX + "p/"),
    "iri-digit": ox.NamedNode(EX + "1"),
    "iri-unicode": ox.NamedNode("http://例子.测试/路径?q=北京"),
    "iri-quote": ox.NamedNode(EX + "it's"),
    "urn": ox.NamedNode("urn:isbn:978-7-111"),
    "blank": ox.BlankNode("hostile"),
}
CONTROL = ox.Literal("bell\x07 and \x01")
SELECT = f"""SELECT ?name ?value ?unbound ?fresh WHERE {{
  ?s <{EX}name> ?name ; <{EX}value> ?value .
  OPTIONAL {{ ?s <{EX}missing> ?unbound }}
  BIND(BNODE() AS ?fresh)
  FILTER(?s != <{EX}item/control>)
}} ORDER BY ?name"""
CONSTRUCT = f"""CONSTRUCT {{ ?s ?p ?o . ?s <{EX}anon> [ <{EX}label> ?name ] . ?s <{EX}名称> ?name }}
WHERE {{ ?s <{EX}name> ?name ; ?p ?o FILTER(?s != <{EX}item/control>) }}"""


def _item(name: str) -> ox.NamedNode:
    return ox.NamedNode(f"{EX}item/{name}")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    triples = [ox.Triple(_item(n), ox.NamedNode(EX + "name"), ox.Literal(n)) for n in [*HOSTILE, "control"]]
    triples += [ox.Triple(_item(n), ox.NamedNode(EX + "value"), v) for n, v in HOSTILE.items()]
    triples.append(ox.Triple(_item("control"), ox.NamedNode(EX + "value"), CONTROL))
    path = tmp_path_factory.mktemp("corpus") / "hostile.nt"
    path.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")
    return path


@pytest.fixture(scope="module")
def hostile(real: Project, corpus: Path) -> Iterator[Server]:
    with running_server(real.root, "--timeout", "5", store=f"memory:{corpus}") as s:
        yield s


@pytest.fixture(scope="module")
def local(corpus: Path) -> Any:
    """The corpus as the server's workers hold it (blank nodes skolemized)."""
    store = ox.Store()
    store.load(path=str(corpus), format=ox.RdfFormat.N_TRIPLES)
    skolemize_store(store)
    return store


def _rdflib(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return rdflib.Literal(term.value, datatype=None if datatype.endswith("#string") else rdflib.URIRef(datatype))


def _from_rdflib(term: Any) -> Any:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


def _canonical(triples: Any) -> set[str]:
    """Triples with blank nodes relabelled canonically (RDFC-1.0): equal sets mean isomorphic graphs."""
    dataset = ox.Dataset(ox.Quad(*t) for t in triples)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return {str(q) for q in dataset}


def _lexical(term: Any) -> str:
    return str(term) if term is not None else ""


@pytest.fixture(scope="module")
def expected_rows(local: Any) -> list[tuple[str, Any]]:
    return [(r["name"].value, _rdflib(r["value"])) for r in local.query(SELECT)]


def test_the_corpus_reaches_the_server_intact(expected_rows: list[tuple[str, Any]]) -> None:
    values = dict(expected_rows)
    assert values["crlf"] == rdflib.Literal("line1\r\nline2")
    assert str(values["blank"]).startswith(GENID)  # served graphs name blank nodes (stable paging)
    assert len(values) == len(HOSTILE)


@pytest.mark.parametrize(
    ("media_type", "fmt"),
    [(RESULTS_JSON, "json"), ("application/sparql-results+xml", "xml"), ("text/tab-separated-values", "tsv")],
)
def test_select_results_parse_back_to_the_same_values(
    hostile: Server, expected_rows: list[tuple[str, Any]], media_type: str, fmt: str
) -> None:
    reply = hostile.query(SELECT, media_type)
    assert (reply.status, reply.media_type) == (200, media_type), reply.text
    result = Result.parse(io.BytesIO(reply.body), format=fmt)
    name, value, unbound, fresh = (rdflib.Variable(v) for v in ("name", "value", "unbound", "fresh"))
    assert [str(v) for v in result.vars or []] == ["name", "value", "unbound", "fresh"]
    got = [(str(b[name]), b[value]) for b in result.bindings]
    assert got == expected_rows
    assert all(unbound not in b for b in result.bindings)
    assert all(isinstance(b[fresh], rdflib.BNode) for b in result.bindings)


def test_select_xml_keeps_carriage_returns_for_any_xml_parser(hostile: Server) -> None:
    reply = hostile.query(SELECT, "application/sparql-results+xml")
    assert b"\r" not in reply.body
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    literals = [e.text or "" for e in ET.fromstring(reply.body).iterfind(".//r:binding[@name='value']/r:literal", ns)]
    assert "line1\r\nline2" in literals and "before\rafter" in literals and "col1\tcol2" in literals


def test_select_csv_keeps_rows_and_lexical_values(hostile: Server, expected_rows: list[tuple[str, Any]]) -> None:
    """CSV carries lexical forms only (by design); every row keeps its four fields."""
    reply = hostile.query(SELECT, "text/csv")
    assert (reply.status, reply.media_type) == (200, "text/csv")
    rows = list(csv.reader(io.StringIO(reply.body.decode("utf-8"), newline="")))
    assert rows[0] == ["name", "value", "unbound", "fresh"]
    assert all(len(row) == 4 for row in rows)
    assert [(r[0], r[1]) for r in rows[1:]] == [(n, _lexical(v)) for n, v in expected_rows]
    result = Result.parse(io.BytesIO(reply.body), format="csv")
    assert [_lexical(b.get(rdflib.Variable("value"))) for b in result.bindings] == [
        _lexical(v) for _, v in expected_rows
    ]
    assert all(str(b[rdflib.Variable("fresh")]).startswith("_:") for b in result.bindings)


@pytest.mark.parametrize(
    ("media_type", "fmt"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
)
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # rdflib's JSON-LD parser
def test_construct_parses_back_to_the_same_graph(hostile: Server, local: Any, media_type: str, fmt: str) -> None:
    reply = hostile.query(CONSTRUCT, media_type)
    assert (reply.status, reply.media_type) == (200, media_type), reply.text
    served = rdflib.Graph().parse(data=reply.body, format=fmt)
    expected = [(t.subject, t.predicate, t.object) for t in local.query(CONSTRUCT)]
    assert len(served) == len(expected) > 3 * len(HOSTILE)
    assert _canonical(tuple(_from_rdflib(x) for x in t) for t in served) == _canonical(expected)


@pytest.mark.parametrize("predicate", [EX + "p/", EX + "1", EX + "q#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#li"])
def test_rdf_xml_refuses_predicates_it_cannot_name(hostile: Server, predicate: str) -> None:
    query = f"CONSTRUCT {{ <{EX}s> <{predicate}> 1 }} WHERE {{}}"
    reply = hostile.query(query, "application/rdf+xml")
    assert reply.status == 406
    assert reply.text == (
        f"RDF/XML cannot carry this result: the predicate <{predicate}> cannot be written as an XML element "
        "name; ask for Turtle, N-Triples or JSON-LD\n"
    )
    turtle = hostile.query(query, "text/turtle")
    assert turtle.status == 200
    graph = rdflib.Graph().parse(data=turtle.body, format="turtle")
    assert set(graph) == {(rdflib.URIRef(EX + "s"), rdflib.URIRef(predicate), rdflib.Literal(1))}


@pytest.mark.parametrize(
    ("query", "media_type"),
    [
        (f"SELECT ?v WHERE {{ <{EX}item/control> <{EX}value> ?v }}", "application/sparql-results+xml"),
        (f"CONSTRUCT WHERE {{ <{EX}item/control> <{EX}value> ?v }}", "application/rdf+xml"),
    ],
)
def test_xml_refuses_control_characters_the_other_formats_carry(hostile: Server, query: str, media_type: str) -> None:
    reply = hostile.query(query, media_type)
    assert reply.status == 406
    assert reply.text.count("\n") == 1
    assert "control character U+0007, which XML 1.0 cannot write" in reply.text
    other = "text/tab-separated-values" if "SELECT" in query else "application/n-triples"
    reply = hostile.query(query, other)
    assert reply.status == 200
    if other == "application/n-triples":
        assert {str(o) for o in rdflib.Graph().parse(data=reply.body, format="nt").objects()} == {CONTROL.value}
    else:
        result = Result.parse(io.BytesIO(reply.body), format="tsv")
        assert [str(b[rdflib.Variable("v")]) for b in result.bindings] == [CONTROL.value]


# --- stable blank nodes: ORDER BY and paging agree across workers ----------------------------------

SHAPE_NODES = "SELECT ?node WHERE { ?node sh:path ?path } ORDER BY ?node"


def _column(reply: Reply) -> list[str]:
    assert reply.status == 200, reply.text
    return [b["node"]["value"] for b in json.loads(reply.body)["results"]["bindings"]]


def test_order_by_over_blank_nodes_is_the_same_on_every_worker(server: Server) -> None:
    """Consecutive requests go to the two workers in turn; they must agree on the order."""
    answers = [_column(server.query(SHAPE_NODES, RESULTS_JSON)) for _ in range(6)]
    assert len(answers[0]) > 10
    assert all(answer == answers[0] for answer in answers)
    assert all(node.startswith(GENID) for node in answers[0])


def test_paging_with_limit_offset_neither_skips_nor_repeats(server: Server) -> None:
    full = _column(server.query(SHAPE_NODES, RESULTS_JSON))
    pages: list[str] = []
    for offset in range(0, len(full), 5):
        pages += _column(server.query(f"{SHAPE_NODES} LIMIT 5 OFFSET {offset}", RESULTS_JSON))
    assert pages == full
    assert len(set(pages)) == len(pages)


def test_a_skolem_iri_resolves_on_the_server(server: Server) -> None:
    node = _column(server.query(SHAPE_NODES + " LIMIT 1", RESULTS_JSON))[0]
    path = node[len("https://w3id.org/beijing-innovation-kg") :]
    reply = server.get(path, "text/turtle")
    assert reply.status == 200, reply.text
    graph = rdflib.Graph().parse(data=reply.body, format="turtle")
    assert (rdflib.URIRef(node), rdflib.URIRef("http://www.w3.org/ns/shacl#path"), None) in graph


# --- the writers themselves ----------------------------------------------------------------------


@pytest.mark.parametrize("padding", [0, 65_535, 65_536, 65_537])
def test_xml_results_find_a_noncharacter_across_chunks(padding: int) -> None:
    from kg.errors import UnrepresentableError
    from kg.formats import write_results

    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.Literal("a" * padding + "\ufffe")))
    with pytest.raises(UnrepresentableError, match="U\\+FFFE"):
        write_results(store.query("SELECT ?o WHERE { ?s ?p ?o }"), "application/sparql-results+xml", io.BytesIO())


def test_rdf_xml_names_any_blank_node_label_as_an_xml_name() -> None:
    from kg.formats import write_rdf

    p = ox.NamedNode(EX + "p")
    triples = [
        ox.Triple(ox.BlankNode("123"), p, ox.BlankNode("x.y-z")),
        ox.Triple(ox.BlankNode("b123"), p, ox.Literal("1")),
    ]
    graph = rdflib.Graph().parse(data=write_rdf(triples, "application/rdf+xml"), format="xml")
    assert len(graph) == 2
    assert len(set(graph.subjects())) == 2  # _:123 and _:b123 stay two nodes
    assert all(isinstance(s, rdflib.BNode) and isinstance(o, (rdflib.BNode, rdflib.Literal)) for s, _, o in graph)
