"""Publication dates written the local way, in the languages of clipper's furniture tables:
"14 мая 2025, 20:28", "2025年1月14日 21時17分", "2025년 1월 14일 오후 9시 17분", "13. Mai 2026 um
15:44", "28 de noviembre de 2026", "Sat 24 Feb 2024 11.42 GMT" (a dot between hour and minute),
and in Thai (a Buddhist Era year, "3 ธ.ค. 2569": 2026) and Persian ("۳ دسامبر ۲۰۲۶").

:func:`local_date` reads them with dateparser (htmldate's own dependency, the parser of its
text search), given only the languages whose month names the value holds: a month word
("мая", "Mai", "1月", "1월", "tháng 1") is looked up in dateparser's month names of every
language of :data:`clipper.furniture.TABLES`; a value without one (numbers only: "03/04/2025",
whose day/month order no parser can know) is never read here.  A month word that names
different months in two of those languages leaves the value unread rather than guessed.
Day, month and year must all be given; the time of day is kept when written (dateparser's
``RETURN_TIME_AS_PERIOD``), else the value is a date.  A zone after the time is read by
:func:`clipper.read.zones.zone_of` (one list of zones for every date clipper reads): one it
does not know ("IST": India's, Ireland's or Israel's) leaves the value unread, as does any
other zone dateparser would find by itself.

dateparser is imported at the first value that needs it (~0.1 s, then ~10-300 ms the first
time each language is parsed in a process): queries never pay for it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, datetime, tzinfo
from typing import Any

from ahocorasick_rs import AhoCorasick

from clipper.kanjinumerals import digit_dates
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.scripts import UNSPACED

__all__ = [
    "ascii_date_digits",
    "clock_time",
    "common_era",
    "date_languages",
    "local_date",
    "month_collisions",
    "names_a_month",
    "names_two_months",
    "page_months",
]

# dateparser's code for a furniture table's language where the two differ (Norwegian: Bokmål).
_DATEPARSER_CODE = {"no": "nb"}
# The European Union's languages (and Serbian, Cyrillic and Latin) clipper has no furniture
# table for, whose month names are read too ("3. detsember 2026 kell 14.32", "3. decembra 2026
# o 14.32", "3. prosinca 2026. u 14.32", "3 декември 2026 г.", "2026. gada 3. decembris",
# "2026. december 3."): newcomer 29 finding 8, a Brussels desk's pages in them stored undated.
# A name two of the languages read as different months (Croatian "listopad" is October, Polish
# and Czech "listopad"/"listopada" November) is read as the page's language reads it, and left
# unread, counted, where the page's language is unknown or reads it as no month
# (:func:`_languages_of`; the words: :func:`month_collisions`).
_NEIGHBOURS = ("et", "lv", "sk", "sl", "hr", "sr", "sr-Latn", "bg", "hu")
# Languages whose month names are read though clipper has no furniture table for them: Thai
# ("2 ธันวาคม 2569", "2 ธ.ค. 2569 14:30 น.") and Persian's Gregorian months ("۲ دسامبر ۲۰۲۶"),
# Bengali's ("৩০ নভেম্বর ২০২৬"), Urdu's ("۲۷ نومبر ۲۰۲۶"), Tamil's ("03 டிச 2026", "டிசம்பர் 3,
# 2026") and Marathi's ("३ डिसेंबर २०२६": newcomer 28 finding 2, Tamil dumps and pages were
# stored undated), Swahili's ("3 Desemba 2026",
# "Desemba 3, 2026"), Hausa's ("Disamba 3, 2026") and Amharic's ("ዲሴምበር 3, 2026"): one table for
# a record's date field, a dump's dateline and a page's (htmldate's text search read Swahili in
# a page, not in a record: newcomer 27 finding 7).  A Solar Hijri "۱۱ آذر ۱۴۰۵", a lunar Hijri
# "2 جمادى الآخرة 1448" and an Ethiopian "ኅዳር 24 2019" name no Gregorian month: their calendars
# are converted by clipper.numericdates.
# isiZulu's ("6 Disemba 2026") and Yoruba's ("6 Ọ̀pẹ̀ 2026") too: South African and Nigerian
# pages' date lines (newcomer 46, finding 2: isiZulu's went unread where the page's language
# was not identified; Afrikaans' is read as an identified language's).
_MORE_LANGUAGES = (
    "th", "fa", "bn", "ur", "ta", "mr", "sw", "ha", "am", "zu", "yo", *_NEIGHBOURS
)  # fmt: skip
# ... of which these are read by their full names only: their abbreviations are words of other
# languages' dates ("ago", Swahili's August, in "2 hours ago"; "sat", Hausa's September, the
# weekday of "Sat, 28 Nov 2026"), which would leave such a date unread as two months.
_FULL_NAMES_ONLY = frozenset({"sw", "ha", "am", "zu", "yo"})
# Tables whose month names are read on their own language's pages only, as an identified
# language's (:func:`page_months`), not on every page: their short names are other languages'
# words (Afrikaans "Des", French's "des"; Somali's and Igbo's "Jan", "Feb"), and isiXhosa
# has no dateparser locale at all (the tables of session 47).
_OWN_PAGES_ONLY = frozenset({
    "af", "xh", "ig", "so", "ne", "or", "si", "my", "az", "kk", "uz", "ka", "hy", "mn", "km",
    "lo",
})  # fmt: skip
# Thai writes years of the Buddhist Era, 543 years ahead of the Common Era (2569 is 2026): a
# year of a Thai date from this one on is one (BE 2400 is 1857; a CE year this high is none).
_BUDDHIST_ERA_FROM, _BUDDHIST_ERA_OFFSET = 2400, 543
# A dot inside or after a Thai abbreviation ("ธ.ค.", December): month names are matched without.
_THAI_DOT = re.compile(r"(?<=[\u0e00-\u0e7f])\.")
# ... the dots inside one ("ธ.ค": "น." after a time, "14:30 น.", is Thai's "o'clock")
_THAI_INNER_DOT = re.compile(r"(?<=[\u0e00-\u0e7f])\.(?=[\u0e00-\u0e7f])")
_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
# Values longer than this are a sentence, not a date field.
_MAX_CHARS = 80
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# A letter of a script written without spaces (Han, kana, Thai...) or of Hangul syllables:
# a month name ending in one ("1月", "1월") may run straight into the day ("1月14日").
_UNSPACED_LETTER = re.compile(f"[{UNSPACED}\uac00-\ud7a3]")
_LEADING_ZERO = re.compile(r"(?<!\d)0(?=\d)")
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


# A time of day written the local way, which neither python-dateutil nor dateparser (in the
# date's language) reads: the hour and minute joined by "h" (French, Portuguese: "15h30",
# "às 13h00", "13h"), or by a dot before "Uhr" / "uur" / "h" / "hrs" ("13.00 Uhr", Dutch "14.40
# uur"), a word after the time saying it is one ("14:05 hrs.", Indian and Pakistani English;
# "13:00 Uhr"), and a Latin
# AM/PM after a date of another script ("14 मई 2025 06:10 PM").  Only the hour and minute are
# caught: "2025" is no hour, "h" must follow a number of at most two digits.
_H_TIME = re.compile(r"(?<![\d.:,])([01]?\d|2[0-3])\s?h\s?([0-5]\d)?(?![\w])", re.IGNORECASE)
_WORDED_TIME = re.compile(
    r"(?<![\d.:,])([01]?\d|2[0-3])[.:]([0-5]\d)\s*(?:uhr|uur|hrs?|horas|hs|h|ч)\b\.?", re.IGNORECASE
)
# A time of day written with a dot after a date's year, after the word for "at" or "o'clock"
# the date's language puts there ("3.12.2026 klo 14.32", Finnish; "kl. 14.32", Danish,
# Norwegian, Swedish; "kell 14.32", Estonian; "o"/"ob 14.32", Slovak, Slovenian; "v 14.32",
# Czech; "u 14.32", Croatian, Serbian; "в 14.32", Bulgarian; or none, "3.12.2026 14.32"): the
# year, then the
# time as HH:MM, the word dropped.  Only after a year, or an ISO date a numeric reader made
# of a day-first one ("lauantai 5.12.2026 klo 14.30" → "2026-12-05 klo 14.30": newcomer 43,
# finding 1): "14.32" alone may be a date or a score.
_DOTTED_AFTER_YEAR = re.compile(
    r"(?<!\d)(?P<year>\d{4}(?:-\d\d-\d\d(?!\d))?\.?(?:\s*г\.)?)[\s,|·–—-]*"
    r"(?:(?:klo|kello|kl|kell|plkst|ob|o|v|u|у|в|о|об|um|om|à|às|alle|ore|ora|at|στις|saat|godz)"
    r"\.?\s+)*(?P<h>[01]?\d|2[0-3])[.:](?P<m>[0-5]\d)(?!\d|\.\d)",
    re.IGNORECASE,
)
# A time of day spelled with its units, the hour's word then the minutes' ("18 ó 15 p", "18 óra
# 15 perc", Hungarian; "18 val. 15 min.", Lithuanian; "18 ч. 15 мин.", Russian, Bulgarian; "18
# год. 15 хв.", Ukrainian; "18 hod. 15 min.", Czech and Slovak), or the hour and minutes with
# the hour's word after them ("18.15 hod.", Czech and Slovak): python-dateutil read the first as
# other numbers of the date ("2026. december 4. 18 ó 15 p" was 15 December, 04:18), and the
# date's day alone was kept of the second.  Rewritten as HH:MM before any reader sees them.
_UNIT_TIME = re.compile(
    r"(?<![\d.:,])(?P<h>[01]?\d|2[0-3])\s*(?:óra|ó|val|hod|godz|ч|год)\.?\s*"
    r"(?P<m>[0-5]\d)\s*(?:perc|p|min|мин|хв)\.?(?![^\W\d_])"
    r"|(?<![\d.:,])(?P<h2>[01]?\d|2[0-3])[.:](?P<m2>[0-5]\d)\s*(?:hod|val|óra)\.?(?![^\W\d_])",
    re.IGNORECASE,
)
_TWELVE_HOUR = re.compile(
    r"(?<![\d.:,])(0?[1-9]|1[0-2]):([0-5]\d)\s*([ap])\.?\s?m\.?(?![^\W\d_])", re.IGNORECASE
)
# The part of the day a 12-hour clock time is said in, written after it ("۰۶:۴۵ شام", Urdu
# "06:45 in the evening") or before it ("সকাল ১০:৩০", Bengali "morning 10:30"; "शाम 6:45 बजे";
# Chinese "下午 3:20", "下午3时20分", "下午3點20分"; Japanese "午後6時45分"): morning is before
# noon, afternoon and evening after.  Night (رات, रात, রাত, रात्री, இரவு: :data:`_NIGHTS`) is
# the evening's from 6 to 11 ("رات 9:30 بجے" is 21:30) and left out from 12 to 5: "رات 2 بجے"
# is 02:00, "رات 12 بجے" midnight, and an hour alone does not say which side of midnight a
# writer counts from; Chinese "凌晨" (small hours) is before dawn, "晚上" (evening) after noon.
# Noon ("中午", Hindi's and Urdu's "दोपहर", "دوپہر", Tamil's "மதியம்") is an hour about it: 11
# and 12 as they are, 1 to 4 after it.  Newcomer 38 (F5): Taiwan's "中華民國115年12月4日 下午 3:20"
# and "2026年12月04日 下午3时20分" were not read; session 39 (a Mumbai desk): Urdu's "دوپہر",
# Marathi's and Tamil's parts, and night, were not.
_DAY_PARTS = {
    "صبح": 0, "سہ پہر": 12, "شام": 12,  # Urdu: morning, afternoon, evening
    "सुबह": 0, "शाम": 12,  # Hindi
    "सकाळी": 0, "सकाळ": 0, "दुपारी": 12, "संध्याकाळी": 12, "सायंकाळी": 12,  # Marathi
    "সকাল": 0, "দুপুর": 12, "বিকাল": 12, "বিকেল": 12, "সন্ধ্যা": 12,  # Bengali
    "காலை": 0, "மாலை": 12,  # Tamil: morning, evening
    "오전": 0, "오후": 12,  # Korean: before noon, after noon ("오후 2:30")
    # Chinese: before noon, after noon, small hours, early morning, evening; Japanese
    "上午": 0, "下午": 12, "凌晨": 0, "早上": 0, "晚上": 12, "晚間": 12, "晚间": 12,
    "午前": 0, "午後": 12,
    # Arabic, after the time: morning ("ص", "صباحا"), evening ("م", "مساء"): a Hijri dateline's
    # "1448هـ 03:20 م" (a Gregorian one's was read by dateparser's Arabic)
    "ص": 0, "صباحا": 0, "صباحاً": 0, "م": 12, "مساء": 12, "مساءً": 12,
}  # fmt: skip
# Noon's words (see above) and night's, each read by its hour (:func:`_day_part_hour`)
_NOONS = frozenset({"中午", "दोपहर", "دوپہر", "மதியம்"})
_NIGHTS = frozenset({"رات", "रात", "রাত", "रात्री", "இரவு"})
_DAY_PART = "|".join(sorted([*_DAY_PARTS, *_NOONS, *_NIGHTS], key=len, reverse=True))
# The word for "o'clock" after an hour ("बजे", "بجے", Marathi "वाजता", Bengali "টা"/"টায়"/
# "বাজে", Tamil "மணி"/"மணிக்கு"), and the postpositions before a part of the day or its time
# ("शाम को 7 बजे", "شام کے 7 بجے")
_CLOCK_WORD = r"(?:بجے|बजे|वाजता|वाजले|টায়|টায়|টা|বাজে|மணிக்கு|மணி)"
_TO = r"(?:के|को|کے|کو)"
# Chinese and Japanese write the hour with its character (时, 時, 点, 點) and the minutes with
# theirs (分), or a half hour (半)
_CJK_CLOCK = r"\s*[时時点點]\s*(?:(?P<m3>[0-5]?\d)\s*分|(?P<half>半))?"
_DAY_PART_TIME = re.compile(
    rf"(?<![\d.:,])(?P<h>0?[1-9]|1[0-2]):(?P<m>[0-5]\d)(?![\d:])\s*{_CLOCK_WORD}?\s*"
    rf"(?P<after>{_DAY_PART})(?!\w)"
    rf"|(?:(?<!\w)|(?<=[\u3040-\u30ff\u3400-\u9fff]))(?P<before>{_DAY_PART})\s*{_TO}?\s*"
    r"(?P<h2>0?[1-9]|1[0-2])(?::(?P<m2>[0-5]\d)(?![\d:])|" + _CJK_CLOCK
    + rf"|\s*(?P<hour>{_CLOCK_WORD}))"
)
# A 24-hour time with the word for "o'clock" after it ("19:30 بجے", "१९:३० वाजता"): the time.
_CLOCK_WORD_AFTER = re.compile(
    rf"(?<![\d.:,])(\d{{1,2}}:[0-5]\d)(?![\d:])\s*{_CLOCK_WORD}(?!\w)"
)
# "on" between a date's year and its time ("4 دسمبر 2026 کو 19:00"): left out.
_ON_THE_DAY = re.compile(r"(?<=\d)\s+(?:کو|को)\s+(?=\d{1,2}:\d\d)")


def _day_part_hour(hour: int, part: str) -> int | None:
    """``hour`` of a 12-hour clock said in ``part`` of the day, on a 24-hour clock; None for
    night's hours from 12 to 5, which do not say which side of midnight they are."""
    if part in _NOONS:
        return hour if hour in (11, 12) else hour + 12
    if part in _NIGHTS:
        return hour + 12 if 6 <= hour <= 11 else None
    return hour % 12 + _DAY_PARTS[part]


