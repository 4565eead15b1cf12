"""The command line: exact output and exit codes (click's CliRunner) on the tiny project."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.project import Project


@pytest.fixture
def run(built_tiny: Project):  # type: ignore[no-untyped-def]
    runner = CliRunner()

    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return runner.invoke(cli, ["--project", str(built_tiny.root), *args], prog_name="kg")

    return invoke


def test_lookup_prints_the_entity_card(run) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup", "exampleville")
    assert result.exit_code == 0
    assert result.output == (
        "Exampleville  (exampleville)\n"
        "  types:    city\n"
        "  prefLabel: 示例市 (outside knowledge: Chinese name added by the curators; not from a source)\n"
        "Indicators:\n"
        "  R&D spending as a share of GDP: around 5.5% (2021)\n"
        "      [tiny-article] “In 2021, Exampleville spent around 5.5 percent of its GDP on R&D.”\n"
        "Named in:\n"
        "  A tiny article\n"
        "      [tiny-article] “Exampleville spent”\n"
    )


def test_references_are_for_reading_articles_not_for_lookups(tiny: Project) -> None:
    things = tiny.data_dir / "entities" / "things.yaml"
    things.write_text(
        things.read_text(encoding="utf-8").replace(
            "  outside: {label_zh: 示例市}", "  references: [the city]\n  outside: {label_zh: 示例市}"
        ),
        encoding="utf-8",
    )

    def run(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(cli, ["--project", str(tiny.root), *args], prog_name="kg")

    assert run("lookup", "the city").exit_code == 1
    assert run("lookup", "示例市").output.startswith("Exampleville  (exampleville)")
    rows = json.loads(
        run("sparql", "SELECT ?l WHERE { ent:exampleville skos:hiddenLabel ?l }", "--format", "json").output
    )
    assert [b["l"]["value"] for b in rows["results"]["bindings"]] == ["the city"]


@pytest.mark.parametrize("name", ["Huairou Science City", "huairou science-city", "Huairou SC", "Huairou Sciense City"])
def test_lookup_matches_label_alias_normalized_and_fuzzy(run, name: str) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup", name)
    assert result.exit_code == 0
    assert result.output.splitlines()[:4] == [
        "Huairou Science City  (huairou-science-city)",
        "  types:    science city",
        "  aliases:  Huairou SC",
        "Relations:",
    ]
    assert "  ← located in: Example Facility" in result.output


def test_lookup_json(run) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup", "Exampleville", "--format", "json")
    assert result.exit_code == 0
    card = json.loads(result.output)
    assert (card["id"], card["label"], card["types"], card["aliases"]) == ("exampleville", "Exampleville", ["City"], [])
    indicator = next(f for f in card["facts"] if f["kind"] == "indicator")
    assert {k: indicator[k] for k in ("predicate", "value", "unit", "year", "qualifier")} == {
        "predicate": "rd-spending-share-of-gdp",
        "value": 5.5,
        "unit": "percent",
        "year": "2021",
        "qualifier": "around",
    }
    assert indicator["sources"] == [
        {
            "document": "tiny-article",
            "title": "A tiny article",
            "quote": "In 2021, Exampleville spent around 5.5 percent of its GDP on R&D.",
        }
    ]
    for fact in card["facts"]:
        assert {"predicate", "value", "object", "unit", "year", "date", "qualifier", "sources"} <= set(fact)


def test_lookup_post_facts_carry_role_organization_and_date(run) -> None:  # type: ignore[no-untyped-def]
    card = json.loads(run("lookup", "Ada Example", "--format", "json").output)
    [post] = card["facts"]
    assert (post["kind"], post["role"]["label"], post["object"]["label"], post["date"]) == (
        "post",
        "head",
        "Example Commission",
        "2021-06",
    )


def test_unknown_entity_exits_1_with_suggestions(run) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup", "Exampleburg")
    assert result.exit_code == 1
    assert result.output == "Error: no entity matches 'Exampleburg'; did you mean: Ada Example, Exampleville?\n"


def test_first_words_of_one_name_find_it(run) -> None:  # type: ignore[no-untyped-def]
    assert run("lookup", "Huairou").output.startswith("Huairou Science City  (huairou-science-city)\n")


def test_first_words_of_several_names_are_ambiguous(run) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup", "example")
    assert result.exit_code == 1
    assert result.output == (
        "Error: no entity matches 'example' exactly; it could be: Example Commission, Example Facility\n"
    )


def test_outside_knowledge_names_find_the_entity(run) -> None:  # type: ignore[no-untyped-def]
    assert run("lookup", "示例市").output.startswith("Exampleville  (exampleville)\n")


def test_usage_errors_are_one_line(run) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup")
    assert result.exit_code == 2
    assert result.output == "Error: Missing argument 'NAME'. (see 'kg lookup --help')\n"
    result = run("--store", "nosuch", "stats")
    assert (result.exit_code, result.output) == (
        2,
        "Error: unknown store 'nosuch' (use memory, memory:FILE, oxigraph:PATH or sparql:URL)\n",
    )


def test_unknown_prefix_is_one_line(run) -> None:  # type: ignore[no-untyped-def]
    result = run("sparql", "SELECT ?x WHERE { ?x a foo:Bar }")
    assert result.exit_code == 2
    assert result.output.startswith("Error: SPARQL syntax error: error at 1:31: unknown prefix (predeclared: kg, ent,")
    assert result.output.count("\n") == 1


def test_query_file_must_be_utf8(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.rq"
    bad.write_bytes(b"\xff\xfeS\x00E\x00")
    result = run("sparql", "-f", str(bad))
    assert result.exit_code == 2
    assert result.output == f"Error: Invalid value for '-f': {bad} is not UTF-8 text (see 'kg sparql --help')\n"


def test_unknown_entity_without_suggestions(run) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup", "zzzz qqqq")
    assert result.exit_code == 1
    assert result.output == "Error: no entity matches 'zzzz qqqq'\n"


def test_bad_sparql_exits_2_with_one_line(run) -> None:  # type: ignore[no-untyped-def]
    result = run("sparql", "SELECT ?x WHERE { ?x ?y }")
    assert result.exit_code == 2
    assert result.output == "Error: SPARQL syntax error: error at 1:26: expected one of LATERAL, SERVICE, [_]\n"


def test_bad_option_exits_2(run) -> None:  # type: ignore[no-untyped-def]
    result = run("lookup", "Exampleville", "--format", "yaml")
    assert result.exit_code == 2
    assert "Invalid value for '--format': 'yaml' is not one of 'text', 'json'." in result.output
    assert "Traceback" not in result.output


def test_service_is_refused(run) -> None:  # type: ignore[no-untyped-def]
    result = run("sparql", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert result.exit_code == 2
    assert result.output == (
        "Error: SERVICE (federated query) is disabled: it would make the query fetch from the network\n"
    )


def test_sparql_table_csv_json(run) -> None:  # type: ignore[no-untyped-def]
    query = "SELECT ?f ?l WHERE { ?f a kg:Facility ; rdfs:label ?l }"
    assert run("sparql", query).output == (
        "f                     l\n--------------------  ----------------\nent:example-facility  Example Facility\n"
    )
    assert run("sparql", query, "--format", "csv").output == (
        "f,l\nhttps://w3id.org/beijing-innovation-kg/entity/example-facility,Example Facility\n"
    )
    data = json.loads(run("sparql", query, "--format", "json").output)
    assert data["head"]["vars"] == ["f", "l"]
    assert data["results"]["bindings"][0]["l"] == {"type": "literal", "value": "Example Facility", "xml:lang": "en"}


def test_sparql_ask_and_construct(run) -> None:  # type: ignore[no-untyped-def]
    assert run("sparql", "ASK { ent:exampleville a kg:City }").output == "true\n"
    out = run("sparql", "CONSTRUCT { ?f kg:locatedIn ?p } WHERE { ?f kg:locatedIn ?p }").output
    assert "ent:example-facility kg:locatedIn ent:huairou-science-city ." in out


def test_sparql_from_file(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    query = tmp_path / "q.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?o a kg:Observation }", encoding="utf-8")
    assert run("sparql", "-f", str(query), "--format", "tsv").output == "?n\n1\n"


def test_sparql_needs_exactly_one_query(run) -> None:  # type: ignore[no-untyped-def]
    result = run("sparql")
    assert result.exit_code == 2
    assert "give a QUERY or -f FILE (one of them)" in result.output


def test_named_queries(run) -> None:  # type: ignore[no-untyped-def]
    assert run("query", "--list").output == (
        "name        title\n----------  -----------------------------\nfacilities  Facilities and where they are\n"
    )
    assert run("query", "facilities").output == (
        "facility          place\n----------------  --------------------\nExample Facility  Huairou Science City\n"
    )
    result = run("query", "facility")
    assert result.exit_code == 1
    assert result.output == "Error: no named query 'facility'; did you mean: facilities?\n"


def test_list_by_type_includes_subclasses(run) -> None:  # type: ignore[no-untyped-def]
    assert run("list", "--type", "organization", "--format", "ids").output == "example-commission\n"
    assert run("list", "--type", "ScienceCity", "--format", "ids").output == "huairou-science-city\n"
    result = run("list", "--type", "Spaceship")
    assert result.exit_code == 2
    assert result.output.startswith("Error: unknown class 'Spaceship' (known: Academy, City, Commission,")
    result = run("list", "--type", "Observation")
    assert result.exit_code == 2
    assert result.output.startswith("Error: 'Observation' is a class of facts, not of entities;")


def test_search(run) -> None:  # type: ignore[no-untyped-def]
    assert run("search", "example", "--format", "ids").output.splitlines()[:3] == [
        "example-commission",
        "example-facility",
        "exampleville",
    ]
    assert run("search", "qqqqqq").exit_code == 1


def test_stats(run) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(run("stats", "--format", "json").output)
    assert data["totals"]["entities"] == 6
    assert data["totals"]["indicator observations"] == 1
    assert data["totals"]["posts held"] == 1
    assert data["entities_by_class"]["city"] == 1


@pytest.mark.parametrize("fmt,marker", [("turtle", b"@prefix kg:"), ("ntriples", b"<https://"), ("jsonld", b'"@id"')])
def test_export(run, tmp_path, fmt: str, marker: bytes) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"graph.{fmt}"
    result = run("export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0
    assert marker in out.read_bytes()


def test_export_roundtrips_through_rdflib(run, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from rdflib import Graph

    out = tmp_path / "graph.ttl"
    run("export", "-o", str(out))
    nt = tmp_path / "graph.nt"
    run("export", "--format", "ntriples", "-o", str(nt))
    assert len(Graph().parse(out, format="turtle")) == len(Graph().parse(nt, format="nt"))


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_the_entity_graph_for_network_tools(run, tmp_path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    import networkx as nx

    out = tmp_path / f"graph.{fmt}"
    result = run("export", "--format", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert g.nodes["example-facility"]["label"] == "Example Facility"
    assert g.nodes["example-facility"]["class"] == "Facility"
    data = g.get_edge_data("example-facility", "huairou-science-city")
    edges = data.values() if g.is_multigraph() else [data]
    (edge,) = [e for e in edges if e["predicate"] == "locatedIn"]
    assert json.loads(edge["sources"]) == [
        {"document": "tiny-article", "quote": "Huairou Science City hosts the Example Facility."}
    ]


def test_build_command_and_broken_data(run, built_tiny: Project) -> None:  # type: ignore[no-untyped-def]
    result = run("build")
    assert result.exit_code == 0
    assert result.output.startswith("built ") and "6 entities, 4 facts from 1 sources" in result.output
    facts = built_tiny.data_dir / "facts" / "tiny-article.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("5.5 percent", "9.9 percent"), encoding="utf-8")
    result = run("build")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "indicators[1]: the quote is not in the text of source 'tiny-article'" in result.output


def test_validate(run) -> None:  # type: ignore[no-untyped-def]
    result = run("validate")
    assert result.exit_code == 0
    assert result.output.startswith("conforms: ")


def test_not_a_project(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(cli, ["--project", str(tmp_path), "stats"])
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path} is not a kg project (it needs ontology/ and data/ folders)\n"


def test_every_command_has_help_with_an_example() -> None:
    for name, command in cli.commands.items():
        assert command.help and "Example:" in command.help, name


# --- the CLI writes results as the endpoint does (kg.formats) ---------------------------------


def test_sparql_xml_and_csv_keep_hostile_values(run) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io
    import xml.etree.ElementTree as ET

    result = run("sparql", 'SELECT ?x WHERE { BIND("a\\rb, \\"c\\"" AS ?x) }', "--format", "xml")
    assert result.exit_code == 0, result.output
    literal = ET.fromstring(result.output).find(".//{http://www.w3.org/2005/sparql-results#}literal")
    assert literal is not None and literal.text == 'a\rb, "c"'  # the carriage return survives an XML parser
    result = run(
        "sparql", "SELECT ?x ?y WHERE { BIND(<http://example.org/a,b> AS ?x) BIND(1 AS ?y) }", "--format", "csv"
    )
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.output))) == [["x", "y"], ["http://example.org/a,b", "1"]]


def test_sparql_rdf_xml_is_well_formed_or_refused_in_one_line(run) -> None:  # type: ignore[no-untyped-def]
    import xml.etree.ElementTree as ET

    ok = run("sparql", 'CONSTRUCT { <http://example.org/s> <http://example.org/p> "x" } WHERE {}', "--format", "xml")
    assert ok.exit_code == 0, ok.output
    ET.fromstring(ok.output)
    bad = run("sparql", 'CONSTRUCT { <http://example.org/s> <http://example.org/p/> "x" } WHERE {}', "--format", "xml")
    assert bad.exit_code == 1
    assert bad.output.count("\n") == 1 and "cannot be written as an XML element name" in bad.output


def test_export_rdf_xml_parses_back_to_the_same_graph(run) -> None:  # type: ignore[no-untyped-def]
    import rdflib
    import rdflib.compare

    xml = run("export", "--format", "rdfxml")
    nt = run("export", "--format", "ntriples")
    assert xml.exit_code == 0 and nt.exit_code == 0
    from_xml = rdflib.Graph().parse(data=xml.output, format="xml")
    from_nt = rdflib.Graph().parse(data=nt.output, format="nt")
    assert len(from_xml) == len(from_nt) > 0
    assert rdflib.compare.isomorphic(from_xml, from_nt)


def test_lookup_says_who_stated_a_figure_and_what_it_was_relayed_from(tiny: Project) -> None:
    facts = tiny.data_dir / "facts" / "tiny-article.yaml"
    text = facts.read_text(encoding="utf-8").replace(
        "    year: 2021\n", "    year: 2021\n    according_to: example-commission\n    relayed_from: a report\n", 1
    )
    facts.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--project", str(tiny.root), "lookup", "exampleville"], prog_name="kg")
    assert result.exit_code == 0, result.output
    assert (
        "      [tiny-article] according to Example Commission (relayed from a report) “In 2021, Exampleville spent "
        "around 5.5 percent of its GDP on R&D.”\n" in result.output
    )
    card = json.loads(
        CliRunner()
        .invoke(cli, ["--project", str(tiny.root), "lookup", "exampleville", "--format", "json"], prog_name="kg")
        .output
    )
    (fact,) = [f for f in card["facts"] if f["kind"] == "indicator"]
    assert [w["id"] for w in fact["according_to"]] == ["example-commission"] and fact["relayed_from"] == "a report"
