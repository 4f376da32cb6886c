"""A value dateparser read no span back in is not read again from a fetch of the same month
(``clipper.read.relativedates._UNREAD_SPANS``, a memo of the date notes' and records' readings):
the same answers as reading it each time, for a fetch of another month, near datetime's ends
and in any order.  Invented values."""

from __future__ import annotations

from typing import Any

import pytest

from clipper.read import relativedates
from clipper.read.relativedates import days_back, relative_to_fetch


@pytest.fixture(autouse=True)
def _empty_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relativedates, "_UNREAD_SPANS", set())


def test_a_day_of_last_month_unread_in_a_short_month_is_read_after_a_long_one() -> None:
    # "the 31st of last month" is no day in December (November has 30), the 31st of December
    # in January: the memo of December's reading does not answer January's
    assert days_back("the 31st of last month", "2026-12-07T10:00:00Z") is None
    assert days_back("the 31st of last month", "2027-01-07T10:00:00Z") == 7
    assert days_back("the 31st of last month", "2026-12-20T10:00:00Z") is None


def test_a_span_overflowing_datetime_is_read_from_an_ordinary_fetch() -> None:
    # two hours before 01:00 on 1 January of year 1 is no datetime: dateparser reads nothing;
    # from 05:00 that day, or from an ordinary fetch, it reads the span
    assert relative_to_fetch("2 hours ago", "0001-01-01T01:00:00Z") is None
    assert relative_to_fetch("2 hours ago", "0001-01-01T05:00:00Z") == "0001-01-01T03:00:00+00:00"
    assert relative_to_fetch("2 hours ago", "2026-12-07T10:00:00Z") == "2026-12-07T08:00:00+00:00"


def test_a_byline_with_its_date_is_asked_of_dateparser_once_a_month(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    parser_of = relativedates._parser

    class Counting:
        def __init__(self, parser: Any) -> None:
            self.parser = parser

        def get_date_data(self, text: str) -> Any:
            asked.append(text)
            return self.parser.get_date_data(text)

    monkeypatch.setattr(relativedates, "_parser", lambda base: Counting(parser_of(base)))
    value = "by Harbor Gazette - Nov 3, 2026 7:05 am"
    fetches = ["2026-11-04T01:10:00Z", "2026-11-04T03:45:00Z", "2026-11-29T22:00:00Z"]
    assert [days_back(value, f) for f in fetches] == [None, None, None]
    assert asked == [value]
    # a span is read at each fetch, from that fetch
    assert days_back("3 days ago", fetches[0]) == 3
    assert relative_to_fetch("3 hours ago", fetches[1]) == "2026-11-04T00:45:00+00:00"
    assert relative_to_fetch("3 hours ago", fetches[2]) == "2026-11-29T19:00:00+00:00"
    assert asked == [value, "3 days ago", "3 hours ago", "3 hours ago"]
    # another month asks again
    assert days_back(value, "2026-12-01T08:00:00Z") is None
    assert asked[-1] == value
