"""The synthetic graph generator: determinism, size, validity, and the real graph's shape."""

from __future__ import annotations

import io
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.analysis import _EDGES, _MENTIONED_TYPES, _POST_EDGES, _RANK_EDGES
from kg.dataset import normalize_name
from kg.namespaces import ENT, FACT, KG, MEASURE, SRC
from kg.sparql import PREFIXES
from kg.synthetic import _ontology_lines, generate, iter_triples

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology"
NAMED_QUERIES = sorted((ROOT / "data" / "queries").glob("*.rq"))
SIZE = 10_000


@cache
def lines(triples: int = SIZE, seed: int = 0) -> tuple[str, ...]:
    return tuple(iter_triples(triples, seed=seed, ontology_dir=ONTOLOGY))


@cache
def store(triples: int = SIZE, seed: int = 0) -> ox.Store:
    graph = ox.Store()
    graph.bulk_load(("\n".join(lines(triples, seed)) + "\n").encode(), format=ox.RdfFormat.N_TRIPLES)
    return graph


def rows(graph: ox.Store, query: str) -> list[ox.QuerySolution]:
    return list(graph.query(query, prefixes=PREFIXES))


def count(graph: ox.Store, where: str) -> int:
    return int(rows(graph, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")[0]["n"].value)


# --- determinism and size ----------------------------------------------------------------------


def test_same_seed_same_bytes_other_seed_other_graph() -> None:
    first, second = io.StringIO(), io.StringIO()
    generate(first, SIZE, seed=5, ontology_dir=ONTOLOGY)
    generate(second, SIZE, seed=5, ontology_dir=ONTOLOGY)
    assert first.getvalue() == second.getvalue()
    other = io.StringIO()
    generate(other, SIZE, seed=6, ontology_dir=ONTOLOGY)
    assert other.getvalue() != first.getvalue()
    # not only the order: the seed changes the entities themselves
    labels = {line for line in first.getvalue().splitlines() if f"<{ENT}" in line and "rdf-schema#label" in line}
    other_labels = {line for line in other.getvalue().splitlines() if f"<{ENT}" in line and "rdf-schema#label" in line}
    assert len(labels & other_labels) < len(labels) / 2


@pytest.mark.parametrize("triples", [10_000, 23_456, 60_000])
def test_size_within_two_percent(triples: int) -> None:
    n = sum(1 for _ in iter_triples(triples, seed=1, ontology_dir=ONTOLOGY))
    assert abs(n - triples) <= 0.02 * triples


def test_generate_writes_the_lines_and_counts_them(tmp_path: Path) -> None:
    path = tmp_path / "graph.nt"
    written = generate(path, SIZE, ontology_dir=ONTOLOGY)
    text = path.read_text(encoding="utf-8")
    assert text.splitlines() == list(lines())
    assert written == len(lines()) == text.count("\n")
    assert generate(str(tmp_path / "again.nt"), SIZE, ontology_dir=ONTOLOGY) == written


def test_lines_are_n_triples_statements_without_duplicates() -> None:
    found = lines()
    assert all(line.endswith(" .") and "\n" not in line for line in found)
    assert len(set(found)) == len(found)
    assert len(store()) == len(found)  # each line is one distinct triple


def test_negative_size_is_refused() -> None:
    with pytest.raises(ValueError):
        next(iter_triples(-1, ontology_dir=ONTOLOGY))


# --- the ontology ------------------------------------------------------------------------------


def test_ontology_comes_first_with_distinct_blank_nodes() -> None:
    ontology = _ontology_lines(ONTOLOGY)
    assert list(lines()[: len(ontology)]) == ontology
    reference = ox.Store()
    for path in sorted(ONTOLOGY.glob("*.ttl")):
        reference.load(path=str(path), format=ox.RdfFormat.TURTLE)
    assert len(ontology) == len(reference)  # no two blank nodes were merged
    parsed = ox.Store()
    parsed.bulk_load(("\n".join(ontology) + "\n").encode(), format=ox.RdfFormat.N_TRIPLES)
    shape_query = "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { ?s sh:property ?b }"
    assert rows(parsed, shape_query)[0]["n"].value == rows(reference, shape_query)[0]["n"].value
    assert _ontology_lines(ONTOLOGY) == ontology  # stable labels, run after run


def test_the_project_ontology_is_the_default() -> None:
    assert next(iter_triples(SIZE)) == lines()[0]


def test_only_classes_and_predicates_of_the_ontology_are_used() -> None:
    graph = store()
    declared = {
        r["t"].value
        for r in rows(
            graph,
            "SELECT DISTINCT ?t WHERE { ?t a ?k FILTER(?k IN (owl:Class, owl:ObjectProperty, "
            "owl:DatatypeProperty, owl:AnnotationProperty, skos:ConceptScheme)) }",
        )
    }
    used = {r["t"].value for r in rows(graph, "SELECT DISTINCT ?t WHERE { { ?s a ?t } UNION { ?s ?t ?o } }")}
    undeclared = {t for t in used if t.startswith(KG)} - declared
    assert not undeclared
    for unit_or_qualifier in rows(graph, "SELECT DISTINCT ?u WHERE { ?o kg:unit|kg:qualifier ?u }"):
        assert count(graph, f"<{unit_or_qualifier['u'].value}> rdfs:label ?l") == 1


# --- validity ----------------------------------------------------------------------------------


def test_the_graph_passes_the_projects_shacl_shapes() -> None:
    import pyoxigraph as ox

    from kg.build import shacl_report, sparql_checks

    data = ("\n".join(lines()) + "\n").encode()
    assert shacl_report(data, ONTOLOGY) == []
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    assert sparql_checks(store, ONTOLOGY) == []


def test_a_1000_triple_graph_is_still_valid_and_useful() -> None:
    from kg.build import shacl_report

    small = lines(1_000)
    ontology = _ontology_lines(ONTOLOGY)
    assert len(small) > len(ontology)
    graph = store(1_000)
    assert len(graph) == len(small)
    assert shacl_report(("\n".join(small) + "\n").encode(), ONTOLOGY) == []
    assert count(graph, "?e kg:mentionedIn ?s ; rdfs:label ?l") >= 10
    assert rows(graph, _MENTIONED_TYPES) and rows(graph, _EDGES)
    assert count(graph, "?o a kg:Observation ; kg:refArea ent:beijing") >= 3


# --- the shape of the real graph -----------------------------------------------------------------


@pytest.mark.parametrize("query", NAMED_QUERIES, ids=[q.stem for q in NAMED_QUERIES])
def test_every_named_query_has_rows(query: Path) -> None:
    assert rows(store(), query.read_text(encoding="utf-8")), query.name


def test_there_are_named_queries_to_run() -> None:
    assert len(NAMED_QUERIES) >= 10


@pytest.mark.parametrize("name", ["_MENTIONED_TYPES", "_EDGES", "_POST_EDGES", "_RANK_EDGES"])
def test_the_analysis_queries_have_rows(name: str) -> None:
    queries = {"_MENTIONED_TYPES": _MENTIONED_TYPES, "_EDGES": _EDGES, "_POST_EDGES": _POST_EDGES}
    found = rows(store(), {**queries, "_RANK_EDGES": _RANK_EDGES}[name])
    assert len(found) >= 10
    if name != "_MENTIONED_TYPES":
        assert all(r["doc"].value.startswith(SRC) and r["quote"].value for r in found)


def test_names_are_unique_like_the_compiler_requires() -> None:
    graph = store()
    labels = [r["l"].value for r in rows(graph, "SELECT DISTINCT ?e ?l WHERE { ?e kg:mentionedIn ?s ; rdfs:label ?l }")]
    entities = count(graph, "SELECT DISTINCT ?e WHERE { ?e kg:mentionedIn ?s }")
    assert len(set(labels)) == len(labels) == entities  # one label per entity, no two alike
    # as kg.compile.check_unique_names: labels and English aliases of entities, measures and sources
    owners: dict[str, str] = {}
    names = rows(
        graph,
        "SELECT ?x ?n WHERE { { ?x kg:mentionedIn ?s } UNION { ?x a kg:Measure } UNION { ?x a kg:SourceDocument } "
        '{ ?x rdfs:label ?n } UNION { ?x skos:altLabel ?n FILTER(LANG(?n) = "en") } }',
    )
    assert len(names) > entities
    for r in names:
        key = normalize_name(r["n"].value)
        assert owners.setdefault(key, r["x"].value) == r["x"].value, r["n"].value


def test_entities_are_of_many_classes_in_realistic_proportions() -> None:
    graph = store(30_000)
    classes = Counter(
        r["c"].value[len(KG) :]
        for r in rows(graph, f"SELECT ?c WHERE {{ ?e a ?c FILTER(STRSTARTS(STR(?e), '{ENT}')) }}")
    )
    total = sum(classes.values())
    assert len(classes) >= 30
    organizations = sum(classes[c] for c in classes if count(graph, f"kg:{c} rdfs:subClassOf* kg:Organization") > 0)
    places = sum(classes[c] for c in classes if count(graph, f"kg:{c} rdfs:subClassOf* kg:Place") > 0)
    assert 0.15 < organizations / total < 0.35
    assert 0.1 < places / total < 0.3
    assert 0.08 < classes["Person"] / total < 0.2
    assert 0.1 < classes["ResearchField"] / total < 0.2
    assert 20 < classes["Role"] <= 40  # a vocabulary of real roles, not numbered ones
    assert classes["IndexEdition"] >= classes["Index"]
    # names look like names: few need a number to stay unique
    labels = [r["l"].value for r in rows(graph, "SELECT DISTINCT ?e ?l WHERE { ?e kg:mentionedIn ?s ; rdfs:label ?l }")]
    numbered = [label for label in labels if re.search(r" \d+$", label) and not re.search(r"(19|20)\d\d$", label)]
    assert len(numbered) < 0.02 * len(labels)


def test_shares_of_kinds_follow_the_real_graph() -> None:
    graph = store(60_000)
    ontology = len(_ontology_lines(ONTOLOGY))
    rest = len(graph) - ontology

    def share(where: str) -> float:
        return count(graph, where) / rest

    facts = f"FILTER(STRSTARTS(STR(?f), '{FACT}'))"
    mention = "?f rdf:predicate kg:mentionedIn"
    # the real graph (without its ontology): assertions 52%, entities' own triples 14%, observations 12%,
    # measures 6%, quotations 5%, rankings 4%, posts 3%, direct relations and attributes 4%, sources 1%
    assert 0.45 < share(f"?f a kg:Assertion ; ?p ?o {facts}") < 0.60
    assert 0.18 < share(f"?f a kg:Assertion ; ?p ?o {facts} {mention}") < 0.30
    assert 0.09 < share("?f a kg:Observation ; ?p ?o") < 0.16
    assert 0.04 < share(f"?m a kg:Measure ; ?p ?o FILTER(STRSTARTS(STR(?m), '{MEASURE}'))") < 0.08
    assert 0.03 < share("?f a kg:Quotation ; ?p ?o") < 0.07
    assert 0.02 < share("?f a kg:RankingResult ; ?p ?o") < 0.06
    assert 0.015 < share("?f a kg:PostHolding ; ?p ?o") < 0.045
    assert 0.005 < share("?s a kg:SourceDocument ; ?p ?o") < 0.015
    entity_triples = share(f"?e ?p ?o FILTER(STRSTARTS(STR(?e), '{ENT}'))")
    assert 0.12 < entity_triples < 0.22


def test_relations_are_reified_with_source_and_quote() -> None:
    graph = store()
    direct = rows(
        graph,
        "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(STRSTARTS(STR(?s), STR(ent:)) && STRSTARTS(STR(?p), STR(kg:)) "
        "&& ?p != kg:mentionedIn) }",
    )
    assert len(direct) > 100
    for r in direct[:300]:
        s, p, o = (str(r[k]) for k in ("s", "p", "o"))
        support = f"?a a kg:Assertion ; rdf:subject {s} ; rdf:predicate {p} ; rdf:object {o} ; kg:sourceDocument ?d"
        assert count(graph, f"{support} ; kg:quote ?q") >= 1, (s, p, o)
    # every mention assertion has its kg:mentionedIn triple
    assert (
        count(
            graph,
            "?a rdf:predicate kg:mentionedIn ; rdf:subject ?e ; rdf:object ?d "
            "FILTER NOT EXISTS { ?e kg:mentionedIn ?d }",
        )
        == 0
    )


def test_the_entity_graph_is_hub_heavy_and_acyclic_along_containment() -> None:
    graph = store(60_000)
    degree: Counter[str] = Counter()
    for r in rows(graph, _EDGES):
        degree[r["s"].value] += 1
        degree[r["o"].value] += 1
    ranked = sorted(degree.values(), reverse=True)
    median = ranked[len(ranked) // 2]
    assert median <= 2 and ranked[0] >= 15 * median  # a few hubs, a long tail
    assert sum(1 for d in ranked if d == 1) > len(ranked) / 3
    assert degree[f"{ENT}beijing"] >= ranked[4]  # Beijing is among the top hubs, as in the real graph
    assert count(graph, "?a kg:locatedIn+ ?a") == 0
    assert count(graph, "?a (kg:partOf|kg:subOrganizationOf)+ ?a") == 0


def test_observations_form_time_series_with_qualifiers_units_and_years() -> None:
    graph = store(30_000)
    observations = rows(
        graph,
        "SELECT ?s ?m ?v ?u ?q ?y WHERE { ?o a kg:Observation ; kg:refArea ?s ; kg:measure ?m ; kg:value ?v ; "
        "kg:unit ?u ; kg:qualifier ?q ; kg:sourceDocument ?d ; kg:quote ?quote OPTIONAL { ?o kg:year ?y } }",
    )
    assert len(observations) > 200
    qualifiers = Counter(r["q"].value.rsplit("/", 1)[-1] for r in observations)
    assert {"exact", "over", "around", "nearly"} <= set(qualifiers)
    assert qualifiers["exact"] > len(observations) / 2
    years = [int(r["y"].value) for r in observations if r["y"] is not None]
    assert len(years) > len(observations) / 3 and min(years) >= 2000 and max(years) <= 2025
    assert len({r["u"].value for r in observations}) >= 6
    assert all(float(r["v"].value) > 0 for r in observations)
    series = Counter((r["s"].value, r["m"].value) for r in observations)
    assert sum(1 for n in series.values() if n > 1) >= 10
    measures_with_labels = count(graph, "?m a kg:Measure ; rdfs:label ?l ; skos:definition ?d ; kg:unit ?u")
    assert measures_with_labels == count(graph, "?m a kg:Measure")


def test_lookups_cards_timelines_analyses_and_conflicts_work_on_it() -> None:
    """The code base's own reading of the graph, end to end, with names read from the store."""
    from kg.analysis import analyze, project_graph
    from kg.conflicts import find_conflicts
    from kg.lookup import entity_card, find
    from kg.names import StoreIndex
    from kg.store import KnowledgeGraph
    from kg.timeline import timelines

    graph = KnowledgeGraph(store=store(), names=StoreIndex(store()))
    beijing = find(graph, "Beijing")
    assert beijing["iri"] == f"{ENT}beijing"
    card = entity_card(graph, beijing)
    kinds = Counter(f["kind"] for f in card["facts"])
    assert {"relation", "indicator", "ranking", "mention"} <= set(kinds)
    assert all(s["quote"] for f in card["facts"] for s in f["sources"])
    series = timelines(graph, "Beijing", indicator="R&D spending as a share of GDP")
    assert len(series) == 1 and len(series[0]["points"]) >= 3 and series[0]["growth"]
    g = project_graph(graph)
    entities = "SELECT DISTINCT ?e WHERE { ?e kg:mentionedIn ?s FILTER NOT EXISTS { ?e a kg:Role } }"
    assert g.number_of_nodes() == count(store(), entities)
    assert g.number_of_edges() > 100
    assert any(data["indicators"] for _, data in g.nodes(data=True))
    report = analyze(g)
    assert report["top"]["degree"][0]["score"] >= 10
    assert report["communities"]["modularity"] > 0.3  # articles make communities
    assert find_conflicts(graph)  # sources disagree, as they do in the real graph
    # the projection without sources (what kg analyze reads, from the relations' own triples)
    # is the same graph: the same nodes and attributes, the same edges
    bare = project_graph(graph, indicators=False, sources=False)
    assert dict(bare.nodes(data=True)) == dict(project_graph(graph, indicators=False).nodes(data=True))
    assert sorted((u, v, d["predicate"], d["label"]) for u, v, d in bare.edges(data=True)) == sorted(
        (u, v, d["predicate"], d["label"]) for u, v, d in g.edges(data=True)
    )
    assert all(not d["sources"] for _, _, d in bare.edges(data=True))
    # kg path's graph, fetched from both ends until they meet, holds the whole projection's paths
    import networkx as nx

    from kg.analysis import path_graph, shortest_paths
    from kg.errors import KgError

    nodes = sorted(max(nx.connected_components(g.to_undirected()), key=len)) + sorted(bare)[::97]
    checked = 0
    for a, b in zip(nodes[::9][:16], nodes[::-13][:16], strict=False):
        try:
            wanted = shortest_paths(g, a, b)
        except KgError:  # no path, or the same entity: path_graph's graph says the same
            with pytest.raises(KgError):
                shortest_paths(path_graph(graph, a, b), a, b)
            continue
        assert shortest_paths(path_graph(graph, a, b), a, b) == wanted
        checked += 1
    assert checked >= 8
    # an entity page's conflicts read containment among its figures' subjects only: the same pairs
    from kg.conflicts import _containment

    whole = _containment(graph)
    among = {a for a, _ in list(whole)[:40]} | {b for _, b in list(whole)[:40]}
    assert _containment(graph, among) == {(a, b) for a, b in whole if a in among and b in among}
    assert analyze(bare) == report


def test_containment_has_no_cycles_at_scale() -> None:
    """Units are part of earlier units and places lie in larger places, so no chain comes back (300k triples)."""
    import networkx as nx

    containment = (f"<{KG}partOf>", f"<{KG}subOrganizationOf>", f"<{KG}locatedIn>")
    edges = [
        (parts[0], parts[2])
        for line in iter_triples(300_000, ontology_dir=ONTOLOGY)
        if line.startswith(f"<{ENT}") and (parts := line.split(" "))[1] in containment
    ]
    assert len(edges) > 1_500
    assert nx.is_directed_acyclic_graph(nx.DiGraph(edges))


@pytest.mark.parametrize("per_page", [1, 17, 40])
def test_a_hubs_card_in_pages_is_its_whole_card_in_order(per_page: int) -> None:
    """Every page reads only its own facts, yet the pages in turn are the whole card."""
    from kg.errors import BadInputError
    from kg.lookup import card_page, entity_card, find
    from kg.names import StoreIndex
    from kg.store import KnowledgeGraph

    graph = KnowledgeGraph(store=store(), names=StoreIndex(store()))
    beijing = find(graph, "Beijing")
    whole = entity_card(graph, beijing)
    facts, number, pages = [], 1, 0
    while True:
        card, paging = card_page(graph, beijing, number, per_page)
        assert (card.label, card.types, card.outside_knowledge) == (whole.label, whole.types, whole.outside_knowledge)
        assert (paging.number, paging.total, paging.first) == (number, len(whole.facts), len(facts) + 1)
        assert paging.last == len(facts) + len(card.facts)
        kinds = {f.kind for f in card.facts}
        measures = {f.measure.iri for f in card.facts if f.kind == "indicator"}
        # a page stays within its size unless one measure's figures alone are more
        assert len(card.facts) <= per_page or (kinds == {"indicator"} and len(measures) == 1) or kinds == {"ranking"}
        facts += card.facts
        pages = paging.pages
        if number == pages:
            break
        number += 1
    assert [f.to_dict() for f in facts] == [f.to_dict() for f in whole.facts]
    assert pages > 1
    with pytest.raises(BadInputError, match="past the last"):
        card_page(graph, beijing, pages + 1, per_page)


def test_a_relation_whose_value_looks_like_a_query_placeholder_stays_on_its_page() -> None:
    """A literal or IRI holding "$e" or "$in" is put into the page's query as a value, never read again."""
    from kg.lookup import card_page, entity_card, find
    from kg.names import StoreIndex
    from kg.store import KnowledgeGraph

    graph_store = store()
    beijing = ox.NamedNode(f"{ENT}beijing")
    kg_ns, rdf = "https://w3id.org/beijing-innovation-kg/ontology#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    source = next(iter(graph_store.query(f"SELECT ?d WHERE {{ ?a <{kg_ns}sourceDocument> ?d }} LIMIT 1")))["d"]
    for n, value in enumerate(
        [ox.Literal("priced in $euros"), ox.Literal("$in $e"), ox.NamedNode("http://example.org/x$e")]
    ):
        a = ox.NamedNode(f"http://example.org/assertion/{n}")
        for p, o in (
            (f"{rdf}type", ox.NamedNode(f"{kg_ns}Assertion")),
            (f"{rdf}subject", beijing),
            (f"{rdf}predicate", ox.NamedNode(f"{kg_ns}description")),
            (f"{rdf}object", value),
            (f"{kg_ns}sourceDocument", source),
            (f"{kg_ns}quote", ox.Literal("a quote")),
        ):
            graph_store.add(ox.Quad(a, ox.NamedNode(p), o))
    graph = KnowledgeGraph(store=graph_store, names=StoreIndex(graph_store))
    entry = find(graph, "Beijing")
    whole = entity_card(graph, entry)
    paged = [
        f
        for n in range(1, card_page(graph, entry, 1, 20)[1].pages + 1)
        for f in card_page(graph, entry, n, 20)[0].facts
    ]
    assert [f.to_dict() for f in paged] == [f.to_dict() for f in whole.facts]
    values = {getattr(f, "value", None) for f in paged} | {
        getattr(getattr(f, "object", None), "iri", None) for f in paged
    }
    assert {"priced in $euros", "$in $e", "http://example.org/x$e"} <= values
