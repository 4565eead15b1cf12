"""A remote SPARQL 1.1 server as a store: ``kg --store sparql:URL``.

:class:`RemoteStore` speaks the SPARQL 1.1 Protocol (queries and updates by HTTP POST) and
reads the answers with Oxigraph's own parsers, so the rest of kg gets the same result
objects as from an embedded store (:class:`pyoxigraph.QuerySolutions`,
:class:`pyoxigraph.QueryBoolean`, :class:`pyoxigraph.QueryTriples`). The protocol is plain
HTTP, so the standard library's client does the transport; credentials go by HTTP Basic or
Digest authentication, whichever the server asks for.

The data lives in one named graph of the server (:data:`DATA_GRAPH` unless
``KG_SPARQL_GRAPH`` says otherwise, ``default`` for the server's default graph), sent as
the protocol's ``default-graph-uri``: the server's other graphs (system graphs, other
datasets) stay out of every answer.

Configuration, besides the query URL in the store name:

``KG_SPARQL_UPDATE_URL``
    Where updates go. Default: the query URL with a final ``/query`` or ``/sparql/query``
    turned into ``/update`` (Oxigraph, Fuseki), else the query URL itself (Virtuoso, GraphDB).
``KG_SPARQL_USER`` / ``KG_SPARQL_PASSWORD``
    Credentials; they may also be given in the URL (``https://user:password@host/sparql``).
    They are never printed.
``KG_SPARQL_GRAPH``
    The graph holding the data (an IRI, or ``default``).
``KG_SPARQL_TIMEOUT``
    Seconds to wait for an answer (default 60).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from typing import Any

from kg.errors import BadInputError, QueryError, StoreError
from kg.namespaces import BASE

__all__ = ["RemoteStore", "DATA_GRAPH", "from_spec"]

#: The named graph that holds the data on a remote server.
DATA_GRAPH = BASE + "graph"

# XML first: Virtuoso writes booleans in JSON results as "1"; both parse with Oxigraph.
_SELECT_ACCEPT = "application/sparql-results+xml, application/sparql-results+json;q=0.9"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"


def _short(text: str, limit: int = 160) -> str:
    """A server's error body as one short line (HTML tags dropped).

    >>> _short("<html><body><h1>Bad</h1>\\n<p>query   wrong</p></body></html>")
    'Bad query wrong'
    """
    text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 4].rstrip() + " ..."


def _update_url(url: str) -> str:
    """The update endpoint that goes with a query endpoint (see the module docs).

    >>> _update_url("http://127.0.0.1:7878/query"), _update_url("http://h/sparql")
    ('http://127.0.0.1:7878/update', 'http://h/sparql')
    """
    if url.endswith("/query"):
        return url[: -len("query")] + "update"
    return url


def _hidden(url: str) -> str:
    """``url`` as shown in messages: credentials in it replaced by ``***``.

    >>> _hidden("http://alice:secret@h/q"), _hidden("http://h/q?a=b@c")
    ('http://***@h/q', 'http://h/q?a=b@c')
    """
    return re.sub(r"^([^:/?#]*://)[^/?#]*@", r"\1***@", url)


def _checked_url(url: str) -> str:
    """``url`` as sent: refused (:class:`BadInputError`) unless it is an http(s) URL with a host,
    a valid port and no spaces or control characters; other non-ASCII characters are %-encoded.

    >>> _checked_url("http://127.0.0.1:7878/query?x=é"), _checked_url("http://bücher.example/sparql")
    ('http://127.0.0.1:7878/query?x=%C3%A9', 'http://xn--bcher-kva.example/sparql')
    >>> _checked_url("http://h:99999/")
    Traceback (most recent call last):
        ...
    kg.errors.BadInputError: not a valid URL for a SPARQL endpoint: 'http://h:99999/' (the port must be 1 to 65535)
    >>> _checked_url("http://h:80:1/")
    Traceback (most recent call last):
        ...
    kg.errors.BadInputError: not a valid URL for a SPARQL endpoint: 'http://h:80:1/' (the port must be 1 to 65535)
    """
    from urllib.parse import quote, urlsplit, urlunsplit

    shown = repr(_hidden(url))
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        raise BadInputError(f"a SPARQL endpoint URL cannot hold spaces or control characters: {shown}")
    try:
        parts = urlsplit(url)
    except ValueError as exc:  # a bracket without its pair: "http://[::1"
        raise BadInputError(f"not a valid URL for a SPARQL endpoint: {shown} ({str(exc).lower()})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInputError(f"not an http(s) URL for a SPARQL endpoint: {shown}")
    userinfo, at, hostport = parts.netloc.rpartition("@")
    end = hostport.find("]") + 1 if hostport.startswith("[") else len(hostport.partition(":")[0])
    host, after = hostport[:end], hostport[end:]  # after: "" or ":PORT"
    port = after[1:]
    if after and not after.startswith(":"):
        raise BadInputError(f"not a valid URL for a SPARQL endpoint: {shown} (text after the host)")
    if port and not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
        raise BadInputError(f"not a valid URL for a SPARQL endpoint: {shown} (the port must be 1 to 65535)")
    try:  # an internationalized name goes as its ASCII (IDNA) form; empty or over-long labels are refused
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        host = ""
    if not (host.startswith("[") or re.fullmatch(r"[A-Za-z0-9_.-]+", host)):
        raise BadInputError(f"not a valid URL for a SPARQL endpoint: {shown} (not a valid host name)")
    parts = parts._replace(netloc=userinfo + at + host + after)

    def ascii_only(text: str) -> str:
        return re.sub(r"[^\x00-\x7f]+", lambda m: quote(m.group(0)), text)

    return urlunsplit(parts._replace(path=ascii_only(parts.path), query=ascii_only(parts.query), fragment=""))


def from_spec(location: str | None) -> RemoteStore:
    """The :class:`RemoteStore` for ``sparql:LOCATION``, configured from the environment."""
    if not location:
        raise BadInputError("the sparql store needs a URL: --store sparql:http://host:port/query")
    graph = os.environ.get("KG_SPARQL_GRAPH") or DATA_GRAPH
    timeout_text = os.environ.get("KG_SPARQL_TIMEOUT", "60")
    try:
        timeout = float(timeout_text)
        if not 0 < timeout < float("inf"):  # nan is neither
            raise ValueError
    except ValueError:
        raise BadInputError(f"KG_SPARQL_TIMEOUT must be a positive number of seconds, not {timeout_text!r}") from None
    return RemoteStore(
        location,
        update_url=os.environ.get("KG_SPARQL_UPDATE_URL") or None,
        graph=None if graph == "default" else graph,
        user=os.environ.get("KG_SPARQL_USER") or None,
        password=os.environ.get("KG_SPARQL_PASSWORD") or None,
        timeout=timeout,
    )


class RemoteStore:
    """A SPARQL 1.1 endpoint with the query interface of :class:`pyoxigraph.Store`.

    Parameters
    ----------
    url : str
        The query endpoint (credentials may be given in it).
    update_url : str, optional
        The update endpoint; see :func:`_update_url` for the default.
    graph : str or None
        The named graph holding the data; None for the server's default graph.
    user, password : str, optional
        Credentials for HTTP Basic or Digest authentication.
    timeout : float
        Seconds to wait for the server.

    >>> RemoteStore("http://alice:secret@127.0.0.1:9/query").url
    'http://127.0.0.1:9/query'
    """

    def __init__(
        self,
        url: str,
        *,
        update_url: str | None = None,
        graph: str | None = DATA_GRAPH,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 60.0,
    ) -> None:
        from urllib.parse import unquote, urlsplit, urlunsplit

        parts = urlsplit(_checked_url(url))
        assert parts.hostname is not None
        if parts.username is not None:
            user = user or unquote(parts.username)
            password = password or unquote(parts.password or "")
            netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
            if parts.port:
                netloc += f":{parts.port}"
            parts = parts._replace(netloc=netloc)
        self.url = urlunsplit(parts)
        self.update_url = _checked_url(update_url) if update_url else _update_url(self.url)
        self.graph = graph
        self.timeout = timeout
        self._user = user
        self._password = password
        self._opener: Any = None

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r}, graph={self.graph!r})"

    # --- HTTP ------------------------------------------------------------------------

    def _open(self) -> Any:
        import urllib.request

        if self._opener is None:
            handlers: list[Any] = []
            if self._user is not None:
                passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                for endpoint in {self.url, self.update_url}:
                    passwords.add_password(None, endpoint, self._user, self._password or "")
                handlers += [_closing(urllib.request.HTTPBasicAuthHandler)(passwords)]
                handlers += [_closing(urllib.request.HTTPDigestAuthHandler)(passwords)]
            if _route is not None:
                handlers += _relay_handlers(_route)
            self._opener = urllib.request.build_opener(*handlers)
        return self._opener

    def _post(self, url: str, fields: list[tuple[str, str]], accept: str) -> tuple[str, bytes]:
        """POST a form; the answer's media type and body, or a :class:`StoreError` saying what went wrong."""
        import socket
        import urllib.error
        import urllib.request
        from urllib.parse import urlencode

        from kg import __version__

        body = urlencode(fields).encode("utf-8")
        request = urllib.request.Request(
            url,
            data=body,
            method="POST",
            headers={
                "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                "Accept": accept,
                "User-Agent": f"kg/{__version__}",
            },
        )
        where = f"the SPARQL server at {url}"
        try:
            with self._open().open(request, timeout=self.timeout) as response:
                media_type = response.headers.get_content_type()
                body = response.read()
                headers = response.headers
        except urllib.error.HTTPError as exc:
            try:
                detail = _short(exc.read().decode("utf-8", "replace"))
            except OSError:
                detail = ""
            finally:
                exc.close()
            status = f"HTTP {exc.code}" + (f": {detail}" if detail else "")
            if exc.code == 400:
                raise QueryError(f"{where} rejected the request ({status})") from None
            if exc.code == 401:
                if self._user is None:
                    raise StoreError(
                        f"{where} asks for credentials ({status}); give them in the URL or in "
                        "KG_SPARQL_USER and KG_SPARQL_PASSWORD"
                    ) from None
                raise StoreError(f"{where} refused the credentials ({status})") from None
            if exc.code == 403:
                raise StoreError(f"{where} refused the request as forbidden ({status})") from None
            if exc.code in (404, 405):
                raise StoreError(f"no SPARQL endpoint at {url} ({status}); check the URL") from None
            if exc.code >= 500:
                raise StoreError(f"{where} failed ({status})") from None
            raise StoreError(f"{where} refused the request ({status})") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError | socket.timeout):
                raise StoreError(f"{where} did not answer within {self.timeout:g} s") from None
            if isinstance(reason, ConnectionRefusedError):
                raise StoreError(f"cannot reach {where}: connection refused (is it running?)") from None
            if isinstance(reason, socket.gaierror):
                raise StoreError(f"cannot reach {where}: unknown host") from None
            text = getattr(reason, "strerror", None) or str(reason)
            raise StoreError(f"cannot reach {where}: {text}") from None
        except TimeoutError:
            raise StoreError(f"{where} did not answer within {self.timeout:g} s") from None
        except OSError as exc:  # connection reset, bad status line ...
            raise StoreError(f"{where} broke off the answer: {exc.strerror or exc}") from None
        except ValueError as exc:  # a URL the HTTP client will not send (the checks above should catch them all)
            raise StoreError(f"cannot send a request to {where}: {_short(str(exc), 100)}") from None
        # Virtuoso answers a query past its time limit with 200 and partial results, and cuts
        # results at its row limit silently, saying so only in headers: never pass those on.
        if headers.get("X-SQL-State") == "S1TAT":
            raise StoreError(f"{where} stopped the query at its time limit (partial results withheld)")
        if headers.get("X-SPARQL-MaxRows"):
            raise StoreError(
                f"{where} cut the answer at its row limit of {headers['X-SPARQL-MaxRows']} rows "
                "(raise ResultSetMaxRows on the server)"
            )
        return media_type, body

    # --- the pyoxigraph.Store interface ----------------------------------------------

    @staticmethod
    def _prologue(prefixes: dict[str, str] | None) -> str:
        return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in (prefixes or {}).items())

    def _dataset(self, default_graph: Any, named_graphs: Any) -> list[tuple[str, str]]:
        import pyoxigraph as ox

        fields: list[tuple[str, str]] = []
        if default_graph is None:
            if self.graph is not None:
                fields.append(("default-graph-uri", self.graph))
        else:
            graphs = default_graph if isinstance(default_graph, list | tuple) else [default_graph]
            for g in graphs:
                if isinstance(g, ox.NamedNode):
                    fields.append(("default-graph-uri", g.value))
                elif not isinstance(g, ox.DefaultGraph):
                    raise QueryError(f"unsupported default graph {g!r}")
        for g in named_graphs or []:
            fields.append(("named-graph-uri", g.value))
        return fields

    def query(
        self,
        query: str,
        *,
        prefixes: dict[str, str] | None = None,
        default_graph: Any = None,
        named_graphs: Any = None,
        use_default_graph_as_union: bool = False,
        base_iri: str | None = None,
    ) -> Any:
        """Run a query on the server; the answer as pyoxigraph result objects.

        ``base_iri`` goes first in the prologue (``BASE <...>``), so relative IRIs resolve
        against it there as they would here; a ``BASE`` of the query's own still wins.
        """
        import pyoxigraph as ox

        from kg.sparql import query_form

        form = query_form(query)
        if form == "UPDATE":
            raise QueryError("this is an update, not a query")
        base = ""
        if base_iri is not None:
            try:
                base = f"BASE <{ox.NamedNode(base_iri).value}>\n"
            except ValueError:
                raise QueryError(f"not an absolute IRI: {base_iri!r}") from None
        text = base + self._prologue(prefixes) + query
        # The query was checked before it got here (kg.sparql.check_query); it is never run
        # locally, even on an empty store, which would evaluate it (SERVICE included).
        fields = [("query", text), *self._dataset(default_graph, named_graphs)]
        graph_answer = form in ("CONSTRUCT", "DESCRIBE")
        media_type, body = self._post(self.url, fields, _GRAPH_ACCEPT if graph_answer else _SELECT_ACCEPT)
        try:
            if graph_answer:
                rdf_format = ox.RdfFormat.from_media_type(media_type)
                if rdf_format is None:
                    raise ValueError(f"got {media_type}")
                return _as_query_triples(ox.parse(body, format=rdf_format))
            results_format = ox.QueryResultsFormat.from_media_type(media_type)
            if results_format is None:
                raise ValueError(f"got {media_type}")
            return ox.parse_query_results(body, format=results_format)
        except (SyntaxError, ValueError) as exc:
            raise StoreError(
                f"the server at {self.url} did not answer with SPARQL results ({_short(str(exc), 100)})"
            ) from None

    def update(self, update: str, *, prefixes: dict[str, str] | None = None, timeout: float | None = None) -> None:
        """Run a SPARQL update on the server's update endpoint (``timeout`` overrides the store's)."""
        fields = [("update", self._prologue(prefixes) + update)]
        if timeout is None:
            self._post(self.update_url, fields, "*/*")
            return
        saved, self.timeout = self.timeout, max(self.timeout, timeout)
        try:
            self._post(self.update_url, fields, "*/*")
        finally:
            self.timeout = saved

    def __len__(self) -> int:
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
        return int(rows[0]["n"].value)

    def triples(self) -> Iterator[Any]:
        """Every triple of the data graph."""
        return iter(self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))


