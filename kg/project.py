"""Where a project's inputs (ontology, data) and its built graph live, and how inputs are read.

A *project* is a folder holding ``ontology/`` and ``data/``. The built graph goes to
``.kg/`` inside it. The project is, in order: the ``--project`` option, the ``KG_PROJECT``
environment variable, the nearest folder at or above the working directory that holds
both ``ontology/`` and ``data/``, or the folder this package was installed from.

The build reads only what belongs to the project: :func:`read_input` refuses a symbolic
link, anything that is not a regular file (a folder, a FIFO, a device), a file whose real
path lies outside the project, and a file over :data:`MAX_INPUT_BYTES`.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from kg.errors import DataError, KgError

__all__ = ["Project", "find_project", "read_input", "MAX_INPUT_BYTES", "INPUTS"]

#: The largest input file the build reads (10 MB); larger ones are refused before they are read.
MAX_INPUT_BYTES = 10 * 1024 * 1024

#: The files the build reads: (folder inside the project, file name pattern). Not recursive.
INPUTS: tuple[tuple[str, str], ...] = (
    ("ontology", "*.ttl"),
    ("data/sources", "*.yaml"),
    ("data/sources", "*.txt"),
    ("data/entities", "*.yaml"),
    ("data/measures", "*.yaml"),
    ("data/facts", "*.yaml"),
    ("data/queries", "*.rq"),
)

#: The modules whose code decides what a build makes: a change to one invalidates the build.
_COMPILER = ("build", "compile", "dataset", "model", "namespaces", "project", "queries", "sparql")


@dataclass(frozen=True)
class Project:
    """Paths of one project.

    >>> p = Project(Path("/tmp/demo"))
    >>> str(p.data_dir), str(p.build_dir)
    ('/tmp/demo/data', '/tmp/demo/.kg')
    """

    root: Path

    @property
    def ontology_dir(self) -> Path:
        return self.root / "ontology"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def queries_dir(self) -> Path:
        return self.data_dir / "queries"

    @property
    def build_dir(self) -> Path:
        return self.root / ".kg"

    @property
    def current_build(self) -> Path:
        """The symlink to the last good build (swapped atomically by each build)."""
        return self.build_dir / "current"

    @property
    def failure_file(self) -> Path:
        """Where the last failed build is remembered (beside the last good one)."""
        return self.build_dir / "failed.json"

    def input_files(self) -> list[Path]:
        """Every entry the build reads or refuses, in a stable order.

        Whatever its kind: a folder, a link or a FIFO named like a data file is listed too,
        so that removing it counts as a change of the inputs.
        """
        files: set[Path] = set()
        for folder, pattern in INPUTS:
            where = self.root / folder
            try:
                files.update(where.glob(pattern))
            except OSError:
                continue
        return sorted(files)

    def fingerprint(self) -> str:
        """A cheap digest of the inputs and the compiler (names, kinds, sizes, modification times).

        It changes whenever an input file is added, removed or edited, so commands know
        when to rebuild; it reads no file contents and follows no links, so it costs a few
        stat calls (and never waits on a FIFO).
        """
        from kg import __version__

        digest = hashlib.sha256(__version__.encode())
        package = Path(__file__).resolve().parent
        compiler = [package / f"{name}.py" for name in _COMPILER]
        for path in [*compiler, *self.input_files()]:
            try:
                st = path.lstat()
            except OSError as exc:
                digest.update(f"{path}\0{exc.errno}\n".encode("utf-8", "surrogateescape"))
                continue
            line = f"{path}\0{stat.S_IFMT(st.st_mode)}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\n"
            digest.update(line.encode("utf-8", "surrogateescape"))
        return digest.hexdigest()


def read_input(path: Path, root: Path, *, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of an input file of the project at ``root``; :class:`DataError` naming it if refused.

    Refused: a symbolic link, anything but a regular file (a folder, a FIFO, a device), a
    file whose real path is outside ``root``, and a file over ``max_bytes``. A FIFO is
    refused without waiting for a writer.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> _ = (root / "a.yaml").write_text("x: 1")
    >>> read_input(root / "a.yaml", root)
    b'x: 1'
    >>> (root / "b.yaml").symlink_to("/somewhere/else.yaml")
    >>> read_input(root / "b.yaml", root)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
        ...
    kg.errors.DataError: .../b.yaml: is a symbolic link (input files must be regular files inside the project)
    """
    file = str(path)
    try:
        st = path.lstat()
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror or exc}", file=file) from None
    _check_kind(st, file)
    try:
        real = path.resolve(strict=True)
        inside = real.is_relative_to(root.resolve(strict=True))
    except (OSError, RuntimeError) as exc:  # RuntimeError: a loop of links
        raise DataError(f"cannot resolve its path: {exc}", file=file) from None
    if not inside:
        raise DataError(f"its real path {real} is outside the project {root}", file=file)
    if st.st_size > max_bytes:
        raise DataError(f"is {st.st_size:,} bytes (at most {max_bytes:,} allowed)", file=file)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror or exc}", file=file) from None
    try:
        _check_kind(os.fstat(fd), file)  # the file opened is the one checked (not swapped since)
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise DataError(f"is over {max_bytes:,} bytes (at most {max_bytes:,} allowed)", file=file)
        return b"".join(chunks)
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror or exc}", file=file) from None
    finally:
        os.close(fd)


def _check_kind(st: os.stat_result, file: str) -> None:
    mode = st.st_mode
    if stat.S_ISLNK(mode):
        raise DataError("is a symbolic link (input files must be regular files inside the project)", file=file)
    if stat.S_ISDIR(mode):
        raise DataError("is a folder, not a file", file=file)
    if not stat.S_ISREG(mode):
        raise DataError("is not a regular file (a FIFO, socket or device)", file=file)


def _is_project(folder: Path) -> bool:
    return (folder / "ontology").is_dir() and (folder / "data").is_dir()


def find_project(explicit: str | os.PathLike[str] | None = None) -> Project:
    """Locate the project folder (see the module docstring for the order)."""
    if explicit is None:
        explicit = os.environ.get("KG_PROJECT") or None
    if explicit is not None:
        root = Path(explicit).expanduser().resolve()
        if not _is_project(root):
            raise KgError(f"{root} is not a kg project (it needs ontology/ and data/ folders)")
        return Project(root)
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if _is_project(folder):
            return Project(folder)
    installed = Path(__file__).resolve().parent.parent
    if _is_project(installed):
        return Project(installed)
    raise KgError("no kg project found: run inside a folder with ontology/ and data/, or set KG_PROJECT")
