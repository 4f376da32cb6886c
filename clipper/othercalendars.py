"""Dates of three more calendars news pages print, as Gregorian dates: the lunar Hijri calendar
(Saudi, Gulf and Yemeni papers' datelines, "الخميس 2 جمادى الآخرة 1448هـ", "1448/06/02 هـ";
Persian and Urdu spell its months their way, "۲ جمادی‌الثانی ۱۴۴۸"), the Ethiopian one (the
Ethiopian News Agency's and Amharic papers' "ኅዳር 24 ቀን 2019 ዓ.ም", "ህዳር 24/2019") and the Hebrew
one (Israeli religious and public broadcasters' "יום שני, כ״ז בכסלו תשפ״ז 16:02", "כ"ז בכסלו
תשפ"ז, 08:45": its day and year in Hebrew numerals, gershayim written "״", '"' or not at all).

A lunar Hijri date is converted by hijridate (the Umm al-Qura calendar, Saudi Arabia's official
one, which Gulf papers print: tables for AH 1343-1500); an Ethiopian date by arithmetic, the
calendar being one of twelve 30-day months and a 13th of 5 days (6 before a year divisible by 4
less one, Ethiopian year 2015 ending in Pagume 6): fixed-from-ethiopic of Dershowitz and
Reingold, *Calendrical Calculations* (3rd ed., section 4.2), whose day numbers are Python's
proleptic Gregorian ordinals (:meth:`datetime.date.fromordinal`), the epoch R.D. 2796 (29 August
8 CE, Julian).  A Hebrew date is converted by pyluach (the fixed Hebrew calendar; its
numerals read by the table of pyluach's own spelling of each day and year, :func:`_hebrew_numbers`).

A line that gives the Gregorian date beside the other calendar's (Asharq Al-Awsat's "الخميس - 2
جمادى الآخرة 1448 هـ - 03 ديسمبر 2026 مـ", Okaz's "1448/06/02 هـ الموافق 2026/12/03 م") is read
by its Gregorian date, as written: :func:`other_calendar_date` drops the other one.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import regex

__all__ = [
    "UNREAD_CALENDAR",
    "OtherDate",
    "other_calendar_date",
    "other_calendar_in",
    "unread_calendar_in",
]

# Folded for matching, one character for one (positions stay those of the line): the hamza
# forms of alef, alef maqsura, ta marbuta, Persian yeh and kaf, the zero-width non-joiner
# Persian writes inside "جمادی‌الثانی".
_FOLD = str.maketrans("أإآىةیک\u200c", "ااايهيك ")
# The Hijri months, folded (:data:`_FOLD`), in their Arabic and Persian/Urdu spellings: "الآخرة"
# / "الثانية" (the latter), "الأولى" / "الأول" (the first), "ذو" / "ذي" (of).
_HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2,
    "ربيع الاول": 3, "ربيع اول": 3,
    "ربيع الاخر": 4, "ربيع الثاني": 4, "ربيع ثاني": 4, "ربيع الاخره": 4,
    "جمادي الاولي": 5, "جمادي الاول": 5, "جمادي اول": 5,
    "جمادي الاخره": 6, "جمادي الثانيه": 6, "جمادي الاخر": 6, "جمادي الثاني": 6,
    "جمادي ثاني": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعده": 11, "ذي القعده": 11, "ذوالقعده": 11, "ذيالقعده": 11,
    "ذو الحجه": 12, "ذي الحجه": 12, "ذوالحجه": 12, "ذيالحجه": 12,
}  # fmt: skip
# The Hijri era's mark after a year ("1448هـ", "1448 ه", "١٤٤٨ هـ"; Persian "ق" or "ه.ق" for
# qamari, lunar).
_HIJRI_MARK = r"(?:\s*(?:هـ|ه|ق)(?![^\W\d_])(?:[\s.\u200c\u200d]*ق(?![^\W\d_]))?)?\.?"
_HIJRI_NAMES = "|".join(
    r"\s*".join(map(re.escape, name.split()))
    for name in sorted(_HIJRI_MONTHS, key=len, reverse=True)
)
_HIJRI_WORDED = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?:من\s+)?(?P<m>{_HIJRI_NAMES})(?![^\W\d_])\s*[،,]?\s*"
    rf"(?P<y>1[34]\d\d)(?!\d){_HIJRI_MARK}"
)
# A year-first date of numbers with the era's mark ("1448/06/02 هـ"): without it, a year of
# 1300-1499 may be a Solar Hijri one (clipper.numericdates), as it is with the mark of the
# solar era, "ه.ش" (hijri shamsi: "1405/09/12 ه.ش" is 3 December 2026, not a lunar 1405).
_HIJRI_NUMERIC = re.compile(
    r"(?<![\d/.\-])(?P<y>1[34]\d\d)([/.\-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d/.\-])"
    r"\s*(?:هـ|ه)(?![^\W\d_])(?![\s.\u200c\u200d]*ش)(?:[\s.\u200c\u200d]*ق(?![^\W\d_]))?\.?"
)
# The Ethiopian months, in Amharic's and Tigrinya's spellings (ኅ, ሕ, ህ and ኀ are one sound,
# as are ሐ, ሃ, ሀ and ሓ, ሥ and ስ, ሣ and ሳ; Tigrinya's ጥቅምቲ, ጥሪ, ለካቲት, ሰነ, ሓምለ, ነሓሰ are
# Amharic's ጥቅምት, ጥር, የካቲት, ሰኔ, ሐምሌ, ነሐሴ).
_ETHIOPIAN_MONTHS = {
    "መስከረም": 1, "ጥቅምት": 2, "ጥቅምቲ": 2,
    "ኅዳር": 3, "ህዳር": 3, "ሕዳር": 3, "ኀዳር": 3,
    "ታኅሣሥ": 4, "ታህሳስ": 4, "ታሕሳስ": 4, "ታኅሳስ": 4, "ታህሣሥ": 4, "ታሕሣሥ": 4,
    "ጥር": 5, "ጥሪ": 5, "የካቲት": 6, "ለካቲት": 6, "መጋቢት": 7, "ሚያዝያ": 8, "ሚያዚያ": 8,
    "ግንቦት": 9, "ሰኔ": 10, "ሰነ": 10,
    "ሐምሌ": 11, "ሃምሌ": 11, "ሀምሌ": 11, "ሓምለ": 11,
    "ነሐሴ": 12, "ነሃሴ": 12, "ነሀሴ": 12, "ነሓሰ": 12,
    "ጳጉሜ": 13, "ጳጉሜን": 13,
}  # fmt: skip
# Eritrea keeps the Gregorian calendar under the same Tigrinya names, each the Gregorian month
# its Ethiopian namesake mostly falls in (መስከረም September ... ነሓሰ August; no 13th): a date
# of an Eritrean page (an address under .er, a language tag or country of Eritrea, ti-ER) is
# Gregorian.  Tigray's Tigrinya press (.et, ti-ET, a record's country ET) and every Amharic
# page keep the Ethiopian calendar.  A Tigrinya page that states no country (a .com address,
# a bare "ti") may be either: see :func:`_calendar_of`.
_ERITREA, _ETHIOPIA = "er", "et"


def _calendar_of(year: int, month: int, day: int) -> str | None:
    """The Gregorian day of an Ethiopian-named date on the page being read
    (:func:`clipper.read.zones.page_hint`): Eritrea's Gregorian reading on an Eritrean page,
    the Ethiopian one on an Ethiopian or Amharic page.  On a Tigrinya page stating no country,
    the Ethiopian reading unless it is later than today (UTC), then the Gregorian one: the two
    readings of a year lie 7-8 years apart, so a page written in the last seven years reads
    right in either country ("ሕዳር 12 2019", Tigray's, is 2026-11-21; Eritrea's "3 ሕዳር 2026"
    is 2026-11-03, its Ethiopian reading being 2033).  Gregorian first was a silent seven-year
    error on a Tigray paper's every date."""
    from clipper.read.zones import page_hint  # clipper.read imports this module's users

    language, country, region = page_hint()
    eritrean = (month + 7) % 12 + 1 if month < 13 else 0
    if _ERITREA in (country, region):
        return _gregorian(year, eritrean, day)
    ethiopian = _ethiopian(year, month, day)
    if language != "ti" or _ETHIOPIA in (country, region):
        return ethiopian
    if ethiopian is not None and ethiopian <= datetime.now(UTC).date().isoformat():
        return ethiopian
    return _gregorian(year, eritrean, day)


