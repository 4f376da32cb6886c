"""The story stage on one night's dump: its seconds at 2k and 10k one-day records, and the ratio.

    python bench/story_stage.py [--sizes 2000 10000] [--before DIR]

Input: the one-day corpus of ``bench/oneday.py`` (records recombined from
``../shared/data/wire-syndication-texts``, all fetched the same day; built at run time, never
committed).  Each run is a fresh process doing an in-process ``dedupe`` (one worker, default
config, 1,000-page batches) into a fresh archive, with the time spent in
``clipper.stories.update_stories`` summed per batch.  Prints, per size: the whole run's seconds,
the story stage's seconds and share, its seconds per batch, the number of stories and the
largest (in pages), and digests of the story partition (same digest: same stories), of each
page's story id and of the stored ``story_links`` rows (same digests: same ids, same links).  The
story stage is also timed in CPU seconds of the process (``story_cpu_s``): on a shared, loaded
machine wall seconds mostly measure waiting, CPU seconds the work.  The work the walk redoes
is counted too, whatever the load: ``compared_per_batch``, the clusters each batch compared with
stories again (``StoryOutcome.compared``; linear work is about a batch's own clusters per
batch, growing counts mean each batch re-decides the day so far), and ``vectors_per_batch``,
the clusters (re)vectorised (new ones, and those whose canonical changed).  Why the walk
re-decides them: ``decided_per_batch``, the clusters it visited; ``moved_per_batch``, the
stored ones that changed story (a few per cent of the visits: most re-decisions confirm the
stored story); ``by_state_per_batch``, those queued because a story they meet changed state
before them (one of its first ``centroid_clusters`` members re-canonicalised, left or joined,
or its latest day moved): on the one-day corpus most of the visits.  ``links_mb``: what the
run's story pool holds in link sets at its end (it grows with the night).  Target:
story seconds at 10k ≤ 1.2 × 5 × those at 2k (linear).

``--before DIR``: also run each size with the ``clipper`` package of another checkout (e.g.
``git worktree add /tmp/before <commit>``), interleaved with this one's runs, so a before/after
ratio comes from one command on one machine state.  Writes ``bench/results/story-stage.json``.
Without ``../shared/data`` it prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
TARGET_LINEAR = 1.2


def child(n: int, src: str, work: Path) -> dict[str, Any]:
    """One run (in this process): ``clipper`` imported from ``src``."""
    sys.path.insert(0, src)
    sys.path.insert(1, str(BENCH))
    import oneday
    from sqlalchemy import select

    import clipper.pipeline as pipeline
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.models import Cluster, Page, StoryLink

    assert Path(pipeline.__file__).resolve().is_relative_to(Path(src).resolve())
    path = oneday.corpus(n)
    work.mkdir(parents=True, exist_ok=True)
    db = work / f"story-stage-{n}.db"
    for stale in work.glob(db.name + "*"):
        stale.unlink()
    spent: list[float] = []
    cpu: list[float] = []
    compared: list[int] = []
    vectors: list[int] = []
    # Where the re-decisions come from (fields a checkout from before them lacks: None).
    causes: dict[str, list[int | None]] = {"decided": [], "moved": [], "by_state": []}
    real = pipeline.update_stories
    pools: list[Any] = []

    def timed(*args: Any, **kwargs: Any) -> Any:
        pools.append(kwargs.get("pool", args[5] if len(args) > 5 else None))
        started, cpu_started = time.perf_counter(), time.process_time()
        try:
            outcome = real(*args, **kwargs)
            compared.append(outcome.compared)
            vectors.append(outcome.vectors)
            for name, counts in causes.items():
                counts.append(getattr(outcome, name, None))
            return outcome
        finally:
            spent.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)

    pipeline.update_stories = timed
    archive = open_archive(str(db))
    started = time.perf_counter()
    pipeline.dedupe(archive, [str(path)], Config(workers=1))
    total = time.perf_counter() - started
    with archive.sessions() as session:
        rows = session.execute(
            select(Page.source_key, Cluster.story_id).join(Cluster, Cluster.id == Page.cluster_id)
        ).all()
        links = session.execute(
            select(StoryLink.cluster_id, StoryLink.linked).order_by(StoryLink.cluster_id)
        ).all()
    archive.close()
    stories: dict[Any, list[str]] = {}
    for key, story in rows:
        stories.setdefault(story, []).append(key)
    partition = sorted(sorted(keys) for keys in stories.values())
    return {
        "docs": n,
        "total_s": round(total, 1),
        "story_s": round(sum(spent), 2),
        "per_batch_s": [round(s, 2) for s in spent],
        "story_cpu_s": round(sum(cpu), 2),
        "per_batch_cpu_s": [round(s, 2) for s in cpu],
        "compared_per_batch": compared,
        "vectors_per_batch": vectors,
        **{f"{name}_per_batch": counts for name, counts in causes.items()},
        "links_mb": round(_link_bytes(pools[-1].links) / 1e6, 1) if pools else None,
        "stories": len(stories),
        "largest_story_pages": max(map(len, stories.values()), default=0),
        "digest": hashlib.sha256(json.dumps(partition).encode()).hexdigest()[:16],
        # each page's story id, and every stored link (cluster id, its linked ids' bytes)
        "ids_digest": hashlib.sha256(json.dumps(sorted(map(list, rows))).encode()).hexdigest()[:16],
        "links_digest": hashlib.sha256(
            b"".join(cid.to_bytes(8, "little") + linked for cid, linked in links)
        ).hexdigest()[:16],
        "links": sum(len(linked) // 8 for _, linked in links),
    }


def _link_bytes(links: dict[int, Any]) -> int:
    """Bytes held by the pool's link sets at the end of the run (arrays, or the dicts of
    similarities of a checkout from before them)."""
    total = sys.getsizeof(links)
    for key, held in links.items():
        total += sys.getsizeof(key)
        if hasattr(held, "nbytes"):
            total += sys.getsizeof(held) if held.base is None else held.nbytes + 112
        else:
            total += sys.getsizeof(held)
            total += sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in held.items())
    return total


def _total(counts: list[int | None]) -> str:
    """The sum of per-batch counts, or "-" when the checkout run does not report them."""
    return "-" if None in counts else f"{sum(c or 0 for c in counts):,}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2_000, 10_000])
    parser.add_argument("--before", help="another checkout whose clipper to run too")
    parser.add_argument("--_child", nargs=2, metavar=("N", "SRC"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    from _common import RESULTS, SHARED_DATA, WORK

    if args._child:
        print(json.dumps(child(int(args._child[0]), args._child[1], WORK / "story-stage")))
        return 0
    if not (SHARED_DATA / "wire-syndication-texts").is_dir():
        from _common import shared_missing

        print(shared_missing(SHARED_DATA / "wire-syndication-texts"))
        return 0
    sources = {"this": str(REPO)} | ({"before": args.before} if args.before else {})
    load_start = os.getloadavg()
    rows = []
    for n in sorted(args.sizes):
        for label, src in sources.items():
            print(f"[{time.strftime('%H:%M:%S')}] {label}: {n:,} one-day records ...", flush=True)
            out = subprocess.run(
                [sys.executable, __file__, "--_child", str(n), src],
                check=True,
                stdout=subprocess.PIPE,
                text=True,
            ).stdout
            row = {"code": label, **json.loads(out.strip().splitlines()[-1])}
            print(f"  {json.dumps(row)}", flush=True)
            rows.append(row)
    print(
        f"{'code':<8}{'records':>9}{'run s':>9}{'story s':>9}{'cpu s':>8}{'share':>8}"
        "  stories  largest  compared  last batch  moved  by state  links MB"
    )
    for r in rows:
        share = r["story_s"] / r["total_s"] if r["total_s"] else 0.0
        print(
            f"{r['code']:<8}{r['docs']:>9,}{r['total_s']:>9.1f}{r['story_s']:>9.2f}"
            f"{r['story_cpu_s']:>8.2f}{share:>8.1%}  {r['stories']:>7}"
            f"  {r['largest_story_pages']:>7}  {sum(r['compared_per_batch']):>8,}"
            f"  {r['compared_per_batch'][-1] if r['compared_per_batch'] else 0:>10,}"
            f"  {_total(r['moved_per_batch']):>5}  {_total(r['by_state_per_batch']):>8}"
            f"  {r.get('links_mb', '-')!s:>8}"
        )
    ratios = {}
    for label in sources:
        by_n = {r["docs"]: r for r in rows if r["code"] == label}
        small, big = min(by_n), max(by_n)
        if big > small:
            ratio = by_n[big]["story_s"] / (big / small * by_n[small]["story_s"])
            cpu_ratio = by_n[big]["story_cpu_s"] / (big / small * by_n[small]["story_cpu_s"])
            work = sum(by_n[big]["compared_per_batch"]) / (
                big / small * max(1, sum(by_n[small]["compared_per_batch"]))
            )
            ratios[label] = ratio
            ratios[label + " cpu"] = cpu_ratio
            ratios[label + " compared"] = work
            verdict = "met" if ratio <= TARGET_LINEAR else "NOT met"
            print(
                f"{label}: story stage t({big:,}) ÷ ({big // small} × t({small:,})) = {ratio:.2f}"
                f" (target ≤ {TARGET_LINEAR}: {verdict}); in CPU seconds {cpu_ratio:.2f};"
                f" clusters compared {work:.2f}"
            )
    RESULTS.mkdir(parents=True, exist_ok=True)
    target = RESULTS / "story-stage.json"
    target.write_text(
        json.dumps(
            {
                "command": "python bench/story_stage.py " + " ".join(sys.argv[1:]),
                "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "rows": rows,
                "linear_ratio": ratios,
                "loadavg_start": load_start,
                "loadavg_end": os.getloadavg(),
            },
            indent=2,
        )
        + "\n"
    )
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
