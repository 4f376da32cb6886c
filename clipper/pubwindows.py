"""When a page can have been published, as a span of UTC time (rule 6 of
:mod:`clipper.canonical`: which page of a cluster came first).

A date says more or less of when: a time with its zone is one moment; a time written without
one ("2026-12-04 18:00", ``pages.published_zoneless``) is a wall clock, some moment between its
reading at the site's earliest and latest offset (:func:`clipper.sitezones.offsets`: Japan's
one, Indonesia's UTC+7 to +9; where the address names no country, those of the country the
page states it is of, ``<html lang="es-MX">``: :func:`clipper.sitezones.clock_country`; else
UTC-12 to UTC+14); a date alone
("2026-12-04") is some time of that day on such a clock.  A page fetched before the end of its
span was published by then (its fetch time, UTC, ends it).

:func:`earliest_first` orders pages by those spans: a page is before another when its span ends
before the other's begins; when neither is (the spans overlap: a day alone and a time of that
day, a zoneless time and a zoned one a few hours apart), the date does not decide and the
caller's order does.  Two zoneless times of sites whose clocks are unknown are read on
one clock, so the earlier wall time is before (a news-please record's naive ``date_publish``
beside another's: nothing says their clocks differ, and most copies of a wire story are
dated within a day, where their spans would otherwise always overlap).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from math import inf
from typing import TypeVar

from clipper.dates import zoned
from clipper.sitezones import clock_country, host_of, offsets, wall_time

T = TypeVar("T")
# (earliest, latest) seconds since the epoch, UTC ((-inf, inf) when nothing is known), the
# day of a date alone (its ordinal; inf for a time, or no date), and the wall time of a
# zoneless time on a site of no country, read as UTC (seconds; inf for any other date)
Span = tuple[float, float, float, float]
_EPOCH = datetime(1970, 1, 1)
_SECOND = timedelta(seconds=1)


def _seconds(moment: datetime) -> float:
    return (moment - _EPOCH).total_seconds()


def _utc(value: str) -> datetime:
    """An ISO 8601 time as a naive UTC datetime (one without an offset is taken as UTC)."""
    parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def publication_span(
    published: str | None,
    zoneless: bool | None = None,
    fetched_at: str | None = None,
    host: str | None = None,
    region: str | None = None,
    fetched_zoneless: bool | None = None,
) -> Span:
    """The span of UTC time in which a page dated ``published`` (as stored: ISO 8601, a time
    in UTC, a wall time when ``zoneless`` is True, or a date alone; None or ``"\\uffff"``:
    undated) can have been published, as seconds since the epoch; ``host``: its site's host,
    whose country code names its clocks (``clipper.sitezones``), else ``region``, the country
    the page states it is of (:func:`clipper.sitezones.clock_country`); ``fetched_at``: its earliest
    fetch (UTC), which ends the span; when ``fetched_zoneless`` is True, a wall time on the
    crawler's clock, of unknown zone (news-please's ``date_download``: the crawl machine's
    local time), which ends it at its latest moment, UTC-12 (:func:`fetch_bound`; read as UTC,
    a crawl at "03:12" made an Andean site's "08:55" surely earlier than a wire's 09:32 UTC:
    newcomer 33, F2).  A time written with a zone, or stored before migration 0031
    (``zoneless`` None), is a moment.  Undated, or a value that is not ISO 8601 (an
    archive written by hand): (-inf, inf)."""
    if published is None or published == "\uffff":
        return (-inf, inf, inf, inf)
    country = clock_country(host, region)
    day = wall_seconds = inf
    try:
        if len(published.strip()) <= 10:
            start = datetime.combine(date.fromisoformat(published.strip()), time())
            day = start.toordinal()
            earliest_offset, latest_offset = offsets(country, start + timedelta(hours=12))
            earliest = start - latest_offset
            latest = start + timedelta(days=1) - earliest_offset - _SECOND
        elif zoneless:
            wall = datetime.fromisoformat(published.strip()).replace(tzinfo=None)
            earliest_offset, latest_offset = offsets(country, wall)
            earliest, latest = wall - latest_offset, wall - earliest_offset
            if country is None:
                wall_seconds = _seconds(wall)
        else:
            moment = _utc(published)
            return (_seconds(moment), _seconds(moment), inf, inf)
    except (ValueError, OverflowError):
        return (-inf, inf, inf, inf)
    if fetched_at:
        with suppress(ValueError):
            latest = max(earliest, min(latest, fetch_bound(fetched_at, fetched_zoneless)))
    return (_seconds(earliest), _seconds(latest), day, wall_seconds)


def fetch_bound(fetched_at: str, zoneless: bool | None = None) -> datetime:
    """The latest UTC moment (naive) a fetch time can name: the time itself, stored in UTC;
    for a wall time its crawler wrote without a zone (``zoneless`` True), that wall time on
    the westernmost clock, UTC-12 (:func:`clipper.sitezones.offsets` of no country: the
    crawl machine's zone is not known).  ValueError for a value that is not ISO 8601."""
    if not zoneless:
        return _utc(fetched_at)
    wall = datetime.fromisoformat(fetched_at.strip()).replace(tzinfo=None)
    earliest_offset, _ = offsets(None, wall)
    return wall - earliest_offset


def zoneless_bounds(
    published: str | None, zoneless: bool | None, host: str | None, region: str | None = None
) -> tuple[str | None, str | None]:
    """The first and last UTC second (ISO 8601, ``YYYY-MM-DDTHH:MM:SS``) a time written without
    a zone (``zoneless`` True) can be on the clocks of the country its site's address names
    (``host``: :func:`clipper.sitezones.site_country`; else the one it states, ``region``):
    one moment twice where the country
    keeps one offset at that wall time (India's "2026-12-03T10:00:00" is 04:30 UTC), else the
    span of its offsets (Indonesia's "10:00" is 01:00 to 03:00 UTC).  (None, None) for a time
    with its zone, a date alone, no date, a value that is not ISO 8601, and a zoneless time of
    a site whose address names no country and that states none: what
    ``pages.published_from``/``published_to`` keep (migration 0057) for ``--since``/``--until``
    (:mod:`clipper.searchfilters`)."""
    country = clock_country(host, region)
    if not zoneless or country is None or published is None or len(published.strip()) <= 10:
        return None, None
    earliest, latest, _, _ = publication_span(published, True, None, host, region)
    if earliest == -inf:
        return None, None
    first, last = (
        (_EPOCH + timedelta(seconds=value)).isoformat(timespec="seconds")
        for value in (earliest, latest)
    )
    return first, last


def after_fetch(
    published: str, fetched_at: datetime, host: str | None, region: str | None = None
) -> bool:
    """Whether a page dated ``published`` (ISO 8601 as read: a time with its offset, a wall
    time without one, or a date alone) cannot have been published by ``fetched_at`` (naive
    UTC, or aware): the earliest UTC moment it can name (:func:`publication_span` on the clocks
    of the country ``host``'s address names, else the one the page states, ``region``, else
    UTC+14) is later.  A Hindi page's "11:40" fetched at 07:10 UTC is 06:10 UTC on an .in
    site's clock and may be 21:40 UTC the day before on a .com's: neither is after (newcomer
    28 finding 3: it was read as 11:40 UTC and dropped).  False for a value that is not ISO
    8601."""
    try:
        zoneless = datetime.fromisoformat(published.strip().replace("Z", "+00:00")).tzinfo is None
    except ValueError:
        return False
    earliest, _, _, _ = publication_span(published, zoneless, None, host, region)
    if fetched_at.tzinfo is not None:
        fetched_at = fetched_at.astimezone(UTC).replace(tzinfo=None)
    return earliest > _seconds(fetched_at)


def before_on_one_clock(first: str, then: str, host: str | None, region: str | None = None) -> bool:
    """Whether ``first`` (ISO 8601 as read: a time with its offset, a wall time without one, or
    a date alone) is surely before ``then``, two dates one page gives (its update and its
    publication): two days alone, or two wall times, compared as written (one page's times
    are on one clock, whatever it is); otherwise ``first``'s span ends before ``then``'s
    begins (:func:`publication_span` on the clocks of the country ``host``'s address names,
    else of the one the page states, ``region``, else UTC-12 to UTC+14).  False for a value
    that is not ISO 8601."""
    try:
        a, b = (
            datetime.fromisoformat(value.strip().replace("Z", "+00:00")) for value in (first, then)
        )
    except ValueError:
        return False
    a_day, b_day = len(first.strip()) <= 10, len(then.strip()) <= 10
    if a_day and b_day:
        return a.date() < b.date()
    if not a_day and not b_day and a.tzinfo is None and b.tzinfo is None:
        return a < b
    a_span = publication_span(first, a.tzinfo is None, None, host, region)
    b_span = publication_span(then, b.tzinfo is None, None, host, region)
    return a_span[1] < b_span[0]


def bounds_columns(
    published: str | None,
    zoneless: bool | None,
    url: str | None,
    site: str | None,
    region: str | None = None,
) -> dict[str, str | None]:
    """``pages.published_from``/``published_to`` of a page (:func:`zoneless_bounds` on the
    clocks of its address's host, else of its site: the host rule 6 reads; else of the
    country it states, ``region``)."""
    first, last = zoneless_bounds(published, zoneless, host_of(url) or site, region)
    return {"published_from": first, "published_to": last}


def utc_columns(
    published: str | None,
    zoneless: bool | None,
    url: str | None,
    site: str | None,
    region: str | None = None,
) -> dict[str, str | None]:
    """What a program needs to place a page's date on one UTC time line (``clipper export``'s
    ``published_utc``, ``published_from`` and ``published_to``: ISO 8601 with ``+00:00``).

    ``published_from``/``published_to``: the first and last UTC second the date can name
    (:func:`publication_span` without the fetch time, on the clocks of the country of the
    page's address, else of the one it states, ``region``: the clocks rule 6 and
    ``--since``/``--until`` read): a time written with its zone twice; a zoneless time on
    those clocks (India's "10:00" 04:30 UTC twice, Indonesia's 01:00 to 03:00 UTC, a site of
    no country's UTC-12 to UTC+14); a date alone, the whole day on those clocks.  A time stored
    before migration 0031, whose zone was not kept, is read as a zoneless time of no country
    (the span holds it whether it was stored in UTC or as written).
    ``published_utc``: the one moment, when the two are the same, else None.
    All three None for an undated page and a value that is not ISO 8601."""
    none: dict[str, str | None] = {
        "published_utc": None,
        "published_from": None,
        "published_to": None,
    }
    if published is None or published == "\uffff":
        return none
    value = published.strip()
    if len(value) > 10 and zoneless is False:  # one moment, stored in UTC
        moment = zoned(value)
        if moment is None or len(moment) <= 10 or moment == value:  # not ISO 8601
            return none
        return {"published_utc": moment, "published_from": moment, "published_to": moment}
    if len(value) > 10 and zoneless is None:  # before 0031: UTC, or a wall time, unknown
        zoneless, country = True, None
    else:
        country = clock_country(host_of(url) or site, region)
    first, last = _utc_span(value, bool(zoneless), country)
    return {
        "published_utc": first if first == last else None,
        "published_from": first,
        "published_to": last,
    }


def local_column(
    published: str | None,
    zoneless: bool | None,
    url: str | None,
    site: str | None,
    region: str | None = None,
    offset: int | None = None,
) -> str | None:
    """``clipper export``'s ``published_local``: the page's date on its site's own clock, in one
    meaning, a wall time without an offset (``YYYY-MM-DDTHH:MM:SS``) or a date alone.  A time
    written without a zone (``zoneless`` True) as written; one written with its zone (stored in
    UTC) on the clocks of the country of the page's address, else of the one it states
    (``region``: :func:`clipper.sitezones.clock_country`), where they all show one wall time
    then (:func:`clipper.sitezones.wall_time`); where they do not or no country is known, on
    the clock of the offset the time was written with (``offset``, minutes east of UTC:
    ``pages.published_offset``, :func:`declared_local`); None where neither settles it, for a
    time stored before migration 0031 (``zoneless`` None: UTC or a wall time, unknown), an
    undated page and a value that is not ISO 8601.  Dates44: ``published`` mixes zoneless wall
    times with UTC ones; dates51: a ``.com`` Israeli site's "+02:00" gave none."""
    if published is None or published == "\uffff" or not published.strip():
        return None
    value = published.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if len(value) <= 10:
        return parsed.date().isoformat()
    if zoneless:
        return parsed.replace(tzinfo=None).isoformat()
    if zoneless is None:
        return None
    country = clock_country(host_of(url) or site, region)
    moment = _utc(value)
    wall = wall_time(country, moment) or declared_local(moment, offset, country)
    return None if wall is None else wall.isoformat()


def declared_local(moment: datetime, offset: int | None, country: str | None) -> datetime | None:
    """The naive wall time at ``moment`` (naive UTC) on the clock of ``offset`` (minutes east of
    UTC, as the page wrote its time) where that can be the page's own clock: one of its
    country's at that moment (``country``: "US" and "-05:00", within the offsets its zones
    keep, :func:`clipper.sitezones.offsets`), or, of a page of no known country, any offset
    but zero ("+02:00", "+05:30", "-03:00": clocks of several countries, each showing that
    wall time then); None for no offset, and for a zero one of no country: "Z" and "+00:00" are
    what systems write for UTC whatever the site's clock (WordPress's GMT fields, JSON-LD
    serialised in UTC), no more the site's clock than a time converted to UTC is."""
    if offset is None or (offset == 0 and country is None):
        return None
    shift = timedelta(minutes=offset)
    wall = moment + shift
    earliest, latest = offsets(country, wall)
    return wall if earliest <= shift <= latest else None


@lru_cache(maxsize=8192)
def _utc_span(value: str, zoneless: bool, country: str | None) -> tuple[str | None, str | None]:
    """:func:`utc_columns`' span of a date alone or a zoneless time on ``country``'s clocks
    (None: any clock), as ISO 8601 with ``+00:00``; (None, None) for a value that is not ISO
    8601.  Cached: an export's pages share their days, and many their minutes."""
    earliest, latest, _, _ = publication_span(value, zoneless, None, None, country)
    if earliest == -inf:
        return None, None
    first, last = (
        (_EPOCH + timedelta(seconds=moment)).replace(tzinfo=UTC).isoformat()
        for moment in (earliest, latest)
    )
    return first, last


def earliest_first(items: Iterable[T], span: Callable[[T], Span]) -> Iterator[T]:
    """``items`` (in the order that decides between pages the date does not: the caller's
    next rule) from the first published on, lazily: each step takes, of those left, the first
    that no other left is surely before.  One page is surely before another when its span
    ends before the other's begins, or when both give a day alone and its day is the earlier
    (two days of unknown clocks: "2026-01-01" and "2026-01-03" overlap by two hours between
    UTC-12 and UTC+14, yet the first is earlier on any one clock), or when both are zoneless
    times of sites of no country and its wall time is the earlier (one clock: the span of the
    earliest such wall time begins first, so it is never held back by the spans).  Neither is
    ever before the other both ways, so some page left is always before none."""
    left = [(item, span(item)) for item in items]
    while left:
        bound = min(latest for _, (_, latest, _, _) in left)
        first_day = min(day for _, (_, _, day, _) in left)
        first_wall = min(wall for _, (_, _, _, wall) in left)
        at = next(
            (
                i
                for i, (_, (earliest, _, day, wall)) in enumerate(left)
                if earliest <= bound
                and (day == inf or day <= first_day)
                and (wall == inf or wall <= first_wall)
            ),
            0,
        )
        yield left.pop(at)[0]
