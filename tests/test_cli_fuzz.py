"""Generated input never makes a traceback: entity names through the lookups, store names through ``kg stats``.

Every run either succeeds (exit 0) or fails with exactly one ``Error: ...`` line on stderr
(exit 1 or 2) and nothing on stdout. The commands run in-process (click's CliRunner) on a
built copy of the real project. The graph and its entity projection are opened once and
reused, so each example costs a lookup rather than a load; the names are what is under test.

Store names never reach the network: SPARQL URLs point at 127.0.0.1 or ::1 on a port nothing
listens on, or are malformed, and a guard on name resolution fails the test if any other
host is ever looked up.
"""

from __future__ import annotations

import socket
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.analysis
import kg.store
from kg.cli import cli
from kg.project import Project

SETTINGS = settings(deadline=None, suppress_health_check=list(HealthCheck), database=None)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


CLOSED = _closed_port()
LOOPBACK = {"127.0.0.1", "::1"}
looked_up: list[str] = []  # hosts other than loopback that something tried to resolve


@pytest.fixture(scope="module", autouse=True)
def loopback_only(real: Project) -> Iterator[None]:
    """Name resolution answers loopback only; any other host is recorded (and fails)."""
    resolve = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        if name not in LOOPBACK:
            looked_up.append(name)
            raise socket.gaierror(socket.EAI_NONAME, "refused by the test: not loopback")
        return resolve(host, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket, "getaddrinfo", guarded)
        yield
    assert looked_up == []


@pytest.fixture(scope="module")
def cached(real: Project) -> Iterator[Project]:
    """The real project, with its graph and entity projection opened once for all examples."""
    graph = kg.store.open_graph(real)
    opened = kg.store.open_graph
    project_graph = kg.analysis.project_graph
    projections: dict[Any, Any] = {}

    def open_graph(project: Any, store: str = "memory", **kwargs: Any) -> Any:
        return graph if store == "memory" and project is not None else opened(project, store, **kwargs)

    def projected(of: Any, **kwargs: Any) -> Any:
        if of is not graph:
            return project_graph(of, **kwargs)
        key = repr(sorted(kwargs.items()))
        if key not in projections:
            projections[key] = project_graph(of, **kwargs)
        return projections[key]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kg.store, "open_graph", open_graph)
        mp.setattr(kg.analysis, "project_graph", projected)
        yield real


def _run(project: Project, *args: str) -> Any:
    return CliRunner().invoke(
        cli,
        ["--project", str(project.root), *args],
        prog_name="kg",
        env={"KG_STORE": None, "KG_PROJECT": None, "KG_SPARQL_UPDATE_URL": None, "KG_SPARQL_TIMEOUT": "5"},
    )


