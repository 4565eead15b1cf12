"""Build the graph: compile, validate with SHACL, and store the result atomically.

A build writes a new folder under ``.kg/builds/`` and then swaps the ``.kg/current``
symlink to it in one rename, so readers see either the old graph or the new one, never a
half-written one, and a failed build leaves the last good graph in place.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import BuildError, KgError, ValidationError
from kg.project import Project

__all__ = [
    "BuildResult",
    "build",
    "validate_store",
    "validate_project",
    "shacl_report",
    "is_stale",
    "GRAPH_FILE",
    "INDEX_FILE",
]

GRAPH_FILE = "graph.nt"
INDEX_FILE = "index.json"
MANIFEST_FILE = "manifest.json"


@dataclass
class BuildResult:
    path: Path
    triples: int
    entities: int
    facts: int
    sources: int
    seconds: float


def shacl_report(nt_data: bytes, shapes_dir: Path) -> list[str]:
    """Validate N-Triples against every ``*shapes*.ttl`` in ``shapes_dir``; one line per violation."""
    import pyshacl
    from rdflib import Graph
    from rdflib.namespace import RDFS, SH

    data = Graph()
    data.parse(data=nt_data, format="nt")
    shapes = Graph()
    for path in sorted(shapes_dir.glob("*shapes*.ttl")):
        shapes.parse(path, format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
    if conforms:
        return []
    from kg.namespaces import PREFIXES

    def short(term: Any) -> str:
        text = str(term)
        for prefix, iri in PREFIXES.items():
            if text.startswith(iri) and prefix not in ("rdf",):
                return f"{prefix}:{text[len(iri) :]}"
        return text

    lines = []
    for result in results.subjects(SH.resultSeverity, None):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        label = data.value(focus, RDFS.label) if focus is not None else None
        where = short(focus) + (f" ({label})" if label else "")
        path_text = f" {short(path)}:" if path is not None else ""
        lines.append(f"{where}:{path_text} {message}")
    return sorted(set(lines))


def validate_store(store: Any, shapes_dir: Path) -> list[str]:
    """SHACL-validate a pyoxigraph store; returns the violations (empty when it conforms)."""
    import pyoxigraph as ox

    nt = bytes(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b"")
    return shacl_report(nt, shapes_dir)


def validate_project(project: Project) -> tuple[int, list[str]]:
    """Compile the project's data and SHACL-validate it: (triples, violations). Writes nothing."""
    from kg.compile import compile_project

    compiled = compile_project(project.ontology_dir, project.data_dir)
    return len(compiled.store), validate_store(compiled.store, project.ontology_dir)


def _read_manifest(project: Project) -> dict[str, Any] | None:
    try:
        with (project.current_build / MANIFEST_FILE).open(encoding="utf-8") as fh:
            data: dict[str, Any] = json.load(fh)
            return data
    except (OSError, ValueError):
        return None


def is_stale(project: Project) -> bool:
    """True when there is no good build or the inputs changed since the last one."""
    manifest = _read_manifest(project)
    return manifest is None or manifest.get("fingerprint") != project.fingerprint()


def build(project: Project, *, validate: bool = True) -> BuildResult:
    """Compile, verify and store the graph; raise :class:`~kg.errors.BuildError` on failure.

    Nothing under ``.kg/current`` changes unless the whole build succeeds.
    """
    import pyoxigraph as ox

    from kg.compile import compile_project

    started = time.perf_counter()
    fingerprint = project.fingerprint()
    try:
        compiled = compile_project(project.ontology_dir, project.data_dir)
    except KgError as exc:
        raise BuildError(f"build failed: {exc}") from None
    nt = bytes(compiled.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b"")
    if validate:
        violations = shacl_report(nt, project.ontology_dir)
        if violations:
            more = f" (and {len(violations) - 1} more; run 'kg validate')" if len(violations) > 1 else ""
            raise ValidationError(f"build failed: SHACL: {violations[0]}{more}", violations)

    builds = project.build_dir / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    target = builds / f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    staging = target.with_name(target.name + ".partial")
    try:
        staging.mkdir()
        (staging / GRAPH_FILE).write_bytes(nt)
        (staging / INDEX_FILE).write_text(json.dumps(compiled.index, ensure_ascii=False), encoding="utf-8")
        ds = compiled.dataset
        manifest: dict[str, Any] = {
            "fingerprint": fingerprint,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "triples": len(compiled.store),
            "entities": len(ds.entities),
            "facts": len(ds.facts),
            "sources": len(ds.sources),
        }
        (staging / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        staging.rename(target)
        link = project.build_dir / f".current-{os.getpid()}"
        if link.is_symlink() or link.exists():
            link.unlink()
        link.symlink_to(Path("builds") / target.name)
        os.replace(link, project.current_build)  # the atomic switch
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BuildError(f"build failed: cannot write {project.build_dir}: {exc.strerror or exc}") from None
    _prune(builds, keep=target.name)
    return BuildResult(
        path=target,
        triples=int(manifest["triples"]),
        entities=len(ds.entities),
        facts=len(ds.facts),
        sources=len(ds.sources),
        seconds=time.perf_counter() - started,
    )


_STALE_PARTIAL_SECONDS = 3600


def _prune(builds: Path, keep: str) -> None:
    """Remove older builds, keeping the newest and any build another process is still writing.

    A ``.partial`` folder younger than an hour may belong to a concurrent ``kg build``;
    older ones are leftovers of interrupted builds.
    """
    now = time.time()
    for old in builds.iterdir():
        if old.name == keep:
            continue
        if old.name.endswith(".partial"):
            try:
                if now - old.stat().st_mtime < _STALE_PARTIAL_SECONDS:
                    continue
            except OSError:
                continue
        shutil.rmtree(old, ignore_errors=True)
