"""A ``clipper dedupe`` run's bookkeeping: :func:`dedupe` opens the run on the archive, cuts the
input into batches, has :class:`clipper.pipeline.Deduper` store each batch and commits it, then
records how the run ended (completed, interrupted, failed: :class:`RunFailed`).

Batches are cut on the raw input stream (every record read counts, even one skipped later),
so they fall at the same places on every run over the same dumps.  Each batch is one
transaction: a crash loses at most the batch in flight, and a re-run skips what is stored and
finishes the job with the same result an uninterrupted run gives.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError

from clipper import allocator, batchprocess, collector, graphemes, paragraphs, stops
from clipper.archive import DEFAULT_LOCK_WAIT_S, Archive, ArchiveError
from clipper.config import Config
from clipper.fingerprint import scheme_description
from clipper.models import Run
from clipper.pipeline import Deduper, Handover
from clipper.read import read_pages
from clipper.store import Store
from clipper.summary import RunSummary
from clipper.workers import Workers

if TYPE_CHECKING:
    from clipper.pipeline import _Batch


def dedupe(
    archive: Archive,
    paths: Sequence[str],
    config: Config | None = None,
    *,
    dry_run: bool = False,
    lock_wait_s: float = DEFAULT_LOCK_WAIT_S,
    on_progress: Callable[[RunSummary], None] | None = None,
) -> RunSummary:
    """Read every page under ``paths`` into ``archive``; return the run's summary.

    With ``dry_run`` everything happens inside one transaction that is rolled back at the end.
    """
    config = config or Config()
    summary = RunSummary(dry_run=dry_run, inputs=[str(p) for p in paths])
    summary.fields_named = {f"{ours}={theirs}": 0 for ours, theirs in config.read.field_names}
    # opening the archive may have waited for another run to create or upgrade it
    summary.lock_wait_seconds = archive.lock_wait_seconds
    asked = time.monotonic()
    try:
        with (
            archive.write_lock(lock_wait_s),
            _timed_from(summary, asked),
            archive.backend.bounded_memory(archive.engine),
            archive.sessions() as session,
            collector.run_scope(),
        ):
            started = time.monotonic()  # the run's own time starts here
            store = Store(session)
            workers = Workers(config)  # no process yet: the pools start with the first pages
            deduper: Deduper | None = None
            status = "failed"
            run: Run | None = None
            try:
                # The run's row is committed 'running' whole, or not at all: a stop while it is
                # written waits (stops.held), then stops the run here, inside the block that
                # records how the run ended.
                with stops.held():
                    store.check_scheme(scheme_description(config.fingerprint))
                    store.mark_interrupted_runs()
                    run = store.start_run(summary.inputs)
                    summary.run_id = run.id
                    # This run's pages wait for the story stage at its end; a run that stops
                    # before it leaves its id here, and the next run's story stage takes its
                    # pages too.
                    story_runs = sorted({*store.stories_pending(), run.id})
                    store.set_stories_pending(story_runs)
                    _commit(session, dry_run)
                deduper = Deduper(store, config, summary, run.id, workers)

                def store_batches(own: Any) -> None:
                    """Every batch of the input stored and committed in session ``own``."""
                    in_flight: _Batch | None = None
                    pages = iter(
                        read_pages(
                            paths,
                            config.read,
                            deduper.reject,
                            archive.own_files,
                            archive.backend.archive_of,
                        )
                    )
                    while (submitted := deduper.submit(islice(pages, config.batch_size))).read:
                        if in_flight is not None:
                            _finish(deduper, in_flight, own, dry_run)
                            _report(on_progress, summary, started)
                        in_flight = submitted
                    if in_flight is not None:
                        _finish(deduper, in_flight, own, dry_run)
                        _report(on_progress, summary, started)

                if batchprocess.AVAILABLE and not dry_run and not workers.in_process:
                    _store_apart(archive, deduper, store_batches)
                else:
                    store_batches(session)
                deduper.finish_stories(story_runs)
                # Rejections reported after the last page (e.g. an unreadable trailing file).
                store.record_rejections(run.id, deduper.pending_rejections)
                # The counts of the archive the run left, not sums over batches.
                summary.set_outcome(store.run_outcome(run.id, summary.moved_from))
                status = "completed"
            except KeyboardInterrupt as stop:
                status = "interrupted"
                # what the run kept, for the stop's message (summary.stored, set below)
                stop.summary = summary  # type: ignore[attr-defined]
                raise
            finally:
                try:
                    workers.close()
                    if deduper is not None:
                        deduper.story_vectors.close()
                        deduper.matching.close()
                finally:
                    # recorded even when a stop lands while the workers close; a stop while it
                    # is written waits for the end to be committed (and a second stop of a run
                    # already stopping is dropped)
                    if run is not None:
                        with stops.held(deliver=status == "completed"):
                            summary.status = status
                            summary.seconds = round(time.monotonic() - started, 3)
                            if status == "completed":
                                _record_end(session, store, run, summary, dry_run)
                            else:
                                # what stopped it: the exception in flight
                                stopped_by = sys.exc_info()[1]
                                _record_stop(
                                    archive, session, store, run, summary, dry_run, stopped_by
                                )
    except (SQLAlchemyError, OSError) as error:
        raise RunFailed(error, summary, refused=archive.backend.write_refused(error)) from error
    return summary


@contextmanager
def _timed_from(summary: RunSummary, asked: float) -> Iterator[None]:
    """Entered once the write lock is held: the time since ``asked`` is what the run waited
    for another run to finish (``summary.lock_wait_seconds``), not part of its own time."""
    summary.lock_wait_seconds = round(summary.lock_wait_seconds + time.monotonic() - asked, 3)
    yield


class RunFailed(ArchiveError):
    """The archive refused a write (a full disk, a lost server, a read-only file), the
    operating system an input/output call, or a worker process was lost
    (:class:`clipper.workers.WorkerLost`): the run stopped.  Its committed batches stay
    (``summary.stored`` pages), the batch in progress was rolled back; a re-run finishes the
    job.  ``str()`` is the one-line message a user sees; ``refused``: the archive refused the
    write as one this connection may not make (:meth:`clipper.backends.Backend.write_refused`:
    a role granted SELECT alone), which the message names as the cause to fix."""

    def __init__(
        self, error: BaseException, summary: RunSummary, *, refused: bool = False
    ) -> None:
        reason = getattr(error, "orig", None) or error
        kept = summary.stored
        cause = (
            "the role may only read this archive: run dedupe as the archive's owner"
            if refused
            else getattr(reason, "hint", "free disk space, reach the server")
        )
        super().__init__(
            f"the run stopped: {_one_line(reason)}. The {kept} page{'s' * (kept != 1)} of "
            "this run committed before it are kept; the batch in progress was not stored. "
            f"Fix the cause ({cause}) and re-run to finish."
        )
        self.summary = summary


def _one_line(reason: BaseException) -> str:
    """An error's message on one line, naming its kind: ``OperationalError: database or
    disk is full``."""
    # an error carried from the process storing the batches names the kind it had there
    kind = getattr(reason, "carried_kind", type(reason).__name__)
    return graphemes.cut(f"{kind}: {' '.join(str(reason).split())}", 300)


def _record_stop(
    archive: Archive,
    session: Any,
    store: Store,
    run: Run,
    summary: RunSummary,
    dry_run: bool,
    stop: BaseException | None,
) -> None:
    """The end of a run that did not complete (``stop``: what stopped it, if anything did):
    what the archive holds of it (its committed batches, not the one in progress when it
    stopped) and its status, committed.

    A stop that cut a statement short left that statement's connection holding the archive's
    write lock for as long as its traceback lives (:func:`clipper.stops.let_go` frees it).
    Stopped inside a statement, the run's own session may still refuse the write (a connection
    invalidated mid-transaction): it is closed, which gives its connection back, and the end
    written once more in a fresh session.  Should that fail too, the run's row stays
    'running', which the next run records as interrupted (and a reader shows so); the stop
    itself must not become this error."""
    stops.let_go(stop)
    try:
        session.rollback()
        run = session.merge(run)
        summary.set_outcome(store.run_outcome(run.id, summary.moved_from))
        _record_end(session, store, run, summary, dry_run)
        return
    except (SQLAlchemyError, KeyboardInterrupt):
        session.rollback()
        session.close()
    if dry_run:
        return  # nothing of a dry run is kept, its row included
    try:
        with archive.sessions() as fresh:
            fresh_store = Store(fresh)
            row = fresh.get(Run, summary.run_id)
            if row is not None:
                summary.set_outcome(fresh_store.run_outcome(row.id, summary.moved_from))
                _record_end(fresh, fresh_store, row, summary, dry_run)
    except (SQLAlchemyError, KeyboardInterrupt):
        pass


def _record_end(
    session: Any, store: Store, run: Run, summary: RunSummary, dry_run: bool
) -> None:
    """The run's status and counts, committed (rolled back on a dry run)."""
    left_out = ("examples", "inputs", "stage_seconds")
    counts = {k: v for k, v in summary.as_dict().items() if k not in left_out}
    store.finish_run(run, summary.status, counts)
    if dry_run:
        session.rollback()
    else:
        session.commit()



