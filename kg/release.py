"""Publishing the dataset: versioned dumps with checksums and a description of the dataset.

``kg release DIR`` writes, for version ``V``:

- ``beijing-innovation-kg-V.ttl``, ``.nt`` and ``.jsonld``: the whole graph (ontology included);
- ``beijing-innovation-kg-V.void.ttl``: the dataset described in VoID (statistics: triples,
  entities, classes, properties, subjects, objects, the vocabularies used), DCAT (title,
  licence, version, the distributions with their media types, sizes and SHA-256 checksums)
  and schema.org (a ``schema:Dataset``), with every source document as a ``dcterms:source``;
- ``SHA256SUMS``: the checksum of every file, in the format ``sha256sum -c`` checks.

The description is also what ``kg serve`` answers at ``/.well-known/void``
(:func:`describe`, without distributions).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import BadInputError, KgError
from kg.namespaces import KG, PREFIXES
from kg.store import KnowledgeGraph

__all__ = ["DUMPS", "Release", "describe", "release"]

NAME = "beijing-innovation-kg"
DATASET_IRI = "https://w3id.org/beijing-innovation-kg/dataset"
ONTOLOGY_IRI = "https://w3id.org/beijing-innovation-kg/ontology"
#: Dump formats: file suffix -> (kg.export format, media type).
DUMPS = {
    "ttl": ("turtle", "text/turtle"),
    "nt": ("ntriples", "application/n-triples"),
    "jsonld": ("jsonld", "application/ld+json"),
}

_VOID = "http://rdfs.org/ns/void#"
_DCAT = "http://www.w3.org/ns/dcat#"
_SPDX = "http://spdx.org/rdf/terms#"
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class Release:
    """What :func:`release` wrote: the version and the files with their SHA-256 checksums."""

    version: str
    files: dict[str, str]  # file name -> sha256


def _one(graph: KnowledgeGraph, query: str) -> Any:
    rows = list(graph.query(query))
    return rows[0] if rows else None


def _count(graph: KnowledgeGraph, what: str) -> int:
    row = _one(graph, f"SELECT (COUNT(DISTINCT {what.split()[0]}) AS ?n) WHERE {{ {what.split(' ', 1)[1]} }}")
    return int(row["n"].value) if row is not None else 0


def ontology_version(graph: KnowledgeGraph) -> str:
    """The ontology's ``owl:versionInfo`` ("0.1.0"), or "0" when it has none."""
    row = _one(graph, f"SELECT ?v WHERE {{ <{ONTOLOGY_IRI}> owl:versionInfo ?v }}")
    return str(row["v"].value) if row is not None else "0"


