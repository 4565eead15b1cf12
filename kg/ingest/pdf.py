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
                given = _title(meta.title if meta is not None else None)
                # the title set largest, unless the document's own title is that and more (its subtitle:
                # "Innovation Consortia in Beijing: Monitoring Report 2025")
                title = _choose_title(headline, given, pages[0] if pages else [])
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


def _gutter(line: str) -> int | None:
    """Where the right column starts on a line laid out in two columns: after its widest gap, when
    that gap is wide (four spaces or more) and twice as wide as any other on the line (so not a gap
    of justified text), with three words of prose before it and words after it.

    >>> _gutter("Haidian  District  raised  31.6  billion           Follow-up   interviews  with")
    51
    >>> _gutter("At   the   end   of   2025,   Beijing    had   286   registered") is None
    True
    """
    gaps = [(m.start(), m.end()) for m in re.finditer(r"(?<=\S) +(?=\S)", line)]
    if not gaps:
        return None
    a, b = max(gaps, key=lambda g: g[1] - g[0])
    others = max((e - s for s, e in gaps if (s, e) != (a, b)), default=1)
    if b - a < 4 or b - a < 2 * others + 1:
        return None
    if len(re.findall(r"[^\W\d_]{2,}", line[:a])) < 3 or not re.search(r"[^\W\d_]{2}", line[b:]):
        return None
    return b


def _columns(lines: list[str]) -> list[str]:
    """Lines laid out in two columns side by side, as the left column's lines and then the right's,
    the lines above and below them (full width) where they were.

    A column's left edge is where text starts after a gutter (:func:`_gutter`) on several lines:

    >>> for line in _columns(["Haidian District raised 31.6 billion    Related stories",
    ...                       "yuan in 2024, more than in any         Tsinghua opens a hall",
    ...                       "earlier year, the district said.",
    ...                       "",
    ...                       "A line as wide as the page, under both columns, reads on its own."]):
    ...     print(repr(line))
    'Haidian District raised 31.6 billion'
    'yuan in 2024, more than in any'
    'earlier year, the district said.'
    ''
    ''
    'Related stories'
    'Tsinghua opens a hall'
    ''
    'A line as wide as the page, under both columns, reads on its own.'
    """
    starts = Counter(x for x in map(_gutter, lines) if x is not None)
    if not starts:
        return lines
    edge, count = max(
        ((x, sum(starts[x + d] for d in (-2, -1, 0, 1, 2))) for x in starts), key=lambda pair: (pair[1], -pair[0])
    )
    if count < 2:
        return lines
    cuts: list[int | None] = []
    for line in lines:
        cut = _gutter(line)
        if cut is not None and abs(cut - edge) > 2:
            cut = None
        if cut is None and len(line) > edge + 2 and not line[: edge - 2].strip() and starts[edge] >= 3:
            cut = len(line) - len(line.lstrip())  # the right column alone, its left one ended above
        cuts.append(cut if cut is not None and line[cut:].strip() else None)
    split = [n for n, cut in enumerate(cuts) if cut is not None]
    first, last = split[0], split[-1]  # the lines in columns, between full-width ones
    while last + 1 < len(lines) and len(lines[last + 1].rstrip()) < edge - 2:
        last += 1  # the left column's lines below the right one's end (and blank lines), still in columns
    for n in range(first, last + 1):  # a line of the section whose left part is short ("its report.")
        line = lines[n]
        if cuts[n] is None and len(line) > edge + 1:
            at = next((x for x in (edge, edge - 1, edge + 1) if line[x - 2 : x] == "  " and line[x] != " "), None)
            cuts[n] = at
    left: list[str] = []
    right: list[str] = []
    for line, cut in zip(lines[first : last + 1], cuts[first : last + 1], strict=True):
        if cut is None:
            left.append(line)
            if right and right[-1]:
                right.append("")
            continue
        left.append(line[:cut].rstrip())
        right.append(line[cut:].strip())
    while right and not right[-1]:
        right.pop()
    return lines[:first] + left + [""] + right + [""] + lines[last + 1 :]


