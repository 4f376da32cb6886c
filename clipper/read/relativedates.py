"""A publication date a crawler wrote as a span back from its fetch ("il y a 3 heures", "vor 2
Stunden", "2 hours ago", "hace 3 horas", "3 godziny temu", "tegnap"), read as the fetch time
minus the span when the record says when it fetched the page (newcomer 29 finding 10: such
records were stored undated though their ``fetched_at`` was beside the value).

The span is read by dateparser's relative-time parser (its own word lists, in every language
clipper reads dates in; the Estonian, Lithuanian, Slovene and Nynorsk spans its lists miss are
written as English ones first: :data:`_UNITS`), with the fetch time as its ``RELATIVE_BASE``.
A span in minutes or hours gives a time (UTC, as the fetch time is); one in days or weeks
("vor 3 Tagen", "yesterday", "igår") a day, whose time of day the page never said: that many
days before the fetch's day on the site's clock (:func:`clipper.read.zones.page_clock_country`
of the page's address and stated country); months and years are too coarse to be any page's
date and are not read.  A day named from the fetch's with its time of day ("igår kl. 14.30",
"gestern, 14:30 Uhr", "hier à 14h30", "yesterday at 2:30 pm", "today at 7:10 am":
:func:`day_and_time`) is that wall time on the day before (or the day of) that day, as a time
written without a zone is (a zone it names, "kl. 14.30 (svensk tid)", is read).  Where the
site's clocks put the fetch on two days (no country known: UTC-12 to UTC+14), neither is read
(dates44: such stamps were unread, or read as UTC; daywords45: "igår" fetched at 23:30 UTC was
the UTC day before, a day early in Stockholm, where it was already the next day).  The reading
is a guess (``date_source`` "guessed"): the page's script counted the span from the moment it
served the page, which is the fetch only to within the crawler's own delays.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

__all__ = ["MAX_RELATIVE_DAYS", "day_alone", "day_and_time", "days_back", "relative_to_fetch"]

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
    (``"2026-12-03"``) for days and weeks, counted back from the fetch's day on the site's
    clock (:func:`_site_today`, inside :func:`clipper.read.zones.written_in`); None when
    ``fetched`` is None or unreadable, when ``value`` is no relative span dateparser reads,
    when it reaches further back than :data:`MAX_RELATIVE_DAYS`, or forward, or names a day
    where the site's clocks put the fetch on two days.  Never raises for a string."""
    text = value.strip()
    base = _base(text, fetched)
    if base is None:
        return None
    if (day_time := day_and_time(text)) is not None:
        return _on_the_day(*day_time, base)
    span = _span_back(text, base)
    if span is None:
        return None
    when, period = span
    if period in _TIME_PERIODS and _day_words()[0].match(text.translate(_APOSTROPHES)):
        # a day's word with a time :func:`day_and_time` does not read ("今日 14時05分" before
        # its hours were read): a wall time, which dateparser gives as the fetch's UTC clock
        return None
    if period in _TIME_PERIODS:
        return when.replace(tzinfo=UTC).isoformat()
    if period in _DAY_PERIODS:
        day = _site_today(base)
        return None if day is None else (day - (base.date() - when.date())).isoformat()
    return None


def days_back(value: str, fetched: str | None) -> int | None:
    """The days before the fetch's day ``value`` names when it is a span of days or weeks back
    from ``fetched`` (ISO 8601) that :func:`relative_to_fetch` reads on the site's clock
    ("vor 3 Tagen" → 3, "gestern" → 1, "3 weeks ago" → 21), whatever the site's clock; None for
    any other value (a span of hours, no span, one further back than
    :data:`MAX_RELATIVE_DAYS`).  What the run says of a value left unread for want of the
    site's day (:mod:`clipper.pipeline`)."""
    text = value.strip()
    base = _base(text, fetched)
    span = None if base is None else _span_back(text, base)
    if base is None or span is None or span[1] not in _DAY_PERIODS:
        return None
    return (base.date() - span[0].date()).days


