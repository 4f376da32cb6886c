"""A date of numbers on an American page is month first (newcomer 31, F-B and F-C): "12/03/2026"
under the headline of an ``en-US`` page was dated 12 March (htmldate reads such a date day
first), and "12/04/2026 2:32 PM CST" in a US feed's date field was not read.  Read month first on
a page or record of a month-first region or language (en-US, es-US, en-PR, fil) or with a US zone
after its time; on a page that says neither, by the reading near its fetch, else left undated and
counted; day first still where the page writes it so.  Invented pages and records."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import GUESSED, Article, RawPage
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in

_BODY = (
    "The Lakeview Park District board voted Thursday to close the Harmon Center pool for four"
    " months next year to replace its leaking filtration system, a project expected to cost"
    " $1.8 million.",
    "District officials said the pool's 35-year-old system failed three times this fall,"
    " forcing the cancellation of swim team practices and lessons.",
    "Swim clubs that use the pool will be offered lanes at the high school during the closure,"
    " the district's director said.",
)


def _page(line: str, lang: str | None, fetched: str | None) -> RawPage:
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY)
    attribute = f" lang='{lang}'" if lang else ""
    html = (
        f"<html{attribute}><head><meta charset='utf-8'><title>Pool to close</title></head><body>"
        f"<article><h1>Harmon Center pool to close for repairs</h1><p>By Staff</p>"
        f"<p class='date'>{line}</p>{paragraphs}</article></body></html>"
    )
    return RawPage(
        origin="t/html",
        kind="html",
        body=html.encode(),
        url="https://www.lakeview-news.example/pool",
        fetched_at=fetched,
    )


_FETCHED = "2026-12-04T15:00:00+00:00"
_KBOX = "https://www.kbox.example/a"


@pytest.mark.parametrize(
    ("line", "lang", "fetched", "day"),
    [
        ("12/03/2026", "en-US", _FETCHED, "2026-12-03"),
        ("11/05/2026", "es-US", _FETCHED, "2026-11-05"),
        ("12/01/2026", "fil", _FETCHED, "2026-12-01"),
        ("12/03/2026", "en-US", None, "2026-12-03"),  # a saved page: checked against now
        # no language: the reading of the days before the fetch, not 12 March
        ("12/03/2026", None, _FETCHED, "2026-12-03"),
        ("04/12/2026", None, _FETCHED, "2026-12-04"),
        # day first where the page writes it so
        ("03/12/2026", "en-GB", _FETCHED, "2026-12-03"),
        ("03/12/2026", "es", _FETCHED, "2026-12-03"),
    ],
)  # fmt: skip
def test_a_numeric_dateline_is_read_in_the_pages_order(
    line: str, lang: str | None, fetched: str | None, day: str
) -> None:
    article = clean_page(_page(line, lang, fetched), CleanConfig())
    assert isinstance(article, Article)
    assert (article.published or "")[:10] == day
    assert article.date_source == GUESSED


def test_a_numeric_dateline_of_no_stated_order_far_from_the_fetch_is_counted() -> None:
    # both readings (5 March, 3 May) months before the fetch: neither is made
    article = clean_page(_page("05/03/2026", None, _FETCHED), CleanConfig())
    assert isinstance(article, Article)
    assert article.published is None
    assert article.date_unread == "05/03/2026"


@pytest.mark.parametrize(
    ("value", "language", "url", "read"),
    [
        ("12/04/2026 2:32 PM CST", None, _KBOX, "2026-12-04T14:32:00-06:00"),
        ("12/04/2026 7:05 a.m. ET", None, _KBOX, "2026-12-04T07:05:00-05:00"),
        ("12/02/2026", "en-US", _KBOX, "2026-12-02"),
        ("12/02/2026 02:32 PM", "es-US", _KBOX, "2026-12-02T14:32:00"),
        # day first where the record says so, whatever the zone
        ("12/04/2026 2:32 PM CST", "en-GB", _KBOX, "2026-04-12T14:32:00-06:00"),
    ],
)  # fmt: skip
def test_a_records_numeric_date_is_read_month_first_when_american(
    value: str, language: str | None, url: str, read: str
) -> None:
    with written_in(language, url):
        assert declared_date(value) == (read, None)


@pytest.mark.parametrize(
    ("value", "language", "url"),
    [
        ("12/02/2026", None, _KBOX),  # no order stated: counted
        ("12/04/2026 2:32 PM CST", None, "https://www.radio.co.uk/a"),
        ("12/04/2026 2:32 PM CST", None, "https://www.diario.com.mx/a"),
    ],
)  # fmt: skip
def test_a_numeric_date_of_no_stated_order_stays_unread(
    value: str, language: str | None, url: str
) -> None:
    with written_in(language, url):
        assert declared_date(value) == (None, value)
