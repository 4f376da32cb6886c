"""The story stage alone, replayed on finished one-day archives: its CPU seconds at each size,
the ratio 10k ÷ (5 × 2k), and the pairs it scores a cluster.

    python bench/story_replay.py [--sizes 2000 10000] [--rounds 2] [--before DIR]
                                 [--archives DIR] [--profile N]

Input: the archives ``bench/oneday.py --sizes N --glue-docs 0`` leaves in
``bench/.work/oneday/run-N/archive.db`` (``--archives DIR``: another folder holding
``run-N/archive.db``, e.g. another checkout's ``bench/.work/oneday``); a size without one is
skipped with the command that builds it.  Each replay is a fresh process working on a copy of the
archive: its stories are cleared (the story scheme row removed, so that
``clipper.stories.update_stories`` treats every cluster as new, as a run's own stage does on a
fresh archive) and the stage is called once with every page and the stored canonicals' vectors
(the workers' vectors, as the run stored them), as a run's stage is (``Deduper.finish_stories``).
Timed in CPU seconds of the process (on a shared, loaded machine wall seconds mostly measure
waiting).  Counted too, whatever the load: the clusters, the candidate pairs
(``AnchorIndex.candidates``), the pairs scored (``scoring.linked``'s input) and the links found,
a cluster; and digests of what the stage wrote (clusters' story ids, stories, ``story_links``,
``story_vectors``): the same digest, the same stories, ids and links.

``--before DIR``: also replay with the ``clipper`` package of another checkout (a fresh clone of
main), on the same archives, each round running both trees size by size (interleaved), so the
before/after ratio comes from one command on one machine state.  ``--profile N``: a cProfile of
this tree's replay at size N, written to ``bench/results/story-replay-profile-N.txt``.  Target:
CPU at 10k ≤ 1.2 × 5 × CPU at 2k (linear).  Writes ``bench/results/story-replay.json``.
Without the archives (``../shared/data`` absent, or ``bench/oneday.py`` not run) it prints
"skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
TARGET_LINEAR = 1.2
DIGESTED = (
    "SELECT id, story_id FROM clusters ORDER BY id",
    "SELECT * FROM stories ORDER BY id",
    "SELECT * FROM story_links ORDER BY 1",
    "SELECT cluster_id, page_id, story_id, day, terms FROM story_vectors ORDER BY cluster_id",
)


def child(src: str, archive: str, work: str, profile: str | None) -> dict[str, Any]:
    """One replay in this process, ``clipper`` imported from ``src``."""
    sys.path.insert(0, src)
    import cProfile
    import io
    import pstats

    from sqlalchemy import delete, select

    import clipper.stories.pool as pool_module
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.models import Meta, Page, StoryVector
    from clipper.stories import SCHEME_KEY, StoryPool, update_stories
    from clipper.stories.linking import AnchorIndex
    from clipper.stories.vectors import Vector

    assert Path(pool_module.__file__).resolve().is_relative_to(Path(src).resolve())
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(work + suffix):
            os.unlink(work + suffix)
    source, copy = sqlite3.connect(archive), sqlite3.connect(work)
    source.backup(copy)
    source.close()
    copy.close()
    counts = {"candidates": 0, "scored": 0, "links": 0}
    real_candidates, real_linked = AnchorIndex.candidates, pool_module.linked

    def candidates(self: Any, rows: Any) -> Any:
        found = real_candidates(self, rows)
        counts["candidates"] += len(found)
        return found

    def linked(pairs: Any, *args: Any, **kwargs: Any) -> Any:
        found = real_linked(pairs, *args, **kwargs)
        counts["scored"] += len(pairs)
        counts["links"] += len(found.a)
        return found

    AnchorIndex.candidates = candidates  # type: ignore[method-assign]
    pool_module.linked = linked
    config = Config()
    db = open_archive(work)
    with db.sessions() as session:
        vectors = {
            pid: Vector.from_bytes(terms)
            for pid, terms in session.execute(select(StoryVector.page_id, StoryVector.terms))
        }
        run_id = max(session.scalars(select(Page.run_id)))
        page_ids = sorted(session.scalars(select(Page.id)))
        session.execute(delete(Meta).where(Meta.key == SCHEME_KEY))
        session.commit()
        profiler = cProfile.Profile(time.process_time) if profile else None
        started = time.process_time()
        if profiler:
            profiler.enable()
        outcome = update_stories(
            session, page_ids, run_id, config.stories, vectors, StoryPool(config.stories)
        )
        if profiler:
            profiler.disable()
        cpu = time.process_time() - started
        session.commit()
    db.close()
    digest = hashlib.sha256()
    con = sqlite3.connect(work)
    for query in DIGESTED:
        for row in con.execute(query):
            digest.update(repr(row).encode())
    stories = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    con.close()
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(work + suffix):
            os.unlink(work + suffix)
    if profiler and profile:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(60)
        stats.sort_stats("tottime").print_stats(30)
        Path(profile).write_text(out.getvalue())
    clusters = len(vectors)
    return {
        "cpu_s": round(cpu, 2),
        "clusters": clusters,
        "stories": stories,
        "compared": outcome.compared,
        **{f"{name}_per_cluster": round(n / max(1, clusters), 1) for name, n in counts.items()},
        "digest": digest.hexdigest()[:16],
    }


def run(src: Path, archive: Path, profile: Path | None = None) -> dict[str, Any]:
    """One replay in a fresh process (``clipper`` of ``src``)."""
    work = BENCH / ".work" / "story-replay" / f"{os.getpid()}-{archive.parent.name}.db"
    work.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, __file__, "--child", str(src), str(archive), str(work)]
    if profile is not None:
        command.append(str(profile))
    env = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        source, archive, work = sys.argv[2:5]
        print(json.dumps(child(source, archive, work, sys.argv[5] if len(sys.argv) > 5 else None)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[2000, 10000])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--before", type=Path, default=None)
    parser.add_argument("--archives", type=Path, default=BENCH / ".work" / "oneday")
    parser.add_argument("--profile", type=int, nargs="*", default=[])
    args = parser.parse_args()
    archives = {n: args.archives / f"run-{n}" / "archive.db" for n in args.sizes}
    missing = [n for n, path in archives.items() if not path.exists()]
    for n in missing:
        print(f"skipped {n}: no {archives[n]} (python bench/oneday.py --sizes {n} --glue-docs 0)")
        del archives[n]
    if not archives:
        print("skipped: no one-day archive")
        return 0
    trees = {"this": REPO}
    if args.before is not None:
        trees["before"] = args.before.resolve()
    load_start = os.getloadavg()
    runs: dict[str, dict[int, list[dict[str, Any]]]] = {t: {n: [] for n in archives} for t in trees}
    for round_number in range(args.rounds):
        for n, archive in archives.items():
            for tree, src in trees.items():
                profile: Path | None = None
                if tree == "this" and n in args.profile and round_number == 0:
                    profile = BENCH / "results" / f"story-replay-profile-{n}.txt"
                found = run(src, archive, profile)
                runs[tree][n].append(found)
                print(
                    f"[{time.strftime('%H:%M:%S')}] {tree} {n:,}: CPU {found['cpu_s']:.2f} s, "
                    f"{found['clusters']} clusters, {found['stories']} stories, pairs scored "
                    f"{found['scored_per_cluster']} a cluster, links {found['links_per_cluster']}, "
                    f"digest {found['digest']}" + (" (profiled)" if profile else ""),
                    flush=True,
                )
    summary: dict[str, Any] = {"load_start": [round(x, 2) for x in load_start], "trees": {}}
    for tree, by_size in runs.items():
        best = {n: min(r["cpu_s"] for r in replays) for n, replays in by_size.items()}
        entry: dict[str, Any] = {
            "src": str(trees[tree]),
            "best_cpu_s": best,
            "runs": by_size,
        }
        if 2000 in best and 10000 in best:
            entry["ratio_10k_5x2k"] = round(best[10000] / (5 * best[2000]), 3)
        summary["trees"][tree] = entry
    print("tree     size   best CPU s  stories  scored/cluster  links/cluster  digest")
    for tree, by_size in runs.items():
        for n, replays in by_size.items():
            last = replays[-1]
            print(
                f"{tree:7} {n:6,}  {min(r['cpu_s'] for r in replays):10.2f}  {last['stories']:7}"
                f"  {last['scored_per_cluster']:14}  {last['links_per_cluster']:13}  "
                f"{last['digest']}"
            )
        ratio = summary["trees"][tree].get("ratio_10k_5x2k")
        if ratio is not None:
            met = "met" if ratio <= TARGET_LINEAR else "NOT met"
            print(f"{tree}: story stage CPU 10k ÷ (5 × 2k) {ratio:.3f} × "
                  f"(target ≤ {TARGET_LINEAR}: {met})")  # fmt: skip
    if "before" in runs:
        for n in archives:
            after = summary["trees"]["this"]["best_cpu_s"][n]
            before = summary["trees"]["before"]["best_cpu_s"][n]
            print(f"{n:,}: this ÷ before {after / before:.3f} ({after:.2f} / {before:.2f} CPU s)")
    summary["load_end"] = [round(x, 2) for x in os.getloadavg()]
    print(f"loadavg start {summary['load_start']} end {summary['load_end']}")
    out = BENCH / "results" / "story-replay.json"
    out.write_text(json.dumps(summary, indent=2) + "\n")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
