"""Running SPARQL safely and formatting the results.

Queries run on Oxigraph with the common prefixes (:data:`kg.namespaces.PREFIXES`)
predeclared. Oxigraph would execute a federated ``SERVICE`` call or a ``LOAD`` over HTTP (or
from a ``file:`` IRI), so every query and update is checked before it runs, in three ways:

1. It is parsed with a real SPARQL 1.1 parser (tree-sitter's SPARQL grammar) and refused
   when the parsed form holds ``SERVICE`` or ``LOAD``. What that parser cannot read is
   refused too (failing closed): the engine never runs a query the check did not understand.
2. Independently, a wary lexical scan refuses any text where ``SERVICE`` or ``LOAD`` could
   be read as a keyword (see :func:`has_keyword`).
3. Its size and nesting are bounded (:data:`MAX_QUERY_CHARS`, :data:`MAX_NESTING`,
   :data:`MAX_DEPTH`, :data:`MAX_ELEMENTS`), far below what overflows the engine's stack.

Where user queries run (``kg sparql``, ``kg query``, the server's workers), a second line of
defence keeps the process off the network (:func:`run_isolated`, :mod:`kg.workers`).
"""

from __future__ import annotations

import functools
import io
import re
import threading
from dataclasses import dataclass
from typing import Any

from kg.errors import KgError, QueryError, QuerySyntaxError, UnsafeQueryError
from kg.namespaces import PREFIXES

__all__ = [
    "run_query",
    "run_formatted",
    "check_query",
    "lexical_check",
    "grammar_check",
    "checked",
    "with_update_dataset",
    "explain_syntax_error",
    "check_safe",
    "check_safe_update",
    "CheckedQuery",
    "one_line",
    "MAX_QUERY_CHARS",
    "MAX_NESTING",
    "MAX_DEPTH",
    "MAX_ELEMENTS",
    "MAX_COLLECTION",
    "query_form",
    "format_results",
    "RESULT_FORMATS",
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

#: Longest query or update accepted, in characters.
MAX_QUERY_CHARS = 1_000_000
#: Deepest nesting of brackets (``{}``, ``()``, ``[]``) a query may have. Oxigraph's parser
#: recurses per level and overflows its stack (ending the process) at a few thousand; real
#: queries stay far below.
MAX_NESTING = 100
#: Deepest parsed query: each bracket level counts one to four, and so does each link of a
#: chain of operators (``a || b || c``, ``p1/p2/p3``), which the engine also nests.
MAX_DEPTH = 500
#: Most syntax elements (terms, operators, patterns; each term counts one and the rows of
#: ``VALUES`` do not count) in one query. The engine nests what a group holds one in
#: another, so a flat group of a few thousand patterns or ``BIND``s overflows its stack
#: (3,000 ``BIND``s did, about 9,000 elements; 2,500 did not).
MAX_ELEMENTS = 5_000
#: How long the parser may take before the query counts as too complex to check (seconds).
_PARSE_SECONDS = 2.0
#: Longest malformed query the engine's parser is asked to explain (:func:`explain_syntax_error`).
_EXPLAIN_CHARS = 100_000

_QUERY_FORMS = {
    "select_query": "SELECT",
    "ask_query": "ASK",
    "construct_query": "CONSTRUCT",
    "describe_query": "DESCRIBE",
}
_UPDATE_OPERATIONS = frozenset(
    {"load", "clear", "drop", "create", "add", "move", "copy", "insert_data", "delete_data", "delete_where", "modify"}
)
#: Syntax nodes of single terms (IRIs, prefixed names, literals, variables, blank nodes).
_TERMS = frozenset(
    {"iri_reference", "prefixed_name", "rdf_literal", "var", "integer", "decimal", "double", "boolean_literal"}
    | {"blank_node_label", "nil", "anon", "string", "lang_tag"}
)
_CODEPOINT_ESCAPE = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})")
#: Most items of one collection ``( ... )``: the engine nests a collection's items one in
#: another (rdf:rest), and about 4,000 overflowed its stack.
MAX_COLLECTION = 1_000
_SERVICE_REFUSED = "SERVICE (federated query) is disabled: it would make the query fetch from the network"
_LOAD_REFUSED = "LOAD is disabled: it would make the server read a file or fetch from the network"
_UPDATE_REFUSED = "updates are not allowed: the graph is built from the data files (edit them instead)"


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
    prefixed name or blank node label (``kg:serviceArea``). This is the second, lexical
    check; the parser's (:func:`check_query`) decides first.

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
        if code[i : match.start()].find(":") >= 0 and code[i : match.start()].count(".") <= 1:
            continue  # inside a prefixed name or blank node label (the engine cuts one at its second dot)
        return True
    return False


