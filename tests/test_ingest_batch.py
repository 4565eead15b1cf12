"""kg ingest with several articles, drafts that say why, and same_as merged as an alias."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import kg.ingest
from kg.cli import cli
from kg.ingest.draft import KnownNames, add_aliases
from kg.project import Project

from .test_ingest import ARTICLE, _files, _ingested, _merges

COMMISSION = """Example Comission funds labs

Updated: Apr 2, 2024

The Example Comission opened 12 labs in Exampleville in 2023.
"""


def _kg(project: Project, *args: str) -> Any:
    return CliRunner().invoke(cli, ["--project", str(project.root), *args], prog_name="kg")


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return name


# --- several articles ---------------------------------------------------------------------


def test_several_articles_give_a_draft_each_and_a_summary(
    tiny: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    names = [_write(tmp_path, "labs.txt", ARTICLE), _write(tmp_path, "commission.txt", COMMISSION)]
    (tmp_path / "empty.txt").write_bytes(b"")
    result = _kg(tiny, "ingest", *names, "empty.txt", "missing.txt")
    assert result.exit_code == 1
    assert result.stdout == (
        "ingested 2 of 4 articles (2 failed); drafts in tiny/drafts/\n"
        "source                        indicators  rankings  posts  entities  measures  new  extends  duplicate"
        "  contradicts  title\n"
        "----------------------------  ----------  --------  -----  --------  --------  ---  -------  ---------"
        "  -----------  ----------------------------\n"
        "exampleville-opens-labs       2           0         1      1         0         1    1        1          1"
        "            Exampleville opens labs\n"
        "example-comission-funds-labs  1           0         0      1         1         1    0        0          0"
        "            Example Comission funds labs\n"
        "review each draft, then: kg ingest --apply DRAFT\n"
    )
    assert result.stderr == (
        "Error: empty.txt: empty.txt is empty: there is no text to read\n"
        "Error: missing.txt: no such file: missing.txt\n"
    )
    drafts = sorted(p.name for p in (tiny.root / "drafts").iterdir())
    assert drafts == ["example-comission-funds-labs.yaml", "exampleville-opens-labs.yaml"]
    assert _kg(tiny, "build").exit_code == 0


def test_no_progress_bar_when_stderr_is_not_a_terminal(tiny: Project, tmp_path: Path) -> None:
    a, b = (tmp_path / "a.txt", tmp_path / "b.txt")
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text(COMMISSION, encoding="utf-8")
    result = _kg(tiny, "ingest", str(a), str(b))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


@pytest.mark.parametrize(
    "option",
    [
        "--title=T",
        "--id=x",
        "--date=2024-01-01",
        "--author=A",
        "--publisher=P",
        "--url=http://example.org/",
        "--out=d.yaml",
    ],
)
def test_options_for_one_article_are_refused_with_several(tiny: Project, tmp_path: Path, option: str) -> None:
    a, b = _write(tmp_path, "a.txt", ARTICLE), _write(tmp_path, "b.txt", COMMISSION)
    before = _files(tiny)
    result = _kg(tiny, "ingest", str(tmp_path / a), str(tmp_path / b), option)
    assert result.exit_code == 2
    name = option.split("=")[0]
    assert result.output == f"Error: {name} is for one article, not 2 (ingest that one alone)\n"
    assert _files(tiny) == before


def test_one_article_the_project_refuses_leaves_the_others(tiny: Project, tmp_path: Path) -> None:
    """Two new sources that share a title: the build takes one of them; the other is reported."""
    twin = "Exampleville labs\n\nIn 2023, Exampleville had 40 labs.\n"
    a = _write(tmp_path, "a.txt", twin)
    b = _write(tmp_path, "b.txt", twin.replace("40", "41"))
    c = _write(tmp_path, "c.txt", ARTICLE)
    result = _kg(tiny, "ingest", *(str(tmp_path / n) for n in (a, b, c)))
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert len(errors) == 1
    assert errors[0].startswith(f"Error: {tmp_path / b}: cannot register the article, nothing written: ")
    assert "share the name 'exampleville labs'" in errors[0]
    assert result.stdout.startswith("ingested 2 of 3 articles (1 failed)")
    sources = sorted(p.name for p in (tiny.data_dir / "sources").glob("*.yaml"))
    assert sources == ["exampleville-labs.yaml", "exampleville-opens-labs.yaml", "tiny-article.yaml"]
    assert not (tiny.root / "drafts" / "exampleville-labs-2.yaml").exists()
    assert _kg(tiny, "build").exit_code == 0


def test_the_same_text_twice_in_a_batch_is_one_source(tiny: Project, tmp_path: Path) -> None:
    a, b = _write(tmp_path, "a.txt", ARTICLE), _write(tmp_path, "b.txt", ARTICLE)
    result = _kg(tiny, "ingest", str(tmp_path / a), str(tmp_path / b))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {tmp_path / b}: the text of {tmp_path / b} is also an earlier article of this batch "
        "(source exampleville-opens-labs)\n"
    )
    assert (tiny.data_dir / "sources" / "exampleville-opens-labs.txt").is_file()


def test_an_error_that_names_no_new_source_has_each_tried_in_turn(
    tiny: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A (simulated) SHACL violation that names no source: the batch, then the project alone,
    then each article with those that passed: only the article at fault is refused."""
    trials: list[list[str]] = []
    real_trial = kg.ingest._trial

    def unnamed(project: Project, files: dict[Path, bytes], **kw: Any) -> str | None:
        trials.append(sorted(p.stem for p in files if p.suffix == ".yaml"))
        if any(b"Qux" in data for data in files.values()):
            return "SHACL: _:b0: a value is missing (and 2 more)"
        return real_trial(project, files, **kw)

    monkeypatch.setattr(kg.ingest, "_trial", unnamed)
    a = _write(tmp_path, "a.txt", ARTICLE)
    b = _write(tmp_path, "b.txt", "Qux labs\n\nIn 2023, Exampleville had 40 labs.\n")
    c = _write(tmp_path, "c.txt", COMMISSION)
    result = _kg(tiny, "ingest", *(str(tmp_path / n) for n in (a, b, c)))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {tmp_path / b}: cannot register the article, nothing written: "
        "SHACL: _:b0: a value is missing (and 2 more)\n"
    )
    assert trials == [
        ["example-comission-funds-labs", "exampleville-opens-labs", "qux-labs"],
        [],
        ["exampleville-opens-labs"],
        ["exampleville-opens-labs", "qux-labs"],
        ["example-comission-funds-labs", "exampleville-opens-labs"],
    ]
    assert sorted(p.stem for p in (tiny.root / "drafts").iterdir()) == [
        "example-comission-funds-labs",
        "exampleville-opens-labs",
    ]