def _choose_title(headline: str | None, given: str | None, first_page: list[str]) -> str | None:
    """The title of a PDF: the text set largest on its first page, or the document's own title
    when that adds a subtitle to it ("X: Monitoring Report 2025", less a site's name after a
    "|"), or is printed on the first page while the largest text is something else (a masthead).

    >>> _choose_title("Consortia in Beijing", "Consortia in Beijing: Report 2025 | Example Site", [])
    'Consortia in Beijing: Report 2025'
    >>> _choose_title("Tech Weekly", "Haidian start-ups raise record sums", ["Haidian start-ups raise record sums"])
    'Haidian start-ups raise record sums'
    >>> _choose_title("Haidian start-ups raise record sums", "Haidian start-ups raise record sums | Tech Weekly", [])
    'Haidian start-ups raise record sums'
    >>> _choose_title("Robots in Beijing Monitoring Report 2026", "Robots in Beijing: Monitoring Report 2026", [])
    'Robots in Beijing: Monitoring Report 2026'
    >>> _choose_title("Beijing AI Industry Report 2026", "BEIJING AI INDUSTRY REPORT 2026", [])
    'Beijing AI Industry Report 2026'
    """
    given = re.split(r"\s+[|｜]\s+", given)[0].strip() if given else given
    if not headline:
        return given or None
    if not given or given == headline:
        return headline
    if given.lower().startswith(headline.lower()) and re.match(r"\s*:\s*\w", given[len(headline) :]):
        return given  # the title and its subtitle
    if (
        re.findall(r"\w+", given) == re.findall(r"\w+", headline)
        and re.search(r"[:—–]", given)
        and not re.search(r"[:—–]", headline)
    ):
        return given  # the same words, with the colon or dash a line break hid
    printed = {" ".join(line.split()) for line in first_page}
    if given in printed and headline.lower() not in given.lower() and given.lower() not in headline.lower():
        return given  # printed as it is, the largest text a masthead or a kicker
    return headline


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
    if re.match(r"[\"“‘'«]", title) or re.search(r"(?i)\bmin(?:ute)?s?\s+read\b", title):
        return None  # a pull quote or a reading time set large, no title
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

    # a line is full when it is nearly as long as the longest of its run of lines (a column's lines are
    # shorter than the page's), unless those are all short (a menu, a list of labels)
    reference: dict[str, int] = {}
    run: list[str] = []
    for line in [*lines, ""]:
        if line:
            run.append(line)
            continue
        longest = max((len(x) for x in run if not _COLUMNS.search(x)), default=0)
        for x in run:
            reference[x] = min(reference.get(x, width), width if longest < 0.25 * width else longest)
        run = []

    def full(line: str, after: str = "") -> bool:
        if len(line) >= 0.7 * width:
            return True
        # full for its column, unless title-case words end it and start the next ("... Office" / "Annual Report")
        titled = re.search(r"\b(?:[A-Z][\w’'-]*|(?:19|20)\d\d)$", line) and re.match(r"[A-Z]", after)
        return len(line) >= 0.7 * reference.get(line, width) and not titled

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
            goes_on = (
                re.match(r"[^\W\d_A-Z]", line)
                and not _SENTENCE_END.search(prev)
                and not _ITEM.match(prev)
                and len(prev) >= 0.5 * reference.get(prev, width)  # (not a list: "Key industries" / "biomedicine")
            )
            joins = (
                bool(hyphen or dash)
                or ((full(prev, line) or goes_on) and not heading_like(line) and not _ITEM.match(line) and not table)
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


def _justified(line: str) -> bool:
    """Whether a line as laid out is of justified prose: four words or more, spaced evenly wider
    (no gap of one space, none over twice the narrowest and two), mostly words, one in lower case.

    >>> _justified("At   the   end   of   2025,   Beijing   had   286"), _justified("Rank  City  Score  Rank last year")
    (True, False)
    """
    gaps = [len(g) for g in re.findall(r"(?<=\S) +(?=\S)", line)]
    words = line.split()
    return (
        len(words) >= 4
        and min(gaps) >= 2
        and max(gaps) <= 2 * min(gaps) + 2
        and sum(bool(re.match(r"[^\W\d_]", w)) for w in words) * 2 > len(words)
        and any(re.fullmatch(r"[a-z][a-z’'-]*[,;.]?", w) for w in words)  # (a table's header: Capitalized words)
    )


def _cells(line: str) -> list[str]:
    """The cells of a line laid out in columns: apart by two spaces or more.

    >>> _cells("  Haidian     118    152.3")
    ['Haidian', '118', '152.3']
    """
    return re.split(r"\s{2,}", line.strip())


def _aligned(a: str, b: str) -> bool:
    """Whether two lines laid out in columns have a column in common (a cell starting or ending at
    the same place, give or take two), their first aside.

    >>> _aligned("District    Firms   Deals", "Haidian      412     30"), _aligned("Two  words", "District        9")
    (True, False)
    """

    def edges(line: str) -> set[int]:
        cells = [m for m in re.finditer(r"\S+(?: \S+)*", line)][1:]
        return {m.start() for m in cells} | {m.end() for m in cells}

    return any(abs(x - y) <= 2 for x in edges(a) for y in edges(b))


def _apart(line: str) -> list[str]:
    """A line laid out as two things far apart (a gap of six spaces or more, over twice any other),
    as the two.

    >>> _apart("Example Report 2025          Example Office"), _apart("At   the   end   of   2025,      we")
    (['Example Report 2025', 'Example Office'], ['At   the   end   of   2025,      we'])
    """
    gaps = sorted((m.end() - m.start(), m.start(), m.end()) for m in re.finditer(r"(?<=\S) +(?=\S)", line))
    if not gaps or gaps[-1][0] < 6 or (len(gaps) > 1 and gaps[-1][0] < 2 * gaps[-2][0] + 1):
        return [line.strip()]
    _, a, b = gaps[-1]
    return [line[:a].strip(), line[b:].strip()]


def _tidy(page: list[str]) -> list[str]:
    """A page's lines with their spaces made single, except between a table's columns: a run of
    lines laid out in columns (blank lines between them dropped) keeps them, less the indent the
    lines share.

    >>> _tidy(["  Words  set  wide  in  a  line", "", "   District    Firms", "", "   Haidian      412", "Next  line."])
    ['Words set wide in a line', '', 'District    Firms', 'Haidian      412', 'Next line.']
    """
    # a line of two things set far apart ("Annual Report 2024 ........ Example Office") is two lines
    out: list[str | None] = ["\n".join(" ".join(part.split()) for part in _apart(line)) for line in page]
    columned = [
        bool(_COLUMNS.search(line.strip()))
        and (bool(re.search(r"\d", line)) or not line.rstrip().endswith("."))
        and not _justified(line)
        for line in page
    ]
    i = 0
    while i < len(page):
        j, rows = i, list[int]()
        while j < len(page) and (
            columned[j]
            or (
                not page[j].strip()
                and rows
                and j + 1 < len(page)
                and columned[j + 1]
                and (_aligned(page[rows[-1]], page[j + 1]) or len(_cells(page[rows[-1]])) == len(_cells(page[j + 1])))
            )
        ):
            if columned[j]:
                rows.append(j)
            j += 1
        if sum(bool(re.search(r"\d", page[k])) for k in rows) >= 1 and len(rows) >= 2:
            # a table: two lines in columns or more, one with a figure at least
            indent = min(len(page[k]) - len(page[k].lstrip()) for k in rows)
            for k in range(i, j):
                out[k] = page[k][indent:].rstrip() if k in rows else None
        i = max(j, i + 1)
    return [part for line in out if line is not None for part in line.split("\n")]


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
    "owned based backed funded run level scale term tech driven related oriented made free sized wide "
    "making building intensive focused listed registered invested".split()
)