@dataclass(frozen=True)
class CheckedQuery:
    """What the check read from a query: its form, and how deep and large it is.

    ``form`` is SELECT, ASK, CONSTRUCT, DESCRIBE or UPDATE.
    """

    form: str
    depth: int
    elements: int


_local = threading.local()


def _parser() -> Any:
    """This thread's tree-sitter parser for SPARQL (parsers are not shared between threads)."""
    parser = getattr(_local, "parser", None)
    if parser is None:
        import warnings

        import tree_sitter
        import tree_sitter_sparql

        with warnings.catch_warnings():  # the grammar package hands over its language as an int
            warnings.simplefilter("ignore", DeprecationWarning)
            language = tree_sitter.Language(tree_sitter_sparql.language())
        parser = _local.parser = tree_sitter.Parser(language)
    return parser


def _parse(text: str) -> Any:
    """The syntax tree of ``text``; refuses text the parser gives up on (too slow to read)."""
    import time

    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise QueryError("the query is not valid text (it holds an unpaired surrogate)") from None
    deadline = time.monotonic() + _PARSE_SECONDS

    def read(offset: int, _point: Any) -> bytes:
        return data[offset : offset + 65536]

    tree = _parser().parse(read, progress_callback=lambda *_: time.monotonic() > deadline)
    if tree is None:
        raise QueryError("the query is too complex to check; simplify it")
    return tree


def _syntax_error(text: str, node: Any) -> QuerySyntaxError:
    """A one-line message for the first error the parser found (line and column count from 1)."""
    row, column_bytes = node.start_point
    line = text.encode("utf-8").split(b"\n")[row] if row < text.count("\n") + 1 else b""
    column = len(line[:column_bytes].decode("utf-8", "replace")) + 1
    if node.is_missing:
        what = f"missing {node.type!r}"
    else:
        near = line[column_bytes : column_bytes + 30].decode("utf-8", "replace").strip()
        what = f"unexpected {near!r}" if near else "unexpected end of query"
    return QuerySyntaxError(f"SPARQL syntax error: error at {row + 1}:{column}: {what}")


def _local_part(node: Any) -> str:
    """The part of a prefixed name after its colon (or of a blank node label after ``_:``)."""
    return str(node.text.decode("utf-8", "replace").split(":", 1)[-1])


def _first_error(root: Any) -> Any:
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            return node
        if node.has_error:
            stack.extend(reversed(node.children))
    return root


def check_query(text: str, *, update: bool = False) -> CheckedQuery:
    """Check a query (or, with ``update``, an update) before it runs; returns what was read.

    Refuses (:class:`UnsafeQueryError`) ``SERVICE`` and ``LOAD`` as the SPARQL grammar reads
    them, and (:class:`QueryError`) text the parser cannot read, queries over the size and
    nesting limits, updates where a query was expected and queries where an update was.

    >>> check_query("SELECT * WHERE { BIND(1 < '>' AS ?y) ?s ?p ?o }").form
    'SELECT'
    >>> check_query("SELECT * WHERE { BIND(1<'>' AS ?y) SERVICE<http://127.0.0.1:9/>{ ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.UnsafeQueryError: SERVICE (federated query) is disabled: it would make the query fetch from the network
    >>> check_query("LOAD <file:///etc/passwd>", update=True)
    Traceback (most recent call last):
    ...
    kg.errors.UnsafeQueryError: LOAD is disabled: it would make the server read a file or fetch from the network
    """
    if len(text) <= _REMEMBERED_CHARS:
        return _remembered_check(text, update)
    return _check(text, update)


