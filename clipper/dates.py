"""The dates and spans every command takes (``--since``, ``--until``): one parser for all.

A value is either a span back from now, ``30m``, ``24h``, ``7d`` or ``2w`` (minutes, hours,
days, weeks; whole numbers), ``today`` or ``yesterday`` (the whole UTC day: ``--since yesterday
--until yesterday`` is yesterday's clippings), or an ISO 8601 date or date-time: ``2026-11-30``,
``2026-11-30T06:00:00``, ``2026-11-30T06:00:00+01:00`` or ``...Z``.  Times without an offset are
UTC, as the archive stores them, or of the zone ``--tz`` names (:func:`reader_zone`), whose
days ``today``, ``yesterday`` and dates then are; a time with an offset is converted to UTC.
Any other value is read as the pages' date lines are (:func:`clipper.linedates.line_date`):
a date written out as a page writes it, "令和8年12月7日", "2026年12月7日 14時30分", "۱۶ آذر
۱۴۰۵", "7 декабря 2026", "7. Dezember 2026" (newcomer 49b: ``clusters --since 令和8年12月7日``
was refused); a numeric date whose day and month may be either ("03/12/2026") is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from clipper.quoting import quoted

__all__ = [
    "FORMS",
    "DateError",
    "day_start",
    "declared_offset",
    "offset_of_twin",
    "parse_when",
    "placeholder_date",
    "reader_zone",
    "utc_now",
    "zone_name",
    "zoned",
    "zoned_times",
    "zoneless_time",
]

# What to write instead, for every error message and every --help.
FORMS = (
    "a span back from now (30m, 24h, 7d, 2w), today, yesterday "
    "or a date (2026-11-30, 2026-11-30T06:00:00)"
)

_SPAN = re.compile(r"^\s*(\d{1,6})\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_DAYS_BACK = {"today": 0, "yesterday": 1}


# The first year a publication date can have: earlier ones are what systems write for "no date"
# (a CMS's empty DateTime, "0001-01-01T00:00:00Z"; SQL Server's 1753-01-01), never a page's day.
FIRST_YEAR = 1900
# Whole days that stand for "no date": the zero of Unix time (1969-12-31 west of UTC) and of
# spreadsheets and databases.
_NO_DATE_DAYS = frozenset({"1970-01-01", "1969-12-31", "1900-01-01"})
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def placeholder_date(value: str) -> bool:
    """Whether an ISO 8601 date or date-time is a stand-in for "no date", not a publication
    date: before :data:`FIRST_YEAR` (``0001-01-01T00:00:00Z``, Gannett's JSON-LD for a page
    that also says "Published Nov 19, 2019") or on 1970-01-01 or 1900-01-01 (an epoch of 0, a
    spreadsheet's empty date).  A value that is not ISO 8601 is no placeholder."""
    day = _ISO_DAY.match(value)
    if day is None:
        return False
    return int(day.group(1)) < FIRST_YEAR or "-".join(day.groups()) in _NO_DATE_DAYS


def offset_of_twin(value: str, others: Iterable[str]) -> str:
    """``value`` (an ISO 8601 time a page declares without an offset: JSON-LD's
    ``"2024-08-05 20:59:59.0"``) with the offset of another of the page's own times that gives
    the same wall time to the minute with one (``<meta name="date"
    content="2024-08-05T20:59:59+02:00">``, ``og:updated_time``): ``"2024-08-05T20:59:59+02:00"``.
    ``value`` as it is when it has an offset or no time of day, when no other time gives its
    wall time with an offset, or when two that do give different offsets (then its zone stays
    unknown, as the README says of a time without one).  ``others``: ISO 8601 strings (others
    are passed over)."""
    try:
        naive = datetime.fromisoformat(value.strip())
    except ValueError:
        return value
    if naive.tzinfo is not None or len(value.strip()) <= 10:
        return value
    minute = naive.replace(second=0, microsecond=0)
    offsets = set()
    for other in others:
        if not isinstance(other, str) or len(other) > 40:
            continue
        try:
            twin = datetime.fromisoformat(other.strip().replace("Z", "+00:00"))
        except ValueError:
            continue
        if twin.tzinfo is not None and twin.replace(second=0, microsecond=0, tzinfo=None) == minute:
            offsets.add(twin.utcoffset())
    if len(offsets) != 1:
        return value
    (offset,) = offsets
    assert offset is not None
    return naive.replace(tzinfo=timezone(offset)).isoformat()


def zoneless_time(written: str | None, stored: str | None) -> bool | None:
    """Whether a publication time is one its source wrote without a time zone (what
    ``pages.published_zoneless`` keeps, migration 0031): ``written`` is the date as the page or
    its crawler gave it (ISO 8601 or RFC 2822: ``Article.published``), ``stored`` what the
    archive keeps of it (``clipper.pipeline.publication_time``).  True for a time of day with
    no offset ("2026-12-02T14:30:00", stored as written: the source's clock, not UTC); False
    for one with an offset or zone (stored in UTC; RFC 2822's ``-0000`` is UTC too); None when
    ``stored`` is a date or None (a day has no zone to lose) or ``written`` cannot be read."""
    if written is None or stored is None or len(stored) <= 10:
        return None
    text = written.strip()
    parsed = _written_time(text)
    if parsed is None:
        return None
    if parsed.tzinfo is None and text.endswith("-0000"):
        return False  # RFC 2822's "-0000" (an ISO time with it has its offset: UTC)
    return parsed.tzinfo is None


def _written_time(text: str) -> datetime | None:
    """``text``, a publication time as a page or its crawler wrote it, read as ISO 8601 (a
    trailing "Z" is UTC) or else RFC 2822; None when it is neither."""
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None


def declared_offset(written: str | None, stored: str | None) -> int | None:
    """The offset, in minutes east of UTC, a publication time was written with (what
    ``pages.published_offset`` keeps, migration 0108): ``written`` is the date as the page or
    its crawler gave it (ISO 8601 or RFC 2822: ``Article.published``), ``stored`` what the
    archive keeps of it.  ``+120`` for "2026-12-07T14:30:00+02:00", ``-180`` for "…-03:00",
    ``0`` for "…Z"; None for a zoneless time (:func:`zoneless_time` True), a date or None
    ``stored``, and a ``written`` that cannot be read (RFC 2822's ``-0000``, "no zone stated",
    too).  Dates51: the offset of a ``.com`` site's "+02:00" was lost with the time stored in
    UTC, and ``published_local`` was null."""
    if zoneless_time(written, stored) is not False:
        return None
    assert written is not None
    parsed = _written_time(written.strip())
    offset = None if parsed is None else parsed.utcoffset()
    return None if offset is None else int(offset.total_seconds() // 60)


def zoned(value: str | None, clock: tzinfo = UTC) -> str | None:
    """A stored time as written out for programs: ISO 8601 with its zone, ``+00:00`` (the
    archive stores times in UTC without an offset, and reads a time stored without one as UTC
    everywhere).  ``2021-06-24T07:30:00`` → ``2021-06-24T07:30:00+00:00``, which pandas reads
    as a UTC time (not a naive one) and :meth:`datetime.fromisoformat` as an aware one on every
    Python (``Z`` only from 3.11).  A date stays a date (``2021-06-24``: the day is known, not
    a time of it); a value with an offset is converted to UTC; one that is not ISO 8601 (an
    archive written by hand) and None are returned as they are.  ``clock``: the zone whose
    clock and offset the time is written in (``export --tz Europe/Warsaw``:
    ``2021-06-24T09:30:00+02:00``), UTC unless given."""
    if value is None or len(value) <= 10:
        return value
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(clock).isoformat()


# The keys of the JSON documents commands print (show, search, clusters) that hold a stored
# time: written with their zone by :func:`zoned_times`.  Not ``published``: a source's time
# without an offset is stored as the source wrote it (its zone is unknown: CC-News writes
# "2017-12-01 19:38:11"), so it is written out as stored, without an offset made up for it.
TIME_KEYS = frozenset(
    {"date", "fetched_at", "last_fetched_at", "seen_at", "first_seen", "last_seen"}
)


def zoned_times(document: Any) -> Any:
    """``document`` (a command's JSON document: dicts, lists, values) with every value under a
    :data:`TIME_KEYS` key written by :func:`zoned`; changed in place, and returned.  A
    ``date`` beside a true ``date_zoneless`` (a publication time its source wrote without a
    zone, ``pages.published_zoneless``), and a ``first_seen`` or ``last_seen`` beside a true
    ``first_seen_zoneless`` or ``last_seen_zoneless`` (:func:`clipper.seentimes.wall_seen`),
    stays as written, without an offset made up for it."""
    if isinstance(document, dict):
        for key, value in document.items():
            if document.get(f"{key}_zoneless") is True:
                continue
            if key in TIME_KEYS and (value is None or isinstance(value, str)):
                document[key] = zoned(value)
            else:
                zoned_times(value)
    elif isinstance(document, list):
        for item in document:
            zoned_times(item)
    return document


class DateError(ValueError):
    """A date or span that cannot be read; the message names the option and what to write."""


def reader_zone(name: str | None) -> tzinfo:
    """The zone ``--tz`` names (an IANA name, ``Asia/Jakarta``, ``Europe/Berlin``, ``UTC``,
    read by :mod:`zoneinfo`); for None or "" the machine's own zone (tzlocal: ``TZ``, else
    ``/etc/localtime``), what cron's schedule goes by, UTC when the machine says none.
    Raises :class:`DateError` naming the value for a name the time-zone database lacks
    ("WIB" and "+07:00" too: an abbreviation or an offset has no daylight-saving rules)."""
    if not name or not name.strip():
        return _machine_zone()
    wanted = name.strip()
    try:
        return ZoneInfo(wanted)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    # spelled in another case ("asia/jakarta", "utc"): the one name it can be
    from zoneinfo import available_timezones

    same = [known for known in available_timezones() if known.casefold() == wanted.casefold()]
    if len(same) == 1:
        return ZoneInfo(same[0])
    raise DateError(
        f"{quoted(name)} is not a time zone: give an IANA name such as Asia/Jakarta, "
        "Europe/Berlin, America/Los_Angeles or UTC"
    )


def _machine_zone() -> tzinfo:
    from tzlocal import reload_localzone  # what TZ or /etc/localtime names, read anew

    try:
        return reload_localzone()
    except (LookupError, ValueError, OSError):  # a TZ naming no zone, an unreadable file
        return UTC


def zone_name(moment: datetime) -> str:
    """How an aware ``moment``'s zone is written after it: its abbreviation where the
    time-zone database has one (``UTC``, ``WIB``, ``CET``, ``CEST``, ``PST``), else its
    offset, ``UTC+04`` (the database writes ``+04`` for Asia/Dubai), ``UTC+05:30``."""
    name = moment.tzname() or ""
    if name == "UTC" or (name and name[0] not in "+-" and not name.startswith("UTC")):
        return name
    offset = moment.utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}" + (f":{minutes % 60:02d}" if minutes % 60 else "")


def utc_now() -> datetime:
    """Now, as a naive UTC datetime (how the archive compares times)."""
    return datetime.now(UTC).replace(tzinfo=None)


def parse_when(
    value: str, option: str, now: datetime | None = None, zone: tzinfo | None = None
) -> tuple[datetime, bool]:
    """``value`` → (naive UTC datetime, whether it names a time of day, not a whole day).

    A span is counted back from ``now`` (naive UTC; default :func:`utc_now`) and names a time;
    ``today`` / ``yesterday`` name ``now``'s day in ``zone`` (``--tz``; None: UTC) and the one
    before, as a date does (a whole day is returned as its midnight, the day itself: where it
    starts in ``zone`` is :func:`day_start`); a date-time without an offset is a time in
    ``zone``; a span reaching before year 1 gives ``datetime.min`` (it covers everything).
    ``option`` (e.g. ``"--since"``) only names the value in the message of the
    :class:`DateError` raised for anything else.
    """
    span = _SPAN.match(value)
    if span:
        amount, unit = int(span.group(1)), span.group(2).lower()
        start = now if now is not None else utc_now()
        try:
            return start - timedelta(**{_UNITS[unit]: amount}), True
        except OverflowError:
            return datetime.min, True
    raw = value.strip()
    if raw.lower() in _DAYS_BACK:
        current = now if now is not None else utc_now()
        if zone is not None:
            current = current.replace(tzinfo=UTC).astimezone(zone)
        day = current.date() - timedelta(_DAYS_BACK[raw.lower()])
        return datetime.combine(day, datetime.min.time()), False
    try:
        if len(raw) == 10:
            return datetime.combine(date.fromisoformat(raw), datetime.min.time()), False
        parsed = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        written = _written_date(raw)
        if written is None:
            raise DateError(
                f"{option} {quoted(value)} is not a date or a span: use {FORMS}"
            ) from None
        if len(written) == 10:
            return datetime.combine(date.fromisoformat(written), datetime.min.time()), False
        parsed = datetime.fromisoformat(written)
    if parsed.tzinfo is None and zone is not None:
        parsed = _in_zone(parsed, zone)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed, True


def _written_date(value: str) -> str | None:
    """``value`` as a page's date line is read (:func:`clipper.linedates.line_date`: ISO 8601,
    a day alone or a time with the offset its zone gives), else None.  The readers (dateparser,
    htmldate) are imported here, by a value no ISO form reads: ``show``, ``clusters`` and
    ``stories`` start without them (tests/test_startup.py)."""
    from clipper.linedates import line_date

    return line_date(value) if value else None


def day_start(day: date, zone: tzinfo | None = None) -> datetime:
    """Where ``day`` starts in ``zone`` (None: UTC), as a naive UTC datetime: 2026-12-02 in
    Asia/Jakarta starts 2026-12-01 17:00 UTC, in America/Los_Angeles 2026-12-02 08:00 UTC."""
    midnight = datetime.combine(day, datetime.min.time())
    if zone is None:
        return midnight
    try:
        return _in_zone(midnight, zone).astimezone(UTC).replace(tzinfo=None)
    except OverflowError:  # the first or last day there is: no zone moves it
        return midnight


def _in_zone(moment: datetime, zone: tzinfo) -> datetime:
    """A naive wall time read in ``zone``; one a clock change skips (02:30 on a spring-forward
    night) or repeats is taken at its first reading (``fold=0``)."""
    try:
        return moment.replace(tzinfo=zone)
    except (OverflowError, ValueError):
        return moment.replace(tzinfo=UTC)
