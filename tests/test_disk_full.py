"""A run that the archive refuses mid-way (a full disk, a lost server) stops with one clear
line, keeps the batches it committed, records what it really stored, and a re-run finishes
the job: the archive then equals one uninterrupted run's."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from sqlalchemy import event, func, select

from clipper.archive import open_archive
from clipper.cli import cli
from clipper.config import Config
from clipper.models import Page, Run
from clipper.pipeline import RunFailed, dedupe
from clipper.store import Store

TOPICS = ["harbour", "museum", "orchard", "library", "tramway", "bridge", "choir", "market"]


def _dump(folder: Path, count: int = 48) -> Path:
    """``count`` invented articles, one JSONL record each, no two alike."""
    folder.mkdir(parents=True)
    lines = []
    for i in range(count):
        topic = TOPICS[i % len(TOPICS)]
        body = " ".join(
            f"The {topic} committee of district {i} met on day {j} and agreed plan {i * 31 + j}."
            for j in range(12)
        )
        lines.append(json.dumps({"url": f"https://esk.example/{topic}/{i}", "title":
                                 f"{topic.title()} plan {i}", "text": body}))
    path = folder / "night.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def _fill_the_disk_after(archive: Any, batches: int) -> list[int]:
    """From the moment ``batches`` batches are committed, the SQLite file may not grow (as on a
    full disk: ``database or disk is full``).  Returns the progress calls seen."""
    seen: list[int] = []

    def limit(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if len(seen) >= batches and not statement.startswith("PRAGMA"):
            pages = cursor.execute("PRAGMA page_count").fetchone()[0]
            cursor.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(archive.engine, "before_cursor_execute", limit)
    return seen


def test_a_full_disk_stops_the_run_keeps_its_batches_and_a_rerun_finishes(
    tmp_path: Path,
) -> None:
    dump = _dump(tmp_path / "dumps")
    config = Config(workers=1, batch_size=8)
    reference = open_archive(str(tmp_path / "reference.db"))
    try:
        expected = dedupe(reference, [str(dump)], config)
    finally:
        reference.close()

    archive = open_archive(str(tmp_path / "a.db"))
    seen = _fill_the_disk_after(archive, batches=2)
    try:
        with pytest.raises(RunFailed) as failure:
            dedupe(archive, [str(dump)], config, on_progress=lambda s: seen.append(s.stored))
    finally:
        archive.close()
    message = str(failure.value)
    assert "database or disk is full" in message and "\n" not in message
    with sqlite3.connect(tmp_path / "a.db") as con:
        kept = con.execute("SELECT count(*) FROM pages").fetchone()[0]
        status, counts = con.execute("SELECT status, counts FROM runs").fetchone()
    assert 0 < kept < expected.stored
    assert f"The {kept} pages of this run committed before it are kept" in message
    # the run's row says what it left: failed, or running when even that write was refused
    # (the next run then records it as interrupted); never the batch that was not stored
    assert status in ("failed", "running")
    if counts:
        assert json.loads(counts)["stored"] == kept

    archive = open_archive(str(tmp_path / "a.db"))
    try:
        again = dedupe(archive, [str(dump)], config)
        with archive.sessions() as session:
            total = session.scalar(select(func.count()).select_from(Page))
            stored_by_run = dict(session.execute(
                select(Page.run_id, func.count()).group_by(Page.run_id)).all())
            rows = session.execute(select(Run.id, Run.status)).all()
    finally:
        archive.close()
    assert total == expected.stored
    assert again.stored + kept == expected.stored
    assert again.already_archived == kept
    assert sum(stored_by_run.values()) == total
    assert [status for _, status in rows][-1] == "completed"


def test_dedupe_says_in_one_line_that_the_archive_refused_a_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dump = _dump(tmp_path / "dumps", count=24)
    calls = {"n": 0}
    original = Store.renumber_versions

    def refuse_the_second_batch(self: Store, keys: Any, **settings: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise sa.exc.OperationalError(
                "INSERT INTO pages ...", {}, sqlite3.OperationalError("database or disk is full")
            )
        original(self, keys, **settings)

    monkeypatch.setattr(Store, "renumber_versions", refuse_the_second_batch)
    db = str(tmp_path / "a.db")
    result = CliRunner().invoke(cli, ["dedupe", str(dump), "--db", db, "--batch-size", "8",
                                      "--workers", "1"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.count("\n") == 1, result.output
    assert result.output.startswith(
        "Error: the run stopped: OperationalError: database or disk is full. "
        "The 8 pages of this run committed before it are kept;"
    )
    stats = CliRunner().invoke(cli, ["stats", "--db", db])
    assert stats.exit_code == 0, stats.output
    assert "failed" in stats.output
