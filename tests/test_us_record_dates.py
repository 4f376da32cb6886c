"""US local sites' date fields as scrapers copy them (newcomer 31, finding F-C): a label before
a month's abbreviation ("Posted: Dec 2, 2026 / 04:05 PM CST"), whose short month was taken for
the label's "on" or "am" and dropped, leaving the record undated.  Invented records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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