def _store_apart(
    archive: Archive, deduper: Deduper, store_batches: Callable[[Any], None]
) -> None:
    """``store_batches`` in a process of its own (:mod:`clipper.batchprocess`), with its own
    session of ``archive``; this process's ``deduper`` continues from what they left.  What
    ended them (a stop, a refused write) is raised here after that, as if they had run here;
    the batch in flight was rolled back in that process."""

    def work() -> tuple[Handover, BaseException | None]:
        archive.engine.dispose(close=False)  # the main process's connections stay its own
        raised: BaseException | None = None
        with archive.sessions() as own:
            deduper.rebind(Store(own))
            try:
                store_batches(own)
            except BaseException as error:  # raised again in the main process
                raised = error
            # the batches' end (or a stop's: a second stop is dropped, as a stopping run's)
            with stops.held(deliver=raised is None):
                if raised is not None:
                    stops.let_go(raised)
                    own.rollback()
                deduper.workers.close()
                deduper.matching.close()
        return deduper.handover(), None if raised is None else batchprocess.portable(raised)

    (left, ended), stopped = batchprocess.run_apart(work)
    deduper.take_over(left)
    # this process's paragraph and word memos go as each batch's go in the batches' process
    # (:func:`_finish`): what filled them before the run is not kept through the story stage
    paragraphs.forget()
    if ended is not None:
        raise ended
    if stopped is not None:
        raise stopped  # it came once every batch was stored: the run stops before its stories


