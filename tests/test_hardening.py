"""Hostile and malformed inputs: the build reads only the project's own files, refuses wrong
types with one line naming the file and the fact, and remembers a failed build until its
inputs change."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from kg.build import build, is_stale, remembered_failure
from kg.cli import cli
from kg.errors import BuildError, KgError
from kg.project import MAX_INPUT_BYTES, Project

FACTS = Path("facts") / "tiny-article.yaml"
ENTITIES = Path("entities") / "things.yaml"
SOURCE = Path("sources") / "tiny-article.yaml"
TEXT = Path("sources") / "tiny-article.txt"
PASSWD_LINE = "root:x:0:0:root:/root:/bin/bash"


def _edit(project: Project, file: Path, old: str, new: str) -> Path:
    path = project.data_dir / file
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _fails(project: Project, *patterns: str) -> str:
    """Build; it must fail with a one-line BuildError holding every pattern."""
    with pytest.raises(BuildError) as err:
        build(project)
    message = str(err.value)
    assert "\n" not in message
    for pattern in patterns:
        assert pattern in message, message
    return message


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Fail a test that blocks (a FIFO opened for reading waits for a writer) instead of hanging."""

    def stop(*_: Any) -> None:
        raise TimeoutError("the build blocked")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _kg(project: Project, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--project", str(project.root), *args], prog_name="kg")


def _one_line_error(result: Result) -> str:
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception  # not a crash caught by the runner
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


# --- only the project's own files ---------------------------------------------------------


def test_source_text_linked_to_a_file_outside_the_project_is_refused(tiny: Project, tmp_path: Path) -> None:
    text = tiny.data_dir / TEXT
    outside = tmp_path / "passwd"
    outside.write_text(text.read_text(encoding="utf-8") + PASSWD_LINE + "\n", encoding="utf-8")
    text.unlink()
    text.symlink_to(outside)
    _edit(tiny, FACTS, '"Exampleville spent"', f'"{PASSWD_LINE}"')
    _fails(tiny, f"{text}: is a symbolic link")
    assert not tiny.current_build.exists()


def test_the_same_quote_from_a_real_copy_is_accepted(tiny: Project) -> None:
    """The control for the test above: the quote and the text are fine, only the link is refused."""
    text = tiny.data_dir / TEXT
    text.write_text(text.read_text(encoding="utf-8") + PASSWD_LINE + "\n", encoding="utf-8")
    _edit(tiny, FACTS, '"Exampleville spent"', f'"{PASSWD_LINE}"')
    build(tiny)


def test_a_sources_folder_linked_outside_the_project_is_refused(tiny: Project, tmp_path: Path) -> None:
    sources = tiny.data_dir / "sources"
    sources.rename(tmp_path / "elsewhere")
    sources.symlink_to(tmp_path / "elsewhere")
    _fails(tiny, "tiny-article.yaml: its real path", "is outside the project")


@pytest.mark.parametrize(
    ("link", "target"),
    [
        ("data/facts/linked.yaml", "data/facts/tiny-article.yaml"),
        ("data/entities/linked.yaml", "data/entities/things.yaml"),
        ("data/queries/linked.rq", "data/queries/facilities.rq"),
        ("ontology/linked.ttl", "ontology/vocabulary.ttl"),
    ],
    ids=["facts", "entities", "query", "ontology"],
)
def test_a_link_among_the_inputs_is_refused_even_to_a_file_of_the_project(
    tiny: Project, link: str, target: str
) -> None:
    (tiny.root / link).symlink_to(tiny.root / target)
    _fails(tiny, f"{tiny.root / link}: is a symbolic link")


def test_a_folder_named_like_a_data_file_is_refused(tiny: Project) -> None:
    (tiny.data_dir / "facts" / "x.yaml").mkdir()
    _fails(tiny, f"{tiny.data_dir / 'facts' / 'x.yaml'}: is a folder, not a file")


def test_a_fifo_named_like_a_data_file_is_refused_without_waiting(tiny: Project, no_hang: None) -> None:
    os.mkfifo(tiny.data_dir / "facts" / "x.yaml")
    _fails(tiny, "x.yaml: is not a regular file")


def test_a_data_file_over_the_size_limit_is_refused_unread(tiny: Project) -> None:
    huge = tiny.data_dir / "facts" / "huge.yaml"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # 50 MB (sparse: cheap to make)
    started = time.perf_counter()
    _fails(tiny, f"{huge}: is 52,428,800 bytes (at most {MAX_INPUT_BYTES:,} allowed)")
    assert time.perf_counter() - started < 5


# --- wrong types and values ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "old", "new", "error"),
    [
        (ENTITIES, "label: Example Facility", "label: 12345", "field 'label' must be text, not a number"),
        (ENTITIES, "label: Example Facility", "label: 2021-01-01", "field 'label' must be text, not a date"),
        (ENTITIES, "label: Example Facility", "label: null", "missing required field 'label'"),
        (ENTITIES, "label: Example Facility", 'label: "Example\\aFacility"', "holds the control character '\\x07'"),
        (ENTITIES, "label: Example Facility", 'label: "Example\\nFacility"', "holds the control character '\\n'"),
        (ENTITIES, "aliases: [Huairou SC]", "aliases: Huairou SC", "field 'aliases' must be a list of text"),
        (ENTITIES, "aliases: [Huairou SC]", "aliases: {a: b}", "field 'aliases' must be a list of text"),
        (ENTITIES, "aliases: [Huairou SC]", "aliases: [[Huairou SC]]", "must be a list of text, but holds a list"),
        (ENTITIES, "id: head", "id: yes", "field 'id' must be text, not a true/false"),
        (ENTITIES, "outside: {label_zh: 示例市}", "outside: {label_zh: {a: 1}}", "field 'label_zh' must be text"),
        (FACTS, '"Exampleville spent"', "2023", "mentions.exampleville: the quote must be text, not a number"),
        (FACTS, '"Exampleville spent"', '"E"', "mentions.exampleville: the quote is too short to be evidence"),
        (FACTS, 'quote: "Dr Ada', 'quote: 2023\n    note: "Dr Ada', "posts[1]: field 'quote' must be text"),
        (
            FACTS,
            "  - subject: exampleville",
            "  - just text\n  - subject: exampleville",
            "expected a mapping, got text",
        ),
        (FACTS, "  - {s: example-facility", "  x: {s: example-facility", "'relations' must be a list, not a mapping"),
        (FACTS, "org: example-commission", "org: {a: 1}", "posts[1]: field 'org' must be text, not a mapping"),
        (FACTS, "value: 5.5", "value: .inf", "field 'value': inf is not a finite number"),
        (FACTS, "role: head", 'role: "he ad"', "posts[1]: field 'role': unknown entity 'he ad'"),
        (
            FACTS,
            "posts:",
            "rankings:\n  - {entity: exampleville, edition: a b, rank: 1, quote: Exampleville spent around}\nposts:",
            "rankings[1]: field 'edition': unknown entity 'a b'",
        ),
        (FACTS, "as_of: 2021-06", "as_of: 2021-13", "field 'as_of': '2021-13' is not a year, year-month or date"),
        (FACTS, "  exampleville: ", "  [a]: ", "invalid YAML: line 3, column 3: found unhashable key"),
        (SOURCE, "date_published: 2021-06-01", "date_published: {a: 1}", "'date_published' must be a date"),
        (SOURCE, "date_published: 2021-06-01", "date_published: [2021]", "'date_published' must be a date"),
        (SOURCE, "date_published: 2021-06-01", "date_published: 2021-06-01 10:00:00", "must be a date (YYYY-MM-DD)"),
        (SOURCE, "language: en", "language: e n", "field 'language': 'e n' is not a language tag"),
        (SOURCE, "id: tiny-article", "id: 12", "field 'id' must be text, not a number"),
    ],
    ids=[
        "label-number",
        "label-date",
        "label-null",
        "label-bell",
        "label-newline",
        "aliases-text",
        "aliases-mapping",
        "aliases-nested",
        "id-boolean",
        "outside-mapping",
        "quote-number",
        "quote-one-character",
        "fact-quote-number",
        "fact-text",
        "section-mapping",
        "org-mapping",
        "value-infinite",
        "role-not-an-id",
        "edition-not-an-id",
        "month-13",
        "unhashable-key",
        "date-mapping",
        "date-list",
        "date-and-time",
        "language",
        "source-id-number",
    ],
)
def test_wrong_types_are_one_line_naming_file_and_fact(
    tiny: Project, file: Path, old: str, new: str, error: str
) -> None:
    path = _edit(tiny, file, old, new)
    message = _fails(tiny, error)
    assert message.startswith(f"build failed: {path}: ")


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", "source: expected a mapping, got nothing"),
        (b"- a\n- b\n", "source: expected a mapping, got list"),
        (b"id: \xff\xfe\n", "not UTF-8 text (invalid start byte at byte 4)"),
        (b"id: !!timestamp x\n", "invalid value"),
    ],
    ids=["empty", "list", "not-utf8", "bad-tag"],
)
def test_unreadable_source_metadata(tiny: Project, content: bytes, error: str) -> None:
    (tiny.data_dir / SOURCE).write_bytes(content)
    _fails(tiny, f"{tiny.data_dir / SOURCE}: {error}")


