"""The HTTP side of ``kg serve``: Uvicorn on httptools (and uvloop where it is installed).

Every request but one kind goes to the WSGI application (:class:`kg.server.App`), which runs
in a pool of threads (through a2wsgi). The one kind is the SPARQL protocol's commonest
request, a query by GET answered in a format other than a page: it is planned by the same
application code (:meth:`App.plan_query`) and then answered on the event loop, the loop going
on while a query worker answers (:meth:`WorkerPool.acall`). So the common request costs no
thread switch and no request or response objects; anything unusual about it (a bad
parameter, an update, a page) sends it the general way, where it gets the same answer.
A request body is read whole on the loop before the application gets a thread, so slow
senders hold no thread; one over ``max_body_bytes`` is refused (413) on every path, and one
announced over it is not read at all.

Connections are kept in check here (:class:`Connections`), as the previous server did:

- one with no request in progress must complete a request head within ``idle_timeout``
  seconds of opening or of its last answer (bytes trickling in do not extend that); one
  sending a request body or reading an answer is cut off after ``idle_timeout`` seconds
  without progress, whatever is left to send; a request head over :data:`MAX_HEAD_BYTES`, or
  a header line over :data:`MAX_HEADER_BYTES`, is refused (431);
- at ``limit`` open connections the server goes on accepting, and closes connections with
  no request in progress and nothing left to send to make room, a few at a time: first those
  of the address holding the most connections, each address's longest-waiting first. One
  still sending its body may be closed; a request being answered never is. When every
  connection is busy, a new one is closed at once.

So a flood of idle connections or slow bodies only pushes out such connections, the flood's
own first.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import heapq
import sys
import time
from collections import Counter
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.server import BODY_REFUSED
from kg.workers import ServerBusyError

if TYPE_CHECKING:
    from kg.server import App

__all__ = ["Front", "Connections", "MAX_HEAD_BYTES", "MAX_BATCH"]

#: The largest request head (request line and headers) accepted.
MAX_HEAD_BYTES = 64 * 1024
#: The longest header line accepted (as common servers have it).
MAX_HEADER_BYTES = 8 * 1024
#: Where a request's body is over the limit (see Front._body).
_REFUSED = b"(refused)"
#: The most connections closed at once when the server is full.
MAX_BATCH = 16


class _Head:
    """What :meth:`App.plan_query` reads of a request: its headers and its URL without the query."""

    __slots__ = ("headers", "base_url")

    def __init__(self, headers: dict[str, str], base_url: str) -> None:
        self.headers = headers
        self.base_url = base_url


@functools.lru_cache(maxsize=256)
def _base_url(scheme: str, host: str | None, server: tuple[Any, ...], path: str) -> str:
    """The request's URL without its query, as the WSGI application's request reads it (Werkzeug)."""
    from werkzeug.sansio.utils import get_current_url, get_host

    address = (str(server[0]), int(server[1]) if len(server) > 1 and server[1] else None) if server else None
    return get_current_url(scheme, get_host(scheme, host, address), "", path)


class Front:
    """The ASGI application: the short path for queries, the WSGI application for the rest."""

    def __init__(self, app: App, threads: int) -> None:
        from a2wsgi import WSGIMiddleware

        self.app = app
        self.wsgi = WSGIMiddleware(self._whole, workers=threads)  # type: ignore[arg-type]

    def _whole(self, environ: dict[str, Any], start_response: Any) -> Any:
        environ["wsgi.input_terminated"] = True  # the body ends where the request says (chunked too)
        if environ["asgi.scope"].get(BODY_REFUSED):
            environ[BODY_REFUSED] = True
        return self.app(environ, start_response)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        started = False

        async def tracked(message: dict[str, Any]) -> None:
            nonlocal started
            started = True
            await send(message)

        try:
            raw = scope["query_string"]  # ASCII: the HTTP parser refuses a request line that is not
            if scope["method"] == "GET" and scope["path"] == "/sparql" and await self._query(scope, raw, tracked):
                return
            body = await self._body(scope, receive)
            if body is None:
                return  # the client left while sending it
            if body is _REFUSED:  # over the limit: the application says so, and the connection ends
                scope = {**scope, BODY_REFUSED: True}
                await self.wsgi(scope, _replay(b""), _closing(tracked))  # type: ignore[arg-type]
            else:
                await self.wsgi(scope, _replay(body), tracked)  # type: ignore[arg-type]
        except asyncio.CancelledError:  # the server is stopping (the query worker was stopped)
            if not started:
                with contextlib.suppress(Exception):
                    await _send(send, *self._error(ServerBusyError("the server is stopping; try again later")))

    async def _body(self, scope: dict[str, Any], receive: Any) -> bytes | None:
        """The whole request body, read here so that a slow sender holds no thread; ``_REFUSED``
        when it is over the limit (nothing is read when its length says so), None when the
        client left."""
        limit = self.app.config.max_body_bytes
        length = next((v for k, v in scope["headers"] if k == b"content-length"), None)
        if length is not None and length.isdigit() and int(length) > limit:
            return _REFUSED  # no "100 Continue" for it either
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                return _REFUSED
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _query(self, scope: dict[str, Any], raw: bytes, send: Any) -> bool:
        """Answer a plain query by GET; False (nothing sent) for anything else."""
        from kg.server import HTML, HttpError, _one, _parse_params

        try:
            params = _parse_params(raw.decode("ascii"), "query string")
            query = _one(params, "query")
        except HttpError:
            return False
        if query is None or "update" in params:
            return False
        headers: dict[str, str] = {}
        for name, value in scope["headers"]:
            if name in (b"accept", b"host"):
                key, text = name.decode("ascii").title(), value.decode("latin-1")
                headers[key] = headers[key] + "," + text if key in headers else text
        if len(headers.get("Accept", "")) > 256:
            return False  # reading a long Accept takes time: in a thread, not on the loop
        server = tuple(scope.get("server") or ())
        base_url = _base_url(scope["scheme"], headers.get("Host"), server, scope["path"])
        try:
            plan = self.app.plan_query(_Head(headers, base_url), query, params)
            if plan.media_type == HTML:
                return False
            args = self.app.worker_query(plan)
        except Exception:  # noqa: BLE001 - the general path answers it, and reports what is unexpected
            return False
        try:
            media_type, body = await self.app.pool.acall("query", *args, timeout=self.app.config.timeout)
        except KgError as exc:
            await _send(send, *self._error(exc))
            return True
        except Exception as exc:  # noqa: BLE001 - one line for the client, the server goes on
            print(f"kg serve: internal error on /sparql: {exc!r}", file=sys.stderr)
            await _send(send, *self._error(KgError("internal server error")))
            return True
        await _send(send, 200, self._answer_headers(media_type), body)
        return True

    @staticmethod
    @functools.lru_cache(maxsize=64)
    def _answer_headers(media_type: str) -> tuple[tuple[bytes, bytes], ...]:
        from kg.server import ANSWER_HEADERS

        return Front._headers(media_type, {k.replace("_", "-"): v for k, v in ANSWER_HEADERS.items()})

    @staticmethod
    def _headers(media_type: str, extra: dict[str, str]) -> tuple[tuple[bytes, bytes], ...]:
        from kg.server import base_headers

        headers = {**base_headers(media_type), **extra}
        return tuple((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items())

    def _error(self, exc: KgError) -> tuple[int, tuple[tuple[bytes, bytes], ...], bytes]:
        from kg.server import error_parts

        status, message, extra = error_parts(exc)
        headers = self._headers("text/plain", {**extra, "Access-Control-Allow-Origin": "*"})
        return status, headers, (message + "\n").encode("utf-8")


def _replay(body: bytes) -> Any:
    """An ASGI ``receive`` that gives ``body`` at once, then says the client left."""
    given = False

    async def receive() -> dict[str, Any]:
        nonlocal given
        if given:
            return {"type": "http.disconnect"}
        given = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _closing(send: Any) -> Any:
    """``send`` that closes the connection after the answer (the rest of the body was not read)."""

    async def closing_send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), (b"connection", b"close")]}
        await send(message)

    return closing_send


async def _send(send: Any, status: int, headers: tuple[tuple[bytes, bytes], ...], body: bytes) -> None:
    length = (b"content-length", str(len(body)).encode("ascii"))
    await send({"type": "http.response.start", "status": status, "headers": [*headers, length]})
    await send({"type": "http.response.body", "body": body})


class Connections:
    """The connection policy (see the module): a limit, room made by closing idle connections,
    and time limits on requests that do not come."""

    def __init__(self, limit: int, idle_timeout: float) -> None:
        self.limit = limit
        self.batch = max(1, min(MAX_BATCH, limit // 8))
        self.idle_timeout = idle_timeout
        self.open: set[Any] = set()
        self.crowded = False

    def admit(self, new: Any) -> bool:
        """Called for each new connection; False when it must be closed (every other one is busy)."""
        self.open.add(new)  # those closing count until they are gone; those aborted here do not
        if len(self.open) <= self.limit:
            if self.crowded and len(self.open) < self.limit - self.batch:
                self.crowded = False
            return True
        live = [c for c in self.open if not c.transport.is_closing()]
        excess = len(self.open) - self.limit + self.batch
        per_address = Counter(c.address for c in live)
        # idle: no request in progress, and nothing of an answer left to send
        idle = [c for c in live if c is not new and not c.busy and not c.transport.get_write_buffer_size()]
        for connection in heapq.nsmallest(excess, idle, key=lambda c: (-per_address[c.address], c.waiting_since)):
            self.abort(connection)
        if not self.crowded:
            self.crowded = True
            print(
                f"warning: {self.limit} connections open, the limit (--max-connections): "
                "closing idle ones to make room",
                file=sys.stderr,
                flush=True,
            )
        return len(self.open) <= self.limit + self.batch

    def abort(self, connection: Any) -> None:
        """Close at once, whatever is left to send (a client that does not read cannot hold it)."""
        connection.transport.abort()
        self.open.discard(connection)

    def maintenance(self) -> None:
        """Close connections that have waited too long (see the module)."""
        now = time.monotonic()
        for connection in list(self.open):
            if connection.transport is None:
                continue
            writing = connection.flow.write_paused or connection.transport.get_write_buffer_size() > 0
            if connection.transport.is_closing() and not writing:
                continue  # gone soon (one closing with an answer to send must still make progress)
            if connection.receiving_body or writing:
                if now - connection.last_progress > self.idle_timeout:
                    self.abort(connection)  # a body or an answer that stopped moving
            elif not connection.busy and now - connection.waiting_since > self.idle_timeout:
                self.abort(connection)  # no complete request head in time


def protocol_class(policy: Connections) -> type:
    """Uvicorn's httptools protocol, made to follow ``policy``."""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class Connection(HttpToolsProtocol):
        def connection_made(self, transport: Any) -> None:
            super().connection_made(transport)
            self.waiting_since = self.last_progress = time.monotonic()
            self.head_bytes = 0
            self.address = self.client[0] if self.client else ""
            if not policy.admit(self):
                policy.abort(self)

        def connection_lost(self, exc: Exception | None) -> None:
            policy.open.discard(self)
            super().connection_lost(exc)

        @property
        def busy(self) -> bool:
            """A whole request has arrived and its answer is not complete (one whose body is still
            coming is not busy: it may be closed to make room)."""
            return self.cycle is not None and not self.cycle.response_complete and not self.cycle.more_body

        @property
        def receiving_body(self) -> bool:
            return self.cycle is not None and not self.cycle.response_complete and self.cycle.more_body

        def data_received(self, data: bytes) -> None:
            self.last_progress = time.monotonic()
            reading_head = self.cycle is None or self.cycle.response_complete
            if reading_head:
                self.head_bytes += len(data)
            super().data_received(data)
            still_head = self.cycle is None or self.cycle.response_complete
            if reading_head and still_head and self.head_bytes > MAX_HEAD_BYTES and not self.transport.is_closing():
                self._refuse(431, "the request head is larger than the limit of 64 KiB")  # one header, still coming

        def on_message_begin(self) -> None:
            self.head_size = 0
            super().on_message_begin()

        def on_url(self, url: bytes) -> None:
            self._count(len(url))
            super().on_url(url)

        def on_header(self, name: bytes, value: bytes) -> None:
            self._count(len(name) + len(value) + 4)
            if len(name) + len(value) > MAX_HEADER_BYTES:
                self.head_too_large = "a header line is longer than the limit of 8 KiB"
                raise ValueError("header too large")  # ends the parse: the parser reports an error
            super().on_header(name, value)

        def _count(self, size: int) -> None:
            self.head_size += size
            if self.head_size > MAX_HEAD_BYTES:
                self.head_too_large = "the request head is larger than the limit of 64 KiB"
                raise ValueError("request head too large")  # ends the parse: the parser reports an error

        def send_400_response(self, msg: str) -> None:
            if getattr(self, "head_too_large", None):
                self._refuse(431, self.head_too_large)
            else:
                super().send_400_response(msg)

        def on_headers_complete(self) -> None:
            self.head_bytes = 0
            super().on_headers_complete()

        def on_response_complete(self) -> None:
            self.waiting_since = self.last_progress = time.monotonic()
            super().on_response_complete()

        def resume_writing(self) -> None:
            self.last_progress = time.monotonic()
            super().resume_writing()

        def _refuse(self, status: int, message: str) -> None:
            from http import HTTPStatus

            body = (message + "\n").encode("ascii")
            self.transport.write(
                f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\ncontent-type: text/plain; charset=utf-8\r\n"
                f"content-length: {len(body)}\r\nconnection: close\r\n\r\n".encode("ascii")
                + body
            )
            self.transport.close()

    return Connection