def _finish(deduper: Deduper, batch: _Batch, session: Any, dry_run: bool) -> None:
    """Store ``batch`` and commit it; collect the reference cycles it left and keep what
    outlives it out of later collections (:mod:`clipper.collector`); then give what the batch
    freed back to the operating system, so the process holds what its caches hold, not its
    largest batch's high-water mark (:mod:`clipper.allocator`).  While worker processes clean
    the pages, this process's paragraph memos (:mod:`clipper.paragraphs`, filled by its
    read-backs and template cuts) are emptied first: kept, they fill to their caps over a
    night."""
    deduper.finish(batch)
    with deduper.summary.timed("commit"):
        _commit(session, dry_run)
    with deduper.summary.timed("collect-garbage"):
        collector.settle()
    with deduper.summary.timed("release-memory"):
        if not deduper.workers.in_process:
            paragraphs.forget()
        allocator.release()


def _report(
    on_progress: Callable[[RunSummary], None] | None, summary: RunSummary, started: float
) -> None:
    if on_progress:
        summary.seconds = time.monotonic() - started
        on_progress(summary)


def _commit(session: Any, dry_run: bool) -> None:
    """Commit (flush on a dry run); a stop arriving meanwhile waits for the commit to end
    (:func:`clipper.stops.held`): the batch is kept, and the stop does not land in the
    connection pool's return of the connection, which logs its traceback to stderr ("Exception
    during reset or similar") before the stop goes on."""
    with stops.held():
        if dry_run:
            session.flush()
        else:
            session.commit()
