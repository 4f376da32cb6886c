"""The blocks an HTML page shows its date in, around its headline: their cost a page.

    python bench/headline_blocks.py [--against DIR] [--rounds 5]

For each of the Fundus set's pages (``../shared/data/fundus-news-pages``, 258 pages), parsed
as the cleaner parses them (:func:`clipper.extraction.load_page`): the time of
``clipper.htmldatelines.page_head_lines([], tree)``, the short blocks under and above the first
``<h1>`` where a date line is looked for (what every HTML page's "Updated" line, and an
undated page's date, is read from; up to four times a page).  Each page the best of
``--rounds`` timings, after one warm-up pass over all pages (the language tables load once).
Prints the total, median and 90th percentile a page; with ``--against DIR`` the same in the
checkout ``DIR``'s clipper (a ``git worktree`` or ``git archive`` of a commit), the ratio of the
totals, and whether both found the same blocks on every page.  Writes
``bench/results/headline-blocks.json``.  Without ``../shared/data`` prints "skipped".
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _common import SHARED_DATA, Run, figure, in_tree, loadavg, progress, shared_missing

BENCH_TREE = str(Path(__file__).resolve().parent.parent)

# Run in the measured tree's clipper (``in_tree``): the pages' timings and a digest of their
# blocks.
CHILD = """
import gzip, hashlib, json, sys, time
from clipper.extraction import load_page
from clipper.htmldatelines import page_head_lines
payload = json.load(sys.stdin)
trees = []
with gzip.open(payload["pages"], "rt") as lines:
    for line in lines:
        tree = load_page(json.loads(line)["html"])[0]
        if tree is not None:
            trees.append(tree)
blocks = [page_head_lines([], tree) for tree in trees]
best = []
for tree in trees:
    times = []
    for _ in range(payload["rounds"]):
        began = time.perf_counter()
        page_head_lines([], tree)
        times.append(time.perf_counter() - began)
    best.append(min(times))
digest = hashlib.sha256(json.dumps(blocks, ensure_ascii=False).encode()).hexdigest()
print(json.dumps({"times": best, "digest": digest}))
"""


def _summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "total_ms": sum(ordered) * 1e3,
        "median_us": ordered[len(ordered) // 2] * 1e6,
        "p90_us": ordered[int(len(ordered) * 0.9)] * 1e6,
        "max_ms": ordered[-1] * 1e3,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", type=Path, default=None, help="another checkout to time")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    pages = SHARED_DATA / "fundus-news-pages" / "pages.jsonl.gz"
    if not pages.exists():
        print(shared_missing(SHARED_DATA))
        return
    run = Run("headline-blocks")
    payload = {"pages": str(pages), "rounds": args.rounds}
    trees = [("this tree", BENCH_TREE)]
    if args.against is not None:
        trees.append((f"against {args.against}", str(args.against.resolve())))
    found = {}
    for name, tree in trees:
        progress(f"{name}: head lines of {pages.name}'s pages, best of {args.rounds}")
        found[name] = in_tree(tree, CHILD, payload)
        row = _summary(found[name]["times"])
        print(
            f"{name:24} total {row['total_ms']:7.1f} ms  median {row['median_us']:6.0f} µs  "
            f"p90 {row['p90_us']:7.0f} µs  max {row['max_ms']:6.2f} ms  "
            f"({len(found[name]['times'])} pages)"
        )
        run.add({"tree": name, **row, "pages": len(found[name]["times"])})
    if args.against is not None:
        ours, theirs = (found[name] for name, _ in trees)
        ratio = sum(ours["times"]) / sum(theirs["times"])
        same = ours["digest"] == theirs["digest"]
        print(f"ratio (this tree / against): {ratio:.3f}; same blocks on every page: {same}")
        run.add(
            figure(f"head lines: this tree / {args.against}", ratio, "x"),
            figure("same blocks on every page", str(same)),
        )
    print(f"load {loadavg()}")
    run.write()


if __name__ == "__main__":
    main()