def test_a_byte_order_mark_is_allowed(tiny: Project) -> None:
    path = tiny.data_dir / ENTITIES
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    build(tiny)


def test_a_quote_cannot_hold_the_furniture_mark(tiny: Project) -> None:
    _edit(tiny, FACTS, '"Exampleville spent"', '"Exampleville \u241e spent"')
    _fails(tiny, "mentions.exampleville: the quote holds '\u241e'")


def test_an_alias_clash_names_the_files(tiny: Project) -> None:
    (tiny.data_dir / "entities" / "more.yaml").write_text(
        "- {id: other-city, type: City, label: Other City, aliases: [EXAMPLEVILLE]}\n", encoding="utf-8"
    )
    _edit(tiny, FACTS, "mentions:\n", "mentions:\n  other-city: Exampleville spent\n")
    _fails(
        tiny,
        f"build failed: {tiny.data_dir / ENTITIES}: entity 'exampleville' and 'other-city' "
        f"(in {tiny.data_dir / 'entities' / 'more.yaml'}) share the name 'exampleville'",
    )


# --- named queries ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "refused query: SERVICE"),
        ("LOAD <file:///etc/passwd>", "refused query: LOAD"),
        ("SELECT * WHERE { ?s ?p ", "invalid query: SPARQL syntax error"),
        ("SELECT * WHERE { ?s nope:x ?o }", "unknown prefix"),
        ("", "invalid query: the query is empty"),
    ],
    ids=["service", "load", "syntax", "unknown-prefix", "empty"],
)
def test_a_named_query_that_is_unsafe_or_malformed_fails_the_build(tiny: Project, query: str, error: str) -> None:
    path = tiny.queries_dir / "bad.rq"
    path.write_text(query, encoding="utf-8")
    _fails(tiny, f"build failed: {path}: ", error)