# A verdict depends on the text alone, so the server, whose clients send the same few queries
# again and again, keeps the last ones it accepted (refusals are not kept: they are checked
# afresh). Only short texts are kept, so the memory this takes stays small.
_REMEMBERED_CHARS = 4096


def _check(text: str, update: bool) -> CheckedQuery:
    if not text.strip():
        raise QueryError(f"the {'update' if update else 'query'} is empty")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(text):,} characters long (at most {MAX_QUERY_CHARS:,} allowed)")
    if _CODEPOINT_ESCAPE.search(text):
        # SPARQL lets engines expand these before parsing, anywhere (even in a comment), so a
        # server behind a sparql: store could read a query other than the one checked
        raise QuerySyntaxError("codepoint escapes (\\u..., \\U...) are not accepted: write the character itself")
    lexical_check(text)  # wary and cheap on any input, so it goes first
    return grammar_check(text, update=update)


_remembered_check = functools.lru_cache(maxsize=512)(_check)


def _as_engine_reads(text: str) -> str:
    """The text with every carriage return made a line feed: the engine ends a comment at either,
    so the checks must too (same length, so positions in messages stay right)."""
    return text.replace("\r", "\n")


def lexical_check(text: str) -> None:
    """The lexical line of defence: refuses text where SERVICE or LOAD could be a keyword, and deep brackets.

    Wary but not exact (SPARQL cannot be split into tokens without its grammar), so it
    only ever adds refusals to :func:`grammar_check`'s.
    """
    code = _code_only(_as_engine_reads(text))
    if has_keyword(code, "SERVICE"):
        raise UnsafeQueryError(_SERVICE_REFUSED)
    if has_keyword(code, "LOAD"):
        raise UnsafeQueryError(_LOAD_REFUSED)
    _check_nesting(code)


def grammar_check(text: str, *, update: bool = False) -> CheckedQuery:
    """The grammar's line of defence: parse, then refuse SERVICE and LOAD as parsed, and what cannot be parsed.

    >>> grammar_check("SELECT * WHERE { BIND(1<'>' AS ?y) SERVICE<http://127.0.0.1:9/>{ ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.UnsafeQueryError: SERVICE (federated query) is disabled: it would make the query fetch from the network
    """
    text = _as_engine_reads(text)
    root = _parse(text).root_node
    if root.has_error:
        raise _syntax_error(text, _first_error(root))
    form = "UNKNOWN"
    deepest = elements = 0
    stack = [(root, 1, False)]
    while stack:
        node, depth, data = stack.pop()
        kind = node.type
        if kind == "service_graph_pattern":
            raise UnsafeQueryError(_SERVICE_REFUSED)
        if kind == "load":
            raise UnsafeQueryError(_LOAD_REFUSED)
        if kind in ("prefixed_name", "blank_node_label") and _local_part(node).count(".") > 1:
            # the engine ends such a name at its second dot, and reads on ("ent:a.b.SERVICE..."):
            # refuse what the two parsers would read differently
            raise QuerySyntaxError(
                f"the name {node.text.decode('utf-8', 'replace')[:60]!r} has more than one dot, which the engine "
                "reads differently from SPARQL 1.1; write it as a full IRI"
            )
        if kind == "collection" and node.named_child_count > MAX_COLLECTION:
            raise QueryError(f"a collection ( ... ) holds over {MAX_COLLECTION:,} items (at most {MAX_COLLECTION:,})")
        data = data or kind == "data_block"  # VALUES rows: many terms, but nothing the engine nests
        elements += not data
        if depth > deepest:
            deepest = depth
            if deepest > MAX_DEPTH:
                raise QueryError(
                    f"the query nests over {MAX_DEPTH} levels once parsed (each link of a chain such as "
                    f"a || b || c or p1/p2/p3 is a level): at most {MAX_DEPTH}"
                )
        if elements > MAX_ELEMENTS:
            raise QueryError(
                f"the query is too large: over {MAX_ELEMENTS:,} patterns, terms and operators "
                f"(at most {MAX_ELEMENTS:,}; VALUES rows do not count)"
            )
        if depth == 2:
            if kind in _QUERY_FORMS:
                form = _QUERY_FORMS[kind]
            elif kind in _UPDATE_OPERATIONS:
                form = "UPDATE"
        if kind not in _TERMS:  # a term is one element, however the grammar spells it out
            stack.extend((child, depth + 1, data) for child in node.named_children)
    if form == "UNKNOWN":
        raise QuerySyntaxError(f"SPARQL syntax error: no {'update' if update else 'query'} found")
    if update and form != "UPDATE":
        raise QueryError("this is a query, not an update")
    if not update and form == "UPDATE":
        raise QueryError(_UPDATE_REFUSED)
    return CheckedQuery(form=form, depth=deepest, elements=elements)


