"""The ontology checked by a reasoner: an OWL-RL closure over the ontology, the bundled data
and the axioms of the standard vocabularies it aligns with (tests/reasoning) must be
consistent with the ontology's disjointness axioms and infer nothing absurd."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import rdflib
from rdflib import RDF

from kg.export import export_graph

ROOT = Path(__file__).resolve().parent.parent
AXIOMS = Path(__file__).resolve().parent / "reasoning" / "standard-axioms.ttl"

PREFIXES = """
PREFIX kg: <https://w3id.org/beijing-innovation-kg/ontology#>
PREFIX ent: <https://w3id.org/beijing-innovation-kg/entity/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX qb: <http://purl.org/linked-data/cube#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX time: <http://www.w3.org/2006/time#>
"""

#: Inferences that would be absurd: (what it would mean, a query for the things it holds of).
ABSURD = [
    ("a place is an agent or an organization", "?x a kg:Place . { ?x a foaf:Agent } UNION { ?x a org:Organization }"),
    ("a place, person or organization is derived from a document", "?x a prov:Entity . "
     "{ ?x a kg:Place } UNION { ?x a foaf:Agent } UNION { ?x a skos:Concept }"),
    ("a measure is a property", "?x a kg:Measure . { ?x a rdf:Property } UNION { ?x a qb:MeasureProperty }"),
    ("an observation is a Data Cube observation without a data set", "?x a qb:Observation"),
    ("a literal is a linguistic system", "?x a dcterms:LinguisticSystem"),
    ("a post holding has more than one organization", "?x kg:postIn ?a, ?b . FILTER(?a != ?b)"),
]  # fmt: skip


def _closure(graph: rdflib.Graph) -> rdflib.Graph:
    import owlrl

    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        if path.name != "shapes.ttl":
            graph.parse(path, format="turtle")
    graph.parse(AXIOMS, format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return graph


def _errors(graph: rdflib.Graph) -> list[str]:
    from owlrl.Namespaces import ERRNS

    return sorted(str(o) for m in graph.subjects(RDF.type, ERRNS.ErrorMessage) for o in graph.objects(m, ERRNS.error))


def _absurd(graph: rdflib.Graph) -> dict[str, list[str]]:
    found = {}
    for meaning, pattern in ABSURD:
        rows = sorted({str(row[0]) for row in graph.query(f"{PREFIXES} SELECT DISTINCT ?x WHERE {{ {pattern} }}")})
        if rows:
            found[meaning] = rows[:5]
    return found


@pytest.fixture(scope="module")
def closed(real_graph: Any) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=export_graph(real_graph, "ntriples"), format="nt")
    return _closure(graph)


def test_the_bundled_graph_is_consistent_with_the_disjointness_axioms(closed: rdflib.Graph) -> None:
    assert _errors(closed) == []


def test_the_closure_of_the_bundled_graph_infers_nothing_absurd(closed: rdflib.Graph) -> None:
    assert _absurd(closed) == {}


def test_what_the_closure_does_infer_follows_the_alignment(closed: rdflib.Graph) -> None:
    ask = lambda pattern: closed.query(f"{PREFIXES} ASK {{ {pattern} }}").askAnswer  # noqa: E731
    assert ask("ent:beijing a <https://schema.org/Place>")
    assert ask("?o a kg:Observation, <http://www.w3.org/ns/sosa/Observation>, prov:Entity")
    assert ask("?p a kg:PostHolding, org:Membership ; org:member ?who . ?who a foaf:Person")
    assert ask("?m a kg:Measure ; skos:inScheme kg:Measures . kg:Measures a skos:ConceptScheme")
    assert ask("?p a kg:PostHolding ; org:memberDuring ?d . ?d a time:Interval ; time:inside ?i . ?i a time:Instant")


@pytest.mark.parametrize(
    ("mistake", "expected"),
    [
        # a post "in" a city aligned with org:organization: the city becomes an organization
        (
            "ent:c a kg:City . [] a kg:PostHolding ; org:organization ent:c .",
            "error",
        ),
        # an entity said to be derived from its source document
        ("ent:p a kg:Person . ent:p prov:wasDerivedFrom <https://example.org/doc> .", "absurd"),
        # a measure used as a Data Cube measure type
        ("ent:m a kg:Measure . [] qb:measureType ent:m .", "absurd"),
        # a person typed as an organization
        ("ent:p a kg:Person, kg:Organization .", "error"),
    ],
)
def test_the_checks_catch_the_mistakes_they_are_for(mistake: str, expected: str) -> None:
    graph = rdflib.Graph()
    graph.parse(data=PREFIXES.replace("PREFIX ", "@prefix ").replace(">\n", "> .\n") + mistake, format="turtle")
    closed = _closure(graph)
    found = _errors(closed) if expected == "error" else _absurd(closed)
    assert found


# --- OWL 2 DL: HermiT (through owlready2; it needs Java, which scripts/java.sh installs) ---------

_OUTSIDE_OWL2 = {rdflib.XSD.gYear, rdflib.XSD.gYearMonth, rdflib.XSD.date}


def _hermit(graph: rdflib.Graph, tmp: Path) -> str:
    """Run HermiT on ``graph``: "consistent" or "inconsistent"."""
    import owlready2

    path = tmp / "kg.owl"
    graph.serialize(path, format="xml")
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    try:
        with onto:
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError:
        return "inconsistent"
    return "consistent"


def _dl_input(data: rdflib.Graph | None = None, extra: str = "") -> rdflib.Graph:
    """The ontology (as it is: no datatype outside OWL 2's map), plus data whose year and
    date literals are read as strings (OWL 2 has no xsd:gYear; SHACL checks them)."""
    graph = rdflib.Graph()
    for path in sorted((ROOT / "ontology").glob("*.ttl")):
        if path.name not in ("shapes.ttl", "checks.ttl"):
            graph.parse(path, format="turtle")
    for s, p, o in data or ():
        if str(p).startswith("http://www.w3.org/ns/shacl#") or str(o).startswith("http://www.w3.org/ns/shacl#"):
            continue  # the shapes are in the build, and are no OWL
        if isinstance(o, rdflib.Literal) and o.datatype in _OUTSIDE_OWL2:
            o = rdflib.Literal(str(o))
        graph.add((s, p, o))
    if extra:
        graph.parse(data=PREFIXES.replace("PREFIX ", "@prefix ").replace(">\n", "> .\n") + extra, format="turtle")
    return graph


def test_hermit_finds_the_ontology_consistent_as_it_is(tmp_path: Path) -> None:
    assert _hermit(_dl_input(), tmp_path) == "consistent"


def test_hermit_finds_the_bundled_graph_consistent_and_catches_a_violation(real_graph: Any, tmp_path: Path) -> None:
    data = rdflib.Graph()
    data.parse(data=export_graph(real_graph, "ntriples"), format="nt")
    assert _hermit(_dl_input(data), tmp_path) == "consistent"
    assert _hermit(_dl_input(data, "ent:beijing a foaf:Agent ."), tmp_path) == "inconsistent"