def unit_time(value: str) -> str:
    """``value`` with a time of day spelled with its units ("18 ó 15 p", "18 óra 15 perc", "18
    val. 15 min.", "18.15 hod.": :data:`_UNIT_TIME`) as ``HH:MM`` ("18:15"); ``value`` itself
    when it holds none.  Before any date reader: python-dateutil reads such a time as other
    parts of the date, the wrong day."""
    if not any(c.isdigit() for c in value):
        return value

    def clock(found: re.Match[str]) -> str:
        hour, minute = (found["h"], found["m"]) if found["h"] else (found["h2"], found["m2"])
        return f"{int(hour):02d}:{minute}"

    return _UNIT_TIME.sub(clock, value)


def clock_time(value: str) -> str:
    """``value`` with a time of day written the local way as ``HH:MM`` (24-hour): "14 de maio
    de 2025 às 13:00" for "… às 13h00", "14.05.2025, 13:00" for "14.05.2025, 13.00 Uhr",
    "May 14, 2025 14:05" for "… 14:05 hrs.", "14 मई 2025 18:10" for "14 मई 2025 06:10 PM",
    "27 نومبر 2026، 18:45" for Urdu's "… 06:45 شام" (evening: :data:`_DAY_PARTS`);
    "7. novembris 2026 18:15" for Latvian's "2026. gada 7. novembrī plkst. 18.15" (a dotted
    time after the word for "at" and a date's year, :data:`_DOTTED_AFTER_YEAR`; a Baltic
    year-first date day first, :func:`_baltic_order`);
    ``value`` itself when it holds none.  For the date readers to try again: a value one of
    them reads as written is read so."""
    text = _WORDED_TIME.sub(lambda m: f"{int(m[1]):02d}:{m[2]}", _baltic_order(value))
    text = _DOTTED_AFTER_YEAR.sub(lambda m: f"{m['year']} {int(m['h']):02d}:{m['m']}", text)
    text = _H_TIME.sub(lambda m: f"{int(m[1]):02d}:{m[2] or '00'}", text)

    def twelve(found: re.Match[str]) -> str:
        hour = int(found[1]) % 12 + (12 if found[3].lower() == "p" else 0)
        return f"{hour:02d}:{found[2]}"

    text = _TWELVE_HOUR.sub(twelve, text)

    def day_part(found: re.Match[str]) -> str:
        if found["after"]:
            hour, minute, part = found["h"], found["m"], found["after"]
        else:
            minute = found["m2"] or found["m3"] or ("30" if found["half"] else "00")
            hour, part = found["h2"], found["before"]
        clock = _day_part_hour(int(hour), part)
        return found[0] if clock is None else f"{clock:02d}:{int(minute):02d}"

    text = _CLOCK_WORD_AFTER.sub(r"\1", _DAY_PART_TIME.sub(day_part, text))
    return _ON_THE_DAY.sub(" ", text)


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
    if not text or len(text) > _MAX_CHARS or _YEAR.search(text) is None:
        return None
    text, zone, known = _split_zone(_baltic_order(text))
    if not known:
        return None
    if _ARABIC_LETTER.search(text):
        text = _arabic_month_names(text)
    languages = _languages_of(text, hint[0])
    if not languages:
        return None
    if "th" in languages:
        text = _thai_month_in_full(_common_era(_THAI_DATE_WORD.sub("", text)))
    if "ms" in languages:
        text = _MALAY_DAY_MARK.sub(r"\1", text)  # "4hb Disember 2026": the 4th
    text = _nominative(text, languages)
    try:
        data = _parser(languages).get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    when: datetime | None = data.date_obj
    if when is None or when.tzinfo is not None:
        return None  # unread, or a zone dateparser found by its own list
    if data.period != "time":
        return when.date().isoformat()
    if zone is None:
        return when.isoformat()
    from clipper.read.zones import misnamed  # clipper.read imports this module

    zoned = when.replace(tzinfo=zone)
    return None if misnamed(zoned) else zoned.isoformat()


