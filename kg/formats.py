"""Writing query results in the served formats, well-formed whatever the values hold.

Oxigraph writes SPARQL results JSON and TSV, Turtle, N-Triples and JSON-LD. Three formats
are written (or finished) here, because Oxigraph's writers get them wrong on some values:

- SPARQL results XML: Oxigraph writes a carriage return in a literal as it is, and every XML
  parser reads it back as a line feed (XML normalizes line ends); it is written ``&#13;``.
- SPARQL results CSV: Oxigraph leaves an IRI that holds a comma unquoted, which splits its
  row; every field is quoted as RFC 4180 says.
- RDF/XML: Oxigraph writes a predicate it cannot split into a namespace and an XML name
  (``http://example.org/p/``, ``http://example.org/1``) as ``<oxprefix:>``, which is not XML.

What a format cannot carry at all is refused with :class:`~kg.errors.UnrepresentableError`
(the server answers 406): XML 1.0 has no way to write most control characters, even as
character references, and RDF/XML cannot name a predicate whose IRI does not end in an XML
name, nor carry RDF 1.2 triple terms and directional strings. Other formats carry them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import IO, Any

from kg.errors import UnrepresentableError
from kg.namespaces import PREFIXES

__all__ = ["RESULTS_TYPES", "GRAPH_TYPES", "write_results", "write_rdf", "xml_name_split"]

#: Media types of SELECT/ASK results -> Oxigraph format name.
RESULTS_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/sparql-results+xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
#: Media types of CONSTRUCT/DESCRIBE results (and of linked-data documents) -> Oxigraph format name.
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}

_RDF = PREFIXES["rdf"]
_XSD_STRING = PREFIXES["xsd"] + "string"
_LANG_STRING = _RDF + "langString"
#: RDF/XML syntax names that cannot be property elements (rdf:li would be read as rdf:_1 ...).
_RDF_RESERVED = frozenset(
    {"RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype", "Description", "li"}
    | {"aboutEach", "aboutEachPrefix", "bagID"}
)
#: Characters XML 1.0 cannot hold at all, not even as character references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NOT_XML_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
#: Maps those bytes to NUL, so one fast ``in`` finds any of them.
_TO_NUL = bytes.maketrans(_NOT_XML_BYTES, bytes(len(_NOT_XML_BYTES)))
_NOT_XML_SEQUENCES = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")  # U+FFFE, U+FFFF in UTF-8
_TEXT_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;", "\x85": "&#133;", "\u2028": "&#8232;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, '"': "&quot;", "\t": "&#9;", "\n": "&#10;"}
_TEXT_SPECIAL = re.compile("[&<>\r\x85\u2028]")
_ATTR_SPECIAL = re.compile('[&<>"\t\n\r\x85\u2028]')
_GRAPH_OTHERS = "ask for Turtle, N-Triples or JSON-LD"
_RESULTS_OTHERS = "ask for JSON, CSV or TSV"
_CHUNK = 1 << 16


def _refuse_control(what: str, code: int, others: str) -> UnrepresentableError:
    return UnrepresentableError(
        f"{what} cannot carry this result: a value holds the control character U+{code:04X}, "
        f"which XML 1.0 cannot write; {others}"
    )


def _xml_text(text: str, what: str, others: str) -> str:
    """``text`` as XML character data: carriage returns as ``&#13;`` so parsers keep them."""
    bad = _NOT_XML.search(text)
    if bad:
        raise _refuse_control(what, ord(bad.group()), others)
    return _TEXT_SPECIAL.sub(lambda m: _TEXT_ESCAPES[m.group()], text)


def _xml_attr(text: str, what: str, others: str) -> str:
    """``text`` as an XML attribute value in double quotes (tabs and line ends kept as references)."""
    bad = _NOT_XML.search(text)
    if bad:
        raise _refuse_control(what, ord(bad.group()), others)
    return _ATTR_SPECIAL.sub(lambda m: _ATTR_ESCAPES[m.group()], text)


# --- SPARQL results --------------------------------------------------------------------


def write_results(results: Any, media_type: str, output: IO[bytes]) -> None:
    """Write SELECT or ASK results (pyoxigraph objects) in one of :data:`RESULTS_TYPES` to ``output``.

    Raises :class:`UnrepresentableError` when XML is asked for and a value holds a control
    character XML cannot carry; ``output``'s own errors (a size limit) pass through.
    """
    import pyoxigraph as ox

    name = RESULTS_TYPES[media_type]
    if name == "CSV" and not isinstance(results, ox.QueryBoolean):
        _write_csv(results, output)
    elif name == "XML":
        guard = _XmlGuard(output)
        buffered = io.BufferedWriter(guard, _CHUNK)  # Oxigraph writes in small pieces
        try:
            results.serialize(buffered, ox.QueryResultsFormat.XML)
            buffered.flush()
        except OSError:
            if guard.refused is not None:
                raise guard.refused from None
            raise
    else:
        results.serialize(output, getattr(ox.QueryResultsFormat, name))


