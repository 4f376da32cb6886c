"""Dates in every language the language identifier names that dateparser has a locale for:
their month names read on a page or record of that language, and their numeric dates in the
order CLDR says the language writes them (newcomer 34 finding 4: a Malay record's "4 Disember
2026", "4 Dis 2026", "Khamis, 4 Disember 2026" and "04/12/2026" were not read, where
Indonesian's "4 Desember 2026" was).  Invented values and records."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from clipper.langmodel import languages
from clipper.language import stored_language
from clipper.localeorders import DAY_FIRST_LANGUAGES, MONTH_FIRST_LANGUAGES
from clipper.read.declareddates import declared_date
from clipper.read.zones import written_in
from tests.test_local_dates import TEXT, _read


def _read_in(language: str, value: str) -> str | None:
    with written_in(language, "https://berita.example/a"):
        return declared_date(value)[0]


def _same(found: str | None, read: str) -> bool:
    """Whether a stored date ``found`` ("2026-12-04 16:30", "2026-12-04T16:30:00") is ``read``."""
    if found is None or (len(found) <= 10) != (len(read) <= 10):
        return False  # a day is not a time of it
    return datetime.fromisoformat(found) == datetime.fromisoformat(read)


MALAY = [
    ("4 Disember 2026 16:30", "2026-12-04T16:30:00"),
    ("4 Dis 2026 16:30", "2026-12-04T16:30:00"),
    ("Khamis, 4 Disember 2026", "2026-12-04"),
    ("04/12/2026 16:30", "2026-12-04T16:30:00"),
    ("Isnin, 2 Mac 2026", "2026-03-02"),
    ("17 Ogos 2026", "2026-08-17"),
    # the day marked "hb" (haribulan), as Malay writes it
    ("Jumaat, 4hb Disember 2026", "2026-12-04"),
    ("14 hb. Mac 2026 09:15", "2026-03-14T09:15:00"),
]


def test_a_malay_records_dates_are_read(tmp_path: Path) -> None:
    path = tmp_path / "berita.jsonl"
    records = [
        {
            "link": f"https://berita.example/b/{i}",
            "headline": f"Berita {i}",
            "content": TEXT,
            "published": written,
            "language": "ms",
        }
        for i, (written, _) in enumerate(MALAY)
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    pages = sorted(_read(path), key=lambda p: p.url or "")
    # read, and so not counted under "dates not read (kept)"
    assert [p.date_unread for p in pages] == [None] * len(MALAY)
    assert [_same(p.published, read) for p, (_, read) in zip(pages, MALAY, strict=True)] == [
        True
    ] * len(MALAY)


@pytest.mark.parametrize(("written", "read"), MALAY)
def test_malay_dates_are_read_on_a_malay_page(written: str, read: str) -> None:
    assert _same(_read_in("ms", written), read)


def test_an_identified_languages_names_are_read_on_its_own_pages() -> None:
    # Malay's "Dis", Oromo's "Ama" (January), Zulu's "Mas" (March) are words and names in other
    # languages' date lines: read on a page of their language only
    assert _read_in("ms", "4 Disember 2026") == "2026-12-04"
    assert _read_in("en", "4 Disember 2026") is None
    assert _read_in("om", "Ama 4, 2026") == "2026-01-04"
    assert _read_in("en", "Ama 4, 2026") is None
    # ... where the tables' names are read too
    assert _read_in("ms", "4 December 2026") == "2026-12-04"


def _identified() -> list[str]:
    """The identifier's languages with a dateparser locale beyond the date tables'."""
    from dateparser.data.languages_info import language_order

    from clipper.monthnames import date_languages

    found = {stored_language(c) for c in languages()} & set(language_order)
    return sorted(found - set(date_languages()))


def test_the_identified_languages_beyond_the_tables_are_many() -> None:
    # Malay, Afrikaans, Kazakh, Georgian, Irish... (48 with py3langid 0.4.0 and dateparser 1.5.0)
    assert {"ms", "af", "kk", "ka", "ga", "az", "sq"} <= set(_identified())


@pytest.mark.parametrize("language", _identified())
def test_every_identified_language_reads_its_months_where_dateparser_does(language: str) -> None:
    """A date of each month, as CLDR writes it in the language (its long form: "4 Disember
    2026", "4 Januarie 2026", "2026 ж. 4 қаңтар"), read on a record of that language wherever
    dateparser reads it given that language alone."""
    import dateparser
    from babel.dates import format_date

    unread = []
    for month in range(1, 13):
        day = date(2026, month, 4)
        written = format_date(day, "long", locale=language)
        parsed = dateparser.parse(written, languages=[language], settings={"STRICT_PARSING": True})
        if parsed is None or parsed.date() != day:
            continue  # dateparser itself does not read CLDR's form: no reader here to ask
        found = _read_in(language, written)
        if found is None or found[:10] != day.isoformat():
            unread.append(written)
    assert unread == []


def test_the_numeric_orders_are_cldrs() -> None:
    """Day first for every language clipper reads (the identifier's, the tables') whose CLDR
    short date pattern opens with the day; month first where it opens with the month (English
    aside: its order is its region's)."""
    from babel.dates import get_date_format

    from clipper.furniture import TABLES

    codes = {stored_language(c) for c in languages()} | set(languages()) | set(TABLES)
    first = {}
    for code in codes:
        pattern = get_date_format("short", locale=code).pattern
        first[code] = next(c for c in pattern if c in "dMy")
    assert {c for c, f in first.items() if f == "d"} == DAY_FIRST_LANGUAGES
    assert {c for c, f in first.items() if f == "M"} - {"en"} <= MONTH_FIRST_LANGUAGES
    assert not DAY_FIRST_LANGUAGES & MONTH_FIRST_LANGUAGES


@pytest.mark.parametrize("language", ["ms", "sw", "ka", "kk", "az", "sq"])
def test_a_numeric_date_is_read_day_first_in_a_language_writing_it_so(language: str) -> None:
    assert _read_in(language, "04/12/2026") == "2026-12-04"
    # ... and stays in doubt on a page of no language
    assert _read_in("", "04/12/2026") is None