def test_a_project_that_does_not_build_refuses_every_article(
    tiny: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kg.ingest, "_trial", lambda project, files, **kw: "data/facts/x.yaml: broken")
    a, c = _write(tmp_path, "a.txt", ARTICLE), _write(tmp_path, "c.txt", COMMISSION)
    before = _files(tiny)
    result = _kg(tiny, "ingest", str(tmp_path / a), str(tmp_path / c))
    assert result.exit_code == 1
    assert result.stdout == "ingested 0 of 2 articles (2 failed)\n"
    assert result.stderr.splitlines() == [
        f"Error: {tmp_path / n}: cannot register the article, nothing written: "
        "the project does not build as it is: data/facts/x.yaml: broken"
        for n in (a, c)
    ]
    assert _files(tiny) == before and not (tiny.root / "drafts").exists()


def _variant(i: int) -> str:
    """Small articles that differ in title, numbers and wording."""
    kinds = [
        "In {y}, Exampleville spent around {v}.{i} percent of its GDP on R&D.",
        "Ada Example, head of the Example Commission, said {v} labs opened in Huairou Science City in {y}.",
        "Exampleville ranks {o} among more than 30 cities in the Sample Index {y}.",
        "The Qux {i} Research Institute in Huairou Science City hired {v}0 researchers in {y}.",
    ]
    ordinal = ["first", "second", "third", "fourth", "fifth"][i % 5]
    body = " ".join(k.format(y=2010 + i, v=5 + i % 3, i=i, o=ordinal) for k in kinds[: 2 + i % 3])
    return f"Exampleville report number {i}\n\nUpdated: Mar {1 + i}, 2024\n\n{body}\n\nLeave a Reply\n"