class _XmlGuard(io.RawIOBase):
    """Passes Oxigraph's SPARQL results XML on with carriage returns escaped, and stops at
    characters XML cannot carry.

    Oxigraph escapes ``&``, ``<``, ``>`` and quotes and adds no line breaks of its own, so a
    carriage return byte in its output comes from a value. A byte below 0x80 is never part
    of a longer UTF-8 sequence, so bytes can be replaced one by one, chunk by chunk.
    """

    def __init__(self, output: IO[bytes]) -> None:
        self.output = output
        self.tail = b""  # the end of the previous chunk, for U+FFFE/U+FFFF across chunks
        self.refused: UnrepresentableError | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        joined = self.tail + chunk
        code = next((ord(s.decode()) for s in _NOT_XML_SEQUENCES if s in joined), None)
        if b"\0" in chunk.translate(_TO_NUL):
            code = next(byte for byte in chunk if byte in _NOT_XML_BYTES)
        if code is not None:
            self.refused = _refuse_control("SPARQL results XML", code, _RESULTS_OTHERS)
            raise OSError("a character XML cannot carry")
        self.tail = chunk[-2:]
        self.output.write(chunk.replace(b"\r", b"&#13;") if b"\r" in chunk else chunk)
        return len(chunk)


def _csv_field(term: Any) -> str:
    """A term as SPARQL 1.1 CSV writes it: IRIs and lexical forms bare, blank nodes as ``_:label``."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Triple):  # RDF 1.2 triple terms, as Oxigraph writes them
        return " ".join(_csv_field(t) for t in (term.subject, term.predicate, term.object))
    return str(term.value)


def _write_csv(results: Any, output: IO[bytes]) -> None:
    """SPARQL 1.1 CSV: CRLF line ends, fields quoted (RFC 4180) when they hold ``,`` ``"`` CR or LF."""
    import pyoxigraph as ox

    bare = (ox.NamedNode, ox.Literal)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([v.value for v in results.variables])
    for solution in results:  # a solution iterates its values in the variables' order (None: unbound)
        writer.writerow([term.value if type(term) in bare else _csv_field(term) for term in solution])
        if buffer.tell() > _CHUNK:
            output.write(buffer.getvalue().encode("utf-8"))
            buffer.seek(0)
            buffer.truncate()
    output.write(buffer.getvalue().encode("utf-8"))


# --- RDF graphs ------------------------------------------------------------------------


def write_rdf(
    triples: Iterable[Any], media_type: str, output: IO[bytes] | None = None, prefixes: dict[str, str] | None = None
) -> bytes:
    """Serialize triples in one of :data:`GRAPH_TYPES` (with ``prefixes``, default the graph's).

    Writes to ``output`` and returns ``b""``, or returns the bytes when ``output`` is None.
    Raises :class:`UnrepresentableError` for RDF/XML that cannot carry the triples.
    """
    import pyoxigraph as ox

    name = GRAPH_TYPES[media_type]
    if name == "N_TRIPLES":
        prefixes = None
    elif prefixes is None:
        prefixes = PREFIXES
    if name == "RDF_XML":
        if output is None:
            buffer = io.BytesIO()
            _write_rdf_xml(triples, buffer, prefixes or {})
            return buffer.getvalue()
        _write_rdf_xml(triples, output, prefixes or {})
        return b""
    return ox.serialize(triples, output, getattr(ox.RdfFormat, name), prefixes=prefixes) or b""


def _is_name_start(char: str) -> bool:
    """A character that may begin an XML name in every edition of XML 1.0 and in every parser.

    Kept to ASCII letters, Latin-1 letters and the CJK ideographs (U+4E00-U+9FA5): the fifth
    edition allows far more, but parsers that follow the earlier editions (expat) refuse some.
    """
    if char.isascii():
        return char.isalpha() or char == "_"
    return "\u00c0" <= char <= "\u00ff" and char not in "\u00d7\u00f7" or "\u4e00" <= char <= "\u9fa5"


def _is_name_char(char: str) -> bool:
    return _is_name_start(char) or (char.isascii() and (char.isdigit() or char in "-.")) or char == "\u00b7"


