"""The main-process stages of a night batch by batch, in CPU seconds: where the cost that grows
with the day goes (issue 10), this tree against another checkout in one command.

    python bench/matching_stages.py [--records N] [--against DIR]

Input: the first ``--records`` (default 10,000) records of bench/oneday.py's one-day stream
(built at run time from ``../shared/data/wire-syndication-texts``; never committed).  Each
tree runs ``dedupe`` in a process of its own on a fresh archive with one worker (cleaning and
verification in that process too), so every stage's CPU is the process's own.  The run's stage
timer (``RunSummary.timed``, wall seconds) is read as CPU seconds here (``time.process_time``):
on a shared machine wall seconds measure the other processes as much as this one.

Printed per tree: CPU seconds of each stage in the first full batch and in the last (and the
pairs verified, the pairs the screen lets through to the exact walk, the edges found), and the
growth (last ÷ first) of the stages that match and cluster (``band-lookups``, ``candidates``,
``stored-candidates`` (stored pages read back for verification), ``passage-share``, ``verify``,
``recluster``); and whether the two trees gave the same clusters
and canonicals (the same input in the same order: the same page ids).  And the match graph
each run left: its edges by when they were found and what made them a match (Jaccard,
coverage, the brief rule), and its largest connected component.  Without
``../shared/data`` the script prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oneday
from _common import PYTHON, WORK, Run, figure, fmt, progress, shared_missing

MATCHING = (
    "band-lookups",
    "candidates",
    "stored-candidates",
    "passage-share",
    "verify",
    "recluster",
)
HERE = Path(__file__).resolve().parent.parent


def child(tree: Path, corpus: Path, db: Path, out: Path) -> None:
    """In a process of its own: ``dedupe`` with ``tree``'s clipper, stage CPU per batch."""
    sys.path.insert(0, str(tree))
    import contextlib
    import time
    from collections.abc import Iterator

    import clipper

    if not Path(clipper.__file__).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"clipper imported from {clipper.__file__}, not from {tree}")
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.pipeline import dedupe
    from clipper.summary import RunSummary

    @contextlib.contextmanager
    def cpu_timed(self: RunSummary, stage: str) -> Iterator[None]:
        started = time.process_time()
        try:
            yield
        finally:
            spent = time.process_time() - started
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + spent

    RunSummary.timed = cpu_timed  # type: ignore[method-assign]
    # pairs verified, pairs the screen lets through to the exact walk, edges: per batch
    import clipper.match
    import clipper.workers

    counts = {"pairs": 0, "walked": 0, "edges": 0}
    verify, screen = clipper.workers.verify, clipper.match.screen

    def counted_verify(pairs: Any, config: Any, shingle_words: int = 5) -> Any:
        pairs = list(pairs)
        counts["pairs"] += len(pairs)
        edges = verify(pairs, config, shingle_words)
        counts["edges"] += len(edges)
        return edges

    def counted_screen(pairs: Any, *args: Any, **kwargs: Any) -> Any:
        kept = screen(pairs, *args, **kwargs)
        counts["walked"] += sum(kept)
        return kept

    clipper.workers.verify = counted_verify
    clipper.match.screen = counted_screen
    batches: list[dict[str, Any]] = []
    last: dict[str, float] = {}

    def show(summary: RunSummary) -> None:
        now = dict(summary.stage_seconds)
        batches.append(
            {
                "read": summary.pages_read,
                "stages": {k: v - last.get(k, 0.0) for k, v in now.items()},
                "pairs": dict(counts),
            }
        )
        counts.update(pairs=0, walked=0, edges=0)
        last.clear()
        last.update(now)

    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    archive = open_archive(str(db))
    dedupe(archive, [str(corpus)], Config(workers=1), on_progress=show)
    archive.close()
    out.write_text(json.dumps(batches))


def measure(tree: Path, n: int, label: str) -> tuple[list[dict[str, Any]], Path]:
    corpus = oneday.corpus(n)
    folder = WORK / "matching-stages"
    folder.mkdir(parents=True, exist_ok=True)
    db, out = folder / f"{label}.db", folder / f"{label}.json"
    progress(f"dedupe of {n:,} one-day records, one worker, {tree} ...")
    subprocess.run(
        [PYTHON, __file__, "--_child", str(tree), str(corpus), str(db), str(out)], check=True
    )
    return json.loads(out.read_text()), db


def canonicals(db: Path) -> dict[int, int]:
    with sqlite3.connect(db) as connection:
        return dict(
            connection.execute(
                "SELECT p.id, c.canonical_page_id FROM pages p "
                "JOIN clusters c ON c.id = p.cluster_id"
            ).fetchall()
        )


