"""A record's publication date written as a span back from the fetch ("vor 2 Stunden", "il y a
3 heures", "hace 3 horas", "3 godziny temu", "tegnap"), read as the record's fetch time minus the
span and marked guessed (newcomer 29 finding 10: such records were stored undated though their
``fetched_at`` was beside the value); left unread without a fetch time.  Invented records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import GUESSED, Article
from clipper.read.relativedates import relative_to_fetch
from clipper.read.zones import written_in
from tests.test_local_dates import TEXT, _read

FETCHED = "2026-11-06T21:30:00Z"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("vor 2 Stunden", "2026-11-06T19:30:00+00:00"),
        ("il y a 3 heures", "2026-11-06T18:30:00+00:00"),
        ("hace 45 minutos", "2026-11-06T20:45:00+00:00"),
        ("3 godziny temu", "2026-11-06T18:30:00+00:00"),
        ("2 hours ago", "2026-11-06T19:30:00+00:00"),
        ("4 uur geleden", "2026-11-06T17:30:00+00:00"),
        ("tegnap", "2026-11-05"),  # Hungarian "yesterday": a day, no time of day said
        ("vor 3 Tagen", "2026-11-03"),
    ],
)
def test_a_span_back_from_the_fetch_is_read_from_the_fetch_time(written: str, read: str) -> None:
    # a span of days counts back from the fetch's day on the site's clock (Hungary's, UTC+1:
    # 22:30 on the 6th); one of hours from the fetch time, on any site
    with written_in(None, "https://hirek.hu/a/1"):
        assert relative_to_fetch(written, FETCHED) == read


@pytest.mark.parametrize(
    "written",
    [
        "vor 5 Monaten",  # too coarse, too far back
        "in 2 Stunden",  # forward: no publication date
        "Donnerstag",  # a weekday is no span
        "Fähre fährt wieder",  # no date at all
    ],
)
def test_what_is_no_span_back_stays_unread(written: str) -> None:
    assert relative_to_fetch(written, FETCHED) is None


def _article(path: Path, record: dict[str, str]) -> Article:
    path.write_text(json.dumps({"text": TEXT, **record}, ensure_ascii=False) + "\n")
    (raw,) = _read(path)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


def test_a_record_with_a_fetch_time_is_dated_and_guessed(tmp_path: Path) -> None:
    article = _article(
        tmp_path / "a.jsonl",
        {"url": "https://hafen.example/a/1", "published": "vor 2 Stunden", "fetched_at": FETCHED},
    )
    assert (article.published, article.date_source) == ("2026-11-06T19:30:00+00:00", GUESSED)
    assert article.date_unread is None


def test_a_record_without_a_fetch_time_stays_undated_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps({"text": TEXT, "published": "il y a 3 heures"}) + "\n")
    (raw,) = _read(path)
    assert (raw.published, raw.published_relative, raw.date_unread) == (
        None,
        None,
        "il y a 3 heures",
    )