# Malay's mark of a day of the month after its number, "hb" or "hb." (haribulan: "4hb Disember
# 2026", "Khamis, 4 hb. Disember 2026"), which dateparser's Malay does not know (dates35 left it
# counted, not read): dropped, as English "4th" is read as 4.
_MALAY_DAY_MARK = re.compile(r"(?<!\d)(\d{1,2})\s?hb\b\.?", re.IGNORECASE)


# A day beside a year: "3 … 2026", "2026 … 3" (digits in ASCII).
# (a day with its leading zero too: "03 டிச 2026", "03 Dec 2026")
_DAY_AND_YEAR = re.compile(r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d).*?(?<!\d)\d{4}(?!\d)"
                           r"|(?<!\d)\d{4}(?!\d).*?(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)")


def names_a_month(text: str, language: str = "") -> bool:
    """Whether ``text`` (digits in ASCII) names a month in one language of the date tables
    (:func:`local_date`'s, Arabic's Levantine and Maghrebi names too, and ``language``'s, the
    page's, as :func:`page_months` gives them) beside a day and a year: a date, read or not
    ("3 كانون الأول 2026", "31 Desemba 2026")."""
    if _DAY_AND_YEAR.search(text) is None:
        return False
    # Latvian's locative "2026. gada 3. decembrī", Estonian's adessive "3. detsembril" (newcomer
    # 30 finding 5: a Latvian date line not read was not counted either)
    text = _baltic_order(text)
    if _ARABIC_LETTER.search(text):
        text = _arabic_month_names(text)
    # a word two languages read as different months ("listopada"): a date, not read, counted
    return bool(_readings(text, language))


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
_MONTH_TWICE = re.compile(
    "(" + "|".join(_READ_ARABIC_MONTHS) + r")\s*[/(،-]\s*\1\s*\)?"
)