def test_a_batch_of_twenty_compiles_the_project_once(
    tiny: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trials: list[int] = []
    real_trial = kg.ingest._trial

    def counting(project: Project, files: dict[Path, bytes], **kw: Any) -> str | None:
        trials.append(len(files))
        return real_trial(project, files, **kw)

    monkeypatch.setattr(kg.ingest, "_trial", counting)
    names = [str(tmp_path / _write(tmp_path, f"a{i}.txt", _variant(i))) for i in range(20)]
    start = time.monotonic()
    result = _kg(tiny, "ingest", *names)
    elapsed = time.monotonic() - start
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ingested 20 of 20 articles;")
    assert trials == [40]  # one trial, with the .txt and .yaml of all twenty
    assert len(list((tiny.root / "drafts").glob("*.yaml"))) == 20
    assert elapsed < 30
    assert _kg(tiny, "build").exit_code == 0


# --- drafts: why, confidence, quote; same_as ------------------------------------------


def test_every_draft_block_has_its_quote_confidence_and_why(tiny: Project, tmp_path: Path) -> None:
    article = tmp_path / "labs.txt"
    text = ARTICLE.replace(
        "\nLeave a Reply", "The Example Comission said Exampleville had 12 labs in 2023.\n\nLeave a Reply"
    )
    article.write_text(text, encoding="utf-8")
    assert _kg(tiny, "ingest", str(article)).exit_code == 0
    draft = yaml.safe_load((tiny.root / "drafts" / "exampleville-opens-labs.yaml").read_text(encoding="utf-8"))
    blocks = [(kind, b) for kind in ("entities", "measures", "indicators", "posts", "relations") for b in draft[kind]]
    assert {kind for kind, _ in blocks} == {"entities", "measures", "indicators", "posts", "relations"}
    for kind, block in blocks:
        assert block["quote"] and block["review"]["why"], (kind, block)
        assert 0 <= block["review"]["confidence"] <= 1
        assert list(block["review"])[:2] == ["confidence", "why"]
    whys = {kind: block["review"]["why"] for kind, block in blocks}
    assert whys["posts"] == "a person's name next to a role ('NAME, role of ORG' or 'role NAME')"
    assert whys["relations"] == "'X in Y', Y a place"
    first = draft["indicators"][0]["review"]["why"]
    assert first == "a number with its unit (percent); the measure rd-spending-share-of-gdp by its words; " + (
        "the year in (or before) the sentence"
    )
    comission = next(b for b in draft["entities"] if b["label"] == "Example Comission")
    assert comission["same_as"] == "example-commission"
    assert comission["review"]["similar"] == ["example-commission (0.97)"]
    assert comission["review"]["why"].endswith("; looks like the known example-commission")


def test_known_names_use_edit_distance_and_keep_editions_apart() -> None:
    names = KnownNames({"bmstc": ["Beijing Municipal Science and Technology Commission"], "gii-2022": ["GII 2022"]})
    assert names.similar("Beijing Municipal Science & Techology Commission") == [("bmstc", 0.99)]
    assert names.same_as("Beijing Municipal Science & Techology Commission") == ("bmstc", 0.99)
    assert names.similar("Tianjin Municipal Science and Technology Commission") == [("bmstc", 0.94)]
    assert names.same_as("Tianjin Municipal Science and Technology Commission") is None
    assert names.similar("GII 2023") == [] and names.same_as("GII 2023") is None


def test_applying_same_as_adds_an_alias_to_the_known_entity(
    tiny: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tiny.root)
    article = tmp_path / "commission.txt"
    article.write_text(COMMISSION, encoding="utf-8")
    assert _kg(tiny, "ingest", str(article)).exit_code == 0
    things = tiny.data_dir / "entities" / "things.yaml"
    before = things.read_text(encoding="utf-8")
    result = _kg(tiny, "ingest", "--apply", "drafts/example-comission-funds-labs.yaml")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "merged 2 mentions, 1 aliases, 1 measures, 1 indicators from source example-comission-funds-labs\n"
        "  wrote data/facts/example-comission-funds-labs.yaml\n"
        "  wrote data/measures/from-example-comission-funds-labs.yaml\n"
        "  changed data/entities/things.yaml\n"
        "  alias 'Example Comission' of example-commission (in data/entities/things.yaml)\n"
    )
    assert things.read_text(encoding="utf-8") == before.replace(
        "  label: Example Commission\n", "  label: Example Commission\n  aliases: [Example Comission]\n"
    )
    assert not (tiny.data_dir / "entities" / "from-example-comission-funds-labs.yaml").exists()
    card = _kg(tiny, "lookup", "Example Comission")
    assert card.exit_code == 0 and card.output.startswith("Example Commission")