def _closing(handler: type) -> type:
    """An auth handler that closes the 401 answer it answers with credentials (urllib leaves it open)."""

    def http_error_401(self: Any, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        try:
            result = handler.http_error_401(self, req, fp, code, msg, headers)  # type: ignore[attr-defined]
        except BaseException:
            fp.close()
            raise
        if result is not None:
            fp.close()
        return result

    return type(f"Closing{handler.__name__}", (handler,), {"http_error_401": http_error_401})


def _as_query_triples(triples: Iterable[Any]) -> Any:
    """Parsed triples as a real :class:`pyoxigraph.QueryTriples` (what a local CONSTRUCT returns)."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return store.query("CONSTRUCT WHERE { ?s ?p ?o }")


# --- reaching the server through a relay ---------------------------------------------------

#: A Unix socket to reach the server through, instead of the network (see :func:`route_through`).
_route: str | None = None


def route_through(path: str | None) -> None:
    """Send every request of this process's remote stores through the Unix socket ``path``.

    The server's query workers for a ``sparql:`` store leave the network like the others
    (:func:`kg.sandbox.isolate_network`); a relay in the server (:class:`kg.sandbox.Relay`)
    forwards what they send on that socket to the store's host and port, and nowhere else.
    TLS, when the URL is https, still runs end to end between the worker and the server.
    """
    global _route
    _route = path


def _relay_handlers(path: str) -> list[Any]:
    """urllib handlers whose connections go through the relay at ``path`` instead of the network."""
    import http.client
    import urllib.request

    from kg.sandbox import connect_relay

    def timeout_of(connection: http.client.HTTPConnection) -> float | None:
        return connection.timeout if isinstance(connection.timeout, int | float) else None

    class RelayedHTTPConnection(http.client.HTTPConnection):
        def connect(self) -> None:
            self.sock = connect_relay(path, timeout_of(self))

    class RelayedHTTPSConnection(http.client.HTTPSConnection):
        def connect(self) -> None:
            sock = connect_relay(path, timeout_of(self))
            self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]

    class UnixHTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req: Any) -> Any:
            return self.do_open(RelayedHTTPConnection, req)

    class UnixHTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: Any) -> Any:
            return self.do_open(RelayedHTTPSConnection, req)

    return [UnixHTTPHandler(), UnixHTTPSHandler()]
