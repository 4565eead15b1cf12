"""Graph analyses on the tiny hand-built project, whose answers are known."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.analysis import project_graph
from kg.cli import cli
from kg.project import Project
from kg.store import open_graph


def test_projection_nodes_edges_and_attributes(built_tiny: Project, tiny_entity_ids: frozenset[str]) -> None:
    g = project_graph(open_graph(built_tiny))
    assert set(g.nodes) == tiny_entity_ids
    edges = {(u, v, d["label"]) for u, v, d in g.edges(data=True)}
    assert edges == {
        ("example-facility", "huairou-science-city", "located in"),
        ("ada-example", "example-commission", "head of"),
    }
    assert g.nodes["exampleville"]["indicators"] == ["R&D spending as a share of GDP: 5.5 (2021)"]
    assert g.nodes["huairou-science-city"]["cls"] == "ScienceCity"


def test_projection_can_exclude_classes(built_tiny: Project) -> None:
    g = project_graph(open_graph(built_tiny), exclude=["Person", "Role"])
    assert "ada-example" not in g and "head" not in g


def test_path_command(built_tiny: Project) -> None:
    runner = CliRunner()
    base = ["--project", str(built_tiny.root)]
    result = runner.invoke(cli, [*base, "path", "Example Facility", "Huairou Science City"])
    assert result.exit_code == 0
    assert result.output == (
        "path 1 (1 hops):\n"
        "  Example Facility --located in--> Huairou Science City\n"
        "      [tiny-article] “Huairou Science City hosts the Example Facility.”\n"
    )
    reverse = json.loads(
        runner.invoke(cli, [*base, "path", "Huairou SC", "Example Facility", "--format", "json"]).output
    )
    assert reverse[0][0]["direction"] == "←"
    result = runner.invoke(cli, [*base, "path", "Example Facility", "Ada Example"])
    assert result.exit_code == 1
    assert result.output == "Error: no path between 'Example Facility' and 'Ada Example'\n"


def test_neighbors_command(built_tiny: Project) -> None:
    result = CliRunner().invoke(cli, ["--project", str(built_tiny.root), "neighbors", "Ada Example", "--format", "ids"])
    assert result.output == "example-commission\n"
