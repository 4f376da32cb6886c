"""The LSH band index alone: what one night's band keys cost as the archive grows.

    python bench/bands.py [--quick] [--full] [--archive-pages N ...] [--batches N]

For each archive size (pages already indexed: default 0, 100,000 and 300,000; ``--full`` adds
1,000,000), an SQLite archive whose ``lsh_bands`` holds 40 random band keys per page (what
clipper stores: 32 bands + 8 lead bands) is built directly (no pipeline), with clipper's
pragmas (WAL, synchronous NORMAL, 256 MB page cache).  Then ``--batches`` batches of 1,000 new
pages (40 random keys each) are added to a copy of it, each batch as the pipeline does it:
``Store.band_collisions`` (look-up), insert, commit; two ways, each on its own copy:

* ``one table``: the keys inserted straight into ``lsh_bands`` (clipper before
  migration 0007);
* ``recent + merge``: ``Store.insert_bands`` (the keys go to ``lsh_bands_recent``, merged into
  ``lsh_bands`` in key order when the recent part reaches ``Config.band_merge_fraction`` of the
  archive; the merges that fall in the measured batches are counted in their time); when none
  fell in them, the merge a later night would do (``Store.merge_bands`` of these batches' pages)
  is timed after them and reported beside.

Reported: seconds per 1,000 pages (look-up + insert + commit) for each size and way, and the
ratio largest archive ÷ empty archive (the band index's share of issue 10's incremental
target: flat in the archive's size).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import WORK, Run, figure, fmt, progress, table

KEYS_PER_PAGE = 40
BATCH = 1000


def _connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA cache_size=-262144")
    con.execute("PRAGMA temp_store=MEMORY")
    return con


def build(pages: int, seed: int = 1) -> Path:
    """An archive holding only the band index (and meta) for ``pages`` pages."""
    from sqlalchemy import create_engine

    from clipper.models import Base

    folder = WORK / "bands"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"base-{pages}.db"
    if path.exists():
        return path
    progress(f"building a band index of {pages:,} pages ({pages * KEYS_PER_PAGE:,} keys) ...")
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{tmp}")
    tables = [Base.metadata.tables[name] for name in ("meta", "lsh_bands", "lsh_bands_recent")]
    Base.metadata.create_all(engine, tables=tables)
    engine.dispose()
    con = _connect(tmp)
    rng = np.random.default_rng(seed)
    step = 250_000  # pages per chunk, keys sorted within the chunk
    con.execute("BEGIN")
    for start in range(0, pages, step):
        n = min(step, pages - start)
        keys = rng.integers(-(2**63), 2**63 - 1, size=(n, KEYS_PER_PAGE), dtype=np.int64)
        ids = np.repeat(np.arange(start + 1, start + n + 1), KEYS_PER_PAGE)
        order = np.argsort(keys.ravel(), kind="stable")
        con.executemany("INSERT INTO lsh_bands (key, page_id) VALUES (?, ?)",
                        zip(keys.ravel()[order].tolist(), ids[order].tolist(), strict=True))
    con.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                    [("lsh_bands.main_pages", str(pages)), ("lsh_bands.recent_pages", "0")])
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    tmp.rename(path)
    return path


def measure(base: Path, pages: int, way: str, batches: int) -> dict[str, Any]:
    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import Session

    from clipper.config import Config
    from clipper.store import Store

    config = Config()
    copy = base.with_name(f"run-{way}.db")
    for stale in copy.parent.glob(copy.name + "*"):
        stale.unlink()
    shutil.copyfile(base, copy)
    engine = create_engine(f"sqlite:///{copy}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "cache_size=-262144",
                       "temp_store=MEMORY"):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    rng = np.random.default_rng(99)
    seconds: list[float] = []
    merges = 0
    with Session(engine) as session:
        store = Store(session)
        next_id = pages + 1
        for _ in range(batches):
            keys = rng.integers(-(2**63), 2**63 - 1, size=(BATCH, KEYS_PER_PAGE), dtype=np.int64)
            ids = list(range(next_id, next_id + BATCH))
            next_id += BATCH
            flat = keys.ravel()
            key_rows = np.repeat(np.arange(BATCH, dtype=np.int64), KEYS_PER_PAGE)
            started = time.perf_counter()
            store.band_collisions(flat, key_rows, config.lookup_slice_pages)
            if way == "one table":
                rows = sorted({(k, p) for p, row in zip(ids, keys.tolist(), strict=True)
                               for k in row})
                session.connection().exec_driver_sql(
                    "INSERT INTO lsh_bands (key, page_id) VALUES (?, ?)", rows)
            else:
                merges += store.insert_bands(ids, flat, key_rows, config.band_merge_min_pages,
                                             config.band_merge_fraction)
            session.commit()
            seconds.append(time.perf_counter() - started)
        merge_s = None
        if way != "one table" and not merges:
            # the merge that a later night does: these batches' pages into the main part
            started = time.perf_counter()
            store.merge_bands()
            session.commit()
            merge_s = time.perf_counter() - started
    engine.dispose()
    for stale in copy.parent.glob(copy.name + "*"):
        stale.unlink()
    per_1000 = sum(seconds) / batches
    progress(f"  {pages:,} pages, {way}: {per_1000:.3f} s per 1,000 pages ({merges} merges; "
             f"merging them later: {merge_s} s)")
    return {"archive_pages": pages, "way": way, "s_per_1000": per_1000, "merges": merges,
            "later_merge_s": merge_s,
            "batch_seconds": [round(s, 4) for s in seconds]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="0, 100k and 300k (the default)")
    parser.add_argument("--full", action="store_true", help="add 1,000,000")
    parser.add_argument("--archive-pages", type=int, nargs="*", default=None)
    parser.add_argument("--batches", type=int, default=10)
    args = parser.parse_args()
    sizes = args.archive_pages or [0, 100_000, 300_000] + ([1_000_000] if args.full else [])
    run = Run("bands")
    rows = []
    for pages in sizes:
        base = build(pages)
        for way in ("one table", "recent + merge"):
            rows.append(measure(base, pages, way, args.batches))
    run.data["rows"] = rows
    run.data["batches"] = f"{args.batches} batches of {BATCH:,} pages, {KEYS_PER_PAGE} keys each"
    for way in ("one table", "recent + merge"):
        mine = [r for r in rows if r["way"] == way]
        for r in mine:
            run.add(figure(f"band index, {way}: +1,000 pages into {r['archive_pages']:,}",
                           r["s_per_1000"], "s"))
        if len(mine) >= 2 and mine[0]["s_per_1000"]:
            growth = mine[-1]["s_per_1000"] / mine[0]["s_per_1000"]
            run.add(figure(f"band index, {way}: {mine[-1]['archive_pages']:,}-page archive ÷ "
                           "empty", growth, "×"))
    path = run.write()
    for r in rows:
        if r["later_merge_s"] is not None:
            run.add(figure(f"band index, recent + merge: merging {args.batches:,}k pages into "
                           f"{r['archive_pages']:,}", r["later_merge_s"], "s"))
    print(table([[f"{r['archive_pages']:,}", r["way"], fmt(r["s_per_1000"]), r["merges"],
                  fmt(r["later_merge_s"])] for r in rows],
                ["archive pages", "band index", "s per 1,000 pages", "merges",
                 "merging them later, s"]))
    print(f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; wrote {path}")


if __name__ == "__main__":
    main()
