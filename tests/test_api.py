"""The Python API (kg.open and the Graph it returns) and ``python -m kg``."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg.errors import KgError, QueryError, UnknownEntityError
from kg.project import Project


def test_import_kg_is_light_and_exports_the_api() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, kg; print(sorted(m for m in ('networkx', 'rdflib', 'pyoxigraph') if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"
    assert set(kg.__all__) == {"__version__", "open", "Graph", "Card"}


def test_open_a_project_folder_and_read_a_card(built_tiny: Project) -> None:
    g = kg.open(built_tiny.root)
    card = g.card("exampleville")
    assert (card.id, card.label, card.kind) == ("exampleville", "Exampleville", "entity")
    (fact,) = [f for f in card.facts if f.kind == "indicator"]
    assert fact.value == 5.5 and fact.sources[0].document == "tiny-article"
    assert fact["value"] == 5.5 and fact["sources"][0]["document"] == "tiny-article"  # the JSON form's keys
    assert card.to_dict()["facts"] == [f.to_dict() for f in card.facts] and "Exampleville" in str(card)


def test_query_returns_plain_python_values(built_tiny: Project) -> None:
    g = kg.open(built_tiny.root)
    rows = g.query(
        "SELECT ?s ?v ?y ?missing WHERE { ?o kg:refArea ?s ; kg:value ?v ; kg:year ?y "
        "OPTIONAL { ?o kg:nothing ?missing } }"
    )
    assert rows == [
        {"s": "https://w3id.org/beijing-innovation-kg/entity/exampleville", "v": Decimal("5.5"), "y": "2021"}
    ]


def test_frame_gives_the_rows_as_a_pandas_data_frame(built_tiny: Project) -> None:
    g = kg.open(built_tiny.root)
    frame = g.frame(
        "SELECT ?s ?v ?missing WHERE { ?o kg:refArea ?s ; kg:value ?v OPTIONAL { ?o kg:nothing ?missing } }"
    )
    assert list(frame.columns) == ["s", "v", "missing"] and len(frame) == 1
    assert frame.loc[0, "v"] == Decimal("5.5") and frame.loc[0, "missing"] is None
    with pytest.raises(QueryError, match="^Graph.frame runs SELECT queries"):
        g.frame("ASK { ?s ?p ?o }")


def test_user_errors_are_kg_errors(built_tiny: Project, tmp_path: Path) -> None:
    g = kg.open(built_tiny.root)
    with pytest.raises(UnknownEntityError):
        g.card("atlantis")
    with pytest.raises(QueryError):
        g.query("SELECT ?x WHERE { ?x ?y }")
    with pytest.raises(QueryError):
        g.query("ASK { ?s ?p ?o }")
    with pytest.raises(KgError):
        kg.open(tmp_path)  # not a project
    with pytest.raises(KgError):
        kg.open("oxigraph:")  # a store name without its path


def test_other_stores_by_name(built_tiny: Project, tmp_path: Path) -> None:
    dump = tmp_path / "graph.nt"
    dump.write_bytes(kg.open(built_tiny.root).store.dump(format=ox.RdfFormat.N_QUADS) or b"")
    g = kg.open(f"memory:{dump}")
    assert g.card("Exampleville").label == "Exampleville"


def test_networkx_timeline_and_view(built_tiny: Project, tmp_path: Path) -> None:
    g = kg.open(built_tiny.root)
    G = g.networkx()
    assert G.has_edge("example-facility", "huairou-science-city")
    (series,) = g.timeline("Exampleville")
    assert [p["year"] for p in series["points"]] == [2021]
    size = g.write_view(tmp_path / "view.html", focus="Example Facility")
    assert size == (tmp_path / "view.html").stat().st_size and size > 1000


def test_python_dash_m_kg_runs_the_command_line(built_tiny: Project) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "kg", "--project", str(built_tiny.root), "lookup", "exampleville"],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0 and ok.stdout.startswith("Exampleville")
    bad = subprocess.run(
        [sys.executable, "-m", "kg", "--project", str(built_tiny.root), "lookup", "atlantis"],
        capture_output=True,
        text=True,
    )
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and bad.stderr.startswith("Error:")
