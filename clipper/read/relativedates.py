"""A publication date a crawler wrote as a span back from its fetch ("il y a 3 heures", "vor 2
Stunden", "2 hours ago", "hace 3 horas", "3 godziny temu", "tegnap"), read as the fetch time
minus the span when the record says when it fetched the page (newcomer 29 finding 10: such
records were stored undated though their ``fetched_at`` was beside the value).

The span is read by dateparser's relative-time parser (its own word lists, in every language
clipper reads dates in; the Estonian, Lithuanian, Slovene and Nynorsk spans its lists miss are
written as English ones first: :data:`_UNITS`), with the fetch time as its ``RELATIVE_BASE``.
A span in minutes or hours gives a time (UTC, as the fetch time is); one in days or weeks
("vor 3 Tagen", "yesterday") a day, whose time of day the page never said; months and years
are too coarse to be any page's date and are not read.  The reading is a guess
(``date_source`` "guessed"): the page's script counted the span from the moment it served the
page, which is the fetch only to within the crawler's own delays.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime, timedelta
from typing import Any

__all__ = ["MAX_RELATIVE_DAYS", "relative_to_fetch"]

# A span further back than this is no publication date a crawler's field would hold as
# "… ago" (sites switch to the date after a day or a week): a value reading so is left unread.
MAX_RELATIVE_DAYS = 31
# Values longer than this are a sentence, not a date field.
_MAX_CHARS = 40
# dateparser's periods: a span counted in these gives a time of day, in these a day.
_TIME_PERIODS = frozenset({"time"})
_DAY_PERIODS = frozenset({"day", "week"})


def relative_to_fetch(value: str, fetched: str | None) -> str | None:
    """``value`` (a record's publication date as written, "il y a 3 heures") as ISO 8601 when
    it is a span back from ``fetched`` (the record's fetch time, ISO 8601): the fetch time
    minus the span, in UTC (``"2026-12-04T17:00:00+00:00"``) for minutes and hours, a date
    (``"2026-12-03"``) for days and weeks; None when ``fetched`` is None or unreadable, when
    ``value`` is no relative span dateparser reads, or when it reaches further back than
    :data:`MAX_RELATIVE_DAYS`, or forward.  Never raises for a string."""
    text = value.strip()
    if not fetched or not text or len(text) > _MAX_CHARS or not any(c.isalpha() for c in text):
        return None
    try:
        base = datetime.fromisoformat(fetched.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if base.tzinfo is not None:
        base = base.astimezone(UTC).replace(tzinfo=None)
    try:
        data = _parser(base).get_date_data(_spelled_back(text))
    except (ValueError, OverflowError, TypeError):
        return None
    when: datetime | None = data.date_obj
    if when is None or when.tzinfo is not None:
        return None
    when = when.replace(microsecond=0)
    if when > base or base - when > timedelta(days=MAX_RELATIVE_DAYS):
        return None
    if data.period in _TIME_PERIODS:
        return when.replace(tzinfo=UTC).isoformat()
    if data.period in _DAY_PERIODS:
        return when.date().isoformat()
    return None


# Spans back dateparser's tables do not read (its Estonian and Lithuanian know no "ago", its
# Slovene no "urama", its Norwegian is Bokmål's): each unit's word forms, by the English unit
# they are written as for it ("2 tundi tagasi" → "2 hours ago"; newcomer 30 finding 13: the
# Estonian span of a record was counted, the Finnish, Norwegian and Russian ones read).
_UNITS = {
    "minutes": r"minut(?:it|i|ut)?|minutę|minutes|minučių|minut[oa]|minutama|minutami"
               r"|minutt(?:ar|a)?",
    "hours": r"tund(?:i)?|valand(?:ą|as|ų|a)|ur[oa]?|urama|urami|time|timar",
    "days": r"päev(?:a)?|dien(?:ą|as|ų|a)|dnevom|dnevi|dnevoma|dag(?:ar)?",
    "weeks": r"nädal(?:at)?|savaitę|savaites|savaičių|tednom|tedni|tednoma|veke(?:r)?",
}  # fmt: skip
_SPANS_BACK = tuple(
    (
        re.compile(
            rf"^(?:(?:for\s+)?(?P<n1>\d{{1,3}})\s+(?:{words})\s+(?:tagasi|sidan)"
            rf"|(?:prieš|pred)\s+(?P<n2>\d{{1,3}})\s+(?:{words}))$",
            re.IGNORECASE,
        ),
        unit,
    )
    for unit, words in _UNITS.items()
)


def _spelled_back(text: str) -> str:
    """``text`` as an English span ("2 hours ago") when it is one of :data:`_UNITS`'s
    languages' ("2 tundi tagasi", "prieš 2 valandas", "pred 2 urama", "2 timar sidan"), else
    ``text`` itself."""
    for pattern, unit in _SPANS_BACK:
        if found := pattern.match(text):
            return f"{found['n1'] or found['n2']} {unit} ago"
    return text


# a night's records are fetched at many moments, each parser holds its base: a few kept
@functools.lru_cache(maxsize=16)
def _parser(base: datetime) -> Any:
    """dateparser's parser of spans back from ``base`` only, in the languages clipper reads
    dates in (:func:`clipper.localdates.date_languages`)."""
    from dateparser import DateDataParser

    from clipper.localdates import date_languages

    settings = {"PARSERS": ["relative-time"], "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": base}
    return DateDataParser(languages=list(date_languages()), settings=settings)
