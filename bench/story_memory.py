"""What the story stage holds a cluster: the stage replayed on a finished one-day archive.

    python bench/story_memory.py [--sizes 10000] [--archive DB] [--against DIR]

Input: the one-day corpus of ``bench/oneday.py`` (records recombined from
``../shared/data/wire-syndication-texts``, all fetched the same day; built at run time, never
committed), stored by a ``dedupe`` in a fresh process (``bench/_dedupe_child.py``, default
config) into ``bench/.work/story-memory/archive-N.db``; or ``--archive``, any finished
archive (e.g. ``bench/.work/oneday/run-N/archive.db``), copied first.

The replay: in a fresh process, a copy of the archive's stored story vectors (the workers'
vectors, by page id) is kept aside, the story scheme is forgotten, and
``clipper.stories.update_stories`` rebuilds every story with them, as a night's first run's
stage does (``pipeline.Deduper.finish_stories``; the same stories: the digest of the story
partition before and after is printed, and they must be equal).  Before it, the archive's
page cache is filled to its bound (``bounded_memory``, every table read through) and the
heap trimmed (``allocator.release``), as before a run's stage.  Measured per tree:

* ``cpu_s`` (the stage's CPU seconds in its process) and ``rise_mb``: the process's peak
  resident set over the stage less its resident set at the stage's start (``VmHWM`` reset
  through ``/proc/self/clear_refs``; Linux only, else None);
* in a second replay under ``tracemalloc`` (slower; its CPU seconds are not the stage's):
  ``held_bytes_per_cluster``, what the stage holds when the walk starts (``regroup``: every
  vector, term column, anchor and link set loaded), per cluster, by the module of the
  innermost ``clipper`` frame that allocated it (``termvector.py``: the decoded vectors;
  ``scoring.py``: the term columns; ``linking.py``: the anchor index; ``pool.py``: the pool's
  items and link sets; allocations NumPy or SQLAlchemy made for them are counted with the
  ``clipper`` frame that asked), and ``traced_peak_mb``, the most it held at once.

``--against DIR``: the same replays with the ``clipper`` of another checkout (e.g. main
before a change), alternating with this tree's, so before/after figures come from one
command.  Writes ``bench/results/story-memory.json``.  Without ``../shared/data`` it prints
"skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
# frames of each allocation kept by tracemalloc: enough to reach the clipper frame that asked
# NumPy or SQLAlchemy for it
_TRACE_DEPTH = 6


def _status_mb(field: str) -> float | None:
    """``field`` (``VmRSS``, ``VmHWM``) of this process in MB; None off Linux."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _reset_peak() -> bool:
    """Reset ``VmHWM`` to the current resident set (Linux ≥ 4.0); whether it could."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
    except OSError:
        return False
    return True


def _partition_digest(session: Any) -> str:
    from sqlalchemy import select

    from clipper.models import Cluster

    groups: dict[Any, list[int]] = {}
    for cluster_id, story_id in session.execute(select(Cluster.id, Cluster.story_id)):
        groups.setdefault(story_id, []).append(cluster_id)
    parts = sorted(sorted(ids) for ids in groups.values())
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]


def _held_by_module(snapshot: tracemalloc.Snapshot) -> dict[str, int]:
    """Bytes of ``snapshot`` by the module of the innermost ``clipper`` frame of each trace
    (``other`` when none)."""
    out: dict[str, int] = {}
    for trace in snapshot.traces:
        module = "other"
        for frame in reversed(trace.traceback):  # the most recent frame first
            parts = Path(frame.filename).parts
            if "clipper" in parts:
                module = "/".join(parts[parts.index("clipper") + 1 :])
                break
        out[module] = out.get(module, 0) + trace.size
    return out


def child(src: str, db: Path, work: Path, trace: bool) -> dict[str, Any]:
    """One replay (in this process) of the story stage on a copy of ``db``, ``clipper``
    imported from ``src``."""
    sys.path.insert(0, src)
    from sqlalchemy import delete, func, select, text

    import clipper.stories.storage as storage
    from clipper import allocator
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.models import Meta, Page, Run, StoryVector
    from clipper.stories import StoryPool
    from clipper.stories.pending import PendingVectors
    from clipper.stories.vectors import Vector

    assert Path(storage.__file__).resolve().is_relative_to(Path(src).resolve())
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "replay.db"
    for stale in work.glob(copy.name + "*"):
        stale.unlink()
    shutil.copy(db, copy)
    config = Config()
    held: dict[str, Any] = {}
    if trace:
        real_regroup = storage.regroup

        def regroup(*args: Any, **kwargs: Any) -> Any:
            held["at_walk"] = _held_by_module(tracemalloc.take_snapshot())
            return real_regroup(*args, **kwargs)

        storage.regroup = regroup
    archive = open_archive(str(copy))
    try:
        with archive.backend.bounded_memory(archive.engine), archive.sessions() as session:
            tables = session.scalars(text("SELECT name FROM sqlite_master WHERE type='table'"))
            for table in tables.all():
                for _ in session.execute(text(f'SELECT * FROM "{table}"')):
                    pass
            stored_digest = _partition_digest(session)
            vectors = PendingVectors()
            vectors.add(
                (row.page_id, Vector.from_bytes(row.terms))
                for row in session.execute(select(StoryVector.page_id, StoryVector.terms))
            )
            session.execute(delete(Meta).where(Meta.key == storage.SCHEME_KEY))
            run_id = int(session.scalar(select(func.max(Run.id))) or 0)
            page_ids = list(session.scalars(select(Page.id)))
            pool = StoryPool(config.stories)
            gc.collect()
            allocator.release()
            peak_known = _reset_peak()
            before = _status_mb("VmRSS")
            if trace:
                tracemalloc.start(_TRACE_DEPTH)
            cpu = time.process_time()
            storage.update_stories(session, page_ids, run_id, config.stories, vectors, pool)
            cpu = time.process_time() - cpu
            traced_peak = tracemalloc.get_traced_memory()[1] if trace else None
            tracemalloc.stop()
            peak = _status_mb("VmHWM") if peak_known else None
            digest = _partition_digest(session)
            clusters = len(pool.items)
            session.rollback()
            vectors.close()
    finally:
        archive.close()
    row: dict[str, Any] = {
        "clusters": clusters,
        "digest": digest,
        "stored_digest": stored_digest,
    }
    if trace:
        by_module = held.get("at_walk", {})
        row["traced_peak_mb"] = round((traced_peak or 0) / 2**20, 1)
        row["held_bytes_per_cluster"] = round(sum(by_module.values()) / max(1, clusters))
        row["held_by_module"] = {
            module: round(size / max(1, clusters))
            for module, size in sorted(by_module.items(), key=lambda kv: -kv[1])
            if size / max(1, clusters) >= 20
        }
    else:
        row["cpu_s"] = round(cpu, 2)
        row["rss_start_mb"] = round(before, 1) if before is not None else None
        row["rise_mb"] = (
            round(peak - before, 1) if peak is not None and before is not None else None
        )
    return row


def _archive(n: int) -> Path:
    """A finished archive of the n-record one-day corpus (made when missing)."""
    sys.path.insert(0, str(BENCH))
    import oneday
    from _common import PYTHON, WORK, progress

    folder = WORK / "story-memory"
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"archive-{n}.db"
    if db.exists() and not db.with_name(db.name + "-wal").exists():
        return db
    for stale in folder.glob(db.name + "*"):
        stale.unlink()
    path = oneday.corpus(n)
    progress(f"clipper dedupe, {n:,} one-day records (the archive to replay) ...")
    subprocess.run(
        [PYTHON, str(BENCH / "_dedupe_child.py"), "--db", str(db), "--out",
         str(folder / f"summary-{n}.json"), str(path)],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument(
        "--archive",
        type=Path,
        default=None,
        help="replay this finished archive instead of building one",
    )
    parser.add_argument(
        "--against",
        type=Path,
        default=None,
        help="also replay with the clipper of this checkout, alternating",
    )
    parser.add_argument("--_child", nargs=3, metavar=("SRC", "DB", "TRACE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    from _common import SHARED_DATA, WORK, Run, figure, progress, table

    if args._child:
        src, db, trace = args._child
        print(json.dumps(child(src, Path(db), WORK / "story-memory" / "replay", trace == "trace")))
        return 0
    if args.archive is None and not (SHARED_DATA / "wire-syndication-texts").is_dir():
        from _common import shared_missing

        print(shared_missing(SHARED_DATA / "wire-syndication-texts"))
        return 0
    trees = ([("before", args.against)] if args.against else []) + [("this", REPO)]
    archives = [(None, args.archive)] if args.archive else [(n, _archive(n)) for n in args.sizes]
    run = Run("story-memory")
    rows: list[dict[str, Any]] = []
    for n, db in archives:
        for label, tree in trees:
            row: dict[str, Any] = {"code": label, "tree": str(tree), "records": n}
            for mode in ("plain", "trace"):
                progress(f"{label}: story stage replayed on {db} ({mode}) ...")
                out = subprocess.run(
                    [sys.executable, __file__, "--_child", str(tree), str(db), mode],
                    check=True, stdout=subprocess.PIPE, text=True,
                ).stdout  # fmt: skip
                row.update(json.loads(out.strip().splitlines()[-1]))
            row["loadavg"] = [round(x, 1) for x in os.getloadavg()]
            rows.append(row)
            progress(f"  {json.dumps(row)}")
    run.data["rows"] = rows
    for r in rows:
        label = f"story stage, {r['clusters']:,} one-day clusters, {r['code']}"
        run.add(figure(f"{label}: held per cluster when the walk starts",
                       r["held_bytes_per_cluster"], "bytes"),
                figure(f"{label}: resident set rise", r["rise_mb"], "MB"),
                figure(f"{label}: CPU seconds", r["cpu_s"], "s"),
                figure(f"{label}: same stories as the archive's", r["digest"] ==
                       r["stored_digest"], ""))  # fmt: skip
    path = run.write()
    print(
        table(
            [
                [
                    r["code"],
                    f"{r['clusters']:,}",
                    r["cpu_s"],
                    r["rss_start_mb"],
                    r["rise_mb"],
                    r["traced_peak_mb"],
                    r["held_bytes_per_cluster"],
                    r["digest"],
                    "yes" if r["digest"] == r["stored_digest"] else "NO",
                ]
                for r in rows
            ],
            [
                "code",
                "clusters",
                "CPU s",
                "RSS at start MB",
                "rise MB",
                "traced peak MB",
                "held B/cluster",
                "stories digest",
                "same as stored",
            ],
        )
    )
    for r in rows:
        print(
            f"{r['code']} ({r['clusters']:,} clusters), held bytes per cluster by module: "
            + ", ".join(f"{m} {b:,}" for m, b in r["held_by_module"].items())
        )
    print(f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
