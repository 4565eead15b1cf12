"""A seeded corpus of obfuscated queries and updates that reach for a URL (SERVICE, LOAD).

Every text the corpus holds uses ``SERVICE`` or ``LOAD`` for real, as the SPARQL grammar
reads it, hidden among what fooled lexical checks: comments, strings and IRIs holding quotes
and brackets, ``<`` comparisons that look like IRIs, escapes in prefixed names, keywords
glued to the token before them, odd case and whitespace, prefixed and relative IRIs.
Run unchecked on Oxigraph, many of them open a connection to the URL (the tests check that
too, so the corpus cannot silently turn harmless).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

__all__ = ["hostile_queries", "hostile_updates"]

#: Elements placed around the SERVICE pattern in a group (``{n}`` numbers a variable).
DECOYS = [
    "BIND(1<'>' AS ?y{n})",
    'BIND(1<">" AS ?y{n})',
    "FILTER(?o<'>')",
    "FILTER(?a<?b&&?c>?d)",
    "FILTER(1<2||?x>3)",
    '?s ?p "}\'>" .',
    "?s ?p '\"{<' .",
    '?s ?p """x"" \'\' } SERVICE <http://example.org/> {}""" .',
    "?s ?p '''it's ''' .",
    "?s <http://e.org/a'b> ?o .",
    "?s <http://e.org/{x}> ?o .",
    "?s ent:a\\# ?o .",
    "?s ent:a\\' ?o .",
    "?s ent:a\\( ?o .",
    "# } SERVICE <http://example.org/> {\n",
    "OPTIONAL { ?s ?p ?o }",
    "{ ?s ?p ?o } UNION { ?a ?b ?c }",
    "FILTER NOT EXISTS { ?s ?p 1 }",
    'VALUES ?v{n} { "<" "{" }',
    "?service kg:serviceArea ?x{n} .",
    "BIND(STR(<http://e.org/>) AS ?z{n})",
]

#: Triple patterns that may end without a dot, so the next keyword can be glued to them.
GLUE = ["?s ?p 1", "?s ?p 1.5", "?s ?p true", "?s ?p ?o", "?s ?p 'x'", "?s ?p <http://e.org/>", "?s ?p ent:a.b"]

SEPARATORS = [" ", "\n", "\t", "  ", "\r\n", " # comment SERVICE\n", "#'\"<{\n", "\n\n ", " # ends at a CR\r", "\r"]

WRAPPERS = [
    "{body}",
    "OPTIONAL {{ {body} }}",
    "{{ ?a ?b ?c }} UNION {{ {body} }}",
    "FILTER EXISTS {{ {body} }}",
    "{{ SELECT * WHERE {{ {body} }} }}",
    "GRAPH ?g {{ {body} }}",
    "MINUS {{ {body} }}",
]

FORMS = [
    "SELECT * WHERE {{ {group} }}",
    "SELECT ?s WHERE {{ {group} }} LIMIT 1",
    "select * {{ {group} }}",
    "ASK {{ {group} }}",
    "ASK WHERE {{ {group} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {group} }}",
    "DESCRIBE ?s WHERE {{ {group} }}",
]


def _case(rng: random.Random, word: str) -> str:
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in word)


def _sep(rng: random.Random) -> str:
    return rng.choice(SEPARATORS)


def _target(rng: random.Random, url: str) -> tuple[str, str]:
    """(prologue, how the pattern names ``url``): an IRI, a prefixed name or a relative IRI."""
    base, last = url.rstrip("/").rsplit("/", 1)
    choice = rng.randrange(5)
    if choice == 0:
        return "", f"<{url}>"
    if choice == 1:
        return f"PREFIX svc: <{base}/>\n", f"svc:{last}"
    if choice == 2:
        return f"PREFIX {_case(rng, 'service')}: <{url}>\n", f"{_case(rng, 'service')}:"
    if choice == 3:
        return f"BASE <{base}/>\n", f"<{last}>"
    escaped = "".join(f"\\u{ord(c):04X}" if c.isalpha() and rng.random() < 0.3 else c for c in last)
    return "", f"<{base}/{escaped}>"


def _service(rng: random.Random, url: str) -> tuple[str, str]:
    prologue, target = _target(rng, url)
    silent = f"{_case(rng, 'SILENT')}{_sep(rng)}" if rng.random() < 0.3 else ""
    inner = rng.choice(["?s ?p ?o", "?s ?p ?o FILTER(?o!='')", "", "?a ?b ?c . FILTER(?a<'>')"])
    glue = rng.choice(["", " ", "\n"]) if target.startswith("<") else " "
    return prologue, f"{_case(rng, 'SERVICE')}{_sep(rng)}{silent}{target}{glue}{{{inner}}}"


def _decoys(rng: random.Random, count: int) -> list[str]:
    return [rng.choice(DECOYS).replace("{n}", str(rng.randrange(1000))) for _ in range(count)]


def _group(rng: random.Random, pattern: str) -> str:
    before = _decoys(rng, rng.randrange(4))
    after = _decoys(rng, rng.randrange(3))
    if rng.random() < 0.3:  # a keyword glued to the token before it
        before.append(rng.choice(GLUE) + rng.choice(["", "."]) + pattern)
    else:
        before.append(pattern)
    body = _sep(rng).join(before + after)
    return rng.choice(WRAPPERS).format(body=body)


def hostile_queries(url: str, count: int, seed: int = 13) -> Iterator[str]:
    """``count`` queries, each holding a SERVICE call to ``url``."""
    rng = random.Random(seed)
    for _ in range(count):
        prologue, pattern = _service(rng, url)
        noise = "PREFIX e: <http://e.org/a'{>\n" if rng.random() < 0.3 else ""
        form = rng.choice(FORMS)
        yield noise + prologue + form.format(group=_group(rng, pattern))


def hostile_updates(url: str, count: int, seed: int = 17) -> Iterator[str]:
    """``count`` updates, each holding a LOAD of ``url`` or a SERVICE call to it."""
    rng = random.Random(seed)
    for _ in range(count):
        data = (
            _case(rng, "INSERT DATA")
            + " { <http://e.org/s> <http://e.org/p> "
            + rng.choice(['"x\'}"', "'\"{'", '"LOAD <http://e.org/>"', "<http://e.org/a'b>"])
            + " }"
        )
        if rng.random() < 0.5:
            prologue, target = _target(rng, url)
            silent = f"{_case(rng, 'SILENT')} " if rng.random() < 0.3 else ""
            into = f" {_case(rng, 'INTO GRAPH')} <http://e.org/g>" if rng.random() < 0.5 else ""
            operation = f"{_case(rng, 'LOAD')}{_sep(rng)}{silent}{target}{into}"
        else:
            prologue, pattern = _service(rng, url)
            operation = rng.choice(
                [
                    "INSERT {{ ?s ?p ?o }} WHERE {{ {group} }}",
                    "DELETE {{ ?s ?p ?o }} WHERE {{ {group} }}",
                    "WITH <http://e.org/g> DELETE {{ ?s ?p ?o }} INSERT {{ ?s ?p 1 }} WHERE {{ {group} }}",
                ]
            ).format(group=_group(rng, pattern))
        parts = [data, operation] if rng.random() < 0.6 else [operation]
        yield prologue + f"{_sep(rng)};{_sep(rng)}".join(parts)
