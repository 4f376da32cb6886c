"""US local sites' date fields as scrapers copy them (newcomer 31, finding F-C): a label before
a month's abbreviation ("Posted: Dec 2, 2026 / 04:05 PM CST"), whose short month was taken for
the label's "on" or "am" and dropped, leaving the record undated; a stamp without its year
("Updated 3:15 PM CST Dec 3", F-C and F-K), dropped without a word in a record's field and
under an HTML page's headline.  Invented records and pages."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import UPDATED, Article, RawPage
from clipper.read.declareddates import declared_date
from tests.test_local_dates import TEXT, _read


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Posted: Dec 2, 2026 / 04:05 PM CST", "2026-12-02T16:05:00-06:00"),
        ("Published: Nov 30, 2026 / 07:00 AM EST", "2026-11-30T07:00:00-05:00"),
        ("Posted Oct 9, 2026 9:15 AM PDT", "2026-10-09T09:15:00-07:00"),
        ("Last updated Sep 4, 2026 6:40 PM EDT", "2026-09-04T18:40:00-04:00"),
        ("Publicado: dic 2, 2026", "2026-12-02"),
        ("Veröffentlicht am 3. Dez 2026", "2026-12-03"),  # the label's "am" still goes
    ],
)
def test_a_month_abbreviation_after_a_label_is_the_dates(written: str, read: str) -> None:
    assert declared_date(written) == (read, None)


def test_a_posted_record_is_dated(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    record = {
        "text": TEXT,
        "url": "https://www.kbox-news.example/a",
        "published": "Posted: Dec 2, 2026 / 04:05 PM CST",
    }
    path.write_text(json.dumps(record) + "\n")
    (raw,) = _read(path)
    assert (raw.published, raw.date_unread) == ("2026-12-02T16:05:00-06:00", None)


# ---- a stamp without its year (F-C, F-K) ----

_FETCHED = "2026-12-03T22:00:00Z"


@pytest.mark.parametrize(
    ("published", "fetched", "read", "updated"),
    [
        # the update: the page published then at the latest
        ("Updated 3:15 PM CST Dec 3", _FETCHED, None, "2026-12-03T15:15:00-06:00"),
        ("Dec. 3, 4:05 PM EST", _FETCHED, "2026-12-03T21:05:00+00:00", None),
        ("Posted Thursday, Dec. 3", _FETCHED, "2026-12-03", None),
        ("Dec 31", "2027-01-02T10:00:00Z", "2026-12-31", None),  # the year before
    ],
)
def test_a_stamp_without_its_year_takes_the_fetchs(
    tmp_path: Path, published: str, fetched: str, read: str | None, updated: str | None
) -> None:
    path = tmp_path / "feed.jsonl"
    record = {"text": TEXT, "url": "https://www.kbox.example/b", "published": published}
    path.write_text(json.dumps({**record, "date_download": fetched}) + "\n")
    (raw,) = _read(path)
    got = raw.published_relative
    if got is not None and len(got) > 10:
        got = datetime.fromisoformat(got).astimezone(UTC).isoformat()
    assert (got, raw.published_updated, raw.date_unread) == (read, updated, None)


@pytest.mark.parametrize(
    ("published", "fetched"),
    [
        ("Updated 3:15 PM CST Dec 3", None),  # no fetch time to take the year from
        ("Dec 9, 4:05 PM", _FETCHED),  # six days after the fetch: no date of this page
    ],
)
def test_a_stamp_without_its_year_not_read_is_counted(
    tmp_path: Path, published: str, fetched: str | None
) -> None:
    path = tmp_path / "feed.jsonl"
    record = {"text": TEXT, "url": "https://www.kbox.example/c", "published": published}
    if fetched:
        record["date_download"] = fetched
    path.write_text(json.dumps(record) + "\n")
    (raw,) = _read(path)
    assert (raw.published, raw.published_updated, raw.date_unread) == (None, None, published)


def _station_page(stamp: str, fetched: str | None) -> RawPage:
    html = (
        "<html lang='en-US'><head><meta charset='utf-8'><title>Library branch</title></head>"
        "<body><article><h1>Library to open branch in former pharmacy</h1><p>By Staff</p>"
        f"<p class='date'>{stamp}</p>"
        + "".join(f"<p>{p}</p>" for p in TEXT.split("\n\n"))
        + "<p>The branch will open next fall with a children's room and meeting space.</p>"
        "</article></body></html>"
    )
    return RawPage(
        origin="t/warc",
        kind="html",
        body=html.encode(),
        url="https://www.kbox.example/lib",
        fetched_at=fetched,
    )


def test_an_html_pages_update_stamp_without_its_year_dates_it() -> None:
    article = clean_page(_station_page("Updated 3:15 PM CST Dec 3", _FETCHED), CleanConfig())
    assert isinstance(article, Article)
    assert (article.published, article.date_source) == ("2026-12-03T15:15:00-06:00", UPDATED)
    assert article.updated == "2026-12-03T15:15:00-06:00"


def test_an_html_pages_stamp_without_its_year_and_no_fetch_time_is_counted() -> None:
    article = clean_page(_station_page("Updated 3:15 PM CST Dec 3", None), CleanConfig())
    assert isinstance(article, Article)
    assert (article.published, article.date_unread) == (None, "Updated 3:15 PM CST Dec 3")
