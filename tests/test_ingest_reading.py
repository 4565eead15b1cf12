"""Reading articles never seen: page furniture, bylines and dates in plain text, and HTML layouts."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from kg.ingest import article_metadata
from kg.ingest.reader import (
    Article,
    _standalone_furniture,
    find_dates,
    furniture_lines,
    parse_article,
    text_metadata,
    unread_lines,
)
from kg.ingest.sentences import sentences
from kg.project import Project


def _read(text: str, name: str = "a.txt") -> tuple[list[str], dict[str, str | None]]:
    article = parse_article(text.encode("utf-8"), name=name)
    return article.excluded, article_metadata(article)


def _meta(title: str | None, date: str | None, author: str | None, publisher: str | None) -> dict[str, str | None]:
    return {"title": title, "publisher": publisher, "author": author, "date_published": date}


BODY = (
    "The Riverside Robotics Park opened its third hall on Monday, bringing the number of resident firms to 64.\n\n"
    "Share of spending on basic research rose to 14.2 percent of the park's budget, the managers said.\n\n"
    "Next year the park plans to add a testing ground for delivery robots and a small training college.\n"
)
#: The same text as an HTML page's paragraphs.
BODY_HTML = "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))

# --- furniture in plain text -----------------------------------------------------------------


def test_menus_breadcrumbs_and_mastheads_at_the_top() -> None:
    text = (
        "RIVERSIDE TIMES\n"
        "Home · World · Business · Science · Sport\n"
        "Home > Science > Robotics\n\n"
        "Robot park opens a third hall\n\n"
        "By Nadia Okafor | 2 February 2025\n\n" + BODY
    )
    excluded, meta = _read(text)
    assert excluded == ["RIVERSIDE TIMES", "Home · World · Business · Science · Sport", "Home > Science > Robotics"]
    assert meta == _meta("Robot park opens a third hall", "2025-02-02", "Nadia Okafor", "Riverside Times")


def test_a_sections_archive_of_a_year_is_a_breadcrumb_not_the_title() -> None:
    text = (
        "CITY PRESS OFFICE\nHome | Releases | Data\nPress Conferences > 2025\n\nRobot park opens a third hall\n\n"
        + BODY
    )
    excluded, meta = _read(text)
    assert "Press Conferences > 2025" in excluded
    assert meta["title"] == "Robot park opens a third hall"


def test_a_text_credit_under_the_story_names_its_author() -> None:
    text = "Robot park opens a third hall\n\n" + BODY + "\nText: Yao Jinglin · Photos: Herald staff\n"
    excluded, meta = _read(text)
    assert meta["author"] == "Yao Jinglin"
    assert "Text: Yao Jinglin · Photos: Herald staff" in excluded


def test_teasers_share_lines_and_previous_next_links() -> None:
    text = (
        "Robot park opens a third hall\n\n" + BODY + "\n"
        "Share: Weibo | WeChat | X\n"
        "48 likes\n"
        "Like (3) · Share this: Facebook · Email\n"
        "Related:\n"
        "· Delivery robots get their own lane (Jan 30)\n"
        "· Photos: the 8 fastest robots of 2024\n"
        "Read more: Five charts on the robot boom\n"
        "Related coverage: City budget grows 4 percent\n"
        "Related indexes: Example Start-up Index 2026 (12 cities) · Park Service Ranking 2025\n"
        "You might also like\n"
        "Drone makers move to the river\n\n"
        "Previous article: Metro line 9 extended\n"
        "Next »\n"
        "← Older post | Newer post →\n"
    )
    excluded, _ = _read(text)
    assert excluded == [
        "Share: Weibo | WeChat | X",
        "48 likes",
        "Like (3) · Share this: Facebook · Email",
        "Related:",
        "· Delivery robots get their own lane (Jan 30)",
        "· Photos: the 8 fastest robots of 2024",
        "Read more: Five charts on the robot boom",
        "Related coverage: City budget grows 4 percent",
        "Related indexes: Example Start-up Index 2026 (12 cities) · Park Service Ranking 2025",
        "You might also like",
        "Drone makers move to the river",
        "Previous article: Metro line 9 extended",
        "Next »",
        "← Older post | Newer post →",
    ]
    kept = [s.text for s in sentences(text, excluded)]
    assert "Share of spending on basic research rose to 14.2 percent of the park's budget, the managers said." in kept
    assert (
        kept[-1] == "Next year the park plans to add a testing ground for delivery robots and a small training college."
    )


def test_a_newsletters_calls_to_subscribe_and_reaction_counters() -> None:
    lines = [
        "♥ 88   💬 3   ⤴ Restack",
        "This post is free for everyone. If a colleague forwarded it to you, you can subscribe below.",
        "Thanks for reading Example Notes! This post is public, so feel free to share it.",
        "Upgrade to paid: $8/month or $80/year",
    ]
    text = "Robot park opens a third hall\n\n" + BODY + "\n" + "\n".join(lines) + "\n"
    excluded, _ = _read(text)
    assert excluded == lines


def test_print_and_font_controls_counters_contacts_and_footers() -> None:
    text = (
        "Robot park opens a third hall\n"
        "Issued: 2025-02-03   Source: Riverside Park Office\n"
        "Font size: Big Normal Small | Print | Close\n"
        "A- A+ Print\n\n" + BODY + "\n"
        "Tags: robots, parks\n"
        "4 min read\n"
        "Download the annual report (PDF, 2.1 MB)\n"
        "Press contact: Wu Lan, tel. 010-5555 0101\n"
        "[Print]  [Close this window]\n"
        "Page views: 12,408\n"
        "This website uses cookies to give you a better experience.\n"
        "Accept all\n"
        "About us | Privacy | Terms of use\n"
        "Sponsored by: Riverside District Office | Run by: Riverside Information Center\n"
        "© 2025 Riverside Park Office. All rights reserved.\n"
        "ICP filing No. 20250001-1 | Public security filing No. 1101000001\n"
    )
    excluded, meta = _read(text)
    assert excluded == [
        "Font size: Big Normal Small | Print | Close",
        "A- A+ Print",
        "Tags: robots, parks",
        "4 min read",
        "Download the annual report (PDF, 2.1 MB)",
        "Press contact: Wu Lan, tel. 010-5555 0101",
        "[Print]  [Close this window]",
        "Page views: 12,408",
        "This website uses cookies to give you a better experience.",
        "Accept all",
        "About us | Privacy | Terms of use",
        "Sponsored by: Riverside District Office | Run by: Riverside Information Center",
        "© 2025 Riverside Park Office. All rights reserved.",
        "ICP filing No. 20250001-1 | Public security filing No. 1101000001",
    ]
    assert meta == _meta("Robot park opens a third hall", "2025-02-03", None, "Riverside Park Office")


def test_a_comment_thread_from_its_heading_on() -> None:
    text = (
        "A day at the robot park\n"
        "Posted on March 9, 2025 by Lena Marsh | Filed under Visits\n\n" + BODY + "\n"
        "2 Comments\n\n"
        "Omar K. — March 10, 2025 at 7:02 pm\n"
        "They told me 70 firms, not 64.\n"
        "Reply\n"
        "Lena Marsh — March 11, 2025 at 9:15 am\n"
        "@Omar the count is from the park office.\n"
        "Leave a Reply\n"
        "Your email address will not be published.\n"
    )
    excluded, meta = _read(text)
    assert excluded == [
        "2 Comments",
        "Omar K. — March 10, 2025 at 7:02 pm",
        "They told me 70 firms, not 64.",
        "Reply",
        "Lena Marsh — March 11, 2025 at 9:15 am",
        "@Omar the count is from the park office.",
        "Leave a Reply",
        "Your email address will not be published.",
    ]
    assert meta == _meta("A day at the robot park", "2025-03-09", "Lena Marsh", None)


def test_comment_blocks_without_a_heading() -> None:
    text = (
        "Notes from the robot park\n\n" + BODY + "\n"
        "Ann Lee says:\n"
        "Great post! We counted 12 new robots.\n"
        "Reply\n"
        "Piet van Dam said on 4 April 2025:\n"
        "What about the 3 drone firms?\n"
    )
    excluded, _ = _read(text)
    assert excluded == [
        "Ann Lee says:",
        "Great post! We counted 12 new robots.",
        "Reply",
        "Piet van Dam said on 4 April 2025:",
        "What about the 3 drone firms?",
    ]


def test_no_line_is_excluded_when_its_text_is_also_part_of_the_body() -> None:
    text = "Riverside Robotics Park\nHome | News | Parks\n\nRobot park opens a third hall\n\n" + BODY + "\nShare\n"
    excluded, meta = _read(text)
    # "Riverside Robotics Park" is a masthead, but the body names it: every occurrence would be cut
    # out of the text quotes are checked against, so it stays; so does "Share" ("Share of spending").
    assert excluded == ["Home | News | Parks"]
    assert meta["publisher"] == "Riverside Robotics Park"


def test_body_lines_that_look_like_furniture_stay() -> None:
    text = (
        "Robot park opens a third hall\n\n" + BODY + "\n"
        "Discussion\n"
        "The managers expect the testing ground to draw about 20 firms in its first year.\n"
        "Download speeds in the halls reached 10 gigabits per second.\n"
        "The cookie maker uses robots in 3 of its 5 lines.\n"
        "The office put its survey of 1,200 firms, with tables for all 16 districts, online at survey-2024.pdf\n"
        "Timetable\n"
        "Opening ceremony — 12 May 2025\n"
        "Forum — 13 May 2025\n"
        "Zhao Lei said:\n"
        "We will open a fourth hall in 2026.\n"
        "Wu Min said:\n"
        "Our firm has 30 engineers there.\n"
    )
    assert _read(text)[0] == []


def test_running_heads_and_page_numbers() -> None:
    page = (
        "Riverside Park Annual Review 2024\nThe park added {n} firms in quarter {n} of the year, its managers said.\n"
    )
    text = "".join(page.format(n=n) + f"Page {n} of 3\n\n" for n in (1, 2, 3))
    excluded, _ = _read(text)
    assert excluded == ["Riverside Park Annual Review 2024", "Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]


# --- bylines and dates in plain text ---------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Posted on 12 May 2025 by Tomas Grell | Filed under Parks, Robots",
            ("2025-05-12", "Tomas Grell", None),
        ),
        (
            "2025-05-12 14:05 | Riverside District Government | Source: Science Bureau",
            ("2025-05-12", None, "Riverside District Government"),
        ),
        (
            "By Dr. Amira Haddad and Chen Bo, Harbour Evening Post | Updated: May 13, 2025 08:10",
            ("2025-05-13", "Amira Haddad and Chen Bo", "Harbour Evening Post"),
        ),
        ("Release date: May 12, 2025    Source: Riverside Park Office", ("2025-05-12", None, "Riverside Park Office")),
        ("Published: 12/05/2025 | Delta Policy Forum", (None, None, "Delta Policy Forum")),
        ("Published: 25/05/2025 | Delta Policy Forum", ("2025-05-25", None, "Delta Policy Forum")),
        (
            "Authors: Ines Duarte, Kofi Mensah\nRelease date: 2025-05-12",
            ("2025-05-12", "Ines Duarte, Kofi Mensah", None),
        ),
        ("Sara Lind | 12 May 2025 | Filed under: Visits", ("2025-05-12", "Sara Lind", None)),
        (
            "Sara Lind\nUpdated: May 12,2025 10:42    Harbour Evening Post",
            ("2025-05-12", "Sara Lind", "Harbour Evening Post"),
        ),
        ("Issue 4 · 2025年5月12日", ("2025-05-12", None, None)),
        (  # the writer, then who published, after the date and time
            "Nov. 12, 2025 | 09:47 GMT+8 | Tan Yuhang, Harbour News Service",
            ("2025-11-12", "Tan Yuhang", "Harbour News Service"),
        ),
        ("Nov. 12, 2025 | North District, Riverside", ("2025-11-12", None, "North District, Riverside")),
        (  # a time of day whose "a.m." ends the byline as a sentence would
            "By Chen Ruoxi | Capital Business Wire | Oct. 14, 2025, 11:05 a.m.",
            ("2025-10-14", "Chen Ruoxi", "Capital Business Wire"),
        ),
        ("Tuesday, October 14, 2025, 18:20 Beijing time", ("2025-10-14", None, None)),
        ("Wen Shuo and Lü Keran\n9 September 2025", ("2025-09-09", "Wen Shuo and Lü Keran", None)),
        (  # "Contributed by:" with the writer's division in brackets
            "Posted: 2025-05-12 10:30    Views: 1,204\nContributed by: Pan Luyao (Division of Science and Technology)",
            ("2025-05-12", "Pan Luyao", None),
        ),
        ("Last updated: 13 May 2025 | Published: 12 May 2025", ("2025-05-12", None, None)),
        (
            "Written by: Noor Aziz and Pablo Ruiz\nUpdated: 2025-05-12 09:15",
            ("2025-05-12", "Noor Aziz and Pablo Ruiz", None),
        ),
        ("~ posted in the small hours of 4.xii.2025 by Lü Keran ~", ("2025-12-04", "Lü Keran", None)),
        ("Story and photographs by Sara Lind · 12 May 2025 · 11 min read", ("2025-05-12", "Sara Lind", None)),
        ("Notes No. 7 · Tuesday 9 September 2025 · Wen Shuo, Noor Aziz", ("2025-09-09", "Wen Shuo, Noor Aziz", None)),
    ],
)
def test_bylines_and_date_lines(header: str, expected: tuple[str | None, str | None, str | None]) -> None:
    text = "Robot park opens a third hall\n\n" + header + "\n\n" + BODY
    _, meta = _read(text)
    assert meta == _meta("Robot park opens a third hall", *expected)


def test_wire_datelines() -> None:
    with_year = "Robot park opens\n\nRIVERSIDE, Jan. 5, 2025 (Harbour Wire) -- The park opened a hall with 64 firms.\n"
    without = "Robot park opens\n\nRIVERSIDE, Jan. 5 (Harbour Wire) -- The park opened a third hall with 64 firms.\n"
    assert text_metadata(with_year) == {
        "title": "Robot park opens",
        "author": None,
        "publisher": "Harbour Wire",
        "date_published": "2025-01-05",
    }
    assert text_metadata(without)["date_published"] is None  # no year: never guessed


def test_dates_are_never_guessed() -> None:
    # no date in the header; the body's and the comments' dates are not the article's
    text = (
        "Robot park opens a third hall\n\n"
        "On 3 March 2025 the park opened a third hall, bringing the number of resident firms to 64.\n\n"
        "Comments (1)\n"
        "Ann Lee · 4 March 2025\n"
        "Well done.\n"
    )
    assert _read(text)[1]["date_published"] is None
    assert [d for _, _, d in find_dates("03/04/2025, 2025-02-30, May 5 and 5 May 2025")] == ["2025-05-05"]


def test_authors_from_an_about_the_authors_note() -> None:
    text = (
        "Delta Policy Forum\n\nRobots and the river economy: three findings\n\n"
        "Release date: 2025-05-12\n\n" + BODY + "\nABOUT THE AUTHORS\n"
        "Ines Duarte is a fellow at the forum. Kofi Mensah leads its industry program.\n"
    )
    _, meta = _read(text)
    assert meta == _meta(
        "Robots and the river economy: three findings",
        "2025-05-12",
        "Ines Duarte and Kofi Mensah",
        "Delta Policy Forum",
    )


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        # the note on the label's own line, and a name followed by an apposition
        ("About the authors: Ines Duarte is a fellow at the forum. Kofi Mensah, a former engineer, leads its "
         "industry program.", "Ines Duarte and Kofi Mensah"),
        ("Notes on the authors: Ines Duarte is a fellow at the forum; she previously worked as an engineer. "
         "Kofi Mensah is a forum fellow.", "Ines Duarte and Kofi Mensah"),
        # (a body thanked in the note is no author)
        ("About the authors: Ines Duarte is a fellow at the forum. Qiyuan Robotics, a partner of the forum, is "
         "thanked for data.", "Ines Duarte"),
    ],
)  # fmt: skip
def test_authors_from_a_note_on_the_authors_of_other_shapes(note: str, authors: str) -> None:
    text = (
        "Delta Policy Forum\n\nRobots and the river economy\n\nRelease date: 2025-05-12\n\n" + BODY + "\n" + note + "\n"
    )
    assert _read(text)[1]["author"] == authors


@pytest.mark.parametrize(
    ("header", "closing", "author", "publisher"),
    [
        # a date line's bare name with a place or a periodical's word in it: a publication, no person
        ("Energy Frontier Beijing | 14 April 2027", "", None, "Energy Frontier Beijing"),
        ("Orbit Quarterly | 9 December 2024", "", None, "Orbit Quarterly"),
        ("Hexin Biopharma | 2 September 2024", "", None, "Hexin Biopharma"),
        # ... and one a closing note says a writer writes
        ("Range Anxiety | 30 October 2024", "— Song Jiahe writes Range Anxiety from a flat in Shunyi.", "Song Jiahe",
         "Range Anxiety"),
        ("Seed Notes | 5 May 2025",
         "Hou Yanbin is a partner at Qingshan Angels and writes Seed Notes every other week.",
         "Hou Yanbin", "Seed Notes"),
        # a bare name of a person stays the author
        ("Mei Ling Foster | 3 May 2024", "", "Mei Ling Foster", None),
        ("Zhang Chaoyang | 3 May 2024", "", "Zhang Chaoyang", None),  # (a given name that is also a district's)
        ("By Yanqing Wang | 3 May 2024", "", "Yanqing Wang", None),
        # a note on someone who writes or edits something else is no credit of this page
        ("Capital Tech Wire | 5 May 2025", "Zhou Yu writes Rust every day.", None, "Capital Tech Wire"),
        ("Lin Tao | 5 May 2025", "Zhou Yu edits Lin Tao's newsletter.", "Lin Tao", None),
        ("Ledger Lane Weekly | 5 May 2025", "Guan Yiting writes Ledger Lane Weekly.", "Guan Yiting",
         "Ledger Lane Weekly"),
    ],
)  # fmt: skip
def test_a_bare_name_on_the_date_line(header: str, closing: str, author: str | None, publisher: str | None) -> None:
    _, meta = _read(f"Robot park opens a third hall\n\n{header}\n\n{BODY}\n{closing}\n")
    assert (meta["author"], meta["publisher"]) == (author, publisher)


def test_options_win_over_what_the_article_says() -> None:
    article = parse_article(("Robot park opens\nBy Sara Lind | 12 May 2025\n\n" + BODY).encode())
    got = article_metadata(article, title="T", author="A", publisher="P", date="2025-01-01")
    assert got == _meta("T", "2025-01-01", "A", "P")


# --- HTML layouts -----------------------------------------------------------------------------

NEWS_PORTAL = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Robot park opens a third hall | Harbour Evening Post</title>
<meta property="og:title" content="Robot park opens a third hall">
<meta property="og:site_name" content="Harbour Evening Post">
<meta property="article:published_time" content="2025-05-12T07:00:00+08:00">
<meta name="author" content="Sara Lind"></head>
<body><div class="cookie-notice"><p>We use cookies to measure our audience.</p><button>Accept</button></div>
<header><a class="logo" href="/">Harbour Evening Post</a><nav><ul><li><a href="/">Home</a></li>
<li><a href="/tech">Tech</a></li></ul></nav></header>
<main><article><p class="kicker">Tech</p><h1>Robot park opens a third hall</h1>
<div class="byline">By <a rel="author">Sara Lind</a> · <time datetime="2025-05-12">May 12, 2025</time></div>
<div class="share-tools"><a>Share</a> <a>WeChat</a> <span>31 shares</span></div>
<div class="article-body">
<p>The Riverside Robotics Park opened its third hall on Monday, bringing the number of resident firms to 64.</p>
<p>Share of spending on basic research rose to 14.2 percent of the park's budget, the managers said.</p>
</div></article>
<aside class="more-stories"><h2>Related</h2><ul><li>Drone makers move to the river (May 2)</li></ul></aside>
</main><footer><p>© 2025 Harbour Evening Post Ltd.</p></footer></body></html>"""

