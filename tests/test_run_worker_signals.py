"""How a run with worker processes ends when a stop reaches its whole process group (systemd's
KillMode=control-group, ``kill -TERM -PGID``, Ctrl-C at a terminal) or one of its workers is
killed (the OOM killer); and a stop that lands in a finalizer.  tests/test_run_signals.py has
the stops sent to the main process alone."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper import stops
from clipper.cli import cli
from tests._robust import make_corpus, try_query
from tests.test_run_signals import _recorded_interrupted, _start, _wait_for_pages

# A stopped run must end within this many seconds; on a pool that waits on a lock its dead
# worker held, it never does.
HUNG_S = 60


@pytest.fixture(scope="module")
def night(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Pages (a/), then 3,000 copies of a record a/ holds (b-again.jsonl: the main process
    skips them, a batch of 10 at a time, while the workers wait with nothing to clean), then
    more pages (c/)."""
    root = tmp_path_factory.mktemp("night")
    make_corpus(root / "a", stories=20, seed=1)
    record = (root / "a" / "feed.jsonl").read_text(encoding="utf-8").splitlines()[0]
    (root / "b-again.jsonl").write_text((record + "\n") * 3000, encoding="utf-8")
    make_corpus(root / "c", stories=20, seed=2)
    return root


@pytest.fixture(scope="module")
def whole(night: Path, tmp_path_factory: pytest.TempPathFactory) -> int:
    """The pages an uninterrupted run of ``night`` stores."""
    db = tmp_path_factory.mktemp("whole") / "a.db"
    done = CliRunner().invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", "--json",
                                    str(night)])
    assert done.exit_code == 0, done.output
    stored: int = json.loads(done.stdout)["stored"]
    return stored


def _at_the_copies(db: Path, proc: subprocess.Popen[str]) -> None:
    """Until the run has committed its first copies of b-again.jsonl: every page sent to the
    workers has come back, and they wait for more (one of them inside the pool's queue lock,
    reading the queue)."""
    _wait_for_pages(db, proc, "rejections WHERE origin LIKE '%b-again%'",
                    "the run never reached the copies")


def _ended(proc: subprocess.Popen[str]) -> str:
    """The run's stderr once it has ended; a run still there after HUNG_S seconds is killed
    (its whole group) and fails the test."""
    started = time.monotonic()
    try:
        _, err = proc.communicate(timeout=HUNG_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"the run did not end within {HUNG_S} s")
    print(f"ended {time.monotonic() - started:.2f} s after")  # the loop's exit times
    return err


def _rerun_finishes(db: Path, night: Path, whole: int) -> None:
    kept = try_query(db, "SELECT count(*) FROM pages")[0][0]
    rerun = CliRunner().invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", "--json",
                                     str(night)])
    assert rerun.exit_code == 0, rerun.output
    summary = json.loads(rerun.stdout)
    assert summary["status"] == "completed"
    assert kept + summary["stored"] == whole


@pytest.mark.parametrize(
    ("signum", "code", "said"),
    [(signal.SIGTERM, 143, "terminated"), (signal.SIGINT, 130, "interrupted")],
    ids=["SIGTERM", "SIGINT"],
)
def test_a_stop_sent_to_the_process_group_ends_a_two_worker_run(
    night: Path, whole: int, tmp_path: Path, signum: int, code: int, said: str
) -> None:
    """The stop reaches the workers too: SIGTERM kills them wherever they are (the one waiting
    for a page inside the pool's queue lock included), SIGINT they leave to the main process.
    The run ends as a stop sent to it alone does: interrupted, its committed pages kept."""
    db = tmp_path / "a.db"
    proc = _start(db, night, workers=2, own_group=True)
    _at_the_copies(db, proc)
    os.killpg(proc.pid, signum)
    err = _ended(proc)
    assert proc.returncode == code, err
    assert "Traceback" not in err and "Exception ignored" not in err, err
    _recorded_interrupted(db)
    kept = try_query(db, "SELECT count(*) FROM pages")[0][0]
    assert (f"{said}: the {kept} pages of this run committed before it are kept, the batch in "
            "progress was not stored; re-run to finish") in err
    _rerun_finishes(db, night, whole)