def _arabic_month_names(text: str) -> str:
    """``text`` with Arabic's Levantine, Iraqi and Maghrebi month names as the names
    dateparser's Arabic reads (:data:`_ARABIC_MONTH_NAMES`), a month named twice once."""
    text = _ARABIC_MONTH.sub(lambda m: _READ_ARABIC_MONTHS[_ARABIC_MONTH_NAMES[m[0]] - 1], text)
    return _MONTH_TWICE.sub(r"\1", text)


# The Baltic languages' year-first dates, as dateparser reads them: Latvian "2026. gada 3.
# decembrī" (year, day, month in the locative) and Lithuanian "2026 m. gruodžio 3 d." (year,
# month, day) as "3. decembris 2026", "3 gruodžio 2026"; Estonian's "3. detsembril 2026" (the
# adessive, "on") as "3. detsember 2026".  dateparser's Latvian and Estonian know only the
# nominative month names: the inflected ones are these (but for Estonian May's "mail", an
# English word).
_LATVIAN_YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})\.?\s*gada\s+(\d{1,2})\.?\s+([^\W\d_]+)")
_LITHUANIAN_YEAR_FIRST = re.compile(
    r"(?<!\d)(\d{4})\s*m\.\s*([^\W\d_]+)\s+(\d{1,2})\s*d\.?(?![^\W\d_])"
)
_INFLECTED_MONTHS = {
    "janvārī": "janvāris", "februārī": "februāris", "martā": "marts", "aprīlī": "aprīlis",
    "maijā": "maijs", "jūnijā": "jūnijs", "jūlijā": "jūlijs", "augustā": "augusts",
    "septembrī": "septembris", "oktobrī": "oktobris", "novembrī": "novembris",
    "decembrī": "decembris",
    "jaanuaril": "jaanuar", "veebruaril": "veebruar", "märtsil": "märts", "aprillil": "aprill",
    "juunil": "juuni", "juulil": "juuli", "augustil": "august",
    "septembril": "september", "oktoobril": "oktoober", "novembril": "november",
    "detsembril": "detsember",
}  # fmt: skip
_INFLECTED_MONTH = re.compile(
    r"(?<![^\W_])(?:" + "|".join(_INFLECTED_MONTHS) + r")(?![^\W\d_])", re.IGNORECASE
)


