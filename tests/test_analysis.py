"""Graph analyses on the tiny hand-built project, whose answers are known."""

from __future__ import annotations

import json

import networkx as nx
from click.testing import CliRunner

from kg.analysis import analyze, centrality, communities, path_graph, project_graph
from kg.cli import cli
from kg.project import Project
from kg.store import open_graph


def test_projection_nodes_edges_and_attributes(built_tiny: Project, tiny_entity_ids: frozenset[str]) -> None:
    g = project_graph(open_graph(built_tiny))
    assert set(g.nodes) == tiny_entity_ids - {"head"}  # a role labels post edges; it is no node
    edges = {(u, v, d["label"]) for u, v, d in g.edges(data=True)}
    assert edges == {
        ("example-facility", "huairou-science-city", "located in"),
        ("ada-example", "example-commission", "head of"),
    }
    assert g.nodes["exampleville"]["indicators"] == ["R&D spending as a share of GDP: around 5.5% (2021)"]
    assert g.nodes["exampleville"]["indicator_sources"] == [
        ("tiny-article", "In 2021, Exampleville spent around 5.5 percent of its GDP on R&D.")
    ]
    assert g.nodes["huairou-science-city"]["cls"] == "ScienceCity"
    assert g.nodes["huairou-science-city"]["family_label"] == "place"


def test_projection_can_exclude_classes(built_tiny: Project) -> None:
    g = project_graph(open_graph(built_tiny), exclude=["Person", "science city"])
    assert "ada-example" not in g and "huairou-science-city" not in g
    assert "example-facility" in g
    places = project_graph(open_graph(built_tiny), include=["Place"])  # subclasses included
    assert set(places) == {"exampleville", "huairou-science-city"}


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


def _barbell() -> nx.MultiDiGraph:
    """Two four-entity cliques (a*, b*) joined by one relation a1 -> b1, plus a loose pair c1-c2."""
    g = nx.MultiDiGraph()
    for side, cls in (("a", "Lab"), ("b", "Company")):
        for i in range(1, 5):
            g.add_node(f"{side}{i}", label=f"{side.upper()}{i}", class_label=cls)
        for i in range(1, 5):
            for j in range(i + 1, 5):
                g.add_edge(f"{side}{i}", f"{side}{j}", label="works with")
    g.add_edge("a1", "b1", label="funds")
    g.add_edge("a1", "b1", label="advises")  # a second relation on the same pair is still one bridge
    g.add_node("c1", label="C1", class_label="Lab")
    g.add_node("c2", label="C2", class_label="Lab")
    g.add_edge("c2", "c1", label="part of")  # c2 sorts after c1; the bridge must still read c2 -> c1
    return g


def test_analyze_finds_the_bridge_the_cut_points_and_the_community_split() -> None:
    report = analyze(_barbell(), top=3)
    assert report["nodes"] == 10 and report["edges"] == 15
    assert report["classes"] == {"Lab": 6, "Company": 4}
    groups = [[m["id"] for m in g["members"]] for g in report["communities"]["groups"]]
    assert sorted(sorted(g) for g in groups) == [["a1", "a2", "a3", "a4"], ["b1", "b2", "b3", "b4"], ["c1", "c2"]]
    assert report["components"] == {"count": 2, "sizes": [8, 2], "isolated": 0}
    bridges = {(b["from"]["id"], b["relation"], b["to"]["id"]) for b in report["bridges"]}
    assert bridges == {("a1", "funds", "b1"), ("c2", "part of", "c1")}
    assert {p["id"] for p in report["articulation_points"]} == {"a1", "b1"}
    assert [e["id"] for e in report["top"]["degree"]][:2] == ["a1", "b1"]
    assert report["top"]["degree"][0]["score"] == 4
    assert [e["id"] for e in report["top"]["betweenness"]][:2] == ["a1", "b1"]
    assert report["communities"]["modularity"] > 0.4


def test_communities_repeat_with_the_same_seed() -> None:
    g = nx.connected_caveman_graph(6, 5)
    assert communities(g, seed=7) == communities(g, seed=7)
    assert len(communities(g, seed=7)) == 6


def test_centrality_on_a_path() -> None:
    scores = centrality(nx.MultiDiGraph([("x", "y"), ("y", "z")]))
    assert scores["degree"] == {"x": 1, "y": 2, "z": 1}
    assert scores["betweenness"]["y"] == 1.0
    assert max(scores["pagerank"], key=scores["pagerank"].get) == "z"  # rank flows along relations


def _pagerank(g: nx.Graph, damping: float = 0.85) -> dict[int, float]:
    """PageRank by power iteration, as NetworkX defines it (a dangling node's rank spread evenly)."""
    n = g.number_of_nodes()
    rank = dict.fromkeys(g, 1 / n)
    for _ in range(1000):
        dangling = sum(rank[v] for v in g if g.degree(v) == 0)
        new = {v: (1 - damping) / n + damping * dangling / n for v in g}
        for v in g:
            for u in g.neighbors(v):
                new[u] += damping * rank[v] / g.degree(v)
        if sum(abs(new[v] - rank[v]) for v in g) < 1e-12:
            return new
        rank = new
    return rank


