"""Output paths: files are replaced whole, devices, FIFOs and links are written through, the rest refused.

``kg export -o``, ``kg generate``, ``kg viz``, charts and ``kg ingest`` all write through
:mod:`kg.files`; the commands are run as the user runs them (click's CliRunner, and a real
process where standard output itself matters).
"""

from __future__ import annotations

import gzip
import os
import re
import socket
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import BadInputError, KgError
from kg.files import open_output, write_file
from kg.project import Project

KG = [sys.executable, "-m", "kg"]  # the command line, wherever the script is installed


def _kg(project: Project | None, *args: str) -> Any:
    prefix = ["--project", str(project.root)] if project is not None else []
    return CliRunner().invoke(cli, [*prefix, *args], prog_name="kg")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def exported(built_tiny: Project) -> list[bytes]:
    """What ``kg export --format ntriples`` prints for the tiny project (see :func:`_triples`)."""
    result = _kg(built_tiny, "export", "--format", "ntriples")
    assert result.exit_code == 0
    return _triples(result.stdout_bytes)


def _triples(data: bytes) -> list[bytes]:
    """N-Triples lines in order, blank nodes renamed alike (their labels differ between exports)."""
    return sorted(re.sub(rb"_:[A-Za-z0-9]+", b"_:b", line) for line in data.splitlines())


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# --- devices ---------------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_device_is_written_to_and_stays_a_device(built_tiny: Project) -> None:
    result = _kg(built_tiny, "export", "-o", "/dev/full")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "",
        "Error: cannot write /dev/full: No space left on device\n",
    )
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    result = _kg(None, "generate", "/dev/full", "--triples", "1000")
    assert (result.exit_code, result.stderr) == (1, "Error: cannot write /dev/full: No space left on device\n")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_the_null_device_takes_the_output_and_stays_a_device(built_tiny: Project) -> None:
    result = _kg(built_tiny, "export", "-o", os.devnull)
    assert result.exit_code == 0 and re.fullmatch(rf"wrote [0-9,]+ bytes to {os.devnull}\n", result.stderr)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def _read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with path.open("rb") as fh:
            into.append(fh.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


def test_a_fifo_is_written_through(built_tiny: Project, exported: list[bytes], tmp_path: Path) -> None:
    fifo = tmp_path / "graph.nt"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = _read_fifo(fifo, got)
    result = _kg(built_tiny, "export", "--format", "ntriples", "-o", str(fifo))
    reader.join(10)
    assert result.exit_code == 0, result.output
    assert [_triples(data) for data in got] == [exported]
    assert result.stderr == f"wrote {len(got[0]):,} bytes to {fifo}\n"
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert _leftovers(tmp_path) == []

    got.clear()
    gz = tmp_path / "big.nt.gz"
    os.mkfifo(gz)
    reader = _read_fifo(gz, got)
    result = _kg(None, "generate", str(gz), "--triples", "1000")
    reader.join(10)
    assert result.exit_code == 0, result.output
    lines = gzip.decompress(got[0]).decode("utf-8").splitlines()
    assert result.stderr == f"wrote {len(lines):,} triples to {gz}\n"
    assert stat.S_ISFIFO(gz.lstat().st_mode)


def test_a_socket_is_refused(built_tiny: Project) -> None:
    with tempfile.TemporaryDirectory(dir="/tmp") as short:  # a socket's path is at most ~100 bytes
        path = Path(short) / "s"
        with socket.socket(socket.AF_UNIX) as sock:
            sock.bind(str(path))
            result = _kg(built_tiny, "export", "-o", str(path))
        assert (result.exit_code, result.stderr) == (1, f"Error: cannot write {path}: it is a socket\n")


# --- links, folders, permissions ---------------------------------------------------------------


def test_a_link_stays_a_link_and_its_target_gets_the_content(
    built_tiny: Project, exported: list[bytes], tmp_path: Path
) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "graph.nt"
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "latest.nt"
    link.symlink_to(Path("real") / "graph.nt")
    result = _kg(built_tiny, "export", "--format", "ntriples", "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(Path("real") / "graph.nt")
    assert _triples(target.read_bytes()) == exported
    assert _mode(target) == 0o640  # a replaced file keeps its mode
    assert _leftovers(tmp_path) == [] and _leftovers(tmp_path / "real") == []


def test_a_dangling_link_gets_its_target_made(built_tiny: Project, exported: list[bytes], tmp_path: Path) -> None:
    link = tmp_path / "graph.nt"
    link.symlink_to(tmp_path / "made.nt")
    result = _kg(built_tiny, "export", "--format", "ntriples", "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and _triples((tmp_path / "made.nt").read_bytes()) == exported


def test_a_directory_is_refused(built_tiny: Project, tmp_path: Path) -> None:
    result = _kg(built_tiny, "export", "-o", str(tmp_path))
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: Invalid value for '-o' / '--output': File '{tmp_path}' is a directory. (see 'kg export --help')\n",
    )
    result = _kg(None, "generate", str(tmp_path))
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: Invalid value for 'OUTPUT': File '{tmp_path}' is a directory. (see 'kg generate --help')\n",
    )
    with pytest.raises(KgError, match=r"^cannot write .*: it is a directory$"):
        write_file(tmp_path, b"x")
    link = tmp_path / "to-a-folder"
    link.symlink_to(tmp_path)
    with pytest.raises(KgError, match=r"^cannot write .*to-a-folder: it is a directory$"):
        write_file(link, b"x")


@pytest.mark.skipif(not Path("/sys").is_dir(), reason="needs /sys")
def test_a_folder_that_cannot_be_written_is_one_line(built_tiny: Project, tmp_path: Path) -> None:
    # /sys takes no new files, not even from root (who may write to any folder of the file system).
    result = _kg(built_tiny, "export", "-o", "/sys/kg-graph.ttl")
    assert (result.exit_code, result.stderr) == (1, "Error: cannot write /sys/kg-graph.ttl: Permission denied\n")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = _kg(built_tiny, "export", "-o", str(folder / "graph.ttl"))
        if os.geteuid() != 0:
            assert (result.exit_code, result.stderr) == (
                1,
                f"Error: cannot write {folder / 'graph.ttl'}: Permission denied\n",
            )
    finally:
        folder.chmod(0o755)
    a_file = tmp_path / "file"
    a_file.write_text("")
    result = _kg(built_tiny, "export", "-o", str(a_file / "graph.ttl"))
    assert (result.exit_code, result.stderr) == (1, f"Error: cannot write {a_file / 'graph.ttl'}: Not a directory\n")


# --- modes, atomicity, stdout ---------------------------------------------------------------------


def test_new_files_get_the_usual_mode_and_replaced_ones_keep_theirs(
    built_tiny: Project, tmp_path: Path, umask_022: None
) -> None:
    out = tmp_path / "graph.ttl"
    assert _kg(built_tiny, "export", "-o", str(out)).exit_code == 0
    assert _mode(out) == 0o644
    nt = tmp_path / "g.nt.gz"
    assert _kg(None, "generate", str(nt), "--triples", "1000").exit_code == 0
    assert _mode(nt) == 0o644
    html = tmp_path / "view.html"
    assert _kg(built_tiny, "viz", "-o", str(html)).exit_code == 0
    assert _mode(html) == 0o644
    out.chmod(0o600)
    assert _kg(built_tiny, "export", "-o", str(out), "--format", "ntriples").exit_code == 0
    assert _mode(out) == 0o600 and out.read_bytes().startswith(b"<https://")
    assert _leftovers(tmp_path) == []


def test_ingest_writes_its_files_with_the_usual_mode(tiny: Project, tmp_path: Path, umask_022: None) -> None:
    article = tmp_path / "labs.txt"
    article.write_text(
        "Exampleville adds labs\n\nIn 2022, Exampleville spent around 6.1 percent of its GDP on R&D.\n",
        encoding="utf-8",
    )
    result = _kg(tiny, "ingest", str(article), "--id", "labs", "--date", "2024-03-01")
    assert result.exit_code == 0, result.output
    written = [tiny.data_dir / "sources" / "labs.txt", tiny.data_dir / "sources" / "labs.yaml"]
    written.append(tiny.root / "drafts" / "labs.yaml")
    assert {str(p.relative_to(tiny.root)): _mode(p) for p in written} == {
        "data/sources/labs.txt": 0o644,
        "data/sources/labs.yaml": 0o644,
        "drafts/labs.yaml": 0o644,
    }
    assert yaml.safe_load(written[1].read_text(encoding="utf-8"))["date_published"] == "2024-03-01"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError), open_output(out) as fh:
        fh.write(b"new, but not all of it")
        raise RuntimeError("stopped")
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_dash_is_stdout_where_the_command_takes_it(built_tiny: Project, exported: list[bytes]) -> None:
    result = _kg(built_tiny, "export", "--format", "ntriples", "-o", "-")
    assert (result.exit_code, _triples(result.stdout_bytes), result.stderr) == (0, exported, "")
    result = _kg(None, "generate", "-", "--triples", "1000")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[-1].endswith(" .") and result.stderr == f"wrote {len(lines):,} triples to stdout\n"
    with pytest.raises(BadInputError, match=r"^cannot write to standard output \('-'\) here"):
        write_file("-", b"x")


def test_ingest_refuses_dash_for_its_draft(tiny: Project, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Exampleville adds labs\n\nExampleville opened a lab.\n", encoding="utf-8")
    result = _kg(tiny, "ingest", str(article), "--out", "-")
    assert (result.exit_code, result.stderr) == (2, "Error: --out must be a file (the draft is for review), not '-'\n")
    assert not (tiny.data_dir / "sources" / "exampleville-adds-labs.txt").exists()


def test_dev_stdout_is_written_through(built_tiny: Project, exported: list[bytes]) -> None:
    """/dev/stdout leads to a pipe here: it is written in place, not replaced."""
    done = subprocess.run(
        [*KG, "--project", str(built_tiny.root), "export", "--format", "ntriples", "-o", "/dev/stdout"],
        capture_output=True,
        timeout=120,
    )
    assert (done.returncode, _triples(done.stdout)) == (0, exported)
    assert done.stderr == f"wrote {len(done.stdout):,} bytes to /dev/stdout\n".encode()
