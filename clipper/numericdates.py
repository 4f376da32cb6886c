"""Dates of numbers written the local way, which the general date readers leave unread:
Vietnamese day-first dates ("Thứ Năm, 03/12/2026, 14:30 (GMT+7)", "14:30 03/12/2026",
"3/12/2026 2:30 CH"), a date of a two-digit year before its time ("03.12.26 | 07:15", "05/12/26
à 14h40": :data:`_SHORT_YEAR_TIMED`), Korean year-first ones with dots and spaces ("2026. 12.
3. 오후 2:30"), Taiwan's Minguo years ("民國115年12月3日", "115/12/03 14:30": year 1 is
1912), Japan's eras ("令和8年12月4日": :data:`ERA_FIRST_YEARS`), and Solar Hijri
dates, Iran's official calendar ("۱۴۰۵/۰۹/۰۷ ۱۰:۳۰", "شنبه ۸ آذر ۱۴۰۵ - ۱۱:۴۵"), converted by
jdatetime (the arithmetic calendar Iran's almanacs follow).

:func:`local_numeric_date` rewrites such a value with its date as ISO 8601 (``2026-12-03
14:30``) for :func:`clipper.read.declareddates.declared_date` to read; every other value is
returned as it is.  A date of numbers whose day/month order is in doubt ("03/12/2026") is
rewritten only when the page says it (:mod:`clipper.localeorders`): its language and region
write the day first (CLDR's short dates: Spanish, Portuguese, French, Greek, Vietnamese...),
known by the record's or the page's declared language
(:func:`clipper.read.zones.page_language`), or a Vietnamese word is in the value (a weekday,
"ngày", "CH"/"SA" after the time).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from clipper.localdates import ascii_date_digits
from clipper.localeorders import day_first, month_first, zone_day_first
from clipper.localeorders import page_language as page_language  # the datelines' readers
from clipper.othercalendars import OtherDate, other_calendar_date
from clipper.solarmonths import AFGHAN_MONTHS, SOLAR_MONTHS, month_clock_time, month_country

__all__ = [
    "cjk_date_in",
    "dotted_swapped",
    "local_numeric_date",
    "ordered_dates",
    "short_year",
    "solar_hijri_in",
    "solar_hijri_iso",
    "written_day_first",
    "zone_day_first",
]


def written_day_first(value: str) -> str:
    """``value`` with each numeric date written day, month, year ("04-12-2026") as ISO 8601
    ("2026-12-04"), digits of any script; a date that is none (a 13th month) as written.  For
    a date whose zone named in words says its country (:func:`clipper.read.zonewords.zone_in_words`:
    "04-12-2026 14:30 भारतीय समय"): every zone named so is of countries writing the day
    first."""
    text = ascii_date_digits(value)

    def iso(found: re.Match[str]) -> str:
        return _iso(int(found[4]), int(found[3]), int(found[1])) or found[0]

    written = _DAY_MONTH_YEAR.sub(iso, text)
    return value if written == text else written


# Vietnamese words in a date value: a weekday ("Thứ Năm", "Thứ 5", "Chủ nhật", "CN"), "ngày"
# (day), "lúc" (at): the date of such a value is Vietnamese, day first.
_VI_WEEKDAY = re.compile(
    r"(?:th[ứu]\s*(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y|[2-7])|ch[ủu]\s*nh[ậa]t|CN)\s*,?\s*",
    re.IGNORECASE,
)
_VI_WORDS = re.compile(r"(?<!\w)(?:ngày|lúc)(?!\w)\s*", re.IGNORECASE)
# Vietnamese "CH" (chiều, afternoon) and "SA" (sáng, morning) after a 12-hour time.
_VI_HALF_DAY = re.compile(r"(?<![\d:])(0?[1-9]|1[0-2]):([0-5]\d)\s*(CH|SA)(?!\w)")
# A 24-hour time with a needless AM/PM after it ("14:30 PM"): the hour says it.
_NEEDLESS_HALF_DAY = re.compile(r"(?<![\d:])(1[3-9]|2[0-3]):([0-5]\d)\s*[AP]\.?M\.?(?!\w)", re.I)
# A numeric date, day (or month) first, year last: "03/12/2026", "3-12-2026", "03.12.2026".
_DAY_MONTH_YEAR = re.compile(r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d/.\-])")
# ... and one month first, as the United States writes it: slashes or dashes, never dots.
_MONTH_DAY_YEAR = re.compile(r"(?<![\d/.\-])(\d{1,2})([/\-])(\d{1,2})\2(\d{4})(?![\d/.\-])")
# A year-first date with a dot after each part, spaced or not (Korean: "2026. 12. 3.").
_DOTTED_YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})(?:\.(?!\d))?")
# A day-first date with a dot after the day and the month and a space after a dot, as Finnish,
# German, Czech, Slovak, Slovene and Croatian print write it ("5.12. 2026", "5. 12. 2026",
# "05. 12. 2026 14:30", "la 5.12. 2026 klo 14.30"): dotted, so day first on every page, as
# "5.12.2026" is (dates44: the Finnish and German forms were unread or read month first).
_DOTTED_SPACED = re.compile(
    r"(?<![\d/.\-])(\d{1,2})\.(?:\s+(\d{1,2})\.\s*|(\d{1,2})\.\s+)(\d{4})(?![\d/\-]|\.\d)"
)
# A numeric date of a two-digit year before its time of day ("03.12.26 | 07:15", "05/12/26 à
# 14h40", "05-12-26 om 14.40 uur", "05.12.26, 14:40 Uhr", "12/05/26 2:40 PM"; Israeli and
# Turkish sites' datelines, French, Italian, Dutch and Belgian ones, American ones): the year is
# 2000 + YY.  Only before a time of day, with at most a separator and two short words between
# ("à", "alle", "om", "um", "at", "a las", "kl."), which makes it a posting stamp: a "1.2.26"
# alone may be a version or a section number.  Dotted, day first on every page (as a dotted
# date of four digits); with slashes or dashes in the order the page writes a four-digit one
# (:func:`local_numeric_date`).  Newcomer 42 (finding 2): "Publié le 05/12/26 à 14h40" lost its
# time and was not counted; dotted ones with a word before the time as well.
_SHORT_YEAR_TIMED = re.compile(
    r"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(\d{2})(?![\d/.\-])"
    r"(?=\s*(?:[|,·\-–—]\s*)?(?:[^\W\d_]{1,6}\.?\s+){0,2}"
    r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d(?![\d.:])|\s?h\s?(?:[0-5]\d)?(?![\w])))"
)
# How many years before the run's year a two-digit year may name (:func:`short_year`): the
# stamps sites print with two digits are their pages' own, and an archive read today holds
# pages of the last years, not of another century ("07/12/98 14:30" is 1998 or 2098, neither
# a reading to pick: a site's 1998 page printed its year as its software then did).
SHORT_YEARS_BACK = 20


def short_year(digits: str, today: date | None = None) -> int | None:
    """The year a numeric date's two-digit year ``digits`` names: 20YY when that is within
    :data:`SHORT_YEARS_BACK` years before the year of ``today`` (the run's day, UTC, unless
    given) or the year after it (a page of New Year's Eve read on the other side of the date
    line); None otherwise, the date left unread and counted.  The fetch check that follows
    (``is after the page was fetched``) still drops a year after the page's fetch.  Dates51:
    "07/12/98 14:30" was read as 2098 and dropped uncounted."""
    year = 2000 + int(digits)
    now = (today or datetime.now(UTC).date()).year
    return year if now - SHORT_YEARS_BACK <= year <= now + 1 else None


# Taiwan's Minguo (Republic of China) years: "民國115年", "115年12月3日" (a three-digit year
# before 年: no Gregorian year of a news page has three digits), "115/12/03".
_MINGUO_OFFSET = 1911
# The eras that name a year before 年, each with the Gregorian year of its first: Japan's (gengō:
# Meiji, Taishō, Shōwa, Heisei, Reiwa; "令和8年12月4日" is 4 December 2026, government and company
# releases date themselves so) and the Minguo era's ("中華民國115年"); a year 1 is written "元年"
# ("令和元年5月1日", "民國元年").  Newcomer 38 (F5): "令和8年12月4日" was neither read nor counted.
ERA_FIRST_YEARS = {
    "明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019,
    "中華民國": 1912, "中华民国": 1912, "民國": 1912, "民国": 1912,
}  # fmt: skip
_ERA_NAMES = "|".join(sorted(ERA_FIRST_YEARS, key=len, reverse=True))
_ERA_NAMED = re.compile(
    rf"({_ERA_NAMES})\s*(元|\d{{1,3}})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日"
)
# A whole date written with the characters for year, month and day ("2026年12月4日", "115年12月4
# 日", "令和元年5月1日", Korean "2026년 12월 5일"), whatever its year's era: a date line, read or
# not (:func:`cjk_date_in`).
_CJK_WHOLE_DATE = re.compile(r"(?:元|\d{1,4})\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]")
_MINGUO_YEAR = re.compile(r"(?<!\d)(1\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MINGUO_SLASHES = re.compile(r"(?<![\d/])(1\d\d)/(\d{1,2})/(\d{1,2})(?![\d/])")
# Solar Hijri: a year of 1300-1499 first ("1405/09/07"), written in Persian digits or on a
# Persian page (Arabic pages write lunar Hijri years of the same range, "1448/06/12"), or a
# day, a Persian month name (no lunar month has one of those names) and such a year ("8 آذر
# 1405").
_PERSIAN_DIGIT = re.compile("[\u06f0-\u06f9]")
# The solar era's mark after a year-first date ("1405/09/12 ه.ش", hijri shamsi): Solar Hijri
# on any page (the lunar era's "هـ" alone is clipper.othercalendars').
_SOLAR_MARK = re.compile(r"(?<=\d)\s*هـ?[\s.\u200c\u200d]*ش(?![^\W\d_])\.?")
_HIJRI_NUMERIC = re.compile(r"(?<![\d/.\-])(1[34]\d\d)([/.\-])(\d{1,2})\2(\d{1,2})(?![\d/.\-])")
# Iranian and Afghan month names (clipper.solarmonths), matched with Arabic's yeh and kaf
# folded to Persian's (a page typed on an Arabic keyboard: "ميزان"), one letter for one.
_YEH_KAF = str.maketrans("يكى", "یکی")
_HIJRI_WORDED = re.compile(
    r"(?<!\d)(\d{1,2})\s*("
    + "|".join(sorted(SOLAR_MONTHS, key=len, reverse=True))
    + r")(?![^\W\d_])\s*[،,]?\s*(1[34]\d\d)(?!\d)"
)
# Pashto's year first: "د ۱۴۰۵ لمریز کال د لیندۍ ۱۶مه" (of the solar year 1405, Lindai's 16th).
_PASHTO_YEAR_FIRST = re.compile(
    r"(1[34]\d\d)\s*(?:لمریز\s*)?کال\s*د\s*("
    + "|".join(sorted(AFGHAN_MONTHS, key=len, reverse=True))
    + r")\s*(\d{1,2})(?!\d)(?:\s*مه(?![^\W\d_]))?"
)
# A time of day written with a dot right after a whole date, at most two short words between
# ("05-12-2026 om 14.40", "05/12/26 à 14.40"): the time, as HH:MM for the readers after
# (python-dateutil read "2026-12-05 14.40" as 14:00:00.4).
_DOTTED_TIME_AFTER = re.compile(
    r"^(\s*(?:[^\W\d_]{1,6}\.?\s+){0,2})([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])"
)
# Between a date and its time: a dash or a comma ("۸ آذر ۱۴۰۵ - ۱۱:۴۵", "03/12/2026, 14:30"),
# Persian's comma and "ساعت" (hour: "شنبه ۸ آذر ۱۴۰۵ ساعت ۱۰:۳۰").
_SEPARATOR = re.compile(r"^\s*(?:(?:[-–—,،|]|ساعت)\s*)?")
# An ISO 8601 date or time whose year is of the Solar Hijri range ("1405-09-08T10:30:00+03:30",
# Iranian CMSs' article:published_time), and Iran's offsets (IRST; IRDT, its summer time until
# 2022), which no other country's clock has kept with that calendar.
_ISO_HIJRI = re.compile(r"(1[34]\d\d)-(\d{2})-(\d{2})(?=[T\s]|$)")
_IRAN_OFFSET = re.compile(r"[+](?:03|04):?30$")


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _solar_hijri(year: int, month: int, day: int) -> str | None:
    import jdatetime  # imported for a Persian date only

    try:
        return str(jdatetime.date(year, month, day).togregorian().isoformat())
    except ValueError:
        return None


def _solar_named(
    text: str, found: re.Match[str], name: str, year: int, day: int, clock: bool
) -> str | None:
    """``text`` with the Solar Hijri date ``found`` (of the month ``name``) as ISO 8601 and a
    time after it on the clock of the country whose names it is written in
    (:func:`clipper.solarmonths.month_clock_time`), unless the page's address or stated country
    names another, or ``clock`` is false; None for a day the calendar has not."""
    from clipper.read.zones import page_clock_country  # clipper.read imports this module

    rewritten = _with_date(text, found, _solar_hijri(year, SOLAR_MONTHS[name], day))
    if rewritten is None or not clock:
        return rewritten
    return month_clock_time(rewritten, month_country(name), page_clock_country())


def _with_date(value: str, found: re.Match[str] | OtherDate, iso: str | None) -> str | None:
    """``value`` with ``found`` (a match, or a span of it) replaced by ``iso`` and anything
    before it (a weekday, a label) dropped, the separator before the time too, a dotted time
    after it as HH:MM (:data:`_DOTTED_TIME_AFTER`); None when ``iso`` is none."""
    if iso is None:
        return None
    start, end = (found.start, found.end) if isinstance(found, OtherDate) else found.span()
    before = value[:start].strip()
    rest = _SEPARATOR.sub(" ", value[end:], count=1).rstrip()
    rest = _DOTTED_TIME_AFTER.sub(r"\1\2:\3", rest, count=1)
    time_first = re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?", before)
    return f"{iso} {before}{rest}".strip() if time_first else f"{iso}{rest}".strip()


def solar_hijri_iso(value: str) -> str | None:
    """``value``, an ISO 8601 date or time of a Solar Hijri year (1300-1499: no publication
    date's Gregorian year, :data:`clipper.dates.FIRST_YEAR`), with its date as Gregorian and the
    rest as written ("1405-09-08T10:30:00+03:30" → "2026-11-29T10:30:00+03:30"), when it is
    Iranian: at Iran's offset, or on a Persian page (:func:`clipper.read.zones.page_language`);
    else None (an Arabic page's lunar Hijri year of the same range, a year typed wrong), and
    None for a day the calendar has not (31 Esfand)."""
    text = ascii_date_digits(value.strip())
    found = _ISO_HIJRI.match(text)
    if found is None or not (_IRAN_OFFSET.search(text) or page_language() == "fa"):
        return None
    iso = _solar_hijri(int(found[1]), int(found[2]), int(found[3]))
    return None if iso is None else iso + text[found.end() :]


def solar_hijri_in(value: str) -> bool:
    """Whether ``value`` holds a Solar Hijri date of a form :func:`local_numeric_date` reads
    (a day, a Persian month name and a year; a year-first numeric date in Persian digits), read
    or not: a dateline an Iranian page shows, which leaves the page undated when it is none
    (a 31st of Mehr) and is then counted."""
    text = ascii_date_digits(value).translate(_YEH_KAF)
    if _HIJRI_WORDED.search(text) or _PASHTO_YEAR_FIRST.search(text):
        return True
    return _PERSIAN_DIGIT.search(value) is not None and _HIJRI_NUMERIC.search(text) is not None


def cjk_date_in(value: str) -> bool:
    """Whether ``value`` holds a whole date written with the characters for year, month and day
    (:data:`_CJK_WHOLE_DATE`: "令和8年12月4日", "中華民國115年12月4日 下午 3:20", "2026年12月4日"),
    in any era, digits of any script, read or not: a date line a page shows, counted when it is
    not read (newcomer 38, F5: an era's and a Minguo year's were not taken for dates)."""
    return _CJK_WHOLE_DATE.search(ascii_date_digits(value)) is not None


def dotted_swapped(text: str) -> str | None:
    """``YYYY-MM-DD`` of the month-first reading of the first dotted date in ``text`` whose
    day a dot after it and a space may follow ("5.12. 2026", "5. 12. 2026", "05.12.2026": 12
    May), when that reading is a day and not the date's own (which is day first on every
    page); else None.  What htmldate reads such a date as (dates44: "5.12. 2026" under a
    Finnish headline dated 12 May): a guess of that day is the date misread."""
    found = _DOTTED_SPACED.search(ascii_date_digits(text))
    if found is None:
        found = _DAY_MONTH_YEAR.search(ascii_date_digits(text))
        if found is None or found[2] != ".":
            return None
        first, second, year = int(found[1]), int(found[3]), int(found[4])
    else:
        first, second, year = int(found[1]), int(found[2] or found[3]), int(found[4])
    return None if first == second else _iso(year, first, second)


def ordered_dates(text: str) -> str:
    """``text`` with each numeric date written day, month, year ("03/12/2026", "3-12-2026")
    as ISO 8601 ("2026-12-03") when the page writes the day first (:func:`day_first`), and
    each written month, day, year with slashes or dashes ("12/03/2026") as ISO 8601
    ("2026-12-03") when it writes the month first (:func:`month_first`), or day first where a
    zone only day-first countries keep follows its time (:func:`zone_day_first`: "04/12/2026
    02:30 PM IST"); a date that is none (a 13th month) and every date of any other page stay as
    written."""
    if day_first() or zone_day_first(text):

        def iso(found: re.Match[str]) -> str:
            return _iso(int(found[4]), int(found[3]), int(found[1])) or found[0]

        return _DAY_MONTH_YEAR.sub(iso, text)
    if month_first(text):
        return _MONTH_DAY_YEAR.sub(_month_first_iso, text)
    return text


def _month_first_iso(found: re.Match[str]) -> str:
    return _iso(int(found[4]), int(found[1]), int(found[3])) or found[0]


def local_numeric_date(value: str, month_clock: bool = True) -> str:
    """``value`` (a date value; digits of any script) with its local numeric date as ISO 8601 and
    what surrounds it tidied for the general readers ("Thứ Năm, 03/12/2026, 14:30 (GMT+7)" →
    "2026-12-03 14:30 (GMT+7)"; "115/12/03 14:30" → "2026-12-03 14:30"; "۱۴۰۵/۰۹/۰۷ ۱۰:۳۰" →
    "2026-11-28 10:30"), digits in ASCII; ``value`` itself when it holds none of the forms of
    this module's docstring, or a day/month order in doubt (no Vietnamese word, a record of
    another language), or a date that is none (a 13th month, 30 Esfand of a common year).  A
    time after a Solar Hijri date of month names is on the clock of the country whose names they
    are (:func:`clipper.solarmonths.month_clock_time`) unless ``month_clock`` is false (a zone
    the value names in words, read by the caller, governs it)."""
    text = ascii_date_digits(value.strip())
    if (other := other_calendar_date(text)) is not None:
        # a lunar Hijri or an Ethiopian date, or the Gregorian one written beside it
        return other.beside or _with_date(text, other, other.iso) or value
    text, solar = _SOLAR_MARK.subn("", text, count=1)
    persian = _PERSIAN_DIGIT.search(value) is not None or page_language() == "fa" or solar > 0
    if found := _ERA_NAMED.search(text):
        era, year = found[1], 1 if found[2] == "元" else int(found[2])
        iso = _iso(ERA_FIRST_YEARS[era] + year - 1, int(found[3]), int(found[4]))
        return _with_date(text, found, iso) or value
    for pattern in (_MINGUO_YEAR, _MINGUO_SLASHES):
        if found := pattern.search(text):
            year, month, day = (int(part) for part in found.groups())
            return _with_date(text, found, _iso(year + _MINGUO_OFFSET, month, day)) or value
    if persian and (found := _HIJRI_NUMERIC.search(text)):
        year, month, day = int(found[1]), int(found[3]), int(found[4])
        return _with_date(text, found, _solar_hijri(year, month, day)) or value
    if found := _HIJRI_WORDED.search(text.translate(_YEH_KAF)):
        iso = _solar_named(text, found, found[2], int(found[3]), int(found[1]), month_clock)
        return iso or value
    if found := _PASHTO_YEAR_FIRST.search(text.translate(_YEH_KAF)):
        iso = _solar_named(text, found, found[2], int(found[1]), int(found[3]), month_clock)
        return iso or value
    if found := _DOTTED_YEAR_FIRST.search(text):
        iso = _iso(int(found[1]), int(found[2]), int(found[3]))
        return _with_date(text, found, iso) or value
    if found := _DOTTED_SPACED.search(text):
        iso = _iso(int(found[4]), int(found[2] or found[3]), int(found[1]))
        return _with_date(text, found, iso) or value
    if found := _SHORT_YEAR_TIMED.search(text):
        if (full_year := short_year(found[4])) is None:
            return value  # "07/12/98 14:30": no year near the run's, unread and counted
        if found[2] == ".":
            iso = _iso(full_year, int(found[3]), int(found[1]))
            return _with_date(text, found, iso) or value
        # "05/12/26 à 14h40" as "05/12/2026 à 14h40": read below in the page's order
        whole = f"{found[1]}{found[2]}{found[3]}{found[2]}{full_year}"
        text = text[: found.start()] + whole + text[found.end() :]
    vietnamese = bool(
        _VI_WEEKDAY.match(text) or _VI_WORDS.search(text) or _VI_HALF_DAY.search(text)
    )
    # "04-12-2026 14:30 IST": the zone's countries all write the day first
    stated = vietnamese or day_first() or zone_day_first(text)
    if not stated and month_first(text):
        # "12/04/2026 2:32 PM CST" in a US feed, "12/03/2026" on an en-US page: month first
        if found := _MONTH_DAY_YEAR.search(text):
            iso = _iso(int(found[4]), int(found[1]), int(found[3]))
            return _with_date(text, found, iso) or value
        return value
    if not stated:
        return value
    text = _VI_WEEKDAY.sub("", text, count=1) if _VI_WEEKDAY.match(text) else text
    text = _VI_WORDS.sub("", text)
    text = _VI_HALF_DAY.sub(lambda m: f"{m[1]}:{m[2]} {'PM' if m[3] == 'CH' else 'AM'}", text)
    text = _NEEDLESS_HALF_DAY.sub(lambda m: f"{m[1]}:{m[2]}", text)
    if found := _DAY_MONTH_YEAR.search(text):
        iso = _iso(int(found[4]), int(found[3]), int(found[1]))
        return _with_date(text, found, iso) or value
    return value
