"""Read an article as received: decode it, turn HTML into text, find the page furniture and the byline.

The text kept as the source is what a reader sees: for a plain-text file, the file itself
(decoded to UTF-8); for an HTML page, the text of its main content (found by trafilatura, else
by the page's ``<article>`` or ``<main>``), without navigation, menus, comment sections,
share buttons and "related post" teasers. Furniture that remains in the text (a plain-text
copy of a web page keeps it all) is listed line by line, verbatim, so the build can keep
quotes out of it: menus and breadcrumbs, teasers, share and like lines, previous/next links,
font-size and print controls, copyright and ICP footers, visit counters, contact lines,
cookie banners, newsletter boxes, attachment lists and reader comment threads. A line is
never listed when its text is part of a line that stays, since every occurrence of a listed
text is cut out; such a line is only left unread (``Article.unread``), as are the headline,
byline and date lines, which give the metadata and no facts.

Title, author, publisher and publication date come from the page's markup, else from the
header of the text (masthead, headline, byline and date lines, dateline); a date is taken
only where the article states one in full.

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
>>> text = "Home | News | Tech\\nLabs open\\nBy Li Wen, Example Daily | 3 May 2024\\n\\nThe city opened two labs.\\n"
>>> article = parse_article(text.encode())
>>> article.excluded, article.title, article.author, article.publisher, article.date
(['Home | News | Tech'], 'Labs open', 'Li Wen', 'Example Daily', '2024-05-03')
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import lxml.html

from kg.errors import BadInputError
from kg.ingest.people import pinyin_name

__all__ = [
    "Article",
    "read_article",
    "parse_article",
    "decode",
    "furniture_lines",
    "unread_lines",
    "text_metadata",
    "find_dates",
    "MAX_BYTES",
]

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
    #: lines to draft no facts from that are not listed as excluded: the headline, byline and date lines
    #: (metadata), and furniture whose text the body repeats (a masthead "Example Institute" when the body
    #: names the institute), which cannot be cut out wherever it occurs
    unread: list[str] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: str | None = None  # YYYY-MM-DD, only when the article states it
    url: str | None = None


def read_article(path: Path, *, max_bytes: int = MAX_BYTES, encoding: str | None = None) -> Article:
    """Read ``path``; refuse files over ``max_bytes`` without reading them whole."""
    if path.suffix.lower() == ".pdf":  # a PDF report: its text, re-flowed (kg.ingest.pdf)
        from kg.ingest.pdf import read_pdf

        return read_pdf(path, max_bytes=max_bytes)
    return parse_article(read_bounded(path, max_bytes), name=path.name, encoding=encoding)


def read_bounded(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``; a file over ``max_bytes`` is refused without being read whole."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise BadInputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise BadInputError(f"{path} is larger than {max_bytes:,} bytes; an article is expected (see --max-bytes)")
    return raw


def parse_article(raw: bytes, *, name: str = "article", encoding: str | None = None) -> Article:
    """Decode and clean an article given as bytes (see the module's description)."""
    is_html = _looks_like_html(raw, name)
    try:
        text, encoding = decode(raw, html=is_html, encoding=encoding)
    except BadInputError as exc:
        raise BadInputError(str(exc).replace("the file", name, 1)) from None  # which of several files
    if not text.strip():
        raise BadInputError(f"{name} is empty: there is no text to read")
    meta: dict[str, str | None] = {}
    feed = _feed_page(text)
    if feed is not None:  # an item of an RSS or Atom feed, saved as it came: read as the page it stands for
        text, is_html = feed, True
    page = text
    if is_html:
        text, meta = _read_html(text)
        if not text.strip():
            raise BadInputError(f"{name} has no visible text")
    elif "\x00" in text:
        raise BadInputError(f"{name} is not a text file")
    layout = _Layout(text)
    # a page's markup says more than its text, but its <title> less than a headline above the text
    title = meta.get("title") or layout.title or meta.get("fallback_title")
    publisher = meta.get("publisher")
    if not publisher and layout.source_only:  # a "Source:" line names the office; the site is the publisher
        publisher = meta.get("site_title")
    publisher = publisher or layout.publisher or meta.get("site_title") or meta.get("holder")
    if publisher:  # "Fengtai District People's Government, Beijing": the body, without where it is
        publisher = re.sub(r",\s*(?:Beijing(?:,\s*China)?|China|P\.\s?R\.\s?China)$", "", publisher)
    if publisher and publisher.isupper():  # "NORTHLINE" in the logo, "Northline" in the text or <title>
        publisher = _restore_case(publisher, f"{meta.get('fallback_title') or ''}\n{text}")
    author = meta.get("author")
    if author and layout.author and set(_people(author)) <= set(_people(layout.author)):
        # the names as the byline prints them ("A and B", not "A; B"), all of them (the markup may give the first)
        author = layout.author
    elif author and ";" in author:
        joined = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&(?:amp;)?\s*)"
        printed = re.search(joined.join(re.escape(n.strip()) for n in author.split(";")), page)
        author = html.unescape(printed.group(0)) if printed else author
    return Article(
        text=text,
        raw=raw,
        encoding=encoding,
        is_html=is_html,
        excluded=layout.excluded,
        unread=layout.unread,
        title=title,
        author=_bare_byline(author or layout.author),
        publisher=publisher,
        date=meta.get("date") or layout.date,
        url=meta.get("url"),
    )


def _feed_page(text: str) -> str | None:
    """The first item of an RSS or Atom feed, as the HTML page it stands for: its title as the
    headline, its creator, date and feed's name in meta tags, its content as the body; None for
    any other text, or a feed of several items. Read by feedparser, which resolves no external entity.

    >>> page = _feed_page('<rss version="2.0"><channel><title>Example Weekly</title><item><title>Labs open</title>'
    ...     '<pubDate>Tue, 10 Feb 2026 11:15:00 +0800</pubDate><description>&lt;p&gt;The city grew.&lt;/p&gt;'
    ...     '</description></item></channel></rss>')
    >>> '<h1>Labs open</h1>' in page, 'content="2026-02-10"' in page, '<p>The city grew.</p>' in page
    (True, True, True)
    """
    head = text.lstrip()[:400]
    if not re.match(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", head, re.S):
        return None
    import feedparser

    parsed = feedparser.parse(text.lstrip())
    if len(parsed.entries) != 1:
        return None  # (none read, or a whole feed of items, which is no one article)
    entry = parsed.entries[0]
    title = " ".join(str(entry.get("title", "")).split())
    author = str(entry.get("author_detail", {}).get("name") or entry.get("author") or "")
    author = (_names(author)[0] or "") if author and "@" not in author else ""  # people only: no address, no office
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    date = f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}" if when else None
    content = str(entry["content"][0].get("value", "")) if entry.get("content") else str(entry.get("summary", ""))
    if not title and not re.sub(r"<[^>]*>", "", content).strip():
        return None  # (nothing read from a broken feed: the text as it is)
    if "<" not in content:
        content = "".join(f"<p>{html.escape(p.strip())}</p>" for p in content.split("\n\n") if p.strip())
    # "West Hills Weekly — Technology": the feed's site
    publisher = re.split(r"\s+[—–|:-]\s+", str(parsed.feed.get("title", "")))[0]
    metas = "".join(
        f'<meta {attr}="{key}" content="{html.escape(value)}">'
        for attr, key, value in (
            ("name", "author", author),
            ("property", "article:published_time", date or ""),
            ("property", "og:site_name", publisher),
        )
        if value
    )
    return (
        f"<html><head><title>{html.escape(title)}</title>{metas}</head><body><article>"
        f"<h1>{html.escape(title)}</h1>{content}</article></body></html>"
    )


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
_INVISIBLE = frozenset("head script style noscript template svg title".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCK = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol blockquote pre table tr dl dt dd "
    "address hgroup body html center".split()
)
#: class or id words of page furniture (menus, share bars, comment forms, teasers ...).
_FURNITURE_ATTR = re.compile(
    r"(?:^|[\s_-])(nav|navbar|navigation|menu|breadcrumbs?|share|sharing|sharedaddy|social|comments?|"
    r"comment-list|respond|reply|related|recommend(?:ed)?|sidebar|widget|footer|header|masthead|subscribe|"
    r"newsletter|advert|ads?|promo|cookies?|consent|gdpr|popup|modal|tags|tags-links|cat-links|pagination|"
    r"pager|prevnext|prev-next|next-post|prev-post|post-navigation|author-box|toolbar|skip-link|"
    r"screen-reader-text|sr-only|visually-hidden|hidden|reading-time|print|font-?size|pull-?quote|"
    r"preheader|sponsor(?:ed|ship)?|elsewhere)(?:$|[\s_-])",  # (an e-mail issue's preview line, its sponsor)
    re.IGNORECASE,
)
_FURNITURE_ROLES = frozenset("navigation banner contentinfo complementary search dialog alertdialog".split())
#: class or id words of the parts of a page whose dates and names are not the article's.
_NOT_ARTICLE_ATTR = re.compile(
    r"(?:^|[\s_-])(comments?|comment-list|commentlist|respond|replies|discussion|disqus|related|"
    r"recommend(?:ed)?|sidebar|widget)(?:$|[\s_-])",
    re.IGNORECASE,
)
_SITE_ATTR = re.compile(r"(?:^|[\s_-])(site-title|site-name|sitename|logo|brand)(?:$|[\s_-])", re.IGNORECASE)
#: The class of a headline written without <h1>: "article-title", "news_title", "headline".
_HEADLINE_ATTR = re.compile(
    r"(?:^|[\s_-])(?:article|art|post|entry|news|story|detail|content|doc|document|lead|main|hero)[-_]?"
    r"(?:title|headline)(?:$|\s)|"
    r"(?:^|\s|__)headline(?:$|\s)|"  # BEM: "hero__headline"
    r"^\s*title\s*$",  # <h3 class="title"> on a page without <h1>
    re.IGNORECASE,
)


class _Page(HTMLParser):
    """Collects the visible text of a page, block by block, skipping furniture elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.attrs_open: list[str] = []  # the class and id words of each element open, as the stack
        self.skipping = 0
        self.invisible = 0
        self.blocks: list[tuple[str, str]] = []  # (container, text): container is article/main/other
        self.current: list[str] = []
        self.container_depth = {"article": 0, "main": 0}
        self.title_parts: list[str] = []
        self.h1s: list[tuple[str, bool]] = []  # (text, inside <article> or <main>)
        self.h1_parts: list[str] | None = None
        self.h1_site = False  # the <h1> open is the site's name (<h1 class="brand">), no headline
        #: the dates of <time datetime="..."> elements in the text read, in order (a byline's first)
        self.times: list[str] = []
        self.published_times: list[str] = []  # those marked as the publication's ("published", "datePublished")
        self.figure_times: list[str] = []  # <time datetime> in a figure's caption only: "... hall. <time>8 Oct</time>"
        #: a headline in an element of a headline's class, for a page without <h1>
        self.classed_title: str | None = None
        self.classed_parts: list[str] | None = None
        self.classed_depth = 0
        self.site_parts: list[str] | None = None
        self.site_depth = 0
        self.site: str | None = None
        self.in_title = False
        self.metas: dict[str, str] = {}
        self.canonical: str | None = None
        self.visible: list[str] = []  # every visible text, furniture included (for the copyright line)
        self.skipped: set[str] = set()  # the texts of furniture among them (an e-mail's preview line, a sponsor's)
        self.skipped_blocks: set[str] = set()  # ... and each piece of furniture whole
        self.skipped_run: list[str] = []

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
            if tag == "br":
                (self.visible if self.skipping else self.current).append("\n")
            return
        attr_words = values.get("class", "") + " " + values.get("id", "")
        furniture = (
            tag in _SKIP_TAGS
            or bool(_FURNITURE_ATTR.search(attr_words))
            or values.get("role", "").lower() in _FURNITURE_ROLES
            or "hidden" in values
            or values.get("aria-hidden") == "true"
            or (tag == "a" and values.get("href", "").strip().lower().startswith("javascript:"))
        )
        if tag in ("article", "main") and not self.skipping:
            furniture = False
        if (
            tag == "header"
            and not self.skipping
            and (self.container_depth["article"] or self.container_depth["main"])
            and not _FURNITURE_ATTR.search(attr_words)
        ):
            furniture = False  # an article's own header: its headline, byline and date
        if tag in _BLOCK or tag in ("td", "th"):
            if tag in ("td", "th"):  # cells apart, as a plain-text table has them: "Tsinghua | 2,184 | 1"
                self.current.append(" | " if "".join(self.current).strip() else " ")
            else:
                self._flush()
        self.stack.append((tag, furniture))
        self.attrs_open.append(attr_words)
        if furniture:
            self.skipping += 1
        elif tag in self.container_depth:
            self.container_depth[tag] += 1
        if tag in _INVISIBLE:
            self.invisible += 1
        if tag == "h1" and self.h1_parts is None:
            self.h1_parts = []
            self.h1_site = bool(_SITE_ATTR.search(attr_words))
        marks = f"{values.get('class', '')} {values.get('itemprop', '')}".lower()
        if (  # <time class="entry-date published" datetime=...>, in a post's meta line the text leaves out
            tag == "time"
            and ("published" in marks or "pubdate" in values)
            and not re.search(r"updated|modified|comment", marks)
            # (not a side column's, a footer's or a comment's: "related" and comment threads date themselves too)
            and not any(t in ("aside", "nav") for t, _ in self.stack)
            # (an article's own footer holds its entry's meta: "<footer class="entry-footer">Posted on <time>")
            and not (any(t == "footer" for t, _ in self.stack) and not any(t == "article" for t, _ in self.stack))
            and not re.search(r"comment|related|sidebar", " ".join(self.attrs_open), re.I)
            and (stamp := re.match(r"\d{4}-\d{2}-\d{2}", values.get("datetime", "")))
            and calendar_date(stamp.group(0))
        ):
            self.published_times.append(stamp.group(0))
        if (
            tag == "time"
            and not self.skipping
            and (stamp := re.match(r"\d{4}-\d{2}-\d{2}", values.get("datetime", "")))
        ):
            if calendar_date(stamp.group(0)):
                self.times.append(stamp.group(0))
        elif (
            tag == "time"
            and (stamp := re.match(r"\d{4}-\d{2}-\d{2}", values.get("datetime", "")))
            and calendar_date(stamp.group(0))
            and all(t in ("figure", "figcaption") for t, skipped in self.stack if skipped)
        ):
            self.figure_times.append(stamp.group(0))
        if (
            self.classed_parts is None
            and self.classed_title is None
            and not self.skipping
            and tag in ("div", "p", "h2", "h3", "h4", "span", "header", "td", "strong")  # (a table layout's cell)
            and _HEADLINE_ATTR.search(attr_words)
        ):
            self.classed_parts, self.classed_depth = [], len(self.stack)
        if (
            self.site_parts is None
            and self.site is None
            and _SITE_ATTR.search(attr_words)
            and not re.search(r"copyright|original|badge|(?:^|[\s_-])tag(?:$|[\s_-])", attr_words, re.I)
        ):  # not a badge: <span id="copyright_logo" class="meta_original_tag">Original</span>
            self.site_parts, self.site_depth = [], len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID or not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            open_tag, skipped = self.stack.pop()
            if self.attrs_open:
                self.attrs_open.pop()
            if open_tag in _BLOCK:
                self._flush()
            if open_tag in _INVISIBLE:
                self.invisible -= 1
            if open_tag == "h1" and self.h1_parts is not None:
                text = " ".join("".join(self.h1_parts).split())
                inside = bool(self.container_depth["article"] or self.container_depth["main"])
                if text and (inside or not self.skipping) and not self.h1_site:
                    self.h1s.append((text, inside))
                self.h1_parts = None
            if self.classed_parts is not None and len(self.stack) < self.classed_depth:
                self.classed_title = " ".join("".join(self.classed_parts).split()) or None
                self.classed_parts = None
            if self.site_parts is not None and len(self.stack) < self.site_depth:
                self.site = " ".join("".join(self.site_parts).split()) or None
                self.site_parts = None
            if skipped:
                self.skipping -= 1
                if not self.skipping and self.skipped_run:  # a whole piece of furniture, as one text
                    self.skipped_blocks.add(" ".join(" ".join(self.skipped_run).split()))
                    self.skipped_run = []
            elif open_tag in self.container_depth:
                self.container_depth[open_tag] -= 1
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.invisible:
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        if self.classed_parts is not None:
            self.classed_parts.append(data)
        if self.site_parts is not None:
            self.site_parts.append(data)
        if self.skipping:
            self.visible.append(data)
            self.skipped.add(" ".join(data.split()))
            self.skipped_run.append(data)
            return
        self.current.append(data)

    def _flush(self) -> None:
        text = "".join(self.current)
        self.visible.append("\n" + text + "\n")
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
        """What the page's markup says of its title, author, publisher, date and address."""
        title_tag = " ".join("".join(self.title_parts).split()) or None
        inside = [text for text, within in self.h1s if within]
        h1 = inside[0] if inside else self.h1s[0][0] if len(self.h1s) == 1 else None
        date = None
        for key in (
            "article:published_time",
            "og:article:published_time",
            "datepublished",
            "dc.date.issued",
            "dcterms.issued",
            "date",
            "dc.date",
            # names news sites use besides the standard ones
            "publish-date",
            "publish_date",
            "publishdate",
            "pubdate",
            "parsely-pub-date",
            "sailthru.date",
            "article.published",
        ):
            match = re.match(r"\d{4}-\d{2}-\d{2}", self.metas.get(key, ""))
            if match and calendar_date(match.group(0)):
                date = match.group(0)
                break
        # ... or a share card's labelled fields ("twitter:label1" "Written by", "twitter:data1" the name), when
        # they name a person (not "admin" or the site)
        card = next(
            (
                self.metas.get(f"twitter:data{i}", "")
                for i in range(1, 5)
                if re.fullmatch(r"\s*(?:written by|author|by)\s*", self.metas.get(f"twitter:label{i}", ""), _I)
            ),
            "",
        )
        author = (
            self.metas.get("author")
            or self.metas.get("article:author")
            or self.metas.get("dc.creator")
            or (card if _person_like(card) and not _org_like(card) else None)
        )
        if author and re.match(r"https?://", author):
            author = None
        publisher = next(
            (
                self.metas[k]
                for k in ("og:site_name", "sitename", "application-name", "publisher", "dc.publisher")
                if self.metas.get(k)
            ),
            None,
        )
        return {
            "title": h1 or (self.classed_title if not self.h1s else None) or self.metas.get("og:title") or None,
            "title_tag": title_tag,
            "author": author,
            "publisher": publisher,
            "site": self.site,
            "copyright": _copyright_holder("".join(self.visible)),
            "date": date,
            "time": self.times[0] if len(set(self.times)) == 1 else None,
            "published_time": self.published_times[0] if self.published_times else None,  # (the first)
            "figure_time": self.figure_times[0] if len(set(self.figure_times)) == 1 else None,
            "url": self.metas.get("og:url") or self.canonical,
        }


#: A figure that holds a data table: the table is text, not an illustration (its caption stays out).
_FIGURE_TABLE = re.compile(
    r"<figure\b[^>]*>(?P<inner>(?:(?!</figure\s*>).)*?<table\b(?:(?!</figure\s*>).)*?)</figure\s*>", re.I | re.S
)


def _parsed_page(page_text: str) -> _Page:
    """A page's markup read for its blocks of text and its metadata (a data table in a figure is text).

    >>> html = "<p>Text.</p><figure><img><figcaption>A lab</figcaption></figure>"
    >>> _parsed_page(html + "<figure><table><tr><td>Revenue</td><td>21.4</td></tr></table></figure>").article_text()
    'Text.\\n\\nRevenue | 21.4\\n'
    """
    page = _Page()
    page.feed(_FIGURE_TABLE.sub(lambda m: "<div>" + m.group("inner") + "</div>", page_text))
    page.close()
    return page


def _read_html(page_text: str) -> tuple[str, dict[str, str | None]]:
    """The main text of a page and its metadata (title, author, publisher, date, url)."""
    page = _parsed_page(page_text)
    text = page.article_text()
    meta = page.meta()
    found = _trafilatura(page_text)
    guessed = None  # trafilatura's title: the headline it found, else the <title>
    guessed_date = None
    if found is not None:
        main_text, tmeta = found
        for key in ("author", "publisher"):
            meta[key] = meta.get(key) or tmeta.get(key)
        guessed_date = tmeta.get("date")  # trafilatura's: any date in the markup, an update's too
        meta["author"] = _trimmed_name(meta.get("author"))
        if meta.get("author") and "; " in str(meta["author"]):  # the markup's list of authors, as a byline has it
            parts = [n.strip() for n in str(meta["author"]).split(";") if n.strip()]
            names = [n for n in parts if _person_like(n) and not _ROLE_ONLY.fullmatch(n) and not _pinyin_paper(n)]
            names = names or parts[:1]
            meta["author"] = _listed(names)
        guessed = tmeta.get("title")
        if main_text.strip() and _covers(main_text, text):
            blocks = [block for _, block in page.blocks]
            text = _below_headline(
                _split_merged(main_text, blocks), blocks, meta.get("title") or guessed, page.skipped_blocks
            )
    title_tag = meta.pop("title_tag")
    site, holder = meta.pop("site"), meta.pop("copyright")
    byline = _info_under_headline([block for _, block in page.blocks], meta.get("title") or guessed)
    markup_author = meta.get("author")
    if markup_author and byline.author and set(_people(markup_author)) < set(_people(byline.author)):
        meta["author"] = byline.author  # the markup named the first of the byline's authors
    listed = _listed_facts(page_text)
    history = _first_published(page_text)
    # a writer credited elsewhere on the page, at its top or bottom (or in a side column's "About the author" box)
    credited = credited_writer([block for _, block in page.blocks], about=sorted(page.skipped_blocks))
    meta["author"] = (
        meta.get("author")
        or byline.author
        or _credited_author(page_text)
        or listed.author
        or history.author
        or credited  # (an editor's name is no writer's: "Editor: Ma Ruolin" names who edited it)
    )
    if listed.author and meta["author"] != listed.author and listed.author in str(meta["author"]):
        meta["author"] = listed.author  # "Reporter Ke Mingyuan Filed Reading time": a <dl> byline read whole
    if meta["author"] and not _person_like(meta["author"]):
        # "Fu Yuchen and Hard-Tech Correspondent Filed Tue": a byline card read whole, its people only
        parts = _NAME_SPLIT.split(str(meta["author"]))
        people = [
            p.strip()
            for p in parts
            if _person_like(p.strip())
            and not re.search(
                r"\b(?:" + _WRITERS_POST + r"|editor|filed|published|posted|updated|staff)\b",
                p,
                _I,
            )
        ]
        if people and len(people) < len(parts):
            meta["author"] = _listed(people)
    if credited and meta["author"] and set(_people(meta["author"])) < set(_people(credited)):
        meta["author"] = credited  # the first of the authors a page's cards list
    outlets = [
        n for n in (site, holder, meta.get("publisher"), _title_suffix(title_tag, meta.get("title") or guessed)) if n
    ]
    if meta["author"] and (
        re.match(r"The\s", meta["author"])
        or re.search(r"\b(?:Wire|Agency|Newswire|News Service|Press Service)$", meta["author"])
        or any(norm_outlet == " ".join(meta["author"].lower().split()) for norm_outlet in (o.lower() for o in outlets))
    ):
        meta["author"] = None  # "Orient Wire", "The Gulf Chronicle": an agency or the outlet named as author
    meta["author"] = _bare_byline(meta["author"])
    bio = re.match(
        r"(?P<name>[^\s,;:]+(?:\s+[^\s,;:]+){1,3})\s+(?:is|was|writes|covers|reports)\s", meta["author"] or ""
    )
    if bio and _person_like(bio.group("name")):  # "Wen Qiaoyu is Health Tech Daily's correspondent in Beijing."
        meta["author"] = bio.group("name")
    labelled = None if page.meta().get("date") else _labelled_date([block for _, block in page.blocks])
    # a page's "Release date:" beats a guessed one; a date shown under the headline beats one only the markup
    # has, which may be an update's ("og:updated_time")
    published = meta.pop("published_time", None)
    # (and a list of the article's facts, "Published" | "2026/03/05", beats trafilatura's guess, an event's date)
    meta["date"] = labelled or meta.get("date") or published or byline.date or history.date
    meta["date"] = meta["date"] or (listed.date if listed.author else None)  # (not a product's "Release date")
    meta["date"] = meta["date"] or guessed_date
    meta["date"] = meta["date"] or _stamped_date([block for _, block in page.blocks]) or listed.date
    # ... or in the story's own footer, which the text leaves out: "Text: A · Photographs: B · Published <date>"
    meta["date"] = meta["date"] or _stamped_date([piece.strip() for piece in page.visible if piece.strip()])
    # the one <time datetime> the text has, whatever it shows ("Monday morning")
    meta["date"] = (
        meta["date"]
        or meta.pop("time")
        or _header_date(
            [p for p in page.visible if not (" ".join(p.split()) in page.skipped and _prose(" ".join(p.split())))]
        )
        or _cited_date(page.visible)
    )
    meta["date"] = meta["date"] or _address_date(page_text) or _crumb_date(page_text)
    # ... or, last, the one <time datetime> of a photo's caption, which a page that dates nothing else dates itself by
    meta["date"] = meta["date"] or meta.get("figure_time")
    meta.pop("time", None)
    meta.pop("figure_time", None)
    meta["fallback_title"] = guessed or title_tag
    title = meta.get("title") or guessed
    if not meta.get("publisher"):
        suffix = _title_suffix(title_tag, title)
        # the logo's line may be a slogan: a site name that the <title> does not hold is less sure than its suffix
        meta["publisher"] = (suffix if site and suffix and site not in (title_tag or "") else site) or suffix
    # a <title> that is not the headline but a short name is the site's ("Northbay Science Park")
    meta["site_title"] = title_tag if title_tag and title_tag != title and _org_like(title_tag) else None
    meta["holder"] = holder
    return text, meta


