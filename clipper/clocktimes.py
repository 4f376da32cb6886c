"""Times of day written the local way, rewritten as ``HH:MM`` on a 24-hour clock for the date
readers: "13h00", "13.00 Uhr", "14:05 hrs.", "06:10 PM" after a date of another script, a part
of the day before or after a 12-hour time ("शाम 6:45 बजे", "下午3时20分"), a dotted time after
a date's year ("3.12.2026 klo 14.32") (:func:`clock_time`), and a time spelled with its units
("18 óra 15 perc", :func:`unit_time`).
"""

from __future__ import annotations

import re

from clipper.monthnames import baltic_order

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
    r"(?P<h2>0?[1-9]|1[0-2])(?::(?P<m2>[0-5]\d)(?![\d:])|"
    + _CJK_CLOCK
    + rf"|\s*(?P<hour>{_CLOCK_WORD}))"
)
# A 24-hour time with the word for "o'clock" after it ("19:30 بجے", "१९:३० वाजता"): the time.
_CLOCK_WORD_AFTER = re.compile(rf"(?<![\d.:,])(\d{{1,2}}:[0-5]\d)(?![\d:])\s*{_CLOCK_WORD}(?!\w)")
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
    year-first date day first, :func:`baltic_order`);
    ``value`` itself when it holds none.  For the date readers to try again: a value one of
    them reads as written is read so."""
    text = _WORDED_TIME.sub(lambda m: f"{int(m[1]):02d}:{m[2]}", baltic_order(value))
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
