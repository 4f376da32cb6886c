"""The digest's time window: ``--since``, else since the previous digest of the same selection.

Times are the archive's: ISO 8601 UTC without an offset (``clipper.store.rows.now``), compared as
text.  The window is about when clipper *stored* pages (the runs), not when they were
published: the morning digest is "what arrived since the last one".

Times are kept to the second, so a window's edge cannot tell a run that ended in the second a
digest was read before the read from one that ended after it.  A recorded digest therefore
also keeps ``runs_done``, the highest run id below which every run had ended when it read the
archive (runs hold the write lock one at a time: their ids follow their order), and the next
digest of the selection takes the runs after it: each run that ended before a digest's read
is in that digest and not the next, one still running is in both (its pages stored after the
read are in the next only), and none is lost whatever the clock says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clipper.config import DigestConfig
from clipper.dates import DateError, day_start, parse_when
from clipper.models import Cluster, Digest, Page, Run
from clipper.quoting import quoted
from clipper.store.rows import chunks, now


class WindowError(ValueError):
    """A ``--since`` that cannot be used; the message says what to write instead."""


@dataclass(frozen=True)
class Window:
    """``since`` ≤ stored time < ``until`` (ISO, UTC); ``basis`` says where ``since`` came
    from: ``"--since"``, ``"previous digest"`` or ``"default"`` (the first digest).
    ``after_run``: the previous digest's ``runs_done`` (the window's runs are those after it,
    :func:`clipper.digest.windowrows.window_runs`), None to go by time; ``runs_done``: this
    digest's, taken before it reads (:func:`runs_done`)."""

    since: str
    until: str
    basis: str
    after_run: int | None = None
    runs_done: int | None = None


def parse_since(value: str, until: str, zone: tzinfo | None = None) -> str:
    """``24h`` / ``30m`` / ``7d`` / ``2w`` before ``until``, or ``today``, ``yesterday``, a date
    (from where that day starts in ``zone``, ``--tz``: ``yesterday`` read at 06:00 in Jakarta
    starts at 17:00 UTC two days before) or a date-time (in ``zone`` unless it has an offset;
    None: UTC) → ISO ``since`` (UTC); the forms every command takes (:mod:`clipper.dates`).
    Raises WindowError when unparseable or after ``until``."""
    try:
        start, has_time = parse_when(value, "--since", datetime.fromisoformat(until), zone)
    except DateError as error:
        raise WindowError(str(error)) from None
    if not has_time:
        start = day_start(start.date(), zone)
    since = start.isoformat(timespec="seconds")
    if since > until:
        raise WindowError(
            f"--since {quoted(value)} is in the future (it is now {until} UTC): "
            "nothing can have arrived after it"
        )
    return since


def selection_key(watch_names: list[str], query: str | None) -> str:
    """Names what a digest covers, so the next digest of the same selection continues from it:
    ``all`` (every watchlist, or every story when there are none), else the watchlists chosen
    and the query."""
    parts = []
    if watch_names:
        parts.append("watch:" + ",".join(sorted(set(watch_names))))
    if query:
        parts.append("query:" + " ".join(query.split()))
    return " | ".join(parts) if parts else "all"


def runs_done(session: Session) -> int:
    """The highest run id below which every run has ended (0 for none): the last run id if
    none is running, else the one before the first still running (a run killed outright reads
    as running until the next run marks it interrupted)."""
    running = session.scalar(select(func.min(Run.id)).where(Run.status == "running"))
    if running is not None:
        return int(running) - 1
    return int(session.scalar(select(func.max(Run.id))) or 0)


def unfiled_pages(session: Session, runs: list[int]) -> dict[int, int]:
    """run id → pages it stored that are in no story yet (its story stage never ran: a run
    killed outright, or one still running), of ``runs`` (the window's), by the pages.run_id
    index; runs with none are left out."""
    counts: dict[int, int] = {}
    for chunk in chunks(runs):
        for run_id, count in session.execute(
            select(Page.run_id, func.count())
            .outerjoin(Cluster, Cluster.id == Page.cluster_id)
            .where(Page.run_id.in_(chunk), Cluster.story_id.is_(None))
            .group_by(Page.run_id)
        ):
            counts[int(run_id)] = int(count)
    return counts


def runs_done_before(runs_done: int | None, unfiled: dict[int, int]) -> int | None:
    """A digest's ``runs_done`` held below the first run with pages in no story: the next
    digest takes that run again, once a re-run has filed its pages (else a run marked
    interrupted, which has ended, would fall out of every window with its stories)."""
    if runs_done is None or not unfiled:
        return runs_done
    return min(runs_done, min(unfiled) - 1)


def resolve(
    session: Session,
    selection: str,
    since: str | None,
    config: DigestConfig,
    zone: tzinfo | None = None,
    again: bool = False,
) -> Window:
    """The window for a digest of ``selection`` written now (``since`` read in ``zone``:
    :func:`parse_since`).  Reads which runs have ended first, before the digest reads anything
    else (:func:`runs_done`).  ``again``: the window of the last digest recorded for
    ``selection`` (:func:`last_window`), as that digest read it: the same morning's digest in
    another format."""
    if again:
        return last_window(session, selection)
    done = runs_done(session)
    until = now()
    if since is not None:
        return Window(parse_since(since, until, zone), until, "--since", runs_done=done)
    previous = session.execute(
        select(Digest.until, Digest.runs_done)
        .where(Digest.selection == selection)
        .order_by(Digest.until.desc(), Digest.id.desc())
        .limit(1)
    ).first()
    if previous is not None and previous.until <= until:
        return Window(previous.until, until, "previous digest", previous.runs_done, done)
    start = datetime.fromisoformat(until) - timedelta(hours=config.default_window_hours)
    return Window(start.isoformat(timespec="seconds"), until, "default", runs_done=done)


def last_window(session: Session, selection: str) -> Window:
    """The window of the last digest written for ``selection`` (recorded with at least one
    story: an empty one wrote nothing), basis ``"--again"``: its start and end, and the runs it
    took (those after the digest recorded before it, when it continued from that one; else by
    time, as a first digest goes).  Raises WindowError when none is recorded."""
    last = session.execute(
        select(Digest.id, Digest.since, Digest.until, Digest.runs_done)
        .where(Digest.selection == selection, Digest.stories > 0)
        .order_by(Digest.until.desc(), Digest.id.desc())
        .limit(1)
    ).first()
    if last is None:
        raise WindowError(
            f"--again: no digest of this selection ({selection}) has been written yet: one "
            "without --since and --no-record is recorded"
        )
    # It continued from the digest recorded before it when it started where that one ended.
    before = session.scalar(
        select(Digest.runs_done)
        .where(Digest.selection == selection, Digest.until == last.since, Digest.id < last.id)
        .order_by(Digest.id.desc())
        .limit(1)
    )
    return Window(last.since, last.until, "--again", before, last.runs_done)


def record(session: Session, selection: str, window: Window, stories: int) -> None:
    """Remember a digest written with the default window: the next one starts at its end."""
    session.add(
        Digest(
            selection=selection,
            since=window.since,
            until=window.until,
            created_at=now(),
            stories=stories,
            runs_done=window.runs_done,
        )
    )
