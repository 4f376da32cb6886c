"""How a dedupe run ends when something stops it, as cron, systemd or a user at a terminal do:
SIGTERM (a timeout, a service stop), SIGKILL (the OOM killer), Ctrl-C at start-up; and what
a reader sees of such a run before the next one."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import clipper.__main__ as entry
from clipper.archive import open_archive
from clipper.cli import cli
from tests._robust import REPO, make_corpus, run_env, try_query


def _start(
    db: Path, corpus: Path, workers: int = 1, own_group: bool = False
) -> subprocess.Popen[str]:
    """``clipper dedupe`` of ``corpus`` into ``db``, 10 pages a batch; with ``own_group`` in a
    process group of its own (as a service or a terminal's foreground job: a signal to the
    group reaches its workers too) and with Ctrl-C's default action, which a background job
    of a shell (this test run's, maybe) would have left ignored."""
    return subprocess.Popen(
        [sys.executable, "-m", "clipper", "dedupe", "--db", str(db), "--workers", str(workers),
         "--batch-size", "10", str(corpus)],
        env=run_env(), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=own_group,
        preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)) if own_group else None,
    )


def _wait_for_pages(
    db: Path,
    proc: subprocess.Popen[str],
    rows_of: str = "pages",
    failure: str = "the run stored nothing while running",
) -> None:
    """Until the run has committed a batch (and is still running); with ``rows_of``, until
    ``SELECT count(*) FROM {rows_of}`` finds a row."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        rows = try_query(db, f"SELECT count(*) FROM {rows_of}")
        if rows and rows[0][0] > 0:
            return
        time.sleep(0.05)
    raise AssertionError(f"{failure} (exit {proc.poll()})")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("night")
    make_corpus(root, stories=120)
    return root


def test_sigterm_stops_a_run_as_interrupted_and_a_rerun_finishes(
    corpus: Path, tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    proc = _start(db, corpus)
    _wait_for_pages(db, proc)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 143, err
    assert "Traceback" not in err
    assert try_query(db, "SELECT status FROM runs") == [("interrupted",)]
    kept = try_query(db, "SELECT count(*) FROM pages")[0][0]
    assert kept > 0
    # how much the stop kept, as a full disk's message says it
    assert (f"terminated: the {kept} pages of this run committed before it are kept, the "
            "batch in progress was not stored; re-run to finish") in err
    rerun = CliRunner().invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", "--json",
                                     str(corpus)])
    assert rerun.exit_code == 0, rerun.output
    summary = json.loads(rerun.stdout)
    assert summary["status"] == "completed" and summary["already_archived"] >= kept


def test_a_killed_run_reads_as_interrupted_before_the_next_run(
    corpus: Path, tmp_path: Path
) -> None:
    """SIGKILL leaves the run's row 'running'; stats must not call it running when no process
    holds the archive's write lock (the next dedupe records it as interrupted too)."""
    db = tmp_path / "a.db"
    proc = _start(db, corpus)
    _wait_for_pages(db, proc)
    proc.kill()
    proc.communicate(timeout=60)
    assert try_query(db, "SELECT status FROM runs") == [("running",)]  # what SIGKILL leaves
    assert _statuses(db) == ["interrupted"]
    # the run wrote no counts; stats gives what it stored (its committed batches) and the
    # archive's size on disk
    stats = CliRunner().invoke(cli, ["stats", "--json", "--db", str(db)])
    found = json.loads(stats.stdout)
    kept = try_query(db, "SELECT count(*) FROM pages")[0][0]
    assert found["runs"][0]["counts"]["stored"] == kept > 0
    assert found["size_bytes"] >= db.stat().st_size > 0
    # while a process holds the write lock, the same row is a live run
    archive = open_archive(str(db), create=False)
    try:
        with archive.write_lock(0):
            assert _statuses(db) == ["running"]
    finally:
        archive.close()
    assert _statuses(db) == ["interrupted"]


def _statuses(db: Path) -> list[str]:
    stats = json.loads(CliRunner().invoke(cli, ["stats", "--db", str(db), "--json"]).stdout)
    return [run["status"] for run in stats["runs"]]


def test_ctrl_c_while_the_command_starts_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted() -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("clipper.cli.cli", interrupted)
    with pytest.raises(SystemExit) as stop:
        entry.main()
    assert stop.value.code == 130
    assert capsys.readouterr().err.strip() == "interrupted"


def test_query_commands_start_without_the_pipeline() -> None:
    """search, show, stats and export load neither trafilatura nor scikit-learn (a second of a
    query's start-up); only dedupe needs them."""
    code = (
        "import sys, clipper.cli, clipper.browse, clipper.search, clipper.render, "
        "clipper.export; "
        "print(sorted(m for m in ('trafilatura', 'sklearn', 'clipper.pipeline') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], env=run_env(), cwd=REPO,
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_output_cut_short_by_its_reader_exits_0(corpus: Path, tmp_path: Path) -> None:
    """``clipper export | head -1``: the reader closes the pipe after one line; the export
    stops quietly with exit code 0 (click alone exits 1, the archive-could-not-be-used code,
    which fails a ``set -o pipefail`` script)."""
    db = tmp_path / "a.db"
    stored = CliRunner().invoke(cli, ["dedupe", "--db", str(db), "--workers", "1", str(corpus)])
    assert stored.exit_code == 0, stored.output
    proc = subprocess.Popen(
        [sys.executable, "-m", "clipper", "export", "--db", str(db), "--format", "jsonl",
         "--with-text"],
        env=run_env(), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what head does after its line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert json.loads(first)["page_id"] and "Traceback" not in err
    # the export is larger than a pipe's buffer, so the writer did meet the closed pipe
    full = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl",
                                    "--with-text"])
    assert len(full.stdout.encode()) > 1 << 17


