"""Building: SHACL, atomic replacement, automatic rebuilds, and the real data's invariants."""

from __future__ import annotations

import pytest

from kg.build import build, is_stale
from kg.compile import compile_project
from kg.dataset import normalize_name
from kg.errors import BuildError, ValidationError
from kg.project import Project
from kg.store import open_graph


def test_build_writes_a_graph_that_opens(built_tiny: Project, tiny_entity_ids: frozenset[str]) -> None:
    graph = open_graph(built_tiny)
    assert len(graph) > 0
    assert {e["id"] for e in graph.names if e["kind"] == "entity"} == tiny_entity_ids


def test_failed_build_leaves_the_last_good_graph(built_tiny: Project) -> None:
    before = (built_tiny.current_build / "graph.nt").read_bytes()
    target = built_tiny.current_build.resolve()
    facts = built_tiny.data_dir / "facts" / "tiny-article.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("5.5 percent", "9.9 percent"), encoding="utf-8")
    with pytest.raises(BuildError):
        build(built_tiny)
    assert built_tiny.current_build.resolve() == target
    assert (built_tiny.current_build / "graph.nt").read_bytes() == before


def test_commands_rebuild_when_data_changes_and_keep_the_old_graph_on_failure(built_tiny: Project) -> None:
    assert not is_stale(built_tiny)
    entities = built_tiny.data_dir / "entities" / "things.yaml"
    entities.write_text(
        entities.read_text(encoding="utf-8").replace("Example Facility", "Sample Facility"), encoding="utf-8"
    )
    assert is_stale(built_tiny)
    graph = open_graph(built_tiny)
    assert any(e["label"] == "Sample Facility" for e in graph.names)
    assert not is_stale(built_tiny)
    facts = built_tiny.data_dir / "facts" / "tiny-article.yaml"
    facts.write_text(facts.read_text(encoding="utf-8").replace("5.5 percent", "9.9 percent"), encoding="utf-8")
    graph = open_graph(built_tiny)
    assert any(e["label"] == "Sample Facility" for e in graph.names)
    assert len(graph.warnings) == 1 and "using the last good graph" in graph.warnings[0]


def test_shacl_violation_fails_the_build(tiny: Project) -> None:
    shapes = tiny.ontology_dir / "shapes.ttl"
    shapes.write_text(
        shapes.read_text(encoding="utf-8").replace(
            "sh:path kg:rank ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:integer ; sh:minInclusive 1",
            "sh:path kg:rank ; sh:minCount 1",
        )
        + """
kgsh:NeedsDescription a sh:NodeShape ; sh:targetClass kg:Facility ;
    sh:property [ sh:path kg:description ; sh:minCount 1 ; sh:message "a facility needs a description" ] .
""",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as err:
        build(tiny)
    assert err.value.violations == [
        "ent:example-facility (Example Facility): kg:description: a facility needs a description"
    ]


def test_real_data_builds_and_conforms(real: Project) -> None:
    from kg.build import validate_store

    compiled = compile_project(real.ontology_dir, real.data_dir)
    assert validate_store(compiled.store, real.ontology_dir) == []
    assert len(compiled.dataset.sources) == 5


def test_no_two_entities_share_a_normalized_label_or_alias(real_graph) -> None:  # type: ignore[no-untyped-def]
    owner: dict[str, str] = {}
    for entry in real_graph.names:
        for name in [entry["label"], *entry["aliases"]]:
            key = normalize_name(name)
            assert owner.setdefault(key, entry["id"]) == entry["id"], f"{name!r}: {owner[key]} and {entry['id']}"


def test_every_entity_has_a_type_a_label_and_a_source(real_graph) -> None:  # type: ignore[no-untyped-def]
    rows = real_graph.query("""
        SELECT ?e (COUNT(DISTINCT ?t) AS ?types) (COUNT(DISTINCT ?l) AS ?labels) (COUNT(DISTINCT ?d) AS ?sources)
        WHERE { ?e kg:mentionedIn ?any .
                OPTIONAL { ?e a ?t FILTER(STRSTARTS(STR(?t), STR(kg:))) }
                OPTIONAL { ?e rdfs:label ?l } OPTIONAL { ?e kg:mentionedIn ?d . ?d a kg:SourceDocument } }
        GROUP BY ?e""")
    rows = list(rows)
    entities = [e for e in real_graph.names if e["kind"] == "entity"]
    assert len(rows) == len(entities)
    for row in rows:
        assert int(row["types"].value) >= 1, row["e"]
        assert int(row["labels"].value) == 1, row["e"]
        assert int(row["sources"].value) >= 1, row["e"]


def test_every_fact_node_has_a_source_and_a_quote_found_in_it(real: Project, real_graph) -> None:  # type: ignore[no-untyped-def]
    from kg.dataset import normalize_whitespace

    compiled = compile_project(real.ontology_dir, real.data_dir)
    texts = {sid: normalize_whitespace(s.text) for sid, s in compiled.dataset.sources.items()}
    rows = list(
        real_graph.query("""
        SELECT ?f ?doc ?q WHERE {
          ?f a ?k . FILTER(?k IN (kg:Observation, kg:RankingResult, kg:PostHolding, kg:Quotation, kg:Assertion))
          OPTIONAL { ?f kg:sourceDocument ?doc } OPTIONAL { ?f kg:quote ?q } OPTIONAL { ?f kg:outsideKnowledge ?o }
          FILTER(!BOUND(?o)) }""")
    )
    assert len(rows) > 300
    for row in rows:
        assert row["doc"] is not None and row["q"] is not None, row["f"]
        sid = row["doc"].value.rsplit("/", 1)[1]
        assert row["q"].value in texts[sid], row["f"]


def test_the_two_spellings_of_the_commission_are_one_entity(real_graph) -> None:  # type: ignore[no-untyped-def]
    from kg.lookup import find

    a = find(real_graph, "Beijing Municipal Science & Technology Commission")
    b = find(real_graph, "Beijing Municipal Science and Technology Commission")
    assert a["id"] == b["id"] == "beijing-municipal-science-and-technology-commission"


def test_a_range_is_kept_as_its_low_and_high_ends(tiny: Project) -> None:
    article = tiny.data_dir / "sources" / "tiny-article.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("5.5 percent", "5.5 to 6 percent"), encoding="utf-8")
    facts = tiny.data_dir / "facts" / "tiny-article.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8")
        .replace("    value: 5.5\n", "    value: 5.5\n    value_max: 6\n")
        .replace("around 5.5 percent of its GDP", "around 5.5 to 6 percent of its GDP"),
        encoding="utf-8",
    )
    build(tiny)
    graph = open_graph(tiny)
    kg = "https://w3id.org/beijing-innovation-kg/ontology#"
    rows = list(graph.store.query(f"SELECT ?v ?h WHERE {{ ?o <{kg}valueMax> ?h ; <{kg}value> ?v }}"))
    assert [(r["v"].value, r["h"].value) for r in rows] == [("5.5", "6")]
    from kg.lookup import observations
    from kg.render import format_amount

    (obs,) = observations(graph, "https://w3id.org/beijing-innovation-kg/entity/exampleville")
    assert format_amount(obs) == "around 5.5–6%"


