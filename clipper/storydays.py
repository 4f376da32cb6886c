"""A story's and its clusters' days in the reader's zone (``--tz``), as ``clipper stories`` and
``show story:`` list them: :func:`clipper.stories.queries.dated_days` said in the zone their
``--since``/``--until`` go by, each page's day by :func:`clipper.localdays.local_day`
(newcomer 33, F7)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from clipper.localdays import local_day
from clipper.models import Cluster, Page
from clipper.store.rows import chunks
from clipper.stories.queries import StoryDetail, StorySummary


def published_days(
    session: Session, ids: Iterable[int], zone: tzinfo | None, *, by_cluster: bool = False
) -> dict[int, tuple[str, str]]:
    """story id (``by_cluster``: cluster id) → the first and last day (``YYYY-MM-DD``, of
    ``zone``: :func:`local_day`) one of its pages was published, for those with a page that
    gives a date: :func:`clipper.stories.queries.dated_days` said in ``zone``.  Index seeks:
    clusters by story, pages by cluster."""
    key = Cluster.id if by_cluster else Cluster.story_id
    found: dict[int, tuple[str, str]] = {}
    for chunk in chunks(sorted(set(ids))):
        rows = session.execute(
            select(
                key.label("key"),
                Page.published,
                Page.published_zoneless,
                Page.published_from,
                Page.published_to,
            )
            .join(Page, Page.cluster_id == Cluster.id)
            .where(key.in_(chunk), Page.published.is_not(None))
        )
        for row in rows:
            day = local_day(
                row.published, zone, row.published_zoneless, row.published_from, row.published_to
            )
            if day is None:
                continue
            first, last = found.get(row.key, (day, day))
            found[row.key] = (min(first, day), max(last, day))
    return found


# How far the day a page's date is shown on in a zone can be from its day as stored: a time
# with its zone is stored in UTC (the zone: UTC-12 to UTC+14, a day either way); a time
# without one is stored as written, on its wall day, and shown at the moment its site's clocks
# pin (UTC-12 to UTC+14 again) in the zone: two days either way.
SHOWN_DAY_SHIFT = timedelta(days=2)


def latest_stories(
    session: Session,
    *,
    since: str | None = None,
    until: str | None = None,
    min_size: int = 1,
    limit: int | None = None,
    zone: tzinfo | None = None,
) -> list[StorySummary]:
    """``clipper stories``: :func:`clipper.stories.queries.list_stories`' stories (the same
    arguments) with each story's first and last day in ``zone`` (:func:`local_day`), latest
    first by the last day shown (newcomer 33's F7 showed days of ``--tz`` but kept the order of
    the stored UTC days), ties as ``list_stories`` orders them: more clusters first, then by
    id; stories of no dated page last.  With a ``limit``, the stories past it whose stored last
    day is within :data:`SHOWN_DAY_SHIFT` of the earliest one kept are read too: one of them
    can be shown on a later day."""
    from clipper.stories.queries import list_stories

    found = list_stories(
        session, since=since, until=until, min_size=min_size, limit=limit, zone=zone
    )
    stored = [story.last_day for story in found if story.last_day]
    if limit is not None and len(found) >= limit and stored:
        floor = (date.fromisoformat(min(stored)) - SHOWN_DAY_SHIFT).isoformat()
        near = list_stories(
            session, since=since, until=until, min_size=min_size, zone=zone, last_from=floor
        )
        found = list({story.id: story for story in [*found, *near]}.values())
    days = published_days(session, (story.id for story in found), zone)
    shown = sorted((_summary_in(story, days) for story in found), key=lambda s: (-s.size, s.id))
    shown.sort(key=lambda story: story.last_day or "", reverse=True)  # stable: ties kept
    return shown[:limit] if limit is not None else shown


def story_in_zone(session: Session, detail: StoryDetail, zone: tzinfo | None) -> StoryDetail:
    """``detail`` (``clipper show story:ID``) with the story's days and each cluster's first
    day in ``zone``."""
    story = _summary_in(detail.story, published_days(session, [detail.story.id], zone))
    days = published_days(session, (c.cluster_id for c in detail.clusters), zone, by_cluster=True)
    clusters = [
        replace(c, day=days.get(c.cluster_id, (None, None))[0]) for c in detail.clusters
    ]
    return StoryDetail(story, clusters)


def _summary_in(story: StorySummary, days: dict[int, tuple[str, str]]) -> StorySummary:
    first, last = days.get(story.id, (None, None))
    return replace(story, first_day=first, last_day=last)