def _commission_draft(tiny: Project, tmp_path: Path) -> Path:
    article = tmp_path / "commission.txt"
    article.write_text(COMMISSION, encoding="utf-8")
    assert _kg(tiny, "ingest", str(article)).exit_code == 0
    return tiny.root / "drafts" / "example-comission-funds-labs.yaml"


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda t: t.replace("same_as: example-commission", "same_as: atlantis"),
            r"Error: \S+example-comission-funds-labs\.yaml: entities\[1\]: same_as 'atlantis' is not a known entity "
            r"\(nor one this draft defines\)",
        ),
        (  # the alias is another entity's name: the build refuses, nothing is written
            lambda t: t.replace("label: Example Comission", "label: Exampleville", 1),
            r"Error: merge rejected, nothing changed: data/entities/things\.yaml: .*share the name 'exampleville'.*",
        ),
    ],
)
def test_a_same_as_that_cannot_be_merged_changes_nothing(
    tiny: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: Any, message: str
) -> None:
    import re

    monkeypatch.chdir(tiny.root)
    draft = _commission_draft(tiny, tmp_path)
    draft.write_text(edit(draft.read_text(encoding="utf-8")), encoding="utf-8")
    before = _files(tiny)
    result = _kg(tiny, "ingest", "--apply", str(draft))
    assert result.exit_code == 1
    assert re.fullmatch(message + "\n", result.output), result.output
    assert _files(tiny) == before


def test_same_as_a_new_entity_of_the_draft_becomes_its_alias(tiny: Project, tmp_path: Path) -> None:
    draft = _commission_draft(tiny, tmp_path)
    text = draft.read_text(encoding="utf-8").replace("same_as: example-commission", "same_as: qux-institute")
    text = text.replace(
        "\nmeasures:",
        "\n  - id: qux-institute\n    type: ResearchInstitute\n    label: Qux Institute\n"
        "    quote: The Example Comission opened 12 labs in Exampleville in 2023.\n\nmeasures:",
    )
    draft.write_text(text, encoding="utf-8")
    result = _kg(tiny, "ingest", "--apply", str(draft))
    assert result.exit_code == 0, result.output
    new = yaml.safe_load((tiny.data_dir / "entities" / "from-example-comission-funds-labs.yaml").read_text("utf-8"))
    assert new == [
        {"id": "qux-institute", "type": "ResearchInstitute", "label": "Qux Institute", "aliases": ["Example Comission"]}
    ]


def test_aliases_are_added_in_every_layout_of_an_entities_file() -> None:
    text = (
        "# People and bodies.\n"
        "- {id: a, type: City, label: A, aliases: [A1]}\n"
        "- id: b  # the second\n"
        "  type: City\n"
        "  label: B\n"
        "  aliases:\n"
        "  - B1\n"
        "- id: c\n"
        "  label: >-\n"
        "    C the\n"
        "    long\n"
        "  type: City\n"
    )
    new = add_aliases(text, {"a": ["A: two"], "b": ["B2"], "c": ["C2"]})
    assert yaml.safe_load(new) == [
        {"id": "a", "type": "City", "label": "A", "aliases": ["A1", "A: two"]},
        {"id": "b", "type": "City", "label": "B", "aliases": ["B1", "B2"]},
        {"id": "c", "label": "C the long", "type": "City", "aliases": ["C2"]},
    ]
    assert new.startswith("# People and bodies.\n") and "- id: b  # the second\n" in new
    with pytest.raises(ValueError, match="'z' is not in the file"):
        add_aliases(text, {"z": ["Z"]})


# --- drafts that merge as they stand ---------------------------------------------------------


