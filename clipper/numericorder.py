"""The order of a numeric date's day and month where either reads ("12/03/2026": 12 March or 3
December), settled by the page's language, its address's month, its agency dateline's and its
fetch (:func:`numeric_order`): htmldate reads such a date day first on every page.  Moved out of
:mod:`clipper.dumpdates` (a text dump's dateline lines), with which it shares nothing but
:func:`clipper.linedates.possible_day`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime

from clipper.dumpdates import date_line_sized, update_line
from clipper.linedates import line_date, possible_day
from clipper.localdates import ascii_date_digits

__all__ = ["numeric_order"]


# A date of numbers whose day and month may be either ("12/03/2026", "3-12-2026", "12/03/26":
# a two-digit year is 20YY): both under 13 and not the same (then either order gives one day).
_EITHER_ORDER = re.compile(r"(?<![\d/.\-])(\d{1,2})([/\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.\-])")


# A year and month an address names: path segments ("/2026/12/", "/2026/12/04/") or a whole date
# in a segment ("/rail-upgrade-2026-12-04"): the page's own evidence of its month.
_ADDRESS_MONTH = re.compile(
    r"(?<![\d])((?:19|20)\d\d)(?:/(0?[1-9]|1[0-2])(?=/|$)|-(0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
    r"(?!\d))"
)


def _address_months(address: str | None) -> set[tuple[int, int]]:
    """The years and months ``address`` (a page's URL) names (:data:`_ADDRESS_MONTH`)."""
    if not address:
        return set()
    path = re.sub(r"^[a-z]+://[^/]*", "", address, flags=re.IGNORECASE)
    return {(int(found[1]), int(found[2] or found[3])) for found in _ADDRESS_MONTH.finditer(path)}


def _by_evidence(
    stated: date,
    other: date,
    evidence: set[tuple[int, int]],
    limit: date,
    latest: datetime | None = None,
) -> date | None:
    """Of a numeric date's two readings, the one the language ``stated`` or the ``other``, the
    one the page's ``evidence`` (years and months its address or its dateline names) supports:
    ``stated`` when there is none or it agrees, ``other`` when only it agrees, None when neither
    does; with no evidence, ``other`` when it is within :data:`clipper.config.
    NUMERIC_ORDER_WINDOW_DAYS` days before ``limit`` (the fetch's day) and ``stated`` is not.
    A reading no page fetched at ``latest`` can have (:func:`possible_day`) is none."""
    from clipper.config import NUMERIC_ORDER_WINDOW_DAYS

    possible = [day for day in (stated, other) if possible_day(day.isoformat(), latest)]
    if evidence:
        agreeing = [day for day in possible if (day.year, day.month) in evidence]
        return agreeing[0] if agreeing else None
    near = [day for day in possible if (limit - day).days <= NUMERIC_ORDER_WINDOW_DAYS]
    if stated not in near and other in near:
        return other
    return stated if stated in possible else None


def numeric_order(
    guess: str | None,
    lines: Iterable[str],
    latest: datetime | None,
    address: str | None = None,
    dateline: str | None = None,
) -> str | None:
    """htmldate's ``guess`` of a page's day (``YYYY-MM-DD``), checked against the dates of
    numbers its ``lines`` give whose day and month may be either (:data:`_EITHER_ORDER`):
    htmldate reads them day first, so "12/03/2026" is 12 March on every page.  When ``guess``
    is such a date's day-first reading: kept on a page that writes the day first
    (:func:`clipper.localeorders.day_first`), its month-first reading on one that writes the
    month first (:func:`clipper.localeorders.month_first`: ``en-US``, ``es-US``, ``fil``, a US
    zone after its time), and on a page that says neither the one of the two readings within
    :data:`clipper.config.NUMERIC_ORDER_WINDOW_DAYS` days before ``latest`` (its fetch; now
    when unknown), when only one is; else None (the page stays undated and is counted).  Any
    other ``guess`` is returned as it is.  Newcomer 31 (F-B): an ``en-US`` page's "12/03/2026"
    fetched on 4 December was dated 12 March, guessed.

    The language's reading must agree with the page's own evidence when it gives some
    (:func:`_by_evidence`): the year and month of its ``address`` (``/2026/12/``, a
    ``2026-12-04`` in it) and of its ``dateline`` (an agency's "Dec 4 (PTI)", ISO 8601), else
    the fetch (the other reading days before it, the language's months before); the other
    reading is taken when only it agrees, neither when evidence contradicts both (left undated,
    counted: the order is in doubt).  Newcomer 38b (F1): an Indian ``en-US`` WordPress page's
    "04-12-2026 16:10" under ``/2026/12/`` and "Dec 4 (PTI)" was dated 12 April."""
    from clipper.config import NUMERIC_ORDER_WINDOW_DAYS
    from clipper.localeorders import day_first, month_first, zone_day_first

    if guess is None:
        return None
    limit = (latest or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None).date()
    for line in lines:
        text = ascii_date_digits(line)
        for found in _EITHER_ORDER.finditer(text):
            first, second, year = int(found[1]), int(found[3]), int(found[4])
            year += 2000 if len(found[4]) == 2 else 0
            if first == second or first > 12 or second > 12:
                continue
            american, european = date(year, first, second), date(year, second, first)
            if guess[:10] not in (european.isoformat(), american.isoformat()):
                continue  # the day is neither reading of this date
            evidence = _address_months(address)
            if dateline:
                evidence.add((int(dateline[:4]), int(dateline[5:7])))
            if day_first() or zone_day_first(text) or month_first(text):
                european_first = day_first() or zone_day_first(text)
                stated, other = (european, american) if european_first else (american, european)
                chosen = _by_evidence(stated, other, evidence, limit, latest)
                return None if chosen is None else _timed(chosen, guess, line, found)
            if guess[:10] != european.isoformat():
                continue  # htmldate's day is not this date's day-first reading
            near = [
                day
                for day in (american, date(year, second, first))
                if 0 <= (limit - day).days <= NUMERIC_ORDER_WINDOW_DAYS
            ]
            return _timed(near[0], guess, line, found) if len(near) == 1 else None
    return guess


def _timed(day: date, guess: str, line: str, found: re.Match[str]) -> str:
    """``day`` (the reading chosen of ``found``, an either-order date of ``line`` in ASCII
    digits) as ISO 8601 with ``guess``'s time when it has one, else with the time of day
    ``line`` gives after its date with its offset or zone: ``line`` of a date line's size
    (:func:`clipper.dumpdates.date_line_sized`) and no update's (:func:`clipper.dumpdates.
    update_line`), read with that date written as ISO 8601 (:func:`clipper.linedates.
    line_date`): "Monday, 12/7/2026, 14:50 GMT+7" as "2026-12-07T14:50:00+07:00" (VnExpress
    International's), "… 14:50 (UTC+07:00)", "… 14:50 WIB".  The day alone when the line gives
    no time, a time of no zone (whose order in doubt leaves it a guess: "03/12/2026 - 14:30"),
    or another day.  Session 50: a stamp with its offset on an English page was stored as its
    day alone, guessed, without its time."""
    if len(guess) > 10 or not date_line_sized(line) or update_line(line):
        return day.isoformat() + guess[10:]
    text = ascii_date_digits(line)
    when = line_date(text[: found.start()] + day.isoformat() + text[found.end() :])
    if when is None or when[:10] != day.isoformat() or len(when) <= 10:
        return day.isoformat()
    return when if datetime.fromisoformat(when).tzinfo is not None else day.isoformat()