def xml_name_split(iri: str) -> tuple[str, str] | None:
    """An IRI as (namespace, local name) for an RDF/XML element, or None when it ends in no XML name.

    >>> xml_name_split("http://example.org/ns#label")
    ('http://example.org/ns#', 'label')
    >>> xml_name_split("http://example.org/p2")
    ('http://example.org/', 'p2')
    >>> xml_name_split("http://example.org/p/") is None, xml_name_split("http://example.org/1") is None
    (True, True)
    """
    start = len(iri)
    while start > 0 and _is_name_char(iri[start - 1]):
        start -= 1
    while start < len(iri) and not _is_name_start(iri[start]):
        start += 1
    if start == len(iri) or start == 0:
        return None
    return iri[:start], iri[start:]


def _node_id(label: str) -> str:
    """A blank node label as an ``rdf:nodeID`` (an XML name), one to one."""
    if label.isascii() and re.fullmatch(r"[A-Za-z0-9_.-]+", label):
        return "b" + label
    return "u" + label.encode("utf-8").hex()


def _write_rdf_xml(triples: Iterable[Any], output: IO[bytes], prefixes: dict[str, str]) -> None:
    """RDF/XML: one ``rdf:Description`` per run of triples with the same subject."""
    import pyoxigraph as ox

    what = "RDF/XML"

    def attr(text: str) -> str:
        return _xml_attr(text, what, _GRAPH_OTHERS)

    declared = {"rdf": _RDF}
    for prefix, namespace in prefixes.items():
        if prefix not in declared and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", prefix):
            if not prefix.lower().startswith("xml"):
                declared[prefix] = namespace
    by_namespace = {ns: prefix for prefix, ns in reversed(declared.items())}
    element_names: dict[str, tuple[str, str]] = {}

    def element(predicate: str) -> tuple[str, str]:
        """The element name of a predicate, and the namespace declaration it needs."""
        known = element_names.get(predicate)
        if known is not None:
            return known
        split = xml_name_split(predicate)
        if split is None or (split[0] == _RDF and split[1] in _RDF_RESERVED):
            raise UnrepresentableError(
                f"RDF/XML cannot carry this result: the predicate <{predicate}> cannot be written as an "
                f"XML element name; {_GRAPH_OTHERS}"
            )
        namespace, local = split
        if namespace in by_namespace:
            found = (f"{by_namespace[namespace]}:{local}", "")
        else:
            found = (local, f' xmlns="{attr(namespace)}"')
        if len(element_names) < 10_000:
            element_names[predicate] = found
        return found

    def node(term: Any, about: str) -> str:
        if isinstance(term, ox.NamedNode):
            return f'{about}="{attr(term.value)}"'
        if isinstance(term, ox.BlankNode):
            return f'rdf:nodeID="{_node_id(term.value)}"'
        raise UnrepresentableError(f"RDF/XML cannot carry this result: it holds RDF 1.2 triple terms; {_GRAPH_OTHERS}")

    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF']
    parts += [f'\n\txmlns:{prefix}="{attr(ns)}"' for prefix, ns in declared.items()]
    parts.append(">\n")
    size = 0
    subject: Any = None
    for triple in triples:
        if subject is None or triple.subject != subject:
            if subject is not None:
                parts.append("\t</rdf:Description>\n")
            subject = triple.subject
            parts.append(f"\t<rdf:Description {node(subject, 'rdf:about')}>\n")
        name, declaration = element(triple.predicate.value)
        obj = triple.object
        if isinstance(obj, ox.Literal):
            if obj.direction is not None:
                raise UnrepresentableError(
                    f"RDF/XML cannot carry this result: it holds RDF 1.2 directional strings; {_GRAPH_OTHERS}"
                )
            if obj.language:
                extra = f' xml:lang="{attr(obj.language)}"'
            elif obj.datatype.value not in (_XSD_STRING, _LANG_STRING):
                extra = f' rdf:datatype="{attr(obj.datatype.value)}"'
            else:
                extra = ""
            text = _xml_text(obj.value, what, _GRAPH_OTHERS)
            line = f"\t\t<{name}{declaration}{extra}>{text}</{name}>\n"
        else:
            line = f"\t\t<{name}{declaration} {node(obj, 'rdf:resource')}/>\n"
        parts.append(line)
        size += len(line)
        if size > _CHUNK:
            output.write("".join(parts).encode("utf-8"))
            parts, size = [], 0
    if subject is not None:
        parts.append("\t</rdf:Description>\n")
    parts.append("</rdf:RDF>\n")
    output.write("".join(parts).encode("utf-8"))
