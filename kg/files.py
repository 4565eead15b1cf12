"""Writing the files kg makes: whole or not at all, and never in place of something that is not a file.

Every file kg writes for its user (``kg export -o``, ``kg generate``, ``kg viz``, timeline
charts, the sources and drafts of ``kg ingest``) goes through :func:`open_output` or
:func:`write_file`. What happens depends on what the path names:

- nothing yet, or a regular file: the data goes to a temporary file in the same folder,
  is flushed to disk and renamed over the path in one step, so readers see the old file or
  the new one, never a part, and a failed write leaves the old file as it was. A new file
  gets the mode ``open()`` would give it (``0666`` less the umask: ``0644`` under the usual
  umask ``022``); a file that is replaced keeps its mode (and its owner and group, where
  the system allows). Hard links to a replaced file keep the old content.
- a symbolic link: written through. The link stays a link and its target is written as
  above (created when the link dangles). A link that does not lead to a path of its own
  (``/dev/stdout`` redirected to a pipe, ``/proc/self/fd/N``) is opened and written in place.
- a character or block device or a FIFO (``/dev/null``, ``/dev/full``, a named pipe): opened
  and written in place, as ``cat > PATH`` would; it stays what it was. Opening a FIFO waits
  for a reader.
- a directory or a socket: refused.
- ``-``: standard output, where the caller allows it (``stdout=True``); refused otherwise.

Errors are :class:`~kg.errors.KgError` with one line, ``cannot write PATH: reason``
(:class:`~kg.errors.BadInputError` for a name that cannot be a file).

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> write_file(folder / "a.txt", b"hello\\n")
>>> (folder / "a.txt").read_bytes()
b'hello\\n'
>>> write_file(folder, b"x")  # doctest: +ELLIPSIS
Traceback (most recent call last):
    ...
kg.errors.KgError: cannot write ...: it is a directory
"""

from __future__ import annotations

import io
import os
import secrets
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from kg.errors import BadInputError, KgError

__all__ = ["open_output", "write_file", "STDOUT_NAME"]

#: How error messages name standard output (the path ``-``).
STDOUT_NAME = "standard output"

_BUFFER = 1 << 16


def _error(shown: str, reason: OSError | str) -> KgError:
    text = reason if isinstance(reason, str) else (reason.strerror or str(reason))
    return KgError(f"cannot write {shown}: {text}")


class _Sink(io.FileIO):
    """A file descriptor whose write errors name the output the user gave (not a temporary file)."""

    def __init__(self, fd: int, shown: str) -> None:
        super().__init__(fd, "w", closefd=True)
        self.shown = shown

    def write(self, data: Any, /) -> int:
        try:
            return super().write(data)
        except OSError as exc:
            raise _error(self.shown, exc) from None


class _StreamSink(io.RawIOBase):
    """An open binary stream (standard output) whose write errors are one line; a closed pipe stays itself."""

    def __init__(self, stream: IO[bytes], shown: str) -> None:
        super().__init__()
        self.stream: IO[bytes] | None = stream
        self.shown = shown

    def writable(self) -> bool:
        return True

    def write(self, data: Any, /) -> int:
        if self.stream is None:  # abandoned: what is still buffered goes nowhere
            return len(data)
        try:
            self.stream.write(data)
            self.stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _error(self.shown, exc) from None
        return len(data)


def _writer(fd: int, shown: str) -> io.BufferedWriter:
    try:
        sink = _Sink(fd, shown)
    except BaseException:
        os.close(fd)
        raise
    return io.BufferedWriter(sink, _BUFFER)


def _discard(out: IO[bytes], tmp: Path | None) -> None:
    """Close ``out`` without caring whether its last bytes get out, and remove ``tmp``."""
    with suppress(Exception):  # the write is being abandoned anyway
        out.close()
    if tmp is not None:
        with suppress(OSError):
            tmp.unlink()


