"""The on-disk store (``oxigraph:PATH``): opening it, importing RDF into it, replacing it.

Reads open the store read-only, which takes a fraction of a second at any size and lets
any number of readers (``kg serve`` workers, other commands) share it. Writes never touch
the store in place: they go to a staging copy beside it (a RocksDB checkpoint, made of hard
links, so copying is cheap), which replaces the store only once the whole import has
succeeded. A failed or interrupted import leaves the store as it was.
"""

from __future__ import annotations

import gc
import os
import shutil
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.errors import DataError, StoreError

__all__ = ["open_read_only", "check_target", "check_files", "load_files", "replace_with"]

Progress = Callable[[int], None]


def _is_store(path: Path) -> bool:
    return (path / "CURRENT").is_file()


def open_read_only(path: Path) -> Any:
    """The on-disk store at ``path``, read-only; :class:`StoreError` if there is none."""
    import pyoxigraph as ox

    if not path.exists():
        raise StoreError(
            f"no on-disk store at {path}; make one with 'kg load FILE --to oxigraph:{path}' "
            f"or 'kg push --to oxigraph:{path}'"
        )
    if not _is_store(path):
        raise StoreError(f"{path} is not an Oxigraph store")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(f"cannot open the store at {path}: {_first_line(exc)}") from None


class _Counting:
    """A binary file whose reads report their size to ``progress``."""

    def __init__(self, raw: Any, progress: Progress | None) -> None:
        self.raw = raw
        self.progress = progress

    def read(self, size: int = -1) -> bytes:
        data: bytes = self.raw.read(size)
        if self.progress is not None and data:
            self.progress(len(data))
        return data


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return " ".join(lines[0].split()) if lines else type(exc).__name__


def check_target(path: Path) -> None:
    """:class:`StoreError` unless ``path`` can become an on-disk store: a store, an empty folder, or nothing yet.

    >>> check_target(Path("/dev/null"))
    Traceback (most recent call last):
        ...
    kg.errors.StoreError: /dev/null is not a folder (an on-disk store is a folder); not overwriting it
    """
    try:
        if not path.exists() or _is_store(path):
            return
        if not path.is_dir():
            raise StoreError(f"{path} is not a folder (an on-disk store is a folder); not overwriting it")
        if any(path.iterdir()):
            raise StoreError(f"{path} exists and is not an Oxigraph store; not overwriting it")
    except OSError as exc:
        raise StoreError(f"cannot use {path} for a store: {exc.strerror or exc}") from None


class _Staging:
    """A staging copy of the store at ``path``; :meth:`commit` swaps it into place."""

    def __init__(self, path: Path, *, keep_existing: bool) -> None:
        import pyoxigraph as ox

        self.path = path
        check_target(path)
        self.staging = path.parent / f".{path.name}.staging-{os.getpid()}"
        shutil.rmtree(self.staging, ignore_errors=True)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if keep_existing and _is_store(path):
                open_read_only(path).backup(str(self.staging))
                gc.collect()
            self.store: Any = ox.Store(str(self.staging))
        except OSError as exc:
            self.discard()
            raise StoreError(f"cannot write a store beside {path}: {_first_line(exc)}") from None

    def commit(self) -> int:
        """Flush, swap the staging copy into place, and return the number of triples."""
        self.store.flush()
        count = len(self.store)
        del self.store
        gc.collect()  # the store's files must be closed before the folder moves
        old = self.path.parent / f".{self.path.name}.old-{os.getpid()}"
        try:
            if self.path.exists():
                os.replace(self.path, old)
            os.replace(self.staging, self.path)
        except OSError as exc:
            if old.exists() and not self.path.exists():
                os.replace(old, self.path)
            raise StoreError(f"cannot replace the store at {self.path}: {exc.strerror or exc}") from None
        shutil.rmtree(old, ignore_errors=True)
        return count

    def discard(self) -> None:
        self.__dict__.pop("store", None)
        gc.collect()
        shutil.rmtree(self.staging, ignore_errors=True)


def check_files(files: Sequence[Path], rdf_format: str | None = None) -> list[tuple[Path, Any]]:
    """Each file with its RDF format; :class:`StoreError` for a missing one, :class:`BadInputError` for an
    unknown format."""
    from kg.store import rdf_format_of

    formats = [(file, rdf_format_of(file, rdf_format)) for file in files]
    for file, _ in formats:
        if not file.is_file():
            raise StoreError(f"no such file: {file}")
    return formats


def load_files(
    path: Path,
    files: Sequence[Path],
    *,
    rdf_format: str | None = None,
    replace: bool = False,
    progress: Progress | None = None,
) -> int:
    """Import RDF files into the on-disk store at ``path`` (made if missing); the triples it then holds.

    Triples go to the default graph; quads (N-Quads, TriG) keep their graphs. ``replace``
    empties the store first. Files ending in ``.gz`` are decompressed. ``progress`` is
    called with the number of bytes read as the import goes. All or nothing: on any error
    the store is left as it was.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.nt").write_text('<http://x/a> <http://x/p> "1" .\\n')
    >>> load_files(folder / "db", [folder / "a.nt"])
    1
    """
    formats = check_files(files, rdf_format)
    staging = _Staging(path, keep_existing=not replace)
    try:
        for file, fmt in formats:
            try:
                with file.open("rb") as raw:
                    counted: Any = _Counting(raw, progress)
                    if file.suffix.lower() == ".gz":
                        import gzip

                        with gzip.GzipFile(fileobj=counted, mode="rb") as unzipped:
                            staging.store.bulk_load(input=unzipped, format=fmt)
                    else:
                        staging.store.bulk_load(input=counted, format=fmt)
            except SyntaxError as exc:
                raise DataError(f"not valid {fmt.name}: {_first_line(exc)}", file=str(file)) from None
            except (OSError, EOFError, zlib.error) as exc:  # unreadable, or a .gz file cut short or corrupt
                raise StoreError(f"cannot import {file}: {_first_line(exc)}") from None
        return staging.commit()
    except BaseException:
        staging.discard()
        raise


def replace_with(path: Path, triples: Iterable[Any], *, progress: Progress | None = None) -> int:
    """Make the on-disk store at ``path`` hold exactly ``triples``; the number it then holds.

    All or nothing, like :func:`load_files`; ``progress`` is called with triple counts.
    """
    import pyoxigraph as ox

    def quads() -> Iterable[Any]:
        done = 0
        for t in triples:
            yield ox.Quad(t.subject, t.predicate, t.object)
            done += 1
            if progress is not None and done % 10_000 == 0:
                progress(10_000)
        if progress is not None:
            progress(done % 10_000)

    staging = _Staging(path, keep_existing=False)
    try:
        staging.store.bulk_extend(quads())
        return staging.commit()
    except BaseException:
        staging.discard()
        raise
