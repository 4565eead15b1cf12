"""Each named competency query in data/queries/ answers what the articles say."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.project import Project
from kg.queries import load_named_queries

ROOT = Path(__file__).resolve().parent.parent


def rows(graph: Any, name: str) -> list[dict[str, str | None]]:
    query = load_named_queries(ROOT / "data" / "queries")[name]
    result = graph.query(query.text)
    names = [v.value for v in result.variables]
    return [{n: (None if s[n] is None else str(s[n].value)) for n in names} for s in result]


def test_there_are_at_least_twelve_named_queries_and_each_runs(real_graph) -> None:  # type: ignore[no-untyped-def]
    queries = load_named_queries(ROOT / "data" / "queries")
    assert len(queries) >= 12
    for name in queries:
        assert rows(real_graph, name), f"{name} returned nothing"


def test_rd_intensity_by_year(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = {(r["year"] or r["asOf"], r["qualifier"], r["value"]) for r in rows(real_graph, "rd-intensity-by-year")}
    assert {("2019", "exactly", "6.31"), ("2020-11", "around", "6"), ("2022", "over", "6.5")} <= got
    for r in rows(real_graph, "rd-intensity-by-year"):
        assert r["source"] and r["quote"]


def test_patents_per_10k_people_series(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = [(r["year"], r["value"]) for r in rows(real_graph, "patents-per-10k-people")]
    assert got == [("2014", "48.2"), ("2022", "218"), ("2023", "262.9")]


def test_posts_held(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = {(r["person"], r["role"], r["organization"], r["asOf"]) for r in rows(real_graph, "posts-held")}
    assert ("Xu Qiang", "director", "Beijing Municipal Science and Technology Commission", "2020-12") in got
    assert ("Sui Zhenjiang", "vice-mayor", "Beijing", "2020-11") in got
    assert ("Zhang Jihong", "head", "Administrative Commission of Zhongguancun Science Park", None) in got


def test_facilities_by_science_city(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = {(r["scienceCity"], r["facility"], r["partOf"]) for r in rows(real_graph, "facilities-by-science-city")}
    assert (
        "Huairou Science City",
        "50 MeV proton cyclotron",
        "space science R&D, testing and support platform for satellite series and payload",
    ) in got


def test_beijing_ranks(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = {(r["index"], r["edition"], r["rank"]) for r in rows(real_graph, "beijing-ranks")}
    assert ("Global Innovation Index", "Global Innovation Index 2020", "4") in got
    assert (
        "Global Science and Technology Innovation Center Index",
        "Global Science and Technology Innovation Center Index 2020",
        "5",
    ) in got
    assert ("Global Innovation Hubs Index", "Global Innovation Hubs Index 2023", "3") in got


def test_ranking_peers(real_graph) -> None:  # type: ignore[no-untyped-def]
    gii = [
        (r["rank"], r["entity"])
        for r in rows(real_graph, "ranking-peers")
        if r["edition"] == "Global Innovation Index 2020"
    ]
    assert [e for _, e in sorted(set(gii))] == ["Tokyo-Yokohama", "Shenzhen-Hong Kong-Guangzhou", "Seoul", "Beijing"]


def test_organizations_by_type(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = {r["type"]: r["organizations"] or "" for r in rows(real_graph, "organizations-by-type")}
    assert "Peking University" in got["university"] and "Tsinghua University" in got["university"]
    assert "Chinese Academy of Engineering" in got["academy"]


def test_area_focus(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = {r["area"]: r["focus"] or "" for r in rows(real_graph, "area-focus")}
    assert "integrated circuits" in got["Beijing Economic-Technological Development Area"]
    assert "biosciences" in got["Beijing Future Science Park"]
    assert "materials science" in got["Huairou Science City"]
    assert "basic and frontier sciences" in got["Zhongguancun Science City"]


def test_time_series(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = {(r["subject"], r["measure"]): r["series"] or "" for r in rows(real_graph, "time-series")}
    series = got[("Beijing", "new tech companies established per day")]
    assert "2014: 146" in series and "2022: 293" in series and "2023: 337" in series


def test_quoted_people(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = {r["person"]: r["posts"] or "" for r in rows(real_graph, "quoted-people")}
    assert "academician, Chinese Academy of Engineering" in got["Wu Hequan"]
    assert "partner, Sequoia China" in got["Zhou Kui"]


def test_plans_and_periods(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = {r["plan"]: r for r in rows(real_graph, "plans-and-periods")}
    plan = next(v for k, v in got.items() if k.startswith("14th Five-Year Plan"))
    assert (plan["start"], plan["end"]) == ("2021", "2025")


def test_multinational_presence_keeps_scopes_apart(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = {(r["subject"], r["qualifier"], r["value"]) for r in rows(real_graph, "multinational-presence")}
    assert ("Beijing", "around", "183") in got
    assert ("Zhongguancun Science Park", "over", "300") in got


def test_facts_per_source_covers_all_five(real_graph) -> None:  # type: ignore[no-untyped-def]
    assert len({r["source"] for r in rows(real_graph, "facts-per-source")}) == 5


def test_sources_metadata_is_not_guessed(real_graph) -> None:  # type: ignore[no-untyped-def]
    got = {r["source"].rsplit("/", 1)[1]: r for r in rows(real_graph, "sources")}  # type: ignore[union-attr]
    assert got["china-daily-2020-12-15-beijing-ambitions"]["date"] is None  # only an "Updated:" stamp
    assert got["china-daily-2020-12-15-beijing-ambitions"]["updated"] == "2020-12-15"
    assert got["china-daily-2020-12-15-beijing-ambitions"]["author"] == "Zhang Zhihao"
    assert got["peoples-daily-beijing-innovation-center"]["date"] is None
    assert got["peoples-daily-beijing-innovation-center"]["author"] == "Wang Haonan"
    assert got["miracle-of-beijing"]["publisher"] is None


@pytest.mark.parametrize("name", ["Huairou Science City", "Huairou Sciense City", "huairou science city"])
def test_lookup_on_real_data(real: Project, real_graph, name: str) -> None:  # type: ignore[no-untyped-def]
    from kg.lookup import entity_card, find

    card = entity_card(real_graph, find(real_graph, name))
    assert card["id"] == "huairou-science-city"
    located = [
        f for f in card["facts"] if f["kind"] == "relation" and f["predicate"] == "locatedIn" and f["direction"] == "in"
    ]
    assert "50 MeV proton cyclotron" in {f["object"]["label"] for f in located}


def test_every_card_of_the_real_data_renders_as_text_and_json(real_graph) -> None:  # type: ignore[no-untyped-def]
    import json

    from kg.lookup import entity_card
    from kg.render import format_card

    for entry in real_graph.names:
        card = entity_card(real_graph, entry)
        text = format_card(card)
        assert text.startswith(f"{card['label']}  ({card['id']})\n")
        assert json.loads(json.dumps(card.to_dict())) == card
        if entry["kind"] == "entity":
            assert card["types"], entry["id"]