GOVERNMENT_PORTAL = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Riverside District Government</title><meta name="SiteName" content="Riverside District Government" /></head>
<body><table class="banner"><tr><td class="links">Chinese | English | Mobile</td></tr></table>
<div class="topmenu"><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/gov/">Open Government</a></div>
<div class="crumbs">You are here: <a href="/">Home</a> &gt; <a href="/news/">News</a></div>
<div class="content"><h2 class="title">District sets up a robotics fund of 2 billion yuan</h2>
<div class="info">Release date: 2025-05-12&nbsp;&nbsp;Source: District Science Bureau&nbsp;&nbsp;
<a href="javascript:zoom(16)">Large</a> <a href="javascript:zoom(14)">Small</a>
<a href="javascript:print()">Print</a></div>
<div class="text">
<p>The Riverside district set up a robotics fund of 2 billion yuan on Monday to back firms in its new park.</p>
<p>The park is home to 64 firms, the district science bureau said in a statement on its website.</p>
<table><tr><th>Indicator</th><th>2023</th><th>2024</th></tr>
<tr><td>Resident robotics firms</td><td>41</td><td>64</td></tr></table>
</div>
<p>Previous: District opens two libraries</p><p>Next: Spring tree planting begins</p>
</div>
<div class="bottom"><p>Hosted by: Riverside District Government | ICP filing No. 2025001</p><p>Visits: 8,214</p></div>
</body></html>"""

MAGAZINE = """<!doctype html><html lang="en"><head><meta charset="UTF-8">
<title>Robots by the river &#8211; Delta Review</title>
<meta property="og:title" content="Robots by the river"></head>
<body><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header class="site-header"><p class="site-title"><a href="/">Delta Review</a></p>
<button class="menu-toggle">☰ Menu</button></header>
<main id="main"><article class="post">
<header class="entry-header"><h1 class="entry-title">Robots by the river</h1>
<div class="entry-meta"><span class="byline">Words by <span class="author vcard"><a>Ines Duarte</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-05-12T09:00:00+08:00">12 May 2025</time>
</span></div></header>
<div class="entry-content">
<p>The Riverside Robotics Park opened its third hall on Monday, bringing the number of resident firms to 64.</p>
<p>Next year the park plans to add a testing ground for delivery robots and a small training college.</p>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged robots</span>
<div class="sharedaddy"><h3>Share this:</h3><ul><li>X</li><li>Email</li></ul></div></footer>
</article>
<section id="comments" class="comments-area"><h2>1 thought on “Robots by the river”</h2>
<ol class="comment-list"><li class="comment"><b class="fn">Omar K.</b>
<time datetime="2025-05-13T10:00:00+08:00">13 May 2025</time><p>I count 70 firms.</p></li></ol></section>
</main><footer class="site-footer"><div class="site-info">© 2025 Delta Review</div></footer></body></html>"""


def test_html_news_portal() -> None:
    article = parse_article(NEWS_PORTAL.encode(), name="page.html")
    assert article.text == (  # the main text: no kicker, headline, byline, share bar, teasers or footer
        "The Riverside Robotics Park opened its third hall on Monday, bringing the number of resident firms to 64.\n\n"
        "Share of spending on basic research rose to 14.2 percent of the park's budget, the managers said.\n"
    )
    assert article.excluded == []
    assert article_metadata(article) == _meta(
        "Robot park opens a third hall", "2025-05-12", "Sara Lind", "Harbour Evening Post"
    )


def test_html_government_portal() -> None:
    article = parse_article(GOVERNMENT_PORTAL.encode(), name="page.html")
    # the table's rows are lines, cells apart; the banner, menu, info line and footer are left out
    assert article.text == (
        "The Riverside district set up a robotics fund of 2 billion yuan on Monday to back firms in its new park.\n\n"
        "The park is home to 64 firms, the district science bureau said in a statement on its website.\n\n"
        "Indicator | 2023 | 2024\n\nResident robotics firms | 41 | 64\n\n"
        "Previous: District opens two libraries\n\nNext: Spring tree planting begins\n"
    )
    assert article.excluded == ["Previous: District opens two libraries", "Next: Spring tree planting begins"]
    assert article_metadata(article) == _meta(
        "District sets up a robotics fund of 2 billion yuan", "2025-05-12", None, "Riverside District Government"
    )


def test_html_magazine_with_comments() -> None:
    article = parse_article(MAGAZINE.encode(), name="page.html")
    assert article.text == (
        "The Riverside Robotics Park opened its third hall on Monday, bringing the number of resident firms to 64.\n\n"
        "Next year the park plans to add a testing ground for delivery robots and a small training college.\n"
    )
    assert article.excluded == []
    assert article_metadata(article) == _meta("Robots by the river", "2025-05-12", "Ines Duarte", "Delta Review")


def test_html_whose_only_dates_are_in_its_comments_has_no_date() -> None:
    page = MAGAZINE.replace(
        '<time class="entry-date published" datetime="2025-05-12T09:00:00+08:00">12 May 2025</time>', ""
    )
    assert article_metadata(parse_article(page.encode(), name="page.html"))["date_published"] is None


def test_ingest_registers_what_was_read(tiny: Project, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    article = tmp_path / "robots.txt"
    article.write_text(
        "RIVERSIDE TIMES\nHome | World | Tech\n\nRobot park opens a third hall\n\n"
        "By Nadia Okafor | 2 February 2025\n\n" + BODY + "\n3 Comments\nAnn · 3 February 2025\nNice.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["--project", str(tiny.root), "ingest", str(article)], prog_name="kg")
    assert result.exit_code == 0, result.output
    meta = yaml.safe_load(
        (tiny.data_dir / "sources" / "robot-park-opens-a-third-hall.yaml").read_text(encoding="utf-8")
    )
    assert {k: meta[k] for k in ("title", "publisher", "author", "date_published", "excluded")} == {
        "title": "Robot park opens a third hall",
        "publisher": "Riverside Times",
        "author": "Nadia Okafor",
        "date_published": "2025-02-02",
        "excluded": ["RIVERSIDE TIMES", "Home | World | Tech", "3 Comments", "Ann · 3 February 2025", "Nice."],
    }


# --- headers and footers of layouts the rules were not written from ----------------------------
#
# Each case is an invented page: its metadata, the furniture that must not reach the extractor and
# body lines that must. Half "A" was written to build the rules from, half "B" to check them.


@dataclass(frozen=True)
class Page:
    id: str
    half: str  # "A": the rules were built from it; "B": written with A, only checked
    text: str
    title: str | None
    date: str | None
    author: str | None
    publisher: str | None
    furniture: tuple[str, ...]  # lines (or the visible text of elements) the extractor must not read
    body: tuple[str, ...]  # sentences the extractor must read
    name: str = "a.txt"


PAGES = [
    Page(
        "agency-allcaps-editor",
        "A",
        "Xinhua English | Tuesday, April 16, 2024\n"
        "Home | China | World | Business | Sci-Tech | Photos\n\n"
        "NEW TALENT RULES AIM TO KEEP CHIP DESIGNERS IN THE CITY\n\n"
        "Source: Xinhua | 2024-04-16 21:07:33 | Editor: Zhang Ming\n"
        "Font size: A A A\n\n"
        "BEIJING, April 16 (Xinhua) -- Beijing will offer housing support to 3,000 chip designers this year, "
        "the municipal government said Tuesday.\n\n"
        "The city counted 1,240 chip design firms at the end of 2023, up 9 percent from a year earlier.\n\n"
        "Related:\n"
        "Chip output in the region rises 12 pct in March\n"
        "Five things to know about the new rules\n\n"
        "[Print] [Close]\n",
        "NEW TALENT RULES AIM TO KEEP CHIP DESIGNERS IN THE CITY",
        "2024-04-16",
        None,  # an editor is no writer
        "Xinhua",
        (
            "Home | China | World | Business | Sci-Tech | Photos",
            "Source: Xinhua | 2024-04-16 21:07:33 | Editor: Zhang Ming",
            "Font size: A A A",
            "Chip output in the region rises 12 pct in March",
            "[Print] [Close]",
        ),
        (
            "The city counted 1,240 chip design firms at the end of 2023, up 9 percent from a year earlier.",
            "BEIJING, April 16 (Xinhua) -- Beijing will offer housing support to 3,000 chip designers this year, "
            "the municipal government said Tuesday.",
        ),
    ),
    Page(
        "wire-two-authors-reporting-credit",
        "A",
        "Beijing to raise basic research spending as growth slows\n"
        "By Anna Kowalski and Liu Chen\n"
        "March 5, 2025 7:41 AM GMT+8 Updated 2 hours ago\n\n"
        "BEIJING, March 5 (Reuters) - Beijing plans to raise spending on basic research by 8 percent this year "
        "to 32 billion yuan, the city's mayor said on Wednesday.\n\n"
        "The city spent 6.7 percent of its gross domestic product on research and development in 2024, "
        "officials said.\n\n"
        "Reporting by Anna Kowalski; Editing by Tom Reed\n"
        "Our Standards: The Trust Principles.\n"
        "Share\n",
        "Beijing to raise basic research spending as growth slows",
        "2025-03-05",
        "Anna Kowalski and Liu Chen",
        "Reuters",
        ("Reporting by Anna Kowalski; Editing by Tom Reed", "Our Standards: The Trust Principles.", "Share"),
        (
            "The city spent 6.7 percent of its gross domestic product on research and development in 2024, "
            "officials said.",
        ),
    ),
    Page(
        "gov-info-line-attachments",
        "A",
        "Haixin District People's Government\n"
        "Home > News > Announcements\n\n"
        "Haixin district hands out 500 million yuan in innovation vouchers\n\n"
        "Source: Haixin District Science Bureau   Date: 2024-06-21   Views: 1,523\n"
        "[Font: Large Medium Small]  [Print]  [Close]\n\n"
        "The Haixin district government handed out innovation vouchers worth 500 million yuan to 820 small "
        "firms in the first half of the year.\n\n"
        "Each firm may use the vouchers to buy up to 300,000 yuan of testing and design services.\n\n"
        "Attachment: 2024 voucher recipients.pdf\n"
        "Attachments\n"
        "1. Voucher recipients (first batch).xlsx\n"
        "2. Application guide 2024.docx\n\n"
        "Previous: District holds job fair for 2,000 graduates\n"
        "Next: Summer flood control drill held\n\n"
        "Haixin District People's Government  All Rights Reserved  ICP No. 12345678-2\n",
        "Haixin district hands out 500 million yuan in innovation vouchers",
        "2024-06-21",
        None,
        "Haixin District People's Government",
        (
            "Source: Haixin District Science Bureau   Date: 2024-06-21   Views: 1,523",
            "[Font: Large Medium Small]  [Print]  [Close]",
            "Attachment: 2024 voucher recipients.pdf",
            "Attachments",
            "1. Voucher recipients (first batch).xlsx",
            "2. Application guide 2024.docx",
            "Previous: District holds job fair for 2,000 graduates",
            "Next: Summer flood control drill held",
            "Haixin District People's Government  All Rights Reserved  ICP No. 12345678-2",
        ),
        (
            "The Haixin district government handed out innovation vouchers worth 500 million yuan to 820 small "
            "firms in the first half of the year.",
            "Each firm may use the vouchers to buy up to 300,000 yuan of testing and design services.",
        ),
    ),
    Page(
        "wordpress-blog-comments-says",
        "A",
        "The Lab Notebook\n"
        "Menu\n\n"
        "Why the incubator numbers don't add up\n"
        "Posted on 3 September 2023 by Dr. Priya Raman | Filed under Startups | 4 Comments\n\n"
        "The district says its 26 incubators hosted 1,900 start-up teams last year, but the list it published "
        "names only 1,450 of them.\n\n"
        "I asked three incubator managers, and each gave me a lower count than the official one.\n\n"
        "Share this:\n"
        "Twitter\n"
        "Facebook\n"
        "Like this:\n"
        "Like Loading...\n\n"
        "Related\n"
        "Incubators in the north of the city, 12 of them\n"
        'In "Startups"\n\n'
        "4 thoughts on “Why the incubator numbers don't add up”\n"
        "Marco P. says:\n"
        "September 4, 2023 at 10:12 am\n"
        "Our incubator had 35 teams, not 20.\n"
        "Reply\n"
        "Priya Raman says:\n"
        "September 4, 2023 at 1:40 pm\n"
        "Thanks Marco, I will check the 35 with the district.\n"
        "Reply\n"
        "Leave a Reply Cancel reply\n",
        "Why the incubator numbers don't add up",
        "2023-09-03",
        "Priya Raman",
        "The Lab Notebook",
        (
            "Menu",
            "Share this:",
            "Like this:",
            "Like Loading...",
            "Incubators in the north of the city, 12 of them",
            'In "Startups"',
            "4 thoughts on “Why the incubator numbers don't add up”",
            "Our incubator had 35 teams, not 20.",
            "Thanks Marco, I will check the 35 with the district.",
            "Leave a Reply Cancel reply",
        ),
        (
            "The district says its 26 incubators hosted 1,900 start-up teams last year, but the list it "
            "published names only 1,450 of them.",
        ),
    ),
    Page(
        "portal-byline-publisher-updated-newsletter",
        "A",
        "CAPITAL EVENING POST\n"
        "SCIENCE\n"
        "Robot makers flock to the northern park\n"
        "By Zhou Lan, Capital Evening Post | Updated: 2024-11-02 08:15\n"
        "Reading time: 3 min\n\n"
        "Forty-two robot makers have moved into the Beiyuan park since January, its managers said on Friday.\n\n"
        "The park expects its robotics output to pass 6 billion yuan in 2025.\n\n"
        "Sign up for our newsletter\n"
        "Get the 10 biggest stories in your inbox every morning.\n\n"
        "Most read\n"
        "1. Subway line 19 opens its north extension\n"
        "2. Five charts on the city's 3 new airports\n",
        "Robot makers flock to the northern park",
        "2024-11-02",
        "Zhou Lan",
        "Capital Evening Post",
        (
            "SCIENCE",
            "Reading time: 3 min",
            "Sign up for our newsletter",
            "Get the 10 biggest stories in your inbox every morning.",
            "Most read",
            "1. Subway line 19 opens its north extension",
            "2. Five charts on the city's 3 new airports",
        ),
        ("The park expects its robotics output to pass 6 billion yuan in 2025.",),
    ),
    Page(
        "digest-compiled-by",
        "A",
        "Innovation Policy Weekly · No. 32\n\n"
        "Seven numbers from the new district plans\n"
        "Compiled by Gao Yuan and Shi Wen\n"
        "15 January 2024\n\n"
        "Six of the city's districts published their 2024 innovation plans this week, promising 11.5 billion "
        "yuan of new funds between them.\n\n"
        "The largest plan, Haixin's, sets aside 4 billion yuan for pilot production lines.\n\n"
        "Subscribe to Innovation Policy Weekly\n"
        "Forward this digest to a colleague\n",
        "Seven numbers from the new district plans",
        "2024-01-15",
        "Gao Yuan and Shi Wen",
        "Innovation Policy Weekly",
        ("Subscribe to Innovation Policy Weekly", "Forward this digest to a colleague"),
        ("The largest plan, Haixin's, sets aside 4 billion yuan for pilot production lines.",),
    ),
    Page(
        "writer-editor-line",
        "A",
        "Shunyi Today\n"
        "Home | Local | Economy | Airport | Life\n\n"
        "Airport zone signs 14 aviation technology projects\n"
        "Writer: Han Qing  Editor: Lu Bin  Date: 2024-02-28\n\n"
        "The airport economic zone signed 14 aviation technology projects worth 7.3 billion yuan on Tuesday.\n\n"
        "Eleven of the projects will be built by the end of 2025, the zone said.\n\n"
        "Share to: WeChat Weibo QQ\n"
        "Total visits: 3,482\n",
        "Airport zone signs 14 aviation technology projects",
        "2024-02-28",
        "Han Qing",
        "Shunyi Today",
        (
            "Home | Local | Economy | Airport | Life",
            "Writer: Han Qing  Editor: Lu Bin  Date: 2024-02-28",
            "Share to: WeChat Weibo QQ",
            "Total visits: 3,482",
        ),
        ("The airport economic zone signed 14 aviation technology projects worth 7.3 billion yuan on Tuesday.",),
    ),
    Page(
        "chinese-style-comments-numbered",
        "A",
        "Lakeside Science News\n\n"
        "Lakeside lab cluster adds 9 new teams\n"
        "Date: 2024-05-06  Author: Sun Ping  Source: Lakeside Science News\n\n"
        "The Lakeside laboratory cluster admitted 9 new research teams in April, bringing its total to 61.\n\n"
        "The cluster spent 180 million yuan on shared equipment in 2023.\n\n"
        "Tags: labs, Lakeside, equipment\n\n"
        "Netizen comments (2)\n"
        "#1 User 2831 | 2024-05-07 10:22\n"
        "The cluster should add 2 more canteens.\n"
        "#2 Guest | 2024-05-07 11:05\n"
        "61 teams and still no bus line.\n",
        "Lakeside lab cluster adds 9 new teams",
        "2024-05-06",
        "Sun Ping",
        "Lakeside Science News",
        (
            "Tags: labs, Lakeside, equipment",
            "Netizen comments (2)",
            "#1 User 2831 | 2024-05-07 10:22",
            "The cluster should add 2 more canteens.",
            "#2 Guest | 2024-05-07 11:05",
            "61 teams and still no bus line.",
        ),
        ("The cluster spent 180 million yuan on shared equipment in 2023.",),
    ),
    Page(
        "html-portal-og-byline-only",
        "A",
        """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Quantum start-ups raise 2 billion yuan - Harbour Daily</title>
<meta property="og:title" content="Quantum start-ups raise 2 billion yuan">
<meta property="og:site_name" content="Harbour Daily"></head>
<body><div id="cookie-bar">This site uses cookies. <a>OK</a></div>
<header><nav><ul><li>Home</li><li>Tech</li><li>Markets</li></ul></nav></header>
<main><article><h1>Quantum start-ups raise 2 billion yuan</h1>
<p class="byline">By Ma Jun | <time datetime="2024-08-09T10:00:00+08:00">Aug 9, 2024</time></p>
<ul class="share"><li>Share</li><li>WeChat</li><li>Weibo</li></ul>
<p>Eleven quantum technology start-ups in the city raised 2 billion yuan in the first seven months of 2024.</p>
<p>The largest round, 600 million yuan, went to a maker of dilution refrigerators.</p>
</article><aside class="related"><h3>Related</h3><ul><li>Quantum park opens 3 labs</li></ul></aside></main>
<footer>Copyright 2024 Harbour Daily. ICP 09001234</footer></body></html>""",
        "Quantum start-ups raise 2 billion yuan",
        "2024-08-09",
        "Ma Jun",
        "Harbour Daily",
        ("This site uses cookies.", "Quantum park opens 3 labs", "Copyright 2024 Harbour Daily. ICP 09001234"),
        ("The largest round, 600 million yuan, went to a maker of dilution refrigerators.",),
        "page.html",
    ),
    Page(
        "html-no-meta-table-layout",
        "A",
        """<html><head><title>Northbay Science Park</title></head>
<body><table width="100%"><tr><td><img src="logo.gif"> Northbay Science Park</td></tr>
<tr><td><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About</a></td></tr></table>
<table><tr><td>
<h2>Park signs 23 new tenants in spring drive</h2>
<div>Published: 2023-05-06 &nbsp; Writer: Li Na &nbsp; Hits: 412</div>
<p>Northbay Science Park signed 23 new tenants in March and April, filling 41,000 square meters of space.</p>
<p>The park's occupancy rate rose to 88 percent, the highest since it opened in 2015.</p>
<p>Previous: Park canteen reopens</p><p>Next: 5 firms win city awards</p>
<p>[Print] [Close]</p>
</td></tr></table>
<div>Copyright 2023 Northbay Science Park Management Co. All rights reserved.</div></body></html>""",
        "Park signs 23 new tenants in spring drive",
        "2023-05-06",
        "Li Na",
        "Northbay Science Park",
        ("Previous: Park canteen reopens", "Next: 5 firms win city awards", "Hits: 412", "[Print] [Close]"),
        (
            "Northbay Science Park signed 23 new tenants in March and April, filling 41,000 square meters of space.",
            "The park's occupancy rate rose to 88 percent, the highest since it opened in 2015.",
        ),
        "page.html",
    ),
    Page(
        "breadcrumb-weekday-date-lowercase-by",
        "A",
        "You are here: Home > Insights > Cities\n"
        "Friday 12 April 2024\n\n"
        "How Jingxi became a battery town\n"
        "by Jean Dupont\n\n"
        "Jingxi now makes 14 percent of the region's lithium cells, up from 3 percent in 2019.\n\n"
        "Its four battery plants employ about 5,600 people.\n\n"
        "Topics: batteries, Jingxi\n"
        "← Previous | Next →\n",
        "How Jingxi became a battery town",
        "2024-04-12",
        "Jean Dupont",
        None,
        ("You are here: Home > Insights > Cities", "Topics: batteries, Jingxi", "← Previous | Next →"),
        ("Its four battery plants employ about 5,600 people.",),
    ),
    Page(
        "posted-by-on-slash-date",
        "A",
        "Notes from the Hutong Lab\n"
        "Posted by Kenji Sato on 2024/05/06\n\n"
        "The Hutong Lab trained 120 makers in its first year, half of them from outside the city.\n\n"
        "We plan to double the number of 3D printers to 16 by autumn.\n\n"
        "Views: 812 | Likes: 37\n"
        "Comments (1)\n"
        "Ana — 2024/05/07\n"
        "Great work, see you at the 2 pm session.\n",
        "Notes from the Hutong Lab",
        "2024-05-06",
        "Kenji Sato",
        None,
        (
            "Views: 812 | Likes: 37",
            "Comments (1)",
            "Ana — 2024/05/07",
            "Great work, see you at the 2 pm session.",
        ),
        ("We plan to double the number of 3D printers to 16 by autumn.",),
    ),
    # --- half B: written with half A, only checked -------------------------------------------
    Page(
        "agency-dateline-header-editor-first",
        "B",
        "SHANGHAI FIRMS LEAD NEW ROUND OF AI CHIP ORDERS\n"
        "2024-01-09 18:30:11 | Editor: Xu Jing\n\n"
        "SHANGHAI, Jan. 9 (Xinhua) -- Firms in Shanghai placed orders for 48,000 AI chips in December, "
        "the city's economy commission said on Tuesday.\n\n"
        "The orders were worth about 3.1 billion yuan.\n\n"
        "Share to:\n"
        "Related news\n"
        "Chip plant to open 2 lines in spring\n",
        "SHANGHAI FIRMS LEAD NEW ROUND OF AI CHIP ORDERS",
        "2024-01-09",
        None,  # an editor is no writer
        "Xinhua",
        ("Share to:", "Related news", "Chip plant to open 2 lines in spring"),
        ("The orders were worth about 3.1 billion yuan.",),
    ),
    Page(
        "wire-published-time-first-weekday",
        "B",
        "Tech hub draws 40 foreign labs\n"
        "By Li Wei, Associated Press\n"
        "Published 8:02 AM GMT+8, Thu March 7, 2024\n\n"
        "Foreign companies opened 40 research labs in the city's tech hub last year, officials said.\n\n"
        "The labs employ about 3,500 researchers.\n\n"
        "Copyright 2024 The Associated Press. All Rights Reserved.\n",
        "Tech hub draws 40 foreign labs",
        "2024-03-07",
        "Li Wei",
        "Associated Press",
        ("Copyright 2024 The Associated Press. All Rights Reserved.",),
        ("The labs employ about 3,500 researchers.",),
    ),
    Page(
        "gov-date-source-author-views-attachment",
        "B",
        "Eastbay Municipal Bureau of Statistics\n"
        "Home | Data Release | Analysis | Interpretation\n\n"
        "Eastbay's R&D spending reaches 52 billion yuan\n"
        "Date: 2023-11-30  Source: Eastbay Municipal Bureau of Statistics  Author: Zhang Hua  Views: 2,041\n"
        "Print this page | Close window\n\n"
        "Research and development spending in Eastbay reached 52 billion yuan in 2022, 7.4 percent more than "
        "a year earlier.\n\n"
        "Enterprises accounted for 71 percent of the total.\n\n"
        "Attachment: Eastbay R&D bulletin 2022 (table).xls\n"
        "Related links: National Bureau of Statistics | Provincial Statistics Bureau\n",
        "Eastbay's R&D spending reaches 52 billion yuan",
        "2023-11-30",
        "Zhang Hua",
        "Eastbay Municipal Bureau of Statistics",
        (
            "Print this page | Close window",
            "Attachment: Eastbay R&D bulletin 2022 (table).xls",
            "Related links: National Bureau of Statistics | Provincial Statistics Bureau",
        ),
        ("Enterprises accounted for 71 percent of the total.",),
    ),
    Page(
        "blog-written-by-on-comments-dash",
        "B",
        "Field Notes on Innovation\n"
        "Home / Archive / About\n\n"
        "Three lessons from the Riverside accelerator\n"
        "Written by Carla Nunes on 12 March 2024 in Analysis\n\n"
        "The Riverside accelerator has graduated 96 start-ups since 2019, and 71 of them are still trading.\n\n"
        "Its demo days raised 430 million yuan in follow-on funding.\n\n"
        "12 comments\n"
        "Jo — 13 March 2024\n"
        "I was in cohort 4, we were 11 teams.\n"
        "Reply\n"
        "Sam Price — 14 March 2024\n"
        "71 of 96 is not bad at all.\n",
        "Three lessons from the Riverside accelerator",
        "2024-03-12",
        "Carla Nunes",
        "Field Notes on Innovation",
        (
            "Home / Archive / About",
            "12 comments",
            "Jo — 13 March 2024",
            "I was in cohort 4, we were 11 teams.",
            "71 of 96 is not bad at all.",
        ),
        ("Its demo days raised 430 million yuan in follow-on funding.",),
    ),
    Page(
        "report-compiled-by-org-no-author",
        "B",
        "Quarterly Brief on the Technology Market | 2024 Q2\n"
        "Compiled by the Research Office of the Westlake Technology Exchange\n"
        "Release date: 18 July 2024\n\n"
        "Technology contracts worth 61.2 billion yuan were registered in the second quarter, up 14 percent.\n\n"
        "Buyers outside the province signed 38 percent of them.\n\n"
        "Page 1 of 1\n",
        "Quarterly Brief on the Technology Market | 2024 Q2",
        "2024-07-18",
        None,
        "Research Office of the Westlake Technology Exchange",
        ("Page 1 of 1",),
        ("Buyers outside the province signed 38 percent of them.",),
    ),
    Page(
        "html-wordpress-no-meta",
        "B",
        """<!doctype html><html><head><meta charset="utf-8"><title>Ten years of the maker space | Yard Notes</title>
</head><body><a class="skip-link" href="#content">Skip to content</a>
<header id="masthead"><p class="site-title">Yard Notes</p><button class="menu-toggle">Menu</button></header>
<div id="content"><article class="post">
<h1 class="entry-title">Ten years of the maker space</h1>
<div class="entry-meta">Posted on <time datetime="2024-02-20T08:00:00+00:00">February 20, 2024</time>
by <span class="author">Olga Brandt</span> · <span class="reading-time">4 min read</span></div>
<div class="entry-content">
<p>The maker space on Yard Street has hosted 2,400 members since it opened ten years ago.</p>
<p>Its members have started 37 companies, three of which now employ more than 100 people.</p>
</div>
<div class="tags">Tags: makers, community</div>
</article>
<section class="you-might-also-like"><h3>You might also like</h3>
<div class="card">Why 3 printers are enough</div></section>
<div id="comments"><h3>2 Comments</h3><ol><li>Ben: I joined in 2015 with 12 others.</li></ol></div>
<div class="newsletter-box">Join 5,000 readers: get Yard Notes by email.</div></div>
<footer>© 2024 Yard Notes</footer></body></html>""",
        "Ten years of the maker space",
        "2024-02-20",
        "Olga Brandt",
        "Yard Notes",
        (
            "Why 3 printers are enough",
            "Ben: I joined in 2015 with 12 others.",
            "Join 5,000 readers: get Yard Notes by email.",
            "4 min read",
        ),
        ("Its members have started 37 companies, three of which now employ more than 100 people.",),
        "page.html",
    ),
    Page(
        "html-gov-info-line-one-div",
        "B",
        """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Westlake District Government</title></head><body>
