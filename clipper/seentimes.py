"""When a cluster was first and last seen (``clusters.first_seen``/``last_seen``), from its
pages, as a desk reads "first seen": which outlet had it first, and when.  A page is first
seen when it was published where that is known and earlier than its fetch, else when it was
fetched (:func:`first_sighting`); where no page gives either, when runs archived them.  Which
of the three each of a cluster's times is is said by ``clusters`` (``first_seen_as``/
``last_seen_as``) and ``show``.  Light (no store, no SQLAlchemy): the query commands read it
too."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

# Which time a cluster's first or last seen is (seen_as): a page's fetch; a page's publication
# time (first_sighting); else when a run archived a page (no page fetched or dated).
FETCHED, PUBLISHED, ARCHIVED = "fetched", "published", "archived"


def seen_times(pages: Iterable[Any]) -> tuple[str, str]:
    """A cluster's ``(first_seen, last_seen)`` from its pages (rows with ``fetched_at``,
    ``seen_at``, ``last_fetched_at``, ``published``, ``published_zoneless``,
    ``published_from``, ``published_to``): the earliest of its pages' first sightings
    (:func:`first_sighting`: a publication time where known and surely before the page's
    fetch, else the fetch) and the latest
    of their last ones (a fetched page's latest fetch, else its publication time); only where
    no page gives either, when runs archived them.  A cluster fetched on one night and grown
    by saved pages (no fetch time) on the next is last seen when the newest copy was
    published: it stuck at the first night's fetch (newcomer 40, finding 8b).  When a run
    archived a page is never counted beside a fetch or a publication time: a page read
    without a fetch time (a saved file, an extractor's JSON) was first seen at the run's
    wall-clock time, and a backfill of the same pages in another order or on another day gave
    the cluster other times (newcomer 20 finding 4), a backfilled 2019 cluster was "first
    seen" tonight (newcomer 30 finding 16).  A re-run reading the same pages moves neither,
    and the pages' order never does (a minimum and a maximum of ISO 8601 text)."""
    pages = list(pages)
    seen = [found for page in pages if (found := sighting(page)) is not None]
    if seen:
        return min(first for first, _, _ in seen), max(last for _, last, _ in seen)
    return min(page.seen_at for page in pages), max(page.seen_at for page in pages)


def sighting(page: Any) -> tuple[str, str, str] | None:
    """A page's ``(first, last, which)`` sighting as its cluster's first and last seen count it:
    its first sighting and which clock that is (:func:`first_sighting`), and its last: a
    fetched page's latest fetch of any reading (a re-fetch of an unchanged page too), else
    its publication time (:func:`published_at`); None for a page giving neither (only when
    runs archived it: :func:`seen_times`)."""
    first = first_sighting(page)
    if first is None:
        return None
    last = (page.last_fetched_at or page.seen_at) if page.fetched_at is not None else first[0]
    return first[0], last, first[1]


def first_sighting(page: Any) -> tuple[str, str] | None:
    """When a page was first out, as "first seen" and ``show``'s "earliest first" count it
    (a row with ``fetched_at``, ``seen_at``, ``published``, ``published_zoneless``,
    ``published_from``, ``published_to``), and which clock that is: ``(ISO 8601 UTC time,
    "published" or "fetched")``; None for a page with neither (:func:`seen_times` then
    counts when a run archived it).

    The rule a desk reads "who had it first" by (newcomer 48a #10, 48b #7: a site scraped at
    07:00 that published at 06:55 was "first seen" before one that published at 06:30 and was
    scraped at 09:00):

    - its publication time where the page gives one (:func:`published_at`: a time with its
      zone in UTC; a zoneless one at its first UTC second on its country's clocks, exact
      where they keep one offset; a time clipper guessed from the text or address as well,
      marked "(guessed)" where shown), :data:`PUBLISHED`;
    - but never later than the page's own fetch: a page fetched at 07:00 was out by 07:00,
      whatever later time it states (an update's time, a wrong zone), :data:`FETCHED`; a
      zoneless time counts before a fetch only when it is surely before it (its last possible
      second on its country's clocks, ``published_to``: a time on no known clock never);
    - a day alone (no time) counts from its start only when it is a day before the one the
      page was fetched on: a page fetched at 21:00 and dated that day says no more than its
      fetch does, so it is never "first" at midnight before a page published at 08:00 that
      day; one never fetched counts from its day's start (its only time);
    - a page known only by its fetch time is first seen when fetched: it cannot be said to
      be earlier than a publication it was fetched after.

    The same pages in any order, on any night, give the same time."""
    published = published_at(page)
    if page.fetched_at is None:
        return None if published is None else (published, PUBLISHED)
    fetched = str(page.seen_at)
    if published is not None and published < fetched and _before(page, published, fetched):
        return published, PUBLISHED
    return fetched, FETCHED


def _before(page: Any, published: str, fetched: str) -> bool:
    """Whether a fetched page's publication time (``published``, as :func:`published_at`
    gives it, earlier than ``fetched``) was surely before its fetch: a day alone when it is a
    day before the fetch's; a zoneless time when its last possible UTC second on its
    country's clocks (``published_to``) is (none known: never); any other time."""
    if len(str(page.published)) == 10:
        return published[:10] < fetched[:10]
    if page.published_zoneless:
        return page.published_to is not None and str(page.published_to) < fetched
    return True


def counted_published(page: Any) -> str | None:
    """The publication time (as :func:`published_at` gives it) a page's first sighting counts
    (:func:`first_sighting`), None when it counts the page's fetch or the page gives none."""
    found = first_sighting(page)
    return found[0] if found is not None and found[1] == PUBLISHED else None


def seen_as(when: str | None, pages: Sequence[Any]) -> str | None:
    """Which time ``when`` (a cluster's first or last seen, as :func:`seen_times` gave it from
    ``pages``, rows as its with ``fetched_at``) is: :data:`FETCHED` when a page was fetched
    then, else :data:`PUBLISHED` (a page's publication time its first sighting counts:
    :func:`counted_published`), else
    :data:`ARCHIVED` (a run stored a page then whose input gave neither); None when ``when``
    is None or none of those."""
    if when is None:
        return None
    if any(when in (page.fetched_at, page.last_fetched_at) for page in pages):
        return FETCHED
    if any(when == counted_published(page) for page in pages):
        return PUBLISHED
    return ARCHIVED if any(page.seen_at == when for page in pages) else None


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


def listed_at(page: Any) -> str:
    """Where ``show`` lists a page among a cluster's copies, "earliest first" (a row with
    ``published``, ``published_zoneless``, ``published_from``, ``fetched_at``, ``seen_at``):
    its first sighting (:func:`first_sighting`, the one rule "first seen" counts by: its
    publication time in UTC where known and before its fetch, else its fetch), else when a run
    stored it; so the first page listed is the one the cluster was first seen by.  Its stored
    ``published`` mixed kinds: a Polish "14:41" pinned to 13:41 UTC was listed after a
    "14:30" dump and a "14:02" UTC page (newcomer 40, finding 8a).  ISO 8601 without an
    offset, so keys of any kind compare as text."""
    found = first_sighting(page)
    return page.seen_at if found is None else found[0]


def listing_key(page: Any) -> tuple[str, str, int]:
    """``show``'s order of a cluster's pages (rows as :func:`listed_at`'s, with ``id``):
    :func:`listed_at`, then the first fetch (else when stored: versions of one publication
    time by fetch, a live blog's hourly texts in order), then the page id, the same on every
    backend and in any order the pages were read."""
    return listed_at(page), page.fetched_at or page.seen_at, page.id


def stated_seen(when: str | None, pages: Iterable[Any]) -> str | None:
    """A cluster's first or last seen (``when``, as :func:`seen_times` gave it from ``pages``,
    rows with ``fetched_at``, ``published``, ``published_zoneless``, ``published_from``) as
    it is shown: the day alone (``"2026-12-04"``) when it is only the start a page's day alone
    is listed by (:func:`published_at`'s ``T00:00:00``: no page was fetched then, one whose
    first sighting counts that day without a time, :func:`first_sighting`, gives it, and none
    states that time), else ``when`` as it is.
    "Who was first" keeps ordering a day alone by its start; a time no page stated is never
    printed (newcomer 37b, F9: a CMS row's day was "first seen 2026-12-04 00:00", and with
    ``--tz Europe/Paris`` "01:00 CET")."""
    if when is None or not when.endswith("T00:00:00"):
        return when
    pages = list(pages)
    day = when[:10]
    if any(when in (page.seen_at, page.last_fetched_at) for page in pages if page.fetched_at):
        return when  # a fetch at midnight
    if not any(
        page.published is not None
        and str(page.published) == day
        and counted_published(page) == when
        for page in pages
    ):
        return when
    stated = (
        page for page in pages if page.published is not None and len(str(page.published)) > 10
    )
    return when if any(published_at(page) == when for page in stated) else day


def wall_seen(when: str | None, pages: Iterable[Any]) -> bool:
    """Whether a cluster's first or last seen (``when``, as :func:`seen_times` gave it from
    ``pages``, rows with ``fetched_at``, ``last_fetched_at``, ``published``,
    ``published_zoneless``, ``published_from``, ``published_to``) is a publication time its
    source wrote without a zone and that no one offset pins (:func:`_wall_page`): no UTC time,
    so shown as written (:func:`written_seen`) with "(no time zone given)" as the page's own
    line shows it, never named UTC (newcomer 40, finding 4: "last seen 2026-12-04 15:40 UTC
    (published)" over the copy's "2026-12-04 15:40 (no time zone given)"; newcomer 41: a
    Brazilian page's "14:30", on clocks of UTC-2 to UTC-5, was "16:30 UTC" in the header).
    False for a fetch time, a time with its zone, one pinned on its country's clocks, a day
    alone and None."""
    return _wall_page(when, pages) is not None


def written_seen(when: str | None, pages: Iterable[Any]) -> str | None:
    """A cluster's first or last seen (``when``, as :func:`wall_seen`'s) as shown: the time its
    page wrote without a zone when it is such a time (:func:`wall_seen`: "2026-12-06T14:30:00",
    not the first UTC second of Brazil's clocks it is compared by, 16:30), else ``when``."""
    page = _wall_page(when, pages)
    return when if page is None else str(page.published)


def _wall_page(when: str | None, pages: Iterable[Any]) -> Any:
    """The page whose publication time, written without a zone and on clocks of no one offset
    (none known, or several: ``published_from`` before ``published_to``), is ``when`` as its
    first sighting counts it (:func:`counted_published`); None when there is none or a page
    was fetched then."""
    if when is None or len(when) <= 10:
        return None
    pages = list(pages)
    if any(when in (page.fetched_at, page.last_fetched_at) for page in pages):
        return None
    return next(
        (
            page
            for page in pages
            if page.published_zoneless
            and (not page.published_from or page.published_from != page.published_to)
            and counted_published(page) == when
        ),
        None,
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