def _baltic_order(text: str) -> str:
    """``text`` with a Latvian or Lithuanian year-first date, and an inflected Latvian or
    Estonian month name, written as dateparser reads them (:data:`_INFLECTED_MONTHS`)."""
    text = _LATVIAN_YEAR_FIRST.sub(r"\2. \3 \1", text)
    text = _LITHUANIAN_YEAR_FIRST.sub(r"\3 \2 \1", text)
    return _INFLECTED_MONTH.sub(lambda m: _INFLECTED_MONTHS[m[0].lower()], text)


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
# A Thai letter: a line holding one writes its years in the Buddhist Era.
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")


def common_era(text: str) -> str:
    """``text`` with a Thai line's year of the Buddhist Era written as the Common Era's ("4 ธ.ค.
    2569" → "4 ธ.ค. 2026", "วันที่ 4 ธันวาคม 2569 เวลา 10:30 น."): for the date readers that
    look for a year of the Common Era first (:mod:`clipper.dumpdates`).  A text with no Thai
    letter, or whose year is before BE 2400, is returned as it is; digits must be ASCII
    (:func:`ascii_date_digits`)."""
    if _THAI_LETTER.search(text) is None:
        return text
    return _common_era(text)


# Thai's month names written in full, January first.
_THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)


def _thai_month_in_full(text: str) -> str:
    """``text`` (a Thai date) with its month name written in full ("12 มี.ค. 2569" → "12 มีนาคม
    2569").  dateparser strips combining marks before it matches a month name, and Thai vowel
    signs are marks: the abbreviation "มี.ค." (March) read as "ม.ค." (January); the full names
    stay apart without them.  Which month the name is :func:`_languages_of` found, marks
    kept."""
    found = [(pattern, numbers) for code, pattern, numbers in _month_patterns() if code == "th"]
    if not found:
        return text
    pattern, numbers = found[0]

    def full(name: re.Match[str]) -> str:
        return _THAI_MONTHS[numbers[_LEADING_ZERO.sub("", name.group(0).rstrip("."))] - 1]

    # the abbreviation's last dot goes with it
    return re.sub(rf"(?:{pattern.pattern})\.?", full, _THAI_INNER_DOT.sub("", text))