<table class="top"><tr><td>Westlake District Government</td><td>Chinese | English</td></tr></table>
<div class="menu"><a>Home</a> | <a>Government</a> | <a>Services</a></div>
<div class="position">Current location: Home &gt; News</div>
<div class="article"><h1>Westlake opens 3 pilot plants for new materials</h1>
<div>Release Date: 2024-03-15 Source: Westlake District Economy Office Font size: Large Medium Small Print Close</div>
<p>Westlake district opened three pilot plants for new materials on Friday,
with a combined investment of 900 million yuan.</p>
<p>The plants will test 60 products a year.</p>
<p>Previous article: Westlake holds spring job fair</p>
</div><div class="foot">Sponsored by: Westlake District Government  ICP 05006789</div></body></html>""",
        "Westlake opens 3 pilot plants for new materials",
        "2024-03-15",
        None,
        "Westlake District Government",
        ("Previous article: Westlake holds spring job fair", "Font size: Large Medium Small Print Close"),
        ("The plants will test 60 products a year.",),
        "page.html",
    ),
    Page(
        "odd-date-format-updated-time-first",
        "B",
        "Metro Science Daily\n"
        "Home | Science | Tech | Health\n\n"
        "Metro Science Daily | Updated: 14:35, 07-Mar-2024\n"
        "City names 12 new innovation centers\n\n"
        "The city named 12 new municipal innovation centers on Thursday, taking the total to 86.\n\n"
        "Each center will receive up to 20 million yuan over three years.\n\n"
        "A A A | Print\n",
        "City names 12 new innovation centers",
        "2024-03-07",
        None,
        "Metro Science Daily",
        ("Home | Science | Tech | Health", "A A A | Print"),
        ("Each center will receive up to 20 million yuan over three years.",),
    ),
    Page(
        "allcaps-byline-staff-reporter",
        "B",
        "GREEN HYDROGEN PROJECTS MULTIPLY IN THE NORTH\n"
        "By JANE DOE, Staff Reporter\n"
        "June 3, 2024\n\n"
        "The northern districts approved 7 green hydrogen projects in May, worth 2.6 billion yuan in all.\n\n"
        "Three of them will produce hydrogen from wind power.\n\n"
        "Follow us on WeChat: metro_daily\n"
        "Share | Tweet | Email\n",
        "GREEN HYDROGEN PROJECTS MULTIPLY IN THE NORTH",
        "2024-06-03",
        "Jane Doe",
        None,
        ("Follow us on WeChat: metro_daily", "Share | Tweet | Email"),
        ("Three of them will produce hydrogen from wind power.",),
    ),
    Page(
        "newsletter-cookie-tags-prev-next-post",
        "B",
        "Riverbend Tech Review\n\n"
        "Sensor makers settle in Riverbend\n"
        "Posted: 2 August 2024 · Hu Min\n\n"
        "Nineteen sensor makers have set up in Riverbend since 2022, employing 2,300 people.\n\n"
        "The district plans a 1.5-billion-yuan fund for the sector.\n\n"
        "Enjoyed this? Get our weekly newsletter - join 8,000 subscribers.\n"
        "We use cookies to analyse traffic. By continuing you agree to our use of cookies.\n"
        "Tagged: sensors, Riverbend\n"
        "Previous post: Riverbend's 5 new parks\n"
        "Next post: Chips in the valley\n",
        "Sensor makers settle in Riverbend",
        "2024-08-02",
        "Hu Min",
        "Riverbend Tech Review",
        (
            "Enjoyed this? Get our weekly newsletter - join 8,000 subscribers.",
            "We use cookies to analyse traffic. By continuing you agree to our use of cookies.",
            "Tagged: sensors, Riverbend",
            "Previous post: Riverbend's 5 new parks",
            "Next post: Chips in the valley",
        ),
        ("The district plans a 1.5-billion-yuan fund for the sector.",),
    ),
    Page(
        "wire-slash-dateline-date-line",
        "B",
        "Chipmakers shift design work to Beijing\n"
        "February 3, 2024 10:11 PM GMT+8\n\n"
        "WASHINGTON/BEIJING, Feb 3 (Reuters) - Two chipmakers will move 600 design jobs to Beijing this year, "
        "people familiar with the plans said.\n\n"
        "The firms employ about 4,000 engineers in the city.\n\n"
        "Reporting by Ellen Brook in Washington and Qian Yu in Beijing; Editing by Mark Hale\n",
        "Chipmakers shift design work to Beijing",
        "2024-02-03",
        "Ellen Brook and Qian Yu",
        "Reuters",
        ("Reporting by Ellen Brook in Washington and Qian Yu in Beijing; Editing by Mark Hale",),
        ("The firms employ about 4,000 engineers in the city.",),
    ),
    Page(
        "wire-dateline-on-a-line-of-its-own",
        "A",
        "Robot makers double output\n"
        "BEIJING, May 14, 2024 (Example Wire) --\n"
        "Robot makers in Beijing doubled their output last year, the commission said on Tuesday.\n",
        "Robot makers double output",
        "2024-05-14",
        None,
        "Example Wire",
        (),
        ("Robot makers in Beijing doubled their output last year, the commission said on Tuesday.",),
    ),
    Page(
        "press-release-issued-by-media-contact",
        "B",
        "FOR IMMEDIATE RELEASE\n\n"
        "Southgate Innovation Park welcomes 30 new firms\n\n"
        "Issued by: Southgate Innovation Park Management Committee\n"
        "Date: 10 October 2024\n\n"
        "Southgate Innovation Park welcomed 30 new firms in the third quarter, bringing its total to 412.\n\n"
        "The park's firms filed 1,050 patent applications in the first nine months of 2024.\n\n"
        "Media contact: Lin Mei, +86 10 5555 0188, media@southgate.example\n"
        "###\n",
        "Southgate Innovation Park welcomes 30 new firms",
        "2024-10-10",
        None,
        "Southgate Innovation Park Management Committee",
        ("FOR IMMEDIATE RELEASE", "Media contact: Lin Mei, +86 10 5555 0188, media@southgate.example", "###"),
        ("The park's firms filed 1,050 patent applications in the first nine months of 2024.",),
    ),
    Page(
        "wire-breadcrumb-and-captions",
        "A",
        "RIVERSIDE WIRE  ·  English Service\n"
        "China | Economy | Sci-Tech | Regions\n"
        "You are in: Sci-Tech > Robotics\n\n"
        "Robot makers in the river district triple their output\n\n"
        "Updated: 2024-10-09 18:05:12 | Source: Riverside Wire\n\n"
        "RIVERSIDE, Oct. 9 (Riverside Wire) -- Robot makers in the river district built 3,120 robots in the first "
        "nine months, three times as many as a year earlier.\n\n"
        "[Photo caption: Workers test 12 robot arms at a plant in the river district, Oct. 8, 2024. (Riverside "
        "Wire)]\n\n"
        "The district now counts 46 robot makers.\n",
        "Robot makers in the river district triple their output",
        "2024-10-09",
        None,
        "Riverside Wire",
        ("You are in: Sci-Tech > Robotics", "Workers test 12 robot arms"),
        ("The district now counts 46 robot makers.",),
    ),
    Page(
        "newsletter-issue-with-footnotes",
        "A",
        "SIGNAL LANE\n"
        "Mara Quist's newsletter on chips in China\n\n"
        "Issue #17 · 9 min read\n\n"
        "The quiet boom in chip testing\n"
        "Two days among the testers of the south zone\n\n"
        "Mara Quist\n"
        "Mar 4, 2024\n\n"
        "The south zone now hosts 38 chip-testing firms, up from 21 two years ago [1].\n\n"
        '[1] South Zone Office, "Chip Testing Register", 2024 update, p. 3.\n',
        "The quiet boom in chip testing",
        "2024-03-04",
        "Mara Quist",
        "Signal Lane",
        ("Mara Quist's newsletter on chips in China", "Issue #17", "Chip Testing Register"),
        ("The south zone now hosts 38 chip-testing firms",),
    ),
    Page(
        "brief-series-label-and-index-team",
        "A",
        "EASTGATE POLICY INSTITUTE\n"
        "Briefs | Data | Events | Contact\n\n"
        "Policy Brief 2024/03\n\n"
        "Where the lab money goes\n\n"
        "12 March 2024 · Index team: Ravi Sen and Lu Qiao · 6-minute read\n\n"
        "The city spent 4.2 billion yuan on shared laboratories in 2023, up 9 percent on 2022.\n\n"
        "Full tables for all 60 laboratories: download the data pack (XLSX, 1.1 MB).\n",
        "Where the lab money goes",
        "2024-03-12",
        "Ravi Sen and Lu Qiao",
        "Eastgate Policy Institute",
        ("Policy Brief 2024/03", "download the data pack"),
        ("The city spent 4.2 billion yuan on shared laboratories in 2023",),
    ),
    Page(
        "company-release-about-issuer",
        "A",
        "FOR IMMEDIATE RELEASE\n\n"
        "Tidewater Optics Opens Laser Center in the River District\n\n"
        'RIVERSIDE, May 21, 2024 -- Tidewater Optics Technology Co., Ltd. ("Tidewater Optics") today opened a '
        "laser center with 85 researchers in the river district.\n\n"
        "About Tidewater Optics\n"
        "Founded in 2015, Tidewater Optics employs more than 650 people.\n",
        "Tidewater Optics Opens Laser Center in the River District",
        "2024-05-21",
        None,
        "Tidewater Optics Technology Co., Ltd.",
        (),
        ("today opened a laser center with 85 researchers",),
    ),
    Page(
        "feature-standfirst-byline-with-photo-credit-pull-quote-and-inline-teasers",
        "A",
        "RIVERSIDE MONTHLY\n"
        "Cities | Technology | Money | Long Reads\n"
        "LONG READ · DISTRICTS\n\n"
        "Can the river district build a science park of its own?\n\n"
        "Rail signals, hydrogen and algorithms: three parks, three bets on where the engineers will work\n\n"
        "By Ada Lin | Photography by Bo Chen | 9 min read\n"
        "September 24, 2024\n\n"
        "Enterprises in the North Park earned 658.3 billion yuan last year, up 7.9 percent.\n\n"
        "“Four in ten fuel-cell stacks built in the city now come from the West Park.”\n\n"
        "The West Park made 42 percent of the city's fuel-cell stacks last year.\n\n"
        "Read next: Why the labs keep hiring · The 5 parks that lost tenants in 2023\n",
        "Can the river district build a science park of its own?",
        "2024-09-24",
        "Ada Lin",
        "Riverside Monthly",
        (
            "Four in ten fuel-cell stacks built in the city now come from the West Park.",
            "Read next: Why the labs keep hiring · The 5 parks that lost tenants in 2023",
        ),
        ("The West Park made 42 percent of the city's fuel-cell stacks last year.",),
    ),
    Page(
        "newsletter-tagline-and-sign-up-box",
        "A",
        "THE RIVERSIDE MEMO\n"
        "Notes on the river district's start-up scene, every other Tuesday\n\n"
        "Subscribe to The Riverside Memo\n"
        "Type your email...   Subscribe\n"
        "Already have an account? Sign in\n\n"
        "Five numbers from the river district's incubators\n\n"
        "Ada Lin\n"
        "Aug 6, 2024\n\n"
        "The district's 41 incubators hosted 1,212 start-ups at the end of June 2024.\n",
        "Five numbers from the river district's incubators",
        "2024-08-06",
        "Ada Lin",
        "The Riverside Memo",
        ("Type your email...   Subscribe", "Already have an account? Sign in"),
        ("The district's 41 incubators hosted 1,212 start-ups at the end of June 2024.",),
    ),
    Page(
        "ranking-breadcrumb-to-the-page-and-names-beside-the-date",
        "A",
        "RIVERSIDE FINANCE OBSERVATORY\n"
        "Home | Research | Indexes | About us\n"
        "Indexes > Riverside District Venture Finance Index\n\n"
        "Northgate keeps the top spot in the district finance ranking\n\n"
        "Published 3 December 2024\n"
        "Ada Lin and Bo Chen\n\n"
        "Northgate District held first place in the 2024 edition of the index for the third year.\n\n"
        "👍 27 people found this useful\n",
        "Northgate keeps the top spot in the district finance ranking",
        "2024-12-03",
        "Ada Lin and Bo Chen",
        "Riverside Finance Observatory",
        ("Indexes > Riverside District Venture Finance Index", "27 people found this useful"),
        ("Northgate District held first place in the 2024 edition",),
    ),
    Page(
        "government-release-issued-by-under-a-masthead",
        "A",
        "Riverside District People's Government\n"
        "Home | Overview | Policy Documents | Services\n\n"
        "Riverside issues measures for its robot industry\n\n"
        "Issued by: Riverside District Bureau of Industry and Information Technology\n"
        "Date: 2025-01-16\n\n"
        "Riverside District will spend 300 million yuan a year on robot makers from 2025.\n",
        "Riverside issues measures for its robot industry",
        "2025-01-16",
        None,
        "Riverside District People's Government",
        (),
        ("will spend 300 million yuan a year on robot makers",),
    ),
    Page(
        "wire-reporting-by-above-teasers",
        "A",
        "RIVERSIDE WIRE\n"
        "Markets | Technology | China | World\n\n"
        "Riverside's small tech firms line up for listings\n\n"
        "March 4, 2025  10:42 AM GMT+8  Updated 2 hours ago\n\n"
        "RIVERSIDE, March 4 (Riverside Wire) -- Forty-one of the district's firms listed in 2024.\n\n"
        "Reporting by Ada Lin, Bo Chen and Riverside Newsroom; Editing by Carl Dunn\n\n"
        "Our Standards: The Riverside Wire Trust Principles.\n"
        "Read Next\n"
        "Riverside sets up 5 billion yuan fund for chip toolmakers, sources say\n"
        "Suggested Topics: China | Technology\n"
        "© 2025 Riverside Wire. All rights reserved.\n",
        "Riverside's small tech firms line up for listings",
        "2025-03-04",
        "Ada Lin, Bo Chen",
        "Riverside Wire",
        ("Reporting by Ada Lin, Bo Chen and Riverside Newsroom; Editing by Carl Dunn",),
        ("Forty-one of the district's firms listed in 2024.",),
    ),
]


def _unread(article: Article) -> list[str]:
    """The paragraphs the extractor reads (its sentences, joined again), whitespace collapsed."""
    paragraphs: dict[int, list[str]] = {}
    for s in sentences(article.text, [*article.excluded, *article.unread]):
        paragraphs.setdefault(s.paragraph, []).append(s.text)
    return [" ".join(" ".join(p).split()) for p in paragraphs.values()]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.half}-{p.id}")
def test_pages_in_layouts_the_rules_were_not_written_from(page: Page) -> None:
    article = parse_article(page.text.encode("utf-8"), name=page.name)
    meta = article_metadata(article)
    assert (meta["title"] or "").casefold() == (page.title or "").casefold()  # a headline may be in capitals
    assert (meta["date_published"], meta["author"], meta["publisher"]) == (page.date, page.author, page.publisher)
    read = _unread(article)
    assert [f for f in page.furniture if any(" ".join(f.split()) in p for p in read)] == []
    assert [b for b in page.body if not any(" ".join(b.split()) in p for p in read)] == []


def test_header_lines_are_left_unread_but_not_excluded() -> None:
    # the headline and the byline give metadata, not facts; the masthead the body names cannot be cut out
    text = (
        "Riverside Robotics Park\nHome | News\n\nRobot park opens a third hall with 64 firms\n"
        "By Nadia Okafor | 2 February 2025\n\n" + BODY
    )
    article = parse_article(text.encode())
    assert article.excluded == ["Home | News"]
    assert article.unread == [
        "Riverside Robotics Park",
        "Robot park opens a third hall with 64 firms",
        "By Nadia Okafor | 2 February 2025",
    ]
    assert [s.text for s in sentences(text, [*article.excluded, *article.unread])][0].startswith("The Riverside")


def test_an_info_line_with_a_figure_in_prose_is_read() -> None:
    # a header line that reads as text of the article (a figure in a long segment) is not left unread
    text = (
        "Robot park opens a third hall\n"
        "Release date: 2025-02-03 | The park now hosts 64 firms, up from 41 in 2023, its office said\n\n" + BODY
    )
    article = parse_article(text.encode())
    assert article_metadata(article)["date_published"] == "2025-02-03"
    assert article.unread == ["Robot park opens a third hall"]


# --- credits, info lines, footers and headlines in layouts added later -----------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("12 May 2025 | Interview by Ana Ruiz", ("2025-05-12", "Ana Ruiz", None)),
        ("Interviewed by Tomas Grell · May 12, 2025", ("2025-05-12", "Tomas Grell", None)),
        (
            "Published 12 May 2025 · Lead authors: Ines Duarte and Kofi Mensah",
            ("2025-05-12", "Ines Duarte and Kofi Mensah", None),
        ),
        (
            "Released: 2025-05-12\nResearch team: Ines Duarte (project lead), Kofi Mensah, Sara Lind",
            ("2025-05-12", "Ines Duarte, Kofi Mensah, Sara Lind", None),
        ),
        ("Lead author: Omar Haddad (Principal Investigator) | 12 May 2025", ("2025-05-12", "Omar Haddad", None)),
        ("Text: Mei Tan  Photo: Jon Park  Editor: Lu Fen  Date: 2025-05-12", ("2025-05-12", "Mei Tan", None)),
        ("Date: 2025-05-12 | Photos by Jon Park | Writer: Ada Chen", ("2025-05-12", "Ada Chen", None)),
    ],
)
def test_interview_credits_research_teams_and_photo_credits(
    header: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    text = "Robot park opens a third hall\n\n" + header + "\n\n" + BODY
    assert _read(text)[1] == _meta("Robot park opens a third hall", *expected)


@pytest.mark.parametrize(
    ("masthead", "line", "footer"),
    [
        ("HARBOUR NEWSWIRE\nTop News | World | Tech\n\n", "Harbour Newswire | 2025-05-12 09:30:00", ""),
        ("DELTA DISPATCH\nHome · Business · Science\n\n", "12 May 2025 · Delta Dispatch", ""),
        ("", "Riverside Bulletin | 2025-05-12", "© 2025 Riverside Bulletin. All rights reserved.\n"),
    ],
)
def test_a_name_on_the_date_line_that_is_the_mastheads_is_no_author(masthead: str, line: str, footer: str) -> None:
    text = masthead + "Robot park opens a third hall\n\n" + line + "\n\n" + BODY + footer
    meta = _read(text)[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == (
        "Robot park opens a third hall",
        None,
        "2025-05-12",
    )
    assert meta["publisher"] in ("Harbour Newswire", "Delta Dispatch", "Riverside Bulletin")


@pytest.mark.parametrize(
    "headline",
    [
        "From robots to revenue: how much of the river economy do the parks really make?",
        "Will the delta's new robot halls pay for themselves before the decade is out?",
        "Sixty-four firms and counting: the robot park that nobody expected to fill so fast!",
    ],
)
def test_a_question_headline_under_a_masthead_and_menu(headline: str) -> None:
    text = (
        "DELTA POLICY FORUM\nBriefs · Papers · Data · Events\n\nBrief 2025/2 · 12 May 2025\n\n"
        + headline
        + "\n\nSummary\n"
        + BODY
    )
    article = parse_article(text.encode())
    assert article_metadata(article) == _meta(headline, "2025-05-12", None, "Delta Policy Forum")
    assert headline in article.unread
    assert _unread(article)[0].startswith("Summary") or _unread(article)[0].startswith("The Riverside")


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        (
            "About this brief\nThe brief was written by Ines Duarte, a fellow at the forum, with Kofi Mensah, "
            "a visiting scholar from the University of Lisbon. Corresponding author: Ines Duarte.\n",
            "Ines Duarte and Kofi Mensah",
        ),
        (
            "ABOUT THIS REPORT\nThis report was prepared by Sara Lind and Omar Haddad for the forum's board.\n",
            "Sara Lind and Omar Haddad",
        ),
        # a note on the report that names no writer names no author; nor does a person it only mentions
        ("About this report\nLi Wen is the forum's chair, who commissioned the report.\n", None),
    ],
)
def test_authors_from_a_note_on_the_report(note: str, authors: str | None) -> None:
    text = "Delta Policy Forum\n\nRobots and the river economy\n\nRelease date: 2025-05-12\n\n" + BODY + "\n" + note
    assert _read(text)[1]["author"] == authors


def test_address_and_contact_footers_and_other_compound_furniture() -> None:
    text = (
        "Robot park opens a third hall\n"
        "Release date: 2025-05-12\n\n" + BODY + "\n"
        "(a) Open a testing ground for delivery robots by 2026.\n"
        "(c) Let the park keep 40 percent of its land income for new halls.\n"
        "Riverside Park | 64 firms | opened 2021\n"
        "[Editor: Lu Fen]\n"
        "More videos: Inside the third hall · Robots on the river\n"
        "Photo: Engineers test a robot arm in the third hall. (Harbour Evening Post/Jon Park)\n"
        "Download the executive summary (PDF, 8 pages) | Cite this report\n"
        "Cite as: Riverside Park Office (2025), Annual Note 3.\n"
        "【Font size: L M S】【Print】【Close】\n"
        "Delta Policy Forum | 14 Canal Road | press@delta.example\n"
        "Riverside Institute · No. 12 Harbour Road, Riverside · Tel: 010-5555 1234\n"
        "(c) 2025 Riverside Park Office\n"
    )
    excluded, _ = _read(text)
    assert excluded == [
        "[Editor: Lu Fen]",
        "More videos: Inside the third hall · Robots on the river",
        "Photo: Engineers test a robot arm in the third hall. (Harbour Evening Post/Jon Park)",
        "Download the executive summary (PDF, 8 pages) | Cite this report",
        "Cite as: Riverside Park Office (2025), Annual Note 3.",
        "【Font size: L M S】【Print】【Close】",
        "Delta Policy Forum | 14 Canal Road | press@delta.example",
        "Riverside Institute · No. 12 Harbour Road, Riverside · Tel: 010-5555 1234",
        "(c) 2025 Riverside Park Office",
    ]


UNIVERSITY_NEWS = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Robot park opens a third hall{sep}Delta University News</title></head>
<body><div id="topbar"><a href="/">Delta University News</a> <span>University Home | Contact</span></div>
<div class="breadcrumbs">You are here: <a href="/">Home</a> &gt; Research</div>
<div id="container"><div id="content"><h1>Robot park opens a third hall</h1>
<div class="article-info">{info}</div>
<div class="article-body">
<p>The Riverside Robotics Park opened its third hall on Monday, bringing the number of resident firms to 64.</p>
<p>Share of spending on basic research rose to 14.2 percent of the park's budget, the managers said.</p>
<p>Next year the park plans to add a testing ground for delivery robots and a small training college.</p>
</div></div></div>
<div id="footer"><p>Copyright © 2025 Delta University News Office. All rights reserved.</p>
<p>Address: 8 Canal Road, Riverside · Tel: 010-5555 0000</p></div></body></html>"""


@pytest.mark.parametrize(
    ("sep", "info", "author"),
    [
        (
            "-",
            "<span>Source: News Office</span> <span>Text: Mei Tan</span> <span>Photo: Jon Park</span>"
            " <span>Editor: Lu Fen</span> <span>Date: 2025-05-12</span> <span>Clicks: 1,204</span>",
            "Mei Tan",
        ),
        (
            "_",
            "<span>Date: 2025-05-12</span><br><span>Writer: Ada Chen</span><br><span>Photos: Omar Haddad</span>",
            "Ada Chen",
        ),
        # an editor is no writer
        (" | ", "<span>Editor: Lu Fen</span> <span>Published: 2025-05-12</span> <span>Views: 88</span>", None),
    ],
)
def test_html_university_news_info_line(sep: str, info: str, author: str | None) -> None:
    page = UNIVERSITY_NEWS.format(sep=sep, info=info)
    article = parse_article(page.encode(), name="page.html")
    assert article_metadata(article) == _meta(
        "Robot park opens a third hall", "2025-05-12", author, "Delta University News"
    )


def test_a_byline_naming_the_blogs_own_name_keeps_its_author() -> None:
    # only a bare name on the date line is taken for the masthead's; "By" makes it a byline
    text = "LENA MARSH\nHome | Posts | About\n\nRobot park opens a third hall\n\nBy Lena Marsh | 12 May 2025\n\n" + BODY
    assert _read(text)[1]["author"] == "Lena Marsh"


@pytest.mark.parametrize(
    ("masthead", "tagline", "menu", "byline"),
    [
        (
            "Bolts & Ledgers",
            "a founder's notes on building robots by the river",
            "Home · Archive · About me",
            "Posted on May 12, 2025 by Lena Marsh | Filed under: Letters",
        ),
        (
            "RIVER ROBOTS WEEKLY",
            "one engineer's view of the delta's factories",
            "Home | Posts | Reading list | RSS",
            "Written by Lena Marsh · 12 May 2025",
        ),
        (
            "The Quiet Lab",
            "essays on money, machines and the city",
            "Home / Essays / Data / About",
            "Lena Marsh | 12 May 2025 | Filed under: Annual letters",
        ),
    ],
)
def test_a_sites_tagline_between_its_name_and_menu_is_no_headline(
    masthead: str, tagline: str, menu: str, byline: str
) -> None:
    headline = "My 2024 letter: fewer deals, bigger robots"
    text = f"{masthead}\n{tagline}\n{menu}\n\n{headline}\n\n{byline}\n\n" + BODY
    excluded, meta = _read(text)
    assert (meta["title"], meta["author"], meta["date_published"]) == (headline, "Lena Marsh", "2025-05-12")
    assert tagline in excluded and menu in excluded


@pytest.mark.parametrize(
    ("office", "crumbs", "info"),
    [
        (
            "Press Office of the Riverton Municipal Government",
            "Briefings > 2025 > Transcripts",
            "Date: 2025-05-12 | Venue: Riverton Press Center",
        ),
        (
            "DELTA DISTRICT INFORMATION OFFICE",
            "Home » News Releases » 2025 » Press Conferences",
            "Date: 12 May 2025  Location: Delta Conference Hall, Room 3",
        ),
        (
            "Harbour City Government Information Office",
            "Press Conferences › 2025 › May",
            "Time: 2025-05-12 10:00 | Place: Harbour City Media Center",
        ),
    ],
)
def test_a_press_conference_transcript_header(office: str, crumbs: str, info: str) -> None:
    headline = "Transcript: Press conference on the robot park's third hall"
    text = (
        f"{office}\nPress Conferences | Transcripts | Photos | Video\n{crumbs}\n\n{headline}\n\n{info}\n\n"
        "Wu Fang (host; spokesperson of the park's management committee): Good morning. Today we have two "
        "speakers with us from the committee and the city.\n\n"
        "Reporter (Harbour Evening Post): How many firms are in the park now?\n\n" + BODY + "\n[Print] [Close]\n"
    )
    excluded, meta = _read(text)
    publisher = office.title().replace(" Of ", " of ") if office.isupper() else office
    assert meta == _meta(headline, "2025-05-12", None, publisher)
    assert crumbs in excluded


@pytest.mark.parametrize(
    "credit",
    [
        "Source: Riverside District Media Center   Editor: Lu Fen",
        "Source: Riverton Daily | Editor: Ann Lee and Bo Chen",
        "(Source: Riverside Park Office; Editor: Mei Tan)",
    ],
)
def test_source_and_editor_credits_under_the_text(credit: str) -> None:
    text = "Robot park opens a third hall\n\nRelease date: 2025-05-12\n\n" + BODY + "\n" + credit + "\n"
    excluded, meta = _read(text)
    assert excluded == [credit]
    assert meta["publisher"] is None and meta["author"] is None


def test_a_table_source_note_with_a_year_is_not_a_credit() -> None:
    text = (
        "Robot park opens a third hall\n\nRelease date: 2025-05-12\n\n" + BODY + "\nSource: Riverside Statistics 2024\n"
    )
    assert _read(text)[0] == []


def test_a_pipe_tables_header_is_no_menu() -> None:
    text = (
        "Home | Reports | Data | About\n\n"
        "Riverside zones ranked\n\n"
        "By Nadia Okafor | 2 February 2025\n\n" + BODY + "\n"
        "Rank | Zone | Score | Previous rank\n"
        "1 | North Harbour | 88.1 | 2\n"
        "2 | Old Mill District | 80.4 | 1\n"
    )
    excluded, _ = _read(text)
    assert excluded == ["Home | Reports | Data | About"]


