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
#: A stand-in base for the dumps' file names, taken out of the Turtle written, so they are
#: relative IRIs there (resolved against wherever the description is read from).
_RELATIVE = "urn:kg-release-relative:"


@dataclass
class Release:
    """What :func:`release` wrote: the version and the files with their SHA-256 checksums."""

    version: str
    files: dict[str, str]  # file name -> sha256


def _one(graph: KnowledgeGraph, query: str) -> Any:
    rows = list(graph.query(query))
    return rows[0] if rows else None


def _count(graph: KnowledgeGraph, var: str, pattern: str) -> int:
    row = _one(graph, f"SELECT (COUNT(DISTINCT {var}) AS ?n) WHERE {{ {pattern} }}")
    return int(row["n"].value) if row is not None else 0


def ontology_version(graph: KnowledgeGraph) -> str:
    """The ontology's ``owl:versionInfo`` ("0.1.0"), or "0" when it has none."""
    row = _one(graph, f"SELECT ?v WHERE {{ <{ONTOLOGY_IRI}> owl:versionInfo ?v }}")
    return str(row["v"].value) if row is not None else "0"


def describe(
    graph: KnowledgeGraph,
    *,
    version: str | None = None,
    dumps: dict[str, tuple[int, str]] | None = None,
    endpoint: str | None = None,
) -> str:
    """The dataset's description (VoID, DCAT, schema.org) as Turtle.

    ``dumps`` maps a dump's file name to its size and SHA-256; each becomes a
    ``dcat:Distribution`` (and a ``void:dataDump``), named by its file name relative to the
    description; ``endpoint`` is the SPARQL endpoint that serves the data, when there is one.
    """
    import pyoxigraph as ox

    version = version or ontology_version(graph)
    dcterms, schema, owl = PREFIXES["dcterms"], PREFIXES["schema"], PREFIXES["owl"]
    dataset = ox.NamedNode(DATASET_IRI)
    triples: list[ox.Triple] = []

    def add(s: Any, p: str, o: Any) -> None:
        triples.append(ox.Triple(s, ox.NamedNode(p), o))

    def number(n: int, kind: str = "integer") -> ox.Literal:
        return ox.Literal(str(n), datatype=ox.NamedNode(_XSD + kind))

    title = ox.Literal("Beijing Innovation Knowledge Graph", language="en")
    for cls in (_VOID + "Dataset", _DCAT + "Dataset", schema + "Dataset"):
        add(dataset, PREFIXES["rdf"] + "type", ox.NamedNode(cls))
    add(dataset, dcterms + "title", title)
    add(dataset, schema + "name", title)
    add(
        dataset,
        dcterms + "description",
        ox.Literal(
            "A sourced, time-aware knowledge graph of Beijing's science-and-technology innovation "
            "ecosystem: every fact with its source document and a verbatim quote.",
            language="en",
        ),
    )
    for p in (_DCAT + "version", schema + "version", owl + "versionInfo"):
        add(dataset, p, ox.Literal(version))
    add(dataset, _VOID + "vocabulary", ox.NamedNode(KG))
    add(dataset, dcterms + "conformsTo", ox.NamedNode(ONTOLOGY_IRI))
    add(dataset, _VOID + "uriSpace", ox.Literal(PREFIXES["ent"]))
    if endpoint:
        add(dataset, _VOID + "sparqlEndpoint", ox.NamedNode(endpoint))
    licence = _one(graph, f"SELECT ?l WHERE {{ <{ONTOLOGY_IRI}> dcterms:license ?l }}")
    if licence is not None:
        add(dataset, dcterms + "license", licence["l"])
        add(dataset, schema + "license", licence["l"])
    stats = {
        "triples": len(graph.store),
        "entities": _count(graph, "?e", "?e kg:mentionedIn ?d"),
        "classes": _count(graph, "?c", "?x a ?c"),
        "properties": _count(graph, "?p", "?s ?p ?o"),
        "distinctSubjects": _count(graph, "?s", "?s ?p ?o"),
        "distinctObjects": _count(graph, "?o", "?s ?p ?o"),
    }
    for name, value in stats.items():
        add(dataset, _VOID + name, number(value))
    for row in graph.query("SELECT ?d WHERE { ?d a kg:SourceDocument } ORDER BY ?d"):
        add(dataset, dcterms + "source", row["d"])
    for name, (size, sha) in sorted((dumps or {}).items()):
        dump = ox.NamedNode(f"{_RELATIVE}{name}")
        add(dataset, _VOID + "dataDump", dump)
        add(dataset, _DCAT + "distribution", dump)
        add(dump, PREFIXES["rdf"] + "type", ox.NamedNode(_DCAT + "Distribution"))
        add(dump, _DCAT + "downloadURL", dump)
        media = next((m for suffix, (_, m) in DUMPS.items() if name.endswith("." + suffix)), "application/octet-stream")
        add(dump, _DCAT + "mediaType", ox.Literal(media))
        add(dump, _DCAT + "byteSize", number(size, "nonNegativeInteger"))
        checksum = ox.NamedNode(f"{_RELATIVE}{name}#sha256")
        add(dump, _SPDX + "checksum", checksum)
        add(checksum, PREFIXES["rdf"] + "type", ox.NamedNode(_SPDX + "Checksum"))
        add(checksum, _SPDX + "algorithm", ox.NamedNode(_SPDX + "checksumAlgorithm_sha256"))
        add(checksum, _SPDX + "checksumValue", ox.Literal(sha, datatype=ox.NamedNode(_XSD + "hexBinary")))
    prefixes = {"void": _VOID, "dcat": _DCAT, "spdx": _SPDX, **{p: PREFIXES[p] for p in ("dcterms", "schema", "owl")}}
    data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes) or b""
    return bytes(data).decode("utf-8").replace(_RELATIVE, "")


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
