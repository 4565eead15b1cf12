"""kg ingest URL: one GET on a loopback server; every failure one line, nothing written."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import cli
from kg.project import Project

from .serving import free_port
from .test_ingest import HTML, _files
from .test_ingest_pdf import make_pdf

TEXT = "Exampleville opens labs\n\nIn 2023, Exampleville spent around 6.1 percent of its GDP on R&D.\n"
GB_TEXT = "示例市 opens labs\n\nIn 2023, Exampleville (示例市) spent around 6.1 percent of its GDP on R&D.\n"
PDF = make_pdf([["Exampleville labs report", "In 2023, Exampleville had 40 labs."]], title="Exampleville labs report")


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _send(self, status: int, ctype: str | None, body: bytes, **headers: str) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        if "Content_Length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/news/labs.html":
            self._send(200, "text/html; charset=utf-8", HTML.encode("utf-8"))
        elif path == "/plain":
            self._send(200, "text/plain", TEXT.encode("utf-8"))
        elif path == "/gb":
            self._send(200, "text/plain; charset=GB18030", GB_TEXT.encode("gb18030"))
        elif path == "/report":
            self._send(200, "application/pdf", PDF)
        elif path == "/old":
            self._send(301, None, b"", Location="/news/labs.html")
        elif path == "/loop":
            self._send(302, None, b"", Location="/loop")
        elif path == "/to-file":
            self._send(302, None, b"", Location="file:///etc/passwd")
        elif path == "/huge":
            self._send(200, "text/html", b"<p>x</p>", Content_Length="3000000")
        elif path == "/endless":  # no length announced: refused while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"Exampleville grew. " * 1000)
            except OSError:
                pass
        elif path == "/picture.png":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n")
        elif path == "/slow":
            time.sleep(10)
            self._send(200, "text/plain", TEXT.encode("utf-8"))
        else:
            self._send(404, "text/html", b"<h1>Not Found</h1>")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that gave up (too large, too slow) closed the connection: expected


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def _kg(project: Project, *args: str) -> Any:
    return CliRunner().invoke(cli, ["--project", str(project.root), *args], prog_name="kg")


def _meta(project: Project, sid: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((project.data_dir / "sources" / f"{sid}.yaml").read_text(encoding="utf-8"))
    return data


def test_an_html_page_is_fetched_kept_and_its_url_recorded(tiny: Project, site: str) -> None:
    url = f"{site}/news/labs.html"
    result = _kg(tiny, "ingest", url)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "registered source labs-open-in-exampleville"
    sources = tiny.data_dir / "sources"
    assert (sources / "labs-open-in-exampleville.html").read_bytes() == HTML.encode("utf-8")
    assert "Share on Weibo" not in (sources / "labs-open-in-exampleville.txt").read_text(encoding="utf-8")
    meta = _meta(tiny, "labs-open-in-exampleville")
    assert (meta["url"], meta["html"], meta["publisher"]) == (url, "labs-open-in-exampleville.html", "Example Daily")
    assert "seed" not in meta
    assert _kg(tiny, "build").exit_code == 0


def test_a_redirect_is_followed_and_the_final_url_kept(tiny: Project, site: str) -> None:
    result = _kg(tiny, "ingest", f"{site}/old")
    assert result.exit_code == 0, result.output
    assert _meta(tiny, "labs-open-in-exampleville")["url"] == f"{site}/news/labs.html"


def test_plain_text_and_pdf_urls(tiny: Project, site: str) -> None:
    assert _kg(tiny, "ingest", f"{site}/plain", "--url", "https://example.org/labs").exit_code == 0
    assert _meta(tiny, "exampleville-opens-labs")["url"] == "https://example.org/labs"
    result = _kg(tiny, "ingest", f"{site}/report")
    assert result.exit_code == 0, result.output
    assert (tiny.data_dir / "sources" / "exampleville-labs-report.pdf").read_bytes() == PDF
    assert _meta(tiny, "exampleville-labs-report")["url"] == f"{site}/report"


def test_the_charset_the_server_declares_decodes_the_page(tiny: Project, site: str) -> None:
    result = _kg(tiny, "ingest", f"{site}/gb", "--id", "gb-labs")
    assert result.exit_code == 0, result.output
    assert (tiny.data_dir / "sources" / "gb-labs.txt").read_text(encoding="utf-8") == GB_TEXT
    assert _meta(tiny, "gb-labs")["encoding"].lower() == "gb18030"


def test_urls_and_files_in_one_batch(tiny: Project, site: str, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Another article\n\nIn 2022, Exampleville had 30 labs.\n", encoding="utf-8")
    result = _kg(tiny, "ingest", f"{site}/news/labs.html", str(article), f"{site}/missing")
    assert result.exit_code == 1
    assert result.stdout.startswith("ingested 2 of 3 articles (1 failed)")
    assert result.stderr == f"Error: {site}/missing: cannot fetch {site}/missing: HTTP 404 Not Found\n"


@pytest.mark.parametrize(
    ("path", "args", "code", "message"),
    [
        ("/missing", (), 1, "cannot fetch {url}: HTTP 404 Not Found"),
        ("/loop", (), 1, "cannot fetch {url}: too many redirects"),
        ("/to-file", (), 1, "cannot fetch {url}: redirected to a URL that is not http(s)"),
        ("/huge", (), 2, "{url} is larger than 2,000,000 bytes; an article is expected (see --max-bytes)"),
        (
            "/endless",
            ("--max-bytes", "50000"),
            2,
            "{url} is larger than 50,000 bytes; an article is expected (see --max-bytes)",
        ),
        ("/picture.png", (), 2, "{url} is not an HTML page, text or a PDF (its content type is image/png)"),
        ("/slow", ("--timeout", "0.5"), 1, "cannot fetch {url}: no answer within 0.5 seconds"),
    ],
)
def test_a_page_that_cannot_be_ingested_is_one_line_and_changes_nothing(
    tiny: Project, site: str, path: str, args: tuple[str, ...], code: int, message: str
) -> None:
    url = site + path
    before = _files(tiny)
    started = time.monotonic()
    result = _kg(tiny, "ingest", url, *args)
    assert (result.exit_code, result.output) == (code, "Error: " + message.format(url=url) + "\n")
    assert _files(tiny) == before
    assert not (tiny.root / "drafts").exists()
    assert time.monotonic() - started < 5


def test_a_refused_connection_and_an_unknown_host(tiny: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"http://127.0.0.1:{free_port()}/a.html"
    result = _kg(tiny, "ingest", url)
    assert (result.exit_code, result.output) == (1, f"Error: cannot fetch {url}: connection refused\n")

    def no_dns(host: Any, *args: Any, **kwargs: Any) -> Any:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    result = _kg(tiny, "ingest", "http://news.example.invalid/a.html")
    assert (result.exit_code, result.output) == (
        1,
        "Error: cannot fetch http://news.example.invalid/a.html: host not found\n",
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "http://user:secret@example.org/a",
            "a URL with a user name or password is not fetched: http://***@example.org",
        ),
        ("http://example.org:99999/a", "not a valid URL: 'http://example.org:99999/a' (port out of range 0-65535)"),
        ("http://exa mple.org/a", "a URL cannot hold spaces or control characters: 'http://exa mple.org/a'"),
    ],
)
def test_urls_that_are_not_fetched(tiny: Project, url: str, message: str) -> None:
    result = _kg(tiny, "ingest", url)
    assert (result.exit_code, result.output) == (2, f"Error: {message}\n")
