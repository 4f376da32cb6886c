"""Tests of HTML extraction beyond the basics of test_clean.py: headline and date from the page's
own metadata (clipper.htmlmeta), inline link teasers (clipper.htmlprune), short articles, the
recall retry and what a rejection says.  All fixture text is invented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper import clean as clean_mod
from clipper import extraction
from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.htmlmeta import page_meta
from clipper.page import Article, RawPage, Rejection
from clipper.sitenames import site_keys, strip_site_segments

CONFIG = CleanConfig()

PARAS = [
    "The county archive in Hollin Vale will move to a converted grain store by the canal, the "
    "council confirmed on Thursday after a two-year search for a dry building.",
    "Archivists said the present basement floods most winters and that several boxes of parish "
    "records had to be dried by hand after the storms of last November.",
    "The new store has room for twice the shelving, a reading room with twelve desks and a "
    "loading bay, and the move is planned for the summer holidays.",
    "Volunteers who index the records will be offered training in the new building before it "
    "opens to the public in the autumn.",
]


def _page(head: str, body: str, lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


def _clean(html: bytes, url: str | None = None, **kw: Any) -> Article | Rejection:
    return clean_page(RawPage(origin="t", kind="html", body=html, url=url, **kw), CONFIG)


def _article(html: bytes, url: str | None = None, **kw: str) -> Article:
    result = _clean(html, url, **kw)
    assert isinstance(result, Article), result
    return result


def _blog(headline: str, site: str, paras: list[str]) -> bytes:
    """A blog theme: the site's name is the masthead's only <h1>, the headline an <h2>."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return _page(
        f"<title>{headline} | {site}</title>",
        f'<div id="masthead"><h1 class="site-title"><a href="/">{site}</a></h1>'
        f"<p>Notes from the valley</p></div>"
        f'<div class="post"><h2 class="post-title">{headline}</h2>'
        f'<p class="meta">June 2, 2025</p><div class="entry">{body}</div></div>',
    )


# --------------------------------------------------------------------------- headline


@pytest.mark.parametrize("url", ["https://vale-chronicle.example/news/archive-move", None])
def test_site_name_h1_is_not_the_headline(url: str | None) -> None:
    headline = "County archive to move to canal grain store"
    article = _article(_blog(headline, "Vale Chronicle", PARAS), url)
    assert article.title == headline


def test_two_articles_of_a_site_name_h1_site_get_their_own_headlines() -> None:
    first = _article(_blog("County archive to move to canal grain store", "Vale Chronicle", PARAS))
    other = [
        "The Hollin Vale swimming pool will reopen on Saturday after the roof over the learner "
        "pool was replaced, three weeks later than planned.",
        "Lessons booked for the closed weeks will be moved to the evenings, the leisure trust "
        "said, and season tickets will be extended by a month.",
    ]
    second = _article(_blog("Swimming pool reopens after roof repairs", "Vale Chronicle", other))
    assert first.title != second.title
    assert second.title == "Swimming pool reopens after roof repairs"


@pytest.mark.parametrize(
    "title_tag",
    [
        "<title>County archive to move to canal grain store « Vale Chronicle</title>",
        "<title>Vale Chronicle ~ County archive to move to canal grain store</title>",
        "<title>Vale Chronicle: County archive to move to canal grain store</title>",
        "<title>County archive to move to canal grain store [Vale Chronicle]</title>",
        "<title>Vale Chronicle</title>",  # the theme's <title> is only the site's name
        "",  # a saved page without a <title>
    ],
)
def test_a_site_name_theme_s_headline_whatever_its_title_tag_says(title_tag: str) -> None:
    """The whole kind of the masthead-<h1> fault: separators WordPress themes use, a <title>
    that is only the site's name, no <title> at all; the headline is the article's <h2>."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    html = _page(
        title_tag,
        '<div id="masthead"><h1 class="site-title"><a href="/">Vale Chronicle</a></h1></div>'
        '<article><h2 class="entry-title">County archive to move to canal grain store</h2>'
        f'<div class="entry">{body}</div></article>',
    )
    article = _article(html, "https://vale-chronicle.example/news/archive-move")
    assert article.title == "County archive to move to canal grain store"


@pytest.mark.parametrize(
    ("title_tag", "heading", "og_site"),
    [
        # a <title> naming the site otherwise than the masthead, og:site_name and the host do
        ("{h} | VC Online", '<h2 class="post-title">{h}</h2>', False),
        ("{h} \u2013 VC Online", '<h3 class="headline">{h}</h3>', True),
        ("{h} \u2014 VC Online", '<div class="entry-title">{h}</div>', True),
        ("VC Online | {h}", '<h2 class="entry-title">{h}</h2>', True),
        ("{h} | Local News | VC Online", '<h2 class="entry-title">{h}</h2>', True),
        # a breadcrumb ("Site » Section » Headline"; folding makes the guillemet a quote), the
        # site's name in brackets first
        ("Vale Chronicle » Local » {h}", '<h2 class="entry-title">{h}</h2>', False),
        ("[Vale Chronicle] {h}", '<h2 class="entry-title">{h}</h2>', False),
        # a <title> that is only the site's name, the headline in an <h3> or a named <div>
        ("Vale Chronicle", '<h3 class="entry-title">{h}</h3>', False),
        ("Vale Chronicle", '<div class="entry-title"><a href="/n/1">{h}</a></div>', False),
    ],
)
def test_a_site_name_theme_s_headline_in_any_heading_whatever_its_title_names(
    title_tag: str, heading: str, og_site: bool
) -> None:
    """The masthead-<h1> fault's neighbours: a <title> whose site segment nothing on the page
    declares ("VC Online" under a masthead saying "Vale Chronicle"), a headline in an <h3> or
    a theme's "entry-title" <div>; two articles of the site get two headlines."""
    titles = []
    for headline, paras in [
        ("County archive to move to canal grain store", PARAS),
        ("Swimming pool reopens after roof repairs", list(reversed(PARAS))),
    ]:
        og = '<meta property="og:site_name" content="Vale Chronicle">' if og_site else ""
        html = _page(
            f"<title>{title_tag.format(h=headline)}</title>{og}",
            '<header id="masthead"><h1 class="site-title"><a href="/">Vale Chronicle</a></h1>'
            '<p class="tagline">Notes from the valley</p></header>'
            f'<main><div class="post">{heading.format(h=headline)}<div class="entry-content">'
            f'{"".join(f"<p>{p}</p>" for p in paras)}</div></div></main>',
        )
        titles.append(_article(html, "https://vale-chronicle.example/news/item").title)
    assert titles == [
        "County archive to move to canal grain store",
        "Swimming pool reopens after roof repairs",
    ]


@pytest.mark.parametrize(
    ("head", "before"),
    [
        # og:title (or twitter:title) set to the site's name on every page of a theme
        ('<title>{h} | Vale Chronicle</title><meta property="og:title" content="Vale Chronicle">'
         '<meta property="og:site_name" content="Vale Chronicle">', ""),
        ('<title>{h} | Vale Chronicle</title>'
         '<meta name="twitter:title" content="Vale Chronicle">', ""),
        ('<title>Vale Chronicle</title><meta property="og:title" content="Vale Chronicle">', ""),
        # no <title> at all, the masthead's tagline a <p> above the headline (no <main>)
        ("", ""),
        ("<title>Vale Chronicle</title>", ""),
        # a consent banner's own <h1> above the article ("Welcome to …", Didomi's notice)
        ("<title>{h}</title>",
         '<div id="didomi-host"><div class="didomi-popup-notice-text"><h1>Welcome to the Vale '
         "Chronicle: county, archive and pool news!</h1><p>With your agreement, we and our "
         "partners use cookies to store and access personal data on your device.</p></div>"
         "<button>Agree and close</button></div>"),
    ],
)
def test_a_headline_is_never_the_site_s_name_nor_a_banner_s(head: str, before: str) -> None:
    """What a reader sees as the headline, when the page's metadata names only the site (its
    og:title or twitter:title is the site's name) or has no <title>, when the masthead's
    tagline stands above the headline outside any <main>, or when a consent banner's heading
    is the page's first <h1>: two articles of one site keep two headlines."""
    titles = []
    for headline, paras in [
        ("County archive to move to canal grain store", PARAS),
        ("Swimming pool reopens after roof repairs", list(reversed(PARAS))),
    ]:
        html = _page(
            head.format(h=headline),
            f"{before}"
            '<div id="masthead"><h1 class="site-title"><a href="/">Vale Chronicle</a></h1>'
            '<p class="site-description">Notes from the valley</p></div>'
            f'<div class="post"><h2 class="entry-title">{headline}</h2><div class="entry">'
            f'{"".join(f"<p>{p}</p>" for p in paras)}</div></div>',
        )
        titles.append(_article(html, "https://valechronicle.example/news/item").title)
    assert titles == [
        "County archive to move to canal grain store",
        "Swimming pool reopens after roof repairs",
    ]


def test_a_title_segment_is_not_cut_to_a_shorter_heading() -> None:
    """A heading that is only part of the <title>'s headline (a section's label, a box's
    title) does not cut it: what is left must be shorter than the heading."""
    html = _page(
        "<title>Weather: storm warning for the coast this weekend | VC Online</title>",
        '<h2>Weather</h2><article><h3>Related</h3>'
        f'{"".join(f"<p>{p}</p>" for p in PARAS)}</article>',
    )
    title = _article(html).title
    assert title is not None and title.startswith("Weather: storm warning for the coast")


HARBOUR = "Harbour wall repairs to start in May"