def test_an_html_pages_author_is_read_without_its_label() -> None:
    page = (
        "<html><head><title>Lake park opens a lab - Harbour Tech News</title></head><body><main><article>"
        "<h1>Lake park opens a lab</h1><div class='meta'><span class='author'>Reporter: Noor Aziz</span> "
        "<time datetime='2025-05-12T08:00:00+08:00'>May 12, 2025</time></div>"
        "<p>The lake park opened a materials lab on Monday with 40 researchers.</p>"
        "<p>It expects 12 companies to use the lab in 2025.</p></article></main></body></html>"
    )
    article = parse_article(page.encode(), name="a.html")
    assert (article.author, article.date) == ("Noor Aziz", "2025-05-12")


_LAB = (
    "<p>The lake park opened a materials lab on Monday with 40 researchers, the park said.</p><p>It has 300 staff.</p>"
)


@pytest.mark.parametrize(
    "page",
    [
        # the share card's labelled fields, as SEO plug-ins write them; the visible byline only a label
        "<html><head><title>Lake park opens a lab</title><meta name='twitter:label1' content='Written by'>"
        "<meta name='twitter:data1' content='Noor Aziz'></head><body><article><h1>Lake park opens a lab</h1>"
        "<span class='byline'><span class='screen-reader-text'>Author</span></span>"
        + _LAB
        + "</article></body></html>",
        # a bilingual label
        "<html><head><title>Lake park opens a lab</title></head><body><article><h1>Lake park opens a lab</h1>"
        "<ul class='byline-bi'><li>记者 Reporter：<span class='name'>Noor Aziz</span></li>"
        "<li>发布时间：2025年5月12日 08:20</li></ul>" + _LAB + "</article></body></html>",
        # credits after the text, each label with a slash, set apart by ideographic spaces
        "<html><head><title>Lake park opens a lab</title></head><body><article><h1>Lake park opens a lab</h1>"
        + _LAB
        + "<p class='credits'>Text / Noor Aziz\u3000Photos / Jia Lei\u3000Editor / Han Qiu</p></article></body></html>",
    ],
)
def test_an_html_pages_author_from_a_share_card_a_bilingual_label_or_slashed_credits(page: str) -> None:
    assert parse_article(page.encode(), name="a.html").author == "Noor Aziz"


def test_a_calendar_badge_over_the_headline_dates_the_page() -> None:
    page = (
        "<html><head><title>Lakeside University</title></head><body><div class='calendar-badge'>"
        "<div class='d'>12</div>\n<div class='m'>May</div>\n<div class='y'>2027</div></div>"
        "<div class='news-title' role='heading' aria-level='1'>Lake park opens a lab</div>"
        "<div class='news-content'>" + _LAB + "</div></body></html>"
    )
    assert parse_article(page.encode(), name="a.html").date == "2027-05-12"


@pytest.mark.parametrize("line", ["Hong Kong | Beijing Bureau", "Front Page | Sports Desk", "Contact Us | Help Desk"])
def test_a_place_or_a_menu_beside_a_desk_is_no_byline(line: str) -> None:
    text = "HARBOUR WIRE\n\nTuesday, November 11, 2025 | 15:06\n" + line + "\n\nLake park opens a lab\n\n" + BODY
    assert _read(text)[1]["author"] is None


def test_a_plain_text_byline_of_a_name_and_a_desk() -> None:
    text = (
        "HARBOUR WIRE\nHome | Markets | Technology\n\nTuesday, November 11, 2025 | 15:06\n"
        "Noor Aziz | HW Technology Desk\n\nLake park opens a lab\n\n" + BODY
    )
    meta = _read(text)[1]
    assert (meta["author"], meta["date_published"], meta["title"]) == (
        "Noor Aziz",
        "2025-11-11",
        "Lake park opens a lab",
    )


def test_a_reporters_credit_under_the_text_is_the_author_before_an_editor() -> None:
    text = (
        "Harbour Science Review\n2025-05-12 10:30:15   Editor: Mo Lan\n\n"
        "LAKE DISTRICT LAUNCHES 5-BILLION-YUAN AI FUND\n\n"
        "Lake District on Tuesday launched a 5-billion-yuan fund for artificial intelligence start-ups.\n\n"
        "(Reporter: Qi Hua)\n"
    )
    article = parse_article(text.encode(), name="a.txt")
    assert (article.author, article.date) == ("Qi Hua", "2025-05-12")
    assert "(Reporter: Qi Hua)" in article.excluded
    alone = parse_article(text.replace("(Reporter: Qi Hua)\n", "").encode(), name="a.txt")
    assert alone.author is None  # with no other name, the editor's is still no writer's


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Is this helpful for small firms? Experts disagree.", False),
        ("Was this article helpful? Yes (12) No (3)", True),
        ("Beijing > Shanghai for AI Startups Again This Year", False),  # a headline, not a breadcrumb
        ("Indexes > Beijing District Sci-Tech Finance Index", True),
        ("This page has been viewed 3,418 times", True),  # a visit counter said as a sentence
        ("The app has been downloaded 3,418 times", False),
    ],
)
def test_reactions_and_breadcrumbs_are_told_from_text_and_headlines(line: str, furniture: bool) -> None:
    assert _standalone_furniture(line, header=True) is furniture


@pytest.mark.parametrize(
    ("above", "byline"),
    [
        # a breadcrumb whose last label holds a year; a series label beside a programme's name
        (
            "Home | Reports | Data | About\nReports / Lakeside Robotics Index / 2025 results",
            "Written by Lena Marsh · 12 May 2025",
        ),
        (
            "Home | Reports | Data | About\nUrban Systems Programme · Policy Brief No. 2025-07",
            "Lena Marsh\n12 May 2025",
        ),
        # a tagline in the possessive under the site's name: "a working engineer's notes on ..."
        ("A working engineer's notes on robots, chips and money by the lake", "Lena Marsh · 12 May 2025"),
        # a byline with a photographer's credit after a slash
        ("Home | Reports | Data | About", "Written by Lena Marsh / Photographs by Tom Reyes\n12 May 2025"),
    ],
)
def test_labels_over_a_headline_and_credits_beside_a_byline(above: str, byline: str) -> None:
    headline = "Lake park's robot makers count their orders"
    text = f"HARBOUR LETTERS\n{above}\n\n{headline}\n\n{byline}\n\n" + BODY
    excluded, meta = _read(text)
    assert (meta["title"], meta["author"], meta["date_published"]) == (headline, "Lena Marsh", "2025-05-12")
    assert all(line in excluded for line in above.splitlines())


def test_an_html_pages_authors_are_named_as_its_byline_prints_them() -> None:
    page = (
        "<html><head><title>Lake park opens a lab - Harbour</title></head><body>"
        "<header><div class='brand'><a href='/'>HARBOUR</a></div></header><main><article>"
        "<h1>Lake park opens a lab</h1><p class='byline'>By Noor Aziz and Tom Reyes "
        "<span class='date'>May 12, 2025</span></p>"
        "<p>The lake park opened a materials lab on Monday with 40 researchers.</p>"
        "<p>It expects 12 companies to use the lab in 2025.</p></article></main></body></html>"
    )
    article = parse_article(page.encode(), name="a.html")
    assert article.author == "Noor Aziz and Tom Reyes"
    assert article.publisher == "Harbour"  # the logo's capitals in the case the <title> gives


def test_an_html_tables_cells_stay_apart() -> None:
    page = (
        "<html><head><title>Lake parks ranked - Harbour</title></head><body><main><article>"
        "<h1>Lake parks ranked</h1><p>The Harbour Park Index ranks the lake parks every year on 30 indicators "
        "and published its 2025 results on Monday, with the west park ahead again.</p>"
        "<table><tr><th>Park</th><th>Score</th><th>Rank</th></tr>"
        "<tr><td>West Park</td><td>91.3</td><td>1</td></tr><tr><td>East Park</td><td>84.7</td><td>2</td></tr>"
        "<tr><td>North Park</td><td>80.1</td><td>3</td></tr></table>"
        "<p>The index is compiled by the Harbour Institute and covers 12 parks in the region this year.</p>"
        "</article></main></body></html>"
    )
    article = parse_article(page.encode(), name="a.html")
    assert "West Park | 91.3 | 1" in article.text.splitlines()
    assert "Park | Score | Rank" not in article.excluded  # a table's header, not a menu


def test_a_blogging_platforms_header_and_author_box() -> None:
    text = (
        "Inkwell\nOpen in app\nSign up\nSign in\nWrite\n\n"
        "Two years of running a robot test field, in numbers\n\nLena Marsh\n\nFollow\n\n6 min read · Mar 4, 2025\n\n"
        "--\n\nListen | Share\n\n" + BODY + "\nWritten by Lena Marsh\n\n123 Followers\n\nMore from Lena Marsh\n\n"
        "Ten robot start-ups to watch\n\n1.4K claps\n"
    )
    excluded, meta = _read(text)
    assert (meta["title"], meta["author"], meta["date_published"]) == (
        "Two years of running a robot test field, in numbers",
        "Lena Marsh",
        "2025-03-04",
    )
    assert {"Open in app", "Write", "Follow", "Written by Lena Marsh", "123 Followers", "1.4K claps"} <= set(excluded)


@pytest.mark.parametrize(
    ("header", "footer", "expected"),
    [
        # a short headline over a long standfirst; an author beside a photographer's credit
        (
            "THE LAKE QUARTERLY\nIssue 31 · Winter 2024\nContents | Features | Archive\n\nFEATURES / ROBOTS\n\n"
            "The matchmakers\nThe lake city is training a new profession to carry inventions from the laboratory "
            "to the factory floor\n\nWords: Lena Marsh   Pictures: Tom Reyes\nPublished online 9 December 2024\n",
            "\nSubscribe: 4 issues a year for 240 yuan\n"
            "This article appears in the Winter 2024 print edition of The Lake Quarterly, pages 42-49.\n",
            ("The matchmakers", "Lena Marsh", "2024-12-09"),
        ),
        # a date in dots, day first
        (
            "LAKE INNOVATION REVIEW\nStart | Policy | Interviews\n\nINTERVIEW | 12.08.2024 | By Lena Marsh\n\n"
            "Our tenants need grid connections more than desks\n",
            "",
            ("Our tenants need grid connections more than desks", "Lena Marsh", "2024-08-12"),
        ),
        # the authors and the date only under the text
        (
            "LAKE INSTITUTE FOR POLICY\nResearch | Briefs | People\nWorking Paper No. 12\n\n"
            "Proof of concept: how the lake city funds its first prototypes\n",
            "\nPublished 3 March 2025\nAuthors: Lena Marsh (Senior Fellow) and Tom Reyes (Research Assistant), "
            "Lake Institute for Policy\n",
            (
                "Proof of concept: how the lake city funds its first prototypes",
                "Lena Marsh and Tom Reyes",
                "2025-03-03",
            ),
        ),
        # the reporters in a closing line
        (
            "LAKE NEWSWIRE\n\nLake city approves 61 new devices\n\nSept 12, 2024 | 16:40\n",
            "\n-- Reported by Lena Marsh and Tom Reyes; edited by Ann Lee\n",
            ("Lake city approves 61 new devices", "Lena Marsh and Tom Reyes", "2024-09-12"),
        ),
        # "Staff reporters" over the text, the date only in a closing "Filed" line with its time zone
        (
            "LAKE BUSINESS HERALD · Markets · Technology · Opinion\nLake firms raise more as listings pick up\n\n"
            "Staff reporters Lena Marsh and Tom Reyes\n",
            "\nSource: Lake Business Herald\nFiled 14 November 2024, 18:40 Beijing time\n",
            ("Lake firms raise more as listings pick up", "Lena Marsh and Tom Reyes", "2024-11-14"),
        ),
        # a blog's name in title case with "from", its slogan and menu over the post's headline
        (
            "Notes from the Lake\nEngineering, money and the long road from lab bench to product\n"
            "Home | Archive | About | Subscribe\n\nWhat I learned backing instrument makers\n"
            "Posted on 3 March 2025 by Lena Marsh | Filed under: Hardware, Investing\n",
            "",
            ("What I learned backing instrument makers", "Lena Marsh", "2025-03-03"),
        ),
        # a breadcrumb labelled "Your location:" is no headline
        (
            "Lake City Science Commission\nHome | About Us | News Center\nYour location: Home > News Center > "
            "Work Updates\n\nMain Achievements of the Lake City's Science Work in 2024\n\nRelease date: 2025-01-22\n",
            "",
            ("Main Achievements of the Lake City's Science Work in 2024", None, "2025-01-22"),
        ),
    ],
)
def test_metadata_in_less_usual_places(header: str, footer: str, expected: tuple[str, str, str]) -> None:
    excluded, meta = _read(f"{header}\n{BODY}{footer}")
    assert (meta["title"], meta["author"], meta["date_published"]) == expected
    assert all(line in excluded for line in footer.strip().splitlines() if line.startswith(("Subscribe", "This")))


def test_a_sites_credits_a_desk_and_dated_teasers_are_no_facts() -> None:
    text = (
        "CAMPUS & CAPITAL\nRankings | Data | Universities\n\nWhich lake universities turn research into companies?\n\n"
        "By the Data Desk\n\n" + BODY + "\nRelated links:\n"
        "1. Lake city holds 2023 Talent Week, 38 teams settle in science city (2023-06-20)\n"
        "2. District issues 10 measures for young scientists, with subsidies of up to 500,000 yuan (2024-03-11)\n\n"
        "Sponsor: Lake District Government | Organizer: Lake District Information Center | Tel: 010-6964 2210\n\n"
        "Figure 1: Spin-offs by university, 2019-2023\n"
    )
    excluded, meta = _read(text)
    assert (meta["author"], meta["publisher"]) == (None, "Campus & Capital")  # a desk is neither
    assert {
        "1. Lake city holds 2023 Talent Week, 38 teams settle in science city (2023-06-20)",
        "Sponsor: Lake District Government | Organizer: Lake District Information Center | Tel: 010-6964 2210",
        "Figure 1: Spin-offs by university, 2019-2023",
    } <= set(excluded)


@pytest.mark.parametrize(
    "line",
    [
        "Published 12 January 2024, it is the third edition of the survey and covers 40 parks.",
        "Sponsors: Huawei and Baidu each put 500 million yuan into the cluster's fund in 2023.",
        "Figure 1: Monthly output at the lake fab rose to 30,000 wafers in March, from 18,000 a year earlier.",
        "Subscribe: the district's newsletter lists 40 new grants a month.",
        "This article appears in the district's annual report alongside 12 case studies.",
    ],
)
def test_body_sentences_shaped_like_furniture_or_metadata_stay(line: str) -> None:
    excluded, meta = _read(f"LAKE NEWS\n\nLake park opens a lab\n\nMay 12, 2025 | By Lena Marsh\n\n{BODY}\n{line}\n")
    assert line not in excluded
    assert meta["date_published"] == "2025-05-12"


def test_a_desks_byline_is_no_headline() -> None:
    article = parse_article(
        b"Rankings roundup\n\nBy the Data Desk\n\nBeijing ranked first in the index this year, ahead of Shanghai, "
        b"the report said on Monday.\n\nIt has 40 labs.\n",
        name="a.txt",
    )
    assert (article.title, article.author, article.publisher) == ("Rankings roundup", None, None)


def test_a_page_credits_its_reporter_under_the_text_and_names_its_site_last_in_the_title() -> None:
    page = (
        "<html><head><title>Lake hydrogen park adds companies_Districts_Lake Innovation Net</title></head><body>"
        '<div id="logo"><img src="/logo.png" alt="Lake Innovation Net"> <span class="slogan">Tracking the lake '
        "city's innovation economy</span></div>"
        '<div id="content"><h2 class="title">Lake hydrogen park adds companies and trucks</h2>'
        '<div class="info"><span class="pubdate">08 Oct 2024</span></div>'
        f"<p>{BODY.replace(chr(10), ' ')}</p>"
        '<div class="editor">Reporter: Lena Marsh</div></div>'
        '<div class="editor">Editor: Ann Lee</div></body></html>'
    )
    _, meta = _read(page, name="a.html")
    assert (meta["author"], meta["publisher"]) == ("Lena Marsh", "Lake Innovation Net")


def test_a_headline_in_a_titled_div_a_three_part_title_and_credits_in_brackets() -> None:
    page = (
        "<html><head><title>Lake tech cluster doubles revenue - Districts - Lake Tech Portal</title></head><body>"
        '<div class="nav"><a href="/">Home</a></div><div class="main">'
        '<div class="article-title">Lake Park\'s tech cluster more than doubles first-half revenue</div>'
        '<p class="meta">Source: Lake Tech Portal | 2024-09-12 10:30</p>'
        f"<p>{BODY.replace(chr(10), ' ')}</p>"
        '<p class="author">(Editor: Ann Lee  Reporter: Lena Marsh)</p></div></body></html>'
    )
    _, meta = _read(page, name="a.html")
    assert (meta["title"], meta["author"], meta["publisher"]) == (
        "Lake Park's tech cluster more than doubles first-half revenue",
        "Lena Marsh",
        "Lake Tech Portal",
    )


def test_an_articles_own_header_gives_all_its_authors() -> None:
    page = (
        "<html><head><title>Notes</title></head><body><header><nav><a href='/'>Home</a></nav></header><article>"
        "<header><h1>Five years on: how the lake city's start-ups fared</h1>"
        '<p class="byline">By <a rel="author" href="/a">Lena Marsh</a> and <a rel="author" href="/b">Tom Reyes</a> '
        '<time datetime="2024-11-05">5 November 2024</time></p></header>'
        f"<p>{BODY.replace(chr(10), ' ')}</p></article></body></html>"
    )
    _, meta = _read(page, name="a.html")
    assert (meta["author"], meta["date_published"]) == ("Lena Marsh and Tom Reyes", "2024-11-05")


def test_a_mastheads_city_is_no_part_of_the_publisher() -> None:
    text = (
        "Lakeside District People's Government, Beijing\nHome | Government Affairs | Services\n\n"
        "Lakeside's technology sector grows in first half\n\nRelease date: 2024-07-22 16:05\n\n" + BODY
    )
    _, meta = _read(text)
    assert meta["publisher"] == "Lakeside District People's Government"


@pytest.mark.parametrize(
    "line",
    [
        "Related file: Lake City Science and Technology Work Plan for 2025 (PDF, 1.2 MB)",
        "Related documents: Implementation Rules",
        "Downloads: Annual report 2024",
    ],
)
def test_a_related_file_line_is_furniture(line: str) -> None:
    excluded, _ = _read(f"Lake City grows\n\nRelease date: 2025-01-22\n\n{BODY}\n{line}\n")
    assert line in excluded


@pytest.mark.parametrize(
    "line",
    [
        "Attachment: Measures of Exampleville District for Building the Riverside Science and Technology "
        "Innovation Corridor (2025-2027).pdf (1.2 MB)",
        "Full report (PDF, 96 pages) | Methodology | Download data (XLSX) | Press contact: media@example.org",
    ],
)
def test_an_attached_file_and_a_reports_file_links_are_furniture_however_long(line: str) -> None:
    raw = f"Riverside plan out\n\nExampleville issued its plan on Monday.\n\n{line}\n"
    article = parse_article(raw.encode("utf-8"))
    assert line in article.excluded


def test_a_series_line_above_the_headline_and_authors_listed_in_markup_or_with_a_role() -> None:
    raw = (
        "EXAMPLE INSTITUTE FOR SCIENCE POLICY\nHome | Research | Briefs | About us\n\n"
        "Regional Innovation Brief 2025/04\n\n"
        "Who pays for research in the districts? Spending per resident in 2024\n\n"
        "Cheng Ruolan | 26 June 2025\n\nExampleville spends more on research per resident than its neighbours.\n"
    )
    meta = text_metadata(parse_article(raw.encode("utf-8")).text)
    assert meta["title"] == "Who pays for research in the districts? Spending per resident in 2024"
    page = (
        '<html><head><title>League out | Campus News</title><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "League out", '
        '"author": [{"@type": "Person", "name": "Xie Qinglan"}, '
        '{"@type": "Person", "name": "Ethan Moore"}]}</script></head><body><article><h1>League out</h1>'
        "<p>By Tan Ziyue, Rankings Editor</p><p>The Example League ranks 34 universities in the city on how "
        "much they earn from licensing their patents, and it was published on Monday.</p></article></body></html>"
    )
    unsigned = page.replace("<p>By Tan Ziyue, Rankings Editor</p>", "")
    assert parse_article(unsigned.encode("utf-8"), name="a.html").author == "Xie Qinglan and Ethan Moore"
    byline = page.replace('"author": [{"@type": "Person", "name": "Xie Qinglan"}, ', "").replace(
        '{"@type": "Person", "name": "Ethan Moore"}]', '"x": 1'
    )
    assert parse_article(byline.encode("utf-8"), name="a.html").author == "Tan Ziyue"


def test_a_standfirst_sentence_over_the_byline_and_date_lines() -> None:
    text = (
        "EXAMPLE WEEKLY\nFeatures | Science | Cities\n\nWhere robots are built like cars\n\n"
        "On one street in Exampleville, an industry that barely existed six years ago now employs thousands.\n\n"
        "By Ada Example\nPublished online 22 May 2025 · From the June 2025 print issue\n\n"
        "The building at the end of the street still has the paint of its former tenant. It hires 40 people.\n"
    )
    meta = text_metadata(text)
    assert (meta["title"], meta["author"], meta["date_published"]) == (
        "Where robots are built like cars",
        "Ada Example",
        "2025-05-22",
    )
    excluded, unread = unread_lines(text)
    assert not [line for line in excluded + unread if line.startswith("On one street")]  # its facts are read


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Questions by Ada Example", "Ada Example"),
        ("Prepared by Ada Example and Bo Sample", "Ada Example and Bo Sample"),
        ("Ada Example · 6 comments", "Ada Example"),
        ("Ada Example · 7 min read", "Ada Example"),
    ],
)
def test_bylines_of_a_report_an_interview_and_a_blog(byline: str, author: str) -> None:
    text = f"Labs open in Exampleville\n\nThursday 5 December 2024\n{byline}\n\nThe city opened 12 labs in 2024.\n"
    meta = text_metadata(text)
    assert (meta["title"], meta["author"], meta["date_published"]) == (
        "Labs open in Exampleville",
        author,
        "2024-12-05",
    )


def test_a_blogs_tagline_above_a_menu_and_a_briefs_series_line_are_no_titles() -> None:
    blog = (
        "BENCH NOTES\nRunning a shared lab in the south of Exampleville, one invoice at a time\n\n"
        "Home · Archive · About · Subscribe (RSS)\n\nSunday, February 9, 2025\n"
        "What happened to lab space?\nAda Example · 6 comments\n\nTwo years ago there were eleven labs in the base.\n"
    )
    assert text_metadata(blog)["title"] == "What happened to lab space?"
    brief = (
        "EXAMPLE FORUM\nHome | Publications | Contact\n\nPolicy Brief No. 17 (2024)\n\n"
        "Thin on the ground: how researchers are spread\n\nAda Example and Bo Sample\n18 September 2024\n\n"
        "Exampleville counts more researchers than any other city in the region, and most sit in one district.\n"
    )
    assert text_metadata(brief)["title"] == "Thin on the ground: how researchers are spread"


def test_more_interviews_heads_teasers() -> None:
    text = (
        "Labs open\n\nExampleville opened 12 labs in 2024, the city said.\n\n"
        "More interviews\nThe lab that books 3,000 hours of beam time a year\nWhy parks need 40 more landlords\n"
    )
    assert furniture_lines(text)[-3:] == [
        "More interviews",
        "The lab that books 3,000 hours of beam time a year",
        "Why parks need 40 more landlords",
    ]


@pytest.mark.parametrize(
    ("text", "teaser"),
    [
        (  # a body line that opens with "Related <word>:" is no teaser
            "Labs open\n\nThe city opened 12 labs in 2024.\n"
            "Related spending: 2.1 billion yuan went to new labs in 2024.\n"
            "Related policy briefs: Labs in Haidian · Parks in Daxing\n",
            "Related policy briefs: Labs in Haidian · Parks in Daxing",
        ),
        (  # nor is a "Related research:" line that is a sentence with a figure and no list
            "Labs open\n\nMarch 3, 2025\n\nThe city opened 12 labs in Exampleville in 2024, officials said on Monday.\n"
            "Related research: 40 percent of the labs opened in North District in 2024.\n"
            "Related research: Labs in Haidian · Parks in Daxing\n",
            "Related research: Labs in Haidian · Parks in Daxing",
        ),
    ],
)
def test_a_related_line_is_a_teaser_only_when_it_lists_pages(text: str, teaser: str) -> None:
    assert furniture_lines(text) == [teaser]


def test_a_section_kicker_in_capitals_over_the_headline_and_authors_under_it() -> None:
    text = (
        "EXAMPLE REVIEW\nHome | Interviews | Data\n\nTHE FOUNDER'S CHAIR\n\n"
        '"We sell robots, not software": a founder on the park\n\nJune 2, 2026 | Interview by Dai Ruoxi\n\n' + BODY
    )
    excluded, meta = _read(text)
    assert meta["title"] == '"We sell robots, not software": a founder on the park'
    assert "THE FOUNDER'S CHAIR" in excluded
    brief = (
        "EXAMPLE INSTITUTE\nResearch | Briefs | About\n\nPolicy Brief No. 14 | 10 March 2026\n\n"
        "Beyond the old district: firms are spreading out\n\nLin Qiaoyun and Marcus Feld\n\n" + BODY
    )
    assert _read(brief)[1]["author"] == "Lin Qiaoyun and Marcus Feld"  # as printed, under the headline
    index = (
        "Example Research Center\nPublications > Indexes\n\nEXAMPLE ZONE INDEX 2024\n"
        "Results for the city's parks and zones\n\nIssued: 18 June 2024\n\n" + BODY
    )
    assert _read(index)[1]["title"] == "EXAMPLE ZONE INDEX 2024"  # a title in capitals over its subtitle


