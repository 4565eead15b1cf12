"""kg ingest report.pdf: the text re-flowed so quotes are sentences; the PDF kept beside it."""

from __future__ import annotations

import re
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


def _pdf(streams: list[str], title: str | None = None, font: str = "Helvetica") -> bytes:
    """A PDF of one page a content stream, in one Type 1 font (written by hand)."""
    objects: list[bytes] = [
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % font.encode("ascii")
    ]
    pages_id = 1 + 2 * len(streams) + 1
    for ops in streams:
        stream = ops.encode("cp1252")
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 1 0 R >> >> "
            b"/Contents %d 0 R >>" % (pages_id, len(objects))
        )
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(len(streams)))
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(streams)))
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


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A PDF whose pages hold ``pages``' lines in Helvetica, one text line each."""
    return _pdf(
        [
            "\n".join(["BT /F1 10 Tf 14 TL 56 780 Td", *(f"({_escaped(line)}) Tj T*" for line in lines), "ET"])
            for lines in pages
        ],
        title,
    )


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
    assert article.title == gold["metadata"]["title"]  # as printed, largest on the first page


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


def laid_pdf(pages: list[list[tuple[float, float, float, str]]], font: str = "Helvetica") -> bytes:
    """A PDF whose pages hold text runs, each (x, y, font size, text), set where they say."""
    return _pdf(
        [
            "\n".join(f"BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm ({_escaped(text)}) Tj ET" for x, y, size, text in runs)
            for runs in pages
        ],
        font=font,
    )


#: A news page printed to PDF: a menu, a headline set large over two lines, a byline, two
#: paragraphs with a gap between them, a table in columns, and a glyph with no character.
PRINTED = [
    [
        (56, 800, 10, "Home   News   Districts"),
        (56, 760, 20, "Haidian start-ups raise more"),
        (56, 736, 20, "money than ever"),
        (56, 712, 10, "By Ada Example \u00b7 3 March 2025"),
        (56, 680, 10, "Start-ups in Haidian District raised 31.6 billion yuan in 2024, more than in any"),
        (56, 666, 10, "earlier year, according to figures released on Monday by the district."),
        (56, 640, 10, "The district counted 412 new technology firms, up from 388 the year before."),
        (56, 610, 10, "Table 1. Funding by district"),
        (56, 596, 10, "District"),
        (200, 596, 10, "Funding (billion yuan)"),
        (400, 596, 10, "Deals"),
        (56, 582, 10, "Haidian"),
        (200, 582, 10, "31.6"),
        (400, 582, 10, "212"),
        (56, 568, 10, "Chaoyang"),
        (200, 568, 10, "9.8"),
        (400, 568, 10, "64"),
        (56, 540, 10, "Share \x00\x00"),
    ]
]


def test_a_printed_page_keeps_its_paragraphs_its_table_and_its_headline() -> None:
    article = parse_pdf(laid_pdf(PRINTED))
    assert article.title == "Haidian start-ups raise more money than ever"  # the largest text, not the menu
    assert "\x00" not in article.text
    lines = article.text.splitlines()
    assert "Haidian start-ups raise more money than ever" in lines
    assert (
        "Start-ups in Haidian District raised 31.6 billion yuan in 2024, more than in any earlier year, according "
        "to figures released on Monday by the district." in lines
    )
    assert "The district counted 412 new technology firms, up from 388 the year before." in lines
    assert [re.split(r"\s{2,}", line.strip()) for line in lines if "  " in line] == [
        ["District", "Funding (billion yuan)", "Deals"],
        ["Haidian", "31.6", "212"],
        ["Chaoyang", "9.8", "64"],
    ]


def test_a_page_in_two_columns_reads_one_column_after_the_other() -> None:
    left = [
        "Haidian District raised 31.6 billion yuan",
        "in 2024, more than in any earlier",
        "year, the district said.",
    ]
    right = ["Chaoyang District counted 64 deals in", "the same year, down from 80 deals", "the year before, it said."]
    page = [(56, 700 - 14 * i, 10, line) for i, line in enumerate(left)]
    page += [(320, 700 - 14 * i, 10, line) for i, line in enumerate(right)]
    text = " ".join(parse_pdf(laid_pdf([page])).text.split())
    assert " ".join(left) in text and " ".join(right) in text