def _base(text: str, fetched: str | None) -> datetime | None:
    """``fetched`` as a naive UTC datetime when ``text`` may be a span back from it (a short
    value holding a letter); else None (no fetch time, one that does not read)."""
    if not fetched or not text or len(text) > _MAX_CHARS or not any(c.isalpha() for c in text):
        return None
    try:
        base = datetime.fromisoformat(fetched.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if base.tzinfo is not None:
        base = base.astimezone(UTC).replace(tzinfo=None)
    return base


# Texts dateparser's relative-time parser read no span in, with the year and month of the base
# they were read from (:func:`_span_back`): each reading asks every language clipper reads
# dates in whether the text is of it (~6 ms a text; a one-day night's unread date lines repeat
# by the hundred, ~1 s CPU of the main process at 2,000 records, bench/HISTORY.md session 50).
_UNREAD_SPANS: set[tuple[str, int, int]] = set()
# at most this many kept (~100 bytes each; a text is at most _MAX_CHARS long)
_UNREAD_SPANS_KEPT = 65_536
# Bases of these years only: near datetime's ends a span dateparser reads elsewhere overflows
# (it then reads none), a span no base of these years meets short of a thousand years.
_UNREAD_SPAN_YEARS = range(1000, 9000)


def _span_back(text: str, base: datetime) -> tuple[datetime, str] | None:
    """The moment dateparser reads ``text`` as a span back from ``base`` (naive UTC) names,
    naive UTC to the second, and its period ("time", "day", "week"…); None when it reads
    none, or one forward or further back than :data:`MAX_RELATIVE_DAYS`.

    Whether dateparser reads a span at all depends on the text and on the base's year and
    month only (its words, every language's; a day of the month ahead of "last month", "the
    31st of last month", is one only in a month of 31 days), so a text it read none in is
    not read again from a base of the same month (:data:`_UNREAD_SPANS`): the same answers."""
    spelled = _spelled_back(text)
    key = (spelled, base.year, base.month)
    if key in _UNREAD_SPANS:
        return None
    try:
        data = _parser(base).get_date_data(spelled)
    except (ValueError, OverflowError, TypeError):
        return None
    when: datetime | None = data.date_obj
    if when is None:
        if base.year in _UNREAD_SPAN_YEARS and len(_UNREAD_SPANS) < _UNREAD_SPANS_KEPT:
            _UNREAD_SPANS.add(key)
        return None
    if when.tzinfo is not None:
        return None
    when = when.replace(microsecond=0)
    if when > base or base - when > timedelta(days=MAX_RELATIVE_DAYS):
        return None
    return when, str(data.period)


def _site_today(fetched: datetime) -> date | None:
    """The day ``fetched`` (naive UTC) is on the site's clocks
    (:func:`clipper.read.zones.page_clock_country`: 23:30 UTC on the 6th is the 7th in
    Stockholm, Berlin and Tokyo, the 6th in Lima); None where they put it on two days (a site
    of no known country: UTC-12 to UTC+14; the United States at 04:30 UTC)."""
    from clipper.read.zones import page_clock_country
    from clipper.sitezones import offsets

    earliest, latest = offsets(page_clock_country(), fetched)
    today = (fetched + earliest).date()
    return today if (fetched + latest).date() == today else None


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


# dateparser's relative types naming a day by the days back from today ("1 day ago":
# "yesterday", "igår", "gestern", "hier"…), and the day forward (a word both, Hindi's "कल",
# yesterday and tomorrow, is neither's)
_DAYS_BACK = {"0 day ago": 0, "1 day ago": 1, "2 day ago": 2}
_FORWARD = "in 1 day"
# What may stand between a day's word and its time ("kl.", "klo", "à", "alle", "a las", "um",
# "at", a comma): at most two short words, then the time, then at most a zone's words.
_CONNECTOR_WORDS = 2
# ... and after the time at most its half of the day and a zone ("pm", "Uhr", "(svensk tid)").
_AFTER_TIME_WORDS = 3
_TIME_FIRST = re.compile(
    r"(?<![\w.:])(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d|\s*h\b|\s*[ap]\.?\s?m\.?|\s*[時时시])",
    re.IGNORECASE,
)
# A time of day in Chinese, Japanese or Korean hours and minutes ("14時05分", "下午2时5分",
# "오후 2시 5분"), written as hours and minutes ("14:05") for the date reader, its half of the
# day kept.
_CJK_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*[時时시]\s*(?:([0-5]?\d)\s*[分분])?")
# Chinese and Japanese halves of the day written onto their hour ("午後2時05分", "下午2:05"):
# spaced, so that the hour stands as a number of its own.
_HALF_DAY_JOINED = re.compile(r"(午前|午後|上午|下午|中午|凌晨|早上|晚上)(?=\d)")
# A typographic apostrophe of a day's word ("aujourd’hui") as dateparser's tables write it.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


@functools.cache
def _day_words() -> tuple[re.Pattern[str], dict[str, int]]:
    """A pattern of every word dateparser's tables of the languages clipper reads dates in
    (:func:`clipper.monthnames.date_languages`) name a day by, today's, yesterday's or the day
    before's, opening a value, and each word (lower case) with its days back; a word two
    languages read as different days, or one that also names a day forward, is left out."""
    import importlib

    from clipper.monthnames import date_languages

    back: dict[str, set[int]] = {}
    forward: set[str] = set()
    for code in date_languages():
        try:
            module = importlib.import_module(f"dateparser.data.date_translation_data.{code}")
        except ImportError:
            continue
        types = module.info.get("relative-type", {})
        forward.update(word.lower() for word in types.get(_FORWARD, ()))
        for kind, days in _DAYS_BACK.items():
            for word in types.get(kind, ()):
                back.setdefault(word.lower(), set()).add(days)
    words = {
        word: next(iter(days))
        for word, days in back.items()
        if len(days) == 1
        and word not in forward
        and len(word) > 1
        and not any(c.isdigit() for c in word)
    }
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:{names})(?![^\W\d_])", re.IGNORECASE), words