def _lit(text: str, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"' + (f"^^<{datatype}>" if datatype else "")


def describe(
    graph: KnowledgeGraph,
    *,
    version: str | None = None,
    dumps: dict[str, tuple[int, str]] | None = None,
    endpoint: str | None = None,
) -> str:
    """The dataset's description (VoID, DCAT, schema.org) as Turtle.

    ``dumps`` maps a dump's file name to its size and SHA-256; each becomes a
    ``dcat:Distribution`` (and a ``void:dataDump``); ``endpoint`` is the SPARQL endpoint
    that serves the data, when there is one.
    """
    version = version or ontology_version(graph)
    licence = _one(graph, f"SELECT ?l WHERE {{ <{ONTOLOGY_IRI}> dcterms:license ?l }}")
    stats = {
        "triples": len(graph.store),
        "entities": _count(graph, "?e ?e kg:mentionedIn ?d"),
        "classes": _count(graph, "?c ?x a ?c"),
        "properties": _count(graph, "?p ?s ?p ?o"),
        "distinctSubjects": _count(graph, "?s ?s ?p ?o"),
        "distinctObjects": _count(graph, "?o ?s ?p ?o"),
    }
    sources = [r["d"].value for r in graph.query("SELECT ?d WHERE { ?d a kg:SourceDocument } ORDER BY ?d")]
    lines = [f"@prefix {p}: <{iri}> ." for p, iri in (("void", _VOID), ("dcat", _DCAT), ("spdx", _SPDX))]
    lines += [f"@prefix {p}: <{PREFIXES[p]}> ." for p in ("dcterms", "schema", "xsd", "owl", "kg")]
    lines += [
        "",
        f"<{DATASET_IRI}> a void:Dataset, dcat:Dataset, schema:Dataset ;",
        f"    dcterms:title {_lit('Beijing Innovation Knowledge Graph')}@en ;",
        f"    schema:name {_lit('Beijing Innovation Knowledge Graph')}@en ;",
        "    dcterms:description "
        + _lit(
            "A sourced, time-aware knowledge graph of Beijing's science-and-technology innovation "
            "ecosystem: every fact with its source document and a verbatim quote."
        )
        + "@en ;",
        f"    dcat:version {_lit(version)} ; schema:version {_lit(version)} ; owl:versionInfo {_lit(version)} ;",
        f"    void:vocabulary <{KG}> ;",
        f"    dcterms:conformsTo <{ONTOLOGY_IRI}> ;",
        f"    void:uriSpace {_lit(PREFIXES['ent'])} ;",
    ]
    if endpoint:
        lines.append(f"    void:sparqlEndpoint <{endpoint}> ;")
    if licence is not None:
        lines.append(f"    dcterms:license <{licence['l'].value}> ; schema:license <{licence['l'].value}> ;")
    for name, value in stats.items():
        lines.append(f"    void:{name} {_lit(str(value), _XSD + 'integer')} ;")
    for src in sources:
        lines.append(f"    dcterms:source <{src}> ;")
    for name in sorted(dumps or {}):
        lines.append(f"    void:dataDump <{name}> ; dcat:distribution <{name}> ;")
    lines[-1] = lines[-1][: -len(" ;")] + " ."
    for name, (size, sha) in sorted((dumps or {}).items()):
        media = next((m for suffix, (_, m) in DUMPS.items() if name.endswith("." + suffix)), "application/octet-stream")
        lines += [
            "",
            f"<{name}> a dcat:Distribution ;",
            f"    dcat:downloadURL <{name}> ; dcat:mediaType {_lit(media)} ;",
            f"    dcat:byteSize {_lit(str(size), _XSD + 'nonNegativeInteger')} ;",
            "    spdx:checksum [ a spdx:Checksum ; spdx:algorithm spdx:checksumAlgorithm_sha256 ;",
            f"                    spdx:checksumValue {_lit(sha, _XSD + 'hexBinary')} ] .",
        ]
    return "\n".join(lines) + "\n"


def release(graph: KnowledgeGraph, folder: Path, *, version: str | None = None) -> Release:
    """Write the versioned dumps, their description and ``SHA256SUMS`` into ``folder``.

    Each file is written whole or not at all (:func:`kg.files.write_file`); a version that
    is not a plain name (letters, digits, ``.``, ``-``, ``_``) is :class:`BadInputError`.
    """
    import re

    from kg.export import export_graph
    from kg.files import write_file

    version = version or ontology_version(graph)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}", version):
        raise BadInputError(f"the version must be letters, digits, '.', '-' or '_': {version!r}")
    if folder.exists() and not folder.is_dir():
        raise KgError(f"{folder} is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, str] = {}
    sizes: dict[str, tuple[int, str]] = {}
    for suffix, (fmt, _) in DUMPS.items():
        name = f"{NAME}-{version}.{suffix}"
        data = export_graph(graph, fmt)
        write_file(str(folder / name), data)
        files[name] = hashlib.sha256(data).hexdigest()
        sizes[name] = (len(data), files[name])
    void_name = f"{NAME}-{version}.void.ttl"
    void = describe(graph, version=version, dumps=sizes).encode("utf-8")
    write_file(str(folder / void_name), void)
    files[void_name] = hashlib.sha256(void).hexdigest()
    sums = "".join(f"{sha}  {name}\n" for name, sha in sorted(files.items()))
    write_file(str(folder / "SHA256SUMS"), sums.encode("utf-8"))
    return Release(version, files)
