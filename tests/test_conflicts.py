"""Conflicting and overlapping claims, on the tiny project plus a second, disagreeing article."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.conflicts import find_conflicts, value_range
from kg.project import Project
from kg.store import open_graph

SECOND = """In 2021 Exampleville's R&D intensity was 6.2 percent. Another count put it at 5.8 percent in 2021.
Exampleville also spent 7 percent of its budget on R&D in 2021.
Huairou Science City, in Exampleville, has over 40 research labs. Exampleville has about 30 laboratories.
"""

FACTS = """source: second-article
relations:
  - {s: huairou-science-city, p: locatedIn, o: exampleville, quote: "Huairou Science City, in Exampleville"}
indicators:
  - {subject: exampleville, measure: rd-spending-share-of-gdp, value: 6.2, year: 2021,
     quote: "In 2021 Exampleville's R&D intensity was 6.2 percent."}
  - {subject: exampleville, measure: rd-spending-share-of-gdp, value: 5.8, year: 2021,
     quote: "Another count put it at 5.8 percent in 2021."}
  - {subject: exampleville, measure: rd-spending-share-of-gdp, value: 7, year: 2021, scope: share of its budget,
     quote: "Exampleville also spent 7 percent of its budget on R&D in 2021."}
  - {subject: huairou-science-city, measure: research-labs, value: 40, qualifier: over, as_of: publication,
     quote: "Huairou Science City, in Exampleville, has over 40 research labs."}
  - {subject: exampleville, measure: laboratories, value: 30, qualifier: around, as_of: publication,
     quote: "Exampleville has about 30 laboratories."}
"""

MEASURES = """
- id: research-labs
  label: research labs
  unit: count
  definition: Research labs in the area.
  related: [laboratories]
- id: laboratories
  label: laboratories
  unit: count
  definition: Laboratories of any kind in the area.