def with_update_dataset(text: str, using: list[str], using_named: list[str]) -> str:
    """An update with the protocol's ``using-graph-uri`` and ``using-named-graph-uri`` applied.

    The SPARQL 1.1 Protocol gives them the meaning of ``USING`` and ``USING NAMED``: they set
    the dataset the ``WHERE`` of every ``DELETE``/``INSERT ... WHERE`` operation matches in,
    so they become such clauses, inserted before the ``WHERE`` of each (operations
    without a ``WHERE``, such as ``INSERT DATA`` or ``CLEAR``, take no dataset). An update
    that names its dataset itself (``WITH``, ``USING``) cannot take them, as the protocol
    says, and neither can ``DELETE WHERE``, which has no place for one: both are
    :class:`QueryError`. Where the operations and clauses are is read from the parsed update,
    never from text patterns; the result still has to pass :func:`check_query` to run.

    >>> with_update_dataset("INSERT { ?s a <http://x/C> } WHERE { ?s ?p ?o }", ["http://x/g"], [])
    'INSERT { ?s a <http://x/C> } USING <http://x/g> WHERE { ?s ?p ?o }'
    >>> with_update_dataset("WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", [], ["http://x/n"])
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: the update names its dataset itself (WITH or USING), so it cannot also take \
using-graph-uri or using-named-graph-uri
    """
    if not using and not using_named:
        return text
    import pyoxigraph as ox

    for iri in [*using, *using_named]:
        try:
            ox.NamedNode(iri)
        except ValueError:
            raise QueryError(f"not an absolute IRI: {iri!r}") from None
    root = _parse(_as_engine_reads(text)).root_node  # same byte offsets as the text itself
    if root.has_error:
        raise _syntax_error(text, _first_error(root))
    wheres: list[int] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "modify":
            kinds = [child.type for child in node.children]
            if "WITH" in kinds or "using_clause" in kinds:
                raise QueryError(
                    "the update names its dataset itself (WITH or USING), so it cannot also take "
                    "using-graph-uri or using-named-graph-uri"
                )
            where = next((child for child in node.children if child.type == "WHERE"), None)
            if where is None:  # the grammar requires it; refuse rather than guess
                raise QueryError("cannot find the WHERE of a DELETE/INSERT operation")
            wheres.append(where.start_byte)
        elif node.type == "delete_where":
            raise QueryError(
                "DELETE WHERE has no place for a dataset: write DELETE { ... } WHERE { ... } to use "
                "using-graph-uri or using-named-graph-uri"
            )
        else:  # every node, so no operation is missed whatever the grammar wraps it in
            stack.extend(node.children)
    clauses = " ".join([f"USING <{g}>" for g in using] + [f"USING NAMED <{g}>" for g in using_named])
    data = text.encode("utf-8")
    for at in sorted(wheres, reverse=True):
        data = data[:at] + clauses.encode("utf-8") + b" " + data[at:]
    return data.decode("utf-8")


