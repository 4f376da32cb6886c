"""``clipper stats``: the archive's totals, its top sites and its recent runs.

Only reads, so it runs while a ``clipper dedupe`` writes.  Totals count pages (a page's stored
versions once), clusters and rejections over the whole archive: this is the one command that
reads every row, on request, never in a run.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy import func, make_url, select, text

from clipper.archive import Archive
from clipper.models import Rejected
from clipper.page import KEPT_NOTES, NOT_PAGES

__all__ = ["RunInfo", "SiteCount", "Stats", "stats"]

# What the archive's rejection counts leave out: a crawl's housekeeping, a run's notes on pages
# it stored.
_NOT_COUNTED = sorted(NOT_PAGES | KEPT_NOTES)


@dataclass(frozen=True)
class SiteCount:
    site: str
    pages: int
    clusters: int


@dataclass(frozen=True)
class RunInfo:
    run_id: int
    started_at: str
    finished_at: str | None
    status: str
    inputs: list[str]
    counts: dict[str, Any]  # the run's summary as stored (pages_read, stored, skipped, …)


@dataclass(frozen=True)
class Stats:
    pages: int  # distinct pages (addresses or files): a page's versions count once
    clusters: int  # = canonical articles
    variants: int  # pages that are not a canonical (pages - clusters)
    exact_duplicates: int
    multi_page_clusters: int  # stories carried by more than one page
    largest_cluster: int
    sites: int
    pages_without_site: int
    rejections: int  # skipped inputs summed over runs (a dump read twice counts twice)
    first_date: str | None
    last_date: str | None
    top_sites: list[SiteCount] = field(default_factory=list)
    runs_total: int = 0
    skipped_inputs: int = 0  # distinct (input, reason) among the rejections
    runs: list[RunInfo] = field(default_factory=list)  # newest first
    size_bytes: int | None = None  # on disk (SQLite: file and WAL; PostgreSQL: the database)
    # earlier texts kept of pages fetched again changed (stored rows beyond one a page)
    older_versions: int = 0
    # every stored text, pages + older_versions: the rows clipper export writes
    stored_pages: int = 0
    # registrable sites (pages.outlet): what "carried by N outlets" counts everywhere
    outlets: int = 0
    # stories (clipper stories: clusters reporting one event), and those of 2+ clusters
    stories: int = 0
    multi_cluster_stories: int = 0
    # the rejections of every run by reason (``rejections`` split: a dump read twice counts
    # twice), most first, then by name
    rejections_by_reason: dict[str, int] = field(default_factory=dict)
    # the skipped inputs by reason (``skipped_inputs`` split: an input once a reason however
    # often it was read, as after a run killed and read again), most first, then by name
    skipped_by_reason: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _counts(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _inputs(raw: str | None) -> list[str]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return [raw or ""]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _published(bound: str) -> str:
    """SQL: a page's publication time in UTC, a zoneless one by its ``bound`` column
    (``published_from``/``published_to``; as written when it has none)."""
    return f"CASE WHEN published_zoneless THEN coalesce({bound}, published) ELSE published END"


def stats(archive: Archive, *, top: int = 10, runs: int = 10) -> Stats:
    """Totals, the ``top`` sites by pages and the ``runs`` most recent runs."""
    with archive.engine.connect() as connection:
        totals = connection.execute(
            text(
                # pages, not versions: a page stored again with a new headline counts once;
                # versions, not the fetches cut short kept beside them (version 0)
                "SELECT count(DISTINCT source_key) AS pages, "
                "count(CASE WHEN version > 0 THEN 1 END) AS rows, "
                "count(CASE WHEN is_exact_duplicate THEN 1 END) AS exact, "
                "count(DISTINCT site) AS sites, count(DISTINCT outlet) AS outlets, "
                "count(DISTINCT CASE WHEN site IS NULL THEN source_key END) AS no_site, "
                # a time written without a zone by the UTC bounds its site's clocks give it
                # (as first/last seen read it): its day in --tz is then stats' to say
                f"min(coalesce({_published('published_from')}, fetched_at)) AS first_date, "
                f"max(coalesce({_published('published_to')}, fetched_at)) AS last_date "
                "FROM pages"
            )
        ).one()
        cluster_totals = connection.execute(
            text(
                "SELECT count(*) AS clusters, count(CASE WHEN pages > 1 THEN 1 END) AS multi, "
                "coalesce(max(pages), 0) AS largest FROM clusters"
            )
        ).one()
        # problems only: a crawl's housekeeping records (NOT_PAGES) are not rejections of input,
        # nor a run's notes on pages it stored (KEPT_NOTES)
        rejections = (
            connection.execute(
                select(func.count()).select_from(Rejected).where(Rejected.reason.not_in(_NOT_COUNTED))
            ).scalar()
            or 0
        )
        by_reason = connection.execute(
            select(Rejected.reason, func.count())
            .where(Rejected.reason.not_in(_NOT_COUNTED))
            .group_by(Rejected.reason)
        ).all()
        distinct_inputs = (
            select(Rejected.origin, Rejected.reason)
            .where(Rejected.reason.not_in(_NOT_COUNTED))
            .distinct()
            .subquery()
        )
        skipped_by_reason = connection.execute(
            select(distinct_inputs.c.reason, func.count()).group_by(distinct_inputs.c.reason)
        ).all()
        story_totals = connection.execute(
            text("SELECT count(*) AS stories, count(CASE WHEN size > 1 THEN 1 END) AS multi "
                 "FROM stories")
        ).one()
        skipped_inputs = connection.execute(
            select(func.count()).select_from(distinct_inputs)
        ).scalar() or 0
        top_sites = [
            SiteCount(row.site, row.pages, row.clusters)
            for row in connection.execute(
                text(
                    "SELECT site, count(DISTINCT source_key) AS pages, "
                    "count(DISTINCT cluster_id) AS clusters "
                    "FROM pages WHERE site IS NOT NULL GROUP BY site "
                    "ORDER BY pages DESC, site LIMIT :top"
                ),
                {"top": top},
            )
        ]
        runs_total = connection.execute(text("SELECT count(*) FROM runs")).scalar() or 0
        recent_runs = [
            RunInfo(
                run_id=row.id,
                started_at=row.started_at,
                finished_at=row.finished_at,
                status=row.status,
                inputs=_inputs(row.inputs),
                counts=_counts(row.counts),
            )
            for row in connection.execute(
                text(
                    "SELECT id, started_at, finished_at, status, inputs, counts FROM runs "
                    "ORDER BY id DESC LIMIT :runs"
                ),
                {"runs": runs},
            )
        ]
        # A run killed outright never wrote its counts: what it stored is in its pages
        # (the pages.run_id index: one seek per such run).
        for run in recent_runs:
            if "stored" not in run.counts:
                run.counts["stored"] = connection.execute(
                    text("SELECT count(*) FROM pages WHERE run_id = :run"), {"run": run.run_id}
                ).scalar()
        size = archive.backend.size_bytes(connection, make_url(archive.url).database)
    if any(run.status == "running" for run in recent_runs) and archive.writing() is False:
        # No run holds the write lock: a run still 'running' was killed outright; the next
        # dedupe records it as interrupted, and so does this view.
        recent_runs = [
            replace(run, status="interrupted") if run.status == "running" else run
            for run in recent_runs
        ]
    return Stats(
        pages=totals.pages,
        clusters=cluster_totals.clusters,
        variants=max(totals.pages - cluster_totals.clusters, 0),
        older_versions=totals.rows - totals.pages,
        stored_pages=totals.rows,
        exact_duplicates=int(totals.exact),
        multi_page_clusters=int(cluster_totals.multi),
        largest_cluster=int(cluster_totals.largest),
        sites=totals.sites,
        outlets=totals.outlets,
        pages_without_site=totals.no_site,
        rejections=int(rejections),
        rejections_by_reason={
            str(reason): int(count)
            for reason, count in sorted(by_reason, key=lambda row: (-row[1], row[0]))
        },
        skipped_by_reason={
            str(reason): int(count)
            for reason, count in sorted(skipped_by_reason, key=lambda row: (-row[1], row[0]))
        },
        stories=int(story_totals.stories),
        multi_cluster_stories=int(story_totals.multi),
        skipped_inputs=int(skipped_inputs),
        first_date=totals.first_date,
        last_date=totals.last_date,
        top_sites=top_sites,
        runs_total=int(runs_total),
        runs=recent_runs,
        size_bytes=size,
    )
