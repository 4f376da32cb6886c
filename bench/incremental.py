"""Incremental cost: adding 10,000 documents to a big archive vs to an empty one.

    python bench/incremental.py [--quick] [--full] [--base N] [--new N] [--workers N]

The big archive is built with the pipeline itself (``dedupe`` of ``--base`` generated
seed-shaped text documents, ``bench/synth.py``; default 100,000, ``--full`` 1,000,000) and kept
under ``bench/.work/incremental/`` (rebuilt only when missing).  The ``--new`` documents
(default 10,000, another generator seed; every record has a ``fetched_at``, 1,000 a day, the
new ones on the days after the base's, unless ``--undated``) are 70 % new stories and
30 % copies of stories *in the archive* (trimmed, brief, dateline, update, edited, full
forms), so they join existing clusters.  A copy of the big archive is first opened by the
measured clipper (upgraded to its schema, untimed: a migration is one-time work; its seconds
are printed).  Each measurement runs ``dedupe`` in a fresh process
(``bench/_dedupe_child.py``, default config) on a copy of the archive, so both start cold:
  (1) the new documents into a copy of the big archive;  (2) the same into an empty archive.
Target: (1) / (2) ≤ 1.5.  ``--rounds`` repeats both, interleaved; the fastest counts.
``--against DIR`` also runs both with the clipper of that checkout (main before a change, with
its own ``.venv``), before this tree's in each round, on the same documents and the same base:
the two trees' ratios in one command, with the CPU seconds of each run's processes (what a
loaded machine moves least), its main process's seconds per stage, and a digest of what the
archive stored (``_common.archive_digest``: pages, rejections, clusters with their canonicals,
stories, story vectors; equal: the change left every stored result as it was).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth
from _common import (
    BENCH,
    PYTHON,
    RESULTS,
    WORK,
    Run,
    archive_digest,
    batch_cost,
    figure,
    fmt,
    progress,
    table,
)


def run_child(
    db: Path, files: list[Path], label: str, workers: int | None, tree: Path | None = None
) -> dict[str, object]:
    """``dedupe`` of ``files`` into ``db`` in a fresh process (with ``tree``, the clipper of
    that checkout: its ``bench/_dedupe_child.py`` puts it first on the path); its summary, with
    ``cpu_seconds``: of the run's processes, workers included (``bench/memory.py``'s wrapper)."""
    out = db.with_suffix(".summary.json")
    cmd = [PYTHON, str((tree / "bench" if tree else BENCH) / "_dedupe_child.py"), "--db",
           str(db), "--out", str(out), "--label", label]
    cmd += (["--workers", str(workers)] if workers else []) + [str(f) for f in files]
    proc = subprocess.run(
        [PYTHON, str(BENCH / "memory.py"), "--_wrap", str(db.with_suffix(".rss.jsonl")),
         str(out), *cmd],
        stdout=subprocess.PIPE, text=True, check=True,
    )
    measured = json.loads(proc.stdout.strip().splitlines()[-1])
    if measured["rc"] != 0:
        raise SystemExit(f"dedupe ({label}) failed (exit {measured['rc']})")
    result: dict[str, object] = json.loads(out.read_text())
    result["cpu_seconds"] = measured["cpu_seconds"]
    return result


def upgrade_copy(db: Path, tree: Path | None) -> float:
    """Open the copy of the base archive with the clipper of ``tree`` (this one: None) in a
    process of its own, which upgrades it to that clipper's schema (a migration's one-time
    work, such as 0021's stored story links, is not a night's cost); its wall seconds."""
    root = str(tree if tree else BENCH.parent)
    code = ("import sys, time; sys.path.insert(0, sys.argv[1]); "
            "from clipper.archive import open_archive; t = time.monotonic(); "
            "open_archive(sys.argv[2]).close(); print(time.monotonic() - t)")
    proc = subprocess.run([PYTHON, "-c", code, root, str(db)], stdout=subprocess.PIPE,
                          text=True, check=True)
    return round(float(proc.stdout.strip().splitlines()[-1]), 2)


BASE_START = synth.BASE_START
PER_DAY = synth.BASE_PER_DAY


def base_archive(n: int, workers: int | None, dated: bool) -> tuple[Path, dict[str, object]]:
    folder = WORK / "incremental" / f"base-{n}{'' if dated else '-undated'}"
    db = folder / "archive.db"
    info = folder / "BUILT.json"
    if info.exists() and db.exists():
        return db, json.loads(info.read_text())
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    built_by_memory = WORK / "memory" / f"run-{n}-dated"
    if dated and (built_by_memory / "summary.json").exists():
        # bench/memory.py --dated built this very archive (same generator settings)
        progress(f"base archive: copying the one bench/memory.py --dated built ({n:,} docs)")
        summary = json.loads((built_by_memory / "summary.json").read_text())
        with sqlite3.connect(built_by_memory / "archive.db") as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(built_by_memory / "archive.db", db)
        return db, _describe(db, n, summary, info)
    progress(f"generating {n:,} base documents ...")
    files = synth.write_jsonl(folder / "base.jsonl.gz", n, gz=True, per_file=100_000,
                              seed=synth.BASE_SEED, start_day=BASE_START if dated else None,
                              per_day=PER_DAY)
    progress(f"building the base archive of {n:,} documents through the pipeline ...")
    summary = run_child(db, files, f"base {n:,}", workers)
    for f in files:
        f.unlink()
    return db, _describe(db, n, summary, info)


def _describe(db: Path, n: int, summary: dict[str, object], info: Path) -> dict[str, object]:
    with sqlite3.connect(db) as con:  # fold the WAL in so a file copy is the whole archive
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = con.execute("SELECT count(*) FROM pages").fetchone()[0]
    built = {"docs": n, "seconds": summary["wall_seconds"], "stored": pages,
             "clusters": summary["new_clusters"],
             **batch_cost(cast(list[list[float]], summary.get("batch_curve", []))),
             "batch_curve": summary.get("batch_curve")}
    info.write_text(json.dumps(built))
    return built


def profile_add(base_db: Path, new_file: Path, folder: Path, n_base: int) -> None:
    import cProfile
    import io
    import pstats

    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.pipeline import dedupe

    head = folder / "profile-new.jsonl"
    with open(new_file) as src, open(head, "w") as dst:
        for i, line in enumerate(src):
            if i >= 2000:
                break
            dst.write(line)
    db = folder / "profile.db"
    shutil.copyfile(base_db, db)
    archive = open_archive(str(db))
    progress("profiling: 2,000 new docs into a copy of the big archive (1 worker) ...")
    profiler = cProfile.Profile()
    profiler.enable()
    summary = dedupe(archive, [str(head)], Config(workers=1))
    profiler.disable()
    archive.close()
    text = io.StringIO()
    text.write(f"cProfile: dedupe() of 2,000 new docs into a {n_base:,}-doc archive, 1 worker, "
               f"{summary.seconds:.1f}s under profile\n")
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(40)
    text.write("\n=== by tottime ===\n")
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(20)
    (RESULTS / "incremental-profile.txt").write_text(text.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="base 100,000 (the default)")
    parser.add_argument("--full", action="store_true", help="base 1,000,000")
    parser.add_argument("--base", type=int, default=None)
    parser.add_argument("--new", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--undated", action="store_true",
                        help="no fetched_at: every page falls on the day of its run")
    parser.add_argument("--against", type=Path, default=None,
                        help="also run both with the clipper of this checkout (main before a "
                             "change), before this tree's in each round: ratios in one command")
    parser.add_argument("--profile", action="store_true",
                        help="also cProfile (in-process, 1 worker) adding the first 2,000 new "
                             "docs to a copy of the big archive: bench/results/"
                             "incremental-profile.txt")
    args = parser.parse_args()
    n_base = args.base or (1_000_000 if args.full else 100_000)
    run = Run("incremental")
    dated = not args.undated
    base_db, built = base_archive(n_base, args.workers, dated)
    # Base stories are numbered 0..k-1; with 30 % copies, k ≈ 0.7 n.  Copies of the new batch
    # come from the lower 60 % of that range, which certainly exists.
    copy_range = (0, int(n_base * 0.6))
    folder = WORK / "incremental" / "new"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    # the new documents are fetched on the days after the base's last day
    new_start = (date.fromisoformat(BASE_START) + timedelta(days=n_base // PER_DAY + 1))
    new_files = synth.write_jsonl(folder / "new.jsonl", args.new, seed=777,
                                  first_story=10 * n_base + 10_000_000, copy_range=copy_range,
                                  start_day=new_start.isoformat() if dated else None)
    trees: list[Path | None] = [args.against, None] if args.against else [None]
    runs: dict[str, list[dict[str, object]]] = {}  # "big" / "empty" (+ " against"): each round
    for r in range(args.rounds):
        for tree in trees:
            suffix = " against" if tree else ""
            for which in ("big", "empty"):
                db = folder / f"{which}{'-against' if tree else ''}.db"
                for stale in folder.glob(f"{db.name}*"):
                    stale.unlink()
                upgrade = None
                if which == "big":
                    shutil.copyfile(base_db, db)
                    upgrade = upgrade_copy(db, tree)
                progress(f"round {r + 1}: adding {args.new:,} documents to the {which} archive"
                         f"{f' ({tree})' if tree else ''} ...")
                summary = run_child(db, new_files, f"{which} +{args.new:,}", args.workers, tree)
                summary["partition"] = archive_digest(db)
                summary["upgrade_seconds"] = upgrade
                runs.setdefault(which + suffix, []).append(summary)
                progress(f"  {summary['wall_seconds']:.1f}s, CPU {summary['cpu_seconds']}s, "
                         f"joined existing clusters: {summary['joined_existing']}")
    times = {k: [float(s["wall_seconds"]) for s in v] for k, v in runs.items()}  # type: ignore[arg-type]
    # each case's fastest round
    summaries = {k: min(v, key=lambda s: float(s["wall_seconds"])) for k, v in runs.items()}  # type: ignore[arg-type]
    if args.profile:
        profile_add(base_db, new_files[0], folder, n_base)
    big, empty = min(times["big"]), min(times["empty"])
    ratio = big / empty
    run.data.update({
        "base": built,
        "base_note": f"base archive built by the pipeline from {n_base:,} generated docs",
        "new_docs": args.new,
        "new_docs_mix": "70% new stories, 30% copies of archived stories (6 forms)",
        "dated": (f"fetched_at on every record, {PER_DAY:,} docs a day from {BASE_START}; "
                  "the new docs on the days after the base" if dated
                  else "undated: every page on the day of its run"),
        "seconds": times,
        "summaries": {k: {x: v[x] for x in ("stored", "new_clusters", "joined_existing",
                                             "workers", "wall_seconds", "cpu_seconds",
                                             "partition", "upgrade_seconds")}
                      | {"stage_seconds": {s: round(t, 2) for s, t in sorted(
                          cast(dict[str, float], v["stage_seconds"]).items(),
                          key=lambda st: -st[1])}}
                      for k, v in summaries.items()},
    })
    if args.against:
        run.data["against"] = str(args.against)
        for which in ("big", "empty"):
            same = summaries[which]["partition"] == summaries[which + " against"]["partition"]
            run.add(figure(f"incremental: same archive (pages, clusters, canonicals, stories) as "
                           f"{args.against} ({which})", int(same)))
        for suffix in ("", " against"):
            cpu = (cast(float, summaries["big" + suffix]["cpu_seconds"])
                   / cast(float, summaries["empty" + suffix]["cpu_seconds"]))
            run.add(figure(f"incremental: CPU ratio ({n_base:,}-doc archive / empty)"
                           f"{f' of {args.against}' if suffix else ''}", cpu, "×"))
    run.add(
        figure(f"incremental: +{args.new:,} docs into {n_base:,}-doc archive", big, "s"),
        figure(f"incremental: +{args.new:,} docs into empty archive", empty, "s"),
        figure(f"incremental: ratio ({n_base:,}-doc archive / empty)", ratio, "×", "≤ 1.5",
               ratio <= 1.5),
        figure(f"incremental: joined existing clusters (of {args.new:,})",
               cast(int, summaries["big"]["joined_existing"])),
    )
    run.data["vocabulary"] = synth.VOCABULARY
    path = run.write()
    rows = [[f"{n_base:,}-doc archive{suffix}", fmt(min(times["big" + suffix]), 1),
             summaries["big" + suffix]["cpu_seconds"],
             summaries["big" + suffix]["joined_existing"]]
            for suffix in ("", " against") if "big" + suffix in times]
    rows += [[f"empty archive{suffix}", fmt(min(times["empty" + suffix]), 1),
              summaries["empty" + suffix]["cpu_seconds"],
              summaries["empty" + suffix]["joined_existing"]]
             for suffix in ("", " against") if "empty" + suffix in times]
    print(table(rows, [f"+{args.new:,} docs into", "seconds", "CPU s",
                       "joined existing clusters"]))
    for key, summary in summaries.items():
        stages = cast(dict[str, float], summary["stage_seconds"])
        print(f"{key}: " + ", ".join(f"{s} {t:.1f}" for s, t in sorted(
            stages.items(), key=lambda st: -st[1]) if t >= 0.2))
    for key, summary in summaries.items():
        if summary.get("upgrade_seconds") is not None:
            print(f"{key}: the copy of the base opened (upgraded) first, untimed: "
                  f"{summary['upgrade_seconds']:.1f}s")
    if args.against:
        for suffix in ("", " against"):
            b, e = summaries["big" + suffix], summaries["empty" + suffix]
            print(f"{'this tree' if not suffix else args.against}: wall "
                  f"{float(b['wall_seconds']) / float(e['wall_seconds']):.2f}, CPU "  # type: ignore[arg-type]
                  f"{float(b['cpu_seconds']) / float(e['cpu_seconds']):.2f}; partition "  # type: ignore[arg-type]
                  f"big {b['partition']}, empty {e['partition']}")
    print(f"ratio {ratio:.2f} (target ≤ 1.5); base built in {built['seconds']:.0f}s; "
          f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; "
          f"wrote {path}")


if __name__ == "__main__":
    main()
