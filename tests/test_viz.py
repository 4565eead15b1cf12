"""The HTML view: self-contained, escaped, laid out up front when large (no browser needed here)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from kg.cli import cli
from kg.project import Project
from kg.viz import PHYSICS_LIMIT, render_html

HOSTILE = '<img src=x onerror="window.__pwned=1">'


def hostile_graph() -> nx.MultiDiGraph:
    """Three entities; one label, one class and one quote are markup."""
    g = nx.MultiDiGraph()
    g.add_node("a", label=HOSTILE, class_label="</script><script>window.__pwned=2</script>", indicators=[])
    g.add_node(
        "b", label="Plain Lab", class_label="lab", indicators=["staff: 10 (2020)"], indicator_sources=[("doc", "q")]
    )
    g.add_node("c", label="Other Lab", class_label="lab", indicators=[])
    g.add_edge("a", "b", label="funds", sources=[("doc-1", '<b onmouseover="window.__pwned=3">quote</b>')])
    g.add_edge("b", "c", label="works with", sources=[("doc-2", "plain quote")])
    return g


def _payload(html: str) -> dict:  # type: ignore[type-arg]
    match = re.search(r"var data = (\{.*?\});\n", html)
    assert match is not None
    return json.loads(match.group(1))


def test_page_is_self_contained() -> None:
    html = render_html(hostile_graph())
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, re.I)
    for remote in ("cdnjs", "jsdelivr", "unpkg", "bootstrap"):
        assert remote not in html.lower()
    assert "vis.Network" in html and "Content-Security-Policy" in html


def test_markup_in_data_is_escaped() -> None:
    html = render_html(hostile_graph(), title="<i>title</i>")
    assert HOSTILE not in html
    assert "</script><script>window.__pwned" not in html
    assert "<title>&lt;i&gt;title&lt;/i&gt;</title>" in html
    data = _payload(html)
    assert {n["label"] for n in data["nodes"]} == {HOSTILE, "Plain Lab", "Other Lab"}  # intact as data


def test_nodes_sized_coloured_and_described() -> None:
    data = _payload(render_html(hostile_graph()))
    sizes = {n["id"]: n["value"] for n in data["nodes"]}
    assert sizes["c"] > sizes["a"]  # PageRank flows along relations (dot and label scale with it)
    assert data["options"]["nodes"]["scaling"]["label"]["enabled"]
    assert [item["name"] for item in data["legend"]] == ["lab", "</script><script>window.__pwned=2</script>"]
    b = next(n for n in data["nodes"] if n["id"] == "b")
    assert b["kg"]["facts"] == [{"text": "staff: 10 (2020)", "sources": ["doc"]}]
    assert [e["label"] for e in data["edges"]] == ["funds", "works with"]
    assert data["options"]["physics"]["enabled"] is True
    community = _payload(render_html(hostile_graph(), color_by="community"))
    assert {item["name"] for item in community["legend"]} <= {"community 1", "community 2", "community 3"}


def test_large_graphs_are_laid_out_up_front() -> None:
    g = nx.MultiDiGraph(nx.connected_caveman_graph(PHYSICS_LIMIT // 10 + 5, 10))
    for node in g:
        g.nodes[node].update(label=f"n{node}", class_label="thing", indicators=[])
    data = _payload(render_html(g))
    assert data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == g.number_of_nodes()


def test_viz_command(built_tiny: Project, tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    base = ["--project", str(built_tiny.root), "viz", "-o", str(out)]
    result = CliRunner().invoke(cli, base)
    assert result.exit_code == 0
    assert result.output.startswith(f"wrote {out} (5 entities, 2 relations, ")
    data = _payload(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 5 and len(data["edges"]) == 2
    focused = CliRunner().invoke(cli, [*base, "--focus", "Ada Example", "--depth", "2"])
    assert focused.exit_code == 0
    data = _payload(out.read_text(encoding="utf-8"))
    assert {n["id"] for n in data["nodes"]} == {"ada-example", "example-commission"}
    assert data["focus"] == "ada-example"
    bad = CliRunner().invoke(cli, ["--project", str(built_tiny.root), "viz", "-o", str(tmp_path / "view.png")])
    assert bad.exit_code == 2 and "must end in .html" in bad.output
    unknown = CliRunner().invoke(cli, [*base, "--focus", "Nobody Atall"])
    assert unknown.exit_code == 1 and unknown.output.startswith("Error: no entity matches 'Nobody Atall'")


def test_class_colours_are_the_same_in_every_view() -> None:
    from kg.viz import FAMILY_COLORS

    g = nx.MultiDiGraph()
    g.add_node("p", label="P", class_label="city", family_label="place", indicators=[])
    g.add_node("f", label="F", class_label="research field", family_label="research field", indicators=[])
    g.add_node("f2", label="F2", class_label="research field", family_label="research field", indicators=[])
    colors = {n["id"]: n["color"] for n in _payload(render_html(g))["nodes"]}
    assert colors == {"p": FAMILY_COLORS["place"], "f": FAMILY_COLORS["research field"], "f2": colors["f"]}