def test_checking_a_named_query_runs_nothing(tiny: Project) -> None:
    """The engine parses the query but does not evaluate it (this would take minutes and gigabytes)."""
    values = " ".join(str(i) for i in range(2000))
    path = tiny.queries_dir / "heavy.rq"
    path.write_text(
        f"SELECT * WHERE {{ VALUES ?a {{ {values} }} VALUES ?b {{ {values} }} VALUES ?c {{ {values} }} }} ORDER BY ?a",
        encoding="utf-8",
    )
    started = time.perf_counter()
    build(tiny, validate=False)
    assert time.perf_counter() - started < 10


# --- deep nesting, through the command line ---------------------------------------------------


@pytest.mark.parametrize(
    "content",
    ["[" * 20000 + "]" * 20000, "- " * 20000 + "x\n", "".join(" " * i + "-\n" for i in range(0, 4000, 2))],
    ids=["flow", "compact-block", "indented-block"],
)
def test_yaml_nested_20000_levels_deep_fails_in_one_line_and_lookups_go_on(built_tiny: Project, content: str) -> None:
    (built_tiny.data_dir / "facts" / "deep.yaml").write_text(content, encoding="utf-8")
    line = _one_line_error(_kg(built_tiny, "build"))
    assert line.startswith(f"Error: build failed: {built_tiny.data_dir / 'facts' / 'deep.yaml'}: invalid YAML: ")
    assert "nest" in line
    result = _kg(built_tiny, "lookup", "Exampleville")
    assert result.exit_code == 0 and result.exception is None, result.output
    assert result.stdout.startswith("Exampleville  (exampleville)\n")
    warning = result.stderr.splitlines()
    assert len(warning) == 1 and warning[0].startswith("warning: build failed: ")
    assert warning[0].endswith("using the last good graph")


