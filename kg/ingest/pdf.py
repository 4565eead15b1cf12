"""The text of a PDF report, for ``kg ingest report.pdf``.

pypdf (pure Python) gives each page's text line by line, as the lines were set. A line
break in a PDF is where the line was full, not where a sentence ends, so the lines are put
back together before the text is kept:

- running heads and feet (a line repeated at the top or bottom of most pages) and page
  numbers ("Page 2 of 3", "- 2 -") are left out, so a paragraph that goes on over a page
  break reads on;
- a word hyphenated at a line break is joined: without the hyphen when it was split to fit
  ("inno-" + "vation"), with it when it is a compound whose two halves are words of the
  report ("high-" + "tech");
- the lines of a paragraph become one line, so every sentence is whole and a quote from it
  can be found in the kept text. A line ends its paragraph when it is short (the paragraph's
  last line), or when the next line is a heading (short, no closing punctuation), a list
  item or a table row, which stay lines of their own.

>>> print(reflow([["Annual Report", "The science city opened new facilities and its inno-",
...   "vation zone grew by 35 percent in 2023, helped by high-", "tech firms.", "Table 1",
...   "Facilities 32 35", "Page 1 of 2"], ["Annual Report", "The high tech zone grew.", "Page 2 of 2"]]), end="")
The science city opened new facilities and its innovation zone grew by 35 percent in 2023, helped by high-tech firms.
<BLANKLINE>
Table 1
Facilities 32 35
<BLANKLINE>
The high tech zone grew.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from kg.errors import BadInputError
from kg.ingest.reader import Article, unread_lines

__all__ = ["read_pdf", "parse_pdf", "reflow", "MAX_PAGES"]

#: Reports longer than this are refused (an article or a report is expected, not a book).
MAX_PAGES = 500
#: The encoding an :class:`~kg.ingest.reader.Article` read from a PDF says it has.
PDF = "pdf"

_PAGE_NUMBER = re.compile(r"(?i)^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$")
_SENTENCE_END = re.compile(r"[.!?:;][\"”’')\]]*$")
_ITEM = re.compile(r"^(?:[•·▪◦*]|[-–—]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s|\d{1,2}(?:\.\d{1,2})+\s)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffd]")
_TABLE_ROW = re.compile(r"(?:\s[-+]?[\d$¥][\d,.%]*){2,}$")


def read_pdf(path: Path, *, max_bytes: int) -> Article:
    """Read the PDF file ``path``; refuse one over ``max_bytes`` without reading it whole."""
    from kg.ingest.reader import read_bounded

    return parse_pdf(read_bounded(path, max_bytes), name=path.name)


def parse_pdf(raw: bytes, *, name: str = "report.pdf") -> Article:
    """The :class:`~kg.ingest.reader.Article` of a PDF given as bytes: its re-flowed text, its title."""
    if not raw.lstrip()[:5] == b"%PDF-":
        raise BadInputError(f"{name} is not a PDF file")
    pages, title = _pages(raw, name)
    text = _one_line(reflow(pages), title)
    if not text.strip():
        raise BadInputError(f"{name} has no text to read (a scanned PDF? its pages may be images)")
    article = Article(text=text, raw=raw, encoding=PDF, is_html=False, title=title)
    article.excluded, article.unread = unread_lines(text)
    return article


def _one_line(text: str, title: str | None) -> str:
    r"""``text`` with the title on one line, where it was set over two to four.

    >>> _one_line("Menu\nHaidian start-ups raise\n1,400 rounds\nBy Ada", "Haidian start-ups raise 1,400 rounds")
    'Menu\nHaidian start-ups raise 1,400 rounds\nBy Ada'
    """
    if not title:
        return text
    lines = text.split("\n")
    for i in range(min(len(lines), 60)):
        for k in (2, 3, 4):
            if lines[i] and " ".join(" ".join(lines[i : i + k]).split()) == title:
                return "\n".join([*lines[:i], title, *lines[i + k :]])
    return text


def _pages(raw: bytes, name: str) -> tuple[list[list[str]], str | None]:
    """Each page's lines as pypdf extracts them, and the document's title (its metadata)."""
    import io
    import logging
    import warnings

    log = logging.getLogger("pypdf")
    level = log.level
    log.setLevel(logging.CRITICAL)  # pypdf logs what it repairs; a one-line error is all the user gets
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from pypdf import PdfReader

            try:
                reader = PdfReader(io.BytesIO(raw))
                if reader.is_encrypted and not reader.decrypt(""):
                    raise BadInputError(f"{name} is encrypted; give a copy without a password")
                if len(reader.pages) > MAX_PAGES:
                    raise BadInputError(f"{name} has {len(reader.pages):,} pages; at most {MAX_PAGES} are read")
                pages = [_page_lines(page) for page in reader.pages]
                headline = _headline(reader.pages[0]) if reader.pages else None
                meta = reader.metadata
                title = headline or _title(meta.title if meta is not None else None)
            except BadInputError:
                raise
            except (RecursionError, MemoryError):
                raise BadInputError(f"{name} is not a PDF that can be read (it is nested too deeply)") from None
            except Exception as exc:  # pypdf raises many kinds of errors for a damaged file
                text = " ".join(str(exc).split())[:120] or type(exc).__name__
                if "cryptography" in text or "AES" in text:
                    raise BadInputError(f"{name} is encrypted; give a copy without a password") from None
                raise BadInputError(f"{name} is not a PDF that can be read: {text}") from None
    finally:
        log.setLevel(level)
    return pages, title


def _page_lines(page: Any) -> list[str]:
    """A page's lines, laid out as on the page: blank lines between paragraphs, a table's columns
    apart by spaces, and a page set in columns (or a column and a sidebar) one column after the
    other (:func:`_columns`)."""
    try:
        # a glyph with no character in its font comes out as a control character ("\x00")
        laid = _CONTROL.sub("", page.extract_text(extraction_mode="layout") or "").split("\n")
    except Exception:  # pypdf's layout mode fails on some pages that its plain mode reads
        return _CONTROL.sub("", page.extract_text() or "").split("\n")
    return _columns([line.rstrip() for line in laid])


#: A gap between two columns of text on a line as laid out: words before it, words after it.
_GUTTER = re.compile(r"(?<=[^\W\d_][,;.:]|[^\W\d_]{2}|.[-–—]) {4,}(?=\S*[^\W\d_]{2})")


def _columns(lines: list[str]) -> list[str]:
    """Lines laid out in two columns side by side, as the left column's lines and then the right's.

    A column's left edge is where text starts after a wide gap on several lines whose text before
    the gap is prose (three words or more):

    >>> for line in _columns(["Haidian District raised 31.6 billion    Related stories",
    ...                       "yuan in 2024, more than in any         Tsinghua opens a hall",
    ...                       "earlier year, the district said.",
    ...                       "District    Funding    Deals"]):
    ...     print(repr(line))
    'Haidian District raised 31.6 billion'
    'yuan in 2024, more than in any'
    'earlier year, the district said.'
    'District    Funding    Deals'
    ''
    'Related stories'
    'Tsinghua opens a hall'
    """
    starts: Counter[int] = Counter()
    for line in lines:
        for m in _GUTTER.finditer(line):
            if len(re.findall(r"[^\W\d_]{2,}", line[: m.start()])) >= 3:
                starts[m.end()] += 1
    if not starts:
        return lines
    edge, count = max(
        ((x, sum(starts[x + d] for d in (-1, 0, 1))) for x in starts), key=lambda pair: (pair[1], -pair[0])
    )
    if count < 2:
        return lines
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        cut = next(
            (x for x in (edge - 1, edge, edge + 1) if len(line) > x and line[x - 2 : x] == "  " and line[x] != " "),
            None,
        )
        if cut is None or not line[cut:].strip():
            left.append(line)
            if right and right[-1]:
                right.append("")
            continue
        left.append(line[:cut].rstrip())
        right.append(line[cut:].strip())
    while right and not right[-1]:
        right.pop()
    return left + [""] + right


def _headline(page: Any) -> str | None:
    """The text set largest on a page (a report's title on its cover, an article's headline),
    when it reads as a title: two to thirty words, not a number."""
    import math

    runs: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
            runs.append((round(float(size or 0) * scale, 1), text))

    try:
        page.extract_text(visitor_text=visit)
    except Exception:
        return None
    if not runs:
        return None
    top = max(size for size, _ in runs)
    body = Counter(size for size, text in runs for _ in text.split()).most_common(1)[0][0]
    if top < 1.3 * body:
        return None  # nothing set larger than the text
    first = next(i for i, (size, _) in enumerate(runs) if size == top)
    words: list[str] = []
    for size, text in runs[first:]:
        if size != top:
            break
        words += _CONTROL.sub("", text).split()
    title = " ".join(words)
    if not 2 <= len(words) <= 30 or len(re.findall(r"[^\W\d_]{2,}", title)) < 2:
        return None
    return title


def _title(value: object) -> str | None:
    """The metadata title, unless it is empty or a file name a program put there."""
    if not isinstance(value, str):
        return None
    title = " ".join(value.split())
    if not title or re.search(r"(?i)\.(?:docx?|pptx?|xlsx?|pdf|tex|indd)$|^(?:untitled|microsoft word)\b", title):
        return None
    return title


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _running(pages: list[list[str]]) -> set[str]:
    """The shapes (digits as #) of lines repeated at the top or bottom of most pages."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        edge = lines[:2] + lines[-2:]
        seen.update({_shape(line) for line in edge})
    return {shape for shape, n in seen.items() if n >= 2 and n * 2 >= len(pages)}


def _trim(lines: list[str]) -> list[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start]:
        start += 1
    while end > start and not lines[end - 1]:
        end -= 1
    return lines[start:end]


def _strip_page(lines: list[str], running: set[str]) -> list[str]:
    """A page's lines without its running head, running foot and page number (nor blank lines at its ends).

    Each running line goes once from each end: a title under a running head of the same words stays.
    """
    top: set[str] = set()
    bottom: set[str] = set()

    def edge(line: str, seen: set[str]) -> bool:
        shape = _shape(line)
        if _PAGE_NUMBER.match(line) or (shape in running and shape not in seen):
            seen.add(shape)
            return True
        return False

    lines = _trim(lines)
    for _ in range(2):  # a running head above a page number, say
        if lines and edge(lines[0], top):
            lines = _trim(lines[1:])
        if lines and edge(lines[-1], bottom):
            lines = _trim(lines[:-1])
    return lines


def reflow(pages: list[list[str]]) -> str:
    """The text of a PDF's pages (each a list of lines): running heads and page numbers left
    out, hyphenated line breaks joined, paragraphs on one line (see the module's description)."""
    pages = [_tidy(page) for page in pages]
    running = _running([[line for line in page if line] for page in pages])
    lines = [line for page in pages for line in _strip_page(page, running)]  # "" where a blank line was
    if not any(lines):
        return ""
    lengths = sorted((len(line) for line in lines if not _COLUMNS.search(line)), reverse=True) or [0]
    width = lengths[min(2, len(lengths) - 1)]
    words = Counter(w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", "\n".join(lines)))

    def full(line: str) -> bool:
        return len(line) >= 0.7 * width

    def heading_like(line: str) -> bool:
        return not full(line) and not _SENTENCE_END.search(line) and not line.endswith(",")

    blocks: list[list[str]] = []  # the lines of each block, joined below
    after_blank = False
    for line in lines:
        if not line:
            after_blank = True
            continue
        if blocks and not after_blank:
            prev = blocks[-1][-1]
            hyphen = re.search(r"(?<=\w)[-‐]$", prev) and re.match(r"\w", line)
            dash = prev.endswith(("—", "–")) and not prev.endswith((" —", " –"))
            table = (_TABLE_ROW.search(prev) and _TABLE_ROW.search(line)) or _COLUMNS.search(prev + "\n" + line)
            # a line that starts in lower case goes on from the one before ("... takes computer" /
            # "science crown in ...": a headline over two lines)
            goes_on = re.match(r"[^\W\d_A-Z]", line) and not _SENTENCE_END.search(prev) and not _ITEM.match(prev)
            joins = (
                bool(hyphen or dash)
                or ((full(prev) or goes_on) and not heading_like(line) and not _ITEM.match(line) and not table)
                or bool(goes_on and not table)
            )
            if joins:
                blocks[-1].append(line)
                continue
        blocks.append([line])
        after_blank = False
    texts = [_join(block, words) for block in blocks]
    out: list[str] = []
    for i, text in enumerate(texts):
        if i:
            compact = (
                len(blocks[i]) == 1
                and len(blocks[i - 1]) == 1
                and ((not full(text) and not full(texts[i - 1])) or bool(_COLUMNS.search(texts[i - 1] + "\n" + text)))
            )
            out.append("\n" if compact else "\n\n")
        out.append(text)
    return "".join(out) + "\n"


#: Cells of a table row as laid out on the page: apart by two spaces or more.
_COLUMNS = re.compile(r"\S {2,}\S")


def _tidy(page: list[str]) -> list[str]:
    """A page's lines with their spaces made single, except between a table's columns: a run of
    lines laid out in columns keeps them, less the indent the lines share.

    >>> _tidy(["  Two  words  here", "", "   District    Firms", "   Haidian      412", "Next  line."])
    ['Two words here', '', 'District    Firms', 'Haidian      412', 'Next line.']
    """
    out = [" ".join(line.split()) for line in page]
    columned = [
        bool(_COLUMNS.search(line.strip())) and (bool(re.search(r"\d", line)) or not line.rstrip().endswith("."))
        for line in page
    ]
    i = 0
    while i < len(page):
        j = i
        while j < len(page) and columned[j]:
            j += 1
        if sum(bool(re.search(r"\d", line)) for line in page[i:j]) >= 1 and j - i >= 2:
            # a table: two lines in columns or more, one with a figure at least
            indent = min(len(line) - len(line.lstrip()) for line in page[i:j])
            out[i:j] = [line[indent:].rstrip() for line in page[i:j]]
        i = max(j, i + 1)
    return out


def _join(lines: list[str], words: Counter[str]) -> str:
    """The lines of one paragraph as one line."""
    text = lines[0]
    for line in lines[1:]:
        hyphen = re.search(r"(\w+)[-‐]$", text)
        start = re.match(r"\w+", line)
        if hyphen and start:
            left, right = hyphen.group(1), start.group(0)
            if _keeps_hyphen(left, right, words):
                text = text[:-1] + "-" + line
            else:
                text = text[:-1] + line
        elif text.endswith(("—", "–")) and not text.endswith((" —", " –")):
            text += line
        else:
            text += " " + line
    return text


def _keeps_hyphen(left: str, right: str, words: Counter[str]) -> bool:
    """Whether a word broken as ``left-`` / ``right`` at a line end is a hyphenated compound.

    ``words`` counts the words of the whole text, the two halves included.

    >>> words = Counter("high high tech tech inno vation innovation-driven".split())
    >>> _keeps_hyphen("high", "tech", words), _keeps_hyphen("inno", "vation", words)
    (True, False)
    >>> _keeps_hyphen("2024", "2025", words), _keeps_hyphen("Sino", "Foreign", words)
    (True, True)
    """
    if left[-1:].isdigit() or right[:1].isdigit() or right[:1].isupper():
        return True  # 2024-2025, Sino-Foreign
    joined, compound = (left + right).lower(), f"{left}-{right}".lower()
    if words[compound]:
        return True  # written so elsewhere
    if words[joined]:
        return False
    if words[left.lower()] > 1 and right.lower() in _COMPOUND_ENDS:
        return True  # "district-owned", "Beijing-based": a word of the report and a common second half
    return words[left.lower()] > 1 and words[right.lower()] > 1  # two words the report uses alone


#: Words that often end a hyphenated compound ("state-owned", "Beijing-based", "high-tech").
_COMPOUND_ENDS = frozenset(
    "owned based backed funded led run level scale term tech driven related oriented made free sized wide "
    "making building intensive focused listed registered invested controlled up down off in out".split()
)