def edges_by_kind(db: Path, n: int, parts: int = 5) -> None:
    """Print the match graph the run left: its edges by when they were found (the later page
    of the pair, per ``n / parts`` records) and by what made them a match, how many of each
    kind join two pages the run put in one cluster, and its largest connected component (the
    pages a batch reclusters when it touches it)."""
    from clipper.config import MatchConfig

    step = max(1, n // parts)
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT m.page_id, m.better_page_id, m.jaccard, m.containment, "
            "a.cluster_id = b.cluster_id FROM matches m "
            "JOIN pages a ON a.id = m.page_id JOIN pages b ON b.id = m.better_page_id"
        ).fetchall()
    kinds: dict[int, list[int]] = {}
    together = [0, 0, 0]
    parent: dict[int, int] = {}

    def root(page: int) -> int:
        while parent.setdefault(page, page) != page:
            parent[page] = parent[parent[page]]
            page = parent[page]
        return page

    for a, b, jaccard, containment, one_cluster in rows:
        if jaccard >= MatchConfig.jaccard_threshold:
            kind = 0
        elif containment >= MatchConfig.containment_threshold:
            kind = 1
        else:
            kind = 2
        kinds.setdefault((max(a, b) - 1) // step, [0, 0, 0])[kind] += 1
        together[kind] += bool(one_cluster)
        parent[root(a)] = root(b)
    sizes: dict[int, int] = {}
    for page in list(parent):
        sizes[root(page)] = sizes.get(root(page), 0) + 1
    print(f"  edges found per {step:,} records (Jaccard / coverage / brief rule):")
    for part in sorted(kinds):
        j, c, b = kinds[part]
        print(f"    pages {part * step + 1:>7,}-{(part + 1) * step:<7,} {j:7,} {c:7,} {b:7,}")
    totals = [sum(k[i] for k in kinds.values()) for i in range(3)]
    print(
        "  of them joining two pages of one cluster: "
        + " / ".join(f"{t:,} of {n:,}" for t, n in zip(together, totals, strict=True))
    )
    print(f"  largest connected component: {max(sizes.values(), default=0):,} pages")


def report(label: str, batches: list[dict[str, Any]], run: Run) -> None:
    # The first batch starts the run (and ends when the second is read: both hold a batch);
    # the last entry is the end of the run (the rest of the input and the story stage).
    full = [b for b in batches[1:-1] if b["stages"]]
    first, last = full[0], full[-1]
    stages = sorted(
        set(first["stages"]) | set(last["stages"]), key=lambda s: -last["stages"].get(s, 0.0)
    )
    print(
        f"\n{label}: CPU s per stage, batch ending at {first['read']:,} read → "
        f"batch ending at {last['read']:,} read"
    )
    for stage in stages:
        a, b = first["stages"].get(stage, 0.0), last["stages"].get(stage, 0.0)
        if max(a, b) >= 0.005:
            print(f"  {stage:18} {a:7.3f} → {b:7.3f}")
    for kind, what in (
        ("pairs", "pairs verified"),
        ("walked", "pairs past the screen (walked)"),
        ("edges", "edges"),
    ):
        a, b = first.get("pairs", {}).get(kind), last.get("pairs", {}).get(kind)
        if a is not None and b is not None:
            print(f"  {what:30} {a:7,} → {b:7,}")
    a = sum(first["stages"].get(s, 0.0) for s in MATCHING)
    b = sum(last["stages"].get(s, 0.0) for s in MATCHING)
    total = sum(x["stages"].get(s, 0.0) for x in batches for s in MATCHING)
    print(f"  matching stages    {a:7.3f} → {b:7.3f} ({fmt(b / a, 2)}×); over the run {total:.2f}")
    run.add(
        figure(f"{label}: matching stages, CPU s of the last batch", round(b, 3), "s"),
        figure(f"{label}: matching stages, CPU s over the run", round(total, 2), "s"),
    )


def main() -> None:
    if len(sys.argv) == 6 and sys.argv[1] == "--_child":
        child(*(Path(a) for a in sys.argv[2:]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--against", type=Path, default=None)
    args = parser.parse_args()
    if not oneday.SOURCE.exists():
        print(shared_missing(oneday.SOURCE))
        return
    run = Run("matching_stages")
    ours, our_db = measure(HERE, args.records, "this-tree")
    report("this tree", ours, run)
    edges_by_kind(our_db, args.records)
    if args.against:
        theirs, their_db = measure(args.against.resolve(), args.records, "against")
        report(str(args.against), theirs, run)
        edges_by_kind(their_db, args.records)
        same = canonicals(our_db) == canonicals(their_db)
        print(f"\nsame clusters and canonicals: {'yes' if same else 'NO'}")
        run.data["same_canonicals"] = same
    path = run.write()
    print(f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; wrote {path}")


if __name__ == "__main__":
    main()