def test_a_byline_as_a_definition_list_under_a_standfirst() -> None:
    page = (
        "<html><body><header><p>EXAMPLE OBSERVER</p></header><main>"
        "<h1>Robot park opens a third hall with room for 40 firms</h1>"
        "<p class='standfirst'>The park wants more start-ups, and a test track.</p>"
        "<dl><dt>Written by</dt><dd>Hu Jiayi</dd><dt>Published</dt><dd>13 March 2026, 16:20</dd></dl>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + "</main></body></html>"
    )
    _, meta = _read(page, name="page.html")
    assert (meta["author"], meta["date_published"]) == ("Hu Jiayi", "2026-03-13")


@pytest.mark.parametrize(
    ("text", "name", "title", "author"),
    [
        (  # a headline in capitals over its standfirst is the headline, not a section's label
            "Example Observer\n\nROBOT PARK OPENS THIRD HALL\n\nThe park wants more start-ups, and a test track.\n\n"
            "March 3, 2026\n\n" + BODY,
            "a.txt",
            "ROBOT PARK OPENS THIRD HALL",
            None,
        ),
        (  # tags under the headline are no byline
            "Example Observer\n\nMarch 3, 2026\n\nRobot park opens a third hall\n\n"
            "Humanoid Robots, Smart Manufacturing\n\n" + BODY,
            "a.txt",
            "Robot park opens a third hall",
            None,
        ),
        (  # an editor's credit after a one-paragraph brief is no author
            "<html><body><h1>Robot park opens a third hall</h1><p>BEIJING, March 3 (Xinhua) -- The Riverside "
            "Robotics Park opened its third hall on Monday, bringing the number of resident firms to 64.</p>"
            "<p>Editor: Zhang Long</p></body></html>",
            "page.html",
            "Robot park opens a third hall",
            None,
        ),
    ],
)
def test_headlines_and_bylines_the_new_header_rules_leave_alone(
    text: str, name: str, title: str, author: str | None
) -> None:
    _, meta = _read(text, name=name)
    assert (meta["title"], meta["author"]) == (title, author)


def test_sentences_that_open_like_teasers_or_newsletter_calls_stay_text() -> None:
    kept = [
        "Related studies: earlier work by Tsinghua University found that such clusters fade outside Haidian.",
        "Thanks for reading the plan so closely, Li told the committee on Monday.",
    ]
    excluded, _ = _read("Robot park opens a third hall\n\n" + BODY + "\n" + "\n\n".join(kept) + "\n")
    assert not set(kept) & set(excluded)


@pytest.mark.parametrize(
    "line",
    [
        "Listen to this article · 4 min",  # an audio player
        "Listen to the audio version (38 min)",
        "Tuesday, October 14, 2025, 18:20 Beijing time",  # a date line
        "Brief 2025/04 · Start-ups and Districts",  # a series' number and topic
        "League tables > Riverside University Innovation League Table",  # a breadcrumb of long labels
        "Indexes > Riverside City AI Capacity Index > 2025 results",
    ],
)
def test_lines_over_the_headline_that_are_no_title(line: str) -> None:
    text = (
        "RIVERSIDE OBSERVER\nHome | News | Data\n"
        + line
        + "\n\nRobot park opens a third hall\n\n12 May 2025\n\n"
        + BODY
    )
    assert _read(text)[1]["title"] == "Robot park opens a third hall"


def test_a_series_line_keeps_the_date_beside_it() -> None:
    text = "DELTA FORUM\nBriefs · Data\n\nBrief 2025/2 · 12 May 2025\n\nRobot park opens a third hall\n\n" + BODY
    assert _read(text)[1]["date_published"] == "2025-05-12"


def test_a_footnote_citing_a_source_and_a_year_is_furniture() -> None:
    cited = "[1] Riverside Education Commission, university statistics for 2024, released in February."
    excluded, _ = _read("Robot park opens a third hall\n\n" + BODY + "\nFootnotes\n\n" + cited + "\n")
    assert cited in excluded
    prose = "[2] In 2024, the park had 300 firms in 2023 terms."
    assert prose not in _read("Robot park opens a third hall\n\n" + BODY + "\n" + prose + "\n")[0]


def test_a_story_credit_at_the_foot_of_a_page() -> None:
    page = (
        "<html><body><main><h1>Robot park opens a third hall</h1>"
        '<span class="ts" data-ts="2025-06-05T08:15:00+08:00">3 days ago</span>'
        "<div>" + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</div>"
        "<footer><p>Story: Kang Yuting</p><p>Filed under: Parks</p></footer></main></body></html>"
    )
    assert _read(page, "a.html")[1]["author"] == "Kang Yuting"


def test_a_newsletter_issue_s_title_and_its_readers_questions() -> None:
    text = (
        "THE RIVER LEDGER\nNumbers on the delta's robot parks, most Tuesdays\n\n"
        "Issue 31 — The robot crunch\nThree parks, three ways of paying. Which one reaches the start-ups?\n\n"
        "Wen Kexin\nMar 11, 2025 · Free issue\n\n" + BODY + "\nREADER Q&A\n"
        "Q (Tony L.): Does the 1.2 billion include the 300 million for robots?\nA: No, that is separate.\n"
    )
    excluded, meta = _read(text)
    assert meta["title"] == "Issue 31 — The robot crunch"
    assert {"READER Q&A", "A: No, that is separate."} <= set(excluded)


def test_a_markdown_table_s_header_is_no_menu() -> None:
    table = "| Park | Overall | Innovation | Industry |"
    text = "Robot park index 2025\n\n" + BODY + "\n" + table + "\n|---|---|---|---|\n| North Park | 1 | 2 | 1 |\n"
    assert table not in _read(text)[0]


def test_a_text_credit_with_a_slash_and_a_badge_that_is_no_site() -> None:
    page = (
        '<html><body><h1 class="rich_media_title">Robot park opens a third hall</h1><div id="meta_content">'
        '<span id="copyright_logo" class="meta_original_tag">Original</span>'
        '<span class="rich_media_meta_text">Text/Zhou Lan</span>'
        '<em id="publish_time">2025-04-02 18:30</em></div><div id="js_content">'
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + "</div></body></html>"
    )
    meta = _read(page, "a.html")[1]
    assert (meta["author"], meta["publisher"]) == ("Zhou Lan", None)


def test_what_the_new_reading_rules_leave_alone() -> None:
    menu = "| Home | News | Data | Rankings |"
    assert menu in _read("RIVERSIDE OBSERVER\n" + menu + "\n\nRobot park opens a third hall\n\n" + BODY)[0]
    finding = "[1] Riverside District, home to 37 universities, raised R&D spending to 6.2 percent of GDP in 2024."
    assert finding not in _read("Robot park opens a third hall\n\n" + BODY + "\n" + finding + "\n")[0]
    explainer = "Your questions\nQ: Who can apply?\nA: Firms in the park. Some 1,200 firms applied in 2024.\n"
    assert (
        "A: Firms in the park. Some 1,200 firms applied in 2024."
        not in _read("Robot park opens a third hall\n\n" + BODY + "\n" + explainer)[0]
    )
    page = (
        "<html><body><article><h1>Robot park opens a third hall</h1><p>By Ann Lee</p>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + "</article><aside><h3>Read more</h3><p>Story: Riverside Robot Makers</p></aside></body></html>"
    )
    assert _read(page, "a.html")[1]["author"] == "Ann Lee"


def test_a_day_first_dashed_date_and_a_byline_of_name_and_beat() -> None:
    text = (
        "EXAMPLE NEWS AGENCY\n28-10-2025 07:55 (GMT+08:00)\n\nRobot park opens a third hall\n\n"
        "Lü Kexin, Health and Science Correspondent\n\n" + BODY
    )
    meta = _read(text)[1]
    assert (meta["title"], meta["date_published"], meta["author"]) == (
        "Robot park opens a third hall",
        "2025-10-28",
        "Lü Kexin",
    )


def test_a_news_feed_s_routing_fields_are_no_headline() -> None:
    text = (
        "EXAMPLE NEWSWIRE\nSLUG: CHINA-RIVERSIDE/ROBOTS (UPDATE 1)\nPRIORITY: ROUTINE | WORDS: 470\n"
        "16 December 2025 10:42 GMT+8\n\nRobot park opens a third hall\n\nBy Wen Kexin\n\n" + BODY
    )
    excluded, meta = _read(text)
    assert meta["title"] == "Robot park opens a third hall"
    assert "PRIORITY: ROUTINE | WORDS: 470" in excluded


def test_a_page_s_release_date_beats_its_date_of_writing() -> None:
    page = (
        '<html><body><table class="meta"><tr><td>Issuing body:</td><td>Riverside Bureau</td>'
        "<td>Date of writing:</td><td>2026-03-12</td></tr><tr><td>Document No.:</td><td>R [2026] 7</td>"
        "<td>Release date:</td><td>2026-03-18</td></tr></table><h1>Robot park opens a third hall</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + "</body></html>"
    )
    assert _read(page, "a.html")[1]["date_published"] == "2026-03-18"


def test_posted_by_a_name_then_a_weekday_and_date() -> None:
    text = (
        "Robot Notes\nHome · Archive · About\n\nRobot park opens a third hall\n\n"
        "Posted by Wen Kexin · Sunday, 14 September 2025 · Filed in: Robots, Parks\n\n" + BODY
    )
    meta = _read(text)[1]
    assert (meta["title"], meta["date_published"], meta["author"]) == (
        "Robot park opens a third hall",
        "2025-09-14",
        "Wen Kexin",
    )


def test_an_all_caps_headline_after_a_place_is_no_feed_field_and_long_field_lines_read_at_once(
    time_limit: None,
) -> None:
    text = "EXAMPLE NEWS\n16 December 2025\n\nRIVERSIDE: ROBOT PARK OPENS THIRD HALL\n\n" + BODY
    assert _read(text)[1]["title"] == "RIVERSIDE: ROBOT PARK OPENS THIRD HALL"
    started = time.perf_counter()
    _read("HAIDIAN: 120 | " * 200 + "see notes\n\n" + BODY)
    assert time.perf_counter() - started < 2


def test_a_labelled_time_in_a_page_s_body_is_not_its_publication_date() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-03-04"}'
        "</script></head><body><h1>Robot park opens a third hall</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + "<p>Released: 2025-05-18 09:00</p></body></html>"
    )
    assert _read(page, "a.html")[1]["date_published"] == "2025-03-04"


def test_a_name_and_an_article_before_a_role_is_no_byline() -> None:
    text = "Robot park opens a third hall\n\nWang Tao, a former reporter\n\n" + BODY
    assert _read(text)[1]["author"] is None


def test_a_news_feed_s_labelled_headline_byline_and_filing_time() -> None:
    text = (
        "EXAMPLE PRESS AGENCY | ENGLISH SERVICE\n=====================\nSTORY NO.: EPA-EN-0418\n"
        "SECTION: Economy / Science & Technology\nHEADLINE: Robot park opens a third hall\n"
        "BYLINE: Wen Kexin and Rao Lin\nFILED: 2026-03-05 16:20 (Beijing time)\n=====================\n\n" + BODY
    )
    excluded, meta = _read(text)
    assert (meta["title"], meta["date_published"], meta["author"]) == (
        "Robot park opens a third hall",
        "2026-03-05",
        "Wen Kexin and Rao Lin",
    )
    assert {"SECTION: Economy / Science & Technology", "====================="} <= set(excluded)


def test_a_release_s_number_and_subject_lines_are_no_headline() -> None:
    text = (
        "RIVERSIDE COURT\n\nPress Release [2026] No. 6\nReleased: 21 April 2026, 10:00\n"
        "Subject: Technical trials in 2025 and six measures for 2026\n\nRobot park court sets out six measures\n\n"
        + BODY
    )
    meta = _read(text)[1]
    assert (meta["title"], meta["date_published"]) == ("Robot park court sets out six measures", "2026-04-21")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Published on Wednesday, June 3rd, 2026 by Tomás Herrera in Campus life", "Tomás Herrera"),
        ("Reported and written by Ou Yangfan · Photographs by Jin Sha", "Ou Yangfan"),
        ("Published 27 January 2026 · Index Unit · 6 min read", None),  # a desk, no author
        ("Report: Mei Jiahui, with additional reporting by Tobias Renner", "Mei Jiahui"),
    ],
)
def test_bylines_with_a_section_a_photographer_or_a_desk(line: str, author: str | None) -> None:
    assert _read("Robot park opens a third hall\n\n" + line + "\n\n" + BODY)[1]["author"] == author


def test_authors_named_in_an_about_note_are_listed_as_a_byline_lists_them() -> None:
    text = (
        "Robot park opens a third hall\n\nMarch 4, 2026\n\n" + BODY + "\nAbout the authors\n\n"
        "Bai Lingxiao directs the robotics programme at the Riverside Institute. Hu Zhengyang is a research "
        "fellow at the institute.\n"
    )
    assert _read(text)[1]["author"] == "Bai Lingxiao and Hu Zhengyang"


def test_a_credit_line_of_several_roles_names_its_writer_and_a_date_stamped_below_the_text() -> None:
    page = (
        "<html><body><h1>Robot park opens a third hall</h1>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + '<p class="art-credit">Submitted by: Office of Science and Technology Development\u3000Writer: Gao Ruoyu'
        "\u3000Proofreader: Ji Lan\u3000Approved by: Shen Wei</p>"
        '<p class="pubstamp">First published on Wed 15 Apr 2026 09.10 CST</p></body></html>'
    )
    meta = _read(page, "a.html")[1]
    assert (meta["author"], meta["date_published"]) == ("Gao Ruoyu", "2026-04-15")


def test_a_feed_s_fields_in_mixed_case_and_a_site_in_lower_case_over_a_menu_in_brackets() -> None:
    feed = (
        "EXAMPLE WIRE SERVICE\nDesk: Economy & Technology    Ref: EWS-ET-0512-031    Length: 590 words\n"
        "Desk: Robots  ·  Item 2026-0618-112  ·  Photos available: 2\n\nRobot park opens a third hall\n\n" + BODY
    )
    assert _read(feed)[1]["title"] == "Robot park opens a third hall"
    blog = (
        "commit --amend\na maintainer's notebook\n[ posts ]  [ talks ]  [ about ]  [ feed.xml ]\n\n"
        "Who pays for the robot park?\n2026-08-02 · 6 min · Wen Kexin\n\n" + BODY
    )
    assert _read(blog)[1]["title"] == "Who pays for the robot park?"
    assert _read("Robot park opens a third hall\n\nWords: Alma Reyes\n\n" + BODY)[1]["author"] == "Alma Reyes"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the feed's byline with its own "By", a dateline and a length field
            "EXAMPLE WIRE\nBYLINE: By Wen Kexin\nDATELINE: BEIJING\nLENGTH: 470 WORDS\n\n"
            "Robot park opens a third hall\n\n" + BODY,
            ("Robot park opens a third hall", "Wen Kexin", "Example Wire"),
        ),
        (  # a dateline's "BEIJING" keeps no masthead word in capitals
            "BEIJING REVIEW\n16 December 2025\n\nRobot park opens a third hall\n\nBEIJING, Dec 16 (Xinhua) -- " + BODY,
            ("Robot park opens a third hall", None, "Beijing Review"),
        ),
    ],
)
def test_what_the_new_header_rules_leave_alone(text: str, want: tuple[str | None, ...]) -> None:
    meta = _read(text)[1]
    assert (meta["title"], meta["author"], meta["publisher"]) == want


def test_a_filed_patent_in_the_text_is_no_publication_date_and_a_long_subject_line_is_text() -> None:
    page = (
        "<html><body><h1>Robot park opens a third hall</h1><p>Filed on 12 May 2021, the patent covers a gripper.</p>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + "</body></html>"
    )
    assert _read(page, "a.html")[1]["date_published"] is None
    line = "Subject: the park's budget for the hall, which cost 40 million yuan, was approved in March."
    assert line not in _read("Robot park opens a third hall\n\nMarch 4, 2026\n\n" + BODY + "\n" + line + "\n")[0]


def test_a_date_shown_under_the_headline_beats_an_update_time_only_the_markup_has() -> None:
    page = (
        '<html><head><title>Storage start-ups</title><meta property="og:updated_time" '
        'content="2026-03-04T08:20:00+08:00"></head><body><main><article>'
        '<h1 class="article__title">Storage start-ups raised 6.3 billion yuan</h1>'
        '<p><span itemprop="author">Ke Ming</span> <span class="article__published">Published 3 Mar 2026</span></p>'
        "<p>Beijing's energy storage start-ups raised 6.3 billion yuan in 2025, the most since the sector began "
        "to attract investors. Grid software companies took the largest share of the money.</p>"
        "<p>Investors expect more rounds this year as provinces add storage to their grids.</p>"
        "</article></main></body></html>"
    )
    article = parse_article(page.encode(), name="page.html")
    assert (article.date, article.author) == ("2026-03-03", "Ke Ming")


def test_a_blog_under_a_lower_case_name_and_tagline_with_an_unusual_byline() -> None:
    text = (
        "ticks & tocks\nnotes from a clock engineer in the city of Riverside\n[home]  [all posts]  [about me]\n\n"
        "Forty-three clock makers and counting\nscribbled by Ren Zhiyuan · 3rd of March '27 · filed under clocks\n\n"
        + BODY
    )
    meta = _read(text)[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == (
        "Forty-three clock makers and counting",
        "Ren Zhiyuan",
        "2027-03-03",
    )


def test_a_reporter_and_where_she_reported_in_one_byline() -> None:
    text = "A market of the few\n\nReported by Sun Meiqi in Haidian and Changping — Saturday 27 March 2027\n\n" + BODY
    meta = _read(text)[1]
    assert (meta["author"], meta["date_published"]) == ("Sun Meiqi", "2027-03-27")


def test_a_page_dated_only_in_its_breadcrumb_and_credited_only_under_its_photo() -> None:
    page = (
        "<html><head><title>Clocks | Riverside Daily</title></head><body>"
        '<nav class="trail"><a href="/">Home</a> › <a href="/industry">Industry</a> › <span>12.04.2027</span></nav>'
        '<p role="heading">Robot park opens a third hall</p><figure><img src="a.jpg">'
        "<figcaption>The new hall. Photo and text: Xu Lanting</figcaption></figure>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + "</body></html>"
    )
    meta = _read(page, "a.html")[1]
    assert (meta["date_published"], meta["author"]) == ("2027-04-12", "Xu Lanting")
    updated = page.replace("<span>12.04.2027</span>", "<span>Updated 12.04.2027</span>")
    assert _read(updated, "a.html")[1]["date_published"] is None  # an update's date is no publication's


@pytest.mark.parametrize(
    "line",
    [
        "Also on Riverside Daily: the e-scooter league, where Paris is No. 1 again",
        "Also from the Institute: Robotic surgery tracker 2026 | Talent survey: 12,000 respondents",
        "PDF (12 pages, 1.4 MB) | Share | Print",
        "Download the full index (PDF, 84 pages) · Methodology · Press kit",
    ],
)
def test_teasers_of_the_site_and_files_to_download_are_furniture(line: str) -> None:
    text = (
        "Labs open\n\nMarch 3, 2025\n\nThe city opened 12 labs in Exampleville in 2024, officials said.\n" + line + "\n"
    )
    assert furniture_lines(text) == [line]
    # a sentence of the text that names a PDF report is no download link, nor is "Also at stake: ..." a teaser
    said = "Labs open\n\nMarch 3, 2025\n\nThe PDF report of 84 pages says the city opened 12 labs in 2024.\n"
    assert furniture_lines(said) == []
    for also in ("Also at stake: the city's funding for 12 new labs.", "Also on the agenda: a fund of 5 billion yuan."):
        assert furniture_lines(said + also + "\n") == []


@pytest.mark.parametrize(
    "heading", ["Hot news", "Also in Industry", "Elsewhere this week", "More rankings", "Trending"]
)
def test_headlines_under_a_teaser_heading_are_furniture(heading: str) -> None:
    text = (
        "Haidian raised 31.6 billion yuan in 2024, the district said.\n\n"
        f"{heading}\n1 Zhongguancun forum signs 96 cooperation deals\nWhy helium prices fell 30% in 2026\n"
    )
    assert furniture_lines(text) == [
        heading,
        "1 Zhongguancun forum signs 96 cooperation deals",
        "Why helium prices fell 30% in 2026",
    ]


@pytest.mark.parametrize(
    "line", ["By Qiao Nanxi Updated 2h ago 38 comments", "By Qiao Nanxi 38 comments", "By Qiao Nanxi 5 min read"]
)
def test_a_byline_with_no_separator_before_its_counts_names_its_author(line: str) -> None:
    text = f"Chaoyang courts foreign labs\n{line}\n\nChaoyang District counted 14 new R&D centers in 2024.\n"
    assert text_metadata(text)["author"] == "Qiao Nanxi"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (  # a blog's name in lower case, a menu between tildes, "NAME writes" and a date in words
            "the pipette diaries\na chemist's notes\n~ home ~ archive ~ about ~\n\n"
            "How many chemists does Exampleville rent out?\n\n"
            "Gu Yanmei writes · Wednesday, the ninth of June, 2027 · tags: CRO\n\n",
            ("How many chemists does Exampleville rent out?", "Gu Yanmei", "2027-06-09"),
        ),
        (  # a wire byline running into its dateline
            "DISPATCH · WIRE\n\nStations pass 70\n\n"
            "By Qu Haoran, BEIJING, April 8, 2027 (Jinghua Dispatch) - Exampleville had 74 stations.\n\n",
            ("Stations pass 70", "Qu Haoran", "2027-04-08"),
        ),
        (  # a desk compiled it, a person wrote the analysis
            "LEDGER\n\nCity climbs to second\n\n"
            "15 June 2027 | Compiled by the rankings desk; analysis by Shi Wenyuan\n\n",
            ("City climbs to second", "Shi Wenyuan", "2027-06-15"),
        ),
        (  # a name with a letter of Latin Extended-A
            "POLICY LAB\n\nFrom campus to company\n\nTuesday 18 May 2027 — Authors: Lei Shuyun, Andrea Kovač\n\n",
            ("From campus to company", "Lei Shuyun, Andrea Kovač", "2027-05-18"),
        ),
    ],
)
def test_headers_in_less_usual_forms_name_title_author_and_date(header: str, expected: tuple[str, str, str]) -> None:
    text = header + "Exampleville counted 112 contract research firms in 2026, up from 85 in 2024.\n"
    meta = text_metadata(text)
    assert (meta["title"], meta["author"], meta["date_published"]) == expected


def test_a_page_dated_only_in_its_structured_data_ahead_of_todays_date_keeps_it() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2099-06-22T07:30:00+08:00"}</script></head><body><article><h1>Robots in white coats</h1>'
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
        + "</article></body></html>"
    )
    assert _read(page, "a.html")[1]["date_published"] == "2099-06-22"


def test_a_body_heading_that_starts_like_a_teasers_keeps_its_text() -> None:
    text = "Haidian grew 5 percent in 2024.\n\nAlso on the agenda\nHaidian will add 300 start-ups in 2025.\n"
    assert furniture_lines(text) == []


@pytest.mark.parametrize("text", ["The second May 2024 round raised more.", "It stayed fourth May 2023 to June."])
def test_an_ordinal_before_a_month_is_no_day_without_the_or_of(text: str) -> None:
    assert find_dates(text) == []


def test_a_reports_name_over_its_authors_body_is_the_title_not_a_masthead() -> None:
    text = "Example Universities Innovation Ranking 2023\n\nResearch Office of the Example Forum\n\n" + BODY
    _, meta = _read(text)
    assert meta["title"] == "Example Universities Innovation Ranking 2023"


def test_a_blog_menu_in_parentheses_is_furniture_and_the_headline_under_it_the_title() -> None:
    text = (
        "the grip gap\nnotes on robot hands and everything in between\n( home )  ( archive )  ( about )  ( feed )\n\n"
        "Forty hand makers, one city\n\n~ posted on 4.xii.2025 by Lü Keran ~\n\n" + BODY
    )
    excluded, meta = _read(text)
    assert "( home )  ( archive )  ( about )  ( feed )" in excluded
    assert (meta["title"], meta["date_published"], meta["author"]) == (
        "Forty hand makers, one city",
        "2025-12-04",
        "Lü Keran",
    )


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (
            "This article appeared in the Science section of the print edition of 12 October 2025.\n\n"
            "Reporting: Sara Lind",
            ("2025-10-12", "Sara Lind"),
        ),
        ("Sara Lind writes about credit markets and innovation finance from Riverside.", (None, "Sara Lind")),
    ],
)
def test_a_print_edition_note_and_a_credit_or_bio_under_the_text(
    closing: str, expected: tuple[str | None, str]
) -> None:
    _, meta = _read("Robot park opens a third hall\n\n" + BODY + "\n" + closing + "\n")
    assert (meta["date_published"], meta["author"]) == expected


@pytest.mark.parametrize("masthead", ["Riverside Tech Report", "Capital Innovation Index 2026"])
def test_a_mastheads_report_word_or_year_keeps_it_a_masthead_over_a_headline(masthead: str) -> None:
    _, meta = _read(f"{masthead}\nRobot park opens a third hall\nBy Sara Lind | 3 March 2026\n\n" + BODY)
    assert (meta["title"], meta["publisher"]) == ("Robot park opens a third hall", masthead)


