"""A story's row brought up to date after the story stage moved clusters (:func:`refresh_stories`):
its title and lead page (:func:`lead`), its days, first and last seen, and its counts of
clusters, pages and outlets.  What decides the members is :mod:`clipper.stories.storage`'s."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from clipper.headlines import cluster_headlines
from clipper.models import Cluster, Page, Story, StoryVector
from clipper.pubwindows import Span, earliest_first, publication_span
from clipper.sitezones import host_of
from clipper.store.changed import mark_stories
from clipper.store.rows import chunks
from clipper.stories.queries import page_event_date

# A lead candidate: (rank, the cluster's row, its headline); rank (no headline, -size, day).
Candidate = tuple[tuple[Any, ...], Any, str | None]


def lead(candidates: list[Candidate]) -> tuple[int, str | None]:
    """The lead of a story (whose headline it shows), of its clusters' ``candidates`` (rank,
    row, headline; ``rank`` (no headline, -size, day): the largest cluster with a headline, of
    the first day): the first published of those (newcomer 20: a feature published 7 hours
    after the news titled the story because its address sorts first), by rule 6's reading
    of dates (:func:`clipper.pubwindows.earliest_first`: a time without a zone on its site's
    clocks, a Japanese site's "18:00" before a copy's 11:30 UTC), then a stated time before a
    day alone or none, then by address.  Returns its canonical's id and headline."""
    best = min(rank for rank, _, _ in candidates)
    tied = sorted(
        ((row, title) for rank, row, title in candidates if rank == best),
        key=lambda found: (
            not (found[0].published and len(found[0].published) > 10),
            found[0].source_key,
            found[0].content_hash,
        ),
    )

    def span(found: tuple[Any, str | None]) -> Span:
        row = found[0]
        host = host_of(row.url) or row.site
        return publication_span(
            row.published, row.published_zoneless, row.fetched_at, host, row.region
        )

    row, title = next(earliest_first(tied, span))
    return row.canonical_page_id, title


@dataclass
class _Tally:
    """What a story's row needs of its clusters, folded one cluster at a time: their number,
    the span of their event days, of their first and last seen, and the lead candidates of
    the best rank met so far (:func:`lead` reads no other)."""

    size: int = 0
    days: list[str] = field(default_factory=list)  # [first, last]
    first_seen: str | None = None
    last_seen: str | None = None
    leads: list[Candidate] = field(default_factory=list)

    def add(self, row: Any, title: str | None) -> None:
        self.size += 1
        self.days = [min(self.days[0], row.day), max(self.days[1], row.day)] if self.days else [
            row.day, row.day
        ]
        if row.first_seen and (self.first_seen is None or row.first_seen < self.first_seen):
            self.first_seen = row.first_seen
        if row.last_seen and (self.last_seen is None or row.last_seen > self.last_seen):
            self.last_seen = row.last_seen
        rank = (not title, -row.size, row.day)
        if not self.leads or rank < self.leads[0][0]:
            self.leads = [(rank, row, title)]
        elif rank == self.leads[0][0]:
            self.leads.append((rank, row, title))


_CLUSTER_ROWS = (
    select(
        Cluster.story_id,
        Cluster.size,
        Cluster.first_seen,
        Cluster.last_seen,
        Cluster.canonical_page_id,
        StoryVector.day,
        Page.title,
        Page.published,
        Page.published_zoneless,
        Page.fetched_at,
        Page.url,
        Page.site,
        Page.region,
        Page.source_key,
        Page.content_hash,
    )
    .join(StoryVector, StoryVector.cluster_id == Cluster.id)
    .join(Page, Page.id == Cluster.canonical_page_id)
)


def _tallies(session: Session, story_ids: list[int]) -> dict[int, _Tally]:
    """Each of ``story_ids``' :class:`_Tally`, its clusters read a chunk at a time: a one-day
    night's few stories hold every cluster of the night, and their rows, headlines and lead
    candidates read at once grew with the night (+11 MB over the stage's peak at 13,886
    one-day clusters)."""
    cluster_ids = sorted(
        session.scalars(select(Cluster.id).where(Cluster.story_id.in_(story_ids)))
    )
    tallies: dict[int, _Tally] = {}
    for part in chunks(cluster_ids):
        rows = session.execute(_CLUSTER_ROWS.where(Cluster.id.in_(part))).all()
        # a cluster's headline: its canonical's title, else its copies' (clipper.headlines)
        heads = cluster_headlines(session, (row.canonical_page_id for row in rows))
        for row in rows:
            tally = tallies.setdefault(row.story_id, _Tally())
            tally.add(row, heads.get(row.canonical_page_id, row.title))
    return tallies


def refresh_stories(session: Session, story_ids: set[int], run_id: int) -> None:
    """Recompute title, dates and counts of ``story_ids`` (deleting any left empty)."""
    for chunk in chunks(sorted(story_ids)):
        tallies = _tallies(session, list(chunk))
        # a story's days span its pages' event days, not only its canonicals': a reprint
        # five days later is a report of the story that day (newcomer 16, finding 10)
        when = func.substr(page_event_date(), 1, 10)
        counts = {
            row.story_id: (row.pages, row.outlets, row.first_day, row.last_day)
            for row in session.execute(
                select(
                    Cluster.story_id,
                    # pages, not versions: a page re-fetched with a new headline counts once
                    func.count(func.distinct(Page.source_key)).label("pages"),
                    func.count(func.distinct(Page.outlet)).label("outlets"),
                    func.min(when).label("first_day"),
                    func.max(when).label("last_day"),
                )
                .join(Page, Page.cluster_id == Cluster.id)
                .where(Cluster.story_id.in_(chunk))
                .group_by(Cluster.story_id)
            )
        }
        empty = [sid for sid in chunk if sid not in tallies]
        if empty:
            session.execute(delete(Story).where(Story.id.in_(empty)))
        leads = {
            sid: lead_id
            for sid, lead_id in session.execute(
                select(Story.id, Story.lead_page_id).where(Story.id.in_(chunk))
            )
        }
        updates = []
        for sid, tally in tallies.items():
            pages, outlets, *span = counts.get(sid, (0, 0, None, None))
            lead_page_id, title = lead(tally.leads)
            days = tally.days + [day for day in span if day]
            updates.append(
                {
                    "id": sid,
                    "title": title,
                    "lead_page_id": lead_page_id,
                    "first_day": min(days),
                    "last_day": max(days),
                    "first_seen": tally.first_seen,
                    "last_seen": tally.last_seen,
                    "size": tally.size,
                    "pages": pages,
                    "outlets": outlets,
                    "updated_run_id": run_id,
                }
            )
        if updates:
            # a new lead is every page's new story_url (clipper.store.changed)
            mark_stories(
                session,
                [row["id"] for row in updates if leads.get(row["id"]) != row["lead_page_id"]],
                run_id,
            )
            session.execute(update(Story), updates)