"""


@pytest.fixture
def disputed(built_tiny: Project) -> Project:
    data = built_tiny.data_dir
    (data / "sources" / "second-article.txt").write_text(SECOND, encoding="utf-8")
    (data / "sources" / "second-article.yaml").write_text(
        "id: second-article\ntitle: A second article\npublisher: Other Daily\nlanguage: en\n", encoding="utf-8"
    )
    (data / "facts" / "second-article.yaml").write_text(FACTS, encoding="utf-8")
    with (data / "measures" / "core.yaml").open("a", encoding="utf-8") as f:
        f.write(MEASURES)
    return built_tiny


def _summary(project: Project) -> list[tuple[str, str, str, str]]:
    return [
        (c["kind"], c["claims"][0]["text"], c["claims"][1]["text"], c["verdict"])
        for c in find_conflicts(open_graph(project))
    ]


def test_conflicts_of_each_kind(disputed: Project) -> None:
    scoped = "scoped differently by the sources; they may measure different things"
    assert _summary(disputed) == [
        ("different values", "5.8%", "6.2%", "the stated values cannot both hold for the same time"),
        ("different values", "5.8%", "around 5.5%", "the stated ranges overlap: both can hold"),
        ("different values", "6.2%", "around 5.5%", "the stated values cannot both hold for the same time"),
        ("different scopes", "5.8%", "7%", scoped),
        ("different scopes", "6.2%", "7%", scoped),
        ("different scopes", "7%", "around 5.5%", scoped),
        (
            "related measures",
            "around 30",
            "over 40",
            "related measures; Huairou Science City lies within Exampleville, yet its figure (over 40) exceeds "
            "the whole's (around 30): compare what each counts before comparing the numbers",
        ),
    ]


def test_each_claim_carries_its_quote(disputed: Project) -> None:
    last = find_conflicts(open_graph(disputed), kinds=("different values",))[-1]
    assert [c["sources"] for c in last["claims"]] == [
        [
            {
                "document": "second-article",
                "title": "A second article",
                "quote": "In 2021 Exampleville's R&D intensity was 6.2 percent.",
            }
        ],
        [
            {
                "document": "tiny-article",
                "title": "A tiny article",
                "quote": "In 2021, Exampleville spent around 5.5 percent of its GDP on R&D.",
            }
        ],
    ]


def test_no_conflicts_in_a_consistent_project(built_tiny: Project) -> None:
    result = CliRunner().invoke(cli, ["--project", str(built_tiny.root), "conflicts"])
    assert (result.exit_code, result.output) == (0, "no conflicting or overlapping claims\n")


def test_conflicts_command(disputed: Project) -> None:
    base = ["--project", str(disputed.root), "conflicts"]
    runner = CliRunner()
    related = runner.invoke(cli, [*base, "--kind", "related"])
    assert related.output.splitlines()[:5] == [
        "1. related measures: Exampleville · laboratories",
        "   - around 30 (as of its source's date)",
        "       [second-article] “Exampleville has about 30 laboratories.”",
        "   - Huairou Science City · research labs: over 40 (as of its source's date)",
        "       [second-article] “Huairou Science City, in Exampleville, has over 40 research labs.”",
    ]
    values = json.loads(runner.invoke(cli, [*base, "--kind", "values", "--format", "json"]).output)
    assert {c["kind"] for c in values} == {"different values"} and len(values) == 3
    assert runner.invoke(cli, [*base, "--kind", "nonsense"]).exit_code == 2


def test_the_real_data_sets_183_against_over_300(real_graph) -> None:  # type: ignore[no-untyped-def]
    related = find_conflicts(real_graph, kinds=("related measures",))
    pairs = {frozenset((c["claims"][0]["text"], c["claims"][1]["text"])) for c in related}
    assert frozenset(("around 183", "over 300")) in pairs
    scopes = find_conflicts(real_graph, kinds=("different scopes",))
    resources = [c for c in scopes if any(cl["scope"] == "over 6% of its resources" for cl in c["claims"])]
    assert resources and all(c["measure"] == "R&D spending as a share of GDP" for c in resources)


def test_value_range() -> None:
    assert value_range(10, "nearly") == (9.0, 10)
    assert value_range(10, None) == (10, 10)


def test_unknown_related_measure_is_a_data_error(tiny: Project) -> None:
    path: Path = tiny.data_dir / "measures" / "core.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "  related: [no-such-measure]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--project", str(tiny.root), "build"])
    assert result.exit_code == 1
    assert result.output.endswith(
        "measures/core.yaml: measure 'rd-spending-share-of-gdp': field 'related': unknown measure 'no-such-measure'\n"
    )


def test_periods_and_scopes_reach_the_view_tooltips(real_graph) -> None:  # type: ignore[no-untyped-def]
    from kg.analysis import project_graph

    indicators = project_graph(real_graph).nodes["beijing"]["indicators"]
    assert "R&D spending as a share of GDP: over 6% (since 2019; scope: over 6% of its resources)" in indicators
    assert "number of foreign research institutions: over 560 (as of 2019-12)" in indicators


def test_a_figure_scoped_by_one_source_only_is_agreement(real_graph) -> None:  # type: ignore[no-untyped-def]
    scopes = find_conflicts(real_graph, kinds=("different scopes",))
    assert all(c["subject"] != "Zhongguancun Science Park" for c in scopes)  # "over 300" twice


def test_an_entitys_conflicts_include_its_containers_related_figures(real_graph: Any) -> None:
    """Zhongguancun Science Park lies within Beijing: related measures' figures of both are
    compared on either's page, and nothing between two other subjects is said there."""
    from kg.lookup import observations
    from kg.namespaces import ENT

    everything = find_conflicts(real_graph, kinds=("related measures",))
    for name in ("zhongguancun-science-park", "beijing"):
        iri = ENT + name
        got = find_conflicts(real_graph, observations=observations(real_graph, iri), involving=iri)
        crossing = [c for c in got if len({claim["subject"]["iri"] for claim in c["claims"]}) == 2]
        expected = [c for c in everything if iri in {claim["subject"]["iri"] for claim in c["claims"]}]
        expected = [c for c in expected if len({claim["subject"]["iri"] for claim in c["claims"]}) == 2]
        assert crossing and crossing == expected
        assert all(iri in {claim["subject"]["iri"] for claim in c["claims"]} for c in got)
    assert find_conflicts(real_graph, observations=[], involving=ENT + "beijing") == []
