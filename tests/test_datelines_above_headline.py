"""A page's own date line printed above its headline, as Thai portals and VnExpress-style pages
print it, is read as the same line under the headline is, in every language of the date tables,
with its time of day; one seen and not read is counted (newcomer 34 finding 3: a Thai page's
"เผยแพร่: 4 ธ.ค. 2569 17:45 น." above the <h1> left it undated and uncounted, and a Korean and a
Vietnamese page kept htmldate's day without their time).  Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture import TABLES
from clipper.page import Article, RawPage
from tests.test_furniture_languages import DATELINES, DUMPS

CONFIG = CleanConfig()
FETCHED = "2026-12-05T01:58:00"


def _page(lang: str, headline: str, body: tuple[str, ...] | list[str], above: str = "",
          under: str = "", before_article: str = "", article: str = "article") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{headline}'
        f'</title></head><body><header><nav><a href="/">Home</a> | <a href="/x">X</a></nav>'
        f"</header>{before_article}<{article}>{above}<h1>{headline}</h1>{under}{paragraphs}"
        f"</{article}><footer>© 2026</footer></body></html>"
    ).encode()


def _clean(body: bytes) -> Article:
    result = clean_page(RawPage(origin="t/p.html", kind="html", body=body, fetched_at=FETCHED),
                        CONFIG)
    assert isinstance(result, Article)
    return result


# the three night-1 pages' lines (their forms; the pages' text is invented here)
@pytest.mark.parametrize(
    ("lang", "line", "published"),
    [
        ("th", "เผยแพร่: 4 ธ.ค. 2569 17:45 น.", "2026-12-04T17:45:00"),
        ("ko", "입력 2026.12.04 10:15", "2026-12-04T10:15:00"),
        ("vi", "Thứ Sáu, 04/12/2026, 14:30 (GMT+7)", "2026-12-04T14:30:00+07:00"),
    ],
)
@pytest.mark.parametrize("article", ["article", "div"])
def test_a_stamp_above_the_headline_dates_the_page_with_its_time(
    lang: str, line: str, published: str, article: str
) -> None:
    dump = DUMPS[lang]
    above = _clean(_page(lang, dump.title, dump.body, above=f"<div class='date'>{line}</div>",
                         article=article))
    assert (above.published, above.date_source) == (published, "declared")
    under = _clean(_page(lang, dump.title, dump.body, under=f"<div class='date'>{line}</div>"))
    assert (under.published, under.date_source) == (published, "declared")


@pytest.mark.parametrize("language", sorted(TABLES))
def test_every_languages_dateline_reads_the_same_above_the_headline_as_under_it(
    language: str,
) -> None:
    dump = DUMPS[language]
    line = f"<p class='meta'>{DATELINES[language]}</p>"
    under = _clean(_page(language, dump.title, dump.body, under=line))
    above = _clean(_page(language, dump.title, dump.body, above=line))
    assert under.published is not None and under.published.startswith("2026-11-28")
    assert (above.published, above.date_source) == (under.published, under.date_source)


def test_a_stamp_beside_the_byline_above_the_headline_is_read() -> None:
    dump = DUMPS["id"]
    byline = (
        "<div class='meta'><span>Oleh Rina Kusuma</span> <span>4 Desember 2026 16:30 WIB</span>"
        "</div>"
    )
    page = _clean(_page("id", dump.title, dump.body, above=byline))
    assert page.published == "2026-12-04T16:30:00+07:00"


def test_other_stories_dates_above_the_headline_do_not_date_the_page() -> None:
    dump = DUMPS["en"]
    teasers = (
        "<aside><ul><li><a href='/b'>Bridge reopens</a> 2 December 2026, 09:15</li>"
        "<li>Ferry fares rise <span>3 December 2026, 11:40</span></li></ul></aside>"
    )
    # a sidebar outside the article, and a teaser list inside it right above the headline
    outside = _clean(_page("en", dump.title, dump.body, before_article=teasers))
    inside = _clean(_page("en", dump.title, dump.body, above=teasers))
    for page in (outside, inside):
        # (htmldate's search of the whole page may still guess a day from them, as before)
        assert page.date_source != "declared"
        assert page.published not in ("2026-12-02T09:15:00", "2026-12-03T11:40:00")


def test_a_date_line_above_the_headline_not_read_is_counted() -> None:
    # the day/month order of a page stating no language is in doubt: kept undated, counted
    dump = DUMPS["en"]
    line = "04/05/2026 14:30"
    body = _page("", dump.title, dump.body, above=f"<div class='date'>{line}</div>")
    page = _clean(body.replace(b' lang=""', b""))
    assert page.published is None
    assert page.date_unread == line
