"""Reading articles never seen: page furniture, bylines and dates in plain text, and HTML layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.ingest import article_metadata
from kg.ingest.extract import sentences
from kg.ingest.reader import find_dates, parse_article, text_metadata
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
        ("Last updated: 13 May 2025 | Published: 12 May 2025", ("2025-05-12", None, None)),
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
        "Robots and the river economy: three findings", "2025-05-12", "Ines Duarte, Kofi Mensah", "Delta Policy Forum"
    )


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
    assert article.text == (  # the table's rows are lines; the banner, menu, info line and footer are left out
        "The Riverside district set up a robotics fund of 2 billion yuan on Monday to back firms in its new park.\n\n"
        "The park is home to 64 firms, the district science bureau said in a statement on its website.\n\n"
        "Indicator 2023 2024\n\nResident robotics firms 41 64\n\n"
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
