"""A date written without its year ("Updated 3:15 PM CST Dec 3", "Dec 3, 4:05 PM", "Posted
Thursday, Dec. 3"), as US local sites print a recent story's stamp, read with the year of the
page's fetch: the latest year that puts it no later than the fetch (a "Dec 31" fetched on 2
January is of the year before).  Newcomer 31 (F-C, F-K): such a record field and such a line
under an HTML page's headline left the page undated without a word.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

__all__ = ["japanese_stamp", "yearless_date"]

# A year anywhere in the value: then it is no yearless date.
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# A day of the month, a number of one or two digits not part of a time ("3:15").
_DAY = re.compile(r"(?<![\d:.])(?:0?[1-9]|[12]\d|3[01])(?![\d:])")
# Longer values are a sentence, not a stamp.
_MAX_CHARS = 48
# A reading this much after the fetch is still of the fetch's year: a site's clock, a zone
# east of the fetch's (the same slack a dated stamp is allowed: clipper.pubwindows).
_SLACK = timedelta(hours=14)
# A reading later than the fetch is of the year before only when it is this far after it (a
# "Dec 31" fetched on 2 January); one a few days or months after the fetch is no date at all.
_YEAR_BACK = timedelta(days=183)


# Yahoo!ニュース's stamp under a headline: the month and day with a slash, the weekday in
# brackets, the time, then 配信 (distributed: posted) or 更新 (updated): "12/7(月) 14:30配信"
# (newcomer 49b: the page was left undated and the line in its text).
_JA_STAMP = re.compile(
    r"(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])\s*[(（][月火水木金土日][)）]\s*"
    r"(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d)\s*(?P<label>配信|更新)?"
)


def japanese_stamp(line: str) -> bool | None:
    """Whether ``line`` is a Japanese portal's yearless stamp (:data:`_JA_STAMP`, "12/7(月)
    14:30配信"), an update's ("12/7(月) 15:10更新", "最終更新:12/7(月) 12:10": True) or the
    posting's (False); None when it is none.  A posting or update label of the language
    tables may open it (Yahoo!ニュース's "最終更新:12/7(月) 12:10" ending its article:
    newcomer 49b, the update was not stored and the line stayed in the text)."""
    found = _stamp(line)
    if found is None:
        return None
    stamp, label = found
    return stamp["label"] == "更新" or label == "updated"


def _stamp(line: str) -> tuple[re.Match[str], str | None] | None:
    """``line``'s Japanese portal stamp (:data:`_JA_STAMP`) and the kind of the language tables'
    label before it (``"updated"``, ``"posted"``, or None when it has none); None when it is
    none."""
    text = " ".join(line.split())
    found = _JA_STAMP.fullmatch(text)
    if found is not None:
        return found, None
    if not text[:1].isalpha():
        return None
    from clipper.furniture.compiled import matchers  # the language tables: loaded when asked
    from clipper.linedates import LABEL_EDGES

    tables = matchers()
    label = tables.timestamp.match(text) if tables.timestamp is not None else None
    if label is None:
        return None
    found = _JA_STAMP.fullmatch(text[label.end() :].lstrip(LABEL_EDGES))
    if found is None:
        return None
    updated = tables.updated is not None and tables.updated.match(text) is not None
    return found, "updated" if updated else "posted"


def yearless_date(value: str, fetched: str | None) -> str | None:
    """``value`` (a date value or line without a year; a Japanese portal's stamp,
    :func:`japanese_stamp`) read as
    :func:`clipper.read.declareddates.declared_date` reads it with the year of ``fetched``
    (ISO 8601, the page's fetch time), or of the year before when that reading is later than
    the fetch; ISO 8601 with the time and zone it gives.  None when ``fetched`` is None or
    unreadable, when the reading of ``fetched``'s year is later than the fetch by less than
    half a year (no date of this page), when ``value`` holds a year, no day of the month or
    no letter (a month's name), or does not read as a whole date with a year added (a time
    alone, "Updated 3:15 PM CST")."""
    text = " ".join(value.split())
    if (
        not fetched
        or not text
        or len(text) > _MAX_CHARS
        or _YEAR.search(text)
        or not _DAY.search(text)
        or not any(c.isalpha() for c in text)
    ):
        return None
    try:
        base = datetime.fromisoformat(fetched.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    base = base.astimezone(UTC) if base.tzinfo is not None else base.replace(tzinfo=UTC)
    from clipper.read.declareddates import declared_date  # clipper.read imports its users

    stamped = _stamp(text)
    stamp = stamped[0] if stamped is not None else None
    for year in (base.year, base.year - 1):
        if stamp is not None:  # "12/7(月) 14:30配信": no order of its numbers in doubt
            month, day = int(stamp["m"]), int(stamp["d"])
            hour, minute = stamp["t"].split(":")
            when, _ = declared_date(f"{year}-{month:02d}-{day:02d}T{int(hour):02d}:{minute}:00")
        else:
            when, _ = declared_date(f"{text} {year}")
        if when is None:
            return None
        moment = datetime.fromisoformat(when)
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        if len(when) <= 10 and moment.date() <= (base + _SLACK).date():
            return when
        if len(when) > 10 and moment <= base + _SLACK:
            return when
        if moment - base < _YEAR_BACK:
            return None  # a few days or months after the fetch: no date of this page
    return None
