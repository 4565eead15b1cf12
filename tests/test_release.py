"""kg release: versioned dumps, their checksums and the dataset's description."""

from __future__ import annotations

import hashlib
import warnings
from pathlib import Path

import rdflib
from click.testing import CliRunner

from kg.cli import cli
from kg.project import Project

VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DATASET = rdflib.URIRef("https://w3id.org/beijing-innovation-kg/dataset")


def _run(project: Project, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["--project", str(project.root), *args], prog_name="kg")


def test_a_release_has_dumps_a_description_and_checksums(built_tiny: Project, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    result = _run(built_tiny, "release", str(out), "--version", "2024.1")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    stem = "beijing-innovation-kg-2024.1"
    assert names == ["SHA256SUMS", f"{stem}.jsonld", f"{stem}.nt", f"{stem}.ttl", f"{stem}.void.ttl"]
    sums = dict(reversed(line.split("  ")) for line in (out / "SHA256SUMS").read_text().splitlines())
    assert sums == {n: hashlib.sha256((out / n).read_bytes()).hexdigest() for n in names if n != "SHA256SUMS"}
    with warnings.catch_warnings():  # rdflib's JSON-LD parser uses its deprecated ConjunctiveGraph
        warnings.simplefilter("ignore", DeprecationWarning)
        graphs = {
            fmt: rdflib.Graph().parse(out / f"{stem}.{suffix}", format=fmt)
            for suffix, fmt in (("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld"))
        }
    assert len({len(g) for g in graphs.values()}) == 1
    void = rdflib.Graph().parse(out / f"{stem}.void.ttl", format="turtle")
    assert int(void.value(DATASET, VOID.triples)) == len(graphs["nt"])
    assert int(void.value(DATASET, VOID.entities)) == 6
    assert str(void.value(DATASET, DCAT.version)) == "2024.1"
    assert {str(s) for s in void.objects(DATASET, rdflib.DCTERMS.source)} == {
        "https://w3id.org/beijing-innovation-kg/source/tiny-article"
    }
    assert str(void.value(DATASET, rdflib.DCTERMS.license)) == "https://creativecommons.org/licenses/by/4.0/"
    dumps = {Path(str(d)).name for d in void.objects(DATASET, DCAT.distribution)}
    assert dumps == {f"{stem}.jsonld", f"{stem}.nt", f"{stem}.ttl"}


def test_release_usage_errors(built_tiny: Project, tmp_path: Path) -> None:
    bad = _run(built_tiny, "release", str(tmp_path / "d"), "--version", "../up")
    assert bad.exit_code == 2 and bad.output.startswith("Error: the version must be")
    (tmp_path / "file").write_text("x")
    assert _run(built_tiny, "release", str(tmp_path / "file")).exit_code == 2
    assert not (tmp_path / "d").exists()
