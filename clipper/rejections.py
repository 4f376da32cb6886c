"""The inputs a run could not turn into articles, as stored (``rejections`` table): what
``clipper rejections`` lists, so a user can find every bad file, line or record and fix it.

A run keeps each rejection (origin, reason, detail); the dedupe summary shows only counts and
a few examples.  A crawl's housekeeping records (:data:`clipper.read.NOT_PAGES`: WARC request,
metadata, DNS records, images...) are stored too but listed only when asked for.
"""

from __future__ import annotations

import heapq
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select

from clipper.archive import Archive
from clipper.dates import zoned_times
from clipper.models import Rejected, Run
from clipper.page import CLEAN_REASONS, KEPT_NOTES, NOT_PAGES, PIPELINE_REASONS, READ_REASONS
from clipper.readingorder import reading_order
from clipper.refs import url_spellings

# Every reason a run can record: reading's, cleaning's, the pipeline's, and its notes on pages
# it stored (KEPT_NOTES: date-unread).
ALL_REASONS: frozenset[str] = READ_REASONS | CLEAN_REASONS | PIPELINE_REASONS | KEPT_NOTES
# What a list or a count of a run's rejections leaves out unless asked for by reason: a crawl's
# housekeeping, and the notes on pages stored.
_UNASKED: frozenset[str] = NOT_PAGES | KEPT_NOTES


class NoRun(LookupError):
    """The archive has no such run (or no run at all); the message says which."""


class UnknownReason(ValueError):
    """A reason outside :data:`ALL_REASONS` (a typo would otherwise list nothing)."""


@dataclass(frozen=True)
class RejectionRow:
    run_id: int
    origin: str
    reason: str
    detail: str
    url: str | None = None  # the page's address when it had one (its URL key)
    # when the reading rejected was fetched (ISO 8601, UTC; None: unknown, or before 0038)
    fetched_at: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The fields as a JSON document, ``fetched_at`` with its zone."""
        return dict(zoned_times(asdict(self)))


def rejections(
    archive: Archive,
    *,
    run_id: int | None = None,
    reasons: tuple[str, ...] = (),
    with_not_pages: bool = False,
    limit: int = 100,
    url: str | None = None,
    origin: str | None = None,
    all_runs: bool = False,
) -> tuple[int | None, list[RejectionRow]]:
    """``(run id, rejections)`` of run ``run_id`` (default: the newest run), at most ``limit``,
    in the order a user reads the input: by run, then origin in reading order (file, then line
    or offset as a number: ``dump.jsonl:27`` before ``dump.jsonl:232``; see
    :func:`clipper.readingorder.reading_order`), not in the order they were recorded (a batch's
    reading problems before its cleaning ones).  SQL cannot sort numbers inside a text, so
    the matching rows are read once, the first ``limit`` of them kept.
    ``reasons`` keeps only those reasons; crawl housekeeping (``NOT_PAGES``) is left out
    unless ``with_not_pages``, asked for by reason, or one page asked for (``url``,
    ``origin``: a mirror's ``wp-json`` is what happened to that address), and so are the
    notes on pages stored (:data:`clipper.page.KEPT_NOTES`: ``date-unread``) unless asked for
    by reason.  ``all_runs``: of every run (the run id returned is None).  ``url`` (any
    spelling of it, as ``clipper show`` takes it) or ``origin`` (``dumps/wire.jsonl:15``,
    relative or absolute) keep the rejections of that page, of every run unless ``run_id``
    is given (then the run id returned is None when it was not given): index seeks
    (migration 0018).  Raises :class:`UnknownReason` for a reason no run records,
    :class:`NoRun`."""
    unknown = sorted(set(reasons) - ALL_REASONS)
    if unknown:
        raise UnknownReason(
            f"no such reason: {', '.join(unknown)} (reasons: {', '.join(sorted(ALL_REASONS))})"
        )
    with archive.sessions() as session:
        if run_id is None and url is None and origin is None and not all_runs:
            run_id = session.scalar(select(func.max(Run.id)))
            if run_id is None:
                raise NoRun("the archive has no runs yet (run clipper dedupe first)")
        elif run_id is not None and session.get(Run, run_id) is None:
            raise NoRun(f"no run {run_id} in this archive (clipper stats lists the runs)")
        query = select(
            Rejected.run_id,
            Rejected.origin,
            Rejected.reason,
            Rejected.detail,
            Rejected.url,
            Rejected.fetched_at,
        )
        if run_id is not None:
            query = query.where(Rejected.run_id == run_id)
        if url is not None:
            query = query.where(Rejected.url.in_(url_spellings(url)))
        if origin is not None:
            query = query.where(Rejected.origin.in_(url_spellings(origin)))
        if reasons:
            query = query.where(Rejected.reason.in_(reasons))
        elif not with_not_pages and url is None and origin is None:
            query = query.where(Rejected.reason.not_in(sorted(_UNASKED)))
        else:
            query = query.where(Rejected.reason.not_in(sorted(KEPT_NOTES)))
        rows = heapq.nsmallest(
            limit,
            session.execute(query.add_columns(Rejected.id)),
            key=lambda row: (row.run_id, reading_order(None, row.origin), row.id),
        )
    return run_id, [RejectionRow(*row[:6]) for row in rows]


def run_count(archive: Archive, run_id: int) -> int:
    """How many rejections run ``run_id`` recorded, crawl housekeeping aside (an index seek
    on the run): what a list of one reason that came out empty names as the others."""
    with archive.sessions() as session:
        found = session.scalar(
            select(func.count())
            .select_from(Rejected)
            .where(Rejected.run_id == run_id, Rejected.reason.not_in(sorted(_UNASKED)))
        )
    return int(found or 0)


def kept_notes(archive: Archive, run_id: int | None) -> dict[str, int]:
    """How many notes on pages stored (:data:`clipper.page.KEPT_NOTES`: ``date-unread``, a
    page stored without the date it gives; ``revisit-matched``, a WARC revisit that found its
    page) run ``run_id`` recorded (None: every run), by reason, those with none left out: what
    a list without ``--reason`` points to, since it leaves them out (an index seek on the run;
    a scan of the table over every run)."""
    query = (
        select(Rejected.reason, func.count())
        .where(Rejected.reason.in_(sorted(KEPT_NOTES)))
        .group_by(Rejected.reason)
    )
    if run_id is not None:
        query = query.where(Rejected.run_id == run_id)
    with archive.sessions() as session:
        return {reason: int(count) for reason, count in session.execute(query) if count}
