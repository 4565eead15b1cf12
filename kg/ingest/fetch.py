"""Fetch an article from the web for ``kg ingest URL``: the only network access of ``kg ingest``.

One GET with the standard library's client, http and https only (a redirect elsewhere is
refused), through the proxy the environment names if any. What comes back must be an HTML
page, plain text or a PDF, no larger than the limit for files (checked on the announced
length, then while reading, so a larger page is never held whole), and complete within the
timeout. Every failure is one line: the host is not found, the connection is refused, the
server answers with an error status, no answer in time, too large, another kind of content.

>>> is_url("https://example.org/a.html"), is_url("notes/https.txt")
(True, False)
>>> checked_url("http://bücher.example/labs?x=é")
'http://xn--bcher-kva.example/labs?x=%C3%A9'
>>> checked_url("ftp://example.org/a")
Traceback (most recent call last):
    ...
kg.errors.BadInputError: not an http(s) URL: 'ftp://example.org/a'
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import Any

from kg.errors import BadInputError, KgError

__all__ = ["Fetched", "fetch", "is_url", "checked_url", "TIMEOUT", "KINDS"]

#: Seconds to wait for the server (to connect, for the answer, and for all of the page).
TIMEOUT = 30.0
#: The kinds of content an article may be, by content type.
KINDS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text", "application/pdf": "pdf"}
_ACCEPT = "text/html, application/xhtml+xml, text/plain;q=0.9, application/pdf;q=0.8"
_CHUNK = 1 << 16


@dataclass
class Fetched:
    url: str  # where the content came from: the URL given, or where it was redirected
    raw: bytes
    kind: str  # html, text or pdf
    charset: str | None  # as the server declared it


def is_url(text: str) -> bool:
    """Whether an ARTICLE argument is a web address rather than a file name."""
    return re.match(r"(?i)https?://", text) is not None


def checked_url(url: str) -> str:
    """``url`` as it is requested: refused (:class:`BadInputError`) unless it is an http(s) URL
    with a host, a valid port, no credentials and no spaces; non-ASCII is encoded."""
    from urllib.parse import quote, urlsplit, urlunsplit

    shown = repr(url)
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        raise BadInputError(f"a URL cannot hold spaces or control characters: {shown}")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise BadInputError(f"not a valid URL: {shown} ({str(exc).lower()})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise BadInputError(f"not an http(s) URL: {shown}")
    if parts.username is not None or parts.password is not None:
        raise BadInputError(f"a URL with a user name or password is not fetched: {parts.scheme}://***@{parts.hostname}")
    host = parts.hostname
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    else:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise BadInputError(f"not a valid URL: {shown} (not a valid host name)") from None
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", host):
            raise BadInputError(f"not a valid URL: {shown} (not a valid host name)")
    netloc = host + (f":{port}" if port is not None else "")

    def ascii_only(text: str) -> str:
        return re.sub(r"[^\x00-\x7f]+", lambda m: quote(m.group(0)), text)

    return urlunsplit((parts.scheme.lower(), netloc, ascii_only(parts.path) or "/", ascii_only(parts.query), ""))


def _opener() -> Any:
    """An opener for http and https only: other schemes, and redirects to them, are refused."""
    import ssl
    import urllib.request

    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(context=ssl.create_default_context()),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPRedirectHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _reason(exc: BaseException, timeout: float) -> str:
    """A network error as a few words."""
    import socket
    import ssl

    if isinstance(exc, socket.gaierror):
        return "host not found"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ConnectionResetError):
        return "the connection was reset"
    if isinstance(exc, TimeoutError):
        return f"no answer within {timeout:g} seconds"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"the certificate is not trusted ({exc.verify_message})"
    if isinstance(exc, ssl.SSLError):
        return f"TLS failed ({exc.reason or exc})"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[:1].lower() + exc.strerror[1:]
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


def fetch(url: str, *, max_bytes: int, timeout: float = TIMEOUT) -> Fetched:
    """GET ``url``: its content if it is an HTML page, text or a PDF of at most ``max_bytes``.

    Failures of the network or the server are :class:`KgError` (exit 1); a URL that is not
    one, content too large or of another kind are :class:`BadInputError` (exit 2).
    """
    import http.client
    import urllib.error
    import urllib.request

    from kg import __version__

    target = checked_url(url)
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(
        target, headers={"User-Agent": f"kg-ingest/{__version__}", "Accept": _ACCEPT, "Accept-Encoding": "identity"}
    )
    fail = f"cannot fetch {url}"
    try:
        response = _opener().open(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        exc.close()
        reason = " ".join(str(exc.reason).split())
        if 300 <= exc.code < 400 and "not allowed" in reason:
            status = "redirected to a URL that is not http(s)"
        elif 300 <= exc.code < 400 and "infinite loop" in reason:
            status = "too many redirects"
        elif 300 <= exc.code < 400:
            status = f"HTTP {exc.code}, a redirect that names no place to go"
        else:
            status = f"HTTP {exc.code} {reason[:80]}".rstrip()
        raise KgError(f"{fail}: {status}") from None
    except urllib.error.URLError as exc:
        cause = exc.reason
        if isinstance(cause, BaseException):
            raise KgError(f"{fail}: {_reason(cause, timeout)}") from None
        text = str(cause)
        if text.startswith("unknown url type"):  # a redirect to ftp: or file:
            text = "redirected to a URL that is not http(s)"
        raise KgError(f"{fail}: {text}") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise KgError(f"{fail}: {_reason(exc, timeout)}") from None
    with response:
        final = response.geturl()
        header = response.headers.get("Content-Type")
        ctype = response.headers.get_content_type() if header else None
        kind = KINDS.get(ctype or "")
        if header and kind is None:
            raise BadInputError(f"{url} is not an HTML page, text or a PDF (its content type is {ctype})")
        encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
        if encoding != "identity":
            raise BadInputError(f"{url} was sent compressed ({encoding}), which is not read")
        too_large = f"{url} is larger than {max_bytes:,} bytes; an article is expected (see --max-bytes)"
        length = response.headers.get("Content-Length")
        if length and length.strip().isdigit() and int(length) > max_bytes:
            raise BadInputError(too_large)
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunk = response.read(min(_CHUNK, max_bytes + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise BadInputError(too_large)
        except http.client.IncompleteRead:
            raise KgError(f"{fail}: the connection closed before the whole page came") from None
        except (OSError, http.client.HTTPException) as exc:
            raise KgError(f"{fail}: {_reason(exc, timeout)}") from None
        raw = b"".join(chunks)
        if kind is None:  # no content type: what the bytes look like
            kind = "pdf" if raw.lstrip()[:5] == b"%PDF-" else "text"
        return Fetched(final, raw, kind, response.headers.get_content_charset() if header else None)
