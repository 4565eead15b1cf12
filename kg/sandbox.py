"""The second line of defence: running untrusted queries where they can reach no network.

The query checks (:func:`kg.sparql.check_query`) decide what may run. Behind them, whatever
runs a user's query is kept off the network, so that a query that slipped past the checks
could still reach nothing:

- :func:`isolate_network` moves the calling process into a new, empty network namespace
  (Linux); the server's query workers call it when they start (:mod:`kg.workers`);
- :func:`run_isolated` runs one function in a forked child that isolates itself first, and
  hands back its bytes: the CLI runs ``kg sparql`` and ``kg query`` that way. A child that
  crashes (a query that breaks the query engine) ends with one clear error instead of
  taking the command down.

Where namespaces are not available (other systems, or a kernel that refuses them) the
function runs unisolated and the checks alone stand.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kg.errors import KgError, QueryError, error_record, rebuild_error

__all__ = ["isolate_network", "isolated", "run_isolated", "Relay", "connect_relay"]

_isolated = False

_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000


def isolate_network() -> bool:
    """Cut this process off every network, loopback included; returns whether it worked.

    On Linux the process moves into a new, empty network namespace (with a user namespace
    when it lacks the privilege for a network namespace alone). Elsewhere, or where
    namespaces are disabled, nothing changes.
    """
    import ctypes

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    global _isolated
    if libc.unshare(_CLONE_NEWNET) == 0:
        _isolated = True
        return True
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) != 0:
        return False
    try:  # keep our own ids inside the namespace, so files keep their owner
        Path("/proc/self/setgroups").write_text("deny")
        Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1")
        Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1")
    except OSError:
        pass
    _isolated = True
    return True


def isolated() -> bool:
    """Whether this process has left the network (:func:`isolate_network` worked here)."""
    return _isolated


def _end_with_parent() -> None:
    """Have the kernel stop this (child) process when its parent dies (Linux), so none is orphaned."""
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def run_isolated(produce: Callable[[], bytes]) -> bytes:
    """``produce()`` run in a forked child cut off the network; returns the bytes it made.

    A :class:`KgError` in the child is raised again here (same class for the errors of
    :mod:`kg.errors`, same message and exit code). A child that dies (a crash of the query
    engine) raises :class:`QueryError`. Without ``fork`` (not Linux) ``produce`` runs here.

    >>> run_isolated(lambda: b"made in a child")
    b'made in a child'
    """
    if not sys.platform.startswith("linux"):
        return produce()
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        status = 0
        try:
            import faulthandler

            faulthandler.disable()  # a crash here is reported by the parent, in one line
            os.close(read_end)
            _end_with_parent()
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)  # the engine's own last words ("memory allocation failed") stay out of the one line
            isolate_network()
            try:
                body = b"0" + produce()
            except KgError as exc:
                body = b"1" + json.dumps(error_record(exc)).encode()
            except Exception as exc:  # a bug: still one line for the user
                failed = KgError(f"the query failed: {type(exc).__name__}: {exc}")
                body = b"1" + json.dumps(error_record(failed)).encode()
            view = memoryview(body)
            while view:
                view = view[os.write(write_end, view) :]
        except BaseException:
            status = 1
        finally:
            os._exit(status)
    os.close(write_end)
    chunks = []
    with os.fdopen(read_end, "rb") as pipe:
        while chunk := pipe.read(1 << 20):
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    data = b"".join(chunks)
    if os.WIFSIGNALED(status) or not data:
        how = f"signal {os.WTERMSIG(status)}" if os.WIFSIGNALED(status) else f"exit {os.WEXITSTATUS(status)}"
        raise QueryError(f"the query crashed the query engine ({how}); simplify it")
    if data[:1] == b"1":
        try:  # JSON, not pickle: what the child sends is data, never code
            classes, (message, attributes) = json.loads(data[1:])
            error = rebuild_error([(str(m), str(q)) for m, q in classes], (str(message), dict(attributes)))
        except (ValueError, TypeError):
            error = QueryError("the query failed in its sandbox and sent back no readable error")
        raise error
    return data[1:]


class Relay:
    """Forwards connections made to a Unix socket to one TCP address, and nowhere else.

    Processes cut off the network (:func:`isolate_network`) can still reach one server
    through it: the server's query workers for a ``sparql:`` store send their requests to
    :attr:`path` (see :func:`kg.remote.route_through`), and the relay, in the server's own
    process, opens a connection to ``host:port`` for each. Whatever a worker sends, it can
    reach that address only. The socket lives in a private temporary folder.

    Each connection starts with one byte from the relay: 0 when the address answered, or 1
    and the error number when it did not (:func:`connect_relay` reads it).

    >>> import socket, threading
    >>> upstream = socket.create_server(("127.0.0.1", 0))
    >>> relay = Relay("127.0.0.1", upstream.getsockname()[1])
    >>> client = connect_relay(relay.path); client.sendall(b"ping")
    >>> conn, _ = upstream.accept(); conn.recv(4)
    b'ping'
    >>> conn.sendall(b"pong"); client.recv(4)
    b'pong'
    >>> for s in (client, conn, upstream): s.close()
    >>> relay.close()
    """

    def __init__(self, host: str, port: int, *, timeout: float = 30.0) -> None:
        import socket
        import tempfile
        import threading

        self.host = host
        self.port = port
        self.timeout = timeout
        self._folder = tempfile.mkdtemp(prefix="kg-relay-")  # mode 0700: only this user can connect
        self.path = str(Path(self._folder) / "upstream.sock")
        self._listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._listener.bind(self.path)
        self._listener.listen(64)
        self._closed = False
        threading.Thread(target=self._accept, name="kg-relay", daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while not self._closed:
            try:
                inner, _ = self._listener.accept()
            except OSError:
                return
            try:
                outer = socket.create_connection((self.host, self.port), timeout=self.timeout)
            except OSError as exc:  # told to the worker, which raises it as if it had connected itself
                code = exc.errno or (errno.ETIMEDOUT if isinstance(exc, TimeoutError) else errno.EHOSTUNREACH)
                try:
                    inner.sendall(b"\1" + str(code).encode())
                except OSError:
                    pass
                inner.close()
                continue
            outer.settimeout(None)
            try:
                inner.sendall(b"\0")
            except OSError:
                inner.close()
                outer.close()
                continue
            for source, target in ((inner, outer), (outer, inner)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    @staticmethod
    def _pump(source: Any, target: Any) -> None:
        import socket

        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

    def close(self) -> None:
        """Stop accepting and remove the socket (connections under way end with their workers)."""
        import shutil

        self._closed = True
        self._listener.close()
        shutil.rmtree(self._folder, ignore_errors=True)


def connect_relay(path: str, timeout: float | None = None) -> Any:
    """A socket connected through the :class:`Relay` at ``path`` to its address.

    Raises the :class:`OSError` the relay met connecting (``ConnectionRefusedError`` ...),
    as a direct connection would.
    """
    import socket

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect(path)
        status = sock.recv(1)
        if status != b"\0":
            code = sock.recv(16) if status == b"\1" else b""
            number = int(code) if code.isdigit() else errno.ECONNRESET
            raise OSError(number, os.strerror(number))
    except BaseException:
        sock.close()
        raise
    return sock
