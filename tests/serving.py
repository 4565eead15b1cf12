"""Helpers for the server tests: start ``kg serve`` on a free loopback port, make requests."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

KG = str(Path(sys.executable).with_name("kg"))


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


@contextmanager
def running_server(project: Path, *options: str) -> Iterator[Server]:
    """``kg serve --port 0`` on the project, stopped (SIGTERM) when the block ends."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [KG, "--project", str(project), "serve", "--port", "0", *options],
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
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
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
