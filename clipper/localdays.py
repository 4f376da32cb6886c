"""The day a stored date falls on in the reader's zone (``--tz``): the days ``stories``,
``show story:``, ``search`` and ``stats`` list, so that a day shown is a day of the zone their
``--since``/``--until`` filters go by (newcomer 33, F7: a match published at 22:00 in Buenos
Aires on 29 November was found by a filter for the 29th and listed as the 30th, its UTC day).

A publication time written with a zone is stored in UTC and moved to the zone; a time written
without one is on its site's clocks: where they keep one offset it is that moment
(:func:`clipper.seentimes.shown_date`), else its own wall day (no zone is made up for it);
a day alone stays that day.  Light (no SQLAlchemy): ``render`` reads it; the days of stories
and their clusters are :mod:`clipper.storydays`'s."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from clipper.seentimes import shown_date


def local_day(
    date: str | None,
    zone: tzinfo | None,
    zoneless: bool | None = False,
    published_from: str | None = None,
    published_to: str | None = None,
) -> str | None:
    """The day (``YYYY-MM-DD``) of a stored date in ``zone`` (None: UTC): ``date`` ISO 8601 as
    stored (UTC, or as written when ``zoneless``; ``published_from``/``published_to`` the UTC
    bounds its site's clocks give a zoneless time).  A zoneless time its clocks do not pin is
    its own wall day, a day alone that day, a date that is not ISO 8601 its first ten
    characters; None for None."""
    shown, still_zoneless = shown_date(date, zoneless, published_from, published_to)
    if not shown:
        return None
    if len(shown) <= 10 or still_zoneless or zone is None:
        return shown[:10]
    try:
        moment = datetime.fromisoformat(shown.replace("Z", "+00:00"))
    except ValueError:
        return shown[:10]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).date().isoformat()
