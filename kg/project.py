"""Where a project's inputs (ontology, data) and its built graph live.

A *project* is a folder holding ``ontology/`` and ``data/``. The built graph goes to
``.kg/`` inside it. The project is, in order: the ``--project`` option, the ``KG_PROJECT``
environment variable, the nearest folder at or above the working directory that holds
both ``ontology/`` and ``data/``, or the folder this package was installed from.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

__all__ = ["Project", "find_project"]


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

    def input_files(self) -> list[Path]:
        """Every file the graph is compiled from, in a stable order."""
        files: list[Path] = []
        for folder, patterns in (
            (self.ontology_dir, ("*.ttl",)),
            (self.data_dir, ("*.yaml", "*.txt")),
        ):
            if folder.is_dir():
                for pattern in patterns:
                    files.extend(p for p in folder.rglob(pattern) if p.is_file())
        return sorted(set(files))

    def fingerprint(self) -> str:
        """A cheap digest of the inputs and the compiler (names, sizes, modification times).

        It changes whenever an input file is added, removed or edited, so commands know
        when to rebuild; it reads no file contents, so it costs a few stat calls.
        """
        from kg import __version__

        digest = hashlib.sha256(__version__.encode())
        package = Path(__file__).resolve().parent
        compiler = [package / f"{name}.py" for name in ("compile", "dataset", "build", "namespaces")]
        for path in [*compiler, *self.input_files()]:
            st = path.stat()
            digest.update(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
        return digest.hexdigest()


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