def _stopped_at_the_story_stage(
    archive: Any, corpus: Path, monkeypatch: pytest.MonkeyPatch, finish_run: Any
) -> None:
    """A run of ``corpus`` stopped (KeyboardInterrupt) when its story stage begins, its end
    written through ``finish_run`` in place of ``Store.finish_run``."""
    from clipper.config import Config
    from clipper.pipeline import Deduper, dedupe
    from clipper.store import Store

    def stop(*_: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(Deduper, "finish_stories", stop)
        patch.setattr(Store, "finish_run", finish_run)
        with pytest.raises(KeyboardInterrupt):
            dedupe(archive, [str(corpus)], Config(workers=1))


def test_a_stop_whose_status_cannot_be_written_is_still_a_stop(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped inside a statement, the archive may refuse the run's last write ("database is
    locked"): the stop stays a stop (130/143, not that error's traceback), the run's row stays
    'running', and the next run records it as interrupted and finishes the job."""
    from sqlalchemy.exc import OperationalError

    from clipper.config import Config
    from clipper.pipeline import dedupe

    def locked(*_: object) -> None:
        raise OperationalError("UPDATE runs", {}, Exception("database is locked"))

    db = tmp_path / "a.db"
    archive = open_archive(str(db))
    try:
        _stopped_at_the_story_stage(archive, corpus, monkeypatch, finish_run=locked)
        assert try_query(db, "SELECT status FROM runs") == [("running",)]
        summary = dedupe(archive, [str(corpus)], Config(workers=1))
    finally:
        archive.close()
    assert summary.status == "completed"
    assert try_query(db, "SELECT status FROM runs ORDER BY id") == [
        ("interrupted",), ("completed",)
    ]


def test_a_stop_whose_own_session_refuses_the_end_is_recorded_in_a_fresh_one(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The run's own session refusing its last write once (its connection invalidated by the
    stop) does not leave the row 'running': the end is written in a fresh session, with the
    committed batches' counts."""
    from sqlalchemy.exc import OperationalError

    from clipper.store import Store

    refused: list[str] = []
    finish_run = Store.finish_run

    def refuse_once(self: Store, *args: Any) -> None:
        if not refused:
            refused.append("once")
            raise OperationalError("UPDATE runs", {}, Exception("connection invalidated"))
        finish_run(self, *args)

    db = tmp_path / "a.db"
    archive = open_archive(str(db))
    try:
        _stopped_at_the_story_stage(archive, corpus, monkeypatch, finish_run=refuse_once)
    finally:
        archive.close()
    assert refused == ["once"]
    assert try_query(db, "SELECT status FROM runs") == [("interrupted",)]
    counts = json.loads(try_query(db, "SELECT counts FROM runs")[0][0])
    assert counts["stored"] == try_query(db, "SELECT count(*) FROM pages")[0][0] > 0


def test_a_stop_while_the_workers_close_still_records_the_run(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stop landing after the last page, while the worker processes close: the run did its
    work, its row says so (not 'running'), and the stop is still a stop."""
    from clipper.config import Config
    from clipper.pipeline import dedupe
    from clipper.workers import Workers

    close = Workers.close

    def stopped_while_closing(self: Workers) -> None:
        close(self)
        raise KeyboardInterrupt

    db = tmp_path / "a.db"
    archive = open_archive(str(db))
    try:
        with monkeypatch.context() as patch:
            patch.setattr(Workers, "close", stopped_while_closing)
            with pytest.raises(KeyboardInterrupt):
                dedupe(archive, [str(corpus)], Config(workers=1))
    finally:
        archive.close()
    assert try_query(db, "SELECT status FROM runs") == [("completed",)]


def _terminated_after_a_batch(corpus: Path, db: Path, event_name: str, when: Any) -> float:
    """A run of ``corpus`` into ``db`` (10 pages a batch) under the command's stop handling
    (:func:`clipper.stops.as_interrupts`), sent SIGTERM by itself once, from the archive
    engine's ``event_name`` event, the first time ``when(*event arguments)`` holds after a batch
    was committed (the run's row is the first commit): a signal landing at that point of the
    database calls.  The run must end in Terminated.  Returns the seconds from the signal to
    the run's end (the stop's own work, whatever the machine's load before it)."""
    from sqlalchemy import event

    from clipper.config import Config
    from clipper.pipeline import dedupe
    from clipper.stops import Terminated, as_interrupts

    commits: list[str] = []
    sent: list[float] = []

    def terminate(*args: Any) -> None:
        if len(commits) >= 2 and not sent and when(*args):
            sent.append(time.monotonic())
            os.kill(os.getpid(), signal.SIGTERM)

    archive = open_archive(str(db))
    event.listen(archive.engine, "commit", lambda conn: commits.append("commit"))
    event.listen(archive.engine, event_name, terminate)
    try:
        with as_interrupts(), pytest.raises(Terminated):
            dedupe(archive, [str(corpus)], Config(workers=1, batch_size=10))
    finally:
        archive.close()
    assert sent, f"no {event_name} after a batch's commit"
    return time.monotonic() - sent[0]


def _recorded_interrupted(db: Path) -> None:
    """The run's row says interrupted, with the pages it kept as its stored count."""
    assert try_query(db, "SELECT status FROM runs") == [("interrupted",)]
    counts = json.loads(try_query(db, "SELECT counts FROM runs")[0][0])
    assert counts["stored"] == try_query(db, "SELECT count(*) FROM pages")[0][0] > 0


def test_a_sigterm_cutting_a_statement_short_is_recorded_as_interrupted(
    corpus: Path, tmp_path: Path
) -> None:
    """SIGTERM landing while a batch's rows are written (inside a statement: where a Python
    signal handler runs, at the first bytecode after the database call returns): the cut
    statement's connection kept the archive's write lock while the stop's traceback lived, so
    the run's row stayed 'running' after two 30 s "database is locked" waits (the CI failure
    of the SIGTERM test above).  The run ends recorded as interrupted, at once."""
    db = tmp_path / "a.db"
    stopping = _terminated_after_a_batch(
        corpus, db, "after_cursor_execute",
        lambda conn, cursor, statement, *_: statement.lstrip().startswith("INSERT INTO pages"),
    )
    assert try_query(db, "SELECT status FROM runs") == [("interrupted",)]
    # From the signal on, no busy_timeout (30 s) waited out; the run's work before the signal
    # is not counted, so a loaded machine does not fail this.
    assert stopping < 25
    _recorded_interrupted(db)


def test_a_sigterm_while_a_batch_commits_is_not_a_traceback(
    corpus: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """SIGTERM landing while a batch's commit hands its connection back to the pool (where the
    pool rolls it back): the pool logged the stop's traceback to stderr ("Exception during
    reset or similar"), into the cron mail and failing the SIGTERM test above's "no
    Traceback".  The commit ends first, then the run stops, recorded as interrupted with the
    batch kept."""
    db = tmp_path / "a.db"
    _terminated_after_a_batch(corpus, db, "reset", lambda *_: True)
    # the pool logs through logging (to stderr in the command, here to the log capture)
    logged = [record.getMessage() for record in caplog.records if record.exc_info]
    err = capfd.readouterr().err
    assert logged == [] and "Traceback" not in err, (logged, err)
    _recorded_interrupted(db)


def test_a_stop_right_after_the_run_row_is_committed_is_recorded(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stop landing just after the run's row was committed 'running', before its first
    page: the row says interrupted, not running."""
    from clipper.config import Config
    from clipper.pipeline import Deduper, dedupe

    def stopped(*_: object) -> None:
        raise KeyboardInterrupt

    db = tmp_path / "a.db"
    archive = open_archive(str(db))
    try:
        monkeypatch.setattr(Deduper, "__init__", stopped)
        with pytest.raises(KeyboardInterrupt):
            dedupe(archive, [str(corpus)], Config(workers=1))
    finally:
        archive.close()
    assert try_query(db, "SELECT status FROM runs") == [("interrupted",)]


def test_a_sigterm_while_a_completed_run_writes_its_end_waits_for_it(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGTERM arriving while a run that did all its work writes its end: the end is written
    (the row says completed, not running), then the stop is still a stop."""
    from clipper.config import Config
    from clipper.pipeline import dedupe
    from clipper.stops import Terminated, as_interrupts
    from clipper.store import Store

    finish_run = Store.finish_run

    def terminated_while_writing(self: Store, run: Any, status: str, counts: Any) -> None:
        if status == "completed":
            os.kill(os.getpid(), signal.SIGTERM)
        finish_run(self, run, status, counts)

    db = tmp_path / "a.db"
    archive = open_archive(str(db))
    try:
        monkeypatch.setattr(Store, "finish_run", terminated_while_writing)
        with as_interrupts(), pytest.raises(Terminated):
            dedupe(archive, [str(corpus)], Config(workers=1))
    finally:
        archive.close()
    assert try_query(db, "SELECT status FROM runs") == [("completed",)]


def test_workers_end_quietly_with_a_main_process_killed_outright(
    corpus: Path, tmp_path: Path
) -> None:
    """SIGKILL (the OOM killer) on the main process only: its worker processes end with it,
    without a BrokenPipeError traceback each in the cron mail (they share its stderr, so the
    pipe closes only once they are gone too)."""
    db = tmp_path / "a.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "clipper", "dedupe", "--db", str(db), "--workers", "2",
         "--batch-size", "10", str(corpus)],
        env=run_env(), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    _wait_for_pages(db, proc)
    proc.kill()
    _, err = proc.communicate(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
