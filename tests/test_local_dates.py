"""Publication dates written the local way (newcomer 17, finding 11): a month word of one of
the furniture tables' languages, CJK and Korean 年月日 / 년월일 forms with 時分 / 시분, a dot
between hour and minute ("11.42 GMT"); read with their time and zone, never guessed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.config import ReadLimits
from clipper.localdates import local_date
from clipper.models import Page
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.conftest import build

TEXT = (
    "The harbour board approved a new ferry timetable for the winter months after a long "
    "meeting on Tuesday evening.\n\nCrossings to the island will run every ninety minutes."
)


def _read(path: Path) -> list[RawPage]:
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    assert rejected == []
    return pages


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("14 мая 2025, 20:28", "2025-05-14T20:28:00"),  # Russian, genitive month
        ("14 января 2025 г.", "2025-01-14"),  # "г." (year) is no zone
        ("14 мая 2025, 20:28 МСК", "2025-05-14T20:28:00+03:00"),  # Moscow time in Cyrillic
        ("2025年1月14日 21時17分", "2025-01-14T21:17:00"),  # Japanese
        ("2025年11月14日", "2025-11-14"),  # "11月" is November, not "1月"
        ("2025年1月14日 21時17分 JST", "2025-01-14T21:17:00+09:00"),
        ("2025年01月14日21时17分", "2025-01-14T21:17:00"),  # Chinese
        ("2025년 1월 14일 오후 9시 17분", "2025-01-14T21:17:00"),  # Korean, 오후 = p.m.
        ("Sat 24 Feb 2024 11.42 GMT", "2024-02-24T11:42:00+00:00"),  # the Guardian's dot
        ("13. Mai 2026 um 15:44", "2026-05-13T15:44:00"),  # German
        ("14 mai 2025 à 10h30", "2025-05-14T10:30:00"),  # French
        ("28 de noviembre de 2026", "2026-11-28"),  # Spanish
        ("giovedì 14 maggio 2026 ore 10:30", "2026-05-14T10:30:00"),  # Italian
        ("2 października 2024, 14:05", "2024-10-02T14:05:00"),  # Polish
        ("14. května 2025", "2025-05-14"),  # Czech
        ("14 Ocak 2025 21:17", "2025-01-14T21:17:00"),  # Turkish
        ("21 mai 2025 kl. 14.05", "2025-05-21T14:05:00"),  # Norwegian
        ("14 Januari 2025 | 21:17 WIB", "2025-01-14T21:17:00+07:00"),  # Indonesian
        ("ngày 14 tháng 11 năm 2025", "2025-11-14"),  # Vietnamese
        ("14 مايو 2025", "2025-05-14"),  # Arabic
        ("14 мая 2025, 20:28 (UTC+3)", "2025-05-14T20:28:00+03:00"),
        # newcomer 27 finding 7: Swahili's, Hausa's and Amharic's month names, read in a
        # record's date field as in a page's dateline (htmldate read them there, not here)
        ("31 Oktoba 2026", "2026-10-31"),
        ("Novemba 21, 2026", "2026-11-21"),
        ("Jumamosi, Novemba 21, 2026", "2026-11-21"),
        ("Nuwamba 21, 2026", "2026-11-21"),
        ("21 Nuwamba 2026 10:30", "2026-11-21T10:30:00"),
        ("ኖቬምበር 21, 2026", "2026-11-21"),
    ],
)
def test_a_date_written_the_local_way_is_read_with_its_time_and_zone(
    tmp_path: Path, written: str, read: str
) -> None:
    """A crawler's date field (here a JSONL record's) in the language of its site."""
    path = tmp_path / "night.jsonl"
    path.write_text(json.dumps({"text": TEXT, "published": written}, ensure_ascii=False) + "\n")
    (page,) = _read(path)
    assert (page.published, page.date_unread) == (read, None)


@pytest.mark.parametrize(
    "written",
    [
        "03/04/2025",  # numbers only: which is the month? never handed to the local reader
        "May 2025",  # no day
        "14 мая",  # no year
        "14 мая 2025 IST",  # India's, Ireland's or Israel's time
        "30 марта – 2 апреля 2025",  # two months: a span, not a date
        "3 days ago 2024",
    ],
)
def test_a_local_date_that_cannot_be_read_for_sure_is_not_read(written: str) -> None:
    assert local_date(written) is None


def test_text_dump_headers_dated_the_local_way_date_their_pages(tmp_path: Path) -> None:
    """newcomer 17's three dumps, as a desk's scraper writes them: a Russian header, a Japanese
    date, the Guardian's own "11.42 GMT".  Each page is dated by its header (in UTC when the
    header names the zone, as written when it does not), none is counted "dates not read"."""
    dumps = tmp_path / "night"
    dumps.mkdir()
    (dumps / "ru.txt").write_text(
        "Заголовок: Паром на остров\nURL: https://gavan.example/doc/1\n"
        "Дата: 14 мая 2025, 20:28\n\n" + TEXT
    )
    (dumps / "ja.txt").write_text(
        "Title: 島へのフェリー\nURL: https://minato.example/articles/2\n"
        "Date: 2025年1月14日 21時17分\n\n" + TEXT.upper()
    )
    (dumps / "uk.txt").write_text(
        "Title: Island ferry timetable\nURL: https://harbour.example/world/3\n"
        "Date: Sat 24 Feb 2024 11.42 GMT\n\n" + TEXT.replace("harbour", "port")
    )
    archive, summary = build(tmp_path / "a.db", [dumps])
    with archive.sessions() as session:
        dates = {k: v for k, v in session.execute(select(Page.source_key, Page.published))}
    assert dates == {
        "https://gavan.example/doc/1": "2025-05-14T20:28:00",
        "https://minato.example/articles/2": "2025-01-14T21:17:00",
        "https://harbour.example/world/3": "2024-02-24T11:42:00",
    }
    assert summary.dates_unread == 0


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # digits of other scripts: Arabic-Indic, Devanagari
        ("٢ ديسمبر ٢٠٢٦", "2026-12-02"),
        ("२ दिसंबर २०२६", "2026-12-02"),  # Hindi
        ("2 दिसंबर 2026", "2026-12-02"),
        # Indonesia's three zones: Western (UTC+7), Central (UTC+8), Eastern (UTC+9)
        ("3 Desember 2026 pukul 14.30 WIB", "2026-12-03T14:30:00+07:00"),
        ("Kamis, 3 Desember 2026 14:30 WITA", "2026-12-03T14:30:00+08:00"),
        ("3 Desember 2026 pukul 14.30 WIT", "2026-12-03T14:30:00+09:00"),
        ("December 3, 2026 2:30 PM WITA", "2026-12-03T14:30:00+08:00"),
        ("2026年12月3日 14:30 JST", "2026-12-03T14:30:00+09:00"),
        ("2026년 12월 3일 14:30 KST", "2026-12-03T14:30:00+09:00"),
        ("3. Dezember 2026, 14:30 CET", "2026-12-03T14:30:00+01:00"),
        ("3. Juli 2026, 14:30 CEST", "2026-07-03T14:30:00+02:00"),
        # Thai: years of the Buddhist Era (2569 is 2026), Thai digits, "ธ.ค." for December
        ("3 ธันวาคม 2569", "2026-12-03"),
        ("วันพฤหัสบดีที่ 3 ธันวาคม 2569 เวลา 14:30 น.", "2026-12-03T14:30:00"),
        ("3 ธ.ค. 2569 14:30 น.", "2026-12-03T14:30:00"),
        ("๓ ธันวาคม ๒๕๖๙", "2026-12-03"),
        ("29 กุมภาพันธ์ 2571", "2028-02-29"),  # BE 2571 is a leap year: CE 2028
        ("3 ธันวาคม 2026", "2026-12-03"),  # a Common Era year stays
        # Persian with Gregorian months, in Persian digits
        ("۳ دسامبر ۲۰۲۶ ساعت ۱۴:۳۰", "2026-12-03T14:30:00"),
    ],
)
def test_dates_of_other_scripts_calendars_and_zones_are_read(
    tmp_path: Path, written: str, read: str
) -> None:
    path = tmp_path / "night.jsonl"
    path.write_text(json.dumps({"text": TEXT, "published": written}, ensure_ascii=False) + "\n")
    (page,) = _read(path)
    assert (page.published, page.date_unread) == (read, None)


@pytest.mark.parametrize(
    "written",
    [
        "12/06/1448",  # a lunar Hijri year read as no Solar Hijri one (not a Persian page)
        "30 جمادى الآخرة 1448",  # Hijri: that month of 1448 has 29 days (Umm al-Qura)
    ],
)
def test_a_date_of_a_calendar_or_zone_not_known_stays_unread(
    tmp_path: Path, written: str
) -> None:
    path = tmp_path / "night.jsonl"
    path.write_text(json.dumps({"text": TEXT, "published": written}, ensure_ascii=False) + "\n")
    (page,) = _read(path)
    assert (page.published, page.date_unread) == (None, written)


def test_a_zone_not_known_keeps_the_day_alone(tmp_path: Path) -> None:
    # "IST": India's, Ireland's or Israel's; the time would be hours off, the day is the page's
    path = tmp_path / "night.jsonl"
    path.write_text(json.dumps({"text": TEXT, "published": "3 Dec 2026 14:30 IST"}) + "\n")
    (page,) = _read(path)
    assert (page.published, page.date_unread) == ("2026-12-03", None)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # newcomer 22, finding 8: Arabic's Levantine and Iraqi month names (from Syriac) ...
        ("26 تشرين الثاني 2026", "2026-11-26"),
        ("٢٦ تشرين الثاني ٢٠٢٦", "2026-11-26"),
        ("3 كانون الأول 2026، 14:30", "2026-12-03T14:30:00"),
        ("9 كانون الثاني 2026", "2026-01-09"),
        ("17 شباط 2026", "2026-02-17"),
        ("1 آب 2026", "2026-08-01"),
        ("5 ايار 2026", "2026-05-05"),
        ("26 تشرين الثاني/نوفمبر 2026", "2026-11-26"),  # both names, as Iraqi papers write
        ("26 نوفمبر (تشرين الثاني) 2026", "2026-11-26"),
        # ... the Maghreb's (Algeria, Tunisia: from French; Morocco)
        ("14 جانفي 2026", "2026-01-14"),
        ("14 جويلية 2026", "2026-07-14"),
        ("14 أوت 2026", "2026-08-14"),
        ("14 غشت 2026", "2026-08-14"),
        ("14 دجنبر 2026", "2026-12-14"),
        # Urdu's and Bengali's, no table of their own
        ("۲۷ نومبر ۲۰۲۶", "2026-11-27"),
        ("27 نومبر 2026", "2026-11-27"),
        ("৩০ নভেম্বর ২০২৬", "2026-11-30"),
    ],
)
def test_arabic_month_names_of_every_region_and_urdu_and_bengali_are_read(
    written: str, read: str
) -> None:
    assert local_date(written) == read


def test_a_levantine_dateline_dates_a_text_dump(tmp_path: Path) -> None:
    dump = tmp_path / "beirut.txt"
    body = (
        "انقطعت الكهرباء عن معظم أحياء المدينة مساء الخميس بعد عطل في محطة التحويل الرئيسية، "
        "وقالت مؤسسة الكهرباء إن فرقها تعمل على إصلاحه.\n\n"
        "وأضافت المؤسسة أن التيار سيعود تدريجيا خلال الليل إلى المستشفيات أولا ثم إلى المنازل."
    )
    dump.write_text(f"نشر في ٢٦ تشرين الثاني ٢٠٢٦\n\n{body}\n", encoding="utf-8")
    archive, _ = build(tmp_path / "a.db", [dump])
    with archive.sessions() as session:
        published = session.execute(select(Page.published)).scalar_one()
    archive.close()
    assert published is not None and published[:10] == "2026-11-26"


def test_every_month_name_of_every_table_names_its_languages_as_a_full_scan_does() -> None:
    """The automaton that picks the tables to scan (``_month_hints``) never hides one: each
    month name of each table, as written, with a leading zero on its number, and inside a
    word, gives the languages every table's pattern scanned over the line gives."""
    import re

    from clipper import monthnames

    def scanned(text: str) -> tuple[str, ...]:
        folded = monthnames._THAI_DOT.sub("", text.casefold())
        languages: list[str] = []
        months: set[int] = set()
        for language, pattern, numbers in monthnames._month_patterns():
            found = {
                numbers[monthnames._LEADING_ZERO.sub("", m.group(0))]
                for m in pattern.finditer(folded)
            }
            if found:
                languages.append(language)
                months |= found
        return tuple(languages) if len(months) == 1 else ()

    lines = []
    for _, _, numbers in monthnames._month_patterns():
        for name in numbers:
            zero = re.sub(r"(\d+)", r"0\1", name, count=1)
            lines += [f"14 {name} 2025, 09:30", f"{zero} 2025", f"x{name}y 2025"]
    read = [line for line in lines if scanned(line)]
    assert len(read) > 1000  # the lines name a month in some language
    assert [monthnames.languages_of(line) for line in lines] == [scanned(line) for line in lines]


def test_swahili_and_hausa_abbreviations_leave_other_dates_alone() -> None:
    """Their month names are read in full only: "Sat" (Hausa's September, abbreviated) before
    "28 Nov 2026" stays an English weekday."""
    from clipper.read.declareddates import declared_date

    assert declared_date("Sat, 28 Nov 2026 10:00 GMT")[0] == "2026-11-28T10:00:00+00:00"
    assert local_date("Sat 28 Nov 2026") == "2026-11-28"
    assert declared_date("28 Agosti 2026")[0] == "2026-08-28"
