"""Helpers for the server tests: start ``kg serve`` or ``oxigraph serve`` on a free loopback port, make requests."""

from __future__ import annotations

import http.client
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

KG = [sys.executable, "-m", "kg"]  # the command line, wherever the script is installed


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip()


@dataclass
class Server:
    url: str
    process: subprocess.Popen[str]
    output: list[str] = field(default_factory=list)

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        timeout: float = 30,
    ) -> Reply:
        parts = urlsplit(self.url)
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return Reply(response.status, {k.lower(): v for k, v in response.getheaders()}, response.read())
        finally:
            conn.close()

    def get(self, path: str, accept: str | None = None, **params: str) -> Reply:
        query = ("?" + urlencode(params)) if params else ""
        return self.request("GET", path + query, headers={"Accept": accept} if accept else {})

    def query(self, text: str, accept: str | None = None, **params: str) -> Reply:
        return self.get("/sparql", accept, query=text, **params)

    def post(self, body: bytes, content_type: str, accept: str | None = None) -> Reply:
        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        return self.request("POST", "/sparql", body, headers)

    def alive(self) -> bool:
        """The server still answers a simple query."""
        reply = self.query("ASK { ?s ?p ?o }", "application/sparql-results+json")
        return reply.status == 200 and b'"boolean":true' in reply.body


def _stop(process: subprocess.Popen[Any]) -> None:
    """SIGTERM, then SIGKILL if the process is still there after 10 s."""
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


@contextmanager
def running_server(project: Path, *options: str, store: str | None = None) -> Iterator[Server]:
    """``kg serve --port 0`` on the project (and ``store``), stopped (SIGTERM) when the block ends."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    stores = ["--store", store] if store else []
    process = subprocess.Popen(
        [*KG, "--project", str(project), *stores, "serve", "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    if "Serving the graph at " not in first:
        process.kill()
        raise AssertionError(f"kg serve did not start: {first}{process.stdout.read()}")
    url = first.split("Serving the graph at ", 1)[1].split(" ", 1)[0]
    server = Server(url.rstrip("/"), process, [first])
    reader = threading.Thread(target=lambda: server.output.extend(process.stdout or []), daemon=True)
    reader.start()
    try:
        yield server
    finally:
        _stop(process)
        reader.join(5)
        process.stdout.close()


class Recorder:
    """A loopback TCP port that records every connection made to it (and answers nothing)."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = False
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def _loop(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def settle(self) -> int:
        """Connections seen, after giving late ones half a second to arrive."""
        time.sleep(0.5)
        return self.connections

    def close(self) -> None:
        self._stop = True
        self._thread.join(2)
        self.sock.close()


def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _oxigraph_cli() -> str:
    """The ``oxigraph`` command installed beside this Python (PyPI package ``oxigraph``)."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    assert found, "the oxigraph command is missing: pip install oxigraph"
    return found


@contextmanager
def oxigraph_server(location: Path) -> Iterator[str]:
    """``oxigraph serve`` on loopback with its data in ``location``; yields the query URL."""
    port = free_port()
    process = subprocess.Popen(
        [_oxigraph_cli(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/query"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                err = process.stderr.read().decode() if process.stderr else ""
                process.kill()
                raise AssertionError(f"oxigraph serve did not start: {err}")
            time.sleep(0.1)
        yield url
    finally:
        _stop(process)
        if process.stderr:
            process.stderr.close()


class AuthProxy:
    """A loopback HTTP proxy in front of ``target`` that wants HTTP Basic credentials ``user``/``password``."""

    def __init__(self, target: str, user: str, password: str) -> None:
        import base64
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.target = target
        self.seen: list[str | None] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                auth = self.headers.get("Authorization")
                proxy.seen.append(auth)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if auth != expected:
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Basic realm="kg test"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                forward = urllib.request.Request(
                    target.rsplit("/", 1)[0] + self.path,
                    data=body,
                    method="POST",
                    headers={k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")},
                )
                try:
                    with urllib.request.urlopen(forward, timeout=30) as reply:
                        status, headers, data = reply.status, reply.headers, reply.read()
                except urllib.error.HTTPError as exc:
                    status, headers, data = exc.code, exc.headers, exc.read()
                    exc.close()
                self.send_response(status)
                if headers.get("Content-Type"):
                    self.send_header("Content-Type", headers["Content-Type"])
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, credentials: str = "") -> str:
        """The proxy's URL for the target's endpoint path, with ``user:password@`` if given."""
        return f"http://{credentials}127.0.0.1:{self.port}{urlsplit(self.target).path}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)