def test_a_draft_leaves_out_what_the_build_would_refuse_and_says_why(tiny: Project) -> None:
    from kg.compile import load_ontology
    from kg.dataset import load_dataset
    from kg.ingest.draft import render_draft
    from kg.ingest.extract import Candidate, Extraction

    quote = "In 2023 Exampleville had nearly 40 labs and spent 3 billion yuan, ranking third."

    def indicator(**changes: Any) -> Candidate:
        data = {"subject": "exampleville", "measure": "new:labs", "value": 40, "unit": "count", "year": 2023}
        return Candidate("indicators", {**data, **changes}, quote, 0.8)

    found = Extraction(
        labels={"labs": "Example Facility"},  # a measure named like a known entity
        indicators=[
            indicator(qualifier="nearly"),  # kept
            indicator(measure="new:spending", value=3_000_000_000, unit="yuan"),  # kept
            indicator(measure="new:spending", value=3_000_000_000, unit="usd"),  # kept: currencies stand in
            indicator(value=41),  # the quote does not state it
            indicator(qualifier="over"),  # no word for it
            indicator(measure="rd-spending-share-of-gdp", value=3, unit="count"),  # the measure is in percent
            indicator(subject="atlantis"),  # no such entity
            indicator(subject=None),  # no subject
            Candidate(  # out of range; its measure goes with it
                "indicators",
                {"subject": "exampleville", "measure": "new:lab-share", "value": 140, "unit": "percent", "year": 2023},
                "Labs made up 140 percent of the total in 2023.",
                0.8,
            ),
        ],
        rankings=[
            Candidate("rankings", {"entity": "exampleville", "rank": 3, "year": 2023}, quote, 0.8),
            Candidate("rankings", {"entity": "exampleville", "rank": 3}, quote, 0.8),  # a rank in nothing
        ],
        posts=[
            Candidate("posts", {"person": "ada-example", "role": "head", "org": "example-facility"}, quote, 0.8),
        ],
    )
    known = load_dataset(tiny.data_dir, load_ontology(tiny.ontology_dir).classes)
    text = render_draft(found, "tiny-article", known=known)
    draft = yaml.safe_load(text)
    assert [(d["value"], d["unit"], d.get("qualifier")) for d in draft["indicators"]] == [
        (40, "count", "nearly"),
        (3_000_000_000, "yuan", None),
        (3_000_000_000, "usd", None),
    ]
    assert [d.get("year") for d in draft["rankings"]] == [2023]
    assert draft["posts"] == []
    assert [(m["id"], m["label"]) for m in draft["measures"]] == [
        ("labs", "number of Example Facility"),
        ("spending", "spending"),
    ]
    header = [line for line in text.splitlines() if line.startswith("#   ")]
    assert [line.split(": ")[:2] for line in header] == [
        ["#   indicators", "the quote does not state 41"],
        ["#   indicators", "the quote has no word for 'over'"],
        ["#   indicators", "the unit count does not fit the measure rd-spending-share-of-gdp (percent)"],
        ["#   indicators", "subject 'atlantis' is no known or drafted entity"],
        ["#   indicators", "no subject"],
        ["#   indicators", "a percentage of 140 is out of range"],
        ["#   rankings", "a rank in nothing named (no edition, year or category)"],
        ["#   posts", "'example-facility' is no organization or place to hold a post in"],
    ]


def test_facts_about_a_candidate_merged_as_a_known_entity_are_about_that_entity(
    tiny: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tiny.root)
    _, draft = _ingested(
        tiny,
        tmp_path,
        "Example Comission funds labs\n\nUpdated: Mar 3, 2024\n\nAda Example is director of the Example Comission.\n",
        "example-comission-funds-labs",
    )
    assert [(e["id"], e.get("same_as")) for e in draft["entities"]][0] == ("example-comission", "example-commission")
    assert [d["org"] for d in draft["posts"]] == ["example-comission"]
    result = _kg(tiny, "ingest", "--apply", "drafts/example-comission-funds-labs.yaml")
    assert result.exit_code == 0, result.output
    facts = yaml.safe_load((tiny.data_dir / "facts" / "example-comission-funds-labs.yaml").read_text(encoding="utf-8"))
    assert [d["org"] for d in facts["posts"]] == ["example-commission"]