def _check(result: Any) -> None:
    """Exit 0, or exit 1/2 with one ``Error:`` line on stderr and nothing on stdout; never a traceback."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    if result.exit_code == 0:
        return
    assert result.exit_code in (1, 2), (result.exit_code, result.output)
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and result.stderr == lines[0] + "\n", result.stderr
    assert lines[0].startswith("Error: ") and lines[0] != "Error: ", lines[0]


# --- names ---------------------------------------------------------------------------------------------

REAL_NAMES = [
    "Beijing",
    "China",
    "Huairou Science City",
    "Zhongguancun",
    "Zhang Jihong",
    "北京",
    "50 MeV proton cyclotron",
]
ODD = (
    "\"'`[](){}<>\\/|;&$*?!%#@^~=+,.:-_ \t\n\r\x00\x0b\x0c\x1b\x7f\x85\u00a0\u200b\u200e\u202e\u2028\u2029\u3000\ufeff"
)

names = st.one_of(
    st.text(max_size=40),  # any characters but surrogates: control characters too
    st.text(alphabet=ODD, max_size=20),  # quotes, brackets, escapes, line breaks, invisible characters
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Co"]), max_size=10),
    st.text(alphabet=string.ascii_letters + " ", min_size=500, max_size=3000),  # very long
    st.sampled_from(["", " ", "\t", "\n", "''", '""', "[]", "%s", "{0}", "\\", "*", ".*", "?", "0", "-1"]),
    st.tuples(st.sampled_from(REAL_NAMES), st.text(max_size=4)).map("".join),  # near a real name
    st.tuples(st.text(max_size=3), st.sampled_from(REAL_NAMES)).map("".join),
)


@settings(SETTINGS, max_examples=160)
@given(name=names)
def test_lookup_any_name(cached: Project, name: str) -> None:
    _check(_run(cached, "lookup", name))


@settings(SETTINGS, max_examples=120)
@given(text=names)
def test_search_any_text(cached: Project, text: str) -> None:
    _check(_run(cached, "search", text))


@settings(SETTINGS, max_examples=120)
@given(a=names, b=names)
def test_path_between_any_names(cached: Project, a: str, b: str) -> None:
    _check(_run(cached, "path", a, b))


@settings(SETTINGS, max_examples=100)
@given(name=names, depth=st.integers(min_value=1, max_value=3))
def test_neighbors_of_any_name(cached: Project, name: str, depth: int) -> None:
    _check(_run(cached, "neighbors", name, "--depth", str(depth)))


# --- store names -------------------------------------------------------------------------------------


def _url(parts: tuple[str, str, str, str, str]) -> str:
    scheme, userinfo, host, port, path = parts
    return f"{scheme}://{userinfo}{host}{port}{path}"


urls = st.tuples(
    st.sampled_from(["http", "https", "HTTP", "ftp", "", "http:", "file"]),
    st.sampled_from(["", "user@", "user:pw@", "a@b@", ":@", "us er@", "üser:pässword@"]),
    st.sampled_from(["127.0.0.1", "[::1]", "[::1", "::1]", "[127.0.0.1]", "", "[", "]", "[::1]]"]),
    st.sampled_from(
        ["", ":", f":{CLOSED}", ":0", ":65536", ":99999", ":-1", ":abc", ":1.5", ": 1", ":٣", f":{CLOSED}:1"]
    ),
    st.one_of(
        st.just(""),
        st.tuples(st.sampled_from("/?#"), st.text(max_size=30)).map("".join),
        st.tuples(st.sampled_from("/?#"), st.text(alphabet=ODD, max_size=10)).map("".join),
    ),
).map(_url)


def _local_paths(folder: Path) -> Any:
    """Paths of the local file system to give as memory:FILE or oxigraph:PATH (never a device that reads forever)."""
    good = folder / "good.ttl"
    good.write_text('@prefix x: <http://x/> .\nx:a x:p "one" .\n', encoding="utf-8")
    bad = folder / "bad.nt"
    bad.write_text("<http://x/a> <http://x/p> oops .\n", encoding="utf-8")
    binary = folder / "binary.nt.gz"
    binary.write_bytes(b"\x1f\x8b\x08\x00 not really gzip")
    (folder / "empty.ttl").write_text("")
    (folder / "dir.ttl").mkdir()
    fixed = [
        good,
        bad,
        binary,
        folder / "empty.ttl",
        folder / "dir.ttl",
        folder,
        folder / "missing.nt",
        Path("/dev/null"),
    ]
    return st.one_of(
        st.sampled_from([str(p) for p in fixed]),
        st.text(max_size=20).map(lambda t: str(folder / "x") + t),  # under the folder, any characters
        st.tuples(st.text(max_size=10), st.sampled_from([".ttl", ".nt", ".nt.gz", ".rdf", ".jsonld", ".csv", ""])).map(
            lambda parts: str(folder / "y") + "".join(parts)
        ),
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("specs")


def test_store_names(cached: Project, files: Path) -> None:
    specs = st.one_of(
        urls.map(lambda u: "sparql:" + u),
        st.tuples(st.sampled_from(["memory:", "oxigraph:"]), _local_paths(files)).map("".join),
        st.sampled_from(
            ["memory", "memory:", "oxigraph:", "sparql:", "oxigraph: ", "", ":", "::", "Memory", " memory"]
        ),
        st.text(max_size=20).filter(lambda s: not s.startswith(("sparql:", "memory:", "oxigraph:"))),
    )

    @settings(SETTINGS, max_examples=250)
    @given(spec=specs)
    def run(spec: str) -> None:
        _check(_run(cached, "--store", spec, "stats"))
        hosts = looked_up[:]
        looked_up.clear()
        assert hosts == [], f"{spec!r} made kg look up {hosts}"

    run()
