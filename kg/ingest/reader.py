"""Read an article as received: decode it, turn HTML into text, find the page furniture.

The text kept as the source is what a reader sees: for a plain-text file, the file itself
(decoded to UTF-8); for an HTML page, its visible text with the page's navigation, menus,
comment forms, share buttons and "related post" teasers left out. Furniture that remains
in the text (a plain-text copy of a web page keeps it) is listed line by line, verbatim, so
the build can keep quotes out of it.

>>> page = b'<html><head><title>T</title></head><body><nav>Home | News</nav>'
>>> page += b'<article><h1>Big news</h1><p>Beijing grew.</p></article>'
>>> page += b'<div class="share-buttons">Share on X</div></body></html>'
>>> article = parse_article(page, name="page.html")
>>> article.text
'Big news\\n\\nBeijing grew.\\n'
>>> article.title, article.is_html
('Big news', True)
>>> parse_article("Text.\\n\\nLeave a Reply\\nYour email address will not be published.\\n".encode()).excluded
['Leave a Reply', 'Your email address will not be published.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import BadInputError

__all__ = ["Article", "read_article", "parse_article", "decode", "MAX_BYTES"]

#: Articles larger than this are refused before they are read (news articles are far smaller).
MAX_BYTES = 2_000_000


@dataclass
class Article:
    """An article as the project keeps it."""

    text: str  # what is stored as data/sources/<id>.txt
    raw: bytes  # the bytes as received
    encoding: str  # how they were decoded
    is_html: bool
    excluded: list[str] = field(default_factory=list)  # furniture lines left in the text, verbatim
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: str | None = None  # YYYY-MM-DD, only when the page states it
    url: str | None = None


def read_article(path: Path, *, max_bytes: int = MAX_BYTES, encoding: str | None = None) -> Article:
    """Read ``path``; refuse files over ``max_bytes`` without reading them whole."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise BadInputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise BadInputError(f"{path} is larger than {max_bytes:,} bytes; an article is expected (see --max-bytes)")
    return parse_article(raw, name=path.name, encoding=encoding)


def parse_article(raw: bytes, *, name: str = "article", encoding: str | None = None) -> Article:
    """Decode and clean an article given as bytes (see the module's description)."""
    is_html = _looks_like_html(raw, name)
    text, encoding = decode(raw, html=is_html, encoding=encoding)
    if not text.strip():
        raise BadInputError(f"{name} is empty: there is no text to read")
    if is_html:
        page = _Page()
        page.feed(text)
        page.close()
        body = page.article_text()
        if not body.strip():
            raise BadInputError(f"{name} has no visible text")
        meta = page.meta()
        article = Article(
            text=body,
            raw=raw,
            encoding=encoding,
            is_html=True,
            title=meta["title"],
            author=meta["author"],
            publisher=meta["publisher"],
            date=meta["date"],
            url=meta["url"],
        )
    else:
        if "\x00" in text:
            raise BadInputError(f"{name} is not a text file")
        article = Article(text=text, raw=raw, encoding=encoding, is_html=False)
    article.excluded = furniture_lines(article.text)
    return article


