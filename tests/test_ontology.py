"""The ontology documents itself: every class and property has a label and a definition."""

from __future__ import annotations

from pathlib import Path

from kg.compile import load_ontology
from kg.namespaces import KG

ROOT = Path(__file__).resolve().parent.parent


def test_every_class_and_property_has_a_label_and_a_definition() -> None:
    onto = load_ontology(ROOT / "ontology")
    rows = list(
        onto.store.query(f"""
        PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?t (COUNT(DISTINCT ?l) AS ?labels) (COUNT(DISTINCT ?c) AS ?comments) WHERE {{
          ?t a ?kind FILTER(?kind IN (owl:Class, owl:ObjectProperty, owl:DatatypeProperty)
                            && STRSTARTS(STR(?t), "{KG}"))
          OPTIONAL {{ ?t rdfs:label ?l }} OPTIONAL {{ ?t rdfs:comment ?c }}
        }} GROUP BY ?t""")
    )
    assert len(rows) > 80
    missing = [r["t"].value for r in rows if int(r["labels"].value) < 1 or int(r["comments"].value) < 1]
    assert missing == []


def test_classes_are_aligned_with_standard_vocabularies() -> None:
    onto = load_ontology(ROOT / "ontology")
    ask = onto.store.query(f"""
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        ASK {{ <{KG}PostHolding> rdfs:subClassOf <http://www.w3.org/ns/org#Membership> .
              <{KG}Observation> rdfs:subClassOf <http://www.w3.org/ns/sosa/Observation> .
              <{KG}SourceDocument> rdfs:subClassOf <http://www.w3.org/ns/prov#Entity> .
              <{KG}Person> rdfs:subClassOf <http://xmlns.com/foaf/0.1/Person> . }}""")
    assert bool(ask)