_ETHIOPIAN_NAMES = "|".join(map(re.escape, sorted(_ETHIOPIAN_MONTHS, key=len, reverse=True)))
# "ቀን" (day) after the day, "ዓ.ም" (year of mercy: the era) after the year; "፣" Ethiopic comma.
_ETHIOPIAN_ERA = r"(?:\s*ዓ\s*[./]?\s*ም\.?)?"
_ETHIOPIAN = re.compile(
    rf"(?P<m>{_ETHIOPIAN_NAMES})\s*(?P<d>\d{{1,2}})(?!\d)\s*(?:ቀን)?\s*[,/፣]?\s*"
    rf"(?P<y>\d{{4}})(?!\d){_ETHIOPIAN_ERA}"
    rf"|(?<!\d)(?P<d2>\d{{1,2}})\s*(?:ቀን)?\s*(?P<m2>{_ETHIOPIAN_NAMES})\s*[,/፣]?\s*"
    rf"(?P<y2>\d{{4}})(?!\d){_ETHIOPIAN_ERA}"
)
_ETHIOPIC_EPOCH = 2796  # R.D. of 1 Meskerem 1 (Dershowitz and Reingold)
# A Gregorian year left on the line when the other calendar's date is taken out, and the marks
# around it: "الموافق" (corresponding to), "م" / "مـ" (the Common Era's mark).
_GREGORIAN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_GREGORIAN_MARKS = re.compile(r"(?<=\d)\s*مـ?(?![^\W\d_])|(?<![^\W\d_])الموافق(?![^\W\d_])")


