"""Publication dates written the local way, in the languages of clipper's furniture tables:
"14 мая 2025, 20:28", "2025年1月14日 21時17分", "2025년 1월 14일 오후 9시 17분", "13. Mai 2026 um
15:44", "28 de noviembre de 2026", "Sat 24 Feb 2024 11.42 GMT" (a dot between hour and minute),
and in Thai (a Buddhist Era year, "3 ธ.ค. 2569": 2026; its last two digits after a Thai month,
"3 ธ.ค. 69"; after the era's mark, "3 ธันวาคม พ.ศ. 2569") and Persian ("۳ دسامبر ۲۰۲۶").

:func:`local_date` reads them with dateparser (htmldate's own dependency, the parser of its
text search), given only the languages whose month names the value holds: a month word
("мая", "Mai", "1月", "1월", "tháng 1") is looked up in dateparser's month names of every
language of :data:`clipper.furniture.TABLES` (:mod:`clipper.monthnames`); a value without one
(numbers only: "03/04/2025", whose day/month order no parser can know) is never read here.  A
month word that names different months in two of those languages leaves the value unread rather
than guessed.
Day, month and year must all be given; the time of day is kept when written (dateparser's
``RETURN_TIME_AS_PERIOD``), else the value is a date.  A zone after the time is read by
:func:`clipper.read.zones.zone_of` (one list of zones for every date clipper reads): one it
does not know ("IST": India's, Ireland's or Israel's) leaves the value unread, as does any
other zone dateparser would find by itself.

A time of day written the local way ("13h00", "06:10 PM" after a Hindi date) is rewritten by
:mod:`clipper.clocktimes` for the readers to try again.

dateparser is imported at the first value that needs it (~0.1 s, then ~10-300 ms the first
time each language is parsed in a process): queries never pay for it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, datetime, tzinfo
from typing import Any

from clipper.cldrmonths import cldr_date
from clipper.hausadates import hausa_date
from clipper.kanjinumerals import digit_dates
from clipper.monthnames import (
    baltic_order,
    languages_of,
    month_readings,
    nominative,
    thai_month_in_full,
    thai_year_in_full,
)

# names_two_months moved to clipper.monthnames: clipper.htmldatelines (not touched in session
# 49) still imports it from here, to be pointed at clipper.monthnames
from clipper.monthnames import names_two_months as names_two_months
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.plainmonths import accented

__all__ = [
    "ascii_date_digits",
    "common_era",
    "local_date",
    "names_a_month",
]

# Thai writes years of the Buddhist Era, 543 years ahead of the Common Era (2569 is 2026): a
# year of a Thai date from this one on is one (BE 2400 is 1857; a CE year this high is none).
_BUDDHIST_ERA_FROM, _BUDDHIST_ERA_OFFSET = 2400, 543
# Values longer than this are a sentence, not a date field.
_MAX_CHARS = 80
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# A zone after the time: an upper-case abbreviation ("GMT", "MSK", "МСК", "WIB"), an offset
# ("+03:00", "-0500") or either with an offset ("UTC+3", "GMT+01:00"), in brackets or not.
_ZONE = re.compile(
    r"[\s,]*\(?(?P<name>(?:UTC|GMT)?)\s*(?P<offset>[+\-−]\d{1,2}(?::?\d{2})?)\)?\s*$"
    r"|[\s,]*\(?(?P<abbr>[^\W\d_]{2,5})\.?\)?\s*$"
)


# A decimal digit other than ASCII 0-9 (re's \d is Unicode category Nd in a str pattern).
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")
# A numeric date with the year last: day and month (which is which the order says), year.
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)")
# Full-width digits (Chinese and Japanese text, whose dates put the year first): not a
# script's own digits in the sense of :func:`ascii_date_digits`.
_FULL_WIDTH_DIGITS = "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"


def _ascii_digit(found: re.Match[str]) -> str:
    return str(unicodedata.digit(found.group(0)))


def ascii_date_digits(value: str) -> str:
    """``value`` with its digits as ASCII digits, one character for one (Arabic-Indic ``١٢``,
    Persian ``۱۲``, Devanagari ``१२``, Bengali, Thai...: every Unicode decimal digit), so that
    the date readers read "نُشر في ١٢ مارس ٢٠٢٦" and "प्रकाशित: १२ मार्च २०२६" as they read the
    same date in ASCII digits; and a numeric date written day, month, year in a script's own
    digits ("١٢/٠٣/٢٠٢٦", "१२-०३-२०२६") as ``2026-03-12``.

    Those are the writers' order: CLDR's short date patterns of Arabic, Hindi, Bengali, Urdu,
    Thai, Myanmar are day first (``d/M/y``; Persian's puts the year first, which is no such
    date).  The month-first order that leaves "03/04/2025" in ASCII digits unread (which is
    the month?) is American English's and is not written in those digits.  A date that is
    none (a 13th month) is left as it is; a Thai one's year of the Buddhist Era is the Common
    Era's (``๑๒/๐๓/๒๕๖๙`` → ``2026-03-12``).  Full-width digits fold to ASCII but decide no
    order.  A date written in Chinese or Japanese numerals is written in digits first
    (:func:`clipper.kanjinumerals.digit_dates`: ``二〇二六年十二月五日`` → ``2026年12月5日``).
    ASCII text is returned as it is."""
    if value.isascii():
        return value
    value = digit_dates(value)
    if _OTHER_DIGIT.search(value) is None:
        return value
    found = _NUMERIC_DATE.search(value)
    if found is not None:
        digits = found.group(1) + found.group(3) + found.group(4)
        if not any(c.isascii() or c in _FULL_WIDTH_DIGITS for c in digits):
            day, month, year = (
                int(_OTHER_DIGIT.sub(_ascii_digit, found.group(i))) for i in (1, 3, 4)
            )
            if "\u0e50" <= digits[-1] <= "\u0e59" and year >= _BUDDHIST_ERA_FROM:
                year -= _BUDDHIST_ERA_OFFSET  # Thai digits, a Buddhist Era year
            try:
                iso = date(year, month, day).isoformat()
            except ValueError:
                pass
            else:
                value = value[: found.start()] + iso + value[found.end() :]
    return _OTHER_DIGIT.sub(_ascii_digit, value)


# a night's records repeat their date lines (one-day records: dateparser's reading of them was
# ~5 % of a worker's time on the first 1,000), and the reading is a function of the string alone
# (absolute forms only, every part required: no clock is read)
def local_date(value: str) -> str | None:
    """``value`` (a publication date as a crawler or a dump's header wrote it) as ISO 8601 when
    it is a whole date written with a month word of one of the tables' languages: with its time
    of day when given (``2025-05-14T20:28:00``, with the offset of a zone it names:
    ``2024-02-24T11:42:00+00:00``), else a date (``2025-05-14``); None when it holds no month
    word, lacks the day, month or year, names a month two languages read differently, names a
    zone :func:`clipper.read.zones.zone_of` does not know, or dateparser cannot read it.
    Never raises for a string."""
    from clipper.read.zones import page_hint  # clipper.read imports this module

    # a zone several zones write ("BST") is read by the page: kept for the page's hint
    return _local_date(value, page_hint())


@line_memo(LINES_KEPT)
def _local_date(value: str, hint: tuple[str, str, str]) -> str | None:
    text = value.strip()
    if _THAI_LETTER.search(text) is not None:
        text = thai_year_in_full(text)  # "7 ธ.ค. 69", "7 ธันวาคม พ.ศ. 2569"
    if not text or len(text) > _MAX_CHARS or _YEAR.search(text) is None:
        return None
    whole = baltic_order(text)
    text, zone, known = _split_zone(whole)
    if not known and _day_period(whole[len(text) :], languages_of(whole, hint[0])):
        text, known = whole, True  # Somali's "2:30 GD" (PM): the date's language's, no zone
    if not known:
        return None
    if _ARABIC_LETTER.search(text):
        text = _arabic_month_names(text)
    languages = languages_of(text, hint[0])
    if not languages:
        return _cldr_date(text, hint[0], zone)
    if "th" in languages:
        text = thai_month_in_full(_common_era(_THAI_DATE_WORD.sub("", text)))
    text = _date_words_dropped(text)
    if "lo" in languages:
        text = _LAO_DOT.sub("", text)  # "4 ທ.ວ. 2026" as dateparser's "4 ທວ 2026"
    if "ms" in languages:
        text = _MALAY_DAY_MARK.sub(r"\1", text)  # "4hb Disember 2026": the 4th
    if "sw" in languages:
        text = _SWAHILI_DATE_WORD.sub("", text)  # "tarehe 7 Desemba 2026": the date
    if "so" in languages:
        text = _SOMALI_DAY_MARK.sub(r"\1", text)  # "7-da Diseembar 2026": the 7th
    if "ha" in languages:
        text = hausa_date(text)  # "7 ga Disamba 2026 ƙarfe 2:30 na rana"
    text = accented(nominative(text, languages), languages[0])
    try:
        data = _parser(languages).get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return _cldr_date(text, hint[0], zone)
    when: datetime | None = data.date_obj
    if when is None:
        # a name another language shares ("декабрь" in Tatar's "7 декабрь, 2026 ел")
        return _cldr_date(text, hint[0], zone)
    if when.tzinfo is not None:
        return None  # a zone dateparser found by its own list
    if data.period != "time":
        return when.date().isoformat()
    if zone is None:
        return when.isoformat()
    from clipper.read.zones import misnamed  # clipper.read imports this module

    zoned = when.replace(tzinfo=zone)
    return None if misnamed(zoned) else zoned.isoformat()


def _cldr_date(text: str, language: str, zone: tzinfo | None) -> str | None:
    """``text``'s date in ``language`` when dateparser has no locale for it, on its own page
    (CLDR's months: :func:`clipper.cldrmonths.cldr_date`, "7 декабри соли 2026" in Tajik),
    with ``zone`` (the zone named after it) when it gives a time; else None."""
    written = cldr_date(text, language)
    if written is None or zone is None or len(written) <= 10:
        return written
    from clipper.read.zones import misnamed  # clipper.read imports this module

    zoned = datetime.fromisoformat(written).replace(tzinfo=zone)
    return None if misnamed(zoned) else zoned.isoformat()


# Malay's mark of a day of the month after its number, "hb" or "hb." (haribulan: "4hb Disember
# 2026", "Khamis, 4 hb. Disember 2026"), which dateparser's Malay does not know (dates35 left it
# counted, not read): dropped, as English "4th" is read as 4.
_MALAY_DAY_MARK = re.compile(r"(?<!\d)(\d{1,2})\s?hb\b\.?", re.IGNORECASE)


# Swahili's "tarehe" (the date) before a date's day ("tarehe 7 Desemba 2026", "Jumatatu, tarehe
# 7 Desemba, 2026") and Somali's mark of a day of the month after its number, "-da" or "-ka"
# (the definite article: "7-da Diseembar 2026", "11-ka Oktoobar"), which dateparser's Swahili
# and Somali do not read (dates52: counted date-unread, as Hausa's "7 ga Disamba 2026" was:
# clipper.hausadates).
_SWAHILI_DATE_WORD = re.compile(r"(?<![^\W\d_])tarehe\s+(?=\d)", re.IGNORECASE)
_SOMALI_DAY_MARK = re.compile(r"(?<!\d)(\d{1,2})-?(?:da|ka)(?![^\W\d_])", re.IGNORECASE)


def _day_period(tail: str, languages: tuple[str, ...]) -> bool:
    """Whether ``tail`` (the word :func:`_split_zone` took for a zone: " GD", " (YM)") is the
    AM or PM of one of ``languages`` in dateparser's locale of it (CLDR's: Somali "GH"/"GD",
    Hausa "SF"/"YM"), which its reader reads as a half of the day."""
    if not languages:
        return False
    from dateparser.languages.loader import default_loader

    word = tail.strip(" \t,().").casefold()
    return any(
        word in default_loader.get_locale(code).info.get(half, [])
        for code in languages
        for half in ("am", "pm")
    )


# A day beside a year: "3 … 2026", "2026 … 3" (digits in ASCII).
# (a day with its leading zero too: "03 டிச 2026", "03 Dec 2026")
_DAY_AND_YEAR = re.compile(
    r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d).*?(?<!\d)\d{4}(?!\d)"
    r"|(?<!\d)\d{4}(?!\d).*?(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)"
)


def names_a_month(text: str, language: str = "") -> bool:
    """Whether ``text`` (digits in ASCII) names a month in one language of the date tables
    (:func:`local_date`'s, Arabic's Levantine and Maghrebi names too, and ``language``'s, the
    page's, as :func:`clipper.monthnames.page_months` gives them) beside a day and a year: a date,
    read or not ("3 كانون الأول 2026", "31 Desemba 2026")."""
    if _THAI_LETTER.search(text) is not None:
        text = thai_year_in_full(text)  # "7 ธ.ค. 69": a date of a two-digit year
    if _DAY_AND_YEAR.search(text) is None:
        return False
    # Latvian's locative "2026. gada 3. decembrī", Estonian's adessive "3. detsembril" (newcomer
    # 30 finding 5: a Latvian date line not read was not counted either)
    text = baltic_order(text)
    if _ARABIC_LETTER.search(text):
        text = _arabic_month_names(text)
    # a word two languages read as different months ("listopada"): a date, not read, counted
    return bool(month_readings(text, language))


# Arabic's other month names, as the Levant and Iraq (from Syriac: "تشرين الثاني", November),
# Algeria and Tunisia ("جانفي", from French) and Morocco ("غشت", "نونبر") write them, which
# dateparser's Arabic does not read: each as the name it reads (Egypt's and the Gulf's,
# "نوفمبر").  Spelled with or without the hamza of alef (أيار, ايار).
_ARABIC_MONTH_NAMES = {
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
    "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
    "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
    "جويلة": 7, "أوت": 8, "اوت": 8, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11,
    "دجنبر": 12,
}  # fmt: skip
_READ_ARABIC_MONTHS = (
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
    "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
)  # fmt: skip
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_ARABIC_MONTH = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted(map(re.escape, _ARABIC_MONTH_NAMES), key=len, reverse=True))
    + r")(?![^\W\d_])"
)
# The two names of one month side by side ("تشرين الثاني/نوفمبر", "نوفمبر (تشرين الثاني)"),
# as Iraqi and Levantine papers write them: once.
_MONTH_TWICE = re.compile("(" + "|".join(_READ_ARABIC_MONTHS) + r")\s*[/(،-]\s*\1\s*\)?")


def _arabic_month_names(text: str) -> str:
    """``text`` with Arabic's Levantine, Iraqi and Maghrebi month names as the names
    dateparser's Arabic reads (:data:`_ARABIC_MONTH_NAMES`), a month named twice once."""
    text = _ARABIC_MONTH.sub(lambda m: _READ_ARABIC_MONTHS[_ARABIC_MONTH_NAMES[m[0]] - 1], text)
    return _MONTH_TWICE.sub(r"\1", text)


def _split_zone(text: str) -> tuple[str, tzinfo | None, bool]:
    """``(text without a trailing zone, that zone, whether it was known)``; a trailing word
    that is not all upper case is no zone ("14 мая 2025 г.")."""
    from clipper.read.zones import zone_of  # clipper.read imports this module

    found = _ZONE.search(text)
    if found is None:
        return text, None, True
    if found["offset"]:
        sign = -1 if found["offset"][0] in "-−" else 1
        digits = found["offset"][1:].replace(":", "")
        hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
        if int(hours) > 14 or int(minutes) > 59:
            return text, None, False
        seconds = sign * (int(hours) * 3600 + int(minutes) * 60)
        return text[: found.start()], zone_of(None, seconds), True
    name = found["abbr"]
    if not name.isupper():
        return text, None, True
    zone = zone_of(name)
    return text[: found.start()], zone, zone is not None


def _common_era(text: str) -> str:
    """``text`` (a Thai date) with a Buddhist Era year written as the Common Era's: "2 ธันวาคม
    2569" → "2 ธันวาคม 2026" (Thai digits too, "๒๕๖๙"); a year before BE 2400 stays."""

    def year(found: re.Match[str]) -> str:
        number = int(found.group(0))
        if number < _BUDDHIST_ERA_FROM:
            return found.group(0)
        return str(number - _BUDDHIST_ERA_OFFSET)

    return _YEAR.sub(year, text, count=1)


# "วันที่" ("the date", "day number") before a Thai date's day: "วันที่ 4 ธันวาคม 2569", which
# dateparser does not read (a weekday before it, "วันพฤหัสบดีที่ 4 …", it does).
_THAI_DATE_WORD = re.compile(r"(?<![\u0e00-\u0e7f])วันที่\s*")
# Lao's, Khmer's and Burmese's words for the day, month and year around a date's numbers, which
# dateparser does not read (newcomer 50b: counted, not read): Lao "ວັນທີ 7 ທັນວາ 2026" ("the
# date", Thai's "วันที่"), Khmer "ថ្ងៃទី៧ ខែធ្នូ ឆ្នាំ២០២៦" ("day 7, month December, year 2026"),
# Burmese "၂၀၂၆ ခုနှစ် ဒီဇင်ဘာလ ၇ ရက်" ("year 2026, December month, day 7", year first) as
# "7 ທັນວາ 2026", "7 ធ្នូ 2026", "7 ဒီဇင်ဘာ 2026"; Lao's "ເວລາ" ("time") before the time of
# day as a space.  Digits must be ASCII.
_LAO_DATE_WORD = re.compile(r"(?<![\u0e80-\u0eff])ວັນທີ\s*(?=\d)|(?<=\d)\s*ເວລາ\s*(?=\d)")
# A dot inside or after a Lao abbreviation ("ທ.ວ.", December; "ມິ.ຖ.", June).
_LAO_DOT = re.compile(r"(?<=[\u0e80-\u0eff])\.")
_KHMER_DATE_WORDS = re.compile(r"ថ្ងៃទី\s*(?=\d)|ខែ\s*(?=[\u1780-\u17b3])|ឆ្នាំ\s*(?=\d)")
_BURMESE_YEAR_FIRST = re.compile(
    r"(?<!\d)(\d{4})\s*ခုနှစ်\s*[,၊]?\s*([\u1000-\u109f]+?)လ?\s*(\d{1,2})\s*ရက်(?:နေ့)?"
)


def _date_words_dropped(text: str) -> str:
    """``text`` without Lao's, Khmer's and Burmese's words for day, month and year around a
    date's numbers, Burmese's year-first date as day, month, year (:data:`_LAO_DATE_WORD`)."""
    if "ວັນທີ" in text or "ເວລາ" in text:
        text = _LAO_DATE_WORD.sub(lambda m: " " if "ເ" in m[0] else "", text)
    if "ថ្ងៃ" in text or "ខែ" in text or "ឆ្នាំ" in text:
        text = _KHMER_DATE_WORDS.sub("", text)
    if "ခုနှစ်" in text:
        text = _BURMESE_YEAR_FIRST.sub(r"\3 \2 \1", text)
    return text


# A Thai letter: a line holding one writes its years in the Buddhist Era.
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")


def common_era(text: str) -> str:
    """``text`` with a Thai line's year of the Buddhist Era written as the Common Era's ("4 ธ.ค.
    2569" → "4 ธ.ค. 2026", "วันที่ 4 ธันวาคม 2569 เวลา 10:30 น."; "4 ธ.ค. 69" and "4 ธันวาคม
    พ.ศ. 2569" too: :func:`clipper.monthnames.thai_year_in_full`): for the date readers that
    look for a year of the Common Era first (:mod:`clipper.dumpdates`).  A text with no Thai
    letter, or whose year is before BE 2400, is returned as it is; digits must be ASCII
    (:func:`ascii_date_digits`)."""
    if _THAI_LETTER.search(text) is None:
        return text
    return _common_era(thai_year_in_full(text))


@functools.cache
def _parser(languages: tuple[str, ...]) -> Any:
    """dateparser's parser for ``languages``: a whole date (day, month, year) or nothing, only
    absolute forms ("3 days ago" is no publication date), the time of day reported apart."""
    from dateparser import DateDataParser

    return DateDataParser(
        languages=list(languages),
        try_previous_locales=False,
        settings={
            "STRICT_PARSING": True,
            "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["custom-formats", "absolute-time"],
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