def _waiting_in_the_queue(main: int) -> int:
    """The worker of ``main`` that waits for a task reading the pool's queue (inside its lock):
    Linux's /proc shows it in read(2) (system call 0 on x86-64, 63 on arm64).  The workers are
    the children of the process storing the batches (clipper.batchprocess), itself the main
    process's child, where it forks; else of the main process."""
    reading = {"x86_64": "0", "aarch64": "63"}.get(os.uname().machine)
    if reading is None or not Path(f"/proc/{main}/task/{main}/children").exists():
        pytest.skip("needs Linux's /proc on x86-64 or arm64")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        for pid in _descendants(main):
            with contextlib.suppress(OSError):
                call = Path(f"/proc/{pid}/syscall").read_text().split()
                if call and call[0] == reading:
                    return pid
        time.sleep(0.05)
    raise AssertionError("no worker waits in the queue")


def _descendants(pid: int) -> list[int]:
    """The processes under ``pid`` (Linux's /proc), deepest last."""
    found: list[int] = []
    todo = [pid]
    while todo:
        with contextlib.suppress(OSError):
            children = [int(c) for c in
                        Path(f"/proc/{todo[0]}/task/{todo[0]}/children").read_text().split()]
            found += children
            todo += children
        todo.pop(0)
    return found


def test_a_worker_killed_mid_run_ends_the_run_with_what_happened(
    night: Path, whole: int, tmp_path: Path
) -> None:
    """SIGKILL to one worker (the kernel's out-of-memory killer), the one waiting for pages
    inside the pool's queue lock: the run stops at its next pages (they would wait for ever),
    names the worker and what killed it, keeps its committed pages, and is not left
    'running'; a re-run finishes the job."""
    db = tmp_path / "a.db"
    proc = _start(db, night, workers=2, own_group=True)
    _at_the_copies(db, proc)
    worker = _waiting_in_the_queue(proc.pid)
    os.kill(worker, signal.SIGKILL)
    err = _ended(proc)
    assert proc.returncode == 1, err
    assert "Traceback" not in err, err
    assert (f"worker process {worker} was killed by SIGKILL while the run was cleaning pages"
            in err)
    kept = try_query(db, "SELECT count(*) FROM pages")[0][0]
    assert f"The {kept} pages of this run committed before it are kept" in err
    assert try_query(db, "SELECT status FROM runs") == [("failed",)]
    counts = json.loads(try_query(db, "SELECT counts FROM runs")[0][0])
    assert counts["stored"] == kept > 0
    _rerun_finishes(db, night, whole)


def test_workers_killed_by_a_stop_to_the_group_leave_the_run_to_its_own_stop() -> None:
    """A SIGTERM to the process group kills the workers at once, while the main process's own
    may come a moment later (sent again after landing in a finalizer): waiting for the
    workers, the run is stopped by it, not failed for workers lost (a run recorded 'failed'
    whose message said "terminated")."""
    from clipper.config import Config
    from clipper.page import RawPage
    from clipper.workers import Workers

    page = RawPage("a.txt", "text", b"Dockworkers walked out at dawn on Tuesday.\n" * 30)
    pools = Workers(Config(workers=2))
    try:
        with stops.as_interrupts():
            pools.start()
            for worker in pools._processes:
                worker.terminate()  # SIGTERM
                worker.join(30)
            own = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGTERM))
            try:
                with pytest.raises(stops.Terminated):
                    own.start()
                    pools.submit([page])()
            finally:
                own.cancel()
                own.join()
    finally:
        pools.close()


class _SignalsAsItGoes:
    """An object whose finalizer sends this process SIGTERM: the stop's handler runs inside
    the finalizer, where Python prints what it raises and drops it."""

    def __del__(self) -> None:
        signal.raise_signal(signal.SIGTERM)


def test_a_stop_landing_in_a_finalizer_still_stops_the_run() -> None:
    """SQLAlchemy's weakref callbacks run by the hundred in the garbage collection after each
    batch: a stop landing in one was dropped, and the run went on to complete."""
    started = time.monotonic()
    with pytest.raises(stops.Terminated), stops.as_interrupts():
        _SignalsAsItGoes()
        time.sleep(10)
    assert time.monotonic() - started < 5
