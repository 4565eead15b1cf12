"""Running SPARQL safely and formatting the results.

Queries run on Oxigraph with the common prefixes (:data:`kg.namespaces.PREFIXES`)
predeclared. Oxigraph would execute a federated ``SERVICE`` call over HTTP, so queries that
use ``SERVICE`` are refused unless the caller allows them explicitly.
"""

from __future__ import annotations

import re
from typing import Any

from kg.errors import QueryError, UnsafeQueryError
from kg.namespaces import PREFIXES

__all__ = [
    "run_query",
    "check_safe",
    "check_safe_update",
    "one_line",
    "MAX_NESTING",
    "query_form",
    "format_results",
    "RESULT_FORMATS",
    "format_table",
    "format_markdown",
]

RESULT_FORMATS = ("table", "json", "csv", "tsv", "xml")

# Pieces of a query that may contain any text: comments, string literals and IRIs.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"
    r"|\\."  # an escape in a prefixed name (ent:a\#b): not the start of a comment or string
    r"|#[^\n]*",
    re.S,
)

#: Deepest nesting of ``{}``/``()`` a query may have. Oxigraph's parser recurses per level and
#: overflows its stack (ending the process) at a few thousand; real queries stay far below.
MAX_NESTING = 100


def _is_var_char(char: str) -> bool:
    return char.isalnum() or char in "_\u00b7"


def _is_name_char(char: str) -> bool:
    # prefixed names and blank node labels may also hold '.', '-', ':' and '%'
    return _is_var_char(char) or char in ".-:%"


def _code_only(query: str) -> str:
    """The query with comments, strings and IRIs blanked out, keywords kept.

    >>> _code_only('SELECT * { ?s ?p "SERVICE" } # SERVICE')
    'SELECT * { ?s ?p   }  '
    """
    return _OPAQUE.sub(" ", query)


def has_keyword(code: str, word: str) -> bool:
    """Whether ``word`` can be a keyword of ``code`` (a query with strings, IRIs and comments blanked).

    Deliberately wary: the word counts wherever the query engine could read it as the
    keyword, even glued to what precedes or follows it (``1SERVICE<...>`` parses as ``1``
    then ``SERVICE``). It is no keyword only inside a variable name (``?service``) or a
    prefixed name or blank node label (``kg:serviceArea``).

    >>> has_keyword("SELECT * { ?s ?p 1SERVICE <> {} }", "SERVICE")
    True
    >>> has_keyword("SELECT ?service { ?service kg:serviceArea ?x . ?x ?p ?o.SERVICE <> {} }", "SERVICE")
    True
    >>> has_keyword("SELECT ?service { ?service kg:serviceArea ?x }", "SERVICE")
    False
    """
    for match in re.finditer(re.escape(word), code, re.I):
        i = match.start()
        while i > 0 and _is_var_char(code[i - 1]):
            i -= 1
        if i > 0 and code[i - 1] in "?$":
            continue  # inside a variable name
        i = match.start()
        while i > 0 and _is_name_char(code[i - 1]):
            i -= 1
            if code[i] == ":":
                break
        if code[i : match.start()].find(":") >= 0:
            continue  # inside a prefixed name or blank node label
        return True
    return False


def check_safe(query: str, *, allow_service: bool = False) -> None:
    """Refuse queries that would reach the network or the disk.

    >>> check_safe("SELECT * WHERE { ?s ?p ?o }")
    >>> check_safe("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.UnsafeQueryError: SERVICE (federated query) is disabled: it would make the query fetch from the network
    """
    code = _code_only(query)
    if not allow_service and has_keyword(code, "SERVICE"):
        raise UnsafeQueryError("SERVICE (federated query) is disabled: it would make the query fetch from the network")
    _check_nesting(code)
    if query_form(query) == "UPDATE":
        raise QueryError("updates are not allowed: the graph is built from the data files (edit them instead)")


def check_safe_update(update: str) -> None:
    """Refuse updates that would reach the network or the disk (``LOAD``, ``SERVICE``).

    >>> check_safe_update("INSERT DATA { <http://x> <http://y> 1 }")
    >>> check_safe_update("LOAD <file:///etc/passwd>")
    Traceback (most recent call last):
    ...
    kg.errors.UnsafeQueryError: LOAD is disabled: it would make the server read a file or fetch from the network
    """
    code = _code_only(update)
    if has_keyword(code, "LOAD"):
        raise UnsafeQueryError("LOAD is disabled: it would make the server read a file or fetch from the network")
    if has_keyword(code, "SERVICE"):
        raise UnsafeQueryError("SERVICE (federated query) is disabled: it would make the query fetch from the network")
    _check_nesting(code)