def _languages_of(text: str, page: str = "") -> tuple[str, ...]:
    """The dateparser languages whose month names ``text`` holds, to read it in: () when it
    holds none, or when they name different months and the page does not settle which.

    ``page`` is the page's or record's language (a code as stored: "hr", "ms"; "" unknown).
    When its own month names (:func:`_own_codes`) read ``text`` as one month, the page's
    language comes first, followed by the other languages (:func:`_month_patterns`' order)
    that read the same month, and any that read it as another are not asked ("12. listopada
    2026" on a Croatian page is 12 October, on a Polish or Czech one 12 November).  Otherwise
    every language whose names ``text`` holds (the tables', then :data:`_MORE_LANGUAGES`) must
    read the same month: a word two of them read differently ("listopada" on a page of no
    language) leaves the value unread, never one of the two readings picked; the line is still
    a date (:func:`names_a_month`), counted as one not read."""
    readings = _readings(text, page)
    own = _own_codes(page)
    own_months: set[int] = set().union(*(readings[c] for c in own if c in readings))
    if len(own_months) == 1:
        first = tuple(c for c in own if readings.get(c) == own_months)
        return (*first, *(c for c, m in readings.items() if c not in first and m == own_months))
    if own_months:
        return ()  # the page's own names give two months ("3 listopada – 4 prosinca")
    months: set[int] = set().union(*readings.values())
    return tuple(readings) if len(months) == 1 else ()


def _readings(text: str, page: str = "") -> dict[str, set[int]]:
    """Each language whose month names ``text`` holds (:func:`_month_patterns`' in their
    order, then ``page``'s when it is none of theirs: :func:`page_months`), with the months
    those names are in it."""
    folded = _THAI_DOT.sub("", text.casefold())
    finder, owners = _month_hints()
    # the tables whose month names may be there (one pass of an automaton over the text,
    # where each table's pattern tried at every character cost ~0.8 ms a line of 50)
    hinted = {at for found, _, _ in finder.find_matches_as_indexes(folded, overlapping=True)
              for at in owners[found]}
    readings: dict[str, set[int]] = {}
    for at, (language, pattern, numbers) in enumerate(_month_patterns()):
        if at not in hinted:
            continue
        if found := _months_named(folded, language, pattern, numbers):
            readings[language] = found
    if (own := page_months(page)) is not None:
        language, pattern, numbers = own
        if found := _months_named(folded, language, pattern, numbers):
            readings[language] = found
    return readings


def _months_named(
    folded: str, code: str, pattern: re.Pattern[str], numbers: dict[str, int]
) -> set[int]:
    """The months language ``code``'s names (``pattern``, ``numbers``) give in ``folded`` text.
    A name the language writes for a weekday too (Spanish and Italian "mar": martes/martedì and
    March) beside a name of another month is the weekday ("mar 8 dic 2026" is 8 December, not
    two months left unread)."""
    names = {_LEADING_ZERO.sub("", m.group(0)) for m in pattern.finditer(folded)}
    found = {numbers[name] for name in names}
    if len(found) > 1:
        weekdays = _weekday_names(code)
        months = {numbers[name] for name in names if name not in weekdays}
        if len(months) == 1:
            return months
    return found


@functools.cache
def _weekday_names(code: str) -> frozenset[str]:
    """The weekday names of dateparser's locale ``code``, case-folded, without a closing dot."""
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale(code).info
    return frozenset(
        word.casefold().rstrip(".") for key in _WEEKDAY_KEYS for word in info.get(key, [])
    )


def names_a_weekday(word: str) -> bool:
    """Whether ``word`` (any case, a closing dot or not) is a weekday's name, wide or short,
    in the language of the page whose dates are being read (dateparser's locale of it:
    "lauantai", "lauantaina", "la" on a Finnish page, "lördag", "lör" on a Swedish one);
    False on a page of no language, or of one dates are not read in."""
    from clipper.read.zones import page_language  # clipper.read imports this module

    name = word.casefold().rstrip(".")
    return any(name in _weekday_names(code) for code in _own_codes(page_language()))


@functools.cache
def _own_codes(page: str) -> tuple[str, ...]:
    """The dateparser codes of the page's language ``page`` among the languages dates are read
    in: a table's ("no" and "nb" as "nb"; Serbian as "sr" and "sr-Latn", its two scripts), else
    one the identifier names (:func:`page_months`); () for "" or another."""
    from clipper.language import stored_language

    language = stored_language(page) if page else ""
    code = _DATEPARSER_CODE.get(language, language)
    if code == "sr":
        return ("sr", "sr-Latn")
    if code and code in _everywhere():
        return (code,)
    return (language,) if page_months(language) is not None else ()