@pytest.mark.parametrize(
    ("h1", "title_tag", "expected"),
    [
        # A section's label as the page's only <h1>: the <title> is the headline.
        ("Planning Notices", HARBOUR, HARBOUR),
        ("Information and Resources", "Why the ferry timetable changes in the winter",
         "Why the ferry timetable changes in the winter"),
        # An <h1> that shares a word with the <title> is the headline (an editorial variant).
        ("Harbour wall repairs begin in May", "Harbour wall works from May | Vale Chronicle",
         "Harbour wall repairs begin in May"),
        ("橋の補修工事が始まる", "港の橋の補修工事が来月始まる", "橋の補修工事が始まる"),
        ("EU tax row", "EU tax row: what it means", "EU tax row"),
    ],
)
def test_section_label_h1_is_not_the_headline(h1: str, title_tag: str, expected: str) -> None:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    body = f'<div class="section"><h1>{h1}</h1></div><article>{paras}</article>'
    assert _article(_page(f"<title>{title_tag}</title>", body)).title == expected


def test_articles_under_one_section_label_get_their_own_headlines() -> None:
    """The kind of the site-name field case: a section label as every page's <h1> would give
    unrelated articles one title (and one story)."""
    titles = {
        _article(
            _page(
                f"<title>{title}</title>",
                f"<h1>Planning Notices</h1><article>{''.join(f'<p>{p}</p>' for p in paras)}"
                "</article>",
            )
        ).title
        for title, paras in (
            ("County archive to move to canal grain store", PARAS),
            ("Swimming pool reopens after roof repairs", PARAS[2:] + PARAS[:2]),
        )
    }
    assert titles == {
        "County archive to move to canal grain store",
        "Swimming pool reopens after roof repairs",
    }


def test_a_masthead_name_shorter_than_the_host_is_cut_as_a_title_label() -> None:
    """The masthead says "Vale Chronicle", the host vale-chronicle-news.example: the <title>'s
    label "Vale Chronicle: …" is the site's name, cut (the masthead is the evidence)."""
    headline = "County archive to move to canal grain store"
    html = _page(
        f"<title>Vale Chronicle: {headline}</title>",
        '<header><h1 class="site-title">Vale Chronicle</h1></header>'
        f'<article><h2 class="entry-title">{headline}</h2>'
        f'{"".join(f"<p>{p}</p>" for p in PARAS)}</article>',
    )
    assert _article(html, "https://vale-chronicle-news.example/n/1").title == headline


def test_an_unspaced_headline_heading_cuts_the_section_from_the_title() -> None:
    """"見出し｜社会｜港町新聞" under a masthead <h1> naming the site: the section's name
    written without spaces goes with the site's (a headline of an unspaced script is one
    "word" by spaces, not a label)."""
    headline = "市立図書館、日曜日の開館時間を延長へ"
    paras = [
        "市立図書館は来月から日曜日の開館時間を午後八時まで延長すると発表した。利用者から平日に"
        "来られないという声が多く寄せられていたという。",
        "延長に必要な職員はボランティアの協力で確保する予定で、すでに三十人以上が登録している。",
        "市は利用状況を半年間調べたうえで、土曜日の延長についても検討する方針だ。",
    ]
    html = _page(
        f"<title>{headline}｜社会｜港町新聞</title>",
        '<header><h1 class="site-title"><a href="/">港町新聞</a></h1></header>'
        f'<article><h2 class="entry-title">{headline}</h2>'
        f'{"".join(f"<p>{p}</p>" for p in paras)}</article>',
        lang="ja",
    )
    assert _article(html, "https://minato.example/n/1").title == headline


BRIDGE = "Bridge closes for repairs"


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Bridge closes for repairs | Vale Chronicle", {"valechronicle"}, BRIDGE),
        ("Vale Chronicle - Bridge closes for repairs", {"valechronicle"}, BRIDGE),
        (
            "Bridge closes for repairs – Vale Chronicle – 02.06.2025",
            {"valechronicle"},
            "Bridge closes for repairs",
        ),
        ("Brücke wird gesperrt | Tal-Bote", {"talbote"}, "Brücke wird gesperrt"),
        ("Brücke wird gesperrt | Börsen-Blatt", {"boersenblatt"}, "Brücke wird gesperrt"),
        ("橋の補修工事が始まる：港町新聞デジタル", {"港町新聞"}, "橋の補修工事が始まる"),
        ("Mar-a-Lago talks end - Vale Chronicle", {"valechronicle"}, "Mar-a-Lago talks end"),
        (
            "Bridge closes for repairs | Vale Chronicle | by Ann Lee",
            {"valechronicle"},
            "Bridge closes for repairs",
        ),
        ("Vale Chronicle", {"valechronicle"}, "Vale Chronicle"),
        ("Bridge closes - but not for long", set(), "Bridge closes - but not for long"),
        # separators that are not ASCII, and bars written without spaces (site keys are NFKD:
        # a Hangul name's key is its letters)
        ("다리 보수 공사 시작ㅣ항구일보", site_keys(None, "항구일보"), "다리 보수 공사 시작"),
        ("다리 보수 공사 시작ᅵ항구일보", site_keys(None, "항구일보"), "다리 보수 공사 시작"),
        ("다리 보수 공사 시작-사회ㅣ항구일보", site_keys(None, "항구일보"), "다리 보수 공사 시작"),
        ("한-미 다리 공사 합의ㅣ항구일보", site_keys(None, "항구일보"), "한-미 다리 공사 합의"),
        ("大桥维修工程开始--社会--港城网", {"港城网"}, "大桥维修工程开始"),
        ("大桥维修工程开始丨港城网", {"港城网"}, "大桥维修工程开始"),
        ("大桥――维修工程开始", {"港城网"}, "大桥――维修工程开始"),
        ("橋の補修工事が始まる ― 港町新聞", {"港町新聞"}, "橋の補修工事が始まる"),
        ("橋の補修工事が始まる － 港町新聞", {"港町新聞"}, "橋の補修工事が始まる"),
        ("Bridge closes for repairs › Vale Chronicle", {"valechronicle"}, BRIDGE),
        ("Bridge closes for repairs│Vale Chronicle", {"valechronicle"}, BRIDGE),
        ("Bridge closes, Covid-19|Vale Chronicle", {"valechronicle"}, "Bridge closes, Covid-19"),
        ("Bridge closes -사회 - Vale Chronicle", {"valechronicle"}, "Bridge closes -사회"),
        # the site's name as a label before a colon or in brackets at either end
        ("Vale Chronicle: Bridge closes for repairs", {"valechronicle"}, BRIDGE),
        ("VALE CHRONICLE: Bridge closes for repairs", {"valechronicle"}, BRIDGE),
        ("Bridge closes for repairs [Vale Chronicle]", {"valechronicle"}, BRIDGE),
        ("Bridge closes for repairs (Vale Chronicle)", {"valechronicle"}, BRIDGE),
        ("[Vale Chronicle] Bridge closes for repairs", {"valechronicle"}, BRIDGE),
        ("Vale Chronicle Online: Bridge closes for repairs", {"valechronicle"}, BRIDGE),
        ("VALE CHRONICLE | Bridge closes for repairs", {"valechronicle"}, BRIDGE),
        ("Vale Chronicle: Bridge closes for repairs | Vale Chronicle", {"valechronicle"}, BRIDGE),
        ("Bridge closes for repairs (Vale Chronicle) - Vale Chronicle", {"valechronicle"}, BRIDGE),
        (
            "Reuters: Bridge closes for repairs",
            site_keys("https://www.reuters.com/world/x", None),
            BRIDGE,
        ),
        # a colon or brackets of the headline's own stay
        ("Brexit: what now for the bridge", {"valechronicle"}, "Brexit: what now for the bridge"),
        ("Biden [sic] says the bridge", {"valechronicle"}, "Biden [sic] says the bridge"),
        ("Bridge closes (updated)", {"valechronicle"}, "Bridge closes (updated)"),
        ("Bridge closes [video]", {"valechronicle"}, "Bridge closes [video]"),
        ("Vale: bridge closes", {"valechronicle"}, "Vale: bridge closes"),  # a place
        (
            "Washington: Senate passes bridge bill",
            site_keys("https://www.washingtonpost.com/x", None),
            "Washington: Senate passes bridge bill",
        ),
        ("Times Square: bridge closes", {"times"}, "Times Square: bridge closes"),
        ("Vale Chronicle:", {"valechronicle"}, "Vale Chronicle:"),  # nothing else: kept whole
        ("(Vale Chronicle)", {"valechronicle"}, "(Vale Chronicle)"),
        ("Tal-Bote: Brücke wird gesperrt", {"talbote"}, "Brücke wird gesperrt"),
        # an underscore between headline, channel and site, as Chinese portals write
        ("大桥维修工程开始_港城网", {"港城网"}, "大桥维修工程开始"),
        ("大桥维修工程开始_社会_港城网", {"港城网"}, "大桥维修工程开始"),
    ],
)
def test_strip_site_segments(title: str, sites: set[str], expected: str) -> None:
    assert strip_site_segments(title, sites)[0] == expected


