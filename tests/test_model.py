"""The one definition of each kind of fact (kg.model) against the ontology and the built graph,
the class tree read from the ontology, and the typed records of cards."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.classes import ClassTree, project_classes
from kg.model import FILE_KINDS, INDICATOR, KINDS, POST, RANKING, Iri, Minter, node_local, ntriples, to_oxigraph
from kg.namespaces import KG, PREFIXES, PROV, RDF, SRC
from kg.records import Card, Indicator, Record

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ontology() -> ox.Store:
    store = ox.Store()
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def _declared(store: ox.Store, iri: str, kinds: tuple[str, ...]) -> bool:
    values = " ".join(f"owl:{k}" for k in kinds)
    return bool(store.query(f"ASK {{ VALUES ?k {{ {values} }} <{iri}> a ?k }}", prefixes=PREFIXES))


def test_every_class_and_property_a_kind_writes_is_declared_in_the_ontology(ontology: ox.Store) -> None:
    properties = ("ObjectProperty", "DatatypeProperty", "AnnotationProperty")
    for kind in KINDS:
        assert _declared(ontology, KG + kind.cls, ("Class",)), kind.cls
        for f in kind.fields:
            if f.prop is not None and f.prop.startswith(KG):
                assert _declared(ontology, f.prop, properties), (kind.name, f.key, f.prop)
            elif f.prop is not None:
                assert f.prop.startswith(RDF), (kind.name, f.key)
    for prop in ("periodStart", "periodEnd", "sourceDocument"):
        assert _declared(ontology, KG + prop, properties)


def test_the_facts_file_fields_are_the_kinds_fields() -> None:
    from kg.dataset import FACT_FIELDS, FACT_REQUIRED

    assert FACT_FIELDS == {k.section: k.keys for k in FILE_KINDS}
    assert FACT_REQUIRED["indicators"] == ("subject", "measure", "value", "quote")
    assert "according_to" in FACT_FIELDS["rankings"] and "org" in FACT_FIELDS["posts"]


def test_a_record_written_by_a_kind_is_read_back_by_its_select() -> None:
    """What the compiler and the generator write (triples) and what lookups read (select) agree."""
    store = ox.Store()
    record: dict[str, Any] = {
        "subject": "exampleville",
        "measure": "rd-share",
        "value": 6.5,
        "unit": "percent",
        "qualifier": "over",
        "period": [2019, None],
        "scope": "of its resources",
        "according_to": ["ada"],
        "quote": "since  2019, over 6.5 percent",
    }
    node = Minter()(node_local(INDICATOR, "doc", record))
    assert node.endswith("/fact/doc/obs/exampleville/rd-share/2019-none")
    store.extend(to_oxigraph(INDICATOR.triples(node, record, source="doc")))
    rows = list(store.query(INDICATOR.select(), prefixes=PREFIXES))
    assert len(rows) == 1
    row = rows[0]
    assert row["fact"].value == node
    assert row["value"] == ox.Literal("6.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))
    assert row["period_start"].value == "2019" and row["period_end"] is None and row["year"] is None
    assert row["quote"].value == "since 2019, over 6.5 percent"  # white space as one space
    assert row["doc"].value == SRC + "doc" and row["scope"].value == "of its resources"
    derived = ox.Triple(ox.NamedNode(node), ox.NamedNode(PROV + "wasDerivedFrom"), ox.NamedNode(SRC + "doc"))
    assert derived in {q.triple for q in store}
    # the same triples as N-Triples (the generator's form) parse to the same graph
    lines = "\n".join(ntriples(INDICATOR.triples(node, record, source="doc"))) + "\n"
    assert {q.triple for q in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)} == {q.triple for q in store}


def test_a_bad_value_names_its_field() -> None:
    from kg.model import FieldError

    with pytest.raises(FieldError, match=r"^field 'as_of': '2020-13' is not a year, year-month or date$"):
        POST.triples(Iri("x:p"), {"person": "a", "role": "b", "as_of": "2020-13", "quote": "q"}, source="s")


def test_each_kinds_select_reads_every_fact_of_the_build_once(real_graph: Any) -> None:
    for kind in (INDICATOR, RANKING, POST):
        nodes = {r["f"].value for r in real_graph.query(f"SELECT ?f WHERE {{ ?f a kg:{kind.cls} }}")}
        rows = [r["fact"].value for r in real_graph.query(kind.select())]
        assert nodes and sorted(set(rows)) == sorted(nodes), kind.name
        assert len(rows) == len(nodes), kind.name  # one row per fact: no field multiplies them


def test_the_class_tree_is_read_from_the_ontology() -> None:
    tree = project_classes(ROOT / "ontology")
    assert tree.places >= {"City", "District", "ScienceCity", "Place"} and "Facility" not in tree.places
    assert tree.organizations >= {"University", "Commission", "NationalKeyLaboratory"}
    assert not tree.places & tree.organizations
    assert tree.schemes == {"Measure": "Measures", "ResearchField": "ResearchFields", "Industry": "Industries",
                            "Role": "Roles"}  # fmt: skip
    made_up = ClassTree.from_triples(
        [
            (KG + "Moon", RDF + "type", "http://www.w3.org/2002/07/owl#Class"),
            (KG + "Place", RDF + "type", "http://www.w3.org/2002/07/owl#Class"),
            (KG + "Moon", "http://www.w3.org/2000/01/rdf-schema#subClassOf", KG + "Place"),
        ]
    )
    assert made_up.places == {"Place", "Moon"} and made_up.root("Moon") == "Place"


def test_card_records_have_the_json_form_and_read_it_back(real_graph: Any) -> None:
    from kg.lookup import entity_card, find

    card = entity_card(real_graph, find(real_graph, "Beijing"))
    assert isinstance(card, Card) and card.label == "Beijing"
    data = card.to_dict()
    assert json.loads(json.dumps(data)) == data  # plain JSON all the way down
    assert Card.from_dict(data) == card
    kinds = {f.kind for f in card.facts}
    assert {"relation", "indicator", "ranking", "post", "mention"} <= kinds
    for fact in card.facts:
        assert isinstance(fact, Record)
        assert fact["kind"] == fact.kind and dict(fact) == {k: getattr(fact, k) for k in fact}
        for key in ("predicate", "value", "object", "unit", "year", "date", "qualifier", "sources"):
            assert key in fact.to_dict(), (fact.kind, key)
    indicator = next(f for f in card.facts if isinstance(f, Indicator))
    assert indicator.object == indicator.subject and indicator.sources[0].quote
    with pytest.raises(AttributeError):
        indicator.value = 0  # type: ignore[misc]  # records are read-only


def test_observation_times_are_in_owl_time_too(real_graph: Any) -> None:
    """Each observation's year, period or as-of date is also its sosa:phenomenonTime in OWL-Time."""

    def count(where: str) -> int:
        rows = list(real_graph.query(f"SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {{ ?o a kg:Observation . {where} }}"))
        return int(rows[0]["n"].value)

    timed = count("{ ?o kg:year ?x } UNION { ?o kg:periodStart ?x } UNION { ?o kg:asOf ?x }")
    assert timed and count("?o sosa:phenomenonTime ?t") == timed
    assert count("?o kg:year ?y ; sosa:phenomenonTime/time:hasDateTimeDescription/time:year ?y") == count(
        "?o kg:year ?y"
    )
    assert count("?o kg:periodStart ?a ; sosa:phenomenonTime/time:hasBeginning/time:inXSDgYear ?a") == count(
        "?o kg:periodStart ?a"
    )
    as_of = "?o kg:asOf ?d ; sosa:phenomenonTime/(time:inXSDgYear|time:inXSDgYearMonth|time:inXSDDate) ?d"
    assert count(as_of) == count("?o kg:asOf ?d")
    assert count("?o kg:asOfSourceDate true") > 0 and count("?o kg:asOfSourceDate ?x ; sosa:phenomenonTime ?t") == 0
