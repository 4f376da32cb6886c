"""Swahili time of day: the hours counted from 6 in the morning and 6 in the evening.

Swahili's clock starts its day at sunrise: "saa 1 asubuhi" (the first hour of the morning) is
07:00, "saa 3:20 asubuhi" 09:20, "saa 2 usiku" 20:00. A Western reader takes "saa 3:20" for
03:20 (newcomer 46, finding 1: Mwananchi's "Jumapili, Desemba 6, 2026 — saa 3:20 asubuhi" was
stored as 03:20). The Western hour is the written one plus 6, modulo 12; the part of the day
after it (asubuhi, mchana, jioni, usiku, alfajiri) says which half of the day it is in.

:func:`swahili_time` rewrites such a time as ``HH:MM`` (24-hour) before any date reader sees it;
a "saa N" with no part of the day, or one its part does not hold (night's hours after midnight:
which side of midnight a writer counts from is not said, as for Urdu's "رات 2 بجے"), is cut from
the value, so its day alone is read and the time is never read as a Western one.
"""

from __future__ import annotations

import re

__all__ = ["swahili_time", "unread_swahili_time"]

# The parts of the day, each with the 24-hour hours it holds (first, last): dawn's "saa 10
# alfajiri" is 04:00; morning's from "saa 10 asubuhi" (04:00) to "saa 6 asubuhi" (noon);
# daytime's "mchana" from 10:00 ("saa 4 mchana") to 17:00 ("saa 11 mchana"); evening's "jioni"
# from 15:00 ("saa 9 jioni") to 20:00 ("saa 2 jioni"); night's "usiku" from 19:00 ("saa 1
# usiku") to 23:00 ("saa 5 usiku"). A Western hour is one of two on a 24-hour clock; a part's
# span is shorter than 12 hours, so it holds at most one of them.
_DAY_PARTS = {
    "alfajiri": (3, 6),
    "asubuhi": (4, 12),
    "mchana": (10, 17),
    "jioni": (15, 20),
    "usiku": (19, 23),
}
_PART = "|".join(_DAY_PARTS)
# "saa 3:20 asubuhi", "saa 3 asubuhi", "saa 3.20 asubuhi", "3:20 asubuhi" (a time with its part
# of the day after it is on the Swahili clock, "saa" or not), "saa 10:45" (no part: unread).
# "za" ("of") may stand between ("saa 2 za usiku").
_SWAHILI_TIME = re.compile(
    rf"(?<![\w.:,])(?:(?P<saa>saa)\s+)?(?P<h>0?[1-9]|1[0-2])(?:[:.](?P<m>[0-5]\d))?(?![\d:])"
    rf"(?:\s+(?:za\s+)?(?P<part>{_PART})(?!\w))?"
    # East Africa's zone a site may print after the time ("saa 10:45 EAT"): cut with an unread one
    r"(?P<zone>\s*\(?EAT\)?(?!\w))?",
    re.IGNORECASE,
)


def _hour(written: int, part: str) -> int | None:
    """The 24-hour hour of Swahili ``written`` o'clock (1 to 12) in ``part`` of the day, or
    None when the part's span (:data:`_DAY_PARTS`) does not hold it."""
    western = (written + 6) % 12
    first, last = _DAY_PARTS[part.lower()]
    for hour in (western, western + 12):
        if first <= hour <= last:
            return hour
    return None


def _rewrite(value: str) -> tuple[str, bool]:
    if "saa" not in value.lower() and not any(p in value.lower() for p in _DAY_PARTS):
        return value, False
    unread = False

    def clock(found: re.Match[str]) -> str:
        nonlocal unread
        if not found["saa"] and not found["part"]:
            return found[0]  # a number alone: a day, a year's digits, not a time
        hour = _hour(int(found["h"]), found["part"]) if found["part"] else None
        if hour is None:
            unread = True
            return ""
        return f"{hour:02d}:{found['m'] or '00'}{found['zone'] or ''}"

    text = _SWAHILI_TIME.sub(clock, value)
    return (text.rstrip(" \t—–-,|·") if unread else text), unread


def swahili_time(value: str) -> str:
    """``value`` (a date line, a date field's value: str) with its Swahili time of day as
    ``HH:MM`` on a 24-hour clock: "Desemba 6, 2026 — 09:20" for "Desemba 6, 2026 — saa 3:20
    asubuhi", "… 20:00" for "… saa 2 usiku"; a "saa N" without a part of the day, or night's
    hours after midnight, cut (the day alone is then read: :func:`unread_swahili_time` says
    so); ``value`` itself when it holds no Swahili time. Never raises for a string."""
    return _rewrite(value)[0]


def unread_swahili_time(value: str) -> bool:
    """True when ``value`` holds a Swahili time :func:`swahili_time` cuts unread ("saa 10:45",
    "saa 2 usiku" after midnight's side not said: "saa 8 usiku"), for the run to count it."""
    return _rewrite(value)[1]
