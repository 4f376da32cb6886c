"""A comma of another script between a date and its time, or after a weekday, is read as the
Latin one: "2026-12-07، 18:05" (Arabic's comma, also Persian's and Urdu's), "2026/12/07、18:05"
(the ideographic comma), "07/12/2026፣ 18:05" (Ethiopic) were left unread where "2026-12-07,
18:05" is read with its time.  Invented values."""

from __future__ import annotations

import pytest

from clipper.linedates import line_date, posted_part
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in

_URL = "https://www.madina-news.example/a"


@pytest.mark.parametrize(
    ("value", "language", "read"),
    [
        ("2026-12-07، 18:05", "ar", "2026-12-07T18:05"),
        ("2026/12/07، 18:05", "ar", "2026-12-07T18:05"),
        ("الاثنين، 2026-12-07 18:05", "ar", "2026-12-07T18:05"),
        ("07.12.2026، 18:05", "ar", "2026-12-07T18:05"),
        ("7 ديسمبر 2026، 18:05", "ar", "2026-12-07T18:05"),
        ("2026-12-07، 14:30", "ur", "2026-12-07T14:30"),
        ("۱۴۰۵/۰۹/۱۶، ۱۴:۳۰", "fa", "2026-12-07T14:30"),
        ("2026/12/07、18:05", "ja", "2026-12-07T18:05"),
        ("2026/12/07，18:05", "zh", "2026-12-07T18:05"),
        ("07/12/2026፣ 18:05", "am", "2026-12-07T18:05"),
        ("07/12/2026၊ 18:05", "my", "2026-12-07T18:05"),
        ("2026-12-07, 18:05", "ar", "2026-12-07T18:05"),  # the Latin comma, as before
    ],
)  # fmt: skip
def test_a_scripts_comma_between_date_and_time_is_read(
    value: str, language: str, read: str
) -> None:
    with written_in(language, _URL):
        when, unread = declared_date(value)
        assert unread is None
        assert when is not None
        assert when.replace(" ", "T")[:16] == read
        assert (line_date(value) or "")[:16] == read


def test_a_posted_part_ends_before_an_arabic_comma_and_its_update() -> None:
    line = "7 ديسمبر 2026، 18:05، آخر تحديث: 8 ديسمبر 2026، 10:00"
    with written_in("ar", _URL):
        assert posted_part(line) == "7 ديسمبر 2026، 18:05"
