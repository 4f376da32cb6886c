"""The archive rows a digest's window reads (:func:`clipper.digest.collect.collect` builds the
digest from them): the runs that overlap the window (:func:`window_runs`), the clusters their
pages joined (:func:`window_clusters`), those clusters' stories with all their clusters and
pages (:func:`read_candidates`), and the pages a digest shows, with the date it shows and where
that date came from (:func:`read_canonicals`).  Reads are bounded by the window, never the
archive (``pages.run_id`` is indexed), in chunks of ids (:func:`clipper.store.rows.chunks`);
SQLAlchemy Core over the models, so the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from clipper.digest.updates import PageRow
from clipper.digest.window import Window
from clipper.headlines import cluster_headlines
from clipper.models import Cluster, Page, Run, Story
from clipper.seentimes import shown_date
from clipper.store.rows import chunks

__all__ = [
    "DATE_SOURCES",
    "Candidate",
    "Canonical",
    "date_source",
    "read_candidates",
    "read_canonicals",
    "window_clusters",
    "window_runs",
]


@dataclass
class Candidate:
    """A story the window touched: its row, its clusters (id -> row) and all its pages."""

    story: Story
    clusters: dict[int, Cluster] = field(default_factory=dict)
    pages: list[PageRow] = field(default_factory=list)


def window_runs(session: Session, window: Window) -> list[int]:
    """Runs that stored pages in the window: started before its end and either started in it,
    finished in it, or still running.  (An interrupted run has no end time: its start counts.)
    After a recorded digest (``window.after_run``): the runs after those that had ended when
    it read the archive (:mod:`clipper.digest.window`), started before the window's end."""
    if window.after_run is not None:
        return list(
            session.scalars(
                select(Run.id)
                .where(Run.id > window.after_run, Run.started_at <= window.until)
                .order_by(Run.id)
            )
        )
    return list(
        session.scalars(
            select(Run.id)
            .where(
                Run.started_at <= window.until,
                or_(
                    Run.started_at >= window.since,
                    Run.finished_at >= window.since,
                    Run.status == "running",
                ),
            )
            .order_by(Run.id)
        )
    )


def window_clusters(session: Session, runs: list[int]) -> dict[int, int]:
    """cluster id → pages the window's runs stored in it."""
    counts: dict[int, int] = defaultdict(int)
    for chunk in chunks(runs):
        for cluster_id, count in session.execute(
            select(Page.cluster_id, func.count())
            .where(Page.run_id.in_(chunk), Page.cluster_id.is_not(None))
            .group_by(Page.cluster_id)
        ):
            if cluster_id is not None:
                counts[cluster_id] += count
    return counts


def read_candidates(session: Session, cluster_ids: Iterable[int]) -> dict[int, Candidate]:
    """The stories of ``cluster_ids``, with all their clusters and pages."""
    story_ids: set[int] = set()
    for chunk in chunks(sorted(cluster_ids)):
        story_ids.update(
            story_id
            for story_id in session.scalars(select(Cluster.story_id).where(Cluster.id.in_(chunk)))
            if story_id is not None
        )
    found: dict[int, Candidate] = {}
    for chunk in chunks(sorted(story_ids)):
        for story in session.scalars(select(Story).where(Story.id.in_(chunk))):
            found[story.id] = Candidate(story)
        for cluster in session.scalars(select(Cluster).where(Cluster.story_id.in_(chunk))):
            assert cluster.story_id is not None
            found[cluster.story_id].clusters[cluster.id] = cluster
    story_of = {cid: sid for sid, cand in found.items() for cid in cand.clusters}
    for chunk in chunks(sorted(story_of)):
        for row in session.execute(
            select(
                Page.id,
                Page.cluster_id,
                Page.site,
                Page.outlet,
                Page.url,
                Page.run_id,
                func.coalesce(Page.published, Page.fetched_at, Page.seen_at).label("date"),
                Page.source_key,
                Page.version,
                Page.similarity,
                func.coalesce(Page.published, Page.fetched_at).is_not(None).label("dated"),
            ).where(Page.cluster_id.in_(chunk))
        ):
            found[story_of[row.cluster_id]].pages.append(
                PageRow(
                    row.id,
                    row.cluster_id,
                    row.site,
                    row.url,
                    row.run_id,
                    row.date,
                    row.source_key,
                    row.version,
                    row.similarity,
                    row.outlet,
                    bool(row.dated),
                )
            )
    return found


# What a shown date is (Article.date_source): a page's publication date as declared or as
# guessed, or an update's time (Page.date_source), else its fetch time, else the time clipper
# stored it.
DATE_SOURCES = ("published", "guessed", "updated", "fetched", "archived")


@dataclass
class Canonical:
    """A page as the digest shows it: headline, address, site, the date shown (ISO 8601
    text), its language and, when read, its text; where the date came from
    (:data:`DATE_SOURCES`) and whether it is a zoneless time."""

    title: str | None
    url: str | None
    site: str | None
    date: str | None
    language: str | None
    text: str | None
    date_source: str | None = None
    date_zoneless: bool = False


def date_source(
    published: str | None, source: str | None, fetched_at: str | None, seen_at: str | None
) -> str | None:
    if published:
        return source if source in ("guessed", "updated") else "published"
    if fetched_at:
        return "fetched"
    return "archived" if seen_at else None


def read_canonicals(
    session: Session, page_ids: Iterable[int], with_text: bool, headlines: bool = True
) -> dict[int, Canonical]:
    """The pages ``page_ids`` as the digest shows them; a canonical's title is its cluster's
    headline (``headlines``; a copy, ``headlines=False``, keeps its own)."""
    columns = [
        Page.id,
        Page.title,
        Page.url,
        Page.site,
        func.coalesce(Page.published, Page.fetched_at, Page.seen_at).label("date"),
        Page.language,
        Page.published,
        Page.date_source,
        Page.fetched_at,
        Page.seen_at,
        Page.published_zoneless,
        Page.published_from,
        Page.published_to,
    ]
    if with_text:
        columns.append(Page.text)
    found: dict[int, Canonical] = {}
    for chunk in chunks(sorted(set(page_ids))):
        # a cluster's headline: its canonical's title, else its copies' (clipper.headlines)
        heads = cluster_headlines(session, chunk) if headlines else {}
        for row in session.execute(select(*columns).where(Page.id.in_(chunk))):
            # a zoneless time its site's clocks pin is that moment (clipper.seentimes)
            date, zoneless = shown_date(
                row.date,
                bool(row.published and row.published_zoneless),
                row.published_from,
                row.published_to,
            )
            found[row.id] = Canonical(
                heads.get(row.id, row.title),
                row.url,
                row.site,
                date,
                row.language,
                row.text if with_text else None,
                date_source(row.published, row.date_source, row.fetched_at, row.seen_at),
                zoneless,
            )
    return found