def test_jsonld_article_headline_and_date_beat_other_objects() -> None:
    """The article object's headline and datePublished, not an image's in the same graph."""
    from trafilatura.utils import load_html

    head = (
        '<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
        '{"@type":"ImageObject","name":"Pier at dusk","datePublished":"2019-01-01T10:00Z"},'
        '{"@type":"NewsArticle","headline":"Pier reopens &amp; ferries return",'
        '"datePublished":"2025-06-02T07:15:00+01:00"},'
        '{"@type":"Organization","name":"Vale Chronicle"}]}</script>'
        "<title>Pier news | Vale Chronicle</title>"
    )
    meta = page_meta(load_html(_page(head, "<p>x</p><p>y</p>")), None)
    assert meta.title == "Pier reopens & ferries return"
    assert meta.published == "2025-06-02T07:15:00+01:00"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # og:title = headline + an unnamed site segment; the <h1> prints the headline alone
        (
            '<meta property="og:title" '
            'content="Ferry timetable cut - The Upper Vale Weekly Herald">',
            "Ferry timetable cut",
        ),
        # JSON-LD headline = headline + a section segment
        (
            '<script type="application/ld+json">{"@type":"NewsArticle",'
            '"headline":"Ferry timetable cut | Local"}</script>',
            "Ferry timetable cut",
        ),
        # a <title> alone, with the separators of other sites
        ("<title>Ferry timetable cut :: Harbour pages :: weekly</title>", "Ferry timetable cut"),
        ("<title>Ferry timetable cut – Harbour pages</title>", "Ferry timetable cut"),
    ],
)
def test_headline_followed_by_unnamed_site_segments_is_cut_to_the_h1(
    head: str, expected: str
) -> None:
    """A title that is the page's <h1> followed by a separator and more segments keeps only the
    headline, even when nothing on the page names the site those segments are."""
    from trafilatura.utils import load_html

    body = "<h1>Ferry timetable cut</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
    meta = page_meta(load_html(_page(head, body)), "https://news.example/a/1")
    assert meta.title == expected
    assert meta.title_tag in (None, expected)  # the <title> fallback is cut the same way


@pytest.mark.parametrize(
    "og",
    [
        "Ferry timetable cut for winter",  # the h1 is a prefix, but without a separator
        "Ferry timetable cut: what it means",  # a colon is a subtitle, not a site's segment
    ],
)
def test_longer_declared_headline_is_not_cut_without_a_site_separator(og: str) -> None:
    from trafilatura.utils import load_html

    head = f'<meta property="og:title" content="{og}">'
    body = "<h1>Ferry timetable cut</h1>" + "".join(f"<p>{p}</p>" for p in PARAS)
    assert page_meta(load_html(_page(head, body)), None).title == og


def test_declared_date_only_beats_date_in_url() -> None:
    head = (
        '<title>Archive move</title><meta property="article:published_time" content="2025-06-03">'
    )
    body = "<article><h1>Archive move</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"
    url = "https://vale-chronicle.example/2024/01/15/archive-move"
    article = _article(_page(head, body), url, fetched_at="2025-06-04T00:00:00")
    assert (article.published or "")[:10] == "2025-06-03"


@pytest.mark.parametrize(
    ("declared", "also"),
    [
        # Gannett's JSON-LD for a page that also says when it was published
        ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Archive move",'
         '"datePublished":"0001-01-01T00:00:00Z"}</script>',
         '<meta property="article:published_time" content="2025-06-03T09:12:00+01:00">'),
        # an epoch of 0 west of UTC, and a spreadsheet's empty date
        ('<meta property="article:published_time" content="1969-12-31T19:00:00-05:00">',
         '<meta itemprop="datePublished" content="2025-06-03T09:12:00+01:00">'),
        ('<meta name="date" content="1900-01-01">',
         '<meta itemprop="datePublished" content="2025-06-03T09:12:00+01:00">'),
    ],
)
def test_a_placeholder_date_gives_way_to_the_pages_next_date(declared: str, also: str) -> None:
    body = "<article><h1>Archive move</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"
    url = "https://vale-chronicle.example/news/archive-move"
    article = _article(_page("<title>Archive move</title>" + declared + also, body), url,
                       fetched_at="2025-06-04T00:00:00")
    assert article.published == "2025-06-03T09:12:00+01:00"
    # with nothing else declared, the page is not dated year 1, 1969 or 1900
    alone = _article(_page("<title>Archive move</title>" + declared, body), url,
                     fetched_at="2025-06-04T00:00:00")
    assert alone.published is None or alone.published >= "2000", alone.published


_TEASER = (
    "<aside><a href='/older'><h3>Canal towpath reopens <time itemprop='datePublished' "
    "class='published' datetime='2024-11-02T08:00:00+00:00'>2 Nov</time></h3></a></aside>"
)


@pytest.mark.parametrize(
    ("head", "body_head"),
    [
        # schema.org microdata in the body, after a teaser whose own date sits inside its link
        ("", _TEASER + '<meta itemprop="datePublished" content="2025-06-03T09:12:00+01:00">'),
        ("", _TEASER + '<time itemprop="datePublished" datetime="2025-06-03T09:12:00+01:00">'
         "3 June 2025, 9:12</time>"),
        # a blog theme's microformat (hAtom "published")
        ("", _TEASER + '<span class="posted-on"><time class="entry-date published" '
         'datetime="2025-06-03T09:12:00+01:00">3 June 2025</time></span>'),
        # a meta name spelt with colons
        ('<meta property="article:published:time" content="2025-06-03T09:12:00+01:00">', ""),
        # JSON-LD whose article is the WebPage's mainEntity
        ('<script type="application/ld+json">{"@type":"WebPage","mainEntity":{"@type":'
         '"NewsArticle","headline":"Archive move","datePublished":"2025-06-03T09:12:00+01:00"}}'
         "</script>", ""),
    ],
)
def test_a_declared_date_keeps_its_time_of_day(head: str, body_head: str) -> None:
    # Every one of these declares the publication time; without them the date was htmldate's
    # guess, a day without its time (or the teaser's date).
    body = (
        f"<article><h1>Archive move</h1>{body_head}"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article>"
    )
    article = _article(
        _page("<title>Archive move</title>" + head, body),
        "https://vale-chronicle.example/news/archive-move",
        fetched_at="2025-06-04T00:00:00",
    )
    assert article.published == "2025-06-03T09:12:00+01:00"


def test_an_undated_page_takes_its_titles_date_not_a_teasers() -> None:
    # Nothing declares a date; the teasers' dates ("<span class=date>" inside their links) come
    # first in the page, the page's own day is the last segment of its <title>.
    teasers = "".join(
        f"<a href='/t/{i}'><h2>Canal towpath news {i} <span class='date'>0{i}.05.2025</span>"
        "</h2><p>A short summary of another story.</p></a>"
        for i in (1, 2)
    )
    body = (
        "<article><h1>Archive move</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"
        + f"<aside>{teasers}</aside>"
    )
    head = "<title>Archive move | Region | Vale Chronicle | 03.06.2025</title>"
    article = _article(
        _page(head, body), "https://vale-chronicle.example/a-123", fetched_at="2025-06-04T00:00:00"
    )
    assert article.published == "2025-06-03"


# --------------------------------------------------------------------------- link teasers

TEASERS = [
    ("de", "<strong>Mehr zum Thema</strong> – <a href='/a'>Neue Fähre fährt ab Mai</a>"),
    ("de", "Lesen Sie auch: <a href='/b'>Stadtrat beschließt neuen Radweg am Kanal</a>"),
    ("en", "<b>Related</b> <a href='/c'>Lighthouse keeper retires after forty years</a>"),
    ("fr", "À lire aussi : <a href='/d'>Le marché couvert rouvre ses portes samedi</a>"),
    ("it", "Leggi anche: <a href='/e'>Il nuovo ponte sarà pronto entro l'estate</a>"),
    ("nl", "Lees ook » <a href='/f'>Gemeente opent nieuwe bibliotheek in het centrum</a>"),
]


@pytest.mark.parametrize(("lang", "teaser"), TEASERS)
def test_inline_link_teaser_is_dropped_in_any_language(lang: str, teaser: str) -> None:
    body = (
        f"<article><h1>County archive to move</h1><p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
        f"<p>{teaser}</p><p>{PARAS[2]}</p><p>{PARAS[3]}</p></article>"
    )
    article = _article(_page("<title>County archive to move</title>", body, lang))
    assert article.text.split("\n") == PARAS


def test_sentence_with_a_link_is_kept() -> None:
    linked = (
        "The council published <a href='/r'>the full report on the archive building</a> on its "
        "website on Friday."
    )
    body = (
        f"<article><h1>County archive to move</h1><p>{PARAS[0]}</p><p>{linked}</p>"
        f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p></article>"
    )
    article = _article(_page("<title>County archive to move</title>", body))
    assert "The council published the full report on the archive building" in article.text


SECTIONS = [
    ("Why the basement floods", PARAS[0], PARAS[1]),
    ("What the new store offers", PARAS[2], PARAS[3]),
]


@pytest.mark.parametrize(
    "heading",
    [
        # the whole heading is the permalink (a table-of-contents target)
        '<h2 id="{id}">\n  <a class="toclink" href="#{id}">{text}</a>\n</h2>',
        # a mark after the heading (markdown-it-anchor's "#", Sphinx's "¶")
        '<h2 id="{id}">{text} <a class="header-anchor" href="#{id}">¶</a></h2>',
        # an icon link without text (GitHub's octicon)
        '<h3 id="{id}">{text} <a href="#{id}" class="anchor"><svg><path d="M0"/></svg></a></h3>',
    ],
)
def test_section_headings_with_permalinks_are_kept(heading: str) -> None:
    # a blog theme's <div> layout (no <article>): trafilatura's precision settings dropped the
    # second heading as a link list
    body = '<div class="post"><div class="content"><h1>County archive to move</h1>'
    for n, (text, *paras) in enumerate(SECTIONS):
        body += heading.format(id=f"s{n}", text=text) + "".join(f"<p>{p}</p>" for p in paras)
    article = _article(_page("<title>County archive to move</title>", body + "</div></div>"))
    lines = article.text.splitlines()
    assert lines == [SECTIONS[0][0], PARAS[0], PARAS[1], SECTIONS[1][0], PARAS[2], PARAS[3]]


def test_a_heading_linking_to_another_page_is_still_a_teaser() -> None:
    body = (
        f"<article><h1>County archive to move</h1>{''.join(f'<p>{p}</p>' for p in PARAS)}"
        '<h3><a href="/news/ferry-fares-rise">Ferry fares to rise in spring</a></h3></article>'
    )
    article = _article(_page("<title>County archive to move</title>", body))
    assert "Ferry fares" not in article.text


