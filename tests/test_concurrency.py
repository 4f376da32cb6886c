"""Concurrent runs and readers (issue 6): one writer at a time, readers never blocked.

- Two ``clipper dedupe`` processes on one archive: the second waits for the first (``--wait``)
  and then finds everything already stored; the runs table never shows two runs 'running', the
  second run's row appears only after the first completed, and while the first runs the lock
  file (``<db>-clipper.lock``) cannot be taken.
- With a short ``--wait`` the second exits with the documented code 3 and writes nothing.
- While a run writes, plain reads (counts, a consistency join, a full-text query) and
  ``clipper export`` keep working and see only whole batches.

Parametrised over both backends: SQLite (the lock is an ``flock`` on ``<db>-clipper.lock``) and
PostgreSQL on a throwaway server (an advisory lock; readers use MVCC snapshots).

Quick by default (~20 s); ``CLIPPER_LONG`` does not change this module.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from clipper.backends.postgresql import LOCK_KEY
from clipper.cli import cli
from tests._robust import (
    REPO,
    Db,
    check_consistent,
    dedupe_cmd,
    make_corpus,
    pg_engine,
    run_dedupe,
    run_env,
    runs,
    try_query,
)

BATCH = ("--batch-size", "5")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("concurrency") / "dumps"
    make_corpus(root)
    return root


@pytest.fixture
def db(backend_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Db:
    if backend_name == "sqlite":
        return tmp_path / "archive.db"
    return str(request.getfixturevalue("pg_url"))


def _start(db: Db, corpus: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        dedupe_cmd(db, [corpus], *BATCH, *extra),
        env=run_env(),
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _running(db: Db) -> list[tuple[Any, ...]]:
    """(run id, pid) of runs marked 'running', or [] if the archive is not there yet."""
    return try_query(db, "SELECT id, pid FROM runs WHERE status = 'running'")


def _wait_registered(db: Db, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not any(pid == proc.pid for _, pid in _running(db)):
        assert proc.poll() is None, "first run ended before it registered"
        assert time.monotonic() < deadline
        time.sleep(0.02)


def _lock_is_held(db: Db) -> bool:
    if not isinstance(db, Path):
        with pg_engine(db).connect() as connection:
            taken = connection.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}
            ).scalar()
            if taken:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
            return not taken
    with open(db.with_name(db.name + "-clipper.lock"), "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


@contextmanager
def _holding_lock(db: Db) -> Iterator[None]:
    """Hold the archive's writer lock from this test process, as another run would."""
    if not isinstance(db, Path):
        with pg_engine(db).connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": LOCK_KEY})
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
        return
    with open(db.with_name(db.name + "-clipper.lock"), "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(held, fcntl.LOCK_UN)


_SNAPSHOT_SQL = {
    "pages": "SELECT count(*) FROM pages",
    "orphans": "SELECT count(*) FROM pages p LEFT JOIN clusters c ON c.id = p.cluster_id "
    "WHERE c.id IS NULL",
}


def _read_snapshot(db: Db) -> dict[str, Any]:
    """What a reader sees in one read transaction."""
    if not isinstance(db, Path):
        with pg_engine(db).connect().execution_options(
            isolation_level="REPEATABLE READ"
        ) as connection:
            found = {k: connection.execute(text(q)).scalar() for k, q in _SNAPSHOT_SQL.items()}
            found["fts"] = connection.execute(
                text("SELECT count(*) FROM pages "
                     "WHERE search_vector @@ to_tsquery('simple', 'ka | ro')")
            ).scalar()
            return found
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        con.execute("BEGIN")
        found = {k: con.execute(q).fetchone()[0] for k, q in _SNAPSHOT_SQL.items()}
        found["fts"] = con.execute(
            "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'ka OR ro'"
        ).fetchone()[0]
        con.execute("COMMIT")
    finally:
        con.close()
    return found


def test_second_run_waits_for_the_first_and_readers_keep_working(corpus: Path, db: Db) -> None:
    first = _start(db, corpus)
    second = None
    try:
        _wait_registered(db, first)
        assert _lock_is_held(db)
        second = _start(db, corpus, "--wait", "120")
        max_running = 0
        second_seen_while_first_running = False
        reads: list[dict[str, Any]] = []
        exports = 0
        while first.poll() is None or second.poll() is None:
            running = _running(db)
            max_running = max(max_running, len(running))
            pids = {pid for _, pid in running}
            if second.pid in pids and first.poll() is None and first.pid in pids:
                second_seen_while_first_running = True
            if first.poll() is None:
                reads.append(_read_snapshot(db))
                if len(reads) % 10 == 0:  # clipper export as a reader, in this process
                    result = CliRunner().invoke(cli, ["export", "--db", str(db)])
                    assert result.exit_code == 0, result.output
                    exports += 1
            time.sleep(0.02)
        _, first_err = first.communicate()
        second_out, second_err = second.communicate()
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.kill()
                proc.wait()
    assert first.returncode == 0, first_err
    assert second.returncode == 0, second_err
    assert max_running == 1, "two runs were 'running' at once"
    assert not second_seen_while_first_running
    history = runs(db)
    assert [status for _, status, *_ in history] == ["completed", "completed"]
    (_, _, _, first_finished, first_pid), (_, _, second_started, _, second_pid) = history
    assert (first_pid, second_pid) == (first.pid, second.pid)
    assert first_finished is not None and second_started >= first_finished
    assert "stored                         0" in second_out  # all already archived
    assert check_consistent(db, complete=True) == []
    # Readers: many reads while the first run wrote, each one a consistent snapshot.
    assert len(reads) >= 20 and exports >= 2
    assert all(r["orphans"] == 0 for r in reads), "a reader saw pages without their cluster"
    counts = [r["pages"] for r in reads]
    assert counts == sorted(counts), "page count went backwards"
    assert len(set(counts)) > 3, "reads did not overlap the writes"


def test_short_wait_exits_with_code_3_and_writes_nothing(corpus: Path, db: Db) -> None:
    """The writer lock is held from this test process (as a long first run would hold it: a
    real first run can finish before the second has started, however small its input)."""
    stored = run_dedupe(db, [corpus / "text"], *BATCH, timeout=300)
    assert stored.returncode == 0, stored.stderr
    before = runs(db)
    pages_before = _read_snapshot(db)["pages"]
    with _holding_lock(db):
        started = time.monotonic()
        second = run_dedupe(db, [corpus], *BATCH, "--wait", "0.5", timeout=120)
        waited = time.monotonic() - started
    assert second.returncode == 3, (second.stdout, second.stderr)
    assert "another clipper dedupe is writing" in second.stderr
    assert "Traceback" not in second.stderr
    # Far below the default --wait of 600 s; the rest is start-up (imports, opening the
    # archive), which took up to 34 s on a loaded 2-core machine.
    assert waited < 90
    assert runs(db) == before  # no run row, nothing stored
    assert _read_snapshot(db)["pages"] == pages_before
    assert check_consistent(db, complete=True) == []


def test_json_summary_of_a_waiting_run(corpus: Path, db: Db) -> None:
    """A run that waited reports normally (JSON for scripts) once it got the lock."""
    with _holding_lock(db):
        proc = subprocess.Popen(
            dedupe_cmd(db, [corpus / "text"], "--json", "--wait", "60"),
            env=run_env(),
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(2.5)
        assert proc.poll() is None, "the run did not wait for the lock"
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    summary = json.loads(out)
    assert summary["status"] == "completed" and summary["stored"] > 0


def test_a_run_that_waited_for_the_lock_says_how_long_apart_from_its_own_time(
    corpus: Path, db: Db
) -> None:
    """A second nightly run that waited for the first must not read as a slow run in a cron
    log: the wait is its own figure (``lock_wait_seconds``) and the first line names it; the
    run's ``seconds`` start once it holds the lock."""
    import threading

    from clipper import summarytext
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.run import dedupe

    held = threading.Event()

    def hold() -> None:
        with _holding_lock(db):
            held.set()
            time.sleep(3.0)

    archive = open_archive(str(db))  # created first: the wait is the lock's alone
    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(60)
    try:
        summary = dedupe(archive, [str(corpus / "text")], Config(workers=1), lock_wait_s=60)
    finally:
        archive.close()
        holder.join()
    assert summary.status == "completed" and summary.stored > 0
    assert 2.0 <= summary.lock_wait_seconds < 60
    assert "lock_wait_seconds" in summary.as_dict()
    first = summarytext.run_summary(summary).splitlines()[0]
    assert f"waited {summary.lock_wait_seconds:.1f}s for another dedupe run" in first


def _schema_made(db: Db) -> bool:
    """Whether the archive's schema is there (its Alembic revision table answers)."""
    return bool(try_query(db, "SELECT version_num FROM alembic_version"))


def _until_waiting(proc: subprocess.Popen[str], db: Db) -> None:
    """Return once ``proc`` has opened the archive's lock file (SQLite: its start-up may take
    many seconds on a loaded machine), then a second more; on PostgreSQL after 5 seconds."""
    if isinstance(db, Path):
        lock = str(db.with_name(db.name + "-clipper.lock"))
        fds = Path(f"/proc/{proc.pid}/fd")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if any(os.readlink(fd) == lock for fd in fds.iterdir()):
                    break
            except OSError:
                pass
            time.sleep(0.1)
    time.sleep(1 if isinstance(db, Path) else 5)


def test_a_new_archive_is_made_under_the_lock(corpus: Path, db: Db) -> None:
    """Creating an archive and its migrations happen under the write lock (newcomer 17,
    finding 7: two runs starting together on a new archive, one failed at once "database is
    locked", exit 1).  While another run holds the lock, a run on a new archive makes no
    schema and, past its --wait, exits 3 like any run that waited too long."""
    assert not _schema_made(db)
    with _holding_lock(db):
        second = run_dedupe(db, [corpus / "text"], *BATCH, "--wait", "0.5", timeout=300)
        assert not _schema_made(db), "the archive was made while another run held its lock"
    assert second.returncode == 3, (second.stdout, second.stderr)
    assert "another clipper dedupe is writing" in second.stderr
    assert "Traceback" not in second.stderr


def test_a_run_waits_for_another_making_the_archive(corpus: Path, db: Db) -> None:
    """A run on a new archive whose lock another run holds (the one creating it) waits for it,
    then makes or finds the schema and stores its pages; its summary counts the wait."""
    with _holding_lock(db):
        proc = subprocess.Popen(
            dedupe_cmd(db, [corpus / "text"], "--json", "--wait", "120"),
            env=run_env(),
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        _until_waiting(proc, db)
        assert proc.poll() is None, "the run did not wait for the lock"
        assert not _schema_made(db)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    summary = json.loads(out)
    assert summary["status"] == "completed" and summary["stored"] > 0
    assert summary["lock_wait_seconds"] > 0


def test_two_runs_starting_together_on_a_new_archive_both_complete(
    corpus: Path, db: Db
) -> None:
    """newcomer 17's cron case: two dumps into one new archive at the same moment."""
    first = _start(db, corpus / "text")
    second = _start(db, corpus / "feed.jsonl")
    outs = [proc.communicate(timeout=600) for proc in (first, second)]
    assert (first.returncode, second.returncode) == (0, 0), outs
    assert [status for status in (r[1] for r in runs(db))] == ["completed", "completed"]