def test_a_body_sentence_saying_what_someone_reports_on_names_no_author() -> None:
    closing = "Zhang Wei reports on the district's progress to the municipal government every quarter.\n"
    _, meta = _read("Robot park opens a third hall\n\n" + BODY + "\n" + closing)
    assert meta["author"] is None


def test_a_layout_tables_cell_keeps_its_headline_date_line_and_paragraphs_apart() -> None:
    page = (
        "<html><head><title>Example Bureau-Statistics</title></head><body>"
        '<table class="banner"><tr><td class="sitename">Example Bureau</td></tr></table>'
        '<table class="main"><tr><td class="content">'
        '<div class="arttitle">Exampleville data market expands rapidly in 2026</div>'
        '<div class="artinfo">Date: 2027-01-26 | Source: Data Market Division | Views: 2,417</div>'
        '<div class="artbody"><p>' + BODY.split("\n\n")[0] + "</p><p>" + BODY.split("\n\n")[1] + "</p>"
        "<table><tr><th>Indicator</th><th>2025</th><th>2026</th></tr>"
        "<tr><td>Data products listed</td><td>3,920</td><td>6,150</td></tr></table>"
        "<p>" + BODY.split("\n\n")[2].strip() + "</p></div></td></tr></table></body></html>"
    )
    article = parse_article(page.encode("utf-8"), name="a.html")
    meta = article_metadata(article)
    assert (meta["title"], meta["date_published"]) == ("Exampleville data market expands rapidly in 2026", "2027-01-26")
    lines = [line for line in article.text.split("\n") if line.strip()]
    assert BODY.split("\n\n")[0] in lines and "Data products listed | 3,920 | 6,150" in lines


