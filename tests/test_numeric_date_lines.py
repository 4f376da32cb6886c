"""A numeric date line a text dump's cleaner drops without reading it is counted among "dates
not read", whatever its form: dots, slashes or dashes, a year of two digits or four, a weekday
before it or none (session 34: "03.12.26" under a headline was dropped and counted nowhere,
while "3 December 2026" was counted).  A line of three numbers that make no calendar day is no
date line.  Invented dumps."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from clipper.rejections import rejections
from clipper.textdump import clean_text_dump
from tests.conftest import build

HEADLINE = "Ferry timetable cut for the winter at Saltmarsh Quay"
BODY = (
    "The harbour board of Saltmarsh Quay voted on Wednesday to cut the winter ferry timetable "
    "to four crossings a day, after a season in which the early boats sailed half empty.",
    "Islanders who commute to the mainland said the first crossing would now leave too late "
    "for the hospital's morning shift, and asked the board to keep the six o'clock sailing.",
)
FETCHED = datetime(2026, 12, 5, 9, tzinfo=UTC)

# Date lines no reader settles: a two-digit year (which century? alone it stays unread) or a
# numeric order nothing settles on an English dump (which is the month?).
DATE_LINES = [
    "03.12.26",
    "3.12.26",
    "03/12/26",
    "03-12-26",
    "Thursday, 03.12.26",
    "Thu 03/12/26",
    "Donnerstag, 3.12.26",
    "03/12/2026",
    "Thu 03-12-2026",
]
# Three numbers that make no day: a month 34, 31 February, a fourth number after them.
NOT_DATES = ["12.34.56", "31.02.26", "1.2.3.4"]


def _dump(line: str) -> str:
    return "\n\n".join([HEADLINE, line, *BODY])


def test_every_numeric_date_line_dropped_unread_is_counted() -> None:
    counted = {}
    for line in DATE_LINES + NOT_DATES:
        cleaned = clean_text_dump(_dump(line), latest=FETCHED)
        assert cleaned.paragraphs == list(BODY), line  # dropped from the text either way
        assert cleaned.published is None, line
        counted[line] = cleaned.date_unread
    assert counted == {line: line for line in DATE_LINES} | dict.fromkeys(NOT_DATES)


def test_a_dump_s_two_digit_year_date_line_is_in_the_run_s_count(tmp_path: Path) -> None:
    """The run's summary counts it, and ``clipper rejections --reason date-unread`` lists it."""
    dumps = tmp_path / "dumps"
    dumps.mkdir()
    (dumps / "ferry.txt").write_text(_dump("03.12.26"), encoding="utf-8")
    archive, summary = build(tmp_path / "a.db", [dumps])
    assert summary.dates_unread == 1
    _, rows = rejections(archive, reasons=("date-unread",))
    assert [(Path(row.origin).name, row.detail) for row in rows] == [
        ("ferry.txt", 'date "03.12.26" not read; page kept without a date')
    ]