def test_centrality_gives_networkx_figures() -> None:
    """igraph computes; the figures are NetworkX's (its betweenness sample and normalization)."""
    from kg.analysis import BETWEENNESS_SAMPLE, betweenness_sample

    for n, m in ((60, 150), (BETWEENNESS_SAMPLE + 300, 1600)):  # exact, then sampled
        g = nx.gnm_random_graph(n, m, seed=n)
        ours = centrality(g, seed=3)
        k = betweenness_sample(n)
        theirs = nx.betweenness_centrality(g, k=k, seed=3)
        assert max(abs(ours["betweenness"][v] - theirs[v]) for v in g) < 1e-9
        pagerank = _pagerank(g)
        assert max(abs(ours["pagerank"][v] - pagerank[v]) for v in g) < 1e-6
        assert ours["degree"] == dict(g.degree())


def test_communities_are_as_good_as_networkx_louvain() -> None:
    g = nx.relaxed_caveman_graph(40, 8, 0.15, seed=1)
    ours = nx.community.modularity(g, communities(g, seed=1))
    theirs = nx.community.modularity(g, nx.community.louvain_communities(g, seed=1))
    assert ours > theirs - 0.005


def test_analyze_command_formats(built_tiny: Project) -> None:
    base = ["--project", str(built_tiny.root), "analyze"]
    runner = CliRunner()
    report = json.loads(runner.invoke(cli, [*base, "--format", "json"]).output)
    assert report["nodes"] == 5 and report["edges"] == 2
    assert report["components"]["sizes"] == [2, 2, 1]
    assert [b["relation"] for b in report["bridges"]] == ["head of", "located in"]
    markdown = runner.invoke(cli, [*base, "--format", "markdown"]).output
    assert "## Bridges (relations whose removal splits a component)\n\n| from | relation | to |\n" in markdown
    assert "| Ada Example | head of | Example Commission |" in markdown
    table = runner.invoke(cli, [*base, "--type", "Person"]).output
    assert table.splitlines()[:4] == [
        "Summary",
        "figure                          value",
        "------------------------------  -----",
        "entities                        1",
    ]
    bad = runner.invoke(cli, [*base, "--type", "Spaceship"])
    assert bad.exit_code == 2
    assert bad.output.startswith("Error: unknown class 'Spaceship' (known: ")


def test_a_neighbourhood_is_fetched_as_the_projection_has_it(real_graph) -> None:  # type: ignore[no-untyped-def]
    """Hop by hop from the store, the same nodes and edges as the whole projection cut to the ego graph."""
    from kg.analysis import neighbourhood

    whole = project_graph(real_graph, indicators=False)
    for node in ("huairou-science-city", "zhang-jihong", "beijing", "proton-cyclotron-50mev"):
        for depth in (1, 2):
            near = nx.single_source_shortest_path_length(whole.to_undirected(as_view=True), node, cutoff=depth)
            expected = whole.subgraph(near)
            want = sorted((u, v, d["label"], sorted(d["sources"])) for u, v, d in expected.edges(data=True))
            # a cap that is never reached: the page's way (which nodes first, their edges' sources after)
            for got in (
                neighbourhood(real_graph, node, depth=depth),
                neighbourhood(real_graph, node, depth=depth, max_nodes=10**6),
            ):
                assert dict(got.nodes(data=True)) == dict(expected.nodes(data=True)), (node, depth)
                edges = sorted((u, v, d["label"], sorted(d["sources"])) for u, v, d in got.edges(data=True))
                assert edges == want


def test_a_neighbourhood_for_a_page_keeps_hubs_from_crowding_the_focus(real_graph) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from kg.analysis import neighbourhood
    from kg.errors import KgError

    full = neighbourhood(real_graph, "huairou-science-city", depth=2)
    capped = neighbourhood(real_graph, "huairou-science-city", depth=2, hub_degree=40, max_nodes=30)
    first_ring = set(neighbourhood(real_graph, "huairou-science-city", depth=1))
    assert "beijing" in first_ring and first_ring <= set(capped) < set(full) and len(capped) <= 30
    # the capped graph's edges, each with every source of it, are edges of the whole neighbourhood
    whole = {(u, v, d["label"]): sorted(d["sources"]) for u, v, d in full.edges(data=True)}
    assert nx.is_weakly_connected(capped)  # every node drawn is linked to the focus
    assert all(whole[u, v, d["label"]] == sorted(d["sources"]) for u, v, d in capped.edges(data=True))
    with pytest.raises(KgError, match="is not in the entity graph"):
        neighbourhood(real_graph, "no-such-entity")


def test_paths_on_the_bare_projection_with_sources_added_are_the_full_ones(real_graph) -> None:  # type: ignore[no-untyped-def]
    """The projection without quotes has the full one's paths; what kg path does (fetch from
    both ends until they meet) gives the full projection's paths, hops and sources."""
    from kg.analysis import shortest_node_paths, shortest_paths

    full = project_graph(real_graph, indicators=False)
    largest = max(nx.connected_components(full.to_undirected()), key=len)
    nodes = sorted(largest, key=lambda n: (-full.degree(n), n))
    pairs = [(a, b) for a in nodes[:3] for b in nodes[-9::2]]
    assert len(pairs) >= 9
    for a, b in pairs:
        bare = project_graph(real_graph, indicators=False, sources=False)
        assert shortest_node_paths(bare, a, b) == shortest_node_paths(full, a, b)
        # and fetched from both ends ring by ring (what kg path does): the same paths
        assert shortest_paths(path_graph(real_graph, a, b), a, b) == shortest_paths(full, a, b)