def _hijri(year: int, month: int, day: int) -> str | None:
    from hijridate import Hijri  # imported for a Hijri date only

    try:
        return Hijri(year, month, day).to_gregorian().isoformat()
    except (ValueError, OverflowError):  # a 30th of a 29-day month; a year past the tables
        return None


def _ethiopian(year: int, month: int, day: int) -> str | None:
    last = (6 if year % 4 == 3 else 5) if month == 13 else 30
    if not 1 <= day <= last or not 1 <= month <= 13:
        return None
    day_number = _ETHIOPIC_EPOCH - 1 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    return date.fromordinal(day_number).isoformat()


def _gregorian(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # a 31st of a 30-day month; Pagume, which Eritrea's calendar has not
        return None


# The Hebrew months as pages spell them, to pyluach's numbers (Nisan 1 ... Adar 12, Adar II 13
# of a leap year): full and defective spellings (חשוון/חשון, סיוון/סיון, אייר/איר), the long
# names (מרחשוון, מנחם אב), Adar I and II by letter or word.  A plain "אדר" of a leap year is
# either: None (the date is counted, not read).
_HEBREW_MONTHS = {
    "תשרי": 7, "חשון": 8, "חשוון": 8, "מרחשון": 8, "מרחשוון": 8, "כסלו": 9, "כסליו": 9,
    "טבת": 10, "שבט": 11, "אדר": 0, "אדר א": 12, "אדר ראשון": 12, "אדר ב": 13, "אדר שני": 13,
    "ניסן": 1, "אייר": 2, "איר": 2, "סיון": 3, "סיוון": 3, "תמוז": 4, "אב": 5, "מנחם אב": 5,
    "אלול": 6,
}  # fmt: skip
# Geresh and gershayim, as Hebrew's own marks or the apostrophe and quotation mark typed for them.
_HEBREW_MARKS = "׳״'\"’”"
_MARK = f"[{_HEBREW_MARKS}]?"
_HEBREW_MONTH_NAMES = "|".join(
    r"\s+".join(re.escape(word) + (_MARK if word in ("א", "ב") else "") for word in name.split())
    for name in sorted(_HEBREW_MONTHS, key=len, reverse=True)
)
# Day (1-30: a letter or two, "ט״ו", "כ\"ז", "ל׳"), "ב" (in) before the month or not, the year
# (its thousands "ה׳" or not, then up to four letters: "תשפ״ז").  Which letters make a number is
# :func:`_hebrew_numbers`' (pyluach's spelling): "תשפ״ז" is 5787, "קכז" is none.
_HEBREW = re.compile(
    rf"(?<![\w{_HEBREW_MARKS}])(?P<d>[א-ל]{_MARK}[א-ט]?{_MARK})\s+ב?(?P<m>{_HEBREW_MONTH_NAMES})"
    rf"\s*,?\s+(?:ה{_MARK})?(?P<y>[א-ת]{{1,3}}{_MARK}[א-ת]{_MARK})(?![\w{_HEBREW_MARKS}])"
)


# The Hebrew years a news page's date is read in: 5755 (from September 1994) to 5800, as
# clipper reads no date before 1995 (clipper.linedates.EARLIEST).  A short word after a month name
# is no year outside them ("ט״ו בשבט שנה" is no date of 5355).
_HEBREW_YEARS = range(5755, 5801)


@cache
def _hebrew_numbers() -> tuple[dict[str, int], dict[str, int]]:
    """The Hebrew numerals of a month's days (1-30) and of :data:`_HEBREW_YEARS` without their
    thousands, as pyluach writes them, their marks dropped ("כז": 27, "טו": 15, "תשפז": 5787),
    to look up a page's."""
    from pyluach.dates import HebrewDate  # imported for a Hebrew date only

    days = {_unmarked(HebrewDate(5787, 7, day).hebrew_day(False)): day for day in range(1, 31)}
    years = {
        _unmarked(HebrewDate(year, 7, 1).hebrew_year(False, False)): year for year in _HEBREW_YEARS
    }
    return days, years


def _unmarked(numeral: str) -> str:
    return numeral.translate({ord(mark): None for mark in _HEBREW_MARKS})


def _hebrew_found(text: str) -> tuple[re.Match[str], str | None] | None:
    """The first Hebrew date of ``text`` whose day and year are Hebrew numerals
    (:func:`_hebrew_numbers`), with its Gregorian day ("כ״ז בכסלו תשפ״ז": 2026-12-07); the day
    None for a day the year has not (a 30th of a 29-day Kislev, Adar II of a common year) or a
    plain Adar of a leap year (either Adar); None when ``text`` holds no such date."""
    from pyluach.dates import HebrewDate
    from pyluach.hebrewcal import Year

    days, years = _hebrew_numbers()
    for found in _HEBREW.finditer(text):
        day, year = days.get(_unmarked(found["d"])), years.get(_unmarked(found["y"]))
        if day is None or year is None:
            continue
        month = _HEBREW_MONTHS[" ".join(_unmarked(found["m"]).split())]
        if month == 0:
            if Year(year).leap:
                return found, None
            month = 12
        try:
            return found, HebrewDate(year, month, day).to_pydate().isoformat()
        except ValueError:  # a 30th of a 29-day month, Adar II of a common year
            return found, None
    return None


def _found(text: str) -> tuple[re.Match[str], str | None] | None:
    """The first date of another calendar in ``text`` (ASCII digits) and its Gregorian day
    (None: a day the calendar has not)."""
    folded = text.translate(_FOLD)
    if found := _HIJRI_WORDED.search(folded):
        month = _HIJRI_MONTHS[" ".join(found["m"].split())]
        return found, _hijri(int(found["y"]), month, int(found["d"]))
    if found := _HIJRI_NUMERIC.search(folded):
        return found, _hijri(int(found["y"]), int(found["m"]), int(found["d"]))
    if found := _ETHIOPIAN.search(text):
        name, day, year = (
            (found["m"], found["d"], found["y"])
            if found["m"]
            else (found["m2"], found["d2"], found["y2"])
        )
        return found, _calendar_of(int(year), _ETHIOPIAN_MONTHS[name], int(day))
    return _hebrew_found(text)


def other_calendar_in(text: str) -> bool:
    """Whether ``text`` (digits in ASCII: :func:`clipper.localdates.ascii_date_digits`) holds a
    lunar Hijri or an Ethiopian date, read or not (a 30th of a 29-day month is none)."""
    return _found(text) is not None


# A date of a month name no calendar of clipper's names, with its day and its four-digit year
# and a clock time after them, or alone on its line (after a label): "मंसिर २०, २०८३ १४:१५ NPT"
# (Nepal's Bikram Sambat), "20 Mangsir 2083", "हालनागाद: मंसिर २०, २०८३ २३:००".  Digits in ASCII.
_WORD = r"(?P<month>[\p{L}][\p{L}\p{M}]{2,})\.?"


@cache
def _unread_date() -> regex.Pattern[str]:
    """The pattern above, compiled at its first use: the regex module (for its letter classes)
    is imported by no command that reads no date (tests/test_startup.py)."""
    import regex

    return regex.compile(
        rf"(?:(?<![\p{{L}}\p{{M}}]){_WORD}\s+(?P<day>\d{{1,2}}),?"
        rf"|(?<![\d.:/])(?P<day>\d{{1,2}})\.?\s+{_WORD},?)\s+(?P<year>\d{{4}})(?![\d.:/])"
        r"(?P<time>,?\s+\d{1,2}[:.]\d\d(?!\d))?"
    )


# Why a date of such a month is not read (the run's note on the page: README's list of
# calendars read says which are)
UNREAD_CALENDAR = "not read: its month is of a calendar clipper does not read (Bikram Sambat…)"


def unread_calendar_in(text: str, language: str = "") -> bool:
    """Whether ``text`` (a date-sized line, digits in ASCII) holds a date of a calendar clipper
    does not read: a day and a four-digit year beside a word no month table of clipper's
    names (:func:`clipper.localdates.names_a_month`), with a clock time after them or alone on
    its line but a label ("मंसिर २०, २०८३ १४:१५ NPT": Nepal's Bikram Sambat, newcomer 45 finding
    4; it was neither read nor counted).  Counted by the run, never read."""
    from clipper.localdates import names_a_month  # clipper.localdates imports this module

    found = _unread_date().search(text)
    if found is None or not 1 <= int(found["day"]) <= 32:
        return False
    alone = found["time"] is not None or not text[found.end() :].strip(" .,;|)")
    return alone and not names_a_month(text, language)


class OtherDate(NamedTuple):
    """A date of another calendar on a line: where it stands (``start``, ``end``: indexes of
    the line), its Gregorian day (``iso``, ISO 8601; None for a day the calendar has not), and
    the line read by the Gregorian date written beside it (``beside``; None when none is)."""

    start: int
    end: int
    iso: str | None
    beside: str | None


def other_calendar_date(text: str) -> OtherDate | None:
    """The first lunar Hijri or Ethiopian date of ``text`` (digits in ASCII), None when it
    holds none.  When a Gregorian year stands elsewhere on the line, ``beside`` is the line
    without the other calendar's date and the marks around the Gregorian one ("الخميس - 03
    ديسمبر 2026" of Asharq Al-Awsat's line), to be read as written."""
    hit = _found(text)
    if hit is None:
        return None
    found, iso = hit
    rest = text[: found.start()] + " " + text[found.end() :]
    beside = None
    if _GREGORIAN_YEAR.search(rest):
        beside = " ".join(_GREGORIAN_MARKS.sub(" ", rest).split())
        beside = re.sub(r"^[\s\-–—|،,]+|(?<=\s)[\-–—|]\s+(?=[\-–—|])", "", beside)
    return OtherDate(found.start(), found.end(), iso, beside)
