"""A run's batches stored in a process of their own (clipper.batchprocess): the same archive as
in the main process, the story stage in the main process, and the run's ends kept: a batch
process killed fails the run with what happened, a stop passed on to it interrupts the run,
an error in it fails the run as it would in the main process; in each case the committed
batches stay whole and a re-run finishes the job."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from clipper import batchprocess, pipeline, stops
from clipper.archive import open_archive
from clipper.config import Config
from clipper.run import RunFailed, dedupe
from clipper.summary import RunSummary
from tests._robust import canonical_dump, check_consistent, make_corpus, query, runs

pytestmark = pytest.mark.skipif(not batchprocess.AVAILABLE, reason="no fork start method here")

# 10 pages a batch: the corpus's ~60 pages make several batches, so a batch in the middle can
# fail while earlier ones are committed.
BATCH = 10


@pytest.fixture(scope="module")
def night(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("night")
    make_corpus(root, stories=24, seed=11)
    return root


def _run(db: Path, night: Path, **config: Any) -> tuple[RunSummary, list[int]]:
    """dedupe of ``night`` into ``db`` (two workers unless said); the processes that reported
    progress after each batch."""
    # written by whichever process reports (a list appended to in a child stays there)
    reports = db.with_suffix(".reported")
    reports.unlink(missing_ok=True)

    def report(_: RunSummary) -> None:
        with reports.open("a") as f:
            f.write(f"{os.getpid()}\n")

    archive = open_archive(str(db))
    try:
        summary = dedupe(
            archive, [str(night)], Config(**({"workers": 2, "batch_size": BATCH} | config)),
            on_progress=report,
        )
    finally:
        archive.close()
    return summary, [int(line) for line in reports.read_text().split()]


def _stories(db: Path) -> list[list[tuple[str, str]]]:
    """Each story as the sorted (source key, raw hash) of its clusters' canonicals."""
    rows = query(
        db,
        "SELECT c.story_id, p.source_key, p.raw_hash FROM clusters c "
        "JOIN pages p ON p.id = c.canonical_page_id WHERE c.story_id IS NOT NULL",
    )
    stories: dict[int, list[tuple[str, str]]] = {}
    for story, key, raw in rows:
        stories.setdefault(story, []).append((key, raw))
    return sorted(sorted(members) for members in stories.values())


_SAME = ("stored", "new_clusters", "new_stories", "exact_duplicates", "pages_read", "skipped",
         "not_pages", "already_archived")


