"""Dates of the Hebrew calendar, their day and year in Hebrew numerals ("יום שני, כ״ז בכסלו תשפ״ז
16:02", "כ"ז בכסלו תשפ"ז, 08:45"; newcomer 50a, finding 2: such pages were stored undated, and a
record's field holding one was counted not read): read by pyluach in a record's date field, in an
HTML page's dateline and on its own line, on Israel's clock; gershayim as "״", '"' or none; a date
the year has not, or a plain Adar of a leap year, is counted, not read.  Invented pages."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.othercalendars import other_calendar_date, other_calendar_in
from clipper.page import Article, RawPage
from tests.test_local_numeric_dates import _record

_HE_BODY = (
    "חברת המזון הגלילית הודיעה הבוקר כי תפתח מפעל מאפים חדש בקריית שמונה, שיעסיק כ-300 עובדים "
    "מהאזור עד סוף השנה הבאה.",
    "לדברי מנהלת החברה, ההשקעה מוערכת בכ-90 מיליון שקל, וחלקה ימומן במענקים של משרד הכלכלה.",
    "ראש העירייה בירך על ההחלטה ואמר כי מדובר בבשורה לצפון לאחר שנה קשה לעסקים באזור.",
)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # 27 Kislev 5787 is Monday 7 December 2026
        ("כ״ז בכסלו תשפ״ז", "2026-12-07"),
        ('כ"ז בכסלו תשפ"ז', "2026-12-07"),
        ("כז בכסלו תשפז", "2026-12-07"),  # no gershayim
        ("כ״ז כסלו ה׳תשפ״ז", "2026-12-07"),  # no "in", the thousands written
        ("ט״ו בשבט תשפ״ז", "2027-01-23"),  # 15 is ט״ו, not י״ה
        ("א׳ באדר ב׳ תשפ״ז", "2027-03-10"),  # Adar II of a leap year
        ("י״ד באדר תשפ״ו", "2026-03-03"),  # Adar of a common year
        ("כ״ט בחשוון תשפ״ז", "2026-11-09"),
        ("ל׳ בכסלו תשפ״ז", "2026-12-10"),  # Kislev 5787 has 30 days
    ],
)
def test_a_hebrew_date_is_its_gregorian_day(written: str, read: str) -> None:
    found = other_calendar_date(written)
    assert found is not None and found.iso == read


@pytest.mark.parametrize(
    "written",
    [
        "ל׳ בטבת תשפ״ז",  # Tevet has 29 days
        "א׳ באדר ב׳ תשפ״ו",  # 5786 is a common year: no Adar II
        "י״ד באדר תשפ״ז",  # 5787 is a leap year: which Adar?
    ],
)
def test_a_day_the_year_has_not_is_a_date_not_read(written: str) -> None:
    found = other_calendar_date(written)
    assert found is not None and found.iso is None


@pytest.mark.parametrize(
    "prose",
    [
        "זה אב טוב לילדיו",  # "a good father": no numerals
        "חג ט״ו בשבט שנה טובה",  # the festival's name, no year
        "בעוד שלושה ימים בכסלו",
    ],
)
def test_prose_with_a_month_word_is_no_date(prose: str) -> None:
    assert not other_calendar_in(prose)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ('כ"ז בכסלו תשפ"ז 14:30', "2026-12-07 14:30"),
        ("כ״ז בכסלו תשפ״ז", "2026-12-07"),
        ('כ"ז בכסלו תשפ"ז | 07.12.2026 15:25', "2026-12-07T15:25:00"),  # the Gregorian beside
    ],
)
def test_a_record_s_hebrew_date_is_read(tmp_path: Path, written: str, read: str) -> None:
    assert _record(tmp_path, written, "he") == (read, None)


def test_a_record_s_hebrew_date_the_year_has_not_is_counted(tmp_path: Path) -> None:
    assert _record(tmp_path, "ל׳ בטבת תשפ״ז 10:00", "he") == (None, "ל׳ בטבת תשפ״ז 10:00")


def _he_html(dateline: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _HE_BODY)
    page = (
        "<html lang='he' dir='rtl'><head><meta charset='utf-8'><title>מפעל מאפים</title></head>"
        f"<body><article><h1>מפעל מאפים חדש בקריית שמונה</h1><div class='meta'>"
        f"<span class='date'>{dateline}</span></div>{paragraphs}</article></body></html>"
    )
    return page


def _he_page(dateline: str) -> tuple[str | None, str | None]:
    """The published date and the dateline counted unread of a Hebrew page fetched on 8
    December 2026."""
    raw = RawPage(
        origin="t/html",
        kind="html",
        body=_he_html(dateline).encode(),
        url="https://www.galilnews.example/news/8",
        fetched_at="2026-12-08T08:00:00+00:00",
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article.published, article.date_unread


@pytest.mark.parametrize(
    ("dateline", "read"),
    [
        ("יום שני, כ״ז בכסלו תשפ״ז 16:02", "2026-12-07T16:02:00"),  # Kikar HaShabbat's
        ('כ"ז בכסלו תשפ"ז, 08:45', "2026-12-07T08:45:00"),  # Kan's
        ("יום שני, כ״ז בכסלו תשפ״ז", "2026-12-07"),
    ],
)
def test_a_page_s_hebrew_dateline_dates_it(dateline: str, read: str) -> None:
    assert _he_page(dateline) == (read, None)


def test_a_page_s_hebrew_dateline_not_read_is_counted() -> None:
    assert _he_page("ל׳ בטבת תשפ״ז") == (None, "ל׳ בטבת תשפ״ז")


def test_a_hebrew_page_s_time_is_on_israel_s_clock(tmp_path: Path) -> None:
    """A page on an address naming no country: its Hebrew dateline's 16:02 is Israel's (UTC+2
    in December), in the archive and its export."""
    dump = tmp_path / "dump"
    dump.mkdir()
    page = dump / "bakery.html"
    page.write_text(_he_html("יום שני, כ״ז בכסלו תשפ״ז 16:02"), "utf-8")
    # saved the next morning: the file's time is its fetch time, pinned so the test does not
    # depend on the day it runs
    saved = datetime(2026, 12, 8, 8, 0, tzinfo=UTC).timestamp()
    os.utime(page, (saved, saved))
    db = tmp_path / "he.db"
    runner = CliRunner()
    out = runner.invoke(cli, ["dedupe", "--workers", "1", "--db", str(db), str(dump)])
    assert out.exit_code == 0, out.output
    out = runner.invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    (page,) = [json.loads(line) for line in out.output.splitlines()]
    assert page["published"] == "2026-12-07T16:02:00"
    assert page["published_utc"] == "2026-12-07T14:02:00+00:00"