def _labelled_date(page_blocks: list[str]) -> str | None:
    """The date a page's header labels as its publication or release date, in a line or in a
    grid of labels and values ("Date of writing: | 2026-03-12 | Release date: | 2026-03-18"):
    read up to the first paragraph of prose, and only under a label that says it was published
    ("Date:" or "Time:" may be an event's).

    >>> _labelled_date(["Index No.: | 0001", "Date of writing: | 2026-03-12\\n| Release date: | 2026-03-18"])
    '2026-03-18'
    >>> _labelled_date(["By Ann Lee", "Date: 18 May 2025", "Released: 4 March 2025"])
    '2025-03-04'
    """
    for block in page_blocks[:40]:
        if _prose(" ".join(block.split())):
            return None
        for line in block.split("\n"):
            line = re.sub(r"[:：]\s*\|\s*", ": ", line.strip(" |"))
            meta = _meta_line(line) if len(line) <= 160 else None
            if meta is not None and meta.date and meta.labelled and _PUBLISHED_LABEL.search(line):
                return meta.date
    return None


def _stamped_date(page_blocks: list[str]) -> str | None:
    """The date of a page's own "First published on ..." line, wherever it is (under the text,
    in a footer), for a page whose header and markup give none.

    >>> _stamped_date(["Text.", "First published on Wed 15 Apr 2026 09.10 CST", "Last modified on 16 Apr 2026"])
    '2026-04-15'
    >>> _stamped_date(["Text.", "Words by Ann Lee. Photographs by Bo Chen. Published 12 August 2027, Example."])
    '2027-08-12'
    """
    for block in page_blocks:
        # "Words by A. Photographs by B. Published 12 August 2027, Example Magazine.": each sentence of a credit
        credit = _TEXT_CREDIT.match(block) or re.match(r"\s*(?:photo(?:graph)?s?|pictures?)\s+by\b", block, _I)
        for line in re.split(r"\n|(?<=[a-z])\.\s+(?=[A-Z])|\s+[·|]\s+", block) if credit else block.split("\n"):
            stamp = re.match(r"\s*(?:first\s+)?(?:published|posted|filed)\b(?!\s+(?:under|in)\b)", line, _I)
            if stamp and len(line.split()) <= 12 and (dates := find_dates(line)):
                after = _ZONE.sub("", _TIME.sub("", line[dates[0][1] :]))
                if stamp.group().strip().lower() == "filed" and re.search(r"[a-z]{3,}", after):
                    continue  # "Filed on 12 May 2021, the patent covers ...": a sentence, no stamp
                return dates[0][2]
    return None


def _header_date(visible: list[str]) -> str | None:
    """The one full date among a page's visible texts over its first paragraph (the last step of a
    breadcrumb, a stamp beside the section's name), for a page that gives no other: none if it is
    said to be another date (an update's, a writing's, today's) or if more than one is given there.

    >>> _header_date(["Home", "›", "Industry", "›", "12.04.2027", "Makers grow", "The makers grew in 2026."])
    '2027-04-12'
    >>> _header_date(["Updated:", "12 April 2027", "The city's makers grew fast in 2026."]) is None
    True
    >>> _header_date(["From the print edition · Science & technology · Sep 18th 2027", "Swap, don't charge"])
    '2027-09-18'
    >>> _header_date(["Filed on 12 May 2021, the patent on the cells was the lab's first."]) is None
    True
    >>> _header_date(["Home", "12", "May", "2027", "Lab spin-offs pass a billion", "The lab's firms grew in 2026."])
    '2027-05-12'
    """
    found: set[str] = set()
    before = ""
    pieces = [" ".join(piece.split()) for piece in visible[:400] if piece.strip()]
    for k, piece in enumerate(pieces):
        if _prose(piece):
            break
        dates = find_dates(piece)
        badge = " ".join(pieces[k : k + 3])
        if not dates and re.fullmatch(
            r"\d{1,2} [A-Za-z]{3,9}\.? (?:19|20)\d\d|[A-Za-z]{3,9}\.? \d{1,2} (?:19|20)\d\d", badge
        ):
            dates = find_dates(badge)  # a calendar badge: the day, the month and the year in elements of their own
        if dates:  # the date's own part of a line of parts ("From the print edition · Science · Sep 18th 2027")
            start = max((m.end() for m in re.finditer(r"\s[·•|]\s", piece[: dates[0][0]])), default=0)
            stop = next((m.start() + dates[0][1] for m in re.finditer(r"\s[·•|]\s", piece[dates[0][1] :])), None)
            part = piece[start:stop]
            if len((part[: dates[0][0] - start] + " " + part[dates[0][1] - start :]).split()) > 3:
                dates = []  # a date inside a sentence ("Filed on 12 May 2021, the patent ..."), not a stamp
        if dates and re.search(
            r"\b(?:updated|modified|revised|writing|written|events?|deadline|expires?|today|related|next|upcoming|"
            r"coming up|open day|see also|more from)\b",
            f"{before} {piece}",
            _I,
        ):
            return None
        found.update(iso for _, _, iso in dates)
        before = piece
    return found.pop() if len(found) == 1 else None


#: Labels that say a date is when a page was published.
_PUBLISHED_LABEL = re.compile(
    r"\b(?:release date|publication date|date (?:of )?publi(?:shed|cation)|published(?: on)?|posted(?: on)?|"
    r"first published|issued(?: on)?|released(?: on)?)\s*[:：]",
    re.I,
)


#: A label of a byline's or info line's value, on a line of its own ("Written by", "Published").
_INFO_TERM = re.compile(
    r"(?:written by|by|authors?|reporters?|text|published(?: on)?|posted(?: on)?|updated|date|"
    r"release date|source|editor)\s*:?",
    re.I,
)


def _info_under_headline(page_blocks: list[str], title: str | None) -> _Meta:
    """What the byline and info lines between the headline and the text say ("Text: X", "Date: ...").

    The main text a page is read for may leave them out; they are read from the page's own blocks,
    up to the first paragraph of prose.
    """
    found = _Meta()
    wanted = " ".join((title or "").split())
    # (the headline's block, or a table row whose first cell is the headline: "<headline> | [2026-07-21]")
    flat = [" ".join(block.split()) for block in page_blocks]
    first = [" ".join(block.split("\n")[0].split()) for block in page_blocks]
    at = flat.index(wanted) if wanted in flat else first.index(wanted) if wanted in first else None
    if not wanted or at is None:
        return found
    rest = page_blocks[at].split("\n", 1)[1:] if flat[at] != wanted else []
    blocks: list[str] = []
    for block in [
        *(b.lstrip("| ") for b in rest),
        *page_blocks[at + 1 : at + 11],
    ]:  # "Written by" | "Hu Jiayi": a definition list's term, its value
        if blocks and _INFO_TERM.fullmatch(blocks[-1].strip()) and not _INFO_TERM.fullmatch(block.strip()):
            label = blocks.pop().strip().rstrip(":")
            block = f"By {block}" if re.fullmatch(r"(?:written )?by", label, re.I) else f"{label}: {block}"
        blocks.append(block)
    second = _meta_line(blocks[1].split("\n")[0]) if len(blocks) > 1 else None
    bylined = second is not None and bool(second.author or second.date)  # a byline or date line second
    for k, block in enumerate(blocks[:6]):
        info = _meta_line(" ".join(block.split()))  # (a long info line of labelled fields reads like prose)
        if _prose(" ".join(block.split())) and not (info and (info.author or info.date) and not info.prose):
            if k == 0 and len(block.split()) <= 40 and bylined:
                continue  # a standfirst under the headline, the byline below it
            break
        for line in block.split("\n"):
            meta = _meta_line(line)
            if meta is None:
                continue
            found.author = found.author or meta.author
            found.editor = found.editor or meta.editor
            if meta.date and (found.date is None or (meta.labelled and not found.labelled)):
                found.date, found.labelled = meta.date, meta.labelled
    return found


def _split_merged(main_text: str, page_blocks: list[str]) -> str:
    """``main_text`` with each paragraph that runs several blocks of the page together (the
    headline, the date line and the text of a table cell) split into those blocks again; a
    paragraph that goes on past the blocks it starts with (a layout table's cell, whose data table
    was set apart) keeps its rest as one piece.

    >>> _split_merged("Big head line Date: 1 May 2026 Text one is here. Text two is here. Previous: X\\n\\nOther",
    ...     ["Big head line", "Date: 1 May 2026", "Text one is here.", "Text two is here.", "Other"]
    ... ).strip().split("\\n\\n")
    ['Big head line', 'Date: 1 May 2026', 'Text one is here.', 'Text two is here.', 'Previous: X', 'Other']
    >>> _split_merged("Head of the class", ["Head"])
    'Head of the class\\n'
    """
    flat = [" ".join(block.split()) for block in page_blocks]
    starts: dict[str, list[int]] = {}
    for i, block in enumerate(flat):
        starts.setdefault(block.split(" ", 1)[0], []).append(i)

    def blocks_of(line: str) -> list[str] | None:
        pieces: list[str] = []
        rest = line
        while rest:
            runs = []  # the runs of blocks the rest starts with, from each block it may start with
            for i in starts.get(rest.split(" ", 1)[0], []):
                run, j = flat[i], i
                if not (rest == run or rest.startswith(run + " ")):
                    continue
                while j + 1 < len(flat) and (
                    rest == run + " " + flat[j + 1] or rest.startswith(run + " " + flat[j + 1] + " ")
                ):
                    j += 1
                    run += " " + flat[j]
                runs.append((len(run), i, j))
            if runs:  # the longest ("Changping biotech firms hire ...", not a "Changping" label over it)
                _, i, j = max(runs)
                pieces.extend(flat[i : j + 1])
                rest = rest[sum(len(b) + 1 for b in flat[i : j + 1]) - 1 :].strip()
            else:
                if len(pieces) < 2:
                    return None  # not blocks run together: a paragraph as it is
                pieces.append(rest)
                rest = ""
        # blocks of text run together, not a sentence that starts with short labels ("Beijing", "Tech")
        return pieces if sum(len(p.split()) >= 3 for p in pieces) >= 2 else None

    out: list[str] = []
    for para in main_text.split("\n\n"):
        line = " ".join(para.split())
        out.extend((None if line in flat else blocks_of(line)) or [para.strip("\n")])
    return "\n\n".join(out) + "\n" if out else main_text


def _trafilatura(page_text: str) -> tuple[str, dict[str, str | None]] | None:
    """The main text of a page as trafilatura finds it, and the metadata it reads (dates only from markup)."""
    try:
        import trafilatura
        from trafilatura.metadata import extract_metadata
        from trafilatura.settings import set_date_params
    except ImportError:  # pragma: no cover - a dependency; the page is still read without it
        return None
    try:
        xml = trafilatura.extract(
            page_text,
            output_format="xml",
            include_comments=False,
            include_tables=True,
            favor_precision=True,
            with_metadata=False,
            # a pull quote restates a sentence of the text, its figure too
            prune_xpath=[
                "//*[contains(concat(' ', translate(@class, 'PULQOTE', 'pulqote'), ' '), 'pullquote') or "
                "contains(concat(' ', translate(@class, 'PULQOTE-', 'pulqote-'), ' '), 'pull-quote')]"
            ],
        )
        text = _render_xml(xml) if xml else ""
        tree = trafilatura.load_html(page_text)
        meta: dict[str, str | None] = {}
        if tree is not None:
            for element in list(tree.iter()):
                words = f"{element.get('class') or ''} {element.get('id') or ''}"
                parent = element.getparent()
                if parent is not None and _NOT_ARTICLE_ATTR.search(words):
                    parent.remove(element)
            doc = extract_metadata(tree, date_config=set_date_params(False))
            date = doc.date[:10] if doc.date and calendar_date(doc.date[:10]) else None
            # the date its structured data gives, even ahead of this machine's clock (trafilatura takes no
            # date after today's: a page from another time zone, or a clock behind)
            date = date or _structured_date(page_text)
            meta = {"title": doc.title, "author": _unlabelled(doc.author), "publisher": doc.sitename, "date": date}
    except Exception:  # a page trafilatura cannot read is still read by its own structure
        return None
    return text, meta


def _cited_date(visible: list[str]) -> str | None:
    """The date a "Cite this article" box gives the story, in a reference's form: "Cen, H. (2026,
    November 7). The mouse makers ...".

    >>> _cited_date(["Text.", "Cite this article", "Cen, H. (2026, November 7). Mouse makers. Example Review."])
    '2026-11-07'
    >>> _cited_date(["Ann Lee (2026, November 7) said so."]) is None
    True
    """
    pieces = [" ".join(piece.split()) for piece in visible if piece.strip()]
    for k, piece in enumerate(pieces):
        if not re.fullmatch(r"(?:how to )?cite (?:this|the) (?:article|story|page|report)\s*:?", piece, _I):
            continue
        for after in pieces[k + 1 : k + 4]:
            cited = re.search(r"\((?P<y>(?:19|20)\d\d),\s+(?P<md>[A-Z][a-z]+\.?\s+\d{1,2})\)", after)
            dates = find_dates(f"{cited.group('md')}, {cited.group('y')}") if cited else []
            if dates:
                return dates[0][2]
    return None


def _address_date(page_text: str) -> str | None:
    """The date in the path of a page's own address (its canonical link or ``og:url``), as news
    sites file their stories: ".../2027/10/21/slug".

    >>> _address_date('<link rel="canonical" href="https://example.org/tech/2027/10/21/ai-dubbing">')
    '2027-10-21'
    >>> _address_date('<meta property="og:url" content="https://example.org/2027/13/40/x">') is None
    True
    """
    import datetime as dt

    for tag in re.findall(r"(?is)<(?:link|meta)\b[^>]*>", page_text):
        if not re.search(r"""(?i)\b(?:rel\s*=\s*["']?canonical|property\s*=\s*["']?og:url)\b""", tag):
            continue
        address = re.search(r"""(?i)\b(?:href|content)\s*=\s*["']([^"']+)""", tag)
        dated = (
            re.search(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:/|$|[-_])", address.group(1)) if address else None
        )
        if dated:
            try:
                return dt.date(*(int(x) for x in dated.groups())).isoformat()
            except ValueError:
                return None
    return None


def _full_date(text: str) -> bool:
    """Whether a text holds a whole date, day and all ("2025-05-12", "12 May 2025"; not "Nature, 2025")."""
    return any(calendar_date(iso) for _, _, iso in find_dates(text))


def _crumb_date(page_text: str) -> str | None:
    """The date a page's breadcrumb trail files it under, as archives do: "Home › Archive › 2026 ›
    December › 08", each crumb a link to its day's, month's or year's page (".../2026/12/08/").

    >>> _crumb_date('<nav aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/archive/2026/">2026</a> › '
    ...     '<a href="/archive/2026/12/">December</a> › <a href="/archive/2026/12/08/">08</a></nav>')
    '2026-12-08'
    >>> _crumb_date('<nav class="crumbs"><a href="/tech/">Tech</a> › <a href="/tech/2026/">2026</a></nav>') is None
    True
    """
    import lxml.html

    try:
        root = lxml.html.fromstring(page_text)
    except (ValueError, lxml.etree.ParserError):
        return None
    for trail in root.iter():
        if not isinstance(trail.tag, str) or trail.tag in ("a", "body", "html"):
            continue
        named = f"{trail.get('class') or ''} {trail.get('id') or ''}"
        if not (
            re.search(r"(?i)(?:^|\s)(?:bread)?crumbs?(?:$|\s)", named)
            or re.fullmatch(r"(?i)\s*breadcrumbs?\s*", trail.get("aria-label") or "")
        ):
            continue
        for link in reversed(list(trail.iter("a"))):
            day = re.search(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})/?$", link.get("href") or "")
            # (a crumb that shows a day, as an archive's does: not an event's page filed under its day)
            if day and re.fullmatch(
                r"\s*(?:\d{1,2}|\w+\s+\d{1,2}(?:,\s*\d{4})?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*", link.text_content()
            ):
                iso = "{}-{:02d}-{:02d}".format(*(int(x) for x in day.groups()))
                return iso if calendar_date(iso) else None
        return None  # (the first trail only)
    return None


def _structured_date(page_text: str) -> str | None:
    """The ``datePublished`` of a page's JSON-LD, as YYYY-MM-DD.

    >>> _structured_date('<script type="application/ld+json">{"@type": "NewsArticle", '
    ...     '"datePublished": "2027-06-22T07:30:00+08:00"}</script>')
    '2027-06-22'
    >>> _structured_date('<script type="application/ld+json">{"@graph": [{"datePublished": "2024-13-01"}]}</script>')
    """
    import json

    found: list[tuple[bool, str]] = []
    for block in re.findall(r"(?is)<script[^>]+application/ld\+json[^>]*>(.*?)</script>", page_text):
        try:
            data = json.loads(block)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                value = item.get("datePublished")
                kind = " ".join(item["@type"]) if isinstance(item.get("@type"), list) else str(item.get("@type"))
                if isinstance(value, str) and calendar_date(value[:10]):
                    found.append((not re.search(r"Article|Posting|Report", kind), value[:10]))
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return min(found)[1] if found else None  # the article's own date before another's (a list of stories)


#: The class or id of an element that credits the story's people ("editor", "article-author", "byline").
_CREDIT_CLASS = re.compile(
    r"(?:^|[\s_-])(?:author|authors|by|byline|credits?|editor|reporter|writer|contributors?)(?:$|[\s_-])", re.I
)
#: A class or id that says its element holds the name of the story's writer: "author-name", "reporter-card__name".
_NAME_OF_WRITER = r"(?:author|contributor|reporter|writer)[\w-]*?(?:-|__)name"
#: The class or id of an element that holds the writer's name alone (not an editor's)
_WRITER_CLASS = re.compile(
    r"(?:^|[\s_-])(?:author(?:-?name)?|by|byline|reporter|writer|" + _NAME_OF_WRITER + r")(?:$|[\s_-])",
    re.I,
)
#: A reporter's or author's label: the element names who wrote the story, not who edited it.
_WRITER_LABEL = re.compile(
    r"^\s*(?:reporters?|correspondents?|authors?|writers?|written by|text|words|story|by|reporting by|words by)\b",
    re.I,
)


#: A sign-off that names the writers and where they reported from: "Xiang Lingyu reports from Chaoyang".
#: The posts of a story's writer, after the name in a sign-off or a card: "Zhen Lihua, health correspondent".
_WRITERS_POST = r"(?:correspondent|reporter|writer|columnist|journalist)"

_SIGN_OFF = re.compile(
    r"(?P<names>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})?)\s+"
    r"(?:reports|reported|writes|wrote|is\s+reporting)\s+(?:from|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\.?|"
    # "— Ou Yangfan, architecture and technology editor": a dash, the name, the writer's post
    r"(?:—|–|--)\s*(?P<dashed>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:[\w&-]+\s+){0,5}?"
    r"(?i:editor|" + _WRITERS_POST + r")\b[^.]{0,40}\.?"
)


#: Words of a page's links and end marks, which a capitalized pair may be made of ("Back To Top",
#: "Read More", "The End"): no person's name.
_LINK_WORDS = frozenset(
    "the a an to of in on at by for and or end ends back top read more photo photos courtesy share this next "
    "previous prev page home print email mail all rights reserved story continue comments comment related see "
    "also click here follow us subscribe newsletter copyright source editor editors image images video "
    "contact about menu search login sign up reply report like view full article news latest updated posted via "
    "sent from mobile edited".split()
)


def _signed_after(before: list[tuple[int, str]]) -> bool:
    """Whether the lines before a dashed name end in a paragraph of prose that a writer signs: a
    sentence of a dozen words or more, not a quotation, not a list's items or a question's answer.

    >>> _signed_after([(0, "The committee said the lab would open to outside users in June, and that it would hire.")])
    True
    >>> _signed_after([(0, "Stay hungry, stay foolish.")]), _signed_after([(0, "- Li Na"), (1, "- Wang Hao")])
    (False, False)
    """
    if not before:
        return False
    last = before[-1][1].strip()
    return (
        len(last.split()) >= 12
        and not re.search(r"(?i)\b(?:once (?:put it|said|wrote)|famously|as [^,.]{1,40} (?:put it|said|wrote))\b", last)
        and re.search(r"[.!?]$", last) is not None
        and not re.search(r"[\"”’]\s*$", last)
        and not re.match(r"(?:Q|A|Question|Answer)\s*[:：]", last)
        and not any(re.match(r"\s*(?:[-–—•*·]|\d+[.)])\s", line) for _, line in before)
    )


#: A name alone after a dash, as a writer signs the end of a post: "— Ada Lin", "-- Bo Chen".
_DASHED_NAME = re.compile(r"(?:—|–|--|-|~)\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\.?")


def _story_credit(element: lxml.html.HtmlElement, said: str) -> str | None:
    """The writer a line of the story's credits names, outside the text: "Published <date> · Words by
    A · Pictures by B" in the story's footer, "Reporting: A, correspondent" under "About this story",
    an info table's "Author | A, culture editor"."""
    ancestors = list(element.iterancestors())
    if element.tag == "td":
        head = element.getprevious()
        table = next((a for a in ancestors if a.tag == "table"), None)
        if (
            head is not None
            and head.tag in ("th", "td")
            and re.fullmatch(r"(?i)\s*(?:author|writer|reporter|by)s?\s*", head.text_content())
            # (a table of the story's own facts, which dates it: not a table about a study or a product)
            and table is not None
            and any(
                re.fullmatch(
                    r"(?i)\s*(?:published|date|updated|posted|source|section|online since|print issue)\s*",
                    th.text_content(),
                )
                # (labels in plain cells: the date beside one must be a day's, not a journal's year)
                and (
                    head.tag == "th"
                    or not re.match(r"(?i)\s*(?:published|date|updated|posted)", th.text_content())
                    or (th.getnext() is not None and _full_date(th.getnext().text_content()))
                )
                for th in table.iter("th", "td")
            )
            # (not a table about a study or a paper: its title, journal, DOI)
            and not any(
                re.fullmatch(r"(?i)\s*(?:title|study|journal|paper|doi|volume|report)\s*", cell.text_content())
                for cell in table.iter("th", "td")
            )
        ):
            name = re.sub(r",.*$", "", said).strip()
            return name if _person_like(name) else None
        return None
    if element.tag != "p" or len(said) > 160 or any(a.tag == "nav" for a in ancestors):
        return None
    about = any(
        a.tag == "aside" and re.match(r"\s*(?i:about this (?:story|article))", a.text_content()[:80]) for a in ancestors
    )
    footer = any(a.tag == "footer" and any(b.tag in ("article", "main") for b in a.iterancestors()) for a in ancestors)
    footer = footer or any("story-foot" in (a.get("class") or "") for a in ancestors)
    if not (about or footer) or any(a.tag == "aside" for a in ancestors) and not about:
        return None
    if not re.search(r"(?i)\b(?:words|text|story|reporting|written)\s*(?:by\b|[:：])", said):
        return None
    meta = _meta_line(said)
    return meta.author if meta is not None and meta.author and _person_like(meta.author) else None


