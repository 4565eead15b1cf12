"""kg ingest report.pdf: the text re-flowed so quotes are sentences; the PDF kept beside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from kg.cli import cli
from kg.ingest.pdf import parse_pdf, reflow
from kg.project import Project

from .test_ingest import _files

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "benchmarks" / "ingest_corpus"


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A PDF whose pages hold ``pages``' lines in Helvetica, one text line each (written by hand)."""
    objects: list[bytes] = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    pages_id = 1 + 2 * len(pages) + 1
    for lines in pages:
        ops = ["BT /F1 10 Tf 14 TL 56 780 Td"]
        ops += ["(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for line in lines]
        stream = "\n".join([*ops, "ET"]).encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 1 0 R >> >> "
            b"/Contents %d 0 R >>" % (pages_id, len(objects))
        )
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(len(pages)))
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages)))
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    trailer = b"/Size %d /Root %d 0 R" % (len(objects) + 1 + bool(title), len(objects))
    if title:
        objects.append(b"<< /Title (%s) >>" % title.encode("cp1252"))
        trailer += b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


REPORT = [
    [
        "Exampleville Labs Report 2024",
        "Exampleville Labs Report 2024",
        "Summary",
        "In 2023, Exampleville spent around 6.1 percent of its GDP on R&D, and its inno-",
        "vation zone counted 40 laboratories run by high-tech firms and by research",
        "institutes of the Example Commission. The high tech firms grew fastest.",
        "Table 1. Laboratories",
        "District 2022 2023",
        "Huairou 31 40",
        "Page 1 of 2",
    ],
    [
        "Exampleville Labs Report 2024",
        "Ada Example, head of the Example Commission, said the Sample Lab in Huairou Science",
        "City will open next year.",
        "Page 2 of 2",
    ],
]

REPORT_TEXT = (
    "Exampleville Labs Report 2024\nSummary\n\n"
    "In 2023, Exampleville spent around 6.1 percent of its GDP on R&D, and its innovation zone counted 40 "
    "laboratories run by high-tech firms and by research institutes of the Example Commission. "
    "The high tech firms grew fastest.\n\n"
    "Table 1. Laboratories\nDistrict 2022 2023\nHuairou 31 40\n\n"
    "Ada Example, head of the Example Commission, said the Sample Lab in Huairou Science City will open next year.\n"
)


def _kg(project: Project, *args: str) -> Any:
    return CliRunner().invoke(cli, ["--project", str(project.root), *args], prog_name="kg")


def test_reflow_joins_lines_and_hyphens_and_drops_running_heads_and_page_numbers() -> None:
    assert reflow(REPORT) == REPORT_TEXT


def test_a_pdf_report_is_registered_with_its_text_and_kept_beside_it(tiny: Project, tmp_path: Path) -> None:
    raw = make_pdf(REPORT, title="Exampleville Labs Report 2024")
    report = tmp_path / "report.pdf"
    report.write_bytes(raw)
    result = _kg(tiny, "ingest", str(report), "--date", "2024-03-01")
    assert result.exit_code == 0, result.output
    sid = "exampleville-labs-report-2024"
    sources = tiny.data_dir / "sources"
    assert result.output.splitlines()[:4] == [
        f"registered source {sid}",
        f"  wrote {sources / sid}.txt",
        f"  wrote {sources / sid}.pdf",
        f"  wrote {sources / sid}.yaml",
    ]
    assert (sources / f"{sid}.txt").read_text(encoding="utf-8") == REPORT_TEXT
    assert (sources / f"{sid}.pdf").read_bytes() == raw
    meta = yaml.safe_load((sources / f"{sid}.yaml").read_text(encoding="utf-8"))
    assert (meta["title"], meta["seed"], "encoding" in meta, "pdf" in meta) == (
        "Exampleville Labs Report 2024",
        "report.pdf",
        False,
        False,
    )
    draft = yaml.safe_load((tiny.root / "drafts" / f"{sid}.yaml").read_text(encoding="utf-8"))
    quotes = [d["quote"] for d in draft["indicators"]]
    assert (
        "In 2023, Exampleville spent around 6.1 percent of its GDP on R&D, and its innovation zone counted "
        in (quotes[0])
    )
    assert _kg(tiny, "ingest", "--apply", str(tiny.root / "drafts" / f"{sid}.yaml")).exit_code == 0


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*/pdf-*.pdf")), ids=lambda p: p.stem)
def test_the_corpus_reports_read_so_every_gold_quote_is_in_the_text(path: Path) -> None:
    article = parse_pdf(path.read_bytes(), name=path.name)
    gold = yaml.safe_load(path.with_suffix(".gold.yaml").read_text(encoding="utf-8"))
    text = " ".join(article.text.split())
    quotes = [fact["quote"] for kind in ("indicators", "rankings", "posts") for fact in gold.get(kind) or []]
    assert len(quotes) > 20
    assert [q for q in quotes if " ".join(q.split()) not in text] == []
    assert "Page 1 of 3" not in article.text
    assert article.title == gold["metadata"]["title"].split(":")[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Exampleville had 40 labs.\n", r"Error: x\.pdf is not a PDF file"),
        (b"%PDF-1.4\nnothing else\n", r"Error: x\.pdf is not a PDF that can be read: .+"),
        (make_pdf([[]]), r"Error: x\.pdf has no text to read \(a scanned PDF\? its pages may be images\)"),
    ],
)
def test_a_pdf_that_cannot_be_read_is_one_line(tiny: Project, tmp_path: Path, content: bytes, message: str) -> None:
    import re

    (tmp_path / "x.pdf").write_bytes(content)
    before = _files(tiny)
    result = _kg(tiny, "ingest", str(tmp_path / "x.pdf"))
    assert result.exit_code == 2
    assert re.fullmatch(message + "\n", result.output), result.output
    assert _files(tiny) == before
