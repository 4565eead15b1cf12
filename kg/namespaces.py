"""IRIs of the graph as plain strings, so importing them costs nothing."""

from __future__ import annotations

__all__ = ["BASE", "KG", "ENT", "SRC", "FACT", "MEASURE", "UNIT", "QUAL", "PREFIXES", "sparql_prologue"]

BASE = "https://w3id.org/beijing-innovation-kg/"
KG = BASE + "ontology#"
ENT = BASE + "entity/"
SRC = BASE + "source/"
FACT = BASE + "fact/"
MEASURE = BASE + "measure/"
UNIT = BASE + "unit/"
QUAL = BASE + "qualifier/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"

#: Prefixes predeclared for every SPARQL query and used when exporting Turtle.
PREFIXES: dict[str, str] = {
    "kg": KG,
    "ent": ENT,
    "src": SRC,
    "fact": FACT,
    "measure": MEASURE,
    "unit": UNIT,
    "qual": QUAL,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "qb": "http://purl.org/linked-data/cube#",
    "sosa": "http://www.w3.org/ns/sosa/",
    "time": "http://www.w3.org/2006/time#",
    "dcterms": "http://purl.org/dc/terms/",
    "sh": "http://www.w3.org/ns/shacl#",
}


def sparql_prologue() -> str:
    """Return PREFIX declarations for :data:`PREFIXES`.

    >>> sparql_prologue().splitlines()[0]
    'PREFIX kg: <https://w3id.org/beijing-innovation-kg/ontology#>'
    """
    return "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()) + "\n"
