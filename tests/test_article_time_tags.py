"""An article's own ``<time datetime>`` (BBC's, many WordPress themes' and Next.js news sites'
only mark of the publication time) dates the page as declared when nothing else declares a
date: a timestamp keeps its time of day, where htmldate gave the day alone, "guessed"
(newcomer 49a: BBC Persian's "2026-12-06 (guessed)" beside ``<time
datetime="2026-12-06T15:40:00.000Z">``).  Not a teaser's, the navigation's, an aside's, a list's,
comments', nor a time marked as the update; several distinct times give none.  Invented pages
(:func:`clipper.pagedates.article_time`)."""

from __future__ import annotations

import lxml.html
import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.htmlmeta import page_meta
from clipper.page import Article, RawPage
from tests.test_furniture_headings import PARAGRAPHS

_PERSIAN = "".join(
    f"<p>{s}</p>"
    for s in (
        "شورای شهر رشت روز سه‌شنبه تصمیم گرفت اسکله قدیمی قایق‌ها را برای تعمیرات اساسی تا "
        "پایان زمستان ببندد و مسیر جایگزینی برای مسافران تعیین کند.",
        "مهندسان شهرداری می‌گویند دو ستون چوبی اسکله در زیر آب ترک برداشته و دیگر توان تحمل "
        "وزن خودروهای باری را ندارد و تعمیر آن نباید بیش از این عقب بیفتد.",
        "ساکنان روستاهای اطراف که برای رسیدن به بازار شهر از این اسکله استفاده می‌کنند باید "
        "دست‌کم شش هفته مسیر طولانی‌تری را از کنار تالاب طی کنند.",
        "رئیس شورا گفت بودجه این تعمیرات از محل اعتبارات عمرانی سال جاری تامین می‌شود و "
        "پیمانکار کار را از هفته آینده آغاز خواهد کرد.",
    )
)


def _meta(body: str, head: str = "") -> str | None:
    html = f"<html><head><title>Headline</title>{head}</head><body>{body}</body></html>"
    return page_meta(lxml.html.fromstring(html), "https://news.example/a/1").published


def _article(inner: str, lead: str = "<h1>Headline</h1>") -> str:
    nav = "<nav><a href='/'>Home</a></nav>"
    return f"{nav}<main><article>{lead}{inner}<p>Text.</p></article></main>"


@pytest.mark.parametrize(
    ("datetime", "shown"),
    [
        ("2026-12-06T15:40:00.000Z", "۱۵ آذر ۱۴۰۵"),  # Persian, Solar Hijri shown
        ("2026-12-06T16:40:00+01:00", "6. Dezember 2026, 16:40 Uhr"),  # German
        ("2026-12-06T10:40:00-05:00", "6 de diciembre de 2026"),  # Spanish
        ("2026-12-06T23:40:00+08:00", "2026年12月6日 23:40"),  # Chinese
        ("2026-12-06T18:40:00+03:00", ""),  # an empty <time>
    ],
)
def test_the_articles_time_is_its_publication_time_as_written(datetime: str, shown: str) -> None:
    assert _meta(_article(f"<time datetime='{datetime}'>{shown}</time>")) == datetime


def test_a_zoneless_time_is_kept_as_written() -> None:
    assert _meta(_article("<time datetime='2026-12-06 19:10'>19:10</time>")) == "2026-12-06 19:10"


def test_a_day_is_a_declared_day() -> None:
    assert _meta(_article("<time datetime='2026-12-06'>6 December</time>")) == "2026-12-06"


@pytest.mark.parametrize("value", ["2026-12", "PT5M", "19:10", "tomorrow", "0000-00-00T00:00:00Z"])
def test_a_value_that_is_no_day_is_not_read(value: str) -> None:
    assert _meta(_article(f"<time datetime='{value}'>x</time>")) is None


def test_declared_sources_come_first() -> None:
    body = _article("<time datetime='2026-12-06T15:40:00Z'>x</time>")
    head = "<meta property='article:published_time' content='2026-12-05T08:00:00Z'>"
    assert _meta(body, head) == "2026-12-05T08:00:00Z"
    microformat = "<time class='dt-published' datetime='2026-12-04T08:00:00Z'>x</time>"
    assert _meta(_article(microformat + "<time datetime='2026-12-06T15:40:00Z'>y</time>")) == (
        "2026-12-04T08:00:00Z"
    )