def test_a_range_whose_high_end_is_below_its_low_end_is_refused(tiny: Project) -> None:
    facts = tiny.data_dir / "facts" / "tiny-article.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("    value: 5.5\n", "    value: 5.5\n    value_max: 4\n"),
        encoding="utf-8",
    )
    with pytest.raises(BuildError, match="value_max.*below"):
        build(tiny)


def test_a_figure_as_of_its_sources_own_date_builds_and_reads_so(tiny: Project) -> None:
    """The present tense with no date in the text: ``as_of: publication``, the article's own date."""
    _edit(tiny, FACTS, "    year: 2021\n", "    as_of: publication\n")
    build(tiny)
    graph = open_graph(tiny)
    from kg.lookup import observations
    from kg.render import format_when

    (obs,) = observations(graph, None)
    assert obs.as_of == "publication" and obs.year is None and format_when(obs) == "as of its source's date"
    assert obs.id.endswith("/obs/exampleville/rd-spending-share-of-gdp/publication")


def _edit(project: Project, name: str, old: str, new: str) -> None:
    """Replace ``old`` (which must be there) in a file of the tiny project (data/NAME), everywhere."""
    path = project.data_dir / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


FACTS, ARTICLE = "facts/tiny-article.yaml", "sources/tiny-article.txt"


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        # the article says the new value too, so only SHACL can object
        ([(ARTICLE, "5.5", "631"), (FACTS, "5.5", "631")], "a percentage of 631 is out of range"),
        ([(FACTS, "    value: 5.5\n", "    value: 5.5\n    unit: yuan\n")], "does not fit the measure"),
        (
            [(FACTS, "    year: 2021\n", "    year: 2021\n    base_year: 2022\n")],
            "the base year is not before the year",
        ),
        ([(FACTS, "  - subject: exampleville\n", "  - subject: ada-example\n")], "not a person"),
        ([(FACTS, "    year: 2021\n", "")], "an indicator needs a time"),
        ([(FACTS, "    year: 2021\n", "    year: 2021\n    period: [2019, 2021]\n")], "a year and a period"),
        ([(FACTS, "    year: 2021\n", "    period: [2021, 2019]\n")], "the period ends before it starts"),
        # the commission stays named by the source, so only the post is wrong
        (
            [
                (FACTS, "    org: example-commission\n", ""),
                (FACTS, "mentions:\n", 'mentions:\n  example-commission: "the Example Commission"\n'),
            ],
            "kg:postIn",
        ),
        # the article states the rank, so only SHACL can object
        (
            [
                (ARTICLE, "Leave a Reply", "Exampleville ranked first.\n\nLeave a Reply"),
                (
                    FACTS,
                    "posts:\n",
                    'rankings:\n  - {entity: exampleville, rank: 1, quote: "Exampleville ranked first."}\nposts:\n',
                ),
            ],
            "a rank needs an index edition, a year or a category",
        ),
    ],
)
def test_shacl_catches_facts_that_cannot_be_right(
    tiny: Project, edits: list[tuple[str, str, str]], expected: str
) -> None:
    for name, old, new in edits:
        _edit(tiny, name, old, new)
    with pytest.raises(ValidationError) as err:
        build(tiny)
    assert any(expected in v for v in err.value.violations), err.value.violations