def _check_nesting(code: str) -> None:
    """Refuse queries nested deeper than :data:`MAX_NESTING` (before the parser sees them).

    >>> _check_nesting("{" * 101 + "}" * 101)
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: the query nests groups or expressions 101 levels deep (at most 100 allowed)
    """
    depth = deepest = 0
    for char in code:
        if char in "{(":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "})":
            depth -= 1
    if deepest > MAX_NESTING:
        raise QueryError(f"the query nests groups or expressions {deepest} levels deep (at most {MAX_NESTING} allowed)")


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE or UPDATE, read from the query text.

    >>> query_form("PREFIX x: <http://x/> ask { ?s ?p ?o }")
    'ASK'
    """
    code = _code_only(query)
    code = re.sub(r"(?i)\b(PREFIX|BASE)\b\s*[\w-]*:?\s*", " ", code)
    match = re.search(
        r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|COPY|MOVE|ADD)\b", code
    )
    if not match:
        return "UNKNOWN"
    word = match.group(1).upper()
    return word if word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") else "UPDATE"


def one_line(message: str) -> str:
    """Oxigraph's parser messages, shortened to one readable line.

    >>> one_line("error at 1:30: expected one of Prefix not found, ['%'], ['-' | '0' ..= '9']")
    'error at 1:30: unknown prefix (predeclared: kg, ent, src, fact, measure, unit, qual, rdf, rdfs, owl, xsd, \
skos, prov, org, schema, foaf, qb, time, dcterms, sh)'
    """
    text = " ".join(message.split())
    if "Prefix not found" in text:
        where = text.split(": expected", 1)[0]
        return f"{where}: unknown prefix (predeclared: {', '.join(PREFIXES)})"
    if len(text) <= 200:
        return text
    cut = max(text.rfind(", ", 0, 160), text.rfind(" ", 0, 160))
    return text[: cut if cut > 40 else 160].rstrip(",") + " ..."


def run_query(store: Any, query: str, *, allow_service: bool = False, **options: Any) -> Any:
    """Run a read-only query on a pyoxigraph store; errors become :class:`QueryError`.

    ``options`` go to :meth:`pyoxigraph.Store.query` (``default_graph``, ``named_graphs``).
    """
    if not query.strip():
        raise QueryError("the query is empty")
    check_safe(query, allow_service=allow_service)
    try:
        return store.query(query, prefixes=PREFIXES, **options)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {one_line(str(exc))}") from None
    except (OSError, ValueError, TypeError) as exc:
        raise QueryError(f"query failed: {exc}") from None


def _term_text(term: Any) -> str:
    if term is None:
        return ""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        value = str(term.value)
        for prefix, iri in PREFIXES.items():
            if value.startswith(iri) and re.fullmatch(r"[\w.-]*", value[len(iri) :]):
                return f"{prefix}:{value[len(iri) :]}"
        return f"<{value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)


def format_table(header: list[str], rows: list[list[str]]) -> str:
    """Left-aligned columns under a dashed rule, as the CLI prints tables.

    >>> print(format_table(["a", "bb"], [["x", "y"]]), end="")
    a  bb
    -  --
    x  y
    """
    widths = [len(h) for h in header]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(), line]
    out += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(out) + "\n"


def format_markdown(header: list[str], rows: list[list[str]]) -> str:
    """A GitHub-flavoured Markdown table; ``|`` in cells is escaped.

    >>> print(format_markdown(["a", "b"], [["x|y", "z"]]), end="")
    | a | b |
    | --- | --- |
    | x\\|y | z |
    """

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(cell(h) for h in header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def format_results(results: Any, fmt: str = "table") -> str:
    """Render query results: SELECT/ASK in ``fmt``, CONSTRUCT/DESCRIBE always as Turtle.

    Oxigraph evaluates lazily, so errors of evaluation surface here as :class:`QueryError`.
    """
    try:
        return _format_results(results, fmt)
    except OSError as exc:
        raise QueryError(f"query failed: {one_line(str(exc))}") from None


def _format_results(results: Any, fmt: str) -> str:
    import pyoxigraph as ox

    if isinstance(results, ox.QueryTriples):
        rdf_format = {
            "json": ox.RdfFormat.JSON_LD,
            "xml": ox.RdfFormat.RDF_XML,
            "csv": ox.RdfFormat.N_TRIPLES,
            "tsv": ox.RdfFormat.N_TRIPLES,
        }.get(fmt, ox.RdfFormat.TURTLE)
        prefixes = None if rdf_format == ox.RdfFormat.N_TRIPLES else PREFIXES
        data = ox.serialize(results, format=rdf_format, prefixes=prefixes)
        text = data.decode("utf-8") if isinstance(data, bytes) else str(data)
        return text if text.endswith("\n") or not text else text + "\n"
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown format {fmt!r} (choose from {', '.join(RESULT_FORMATS)})")
    if isinstance(results, ox.QueryBoolean) and fmt in ("table", "csv", "tsv"):
        return ("true" if bool(results) else "false") + "\n"
    if fmt != "table":  # the standard SPARQL 1.1 results formats, written by Oxigraph
        target = {
            "json": ox.QueryResultsFormat.JSON,
            "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV,
            "tsv": ox.QueryResultsFormat.TSV,
        }[fmt]
        text = bytes(results.serialize(format=target)).decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    variables = [v.value for v in results.variables]
    rows = [[_term_text(solution[v]) for v in variables] for solution in results]
    return format_table(variables, rows)