def test_a_ranked_list_merges_as_it_stands(tiny: Project, tmp_path: Path) -> None:
    path, draft = _ingested(
        tiny,
        tmp_path,
        "Example City Index 2024 results\n\nUpdated: Mar 3, 2024\n\n"
        "The Example City Index 2024 ranks cities on innovation. The top cities:\n"
        "1. Exampleville\n2. Northtown\n3. Oslo\n\n"
        "Southport came fourth, ahead of Westfield and Eastham.\n",
        "example-city-index-2024-results",
    )
    ranks = {(d["entity"], d["rank"]) for d in draft["rankings"]}
    assert {("northtown", 2), ("oslo", 3), ("westfield", 5), ("eastham", 6)} <= ranks
    # the rows are quoted with the rows above them, and the cities ranked are drafted as cities
    assert next(d["quote"] for d in draft["rankings"] if d["entity"] == "oslo") == "2. Northtown\n3. Oslo"
    assert {e["id"]: e["type"] for e in draft["entities"]}["oslo"] == "City"
    _merges(tiny, path)


def _two_drafts(tiny: Project, tmp_path: Path) -> tuple[Path, Path]:
    """Ingest two small articles in one batch: the first article, and the folder of their drafts
    (exampleville-opens-labs.yaml, exampleville-adds-parks.yaml)."""
    first, second = tmp_path / "labs.txt", tmp_path / "more.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text("Exampleville adds parks\n\nIn 2023, Exampleville had 12 science parks.\n", encoding="utf-8")
    assert _kg(tiny, "ingest", str(first), str(second)).exit_code == 0
    return first, tiny.root / "drafts"