REVIEWS = [
    ("“Harbour Lights” ($20)", "harbour-lights"),
    ("“Tide Table” ($35)", "tide-table"),
    ("“Lantern Keeper” ($15)", "lantern-keeper"),
]
REVIEW_TEXT = (
    "It is {n} of the quieter games of the season, and it rewards patience: the puzzles open "
    "slowly, the music follows the weather on the harbour, and the last chapter takes about "
    "an hour longer than the rest, which most players will not mind at all."
)


def test_list_article_items_headed_by_links_are_kept() -> None:
    body = '<div class="post"><div class="content"><h1>Three games for a rainy week</h1>'
    body += f"<p>{PARAS[0]}</p>"
    for n, (name, slug) in enumerate(REVIEWS):
        body += (
            f'<h3><a href="https://shop.example/games/{slug}">{name}</a></h3>'
            f'<div class="embed"><iframe src="https://video.example/{slug}"></iframe></div>'
            f"<p>{REVIEW_TEXT.format(n=('one', 'two', 'three')[n])}</p>"
        )
    html = _page("<title>Three games for a rainy week</title>", body + "</div></div>")
    lines = _article(html).text.splitlines()
    assert [name for name, _ in REVIEWS if name in lines] == [name for name, _ in REVIEWS]


def test_linked_headlines_of_a_teaser_list_stay_out() -> None:
    teasers = "".join(
        f'<h3><a href="/news/{n}">{headline}</a></h3><p>{summary}</p>'
        for n, (headline, summary) in enumerate(
            [
                ("Ferry fares to rise in spring", "The operator blames fuel prices."),
                ("Brewery plans approved", "Forty jobs are expected by next year."),
                ("Market day moves to Friday", "Traders voted for the change last week."),
            ]
        )
    )
    # inside the post's own <div>, after the article's paragraphs
    body = (
        '<div class="post"><div class="content"><h1>County archive to move</h1>'
        f"{''.join(f'<p>{p}</p>' for p in PARAS)}{teasers}</div></div>"
    )
    article = _article(_page("<title>County archive to move</title>", body))
    assert "Ferry fares" not in article.text and "Brewery plans" not in article.text


@pytest.mark.parametrize(
    "inline",
    [
        '<span class="link"><a href="/tag/grain-store">the grain store</a></span>',
        '<span class="bottom-note">the grain store</span>',
        '<span style="border-bottom: 1px dotted">the grain store</span>',
    ],
)
def test_words_inside_a_sentence_are_never_cut(inline: str) -> None:
    sentence = f"Archivists said {inline} by the canal stays dry in the wettest winters."
    body = (
        f"<article><h1>County archive to move</h1><p>{PARAS[0]}</p><p>{sentence}</p>"
        f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p></article>"
    )
    article = _article(_page("<title>County archive to move</title>", body))
    assert (
        "Archivists said the grain store by the canal stays dry in the wettest winters."
        in article.text.splitlines()
    )



@pytest.mark.parametrize(
    ("inline", "expected"),
    [
        ('<time datetime="2026-03-06">Friday</time>', "Friday"),
        ("<label>the grain store</label>", "the grain store"),
        ("<output>the grain store</output>", "the grain store"),
        ("<q>a dry <em>grain</em> store</q>", "“a dry grain store”"),
    ],
)
def test_an_element_trafilatura_deletes_keeps_its_words_inside_a_sentence(
    inline: str, expected: str
) -> None:
    """trafilatura deletes ``<time>``, ``<label>`` and ``<output>`` with their text and reads a
    ``<q>`` as a block that ends the line: inside a sentence they stay its words."""
    sentence = f"Archivists said {inline} by the canal stays dry in the wettest winters."
    body = (
        f"<article><h1>County archive to move</h1><p>{PARAS[0]}</p><p>{sentence}</p>"
        f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p></article>"
    )
    article = _article(_page("<title>County archive to move</title>", body))
    assert (
        f"Archivists said {expected} by the canal stays dry in the wettest winters."
        in article.text.splitlines()
    )


def test_a_time_that_ends_a_sentence_keeps_its_words_and_a_lone_dateline_stays_out() -> None:
    body = (
        "<article><h1>County archive to move</h1><p>Published <time>6 March 2026</time></p>"
        f"<p>{PARAS[0]}</p><p>The council voted on <time>Friday</time>.</p>"
        f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p></article>"
    )
    lines = _article(_page("<title>County archive to move</title>", body)).text.splitlines()
    assert "The council voted on Friday." in lines
    assert not any("6 March 2026" in line for line in lines)



def test_a_layout_table_s_paragraphs_stay_paragraphs_without_its_navigation() -> None:
    """A page laid out in a table (a navigation cell beside the article's cell) gives the
    article's paragraphs, one a line, not one table row holding the links and every paragraph;
    a data table inside an article stays a table."""
    data = (
        "<table><tr><th>Branch</th><th>Boxes</th></tr><tr><td>Millgate</td><td>412</td></tr>"
        "<tr><td>Canal Street</td><td>96</td></tr></table>"
    )
    body = (
        '<table width="100%"><tr><td class="nav"><a href="/">Home</a> <a href="/news">News</a>'
        '</td><td class="main"><h1>County archive to move</h1>'
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + f"{data}</td></tr></table>"
    )
    lines = _article(_page("<title>County archive to move</title>", body)).text.splitlines()
    assert all(p in lines for p in PARAS)
    assert not any("Home" in line for line in lines)
    assert "| Millgate | 412 |" in lines



@pytest.mark.parametrize(
    ("furniture", "url"),
    [
        ('<footer><p>© 2019 The County Courier</p></footer>', "https://courier.example/archive"),
        ("", "https://courier.example/media/2019/archive-move"),  # a year in the address only
    ],
)
def test_a_year_is_no_publication_date(furniture: str, url: str) -> None:
    """htmldate falls back to a copyright year or any year on the page as January 1st: the
    page stays undated rather than years before its day."""
    body = (
        f"<article><h1>County archive to move</h1>{''.join(f'<p>{p}</p>' for p in PARAS)}"
        f"</article>{furniture}"
    )
    page = _page("<title>County archive to move</title>", body)
    article = _article(page, url, fetched_at="2026-03-10T08:00:00Z")
    assert (article.published, article.date_source) == (None, None)
    dated = page.replace(b"<h1>County archive to move</h1>",
                         b"<h1>County archive to move</h1><p>Posted 5 March 2026</p>")
    assert _article(dated, url, fetched_at="2026-03-10T08:00:00Z").published == "2026-03-05"



@pytest.mark.parametrize(
    ("where", "published", "source"),
    [
        # the article's own <time datetime>: declared, with its time (pagedates.article_time)
        ("article", "2026-01-01T09:30:00Z", "declared"),
        # the same <time> above the <article>: htmldate's day from the markup, kept
        ("above", "2026-01-01", "guessed"),
    ],
)
def test_a_january_first_the_markup_gives_is_a_day(where: str, published: str, source: str) -> None:
    stamp = '<time datetime="2026-01-01T09:30:00Z">New Year\'s Day</time>'
    inside, above = (stamp, "") if where == "article" else ("", f"<div>{stamp}</div>")
    body = (
        f"{above}<article><h1>County archive to move</h1>{inside}"
        f"{''.join(f'<p>{p}</p>' for p in PARAS)}</article>"
        "<footer><p>© 2025 The County Courier</p></footer>"
    )
    article = _article(_page("<title>County archive to move</title>", body),
                       "https://courier.example/archive", fetched_at="2026-01-02T08:00:00Z")
    assert (article.published, article.date_source) == (published, source)


ZH_PARAS = [
    "滨江市交通局周四宣布，地铁三号线将于下月十五日正式开通运营，全线共设十八座车站，连接城东新区和老城区。",
    "据介绍，三号线开通后，从城东新区到市中心的通勤时间将由一个多小时缩短到三十五分钟左右。",
    "交通局表示，开通初期列车运行间隔为六分钟，早晚高峰时段将加密至四分钟，并视客流情况调整。",
    "市民可以使用交通卡或手机扫码乘车，开通首周所有车站将安排志愿者为乘客提供引导服务。",
]
JA_PARAS = [
    "湊市立図書館は、来月から日曜日の開館時間を午後六時まで延長すると発表した。利用者の要望が多かったという。",
    "延長に合わせて、地域のボランティア二十人が貸し出しや返却の受付を手伝う予定で、研修は今月中に行われる。",
    "図書館によると、昨年度の日曜日の利用者数は平日の約二倍で、夕方の時間帯に閉館を惜しむ声が寄せられていた。",
    "館長は「家族で過ごす休日に、もっと気軽に図書館を使ってほしい」と話している。",
]
CJK_TEASERS = [
    ("zh", ZH_PARAS, "相关阅读：<a href='/a'>滨江新区公交线路下月起调整</a>"),
    ("zh", ZH_PARAS, "<strong>延伸阅读</strong> <a href='/b'>城东新区将建第二座体育公园</a>"),
    ("ja", JA_PARAS, "あわせて読みたい：<a href='/c'>湊市、駅前広場の再整備計画を公表</a>"),
    ("ja", JA_PARAS, "【関連記事】<a href='/d'>市民会館の改修工事が完了</a>"),
]


@pytest.mark.parametrize(("lang", "paras", "teaser"), CJK_TEASERS)
def test_link_teaser_without_spaces_between_words_is_dropped(
    lang: str, paras: list[str], teaser: str
) -> None:
    """Chinese and Japanese put no spaces between words: sizes are counted in characters."""
    body = (
        f"<article><h1>{paras[0][:12]}</h1><p>{paras[0]}</p><p>{paras[1]}</p>"
        f"<p>{teaser}</p><p>{paras[2]}</p><p>{paras[3]}</p></article>"
    )
    article = _article(_page(f"<title>{paras[0][:12]}</title>", body, lang))
    assert article.text.split("\n") == paras


