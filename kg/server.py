"""``kg serve``: the graph over the SPARQL 1.1 Protocol, with linked-data pages.

A WSGI application (Werkzeug requests and responses), served by :mod:`kg.http_server`
(Uvicorn), which answers plain queries by GET itself:

- ``/sparql`` answers queries by GET and POST (form-encoded or ``application/sparql-query``
  bodies) in the format the client accepts, gives a service description when asked
  without a query, and takes updates (form ``update=`` or ``application/sparql-update``)
  only when the server was started with ``allow_update``.
- ``/`` is a home page with a query form and the project's named queries as examples;
  ``/entity/``, ``/source/``, ``/measure/`` ... serve each IRI of the graph as an HTML page
  or as RDF by content negotiation; ``/ontology`` documents every class and property.

Client queries never run in the server process: a :class:`kg.workers.WorkerPool` runs them
with a time limit and a result-size limit, and refuses anything that would make the server
fetch from the network or read a file (``SERVICE``, ``LOAD``). ``FROM``/``FROM NAMED`` and
the protocol's ``default-graph-uri``/``named-graph-uri`` only select graphs of the store, and
so do an update's ``using-graph-uri``/``using-named-graph-uri``. Relative IRIs in a query or
update resolve against the request's URL (the service-defined base the protocol allows).

Idle connections cannot lock clients out: they time out, and at the connection limit they
are closed to make room for new ones (:class:`kg.http_server.Connections`).
"""

from __future__ import annotations

import functools
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from kg.errors import (
    BadInputError,
    KgError,
    QueryError,
    QueryTimeoutError,
    ResultTooLargeError,
    StoreError,
    UnknownEntityError,
    UnrepresentableError,
)
from kg.formats import GRAPH_TYPES, RESULTS_TYPES, write_rdf
from kg.namespaces import BASE, KG, PREFIXES
from kg.workers import ONTOLOGY_IRI, ServerBusyError, WorkerError, WorkerPool

__all__ = ["ServerConfig", "App", "serve", "make_server"]

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
HTML = "text/html"

#: ``format=``/``output=`` values (as sent by SPARQLWrapper and typed by people) -> media type.
RESULTS_NAMES = {
    "json": "application/sparql-results+json",
    "srj": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "srx": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "html": HTML,
}
GRAPH_NAMES = {
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "n3": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "n-triples": "application/n-triples",
    "json-ld": "application/ld+json",
    "jsonld": "application/ld+json",
    "json": "application/ld+json",
    "xml": "application/rdf+xml",
    "rdfxml": "application/rdf+xml",
    "rdf": "application/rdf+xml",
    "html": HTML,
}
#: Other names clients use in Accept for the same formats.
RESULTS_ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
}
GRAPH_ALIASES = {
    "application/x-turtle": "text/turtle",
    "text/n3": "text/turtle",
    "text/plain": "application/n-triples",
    "application/json": "application/ld+json",
    "application/xml": "application/rdf+xml",
    "text/xml": "application/rdf+xml",
}
SD_RESULT_FORMATS = {
    "application/sparql-results+json": "SPARQL_Results_JSON",
    "application/sparql-results+xml": "SPARQL_Results_XML",
    "text/csv": "SPARQL_Results_CSV",
    "text/tab-separated-values": "SPARQL_Results_TSV",
    "text/turtle": "Turtle",
    "application/n-triples": "N-Triples",
    "application/ld+json": "JSON-LD",
    "application/rdf+xml": "RDF_XML",
}
#: Path prefixes under which the graph's own IRIs are served (``BASE`` + path); blank nodes
#: are served as skolem IRIs (kg.push.GENID).
RESOURCE_PATHS = ("entity/", "source/", "measure/", "fact/", "unit/", "qualifier/", ".well-known/genid/")
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class HttpError(KgError):
    """An error with its HTTP status."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.headers = headers or {}
        super().__init__(message)


@dataclass
class ServerConfig:
    """Limits and switches of the server (the ``kg serve`` options)."""

    timeout: float = 10.0
    max_result_bytes: int = 32 << 20
    max_body_bytes: int = 1 << 20
    allow_update: bool = False
    workers: int = 2
    html_rows: int = 1000
    #: Connections held open at once (fewer if the open-file limit is lower); at the limit idle
    #: ones are closed to make room for new ones (see kg.http_server.Connections).
    max_connections: int = 1000
    #: Seconds a connection may take to send a request head (from its opening or its last
    #: answer), or go without progress while sending a body or reading an answer.
    idle_timeout: float = 10.0
    #: The token that lets a request from another machine merge a reviewed draft (loopback needs none).
    review_token: str | None = None


def _status(exc: KgError) -> int:
    if isinstance(exc, HttpError):
        return exc.status
    if isinstance(exc, UnknownEntityError):
        return 404
    if isinstance(exc, QueryError | BadInputError):
        return 400
    if isinstance(exc, ResultTooLargeError):
        return 422
    if isinstance(exc, UnrepresentableError):
        return 406
    if isinstance(exc, QueryTimeoutError | ServerBusyError):
        return 503
    if isinstance(exc, StoreError):
        return 502  # the SPARQL server behind a sparql: store is down, failed or refused
    return 500


def error_parts(exc: KgError) -> tuple[int, str, dict[str, str]]:
    """The status, one-line message and extra headers of the answer to an error."""
    headers = dict(getattr(exc, "headers", {}))
    if isinstance(exc, ServerBusyError):
        headers["Retry-After"] = "1"
    return _status(exc), " ".join(str(exc).split()), headers


#: Set in a request's WSGI environment when the server refused to read its body whole (it is
#: over the size limit): the application answers 413 whatever the path.
BODY_REFUSED = "kg.body_refused"
#: The headers of a query's answer besides its type (as ``respond`` takes them).
ANSWER_HEADERS = {"Access_Control_Allow_Origin": "*", "Vary": "Accept"}


@dataclass(frozen=True)
class QueryPlan:
    """A query as the endpoint will run it (see :meth:`App.plan_query`)."""

    text: str
    form: str
    media_type: str
    dataset: tuple[list[str], list[str]]
    base: str | None


def _parse_params(text: str, where: str) -> dict[str, list[str]]:
    """Decode ``a=1&b=2`` strictly: bytes that are not UTF-8 are an error, not U+FFFD."""
    try:
        pairs = parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise HttpError(400, f"the {where} is not valid UTF-8") from None
    params: dict[str, list[str]] = {}
    for key, value in pairs:
        params.setdefault(key, []).append(value)
    return params


def _page_number(params: dict[str, list[str]], last: int | None = None) -> int:
    """The ``page`` parameter (1 when absent): 1 to 6 ASCII digits, from 1 (to ``last``), else a 400."""
    number = _one(params, "page") or "1"
    if not re.fullmatch(r"[0-9]{1,6}", number) or not 0 < int(number) <= (last or 999_999):
        to = f" to {last}" if last is not None else ""
        raise HttpError(400, f"page must be a number from 1{to}, not {number[:20]!r}")
    return int(number)


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise HttpError(400, f"give one '{name}' parameter, not {len(values)}")
    return values[0] if values else None


def _accept_of(header: str) -> Any:
    """:func:`_parsed_accept`, remembered for short headers: a client sends the same one with
    every request, and reading it cost more than the rest of a small query's handling."""
    return _remembered_accept(header) if len(header) <= 256 else _parsed_accept(header)


