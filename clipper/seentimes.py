"""When a cluster was first and last seen (``clusters.first_seen``/``last_seen``), from its
pages: their fetches; where no page was fetched (saved pages, a backfill of an old archive),
their publication times; where none gives one either, when runs archived them.  Which of the
three a cluster's times are is said by ``clusters`` (``seen_as``) and ``show``.  Light (no
store, no SQLAlchemy): the query commands read it too."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# Which time a cluster's first and last seen are (seen_by): its pages' fetches; else, no page
# having been fetched, their publication times; else when runs archived them.
FETCHED, PUBLISHED, ARCHIVED = "fetched", "published", "archived"


def seen_times(pages: Iterable[Any]) -> tuple[str, str]:
    """A cluster's ``(first_seen, last_seen)`` from its pages (:func:`seen_by`)."""
    first, last, _ = seen_by(pages)
    return first, last


def seen_by(pages: Iterable[Any]) -> tuple[str, str, str]:
    """A cluster's ``(first_seen, last_seen, which)`` from its pages (rows with
    ``fetched_at``, ``seen_at``, ``last_fetched_at``, ``published``, ``published_zoneless``,
    ``published_from``), ``which`` naming the clock (:data:`FETCHED`, :data:`PUBLISHED`,
    :data:`ARCHIVED`): the earliest first sighting and the latest fetch of any reading (a
    re-fetch of an unchanged page too) of its pages that were fetched, when any was; else the
    earliest and latest publication time of its pages that give one (:func:`published_at`);
    else when runs archived them.  A page read without a fetch time (a saved file, an
    extractor's JSON) was first seen at the run's wall-clock time: counted beside fetched
    pages, a backfill of the same pages in another order or on another day gave the cluster
    other times (newcomer 20 finding 4), and a backfilled 2019 cluster was "first seen"
    tonight (newcomer 30 finding 16)."""
    pages = list(pages)
    fetched = [page for page in pages if page.fetched_at is not None]
    if fetched:
        return (
            min(page.seen_at for page in fetched),
            max(page.last_fetched_at or page.seen_at for page in fetched),
            FETCHED,
        )
    published = [when for page in pages if (when := published_at(page)) is not None]
    if published:
        return min(published), max(published), PUBLISHED
    return min(page.seen_at for page in pages), max(page.seen_at for page in pages), ARCHIVED


def published_at(page: Any) -> str | None:
    """A page's publication time as the UTC time a sighting compares with: its ``published``
    when written with a zone (stored in UTC); a day alone at its start (``T00:00:00``); for a
    time written without one, the first UTC second it can be on its country's clocks
    (``published_from``: exact where the clocks are known), and as written when no country's
    clocks are known (a radio bulletin's "08:00" from a station of no address: on a clock of
    UTC-12 to +14, listed by its wall time as a day alone is by its start, not by when a run
    archived it, newcomer 33 finding 8); None when undated."""
    if not page.published:
        return None
    published = str(page.published)
    if page.published_zoneless:
        return str(page.published_from) if page.published_from else published
    return f"{published}T00:00:00" if len(published) == 10 else published


def stated_seen(when: str | None, pages: Iterable[Any]) -> str | None:
    """A cluster's first or last seen (``when``, as :func:`seen_by` gave it from ``pages``,
    rows with ``fetched_at``, ``published``, ``published_zoneless``, ``published_from``) as
    it is shown: the day alone (``"2026-12-04"``) when it is only the start a page's day alone
    is listed by (:func:`published_at`'s ``T00:00:00``: no page of the cluster was fetched,
    one gives that day without a time, and none states that time), else ``when`` as it is.
    "Who was first" keeps ordering a day alone by its start; a time no page stated is never
    printed (newcomer 37b, F9: a CMS row's day was "first seen 2026-12-04 00:00", and with
    ``--tz Europe/Paris`` "01:00 CET")."""
    if when is None or not when.endswith("T00:00:00"):
        return when
    pages = list(pages)
    day = when[:10]
    if any(page.fetched_at is not None for page in pages):
        return when
    if not any(page.published is not None and str(page.published) == day for page in pages):
        return when
    stated = (
        page
        for page in pages
        if page.published is not None and len(str(page.published)) > 10
    )
    return when if any(published_at(page) == when for page in stated) else day


def wall_seen(when: str | None, pages: Iterable[Any]) -> bool:
    """Whether a cluster's first or last seen (``when``, as :func:`seen_by` gave it from
    ``pages``, rows with ``fetched_at``, ``last_fetched_at``, ``published``,
    ``published_zoneless``, ``published_from``) is a publication time as its source wrote it,
    without a zone and on no known country's clocks (:func:`published_at`'s wall time): no
    UTC time, so shown with "(no time zone given)" as the page's own line shows it, never
    named UTC (newcomer 40, finding 4: "last seen 2026-12-04 15:40 UTC (published)" over the
    copy's "2026-12-04 15:40 (no time zone given)").  False for a fetch time, a time with its
    zone, one pinned on its country's clocks, a day alone and None."""
    if when is None or len(when) <= 10:
        return False
    pages = list(pages)
    if any(when in (page.fetched_at, page.last_fetched_at) for page in pages):
        return False
    return any(
        page.fetched_at is None
        and page.published_zoneless
        and not page.published_from
        and published_at(page) == when
        for page in pages
    )


def shown_date(
    date: str | None,
    zoneless: bool | None,
    published_from: str | None,
    published_to: str | None,
) -> tuple[str | None, bool]:
    """A page's date as show, search, clusters and the digest give it, and whether it is a time
    without a zone (the "(no time zone given)" they say of it): ``date`` (ISO 8601, UTC but
    for a zoneless time) and ``zoneless`` (its ``published_zoneless``, true only of a
    publication time) as stored, but a zoneless time whose site's clocks keep one offset then
    (``published_from == published_to``, ``pages.published_from``/``published_to``:
    :func:`clipper.pubwindows.zoneless_bounds`) is that moment, in UTC, and no longer zoneless:
    an Icelandic page's "14:30" is 14:30 UTC, an Indian page's 09:00 UTC, as ``--since``, rule 6,
    first/last seen and ``export``'s ``published_utc`` read them.  A zoneless time whose
    clocks span offsets (Indonesia, a site of no country) or stored before migration 0057
    (no bounds) stays as written."""
    if zoneless and published_from is not None and published_from == published_to:
        return str(published_from), False
    return date, bool(zoneless)


def shown_update(
    updated: str | None, url: str | None, site: str | None, region: str | None
) -> str | None:
    """A page's update time (``pages.updated``: ``+00:00`` when its line gave a zone, as
    written when it gave none) as ``show`` gives it: a time written without a zone that the
    clocks of its site's country pin (:func:`clipper.pubwindows.bounds_columns`: one offset
    then; ``url``/``site`` the host, else ``region`` the country the page states) is that
    moment in UTC, ``+00:00``, as :func:`shown_date` gives a publication time; else as
    stored (newcomer 33, F15: an Argentine page's "Actualizado … 19:15" was "(no time zone
    given)" beside its publication time shown in UTC-03)."""
    if not updated or len(updated) <= 10 or updated.endswith("+00:00"):
        return updated
    from clipper.pubwindows import bounds_columns  # the clocks: only for a zoneless update

    pinned = bounds_columns(updated, True, url, site, region)
    first = pinned["published_from"]
    return f"{first}+00:00" if first is not None and first == pinned["published_to"] else updated
