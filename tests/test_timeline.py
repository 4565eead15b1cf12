"""Indicator series across sources, growth figures and charts, on the project's own data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.project import Project
from kg.render import format_timelines
from kg.timeline import growth, timelines


def test_patent_series_merges_three_years_from_two_articles(real_graph) -> None:  # type: ignore[no-untyped-def]
    [series] = timelines(real_graph, "Beijing", indicator="patents per 10,000 people")
    assert [p["year"] for p in series["points"]] == [2014, 2022, 2023]
    assert [p["value"] for p in series["points"]] == [48.2, 218, 262.9]
    docs = [p["sources"][0]["document"] for p in series["points"]]
    assert docs == [
        "beijing-progress-towards-global-leadership",
        "peoples-daily-beijing-innovation-center",
        "beijing-progress-towards-global-leadership",
    ]
    first = series["growth"][0]
    assert (first["from"], first["to"], first["years"]) == (2014, 2022, 8)
    assert first["ratio"] == pytest.approx(218 / 48.2, abs=1e-6)
    assert first["cagr"] == pytest.approx((218 / 48.2) ** (1 / 8) - 1, abs=1e-6)
    assert not first["approximate"]


def test_rd_intensity_keeps_qualifiers_and_marks_growth_approximate(real_graph) -> None:  # type: ignore[no-untyped-def]
    [series] = timelines(real_graph, "Beijing", indicator="R&D intensity")
    points = [(p["year"], p["value"], p["qualifier"]) for p in series["points"]]
    assert points == [(2019, 6.31, "exact"), (2020, 6, "around"), (2022, 6.5, "over")]
    assert [g["approximate"] for g in series["growth"]] == [True, True]
    assert [u["period"] for u in series["undated"]] == ["2019/.."]  # "over 6% ... since 2019" kept beside it


def test_growth_between_points() -> None:
    g = growth({"year": 2020, "value": 50, "qualifier": None}, {"year": 2022, "value": 72, "qualifier": "exact"})
    assert g == {
        "from": 2020,
        "to": 2022,
        "years": 2,
        "ratio": 1.44,
        "cagr": 0.2,
        "change": 22,
        "approximate": False,
        "same_scope": True,
    }
    assert (
        growth({"year": 1, "value": 0, "qualifier": None}, {"year": 2, "value": 3, "qualifier": None})["cagr"] is None
    )


def test_timeline_command_text(real: Project) -> None:
    result = CliRunner().invoke(
        cli, ["--project", str(real.root), "timeline", "Beijing", "--indicator", "R&D intensity"]
    )
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == "Beijing — R&D spending as a share of GDP (percent)"
    assert lines[3].split()[:2] == ["2019", "6.31%"]
    assert lines[4].split()[:7] == ["2020", "around", "6%", "≈0.95x", "≈-4.9%/yr", "≈-0.31", "pp"]
    assert lines[5].split()[:4] == ["2022", "over", "6.5%", "≈1.08x"]
    assert "  since 2019: over 6%; over 6% of its resources  [miracle-of-beijing]" in lines
    quote = "Statistics show that Beijing’s R&D spending exceeded 6.5 percent of the city’s GDP in 2022"
    assert f"    2022 [peoples-daily-beijing-innovation-center] “{quote}”" in lines


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_chart_files(real: Project, tmp_path: Path, suffix: str, magic: bytes) -> None:
    chart = tmp_path / f"patents{suffix}"
    args = [
        "--project",
        str(real.root),
        "timeline",
        "Beijing",
        "--indicator",
        "patent intensity",
        "--chart",
        str(chart),
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    data = chart.read_bytes()
    assert data.startswith(magic)
    if suffix == ".svg":
        text = data.decode()
        for expected in (">year<", "Beijing — invention patents per 10,000 people (per 10,000 people)", "Sources: "):
            assert expected in text
        assert ">218 per 10,000 people</text>" in text  # each value written by its point
    else:  # the same chart, rasterized at twice its size
        assert int.from_bytes(data[16:20], "big") == 2 * 560


def test_timeline_errors(real: Project, tmp_path: Path) -> None:
    base = ["--project", str(real.root), "timeline"]
    runner = CliRunner()
    bad_suffix = runner.invoke(cli, [*base, "Beijing", "--chart", str(tmp_path / "x.gif")])
    assert bad_suffix.exit_code == 2
    assert bad_suffix.output.startswith("Error: Invalid value for '--chart': must end in .png or .svg")
    several = runner.invoke(cli, [*base, "Beijing", "--chart", str(tmp_path / "x.png")])
    assert several.exit_code == 2 and "choose one with --indicator" in several.output
    units = runner.invoke(cli, [*base, "Beijing", "--indicator", "R&D expenditure", "--chart", str(tmp_path / "x.png")])
    assert units.output == "Error: --chart draws one series; choose a unit with --unit (yuan, usd)\n"
    bad_unit = runner.invoke(cli, [*base, "Beijing", "--indicator", "R&D expenditure", "--unit", "euro"])
    assert (bad_unit.exit_code, bad_unit.output) == (2, "Error: no values in unit 'euro' (units here: usd, yuan)\n")
    assert not (tmp_path / "x.png").exists()
    unknown = runner.invoke(cli, [*base, "Beijing", "--indicator", "number of unicorns on the moon"])
    assert unknown.exit_code == 1
    assert unknown.output.startswith("Error: no indicator matches 'number of unicorns on the moon'")
    none = runner.invoke(cli, [*base, "Peking University"])
    assert (none.exit_code, none.output) == (1, "Error: 'Peking University' has no indicator observations\n")


def test_timeline_of_a_measure(real: Project) -> None:
    result = CliRunner().invoke(
        cli, ["--project", str(real.root), "timeline", "R&D spending as a share of GDP", "--format", "json"]
    )
    [series] = json.loads(result.output)  # a measure's values for every subject that has them
    assert series["subject"]["id"] == "beijing"
    assert len(series["points"]) + len(series["undated"]) == 4


def test_growth_across_differently_scoped_points_is_flagged(real_graph) -> None:  # type: ignore[no-untyped-def]
    [series] = timelines(real_graph, "Beijing", indicator="National High-Tech Enterprises")
    assert [p["scope"] for p in series["points"]] == [None, "state-level high-tech enterprises", None]
    assert [g["same_scope"] for g in series["growth"]] == [False, False]
    text = format_timelines([series])
    assert "≈2.60x †" in text
    assert "  † the two values are scoped differently (see scope): part of the change may be definitional" in text


def test_unit_picks_one_of_two_currencies(real_graph) -> None:  # type: ignore[no-untyped-def]
    [series] = timelines(real_graph, "Beijing", indicator="R&D expenditure", unit="US dollars")
    assert series["unit"] == "usd" and series["points"][0]["value"] == 33970000000


def test_chart_labels_use_thousands_separators(real: Project, tmp_path: Path) -> None:
    chart = tmp_path / "firms.svg"
    args = ["timeline", "Beijing", "--indicator", "National High-Tech Enterprises", "--chart", str(chart)]
    assert CliRunner().invoke(cli, ["--project", str(real.root), *args]).exit_code == 0
    text = chart.read_text(encoding="utf-8")
    assert "over 27,000" in text and "28,300" in text and "e+04" not in text
    assert "Scope: 2019: state-level high-tech enterprises" in text


def test_a_chart_file_keeps_hostile_text_as_text(tmp_path: Path) -> None:
    from kg.timeline import draw_chart

    hostile = "</text><script>alert(1)</script>"
    series = {
        "subject": {"label": hostile}, "measure": {"label": "R&D <b>"}, "unit": "count", "unit_label": "",
        "points": [
            {"year": 2020, "value": 5, "qualifier": "exact", "scope": hostile,
             "sources": [{"document": "d", "title": hostile, "quote": "q"}]},
            {"year": 2021, "value": 7, "qualifier": "over", "qualifier_label": "over", "scope": None,
             "sources": [{"document": "e", "title": "Title", "quote": "q"}]},
        ],
    }  # fmt: skip
    draw_chart(series, tmp_path / "c.svg")
    text = (tmp_path / "c.svg").read_text(encoding="utf-8")
    assert "<script" not in text and "&lt;/text&gt;&lt;script&gt;" in text and "R&amp;D &lt;b&gt;" in text
    draw_chart(series, tmp_path / "c.png")
    assert (tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")