def test_apply_merges_several_drafts_and_reports_the_one_that_fails(tiny: Project, tmp_path: Path) -> None:
    _, drafts = _two_drafts(tiny, tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text("source: [unclosed\n", encoding="utf-8")
    result = _kg(
        tiny,
        "ingest",
        "--apply",
        str(drafts / "exampleville-opens-labs.yaml"),
        str(broken),
        str(drafts / "exampleville-adds-parks.yaml"),
    )
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert [line.split(" from source ")[-1] for line in lines if line.startswith("merged ") and "source" in line] == [
        "exampleville-opens-labs",
        "exampleville-adds-parks",
    ]
    assert lines[-1] == "merged 2 of 3 drafts (1 failed)"
    errors = [line for line in lines if line.startswith("Error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"Error: {broken}") and errors[0].count(str(broken)) == 1
    assert (tiny.data_dir / "facts" / "exampleville-adds-parks.yaml").is_file()
    assert _kg(tiny, "build").exit_code == 0


def test_apply_may_be_repeated_and_takes_no_article(tiny: Project, tmp_path: Path) -> None:
    first, drafts = _two_drafts(tiny, tmp_path)
    mixed = _kg(tiny, "ingest", str(first), "--apply", str(drafts / "exampleville-opens-labs.yaml"))
    assert mixed.exit_code == 2
    assert mixed.output == f"Error: {first} is no draft: give ARTICLEs to ingest, or --apply DRAFTs (not both)\n"
    both = _kg(
        tiny,
        "ingest",
        "--apply",
        str(drafts / "exampleville-opens-labs.yaml"),
        "--apply",
        str(drafts / "exampleville-adds-parks.yaml"),
    )
    assert both.exit_code == 0, both.output
    assert both.output.splitlines()[-1] == "merged 2 of 2 drafts"


def test_apply_drafts_merges_each_and_rebuilds_the_graph_once(
    tiny: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.build
    from kg.ingest import ApplyResult, IngestFailure, apply_drafts

    _, drafts = _two_drafts(tiny, tmp_path)
    builds: list[Project] = []
    real_build = kg.build.build
    monkeypatch.setattr(kg.build, "build", lambda project, **kw: builds.append(project) or real_build(project, **kw))
    steps: list[int] = []
    outcomes = apply_drafts(
        tiny,
        [drafts / "exampleville-opens-labs.yaml", tmp_path / "missing.yaml", drafts / "exampleville-adds-parks.yaml"],
        progress=steps.append,
    )
    assert [type(o) for o in outcomes] == [ApplyResult, IngestFailure, ApplyResult]
    missing = _kg(tiny, "ingest", "--apply", str(tmp_path / "missing.yaml"), str(tmp_path / "gone.yaml"))
    assert missing.exit_code == 1
    assert [line.count(str(tmp_path / "gone.yaml")) for line in missing.output.splitlines() if "gone" in line] == [1]
    assert [o.source_id for o in outcomes if isinstance(o, ApplyResult)] == [
        "exampleville-opens-labs",
        "exampleville-adds-parks",
    ]
    failure = outcomes[1]
    assert isinstance(failure, IngestFailure) and failure.article == str(tmp_path / "missing.yaml")
    assert len(builds) == 1 and steps == [1, 1, 1]
    card = _kg(tiny, "lookup", "Sample Lab")  # the graph holds the first draft's entity
    assert card.exit_code == 0 and "located in: Huairou Science City" in card.output


def test_apply_refuses_the_options_of_an_article_and_folders(tiny: Project, tmp_path: Path) -> None:
    _, drafts = _two_drafts(tiny, tmp_path)
    draft = str(drafts / "exampleville-opens-labs.yaml")
    for option, value in (("--min-confidence", "0.3"), ("--max-bytes", "10"), ("--timeout", "5")):
        result = _kg(tiny, "ingest", "--apply", draft, option, value)
        assert result.exit_code == 2
        assert result.output == f"Error: {option} is for ingesting an article, not for --apply\n"
    (tmp_path / "more.yaml").mkdir()
    folder = _kg(tiny, "ingest", "--apply", draft, str(tmp_path / "more.yaml"))
    assert folder.exit_code == 2
    assert folder.output == f"Error: {tmp_path / 'more.yaml'} is a directory, not a draft\n"
    assert not (tiny.data_dir / "facts" / "exampleville-opens-labs.yaml").exists()


def test_drafts_of_one_batch_that_name_the_same_new_thing_all_merge(tiny: Project, tmp_path: Path) -> None:
    for name, figure in (("one.txt", "12"), ("two.txt", "15")):
        (tmp_path / name).write_text(
            f"Zeta Valley Science Park {name[:3]}\n\nIn 2023, Zeta Valley Science Park hosted {figure} robotics "
            f"companies.\n",
            encoding="utf-8",
        )
    assert _kg(tiny, "ingest", str(tmp_path / "one.txt"), str(tmp_path / "two.txt")).exit_code == 0
    drafts = sorted(str(p) for p in (tiny.root / "drafts").glob("*.yaml"))
    result = _kg(tiny, "ingest", "--apply", *drafts)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "merged 2 of 2 drafts"
    notes = [line for line in result.output.splitlines() if line.startswith("  note: ")]
    assert any("entity 'zeta-valley-science-park' was defined by another draft" in line for line in notes), notes
    assert _kg(tiny, "build").exit_code == 0
    again = _kg(tiny, "ingest", "--apply", drafts[0])
    assert again.exit_code == 1 and "was this draft merged before?" in again.output


def test_apply_drafts_interrupted_takes_every_merged_draft_back(tiny: Project, tmp_path: Path) -> None:
    from kg.ingest import apply_drafts

    _, drafts = _two_drafts(tiny, tmp_path)
    before = sorted(p.relative_to(tiny.data_dir) for p in tiny.data_dir.rglob("*") if p.is_file())

    def interrupt(_: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        apply_drafts(
            tiny,
            [drafts / "exampleville-opens-labs.yaml", drafts / "exampleville-adds-parks.yaml"],
            progress=interrupt,
        )
    assert sorted(p.relative_to(tiny.data_dir) for p in tiny.data_dir.rglob("*") if p.is_file()) == before


def test_a_left_out_quote_of_several_lines_keeps_the_draft_valid_yaml(tiny: Project) -> None:
    from kg.compile import load_ontology
    from kg.dataset import load_dataset
    from kg.ingest.draft import render_draft
    from kg.ingest.extract import Candidate, Extraction

    rows = "Exampleville | 82.4 | 88.1\nOther | 41.7 | 43.2"  # a table's rows, which state no 9 billion
    data = {"subject": "exampleville", "measure": "new:spending", "value": 9_000_000_000, "unit": "yuan", "year": 2024}
    found = Extraction(labels={"spending": "spending"}, indicators=[Candidate("indicators", data, rows, 0.8)])
    known = load_dataset(tiny.data_dir, load_ontology(tiny.ontology_dir).classes)
    text = render_draft(found, "tiny-article", known=known)
    assert yaml.safe_load(text)["indicators"] == []
    assert [line for line in text.splitlines() if "does not state" in line] == [
        "#   indicators: the quote does not state 9000000000: Exampleville | 82.4 | 88.1 Other | 41.7 | 43.2"
    ]
