"""A page's or a text dump's own relative stamp under its headline ("vor 2 Stunden", "il y a 3
heures", "2 hours ago", "hace 3 horas", "Publicado hace 3 horas"), read as the fetch time minus
the span and marked guessed when the page gives no date, as a record's date field of that
shape is (session 29: such pages were stored undated though their fetch time was known).  By
the reader of records' spans (:func:`clipper.read.relativedates.relative_to_fetch`).
Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import GUESSED, Article, RawPage
from tests.test_dates_by_language import _page

FETCHED = "2026-12-04T02:00:00+00:00"  # tests.test_dates_by_language._page's fetch time

_STAMPS = [
    ("de", "vor 2 Stunden", "2026-12-04T00:00:00+00:00"),
    ("fr", "il y a 3 heures", "2026-12-03T23:00:00+00:00"),
    ("en", "2 hours ago", "2026-12-04T00:00:00+00:00"),
    ("es", "hace 3 horas", "2026-12-03T23:00:00+00:00"),
    ("es", "Publicado hace 45 minutos", "2026-12-04T01:15:00+00:00"),
]


@pytest.mark.parametrize(("lang", "stamp", "read"), _STAMPS)
def test_an_html_pages_relative_stamp_dates_it_guessed(lang: str, stamp: str, read: str) -> None:
    for tag in ("p", "div"):
        article = _page(lang, stamp, tag=tag)
        assert (article.published, article.date_source) == (read, GUESSED)


_DUMP_BODY = (
    "The harbour board approved a new ferry timetable for the winter months after a long "
    "meeting on Tuesday evening that ran past midnight.\n\n"
    "Crossings to the island will run every ninety minutes from the first of January, the "
    "board said, and the late boat on Fridays is kept."
)


def _dump(stamp: str, fetched: str | None, url: str | None = None) -> Article:
    body = f"Ferry timetable changes for winter\n\n{stamp}\n\n{_DUMP_BODY}\n"
    raw = RawPage(origin="dump.txt", kind="text", body=body, fetched_at=fetched, url=url)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(("lang", "stamp", "read"), _STAMPS)
def test_a_dumps_relative_stamp_dates_it_guessed(lang: str, stamp: str, read: str) -> None:
    article = _dump(stamp, FETCHED)
    assert (article.published, article.date_source) == (read, GUESSED)


def test_a_span_of_days_is_read_on_a_site_of_known_clocks() -> None:
    # 02:00 UTC is the 4th in London, the 3rd or the 4th on a site of no known country
    dated = _dump("Posted 3 days ago", FETCHED, "https://harbour.co.uk/a/1")
    assert (dated.published, dated.date_source) == ("2026-12-01", GUESSED)
    assert _dump("Posted 3 days ago", FETCHED, "https://harbour.example/a/1").published is None


def test_without_a_fetch_time_or_with_a_date_the_stamp_is_not_read() -> None:
    assert _dump("vor 2 Stunden", None).published is None
    # an update's span is a change's; a sentence holding a span is the article's
    assert _dump("Aktualisiert vor 2 Stunden", FETCHED).date_source != GUESSED
    # a date the dump gives is its date, the span beside it not read
    dated = _dump("Veröffentlicht am 3. Dezember 2026 um 18:15 Uhr\nvor 8 Stunden", FETCHED)
    assert dated.published == "2026-12-03T18:15:00"