@functools.cache
def _month_patterns() -> tuple[tuple[str, re.Pattern[str], dict[str, int]], ...]:
    """For each table's language: its dateparser code, a pattern finding its month names in
    case-folded text (as whole words; after a number for "1月", "1월"), and each name's month."""
    from clipper.furniture import TABLES

    found = []
    for table in dict.fromkeys((*TABLES, *_MORE_LANGUAGES)):  # Thai has a table too now
        if table in _OWN_PAGES_ONLY:
            continue
        code = _DATEPARSER_CODE.get(table, table)
        numbers = _month_numbers(code)
        if table in _FULL_NAMES_ONLY:
            numbers = {
                name: month
                for name, month in numbers.items()
                if not any(o != name and o.startswith(name) and m == month
                           for o, m in numbers.items())
            }
        found.append((code, _names_pattern(numbers), numbers))
    return tuple(found)


def _month_numbers(code: str) -> dict[str, int]:
    """dateparser's month names of the language ``code`` (case-folded, without a last dot, of
    two letters or more), each with its month."""
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale(code).info
    numbers = {
        word.casefold().rstrip("."): month
        for month, key in enumerate(_MONTH_KEYS, start=1)
        for word in info.get(key, [])
        if len(word.rstrip(".")) >= 2
    }
    for month, name in enumerate(_GENITIVES.get(code, ()), start=1):
        numbers.setdefault(name, month)
    # a name with an apostrophe as CLDR and typesetting write it too (Breton "Cʼhwevrer",
    # dateparser's "c'hwevrer"), which dateparser reads as its own
    for name, month in list(numbers.items()):
        for mark in _APOSTROPHES:
            numbers.setdefault(name.replace("'", mark), month)
    return numbers


# The genitive month names ("5. julija 2026", "5. jula 2026.", "5. јула 2026.") of the languages
# whose dateparser locale (CLDR's) writes a date's month in the nominative only, as their papers
# never do: Slovene, Serbian in its two scripts, Bosnian.  The other Slavic and the Baltic
# locales list their genitive and locative forms ("listopada", "listopadu", "srpnja", "травня",
# "gegužės"); Latvian's and Estonian's are :data:`_INFLECTED_MONTHS`.  January first.
_GENITIVES = {
    "sl": ("januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta",
           "septembra", "oktobra", "novembra", "decembra"),
    "sr-Latn": ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "avgusta",
                "septembra", "oktobra", "novembra", "decembra"),
    "sr": ("јануара", "фебруара", "марта", "априла", "маја", "јуна", "јула", "августа",
           "септембра", "октобра", "новембра", "децембра"),
    "bs": ("januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta",
           "septembra", "oktobra", "novembra", "decembra"),
}  # fmt: skip


def _nominative(text: str, languages: tuple[str, ...]) -> str:
    """``text`` with a genitive month name of ``languages``' first (the one dateparser tries
    first: the page's own, when it reads the date) as that language's name dateparser reads
    ("5. julija 2026" → "5. julij 2026" in Slovene); ``text`` itself when it holds none, or
    when that language has no such names (a Malagasy "4 Oktobra 2026" stays: Slovene's genitive
    October too, but its weekday "Alahady" is Malagasy's)."""
    names = _GENITIVES.get(languages[0], ()) if languages else ()
    if not names:
        return text
    forms = {name: month for month, name in enumerate(names, start=1)}

    def nominative(found: re.Match[str]) -> str:
        return _nominative_name(languages[0], forms[found[0].casefold()])

    return re.sub(
        r"(?<![^\W_])(?:" + "|".join(forms) + r")(?![^\W\d_])",
        nominative,
        text,
        flags=re.IGNORECASE,
    )


@functools.cache
def _nominative_name(code: str, month: int) -> str:
    """dateparser's longest name of ``month`` in the language ``code``."""
    from dateparser.languages.loader import default_loader

    return max(default_loader.get_locale(code).info[_MONTH_KEYS[month - 1]], key=len)


# The apostrophe's other spellings: the modifier letter CLDR writes, the typographic one.
_APOSTROPHES = ("\u02bc", "\u2019")


def _names_pattern(numbers: dict[str, int]) -> re.Pattern[str]:
    # Longest first, so "tháng 1" is not read in "tháng 11".
    names = sorted(numbers, key=len, reverse=True)
    return re.compile("|".join(_bounded(name) for name in names))


@functools.cache
def _identified_languages() -> frozenset[str]:
    """The languages the language identifier names (:func:`clipper.langmodel.languages`, as
    clipper stores them: "no" as "nb") that have a dateparser locale, beyond
    :func:`_month_patterns`' (:func:`page_months`)."""
    from dateparser.data.languages_info import language_order

    from clipper.langmodel import languages
    from clipper.language import stored_language

    located = set(language_order)
    return frozenset(
        code for code in map(stored_language, languages())
        if code in located and code not in _everywhere()
    )


@functools.cache
def _everywhere() -> frozenset[str]:
    """:func:`date_languages` (the codes of the tables read on every page)."""
    return frozenset(date_languages())