def _best_match(header: str, offered: tuple[str, ...]) -> str | None:
    """The best of ``offered`` for an Accept header (remembered like :func:`_accept_of`)."""
    if len(header) <= 256:
        return _remembered_match(header, offered)
    return _parsed_accept(header).best_match(offered)  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=256)
def _remembered_accept(header: str) -> Any:
    return _parsed_accept(header)


@functools.lru_cache(maxsize=256)
def _remembered_match(header: str, offered: tuple[str, ...]) -> str | None:
    return _remembered_accept(header).best_match(offered)  # type: ignore[no-any-return]


def _parsed_accept(header: str) -> Any:
    """An Accept header with media type parameters dropped (``q`` kept): ``text/turtle;
    charset=utf-8`` asks for Turtle; Werkzeug would otherwise match the parameters too and
    find nothing. Only its first 64 types are read (reading costs more than linear time)."""
    from werkzeug.datastructures import MIMEAccept
    from werkzeug.http import parse_accept_header

    if not header:
        return MIMEAccept()
    items = []
    for item in header.split(",", 64)[:64]:
        media_type, *params = (part.strip() for part in item.split(";"))
        q = next((x for x in params if x.replace(" ", "").lower().startswith("q=")), None)
        items.append(media_type + (f";{q}" if q else ""))
    return parse_accept_header(", ".join(items), MIMEAccept)


def _negotiate(
    request: Any,
    params: dict[str, list[str]],
    names: dict[str, str],
    aliases: dict[str, str],
    other_kind: Iterable[str] = (),
    other_names: Iterable[str] = (),
) -> str:
    """The media type to answer with: the ``format``/``output`` parameter, else Accept.

    A client that asks only for formats of the other kind of result (``other_kind`` media
    types or ``other_names``: SPARQL results for a CONSTRUCT, as rdflib's SPARQLStore and
    SPARQLWrapper may) gets this kind's default format; an unknown ``format`` is a 400,
    and an Accept that allows nothing the server can write is a 406.
    """
    offered = list(dict.fromkeys(t for t in names.values() if t != HTML))
    other_kind, other_names = list(other_kind), set(other_names)
    for key in ("format", "output"):
        values = [v.strip().lower() for v in params.get(key, []) if v.strip()]
        unknown = []
        for wanted in values:  # SPARQLWrapper sends a name and a media type, e.g. format=tsv&format=text/tab-...
            if wanted in names:
                return names[wanted]
            if wanted in offered or wanted == HTML and HTML in names.values():
                return wanted
            if wanted in aliases:
                return aliases[wanted]
            if wanted in other_names or wanted in other_kind:
                return offered[0]
            unknown.append(wanted)
        if unknown:
            raise HttpError(400, f"unknown {key} {unknown[0]!r} (known: {', '.join(sorted(names))})")
    header = request.headers.get("Accept") or ""
    if not _accept_of(header):
        return offered[0]
    candidates = (*offered, *aliases, HTML) if HTML in names.values() else (*offered, *aliases)
    choice = _best_match(header, candidates)
    if choice is None and other_kind and _best_match(header, tuple(other_kind)) is not None:
        return offered[0]
    if choice is None:
        raise HttpError(
            406,
            f"cannot answer in any type the request accepts ({request.headers.get('Accept')}); "
            f"available: {', '.join(offered)}",
        )
    return str(aliases.get(choice, choice))


def _base_iri(request: Any) -> str | None:
    """The request's URL without its query string: the base IRI of the query or update it carries.

    The protocol lets the service define the base; the endpoint's own URL is the natural one.
    None when the Host header makes no valid IRI (relative IRIs then fail as unresolvable).
    """
    import pyoxigraph as ox

    try:
        return str(ox.NamedNode(request.base_url).value)
    except ValueError:
        return None


def base_headers(media_type: str) -> dict[str, str]:
    """The headers of every answer: its type (with the charset of text), and no sniffing."""
    return {"Content-Type": _content_type(media_type), "X-Content-Type-Options": "nosniff"}


def _content_type(media_type: str) -> str:
    textual = media_type.startswith("text/") or media_type.endswith(("json", "xml", "n-triples"))
    return f"{media_type}; charset=utf-8" if textual else media_type


def _points(series: Any) -> list[Any]:
    """The points of a chart's series (one, or a measure page's several)."""
    return [p for one in (series if isinstance(series, list) else [series]) for p in one["points"]]


def local_path(iri: str) -> str | None:
    """The server path of one of the graph's IRIs (``None`` for other IRIs).

    >>> local_path("https://w3id.org/beijing-innovation-kg/entity/beijing")
    '/entity/beijing'
    >>> local_path("https://w3id.org/beijing-innovation-kg/ontology#ScienceCity")
    '/ontology#ScienceCity'
    >>> local_path("http://www.w3.org/ns/org#Organization") is None
    True
    """
    if not iri.startswith(BASE):
        return None
    rest = iri[len(BASE) :]
    if rest.startswith("ontology"):
        return "/" + rest
    if rest.startswith(RESOURCE_PATHS):
        return "/" + quote(rest, safe="/#:@!$&'()*+,;=-._~")
    return None