def test_a_one_word_label_over_a_layout_cell_does_not_split_its_headline() -> None:
    page = (
        "<html><head><title>Bureau</title></head><body><table><tr><td><div>Riverside</div></td></tr></table>"
        "<table><tr><td><div>Riverside biotech firms hire 9,000 in 2025</div>"
        "<div>Date: 2026-04-02 | Source: Riverside Bureau | Views: 1,204</div>"
        "<div><p>" + BODY.split("\n\n")[0] + "</p><p>" + BODY.split("\n\n")[1] + "</p></div></td></tr></table>"
        "</body></html>"
    )
    article = parse_article(page.encode("utf-8"), name="a.html")
    meta = article_metadata(article)
    assert (meta["title"], meta["date_published"]) == ("Riverside biotech firms hire 9,000 in 2025", "2026-04-02")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a byline between "~" marks, a writer's label in lower case and a "sent:" stamp
            "=== NORTHGATE WIRE === English service ===\nHome | Economy | Tech\n"
            "SECTION: Tech > Robots    DISPATCH 0301-042    UNRESTRICTED\n\n"
            "Robot park opens a third hall\n\ntext: Ada Lin ~ desk: Beijing ~ sent: 2027-03-01 09:20 CST\n\n" + BODY,
            ("Robot park opens a third hall", "Ada Lin", "2027-03-01"),
        ),
        (  # a blog's name and tagline over a bracketed menu, the byline above the headline
            "small hours\nnotes from an engineer who lives in Shunyi and mostly writes firmware\n"
            "[[ home ]] [[ tags ]] [[ rss ]]\n\n"
            "-> post 12 · typed up by Ada Lin · 3 June 2027, a windy Thursday · 4 comments below\n\n"
            "Why the robot park needs a third hall\n\n" + BODY,
            ("Why the robot park needs a third hall", "Ada Lin", "2027-06-03"),
        ),
    ],
)
def test_bylines_in_less_usual_words_and_places(text: str, want: tuple[str | None, ...]) -> None:
    meta = _read(text)[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == want


def test_a_writer_element_without_a_label_and_a_side_column_list_of_facts_name_writer_and_date() -> None:
    body = BODY_HTML
    page = (
        '<html><body><article><h1>Robot park opens a third hall</h1><p class="meta"><span class="by">Ada Lin</span>'
        ' <time datetime="2027-03-01T08:30:00+08:00">01.03.27</time></p>' + body + "</article></body></html>"
    )
    assert _read(page, "a.html")[1]["author"] == "Ada Lin"
    page = (
        '<html><body><div class="main"><h2 class="news-title">Robot park opens a third hall</h2>'
        + body
        + '</div><div class="side"><dl class="facts"><dt>Posted</dt><dd>March 1, 2027</dd><dt>Writers</dt>'
        "<dd>Ada Lin, Bo Chen</dd><dt>Editor</dt><dd>Qiao Feng</dd></dl></div></body></html>"
    )
    meta = _read(page, "a.html")[1]
    assert (meta["author"], meta["date_published"]) == ("Ada Lin, Bo Chen", "2027-03-01")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a bracketed menu with long labels, a breadcrumb to a year, a document number above the date
            "EXAMPLE DISTRICT BUREAU\n[Home] [Government Information] [Policy Interpretation] [Online Services]\n"
            "News Releases > 2027\n\nPress Release No. 3 (2027)\n12 January 2027\n\n"
            "Robot park opens a third hall\n\n" + BODY,
            ("Robot park opens a third hall", None, "2027-01-12"),
        ),
        (  # a ticker over the headline; the byline a name and a post, the date on its own line
            "EXAMPLE NEWS SERVICE\nBusiness :: Tech :: Markets\n>> Live: Asian shares mixed | Yuan steady\n"
            "Tech / Beijing / Robots\n\nRobot park opens a third hall\n\nAda Lin | Technology Correspondent\n"
            "17 May 2027 · 06:40 CST · 4 min read\n\n" + BODY,
            ("Robot park opens a third hall", "Ada Lin", "2027-05-17"),
        ),
        (  # a capitalized phrase of writing before "by", and a day said as the month's last
            "[ small hours ]\na lecturer's notebook on robots\nIndex · Gear · About me\n" + "-" * 40 + "\n\n"
            "Robot park opens a third hall\n\n"
            "Entry filed by Ada Lin on the last day of October, 2027 · tagged: robots\n\n" + BODY,
            ("Robot park opens a third hall", "Ada Lin", "2027-10-31"),
        ),
        (  # the date only in a dateline with the wire between slashes, the writer only in a closing credit
            "Robot park opens a third hall\n\nBEIJING, Sept. 3, 2027 /Example Wire/ -- "
            + BODY
            + "\nWritten by Ada Lin; additional reporting by Bo Chen. Edited by Dai Lu.\n",
            ("Robot park opens a third hall", "Ada Lin", "2027-09-03"),
        ),
    ],
)
def test_headers_of_government_portals_wires_and_blogs(text: str, want: tuple[str | None, ...]) -> None:
    meta = _read(text)[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == want


def test_pages_whose_writer_and_date_are_in_a_credit_an_info_line_or_a_time_element() -> None:
    body = BODY_HTML
    page = (  # a <time datetime> that shows no date; the writer in a closing "Reporting by ... in ..." credit
        '<html><body><article><h1>Robot park opens a third hall</h1><div class="meta"><time datetime='
        '"2027-06-21T09:00:00+08:00">Monday morning</time> · 7 min read</div>' + body + '<p class="credit">'
        "Reporting by Ada Lin in Beijing. Editing by Bo Chen.</p></article></body></html>"
    )
    meta = _read(page, "a.html")[1]
    assert (meta["author"], meta["date_published"]) == ("Ada Lin", "2027-06-21")
    page = (  # the only <h1> is the site's name; the writer's label runs into the date
        '<html><body><h1 class="brand">The Lantern</h1><div class="article-title">Robot park opens a third hall</div>'
        "<div>Source: Example Daily&nbsp;&nbsp;Author: Ada Lin&nbsp;&nbsp;2027-03-09 08:15&nbsp;&nbsp;Views: 12</div>"
        + body
        + "</body></html>"
    )
    meta = _read(page, "a.html")[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == (
        "Robot park opens a third hall",
        "Ada Lin",
        "2027-03-09",
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a ticker of prices, a reporter's place in brackets, the date only in the slug under "— ends —"
            "EXAMPLE WIRE SERVICE  ::  INDUSTRY DESK\nTop stories | Energy | Tech\n"
            "TICKER  Mining Index 1,482.6 +1.2%  ·  Coal futures 1,395 -0.4%\n\n"
            "Robot park opens a third hall\n\nReporter: Ada Lin (Beijing)  /  Desk editor: Bo Chen\n\n"
            + BODY
            + "\n— ends —\nEXW-IND 2026-10-22 07:40 BJT  SYM/PR  402 words\n",
            ("Robot park opens a third hall", "Ada Lin", "2026-10-22"),
        ),
        (  # writers and where they reported from, the date only in a note under the text
            "EXW  Example Newswire\nNews / Companies / Regional\n\nRobot park opens a third hall\n\n"
            "Ada Lin in Shunyi and Bo Chen in Beijing\n\n"
            + BODY
            + "\nThis story was first published on 3 August 2026 at 08:40 Beijing time and updated at 11:15.\n",
            ("Robot park opens a third hall", "Ada Lin and Bo Chen", "2026-08-03"),
        ),
        (  # a document's number beside controls over the headline; the date under the issuer's name at the end
            "EXAMPLE DISTRICT GOVERNMENT\nHome · About · Services\n"
            "Example Release No. 2026-021                [ EN ]   [ Print ]   [ Share ]\n\n"
            "Robot park opens a third hall\n\n" + BODY + "\nExample District Development and Reform Commission\n"
            "27 February 2026\n\nContact: Office of Industrial Development\n",
            ("Robot park opens a third hall", None, "2026-02-27"),
        ),
        (  # "penned by NAME on a Sunday night, posted <date>"; a team's name before its members
            "the docket\na lawyer writes about robots\nArchive ~ Tags ~ RSS\n\n№ 58 — Robot park opens a third hall\n"
            "penned by Ada Lin on a Sunday night, posted Monday 9 November 2026 · roughly 6 minutes\n\n" + BODY,
            ("№ 58 — Robot park opens a third hall", "Ada Lin", "2026-11-09"),
        ),
        (
            "Robot park opens a third hall\nPrepared by the Council's index unit: Ada Lin, Bo Chen and Cy Xu\n"
            "1 December 2026\n\n" + BODY,
            ("Robot park opens a third hall", "Ada Lin, Bo Chen and Cy Xu", "2026-12-01"),
        ),
    ],
)
def test_wire_slugs_sign_offs_and_bylines_with_places_and_teams(text: str, want: tuple[str | None, ...]) -> None:
    meta = _read(text)[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == want


def test_a_writers_biography_in_an_address_element_names_the_writer() -> None:
    body = BODY_HTML
    page = (
        '<html><body><h1>Robot park opens a third hall</h1><time datetime="2027-01-12">12 Jan 2027</time>'
        + body
        + '<address class="writer">Ada Lin is Example Daily\'s robotics correspondent in Beijing.</address>'
        "</body></html>"
    )
    assert _read(page, "a.html")[1]["author"] == "Ada Lin"


def test_inline_teasers_a_wires_closing_slug_and_a_pull_quote_are_furniture() -> None:
    lines = [
        "More rankings: Shenzhen tops the green finance league for the third year",
        "UP NEXT: Yizhuang fabs report record utilisation | Chaoyang studios cut 400 jobs",
        "EXW 0940 12-05-26 ENDS",
    ]
    text = "Robot park opens a third hall\n\nMarch 4, 2026\n\n" + BODY + "\n" + "\n".join(lines) + "\n"
    assert set(lines) <= set(_read(text)[0])
    body = BODY_HTML
    page = (
        "<html><body><article><h1>Robot park opens a third hall</h1>"
        + body.replace("</p>", '</p><blockquote class="pullquote">64 firms now call the park home</blockquote>', 1)
        + "</article></body></html>"
    )
    assert "64 firms now call the park home" not in parse_article(page.encode(), name="a.html").text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a headline with signed changes is no ticker; a news headline after "»" is no teaser
        (
            "Xiaomi Q3: revenue +32%, net profit -8%\nBy Li Na | 12 March 2026\n\n" + BODY,
            ("Xiaomi Q3: revenue +32%, net profit -8%", "Li Na", "2026-03-12"),
        ),
        (
            "» Beijing opens 20 new robot labs\nBy Li Na | 12 March 2026\n\n" + BODY,
            ("» Beijing opens 20 new robot labs", "Li Na", "2026-03-12"),
        ),
        # a headline naming a document's number is no document line
        (
            "State Council releases Document No. 1\nBy Li Na | 12 March 2026\n\n" + BODY,
            ("State Council releases Document No. 1", "Li Na", "2026-03-12"),
        ),
        # credits for charts and a deck's "Led by" name no author; an interviewee's label is no byline
        (
            "Robot park opens a third hall\nCharts by Zhang Wei\nBy Li Na | 12 March 2026\n\n" + BODY,
            ("Robot park opens a third hall", "Li Na", "2026-03-12"),
        ),
        (
            "Robot park opens a third hall\nLiu Cixin | Science Fiction Writer\nBy Li Na | 12 March 2026\n\n" + BODY,
            ("Robot park opens a third hall", "Li Na", "2026-03-12"),
        ),
        # a company in a place is no writer; a date in a company's boilerplate after "###" is not the story's
        (
            "Robot park opens a third hall\nHorizon Robotics in Haidian\n\n" + BODY + "\n###\nAbout Example\n"
            "Example Corporation was founded in April 2010 and listed on July 9, 2018.\n",
            ("Robot park opens a third hall", None, None),
        ),
        # an event's venue and date at the end are no sign-off; a slash-dated dateline still dates the story
        (
            "Robot park opens a third hall\n\n"
            + BODY
            + "\nUpcoming events\nWorld Robot Conference, Example Exhibition "
            "Center\n8 August 2026\n",
            ("Robot park opens a third hall", None, None),
        ),
        (
            "Robot park opens a third hall\n\nBEIJING, 2026/03/12 -- " + BODY,
            ("Robot park opens a third hall", None, "2026-03-12"),
        ),
    ],
)
def test_what_the_newer_header_rules_leave_alone(text: str, want: tuple[str | None, ...]) -> None:
    meta = _read(text)[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == want


def test_a_fact_box_in_an_aside_a_commenter_and_a_sentence_in_a_paragraph_date_and_name_nothing() -> None:
    body = BODY_HTML
    page = (
        "<html><body><article><h1>Robot park opens a third hall</h1>" + body + "<p>The plan was bolder than the "
        "last. Published on 3 March 2023, the old plan aimed lower.</p></article><aside><dl><dt>Author</dt>"
        '<dd>Kai-Fu Lee</dd><dt>Published</dt><dd>25 September 2018</dd></dl></aside><section id="comments">'
        '<div class="comment"><div class="comment-author">Zhang Min</div><p>Great.</p></div></section></body></html>'
    )
    meta = _read(page, "a.html")[1]
    assert (meta["author"], meta["date_published"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a blog's name between tildes, a bracketed menu, a "~"-separated byline above the headline
            "~~~ small hours ~~~\na notebook on robots, kept by a former teacher\n"
            "[ home ]  [ all posts ]  [ about ]\n\n"
            "entry #112 ~ typed up by Ada Lin ~ on Saturday, the fifth of June, 2027 ~ filed under: robots\n\n"
            "Robot park opens a third hall\n\n" + BODY,
            ("Robot park opens a third hall", "Ada Lin", "2027-06-05"),
        ),
        (  # a menu under its label; the headline under a masthead in capitals
            "EXAMPLE DISTRICT PEOPLE'S GOVERNMENT\nGovernment portal: Home | News | Policies | Services\n"
            "Location: Home > News\nIssuing office: Example Bureau · Date of document: 9 August 2027\n\n"
            "Robot park opens a third hall\n\n" + BODY,
            ("Robot park opens a third hall", None, "2027-08-09"),
        ),
        (  # a date line set off by dashes; a news service's slogan under its name
            "EXAMPLE OBSERVATORY\nReports · Index · Team\n-- Index release, 19 October 2027 --\n"
            "Prepared by Ada Lin and Bo Chen\n\nRobot park opens a third hall\n\n" + BODY,
            ("Robot park opens a third hall", "Ada Lin and Bo Chen", "2027-10-19"),
        ),
        (
            "THE EXAMPLE WIRE\nAsia business news for professionals\nDesk: Logistics    Ref: EXW/27/0877\n\n"
            "Robot park opens a third hall\n\nReporter: Ada Lin | Filed from Daxing | 2027-05-18 09:40 CST\n\n" + BODY,
            ("Robot park opens a third hall", "Ada Lin", "2027-05-18"),
        ),
        (  # writers and their desk; the date only in a "// Dated ... //" line under the text
            "Robot park opens a third hall\n\nAda Lin and Bo Chen, Example technology desk\n\n"
            + BODY
            + "\n// Dated Thursday, March 11, 2027, 12:12 Beijing time // Edited by Cy Xu\n",
            ("Robot park opens a third hall", "Ada Lin and Bo Chen", "2027-03-11"),
        ),
    ],
)
def test_headers_of_the_fourth_batch_of_layouts(text: str, want: tuple[str | None, ...]) -> None:
    meta = _read(text)[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == want


def test_a_comment_thread_under_tildes_teasers_of_a_desk_with_an_ampersand_and_a_desk_phone_are_cut() -> None:
    lines = [
        "~ 2 responses ~",
        "lin_teaches (6 June 2027)",
        "Our school pays 80,000 yuan a year for one of these.",
        "Gao Peng (6 June 2027)",
        "Sixty-three seems low. I count at least 90.",
        "More from Example Science & Tech:",
        "- Shanghai's photonic chip start-ups raised 3.2 billion yuan in 2026",
        "Example News Agency | 18 Example Street, Beijing | Subscriber services: +86 10 6588 0210",
    ]
    text = "Robot park opens a third hall\n\nMarch 4, 2026\n\n" + BODY + "\n" + "\n".join(lines) + "\n"
    assert set(lines) <= set(_read(text)[0])


def test_pages_with_an_h3_headline_a_byline_card_and_a_dated_credit_in_the_story_footer() -> None:
    body = BODY_HTML
    page = (
        '<html><head><title>Example Daily</title></head><body><h3 class="title">Robot park opens a third hall</h3>'
        '<div class="info">Source: Example Daily&nbsp;&nbsp;Reporter: Ada Lin&nbsp;&nbsp;2027/11/03 08:15&nbsp;&nbsp;'
        "【Large Medium Small】</div>" + body + "</body></html>"
    )
    meta = _read(page, "a.html")[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == (
        "Robot park opens a third hall",
        "Ada Lin",
        "2027-11-03",
    )
    page = (
        "<html><body><article><h1>Robot park opens a third hall</h1>" + body + '</article><footer class="article-'
        'footer"><p class="credits">Text: Ada Lin · Photographs: Bo Chen · Published 2 September 2027</p></footer>'
        "</body></html>"
    )
    meta = _read(page, "a.html")[1]
    assert (meta["author"], meta["date_published"]) == ("Ada Lin", "2027-09-02")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a breadcrumb with "/" from a newsroom; a byline of the date, the writers and their team
            "EXAMPLE INSTITUTE\nResearch · Indexes · Newsroom · About\n"
            "Newsroom / Indexes / Example Cities Index 2027\n\n"
            "Example Cities Index 2027: Northtown climbs to third\n\n"
            "Published 9 November 2027 · Ada Lin, Bo Chen · Index team\n\n" + BODY,
            ("Example Cities Index 2027: Northtown climbs to third", "Ada Lin, Bo Chen", "2027-11-09"),
        ),
        (  # the writer only in a sign-off under the text
            "Robot park opens a third hall\n\nSeptember 18, 2027\n\n" + BODY + "\nAda Lin reports from Daxing\n",
            ("Robot park opens a third hall", "Ada Lin", "2027-09-18"),
        ),
    ],
)
def test_headers_with_a_team_after_the_writers_and_a_sign_off(text: str, want: tuple[str | None, ...]) -> None:
    meta = _read(text)[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == want


def test_pages_dated_by_a_print_strip_or_their_address_and_signed_off_or_carded() -> None:
    body = BODY_HTML
    page = (
        "<html><head><title>Halls | Example Review</title></head><body><main>"
        '<div class="edition-strip">From the print edition · Science &amp; technology · Sep 18th 2027</div>'
        "<h1>Halls</h1>" + body + '<p class="signoff">Ada Lin reports from Daxing</p></main></body></html>'
    )
    meta = _read(page, "a.html")[1]
    assert (meta["author"], meta["date_published"]) == ("Ada Lin", "2027-09-18")
    page = (
        '<html><head><title>Halls</title><link rel="canonical" href="https://example.org/tech/2027/10/21/halls">'
        '</head><body><main><h1>Robot park opens a third hall</h1><div class="info"><span>Thursday</span></div>'
        + body
        + "</main><aside><h4>About the writer</h4><p><strong>Bo Chen</strong> is Example Review's Beijing "
        "correspondent.</p></aside></body></html>"
    )
    meta = _read(page, "a.html")[1]
    assert (meta["author"], meta["date_published"]) == ("Bo Chen", "2027-10-21")


def test_a_dated_breadcrumb_a_writer_with_a_team_role_and_a_held_line() -> None:
    text = (
        "EXAMPLE CENTRE\nAbout | Research | Indexes\nIndexes / Example Openness Index / 2026\n\n"
        "Robot park opens a third hall\n\nAda Lin, index team lead  ·  3 December 2026  ·  Index release\n\n" + BODY
    )
    assert _read(text)[1]["title"] == "Robot park opens a third hall"
    assert (_read(text)[1]["author"], _read(text)[1]["date_published"]) == ("Ada Lin", "2026-12-03")
    text = (
        "Transcript of the press conference on robot parks\n\n"
        "Held: afternoon of Tuesday, 27 July 2027, 15:00, Press Hall, Example Building\n\n" + BODY
    )
    assert _read(text)[1]["date_published"] == "2027-07-27"


def test_pages_with_a_bracketed_stamp_a_hero_headline_a_contributor_strip_and_a_citation() -> None:
    body = BODY_HTML
    page = (
        "<html><head><title>Example District People's Government - Work updates</title></head><body>"
        '<div class="doc-title">Robot park opens a third hall</div>' + body + '<div class="doc-stamp">【Source: '
        "Example Media Center】【Author: Ada Lin】【Published: 2026-10-12 09:30】【Views: 3,482】</div></body></html>"
    )
    meta = _read(page, "a.html")[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == (
        "Robot park opens a third hall",
        "Ada Lin",
        "2026-10-12",
    )
    page = (
        '<html><head><title>Halls | Example Review</title></head><body><section class="hero">'
        '<div class="hero__headline">Robot park opens a third hall</div></section>'
        '<div class="contributor-strip"><span class="contributor-strip__name">Bo Chen</span><button>+ Follow'
        "</button></div><article>" + body + "</article><aside><h4>Cite this article</h4><p>Chen, B. (2026, "
        "November 7). Robot park opens a third hall. <em>Example Review</em>.</p></aside></body></html>"
    )
    meta = _read(page, "a.html")[1]
    assert (meta["title"], meta["author"], meta["date_published"]) == (
        "Robot park opens a third hall",
        "Bo Chen",
        "2026-11-07",
    )


def test_a_page_dated_only_by_the_time_in_its_photos_caption() -> None:
    body = BODY_HTML
    page = (
        "<html><body><article><h1>Robot park opens a third hall</h1><figure><img src='a.jpg'><figcaption>The new "
        'hall. Photo taken <time datetime="2027-10-08T07:30:00+08:00">this morning</time></figcaption></figure>'
        + body
        + "</article></body></html>"
    )
    assert _read(page, "a.html")[1]["date_published"] == "2027-10-08"
    # two photos of two days date nothing
    two = page.replace(
        "</figure>", "</figure><figure><figcaption><time datetime='2027-10-01'>1 Oct</time></figcaption></figure>", 1
    )
    assert _read(two, "a.html")[1]["date_published"] is None


def test_a_story_credit_and_a_list_of_labels_without_colons_name_the_writer() -> None:
    text = (
        "THE EXAMPLE REVIEW\nFeatures | Science | Cities\n\nRobot park opens a third hall\n\n"
        "Story: Ou Yangming · Photographs: Ke Jun · 3 December 2025 · 8 min read\n\n" + BODY
    )
    meta = _read(text)[1]
    assert (meta["author"], meta["date_published"], meta["publisher"]) == (
        "Ou Yangming",
        "2025-12-03",
        "The Example Review",
    )
    page = (
        "<html><body><article><h1>Robot park opens a third hall</h1><details><summary>Story info</summary><ul>"
        "<li><b>Reporter</b> Bai Ruoxin</li><li><b>Desk</b> Mobility</li><li><b>First published</b> 19 May 2027, "
        "08:30</li></ul></details>" + BODY_HTML + "</article></body></html>"
    )
    meta = _read(page, "a.html")[1]
    assert (meta["author"], meta["date_published"]) == ("Bai Ruoxin", "2027-05-19")


def test_a_writers_card_in_a_side_column_names_the_writer() -> None:
    page = (
        '<html><body><aside class="rail"><div class="reporter-card"><p class="reporter-card__label">Reporter</p>'
        '<p class="reporter-card__name">Yin Shuting</p><p>Filed 27/08/2025</p></div></aside><section>'
        "<h1>Robot park opens a third hall</h1>" + BODY_HTML + "</section></body></html>"
    )
    assert _read(page, "a.html")[1]["author"] == "Yin Shuting"


def test_an_ordered_lists_items_are_numbered_as_the_page_shows_them() -> None:
    page = (
        "<html><body><article><h1>Robot cities ranked</h1>" + BODY_HTML + "<p>These are the top three:</p><ol>"
        "<li><strong>Riverton</strong> — score 88.1</li><li>Northgate — score 86.4</li><li>4) Eastlake</li></ol>"
        "</article></body></html>"
    )
    text = parse_article(page.encode(), name="a.html").text
    assert "1. Riverton — score 88.1\n\n2. Northgate — score 86.4\n\n4) Eastlake" in text


@pytest.mark.parametrize(
    "headline",
    ["Authors Guild Backs Copyright Bill", "Reporters Grill Tech Minister", "Correspondents Recall Olympic Summer"],
)
def test_a_headline_that_opens_with_a_writers_word_is_no_byline(headline: str) -> None:
    meta = _read(f"{headline}\n\n2026-05-12\n\n" + BODY)[1]
    assert (meta["title"], meta["author"]) == (headline, None)


def test_a_source_card_in_a_side_column_names_no_writer() -> None:
    page = (
        '<html><body><aside><h4>Who we spoke to</h4><p class="contributor-card__name">Tang Wenjun</p></aside>'
        "<article><h1>Robot park opens a third hall</h1>" + BODY_HTML + "</article></body></html>"
    )
    assert _read(page, "a.html")[1]["author"] is None


@pytest.mark.parametrize("name", ["publish-date", "pubdate", "parsely-pub-date", "sailthru.date"])
def test_a_page_dated_only_in_a_meta_tag_news_sites_use(name: str) -> None:
    page = f"""<!DOCTYPE html><html><head><title>Westside Daily | Game-tech firms</title>
<meta name="{name}" content="2027-07-08"></head><body><header><a href="/">Westside Daily</a></header>
<main><h1>Game-tech firms cash in as arenas fill up</h1>
<section class="body"><p>Game-technology companies in the district earned 14.2 billion yuan in 2026.</p>
<p>The district had 312 such companies at the end of June, up from 265 a year earlier.</p></section>
<p class="contrib">Reported by Shen Kexin</p></main><footer><p>Westside Daily · © 2027</p></footer></body></html>"""
    assert parse_article(page.encode(), name="page.html").date == "2027-07-08"


def test_a_table_layouts_headline_cell_its_date_cell_and_info_row() -> None:
    page = (
        "<html><head><title>District Commission -- Work Updates</title></head><body><table>"
        "<tr><td class='logo'>District Commission</td></tr>"
        "<tr><td><table class='titlebar'><tr><td class='arttitle'>Small firms keep up fast growth in the first half"
        "</td><td class='artdate'>[2026-07-21]</td></tr></table></td></tr>"
        "<tr><td class='artinfo'>Information source: District Commission &nbsp;&nbsp; Author: Ran Peiyu</td></tr>"
        "<tr><td class='artbody'><p>In the first half of 2026 small firms in the district grew quickly, with revenue "
        "up by a fifth on the year before and new registrations at a record.</p></td></tr>"
        "</table></body></html>"
    )
    article = parse_article(page.encode(), name="page.html")
    assert (article.title, article.date, article.author) == (
        "Small firms keep up fast growth in the first half",
        "2026-07-21",
        "Ran Peiyu",
    )


def test_the_writer_named_only_in_a_contact_link_to_their_own_address() -> None:
    page = (
        "<html><head><title>Orbit desk</title></head><body><article><h1>Payload makers fly more experiments</h1>"
        "<p>Beijing's payload makers flew more experiments this year than ever, their association said on Monday, "
        "and expect to fly more next year.</p></article>"
        "<p class='contact'>Questions or tips? <a href='mailto:fang.yiming@example.cn'>Email Fang Yiming</a></p>"
        "<p>Newsletter: <a href='mailto:desk@example.cn'>Email Li Ming</a></p></body></html>"
    )
    assert parse_article(page.encode(), name="page.html").author == "Fang Yiming"


def test_a_first_published_entry_a_dashed_sign_off_a_markdown_headline_and_more_teasers() -> None:
    page = (
        "<html><head><title>VoltLine</title></head><body><article><h1>Robots plug in cars</h1>"
        "<p>Charging robots are spreading through the city's car parks, their makers said on Tuesday, as "
        "drivers of electric cars ask for them.</p><section><h2>Article history</h2><ol>"
        "<li>4 November 2026, 09:10 — First published. Reporter: Mai Jingtong</li>"
        "<li>5 November 2026, 14:02 — Updated to correct a name.</li></ol></section></article></body></html>"
    )
    article = parse_article(page.encode(), name="page.html")
    assert (article.date, article.author) == ("2026-11-04", "Mai Jingtong")
    signed = (
        "<html><head><title>Blueprint Weekly</title></head><body><p>Vol. 7 · 18 November 2026</p><article>"
        "<h1>Drafted by machine</h1><p>Design studios in the district now use AI for first drafts, and say the "
        "drafts are good enough to argue about.</p><p class='signoff'>— Ou Yangfan, architecture editor</p>"
        "</article></body></html>"
    )
    assert parse_article(signed.encode(), name="page.html").author == "Ou Yangfan"
    text = (
        "Example Observatory\n\n# Example Readiness Index 2026\n\nBy Fu Yaqin | 14 October 2026\n\n"
        "The index ranks ten districts on how ready their hospitals are for digital care this year.\n\n"
        'More conversations:\n"We test 400 drugs a week" — a lab head\n'
    )
    article = parse_article(text.encode(), name="index.txt")
    assert article.title == "Example Readiness Index 2026"
    assert '"We test 400 drugs a week" — a lab head' in article.excluded


def test_bylines_with_a_weekday_an_interviewer_capital_labels_an_issue_date_and_reporters() -> None:
    cases = [
        ("Written by Kuang Yiming on Sunday, 13 September 2026 · 6 min read", "Kuang Yiming", "2026-09-13"),
        ("8 October 2026 | Interview: Dou Xiaochen | Photographs: Ren Yue", "Dou Xiaochen", "2026-10-08"),
        ("WORDS Lu Yaoting   PICTURES Kang Jie\nIssue of 28 May 2026", "Lu Yaoting", "2026-05-28"),
    ]
    body = "\n\nThe district's makers of instruments shipped more machines this year than ever before, they said.\n"
    for byline, author, date in cases:
        article = parse_article(("Example Monthly\n\nMachines that keep running\n\n" + byline + body).encode())
        assert (article.title, article.author, article.date) == ("Machines that keep running", author, date)
    brief = (
        "Example Institute\nPolicy Brief · Innovation Finance Series · 2026/09\n\nBig companies, small bets\n\n"
        "By Rong Xiaobo and Shen Yiting\n22 June 2026\n" + body + "\nReporters: Shao Wenjun, Ji Rui | Editor: Lu Meng\n"
    )
    article = parse_article(brief.encode())
    assert (article.title, article.date) == ("Big companies, small bets", "2026-06-22")
    wire = "Example Wire\n\nReagents gain ground\n\nBEIJING, Sept. 24, 2026 (Example Wire) --" + body
    wire += "\nReporters: Shao Wenjun, Ji Rui | Editor: Lu Meng\n\nNext in WORK: Three apprentices, one cleanroom\n"
    article = parse_article(wire.encode())
    assert article.author == "Shao Wenjun, Ji Rui"
    assert "Next in WORK: Three apprentices, one cleanroom" in article.excluded


def test_an_email_issues_preview_line_and_sponsor_are_no_text_and_its_lead_title_is_the_headline() -> None:
    page = (
        "<html><head><title>Silicon Lane Weekly</title></head><body><table>"
        "<tr><td class='preheader'>Test slots are the new bottleneck, plus a reader asks about probe cards. "
        "<a href='#'>View this email in your browser</a></td></tr>"
        "<tr><td class='issue-line'>Issue 112 · Thursday, 10 December 2026</td></tr>"
        "<tr><td class='sponsor'>This issue is supported by Xince Probe Cards, now shipping 1,000 cards a month."
        "</td></tr>"
        "<tr><td class='lead-title'>Chip-testing labs are running out of hours</td></tr>"
        "<tr><td class='writer'>Written by Ning Ziyi, semiconductor analyst</td></tr>"
        "<tr><td class='copy'><p>If you design chips in the district, you already know the problem: getting a test "
        "slot at one of its laboratories, which had 27 of them at the end of November.</p></td></tr>"
        "</table></body></html>"
    )
    article = parse_article(page.encode(), name="issue.html")
    assert (article.title, article.author, article.date) == (
        "Chip-testing labs are running out of hours",
        "Ning Ziyi",
        "2026-12-10",
    )
    assert "probe cards" not in article.text and "1,000 cards" not in article.text


def test_an_interviewee_after_interview_and_a_number_sign_in_a_headline() -> None:
    body = "\n\nThe district's makers of robots shipped more machines this year than ever before, they said.\n"
    article = parse_article(
        (
            "Example Weekly\n\nLanting eyes hospitals\n\n8 October 2026 | Interview: Li Wei, chief executive of "
            "Lanting Robotics" + body
        ).encode()
    )
    assert (article.title, article.author) == ("Lanting eyes hospitals", None)
    article = parse_article(
        ("Example Weekly\n\n#1 robot maker eyes hospitals\n\n8 October 2026 | By Zhou Min" + body).encode()
    )
    assert article.title == "#1 robot maker eyes hospitals"


def test_a_data_table_inside_a_figure_is_read_from_the_markup_and_its_caption_and_images_are_not() -> None:
    """(The page's own reading, which is kept when the main-text extractor drops prose, must hold the table.)"""
    from kg.ingest.reader import _parsed_page

    page = (
        "<main><article><h1>Qux makers grow</h1><p>Makers earned 31.2 billion yuan in 2025.</p>"
        "<figure><img src='a.png'><figcaption>Photo: a lab</figcaption></figure>"
        "<figure class='data'><table><caption>Makers, 2023-2025</caption>"
        "<thead><tr><th>Measure</th><th>2023</th><th>2024</th></tr></thead>"
        "<tbody><tr><th>Revenue (billion yuan)</th><td>21.4</td><td>25.9</td></tr></tbody></table>"
        "<figcaption>Source: the association</figcaption></figure><p>The end.</p></article></main>"
    )
    text = _parsed_page(page).article_text()
    assert "Revenue (billion yuan) | 21.4 | 25.9" in text
    assert "Photo: a lab" not in text and "Source: the association" not in text


def test_a_reader_polls_result_is_furniture() -> None:
    from kg.ingest.reader import furniture_lines

    line = "Would you buy peaches picked by a robot? Yes 62% · No 21% · Not sure 17% (1,204 votes)"
    assert furniture_lines(f"Pinggu held its expo.\n{line}\nThe expo closed on Sunday.") == [line]


def test_writers_in_a_definition_list_a_card_a_credits_list_and_before_their_unit() -> None:
    body = "<p>The district's makers of instruments shipped more machines this year than ever before, they said.</p>"
    pages = [
        (  # a <dl> byline, which the page's metadata reads whole ("Reporter Ke Mingyuan Filed Reading time")
            "<dl class='byline'><dt>Reporter</dt><dd>Ke Mingyuan</dd><dt>Filed</dt><dd><time "
            "datetime='2026-11-04T09:40:00+08:00'>4 Nov 2026</time></dd><dt>Reading time</dt><dd>6 minutes</dd></dl>",
            "",
            "Ke Mingyuan",
        ),
        (  # a writer's card with her post
            "<figure class='author-chip'><img src='a.jpg' alt=''><figcaption><b>Zhen Lihua</b>, health technology "
            "correspondent</figcaption></figure><p class='stamp'>Published <time datetime='2026-10-20'>20 Oct "
            "2026</time></p>",
            "",
            "Zhen Lihua",
        ),
        (  # a list of contributors after the story
            "<p><time datetime='2026-11-20'>20 · XI · 2026</time></p>",
            "<section class='contributors'><h3>Contributors</h3><ul><li><span class='role'>Text</span> <span "
            "class='name'>Fu Yichen</span></li><li><span class='role'>Photographs</span> <span class='name'>Kong "
            "Lu</span></li></ul></section>",
            "Fu Yichen",
        ),
    ]
    for head, tail, author in pages:
        page = (
            "<html><head><title>Machines that keep running</title></head><body><article><h1>Machines that keep "
            f"running</h1>{head}{body}</article>{tail}</body></html>"
        )
        assert parse_article(page.encode(), name="a.html").author == author
    text = (
        "EXAMPLE INSTITUTE OF SCIENCE COMMUNICATION\n\nExample Index 2026: North District holds on\n\n"
        "Released 8 December 2026 · Ou Jiayin and Lai Shengnan, Evaluation Centre\n\n"
        + body.removeprefix("<p>").removesuffix("</p>")
        + "\n"
    )
    article = parse_article(text.encode())
    assert (article.author, article.date) == ("Ou Jiayin and Lai Shengnan", "2026-12-08")
    assert article.publisher != "Evaluation Centre"


@pytest.mark.parametrize(
    ("credit", "author"),
    [
        ("<p class='by'>Han Jingyi in Tongzhou</p>", "Han Jingyi"),
        (
            "<footer class='story-foot'><p>Published 12 May 2026 · Words by Lin Jiayi · Pictures by Ma Jun</p>"
            "</footer>",
            "Lin Jiayi",
        ),
        (
            "<aside class='about-story'><h2>About this story</h2><p>Reporting: Ji Wanru, venture capital "
            "correspondent</p><p>Filed from Haidian</p></aside>",
            "Ji Wanru",
        ),
        (
            "<table class='info'><tr><th>Author</th><td>Zhou Lanxin, culture-tech editor</td></tr><tr><th>Online "
            "since</th><td>2027-04-19 08:30</td></tr></table>",
            "Zhou Lanxin",
        ),
        # a table about a study, "About the report", a credit that is a title: no writer of the story's
        (
            "<table><tr><th>Study</th><td>Robot census</td></tr><tr><th>Authors</th><td>Zhang Wei</td></tr></table>",
            None,
        ),
        ("<aside><h3>About the report</h3><p>Written by: Wang Lin, Tsinghua University</p></aside>", None),
        ("<section class='credits'><ul><li>Text Editor Wang Fang</li></ul></section>", None),
        ("<p class='byline'>Qu Lanxin Bo Yiming</p>", "Qu Lanxin and Bo Yiming"),
        # the words' credit beside the pictures', in a rail of spans; a mark before "Our reporter"
        (
            "<aside class='spine' aria-label='Article details'><span>Biology</span><span>12.05.2027</span>"
            "<span>Words Fu Yanqiu</span><span>Photographs Tang Ziyu</span></aside>",
            "Fu Yanqiu",
        ),
        ("<aside><span>Words Fu Yanqiu</span><span>Quotes Tang Ziyu</span></aside>", None),
        ("<aside><span>Words Of Wisdom</span><span>Photo Gallery</span></aside>", None),
    ],
)
def test_a_writer_credited_outside_the_text_in_one_of_many_ways(credit: str, author: str | None) -> None:
    page = (
        "<html><head><title>Machines that keep running</title></head><body><article><h1>Machines that keep "
        f"running</h1><p>The district's makers of instruments shipped more machines this year than ever before.</p>"
        f"<p>They said demand came from laboratories.</p>{credit if 'story-foot' in credit else ''}</article>"
        f"{'' if 'story-foot' in credit else credit}</body></html>"
    )
    assert parse_article(page.encode(), name="a.html").author == author


def test_a_writer_and_the_outlet_after_a_comma_in_a_plain_text_byline() -> None:
    text = (
        "Beijing terminal makers ride the satellite-internet boom\n\nQu Shanshan, Beijing Business Dispatch\n"
        "23 February 2027\n\nThe district's makers of terminals shipped more units this year than ever before, "
        "they said.\n"
    )
    assert parse_article(text.encode()).author == "Qu Shanshan"


@pytest.mark.parametrize(
    ("top", "bottom", "author"),
    [
        # a bureau's or desk's note under the text, the correspondent after it
        ("", "(Lakeside District Transport Bureau · Correspondent Noor Aziz)", "Noor Aziz"),
        ("", "(Source: Lakeside District Transport Bureau · Editor Han Qiu)", None),
        # the editor's credit first, then the reporter's
        ("", "Editor: Han Qiu  Reporter: Noor Aziz", "Noor Aziz"),
        # a contributor's label, the lead author's and the contributors'
        ("Contributor: Noor Aziz", "", "Noor Aziz"),
        ("Lead author: Noor Aziz. Contributors: Han Qiu, Jia Lei", "", "Noor Aziz, Han Qiu, Jia Lei"),
        ("Contributor: Harbour Daily", "", None),
        ("From our correspondent Noor Aziz in Beijing", "", "Noor Aziz"),
        ("Text / Noor Aziz  Photos / Jia Lei", "", "Noor Aziz"),
        # labels in Chinese on a page in English
        ("作者：Noor Aziz　来源：Harbour Daily　2025-05-12", "", "Noor Aziz"),
        ("来源：Harbour Daily　记者：Noor Aziz　2025-05-12", "", "Noor Aziz"),
        # a post signed with a dash and the name, as its last line; not a link or an end mark
        ("", "— Noor Aziz", "Noor Aziz"),
        ("", "— Back To Top", None),
        ("", "-- The End", None),
        ("", "— Read More", None),
        ("", '"We will open it to everyone," she said.”\n\n— Noor Aziz', None),
    ],
)
def test_a_writer_credited_by_a_bureau_an_editor_a_contributor_label_or_a_dashed_signature(
    top: str, bottom: str, author: str | None
) -> None:
    text = f"Lake park opens a materials lab\n\n{top}\n\n{BODY}\n{bottom}\n"
    assert _read(text)[1]["author"] == author


def test_a_writer_in_an_info_table_whose_labels_are_plain_cells() -> None:
    page = (
        "<html><head><title>Lake park opens a lab</title></head><body><article><h1>Lake park opens a lab</h1>"
        "<table class='meta'><tr><td>Author</td><td>Noor Aziz</td></tr><tr><td>Date</td><td>2025-05-12</td></tr>"
        "</table>" + BODY_HTML + "</article></body></html>"
    )
    article = parse_article(page.encode(), name="a.html")
    assert (article.author, article.date) == ("Noor Aziz", "2025-05-12")


def test_a_page_dated_only_by_its_breadcrumb_trail_of_archive_links() -> None:
    crumbs = (
        "<nav class='crumbs' aria-label='Breadcrumb'><a href='/'>Home</a> › <a href='/archive/'>Archive</a> › "
        "<a href='/archive/2026/'>2026</a> › <a href='/archive/2026/12/'>December</a> › "
        "<a href='/archive/2026/12/08/'>08</a> › <a href='/industry/'>Industry</a></nav>"
    )
    page = (
        "<html><head><title>Lake park opens a lab</title></head><body>" + crumbs + "<article><h1>Lake park opens a "
        "lab</h1>" + BODY_HTML + "</article></body></html>"
    )
    assert parse_article(page.encode(), name="a.html").date == "2026-12-08"
    undated = page.replace("<a href='/archive/2026/12/08/'>08</a> › ", "")
    assert parse_article(undated.encode(), name="a.html").date is None


@pytest.mark.parametrize(
    "bottom",
    [
        "The panel's members:\n\n- Li Na\n\n- Wang Hao\n\n— Zhang Wei",  # a list's last item
        "Stay hungry, stay foolish.\n\n— Steve Jobs",  # an aphorism's author
        "Q: Will the lab open to outsiders soon, and how many teams will use it next year in all?\n\n- Zhang Wei",
        "— Updated Monday Evening",
        "As a great scientist once put it, imagination is more important than knowledge in any lab.\n\n— Ada Lin",
        "(Photo · By Li Na)",  # a picture's credit
        "(Illustration | by Wang Hao)",
    ],
)
def test_no_writer_from_a_list_an_aphorism_an_answer_a_note_or_a_pictures_credit(bottom: str) -> None:
    assert _read(f"Lake park opens a materials lab\n\n{BODY}\n{bottom}\n")[1]["author"] is None


def test_contributors_with_a_bracketed_plural_and_no_writer_from_a_study_table() -> None:
    assert _read(f"Lake park opens a materials lab\n\nContributor(s): Noor Aziz\n\n{BODY}")[1]["author"] == "Noor Aziz"
    study = (
        "<html><head><title>Lake park opens a lab</title></head><body><article><h1>Lake park opens a lab</h1>"
        + BODY_HTML
        + "<table><tr><td>Title</td><td>Robot census</td></tr><tr><td>Authors</td><td>Wang Hao, Li Na</td></tr>"
        "<tr><td>Published</td><td>Nature, 2025</td></tr></table></article></body></html>"
    )
    assert parse_article(study.encode(), name="a.html").author is None


@pytest.mark.parametrize(
    "crumbs",
    [
        # a wrapper whose class merely mentions breadcrumbs, holding a related story's link
        "<div class='page with-breadcrumbs'><a href='/news/2024/01/05/'>08</a></div>",
        # an event's page filed under its day
        "<nav class='breadcrumb'><a href='/'>Home</a> › <a href='/events/2026/10/20/'>Innovation Week</a></nav>",
    ],
)
def test_no_date_from_a_link_that_is_no_archive_crumb(crumbs: str) -> None:
    page = (
        "<html><head><title>Lake park opens a lab</title></head><body>" + crumbs + "<article><h1>Lake park opens a "
        "lab</h1>" + BODY_HTML + "</article></body></html>"
    )
    assert parse_article(page.encode(), name="a.html").date is None


@pytest.mark.parametrize(
    ("top", "bottom", "author"),
    [
        ("Posted by Noor Aziz at 10:30 on 12 October 2025", "", "Noor Aziz"),
        ("", "This brief was written by Noor Aziz, a fellow at the institute.", "Noor Aziz"),
        ("", "Contact the reporter: Noor Aziz (noor.aziz@harbourwire.example)", "Noor Aziz"),
        # no writer: a desk's address, a study cited, a source compiled by a body, someone to contact, a reading list
        ("", "Contact the desk at tips@harbourwire.example", None),
        ("", "The study was written by Tsinghua University researchers Wang Fang and Liu Yang.", None),
        ("", "Compiled by the Statistics Bureau", None),
        ("", "Compiled by Wind Information", None),
        ("", "Wang Fang can be reached at apply@park.example for questions about the subsidy programme.", None),
        ("", "Further reading\n\nAuthors\n\nWang Fang, Peking University\n\nLiu Yang, Renmin University", None),
        ("Startup Watch, Technology Desk", "", None),
        # a credit the line under it does not hide
        ("", "Reporting by Noor Aziz; Editing by Han Qiu\n\nCompiled by the Statistics Bureau", "Noor Aziz"),
    ],
)
def test_a_writer_by_a_posting_time_a_note_on_the_brief_or_an_address_and_none_from_other_closing_lines(
    top: str, bottom: str, author: str | None
) -> None:
    text = f"Start-up survival in Beijing, 2020-2025\n\n{top}\n\n{BODY}\n{bottom}\n"
    assert _read(text)[1]["author"] == author


def test_a_reporters_credit_after_a_mark_at_the_top_of_the_story() -> None:
    page = (
        "<html><head><title>Machines that keep running</title></head><body><article><h1>Machines that keep "
        "running</h1><p class='reporter'>■ Our reporter Wei Lanqiu</p><p>The district's makers of instruments "
        "shipped more machines this year than ever before.</p><p>They said demand came from laboratories.</p>"
        "</article></body></html>"
    )
    assert parse_article(page.encode(), name="a.html").author == "Wei Lanqiu"


def test_a_mark_before_a_headline_is_no_reporters_credit() -> None:
    page = (
        "<html><head><title>Machines that keep running</title></head><body><article><h1>Machines that keep "
        "running</h1><p>■ Our Reporters Visit Xiongan</p><p>The district's makers of instruments shipped more "
        "machines this year than ever before.</p><p>They said demand came from laboratories.</p>"
        "</article></body></html>"
    )
    assert parse_article(page.encode(), name="a.html").author is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the reporter in brackets in the dateline that opens the text, after the outlet's name
            "Robot park opens a third hall\n\nNorthgate Online, May 4 (Reporter Pan Yuxin) — " + BODY,
            ("Pan Yuxin", "Northgate Online"),
        ),
        (  # a correspondent's line over the text, and a wire's sign-off under it
            "Robot park opens a third hall\n\nSpecial correspondent Pan Yuxin reports\n\n" + BODY,
            ("Pan Yuxin", None),
        ),
        ("Robot park opens a third hall\n\n" + BODY + "\n-- Pan Yuxin; editing by Dora Kell\n", ("Pan Yuxin", None)),
        (  # credits under the text: the writer's, not the reviewer's or the photographer's
            "Robot park opens a third hall\n\n" + BODY + "\nWritten by: Pan Yuxin    Reviewed by: Lu Heng\n",
            ("Pan Yuxin", None),
        ),
        ("Robot park opens a third hall\n\n" + BODY + "\nThis bulletin compiled by: Pan Yuxin\n", ("Pan Yuxin", None)),
        (
            "Robot park opens a third hall\n\n" + BODY + "\nWords and data: Pan Yuxin, robotics desk\n",
            ("Pan Yuxin", None),
        ),
        (  # a disclosure naming the author
            "Robot park opens a third hall\n\n"
            + BODY
            + "\nDisclosure: The author, Pan Yuxin, owns no shares in the park.\n",
            ("Pan Yuxin", None),
        ),
        (  # a byline of the writer and where she writes from, a date and a reading time
            "Robot park opens a third hall\n\nPan Yuxin in Shunyi | May 4, 2026 | 6 min read\n\n" + BODY,
            ("Pan Yuxin", None),
        ),
        (  # names in pinyin beside a kind of report and a date are its authors, not its publisher
            "NORTHGATE INSTITUTE\n\nRobot Park Index 2026\n\nIndex report · 4 May 2026 · Pan Yuxin, Lu Heng\n\n" + BODY,
            ("Pan Yuxin, Lu Heng", "Northgate Institute"),
        ),
        (  # the writer and the outlet on a line of their own under the headline
            "Robot park opens a third hall\n\nPan Yuxin, Northgate Wire Service\n\n" + BODY,
            ("Pan Yuxin", "Northgate Wire Service"),
        ),
        # none of these credits a writer
        (
            "Robot park opens a third hall\n\n" + BODY + "\nPhotos by Pan Yuxin. Produced by the robotics desk.\n",
            (None, None),
        ),
        ("Robot park opens a third hall\n\n" + BODY + "\nReviewed by: Lu Heng\n", (None, None)),
        (
            "Robot park opens a third hall\n\nThe report was written by Pan Yuxin of Tsinghua, officials said. " + BODY,
            (None, None),
        ),
    ],
)
def test_a_writer_credited_outside_the_byline(text: str, want: tuple[str | None, str | None]) -> None:
    meta = _read(text)[1]
    assert (meta["author"], meta["publisher"]) == want