def check_safe(query: str) -> None:
    """Refuse queries that would reach the network or the disk, or that the check cannot read.

    >>> check_safe("SELECT * WHERE { ?s ?p ?o }")
    >>> check_safe("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.errors.UnsafeQueryError: SERVICE (federated query) is disabled: it would make the query fetch from the network
    """
    check_query(query)


def check_safe_update(update: str) -> None:
    """Refuse updates that would reach the network or the disk (``LOAD``, ``SERVICE``).

    >>> check_safe_update("INSERT DATA { <http://x> <http://y> 1 }")
    >>> check_safe_update("LOAD <file:///etc/passwd>")
    Traceback (most recent call last):
    ...
    kg.errors.UnsafeQueryError: LOAD is disabled: it would make the server read a file or fetch from the network
    """
    check_query(update, update=True)


def _check_nesting(code: str) -> None:
    """Refuse queries nested deeper than :data:`MAX_NESTING` (before any parser sees them).

    Every kind of bracket counts: ``{}``, ``()`` and ``[]``.

    >>> _check_nesting("[" * 101 + "]" * 101)
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: the query nests groups or expressions 101 levels deep (at most 100 allowed)
    """
    depth = deepest = 0
    for match in re.finditer(r"[{(\[\]})]", code):
        if match.group() in "{([":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    if deepest > MAX_NESTING:
        raise QueryError(f"the query nests groups or expressions {deepest} levels deep (at most {MAX_NESTING} allowed)")


