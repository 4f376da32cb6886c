"""Pages read more than once: what their readings agree on, whatever the order they came in.

One article reaches a scraper many times: through a feed's ``?utm_source=rss`` link and its
bare URL, on two nights, re-read when a dump is run again.  The first reading is stored; each
later reading of the same bytes or the same text at the same address (``source_key``) is a
*sighting* of it.  Were the first reading's URL spelling and fetch time kept, the same pages
read in another order (nights in reverse, a backfill) would store another URL, another fetch
time, and, through the fetch time, another day for an undated article, other cluster
first/last-seen times and another story.  So a run collects its sightings (:class:`Sightings`,
one entry per stored page, merged as they come) and, at its end, before the story stage,
gives each page read again (:func:`merge`):

- the preferred spelling of its URL (:func:`clipper.urls.preferred_spelling`: the one that is
  its own key, then the shorter);
- the earliest fetch time and the earliest sighting (``seen_at``);
- the origin (the input file or record it was read from) of its earliest-fetched reading,
  the smallest of those when several tie or none has a fetch time;

and the clusters holding a page whose times moved their first/last-seen times again
(:func:`redate_clusters`); the story stage then re-dates their story vectors.  All of it is
committed with the run's story stage, so a run stopped before it merges nothing, and its
re-run, reading the same pages, collects the same sightings.

Publication dates are not merged: a page's date ranks it in its cluster, and its matches are
stored oriented by rank (README, Known limits).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from clipper.models import Cluster, Page
from clipper.urls import preferred_spelling


@dataclass(frozen=True, slots=True)
class Sighting:
    """A reading of a page already stored or read before in the run: the same bytes
    (``raw_hash``) or the same text (``content_hash``) at the same address (``source_key``).
    What it may add: another spelling of the URL, an earlier fetch time (ISO 8601;
    ``seen_at``: the fetch time, else the run's start) and its ``origin``."""

    source_key: str
    raw_hash: str | None
    content_hash: str | None
    url: str | None
    fetched_at: str | None
    seen_at: str
    origin: str = ""

    def merged(self, other: Sighting) -> Sighting:
        """This sighting and ``other`` (of the same reading) as one: the preferred URL, the
        earlier times."""
        first = min(self, other, key=_reading_order)
        return Sighting(
            self.source_key,
            self.raw_hash,
            self.content_hash,
            _url(self.url, other.url),
            first.fetched_at,
            min(self.seen_at, other.seen_at),
            first.origin,
        )


def _reading_order(reading: Sighting) -> tuple[str, str]:
    """Readings of one page, first first: the earliest fetched (unknown last), then the
    smallest origin."""
    return (reading.fetched_at or "\uffff", reading.origin)


def _url(first: str | None, second: str | None) -> str | None:
    return preferred_spelling(first, second) if first and second else first or second


class Sightings:
    """A run's sightings, one merged entry per reading identity (address and bytes, or
    address and text): a dump read again in full holds one entry per page, not per reading."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str | None, str | None], Sighting] = {}

    def add(self, sighting: Sighting) -> None:
        key = (sighting.source_key, sighting.raw_hash, sighting.content_hash)
        known = self._seen.get(key)
        self._seen[key] = sighting if known is None else known.merged(sighting)

    def __len__(self) -> int:
        return len(self._seen)

    def __iter__(self) -> Any:
        return iter(self._seen.values())

    def clear(self) -> None:
        self._seen.clear()


def merge(session: Session, sightings: Iterable[Sighting], chunk: int = 500) -> set[int]:
    """Give each stored page its sightings' preferred URL and earliest times (see the module
    docstring); return the ids of the pages whose fetch time or first sighting moved.  An index
    seek per address (the pages stored under each ``source_key``), ``chunk`` addresses a
    query.  Versions are numbered again where a fetch time moved (``Store.renumber_versions``)."""
    from clipper.store import Store  # which imports this module's types

    wanted: dict[str, list[Sighting]] = {}
    for sighting in sightings:
        wanted.setdefault(sighting.source_key, []).append(sighting)
    updates: list[dict[str, Any]] = []
    moved: set[int] = set()
    renumber: set[str] = set()
    keys = sorted(wanted)
    for start in range(0, len(keys), chunk):
        rows = session.execute(
            select(
                Page.id,
                Page.source_key,
                Page.raw_hash,
                Page.content_hash,
                Page.url,
                Page.fetched_at,
                Page.seen_at,
                Page.origin,
            ).where(Page.source_key.in_(keys[start : start + chunk]))
        ).all()
        for row in rows:
            stored = Sighting(*row[1:])
            merged = stored
            for sighting in wanted[row.source_key]:
                if sighting.raw_hash == row.raw_hash or sighting.content_hash == row.content_hash:
                    merged = merged.merged(sighting)
            if merged == stored:
                continue
            updates.append(
                {"id": row.id, "url": merged.url, "fetched_at": merged.fetched_at,
                 "seen_at": merged.seen_at, "origin": merged.origin}
            )
            if (merged.fetched_at, merged.seen_at) != (stored.fetched_at, stored.seen_at):
                moved.add(row.id)
            if merged.fetched_at != stored.fetched_at:
                renumber.add(row.source_key)
    if updates:
        session.execute(update(Page), updates)
    if renumber:
        Store(session).renumber_versions(renumber)
    return moved


def redate_clusters(session: Session, page_ids: Collection[int], chunk: int = 500) -> set[int]:
    """The first/last-seen times of the clusters holding ``page_ids`` again, from their pages'
    ``seen_at`` (as ``clipper.reclustering`` sets them); return those clusters' ids.  Reads
    the pages of those clusters only (the ``pages.cluster_id`` index)."""
    ids = sorted(page_ids)
    clusters: set[int] = set()
    for start in range(0, len(ids), chunk):
        clusters.update(
            cid
            for cid in session.scalars(
                select(Page.cluster_id).where(Page.id.in_(ids[start : start + chunk])).distinct()
            )
            if cid is not None
        )
    found = sorted(clusters)
    updates: list[dict[str, Any]] = []
    for start in range(0, len(found), chunk):
        part = found[start : start + chunk]
        seen: dict[int, list[str]] = {}
        for cid, when in session.execute(
            select(Page.cluster_id, Page.seen_at).where(Page.cluster_id.in_(part))
        ):
            if cid is not None:
                seen.setdefault(cid, []).append(when)
        updates.extend(
            {"id": cid, "first_seen": min(times), "last_seen": max(times)}
            for cid, times in seen.items()
        )
    if updates:
        session.execute(update(Cluster), updates)
    return clusters