def _credited_author(page_text: str) -> str | None:
    """The author an element of a credit class gives with a writer's label, wherever it is on the
    page: ``<div class="editor">Reporter: Su Ming</div>`` under the text.

    >>> _credited_author('<p>Text.</p><div class="editor">Reporter: Su Ming</div>')
    'Su Ming'
    >>> _credited_author('<div class="editor">Editor: Su Ming</div>') is None
    True
    >>> _credited_author('<p class="author">(Editor: Tan Yu  Reporter: Guo Shan)</p>')
    'Guo Shan'
    >>> _credited_author('<footer><p>Story: Kang Yuting</p><p>Filed under: AI</p></footer>')  # a text credit, any class
    'Kang Yuting'
    >>> _credited_author('<figure><figcaption>A lab. Photo and text: Xu Lanting</figcaption></figure>')
    'Xu Lanting'
    >>> _credited_author('<p class="meta"><span class="by">Zhou Peiling</span> <time>21.05.26</time></p>')
    'Zhou Peiling'
    >>> _credited_author('<aside><p class="reporter-card__name">Yu Shuting</p></aside><main><p>Text.</p></main>')
    'Yu Shuting'
    >>> _credited_author('<figure class="author-chip"><figcaption><b>Zhen Lihua</b>, health correspondent</figcaption>'
    ...     '</figure>')
    'Zhen Lihua'
    >>> _credited_author('<section class="contributors"><ul><li><span>Photographs</span> <span>Kong Lu</span></li>'
    ...     '<li><span>Text</span> <span>Fu Yichen</span></li></ul></section>')
    'Fu Yichen'
    >>> _credited_author('<main><p>Text.</p><p class="signoff">Xiang Lingyu reports from Chaoyang</p></main>')
    'Xiang Lingyu'
    >>> _credited_author('<aside><h4>About the writer</h4><p><b>Teng Meixi</b> is our correspondent.</p></aside>')
    'Teng Meixi'
    >>> _credited_author('<main><p>Text.</p><blockquote><p>Beijing Tech reports from Beijing</p></blockquote></main>')
    >>> _credited_author('<main><p>Text.</p><p class="signoff">— Ou Yangfan, architecture editor</p></main>')
    'Ou Yangfan'
    >>> _credited_author('<p>Tips? <a href="mailto:fang.yiming@example.cn">Email Fang Yiming</a></p>')
    'Fang Yiming'
    >>> _credited_author('<p><a href="mailto:desk@example.cn">Email Fang Yiming</a></p>') is None
    True
    >>> _credited_author('<p class="credits">Text / Ou Mingxuan\u3000Photos / Jia Lei\u3000Editor / Han Qiu</p>')
    'Ou Mingxuan'
    >>> _credited_author('<aside><span>12.05.2027</span><span>Words Fu Yanqiu</span><span>Photographs Tang Ziyu</span>'
    ...     '</aside>')
    'Fu Yanqiu'
    >>> _credited_author('<ul><li>Words Fu Yanqiu</li><li>Quotes Tang Ziyu</li></ul>') is None
    True
    """
    import lxml.html

    try:
        root = lxml.html.fromstring(page_text)
    except (ValueError, lxml.etree.ParserError):
        return None
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        words = f"{element.get('class') or ''} {element.get('id') or ''}"
        said = " ".join(element.text_content().split()).strip("()（）[]【】 ")
        card = element.getnext() if re.fullmatch(r"about the (?:writer|author|reporter)", said, _I) else None
        bio = (
            re.match(
                r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:is|was|writes|covers|reports)\s",
                card.text_content(),
            )
            if card is not None and isinstance(card.tag, str)
            else None
        )
        if bio and _person_like(bio.group("name")):  # "About the writer" over "Teng Meixi is our correspondent ..."
            return bio.group("name")
        whole = " ".join(element.text_content().split())
        stamp = re.fullmatch(r"(?:【[^【】]{1,80}】\s*){2,}", whole) and _meta_line(whole)
        if stamp and stamp.author:  # "【Source: X】【Author: Luo Wanting】【Published: ...】" after the text
            return stamp.author
        storied = _story_credit(element, said)
        if storied:
            return storied
        listed = (
            re.fullmatch(r"(?i:text|words|story|reporters?|writers?|authors?)\s*[:：]?\s+(?P<name>.+)", said)
            if element.tag in ("li", "dd", "p")
            and any(
                _CREDIT_CLASS.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in element.iterancestors()
            )
            and not any(a.tag in ("nav", "aside") for a in element.iterancestors())
            else None
        )
        if (
            listed and _person_like(listed.group("name")) and not re.search(_TITLE_WORDS, listed.group("name"))
        ):  # a list of credits: "<li>Text Fu Yichen</li>" (not "Text Editor Wang Fang")
            return listed.group("name")
        paired = (
            re.fullmatch(
                r"(?i:words|text|story)\s+(?:(?i:by)\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})", said
            )
            if element.tag in ("span", "li", "dd", "p", "div") and element.getparent() is not None
            else None
        )
        if (
            paired
            and pinyin_name(paired.group("name").split())  # (not "Words Of Wisdom" beside a "Photo Gallery")
            and any(
                re.match(
                    r"(?i:photos?|photographs?|photography|pictures|images|illustrations?)\b",
                    sib.text_content().strip(),
                )
                for sib in element.getparent()
                if sib is not element and isinstance(sib.tag, str)
            )
        ):  # "<span>Words Fu Yanqiu</span><span>Photographs Tang Ziyu</span>": the words' credit beside the pictures'
            return paired.group("name")
        signed = _SIGN_OFF.fullmatch(said) if element.tag in ("p", "div", "span", "em", "i") else None
        signer = (signed.group("names") or signed.group("dashed")) if signed else ""
        if (
            signed
            and all(_person_like(name) for name in _NAME_SPLIT.split(signer))
            and not any(a.tag in ("aside", "nav", "li", "blockquote", "figure") for a in element.iterancestors())
        ):  # "Xiang Lingyu reports from Chaoyang", "— Ou Yangfan, technology editor": a sign-off under the story
            return signer
        if not _CREDIT_CLASS.search(words) and not (
            element.tag in ("p", "div", "span", "small")
            and _TEXT_CREDIT.match(said)
            and len(re.split(r"\.\s+(?=[A-Z])", said)[0].split()) <= 8  # "Words by A. Photographs by B. ..."
            and not any(a.tag in ("aside", "nav") for a in element.iterancestors())
            and any(
                a.tag in ("footer", "article", "main") or "meta" in f"{a.get('class') or ''} {a.get('id') or ''}"
                for a in element.iterancestors()
            )
        ):  # "<p>Story: Kang Yuting</p>" at the foot of the story (not in a "Read more" box)
            continue
        if len(said) > 160:
            continue  # a paragraph, not a line of credits
        # "Zhen Lihua, health technology correspondent" in a writer's card: the name, not the post; "Han
        # Jingyi in Tongzhou": not where she wrote from
        said = re.sub(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", "", said) if _WRITER_CLASS.search(words) else said
        said = re.sub(r",\s+(?:[\w&-]+\s+){0,4}" + _WRITERS_POST + r"$", "", said, flags=_I)
        # "(Editor: Tan Yu  Reporter: Guo Shan)": the writer's part of a line of credits
        if (
            _WRITER_CLASS.search(words)
            and len(said.split()) <= 4
            and _person_like(_strip_honorific(said))
            and not any(
                a.tag in ("nav", "li")
                or a.tag == "aside"
                and not re.search(r"(?:author|reporter|writer)[\w-]*?(?:-|__)name", words, re.I)
                for a in element.iterancestors()
            )  # (a name in a side column only from a writer's card: "reporter-card__name")
            and not any(
                re.search(
                    r"comment|quote|reply|review|liked|testimonial", f"{a.get('class') or ''} {a.get('id') or ''}"
                )
                for a in (element, *element.iterancestors())
            )
        ):  # <span class="by">Zhou Peiling</span>: a bare name in a writer's element
            return _strip_honorific(said)
        # "Reporting by Song Liwen in Beijing. Editing by Marta Quiroga.": each credit, without where it was made;
        # "Text / A  Photos / B  Editor / C": each credit after its label and slash
        said = _SLASHED_LABEL.sub(r"\1: ", said)
        for part in _SEGMENT_SPLIT.split(_INFO_LABEL.sub(" | ", re.sub(r"\.\s+(?=[A-Z])", " | ", said))):
            part = re.sub(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\.?$", "", part.strip()).rstrip(".")
            if _WRITER_LABEL.match(part):
                named = _unlabelled(part)
                if named and named != part and _person_like(named.split(" and ")[0].strip()):
                    return named
    for element in root.iter("figcaption"):  # "... at a Huairou workshop. Photo and text: Xu Lanting"
        said = " ".join(element.text_content().split())
        credit = _CAPTION_CREDIT.search(said)
        if credit and _person_like(credit.group("name")):
            return credit.group("name")
    for element in root.iter("a"):  # "Questions or tips? <a href="mailto:fang.yiming@...">Email Fang Yiming</a>"
        address = (element.get("href") or "").strip()
        said = " ".join(element.text_content().split())
        name = re.sub(r"^(?:e-?mail|contact|write to|message)\s+", "", said, flags=_I)
        own = re.sub(r"[^a-z]", "", address[7:].split("@")[0].lower())  # (the writer's own address, no desk's)
        if (
            address.lower().startswith("mailto:")
            and _person_like(name)
            and own == re.sub(r"[^a-z]", "", name.lower())
            and not any(
                re.search(r"comment|reply", f"{a.get('class') or ''} {a.get('id') or ''}")
                for a in element.iterancestors()
            )
        ):
            return name
    return None


def _first_published(page_text: str) -> _Meta:
    """The date and writer of a page's "first published" entry, wherever it is (an "Article history"
    list at the foot: "4 November 2026, 09:10 — First published. Reporter: Mai Jingtong").

    >>> m = _first_published("<li>4 Nov 2026 — First published. Reporter: Mai Ling</li><li>5 Nov 2026 — Updated</li>")
    >>> (m.date, m.author)
    ('2026-11-04', 'Mai Ling')
    """
    import lxml.html

    try:
        root = lxml.html.fromstring(page_text)
    except (ValueError, lxml.etree.ParserError):
        return _Meta()
    for element in root.iter("li", "p", "div", "span", "dd"):
        if any(child.tag in ("li", "p", "div", "dd") for child in element):
            continue  # (the entry itself, not the list that holds it)
        said = " ".join(element.text_content().split())
        if len(said) <= 200 and re.search(r"\b(?:first|originally)\s+published\b", said, _I):
            meta = _meta_line(said)
            if meta is not None and meta.date:
                return meta
    return _Meta()


def _listed_facts(page_text: str) -> _Meta:
    """The writers and publication date a definition list of the page's facts gives, wherever it
    is (a side column's ``<dl>``: "Posted" | "October 16, 2026", "Writers" | "A, B").

    >>> m = _listed_facts("<dl><dt>Posted</dt><dd>October 16, 2026</dd><dt>Writers</dt><dd>Xu Ling, Ma Dong</dd>"
    ...     "<dt>Editor</dt><dd>Qiao Feng</dd></dl>")
    >>> m.author, m.date
    ('Xu Ling, Ma Dong', '2026-10-16')
    >>> _listed_facts("<nav><dl><dt>By</dt><dd>Xu Ling</dd></dl></nav>").author is None
    True
    >>> _listed_facts("<aside><dl><dt>Author</dt><dd>Xu Ling</dd><dt>Editor</dt><dd>Bo Li</dd>"
    ...     "<dt>Published</dt><dd>2026/03/05</dd></dl></aside>").date
    '2026-03-05'
    """
    import lxml.html

    found = _Meta()
    try:
        root = lxml.html.fromstring(page_text)
    except (ValueError, lxml.etree.ParserError):
        return found
    for dl in root.iter("dl"):
        if any(a.tag in ("nav", "footer") for a in dl.iterancestors()):
            continue
        aside = any(a.tag == "aside" for a in dl.iterancestors())
        term, listed, editorial = None, _Meta(), False
        for item in dl:
            said = " ".join(item.text_content().split()) if isinstance(item.tag, str) else ""
            if item.tag == "dt":
                term = said.rstrip(":： ")
                editorial = editorial or bool(
                    re.fullmatch(r"(?:[\w-]+\s+)?(?:editors?|category|section|desk|updated|source)", term, _I)
                )
            elif item.tag == "dd" and term:
                meta = _meta_line(f"{term}: {said}") if len(said) <= 120 else None
                if meta is not None:
                    listed.author = listed.author or meta.author
                    if meta.date and meta.labelled and listed.date is None:
                        listed.date = meta.date
                term = None
        if aside and not (listed.author and listed.date and editorial):
            # a side column's list gives the article's facts only with its writer, its date and a term of the
            # newsroom's (editor, section, tags): not a book's fact box ("Author" | "Published")
            continue
        found.author = found.author or listed.author
        found.date = found.date or listed.date
    return found


#: A caption's closing credit that names who wrote the story too: "Photo and text: Xu Lanting".
_CAPTION_CREDIT = re.compile(
    r"(?:^|[.;|]\s*)(?i:(?:(?:photos?|pictures?)\s+(?:and|&)\s+)?(?:text|words|story)(?:\s+(?:and|&)\s+(?:photos?|pictures?))?)"
    r"\s*[:：/]\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s*\.?$"
)


def _unlabelled(author: str | None) -> str | None:
    """An author as a page's markup gives it, without the label written before the name.

    >>> _unlabelled("Reporter Guo Ning"), _unlabelled("Written by: Shi Yan"), _unlabelled("Reed Porter")
    ('Guo Ning', 'Shi Yan', 'Reed Porter')
    >>> _unlabelled("Editor: Li Ming"), _unlabelled("Photo Visual China Group"), _unlabelled("Edith Lu")
    (None, None, 'Edith Lu')
    >>> _unlabelled("Liang Yuxin · Yesterday ·"), _unlabelled("Ada Lin and Bo Chen")
    ('Liang Yuxin', 'Ada Lin and Bo Chen')
    """
    if not author:
        return author
    if re.match(
        r"(?i)(?:editors?|photos?|photographs?|images?|pictures?|graphics?|video)\b\s*(?:[:：]|by\b)?\s*\S", author
    ):
        return None  # who edited or took the pictures, not who wrote it
    bare = re.sub(
        r"^(?:(?:reporters?|correspondents?|authors?|writers?|text|words)\s*(?:[:：]?\s+|/\s*)|story\s*[:：/]\s*)",
        "",
        author,
        flags=_I,
    )
    labelled = _BY.match(bare) or _NAMES_LABEL.match(bare)
    if labelled:
        bare = next(g for g in labelled.groups() if g)
    # "Liang Yuxin · Yesterday ·": the name, not the time or reading time beside it in the same element
    parts = [part for part in _SEGMENT_SPLIT.split(bare) if part.strip()]
    if len(parts) > 1 and _person_like(parts[0].strip()) and not all(_person_like(p.strip()) for p in parts):
        bare = parts[0]  # (but "Xie Qinglan; Ethan Moore": two authors)
    return bare.strip() or author


def _render_xml(xml: str) -> str:
    """Trafilatura's XML as text: one block per paragraph, heading, list item or quote; a table row per line."""
    import xml.etree.ElementTree as ET

    blocks: list[str] = []

    def inline(element: ET.Element) -> str:
        parts = [element.text or ""]
        for child in element:
            parts.append("\n" if child.tag == "lb" else inline(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def clean(text: str) -> str:
        return "\n".join(line for line in (" ".join(part.split()) for part in text.split("\n")) if line)

    def walk(element: ET.Element) -> None:
        if element.tag == "list" and element.get("rend") == "ol":
            items = [child for child in element if child.tag == "item"]
            if items and len(items) == len(element) and not any(child.find(".//list") is not None for child in items):
                for k, item in enumerate(items, 1):  # an ordered list's items, numbered as the page shows them
                    text = clean(inline(item))
                    blocks.append(text if re.match(r"\d{1,3}\s*[.)]", text) else f"{k}. {text}")
                return
        if element.tag in ("p", "head", "quote", "code", "item") and not element.find(".//list"):
            blocks.append(clean(inline(element)))
        elif element.tag == "row":
            cells = [" ".join(inline(cell).split()) for cell in element if cell.tag == "cell"]
            blocks.append(" | ".join(c for c in cells if c))  # cells apart, as a plain-text table has them
        elif element.tag not in ("graphic", "comments"):
            if element.tag not in ("doc", "main", "list", "table", "div") and element.text and element.text.strip():
                blocks.append(clean(element.text))
            for child in element:
                walk(child)

    root = ET.fromstring(xml)
    walk(root)
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) + "\n" if blocks else ""


def _below_headline(main_text: str, page_blocks: list[str], title: str | None, furniture: Collection[str] = ()) -> str:
    """``main_text`` less the blocks that the page shows above its headline (section labels, banners,
    and pieces of ``furniture``: an e-mail's preview line, a sponsor's note)."""
    flat = [" ".join(block.split()) for block in page_blocks]
    wanted = " ".join((title or "").split())
    if not wanted or wanted not in flat:
        return main_text
    above = set(flat[: flat.index(wanted)])
    parts = main_text.split("\n\n")
    at = next((k for k, b in enumerate(parts) if " ".join(b.split()) == wanted), 0)
    blocks = [
        b
        for k, b in enumerate(parts)
        if " ".join(b.split()) not in above and not (k < at and " ".join(b.split()) in furniture)
    ]
    return "\n\n".join(b.strip("\n") for b in blocks) + "\n" if blocks else main_text


def _covers(main_text: str, page_text: str) -> bool:
    """Whether ``main_text`` holds nearly all the prose (paragraphs of a dozen words) of ``page_text``."""
    prose = [" ".join(line.split()) for line in page_text.split("\n") if len(line.split()) >= 12]
    lines = {" ".join(line.split()) for line in main_text.split("\n")}
    flat = " ".join(main_text.split())
    missing, searched = 0, 0
    for line in prose:
        if line in lines:
            continue
        searched += 1
        if searched > 200 or line not in flat:  # past 200 searches, count the rest as missing (bounded time)
            missing += 1
            if missing > 0.2 * len(prose):
                return False
    return True


def _title_suffix(title_tag: str | None, title: str | None) -> str | None:
    """The site's name in a <title> that adds it to the headline: "Headline | Site", "Headline – Site",
    "Headline-Site" (a separator with no spaces), or "Site | Headline".

    >>> _title_suffix("Labs open-Riverside News", "Labs open")
    'Riverside News'
    >>> _title_suffix("Riverside News :: Labs open", "Labs open")
    'Riverside News'
    >>> _title_suffix("Labs open across the city_Districts_Riverside News", "Labs opened")
    'Riverside News'
    >>> _title_suffix("Labs open across the city - Districts - Riverside News", "Labs opened")
    'Riverside News'
    """
    if not title_tag or not title:
        return None
    tag, head = " ".join(title_tag.split()), " ".join(title.split())
    if tag.startswith(head):
        m, fewest = re.fullmatch(r"\s*(?:[|–—_·•]|-{1,2}|::?)\s*(?P<site>\S.*)", tag[len(head) :]), 1
    elif tag.endswith(head):
        # a single word before the headline is more often a section ("Tech | Headline") than the site
        m, fewest = re.fullmatch(r"(?P<site>.*?\S)\s*(?:[|–—_·•]|-{1,2}|::?)\s*", tag[: len(tag) - len(head)]), 2
    else:
        # "Headline as the site words it_Channel_Site" (or " - ", " | "): a content system's title, site last
        m, fewest = None, 1
        for sep in ("_", " - ", " | ", " – ", " — "):
            parts = tag.split(sep)
            if len(parts) == 3 and len(parts[0]) >= 12 and len(parts[1]) <= 30:
                m = re.fullmatch(r"(?P<site>.+)", parts[2].strip())
                break
    if not m or _SENTENCE_END.search(m.group("site")) or not fewest <= len(m.group("site").split()) <= 8:
        return None
    return m.group("site").strip()


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


# --- dates --------------------------------------------------------------------------------

_MONTH_NUMBER = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
#: The days of a month as ordinal words: "first" to "thirty-first".
_DAY_WORDS = {
    w: i + 1
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split()
    )
} | {
    f"twenty-{w}": 20 + n
    for w, n in zip("first second third fourth fifth sixth seventh eighth ninth".split(), range(1, 10), strict=True)
}
_DAY_WORDS |= {"thirtieth": 30, "thirty-first": 31}
_DAY_WORDS_RE = "|".join(sorted(_DAY_WORDS, key=len, reverse=True)).replace("-", "[- ]")
_DATE_FORMS = (
    re.compile(
        rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>\d{{4}}|['’]\d\d)(?!\d)", re.I
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}}|['’]\d\d)(?!\d)", re.I
    ),
    # "the ninth of June, 2027", "June the ninth, 2027": a day in words (not "the second May 2024 round")
    re.compile(rf"\bthe\s+(?P<dw>{_DAY_WORDS_RE})\s+of\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}})(?!\d)", re.I),
    re.compile(rf"\b(?P<m>{_MONTH})\.?\s+the\s+(?P<dw>{_DAY_WORDS_RE}),?\s+(?P<y>\d{{4}})(?!\d)", re.I),
    # "the last day of October, 2027"
    re.compile(rf"\bthe\s+(?P<edge>first|last)\s+day\s+of\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}})(?!\d)", re.I),
    re.compile(r"(?<![\d.])(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
    re.compile(rf"(?<![\w-])(?P<d>\d{{1,2}})(?P<s>[-/])(?P<m>{_MONTH})(?P=s)(?P<y>\d{{4}})(?!\d)", re.I),
    re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})(?!\d)"),
    # "4.xii.2026", "4 XII 2026": the month in Roman numerals
    re.compile(
        r"(?<![\w.])(?P<d>\d{1,2})(?P<s>[ ./-])(?P<r>x{0,1}i{1,3}|iv|vi{0,3}|ix|x)(?P=s)(?P<y>\d{4})(?!\d)", re.I
    ),
)
_ROMAN_MONTHS = {r: i + 1 for i, r in enumerate("i ii iii iv v vi vii viii ix x xi xii".split())}
_TIME = re.compile(
    r"\s*(?:,\s*)?(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:UTC|GMT|CST|BJT)?[+-]?\d{0,4})?", re.I
)


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """The full dates written in ``text``: (start, end, YYYY-MM-DD), in order.

    Only a date with its day, month and year is a date; "Nov. 18" is not, nor is 03/04/2024,
    where the day and the month cannot be told apart.

    >>> [d for _, _, d in find_dates("Posted on May 20, 2024 | 8 December 2022 | 2023-07-25 09:20 | 2024年3月3日")]
    ['2024-05-20', '2022-12-08', '2023-07-25', '2024-03-03']
    >>> find_dates("BEIJING, Nov. 18 -- on 03/04/2024, or Feb 30, 2024")
    []
    >>> [d for _, _, d in find_dates("INTERVIEW | 12.08.2024 | 28-10-2025 07:55 | 3rd of March '27")]
    ['2024-08-12', '2025-10-28', '2027-03-03']
    >>> [d for _, _, d in find_dates("Wednesday, the ninth of June, 2027 | June the twenty-first, 2027")]
    ['2027-06-09', '2027-06-21']
    >>> [d for _, _, d in find_dates("posted on 4.xii.2026 by A | 12 IX 2025 | v.2.2024")]
    ['2026-12-04', '2025-09-12']
    >>> [d for _, _, d in find_dates("on the last day of February, 2027 | the first day of May 2026")]
    ['2027-02-28', '2026-05-01']
    """
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for form in _DATE_FORMS:
        for m in form.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            parts = m.groupdict()
            if parts.get("a"):
                a, b = int(parts["a"]), int(parts["b"])
                if parts["s"] == "." and b <= 12:  # "12.08.2024": day, month, year, as dots are written
                    day, month = a, b
                elif a > 12 >= b:
                    day, month = a, b
                elif b > 12 >= a:
                    day, month = b, a
                elif a == b:
                    day = month = a
                else:
                    continue
            else:
                if parts.get("edge"):
                    day = 1 if parts["edge"].lower() == "first" else 31
                else:
                    day = int(parts["d"]) if parts.get("d") else _DAY_WORDS[re.sub(r"\s", "-", parts["dw"].lower())]
                if parts.get("r"):
                    month = _ROMAN_MONTHS[parts["r"].lower()]
                else:
                    month = int(parts["m"]) if parts["m"].isdigit() else _MONTH_NUMBER[parts["m"][:3].lower()]
            year = int(parts["y"].lstrip("'’"))
            if year < 100:  # "3rd of March '27": 2027; "'98": 1998
                year += 2000 if year < 70 else 1900
            iso = f"{year:04d}-{month:02d}-{day:02d}"
            while parts.get("edge") and day > 28 and not calendar_date(iso):  # the last day of a shorter month
                day -= 1
                iso = f"{year:04d}-{month:02d}-{day:02d}"
            if calendar_date(iso):
                found.append((m.start(), m.end(), iso))
                taken.append((m.start(), m.end()))
    return sorted(found)


# --- the layout of a text: header, body, furniture ------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_I = re.IGNORECASE


def _prose(line: str) -> bool:
    """Whether a line reads as a paragraph of the body."""
    words = len(line.split())
    return (words >= 12 and bool(_SENTENCE_END.search(line))) or words >= 20


#: kinds of pages a site lists in its teasers ("More interviews:")
_KINDS = (
    r"stories|news|articles|posts|interviews|features|videos|photos|galleries|reports|briefs|columns|opinions?|"
    r"analys[ie]s|podcasts|reviews|coverage|headlines|updates|releases|press releases|commentar(?:y|ies)|blogs?|"
    r"indexes|indices"
)
#: Lines that are page furniture wherever they stand (each pattern is matched against a whole line).
_FURNITURE = re.compile(
    "|".join(
        [
            # a reader poll's result: "Yes 62% · No 21% · Not sure 17% (1,204 votes)"
            r"^(?:[^?\n]{0,200}\?\s+)?(?:yes|no)\s+\d{1,3}(?:\.\d)?\s*%.*\(\s*[\d,]+\s+votes?\s*\)\s*$",
            # previous / next links
            r"^[«‹←<\s]*(?:previous|prev|next|older|newer)(?:\s+(?:post|article|story|entry|item|news|page|release))?"
            r"\s*(?:[:：»›→>|]|$)",
            # teasers after their heading on one line: "Read next: A · B", "More Q&As: ..."
            r"^(?:read (?:next|more|also)|more (?:q&as?|interviews|stories|news|articles|posts|rankings|indexes|"
            r"reports|briefs|from [\w ]{1,30})|"
            r"see also|also read|you may also like|recommended(?: reading)?|further reading|most read|trending|"
            r"up next|next up|coming up|watch next|don['’]?t miss|next in [\w&' -]{1,30}|"
            r"(?:more|also|elsewhere) in (?:this issue|[\w&' -]{1,30}))"
            r"\s*[:：]\s*\S",
            # a wire's slug closing the story: "CWS 0940 12-05-26 ENDS"
            r"^(?-i:[A-Z][A-Z0-9/-]{1,8})(?:\s+[\w/:.-]+){0,6}\s+(?-i:ENDS?)\s*$",
            # "Related briefs: A · B", "Related coverage: ..." (not "Related spending: 2.1 billion yuan went ...",
            # nor "Related research: 40 percent of the labs ... in 2024.": a sentence with a figure, no list)
            r"^related(?:(?: [a-z]+)? (?:" + _KINDS + r"|reading|research|links|content|topics|items))?\s*[:：]\s*"
            r"(?!(?:(?!\s[·|•]\s).)*\d(?:(?!\s[·|•]\s).)*\.\s*$)\S",
            # teasers of other pages
            r"^related(?: (?:posts?|articles?|stories|news|reading|research|links|content|coverage|topics|reports|"
            r"items))?\s*[»›>|]\s*\S",
            r"^(?:read more|read also|also read|see also|recommended(?: (?:posts?|articles?|stories|reading))?|"
            r"further reading|more (?:from|on|in) [^:]{1,40}|more (?:" + _KINDS + r")|"
            r"editor'?s picks?|"
            r"most (?:read|popular)|trending)"
            r"\s*[:：»›>|]\s*\S",
            # a newsletter's calls to subscribe or pay, and its reaction counters ("♥ 88  💬 3  ⤴ Restack")
            r"^(?:upgrade to paid|become a paid subscriber|"
            r"thanks for reading\b[^.]*(?:!|\b(?:post|newsletter|issue)\b)|"
            r"this post is (?:free|public)\b|"
            r"if (?:a colleague|someone|a friend) forwarded (?:this|it))",
            r"^(?:[♥❤💬⤴↻🔁👍♡]\s*\d*\s*)+(?:restack|share|reply|comment)?\s*$",
            # copyright, site registration and site credits
            r"©|^\(c\)\s*(?:(?:19|20)\d\d\b|[^.]{0,60}\b(?:19|20)\d\d\.?$)|^copyright\b|\ball rights reserved\b|"
            r"\bcopyright reserved\b",
            # a chart's caption (the text gives its figures): "Figure 1: Platforms by district, 2020-2024"
            r"^(?:figure|fig\.|chart|exhibit|graph)\s*\d{1,2}[a-z]?\s*[:.]\s+(?:\D|(?<!\d)(?:19|20)\d\d(?!\d))*$",
            # where the piece appeared in print: "This article appears in the Winter 2024 print edition of ..."
            r"^this (?:article|story|feature|interview) (?:appears|appeared|was published) in (?:the|our)\b"
            r"[^.]*\b(?:print edition|issue|pages?\s+\d)",
            # "Also on Cartograph: Europe's e-scooter league": a teaser of the site's, a headline, no sentence
            # ... and "Also from the Institute: Robotic surgery tracker 2026 | Talent survey: 12,000 respondents"
            r"^(?:also (?:on|from) |more from )(?:the )?(?-i:[A-Z])[^:]{0,40}[:：]\s*(?!.*[.!?]\s*$)\S",
            # a file to download, by its size: "PDF (12 pages, 1.4 MB) | Share", "Download the index (PDF, 84 pages)"
            r"^(?:download\b[^|·•]{0,60}?)?\(?\s*pdf\b[^.|·•]{0,30}?\d[\d.,]*\s*(?:pages?|pp\.?|[kmg]b)\b",
            # how to cite the page
            r"^(?:cite (?:as|this(?: (?:article|story|report|brief|paper|index|page|study|note))?)|suggested citation|"
            r"how to cite(?: this [a-z]+)?|recommended citation)\b\s*(?:[:：]|$)",
            r"\bICP\b.{0,20}(?:filing|licen[cs]e|record|registration|no\.|备|证)|icp备|公网安备",
            # the same in pinyin: "Jing ICP Bei 05012017", "Jing Gong Wang An Bei 1101..."
            r"\bICP (?:bei|zheng)\b|\bgong ?wang ?an ?bei\b",
            r"\bwebsite (?:identification code|id|code)\b|\bpublic security (?:filing|record)",
            r"^(?:proudly )?powered by\b|\bpowered by (?:wordpress|drupal|joomla|ghost|blogger|wix|squarespace)\b",
            r"^(?:hosted|sponsored|maintained|organi[sz]ed|undertaken|operated|managed|supervised|designed)"
            r"(?: by)?\s*[:：]",
            # a site's credits by role, no sentence: "Sponsor: ... | Organizer: ... | Tel: 010-..."
            r"^(?:sponsors?|organi[sz]ers?|operators?|undertakers?|supervisors?|technical support|"
            r"site (?:sponsor|organi[sz]er|administrator))\s*[:：][^.!?]*$",
            r"^(?:(?:privacy(?: policy)?|terms(?: of (?:use|service))?|cookie policy|site ?map|accessibility|"
            r"contact(?: us)?|about(?: us)?|disclaimer|rss|feedback|help|faq)(?:\s*[|·•/]\s*|\s*$))+$",
            # counters
            r"^(?:total\s+)?(?:visits|views|page ?views|visitors|hits|clicks|reads)(?:\s+today)?\s*[:：]\s*[\d,]+$",
            r"^(?:read|viewed)\s+[\d,]+\s+times$",
            # "This page has been viewed 3,418 times", "This article has been read 1,204 times"
            r"^(?:this|the)\s+(?:page|article|story|post|item|news|report)\s+(?:has\s+been|was)\s+"
            r"(?:viewed|read|visited|clicked|accessed|browsed)\s+[\d,]+\s+times\.?$",
            # contact lines
            r"^(?:contacts?(?: us| information| details| the [a-z ]{1,30})?|media (?:enquiries|inquiries|contacts?)|"
            r"press (?:enquiries|inquiries|contacts?|office)|enquiries|inquiries|tel(?:ephone)?|phone|fax|"
            r"e-?mail(?: us)?|hotline|address)\s*[:：]",
            # downloads of the report or its data
            r"^download (?:the |our |this |a |an )?(?:full |complete |annual |pdf |executive |summary |free )*"
            r"(?:report|data|pdf|file|attachment|brochure|document|app|here|now|summary|slides|dataset|tables?|"
            r"appendix|appendices)\b|^download\s*[:：(|]",
            # cookie banners
            r"\b(?:we|this (?:web)?site|our (?:web)?site|the site)\s+uses?\s+cookies\b|"
            r"\bcookies?\s+(?:policy|settings|preferences|consent|notice)\b|"
            r"\b(?:accept|allow|agree to)\s+(?:all\s+)?(?:the\s+)?(?:use of\s+)?cookies\b|"
            r"\bby continuing\b.*\bcookies\b",
            r"^(?:accept|reject|decline|allow|refuse)(?: all)?(?: cookies)?$|"
            r"^(?:manage|cookie) (?:settings|preferences|options|choices)$|^(?:got it|i agree|no,? thanks)$",
            # tags and categories
            r"^(?:tags?|topics?|categories|category|keywords|labels?)\s*[:：]|"
            r"^(?:tagged|filed (?:under|in)|posted in)\b",
            # picture captions and credits
            r"^(?:(?:file |top |above |cover )?(?:photo|photograph|picture|image)s?(?: caption)?|caption)\s*[:：]|"
            r"^(?:photos?|pictures?|images?) (?:by|courtesy of|credit)\b",
            # reading time
            r"^\d+\s*(?:min(?:ute)?s?|mins?)\.?(?:\s+read(?:ing)?(?:\s+time)?)?$|^reading time\b|"
            # an audio player: "Listen to this article · 4 min", "Listen (5 min)"
            r"^listen(?: to (?:this|the) (?:article|story|report|interview|episode|podcast|audio)"
            r"(?: (?:version|edition|recording))?)?\s*(?:[·|•(:-]\s*)?"
            r"\d+\s*(?:min(?:ute)?s?|mins?)\.?\)?$|"
            r"^listen to (?:this|the) (?:article|story|audio version|interview)\W*$",
            # font size controls
            r"^(?:font(?: size)?|text size|字号)\s*[:：]",
            # breadcrumbs
            r"^(?:(?:your |current )?location|you are (?:here|in)|(?:your |current )?position)\s*[:：]",
            # a download of the data or report with its format and size ("download the data pack (XLSX, 2.4 MB)")
            r"\bdownload\b.{0,60}\((?:pdf|xlsx?|csv|zip|docx?|pptx?)\b[^)]{0,20}\)\.?$",
            # an attached file, however long its name: "Attachment: Measures of ... (2025-2027).pdf (1.2 MB)"
            r"^(?:attachments?|annex(?:es)?|附件)\s*\d*\s*[:：].*\.(?:pdf|docx?|xlsx?|pptx?|wps|et|zip|rar|7z|csv|ofd)\b"
            r"(?:\s*\(\s*[\d.,]+\s*[kKmMgG]?B\s*\))?$",
            # the files a report page offers: "Full report (PDF, 96 pages) | Methodology | Download data (XLSX)"
            r"^(?:full report|report|summary|executive summary)\s*\((?:pdf|docx?)\b[^)]*\)\s*[|·•]",
            # controls that stand alone
            r"^(?:home|menu|☰\s*menu|☰|search|skip to (?:main )?content|skip to navigation|back to top|to top|"
            r"sign in|sign up|log ?in|log out|register|subscribe(?: now)?|newsletter|close|print(?: this page)?|"
            r"listen|advertisement|sponsored(?: content)?|loading\.{0,3}|english|中文|app|toggle navigation|"
            r"main menu|navigation|submit|see more|view more|load more|show more)$",
            # comment forms and newsletter prompts
            r"^(?:your )?email address will not be published|^required fields are marked|"
            r"^please enter your (?:comment|name|email)|^(?:post|submit) (?:a )?(?:comment|reply)$|"
            r"^save my name, email|^notify me of (?:follow-up comments|new posts)",
            r"^(?:sign up|subscribe)(?: to| for)? (?:our|the) (?:newsletter|daily|weekly|briefing)|^follow us\b",
            # credits and standards notes at the foot of a wire story
            r"^(?:additional )?(?:reporting|writing|research) by\b.*\bedit(?:ing|ed) by\b|^editing by\b|"
            r"^our standards\s*[:：]",
            # release labels and end marks
            r"^(?:for immediate release|(?:press|news|media) release)\s*[:：]?$|^(?:#{3,}|-+\s*(?:end|30)\s*-+|"
            r"[(\[]end[)\]]|end)$",
        ]
    ),
    _I,
)
#: Furniture only as a short line: newsletter boxes, attachments and the files they list.
_SHORT_FURNITURE = re.compile(
    "|".join(
        [
            r"^subscribe(?: (?:to|for|now|today)\b|\s*[:：][^.!?]*$)|\b(?:in|to|into) your inbox\b|"
            r"\bjoin [\d,]+ (?:other )?(?:readers|subscribers)\b|"
            # a sign-up box: "Type your email...   Subscribe", "Already have an account? Sign in"
            r"^(?:type|enter) your e-?mail\b|^your e-?mail(?: address)?\W*(?:subscribe)?$|"
            r"^already (?:have an account|a subscriber)\?|^(?:sign in|log in|sign up|subscribe)(?: now)?\W*$|"
            # a blogging platform's controls: "Open in app", "Write", "Follow", "Listen | Share"
            r"^(?:open in (?:the )?app|get the app|write|follow|following|listen)\W*$|"
            # and its author box under the post: "Written by A", "123 Followers", "1.4K claps"
            r"^written by\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$|"
            r"^[\d.,]+\s?[kKmM]?\s+(?:followers|following|subscribers|claps|likes|responses|comments)$|"
            r"^(?:forward|send|email|share) this (?:article|story|page|post|digest|newsletter|email|issue)\b|"
            # a call for money or members: "Support the Chronicle", "Become a member"
            r"^(?:support|donate to) (?:the |our )?(?-i:[A-Z])[\w' -]{0,30}$|"
            r"^support (?:us|independent journalism)\W*$|"
            r"^become a (?:member|supporter)\b|"
            # an e-mail newsletter's first line: "View this email in your browser", "Having trouble viewing this email?"
            r"^(?:view|read|open) (?:this|the|it)? ?(?:e-?mail|newsletter|issue|message)? ?(?:in|on) (?:your|a|the) "
            r"(?:web )?browser\b|^having trouble (?:viewing|reading) this\b",
            r"^(?:attachments?|related (?:files?|documents?|downloads?)|downloads?)\s*(?:\(\d+\)\s*)?(?:[:：]|$)|^附件",
            r"\.(?:pdf|docx?|xlsx?|pptx?|wps|et|zip|rar|7z|csv|ofd)\)?$|\((?:pdf|docx?|xlsx?|zip|csv),\s*[\d.]+\s*[kKmM]B\)$",
            # readers' reactions: "👍 27 people found this useful", "Was this article helpful? Yes (12) No (3)"
            r"^\W*[\d,.]+k?\s+(?:people|readers|others|users|members)\s+(?:found|find|liked|like|recommend(?:ed)?)"
            r"\s+this(?:\s+(?:article|post|story|page))?(?:\s+(?:useful|helpful|interesting|insightful))?\W*$|"
            r"^(?:was|is|did you find) this (?:article|page|post|story|information)? ?(?:helpful|useful)\??"
            r"(?:\s*(?:yes|no)\b[\s\d()|/]*(?:(?:yes|no)\b[\s\d()|/]*)?)?$",
        ]
    ),
    _I,
)
_SHORT_FURNITURE_WORDS = 16
_MAX_FURNITURE_WORDS = 40
_COOKIE_WORDS = 60
#: Words of share, like, print and font-size controls; a short line made only of them is furniture.
_CONTROL_STRONG = frozenset(
    "share shares shared sharing like likes liked tweet retweet facebook twitter weibo wechat qq qzone linkedin "
    "whatsapp telegram reddit pinterest tumblr email mail print printer close font a- a+ bookmark favorite "
    "favourite comment comments views reads rss".split()
)
_CONTROL_WEAK = frozenset(
    "this to on via the page article story post size text large medium small larger smaller normal default reset "
    "big bigger standard middle zoom in out increase decrease window link copy zone x and or us follow with friends "
    "friend your it now here loading a".split()
)
#: Teaser headings: the lines after one, up to a blank line or a paragraph, are teasers.
_TEASER_HEADING = re.compile(
    r"^(?:you (?:may|might) (?:also )?(?:like|enjoy)|"
    r"more (?:stories|news|articles|posts|reading|interviews|features|reports|briefs|analysis|coverage|on this|"
    r"rankings|headlines|in (?-i:[A-Z])[\w&'’ -]{1,30}|(?:[a-z&]+ )?[a-z&]+s)|"  # ("More conversations:")
    r"hot (?:news|topics|stories|reads)|trending(?: now| stories| topics)?|top (?:news|headlines|reads)|"
    r"also (?:in|on|from) (?-i:[A-Z])[\w&'’ -]{1,30}|elsewhere(?: this week| today| on [\w'’ -]{1,30})?|"
    r"in other news|don['’]?t miss|what to read next|editor['’]?s choice|"
    r"related(?: [a-z]+){0,2}|read (?:more|next|also)|"
    r"recommended(?: for you| reading| stories)?|popular(?: posts| stories)?|most (?:read|popular)|"
    r"latest(?: news| posts| stories)?|editor'?s picks|further reading|see also|also read|top stories|"
    r"more from [A-Z][\w.'’& -]{1,40})\s*[:：]?$",
    _I,
)
#: A teaser that ends with its date: "District opens two labs (2024-03-11)", "... | 11 March 2024".
_DATED_TEASER = re.compile(
    r"(?:\(\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*\)|\[\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*\])$"
)
_CONTACT_HEADING = re.compile(
    r"^(?:contacts?|contact us|contact (?:information|details)|media contacts?|press contacts?|"
    r"for (?:more|further) information|enquiries)\s*[:：]?$",
    _I,
)
#: The heading of readers' questions answered under a post ("READER Q&A", "From the mailbag").
_READERS_ASK = re.compile(
    r"^(?:(?:from )?(?:the |our )?(?:readers?['’]?|subscribers?['’]?)\s+(?:q\s*&\s*a|questions|mailbag|letters)|"
    r"(?:from )?the mailbag|mailbag)\s*[:：]?$",
    _I,
)
_COMMENT_HEADING = re.compile(
    r"^[~=*\-–—\s]*(?:(?P<strong>(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|"
    r"repl(?:y|ies)|thoughts?)(?:\s+(?:to|on|for|about)\b.*)?|"
    r"(?:(?:netizen|reader|user|visitor|guest|latest|all)s?['’]?\s+)?comments?\s*\(\d+\)|"
    r"(?:leave|post|add|write|submit) (?:a|your|the first) (?:comment|reply|response))|"
    r"comments?|reader comments|discussion|"
    r"(?:join|start) the (?:discussion|conversation)|have your say|what do you think\??)\s*[:：]?[~=*\-–—\s]*$",
    _I,
)
_SAYS = re.compile(r"^\S.{0,50}?\s+(?:says|said|wrote|replied|commented)(?:\s+on\s+.{1,40}?)?\s*[:：]$", _I)
_REPLY = re.compile(r"^(?:reply|reply\s*[↓→]|report(?: abuse)?|permalink|\d+\s+likes?|like)$", _I)
_MENU_SPLIT = re.compile(r"\s*(?:[|｜•·>»›‹«/~]|::)\s*|\s{2,}")
_MENU_SEPARATOR = re.compile(r"[|｜•·>»›‹«/~]|::")
_PAGE_NUMBER = re.compile(r"^(?:page\s+\d+(?:\s*(?:of|/)\s*\d+)?|\d+\s*/\s*\d+|[-–—]\s*\d+\s*[-–—])$", _I)


def _controls(line: str) -> bool:
    """A short line made of share, like, print and font-size controls ("12 likes · Share: WeChat | Print")."""
    tokens = re.findall(r"[^\W\d_]+[+-]?", line.lower().replace("e-mail", "email"))
    if not tokens or len(tokens) > 14:
        return False
    return all(t in _CONTROL_STRONG or t in _CONTROL_WEAK for t in tokens) and any(t in _CONTROL_STRONG for t in tokens)


#: Sections of a site that a breadcrumb starts from ("Indexes > Example Index"), whose last label
#: may then be as long as a page's title.
_SECTION = re.compile(
    r"(?i:home|news|newsroom|news centre|news center|research|indexe?s|indices|index|reports?|publications?|"
    r"data|insights?|polic(?:y|ies)|analysis|"
    r"topics?|projects?|programs?|rankings?|events?|media|about(?: us)?|blog|archives?|features?|opinion|"
    r"briefs?|press(?: releases?| conferences?)?|(?:press )?conferences?|interviews?|speeches|releases?|"
    r"resources?|library|databases?|our work|work|(?:league |subject |data )?tables|league tables?)"
)


#: A credit: "By", "Written by", "Photographs by", "Words and pictures by".
#: A credit for pictures, not words: "Illustrations by C", "Photos: D".
_PICTURE_CREDIT = re.compile(
    r"^(?:photos?|photographs?|photography|pictures|images|illustrations?|graphics|video|design|artwork|"
    r"charts?|maps?)\s*(?:by\b|[:：/])",
    re.I,
)
_CREDIT = re.compile(
    r"(?:(?:written|words|text|story|reporting|reported|edited|photos?|photographs?|photography|pictures|images|"
    r"illustrations?|video|words and pictures)\s+)?by\s+(?-i:[A-Z])",
    _I,
)


#: The links every site's menu has.
_SITE_LINKS = frozenset(
    "home about archive archives contact subscribe search login rss newsletter newsletters donate help faq menu "
    "privacy terms register".split()
    + ["log in", "sign in", "sign up", "about us", "contact us"]
)


def _menu(line: str, *, header: bool) -> bool:
    """A menu or breadcrumb line: short labels between separators ("Home | News | Tech", "Home > News"); a
    year may be one of the labels of an archive's breadcrumb ("News > 2024 > Briefings").

    >>> _menu("Home · Archive · About · Subscribe (RSS)", header=True), _menu("Haidian (2024) · up 3", header=True)
    (True, False)
    >>> _menu("[ posts ]  [ talks ]  [ about ]  [ feed.xml ]", header=True)
    True
    >>> _menu("( home )  ( archive )  ( about )", header=True), _menu("(a) (b) (c)", header=False)
    (True, False)
    >>> _menu("~ home ~ archive ~ about ~ subscribe ~", header=True), _menu("Home :: Blog :: About", header=True)
    (True, True)
    """
    if re.fullmatch(r"(?:\s*[\[【]\s*[^\]】\[【]{1,30}?\s*[\]】]){3,}\s*", line):
        return True  # "[ posts ] [ talks ] [ about ]": labels in brackets
    if header and re.fullmatch(r"(?:\s*\(\s*[A-Za-z][\w .-]{0,18}?\s*\)){3,}\s*", line):
        return True  # "( home )  ( archive )  ( about )": labels in parentheses
    if not (_MENU_SEPARATOR.search(line) or (header and re.search(r"\S\s{2,}\S", line))):
        return False
    labelled = re.match(r"(?:[A-Z][\w'’-]*\s+){0,2}[\w'’-]+\s*[:：]\s+(?=\S+\s*[|｜•·>»›])", line)
    if labelled and header:  # "Government portal: Home | News | Policies": a menu under its label
        line = line[labelled.end() :]
    if not header and re.fullmatch(r"\s*\|.*\|\s*", line):
        return False  # "| Park | Overall | Innovation |" in the body: a Markdown table's header, not a menu
    parts = [p for p in _MENU_SPLIT.split(line) if p.strip()]
    if len(parts) < (2 if header else 3):
        return False
    if any(_CREDIT.match(p.strip()) for p in parts):
        return False  # "Written by A / Photographs by B": a byline
    if header and sum(p.strip().lower() in _SITE_LINKS for p in parts) >= 2 and "|" in line:
        return True  # "Translations from the Chinese press | Home | About | Archive": a tagline, then the site's links
    years = [p for p in parts if re.fullmatch(r"\s*(?:19|20)\d\d\s*", p)]
    dated_section = (  # "Press Conferences > 2025", "News Releases > 2027"
        len(parts) == 2
        and bool(years)
        and re.search(r"[>»›]", line)
        and (
            _SECTION.fullmatch(parts[0].strip())
            or re.fullmatch(r"[A-Z][A-Za-z&]*(?: [A-Za-z&]+){0,3}", parts[0].strip())
        )
    )
    if dated_section:
        return True  # "Press Conferences > 2025": a section's archive of a year
    if years and (len(parts) < 3 or len(parts) - len(years) < 2 or not re.search(r"[>»›]|\s/\s", line)):
        return False
    # "Subscribe (RSS)", "Archive (2)": a label's short note in brackets is no part of it
    labels = [re.sub(r"\s*\((?:[A-Za-z]{1,12}|\d{1,4})\)\s*$", "", p) for p in parts if p not in years]
    # a breadcrumb's last label names the page itself, and may be as long as a title ("Indexes > Example Index")
    section = _SECTION.fullmatch(labels[0].strip()) is not None
    # ... as may the labels between ("Indexes > Example City AI Capacity Index > 2025 results")
    crumbs = section and re.search(r"[>»›]|\s/\s", line) is not None
    longest = [10 if n == len(labels) - 1 and crumbs else 8 if crumbs and n else 4 for n in range(len(labels))]
    # ... and may hold a year ("Indices / Example Index / 2024 results")
    dated_last = section and len(labels) >= 3
    labels = [re.sub(r"\b(?:[A-Z]\.){2,}", "US", p) for p in labels]  # ("U.S.": an abbreviation, no sentence's end)
    return all(
        len(p.split()) <= most
        and not re.search(r"[.,;:!?\"“”()]" if dated_last and n == len(labels) - 1 else r"[\d.,;:!?\"“”()]", p)
        for n, (p, most) in enumerate(zip(labels, longest, strict=True))
    )


#: one item of an address or contact footer: an e-mail or web address, a phone number, a street address
_CONTACT_ITEM = re.compile(
    r"^(?:(?:e-?mail|web(?:site)?|tel(?:ephone)?|phone|fax|hotline|address|add|t|f|e|w)\.?\s*[:：]\s*\S.*|"
    # "Subscriber services: +86 10 6588 0210": any desk's number
    r"[A-Za-z][\w ]{1,30}[:：]\s*(?:\+|\(0|0)[\d\s()./-]{6,}\d|"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+|(?:\+|\(0|0)[\d\s()./-]{6,}\d|"
    r"(?:no\.\s*)?\d+[a-z]?(?:\s*[-–]\s*\d+)?,?\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:street|st|road|rd|avenue|ave|lane|"
    r"boulevard|blvd|hutong|alley|way|drive|plaza|square|building|tower)\b\.?(?:,\s*[^,]{1,40}){0,4}|"
    r"(?:p\.?\s*o\.?\s*box|room|suite|floor)\s+\w+.*|.*\b(?:postcode|postal code|zip code)\b.*)$",
    _I,
)
_FOOTER_SPLIT = re.compile(r"\s*[|｜]\s*|\s+[·•]\s+|\s{2,}")


#: a control or credit in brackets: "【Print】", "[Close window]"
_BRACKETED = re.compile(r"[【\[]\s*([^【】\[\]]*?)\s*[】\]]")


#: A newsletter issue's title after its number: "Issue 31 — The compute crunch" (words in lower case, not a
#: series' name: "Innovation Programme · Policy Brief No. 2025-02").
_NUMBERED_TITLE = re.compile(r"^\s*(?:issue|no\.|№|episode|edition)\s*#?\s*\d+\s*[—–:]\s*(?=.*\b[a-z]{3,}\b).{3,}$", _I)


def _header_menu(line: str) -> bool:
    """A menu line of a header, its labels perhaps in brackets ("[[ index ]] [[ tags ]] [[ rss ]]").

    >>> _header_menu("[[ index ]] [[ tags ]] [[ about ]]"), _header_menu("Home | News | Tech")
    (True, True)
    """
    if _menu(line, header=True):
        return True
    return line[:1] in "【[" and _menu(" ".join(_BRACKETED.sub(r" \1 ", line).split()), header=True)


def _furniture_parts(line: str) -> bool:
    """A line of parts each of which is furniture or an item of an address or contact footer, beside at
    most a name ("Example Institute | 6 River Street | info@example.org", "Download the data | Cite this")."""
    parts = [p for p in _FOOTER_SPLIT.split(line) if p.strip()]
    if len(parts) < 2 or len(line.split()) > _MAX_FURNITURE_WORDS:
        return False
    names = 0
    for part in parts:
        if _ISSUE_LINE.match(part):
            return False  # "Innovation Policy Weekly · No. 32": a masthead
        if _CONTACT_ITEM.match(part) or _standalone_furniture(part):
            continue
        if len(part.split()) > 6 or re.search(r"\d", part) or _SENTENCE_END.search(part) or not _capitalized(part):
            return False
        names += 1
    return names <= 1 and names < len(parts)


def _issuer(text: str) -> str | None:
    """The company that issues a press release ("FOR IMMEDIATE RELEASE" ... "About Example
    Photonics"): its name as the release first gives it in full.

    >>> _issuer("FOR IMMEDIATE RELEASE\\nExample Photonics Co., Ltd. opened.\\nAbout Example Photonics\\nIt grew.")
    'Example Photonics Co., Ltd.'
    """
    if not re.search(r"^\s*(?:for immediate release|press release)\b", text, _I | re.M):
        return None
    names = [m.group(1) for m in re.finditer(r"^About ([A-Z][\w&.-]*(?:[ \t][A-Z][\w&.-]*){0,5})[ \t]*$", text, re.M)]
    if not names:
        return None
    name = min(names, key=lambda n: text.find(n))  # a joint release: the one it names first
    full = re.search(
        re.escape(name) + r"(?:\s+[A-Z][\w&-]*){0,4},?\s+(?:Co\.,?\s+Ltd\.|Ltd\.|Inc\.|Corp\.|Corporation|Group|"
        r"Limited)",
        text,
    )
    return full.group(0) if full else None


#: A footnote that cites a source ("[2] Example Data, "Tracker", Q2 2024 update, p. 4").
_FOOTNOTE = re.compile(
    r"^\[\d{1,3}\]\s+(?:\S.*(?:\bpp?\.\s*\d|https?://|www\.|[“\"]|\b(?:accessed|retrieved)\b)|"
    # "[1] Example Education Commission, university statistics for 2024, released in February.": a source and a year
    r"(?!(?:in|on|at|by|for|from|the|a|an|i|we|it|this|these|since|after)\b)(?-i:[A-Z])[\w&'’.-]*(?:\s+[\w&'’.-]+){0,8},"
    r"\s(?=.*\b(?:statistics|data|report|survey|bulletin|yearbook|release[sd]?|published|database|dataset|notice|"
    r"yearbook|accessed|retrieved)\b).*\b(?:19|20)\d\d\b.*)",
    _I,
)
#: An issue or series label alone on its line, perhaps with a reading time ("Issue #42 · 12 min read",
#: "Policy Brief 2024/07"); beside a masthead's name it is part of the masthead, not furniture.
_ISSUE_LINE = re.compile(
    r"^(?:(?:(?:print |online |web )?issue|no\.|vol(?:ume)?\.?|episode|edition|"
    r"(?:(?:policy|research|briefing) )?(?:brief|note|paper)|"
    r"working paper|"
    r"discussion paper|occasional paper)\s*(?:#|no\.?\s*)?\d[\d/.-]*"
    # a named series and its number, not a bare year: "Regional Innovation Brief 2025/04" (not "Policy Update 2025")
    r"|(?:(?-i:[A-Z])[\w&-]*\s+){1,4}(?:brief|note|paper|bulletin|digest|update|memo|series|issue)\s*"
    r"(?:(?:#|no\.?\s*)\d+|\d{4}[/.-]\d{1,2}))"
    r"(?:\s*\((?:19|20)\d\d\)|,\s*(?:"
    + _MONTH
    + r"\.?\s+)?(?:19|20)\d\d)?"  # "Policy Brief No. 17 (2024)", "Issue 11, November 2025"
    r"(?:\s*[·|•]\s*[^·|•.!?\d]{2,50}?)?"  # the series' topic: "Brief 2025/04 · Start-ups and Districts"
    r"(?:\s*[·|•]\s*\d+[\s-]*min(?:ute)?s?\.?(?:\s+read(?:ing)?(?:\s+time)?)?)?$",
    _I,
)
#: A series line of parts, one naming the series and one its number ("Policy Brief · Innovation Finance
#: Series · 2026/09"): no headline.
_SERIES_PARTS = re.compile(
    r"(?=.*\b(?i:brief|series|paper|note|bulletin|digest)\b)(?=.*(?:\b(?:19|20)\d\d[/.-]\d{1,2}\b|\b(?i:no)\.?\s*\d+))"
    r"[^·|•]{2,50}(?:\s*[·|•]\s*[^·|•]{2,50}){1,3}"
)
#: A masthead's tagline that says what kind of publication it is ("Ada Lin's newsletter on brain tech").
_TAGLINE = re.compile(
    r"(?:’s|'s|^(?:a|the|your))\s+(?:[\w-]+\s+){0,3}?(?:newsletter|blog|weblog|magazine|journal|digest|bulletin|podcast|"
    r"column|zine)\b|\b(?:newsletter|blog|weblog|magazine|journal|digest|bulletin|podcast|column)\s+(?:on|about)\b|"
    r"\b(?:a|the|your) (?:weekly|daily|monthly|fortnightly|quarterly) (?:guide|briefing|letter|round-?up|look|digest|"
    r"review|summary|read)\b|"
    # "Notes on Beijing's start-up scene, every other Tuesday"
    r"^(?:(?:a|an|the|my|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:’s|'s|s’|s')\s+)?"  # "A working analyst's notes on"
    r"(?:notes|dispatches|thoughts|essays|letters|musings|insights) (?:on|about|from)\b|"
    r"\b(?:every|most|each) (?:other )?(?:day|week|month|weekday|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)s?$|"
    # "Asia business news for professionals": what a news service offers, and to whom
    r"^(?:[\w&-]+\s+){0,3}(?:news|analysis|insights?|intelligence|coverage|reporting|data|research)\s+(?:for|from|on)\s+"
    r"(?:[\w&-]+\s+){0,2}[\w&-]+$",
    _I,
)


#: One of a news feed's routing fields: "SLUG: CHINA-BEIJING/STARTUPS (UPDATE 1)", "PRIORITY: ROUTINE",
#: "Desk: Economy & Technology", "Ref: CWS-ET-0512-031", "Length: 590 words" (the wire services' names
#: for them; not "BEIJING: ROBOT PARK OPENS", a headline with a place before it, nor "Words: Alma
#: Reyes" or "Story: Kang Yuting", a writer's credit).
_FEED_FIELD = re.compile(
    r"\s*(?:(?:slug|priority|keywords|categor(?:y|ies)|section|desk|embargo(?:ed)?|story (?:no\.?|id|number)|item|"
    r"version|edition|page|service|product|topics?|region|language|source id|urgency|class|ref(?:erence)?|"
    r"photos? available|media|dateline)\s*:\s*[^:|·.!?]{1,60}|"
    r"(?:item|story|ref|dispatch|file|msg|wire)\s+(?:no\.?\s*)?\d[\w-]*\s*|"
    r"(?:unrestricted|restricted|routine|urgent|flash|for immediate release|not for publication)\s*|"
    r"(?:words|word count|length)\s*:\s*\d[\d,]*(?:\s+words)?\s*)",
    re.I,
)


#: A news feed's label of its headline.
_HEADLINE_LABEL = re.compile(  # (or Markdown's "# "; a transcript's "Segment:", a field list's "Title:")
    r"^\s*(?:(?:HEADLINE|Headline|HED|Segment|SEGMENT)\s*[:：]|#{1,6}(?=\s))\s*(?=\S)"
)  # (or Markdown's "# ")


#: A rule of repeated marks ("=====") and a document's number or subject line over its headline:
#: "Press Release [2026] No. 6", "Subject: Technical IP trials in 2025".
_DOCUMENT_LINE = re.compile(
    r"\s*(?:[=_*~#-]{4,}\s*$|[A-Za-z][A-Za-z ]{0,40}[\[(〔]\s*(?:19|20)\d\d\s*[\])〕]\s*No\.\s*\d+\s*$|"
    r"[A-Za-z][A-Za-z ]{0,40}\bNo\.\s*\d+\s*[\[(〔]\s*(?:19|20)\d\d\s*[\])〕]\s*$|"  # "Press Release No. 3 (2027)"
    # "Changping Release No. 2026-021   [ EN ]  [ Print ]": a document's number, perhaps beside controls
    r"(?-i:[A-Z][\w-]*\s+){0,4}(?i:release|notice|document|bulletin|circular|announcement|report)\s+No\.\s*\d[\d/-]*"
    r"(?:\s{2,}[\[【].*)?$|"
    r"(?:subject|re)\s*[:：]\s+[^.!?]{1,100}$)",
    _I,
)


def _feed_fields(line: str) -> bool:
    """Whether a line holds only a news feed's routing fields ("PRIORITY: ROUTINE | WORDS: 470").

    >>> _feed_fields("PRIORITY: ROUTINE | WORDS: 470"), _feed_fields("BEIJING: ROBOT PARK OPENS THIRD HALL")
    (True, False)
    >>> _feed_fields("Desk: Economy    Ref: CWS-ET-0512    Length: 590 words"), _feed_fields("Words: Alma Reyes")
    (True, False)
    >>> _feed_fields("Desk: Standards & Industry  ·  Item 2026-0618-112  ·  Photos available: 2")
    True
    """
    return all(_FEED_FIELD.fullmatch(part) for part in re.split(r"\||\s·\s|\s{3,}", line.strip()) if part.strip())


#: A ticker of markets or live news over a page's headline: ">> Live: Asian shares mixed | Yuan steady".
_TICKER = re.compile(
    r"\s*(?:>>|»|▶|►)\s*(?:live|markets?|ticker|latest|breaking)\b|\s*(?:>>|»|▶|►)(?=.*\s[|·•]\s)|"
    r"\s*(?:live|markets?|ticker|latest|breaking)\s*[:：](?=.*\s[|·•]\s)|"
    # "TICKER  CSI Mining 1,482.6 +1.2%  ·  Coking coal 1,395 -0.4%": prices and their signed changes
    r"(?=(?:.*?\d[\d,.]*\s+[▲▼]?\s?[+-]\d[\d.,]*\s?%){2})",
    _I,
)


def _standalone_furniture(line: str, *, header: bool = False) -> bool:
    """Whether a line on its own is page furniture (a menu, controls, a footer, a feed's fields ...).

    >>> _standalone_furniture("PRIORITY: ROUTINE | WORDS: 470"), _standalone_furniture("KEY FIGURES: 64 FIRMS")
    (True, False)
    """
    if _FOOTNOTE.match(line) or _ISSUE_LINE.match(line) or _feed_fields(line) or _DOCUMENT_LINE.match(line):
        return True
    if header and _TICKER.match(line) and len(line.split()) <= 30:
        return True
    if header and (
        # an archive's or a cache's banner over the page it keeps: "Original URL: ...", "[ Previous capture ]"
        re.match(
            r"\s*(?:archived page\b|this page (?:was|has been) archived|this is (?:a|an|the) (?:archived|cached) "
            r"(?:copy|version|page)|original url\s*[:：]|captured\s*[:：]\s*\d|\[\s*(?:previous|next) capture)",
            line,
            _I,
        )
        # a site's address and its tagline or section: "www.example.com | For professionals", "example.net / writing"
        or (
            len(line.split()) <= 10
            # (the address a segment of its own: not "Startup behind zhipu.com files for listing | Markets")
            and any(
                re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/\S*)?", part.strip())
                for part in re.split(r"\s+[|/·•]\s+", line)
            )
            and re.search(r"\s[|/·•]\s", line)
        )
    ):
        return True
    if header and re.fullmatch(
        r"(?:programme|program|show|series|segment|section|category|channel|column|department)\s*[:：]\s*"
        r"[^\d:：\s]+(?:\s+[^\d:：\s]+){0,3}",
        line.strip(),
        _I,
    ):
        return True  # "Programme: Morning Tech Bulletin": the show a transcript is from, not its headline
    if header and (
        re.match(r"\s*printed(?:\s+on)?\s*[:：]", line, _I)  # "Printed: 02/04/2026 10:15 AM": when it was printed
        # a wire's slug: "CHINA-TECH/FUND (UPDATE 2, PIX)"
        or re.fullmatch(
            r"\s*(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]{4})[A-Z0-9]+(?:-[A-Z0-9]+)*/(?=[A-Z0-9/-]*[A-Z])[A-Z0-9/-]{2,}"
            r"(?:\s*\((?:UPDATE|REFILE|CORRECTED|WRAPUP)[^)]*\))?\s*",
            line,
        )
        # a series' part: "SPECIAL REPORT: ASIA'S LAB CITIES | PART 2 OF 4"
        or (re.search(r"[|·•]\s*part\s+\d+\s+of\s+\d+\s*$", line, _I) and line.split("|")[0].strip().isupper())
        # an issue's line: "May 2026 | Volume 41, Number 5"
        or (
            re.fullmatch(
                r"\s*(?:[A-Z][a-z]+\.?\s+(?:19|20)\d\d\s*[|·,]\s*)?vol(?:ume)?\.?\s*\d+\s*[,|·]?\s*"
                r"(?:no\.|number|issue)\s*\d+\s*",
                line,
                _I,
            )
            and not find_dates(
                line
            )  # (a full date on it dates the issue, and the page: "Vol. 12, Issue 9 | 2 March 2026")
        )
    ):
        return True
    if line[:1] in "【[":
        if _menu(line, header=header):
            return True  # "[ posts ]  [ talks ]  [ about ]"
        line = " ".join(_BRACKETED.sub(r" \1 ", line).split())
    words = len(line.split())
    if _PAGE_NUMBER.match(line) or _controls(line) or _menu(line, header=header):
        return True
    if _FOOTER_SPLIT.search(line) and _furniture_parts(line):
        return True
    if words <= _SHORT_FURNITURE_WORDS and _SHORT_FURNITURE.search(line):
        return True
    if words > _COOKIE_WORDS:
        return False
    match = _FURNITURE.search(line)
    if not match:
        return False
    return words <= _MAX_FURNITURE_WORDS or "cookie" in match.group(0).lower()


def _table_header(line: str, following: list[tuple[int, str]]) -> bool:
    """The header of a table written with pipes: its labels read like a menu's, but the line
    below is a row of as many cells that starts with a number ("Rank | Zone | Score" over
    "1 | Haidian | 91.6") or holds one.

    >>> _table_header("Sub-park | Score | Rank", [(0, "Haidian Park | 91.3 | 1")])
    True
    >>> _table_header("Home | News | Tech", [(0, "About | Jobs | Contact")])
    False
    """
    if line.count("|") < 2 or not following:
        return False
    row = following[0][1]
    # ... or holds a number in a cell of its own ("Haidian Park | 91.3 | 1" under "Sub-park | Score | Rank")
    numbered = re.match(r"\s*\|?\s*\d(?![\d.]*\.\d+\.)", row) or re.search(
        r"\|\s*[-+]?\d[\d,]*(?:\.\d+)?%?\s*(?:\||$)", row
    )  # a figure, not a date ("12.08.2024")
    return row.count("|") == line.count("|") and numbered is not None


#: A line that is one short quoted sentence and nothing else: “Four in ten stacks now come from here.”
_PULL_QUOTE = re.compile(r"[“\"](?P<q>[^“”\"]{10,200}?[.!?]?)[”\"]\s*")


def _open_quote(line: str) -> bool:
    """Whether a paragraph leaves a quotation open, to go on in the next ("... the first paragraph of it)."""
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


#: A reporter's credit under the text: "(Reporter: Qi Hua)", "[By Li Na]", and after the desk or
#: bureau it came from: "(Lakeside District Transport Bureau · Correspondent Ada Lin)".
_FOOT_REPORTER = re.compile(
    r"^\s*[(（【\[]\s*(?:(?![^·•|]*(?i:photo|illustrat|image|picture|graphic|video|cover|chart|map))"
    r"[^()（）【】\[\]·•|]{2,60}?\s*[·•|]\s*)?"
    r"(?:reporters?|correspondents?|by|written by|text|记者|作者)\s*[:：]?\s*"
    r"(?P<rest>[^)）】\]]{2,80})[)）】\]]\s*$",
    _I,
)

#: A news agency's credit line under a story: "Reporting by A and B; Editing by C", "Reporting by A;
#: Writing by B" (the reporters are the authors).
_REPORTING_BY = re.compile(
    r"^\s*(?:[-–—]+\s*)?(?:\(?\s*)?(?:reporting|reported|written|writing) by\s+(?P<rest>[^;()]{2,80}?)\s*"
    r"(?:[;.]\s*(?:additional reporting|writing|editing|edited|compiled|translated)(?: by)?\b[^()]*)*\)?\.?\s*$",
    _I,
)
#: A credit under the text naming who wrote it: "Text: A · Photos: B", "Words by A".
_TEXT_CREDIT = re.compile(r"^\s*(?:text|words|story|reporting|reporters?)\s*(?:[:：/]|by\b)", _I)  # "Text/Zhou Lan" too
#: A writer's label within a line of credits ("... Reporter: Ada Lin").
_WRITER_CREDIT = re.compile(r"(?:^|\s)(?:reporters?|correspondents?|writers?|authors?|text|words)\s*[:：]", _I)
#: A team of a publication, named in a byline: "the Data Desk", "Staff", "our Newsroom".
_DESK = re.compile(r"\b(?:desk|team|unit|staff|newsroom|editors|reporters|correspondents)$", re.I)
#: The authors named under a brief: "Authors: A (Senior Fellow) and B (Research Assistant), Example Institute".
_AUTHORS_LINE = re.compile(r"^\s*(?:authors?|written by|by)\s*[:：]\s*(?P<rest>.{3,200}?)\s*$", _I)
#: A publication date under the text: "Published 3 March 2025", "Publication date: 2025-03-03".
_PUBLISHED_LINE = re.compile(
    r"^\s*(?:first\s+)?(?:published|publication date|date of publication|filed|posted|dated)\b[:：]?\s*\S", _I
)
#: A note under the text on the print issue the story appeared in, which dates it.
_PRINT_EDITION = re.compile(
    r"^\s*this (?:article|story|piece|report) (?:appeared|was published|ran)\b.{0,120}?\b"
    r"(?:print|printed|paper) (?:edition|issue) (?:of|dated|on)\s+(?P<date>[^.;]{6,40})|"
    # "This story was first published on 3 August 2026 at 08:40 and updated at 11:15"
    r"^\s*this (?:article|story|piece|report) was (?:first )?(?:published|posted) (?:on )?(?P<first>[^.;]{6,40})",
    _I,
)
#: A note under the text on who wrote it: "This brief was written by A, a fellow at the institute, and B."
_THIS_WRITTEN_BY = re.compile(
    r"^\s*This (?:brief|report|note|analysis|article|story|piece|commentary|column|digest) "
    r"was (?:written|prepared) by\s+(?P<names>(?:Dr\.?\s+)?[A-Z][^.;]+)"
)
#: A writer's address under the text: "Contact the reporter: A (a@b.example)".
_CONTACT_WRITER = re.compile(
    r"^\s*[Cc]ontact the (?:reporter|writer|author)\s*[:：]\s*(?P<names>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*"
    r"(?:\(|<|,|at\b)"
)
#: A writer's short biography under the text: "Wei Jiahe writes about credit markets from Beijing."
_WRITES_ABOUT = re.compile(r"^\s*(?P<name>[A-Z][^\s,;:]*(?:\s+[^\s,;:]+){1,2})\s+writes\s+(?:about|on|for)\b")
#: The zone of a time of day: "18:40 Beijing time", "09:00 GMT".
_ZONE = re.compile(r"\b(?:Beijing|local)\s+time\b|\b(?:CST|GMT|UTC|BJT)\b", re.I)
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?", re.I)


def _credit(line: str) -> bool:
    """An editor's or a desk's credit on a line of its own, as at the foot of a story ("[Editor: Ann Lee]",
    "Edited by Ann Lee and Bo Chen")."""
    line = " ".join(_BRACKETED.sub(r" \1 ", line).split()) if line[:1] in "【[(（" else line
    line = line.strip("()（）")
    m = _EDITOR_LABEL.match(line)
    if m is None and _SOURCE_LABEL.match(line) and len(line.split()) <= 20:
        # "Source: Example District Media Center  Editor: Ann Lee" under the text: the desk's credits
        parts = [p.strip() for p in _SEGMENT_SPLIT.split(_INFO_LABEL.sub(" | ", line)) if p.strip()]
        editors = [e for e in map(_EDITOR_LABEL.match, parts) if e is not None]
        sources = [p for p in parts if _SOURCE_LABEL.match(p) and not re.search(r"\d", p)]
        return (
            len(editors) + len(sources) == len(parts)
            and bool(editors)
            and _names(editors[0].group("rest"))[0] is not None
        )
    return m is not None and len(line.split()) <= 12 and _names(m.group("rest"))[0] is not None


def _asked(line: str) -> bool:
    """A line that may be a headline though it reads as a sentence: a question or an exclamation of
    fewer than 20 words ("How far can Beijing's patents travel?")."""
    return len(line.split()) < 20 and re.search(r"[?!][\"'”’)]*$", line) is not None and not _standalone_furniture(line)


def _comment_byline(line: str) -> bool:
    """The line that opens a reader comment: "Jane says:", "Tom B. said on June 11, 2024:", "Kevin — May 21, 2024"."""
    if len(line.split()) > 12:
        return False
    if _SAYS.match(line):
        return True
    dates = find_dates(line)
    if len(dates) != 1:
        return False
    start, end, _ = dates[0]
    before, after = line[:start].rstrip(), line[end:]
    if re.fullmatch(r"\s*\)\s*", after) and before.endswith("("):  # "Gao Peng (6 June 2027)"
        before, after = before[:-1].rstrip() + " ·", ""
    if after.strip() and not _TIME.fullmatch(after):
        return False
    name = re.sub(r"\s*(?:[—–\-·|,@]|\bon)$", "", before)
    return name != before and 1 <= len(name.split()) <= 5


# names, bylines and mastheads

_ORG_WORDS = frozenset(
    "quarterly monthly biweekly annual biopharma pharma pharmaceuticals therapeutics biotech "
    "daily news times post press wire agency journal herald gazette tribune review weekly magazine media network "
    "group online net institute university college school center centre commission committee bureau office "
    "government council ministry department administration association society foundation consortium observatory "
    "academy ltd inc co company corporation team desk staff reporters correspondents service services radio "
    "television tv channel publishing publications ledger observer monitor report chronicle insider forum park "
    "zone city district county province lab labs laboratory hub alliance federation union bank fund capital partners "
    "ventures holdings studio project initiative program programme board authority policy research studies economics "
    "science technology innovation development affairs digest bulletin newsletter blog notes tank english chinese "
    "edition international "
    # a word of a name that is no person's: "Rail Tech Asia"
    "tech".split()
)
#: Where a byline's list of names splits: "A, B and C", "A, and B", "A & B".
_NAME_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")
_PARTICLES = frozenset("van von de der den da di du le la bin al el".split())
_NAME_TOKEN = re.compile(  # letters with accents too: "Lü Keran", "Émile Roux", "Andrea Kovač"
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿā-ſ]+(?:[-'’][A-Za-zÀ-ÖØ-Þß-öø-ÿĀ-ſ][a-zß-öø-ÿā-ſ]*)*|[A-Z]\.|[A-Z][a-z]*[A-Z][a-z]+)$"
)
_HONORIFIC = re.compile(r"^(?:dr|prof|professor|mr|mrs|ms|miss|sir|dame)\.?\s+", _I)
_BY = re.compile(
    # ("Von/By A": a foreign edition's word for "by" beside it)
    r"^(?:[A-Za-z]{2,4}\s*/\s*)?(?:by|byline|posted by|words by|text by|written by|story by|reported by|"
    r"reporting by|compiled by|"
    r"(?:story|words|text|reporting) and (?:photographs|photos|pictures|photography|images) by|"
    r"(?:reported|written|researched) and (?:written|reported|edited) by|interview(?:ed)? by|"
    r"questions by|prepared by|contributed by|submitted by|(?:scribbled|penned|jotted down|blogged|authored) by|"
    r"(?:analysis|commentary|research) by|(?:live\s+)?coverage by|"
    r"interviews? conducted by|conversation by|as told to|"
    # "Staff reporters Cui Lanfang and Pan Yiming", "Our correspondent Ada Lin"
    r"(?:staff|our|special|senior)\s+(?:reporters?|correspondents?|writers?)|"
    r"from (?:our|a) (?:own |staff |special )?(?:reporters?|correspondents?)|"  # "From our correspondent Ada Lin in X"
    # other phrases of writing down: "set down by", "Entry filed by", "typed up by", "sent in by"
    r"(?:(?:entry|post|note|notes|piece|dispatch|letter|column|words|story)\s+)?(?:set down|filed|typed(?: up)?|"
    r"sent(?: in)?|put together|pieced together|written up|jotted(?: down)?|dispatched|logged|drafted|posted|"
    r"noted down)\s+by(?=\s+(?-i:[A-Z])))(?:\s*[:：]\s*|\s+)(?P<rest>.+)$",
    _I,
)
#: A byline that is a name and a verb of writing: "Gu Yanmei writes", "Dr. Ada Lin reports".
_WRITES = re.compile(r"^(?P<name>[A-Z][^\s,;:]*(?:\s+[^\s,;:]+){1,3})\s+(?:writes|reports|explains|argues)$")
_NAMES_LABEL = re.compile(
    r"^(?:(?:lead|principal|main|co-?|contributing|corresponding)[ -]?)?"
    r"(?:authors?|writers?|contributors?|contributor\(s\))\s*[:：]"
    r"\s*(?P<rest>.+)$|"
    # the labels of pages in Chinese that carry a story in English: author, reporter, writer
    r"^(?:作者|记者|撰稿人?|撰文)\s*[:：]?\s*(?P<rest3>.+)$|"
    r"^(?:reporters?|reporting|report|correspondents?|text|words|story|compiled by|compiler|interviewers?|"
    r"interview(?=\s*[:：]\s*[^,]+$)|interview(?:ed)? by|questions by|"  # (not "Interview: NAME, chief of X")
    r"(?:research|project|study|report|writing|author(?:ing)?|index|ranking|analysis|data|survey|editorial) "
    r"(?:team|group))\s*[:：]\s*(?P<rest2>.+)$",
    _I,
)
_EDITOR_LABEL = re.compile(
    r"^(?:(?:responsible |chief |executive |web |online |duty )?editors?(?: on duty| in charge)?|edited by|"
    r"责任编辑|编辑|责编)"
    r"\s*[:：]?\s*(?<=[\s:：])(?P<rest>.+)$",
    _I,
)
#: a label that opens a new part of an info line ("Source: X Date: 2024-03-15 Views: 12"), however it is spaced
_INFO_LABEL = re.compile(
    r"(?<=\S)\s+(?=(?:source|from|date|release date|release time|publish(?:ed|ing)? time|publication date|published|"
    r"posted|updated|editor on duty|editor in charge|responsible editor|duty editor|"
    r"(?:(?:lead|principal|co-?) ?)?authors?|writers?|editors?|reporters?|text|words|photos?|photographers?|"
    r"photographs?|photography|images?|"
    r"pictures?|video|views|visits|hits|clicks|font size|font|text size|venue|location|place|proofreaders?|"
    r"reviewers?|approved by|submitted by|checked by|contributors?|contributor\(s\)|"
    r"作者|记者|来源|编辑|责任编辑|责编|发布时间|发布日期|"
    r"日期|时间)\s*[:：])",
    _I,
)
#: what may follow the date and time of a date line ("Updated 2 hours ago", "GMT+8")
_UPDATED_NOTE = re.compile(r"(?:(?:GMT|UTC)[+-]?\d{0,2}\s*)?(?:(?:last )?updated\b.{0,30})?", _I)
#: the body a page's text comes from; under a masthead the masthead is the publisher ("Source:", and the
#: department that issued a government document: "Issued by:")
_SOURCE_LABEL = re.compile(
    r"^(?:source|from|issued by|issuer|issuing (?:body|authority|department)|来源)\s*[:：]\s*(?P<rest>.+)$", _I
)
_PUBLISHER_LABEL = re.compile(r"^(?:publisher|published by|released by|issued by)\s*[:：]?\s+(?P<rest>.+)$", _I)
_DATE_LABEL = re.compile(
    r"^\[?(?P<label>posted|published|publication date|release date|released|issued|sent|submitted|"
    r"date(?: published)?(?! of (?:writing|drafting|signing|composition|the document)\b)|"
    r"first published|last updated|updated|last modified|modified|time|held|issue of|发布时间|发布日期|日期|时间)"
    r"(?:\b|(?<=[\u4e00-\u9fff]))\s*(?:on|at)?\s*[:：]?\s*"
    r"(?P<rest>.*)$",
    _I,
)
_IGNORED_SEGMENT = re.compile(
    r"^(?:filed (?:under|in)|tags?|tagged|categor(?:y|ies)|posted in|topics?)\b|^\d+\s*min(?:ute)?s?\b.*read|"
    r"^(?:desk|section|channel|service)\s*[:：]|"
    r"^(?:views|visits|hits|clicks|reads|page ?views|font(?: size)?|text size)\s*[:：]|"
    r"^\d+\s+(?:comments?|replies)(?:\s+(?:below|so far|and counting))?$|"
    # where an event was held ("Venue: Example Press Center"): no publisher
    r"^(?:venue|location|place)\s*[:：]|"
    # credits for the pictures, not the text
    r"^(?:photos?|photograph(?:s|y|er|ers)?|images?|pictures?|video|camera|graphics?|illustrations?|design)"
    r"(?:\s+by\s+|\s*[:：])|"
    # when, said relatively: the date is read elsewhere ("Yesterday", "3 hours ago")
    r"^(?:yesterday|today|just now|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)\.?$",
    _I,
)
#: What a byline may add about the post itself: "6 comments", "7 min read".
_BYLINE_NOTE = re.compile(
    r"^\d+\s+(?:comments?|replies)(?:\s+(?:below|so far|and counting))?$|^\d+\s*min(?:ute)?s?\b.*read", _I
)
_SEGMENT_SPLIT = re.compile(
    r"\s*[|｜•　]\s*|\s+(?:[·—–/~]|//)(?:\s+|$)|\s{2,}|\s+-\s+|;\s+"
)  # (and an ideographic space)
_ABOUT_AUTHORS = re.compile(
    r"^(?:about|(?:notes?\s+)?on) (?:(?P<people>the (?:authors?|writers?|contributors))|"
    r"(?:this|the) (?:brief|report|paper|working paper|policy brief|study|note|digest|analysis|issue))"
    r"\s*(?:$|[:：]\s*(?P<same_line>.*)$)",
    _I,
)
#: "The brief was written by A, a fellow at the center, with B" in such a note
_WRITTEN_BY = re.compile(
    r"\b(?:written|prepared|authored|co-?authored|drafted|compiled|produced)\s+by\s+(?P<names>[^;]+?)(?:\.(?:\s|$)|;|$)"
)
_NAME_IN_LIST = re.compile(r"(?:^|,\s*|\s+(?:with|and|&)\s+)(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)")
_BIO = re.compile(
    # ("Zuo Han, a doctoral candidate at the same school, is a visiting fellow": past an apposition, before a post)
    r"(?:^|(?<=[.;]\s))(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)"
    r"(?:,\s+(?:a|an|the)\s[^,;.]{3,80},(?=\s+(?:(?:is|was)\s+(?:a|an|the|also|now)\s|(?!is\b|was\b)[a-z]+s\b)))?\s+"
    r"(?:is|was|directs|leads|heads|serves|"
    r"works|teaches|holds|chairs|manages|writes|covers|edits|researches|studies|founded|joined)\b"
)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z .'’/-]{1,40}),\s*(?P<when>[^()\n]{3,30}?)\s*"
    r"(?:\((?P<agency>[^()\n]{2,50})\)|/(?P<wire>[A-Z][^/\n]{1,50})/)?"  # "(Xinhua)", "/Example Wire/"
    r"\s*(?:--|—|–|-)(?:\s*\S|\s*$)"  # the story after it, or on the next line
)


def _capitalized(text: str) -> bool:
    """Whether every word but the small ones starts with a capital ("Institute for Policy Studies")."""
    small = {"of", "and", "for", "the", "on", "in", "at", "to", "a", "an", "&", "from", "by", "with", "or", "into"}
    return all(w[:1].isupper() or not w[:1].isalpha() or w in small for w in text.split())


def _strip_honorific(name: str) -> str:
    return _HONORIFIC.sub("", name.strip())


#: Words of a title, not a name: "Deputy Managing Editor".
_TITLE_WORDS = (
    r"\b(?:Deputy|Managing|Senior|Chief|Executive|Associate|Assistant|Contributing|Features?|News|Science|"
    r"Technology|Editor|Consultant|Designer|Producer|Director|Photographer|Illustrator|Researcher)\b"
)
#: Words that end or make a news outlet's name ("Beijing Business Dispatch", "Example Daily").
_OUTLET_WORDS = (
    r"\b(?:Daily|News|Times|Post|Dispatch|Wire|Herald|Journal|Review|Agency|Press|Media|Weekly|Bulletin|Observer|"
    r"Tribune|Gazette|Ledger|Monthly|Magazine|Service|Network|Radio|TV)\b"
)


def _bare_byline(author: str | None) -> str | None:
    """The writers a byline read from markup names, without what came with them: an editor's credit,
    the publisher after a comma, and "and" between two names set side by side.

    >>> _bare_byline("Ding Weiyi Editor Mao Lin"), _bare_byline("Qu Shanshan, Beijing Business Dispatch")
    ('Ding Weiyi', 'Qu Shanshan')
    >>> _bare_byline("Qu Lanxin Bo Yiming"), _bare_byline("Mary Ann Foster"), _bare_byline("Lin Jiaxu, Cao Wenbin")
    ('Qu Lanxin and Bo Yiming', 'Mary Ann Foster', 'Lin Jiaxu, Cao Wenbin')
    >>> _bare_byline("记者 Reporter： Lu Ximan 发布时间："), _bare_byline("记者 李明"), _bare_byline("Author")
    ('Lu Ximan', '记者 李明', None)
    """
    # "A column by Mathilde Sørensen": the kind of piece before the name
    author = re.sub(
        r"^(?:an?\s+)?(?:column|essay|commentary|analysis|opinion|report|story|article|piece|review|letter|post)\s+by\s+",
        "",
        author or "",
        flags=_I,
    )
    author = _strip_honorific(author)  # "Dr Amara Okonkwo"
    if author.isupper() and all(_person_like(x.title()) for x in _NAME_SPLIT.split(author) if x.strip()):
        author = author.title()  # "NATHALIE GIRARD": the name, as the key and the text elsewhere write it
    labelled = re.match(r"(?:story|text|words|reporter|writer|author|reporting)\s*[:：]?\s+(?=\S)", author, _I)
    if labelled and _person_like(author[labelled.end() :]):
        author = author[labelled.end() :]  # "Story: Greta Lindahl" read as "Story Greta Lindahl"
    if not author or re.fullmatch(
        r"\s*(?:authors?|by|written by|reporters?|writers?|posted by)\s*[:：]?\s*", author, _I
    ):
        return None  # a label with no name ("<span class="screen-reader-text">Author</span>")
    latin = " ".join(re.sub(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+", " ", author).split())
    if latin != author and _WRITER_LABEL.match(
        latin
    ):  # "记者 Reporter：Lu Ximan 发布时间：": a bilingual writer's label
        author = _unlabelled(latin) or author
    if re.match(r"(?:Editors?|Edited by|Editing)\b", author):
        return None  # "Text Editor Wang Fang": who edited it, not who wrote it
    edited = re.match(r"(?P<name>.+?)\s+(?:Editor|Edited by|Editing)\s+(?=[A-Z][\w'’-]+\s+[A-Z])", author)
    if edited and _person_like(edited.group("name")) and not re.search(_TITLE_WORDS, edited.group("name")):
        return edited.group("name")  # "Ding Weiyi Editor Mao Lin"
    named = re.fullmatch(r"(?P<name>[^,]+),\s*(?P<rest>[^,]+)", author)
    if (
        named
        and _person_like(named.group("name"))
        and (re.search(_OUTLET_WORDS, named.group("rest")) or _pinyin_paper(named.group("rest").strip()))
        and all(w[:1].isupper() or w in ("of", "and", "&", "the") for w in named.group("rest").split())
    ):
        return named.group("name")  # "Qu Shanshan, Beijing Business Dispatch": the writer, then who published
    words = author.split()
    if len(words) == 4 and pinyin_name(words[:2]) and pinyin_name(words[2:]):
        return f"{' '.join(words[:2])} and {' '.join(words[2:])}"  # two names printed side by side
    return author


def _trimmed_name(author: str | None) -> str | None:
    """A name read with what was printed after it, without it: a month ("Yuki Tanaka Apr"), a role
    ("Ada Lin Senior Fellow").

    >>> _trimmed_name("Yuki Tanaka Apr"), _trimmed_name("Ada Lin Senior Fellow"), _trimmed_name("Mary Ann Foster")
    ('Yuki Tanaka', 'Ada Lin', 'Mary Ann Foster')
    """
    if not author:
        return author
    words = author.split()
    for k in range(2, len(words)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if _person_like(head) and (
            # (not "May", "Jun", "Jul": given names too)
            (
                re.fullmatch(_MONTH + r"\.?", tail, _I)
                and tail.lower().rstrip(".") not in ("may", "jun", "june", "jul", "july")
            )
            or _ROLE_ONLY.fullmatch(tail)
            or re.fullmatch(_TITLE_WORDS, tail)
        ):
            return head
    return author


#: Places whose name, in a run of capitalized words, makes it no person's name.
_PLACE_WORDS = frozenset({"Beijing", "China", "Shanghai", "Tianjin", "Hebei", "Shenzhen", "Jingjinji"})


def _person_like(text: str) -> bool:
    """Two to four capitalized words and no word of an organization's name ("Mei Ling Foster")."""
    tokens = _strip_honorific(text).split()
    if not 2 <= len(tokens) <= 4 or any(t.lower().strip(".,") in _ORG_WORDS for t in tokens):
        return False
    if any(t.strip(".,") in _PLACE_WORDS for t in tokens):
        return False  # "Energy Frontier Beijing" (a district's name may be a given name: "Yanqing Wang")
    return all(_NAME_TOKEN.match(t) or t in _PARTICLES for t in tokens) and bool(_NAME_TOKEN.match(tokens[-1]))


def _org_like(text: str) -> bool:
    """A name (capitalized words) that is not a person's: "Capital Business Daily", "Jingtech Wire"."""
    tokens = text.split()
    if not tokens or len(tokens) > 12 or re.search(r"\d|[.!?]$", text) or not tokens[0][:1].isupper():
        return False
    capitalized = sum(t[:1].isupper() or t == "&" for t in tokens)
    if capitalized < len(tokens) - sum(t.lower() in ("of", "and", "for", "the", "on", "in", "&") for t in tokens):
        return False
    return len(tokens) >= 2 and (any(t.lower().strip(".,") in _ORG_WORDS for t in tokens) or not _person_like(text))


#: A writer's role standing in a byline or a list of authors ("Staff Reporter", "Tan Ziyue; Rankings Editor").
_ROLE_ONLY = re.compile(
    r"(?:[\w&-]+\s+){0,4}(?:reporters?|writers?|correspondents?|contributors?|editors?|columnists?|journalists?|"
    r"analysts?|(?:team |project |research )leads?|fellows?|economists?)",
    _I,
)


#: a role in brackets after a name: "(team leader)", "(Lead Author)", "(ed.)"
_ROLE_IN_BRACKETS = re.compile(
    r"\s*\((?:[a-z][^()]*|[^()]*\b(?i:leader|lead|head|chair|coordinator|editor|eds?\.?|author|director|"
    r"principal investigator|fellow|assistant|associate|researcher|analyst|professor|economist|scientist|"
    r"manager|adviser|advisor)|(?i:division|department|office|bureau|section)\b[^()]*)\)"
)


def _listed(names: list[str]) -> str:
    """Names as a byline prints them: "A", "A and B", "A, B and C".

    >>> _listed(["Bai Lin"]), _listed(["Bai Lin", "Hu Ze"]), _listed(["A Li", "B Wu", "C Xu"])
    ('Bai Lin', 'Bai Lin and Hu Ze', 'A Li, B Wu and C Xu')
    """
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""


def _capitals_in_names(text: str) -> str:
    """A surname printed in capitals beside a name in the usual case, in the usual case too.

    >>> _capitals_in_names("WANG Xiaoyu and Helen MARSH"), _capitals_in_names("Li Wen, NCA News")
    ('Wang Xiaoyu and Helen Marsh', 'Li Wen, NCA News')
    """
    words = text.split(" ")

    def mixed(k: int) -> bool:  # a word of a name in the usual case (not "News" of "NCA News")
        return (
            0 <= k < len(words)
            and re.fullmatch(r"[A-Z][a-z][\w'’-]*", words[k]) is not None
            and words[k].lower().strip(",.;") not in _ORG_WORDS
        )

    return " ".join(
        w.title() if re.fullmatch(r"[A-Z]{2,}", w) and (mixed(k - 1) or mixed(k + 1)) and len(w) <= 10 else w
        for k, w in enumerate(words)
    )


def _names(text: str) -> tuple[str | None, str | None]:
    """A byline's names, as printed, and the publisher named after them ("Li Wen, Example Daily")."""
    names: list[str] = []
    rest: list[str] = []
    text = _ROLE_IN_BRACKETS.sub("", text)  # "Li Wen (team leader), Deng Hao"
    text = re.sub(r"\s*\((?:in\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\)", "", text)  # "Sun Yiming (Beijing)": where
    # "Interview by LI Na": a surname in capitals before a given name in the usual case
    # ("Helen MARSH": or after it)
    text = _capitals_in_names(text)
    for part in (p.strip() for p in re.split(r",\s*", text) if p.strip()):
        if _ROLE_ONLY.fullmatch(part):
            continue  # "By Jane Doe, Staff Reporter"
        people = [_strip_honorific(x) for x in re.split(r"\s+(?:and|AND|&)\s+", part)]
        if part.isupper() and all(_person_like(x.title()) for x in people):
            people = [x.title() for x in people]  # "By JANE DOE"
        if not rest and all(_person_like(x) and not _pinyin_paper(x) for x in people):
            names.append(" and ".join(people))
        else:
            rest.append(part)
    publisher = re.sub(r"^the\s+(?=[A-Z])", "", ", ".join(rest)) if rest else None
    if publisher and _pinyin_paper(publisher):
        return (", ".join(names) or None), publisher
    return (", ".join(names) or None), (publisher if publisher and _org_like(publisher) else None)


def _pinyin_paper(name: str) -> bool:
    """A paper's name in pinyin ("Jinrong Shibao", "Xinmin Wanbao"), not a person's ("Wang Shibao"): the
    last word a paper's, the first no surname of one syllable.

    >>> _pinyin_paper("Jinrong Shibao"), _pinyin_paper("Wang Shibao"), _pinyin_paper("Li Xinwen")
    (True, False, False)
    """
    words = name.split()
    return (
        len(words) == 2
        and words[1].lower() in ("ribao", "shibao", "wanbao", "zaobao", "chenbao", "zhoukan", "zazhi", "xinwen")
        and not pinyin_name(words)
    )


def _copyright_holder(text: str) -> str | None:
    """Who a copyright line names ("© 2024 The Hutong Ledger. All rights reserved." -> "The Hutong Ledger")."""
    for line in text.split("\n"):
        m = re.search(
            r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?P<holder>[^\n|·•©]+)",
            line,
            _I,
        )
        if not m:
            continue
        holder = re.split(
            r"\.\s|\.$|\s{2,}|,\s*\d{4}|\s+(?:all rights|powered by|website|icp)\b",
            m.group("holder"),
            maxsplit=1,
            flags=_I,
        )[0]
        holder = holder.strip(" ,.")
        if _org_like(holder) and holder.lower() not in ("all rights reserved", "reserved"):
            return holder
    return None


def _shorter_form(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` less some words ("Xinhua" of "Xinhua English")."""
    a, b = short.lower().split(), long.lower().split()
    return 0 < len(a) < len(b) and any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))


def _people(names: str) -> set[str]:
    """The names in an author field, however joined.

    >>> _people("Amelia Hart; Xu Yating") == _people("Amelia Hart and Xu Yating")
    True
    """
    return {" ".join(n.casefold().split()) for n in re.split(r"\s*[;,&]\s*|\s+and\s+", names) if n.strip()}


def _restore_case(name: str, text: str) -> str:
    """A name printed in capitals, in the case the text uses elsewhere, else in title case (an
    acronym the text uses elsewhere stays in capitals).

    >>> _restore_case("NCA NEWSWIRE", "NCA NEWSWIRE\\nBEIJING, Dec 16 (NCA) - Firms grew.")
    'NCA Newswire'
    """
    if not name.isupper():
        return name
    for m in re.finditer(re.escape(name), text, _I):
        if not m.group(0).isupper():
            return m.group(0)
    small = {"of", "and", "for", "the", "on", "in", "at", "to", "a", "an"}
    words = name.split()
    mixed = "\n".join(line for line in text.split("\n") if not line.isupper())  # lines not in capitals
    return " ".join(
        w.lower()
        if i and w.lower() in small
        else w
        if (len(w) <= 2 and w.isalpha()) or (len(w) <= 4 and re.search(rf"\b{re.escape(w)}\b", mixed))  # "(NCA)"
        else w.capitalize()
        for i, w in enumerate(words)
    )


@dataclass
class _Meta:
    """What one header line says."""

    date: str | None = None
    labelled: bool = False  # the date is labelled as the publication's ("Release date:", "Posted on")
    author: str | None = None
    publisher: str | None = None
    source: str | None = None
    editor: str | None = None  # an "Editor:" line's name: the author when no other is named
    prose: bool = False  # a segment reads as text of the article (the line is not cut out)
    unlabelled: bool = False  # the author is a bare name on the line, without "By" or a label


#: A credit's label set off by a slash, as credits under a story and some bylines write it: "Text / A
#: Photos / B Editor / C" (read as "Text: A", ...).
_SLASHED_LABEL = re.compile(
    r"\b(text|words|story|reporting|reporters?|writers?|authors?|photos?|photographs?|pictures?|images?|"
    r"editors?|edited by|reviewed by|proofread by|design|layout|graphics|video|translation|translated by)"
    r"\s*/\s*(?=[A-Z])",
    _I,
)
#: A time of day said with "at" in a byline, before its date: " at 10:30", " at 9.15 am".
_AT_CLOCK = r"\s+at\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?"


def _meta_line(line: str) -> _Meta | None:
    """Read a byline, date or source line ("By X, Publisher | Updated: <date>"); None for other lines."""
    if len(line.split()) > 30:
        return None
    as_of = re.compile(
        r"\s*(?:(?:data|figures|numbers|statistics|prices|rates|rankings?)\s+)?(?:(?:are\s+|correct\s+)?as\s+(?:of|at)|"
        r"valid\s+(?:until|through))\s+[^|·•]*\d[^|·•]*",
        _I,
    )
    if as_of.match(line):  # "Data as of 31 December 2025": when the figures were taken, not when the page was published
        line = re.sub(r"^\s*[|·•]\s*", "", as_of.sub("", line, count=1))
        if not line.strip():
            return _Meta()
    # "~ posted ... by NAME ~", "-- Index release, 19 October 2027 --": set off by marks
    line = re.sub(r"^\s*(--|~~|==|//|[~*=•◆◇·])\s+(.+?)\s+\1\s*$", r"\2", line)
    # "2027/11/03 08:15  【Large Medium Small】": the page's controls beside the date
    line = re.sub(
        r"[【\[]\s*(?:font|text size|large|print|close|share|字号|打印|关闭)[^】\]]*[】\]]", " ", line, flags=_I
    )
    # "■ Our reporter Wei Lanqiu": a mark before a reporter's credit (not before a headline: "■ Our Reporters
    # Visit Xiongan"), so only before a name shaped like one
    marked = re.fullmatch(r"\s*[■□●○▲△◆◇▪▫]\s*((?:[A-Za-z]+\s+){1,2}(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+))\s*", line)
    if marked and pinyin_name(marked.group("name").split()):
        line = marked.group(1)
    # "Words Fu Yanqiu  Photographs Tang Ziyu": labels of a credit line, no colons, each before a name (one in
    # pinyin: "Words Of Wisdom" is a heading)
    line = re.sub(
        r"(?<![\w,;])(Words|Text|Pictures|Photos|Photographs|Photography|Images|Illustrations?)\s+"
        r"(?=([A-Z][a-z]+\s+[A-Z][a-z]+)(?:\s+(?:Words|Text|Pictures|Photos|Photographs|Photography|Images|"
        r"Illustrations?)\s+[A-Z]|\s*$))",
        lambda m: f"{m.group(1)}: " if pinyin_name(m.group(2).split()) else m.group(0),
        line,
    )
    # "WORDS Lu Yaoting   PICTURES Kang Jie": labels in capitals, no colons
    line = re.sub(
        r"\b(WORDS|TEXT|STORY|INTERVIEW|PICTURES|PHOTOS|PHOTOGRAPHS|PHOTOGRAPHY|IMAGES|ILLUSTRATIONS?)\s+(?=[A-Z][a-z])",
        r"\1: ",
        line,
    )
    line = _SLASHED_LABEL.sub(r"\1: ", line)  # "Text / Lu Yaoting  Photos / Kang Jie"
    # "【Source: X】【Author: Y】【Published: <date>】": labelled fields, each in its brackets
    if re.fullmatch(r"\s*(?:【[^【】]{1,80}】\s*){2,}", line):
        line = " | ".join(re.findall(r"【([^【】]+)】", line))
    line = re.sub(r"^(\s*[A-Za-z][\w .()-]{0,24}[:：])\s{2,}(?=\S)", r"\1 ", line)  # "Authors:     A": a field aligned
    if _NAMES_LABEL.match(line):  # "Authors: Yao Ting; Gabriel Santos": one list, not two segments
        line = re.sub(r"(?<=[a-z]);\s+(?=[A-Z][\w'’-]+\s+[A-Z])", ", ", line)
    segments = [s.strip() for s in _SEGMENT_SPLIT.split(_INFO_LABEL.sub(" | ", line)) if s.strip()]
    for k, seg in enumerate(segments):  # "Author: Li Mo 2027-03-09 08:15": a writer's label, the name, then the date
        dates = find_dates(seg)
        head = seg[: dates[0][0]].strip() if dates else ""
        if head and (_NAMES_LABEL.match(head) or _EDITOR_LABEL.match(head)):
            segments[k : k + 1] = [head, seg[dates[0][0] :].strip()]
    meta, others, useful, noted = _Meta(), [], False, False
    for seg in segments:
        if m := _DATE_LABEL.match(seg):
            rest = m.group("rest")
            dates = find_dates(rest)
            by = (
                re.match(
                    r"by\s+(.+?)(?:" + _AT_CLOCK + r")?\s+(?:on|at)\s*$",
                    rest[: dates[0][0]],
                    _I,
                )
                if dates
                else None
            )
            if by:  # "Posted by X on <date>"
                meta.author = meta.author or _names(by.group(1))[0]
            if not dates and re.match(r"\d", rest) and len(rest.split()) <= 3:
                useful = True  # a date line whose date cannot be read (03/04/2025): no date, but no headline either
                continue
            if dates:
                useful = True
                # (an update's date and a preprint's submission give way to a publication's on the same line)
                later = re.match(r"(?i:updat|submit|last)", m.group("label")) is not None
                if meta.date is None or (not meta.labelled and not later):
                    meta.date, meta.labelled = dates[0][2], not later
                by = re.search(r"\bby\s+(.+)$", rest[dates[0][1] :], _I)
                if by:  # "Published on June 3rd, 2026 by Tomás Herrera in Campus life": the name, not its section
                    by_name = _names(by.group(1))[0] or _names(re.sub(r"\s+(?:in|under)\s+.+$", "", by.group(1)))[0]
                    meta.author = meta.author or by_name
                continue
        if m := _BY.match(seg):
            rest = re.sub(r"^by\s+", "", m.group("rest"), flags=_I)  # "BYLINE: By Wen Kexin"
            # "Analysis by A. Graphics by B.": the next credit after a full stop is another's
            rest = re.split(r"\.\s+(?=[A-Z][A-Za-z -]{0,30}?(?:\s+by\b|\s*[:：]))", rest)[0].rstrip(". ")
            rest = re.sub(_AT_CLOCK + r"(?=\s+on\b)", "", rest, flags=_I)  # "Posted by X at 10:30 on <date>"
            dates = find_dates(rest)
            if dates:  # "Written by X on 12 March 2024 in Analysis"
                meta.date = meta.date or dates[0][2]
                # (and its weekday: "Written by X on Sunday, 13 September 2026")
                rest = re.sub(
                    r"[\s,|]*(?:\bon)?(?:\s*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,|]*(?:\bon)?\s*$",
                    "",
                    rest[: dates[0][0]],
                    flags=_I,
                )
            # "By Qiao Nanxi Updated 2h ago 38 comments": what follows the name with no separator
            rest = re.sub(
                r"\s+(?:(?:last\s+)?(?:updated|published|posted)\b.*|"
                r"\d[\d,]*\s+(?:comments?|min(?:ute)?s?\s+read|views?|shares?|likes?)\b.*)$",
                "",
                rest,
                flags=_I,
            )
            where = re.search(r"\s+(?:in|from)\s+[A-Z][\w'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+)[A-Z][\w'’-]*)*\s*$", rest)
            if where and _person_like(rest[: where.start()]):
                rest = rest[: where.start()]  # "Reported by Sun Meiqi in Haidian and Changping": where she reported
            author, publisher = _names(rest)
            if not (author or publisher) and re.search(r"[:：]\s*\S", rest):
                # "Prepared by the Council's index unit: A, B and C": the team, then its members
                author = _names(re.split(r"[:：]\s*", rest, maxsplit=1)[1])[0]
            if not (author or publisher):  # "penned by NAME on a Sunday night, posted ...": the name before it
                head = re.split(r"\s+(?:on|at|in|from|during|after|late|early)\s+|,\s*", rest, maxsplit=1)[0]
                author = _strip_honorific(head) if head != rest and _person_like(_strip_honorific(head)) else None
            if author or publisher:
                useful = True
                meta.author, meta.publisher = meta.author or author, meta.publisher or publisher
                continue
        if (m := _WRITES.match(seg)) and _person_like(m.group("name")):  # "Gu Yanmei writes"
            useful, meta.author = True, meta.author or _strip_honorific(m.group("name"))
            continue
        if m := _NAMES_LABEL.match(seg):
            # ("Lead author: A. Contributors: B, C": a label's names end at a full stop)
            named = (m.group("rest") or m.group("rest2") or m.group("rest3")).rstrip(". ")
            # "Reporter: Xu Mengqi 3 hours ago 12.3k reads": what follows the name with no separator
            named = re.split(r"\s+(?=\d|(?i:yesterday|today|just now|updated|published|posted)\b)", named, maxsplit=1)[
                0
            ]
            author = _names(named)[0]
            if author and meta.author and re.match(r"(?i)contributor", seg):
                useful, meta.author = True, f"{meta.author}, {author}"  # the lead author's, then the contributors
                continue
            if author:
                useful, meta.author = True, meta.author or author
                continue
        if (
            (
                m := re.fullmatch(
                    r"(?:Reporter|Author|Writer|Correspondent)\s+(?P<name>[A-Z][^\s]*(?:\s+[A-Z][^\s]*){1,2})", seg
                )
            )
            and _person_like(_strip_honorific(m.group("name")))
            and not _org_like(m.group("name"))
        ):  # "Reporter Bai Ruoxin": a label set off by its type alone (a list of "<b>Reporter</b> Name" items)
            useful, meta.author = True, meta.author or _strip_honorific(m.group("name"))
            continue
        if m := _EDITOR_LABEL.match(seg):
            editor = _names(m.group("rest"))[0]
            if editor:
                useful, meta.editor = True, meta.editor or editor
                continue
        if m := _SOURCE_LABEL.match(seg):
            useful, meta.source = True, meta.source or m.group("rest").strip()
            continue
        if m := _PUBLISHER_LABEL.match(seg):
            useful, meta.publisher = True, meta.publisher or m.group("rest").strip()
            continue
        dates = find_dates(seg)
        if dates:
            start, end, iso = dates[0]
            after = seg[end:]
            clock = _TIME.match(after)
            if clock:
                after = after[clock.end() :]
            # "Tuesday, October 14, 2025, 18:20 Beijing time": the weekday and the time zone add nothing
            around = _ZONE.sub("", _WEEKDAY.sub("", seg[:start] + " " + after)).strip(" ,")
            if not around or len(around.split()) <= 2 or _UPDATED_NOTE.fullmatch(after.strip()):
                useful = True
                meta.date = meta.date or iso
                continue
        if _IGNORED_SEGMENT.match(seg):
            noted = noted or bool(_BYLINE_NOTE.match(seg))
            continue
        if (
            (named := re.fullmatch(r"([^,]+),\s*([^,]+)", seg))
            and _person_like(_strip_honorific(named.group(1)))
            and _ROLE_ONLY.fullmatch(named.group(2))
            and not re.match(r"(?:a|an|the|former|ex-)\b", named.group(2), _I)  # "Wang Tao, a former reporter"
        ):  # "Lü Qingshan, Health and Science Correspondent": a byline without "By"
            useful, meta.unlabelled = True, meta.author is None
            meta.author = meta.author or _strip_honorific(named.group(1))
            continue
        if (
            (named := re.fullmatch(r"([^,]+),\s*([^,]+)", seg))
            and len(segments) <= 2
            and _person_like(named.group(1))
            and not _org_like(named.group(1))
            and _org_like(named.group(2))
            and re.search(_OUTLET_WORDS, named.group(2))
        ):  # "Gu Mingzhe, Capital Wire Service": a byline without "By", the writer and the outlet
            useful, meta.unlabelled = True, meta.author is None
            meta.author = meta.author or named.group(1)
            meta.publisher = meta.publisher or named.group(2)
            continue
        others.append(seg)
    if noted and len(others) == 1 and _person_like(others[0]):
        useful = True  # "Helen Zhao · 6 comments", "Ann Lee · 7 min read": a byline without a date
    desk = (
        re.fullmatch(r"(?P<names>[^,]+),\s*(?P<desk>(?:[\w&'’-]+\s+){0,3}(?:desk|team|bureau|newsroom))", others[0])
        if len(others) == 1
        else None
    )
    if meta.author is None and desk:  # "Wen Jiaxu and Lara Brennan, Pangu technology desk": the writers, their desk
        names = _NAME_SPLIT.split(desk.group("names"))
        if names and all(_person_like(_strip_honorific(x)) for x in names):
            useful, meta.unlabelled, meta.author = True, True, desk.group("names")
            others.pop()
    placed = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    # "Min Haoran in Shunyi and Cora Lindahl in Beijing": the writers, and where each reported from
    placed_names = (
        [re.sub(r"\s+in\s+.*$", "", name) for name in _NAME_SPLIT.split(others[0])]
        if meta.author is None
        and len(others) == 1
        # (two or more; or one of two words, beside a date: "Bao Qingyi in Mentougou | May 20, 2026 | 12 min read", not
        # "Beijing Robot Makers in Yizhuang | date")
        and (
            re.fullmatch(placed + r"(?:(?:,\s*|\s+and\s+)" + placed + r")+", others[0])
            or meta.date
            and re.fullmatch(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", others[0])
        )
        else []
    )
    if placed_names and all(_person_like(name) and not _org_like(name) for name in placed_names):
        useful, meta.unlabelled, meta.author = True, True, _listed(placed_names)
        others.pop()
    if (
        meta.author is None
        and len(others) == 2
        and _person_like(_strip_honorific(others[0]))
        and re.fullmatch(
            r"(?:[\w&-]+\s+){0,3}(?:correspondent|reporter|staff writer|columnist|journalist|news editor)s?|"
            r"(?:[\w&-]+\s+){1,3}desk",
            others[1],
            _I,
        )
        and not re.match(r"(?:a|an|the|former|ex-)\b", others[1], _I)
        and not re.search(r"\b(?:home|contact|us|help|front|page|news|latest|about|menu|more)\b", others[0], _I)
    ):  # "Wen Jiaqi | Logistics Correspondent", "Ren Qiaoyu | AEW Technology Desk": a name and a post or desk
        useful, meta.unlabelled = True, True
        meta.author = _strip_honorific(others.pop(0))
        others.pop()
    if not useful:
        return None
    for seg in others:
        names = [x for x in _NAME_SPLIT.split(seg) if x.strip()]
        if meta.author is None and (meta.date or noted) and _person_like(seg) and not _DESK.search(seg):
            meta.author, meta.unlabelled = _strip_honorific(seg), True
        elif (
            meta.author is None
            and meta.date
            and len(names) >= 2
            and all(_person_like(x) for x in names)
            # "Technology | date | A, B": a section's (not "date · A, B · Index team": their team)
            and (
                not any(len(o.split()) <= 2 and o != seg and not _DESK.search(o) for o in others)
                # ("Index report · date · Tan Shuyi, Bao Zhenrong": names in pinyin are people's, not tags)
                or all(pinyin_name(_strip_honorific(x).split()) for x in names)
            )
        ):
            meta.author, meta.unlabelled = seg, True  # "No. 7 · 9 March 2027 · Ji Wenhao, Ruan Qi": the writers
        elif (
            meta.author is None
            and meta.publisher is None
            and meta.date
            and (named := re.fullmatch(r"([^,]+),\s*([^,]+)", seg))
            and all(_person_like(x) for x in re.split(r"\s+(?:and|&)\s+", named.group(1)))
            and _org_like(named.group(2))
        ):  # "Nov. 12, 2025 | 09:47 GMT+8 | Tan Yuhang, Example News Service": the writer, and who published
            meta.author, meta.unlabelled = _strip_honorific(named.group(1)), True
            # ("date · A and B, Evaluation Centre": the writers' own unit, not who published)
            if not re.fullmatch(r"(?:[A-Z][a-z]+\s+){0,2}" + _TEAM_WORDS, named.group(2)):
                meta.publisher = named.group(2)
        elif meta.publisher is None and _org_like(seg):
            meta.publisher = seg
        elif len(seg.split()) >= 8 and re.search(r"\d", seg):
            meta.prose = True
    return meta


#: Words that end a name in a credit line: the next credit's label ("Written by: A  Reviewed by: B").
_NEXT_LABEL = (
    r"(?:Reviewed|Approved|Edited|Editing|Editor|Photos?|Photographs?|Photography|Pictures?|Produced|Published|"
    r"Updated|Posted|Source|Tips|Contact|Translated|Translation|Proofread|Design|Video|Graphics|Illustrations?)\b"
)
#: One or more names in a credit: capitalized words, joined by commas, "and" or "&".
_CREDIT_NAMES = (
    r"(?P<names>(?:(?!" + _NEXT_LABEL + r")[A-Z][\w'’-]+(?:\s+(?!" + _NEXT_LABEL + r")[A-Z][\w'’-]+){1,3})"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?!" + _NEXT_LABEL + r")[A-Z][\w'’-]+"
    r"(?:\s+(?!" + _NEXT_LABEL + r")[A-Z][\w'’-]+){1,3})*)"
)
_WRITER_ROLE = (
    r"(?:(?:staff|special|senior|chief|our|resident|contributing)\s+)?(?:reporters?|correspondents?|writers?)"
)
#: Where a page credits its writer outside a byline: in the first paragraph, under the text, in a
#: disclosure. Each says the name is the writer's, not an editor's, a photographer's or a speaker's.
#: Where a page credits its writer outside a byline, and where on the page each credit may stand:
#: "head" in its first lines (a dateline, a credit under the headline), "tail" in its last lines
#: (sign-offs, notes on the writer), "both". Each says the name is the writer's, not an editor's,
#: a photographer's, a speaker's or someone the story is about.
_CREDITS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Jingcheng Online, August 5 (Reporter Gu Wanqing) — ...": a dateline's reporter in brackets
    (
        "dateline",
        # (a date before the bracket: "August 5", "5月3日")
        re.compile(
            r"^[^()（]{0,60}?\d[^()（]{0,20}[(（]\s*(?i:"
            + _WRITER_ROLE
            + r"|记者)\s*[:：]?\s*"
            + _CREDIT_NAMES
            + r"\s*[)）]"
        ),
    ),
    # "Reporter Kang Yiran visited 11 studios ...", "Staff correspondent Lin Qiaoyu reports", "Our Beijing correspondent
    # A reports" (one writer, opening the text or on a short line: not "Former reporter Zhao Lei founded ...")
    (
        "head",
        re.compile(
            r"^(?i:(?:(?:staff|special|senior|chief|resident|contributing)\s+|our\s+(?:(?-i:[A-Z])[a-z]+\s+)?)?"
            r"(?:reporter|correspondent|writer))"
            r"\s*[:：]?\s+" + _CREDIT_NAMES + r"(?=\s*[,.;|·]|\s*$)"
        ),
    ),
    # ... anywhere, when a verb of reporting follows: "Reporter Kang Yiran visited 11 studios in October."
    (
        "any",
        re.compile(
            r"^(?i:(?:(?:staff|special|senior|chief|resident|contributing)\s+|our\s+(?:(?-i:[A-Z])[a-z]+\s+)?)?"
            r"(?:reporter|correspondent))\s+"
            + _CREDIT_NAMES
            + r"(?=\s+(?:reports|reported|writes from|visited|spent|went to)\b)"
        ),
    ),
    # "Written by: A   Reviewed by: B", "This issue compiled by: A", "Show notes written by A."
    (
        "both",
        re.compile(
            # ("Compiled by Wind Information" alone: a body compiled it, so a bare "compiled by" is not enough)
            r"^(?:(?:(?i:this)\s+(?:[a-z]+\s+){1,2}?(?:was\s+|were\s+)?|(?i:show\s+)?notes\s+)"
            r"(?i:written|compiled|reported|prepared|filed|researched and written)|"
            r"(?i:written|reported|filed|text|words))"
            r"\s+by\s*[:：]?\s*"
            + _CREDIT_NAMES
            # (the names end the credit: not "The report was written by A of Tsinghua, officials said")
            + r"(?=\s*$|\s*[.;|·(]|\s*,\s*(?:the\s+)?[a-z]+\s+desk\b|\s+[A-Z]|\s+in\s+[A-Z][\w'’-]+\s*(?:[.;,|]|$))"
        ),
    ),
    # "Words and data: A, the mobility desk", "Text: A", "Story / A"
    (
        "both",
        re.compile(
            r"^(?i:words|text|story|reporting|authors?|writers?|byline)(?:\s+and\s+[a-z]+)?\s*[:：/]\s*" + _CREDIT_NAMES
        ),
    ),
    # "-- A; editing by B": a wire's sign-off under the text
    (
        "tail",
        re.compile(r"^[-—–~]{1,2}\s*" + _CREDIT_NAMES + r"\s*[;,]\s*(?i:edit(?:ing|ed)\s+by|additional reporting)\b"),
    ),
    # "Disclosure: The author, A, holds no positions in ..."
    (
        "tail",
        re.compile(
            r"^(?i:disclosure\s*[:：]\s*)?(?i:the\s+(?:author|writer|reporter))\s*,\s*" + _CREDIT_NAMES + r"\s*,"
        ),
    ),
    # "Peng Yue, Science Correspondent, Huairou -- The first ...": the writer, her post and a dateline open the text
    (
        "head",
        re.compile(
            r"^" + _CREDIT_NAMES + r",\s+(?:[A-Z][\w&-]*\s+){0,3}(?i:correspondent|reporter|staff writer|columnist)"
            r"(?:,\s*[A-Z][\w'’ -]{1,30})?\s*(?:--|—|–)"
        ),
    ),
    # "The show is hosted by A, who also writes these notes"
    (
        "tail",
        re.compile(
            r"(?:^|\b(?:hosted|presented)\s+by\s+)"
            + _CREDIT_NAMES
            + r",?\s+who\s+(?:also\s+)?(?:writes|wrote|compiles|compiled)\s+"
            r"(?:this|these)\s+(?:show\s+)?(?:notes|article|story|piece|post|report|newsletter|column|summary)\b"
        ),
    ),
    # "Original post by wangjun_bj (Wang Jun)": a handle, then the writer's name in brackets
    ("head", re.compile(r"^(?i:(?:original\s+)?post(?:ed)?\s+by)\s+[\w.-]+\s+\(" + _CREDIT_NAMES + r"\)")),
    # "A is a senior fellow at X and writes the Y column for Z", "A is Example Weekly's Asia correspondent",
    # "A is a fellow at X. The views expressed are her own.": a note on the writer closing the text
    (
        "tail",
        re.compile(
            r"^(?:(?i:about the authors?)\s*:?\s+)?"
            + _CREDIT_NAMES
            + r"\s+(?:is|was)\s+(?:[^.]{0,160}?\b(?:writes|wrote)\s+(?:a|the|this)\s+(?:[\w-]+\s+){0,3}"
            r"(?:column|blog|newsletter)\b|"
            r"(?:(?:a|an|our)\s+|[A-Z][\w&' -]{0,40}(?:’s|'s)\s+)(?:[\w-]+\s+){0,3}"
            r"(?:columnist|correspondent|reporter|staff writer)\b"
            r"(?!\s+(?:for|at|with)\s+(?!this|our)\b)(?![^.]*\bwho\b)|"
            r"[^.]{0,200}\.\s+(?i:the\s+)?(?i:views|opinions)\s+(?:expressed\s+)?(?:[a-z]+\s+){0,4}are\s+(?:his|her|their|"
            r"the\s+author(?:’s|'s))\s+own\b)"
        ),
    ),
    # "Author | Li Na": a label and the name set apart by a bar (one writer's label: "Authors | A, B" is a
    # table's row of a study cited)
    ("head", re.compile(r"^(?i:author|writer|text|reporter)\s*[|｜]\s*" + _CREDIT_NAMES + r"\s*$")),
    # "Digest entry by A, research editor.": a kind of entry and its writer
    (
        "tail",
        re.compile(r"^(?:[A-Z][a-z]+\s+)?(?i:entry|summary|dispatch)\s+by\s+" + _CREDIT_NAMES + r"\s*(?:[,.]|$)"),
    ),
    # "Priya Raman | BEIJING – Around 60 founders ...": the writer and the dateline's place
    ("head", re.compile(r"^" + _CREDIT_NAMES + r"\s*[|｜]\s*[A-Z]{3,}(?:\s+[A-Z]{3,})?\s*[-–—]")),
    # "REPORTER (Tang Zhiyuan): The centre sits ...": a broadcast transcript's reporter
    ("both", re.compile(r"^(?:REPORTER|CORRESPONDENT)\s*\(\s*" + _CREDIT_NAMES + r"\s*\)\s*:")),
)
#: How many lines at the top and at the bottom of a page a credit outside the byline may stand in.
_CREDIT_HEAD, _CREDIT_TAIL = 14, 10
#: A page of letters: its signatures name the writers.
_LETTERS = re.compile(r"^(?:letters?(?: to the editor)?|your letters|dear (?:sir|editor)|sir\s*[,—–-])", re.I)


def _credit_names(found: str) -> str | None:
    """The names a credit gives, when all are shaped like people's."""
    names = [_strip_honorific(n) for n in _NAME_SPLIT.split(found) if n.strip()]
    if names and all(
        _person_like(n) and not _org_like(n) and not re.search(_TITLE_WORDS + "|" + _OUTLET_WORDS, n) for n in names
    ):
        return _listed(names)
    return None


def credited_writer(lines: Collection[str], *, about: Collection[str] = ()) -> str | None:
    """The writer a page credits somewhere other than its byline, when the byline names nobody:
    a reporter in the dateline's brackets, a "Written by:" or "Words:" credit near the top or the
    bottom, a wire's sign-off, a disclosure, a note on the writer closing the text, names marked
    with their affiliations under the title, a signed letter; ``about`` are blocks of a side
    column, read for an "About the author" note only. Not a sentence of the story that names a
    writer, a reporter or an author it is about.

    >>> credited_writer(["Headline", "Example Online, August 5 (Reporter Gu Wanqing) — Firms grew."])
    'Gu Wanqing'
    >>> credited_writer(["Headline", "Body.", "Written by: Ji Ruolan   Reviewed by: Shen Xuhai"])
    'Ji Ruolan'
    >>> credited_writer(["Headline", "Body.", "-- Lin Qiao; editing by Carl Hale"])
    'Lin Qiao'
    >>> credited_writer(["Photos by Ji Ruolan", "Produced by the Example audio desk.", "Text: the Data Desk"]) is None
    True
    >>> credited_writer(["Headline", "Former reporter Zhao Lei founded Inkstone AI in 2019."]) is None
    True
    """
    lines = [" ".join(line.split()) for line in lines]
    filled = [k for k, line in enumerate(lines) if line]
    last = filled[-3:] if filled else []
    letters = any(_LETTERS.match(line) for line in lines[:_CREDIT_HEAD])
    first_prose = next(  # the text's first paragraph, where a dateline stands
        (
            k
            for k, line in enumerate(lines)
            if len(line.split()) >= 20 or len(line.split()) >= 6 and _SENTENCE_END.search(line)
        ),
        None,
    )
    for k, whole in enumerate(lines):
        head, tail = k < _CREDIT_HEAD, k >= len(lines) - _CREDIT_TAIL
        line = whole[:300]
        starts = [line]
        if (head or tail) and len(whole.split()) <= 40:  # "That's all. Written by A in Beijing; edited by B."
            # ("Photographs by B. Text by A.": a credit after another)
            starts += [whole[m.end() :] for m in re.finditer(r"[.!?]\s+(?=(?:Written|Text|Words) by\b)", whole)]
        for (zone, pattern), start in ((p, t) for t in starts for p in _CREDITS):
            if zone == "dateline" and k != first_prose:
                continue  # (a reporter in brackets only where the text's first paragraph opens)
            if zone == "head" and not (head and (len(whole.split()) <= 14 or k == first_prose)):
                continue
            if zone == "tail" and not tail or zone == "last" and k not in last:
                continue
            if zone == "both" and (not (head or tail) or len(whole.split()) > 25 and start is line):
                continue
            m = pattern.search(start)
            named = _credit_names(m.group("names")) if m else None
            if named:
                return named
        marked = _marked_authors(lines, k) if head else None
        if marked:
            return marked
        if (  # a letter signed under its last paragraph: "Chen Xiaoming" over "Changping District, Beijing"
            letters
            and tail
            and 0 < k < len(lines) - 1
            and _person_like(whole)
            and not _org_like(whole)
            and _prose(lines[k - 1])
            and len(lines[k - 1].split()) >= 8
            and re.fullmatch(r"[A-Z][\w'’ -]*(?:,\s*[A-Z][\w'’ -]*)+", lines[k + 1])
            and len(lines[k + 1].split()) <= 6
        ):
            return whole
    for block in about:  # a side column or a footer: an "About the author" note, a labelled credit
        block = " ".join(block.split())
        note = re.match(r"(?i:about the authors?)\s*:?\s+(?P<names>.+?)\s+(?:is|was)\s", block)
        named = _credit_names(note.group("names")) if note else None
        for zone, pattern in _CREDITS:
            if named is None and zone in ("both", "tail") and len(block.split()) <= 25:
                m = pattern.search(block)
                named = _credit_names(m.group("names")) if m else None
        if named:
            return named
    return None


def _marked_authors(lines: list[str], k: int) -> str | None:
    """Authors under a title, each marked with an affiliation that a note below spells out: "Liu Wen¹ and
    Sarah Cole²" over "¹ Example Institute", "Helena Varga(1), Sun Jiayi(2)" over "(1) Example Institute"."""
    whole = lines[k]
    if re.search(r"[a-z]\s?[(\[]\d[)\]]", whole):
        whole = re.sub(r"(?<=[a-z])\s?[(\[](\d{1,2})[)\]]", lambda m: "¹²³⁴⁵⁶⁷⁸⁹"[int(m.group(1)) - 1], whole)
    if not re.fullmatch(r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:[,\s].*)?", whole):
        return None
    parts = [n.strip() for n in _NAME_SPLIT.split(whole) if n.strip()]
    names = [re.sub(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+$", "", n) for n in parts]
    noted = any(  # the note that says what the marks stand for
        re.match(r"\s*(?:[¹²³⁴⁵⁶⁷⁸⁹]|\(\d\)|\[\d\])\s*[A-Z]", line) for line in lines[k + 1 : k + 5]
    )
    if (
        noted
        and len(names) <= 8
        and all(re.search(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]$", n) for n in parts)
        and all(_person_like(n) and not _org_like(n) for n in names)
    ):
        return _listed(names)
    return None


#: The last word of a team's or a unit's name: "Evaluation Centre", "Index Team".
_TEAM_WORDS = r"(?:Centre|Center|Team|Desk|Department|Division|Programme|Program|Unit)"


def _dated_byline(line: str) -> bool:
    """A byline with a date that ends as a sentence would ("By A | Example Wire | Oct. 14, 2025, 11:05 a.m.")."""
    meta = _meta_line(line) if "|" in line or "·" in line or " ~ " in line else None
    return meta is not None and bool(meta.author and meta.date) and not meta.prose


class _Layout:
    """How a text is laid out: its header (masthead, menu, headline, byline), body and furniture."""

    #: how many lines at the top can be header at most
    HEADER_LINES = 15

    def __init__(self, text: str) -> None:
        lines = [(i, line.strip()) for i, line in enumerate(text.split("\n")) if line.strip()]
        self.text = text
        self.title: str | None = None
        self.author: str | None = None
        self.publisher: str | None = None
        self.date: str | None = None
        self.metadata_lines: set[int] = set()  # positions of the headline and of byline and date lines
        self.header_lines: set[int] = set()  # those of them that hold no text of the article: left unread
        self.source_only = False  # the publisher is what a "Source:" line names
        self.masthead: str | None = None  # the name a masthead line prints
        self.bare_author = False  # the author is a bare name on a date line ("Jane Doe | 3 May 2024")
        furniture: set[int] = set()  # positions in ``lines``
        email = self._email_headers(lines)  # a newsletter saved as an e-mail: "From:", "Subject:", "Date:" on top
        furniture |= set(email.pop("lines", ()))
        body = self._body_start(lines)
        # a headline asked as a question or a standfirst, then the byline and date lines: the text starts after them
        bylines = [
            n
            for n in range(body + 1, min(len(lines), self.HEADER_LINES, body + 4))
            if (meta := _meta_line(lines[n][1])) is not None
            and (meta.author or meta.date)
            # (with a picture credit among them: "By A and B" / "Illustrations by C" / "Posted March 28, 2026")
            or (_PICTURE_CREDIT.match(lines[n][1]) and len(lines[n][1].split()) <= 8)
        ]
        if bylines and all(
            n in bylines
            or (len(lines[n][1].split()) <= 40 and not re.search(r"[.!]\W*$", lines[n][1]))
            # a standfirst of a sentence or two, right above the byline and a date line
            or (
                n == body
                and len(lines[n][1].split()) <= 50
                and bylines == list(range(body + 1, bylines[-1] + 1))
                and any((meta := _meta_line(lines[b][1])) is not None and meta.date for b in bylines)
            )
            for n in range(body, bylines[-1])
        ):
            body = bylines[-1] + 1
        header = min(body, self.HEADER_LINES)
        for n, (_, line) in enumerate(lines):
            if _standalone_furniture(line, header=n < header) and not _table_header(line, lines[n + 1 : n + 2]):
                byline = n < header and (meta := _meta_line(line)) is not None and meta.author is not None
                if not byline:  # "Words: A   Pictures: B" names the author, beside a credit
                    furniture.add(n)
        furniture |= self._tail(lines, body)
        furniture |= {  # a pull quote: a sentence of the text repeated alone in quotes, with no speaker
            n
            for n in range(body + 1, len(lines))
            if _PULL_QUOTE.fullmatch(lines[n][1]) and not _open_quote(lines[n - 1][1])
        }
        furniture |= {n for n in range(body + 1, len(lines)) if _credit(lines[n][1])}
        furniture |= self._blocks(lines, furniture, _TEASER_HEADING, 20)
        furniture |= self._blocks(lines, furniture, _CONTACT_HEADING, 40)
        furniture |= self._repeated(lines)
        # a headline asked as a question can read as the first sentence of the text
        asked = body < len(lines) and body <= self.HEADER_LINES and _asked(lines[body][1])
        masthead = self._header(lines[:header], furniture, headline_below=asked)
        if masthead is not None:
            furniture.add(masthead)
        self.title = self.title or email.get("title")
        self.date = email.get("date") or self.date
        self.publisher = self.publisher or email.get("publisher")
        if self.title is None and asked:
            self.title = _HEADLINE_LABEL.sub("", lines[body][1])
            self.metadata_lines.add(body)
            self.header_lines.add(body)
            body += 1
        self._dateline(lines[body][1] if body < len(lines) else "")
        if body and body <= len(lines) and (self.date is None or self.publisher is None):
            self._dateline(lines[body - 1][1])  # a dateline on a line of its own, above the story
        if self.author is None:
            self.author = self._about_authors(lines)
        tail = range(len(lines) - 1, max(body, len(lines) - 12), -1)
        if self.author is None:  # "Authors: A (Senior Fellow) and B (Research Assistant), Example Institute"
            for n in tail:
                if (m := _AUTHORS_LINE.match(lines[n][1])) and (named := _names(m.group("rest"))[0]):
                    self.author = named
                    furniture.add(n)
                    break
        if self.date is None:  # "Published 3 March 2025" under the text
            for n in tail:
                # "// Dated Thursday, March 11, 2027, 12:12 Beijing time // Edited by X": the date's part
                # ("Published 3 February 2026. Letters in response: ...": the date's sentence)
                line = re.split(
                    r"\s+(?://|\|)\s+|(?<=\d)\.\s+(?=[A-Z])", re.sub(r"^\s*(?://|--|~)\s*", "", lines[n][1])
                )[0]
                dated = find_dates(line) if _PUBLISHED_LINE.match(line) else []
                rest = _ZONE.sub("", _TIME.sub("", line[dated[0][1] :])) if dated else "?"
                if dated and not re.search(r"\w", rest) and len(line.split()) <= 8:
                    self.date = dated[0][2]
                    furniture.add(n)
                    break
                printed = _PRINT_EDITION.search(line)
                if printed and (dated := find_dates(printed.group("date") or printed.group("first"))):
                    self.date = dated[0][2]  # "This article appeared in the print edition of 12 October 2026"
                    furniture.add(n)
                    break
        if self.date is None:  # a wire's slug under its end mark: "— ends —" over "QNW-IND 2026-10-22 07:40 BJT ..."
            ends = next(
                (n for n in tail if re.fullmatch(r"[-—–\s]*(?:ends?|end of story|-30-|#{3})[-—–\s]*", lines[n][1], _I)),
                None,
            )
            for n in range(ends + 1, min(ends + 3, len(lines))) if ends is not None else ():
                slug = lines[n][1]  # "QNW-IND 2026-10-22 07:40 BJT SYM/PR": codes, no sentence
                if (
                    len(slug.split()) <= 14
                    and not _prose(slug)
                    and re.search(r"\b[A-Z]{2,}[-/A-Z0-9]*\b", slug)  # a desk's or wire's code
                    and (dated := find_dates(slug))
                ):
                    self.date = dated[0][2]
                    furniture.add(n)
                    break
        if self.date is None:  # a release signed off by its issuer and dated under the text
            for n in tail:
                line = lines[n][1]
                dated = find_dates(line)
                bare = dated and not re.search(r"\w", line[: dated[0][0]] + line[dated[0][1] :])
                issuer = lines[n - 1][1]
                if (
                    bare
                    and n > body
                    and "," not in issuer
                    and len(issuer.split()) <= 12
                    and re.search(
                        r"\b(?:Commission|Bureau|Office|Government|Committee|Administration|Department|Ministry|"
                        r"Council|Authority|Agency)$",
                        issuer,
                    )
                ):
                    self.date = dated[0][2]
                    break
        if self.publisher is None:
            self.publisher = _issuer(text)
        foot = next(
            (
                (n, m)
                for n in range(len(lines) - 1, max(body, len(lines) - 6), -1)
                if (m := _FOOT_REPORTER.match(lines[n][1]))
            ),
            None,
        )
        if foot is None:  # "Reporting by A and B; Editing by C" under the text, perhaps above teasers
            foot = next(
                (
                    (n, m)
                    for n in range(len(lines) - 1, max(body, len(lines) - 12), -1)
                    if (m := _REPORTING_BY.match(lines[n][1]))
                ),
                None,
            )
        if foot is None and self.author is None:
            # "Text: A · Photos: B" under the text: a credit whose writer is the author
            for n in range(len(lines) - 1, max(body, len(lines) - 12), -1):
                credit = (
                    _meta_line(lines[n][1])
                    # (or after the editor's: "Editor: Han Qiu  Reporter: Ada Lin")
                    if _TEXT_CREDIT.match(lines[n][1])
                    or _EDITOR_LABEL.match(lines[n][1])
                    and _WRITER_CREDIT.search(lines[n][1])
                    else None
                )
                if credit is not None and credit.author:
                    self.author = credit.author
                    furniture.add(n)
                    break
                said = _THIS_WRITTEN_BY.match(lines[n][1]) or _CONTACT_WRITER.match(lines[n][1])
                writers = [
                    x.group("name")
                    for x in _NAME_IN_LIST.finditer(said.group("names") if said else "")
                    if _person_like(x.group("name"))
                ]
                if writers:  # "This brief was written by A, a fellow at ...", "Contact the reporter: A (...)"
                    self.author = _listed(list(dict.fromkeys(writers)))
                    break
                bio = _WRITES_ABOUT.match(lines[n][1])
                if bio and _person_like(bio.group("name")) and len(lines[n][1].split()) <= 30:
                    self.author = bio.group("name")  # "Wei Jiahe writes about credit markets": the writer's bio
                    break
                signed = _SIGN_OFF.fullmatch(lines[n][1].strip())
                signer = (signed.group("names") or signed.group("dashed")) if signed else ""
                if signed and all(_person_like(name) for name in _NAME_SPLIT.split(signer)):
                    self.author = signer  # "Xiang Lingyu reports from Chaoyang": a sign-off
                    furniture.add(n)
                    break
                alone = _DASHED_NAME.fullmatch(lines[n][1].strip())
                if (
                    alone
                    and n not in furniture
                    and all(k in furniture for k in range(n + 1, len(lines)))  # the text's last line
                    and _person_like(alone.group("name"))
                    and not _org_like(alone.group("name"))
                    and not any(w.lower() in _LINK_WORDS for w in alone.group("name").split())
                    # after a paragraph of prose (not a quotation's speaker, an aphorism, a list's last item, an answer)
                    and _signed_after(lines[max(0, n - 4) : n])
                ):
                    self.author = alone.group("name")  # "— Ada Lin" closing a post: its writer signs it
                    furniture.add(n)
                    break
        if foot is not None and self.author is None:
            # "Ellen Brook in Washington and Qian Yu in Beijing": where each reported from is no part of a name
            rest = re.sub(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?", "", foot[1].group("rest"))
            rest = re.sub(
                r"\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*$", "", rest
            )  # "for Harbour Wire"
            # "Beijing Newsroom", "our Shanghai bureau": a desk, no person
            rest = re.sub(r"(?:,\s*|\s+(?:and|&)\s+)?(?:\b[\w'’-]+\s+)?(?i:newsroom|desk|bureau|staff)\b", "", rest)
            reporter = _names(rest)[0]
            if reporter:  # "(Reporter: Qi Hua)" under the text: who wrote it, before an editor
                self.author = reporter
                furniture.add(foot[0])
        # "Guan Yiting writes Ledger Lane." under a page whose publication is Ledger Lane, "— Song Jiahe writes Range
        # Anxiety" under "Range Anxiety | 30 October 2024" (a bare name on the date line: the publication, not its
        # writer): a note on the writer naming the page's own publication
        publication = self.publisher if self.author is None else self.author if self.bare_author else None
        if publication:
            writes = re.compile(
                r"^(?:[-—–]\s*)?" + _CREDIT_NAMES + r"\s+(?:(?:is|was)\s+[^.]{0,160}?\s+and\s+)?writes\s+"
                r"(?:the\s+)?" + re.escape(publication) + r"(?![\w’'])"
            )
            for _, line in lines[-_CREDIT_TAIL:]:
                if (signed := writes.match(line.strip())) and (writer := _credit_names(signed.group("names"))):
                    self.publisher, self.author, self.bare_author = publication, writer, False
                    break
        if self.author is None:  # a reporter credited elsewhere than in a byline
            self.author = credited_writer([line for _, line in lines])
        holder = _copyright_holder("\n".join(line for _, line in lines))
        if (
            self.bare_author
            and self.author
            and self.author.casefold() in (n.casefold() for n in (self.masthead, holder) if n)
        ):
            # a bare "name" on the date line that is the masthead's or the copyright holder's is the publisher's
            self.publisher, self.author = self.publisher or self.author, None
        if self.publisher is None:
            self.publisher = holder
        # header lines that carry metadata (headline, byline, date line) hold no quote: text cut from them is no loss
        kept = [line for n, (_, line) in enumerate(lines) if n not in furniture and n not in self.metadata_lines]
        cut = list(dict.fromkeys(lines[n][1] for n in sorted(furniture)))
        self.excluded = self._safe(cut, kept)
        # left unread too: furniture whose text the body repeats, and the headline, byline and date lines,
        # which give metadata, not facts (a headline's figure restates the body's)
        heads = [lines[n][1] for n in sorted(self.header_lines)]
        self.unread = [line for line in dict.fromkeys(cut + heads) if line not in self.excluded]

    @staticmethod
    def _email_headers(lines: list[tuple[int, str]]) -> dict[str, Any]:
        """What the header fields of a text saved as an e-mail say: the subject (less its "[List #12]" tag),
        the date sent, the sender's name; and which lines they are."""
        fields: dict[str, str] = {}
        at: list[int] = []
        for n, (_, line) in enumerate(lines[:12]):
            m = re.match(
                r"(From|To|Cc|Date|Sent|Subject|Reply-To|List-[\w-]+|Message-ID|MIME-Version|Content-[\w-]+)"
                r"\s*:\s*(.*)$",
                line,
                _I,
            )
            if not m:
                break
            fields.setdefault(m.group(1).lower(), m.group(2).strip())
            at.append(n)
        if "from" not in fields or "subject" not in fields:
            return {}
        subject = re.sub(r"^(?:(?:re|fwd?|fw)\s*:\s*|\[[^\]]{1,40}\]\s*)+", "", fields["subject"], flags=_I).strip()
        dates = find_dates(fields.get("date") or fields.get("sent") or "")
        sender = re.sub(r"\s*<[^>]*>\s*$", "", fields["from"]).strip(' "')
        return {
            "lines": at,
            "title": subject or None,
            "date": dates[0][2] if dates else None,
            "publisher": sender if sender and "@" not in sender else None,
        }

    @staticmethod
    def _body_start(lines: list[tuple[int, str]]) -> int:
        """Where the body begins: the first paragraph of prose (or, in a text without one, the first sentence)."""
        for n, (_, line) in enumerate(lines):
            if _prose(line) and not _standalone_furniture(line) and not _dated_byline(line):
                return n
        for n, (_, line) in enumerate(lines[1:], 1):
            if _SENTENCE_END.search(line) and len(line.split()) >= 2 and not _standalone_furniture(line):
                return n
        return min(1, len(lines))

    @staticmethod
    def _tail(lines: list[tuple[int, str]], body: int) -> set[int]:
        """A reader comment thread after the body: from its heading, or its first comment, to the end.

        A heading with a count or a reply prompt ("3 Comments", "Leave a reply") opens the thread;
        a bare one ("Comments", "Discussion") only when comments follow it. A comment is its
        byline ("Ann says:", "Ann — May 3, 2024 at 9:15") and its text, then another byline or a
        "Reply" line, with a date or a "Reply" among them: a list of dated lines with nothing
        between them is not a thread, nor are an interview's "Zhao said:" lines.
        """

        def comment_at(n: int) -> bool:
            if not _comment_byline(lines[n][1]):
                return False
            window = [line for _, line in lines[n : n + 40]]
            if not any(_REPLY.match(line) or (_comment_byline(line) and find_dates(line)) for line in window):
                return False  # "Zhao said:" twice, with neither a date nor a "Reply", is an interview
            for m in range(1, len(window)):
                if _comment_byline(window[m]) or _REPLY.match(window[m]):
                    return m > 1
            return False

        for n in range(body, len(lines)):
            line = lines[n][1]
            if (
                _READERS_ASK.match(line)
                and n + 1 < len(lines)
                and re.match(r"Q\s*\([^()]{1,30}\)\s*[:：]", lines[n + 1][1])
            ):  # "READER Q&A" / "Q (Tony L.): Does ...": readers' questions and the writer's replies
                return set(range(n, len(lines)))
            heading = _COMMENT_HEADING.match(line)
            if heading and (
                heading.group("strong") or any(comment_at(m) for m in range(n + 1, min(n + 4, len(lines))))
            ):
                return set(range(n, len(lines)))
            if comment_at(n):
                return set(range(n, len(lines)))
        return set()

    @staticmethod
    def _blocks(lines: list[tuple[int, str]], furniture: set[int], heading: re.Pattern[str], words: int) -> set[int]:
        """A heading such as "Related:" or "Contact" and the lines after it (teasers, an address), up to a
        blank line, a paragraph or a line over ``words`` words."""
        found: set[int] = set()
        n = 0
        while n < len(lines):
            if not heading.match(lines[n][1]):
                n += 1
                continue
            found.add(n)
            m = n + 1
            while (
                m < len(lines)
                and len(lines[m][1].split()) <= words
                and (words > 20 or not _prose(lines[m][1]) or _DATED_TEASER.search(lines[m][1]))
            ):
                if m > n + 1 and lines[m][0] > lines[m - 1][0] + 1 and m - 1 in found and m not in furniture:
                    break  # a blank line after the teasers
                found.add(m)
                m += 1
            n = m
        return found

    @staticmethod
    def _repeated(lines: list[tuple[int, str]]) -> set[int]:
        """Short lines printed three times or more (running headers and footers of a paginated text)."""
        counts = Counter(line for _, line in lines)
        return {
            n
            for n, (_, line) in enumerate(lines)
            if counts[line] >= 3 and len(line.split()) <= 12 and not _SENTENCE_END.search(line)
        }

    def _header(
        self, header: list[tuple[int, str]], furniture: set[int], *, headline_below: bool = False
    ) -> int | None:
        """Read the header's lines; return the position of the masthead, if there is one.

        ``headline_below``: the line after the header may be the headline, so a masthead over a menu is
        one even when no other candidate for the headline is left in the header.
        """
        candidates: list[int] = []
        metas: dict[int, _Meta] = {}
        for n, (_, line) in enumerate(header):
            if n in furniture:
                continue
            meta = _meta_line(line)
            if meta is not None:
                metas[n] = meta
                self.metadata_lines.add(n)
            else:
                candidates.append(n)
        for n in list(candidates):  # a name on a line of its own, beside the date line ("Follow" between aside)
            prev_line = next((m for m in range(n - 1, -1, -1) if m not in furniture), -1)
            next_line = next((m for m in range(n + 1, len(header)) if m not in furniture), -1)
            beside = [metas[m] for m in (prev_line, next_line) if m in metas and metas[m].date]
            names = [x for x in re.split(r",\s*|\s+(?:and|&)\s+", header[n][1]) if x.strip()]
            # "Lin Qiaoyun and Marcus Feld" under the headline, the date on a line of its own above it
            below = (
                prev_line in candidates
                and len(header[prev_line][1].split()) >= 4
                and re.search(r"\s(?:and|&)\s", header[n][1]) is not None
                and any(metas[m].date for m in metas)
            )
            if (beside or below) and all(_person_like(x) for x in names) and not any(m.author for m in metas.values()):
                # "Jane Doe", "Shen Jiayi and Oliver Grant": the names as printed
                metas[n] = _Meta(author=_names(header[n][1])[0] if len(names) > 1 else _strip_honorific(header[n][1]))
                self.metadata_lines.add(n)
                candidates.remove(n)
        masthead = None
        top = next((n for n in range(len(header)) if n not in furniture), None)
        if (len(candidates) >= 2 or (candidates and headline_below)) and candidates[0] == top:
            first = header[candidates[0]][1]
            after = candidates[0] + 1
            followed_by_menu = after < len(header) and after in furniture and _header_menu(header[after][1])
            tagline = re.search(r"\s[|—–·-]\s", first) is not None
            name_like = (
                len(first.split()) <= 6
                and _capitalized(first)
                and not _SENTENCE_END.search(first)
                # "Example Universities Innovation Ranking 2023" over "Research Office of the Example Forum": a
                # report's title over the body that wrote it, not a site's name over a headline
                and not (
                    re.search(r"\b(?:19|20)\d\d$", first)
                    and len(candidates) >= 2
                    and _org_like(header[candidates[1]][1])
                )
            )
            if followed_by_menu or ((tagline or name_like) and len(candidates) >= 2):
                masthead = candidates.pop(0)
        if candidates:
            # a site's tagline sits between its name and its menu; the headline comes after the menu (the
            # name may be in lower case: "commit --amend" over "a maintainer's notebook")
            menu = next(
                (
                    n
                    for n in range((masthead if masthead is not None else -1) + 1, len(header))
                    if n in furniture and _header_menu(header[n][1])
                ),
                None,
            )
            above = [n for n in candidates if menu is not None and n < menu]
            # a line after the menu right over the byline, or right under it: the headline
            bylined = menu is not None and any(
                n > menu
                and any(
                    m in metas and (metas[m].author or metas[m].date)
                    for m in (
                        next((k for k in range(n + 1, len(header)) if k not in furniture), -1),
                        next((k for k in range(n - 1, menu, -1) if k not in furniture), -1),
                    )
                )
                for n in candidates
            )
            if masthead is None and any(len(header[n][1].split()) > 6 for n in above) and not bylined:
                above = []  # a headline over a menu, not a site's name
            if above and len(above) < len(candidates) and not any(_prose(header[n][1]) for n in above):
                furniture.update(above)
                candidates = [n for n in candidates if n not in above]
        if masthead is not None and len(candidates) >= 2 and candidates[0] == masthead + 1:
            slogan = header[candidates[0]][1]  # "NEURON STREET / Ada Lin's newsletter on brain tech in China"
            if (
                _TAGLINE.search(slogan)
                and not _SENTENCE_END.search(slogan)
                and (
                    not re.search(
                        r"\b[a-z]{2,}[^s'’]s\s+(?!on\b|about\b|for\b|of\b|from\b|in\b|and\b|or\b)[\w“\"]", slogan
                    )
                    # "A podcast about the people and places behind ...": what the site is, whatever follows
                    or re.match(
                        r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:podcast|newsletter|blog|magazine|show|series|journal|"
                        r"digest)\s+(?:about|on|for|from|covering)\s",
                        slogan,
                        _I,
                    )
                )
            ):  # not "Beijing launches newsletter for founders": a headline
                furniture.add(candidates.pop(0))
        series = [
            n
            for n in candidates
            if (
                any(_ISSUE_LINE.match(part) for part in _SEGMENT_SPLIT.split(header[n][1]))
                or _SERIES_PARTS.fullmatch(header[n][1].strip())
            )
            and not _NUMBERED_TITLE.match(header[n][1])
        ]
        if series and len(series) < len(candidates):  # "Innovation Programme · Policy Brief No. 2025-02"
            furniture.update(series)
            candidates = [n for n in candidates if n not in series]
        if candidates:

            def kicker(n: int) -> bool:
                """ "THE FOUNDER'S CHAIR", a blank line over the headline: a section's label (not "EXAMPLE
                INDEX 2024" right over its subtitle)."""
                line, below = header[n][1], next((m for m in candidates if m > n), None)
                return (
                    line.isupper()
                    and len(line.split()) <= (8 if ":" in line else 5)  # ("SIGNAL & NOISE: THE CHINA TECH PODCAST")
                    and not re.search(r"\d|\b(?:INDEX|REPORT|RANKINGS?|SURVEY|OUTLOOK|REVIEW|BRIEF)\b", line)
                    and below is not None
                    and header[below][0] > header[n][0] + 1
                    and not _SENTENCE_END.search(header[below][1])  # a standfirst under a headline in capitals
                )

            def section(n: int) -> bool:
                """ "Letters to the Editor", "Opinion & Analysis" under the masthead, over a date line: the page's
                section, when another line stands below the date alone."""
                line = header[n][1]
                return (
                    masthead is not None
                    and n == masthead + 1
                    and bool(
                        re.fullmatch(
                            r"(?i:letters?(?: to the editor)?|" + _SECTION.pattern + r")(?:\s*(?:&|and)\s*\w+)?", line
                        )
                    )
                    and any(m > n for m in candidates)
                )

            long_enough = [n for n in candidates if len(header[n][1].split()) >= 3 and not kicker(n) and not section(n)]
            headline = (long_enough or candidates)[0]
            first = header[candidates[0]][1]
            if (
                len(candidates) >= 2
                and len(first.split()) <= 2
                and re.match(r"(?:The|A|An|Our|My)\s+[a-z]", first)
                and len(header[candidates[1]][1].split()) >= 12
            ):  # "The matchmakers" over a long standfirst: a short headline, not a section's label
                headline = candidates[0]
            labelled = next((n for n in range(len(header)) if _HEADLINE_LABEL.match(header[n][1])), None)
            if labelled is not None:  # "HEADLINE: Small firms cash in more vouchers" in a news feed's fields
                headline = labelled
            self.title = _HEADLINE_LABEL.sub("", header[headline][1])
            self.metadata_lines.add(headline)
            wrapped = headline + 1
            if (  # a headline wrapped onto the next line ("... How Beijing's" / "Municipal Funds Shape ..."): one
                wrapped in candidates
                and header[wrapped][0] == header[headline][0] + 1
                and len(header[wrapped][1].split()) <= 12
                and not _SENTENCE_END.search(self.title)
                and re.search(r"(?:’s|'s|[,:;–—-]|\b(?:of|and|or|the|a|an|for|to|with|how|why|what|from))$", self.title)
            ):
                self.title = f"{self.title} {header[wrapped][1]}"
                self.metadata_lines.add(wrapped)
                candidates.remove(wrapped)
            for n in candidates:  # a section label above the headline ("Science", "Analysis")
                if (
                    n < headline
                    and (len(header[n][1].split()) <= 2 or kicker(n))
                    and not _SENTENCE_END.search(header[n][1])
                ):
                    furniture.add(n)
        ordered = [metas[n] for n in sorted(metas)]
        dated = [m for m in ordered if m.date and m.labelled] or [m for m in ordered if m.date]
        self.date = dated[0].date if dated else None
        self.author = next((m.author for m in ordered if m.author), None)
        self.bare_author = any(m.unlabelled for m in ordered if m.author == self.author)
        self.publisher = next(  # "By the Data Desk": a team of the publication, not the publisher
            (m.publisher for m in ordered if m.publisher and not _DESK.search(m.publisher)),
            None,
        )
        if masthead is not None:
            name = re.split(r"\s+(?:[|—–·:>»›-]|--)\s+|:\s", header[masthead][1])[0].strip()
            self.masthead = _restore_case(name, self.text) if name else None
            self.publisher = self.publisher or self.masthead
        source = next((m.source for m in ordered if m.source), None)
        if self.publisher is None or (source and _shorter_form(source, self.publisher)):
            self.publisher = source  # "Source: Xinhua" under a "Xinhua English" masthead: the plain name
            self.source_only = source is not None
        self.header_lines = {n for n in self.metadata_lines if n not in metas or not metas[n].prose}
        return masthead

    def _dateline(self, first: str) -> None:
        """A wire dateline opening the body: "BEIJING, March 3, 2024 (Agency) -- ...", maybe after its
        byline ("By Qu Haoran, BEIJING, April 8, 2027 (Agency) - ...")."""
        by = re.match(r"By\s+(?P<name>[^,()]{3,40}),\s+", first, _I)
        if by and _person_like(_strip_honorific(by.group("name"))) and _DATELINE.match(first[by.end() :]):
            first = first[by.end() :]
            if self.author is None:
                self.author = _strip_honorific(by.group("name"))
        m = _DATELINE.match(first)
        if not m:
            return
        dates = find_dates(m.group("when"))
        if self.date is None and dates:
            self.date = dates[0][2]
        agency = (m.group("agency") or m.group("wire") or "").strip()
        said = re.fullmatch(r"(?i:" + _WRITER_ROLE + r"|记者)\s*[:：]?\s*" + _CREDIT_NAMES, agency)
        reporter = _credit_names(said.group("names")) if said and m.group("agency") else None
        if reporter:  # "Example Online, August 5 (Reporter Gu Wanqing) —": the outlet, then its reporter
            self.author = self.author or reporter
            place = m.group("place").strip()
            if self.publisher is None and any(w.lower() in _ORG_WORDS for w in place.split()):
                self.publisher = place
            return
        weekday_or_month = re.fullmatch(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + _MONTH + r"\.?", agency, _I)
        if self.publisher is None and agency[:1].isupper() and len(agency.split()) <= 5 and not weekday_or_month:
            self.publisher = agency

    @staticmethod
    def _about_authors(lines: list[tuple[int, str]]) -> str | None:
        """The authors named in an "About the authors" or "About this report" note ("Hu Wenjie is a senior
        fellow ...", "The report was written by Hu Wenjie, a fellow at the institute, with Ann Lee")."""
        for n, (_, line) in enumerate(lines):
            if about := _ABOUT_AUTHORS.match(line):
                names: list[str] = []
                # (the notes may follow on the label's own line: "About the authors: A is a fellow at ...")
                following = [bio for _, bio in lines[n + 1 : n + 4]]
                for bio in [about.group("same_line"), *following] if about.group("same_line") else following:
                    if bio.isupper():
                        break
                    for by in _WRITTEN_BY.finditer(bio):
                        names += [m.group("name") for m in _NAME_IN_LIST.finditer(by.group("names"))]
                    if about.group("people"):  # a bio says who its subject is
                        names += [m.group("name") for m in _BIO.finditer(bio)]
                return _listed(list(dict.fromkeys(name for name in names if _person_like(name)))) or None
        return None

    @staticmethod
    def _safe(excluded: list[str], kept: list[str]) -> list[str]:
        """The excluded lines, less those whose text is also part of a kept line (each occurrence would be cut)."""
        out = list(dict.fromkeys(excluded))
        for _ in range(3):
            flat = "\n".join(" ".join(line.split()) for line in kept)
            clash = [line for line in out if " ".join(line.split()) in flat]
            if not clash:
                break
            out = [line for line in out if line not in clash]
            kept = kept + clash
        return out


def text_metadata(text: str) -> dict[str, str | None]:
    """What the header of a text says: title (the headline), author, publisher and date_published.

    >>> text_metadata("Labs open\\nPosted on May 20, 2024 by Evan Zhou | Filed under Labs\\n\\nThe city grew.\\n")
    {'title': 'Labs open', 'author': 'Evan Zhou', 'publisher': None, 'date_published': '2024-05-20'}
    """
    layout = _Layout(text)
    return {
        "title": layout.title,
        "author": layout.author,
        "publisher": layout.publisher,
        "date_published": layout.date,
    }


def unread_lines(text: str) -> tuple[list[str], list[str]]:
    """The furniture and header lines of ``text``: (those excluded, those only left unread), as in an
    :class:`Article`'s ``excluded`` and ``unread``.

    >>> unread_lines("Example Institute\\nHome | News\\n\\nThe Example Institute counted 40 labs in 2024.\\n")
    (['Home | News'], ['Example Institute'])
    """
    layout = _Layout(text)
    return layout.excluded, layout.unread


def furniture_lines(text: str) -> list[str]:
    """The lines of ``text`` that are page furniture, verbatim and each once, in order.

    >>> furniture_lines("Beijing grew.\\nShare this:\\nFacebook\\nMore text.\\n")
    ['Share this:', 'Facebook']
    """
    return _Layout(text).excluded