@functools.lru_cache(maxsize=256)
def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT, DESCRIBE or UPDATE, read from the query text (UNKNOWN if unreadable).

    This only picks a response format; the query is checked in full before it runs.

    >>> query_form("PREFIX x: <http://x/> ask { ?s ?p ?o }")
    'ASK'
    """
    code = _code_only(query)
    code = re.sub(r"(?i)\b(PREFIX|BASE)\b\s*[\w-]*:?\s*", " ", code)
    match = re.search(
        r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|COPY|MOVE|ADD|WITH)\b", code
    )
    if not match:
        return "UNKNOWN"
    word = match.group(1).upper()
    return word if word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") else "UPDATE"


def one_line(message: str) -> str:
    """Oxigraph's parser messages, shortened to one readable line.

    >>> one_line("error at 1:30: expected one of Prefix not found, ['%'], ['-' | '0' ..= '9']")
    'error at 1:30: unknown prefix (predeclared: kg, ent, src, fact, measure, unit, qual, rdf, rdfs, owl, xsd, \
skos, prov, org, schema, foaf, qb, sosa, time, dcterms, sh)'
    """
    text = " ".join(message.split())
    if "Prefix not found" in text:
        where = text.split(": expected", 1)[0]
        return f"{where}: unknown prefix (predeclared: {', '.join(PREFIXES)})"
    if len(text) <= 200:
        return text
    cut = max(text.rfind(", ", 0, 160), text.rfind(" ", 0, 160))
    return text[: cut if cut > 40 else 160].rstrip(",") + " ..."


def explain_syntax_error(text: str, error: QuerySyntaxError, *, update: bool = False) -> QueryError:
    """The clearest message for a query the checker could not read.

    The engine's own parser explains errors better (``expected one of ...``), but asking it
    means handing it the query, so that is done only where nothing can leave: in a process
    cut off the network (here, or in a forked child). When the engine can parse what the
    checker could not (syntax beyond SPARQL 1.1), the query stays refused all the same.
    """
    from kg.sandbox import isolated, run_isolated

    if update:  # an update could read a file (LOAD <file:...>): never handed over unchecked
        return error

    def engine_says() -> bytes:
        if not isolated():
            return b""
        import pyoxigraph as ox

        try:  # on an empty store, off the network: at worst it evaluates to nothing
            ox.Store().query(text, prefixes=PREFIXES)
        except SyntaxError as exc:
            return f"SPARQL syntax error: {one_line(str(exc))}".encode()
        except Exception:  # noqa: BLE001 - it parsed; evaluation errors do not matter here
            pass
        return b"\0"

    try:  # always in a child: the engine's parser itself overflows on some texts (30,000 '!')
        said = run_isolated(engine_says) if len(text) <= _EXPLAIN_CHARS else b""
    except KgError:
        said = b""
    if said == b"\0":
        return QuerySyntaxError(f"{error} (this is beyond the SPARQL 1.1 the query checker reads, so it is refused)")
    return QuerySyntaxError(said.decode("utf-8", "replace")) if said else error


def checked(text: str, *, update: bool = False) -> CheckedQuery:
    """:func:`check_query`, with syntax errors explained by :func:`explain_syntax_error`."""
    try:
        return check_query(text, update=update)
    except QuerySyntaxError as exc:
        raise explain_syntax_error(text, exc, update=update) from None


def run_query(store: Any, query: str, **options: Any) -> Any:
    """Run a read-only query on a pyoxigraph store after :func:`check_query`; errors become :class:`QueryError`.

    ``options`` go to :meth:`pyoxigraph.Store.query` (``default_graph``, ``named_graphs``).
    """
    checked(query)
    try:
        return store.query(query, prefixes=PREFIXES, **options)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {one_line(str(exc))}") from None
    except (OSError, ValueError, TypeError, RuntimeError) as exc:
        raise QueryError(f"query failed: {one_line(str(exc))}") from None


def run_formatted(graph: Any, query: str, fmt: str = "table") -> str:
    """Check, run and format a user's query on a :class:`kg.store.KnowledgeGraph`.

    On a local store the query runs in a forked child cut off the network
    (:func:`kg.sandbox.run_isolated`), so a query that slipped past the checks could reach
    nothing, and one that crashes the engine fails with one error instead of ending the
    command. A remote store's server runs it; it is checked the same before it travels.
    """
    from kg.sandbox import run_isolated

    checked(query)
    if graph.remote:
        return format_results(graph.query(query), fmt)
    return run_isolated(lambda: format_results(graph.query(query), fmt).encode("utf-8")).decode("utf-8")


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


def format_results(results: Any, fmt: str = "table") -> str:
    """Render query results: SELECT/ASK in ``fmt``, CONSTRUCT/DESCRIBE always as Turtle.

    Oxigraph evaluates lazily, so errors of evaluation surface here as :class:`QueryError`.
    """
    try:
        return _format_results(results, fmt)
    except (OSError, RuntimeError) as exc:  # RuntimeError: an unknown function, a failed evaluation
        raise QueryError(f"query failed: {one_line(str(exc))}") from None


def _format_results(results: Any, fmt: str) -> str:
    import pyoxigraph as ox

    from kg.formats import write_rdf, write_results

    if isinstance(results, ox.QueryTriples):  # written as the endpoint writes them (kg.formats)
        media_type = {
            "json": "application/ld+json",
            "xml": "application/rdf+xml",
            "csv": "application/n-triples",
            "tsv": "application/n-triples",
        }.get(fmt, "text/turtle")
        text = write_rdf(results, media_type).decode("utf-8")
        return text if text.endswith("\n") or not text else text + "\n"
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown format {fmt!r} (choose from {', '.join(RESULT_FORMATS)})")
    if isinstance(results, ox.QueryBoolean) and fmt in ("table", "csv", "tsv"):
        return ("true" if bool(results) else "false") + "\n"
    if fmt != "table":  # the standard SPARQL 1.1 results formats, as the endpoint writes them
        media_type = {
            "json": "application/sparql-results+json",
            "xml": "application/sparql-results+xml",
            "csv": "text/csv",
            "tsv": "text/tab-separated-values",
        }[fmt]
        buffer = io.BytesIO()
        write_results(results, media_type, buffer)
        text = buffer.getvalue().decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    from kg.render import format_table

    variables = [v.value for v in results.variables]
    rows = [[_term_text(solution[v]) for v in variables] for solution in results]
    return format_table(variables, rows)