# --- a failed build is remembered until its inputs change -------------------------------------


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Counts compilations: the project root of each call of kg.compile.compile_project."""
    import kg.compile

    calls: list[Path] = []
    real: Callable[..., Any] = kg.compile.compile_project

    def counted(ontology_dir: Path, data_dir: Path, **kwargs: Any) -> Any:
        calls.append(data_dir.parent)
        return real(ontology_dir, data_dir, **kwargs)

    monkeypatch.setattr(kg.compile, "compile_project", counted)
    return calls


def test_a_failed_build_is_remembered_until_its_inputs_change(built_tiny: Project, compiles: list[Path]) -> None:
    good = (built_tiny.current_build / "graph.nt").read_bytes()
    _edit(built_tiny, FACTS, "5.5 percent", "9.9 percent")

    first = _kg(built_tiny, "lookup", "Exampleville")  # the automatic rebuild fails, once
    assert first.exit_code == 0 and len(compiles) == 1
    assert first.stderr.startswith("warning: build failed: ") and "using the last good graph" in first.stderr
    assert remembered_failure(built_tiny) is not None

    for _ in range(3):  # later commands do not compile the same inputs again, and say why at once
        again = _kg(built_tiny, "lookup", "Exampleville")
        assert again.exit_code == 0 and again.stdout == first.stdout
        assert len(again.stderr.splitlines()) == 1
        assert "the inputs are unchanged since this build failed; 'kg build' tries again" in again.stderr
    assert len(compiles) == 1

    line = _one_line_error(_kg(built_tiny, "build"))  # an explicit build compiles and reports again
    assert len(compiles) == 2 and "the quote is not in the text" in line and "unchanged" not in line
    assert (built_tiny.current_build / "graph.nt").read_bytes() == good

    _edit(built_tiny, FACTS, "9.9 percent", "5.5 percent")  # fixed: the next command rebuilds
    fixed = _kg(built_tiny, "lookup", "Exampleville")
    assert fixed.exit_code == 0 and fixed.stderr == "" and len(compiles) == 3
    assert remembered_failure(built_tiny) is None and not is_stale(built_tiny)


def test_a_remembered_failure_without_a_good_build_is_an_error_at_once(tiny: Project, compiles: list[Path]) -> None:
    (tiny.data_dir / "facts" / "broken.yaml").write_text("[", encoding="utf-8")
    for expected_compiles in (1, 1, 1):
        line = _one_line_error(_kg(tiny, "stats"))
        assert "broken.yaml: invalid YAML" in line and len(compiles) == expected_compiles


def test_a_remembered_huge_file_costs_no_time(built_tiny: Project, compiles: list[Path]) -> None:
    with (built_tiny.data_dir / "facts" / "huge.yaml").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    _kg(built_tiny, "lookup", "Exampleville")
    started = time.perf_counter()
    result = _kg(built_tiny, "lookup", "Exampleville")
    assert time.perf_counter() - started < 2
    assert result.exit_code == 0 and "(at most 10,485,760 allowed)" in result.stderr
    assert len(compiles) == 1


def test_removing_an_entry_counts_as_a_change(built_tiny: Project) -> None:
    folder = built_tiny.data_dir / "facts" / "x.yaml"
    folder.mkdir()
    assert is_stale(built_tiny)
    with pytest.raises(BuildError):
        build(built_tiny)
    assert remembered_failure(built_tiny) is not None
    folder.rmdir()
    assert remembered_failure(built_tiny) is None and not is_stale(built_tiny)


def test_library_errors_stay_kg_errors(tiny: Project) -> None:
    from kg.compile import compile_project

    (tiny.data_dir / "facts" / "x.yaml").mkdir()
    with pytest.raises(KgError, match="is a folder"):
        compile_project(tiny.ontology_dir, tiny.data_dir)
