"""Build the graph: compile, validate with SHACL, and store the result atomically.

A build writes a new folder under ``.kg/builds/`` and then swaps the ``.kg/current``
symlink to it in one rename, so readers see either the old graph or the new one, never a
half-written one, and a failed build leaves the last good graph in place.

A build that fails on its inputs is remembered (``.kg/failed.json``: the inputs'
fingerprint and the one-line error) until the inputs change. Commands that rebuild
automatically (:func:`is_stale`, then :func:`build`) report a remembered failure at once
instead of compiling the same inputs again; ``kg build`` always compiles.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.dataset import one_line
from kg.errors import BuildError, DataError, KgError, ValidationError
from kg.namespaces import RDFS
from kg.project import Project, read_input

__all__ = [
    "BuildResult",
    "build",
    "validate_store",
    "validate_project",
    "shacl_report",
    "is_stale",
    "remembered_failure",
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
    """Validate N-Triples against every ``*shapes*.ttl`` in ``shapes_dir``; one line per violation.

    The shapes files must belong to the project (``shapes_dir``'s parent): see
    :func:`kg.project.read_input`.
    """
    import logging

    import pyshacl
    from rdflib import Graph
    from rdflib.namespace import RDFS as RDFS_NS
    from rdflib.namespace import SH

    # rdflib logs a traceback for a literal whose lexical form does not fit its datatype;
    # SHACL reports such a literal as a violation, in one line, so the log is kept quiet.
    term_log = logging.getLogger("rdflib.term")
    level = term_log.level
    term_log.setLevel(logging.CRITICAL)
    try:
        data = Graph()
        data.parse(data=nt_data, format="nt")
        shapes = Graph()
        for path in sorted(shapes_dir.glob("*shapes*.ttl")):
            text = read_input(path, shapes_dir.parent)
            try:
                shapes.parse(data=text, format="turtle")
            except Exception as exc:  # rdflib's parsers raise many kinds of errors
                raise DataError(f"invalid shapes: {one_line(str(exc))}", file=str(path)) from None
        try:
            conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
        except (RecursionError, MemoryError):
            raise
        except Exception as exc:  # pyshacl refuses shapes it cannot apply (ConstraintLoadError ...)
            raise BuildError(f"SHACL could not run: {type(exc).__name__}: {one_line(str(exc))}") from None
    finally:
        term_log.setLevel(level)
    if conforms:
        return []

    def short(term: Any) -> str:
        return _short(str(term))

    lines = []
    for result in results.subjects(SH.resultSeverity, None):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        label = data.value(focus, RDFS_NS.label) if focus is not None else None
        where = short(focus) + (f" ({label})" if label else "")
        path_text = f" {short(path)}:" if path is not None else ""
        # the IRIs a message names ("the relation {?p} to {?o}"), shortened
        said = re.sub(r"\b(?:https?|urn):[^\s<>\"{}|^`]+", lambda m: short(m.group()), str(message))
        lines.append(f"{where}:{path_text} {said}")
    return sorted(set(lines))


def _short(term: str) -> str:
    from kg.namespaces import PREFIXES

    for prefix, iri in PREFIXES.items():
        if term.startswith(iri) and prefix not in ("rdf",):
            return f"{prefix}:{term[len(iri) :]}"
    return term


_SH = "http://www.w3.org/ns/shacl#"


def _fill(message: str, values: dict[str, Any]) -> str:
    """A SHACL message with each {?var} replaced by the short form of its value.

    >>> _fill("unit {?unit} for {?x}", {"unit": type("T", (), {"value": "https://w3id.org/beijing-innovation-kg/unit/yuan"})()})
    'unit unit:yuan for {?x}'
    """

    def value(m: re.Match[str]) -> str:
        found = values.get(m.group(1))
        return _short(found.value) if found is not None else m.group()

    return re.sub(r"\{[?$](\w+)\}", value, message)


def sparql_checks(store: Any, shapes_dir: Path) -> list[str]:
    """Run the SHACL-SPARQL constraints of every ``*checks*.ttl`` in ``shapes_dir`` on a
    pyoxigraph store, each as one query over the whole store; one line per violation, in
    the form of :func:`shacl_report`'s.

    A constraint is an ``sh:sparql`` of a node shape with an ``sh:targetClass`` (instances
    of the class or of its subclasses) or an ``sh:targetSubjectsOf``; its ``sh:select``
    binds ``$this``, and ``{?var}`` in its ``sh:message`` is replaced by the value found.
    """
    import pyoxigraph as ox

    checks = ox.Store()
    for path in sorted(shapes_dir.glob("*checks*.ttl")):
        try:
            checks.load(input=read_input(path, shapes_dir.parent), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, ValueError) as exc:
            raise DataError(f"invalid checks: {one_line(str(exc))}", file=str(path)) from None
    found = checks.query(
        f"SELECT ?kind ?target ?message ?select WHERE {{ ?shape <{_SH}sparql> ?c . "
        f"?c <{_SH}select> ?select ; <{_SH}message> ?message . "
        f'{{ ?shape <{_SH}targetClass> ?target BIND("class" AS ?kind) }} UNION '
        f'{{ ?shape <{_SH}targetSubjectsOf> ?target BIND("subjects" AS ?kind) }} }}'
    )
    assert isinstance(found, ox.QuerySolutions)
    lines = []
    for kind, target, message, select in found:
        text = select.value.replace("$this", "?this")
        head = re.match(r"(?is)(.*?)(?=\bSELECT\b)", text)
        prologue = head.group(1) if head else ""
        body = text[len(prologue) :]
        focus = (
            f"?this a/<{RDFS}subClassOf>* <{target.value}> ."
            if kind.value == "class"
            else f"?this <{target.value}> [] ."
        )
        query = f"{prologue} SELECT * WHERE {{ {{ SELECT DISTINCT ?this WHERE {{ {focus} }} }} {{ {body} }} }}"
        solutions = store.query(query)
        assert isinstance(solutions, ox.QuerySolutions)
        names = [v.value for v in solutions.variables]
        for row in solutions:
            values = {name: row[name] for name in names if row[name] is not None}
            this = values["this"]
            label = next(iter(store.quads_for_pattern(this, ox.NamedNode(RDFS + "label"), None)), None)
            where = _short(this.value) + (f" ({label.object.value})" if label is not None else "")
            lines.append(f"{where}: {_fill(message.value, values)}")
    return sorted(set(lines))


def validate_store(store: Any, shapes_dir: Path) -> list[str]:
    """Validate a pyoxigraph store against the SHACL shapes and the SPARQL checks; returns
    the violations (empty when it conforms)."""
    import pyoxigraph as ox

    nt = bytes(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b"")
    return sorted(set(shacl_report(nt, shapes_dir) + sparql_checks(store, shapes_dir)))


def validate_project(project: Project) -> tuple[int, list[str]]:
    """Compile the project's data and SHACL-validate it: (triples, violations). Writes nothing.

    A fault in the inputs is a :class:`~kg.errors.KgError` of one line, as in :func:`build`.
    """
    from kg.compile import compile_project

    try:
        compiled = compile_project(project.ontology_dir, project.data_dir, root=project.root)
        return len(compiled.store), validate_store(compiled.store, project.ontology_dir)
    except KgError:
        raise
    except RecursionError:
        raise BuildError("the inputs are nested too deeply to compile") from None
    except Exception as exc:  # a fault no check foresaw: still one line
        raise BuildError(f"unexpected {type(exc).__name__}: {one_line(str(exc))}") from None


def _read_manifest(project: Project) -> dict[str, Any] | None:
    try:
        with (project.current_build / MANIFEST_FILE).open(encoding="utf-8") as fh:
            data: dict[str, Any] = json.load(fh)
            return data
    except (OSError, ValueError):
        return None


#: Projects whose last :func:`is_stale` found the inputs of a remembered failed build, with
#: that fingerprint: the next :func:`build` of the project reports the failure at once.
_checked_failed: dict[Path, str] = {}

_REMEMBERED = "(the inputs are unchanged since this build failed; 'kg build' tries again)"


def _read_failure(project: Project) -> tuple[str, str] | None:
    """The remembered failed build: (fingerprint of its inputs, its one-line error)."""
    try:
        with project.failure_file.open(encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    fingerprint, message = data.get("fingerprint"), data.get("message")
    if not isinstance(fingerprint, str) or not isinstance(message, str):
        return None
    return fingerprint, one_line(message, 1000)


def _remember_failure(project: Project, fingerprint: str, message: str) -> None:
    """Record a failed build beside the last good one (best effort: a build folder that
    cannot be written only means the next command tries again)."""
    record = {"fingerprint": fingerprint, "message": message, "failed_at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    temp = project.build_dir / f".failed-{os.getpid()}.json"
    try:
        project.build_dir.mkdir(parents=True, exist_ok=True)
        temp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, project.failure_file)
    except OSError:
        temp.unlink(missing_ok=True)


def _forget_failure(project: Project) -> None:
    try:
        project.failure_file.unlink(missing_ok=True)
    except OSError:
        pass


def remembered_failure(project: Project) -> str | None:
    """The error of the last failed build if the inputs are still those it failed on, else None."""
    failure = _read_failure(project)
    if failure is None or failure[0] != project.fingerprint():
        return None
    return failure[1]


def is_stale(project: Project) -> bool:
    """True when there is no good build or the inputs changed since the last one.

    When the inputs are those of a remembered failed build, the graph is still stale, and
    the next :func:`build` of this project in this process (the automatic rebuild that
    follows this check) reports that failure at once instead of compiling again.
    """
    manifest = _read_manifest(project)
    fingerprint = project.fingerprint()
    if manifest is not None and manifest.get("fingerprint") == fingerprint:
        _checked_failed.pop(project.root, None)
        return False
    failure = _read_failure(project)
    if failure is not None and failure[0] == fingerprint:
        _checked_failed[project.root] = fingerprint
    else:
        _checked_failed.pop(project.root, None)
    return True


def build(project: Project, *, validate: bool = True, again: bool | None = None) -> BuildResult:
    """Compile, verify and store the graph; raise :class:`~kg.errors.BuildError` on failure.

    Nothing under ``.kg/current`` changes unless the whole build succeeds. A failure caused
    by the inputs is remembered until they change. With ``again=False`` a remembered failure
    of the same inputs is raised at once, without compiling; with ``again=True`` the inputs
    are always compiled. By default (``None``) a remembered failure is raised at once only
    right after :func:`is_stale` found it (the automatic rebuild of other commands), so an
    explicit ``kg build`` always compiles and reports the error afresh.
    """
    started = time.perf_counter()
    checked = _checked_failed.pop(project.root, None)
    fingerprint = project.fingerprint()
    if again is False or (again is None and checked == fingerprint):
        failure = _read_failure(project)
        if failure is not None and failure[0] == fingerprint:
            raise BuildError(f"{failure[1]} {_REMEMBERED}")
    try:
        compiled, nt = _compile_and_validate(project, validate=validate)
    except BuildError as exc:
        _remember_failure(project, fingerprint, one_line(str(exc), 1000))
        raise
    _forget_failure(project)
    return _store(project, compiled, nt, fingerprint, started)


def _compile_and_validate(project: Project, *, validate: bool) -> tuple[Any, bytes]:
    """The compiled project and its N-Triples; :class:`BuildError` (one line) for any fault in the inputs."""
    import pyoxigraph as ox

    from kg.compile import compile_project

    try:
        compiled = compile_project(project.ontology_dir, project.data_dir, root=project.root)
        nt = bytes(compiled.store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b"")
        violations = (
            sorted(set(shacl_report(nt, project.ontology_dir) + sparql_checks(compiled.store, project.ontology_dir)))
            if validate
            else []
        )
    except KgError as exc:
        raise BuildError(one_line(f"build failed: {exc}", 1000)) from None
    except RecursionError:
        raise BuildError("build failed: the inputs are nested too deeply to compile") from None
    except Exception as exc:  # a fault no check foresaw: still one line, and the last good graph stays
        raise BuildError(f"build failed: unexpected {type(exc).__name__}: {one_line(str(exc))}") from None
    if violations:
        more = f" (and {len(violations) - 1} more; run 'kg validate')" if len(violations) > 1 else ""
        raise ValidationError(f"build failed: SHACL: {one_line(violations[0], 1000)}{more}", violations)
    return compiled, nt


def _store(project: Project, compiled: Any, nt: bytes, fingerprint: str, started: float) -> BuildResult:
    """Write the build and swap it in as the current one."""
    builds = project.build_dir / "builds"
    target = builds / f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
    staging = target.with_name(target.name + ".partial")
    try:
        builds.mkdir(parents=True, exist_ok=True)
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