def test_cjk_sentence_with_a_link_is_kept() -> None:
    linked = "记者从<a href='/r'>滨江市交通局官方网站</a>获悉，三号线票价起步价为两元。"
    body = (
        f"<article><h1>地铁三号线下月开通</h1><p>{ZH_PARAS[0]}</p><p>{linked}</p>"
        f"<p>{ZH_PARAS[1]}</p><p>{ZH_PARAS[2]}</p></article>"
    )
    article = _article(_page("<title>地铁三号线下月开通</title>", body, "zh"))
    assert "记者从滨江市交通局官方网站获悉" in article.text


# --------------------------------------------------------------------------- ruby


def test_a_ruby_reading_leaves_its_base_text_inside_the_sentence() -> None:
    """Japanese papers write the reading of a foreign name over it (<ruby>, often with <rb> and
    the source wrapped around it): the sentence stays one paragraph with the name in it, the
    reading goes, and a search for the name with the word after it finds the page."""
    ruby = (
        "\n<ruby><rb>朴敏浩</rb><rp>（</rp><rt>パクミンホ</rt><rp>）</rp></ruby>\n"
    )
    first = (
        f"【湊支局】隣国の{ruby}首相は５日、湊市の港湾施設を視察した。"
        "地元の漁業関係者と意見を交わしたという。"
    )
    body = (
        f"<article><h1>首相が湊港を視察</h1><p>{first}</p><p>{JA_PARAS[1]}</p>"
        f"<p>{JA_PARAS[2]}</p><p>{JA_PARAS[3]}</p></article>"
    )
    article = _article(_page("<title>首相が湊港を視察</title>", body, "ja"))
    lines = article.text.splitlines()
    assert lines[0] == (
        "【湊支局】隣国の朴敏浩首相は５日、湊市の港湾施設を視察した。地元の漁業関係者と意見を交わしたという。"
    )
    assert lines[1:] == JA_PARAS[1:]
    assert "パクミンホ" not in article.text


def test_pinyin_ruby_keeps_the_characters_and_spaced_text_keeps_its_spaces() -> None:
    """Chinese pinyin ruby, one reading per character (no <rb>), and ruby inside a Latin
    sentence, whose spaces stay."""
    pinyin = "<ruby>滨<rt>bīn</rt>江<rt>jiāng</rt></ruby>"
    zh = f"记者获悉，\n{pinyin}\n市交通局周四发布了新的公交线路调整方案，共涉及十二条线路。"
    en = (
        "The festival opens with a reading of <ruby>俳句<rp>(</rp><rt>haiku</rt><rp>)</rp></ruby>"
        " by pupils of the harbour school, the organisers said on Friday."
    )
    body = (
        f"<article><h1>公交线路调整</h1><p>{zh}</p><p>{ZH_PARAS[1]}</p><p>{ZH_PARAS[2]}</p>"
        f"<p>{en}</p></article>"
    )
    article = _article(_page("<title>公交线路调整</title>", body, "zh"))
    lines = article.text.splitlines()
    assert lines[0] == "记者获悉，滨江市交通局周四发布了新的公交线路调整方案，共涉及十二条线路。"
    assert lines[-1] == (
        "The festival opens with a reading of 俳句 by pupils of the harbour school, the "
        "organisers said on Friday."
    )


# --------------------------------------------------------------------------- short pages


def test_thirty_word_article_is_an_article() -> None:
    text = (
        "Firefighters put out a fire in a garden shed on Mill Lane in Hollin Vale on "
        "Sunday. Nobody was hurt, and the cause is thought to be a garden heater."
    )
    assert len(text.split()) == 30
    body = f"<article><h1>Shed fire on Mill Lane</h1><p>{text}</p></article>"
    article = _article(_page("<title>Shed fire on Mill Lane</title>", body))
    assert article.text == text


# A site's furniture around a page's text: a short text inside it is what the extractor found
# of the page, not the whole page.
SITE_NAV = "<nav><ul>" + "".join(
    f'<li><a href="/{w.lower()}">{w} from around Hollin Vale and the coast</a></li>'
    for w in ("News", "Sport", "Business", "Weather", "Events")
) + "</ul></nav>"
SITE_FOOTER = (
    "<footer><p>The Hollin Vale Courier is published by Vale Media Ltd, Quay Street 4, "
    "Westquay. Contact the newsroom by telephone or write to the editor; corrections are "
    "printed on page two of the next edition.</p></footer>"
)


def test_rejection_says_what_was_found() -> None:
    body = (
        f"{SITE_NAV}<article><h1>Gallery</h1><p>Photo 1 of 12</p><p>Next</p></article>"
        f"{SITE_FOOTER}"
    )
    result = _clean(_page("<title>Gallery</title>", body))
    assert isinstance(result, Rejection)
    assert result.reason in {"too-short", "no-article"}
    if result.reason == "too-short":
        assert "words" in result.detail and "paragraphs" in result.detail
        assert "title 'Gallery'" in result.detail
        # The recall settings were tried, and the rejection says what they found.
        assert "recall settings found" in result.detail
    else:
        assert "title" in result.detail


def _precision_pass(body: object, kw: dict[str, object]) -> bool:
    """Whether an ``extract_html`` call is the precision pass: no setting changed (its metadata
    is read apart, clipper.docmeta), on the page's tree (the script-body pass hands a string)."""
    return kw == {"with_metadata": False} and not isinstance(body, str)


def test_recall_settings_are_tried_before_rejecting(monkeypatch: pytest.MonkeyPatch) -> None:
    """When clipper's precision settings find (almost) nothing, the default and recall settings
    are tried, and their text is kept."""
    calls: list[dict[str, object]] = []
    real = extraction.extract_html

    def spy(body: object, url: str | None, fetched_at: str | None = None, **kw: object) -> object:
        calls.append(kw)
        doc = real(body, url, fetched_at, **kw)
        if _precision_pass(body, kw) and doc is not None:  # it finds only a stub
            doc.text = "Photo gallery"
        return doc

    monkeypatch.setattr(extraction, "extract_html", spy)
    body = (
        "<article><h1>County archive to move</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS)
        + "</article>"
    )
    article = _article(_page("<title>County archive to move</title>", body))
    assert calls[0] == {"with_metadata": False} and calls[1].get("favor_precision") is False
    assert article.text.split("\n") == PARAS


def test_recall_is_tried_when_the_post_clean_leaves_too_little(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The retry counts the words the post-clean keeps, not trafilatura's: a precision text of
    30 words that is mostly the headline repeated (which the post-clean drops) leaves 12, so
    the recall settings are tried before the page is rejected, and their text is kept."""
    headline = "County archive in Hollin Vale to move to a converted grain store by the canal"
    calls: list[dict[str, object]] = []
    real = extraction.extract_html

    def spy(body: object, url: str | None, fetched_at: str | None = None, **kw: object) -> object:
        calls.append(kw)
        doc = real(body, url, fetched_at, **kw)
        if _precision_pass(body, kw) and doc is not None:  # the headline and one line
            doc.text = f"{headline}\nThe council confirmed the move on Thursday, its clerk said."
        return doc

    monkeypatch.setattr(extraction, "extract_html", spy)
    body = f"<article><h1>{headline}</h1>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</article>"
    article = _article(_page(f"<title>{headline}</title>", body))
    assert len(calls) == 2 and calls[1].get("favor_recall") is True
    assert article.text.split("\n") == PARAS


BRIEF = [
    "A lorry shed its load of gravel on the Hollin Vale bypass on Friday.",
    "The road reopened after two hours, police said.",
]


def _precision_finds_only_a_stub(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura's precision pass (:func:`_precision_pass`) returns only a stub, so
    the recall settings decide; the other passes run as they are."""
    real = extraction.extract_html

    def spy(body: object, url: str | None, fetched_at: str | None = None, **kw: object) -> object:
        doc = real(body, url, fetched_at, **kw)
        if _precision_pass(body, kw) and doc is not None:
            doc.text = "Photo gallery"
        return doc

    monkeypatch.setattr(extraction, "extract_html", spy)


def test_brief_that_only_the_recall_settings_find_is_an_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 21-word report in two short sentences under a headline (no 20-word paragraph): the
    precision settings find only a stub, the recall settings find the brief, and it is kept."""
    _precision_finds_only_a_stub(monkeypatch)
    body = "<article><h1>Gravel spill on the bypass</h1>" + "".join(
        f"<p>{p}</p>" for p in BRIEF
    ) + "</article>"
    article = _article(_page("<title>Gravel spill on the bypass</title>", body))
    assert article.text.split("\n") == BRIEF


def _stub(headline: str, paragraphs: list[str]) -> bytes:
    """A news template around ``paragraphs``: headline, byline, share bar, tags."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _page(
        f'<title>{headline} | Vale Courier</title><meta property="og:type" content="article">',
        f'<main><article class="story"><h1 class="headline">{headline}</h1>'
        f'<p class="byline">By Courier staff · <time datetime="2025-03-04">2025-03-04</time></p>'
        f'<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>'
        f'<div class="article-body">{body}</div>'
        f'<div class="tags">Topics: <a href="/t/1">Local</a> <a href="/t/2">Transport</a></div>'
        f"</article></main>",
    )


def test_a_stub_of_headline_byline_and_share_bar_is_not_an_article() -> None:
    """A copy whose body is only its headline lines: the recall settings' fallback flattens
    headline, byline, share bar and tags into one 40-word line, which is not a paragraph of an
    article (no sentence in it), so the page is rejected and the rejection says what the recall
    settings found."""
    headline = "Hollin Vale bypass to close for resurfacing in March, council says"
    result = _clean(_stub(headline, [f"{headline} Courier•", f"{headline} More"]))
    assert isinstance(result, Rejection) and result.reason == "too-short"
    assert "recall settings found" in result.detail and "not taken" in result.detail