@pytest.mark.parametrize(
    "outside",
    [
        "<a href='/b/2'><time datetime='2026-11-30T09:00:00Z'>30 Nov</time> Other story</a>",
        "<ul><li><a href='/b/2'>Other story</a> <time datetime='2026-11-30T09:00:00Z'>x</time>"
        "</li></ul>",
        "<aside><time datetime='2026-11-30T09:00:00Z'>x</time></aside>",
        "<nav><time datetime='2026-11-30T09:00:00Z'>x</time></nav>",
        "<footer><time datetime='2026-11-30T09:00:00Z'>x</time></footer>",
        "<article><h2>Read more</h2><time datetime='2026-11-30T09:00:00Z'>x</time></article>",
        "<div id='comments'><p>Nice.</p><time datetime='2026-11-30T09:00:00Z'>x</time></div>",
        "<time class='updated' datetime='2026-11-30T09:00:00Z'>x</time>",
        "<time itemprop='dateModified' datetime='2026-11-30T09:00:00Z'>x</time>",
        "<span>Aktualisiert: <time class='article-aktualisiert' datetime='2026-11-30T09:00:00Z'>x"
        "</time></span>",
    ],
)
def test_a_time_not_the_articles_does_not_date_it(outside: str) -> None:
    assert _meta(_article(outside)) is None


def test_a_teasers_time_in_a_link_leaves_the_articles_own() -> None:
    teaser = "<a href='/b/2'><time datetime='2026-11-30T09:00:00Z'>30 Nov</time> Older</a>"
    own = "<time datetime='2026-12-06T15:40:00Z'>6 Dec</time>"
    assert _meta(_article(own + teaser)) == "2026-12-06T15:40:00Z"


def test_a_time_outside_the_article_is_not_read() -> None:
    body = "<div class='ticker'><time datetime='2026-11-30T09:00:00Z'>x</time></div>" + _article(
        "<p>No time here.</p>"
    )
    assert _meta(body) is None


def test_two_distinct_times_give_none() -> None:
    # published and updated, the update unmarked: which is which is not known
    two = (
        "<time datetime='2026-12-06T15:40:00Z'>Published</time>"
        "<time datetime='2026-12-06T18:05:00Z'>Updated</time>"
    )
    assert _meta(_article(two)) is None
    assert (
        _meta(_article("<time datetime='2026-12-06'>x</time><time datetime='2026-12-05'>y</time>"))
        is None
    )


def test_one_time_written_twice_is_one_time() -> None:
    # the same instant on two clocks (a header's and a byline's), and its day
    same = (
        "<time datetime='2026-12-06T15:40:00Z'>15:40 GMT</time>"
        "<time datetime='2026-12-06T19:10:00+03:30'>19:10</time>"
        "<time datetime='2026-12-06'>6 Dec</time>"
    )
    assert _meta(_article(same)) == "2026-12-06T15:40:00Z"
    other_day = "<time datetime='2026-12-06T15:40:00Z'>x</time><time datetime='2026-12-05'>y</time>"
    assert _meta(_article(other_day)) is None


def test_a_listing_of_articles_is_not_dated_by_its_first() -> None:
    listing = "".join(
        f"<article><h2><a href='/b/{i}'>Story {i}</a></h2>"
        f"<time datetime='2026-12-0{i}T09:00:00Z'>x</time></article>"
        for i in (1, 2, 3)
    )
    assert _meta(listing) is None


def test_the_article_around_the_headline_is_the_pages() -> None:
    body = (
        "<article><h2>Most read</h2><time datetime='2026-11-30T09:00:00Z'>x</time></article>"
        "<article><h1>Headline</h1><time datetime='2026-12-06T15:40:00Z'>y</time></article>"
    )
    assert _meta(body) == "2026-12-06T15:40:00Z"


def _clean(body: str, lang: str = "en") -> Article:
    html = (
        f"<html lang='{lang}'><head><title>Ferry landing to shut</title>"
        "<link rel='canonical' href='https://gazette.example/news/ferry'></head><body>"
        f"{body}</body></html>"
    )
    got = clean_page(RawPage(origin="page.html", kind="html", body=html.encode()), CleanConfig())
    assert isinstance(got, Article), got
    return got


def test_a_cleaned_page_is_dated_declared_with_its_time() -> None:
    got = _clean(
        "<main><article><h1>Ferry landing to shut</h1>"
        f"<time datetime='2026-12-06T15:40:00.000Z'>6 December 2026</time>{PARAGRAPHS}"
        "</article></main>"
    )
    assert got.published == "2026-12-06T15:40:00.000Z"
    assert got.date_source == "declared"


def test_a_persian_page_shown_in_solar_hijri_is_dated_by_its_datetime() -> None:
    got = _clean(
        "<main><article><h1>بسته شدن اسکله قدیمی رشت</h1>"
        f"<time datetime='2026-12-06T15:40:00.000Z'>۱۵ آذر ۱۴۰۵</time>{_PERSIAN}"
        "<p>در همین زمینه</p><ul><li><a href='/b/2'>اسکله انزلی</a></li></ul>"
        "</article></main>",
        lang="fa",
    )
    assert got.published == "2026-12-06T15:40:00.000Z"
    assert got.date_source == "declared"


def test_a_time_in_the_articles_header_box_is_read() -> None:
    # a theme's byline box (its class names no comments, however "responsive" it is)
    box = (
        "<div class='byline-box is-responsive'><span>By Ana Ruiz</span>"
        "<time datetime='2026-12-06T10:40:00-05:00'>6 de diciembre</time></div>"
    )
    assert _meta(_article(box)) == "2026-12-06T10:40:00-05:00"