def test_an_html_pages_writer_credited_in_its_dateline_or_its_footer() -> None:
    page = (
        "<html><body><article><h1>Robot park opens a third hall</h1>"
        "<p>Northgate Online, May 4 (Reporter Pan Yuxin) — The park opened its third hall on Monday.</p>"
        + BODY_HTML
        + "</article></body></html>"
    )
    assert _read(page, "a.html")[1]["author"] == "Pan Yuxin"
    page = (
        "<html><body><article><h1>Robot park opens a third hall</h1>" + BODY_HTML + "</article>"
        '<footer><p class="notes">Show notes written by Pan Yuxin. Produced by the Northgate audio desk.</p>'
        "</footer></body></html>"
    )
    assert _read(page, "a.html")[1]["author"] == "Pan Yuxin"
    page = "<html><body><article><h1>Robot park opens a third hall</h1>" + BODY_HTML + "</article></body></html>"
    assert _read(page, "a.html")[1]["author"] is None


def test_a_pinyin_papers_name_after_a_writer_is_the_publisher_not_a_second_writer() -> None:
    page = (
        "<html><body><article><h1>Robot park opens a third hall</h1>"
        '<p class="byline">By Pan Yuxin, <span>Keji Ribao</span></p>' + BODY_HTML + "</article></body></html>"
    )
    assert _read(page, "a.html")[1]["author"] == "Pan Yuxin"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # a credit opening a sentence of a closing paragraph, with where it was written
        (
            "Robot park opens a third hall\n\n"
            + BODY
            + "\nThat is all for now. Written by Pan Yuxin in Shunyi; edited by Lu Heng.\n",
            "Pan Yuxin",
        ),
        # a host who writes the notes
        (
            "Robot park opens a third hall\n\n"
            + BODY
            + "\nThe show is hosted by Pan Yuxin, who also writes these notes.\n",
            "Pan Yuxin",
        ),
        # a forum handle, then the writer's name in brackets
        ("Robot park opens a third hall\n\nOriginal post by panyx88 (Pan Yuxin) >> 2026/03/21\n\n" + BODY, "Pan Yuxin"),
        # a columnist's note under the text
        (
            "Robot park opens a third hall\n\n"
            + BODY
            + "\nPan Yuxin is a fellow at the Example Institute and writes the "
            "Park Life column for this paper.\n",
            "Pan Yuxin",
        ),
        # a surname in capitals after "Interview by"
        ("Robot park opens a third hall\n\nInterview by PAN Yuxin\n\n" + BODY, "Pan Yuxin"),
        # authors marked with their affiliations under the title
        (
            "Robot park opens a third hall\n\nPan Yuxin¹ and Lu Heng²\n\n¹ Example Institute ² Example University\n\n"
            + BODY,
            "Pan Yuxin and Lu Heng",
        ),
        # a letter signed under its last paragraph, over where its writer lives
        (
            "Letters\n\nRobot park opens a third hall\n\n" + BODY + "\nPan Yuxin\nShunyi District, Beijing\n",
            "Pan Yuxin",
        ),
        # the writer and her post opening the text
        ("Robot park opens a third hall\n\nPan Yuxin, Science Correspondent, Shunyi -- " + BODY, "Pan Yuxin"),
        # a byline under a standfirst, with an illustrator's credit between it and the date line
        (
            "Robot park opens a third hall\n\nThe park wants more start-ups, and a test track for their robots.\n\n"
            "By Pan Yuxin and Lu Heng\nIllustrations by Kim Ota\n\nPosted March 28, 2026\n\n" + BODY,
            "Pan Yuxin and Lu Heng",
        ),
        ("Robot park opens a third hall\n\nAnalysis by Pan Yuxin. Graphics by Kim Ota.\n\n" + BODY, "Pan Yuxin"),
        ("Robot park opens a third hall\n\nLive coverage by Pan Yuxin and Lu Heng\n\n" + BODY, "Pan Yuxin and Lu Heng"),
        # not writers: a name in a list of tags, a speaker's name over an answer, "Wind Information" compiling data
        ("Robot park opens a third hall\n\nHumanoid Robots¹, Smart Factories\n\n" + BODY, None),
        (
            "Robot park opens a third hall\n\n" + BODY + "\nPan Yuxin\nThe park will add a hall next year, she said.\n",
            None,
        ),
    ],
)
def test_writers_credited_in_closing_notes_signatures_and_headers(text: str, author: str | None) -> None:
    assert _read(text)[1]["author"] == author


def test_an_html_pages_writer_in_an_info_line_a_side_list_or_trimmed_of_what_follows() -> None:
    info = (
        '<html><body><div class="detail"><h2 class="title">Robot park opens a third hall</h2><div class="info">'
        "Source: Example Centre &nbsp;&nbsp; Author: Pan Yuxin &nbsp;&nbsp; Release time: 2026-06-03 15:00</div>"
        + BODY_HTML
        + "</div></body></html>"
    )
    assert _read(info, "a.html")[1]["author"] == "Pan Yuxin"
    reporter = info.replace("Author: Pan Yuxin", "Reporter: PAN Yuxin &nbsp;&nbsp; Editor on duty: Lu Heng")
    assert _read(reporter, "a.html")[1]["author"] == "Pan Yuxin"
    side = (
        "<html><body><main><article><h1>Robot park opens a third hall</h1>" + BODY_HTML + "</article></main>"
        "<aside><h2>Article information</h2><dl><dt>Category</dt><dd>Policy</dd><dt>Author</dt><dd>Pan Yuxin</dd>"
        "<dt>Editor</dt><dd>Lu Heng</dd><dt>Published</dt><dd>2026/03/05</dd></dl></aside></body></html>"
    )
    assert _read(side, "a.html")[1]["author"] == "Pan Yuxin"
    agency = (
        '<html><head><meta name="author" content="Example Wire"></head><body><article>'
        "<h1>Robot park opens a third hall</h1>" + BODY_HTML + "</article></body></html>"
    )
    assert _read(agency, "a.html")[1]["author"] is None


def test_a_newsletter_saved_as_an_email_is_read_from_its_header_fields() -> None:
    text = (
        "From: The Park Letter <issues@parkletter.example>\nTo: reader@example.com\n"
        "Date: Tue, 10 Mar 2026 07:00:12 +0800\nSubject: [Park Letter #12] Robot park opens a third hall\n\n"
        "View this email in your browser\n\nTHE PARK LETTER\n\nRobot park opens a third hall\n\n" + BODY
    )
    excluded, meta = _read(text)
    assert (meta["title"], meta["date_published"], meta["publisher"]) == (
        "Robot park opens a third hall",
        "2026-03-10",
        "The Park Letter",
    )
    assert "View this email in your browser" in excluded


@pytest.mark.parametrize(
    "header",
    [
        # a tagline and the site's links on one line
        "Park News in English\nTranslations from the Chinese-language press | Home | About | Archive\n\n",
        # a podcast's name and what it is about
        "PARK BUILDERS\nA podcast about the people and places behind the city's parks\n\nEpisode 57\n\n",
        # a section under the masthead, over the date line
        "THE PARK COURIER\nLetters to the Editor\nSaturday, 28 March 2026\n\n",
    ],
)
def test_a_tagline_a_menu_or_a_section_over_the_headline_is_not_the_title(header: str) -> None:
    assert _read(header + "Robot park opens a third hall\n\n" + BODY)[1]["title"] == "Robot park opens a third hall"


def test_an_html_pages_date_from_a_time_marked_published_or_a_list_of_its_facts() -> None:
    post = (
        "<html><body><article><h1>Robot park opens a third hall</h1>"
        '<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" '
        'datetime="2026-01-28T19:45:00+08:00">28 Jan</time><time class="updated" datetime="2026-01-30T08:10:00+08:00">'
        "30 Jan</time></span></div>" + BODY_HTML + '</article><section class="comments"><time datetime="2026-02-03">'
        "3 Feb</time></section><footer>&copy; 2026 Park Notes</footer></body></html>"
    )
    assert _read(post, "a.html")[1]["date_published"] == "2026-01-28"
    side = (
        "<html><body><main><article><h1>Robot park opens a third hall</h1>" + BODY_HTML + "</article></main>"
        "<aside><dl><dt>Category</dt><dd>Policy</dd><dt>Author</dt><dd>Pan Yuxin</dd><dt>Published</dt>"
        "<dd>2026/03/05</dd><dt>Event date</dt><dd>2026/03/20</dd></dl></aside></body></html>"
    )
    assert _read(side, "a.html")[1]["date_published"] == "2026-03-05"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # an op-ed writer's note, whose views are her own
        (
            "Robot park opens a third hall\n\n" + BODY + "\nPan Yuxin is a research fellow at the Example Centre. The "
            "views expressed are her own.\n",
            "Pan Yuxin",
        ),
        # a correspondent's note naming the outlet
        (
            "Robot park opens a third hall\n\n" + BODY + "\nAbout the author: Pan Yuxin is Example Weekly's Asia "
            "correspondent, based in Beijing.\n",
            "Pan Yuxin",
        ),
        ("Robot park opens a third hall\n\nAuthor | Pan Yuxin\n\n" + BODY, "Pan Yuxin"),
        ("Robot park opens a third hall\n\n" + BODY + "\nDigest entry by Pan Yuxin, research editor.\n", "Pan Yuxin"),
        ("Robot park opens a third hall\n\nPan Yuxin | BEIJING – " + BODY, "Pan Yuxin"),
        ("Robot park opens a third hall\n\nREPORTER (Pan Yuxin): " + BODY, "Pan Yuxin"),
        # an event's host is no writer
        ("Robot park opens a third hall\n\nHosted by Pan Yuxin | March 3, 2026\n\n" + BODY, None),
        # authors marked with affiliations in brackets
        (
            "Robot park opens a third hall\n\nPan Yuxin(1) and Lu Heng(2)\n\n(1) Example Institute\n\n" + BODY,
            "Pan Yuxin and Lu Heng",
        ),
    ],
)
def test_writers_in_notes_transcripts_and_labelled_lines(text: str, author: str | None) -> None:
    assert _read(text)[1]["author"] == author


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a headline wrapped onto a second line after a possessive
        (
            "EXAMPLE INSTITUTE                    Policy Brief No. 2025-14\n\nPatient Capital: How Beijing's\n"
            "Municipal Funds Shape Start-ups\n\nPan Yuxin\n\n15 December 2025\n\n" + BODY,
            "Patient Capital: How Beijing's Municipal Funds Shape Start-ups",
        ),
        # a show's name in capitals over the episode's line, then the headline
        (
            "EXAMPLE AUDIO | Shows Episodes Sign in\n\nPARK TALK: THE CITY TECH PODCAST\nEpisode 57 · 48 min · "
            "Released Jan 22, 2026\n\nRobot park opens a third hall\n\n" + BODY,
            "Robot park opens a third hall",
        ),
        # a kicker line of a section and a print issue
        (
            "EXAMPLE AUTOMATION\nFeature | Robotics | Print issue 11, November 2025\n\n"
            "Robot park opens a third hall\n\n" + BODY,
            "Robot park opens a third hall",
        ),
        # a transcript's programme field
        (
            "EXAMPLE RADIO - ENGLISH SERVICE\nProgramme: Morning Tech Bulletin\nBroadcast: Monday 2 March 2026, 07:15\n"
            "TRANSCRIPT\n\nRobot park opens a third hall\n\n" + BODY,
            "Robot park opens a third hall",
        ),
        # a headline that ends in "in" over a standfirst stays one line
        (
            "Robot park opens a third hall, two years in\n"
            "Three days in Shunyi, two labs and one very patient engineer\n\n" + BODY,
            "Robot park opens a third hall, two years in",
        ),
    ],
)
def test_headlines_wrapped_or_under_a_shows_name_a_kicker_or_a_field(text: str, title: str) -> None:
    assert _read(text)[1]["title"] == title


def test_a_date_the_figures_are_as_of_or_a_closing_published_sentence() -> None:
    assert _read("Robot park in 8 numbers\n\nData as of 31 December 2025\n\n" + BODY)[1]["date_published"] is None
    text = "Robot park opens a third hall\n\n" + BODY + "\nPublished 3 February 2026. Letters: letters@example.org\n"
    assert _read(text)[1]["date_published"] == "2026-02-03"
    agency = (
        '<html><head><meta name="author" content="The Example Chronicle"></head><body><article>'
        "<h1>Robot park opens a third hall</h1>" + BODY_HTML + "</article></body></html>"
    )
    assert _read(agency, "a.html")[1]["author"] is None
    column = (
        '<html><body><article><h1>Robot park opens a third hall</h1><p class="author">A column by Pan Yuxin</p>'
        + BODY_HTML
        + "</article></body></html>"
    )
    assert _read(column, "a.html")[1]["author"] == "Pan Yuxin"


RSS_ITEM = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    "<channel><title>Park Weekly — Technology</title><description>News from the parks</description>"
    "<lastBuildDate>Wed, 11 Feb 2026 06:00:00 +0800</lastBuildDate><item><title>Robot park opens a third hall</title>"
    "<dc:creator><![CDATA[Pan Yuxin]]></dc:creator><pubDate>Tue, 10 Feb 2026 11:15:00 +0800</pubDate>"
    "<description><![CDATA[" + BODY_HTML + "]]></description></item></channel></rss>\n"
)


def test_an_item_of_a_feed_saved_as_it_came_is_read_as_its_page() -> None:
    article = parse_article(RSS_ITEM.encode(), name="item.xml")
    assert (article.title, article.date, article.author, article.publisher) == (
        "Robot park opens a third hall",
        "2026-02-10",
        "Pan Yuxin",
        "Park Weekly",
    )
    assert "bringing the number of resident firms to 64" in article.text and "<" not in article.text
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Park Letter</title>'
        "<updated>2025-10-24T09:00:00+08:00</updated><entry><title>Robot park opens a third hall</title>"
        "<published>2025-10-21T08:00:00+08:00</published><updated>2025-10-23T17:40:00+08:00</updated>"
        "<author><name>Pan Yuxin</name><uri>https://example.org/pan</uri></author>"
        '<content type="html"><![CDATA[' + BODY_HTML + "]]></content></entry></feed>"
    )
    article = parse_article(atom.encode(), name="entry.txt")
    assert (article.title, article.date, article.author) == ("Robot park opens a third hall", "2025-10-21", "Pan Yuxin")


def test_a_feed_reads_no_local_file_and_a_broken_one_is_read_as_text() -> None:
    secret = Path(__file__).resolve()  # any local file: its text must not reach the article
    hostile = RSS_ITEM.replace(
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>\n',
    ).replace("<title>Robot park opens a third hall</title>", "<title>Robot park &leak; opens</title>")
    article = parse_article(hostile.encode(), name="item.xml")
    assert "def test_a_feed_reads_no_local_file" not in article.text + str(article.title)
    broken = parse_article(b"<rss><channel><item><title>Robot park", name="item.txt")
    assert broken.text.strip()


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Robot park opens a third hall\n\nBy PAN Yuxin and Helen MARSH\n\n" + BODY, "Pan Yuxin and Helen Marsh"),
        ("Robot park opens a third hall\n\n" + BODY + "\n— Anand Rao, Asia Correspondent\n", "Anand Rao"),
        (
            "Robot park opens a third hall\n\nOur Beijing correspondent Pan Yuxin reports from Shunyi,\n\n" + BODY,
            "Pan Yuxin",
        ),
        # a closing line on who someone is, with no word of writing, may be anyone's: no writer
        (
            "Robot park opens a third hall\n\n" + BODY + "\nPan Yuxin is a research fellow at the Example Institute.\n",
            None,
        ),
        (
            "EXAMPLE COMMONS  —  Research Brief Series\nTitle:       Robot park opens a third hall\n"
            "Authors:     Pan Yuxin; Gabriel Santos\nPublished:   2 March 2026\n\nSUMMARY\n\n" + BODY,
            "Pan Yuxin, Gabriel Santos",
        ),
        ("Robot park opens a third hall\n\nReporter: Pan Yuxin 3 hours ago 12.3k reads\n\n" + BODY, "Pan Yuxin"),
        # an editor's name is no writer's
        (
            "Robot park opens a third hall\n\nSource: Example Agency | 2026-02-09 17:26:41 | Editor: Ma Ruolin\n\n"
            + BODY,
            None,
        ),
    ],
)
def test_bylines_with_capitals_posts_places_fields_and_an_editor(text: str, author: str | None) -> None:
    assert _read(text)[1]["author"] == author


def test_an_html_info_line_of_many_labelled_fields_under_the_headline() -> None:
    page = (
        "<html><body><article><h1>Robot park opens a third hall</h1><p>Date: 2026.01.08 &nbsp;|&nbsp; Written by: "
        "Pan Yuxin &nbsp;|&nbsp; Photos: Zheng Kai &nbsp;|&nbsp; Editor: Lu Ming &nbsp;|&nbsp; Source: School of "
        "Integrated Circuits</p>" + BODY_HTML + '</article><p class="byline">Story: Pan Yuxin</p></body></html>'
    )
    meta = _read(page, "a.html")[1]
    assert (meta["author"], meta["date_published"]) == ("Pan Yuxin", "2026-01-08")


@pytest.mark.parametrize(
    "header",
    [
        # an archive's banner over the page it keeps
        "Archived page — Example Memory Project\nOriginal URL: https://example.org/2025/10/07/robot-park/\n"
        "Captured: 2026-05-02 14:22:07 UTC\n[ Previous capture ]  [ Next capture ]\n\nTHE PARK REPORT\n"
        "Startups   AI   Hardware   Policy\n\n",
        # a site's address with its tagline, a call for support, a breadcrumb with '‹'
        "PARK WEEKLY\nVol. 12, Issue 9  |  2 March 2026\nwww.parkweekly.example  |  For industry professionals\n\n",
        "The Park Chronicle\nNews  Opinion  Sport  Culture\nSupport the Chronicle\n\n",
        "Board index ‹ Startups & Jobs ‹ Shunyi & Haidian\n\n",
    ],
)
def test_archive_banners_site_addresses_calls_for_support_and_breadcrumbs_are_no_headline(header: str) -> None:
    assert _read(header + "Robot park opens a third hall\n\n" + BODY)[1]["title"] == "Robot park opens a third hall"


def test_a_transcripts_segment_field_a_foreign_by_and_a_preprints_submission_date() -> None:
    text = (
        "PARK TELEVISION\nEVENING REPORT — TRANSCRIPT\n\nSegment: Robot park opens a third hall\n"
        "Air date: 2/19/2026\n\n" + BODY
    )
    assert _read(text)[1]["title"] == "Robot park opens a third hall"
    assert (
        _read("Robot park opens a third hall\n\nVon/By Katrin Vollmer, Peking\n\n" + BODY)[1]["author"]
        == "Katrin Vollmer"
    )
    preprint = "Economics > General Economics\n[Submitted on 12 Jan 2026 (v1), last revised 3 Feb 2026 (v2)]\n\n"
    assert _read(preprint + "Robot park opens a third hall\n\n" + BODY)[1]["date_published"] == "2026-01-12"


def test_a_writer_in_markup_without_an_honorific_or_capitals() -> None:
    page = (
        '<html><head><meta name="author" content="Dr Pan Yuxin"></head><body><article>'
        "<h1>Robot park opens a third hall</h1>" + BODY_HTML + "</article></body></html>"
    )
    assert _read(page, "a.html")[1]["author"] == "Pan Yuxin"
    page = page.replace("Dr Pan Yuxin", "PAN YUXIN")
    assert _read(page, "a.html")[1]["author"] == "Pan Yuxin"


@pytest.mark.parametrize(
    "header",
    [
        "THE PARK JOURNAL\n\nWorld   Business   U.S.   Politics   Economy   Tech   Markets & Finance   Opinion\n\n",
        "THE PARK REVIEW   [Print this page] [Close]\n\nPrinted: 02/04/2026 10:15 AM\n\nTECHNOLOGY | HEALTH\n\n",
        "Park News\nTechnology | China | Venture Capital\n\nCHINA-TECH/FUND (UPDATE 2, PIX)\n\n",
        "PARK SCIENCE MONTHLY\nMay 2026 | Volume 41, Number 5\n\nSPECIAL REPORT: ASIA'S LAB CITIES | PART 2 OF 4\n\n",
        "CLEAN PARK WATCH\nIndependent research for low-carbon parks\n\n",
    ],
)
def test_menus_with_abbreviations_print_stamps_slugs_series_parts_and_taglines_are_no_headline(header: str) -> None:
    assert _read(header + "Robot park opens a third hall\n\n" + BODY)[1]["title"] == "Robot park opens a third hall"


def test_a_date_alone_on_its_line_is_no_wire_slug() -> None:
    text = "PARK JOURNAL\nHome > Technology\n\nRobot park opens a third hall\n\nBy Pan Yuxin\n14/01/2026\n\n" + BODY
    assert _read(text)[1]["date_published"] == "2026-01-14"


@pytest.mark.parametrize(
    "text",
    [
        # sentences of the story that name writers, reporters or authors it is about
        "Robot park opens a third hall\n\n2026-03-10\n\nThe original proposal was written by Gao Feng.\n\n" + BODY,
        "Robot park opens a third hall\n\n2026-03-10\n\nFormer reporter Zhao Lei founded Inkstone AI in 2019.\n\n"
        + BODY,
        "Veteran reporter Li Na joins Baidu as PR chief\n\n2026-03-10\n\n" + BODY,
        "Robot park opens a third hall\n\n2026-03-10\n\n"
        + BODY
        + "\nLi Na is a professor of materials science at Peking University.\n",
        "Robot park opens a third hall\n\n2026-03-10\n\n"
        + BODY
        + "\nThe prize went to a series on chip smuggling (reporters Li Na "
        "and Chen Jie), the jury said.\n",
        "Robot park opens a third hall\n\n2026-03-10\n\nThe panel:\n\nLi Na, Senior Correspondent, Caixin\n\n" + BODY,
        "Robot park opens a third hall\n\nHosted by Zhang Wei | March 3, 2026\n\n" + BODY,
        "Robot park opens a third hall\n\n2026-03-10\n\n"
        + BODY
        + "\nSign up for The Briefing, written by Liu Yang, who also writes "
        "this column every week.\n\nMore stories\n\nPrivacy",
    ],
)
def test_people_a_story_is_about_are_no_writers(text: str) -> None:
    assert _read(text)[1]["author"] is None


@pytest.mark.parametrize(
    "title",
    [
        "Snapshot of Beijing's start-up scene shows funding slump",
        "Startup behind zhipu.com files for Hong Kong listing | Markets",
        "Inside Beijing's robot schools | Part 2 of 3",
        "Beijing EV sales volume 40% up; BYD number 1 again",
        "Column: Beijing's robotaxi rules are too timid",
        "Support the small labs",
        "Vol. 3 No. 2 of Beijing's AI rulebook adds 12 new standards",
    ],
)
def test_headlines_shaped_like_furniture_stay_headlines(title: str) -> None:
    assert _read(f"{title}\n\n2026-03-10\n\n" + BODY)[1]["title"] == title


def test_people_moves_a_lowercase_second_line_names_and_dates_beside_others() -> None:
    text = "People moves: Example Lab hires chief scientist\n\nName: Wang Fang\nTitle: Chief Scientist\n\n" + BODY
    assert _read(text)[1]["title"] == "People moves: Example Lab hires chief scientist"
    text = "Robot dogs go to school\niPad-style tablets replaced by robots\n\n" + BODY
    assert _read(text)[1]["title"] == "Robot dogs go to school"
    for name in ("Park Min-ji", "Robert Service", "Tan Wei Jun"):
        page = (
            f'<html><head><meta name="author" content="{name}"></head><body><article>'
            "<h1>Robot park opens a third hall</h1>" + BODY_HTML + "</article></body></html>"
        )
        assert _read(page, "a.html")[1]["author"] == name
    text = "Robot park opens a third hall\n\nSubmitted 2 February 2026 | Published 15 March 2026\n\n" + BODY
    assert _read(text)[1]["date_published"] == "2026-03-15"
    text = "Robot park opens a third hall\n\nData as of 31 December 2025 | Published 12 January 2026\n\n" + BODY
    assert _read(text)[1]["date_published"] == "2026-01-12"
    page = (
        '<html><body><article><h1>Robot park opens a third hall</h1><p class="meta">By Pan Yuxin, 8 March 2026</p>'
        + BODY_HTML
        + '</article><aside><h2>Related</h2><time class="published" datetime="2025-11-02">2 Nov</time></aside>'
        "</body></html>"
    )
    assert _read(page, "a.html")[1]["date_published"] == "2026-03-08"
    feed = RSS_ITEM.replace("</item></channel>", "</item><item><title>Another</title></item></channel>")
    assert parse_article(feed.encode(), name="feed.xml").title != "Robot park opens a third hall"