@functools.cache
def page_months(language: str) -> tuple[str, re.Pattern[str], dict[str, int]] | None:
    """The month names of ``language`` (a page's or a record's language, its primary subtag:
    "ms") when it is one of :func:`_identified_languages`, as :func:`_month_patterns` gives
    a table's (its names, full and abbreviated); None for a table's language or one without a
    dateparser locale.  Read on a page or record of that language only, and first there
    (:func:`_languages_of`): a short name of one of the ~50 ("ama", Oromo's January; "mas",
    Zulu's March) is a word, or a person's name, in other languages' date lines, where it
    would leave their date unread as naming two months.  Newcomer 34 finding 4: Malay's "4
    Disember 2026", "4 Dis 2026" were not read (:data:`_MORE_LANGUAGES` lacked Malay, as it
    lacked 47 other languages the identifier names; ``bench/date_languages.py``)."""
    from clipper.language import stored_language

    language = stored_language(language)
    if not language or language in _everywhere() or language not in _identified_languages():
        return None  # (a table's language asks nothing of the identifier's model)
    numbers = _month_numbers(language)
    return (language, _names_pattern(numbers), numbers) if numbers else None


_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def month_collisions() -> dict[str, dict[str, str]]:
    """The words that mean different things in two languages dates are read in (the tables',
    :data:`_MORE_LANGUAGES` and :func:`page_months`' languages, by their dateparser codes): a
    month name that is another month in another language, or a weekday there (their names as
    :func:`_month_numbers` reads them; weekdays as dateparser's locales list them, case-folded,
    of two letters or more).  ``{word: {code: "month 11", code: "month 3, weekday 2"}}``,
    sorted by word, each word's readings by code; a word only one language reads, or all as
    one month, is left out.  What :func:`_languages_of` settles by the page's language, else
    leaves unread ("listopada": hr month 10, pl month 11); ``python bench/date_languages.py
    --collisions`` prints it."""
    from dateparser.languages.loader import default_loader

    codes = [*date_languages(), *sorted(_identified_languages())]
    readings: dict[str, dict[str, set[str]]] = {}
    for code in codes:
        numbers = next((n for c, _, n in _month_patterns() if c == code), None)
        if numbers is None:
            numbers = _month_numbers(code)
        for name, month in numbers.items():
            readings.setdefault(name, {}).setdefault(code, set()).add(f"month {month}")
        info = default_loader.get_locale(code).info
        for day, key in enumerate(_WEEKDAY_KEYS, start=1):
            for word in info.get(key, []):
                name = word.casefold().rstrip(".")
                if len(name) >= 2:
                    readings.setdefault(name, {}).setdefault(code, set()).add(f"weekday {day}")
    collisions = {}
    for name in sorted(readings):
        meanings = readings[name]
        months = {m for found in meanings.values() for m in found if m.startswith("month")}
        if not months or len(set().union(*meanings.values())) < 2 or len(meanings) < 2:
            continue  # a weekday alone, or one meaning in every language that has the word
        collisions[name] = {
            code: ", ".join(sorted(found)) for code, found in sorted(meanings.items())
        }
    return collisions


@functools.cache
def _two_month_words() -> frozenset[str]:
    """The words of :func:`month_collisions` that two languages read as different months."""
    return frozenset(
        word for word, readings in month_collisions().items()
        if len({m for found in readings.values() for m in found.split(", ")
                if m.startswith("month")}) > 1
    )


_WORD = re.compile(r"[^\W\d_]+")


def names_two_months(text: str) -> bool:
    """Whether ``text`` holds a word two languages dates are read in read as different months
    ("listopada": October in Croatian, November in Polish; :func:`month_collisions`): a date
    of it is the page's language's (:func:`local_date`), not another reader's pick (htmldate
    reads "listopada" as November on any page)."""
    words = _two_month_words()
    return any(word in words for word in _WORD.findall(text.casefold()))


def date_languages() -> tuple[str, ...]:
    """dateparser's codes of the languages clipper reads dates in (the tables', then
    :data:`_MORE_LANGUAGES`)."""
    return tuple(code for code, _, _ in _month_patterns())


@functools.cache
def _month_hints() -> tuple[AhoCorasick, list[frozenset[int]]]:
    """An automaton finding a literal every match of a month name of :func:`_month_patterns`
    holds (the name as written; a name with a number, which its pattern allows a leading
    zero, its part before the number, else from the number on: "tháng " of "tháng 1", "1月"),
    and for each literal the indexes of the tables whose names hold it."""
    owners: dict[str, set[int]] = {}
    for at, (_, _, numbers) in enumerate(_month_patterns()):
        for name in numbers:
            digits = _DIGITS.search(name)
            literal = name if digits is None else (name[: digits.start()] or name[digits.start() :])
            owners.setdefault(literal, set()).add(at)
    literals = list(owners)
    return AhoCorasick(literals), [frozenset(owners[literal]) for literal in literals]


_DIGITS = re.compile(r"\d+")


def _bounded(name: str) -> str:
    """A pattern of the month name ``name`` as a word of its own: no letter or digit right
    before or after it, but for a name of an unspaced script ("1月" in "2025年1月14日", "1월"),
    which needs only no digit before its number (written with a leading zero or not)."""
    before = r"(?<!\d)" if name[0].isdigit() else r"(?<![^\W_])"
    if _UNSPACED_LETTER.match(name[-1]):
        after = ""
    else:
        after = r"(?!\d)" if name[-1].isdigit() else r"(?![^\W\d_])"
    spelled = re.sub(r"(\d+)", r"0?\1", re.escape(name), count=1)  # "01月" too
    return f"{before}{spelled}{after}"


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
