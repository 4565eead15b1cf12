"""Every user error is one line on stderr (exit 2 for bad input, 1 for a failed operation), never a traceback.

One test per reproduced report; :mod:`tests.test_cli_fuzz` throws generated input at the same commands.
"""

from __future__ import annotations

import os
import pty
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import BadInputError
from kg.project import Project

KG = [sys.executable, "-m", "kg"]  # the command line, wherever the script is installed


def _kg(project: Project | None, *args: str) -> Any:
    prefix = ["--project", str(project.root)] if project is not None else []
    return CliRunner().invoke(cli, [*prefix, *args], prog_name="kg", env={"KG_STORE": None, "KG_PROJECT": None})


def _closed_port() -> int:
    """A loopback port nothing listens on (it was free a moment ago)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _one_error(result: Any, code: int, message: str) -> None:
    assert (result.exit_code, result.stdout, result.stderr) == (code, "", f"Error: {message}\n")


# --- store names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec,code,message",
    [
        ("sparql:http://[::1", 2, "not a valid URL for a SPARQL endpoint: 'http://[::1' (invalid ipv6 url)"),
        (
            "sparql:http://127.0.0.1:1/sp\r\narql",
            2,
            "a SPARQL endpoint URL cannot hold spaces or control characters: 'http://127.0.0.1:1/sp\\r\\narql'",
        ),
        (
            "sparql:http://127.0.0.1:1/a b",
            2,
            "a SPARQL endpoint URL cannot hold spaces or control characters: 'http://127.0.0.1:1/a b'",
        ),
        (
            "sparql:http://h:99999/",
            2,
            "not a valid URL for a SPARQL endpoint: 'http://h:99999/' (the port must be 1 to 65535)",
        ),
        (
            "sparql:http://127.0.0.1:abc/",
            2,
            "not a valid URL for a SPARQL endpoint: 'http://127.0.0.1:abc/' (the port must be 1 to 65535)",
        ),
        ("sparql:http://a..b/q", 2, "not a valid URL for a SPARQL endpoint: 'http://a..b/q' (not a valid host name)"),
        ("sparql:ftp://alice:s3cret@h/x", 2, "not an http(s) URL for a SPARQL endpoint: 'ftp://***@h/x'"),
        ("sparql:", 2, "the sparql store needs a URL: --store sparql:http://host:port/query"),
        ("oxigraph:", 2, "the oxigraph store needs a folder: --store oxigraph:PATH"),
        ("oxigraph:  ", 2, "the oxigraph store needs a folder: --store oxigraph:PATH"),
        (
            "memory:",
            2,
            "the memory:FILE store needs an RDF file: --store memory:FILE (or --store memory for the build)",
        ),
        ("", 2, "unknown store '' (use memory, memory:FILE, oxigraph:PATH or sparql:URL)"),
        ("mysql://h/db", 2, "unknown store 'mysql' (use memory, memory:FILE, oxigraph:PATH or sparql:URL)"),
        ("memory:/no\nsuch.ttl", 1, "cannot read /no\\nsuch.ttl: No such file or directory (os error 2)"),
    ],
)
def test_malformed_store_names_are_one_line(spec: str, code: int, message: str) -> None:
    _one_error(_kg(None, "--store", spec, "stats"), code, message)


@pytest.mark.parametrize("value", ["nan", "inf", "0", "-1", "soon"])
def test_a_senseless_sparql_timeout_is_refused(value: str) -> None:
    result = CliRunner().invoke(
        cli, ["--store", f"sparql:http://127.0.0.1:{_closed_port()}/q", "stats"], env={"KG_SPARQL_TIMEOUT": value}
    )
    _one_error(result, 2, f"KG_SPARQL_TIMEOUT must be a positive number of seconds, not {value!r}")


def test_a_store_url_with_line_breaks_is_refused_not_repaired() -> None:
    """urllib would drop the CR/LF and send the request elsewhere: the URL is refused instead."""
    port = _closed_port()
    result = _kg(None, "--store", f"sparql:http://127.0.0.1:{port}/sp\r\narql", "lookup", "Beijing")
    assert result.exit_code == 2 and "cannot hold spaces or control characters" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_store_url_with_other_characters_is_sent_percent_encoded() -> None:
    port = _closed_port()
    result = _kg(None, "--store", f"sparql:http://127.0.0.1:{port}/查询?x=é", "stats")
    _one_error(
        result,
        1,
        f"cannot reach the SPARQL server at http://127.0.0.1:{port}/%E6%9F%A5%E8%AF%A2?x=%C3%A9: "
        "connection refused (is it running?)",
    )


# --- push and load ---------------------------------------------------------------------------------


def test_push_to_a_device_is_one_line_without_progress(built_tiny: Project) -> None:
    _one_error(
        _kg(built_tiny, "push", "--to", "oxigraph:/dev/null"),
        1,
        "/dev/null is not a folder (an on-disk store is a folder); not overwriting it",
    )
    _one_error(
        _kg(built_tiny, "push", "--to", "sparql:http://[::1"),
        2,
        "not a valid URL for a SPARQL endpoint: 'http://[::1' (invalid ipv6 url)",
    )


def test_push_to_a_server_that_is_not_there_is_one_line(built_tiny: Project) -> None:
    port = _closed_port()
    _one_error(
        _kg(built_tiny, "push", "--to", f"sparql:http://127.0.0.1:{port}/query"),
        1,
        f"cannot reach the SPARQL server at http://127.0.0.1:{port}/update: connection refused (is it running?)",
    )


def test_load_into_a_file_is_one_line_without_progress(built_tiny: Project, tmp_path: Path) -> None:
    some = tmp_path / "a.nt"
    some.write_text('<http://x/a> <http://x/p> "1" .\n')
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine")
    _one_error(
        _kg(None, "load", str(some), "--to", f"oxigraph:{some}"),
        1,
        f"{some} is not a folder (an on-disk store is a folder); not overwriting it",
    )
    _one_error(
        _kg(None, "load", str(some), "--to", f"oxigraph:{taken}"),
        1,
        f"{taken} exists and is not an Oxigraph store; not overwriting it",
    )
    assert sorted(p.name for p in taken.iterdir()) == ["notes.txt"]


def test_a_failed_load_on_a_terminal_erases_its_progress_bar(tmp_path: Path) -> None:
    good = tmp_path / "a.nt"
    good.write_text('<http://x/a> <http://x/p> "1" .\n' * 2000)
    broken = tmp_path / "broken.nt"
    broken.write_text("<http://x/a> <http://x/p> oops .\n")
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [*KG, "load", str(good), str(broken), "--to", f"oxigraph:{tmp_path / 'db'}"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=follower,
            timeout=120,
        )
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # EIO: nothing more to read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        if follower != -1:
            os.close(follower)
        os.close(leader)
    text = shown.decode("utf-8")
    assert done.returncode == 1 and done.stdout == b""
    assert "Loading" in text  # the bar was drawn ...
    erased = text.rsplit("\r\x1b[2K\x1b[?25h", 1)
    assert len(erased) == 2  # ... and erased: the error is all that is left on the line
    assert re.fullmatch(r"Error: \S*broken\.nt: not valid N-Triples: [^\n]+\r\n", erased[1]), erased[1]
    assert not (tmp_path / "db").exists()


# --- names -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args,hint",
    [
        (("lookup", ""), "'NAME'"),
        (("lookup", " \t"), "'NAME'"),
        (("path", "", "Exampleville"), "'A'"),
        (("path", "Exampleville", "  "), "'B'"),
        (("neighbors", ""), "'NAME'"),
        (("timeline", ""), "'NAME'"),
        (("timeline", "Exampleville", "--indicator", " "), "'--indicator'"),
        (("viz", "--focus", "", "-o", "x.html"), "'--focus'"),
    ],
)
def test_empty_names_are_bad_input_for_every_command(built_tiny: Project, args: tuple[str, ...], hint: str) -> None:
    _one_error(
        _kg(built_tiny, *args),
        2,
        f"Invalid value for {hint}: the name is empty (see 'kg {args[0]} --help')",
    )


def test_the_library_refuses_empty_names_too(built_tiny: Project) -> None:
    from kg.analysis import entity_node, project_graph, shortest_paths
    from kg.errors import KgError
    from kg.lookup import find
    from kg.store import open_graph

    graph = open_graph(built_tiny)
    with pytest.raises(BadInputError, match="^the name is empty$"):
        find(graph, "  ")
    g = project_graph(graph, indicators=False)
    with pytest.raises(BadInputError, match="^the name is empty$"):
        entity_node(g, graph, "")
    with pytest.raises(KgError, match="^'nowhere' is not a node of the entity graph$"):
        shortest_paths(g, entity_node(g, graph, "Exampleville"), "nowhere")


# --- ingest -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "date,message",
    [
        ("2024-13-45", "--date must be a real date (YYYY-MM-DD), not '2024-13-45'"),
        ("2023-02-29", "--date must be a real date (YYYY-MM-DD), not '2023-02-29'"),
        ("March 2024", "--date must be YYYY-MM-DD, not 'March 2024'"),
    ],
)
def test_ingest_refuses_a_date_that_does_not_exist(tiny: Project, tmp_path: Path, date: str, message: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Exampleville adds labs\n\nExampleville opened a lab.\n", encoding="utf-8")
    before = sorted(p.name for p in (tiny.data_dir / "sources").iterdir())
    _one_error(_kg(tiny, "ingest", str(article), "--date", date), 2, message)
    assert sorted(p.name for p in (tiny.data_dir / "sources").iterdir()) == before
    assert not (tiny.root / "drafts").exists()


def test_an_impossible_dateline_in_the_article_is_ignored(tiny: Project, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Exampleville adds labs\nFeb 30, 2024\n\nExampleville opened a lab.\n", encoding="utf-8")
    result = _kg(tiny, "ingest", str(article), "--id", "labs")
    assert (result.exit_code, result.stderr) == (0, "")
    meta = yaml.safe_load((tiny.data_dir / "sources" / "labs.yaml").read_text(encoding="utf-8"))
    assert meta["date_published"] is None


# --- serve options ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args,message",
    [
        (("--timeout", "nan"), "Invalid value for '--timeout': 'nan' is not a number of seconds"),
        (("--timeout", "inf"), "Invalid value for '--timeout': inf is not in the range 0.1<=x<=3600."),
        (("--timeout", "0"), "Invalid value for '--timeout': 0.0 is not in the range 0.1<=x<=3600."),
        (("--timeout", "-5"), "Invalid value for '--timeout': -5.0 is not in the range 0.1<=x<=3600."),
        (("--max-result-size", "0"), "Invalid value for '--max-result-size': '0' is too small"),
        (
            ("--max-result-size", "1e9"),
            "Invalid value for '--max-result-size': '1e9' is not a size (e.g. 1048576, 512K, 32MB)",
        ),
        (
            ("--max-result-size", "99999999999999999999G"),
            "Invalid value for '--max-result-size': '99999999999999999999G' is too large (at most 16G)",
        ),
        (("--max-body-size", "17G"), "Invalid value for '--max-body-size': '17G' is too large (at most 16G)"),
        (
            ("--max-body-size", "nan"),
            "Invalid value for '--max-body-size': 'nan' is not a size (e.g. 1048576, 512K, 32MB)",
        ),
        (("--workers", "0"), "Invalid value for '--workers': 0 is not in the range 1<=x<=64."),
        (("--port", "65536"), "Invalid value for '--port': 65536 is not in the range 0<=x<=65535."),
        (("--port", "-1"), "Invalid value for '--port': -1 is not in the range 0<=x<=65535."),
    ],
)
def test_serve_refuses_senseless_limits(built_tiny: Project, args: tuple[str, ...], message: str) -> None:
    _one_error(_kg(built_tiny, "serve", *args), 2, f"{message} (see 'kg serve --help')")


# --- output that cannot be written ---------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args,message",
    [
        (("lookup", "Exampleville"), "Error: cannot write the output: No space left on device\n"),
        (("export",), "Error: cannot write standard output: No space left on device\n"),
    ],
)
def test_standard_output_that_is_full_is_one_line(built_tiny: Project, args: tuple[str, ...], message: str) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [*KG, "--project", str(built_tiny.root), *args], stdout=full, stderr=subprocess.PIPE, timeout=120
        )
    assert (done.returncode, done.stderr.decode()) == (1, message)


@pytest.mark.parametrize(
    "args",
    [
        ["--project", "a\x00b", "stats"],
        ["--store", "memory:/tmp/graph\x00.nt.gz", "stats"],
        ["export", "-o", "out\x00.ttl"],
        ["load", "x\x00.nt", "--to", "oxigraph:/tmp/kg-nul-test"],
        ["sparql", "-f", "query\x00.rq"],
        ["viz", "-o", "view\x00.html"],
        ["generate", "graph\x00.nt"],
    ],
)
def test_a_nul_in_a_path_is_one_line_exit_2(real: Project, args: list[str]) -> None:
    """Found by the store-spec fuzzing: the operating system takes no NUL in a path."""
    full = args if args[0] in ("--project", "--store") else ["--project", str(real.root), *args]
    result = CliRunner().invoke(cli, full)
    assert result.exit_code == 2, result.output
    assert result.output.count("\n") == 1 and result.output.startswith("Error: ")
    assert "NUL" in result.output