def day_and_time(value: str) -> tuple[int, str] | None:
    """``(days back from the fetch's day, the time as written)`` of ``value`` when it is a day
    named from today's (dateparser's words for today, yesterday and the day before, in the
    languages clipper reads dates in: "igår", "i går", "eilen", "gestern", "hier", "ayer",
    "yesterday", "today") with its time of day after it, at most two short words between
    ("igår kl. 14.30" → ``(1, "kl. 14.30")``, "gestern, 14:30 Uhr" → ``(1, "14:30 Uhr")``),
    then at most three words (its half of the day, a zone); else None (a day alone,
    "gestern", is a span of days: :func:`relative_to_fetch`)."""
    pattern, words = _day_words()
    text = value.strip().translate(_APOSTROPHES)
    found = pattern.match(text)
    if found is None:
        return None
    if text[found.end() : found.end() + 1] == "'":
        return None  # a possessive: "Today's papers 14:05"
    rest = _HALF_DAY_JOINED.sub(r"\1 ", text[found.end() :].strip(" \t,-–—|·"))
    time = _TIME_FIRST.search(rest)
    if time is None or len(rest[: time.start()].split()) > _CONNECTOR_WORDS:
        return None
    if any(c.isdigit() for c in rest[: time.start()]):
        return None
    if len(rest[time.end() :].split()) > _AFTER_TIME_WORDS:
        return None  # a sentence goes on: "Today at 10:00 the council meets…"
    return words[found.group(0).lower()], rest


def day_alone(value: str) -> int | None:
    """The days back from the fetch's day of ``value`` when it is one of :func:`day_and_time`'s
    day words and nothing else ("igår", "i går", "gestern", "Yesterday", "hier", "昨日" → 1;
    "heute", "Today" → 0), else None ("gestern, 14:30 Uhr", "gestern sagte er")."""
    pattern, words = _day_words()
    text = value.strip(" \t,.-–—|·:").translate(_APOSTROPHES)
    found = pattern.match(text)
    if found is None or found.end() != len(text):
        return None
    return words[found.group(0).lower()]


def _on_the_day(days: int, written: str, fetched: datetime) -> str | None:
    """``written`` (a time of day, "kl. 14.30") on the day ``days`` before ``fetched``'s (naive
    UTC) on the site's clock, as :func:`clipper.read.declareddates.declared_date` reads a date
    and time (ISO 8601, zoneless unless it names a zone); None where the site's clocks put the
    fetch on two days, or when the time is not read or is after the fetch."""
    from clipper.pubwindows import after_fetch
    from clipper.read.declareddates import declared_date
    from clipper.read.zones import page_clock_country

    today = _site_today(fetched)
    if today is None:
        return None  # the fetch's day is not known: "yesterday" may be either
    day = today - timedelta(days=days)
    written = _CJK_TIME.sub(lambda m: f"{int(m[1])}:{int(m[2] or 0):02d}", written)
    iso, _ = declared_date(f"{day.isoformat()} {written}")
    if iso is None or len(iso) <= 10 or iso[:10] != day.isoformat():
        return None
    iso = datetime.fromisoformat(iso).isoformat()
    return None if after_fetch(iso, fetched, None, page_clock_country()) else iso


# a night's records are fetched at many moments, each parser holds its base: a few kept
@functools.lru_cache(maxsize=16)
def _parser(base: datetime) -> Any:
    """dateparser's parser of spans back from ``base`` only, in the languages clipper reads
    dates in (:func:`clipper.monthnames.date_languages`)."""
    from dateparser import DateDataParser

    from clipper.monthnames import date_languages

    settings = {"PARSERS": ["relative-time"], "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": base}
    return DateDataParser(languages=list(date_languages()), settings=settings)