def test_the_batches_run_apart_into_the_same_archive_and_stories(
    night: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    apart, reported = _run(tmp_path / "apart.db", night)
    # every batch reported from another process; the story stage ran here, after it ended
    assert reported and os.getpid() not in reported and len(set(reported)) == 1
    monkeypatch.setattr(batchprocess, "AVAILABLE", False)
    here, reported_here = _run(tmp_path / "here.db", night)
    assert set(reported_here) == {os.getpid()}
    assert apart.status == here.status == "completed"
    assert apart.stored > 3 * BATCH and apart.new_stories > 0
    assert {k: apart.as_dict()[k] for k in _SAME} == {k: here.as_dict()[k] for k in _SAME}
    # what the batches timed comes back with the summary
    assert apart.stage_seconds.keys() >= {"recluster", "commit", "stories"}
    assert canonical_dump(tmp_path / "apart.db") == canonical_dump(tmp_path / "here.db")
    assert _stories(tmp_path / "apart.db") == _stories(tmp_path / "here.db")
    assert _stories(tmp_path / "apart.db")
    assert check_consistent(tmp_path / "apart.db", complete=True) == []


def _on_batch(monkeypatch: pytest.MonkeyPatch, nth: int, action: Any) -> None:
    """``action()`` in the process storing the batches, inside the store stage of its
    ``nth`` batch (its pages half written, nothing of the batch committed)."""
    calls = [0]
    real = pipeline.store_batch

    def store_batch(*args: Any, **kwargs: Any) -> None:
        calls[0] += 1
        real(*args, **kwargs)
        if calls[0] == nth:
            action()

    monkeypatch.setattr(pipeline, "store_batch", store_batch)


def _finishes(db: Path, night: Path, whole: dict[str, Any]) -> None:
    """The archive a stopped or failed run left is consistent, holds its committed batches
    whole, and a re-run (in the main process) makes it the uninterrupted run's archive."""
    assert check_consistent(db) == []
    rerun, _ = _run(db, night, workers=1)
    assert rerun.status == "completed"
    assert canonical_dump(db) == whole


@pytest.fixture(scope="module")
def whole(night: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("whole") / "whole.db"
    _run(db, night, workers=1)
    return canonical_dump(db)


def test_a_batch_process_killed_fails_the_run_and_keeps_the_committed_batches(
    night: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, whole: dict[str, Any]
) -> None:
    """SIGKILL (the out-of-memory killer) in the third batch's store stage: the run fails
    saying so, its two committed batches kept, the third not written at all."""
    db = tmp_path / "a.db"
    _on_batch(monkeypatch, 3, lambda: os.kill(os.getpid(), signal.SIGKILL))
    with pytest.raises(RunFailed) as failed:
        _run(db, night)
    kept = query(db, "SELECT count(*) FROM pages")[0][0]
    assert 0 < kept < len(whole["pages"])
    assert str(failed.value) == (
        "the run stopped: BatchProcessLost: the process storing the batches was killed by "
        f"SIGKILL (out of memory?). The {kept} pages of this run committed before it are "
        "kept; the batch in progress was not stored. Fix the cause (free memory, or run "
        "with fewer pages a batch) and re-run to finish."
    )
    assert [status for _, status, *_ in runs(db)] == ["failed"]
    monkeypatch.undo()
    _finishes(db, night, whole)


def test_a_stop_of_the_main_process_alone_is_passed_on_and_interrupts_the_run(
    night: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, whole: dict[str, Any]
) -> None:
    """SIGTERM to the main process only (``kill PID``, a cron job's timeout) while the batch
    process stores its second batch: passed on, the batch rolled back, the run interrupted."""
    db = tmp_path / "a.db"

    def stop_the_main_process() -> None:
        os.kill(os.getppid(), signal.SIGTERM)
        time.sleep(30)  # the stop passed on lands here

    _on_batch(monkeypatch, 2, stop_the_main_process)
    with stops.as_interrupts(), pytest.raises(stops.Terminated):
        _run(db, night)
    assert [status for _, status, *_ in runs(db)] == ["interrupted"]
    # the first batch kept, the second rolled back: not passed on, the stop would have come
    # after the sleep and every batch (the run stops before its story stage only)
    assert 0 < query(db, "SELECT count(*) FROM pages")[0][0] < len(whole["pages"])
    monkeypatch.undo()
    _finishes(db, night, whole)


def test_an_error_in_the_batch_process_fails_the_run_as_in_the_main_process(
    night: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, whole: dict[str, Any]
) -> None:
    """A write the system refuses (a full disk) in the second batch: the run's message names
    it, with the pages kept, as the same failure in the main process does."""
    db = tmp_path / "a.db"

    def full() -> None:
        raise OSError(28, "No space left on device")

    _on_batch(monkeypatch, 2, full)
    with pytest.raises(RunFailed) as failed:
        _run(db, night)
    kept = query(db, "SELECT count(*) FROM pages")[0][0]
    assert 0 < kept < len(whole["pages"])
    assert str(failed.value).startswith(
        "the run stopped: OSError: [Errno 28] No space left on device. The "
        f"{kept} pages of this run committed before it are kept"
    )
    assert [status for _, status, *_ in runs(db)] == ["failed"]
    monkeypatch.undo()
    _finishes(db, night, whole)


class _Ended:
    """A worker process as :class:`clipper.workers.WorkerLost` reads it."""

    pid = 4321
    exitcode = -signal.SIGKILL


def _lose_a_worker() -> None:
    from clipper.workers import WorkerLost

    raise WorkerLost([_Ended()], "cleaning pages")  # type: ignore[list-item]


def test_an_error_that_does_not_pickle_back_keeps_its_kind_message_and_hint() -> None:
    """WorkerLost takes the processes it lost, not its message: it comes back carried, and the
    run's message names it as it would have in the main process."""
    from clipper.run import _one_line
    from clipper.workers import WorkerLost

    with pytest.raises(batchprocess.CarriedError) as carried:
        batchprocess.run_apart(_lose_a_worker)
    assert isinstance(carried.value, OSError)
    assert _one_line(carried.value) == (
        "WorkerLost: worker process 4321 was killed by SIGKILL while the run was cleaning "
        "pages (SIGKILL is what the kernel's out-of-memory killer sends: see dmesg)"
    )
    assert carried.value.hint == WorkerLost.hint


def _fail() -> None:
    raise ValueError("a bug in a stage")


def test_what_the_batch_process_returns_or_raises_comes_back() -> None:
    assert batchprocess.run_apart(lambda: {"pid": os.getpid()})[0]["pid"] != os.getpid()
    with pytest.raises(ValueError, match="a bug in a stage"):
        batchprocess.run_apart(_fail)
    with pytest.raises(batchprocess.BatchProcessLost, match="killed by SIGKILL"):
        batchprocess.run_apart(lambda: os.kill(os.getpid(), signal.SIGKILL))