def short_iri(iri: str) -> str:
    """An IRI with a known prefix (``kg:ScienceCity``), else the IRI itself.

    >>> short_iri("http://www.w3.org/2000/01/rdf-schema#label")
    'rdfs:label'
    """
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(PREFIXES.get(best, "")):
            best = prefix
    if best and re.fullmatch(r"[\w.-]*", iri[len(PREFIXES[best]) :]):
        return f"{best}:{iri[len(PREFIXES[best]) :]}"
    return iri


def link_target(iri: str) -> str | None:
    """Where a link to ``iri`` points: a page of this server, an external http(s) page, or nowhere."""
    local = local_path(iri)
    if local is not None:
        return local
    scheme = urlsplit(iri).scheme.lower()
    return iri if scheme in ("http", "https") else None


class App:
    """The WSGI application.

    Parameters
    ----------
    pool : WorkerPool
        Runs every request that touches the graph.
    queries_dir : Path
        The named queries (``*.rq``) shown on the home page.
    config : ServerConfig
    """

    def __init__(self, pool: WorkerPool, queries_dir: Path, config: ServerConfig) -> None:
        import jinja2

        from kg.queries import load_named_queries

        self.pool = pool
        self.config = config
        self.named = load_named_queries(queries_dir) if queries_dir.is_dir() else {}
        self.templates = jinja2.Environment(
            loader=jinja2.PackageLoader("kg", "templates"),
            autoescape=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.globals.update(link_target=link_target, short_iri=short_iri, local_path=local_path)
        # XML Schema types a results table shows as plain values (the type is in the cell's tooltip)
        numbers = "integer decimal double float int long short byte nonNegativeInteger positiveInteger".split()
        plain = [*numbers, "date", "dateTime", "gYear", "gYearMonth", "boolean", "anyURI", "string"]
        self.templates.globals.update(plain_types=frozenset(plain), number_types=frozenset(numbers))
        from kg.render import format_amount, format_number, format_when

        self.templates.filters.update(amount=format_amount, number=format_number, when=format_when)
        self.style = (Path(__file__).parent / "templates" / "style.css").read_bytes()
        self.script = (Path(__file__).parent / "templates" / "workbench.js").read_bytes()

    # --- WSGI ------------------------------------------------------------------------

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        from werkzeug.wrappers import Request

        request = Request(environ)
        request.max_content_length = None
        try:
            if environ.get(BODY_REFUSED):  # the server read no more of it than the limit allows
                self._body(request, refused=True)
            response = self.dispatch(request)
        except KgError as exc:
            response = self.error(request, exc)
        except Exception as exc:  # noqa: BLE001 - one line for the client, the server goes on
            print(f"kg serve: internal error on {request.path}: {exc!r}", file=sys.stderr)
            response = self.error(request, KgError("internal server error"))
        return response(environ, start_response)  # type: ignore[no-any-return]

    def respond(self, body: bytes | str, status: int = 200, media_type: str = "text/plain", **headers: str) -> Any:
        from werkzeug.wrappers import Response

        response = Response(body, status=status)
        response.headers.update(base_headers(media_type))
        if media_type == HTML:
            response.headers["Content-Security-Policy"] = CSP
            response.headers["Referrer-Policy"] = "same-origin"
        for name, value in headers.items():
            response.headers[name.replace("_", "-")] = value
        return response

    def page(self, template: str, status: int = 200, **context: Any) -> Any:
        html = self.templates.get_template(template).render(**context)
        return self.respond(html, status, HTML, Vary="Accept")

    def error(self, request: Any, exc: KgError) -> Any:
        status, message, headers = error_parts(exc)
        if request.path == "/sparql" or not _wants_html(request):
            response = self.respond(message + "\n", status, "text/plain", **headers)
        else:
            suggestions = exc.suggestions if isinstance(exc, UnknownEntityError) else []
            response = self.page("error.html", status, code=status, message=message, suggestions=suggestions)
            response.headers.update(headers)
        if request.path == "/sparql":
            response.headers["Access-Control-Allow-Origin"] = "*"
        return response

    def dispatch(self, request: Any) -> Any:
        path = request.path
        if request.method == "OPTIONS" and path == "/sparql":
            return self.respond(
                b"",
                204,
                Access_Control_Allow_Origin="*",
                Access_Control_Allow_Methods="GET, POST, OPTIONS",
                Access_Control_Allow_Headers="Content-Type, Accept",
                Access_Control_Max_Age="86400",
            )
        if path == "/sparql":
            return self.sparql(request)
        if request.method == "POST" and path.startswith("/review/"):
            return self.review_apply(request, path[len("/review/") :])
        if request.method not in ("GET", "HEAD"):
            raise HttpError(405, f"{request.method} is not allowed here", {"Allow": "GET, HEAD"})
        if path == "/":
            return self.home(request)
        if path == "/static/style.css":
            return self.respond(self.style, 200, "text/css", Cache_Control="max-age=3600")
        if path == "/static/workbench.js":
            return self.respond(self.script, 200, "text/javascript", Cache_Control="max-age=3600")
        if path in ("/static/vis-network.min.js", "/static/vis-network.css"):
            return self.vis_asset(path.rsplit("/", 1)[1])
        if path == "/neighbourhood":  # the graph around an entity, for its page (JSON)
            return self.neighbourhood(request)
        if path == "/suggest":  # names as one types them, for the search box (JSON)
            return self.suggest(request)
        if path == "/search":
            return self.search(request)
        if path == "/graph":
            return self.graph_view()
        if path == "/compare":
            return self.compare(request)
        if path in ("/review", "/review/"):
            return self.review_list(request)
        if path.startswith("/review/"):
            return self.review(request, path[len("/review/") :])
        if path == "/favicon.ico":  # browsers ask for it on every site: no icon, and no error for it
            return self.respond(b"", 204, "image/x-icon", Cache_Control="max-age=86400")
        if path == "/ontology":
            return self.ontology(request)
        if path == "/.well-known/void":  # the dataset's description (VoID, DCAT, schema.org)
            endpoint = request.host_url.rstrip("/") + "/sparql"
            turtle = self.pool.call("void", endpoint, timeout=self.config.timeout)
            return self.respond(turtle.encode("utf-8"), 200, "text/turtle", Access_Control_Allow_Origin="*")
        for kind in ("entity", "source", "measure"):
            if path in (f"/{kind}", f"/{kind}/"):
                return self.index(request, kind)
        if path.startswith(tuple("/" + p for p in RESOURCE_PATHS)):
            return self.resource(request, BASE + path[1:])
        raise HttpError(404, f"nothing at {path}")

    # --- the SPARQL endpoint -----------------------------------------------------------

    def _body(self, request: Any, *, refused: bool = False) -> bytes:
        """The request body; a 413 when it is over ``max_body_bytes`` (``refused``: known to be)."""
        limit = self.config.max_body_bytes
        length = request.content_length
        if length is not None and length > limit:
            raise HttpError(413, f"the request body ({length} bytes) is larger than the limit of {limit} bytes")
        data = b"" if refused else request.stream.read(limit + 1)
        if refused or len(data) > limit:
            raise HttpError(413, f"the request body is larger than the limit of {limit} bytes")
        return bytes(data)

    def sparql(self, request: Any) -> Any:
        if request.method not in ("GET", "HEAD", "POST"):
            raise HttpError(405, f"{request.method} is not allowed on /sparql", {"Allow": "GET, HEAD, POST, OPTIONS"})
        params = _parse_params(request.environ.get("QUERY_STRING", ""), "query string")
        query = update = None
        if request.method == "POST":
            body = self._body(request)
            kind = request.mimetype
            if kind == "application/x-www-form-urlencoded":
                try:  # percent-encoded as it should be, or raw UTF-8 as 'curl -d' sends it
                    text = body.decode("utf-8")
                except UnicodeDecodeError:
                    raise HttpError(400, "the form body is not valid UTF-8") from None
                form = _parse_params(text, "form body")
                query, update = _one(form, "query"), _one(form, "update")
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
            elif kind in ("application/sparql-query", "application/sparql-update"):
                charset = request.mimetype_params.get("charset", "utf-8").lower()
                if charset not in ("utf-8", "utf8"):
                    raise HttpError(415, f"the body must be UTF-8, not {charset}")
                try:
                    text = body.decode("utf-8")
                except UnicodeDecodeError:
                    raise HttpError(400, "the request body is not valid UTF-8") from None
                if kind == "application/sparql-query":
                    query = text
                else:
                    update = text
            else:
                raise HttpError(
                    415,
                    f"unsupported content type {kind or '(none)'!r}: send application/x-www-form-urlencoded, "
                    "application/sparql-query or application/sparql-update",
                )
        if query is None:
            query = _one(params, "query")
        elif "query" in params and len(params["query"]) > 1:
            raise HttpError(400, "give one 'query' parameter, not several")
        if update is None and request.method != "POST" and "update" in params:
            raise HttpError(400, "updates must be sent by POST (form 'update=' or application/sparql-update)")
        if query is not None and update is not None:
            raise HttpError(400, "give either a query or an update, not both")
        if update is not None:
            return self.update(request, update, params)
        if query is None:
            if request.method == "POST":
                raise HttpError(400, "no query: send 'query=' (form) or an application/sparql-query body")
            return self.service_description(request, params)
        return self.query(request, query, params)

    def plan_query(self, request: Any, text: str, params: dict[str, list[str]]) -> QueryPlan:
        """What a query asks for: its form, the media type to answer in, the dataset and the base IRI.

        ``request`` needs only ``headers.get`` and ``base_url``. Raises :class:`HttpError`
        (an unknown ``format``, nothing acceptable).
        """
        from kg.sparql import query_form

        form = query_form(text)
        graph = form in ("CONSTRUCT", "DESCRIBE")
        names, aliases = (GRAPH_NAMES, GRAPH_ALIASES) if graph else (RESULTS_NAMES, RESULTS_ALIASES)
        other = [*RESULTS_TYPES, *RESULTS_ALIASES] if graph else [*GRAPH_TYPES, *GRAPH_ALIASES]
        other_names = RESULTS_NAMES if graph else GRAPH_NAMES
        media_type = _negotiate(request, params, names, aliases, other, other_names)
        dataset = (params.get("default-graph-uri", []), params.get("named-graph-uri", []))
        return QueryPlan(text, form, media_type, dataset, _base_iri(request))

    def worker_query(self, plan: QueryPlan) -> tuple[Any, ...]:
        """The arguments of the worker's ``query`` for a plan whose answer is not a page."""
        if plan.form == "UPDATE":
            raise HttpError(400, _UPDATE_AS_QUERY)
        return (plan.text, plan.media_type, *plan.dataset, self.config.max_result_bytes, plan.base)

    def query(self, request: Any, text: str, params: dict[str, list[str]]) -> Any:
        plan = self.plan_query(request, text, params)
        if plan.media_type == HTML:
            try:
                if plan.form == "UPDATE":
                    raise HttpError(400, _UPDATE_AS_QUERY)
                table = self.pool.call(
                    "table", text, *plan.dataset, self.config.html_rows, plan.base, timeout=self.config.timeout
                )
            except (HttpError, QueryError, QueryTimeoutError, WorkerError) as exc:
                return self.home(request, query=text, error=str(exc), status=_status(exc))
            graph = plan.form in ("CONSTRUCT", "DESCRIBE")
            downloads = {
                label: "/sparql?" + urlencode({"query": text, "format": fmt})
                for label, fmt in (
                    (("Turtle", "turtle"), ("N-Triples", "nt"), ("JSON-LD", "jsonld"))
                    if graph
                    else (("CSV", "csv"), ("TSV", "tsv"), ("JSON", "json"), ("XML", "xml"))
                )
            }
            return self.page("results.html", query=text, table=table, limit=self.config.html_rows, downloads=downloads)
        media_type, body = self.pool.call("query", *self.worker_query(plan), timeout=self.config.timeout)
        return self.respond(body, 200, media_type, **ANSWER_HEADERS)

    def update(self, request: Any, text: str, params: dict[str, list[str]]) -> Any:
        if not self.config.allow_update:
            raise HttpError(403, "updates are disabled: this server is read-only (start it with --allow-update)")
        origin = request.headers.get("Origin")
        if origin and origin.rstrip("/") != request.host_url.rstrip("/"):
            raise HttpError(403, f"updates from pages of another origin ({origin}) are refused")
        using, using_named = params.get("using-graph-uri", []), params.get("using-named-graph-uri", [])
        self.pool.call("update", text, _base_iri(request), using, using_named, timeout=self.config.timeout)
        response = self.respond(b"", 204)
        del response.headers["Content-Type"]
        return response

    def service_description(self, request: Any, params: dict[str, list[str]]) -> Any:
        media_type = _negotiate(request, params, GRAPH_NAMES, GRAPH_ALIASES)
        if media_type == HTML:
            from werkzeug.utils import redirect

            return redirect("/", 303)
        stats = self.pool.call("stats", timeout=self.config.timeout)
        endpoint = request.host_url.rstrip("/") + "/sparql"
        formats = ", ".join(f"<{FORMATS_NS}{name}>" for name in SD_RESULT_FORMATS.values())
        languages = "sd:SPARQL11Query" + (", sd:SPARQL11Update" if self.config.allow_update else "")
        # Only what holds: the default graph is the store's own (not the union of the named
        # graphs), FROM never fetches (no sd:DereferencesURIs), SERVICE is refused (no
        # sd:BasicFederatedQuery). The updatable store is Oxigraph's, which keeps graphs that
        # updates leave empty.
        features = ["sd:EmptyGraphs"] if self.config.allow_update else []
        feature_line = f"    sd:feature {', '.join(features)} ;\n" if features else ""
        turtle = f"""@prefix sd: <{SD}> .
@prefix void: <http://rdfs.org/ns/void#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
<{endpoint}> a sd:Service ;
    sd:endpoint <{endpoint}> ;
    dcterms:title "Beijing Innovation Knowledge Graph" ;
    sd:supportedLanguage {languages} ;
{feature_line}    sd:resultFormat {formats} ;
    sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
    sd:defaultDataset [ a sd:Dataset ;
        sd:defaultGraph [ a sd:Graph ; void:triples {stats["triples"]} ; void:vocabulary <{KG}> ] ] .
"""
        return self.respond(
            _convert(turtle, media_type), 200, media_type, Access_Control_Allow_Origin="*", Vary="Accept"
        )

    # --- pages -------------------------------------------------------------------------

    def home(self, request: Any, query: str | None = None, error: str | None = None, status: int = 200) -> Any:
        name = request.args.get("example")
        if query is None and name in self.named:
            query = self.named[name].text
        if query is None:
            query = request.args.get("query") or _DEFAULT_QUERY
        stats = self.pool.call("stats", timeout=self.config.timeout)
        overview = self.pool.call("overview", timeout=self.config.timeout)
        for source in overview["sources"]:
            source["path"] = local_path(source["iri"]) or source["iri"]
        examples = [
            {"name": q.name, "title": q.title, "run": "/sparql?" + urlencode({"query": q.text, "format": "html"})}
            for q in self.named.values()
        ]
        return self.page(
            "home.html",
            status,
            query=query,
            error=error,
            error_at=error_position(query, error),
            stats=stats,
            overview=overview,
            examples=examples,
            allow_update=self.config.allow_update,
            prefixes=PREFIXES,
        )

    def suggest(self, request: Any) -> Any:
        import json

        text = (request.args.get("q") or "")[:200]
        hits = self.pool.call("names_like", text, 10, timeout=self.config.timeout) if text.strip() else []
        for hit in hits:
            hit["path"] = local_path(hit["iri"]) or hit["iri"]
        body = json.dumps(hits, ensure_ascii=False).encode("utf-8")
        return self.respond(body, 200, "application/json", Cache_Control="no-store")

    def vis_asset(self, name: str) -> Any:
        """vis-network's script or stylesheet, as pyvis ships it (nothing comes from a CDN)."""
        from kg.viz import vis_network_file

        path = vis_network_file(name)
        media_type = "text/javascript" if name.endswith(".js") else "text/css"
        return self.respond(path.read_bytes(), 200, media_type, Cache_Control="max-age=86400")

    def neighbourhood(self, request: Any) -> Any:
        import json

        from kg.viz import FAMILY_COLORS

        iri = BASE + "entity/" + (request.args.get("entity") or "")[:300]
        try:
            depth = min(max(int(request.args.get("depth") or 1), 1), 2)
        except ValueError:
            raise HttpError(400, "depth must be 1 or 2") from None
        data = self.pool.call("neighbourhood", iri, depth, timeout=self.config.timeout)
        for node in data["nodes"]:
            node["path"] = local_path(BASE + "entity/" + node["id"])
            node["color"] = FAMILY_COLORS.get(node["family"], "#bab0ac")
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        return self.respond(body, 200, "application/json", Cache_Control="no-store")

    def graph_view(self) -> Any:
        """The whole-graph view kg viz writes, served: its inline script and styles are allowed
        by a nonce made for this response alone."""
        import secrets

        from kg.workers import Engine

        nonce = secrets.token_urlsafe(18)
        html = self.pool.call("graph_view", timeout=max(self.config.timeout, 60)).replace(Engine.NONCE, nonce)
        policy = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src data:; "
            "font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        )
        return self.respond(html, 200, HTML, Content_Security_Policy=policy)

    def compare(self, request: Any) -> Any:
        """Two entities side by side: each measure they share (or either has), year by year."""
        from kg.render import compare_rows

        names = [(request.args.get(k) or "").strip()[:200] for k in ("a", "b")]
        cards = []
        for name in names:
            if not name:
                raise HttpError(400, "compare needs two entities: /compare?a=NAME&b=NAME")
            hits = self.pool.call("names_like", name, 10, timeout=self.config.timeout)
            entity = [h for h in hits if h["kind"] == "entity"]
            if not entity:
                raise HttpError(404, f"no entity matches {name!r}")
            cards.append(self.pool.call("card", entity[0]["iri"], timeout=self.config.timeout))
        a, b = (c["card"] for c in cards)
        tables = compare_rows(cards[0].get("series", []), cards[1].get("series", []))
        return self.page("compare.html", a=a, b=b, tables=tables)

    # --- reviewing ingest drafts -------------------------------------------------------

    @property
    def project(self) -> Any:
        from kg.project import Project

        return Project(self.pool.root)

    def review_list(self, request: Any) -> Any:
        from kg.review import list_drafts

        return self.page("review_list.html", drafts=list_drafts(self.project), writable=self._writable())

    def review(self, request: Any, name: str, *, error: str | None = None, status: int = 200) -> Any:
        from kg.review import read_review

        try:
            review = read_review(self.project, name)
        except KgError as exc:
            raise HttpError(404, str(exc)) from None
        return self.page(
            "review.html",
            status,
            review=review,
            error=error,
            writable=self._writable(),
            token_needed=not _loopback(request),
        )

    def _writable(self) -> bool:
        """Merging changes data/ and rebuilds the project's graph: only for the project's own store."""
        return self.pool.store == "memory"

    def review_apply(self, request: Any, name: str) -> Any:
        """Merge a draft as reviewed in the form: from loopback, or with the server's review token."""
        import secrets

        from kg.review import apply_review

        origin = request.headers.get("Origin")
        if origin and origin.rstrip("/") != request.host_url.rstrip("/"):
            raise HttpError(403, f"merges from pages of another origin ({origin}) are refused")
        form = request.form
        token = form.get("token") or ""
        allowed = _loopback(request) or (
            self.config.review_token is not None and secrets.compare_digest(token, self.config.review_token)
        )
        if not allowed:
            raise HttpError(403, "merging a draft needs the review token kg serve printed at start (or loopback)")
        if not self._writable():
            raise HttpError(403, "this server serves another store: merge with kg ingest --apply, then rebuild it")
        decisions: dict[str, str] = {}
        edits: dict[str, dict[str, str]] = {}
        for field_name, value in form.items(multi=True):
            if field_name.startswith("decision:"):
                decisions[field_name[len("decision:") :]] = value
            elif field_name.startswith("edit:"):
                key, _, column = field_name[len("edit:") :].rpartition(":")
                edits.setdefault(key, {})[column] = value
        try:
            result = apply_review(self.project, name, decisions, edits)
        except KgError as exc:
            return self.review(request, name, error=str(exc), status=_status(exc) if _status(exc) != 500 else 422)
        self.pool.reload()  # the workers open the rebuilt graph
        written = [str(path.relative_to(self.project.root)) for path in [*result.written, *result.changed]]
        return self.page("review_done.html", name=name, source=result.source_id, written=written, counts=result.counts)

    def search(self, request: Any) -> Any:
        """The search box without script: the one entity a name finds, else the names that resemble it."""
        from werkzeug.utils import redirect

        text = (request.args.get("q") or "").strip()[:200]
        hits = self.pool.call("names_like", text, 30, timeout=self.config.timeout) if text else []
        exact = [h for h in hits if h["via"] is None and h["label"].casefold() == text.casefold()]
        if len(exact) == 1 or len(hits) == 1:
            return redirect(local_path((exact or hits)[0]["iri"]) or "/", 303)
        for hit in hits:
            hit["path"] = local_path(hit["iri"]) or hit["iri"]
        return self.page("search.html", text=text, hits=hits)

    def _resource_type(self, request: Any) -> str:
        names = {"html": HTML, **{k: v for k, v in GRAPH_NAMES.items() if k != "html"}}
        params = _parse_params(request.environ.get("QUERY_STRING", ""), "query string")
        accept = request.accept_mimetypes
        if not params.get("format") and not params.get("output") and (not accept or accept.best == "*/*"):
            return HTML  # a client that states no preference gets the page, as a browser would
        return _negotiate(request, params, names, GRAPH_ALIASES)

    def resource(self, request: Any, iri: str) -> Any:
        import pyoxigraph as ox

        try:
            ox.NamedNode(iri)
        except ValueError:
            raise HttpError(404, f"nothing at {request.path}") from None
        params = _parse_params(request.environ.get("QUERY_STRING", ""), "query string")
        download = _one(params, "download")
        if download is not None:
            return self.download(iri, download)
        media_type = self._resource_type(request)
        if media_type != HTML:
            body = self.pool.call("describe", iri, media_type, timeout=self.config.timeout)
            return self.respond(body, 200, media_type, Vary="Accept", Access_Control_Allow_Origin="*")
        data = self.pool.call("card", iri, _page_number(params), timeout=self.config.timeout)
        if data["page"] == "card":
            from markupsafe import Markup

            from kg.render import chart_sources, svg_chart

            series = data.get("series", [])
            if data["card"].kind == "measure":  # a measure's page: every subject's series on one chart per unit
                by_unit: dict[str, list[dict[str, Any]]] = {}
                for one in series:
                    if one["points"]:
                        by_unit.setdefault(str(one["unit"]), []).append(one)
                drawn = [group for group in by_unit.values() if sum(len(s["points"]) for s in group) > 1]
            else:
                drawn = [s for s in series if len(s["points"]) > 1]
            charts = [
                {"svg": Markup(svg_chart(s, ident=f"chart{i}")), "sources": chart_sources(_points(s))}
                for i, s in enumerate(drawn)
            ]
            depth = 2 if _one(params, "depth") == "2" else 1
            return self.page(
                "card.html",
                card=data["card"],
                iri=iri,
                evidence=data.get("evidence"),
                charts=charts,
                depth=depth,
                conflicts=data.get("conflicts", []),
                paging=data.get("paging"),
            )
        return self.page("resource.html", data=data, iri=iri)

    def download(self, iri: str, what: str) -> Any:
        """A card's facts as a file: ``facts.json`` (the card's JSON) or ``facts.csv`` (a row per fact and source)."""
        import json

        from kg.render import facts_csv

        if what not in ("facts.json", "facts.csv"):
            raise HttpError(400, f"unknown download {what!r} (choose facts.json or facts.csv)")
        data = self.pool.call("card", iri, timeout=self.config.timeout)
        if data["page"] != "card":
            raise HttpError(404, "facts can be downloaded for entities, measures and sources")
        card = data["card"]
        name = f"{card.id}-{what}".replace('"', "")
        disposition = {"Content_Disposition": f'attachment; filename="{name}"'}
        if what == "facts.json":
            body = json.dumps(card.to_dict(), ensure_ascii=False, indent=2).encode("utf-8")
            return self.respond(body, 200, "application/json", **disposition)
        return self.respond(facts_csv(card).encode("utf-8"), 200, "text/csv", **disposition)

    def ontology(self, request: Any) -> Any:
        media_type = self._resource_type(request)
        if media_type != HTML:
            body = self.pool.call("ontology", media_type, timeout=self.config.timeout)
            return self.respond(body, 200, media_type, Vary="Accept", Access_Control_Allow_Origin="*")
        data = self.pool.call("ontology", None, timeout=self.config.timeout)
        return self.page("ontology.html", doc=ontology_doc(data), iri=ONTOLOGY_IRI)

    def index(self, request: Any, kind: str) -> Any:
        """A listing of entities, measures or sources by class, :data:`INDEX_PAGE` to a page."""
        params = _parse_params(request.environ.get("QUERY_STRING", ""), "query string")
        entries = [e for e in self.pool.call("entities", timeout=self.config.timeout) if e["kind"] == kind]
        pages = max(1, math.ceil(len(entries) / INDEX_PAGE))
        page = _page_number(params, pages)
        counts = Counter(e["class"] for e in entries)
        starts: dict[str, int] = {}  # the page on which each class begins
        for i, entry in enumerate(entries):
            starts.setdefault(entry["class"], i // INDEX_PAGE + 1)
        groups: dict[str, list[dict[str, Any]]] = {}
        for entry in entries[(page - 1) * INDEX_PAGE : page * INDEX_PAGE]:
            groups.setdefault(entry["class"], []).append(entry)
        title = {"entity": "Entities", "source": "Sources", "measure": "Measures"}[kind]
        return self.page(
            "index.html",
            groups=groups,
            counts=counts,
            starts=starts,
            number=page,
            pages=pages,
            total=len(entries),
            title=title,
            kind=kind,
        )


#: Entries on one page of a listing (/entity/, /measure/, /source/).
INDEX_PAGE = 1000


_UPDATE_AS_QUERY = "this is an update, not a query: send it as 'update=' or application/sparql-update"
_DEFAULT_QUERY = """SELECT ?city ?label WHERE {
  ?city a kg:ScienceCity ; rdfs:label ?label .
}"""

RDF_TYPE = PREFIXES["rdf"] + "type"
LABEL = PREFIXES["rdfs"] + "label"
COMMENT = PREFIXES["rdfs"] + "comment"
OWL = PREFIXES["owl"]


def ontology_doc(data: dict[str, Any]) -> dict[str, Any]:
    """Group the ontology's terms for its documentation page: classes, properties, schemes."""
    about: dict[str, dict[str, list[dict[str, Any]]]] = data["about"]

    def values(iri: str, predicate: str) -> list[dict[str, Any]]:
        return about.get(iri, {}).get(PREFIXES["rdfs"] + predicate if ":" not in predicate else predicate, [])

    def text(iri: str, predicate: str) -> str:
        found = values(iri, predicate)
        return str(found[0]["value"]) if found else ""

    subclasses: dict[str, list[str]] = {}
    for iri, props in about.items():
        for parent in props.get(PREFIXES["rdfs"] + "subClassOf", []):
            subclasses.setdefault(parent["value"], []).append(iri)

    def term(iri: str) -> dict[str, Any]:
        props = about[iri]
        types = [t["value"] for t in props.get(RDF_TYPE, [])]
        return {
            "iri": iri,
            "name": iri[len(KG) :] if iri.startswith(KG) else iri,
            "label": text(iri, LABEL),
            "comment": text(iri, COMMENT),
            "types": [short_iri(t) for t in types],
            "alt": [v["value"] for v in props.get(PREFIXES["skos"] + "altLabel", [])],
            "parents": [v["value"] for v in values(iri, "subClassOf") + values(iri, "subPropertyOf")],
            "children": sorted(subclasses.get(iri, [])),
            "domain": [v["value"] for v in values(iri, "domain")],
            "range": [v["value"] for v in values(iri, "range")],
            "inverse": [v["value"] for v in props.get(OWL + "inverseOf", [])],
        }

    groups: dict[str, list[dict[str, Any]]] = {"classes": [], "object": [], "datatype": [], "other": []}
    for iri in sorted(about, key=str.casefold):
        if iri == ONTOLOGY_IRI or not iri.startswith(KG):
            continue
        types = {t["value"] for t in about[iri].get(RDF_TYPE, [])}
        if OWL + "Class" in types:
            groups["classes"].append(term(iri))
        elif OWL + "ObjectProperty" in types:
            groups["object"].append(term(iri))
        elif OWL + "DatatypeProperty" in types:
            groups["datatype"].append(term(iri))
        else:
            groups["other"].append(term(iri))
    meta = about.get(ONTOLOGY_IRI, {})
    return {
        "label": meta.get(LABEL, [{"value": "ontology"}])[0]["value"],
        "comment": meta.get(COMMENT, [{"value": ""}])[0]["value"],
        "version": meta.get(OWL + "versionInfo", [{"value": ""}])[0]["value"],
        "license": meta.get(PREFIXES["dcterms"] + "license", [{"value": ""}])[0]["value"],
        "namespace": KG,
        "labels": {iri: text(iri, LABEL) for iri in about},
        **groups,
    }


def _loopback(request: Any) -> bool:
    import ipaddress

    try:
        return ipaddress.ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        return False


def error_position(query: str, error: str | None) -> dict[str, Any] | None:
    r"""Where a parser's message ("... at 3:2: ...") places the error in ``query``: the line
    number, the line and a caret under the column; None when it gives no position.

    >>> error_position("SELECT ?x WHERE {\n  ?x a\n}", "SPARQL syntax error: error at 3:1: expected ...")
    {'line': 3, 'text': '}', 'caret': '^'}
    >>> error_position("ASK {}", "the query is too long") is None
    True
    """
    import re

    found = re.search(r"\bat (\d+):(\d+)\b", error or "")
    lines = query.split("\n")
    if not found or not 1 <= int(found.group(1)) <= len(lines):
        return None
    line, column = int(found.group(1)), int(found.group(2))
    text = lines[line - 1]
    return {"line": line, "text": text, "caret": " " * min(max(column - 1, 0), len(text)) + "^"}


def _wants_html(request: Any) -> bool:
    accept = request.accept_mimetypes
    return bool(accept) and accept.best_match(["text/plain", HTML]) == HTML and accept[HTML] > accept["text/plain"]


def _convert(turtle: str, media_type: str) -> bytes:
    """Turtle text re-serialized in another RDF format."""
    import pyoxigraph as ox

    prefixes = {"sd": SD, "void": "http://rdfs.org/ns/void#", "dcterms": PREFIXES["dcterms"]}
    return write_rdf(list(ox.parse(turtle.encode(), ox.RdfFormat.TURTLE)), media_type, prefixes=prefixes)


# --- running the server ------------------------------------------------------------------

#: File descriptors kept back from client connections (the listening socket, logs ...), besides
#: three per server thread (worker pipes, temporary files of large requests and answers).
_FD_RESERVE = 64


def _connection_room(wanted: int, reserve: int) -> int:
    """How many client connections the process can hold open: ``wanted``, or fewer when the
    file-descriptor limit (``RLIMIT_NOFILE``) less ``reserve`` is lower, even after raising
    the soft limit toward the hard one.
    """
    try:
        import resource
    except ImportError:  # Windows has no such limit
        return wanted
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = wanted + reserve
    if soft != resource.RLIM_INFINITY and soft < need:
        raised = need if hard == resource.RLIM_INFINITY else min(need, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (raised, hard))
            soft = raised
        except (OSError, ValueError):
            pass
    return wanted if soft == resource.RLIM_INFINITY else max(1, min(wanted, soft - reserve))


def make_server(
    root: Path, queries_dir: Path, store: str, host: str, port: int, config: ServerConfig
) -> tuple[Any, Any, WorkerPool]:
    """Start the workers and bind the socket; returns a Uvicorn server (``.run(sockets=[socket])``),
    the bound socket and the pool. See :mod:`kg.http_server`.

    With updates allowed there is one worker, so every request sees every update. A host
    name that resolves to several addresses is served on the first.
    """
    import logging
    import socket

    import uvicorn

    from kg.http_server import MAX_BATCH, Connections, Front, protocol_class
    from kg.store import parse_spec

    kind, location = parse_spec(store)
    if config.allow_update and (kind, location) != ("memory", None):
        raise BadInputError("--allow-update works with the embedded memory store only")
    try:
        family, kind_, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
        sock = socket.socket(family, kind_, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(2048)
    except (socket.gaierror, UnicodeError):  # neither an address nor a name that resolves
        raise KgError(f"cannot listen on {host}:{port}: not a valid address") from None
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    workers = 1 if config.allow_update else max(1, config.workers)
    # Workers of a remote store leave the network too, and reach the store through a relay.
    try:
        pool = WorkerPool(root, store, size=workers, wait=config.timeout + 5)
    except BaseException:
        sock.close()
        raise
    app = App(pool, queries_dir, config)
    threads = workers * 3 + 4  # workers + waiting requests (2 per worker) + spare for pages
    room = _connection_room(config.max_connections + MAX_BATCH, _FD_RESERVE + 3 * threads)
    policy = Connections(min(config.max_connections, max(1, room - MAX_BATCH)), config.idle_timeout)
    logger = logging.getLogger("uvicorn.error")  # its errors only (a failed answer), one line each
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("kg serve: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.ERROR)
    logger.propagate = False
    uv_config = uvicorn.Config(
        Front(app, threads),
        http=protocol_class(policy),
        loop="auto",
        lifespan="off",
        ws="none",
        interface="asgi3",
        log_config=None,
        access_log=False,
        proxy_headers=False,  # X-Forwarded-* are not trusted from anyone
        server_header=False,
        headers=[("server", "kg")],
        timeout_keep_alive=max(1, math.ceil(config.idle_timeout)),
        timeout_graceful_shutdown=5,
    )

    class _Server(uvicorn.Server):
        limit = policy.limit
        announce: Callable[[], None] | None = None  # said once listening, with Ctrl-C handled

        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets)
            if self.started and self.announce is not None:
                self.announce()

        async def on_tick(self, counter: int) -> bool:
            if counter % 10 == 0:  # ticks are a tenth of a second apart
                policy.maintenance()
            return await super().on_tick(counter)

    return _Server(uv_config), sock, pool


def serve(root: Path, queries_dir: Path, store: str, host: str, port: int, config: ServerConfig) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM); prints the address first (and the review token)."""
    import dataclasses
    import secrets
    import signal

    if config.review_token is None:
        config = dataclasses.replace(config, review_token=secrets.token_urlsafe(16))

    server, sock, pool = make_server(root, queries_dir, store, host, port, config)

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    # Uvicorn stops gracefully on SIGTERM, then raises it again for the handler it found: this
    # one, so that the workers are stopped below rather than left running with their queries.
    signal.signal(signal.SIGTERM, stop)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{sock.getsockname()[1]}/"

    def announce() -> None:
        # Said only once the server listens and Ctrl-C stops it gracefully: a user (or a script)
        # that waits for this line and then interrupts never meets a half-built event loop.
        print(f"Serving the graph at {url} (SPARQL endpoint {url}sparql); Ctrl-C to stop", flush=True)
        if config.review_token and store == "memory":
            print(
                f"Drafts are reviewed at {url}review; from another machine, merging needs the token "
                f"{config.review_token}",
                flush=True,
            )
        if not pool.isolated:
            print(
                "warning: could not cut the query workers off the network; relying on the query checks alone",
                file=sys.stderr,
            )
        if server.limit < config.max_connections:
            print(
                f"note: at most {server.limit} connections at once (the open-file limit allows no more)",
                file=sys.stderr,
            )
        if host not in ("127.0.0.1", "localhost", "::1"):
            print(f"warning: listening on {host}: other machines can reach this server", file=sys.stderr)

    server.announce = announce
    try:
        server.run(sockets=[sock])  # until SIGINT or SIGTERM, which it turns into a graceful stop
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
        pool.close()
