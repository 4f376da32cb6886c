"""The publication date each version of an address is stored with, and its update time
(``pages.updated``): a version whose only date is an "Updated" line's (``date_source``
"updated") or that gives none keeps the publication date of the earliest-fetched reading of
its address that has one of its own (:func:`kept_date`, when it is stored), and takes it again
when such a reading arrives after it (:func:`backfilled_dates`: a backfill, night 2's dump read
before night 1's), so the same readings in any order give the same dates.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from clipper.page import UPDATED

__all__ = ["Dated", "backfilled_dates", "kept_date", "stored_update"]


class Dated(NamedTuple):
    """A reading's fetch time and publication date as stored
    (:func:`clipper.newpages.publication_time`), where it came from, whether it is a
    zoneless time and the offset a zoned one was written with (minutes east of UTC,
    ``pages.published_offset``; None: none or not known)."""

    fetched: str | None
    published: str | None
    date_source: str | None
    zoneless: bool | None
    offset: int | None = None


def _update_time(own: Dated) -> str | None:
    """The update time of a version dated by its "Updated" line (``own``), as
    ``pages.updated`` holds it (:func:`stored_update`); None for a version of another date."""
    if not own.published or own.date_source != UPDATED:
        return None
    return stored_update(own.published, own.zoneless)


def stored_update(stored: str, zoneless: bool | None) -> str:
    """An update time as ``pages.updated`` holds it, from the time as ``published`` would be
    stored (``stored``: UTC without an offset, or as written when ``zoneless``): with
    ``+00:00`` when its line gave a zone, as written when it gave none, a day alone as a
    day."""
    if len(stored) <= 10 or zoneless:
        return stored
    return f"{stored}+00:00"


def _first_own(fetched: str | None, others: Iterable[Dated]) -> Dated | None:
    """Of ``others`` (readings of an address with a date of their own), the earliest fetched
    no later than ``fetched``, or at an unknown time; None when there is none."""
    earlier = [
        other
        for other in others
        if other.fetched is None or fetched is None or other.fetched <= fetched
    ]
    if not earlier:
        return None
    return min(earlier, key=lambda d: (d.fetched or "\uffff", d.published or ""))


def kept_date(own: Dated, others: list[Dated]) -> tuple[Dated, str | None]:
    """The date a new version is stored with, and its update time (``pages.updated``): a
    version whose only date is an "Updated" line's (``date_source`` "updated") or that gives
    none keeps the publication date of the earliest fetched reading of its address that has
    one of its own (``others``: stored or in the batch, fetched no later than it, or at an
    unknown time), and its update as its update time (newcomer 28 finding 4: version 2 of a
    page, "अपडेटेड: …" its only date, was stored undated, and as its cluster's canonical showed
    none); else its own date.  The update time is ISO 8601 with ``+00:00`` when its line gave a
    zone (stored in UTC), as written when it gave none, a day alone as a day."""
    if own.published and own.date_source != UPDATED:
        return own, None
    updated = _update_time(own)
    first = _first_own(own.fetched, others)
    if first is None:
        return own, updated
    return first._replace(fetched=own.fetched), updated


def backfilled_dates(versions: Iterable[Any]) -> list[dict[str, Any]]:
    """The stored versions of one address (``versions``: rows of ``id``, ``fetched_at``,
    ``published``, ``date_source``, ``published_zoneless``, ``published_offset`` and
    ``updated``) whose date a
    reading of the address dated by its own publication date, fetched no later than them,
    changes: each as the ``pages`` update that gives it that reading's date (its
    :func:`kept_date`), its update time kept.  A version stored dated by its update alone
    (``date_source`` "updated") or undated, before the reading that dates the page arrived (a
    backfill: night 2's dump read before night 1's), so takes the date it would have had in
    the other order; a version with a date of its own (``updated`` None) keeps it.  Pure; []
    when nothing changes."""
    rows = list(versions)
    plain = {
        (row.published, row.date_source, row.published_zoneless)
        for row in rows
        if row.published and row.date_source != UPDATED and row.updated is None
    }

    def own_date(row: Any) -> bool:
        # a date that is no update's, and not one kept from another version: a version
        # giving its posting time and its update ("4. desember kl. 08.30 Oppdatert 5.
        # desember") has both, and a date no version without an update has
        return (
            bool(row.published)
            and row.date_source != UPDATED
            and (
                row.updated is None
                or (row.published, row.date_source, row.published_zoneless) not in plain
            )
        )

    own = [_dated(row) for row in rows if own_date(row)]
    changes = []
    for row in rows:
        dated = _dated(row)
        if own_date(row):
            continue  # a date of its own
        first = _first_own(row.fetched_at, own)
        if first is None or first[1:] == dated[1:]:
            continue
        changes.append(
            {
                "id": row.id,
                "published": first.published,
                "date_source": first.date_source,
                "published_zoneless": first.zoneless,
                "published_offset": first.offset,
                "updated": row.updated or _update_time(dated),
            }
        )
    return changes


def _dated(row: Any) -> Dated:
    """A stored version's :class:`Dated` (``row``: of :func:`backfilled_dates`' columns)."""
    return Dated(
        row.fetched_at,
        row.published,
        row.date_source,
        row.published_zoneless,
        getattr(row, "published_offset", None),
    )