def test_a_post_may_be_held_in_a_facility_but_not_in_a_person(tiny: Project) -> None:
    """A facility's director holds a post in the facility (kg:postIn has no range); a person is no
    body to hold a post in."""
    # (the commission stays named by the source, so only the post moves)
    _edit(tiny, ARTICLE, "Dr Ada Example, head of", "The Example Facility is led by Dr Ada Example, head of")
    _edit(tiny, FACTS, "    org: example-commission\n", "    org: example-facility\n")
    _edit(tiny, FACTS, "mentions:\n", 'mentions:\n  example-commission: "the Example Commission"\n')
    _edit(tiny, FACTS, 'quote: "Dr Ada Example, head of the Example Commission"', 'quote: "led by Dr Ada Example"')
    build(tiny)
    _edit(tiny, FACTS, "    org: example-facility\n", "    org: ada-example\n")
    with pytest.raises(ValidationError) as err:
        build(tiny)
    assert any("kg:postIn" in v for v in err.value.violations), err.value.violations


def test_shacl_catches_a_relation_without_its_sourced_assertion(tiny: Project) -> None:
    import pyoxigraph as ox

    from kg.build import validate_store
    from kg.namespaces import ENT, KG

    compiled = compile_project(tiny.ontology_dir, tiny.data_dir)
    assert validate_store(compiled.store, tiny.ontology_dir) == []
    compiled.store.add(
        ox.Quad(ox.NamedNode(ENT + "example-facility"), ox.NamedNode(KG + "partOf"), ox.NamedNode(ENT + "exampleville"))
    )
    violations = validate_store(compiled.store, tiny.ontology_dir)
    assert violations == [
        "ent:example-facility (Example Facility): the relation kg:partOf to ent:exampleville has no assertion "
        "with its source and quote"
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    value: 5.5\n", "    value: 55\n", "field 'value': the quote does not state 55"),
        (
            "    qualifier: around\n",
            "    qualifier: over\n",
            "field 'qualifier': 'over', but the quote has no word for it",
        ),
        (
            "    qualifier: around\n",
            "    qualifier: at-most\n",
            "field 'qualifier': 'at-most', but the quote has no word for it",
        ),
        (
            "posts:\n",
            'rankings:\n  - {entity: exampleville, rank: 3, category: city, quote: "Exampleville spent around 5.5"}\n'
            "posts:\n",
            "field 'rank': the quote does not state 3",
        ),
    ],
)
def test_the_build_checks_that_the_quote_states_the_number_and_its_hedge(
    tiny: Project, old: str, new: str, expected: str
) -> None:
    _edit(tiny, FACTS, old, new)
    with pytest.raises(BuildError) as err:
        build(tiny)
    assert expected in str(err.value)


def test_who_stated_a_figure_and_when_a_page_was_updated(tiny: Project) -> None:
    facts = tiny.data_dir / "facts" / "tiny-article.yaml"
    text = facts.read_text(encoding="utf-8")
    text += (
        "quotations:\n"
        "  - speaker: ada-example\n"
        '    quote: "In 2021, Exampleville spent around 5.5 percent of its GDP on R&D. Dr Ada Example"\n'
    )
    facts.write_text(text, encoding="utf-8")
    source = tiny.data_dir / "sources" / "tiny-article.yaml"
    source.write_text(
        source.read_text(encoding="utf-8").replace("date_published: 2021-06-01", "date_modified: 2021-06-01"),
        encoding="utf-8",
    )
    build(tiny)
    graph = open_graph(tiny)
    kg = "https://w3id.org/beijing-innovation-kg/ontology#"
    said = [
        r["who"].value
        for r in graph.store.query(f"SELECT ?who WHERE {{ ?o a <{kg}Observation> ; <{kg}accordingTo> ?who }}")
    ]
    assert said == ["https://w3id.org/beijing-innovation-kg/entity/ada-example"]
    dates = {
        (r["p"].value[len(kg) :], r["d"].value)
        for r in graph.store.query(
            f"SELECT ?p ?d WHERE {{ ?s a <{kg}SourceDocument> ; ?p ?d "
            f"FILTER(?p IN (<{kg}datePublished>, <{kg}dateModified>)) }}"
        )
    }
    assert dates == {("dateModified", "2021-06-01")}


def test_an_explicit_according_to_names_a_known_entity(tiny: Project) -> None:
    facts = tiny.data_dir / "facts" / "tiny-article.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("    year: 2021\n", "    year: 2021\n    according_to: nobody\n", 1),
        encoding="utf-8",
    )
    with pytest.raises(BuildError, match="nobody"):
        build(tiny)
