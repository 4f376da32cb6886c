"""Hausa dates and times of day as Nigerian and Nigerien sites write them, in the words
dateparser's Hausa (CLDR's months and weekdays) does not read: "Litinin, 7 ga Disamba 2026"
and "ranar Litinin, 7 ga watan Disamba, 2026" (the day "of" the month, "ga", "ga watan";
"ranar", the day of; "shekarar", the year of), and "ƙarfe 2:30 na rana" (at 2:30 in the
daytime).  A Lagos desk's pages (newcomer 51a) were stored undated, counted ``date-unread``;
"7 Disamba 2026" was read.

:func:`hausa_date` rewrites a value whose month name is Hausa's (the caller decides:
:func:`clipper.localdates.local_date` calls it when dateparser's Hausa names its month) as
"7 Disamba 2026 14:30" for dateparser.  Hausa tells the time on a 12-hour clock (as English
does, not Swahili's from sunrise: :mod:`clipper.swahiliclock`) with the part of the day after
it: "na safe"/"na safiya" (morning), "na rana" (daytime, about noon), "na yamma" (afternoon
and evening), "na dare" (night).  CLDR gives Hausa only "Safiya" and "Yamma" (its AM and PM),
so the parts are listed here (:data:`_DAY_PARTS`).  A night hour from 12 to 5 ("ƙarfe 2 na
dare") does not say which side of midnight it is on, as Urdu's "رات 2 بجے" does not: the
time is cut and the day read alone.  A 24-hour time after "ƙarfe" ("ƙarfe 14:30") is read as
written.
"""

from __future__ import annotations

import re

__all__ = ["hausa_date"]

# "ga" (of) between a day and its month ("7 ga Disamba"), with "watan" (month of) or not ("7 ga
# watan Disamba"); "ranar" (day of) before the weekday or the day ("ranar Litinin", "ranar 7 ga
# Disamba"); "watan" alone before a month and "shekarar" (year of) before a year.
_DATE_WORDS = re.compile(
    r"(?<=\d)\s+ga(?:\s+watan)?\s+(?=[^\W\d_])"
    r"|(?<![^\W\d_])(?:ranar|watan)\s+(?=[^\W\d_]|\d)"
    r"|(?<![^\W\d_])shekarar\s+(?=\d{4}(?!\d))",
    re.IGNORECASE,
)
# The parts of the day after a 12-hour time, each with the 24-hour hours it holds (first,
# last): morning 00:00-11:59 (as AM), daytime from 11:00 ("ƙarfe 11 na rana") to 16:59
# ("ƙarfe 4 na rana"), afternoon and evening 12:00-23:59 (as PM), night 18:00-23:59 (from 12
# to 5 unread, above).
_DAY_PARTS = {
    "safe": (0, 11),
    "safiya": (0, 11),
    "asuba": (4, 7),  # dawn
    "rana": (11, 16),
    "yamma": (12, 23),
    "dare": (18, 23),
}
_PART = "|".join(sorted(_DAY_PARTS, key=len, reverse=True))
# "(da) ƙarfe 2:30 na rana", "karfe 8 na safe" (the hooked ƙ typed as k or not), "2:30 na
# yamma" (a time with its part after it, "ƙarfe" or not), "ƙarfe 14:30" (no part: a 24-hour
# time, the word dropped).
_CLOCK = re.compile(
    r"(?<![\w.:])(?:(?P<at>(?:da\s+)?[kƙ]arfe)\s+)?"
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?(?![\d:])"
    rf"(?:\s+na\s+(?P<part>{_PART})(?![^\W\d_]))?",
    re.IGNORECASE,
)


def _hour(written: int, part: str) -> int | None:
    """The 24-hour hour of ``written`` o'clock (1 to 12) said in ``part`` of the day, or None
    when the part's span (:data:`_DAY_PARTS`) holds neither of its two readings."""
    first, last = _DAY_PARTS[part.casefold()]
    for hour in (written % 12, written % 12 + 12):
        if first <= hour <= last:
            return hour
    return None


def hausa_date(value: str) -> str:
    """``value`` (a date a Hausa page or record gives: str) without Hausa's words between its
    numbers and names (:data:`_DATE_WORDS`) and with its time of day as ``HH:MM`` (24-hour):
    "Litinin, 7 Disamba 2026" for "Litinin, 7 ga Disamba 2026", "7 Disamba 2026 14:30" for "7
    ga watan Disamba 2026 ƙarfe 2:30 na rana"; a night's hour from 12 to 5, or an hour its
    part of the day cannot hold ("ƙarfe 9 na safe" is 09:00, "ƙarfe 9 na rana" none), is cut
    with its words, the day kept.  Never raises for a string."""
    text = _DATE_WORDS.sub(" ", value)

    def clock(found: re.Match[str]) -> str:
        if found["part"] is None:
            # "ƙarfe 14:30": a 24-hour time; a number without "ƙarfe" is a day or a year
            if found["at"] is None:
                return found[0]
            return f"{int(found['h']):02d}:{found['m'] or '00'}"
        written = int(found["h"])
        hour = _hour(written, found["part"]) if 1 <= written <= 12 else None
        return "" if hour is None else f"{hour:02d}:{found['m'] or '00'}"

    return re.sub(r"\s{2,}", " ", _CLOCK.sub(clock, text)).strip(" ,")
