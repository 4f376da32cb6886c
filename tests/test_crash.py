"""Crash safety of ``clipper dedupe`` (issue 6): SIGKILL a real run at random points, re-run it to
completion, and the archive is exactly what one uninterrupted run stores.

A generated corpus (a few hundred text and JSONL pages with verbatim copies, trims, edits and
later versions; fixed seed) is deduplicated with ``--batch-size 5`` so a run commits many
batches.  Each trial starts ``python -m clipper.cli dedupe`` in its own process group, kills it
with SIGKILL (the whole group, so ``--workers 2`` pool processes die too) at a random moment,
checks the archive (on SQLite ``PRAGMA integrity_check`` and ``foreign_key_check``; on both no
half-made cluster, nothing stored twice, every page in the full-text index), and does that again
several times before a last run completes.
The final archive's canonical dump (pages by (source_key, raw_hash) with content hash, text,
exact-duplicate flag and version; clusters as sets of member keys with their canonical;
matches) must equal the uninterrupted run's, and every killed run that had registered must be
``interrupted`` in the runs table.

The first kill of a trial lands blind (any time after start: imports, migration, lock, first
batches); the others land at a random time after the run registered itself in ``runs``.

Parametrised over both backends: SQLite, and PostgreSQL on a throwaway server (tests/pgserver.py),
where the uninterrupted run must also equal SQLite's.

Quick default: 4 trials × 5 kills = 20 kill points per backend, two trials at a time (~40 s
on 2 cores).
``CLIPPER_LONG=1``: 24 trials × 5 kills = 120 kill points.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests._robust import (
    LONG,
    REPO,
    Db,
    canonical_dump,
    check_consistent,
    dedupe_cmd,
    make_corpus,
    reset,
    run_dedupe,
    run_env,
    runs,
    try_query,
)
from tests.conftest import BACKENDS, new_location

TRIALS = 24 if LONG else 4
KILLS_PER_TRIAL = 5
BATCH = ("--batch-size", "5")


@dataclass
class TrialResult:
    kills: int = 0  # SIGKILLs delivered to a live run
    mid_run: int = 0  # ... that left the archive with some but not all pages stored
    inconsistent: list[str] = field(default_factory=list)
    killed_pids: list[int] = field(default_factory=list)
    final: dict[str, Any] | None = None
    runs: list[Any] = field(default_factory=list)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("crash-corpus")
    counts = make_corpus(root / "dumps")
    assert counts["txt"] + counts["jsonl"] + counts["html"] >= 250
    return root / "dumps"


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


_DUMPS: dict[str, dict[str, Any]] = {}


@pytest.fixture(scope="module")
def reference(
    corpus: Path, backend: str, request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, Any]:
    """The uninterrupted run: its dump and how long its work took."""
    db = _location(request, backend, tmp_path_factory.mktemp("crash-ref"))
    started = time.monotonic()
    proc = run_dedupe(db, [corpus], *BATCH)
    wall = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    assert check_consistent(db, complete=True) == []
    dump = canonical_dump(db)
    assert len(dump["pages"]) >= 250
    assert any(len(members) > 1 for members, _ in dump["clusters"])
    again = run_dedupe(db, [corpus], *BATCH, "--json")  # a re-run of a finished job is a no-op
    assert again.returncode == 0, again.stderr
    assert '"stored": 0' in again.stdout
    assert canonical_dump(db) == dump
    # The same pages give the same archive on every backend.
    for other, other_dump in _DUMPS.items():
        assert dump == other_dump, f"{backend} archive differs from {other}'s"
    _DUMPS[backend] = dump
    return {"dump": dump, "wall": wall, "pages": len(dump["pages"])}


def _location(request: pytest.FixtureRequest, backend: str, folder: Path) -> Db:
    found = new_location(request, backend, folder)
    return Path(found) if backend == "sqlite" else found


def _page_count(db: Db) -> int:
    rows = try_query(db, "SELECT count(*) FROM pages")
    return int(rows[0][0]) if rows else 0  # no archive or no schema yet


def _status(db: Db, pid: int) -> str | None:
    rows = try_query(db, "SELECT status FROM runs WHERE pid = :pid", {"pid": pid})
    return str(rows[0][0]) if rows else None


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL the run and its pool workers (its own process group, started by us)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def _trial(index: int, corpus: Path, db: Db, reference: dict[str, Any]) -> TrialResult:
    rng = random.Random(1000 + index)
    result = TrialResult()
    workers = ("--workers", "2") if index % 4 == 3 else ()
    total = reference["pages"]
    # Kill 0 is blind; kills 1.. wait until the archive holds a random number of pages, then
    # a random fraction of a batch's time more, so they land between and inside batches.  The
    # targets stop two batches short of the end: a target inside the last batch is reached by
    # the same commit that is followed at once by 'completed', so such a kill mostly arrives
    # too late (the blind kill still covers the end of a run).
    batch = int(BATCH[1])
    targets = sorted(rng.sample(range(1, total - 2 * batch), KILLS_PER_TRIAL - 1))
    attempts = 0
    while result.kills < KILLS_PER_TRIAL and attempts < 10 * KILLS_PER_TRIAL:
        attempts += 1
        if _page_count(db) >= total:
            # Everything is stored: a re-run would only skip pages, and no kill could land on
            # real work.  Start again from an empty archive for the remaining kill points.
            reset(db)
        cmd = dedupe_cmd(db, [corpus], *BATCH, *workers)
        proc = subprocess.Popen(
            cmd,
            env=run_env(),
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            if result.kills == 0:
                time.sleep(rng.uniform(0.2, reference["wall"]))
            else:
                target = targets[result.kills - 1]
                deadline = time.monotonic() + 120
                # Pages stay from earlier kills, so also wait for this run to have begun
                # (its row says 'running'): a kill before that tests nothing new.
                while proc.poll() is None and (
                    _page_count(db) < target or _status(db, proc.pid) != "running"
                ):
                    assert time.monotonic() < deadline, "run made no progress"
                    time.sleep(0.01)
                time.sleep(rng.uniform(0.0, 0.1))
            alive = proc.poll() is None
        finally:
            _kill_group(proc)
        if not alive or _status(db, proc.pid) == "completed":
            continue  # the run had finished (committed 'completed'): not a kill point
        result.kills += 1
        result.killed_pids.append(proc.pid)
        problems = check_consistent(db)
        if problems:
            result.inconsistent.append(f"kill {result.kills}: {problems}")
        if 0 < _page_count(db) < total:
            result.mid_run += 1
    final = run_dedupe(db, [corpus], *BATCH, *workers)
    assert final.returncode == 0, final.stderr
    problems = check_consistent(db, complete=True)
    if problems:
        result.inconsistent.append(f"after re-run: {problems}")
    result.final = canonical_dump(db)
    result.runs = runs(db)
    return result


def test_sigkill_at_random_points_then_rerun_gives_the_uninterrupted_archive(
    corpus: Path, reference: dict[str, Any], backend: str, request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    dbs = [_location(request, backend, tmp_path / f"trial-{i}") for i in range(TRIALS)]
    for db in dbs:
        if isinstance(db, Path):
            db.parent.mkdir()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda i: _trial(i, corpus, dbs[i], reference), range(TRIALS)))
    kills = sum(r.kills for r in results)
    mid_run = sum(r.mid_run for r in results)
    inconsistent = [p for r in results for p in r.inconsistent]
    print(
        f"\nkill points tried: {kills} ({mid_run} with a partly written archive); "
        f"inconsistent archives: {len(inconsistent)}"
    )
    assert inconsistent == []
    assert kills == KILLS_PER_TRIAL * TRIALS >= 20, "too few kills landed on a live run"
    assert mid_run >= kills // 2, "kills did not land mid-run often enough"
    for index, r in enumerate(results):
        assert r.final == reference["dump"], f"trial {index}: archive differs from reference"
        statuses = {pid: status for _, status, _, _, pid in r.runs}
        assert "running" not in statuses.values()
        assert r.runs[-1][1] == "completed"
        for pid in r.killed_pids:
            if pid in statuses:
                assert statuses[pid] == "interrupted", (index, pid, r.runs)
        # Earlier runs: interrupted, or completed when the kill came after their last commit.
        assert {status for _, status, *_ in r.runs[:-1]} <= {"interrupted", "completed"}
        assert any(status == "interrupted" for _, status, *_ in r.runs), index
