"""The strict ingest scorer: a fact counts only when subject, measure, value, unit and time are all right."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.score import score_article

ROOT = Path(__file__).resolve().parent.parent
KNOWN = {"exampleville": ["Exampleville"], "rd-expenditure": ["R&D expenditure"]}
MEASURES = {"rd-expenditure"}

GOLD = {
    "metadata": {"title": "Exampleville grows", "date_published": "2024-03-05", "author": "Ada Example"},
    "entities": [{"name": "Example Park", "type": "SciencePark"}],
    "indicators": [
        {"subject": "exampleville", "measure": "rd-expenditure", "value": 2.5e9, "unit": "yuan", "year": 2023},
        {"subject": "exampleville", "measure": "rd-expenditure", "value": 7.2, "unit": "percent", "year": 2023,
         "growth": True},
        {"subject": "Example Park", "measure": {"new": ["new tech firms registered"]}, "value": 120,
         "unit": "count", "as_of": "2023-06-30"},
    ],
    "rankings": [],
    "posts": [{"person": "Li Example", "role": "Party secretary", "org": "exampleville"}],
    "furniture": ["Home | News | Tech"],
}  # fmt: skip


def _draft(**changes: object) -> dict[str, object]:
    draft: dict[str, object] = {
        "entities": [
            {"id": "example-park", "label": "Example Park"},
            {"id": "li-example", "label": "Li Example"},
        ],
        "measures": [
            {"id": "new-tech-firms", "label": "new tech firms registered"},
            {"id": "rd-expenditure-growth", "label": "R&D expenditure growth", "related": ["rd-expenditure"]},
        ],
        "indicators": [
            {"subject": "exampleville", "measure": "rd-expenditure", "value": 2500000000, "unit": "yuan", "year": 2023},
            {"subject": "exampleville", "measure": "rd-expenditure-growth", "value": 7.2, "unit": "percent",
             "year": 2023},
            {"subject": "example-park", "measure": "new-tech-firms", "value": 120, "unit": "count",
             "as_of": "2023-06"},
        ],
        "posts": [{"person": "li-example", "role": "party-secretary", "org": "exampleville"}],
    }  # fmt: skip
    draft.update(changes)
    return draft


def _score(draft: dict[str, object], source: dict[str, object] | None = None):  # type: ignore[no-untyped-def]
    return score_article(GOLD, draft, source or {}, KNOWN, MEASURES)


def test_a_right_draft_scores_full_marks() -> None:
    source = {"title": "Exampleville Grows", "date_published": "2024-03-05", "author": "Ada Example"}
    score = _score(_draft(), source)
    assert (score.strict["indicators"].right, score.strict["indicators"].proposed) == (3, 3)
    assert (score.strict["posts"].right, score.strict["posts"].gold) == (1, 1)
    assert score.metadata == {"title": True, "date": True, "author": True, "publisher": True}
    assert score.furniture_facts == 0


def test_a_wrong_subject_measure_or_time_scores_nothing_strictly_but_counts_leniently() -> None:
    wrong = [
        {"subject": "beijing", "measure": "rd-expenditure", "value": 2500000000, "unit": "yuan", "year": 2023},
        {"subject": "exampleville", "measure": "value", "value": 7.2, "unit": "percent", "year": 2023},
        {"subject": "example-park", "measure": "new-tech-firms", "value": 120, "unit": "count", "year": 2023},
    ]
    score = _score(_draft(indicators=wrong))
    assert score.strict["indicators"].right == 0
    assert score.lenient.right == 3  # value and year match: what the old score counted
    # each miss is put down to what the nearest proposal of its value got wrong
    assert score.faults == {"subject": 1, "measure+growth": 1, "time": 1}
    assert "subject: wanted subject='exampleville'" in score.misses[0]
    assert "proposed subject='beijing'" in score.misses[0]


def test_a_figure_proposed_with_no_value_in_common_is_not_proposed() -> None:
    only_one = [{"subject": "exampleville", "measure": "rd-expenditure", "value": 1, "unit": "yuan", "year": 2023}]
    score = _score(_draft(indicators=only_one))
    assert score.faults == {"not proposed": 3}


def test_furniture_facts_and_missing_metadata_are_counted() -> None:
    furniture = [
        {"subject": "exampleville", "measure": "x", "value": 1, "unit": "count", "quote": "Home | News | Tech"}
    ]
    score = _score(_draft(indicators=furniture), {"title": "Home | News | Tech"})
    assert score.furniture_facts == 1
    assert score.metadata["title"] is False and score.metadata["date"] is False


def test_with_the_text_a_fact_is_furniture_only_when_its_quote_is_only_in_furniture() -> None:
    gold = {**GOLD, "furniture": ["Home | News | Tech", "Information Office of the Exampleville Government"]}
    text = (
        "Home | News | Tech\nInformation Office of the Exampleville Government\n"
        "Host: Li Example, spokesperson of the Information Office of the Exampleville Government\n"
    )
    draft = {
        "posts": [
            {"person": "li-example", "role": "spokesperson", "org": "exampleville",
             "quote": "Host: Li Example, spokesperson of the Information Office of the Exampleville Government"},
        ],
        "entities": [{"id": "x", "label": "Tech", "quote": "Home | News | Tech"}],
    }  # fmt: skip
    score = score_article(gold, draft, {}, KNOWN, MEASURES, text)
    assert score.furniture_facts == 1  # the menu line, not the host line that names the office
    assert score_article(gold, draft, {}, KNOWN, MEASURES).furniture_facts == 2  # without the text: by lines alone


def test_a_multiple_is_read_from_its_change_measure_in_times_and_not_as_a_rate() -> None:
    gold = {
        **GOLD,
        "indicators": [
            {"subject": "exampleville", "measure": "rd-expenditure", "value": 2, "unit": "times", "year": 2023},
            {"subject": "exampleville", "measure": {"new": ["patents granted"]}, "value": 3, "unit": "times",
             "year": 2023},
        ],
    }  # fmt: skip
    measures = [
        {"id": "rd-expenditure-growth", "label": "R&D expenditure growth", "unit": "times"},
        {"id": "patents-granted-multiple", "label": "patents granted growth", "unit": "times"},
    ]
    multiples = [
        {"subject": "exampleville", "measure": "rd-expenditure-growth", "value": 2, "unit": "times", "year": 2023},
        {"subject": "exampleville", "measure": "patents-granted-multiple", "value": 3, "unit": "times", "year": 2023},
    ]
    score = score_article(gold, _draft(measures=measures, indicators=multiples), {}, KNOWN, MEASURES)
    assert (score.strict["indicators"].right, score.strict["indicators"].proposed) == (2, 2)
    # the same change measure in percent is a rate, which no multiple is
    rates = [{**d, "unit": "percent"} for d in multiples]
    score = score_article(gold, _draft(measures=measures, indicators=rates), {}, KNOWN, MEASURES)
    assert score.strict["indicators"].right == 0
    assert score.faults == {"unit+growth": 2}


def test_a_quote_of_several_lines_is_furniture_only_when_each_line_is() -> None:
    gold = {**GOLD, "furniture": ["Home | News | Tech", "Share | Print"]}
    text = "Home | News | Tech\nShare | Print\nTable 1. Spending (billion yuan)\nExampleville  2.5  2.7\n"

    def facts(*quotes: str) -> dict[str, object]:
        blocks = [{"subject": "exampleville", "measure": "x", "value": 1, "unit": "count", "quote": q} for q in quotes]
        return _draft(indicators=blocks)

    table = "Table 1. Spending (billion yuan)\nExampleville  2.5  2.7"
    assert score_article(gold, facts(table), {}, KNOWN, MEASURES, text).furniture_facts == 0
    assert (
        score_article(gold, facts("Home | News | Tech\nShare | Print"), {}, KNOWN, MEASURES, text).furniture_facts == 1
    )


def test_a_district_the_gold_names_without_its_type_word_is_the_draft_s_district() -> None:
    fact = {"measure": "rd-expenditure", "value": 1e9, "unit": "yuan", "year": 2023}
    gold = {**GOLD, "indicators": [{"subject": "North", **fact}], "posts": []}

    def scored(gold_type: str, label: str) -> float:
        draft = _draft(entities=[{"id": "north-district", "label": label}], posts=[])
        draft["indicators"] = [{"subject": "north-district", **fact}]
        gold["entities"] = [{"name": "North", "type": gold_type}]
        return score_article(gold, draft, {}, KNOWN, MEASURES).strict["indicators"].recall

    assert scored("District", "North District") == 1.0
    assert scored("SciencePark", "North District") == 0.0  # only the type the gold gives it
    assert scored("District", "North Park") == 0.0


@pytest.mark.parametrize(
    ("wanted", "got", "right"),
    [
        ("Ada Example, Bo Sample", "Ada Example and Bo Sample", True),  # however the names are joined
        ("Ada Example and Bo Sample", "Ada Example", False),  # a name missing
    ],
)
def test_authors_are_the_same_people_however_joined(wanted: str, got: str, right: bool) -> None:
    gold = {**GOLD, "metadata": {**GOLD["metadata"], "author": wanted}}  # type: ignore[dict-item]
    score = score_article(gold, _draft(), {"author": got}, KNOWN, MEASURES)
    assert score.metadata["author"] is right


def test_authors_are_the_same_set_of_names_however_the_byline_joins_them() -> None:
    from kg.ingest.score import author_names

    assert author_names("Ada Li and Bo Wu") == author_names("Bo Wu, Ada Li")
    assert author_names("Ada Li") != author_names("Ada Li, Bo Wu")