def test_a_short_report_the_fallback_flattens_is_still_an_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same template around a real report: when the precision settings find only a stub,
    the recall text (sentences in it) is kept."""
    _precision_finds_only_a_stub(monkeypatch)
    article = _article(_stub("County archive to move", PARAS))
    assert all(p in article.text for p in PARAS)


def test_cjk_brief_is_an_article() -> None:
    """A Chinese brief of two sentences (under 25 words as clipper counts them) under a
    headline: a sentence ending in a full-width stop is a sentence too."""
    text = "西环路昨天上午发生货车侧翻事故，无人受伤。道路已于中午恢复通行。"
    assert 15 <= clean_mod.count_words(text) < CONFIG.min_article_words
    body = f"<article><h1>西环路货车侧翻</h1><p>{text}</p></article>"
    article = _article(_page("<title>西环路货车侧翻</title>", body, "zh"))
    assert article.text == text


@pytest.mark.parametrize(
    "title, paragraphs",
    [
        (  # a login wall: prompts of the furniture tables, not sentences of an article
            "Members area",
            [
                "Already a subscriber? Log in to continue reading this article today.",
                "Subscribe now to get full access to all of our local journalism.",
            ],
        ),
        (  # an error page
            "Page not found",
            ["Sorry, the page you were looking for could not be found on this site."],
        ),
        (  # a list of links
            "Business",
            [
                f'<a href="/business/{i}">{t}</a>'
                for i, t in enumerate(
                    ["Grain exports", "Ferry fares", "Brewery plans", "Harbour jobs", "Market day"]
                )
            ],
        ),
        (  # an HTTP error page, in any language: its status
            "Hollin Vale Courier",
            ["503", "Der Server ist im Moment überlastet, bitte später noch einmal."],
        ),
        (  # a bot check
            "Just a moment...",
            ["Checking your browser before accessing the Hollin Vale Courier."],
        ),
    ],
)
def test_short_pages_that_are_not_articles_stay_rejected(
    title: str, paragraphs: list[str]
) -> None:
    """Pages that hold nothing but these lines: not whole-page notes (an error or notice page,
    prompts the post-clean cuts, a list of links)."""
    body = f"<main><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</main>"
    result = _clean(_page(f"<title>{title}</title>", body))
    assert isinstance(result, Rejection), result
    assert result.reason in {"too-short", "no-article", "error-page"}


@pytest.mark.parametrize(
    "title, paragraphs",
    [
        ("Notice", ["The office is closed on Friday for the harbour festival, see you Monday."]),
        ("Correction", ["An earlier version misspelt the harbour master's name."]),
        (None, ["Ferry timetable", "Westquay 07:40, Holm Point 08:20"]),
        ("Hafenfest", ["Das Büro bleibt am Freitag wegen des Hafenfests geschlossen."]),
    ],
)
def test_a_page_holding_only_a_short_note_keeps_it(
    title: str | None, paragraphs: list[str]
) -> None:
    """A page with nothing but a short text (no navigation, no furniture: a CMS's brief, a
    notice, a correction) is that text however short; the same text amid a site's furniture
    is not (test_clean.py, test_too_short_html_is_rejected)."""
    heading = f"<h1>{title}</h1>" if title else ""
    body = f"<article>{heading}" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>"
    article = _article(_page(f"<title>{title}</title>" if title else "", body))
    assert article.text == "\n".join(paragraphs)
    on_a_site = _clean(_page(f"<title>{title}</title>" if title else "",
                             f"{SITE_NAV}{body}{SITE_FOOTER}"))
    assert isinstance(on_a_site, Rejection) and on_a_site.reason == "too-short", on_a_site
    assert "not a whole-page note: the page holds" in on_a_site.detail


@pytest.mark.parametrize(
    "title, paragraphs, why",
    [
        ("Forbidden", ["HTTP Error 403. The request URL is forbidden."], "error or notice"),
        ("Seite nicht gefunden", ["Die Seite existiert nicht mehr."], "error or notice"),
        ("页面不存在", ["您访问的页面不存在。"], "error or notice"),
        ("Westquay", ["Please enable JavaScript to view this site."], "error or notice"),
        ("Members", ["Already a subscriber? Log in to continue reading."], "wall"),
    ],
)
def test_a_whole_page_error_or_notice_is_not_a_note(
    title: str, paragraphs: list[str], why: str
) -> None:
    body = f"<article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    result = _clean(_page(f"<title>{title}</title>", body + "</article>"))
    assert isinstance(result, Rejection), result
    if why == "error or notice":  # an error page, not a short article (newcomer 13, problem 10)
        assert result.reason == "error-page" and why in result.detail, result
    else:  # a subscription wall alone is an error page too, not a short note (7021ecb)
        assert result.reason == "error-page" and "wall" in result.detail, result


def test_a_whole_page_of_repeated_debris_is_not_a_note() -> None:
    """A page decoded wrongly (or a template's filler) repeats a few tokens: not a note."""
    result = _clean(_page("", "<p>" + "Ãƒ Ã¢â‚¬ " * 12 + "</p>"))
    assert isinstance(result, Rejection), result


def test_site_name_h1_articles_stay_apart_end_to_end(tmp_path: Path) -> None:
    """The field-case kind through `clipper dedupe`: two unrelated posts of one blog whose only
    <h1> is the site's name get their own headlines and form two stories, not one."""
    posts = {
        "archive.html": ("County archive to move to canal grain store", PARAS),
        "pool.html": (
            "Swimming pool reopens after roof repairs",
            [
                "The Hollin Vale swimming pool will reopen on Saturday after the roof over the "
                "learner pool was replaced, three weeks later than planned by the trust.",
                "Lessons booked for the closed weeks will be moved to the evenings, the leisure "
                "trust said, and season tickets will be extended by a month for every holder.",
                "Lifeguards used the closure to retrain, and a new accessible changing room with "
                "a hoist has been fitted beside the main entrance.",
            ],
        ),
    }
    for name, (headline, paras) in posts.items():
        (tmp_path / name).write_bytes(_blog(headline, "Vale Chronicle", paras))
    db = tmp_path / "a.db"
    runner = CliRunner()
    pages = sorted(map(str, tmp_path.glob("*.html")))
    result = runner.invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", "--json", *pages])
    assert result.exit_code == 0, result.output
    exported = runner.invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    records = [json.loads(line) for line in exported.stdout.splitlines()]
    assert sorted(r["title"] for r in records) == sorted(h for h, _ in posts.values())
    assert len({r["story_id"] for r in records}) == 2


# --------------------------------------------------------------------------- language


# The archive-move article in the languages the pages below declare (a declaration over a long
# text in another language gives way to the text: clipper.language.believed_language).
TRANSLATED = {
    "de": [
        "Das Kreisarchiv von Hollin Vale zieht in einen umgebauten Kornspeicher am Kanal, "
        "bestätigte der Rat am Donnerstag nach zwei Jahren Suche nach einem trockenen Gebäude.",
        "Die Archivare sagten, der jetzige Keller werde fast jeden Winter überflutet, und nach "
        "den Stürmen im November hätten mehrere Kisten mit Kirchenbüchern von Hand getrocknet "
        "werden müssen.",
    ],
    "fr": [
        "Les archives du comté de Hollin Vale déménageront dans un ancien grenier à blé au bord "
        "du canal, a confirmé jeudi le conseil après deux ans de recherche d'un bâtiment sec.",
        "Les archivistes ont expliqué que le sous-sol actuel est inondé presque chaque hiver et "
        "que plusieurs cartons de registres paroissiaux ont dû être séchés à la main en "
        "novembre.",
    ],
    "pl": [
        "Archiwum hrabstwa Hollin Vale przeniesie się do przebudowanego spichlerza nad kanałem, "
        "potwierdziła w czwartek rada po dwóch latach szukania suchego budynku.",
        "Archiwiści mówią, że obecna piwnica jest zalewana niemal każdej zimy, a po "
        "listopadowych burzach kilka pudeł ksiąg parafialnych trzeba było suszyć ręcznie.",
    ],
    "es": [
        "El archivo del condado de Hollin Vale se trasladará a un antiguo granero junto al "
        "canal, confirmó el jueves el ayuntamiento tras dos años buscando un edificio seco.",
        "Los archiveros dijeron que el sótano actual se inunda casi todos los inviernos y que "
        "varias cajas de registros parroquiales tuvieron que secarse a mano tras las tormentas "
        "de noviembre.",
    ],
    "zh": [
        "霍林谷县档案馆将搬进运河边一座改建的旧粮仓，县议会在寻找干燥建筑两年之后于周四确"
        "认了这一消息。",
        "档案管理员说，现在的地下室几乎每年冬天都会被水淹，去年十一月的暴风雨过后，好几箱"
        "教区档案不得不用手一张一张地晾干。新馆的书架是原来的两倍，还有一间设有十二张桌子"
        "的阅览室。",
    ],
}


@pytest.mark.parametrize(
    ("html_tag", "meta", "crawler", "expected"),
    [
        ("<html>", '<meta property="og:locale" content="de_DE">', None, "de"),
        ("<html>", '<meta content="fr_FR" property="og:locale">', None, "fr"),
        ("<html>", '<meta name="language" content="de">', None, "de"),
        ("<html>", '<meta name="DC.language" content="pl">', None, "pl"),
        ('<html lang="deu">', "", None, "de"),  # ISO 639-3 as its ISO 639-1 code
        ('<html lang="de-AT">', "", None, "de"),
        # a charset where the language belongs declares none; the next declaration counts
        # a charset where a language belongs declares none: the page's English text tells it
        ("<html>", '<meta http-equiv="Content-Language" content="utf-8">', None, "en"),
        ("<html>", '<meta http-equiv="Content-Language" content="utf-8">', "zh-CN", "zh"),
        ('<html lang="xx">', '<meta property="og:locale" content="es_ES">', None, "es"),
    ],
)
def test_a_page_s_language_is_a_known_code_from_whatever_tag_declares_it(
    html_tag: str, meta: str, crawler: str | None, expected: str | None
) -> None:
    body = "".join(f"<p>{p}</p>" for p in TRANSLATED.get(expected or "", PARAS))
    page = (f'<!DOCTYPE html>{html_tag}<head><meta charset="utf-8">{meta}'
            f"<title>Archive moves</title></head><body><article>{body}</article></body></html>")
    raw = RawPage(origin="t", kind="html", body=page.encode(), language=crawler)
    result = clean_page(raw, CONFIG)
    assert isinstance(result, Article), result
    assert result.language == expected


@pytest.mark.parametrize(
    ("head", "site"),
    [
        # trafilatura guesses a site name from a copyright line or a title's suffix: not a site
        ('<meta name="copyright" content="Tideland Post, all rights reserved">', None),
        ("", None),
        ('<meta property="og:site_name" content="Tideland Post">', "tideland post"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Archive '
         'moves", "publisher": {"@type": "Organization", "name": "Vale Chronicle"}}</script>',
         "vale chronicle"),
    ],
)
def test_a_page_without_a_url_takes_only_a_declared_site_name(head: str, site: str | None) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = _page(f"<title>Archive moves to canal store - cheap flights and hotels</title>{head}",
                 f"<article>{body}</article>")
    assert _article(page).site == site


def test_a_headline_opening_with_the_site_s_name_is_the_headline_not_the_site() -> None:
    """"The Vale Chronicle view on the archive: ..." opens with the site's name but runs on: a
    headline (an editorial's), not a segment to cut; "Vale Chronicle Online" is the site."""
    headline = "The Vale Chronicle view on the archive: a move worth making"
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = _page(
        f"<title>{headline} | Editorial | Opinion | The Vale Chronicle</title>"
        f'<meta property="og:title" content="{headline} | Editorial">'
        '<meta property="og:site_name" content="The Vale Chronicle">',
        f"<article><h1>{headline}</h1>{body}</article>",
    )
    assert _article(page, "https://www.valechronicle.example/opinion/archive").title == headline
    online = _page("<title>Archive moves to canal store | Vale Chronicle Online</title>",
                   f"<article>{body}</article>")
    url = "https://valechronicle.example/news/archive"
    assert _article(online, url).title == "Archive moves to canal store"


def test_a_microdata_headline_beats_a_section_name_in_the_first_h1() -> None:
    headline = "Canal grain store to house the county archive"
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = _page(
        "<title>Local Items | Vale Chronicle</title>",
        f'<h1 class="page-title">Local Items</h1><article><h1 itemprop="headline">{headline}'
        f"</h1>{body}</article>",
    )
    assert _article(page, "https://valechronicle.example/local/archive").title == headline


@pytest.mark.parametrize(
    "wrap",
    [
        "{}", "//<![CDATA[\n{}\n//]]>", "<![CDATA[{}]]>", "<!--\n{}\n-->",
        # blank lines and spaces around the wrapper
        "\n  //<![CDATA[\n{}\n//]]>  \n\n", "\t<!--{}-->\n", "<!--\n{}\n  ", "  {}\n-->\n",
    ],
)
def test_a_json_ld_block_in_a_cdata_section_or_comment_still_gives_headline_and_date(
    wrap: str,
) -> None:
    """CMSs wrap JSON-LD in CDATA or a comment, and write raw newlines inside its strings;
    the declared publication date must still beat the modification date, the headline still
    be read."""
    block = ('{"@type": "NewsArticle", "headline": "Archive moves to the\\tcanal store",'
             ' "datePublished": "2020-07-10T14:15:42+00:00", "description": "Line one\nline two"}')
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = _page(
        '<meta property="article:modified_time" content="2025-01-07T09:00:00+00:00">'
        f'<script type="application/ld+json">{wrap.format(block)}</script>'
        "<title>Vale Chronicle</title>",
        f"<article>{body}</article>",
    )
    article = _article(page)
    assert article.published is not None and article.published.startswith("2020-07-10")
    assert article.title == "Archive moves to the canal store"


def _script_body_page(paras: list[str], static_body: str = "") -> bytes:
    # A Next.js App Router page: the body's HTML only inside flight-data chunks, JSON-escaped.
    html = "".join(f'<p class="editor-p">{p}</p>' for p in paras[:2]) + "$$ARTICLEAD$$"
    rest = "".join(f'<p class="editor-p">{p}</p>' for p in paras[2:])
    chunks = "".join(
        "<script>self.__next_f.push([1,"
        + json.dumps(part).replace("<", "\\u003c").replace(">", "\\u003e")
        + "])</script>"
        for part in (html, rest)
    )
    head = "<title>Archive move | Vale Chronicle</title>"
    return _page(head, f"<div id='root'><h1>Archive move</h1>{static_body}</div>{chunks}")


def test_a_body_only_in_a_script_is_read_when_the_page_has_none() -> None:
    article = _article(_script_body_page(PARAS), "https://vale-chronicle.example/news/1")
    assert article.text.splitlines() == PARAS


def test_a_body_in_the_markup_is_never_replaced_by_script_strings() -> None:
    # The markup's own article wins: the scripts are read only for a page that gave none.
    other = [p.replace("archive", "library") for p in PARAS]
    static = "".join(f"<p>{p}</p>" for p in other)
    article = _article(_script_body_page(PARAS, static), "https://vale-chronicle.example/news/2")
    assert article.text.splitlines() == other


DIV_SECTION = (
    "Readers who want to see the old basement before the move can join one of the guided "
    "tours in May, when the archivists will show the flood marks on the walls, the drying "
    "racks built after last winter and the parish registers that were saved by hand."
)


def test_a_paragraph_written_as_a_div_is_article_text() -> None:
    # A section of the article written as bare <div> text after its heading.
    body = (
        "<article><h1>Archive move</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS[:2])
        + f"<h2>Tours before the move</h2><div>{DIV_SECTION}</div>"
        + "".join(f"<p>{p}</p>" for p in PARAS[2:])
        + "</article>"
    )
    article = _article(_page("<title>Archive move</title>", body))
    assert article.text.splitlines() == [*PARAS[:2], "Tours before the move", DIV_SECTION,
                                         *PARAS[2:]]


def test_a_div_holding_a_video_card_is_not_made_a_paragraph() -> None:
    # The label of an embedded video, with the card's own blocks inside the same <div>.
    card = (
        "<div><strong>WATCH | The flooded basement last winter:</strong><span>"
        f"<div class='card'><h3>Flood video</h3><div>{DIV_SECTION}</div></div></span></div>"
    )
    body = (
        "<article><h1>Archive move</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS[:2])
        + card
        + "".join(f"<p>{p}</p>" for p in PARAS[2:])
        + "</article>"
    )
    article = _article(_page("<title>Archive move</title>", body))
    assert "WATCH" not in article.text


# --------------------------------------------------------------------------- hidden elements

HIDDEN_NOTE = (
    "This paragraph is kept out of view by the page and explains how the reading room "
    "booking system worked before the archive closed for refurbishment."
)
CONSENT = (
    "We use cookies to measure how our pages are read. By continuing you accept our policy."
)


def test_hidden_elements_are_not_article_text() -> None:
    body = (
        f'<section class="consent" hidden><p>{CONSENT}</p><button>Accept</button></section>'
        "<article><h1>Archive move</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS[:2])
        + f"<h2>Booking</h2><p hidden>{HIDDEN_NOTE}</p>"
        + "".join(f"<p>{p}</p>" for p in PARAS[2:])
        + '<div class="form-message" hidden>Thank you, your address was saved. Check your '
        "inbox to confirm the subscription.</div></article>"
    )
    article = _article(_page("<title>Archive move</title>", body))
    assert article.text.splitlines() == [*PARAS[:2], "Booking", *PARAS[2:]]


@pytest.mark.parametrize(
    "wrapper",
    [
        # a paywall's script shows the rest of the article to subscribers
        '<div class="paywall" hidden>{}</div>',
        # an accordion's collapsed section, opened by find-in-page
        '<div class="accordion-panel" hidden="until-found">{}</div>',
        # a part of the page React streams in, moved into place by its script
        '<div hidden id="S:1f">{}</div>',
    ],
)
def test_hidden_parts_the_reader_sees_stay(wrapper: str) -> None:
    rest = "".join(f"<p>{p}</p>" for p in PARAS[2:])
    body = (
        "<article><h1>Archive move</h1>"
        + "".join(f"<p>{p}</p>" for p in PARAS[:2])
        + wrapper.format(rest)
        + "</article>"
    )
    article = _article(_page("<title>Archive move</title>", body))
    assert article.text.splitlines() == PARAS


# --------------------------------------------------------------------------- wrapped paragraphs

LINKED_SENTENCE = (
    "The plans were shown at <a href='/meeting'>the council meeting in March</a>, before the "
    "vote."
)


def _blocks(paras: list[str], css: str = "text-block") -> str:
    """Each paragraph in its own nest of <div>s, as component-built sites write them."""
    return "".join(
        f'<div class="{css}"><div class="x1"><div class="x2"><p>{p}</p></div></div></div>'
        for p in paras
    )


def test_a_short_linked_sentence_in_its_own_wrappers_is_kept() -> None:
    body = (
        "<main><h1>Archive move</h1><div class='body'>"
        + _blocks([PARAS[0], PARAS[1], LINKED_SENTENCE, PARAS[2], PARAS[3]])
        + "</div></main>"
    )
    article = _article(_page("<title>Archive move</title>", body))
    assert article.text.splitlines() == [
        PARAS[0], PARAS[1], "The plans were shown at the council meeting in March, before the "
        "vote.", PARAS[2], PARAS[3],
    ]


def test_a_wrapped_linked_sentence_in_a_related_box_stays_out() -> None:
    promo = (
        "Our reporters looked back at how <a href='/old'>the archive was saved</a> from the "
        "flood of last winter."
    )
    body = (
        "<main><h1>Archive move</h1><div class='body'>"
        + _blocks(PARAS[:2])
        + _blocks([promo], css="related-stories")
        + _blocks(PARAS[2:])
        + "</div></main>"
    )
    article = _article(_page("<title>Archive move</title>", body))
    assert article.text.splitlines() == PARAS


# --- session 16: a media-monitoring reader's faults (T3, T5, T9), invented fixtures


def _next_data_page(paras: list[str]) -> bytes:
    """A Next.js Pages Router page: an empty shell, the article in ``__NEXT_DATA__``, its body
    both in the page's props and again in the data cache, dated only there (a related story's
    later date beside it)."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    data = {
        "props": {
            "pageProps": {
                "article": {
                    "id": 81,
                    "headline": "Archive moves to the canal store",
                    "publishedAt": "2024-03-05T08:10:00Z",
                    "body": body,
                },
                "related": [
                    {"id": 92, "headline": "Fares rise", "publishedAt": "2024-03-06T07:00:00Z"}
                ],
                "apolloState": {"Article:81": {"__typename": "Article", "body": body}},
            }
        },
        "page": "/news/[slug]",
    }
    script = (
        '<script id="__NEXT_DATA__" type="application/json">'
        + json.dumps(data).replace("<", "\\u003c")
        + "</script>"
    )
    return _page(
        "<title>Archive moves to the canal store | Vale Chronicle</title>",
        f'<div id="__next"><h1>Archive moves to the canal store</h1></div>{script}',
    )


def test_a_next_js_payload_is_read_once_and_gives_its_date() -> None:
    article = _article(_next_data_page(PARAS), "https://vale-chronicle.example/news/archive")
    assert article.text.splitlines() == PARAS
    assert article.published == "2024-03-05T08:10:00Z"
    assert article.date_source == "declared"


def test_a_script_body_split_over_chunks_is_not_taken_for_a_copy() -> None:
    # two chunks of one body are two texts: both stay, in order
    article = _article(_script_body_page(PARAS), "https://vale-chronicle.example/news/3")
    assert article.text.splitlines() == PARAS


TOWNS = ("Bærum", "Asker", "Lier", "Drammen", "Kongsberg", "Hønefoss")


def _linked(names: tuple[str, ...], joiner: str = ", ", last: str = " and ") -> str:
    links = [f'<a href="/place/{n.lower()}">{n}</a>' for n in names]
    return joiner.join(links[:-1]) + last + links[-1]


def _component_page(extra: str, where: int = 2) -> bytes:
    # every paragraph in its own wrapper, as component-built sites write them
    blocks = [f'<div class="text-block"><div><p>{p}</p></div></div>' for p in PARAS]
    blocks.insert(where, extra)
    return _page(
        "<title>Archive move | Vale Chronicle</title>",
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<article><h1>Archive move</h1>{''.join(blocks)}</article>",
    )


def test_a_sentence_listing_linked_towns_stays_in_the_text() -> None:
    # most of its letters are links: trafilatura's link-density test took it for navigation
    sentence = f"{_linked(TOWNS)} will each get a copy."
    page = _component_page(f'<div class="text-block"><div><p>{sentence}</p></div></div>')
    article = _article(page, "https://vale-chronicle.example/news/towns")
    expected = ", ".join(TOWNS[:-1]) + f" and {TOWNS[-1]} will each get a copy."
    assert expected in article.text.splitlines()
    assert article.text.splitlines()[:2] == PARAS[:2]


@pytest.mark.parametrize(
    "box",
    [
        # a tag list, a "Related" bar, a navigation row: links, no sentence of the body
        f'<div class="text-block"><div><p>Tags: {_linked(TOWNS)}</p></div></div>',
        '<div class="text-block"><div><p>Related: '
        + _linked(("Ferry fares rise", "Bridge opens", "Mayor resigns"), " | ", " | ")
        + "</p></div></div>",
        f'<div class="text-block"><div><p>{_linked(TOWNS, " ", " ")}</p></div></div>',
    ],
)
def test_link_lists_that_are_no_sentence_stay_out(box: str) -> None:
    article = _article(_component_page(box), "https://vale-chronicle.example/news/tags")
    assert not any(town in article.text for town in (*TOWNS, "Ferry fares"))
    assert article.text.splitlines() == PARAS


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Jane Roe/Reuters",
        "(Photo by Sam Lee/Getty Images)",
        "Foto: dpa",
        "Bild: Keystone",
        "Crédit photo : AFP",
        "Fot. Jan Kowalski/PAP",
        "Фото: Иван Петров / ТАСС",
        "圖／記者王小明攝",
        "写真：共同",
        "사진=연합뉴스",
    ],
)
def test_a_photo_credit_line_between_paragraphs_is_dropped(credit: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + f"<p>{credit}</p>"
    body += "".join(f"<p>{p}</p>" for p in PARAS[2:])
    article = _article(
        _page("<title>Archive move | Vale Chronicle</title>", f"<article>{body}</article>"),
        "https://vale-chronicle.example/news/credit",
    )
    assert article.text.splitlines() == PARAS


def test_a_credit_inside_a_sentence_stays() -> None:
    line = "Photo: the archivists asked readers to send pictures of the flood. They got forty."
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + f"<p>{line}</p>"
    body += "".join(f"<p>{p}</p>" for p in PARAS[2:])
    article = _article(
        _page("<title>Archive move | Vale Chronicle</title>", f"<article>{body}</article>"),
        "https://vale-chronicle.example/news/credit2",
    )
    assert line in article.text.splitlines()


def test_a_payload_in_both_a_query_cache_and_flight_chunks_is_read_once_and_dated() -> None:
    # A Korean daily's App Router page: the article's data twice, as a query cache's JSON and
    # JSON-escaped inside a flight chunk, dated only by its CMS's "deployDt"
    detail = {
        "detail": {
            "paperDate": "2026-01-30",
            "deployDt": "2026.01.29 18:40",
            "content": "".join(f"<p>{p}</p>" for p in PARAS),
        }
    }
    cache = f"<script>window.__QUERY_STATE__ = {json.dumps(detail)};</script>"
    chunk = (
        "<script>self.__next_f.push([1,"
        + json.dumps(json.dumps(detail)).replace("<", "\\u003c").replace(">", "\\u003e")
        + "])</script>"
    )
    page = _page("<title>Archive move | Vale Ilbo</title>", f"<main></main>{cache}{chunk}")
    article = _article(page, "https://vale-ilbo.example/news/article/A1")
    assert article.text.splitlines() == PARAS
    assert article.published == "2026-01-29T18:40"


@pytest.mark.parametrize(
    ("og_title", "og_site"),
    [
        ("Vale Chronicle: {h}", "Vale Chronicle"),
        ("{h} [Vale Chronicle]", "Vale Chronicle"),
        ("{h} (Vale Chronicle)", ""),  # the host names it
        ("VALE CHRONICLE | {h}", "Vale Chronicle"),
    ],
)
def test_a_stored_headline_loses_the_site_s_name_as_a_label_or_in_brackets(
    og_title: str, og_site: str
) -> None:
    """"Site: Headline", "Headline [Site]", "Headline (Site)" and "SITE | Headline", the site
    known from og:site_name or the host: the stored headline is the headline alone, and a
    headline's own colon or brackets stay."""
    for headline in ("County archive to move to canal grain store", "Brexit: what now [sic]"):
        site = f'<meta property="og:site_name" content="{og_site}">' if og_site else ""
        html = _page(
            f'<meta property="og:title" content="{og_title.format(h=headline)}">{site}',
            f"<article><p>{PARAS[0]}</p><p>{PARAS[1]}</p></article>",
        )
        assert _article(html, "https://www.valechronicle.example/n/1").title == headline


def test_a_text_record_s_title_loses_its_site_s_label() -> None:
    """A crawler's record titled "Site: Headline" or "Headline (Site)" stores the headline."""
    body = "\n\n".join(PARAS).encode()
    for title in (
        "Vale Chronicle: County archive to move to canal grain store",
        "County archive to move to canal grain store (Vale Chronicle)",
    ):
        raw = RawPage(
            origin="t", kind="text", body=body, title=title,
            url="https://valechronicle.example/n/2",
        )  # fmt: skip
        article = clean_page(raw, CONFIG)
        assert isinstance(article, Article)
        assert article.title == "County archive to move to canal grain store"


# --------------------------------------------------------------------------- media pages


def test_a_video_page_is_dated_by_its_media_objects_upload_time() -> None:
    """A video's page declares its date on its JSON-LD VideoObject (``uploadDate``): that time,
    declared, converted to UTC; it had been a day guessed from the text, the wrong one in UTC
    (newcomer 21)."""
    video = (
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"VideoObject","name":"Highlights: Borgo against Weissenhoehe",'
        '"uploadDate":"2026-12-03T00:10:00+01:00","duration":"PT4M12S"}</script>'
    )
    body = "<article><h1>Highlights: Borgo against Weissenhoehe</h1>" + "".join(
        f"<p>{p}</p>" for p in PARAS
    ) + "</article>"
    article = _article(_page(f"<title>Highlights</title>{video}", body))
    assert article.published == "2026-12-03T00:10:00+01:00"  # stored in UTC: 12-02 23:10
    assert article.date_source == "declared"
    # an article's own date comes first, never an embedded clip's
    dated = video + (
        '<meta property="article:published_time" content="2026-11-20T08:00:00Z">'
    )
    assert _article(_page(f"<title>Highlights</title>{dated}", body)).published == (
        "2026-11-20T08:00:00Z"
    )