def _stat(path: Path, shown: str) -> os.stat_result | None:
    """``path``'s status, following links; None when nothing is there (or a link dangles)."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except ValueError:  # a NUL character
        raise BadInputError(f"cannot write {shown!r}: not a valid file name") from None
    except OSError as exc:
        raise _error(shown, exc) from None


def _own_path(path: Path, st: os.stat_result | None) -> Path | None:
    """The path a regular file (or a link to one) is replaced at; None to write ``path`` in place.

    A link is followed to its target. A "magic" link of ``/proc`` (what ``/dev/stdout``
    leads to) may not name a path that holds the file, so it is written in place.
    """
    if not path.is_symlink():
        return path
    target = Path(os.path.realpath(path))
    if st is None:
        return target  # a dangling link: its target is created
    try:
        same = os.stat(target)
    except OSError:
        return None
    return target if (same.st_dev, same.st_ino) == (st.st_dev, st.st_ino) else None


def _temporary(folder: Path, name: str, shown: str) -> tuple[int, Path]:
    """A new file in ``folder`` for the data, opened for writing, created with the default mode."""
    stem = name if len(os.fsencode(name)) <= 200 else "kg-output"
    for _ in range(100):
        tmp = folder / f".{stem}.{secrets.token_hex(4)}.tmp"
        try:
            # 0o666 as open() uses: the kernel takes the umask (and a default ACL) off.
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666), tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise _error(shown, exc) from None
    raise _error(shown, "no free temporary name beside it")


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not every system can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def open_output(path: Path | str, *, stdout: bool = False) -> Iterator[IO[bytes]]:
    """A binary stream whose bytes end up at ``path`` when the block ends without an error.

    See the module documentation for what happens by the kind of file ``path`` names. When
    the block raises, a file that was being replaced is left as it was (a device or FIFO
    may have had some of the bytes). ``stdout`` lets ``-`` mean standard output.
    """
    shown = str(path)
    if shown == "-":
        if not stdout:
            raise BadInputError("cannot write to standard output ('-') here; give a file name (./- for a file named -)")
        sink = _StreamSink(sys.stdout.buffer, STDOUT_NAME)
        piped = io.BufferedWriter(sink, _BUFFER)
        try:
            yield piped
        except BaseException:
            sink.stream = None
            _discard(piped, None)
            raise
        piped.close()
        return
    where = Path(path)
    st = _stat(where, shown)
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise _error(shown, "it is a directory")
    if st is not None and stat.S_ISSOCK(st.st_mode):
        raise _error(shown, "it is a socket")
    own = _own_path(where, st) if st is None or stat.S_ISREG(st.st_mode) else None
    if own is None:  # a device, a FIFO or a magic link: written in place
        try:
            fd = os.open(where, os.O_WRONLY | os.O_CLOEXEC | (os.O_TRUNC if st and stat.S_ISREG(st.st_mode) else 0))
        except OSError as exc:
            raise _error(shown, exc) from None
        out = _writer(fd, shown)
        try:
            yield out
        except BaseException:
            _discard(out, None)
            raise
        try:
            out.close()
        except OSError as exc:
            raise _error(shown, exc) from None
        return

    fd, tmp = _temporary(own.parent, own.name, shown)
    try:
        if st is not None:  # keep the replaced file's owner, group and mode
            with suppress(OSError):
                os.fchown(fd, st.st_uid, st.st_gid)
            os.fchmod(fd, stat.S_IMODE(st.st_mode))
    except OSError as exc:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise _error(shown, exc) from None
    out = _writer(fd, shown)
    try:
        yield out
    except BaseException:
        _discard(out, tmp)
        raise
    try:
        out.flush()
        os.fsync(out.fileno())
        out.close()
        os.replace(tmp, own)
    except BaseException as exc:
        _discard(out, tmp)
        if isinstance(exc, OSError):
            raise _error(shown, exc) from None
        raise
    _sync_folder(own.parent)


def write_file(path: Path | str, data: bytes, *, stdout: bool = False) -> None:
    """Write ``data`` to ``path`` as :func:`open_output` does (whole or not at all for files)."""
    with open_output(path, stdout=stdout) as out:
        out.write(data)