def test_a_headline_over_two_lines_is_one_line_of_the_text() -> None:
    page = [
        (56, 760, 20, "Huairou facility logs nearly"),
        (56, 736, 20, "1,400 user visits in its first year"),
        (56, 712, 10, "By Xia Rongrong"),
        (56, 680, 10, "The facility received 1,386 user visits in 2024, the science city said."),
    ]
    article = parse_pdf(laid_pdf([page]))
    assert article.title == "Huairou facility logs nearly 1,400 user visits in its first year"
    assert article.text.splitlines()[0] == article.title


def test_justified_prose_and_a_two_column_section_read_as_sentences() -> None:
    """Justified lines come out of the layout with wide, even gaps; they are prose, not a table."""

    def spaced(words: str, at: float, y: float) -> list[tuple[float, float, float, str]]:
        runs, x = [], at
        for word in words.split():
            runs.append((x, y, 10, word))
            x += 6 * len(word) + 18  # (Courier: 6 points a letter) gaps of three spaces, as justification sets them
        return runs

    page = [(56, 800, 10, "Example Report 2025"), (400, 800, 10, "Example Office")]
    page += spaced("At the end of 2025, Exampleville had", 56, 760)
    page += spaced("286 registered consortia, and their members had", 56, 746)
    page += [(56, 732, 10, "4,317 staff among them in all.")]
    left = ["Members filed 1,530 joint", "patent applications in 2025", "and signed 96 contracts."]
    right = ["Interviews with 40 lead", "firms found that most rely", "on one anchor project."]
    page += [(56, 700 - 14 * i, 10, line) for i, line in enumerate(left)]
    page += [(320, 700 - 14 * i, 10, line) for i, line in enumerate(right)]
    lines = parse_pdf(laid_pdf([page], font="Courier")).text.splitlines()
    assert (
        "At the end of 2025, Exampleville had 286 registered consortia, and their members had 4,317 staff among "
        "them in all." in lines
    )
    assert "Members filed 1,530 joint patent applications in 2025 and signed 96 contracts." in lines
    assert "Interviews with 40 lead firms found that most rely on one anchor project." in lines
    assert "Example Office" in lines  # a head set apart from the title beside it


def test_columns_of_unequal_height_read_one_after_the_other() -> None:
    left = [
        "Haidian District raised 31.6 billion",
        "yuan in 2024, more than in any",
        "earlier year, according to the",
        "district, which said so in",
        "its report.",
    ]
    right = ["Chaoyang District counted 64 deals", "in the same year, it said."]
    page = [(56, 700 - 14 * i, 10, line) for i, line in enumerate(left)]
    page += [(320, 700 - 14 * i, 10, line) for i, line in enumerate(right)]
    page += [(56, 600, 10, "A line as wide as the page follows both columns and ends the section here.")]
    text = " ".join(parse_pdf(laid_pdf([page])).text.split())
    assert " ".join(left) in text and " ".join(right) in text


def test_a_pdf_without_a_document_title_is_titled_by_its_largest_text_unless_a_pull_quote() -> None:
    page = [
        (56, 800, 28, "Beijing Tech Weekly"),
        (56, 760, 14, "Haidian start-ups raise record sums"),
        (56, 730, 10, "Start-ups in Haidian District raised 31.6 billion yuan in 2024, the district said."),
    ]
    assert parse_pdf(laid_pdf([page])).title == "Beijing Tech Weekly"  # (with a title, see _choose_title)
    assert (
        parse_pdf(laid_pdf([[(56, 800, 28, "\u201cWe are not done\u201d"), *page[1:]]])).title
        != "\u201cWe are not done\u201d"
    )