# --- decoding ---------------------------------------------------------------------------

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def decode(raw: bytes, *, html: bool = False, encoding: str | None = None) -> tuple[str, str]:
    """Bytes -> (text, encoding): ``encoding`` if given, else a byte-order mark, UTF-8, the page's
    declared charset, GB18030 when that yields Chinese, then a statistical guess.

    >>> decode("Zhongguancun 中关村".encode("gb18030"))
    ('Zhongguancun 中关村', 'gb18030')
    >>> decode(b"caf\\xe9 au lait")
    ('café au lait', 'cp1252')
    """
    if encoding:
        try:
            return _normalize_newlines(raw.decode(encoding)), encoding
        except LookupError:
            raise BadInputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise BadInputError(f"the file is not valid {encoding}: {exc.reason} at byte {exc.start}") from None
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return _normalize_newlines(raw.decode(name, errors="replace")), name
    try:
        return _normalize_newlines(raw.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if html:
        declared = _META_CHARSET.search(raw[:4096])
        if declared:
            try:
                return _normalize_newlines(raw.decode(declared.group(1).decode("ascii"))), declared.group(1).decode()
            except (LookupError, UnicodeDecodeError):
                pass
    try:  # the encoding of most Chinese pages that are not UTF-8
        text = raw.decode("gb18030")
        if re.search(r"[\u4e00-\u9fff]", text):
            return _normalize_newlines(text), "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["gb18030", "big5", "cp1252", "latin_1", "shift_jis", "euc_kr", "utf_16"])
    guess = best.best()
    if guess is None:
        raise BadInputError("the file is not text in any encoding recognized (UTF-8, GB18030, Big5, Windows-1252 ...)")
    return _normalize_newlines(str(guess)), str(guess.encoding).replace("_", "-")


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_html(raw: bytes, name: str) -> bool:
    if name.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = raw[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<p>" in head


# --- HTML -------------------------------------------------------------------------------

_SKIP_TAGS = frozenset(
    "script style noscript template svg nav header footer aside form button iframe select "
    "textarea label input figure figcaption menu dialog".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table tr td th dl dt dd "
    "address hgroup body html center".split()
)
#: class or id words of page furniture (menus, share bars, comment forms, teasers ...).
_FURNITURE_ATTR = re.compile(
    r"(?:^|[\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|comments?|respond|reply|related|"
    r"recommend(?:ed)?|sidebar|widget|footer|header|masthead|subscribe|newsletter|advert|ads?|promo|"
    r"cookie|popup|modal|tags|pagination|pager|next-post|prev-post|post-navigation|author-box)(?:$|[\s_-])",
    re.IGNORECASE,
)


class _Page(HTMLParser):
    """Collects the visible text of a page, block by block, skipping furniture elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.skipping = 0
        self.blocks: list[tuple[str, str]] = []  # (container, text): container is article/main/other
        self.current: list[str] = []
        self.container_depth = {"article": 0, "main": 0}
        self.title_parts: list[str] = []
        self.h1: str | None = None
        self.h1_parts: list[str] | None = None
        self.in_title = False
        self.metas: dict[str, str] = {}
        self.canonical: str | None = None

    # tags
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content"):
                self.metas.setdefault(key, values["content"].strip())
            return
        if tag == "link" and "canonical" in values.get("rel", "").lower():
            self.canonical = values.get("href") or None
            return
        if tag == "title":
            self.in_title = True
        if tag in _VOID:
            if tag == "br" and not self.skipping:
                self.current.append("\n")
            return
        furniture = tag in _SKIP_TAGS or bool(
            _FURNITURE_ATTR.search(values.get("class", "")) or _FURNITURE_ATTR.search(values.get("id", ""))
        )
        if tag in ("article", "main") and not self.skipping:
            furniture = False
        if tag in _BLOCK:
            self._flush()
        self.stack.append((tag, furniture))
        if furniture:
            self.skipping += 1
        elif tag in self.container_depth:
            self.container_depth[tag] += 1
        if tag == "h1" and not self.skipping and self.h1 is None:
            self.h1_parts = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID or not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            open_tag, skipped = self.stack.pop()
            if open_tag in _BLOCK:
                self._flush()
            if skipped:
                self.skipping -= 1
            elif open_tag in self.container_depth:
                self.container_depth[open_tag] -= 1
            if open_tag == "h1" and self.h1_parts is not None:
                self.h1 = " ".join("".join(self.h1_parts).split()) or None
                self.h1_parts = None
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skipping:
            return
        self.current.append(data)
        if self.h1_parts is not None:
            self.h1_parts.append(data)

    def _flush(self) -> None:
        text = "".join(self.current)
        self.current = []
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            where = "article" if self.container_depth["article"] else "main" if self.container_depth["main"] else ""
            self.blocks.append((where, text))

    def article_text(self) -> str:
        """The text of the <article> (else <main>, else the whole page), blocks split by blank lines."""
        self._flush()
        for container in ("article", "main", ""):
            chosen = [text for where, text in self.blocks if where == container or not container]
            if chosen:
                return "\n\n".join(chosen) + "\n"
        return ""

    def meta(self) -> dict[str, str | None]:
        title = self.metas.get("og:title") or self.h1 or (" ".join("".join(self.title_parts).split()) or None)
        date = self.metas.get("article:published_time") or self.metas.get("datepublished") or self.metas.get("date")
        match = re.match(r"\d{4}-\d{2}-\d{2}", date or "")
        if match and not calendar_date(match.group(0)):
            match = None
        return {
            "title": title,
            "author": self.metas.get("author") or self.metas.get("article:author"),
            "publisher": self.metas.get("og:site_name") or self.metas.get("publisher"),
            "date": match.group(0) if match else None,
            "url": self.metas.get("og:url") or self.canonical,
        }


def calendar_date(text: str) -> bool:
    """Whether ``text`` is a date YYYY-MM-DD that exists.

    >>> calendar_date("2024-02-29"), calendar_date("2023-02-29"), calendar_date("2024-13-45"), calendar_date("24-1-1")
    (True, False, False, False)
    """
    import datetime

    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return False
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


# --- furniture in the text ---------------------------------------------------------------

#: Whole lines that are page furniture wherever they stand.
_FURNITURE_LINE = re.compile(
    r"^(?:leave a (?:reply|comment)|(?:your )?email address will not be published.*|required fields are marked.*|"
    r"please enter your (?:comment|name|email)[^.]*[.!]?|post comment|submit comment|"
    r"(?:next|previous|prev|older|newer) (?:post|article|story)|related (?:posts?|articles?|stories|news)|"
    r"(?:you may|you might) also like.*|read more|share(?: this| on \w+)?:?|share this (?:article|story|post):?|"
    r"subscribe(?: us)?(?: now)?|sign up for our newsletter.*|follow us(?: on .*)?|tags?:.*|"
    r"app \| 中文 \|?|中文|print|e-?mail|facebook|twitter|linkedin|wechat|weibo|whatsapp|"
    r"copyright ©.*|© ?\d{4}.*|all rights reserved\.?|advertisement|skip to (?:main )?content|"
    r"(?:click|tap) here.*|home \|.*|back to top|comments?(?: \(\d+\))?|\d+ comments?|loading\.\.\.)$",
    re.IGNORECASE,
)
#: Lines after which everything is furniture (comment forms, teasers of other posts).
_TAIL_START = re.compile(
    r"^(?:leave a (?:reply|comment)|(?:next|previous) post|related (?:posts?|articles?|stories)|"
    r"(?:you may|you might) also like|please enter your comment!?)",
    re.IGNORECASE,
)


def furniture_lines(text: str) -> list[str]:
    """The lines of ``text`` that are page furniture, verbatim and each once, in order.

    >>> furniture_lines("Beijing grew.\\nShare this:\\nFacebook\\nMore text.\\n")
    ['Share this:', 'Facebook']
    """
    found: list[str] = []
    tail = False
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if _TAIL_START.match(stripped):
            tail = True
        if (tail or _FURNITURE_LINE.match(stripped)) and stripped not in found:
            found.append(stripped)
    return found
