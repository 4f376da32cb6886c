"""Reading a night's text dumps saved one file each in one folder: ``read_pages``'s CPU.

    python bench/dump_folder.py [--sizes 1000 5000] [--rounds 2] [--against DIR]

Input (built at run time under ``bench/.work/dump-folder/``, never committed): the first N
records of ``bench/oneday.py``'s one-day stream, each record's text saved as its own ``.txt``
file in one folder (what a scraper writing one dump a page leaves), N = each of ``--sizes``.
Measured: the CPU seconds of ``clipper.read.read_pages`` over the folder (the reading of a
``dedupe`` run, before any cleaning: walking, sniffing, decoding, the dump's header and file
name dates), in a fresh process with ``dedupe``'s imports done before the clock starts; the
least of ``--rounds`` rounds, per 1,000 dumps: flat across sizes when a dump's reading does
not grow with the folder.  ``--against DIR``: the same in that checkout (its own ``clipper``
first on the path), rounds interleaved, the ratio from one command; and a digest of what
each read (every page's origin, kind, body, URL, dates; every rejection), equal when the
change left the reading as it was.  Session 38: 5,000 dumps took ~22 CPU s to read, each
file's metadata look-up passing over every file met before it (``clipper.read.sidecars``).
Writes ``bench/results/dump-folder.json``.  Without ``../shared/data`` it prints "skipped" and
exits 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, WORK, Run, figure, fmt, in_tree, progress, shared_missing, table
from oneday import SOURCE, records

# Run in the measured tree's process: its imports first (as a dedupe has them), then the clock.
_CHILD = """
import hashlib, json, sys, time
import clipper.run
from clipper.config import ReadLimits
from clipper.read import read_pages

folder = json.load(sys.stdin)["folder"]
rejected = []
started = time.process_time()
pages = list(read_pages([folder], ReadLimits(), rejected.append))
cpu = time.process_time() - started
digest = hashlib.sha256()
for page in pages:
    body = page.body if isinstance(page.body, bytes) else page.body.encode("utf-8")
    digest.update(repr((page.origin, page.kind, page.url, page.published, page.fetched_at,
                        page.named_date, hashlib.sha256(body).hexdigest())).encode())
for rejection in rejected:
    digest.update(repr((rejection.origin, rejection.reason, rejection.detail)).encode())
print(json.dumps({"cpu_s": cpu, "pages": len(pages), "rejected": len(rejected),
                  "digest": digest.hexdigest()[:16]}))
"""


def folder(n: int) -> Path:
    """``bench/.work/dump-folder/N/`` holding the first ``n`` one-day records' texts, one
    ``.txt`` file each (made when missing)."""
    path = WORK / "dump-folder" / str(n)
    if path.is_dir() and sum(1 for _ in path.iterdir()) == n:
        return path
    progress(f"writing {n:,} text dumps ...")
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.iterdir():
        stale.unlink()
    for i, record in enumerate(records(n)):
        name = f"{record['site']}-story-{i:06d}.txt"
        (path / name).write_text(record["text"], encoding="utf-8")
    return path


def measure(tree: Path, n: int) -> dict[str, Any]:
    return dict(in_tree(str(tree), _CHILD, {"folder": str(folder(n))}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 5_000])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument(
        "--against",
        type=Path,
        default=None,
        help="also read with the clipper of this checkout, rounds interleaved",
    )
    args = parser.parse_args()
    if not SOURCE.exists():
        print(shared_missing(SOURCE))
        return
    trees = [("this", REPO)] + ([("against", args.against.resolve())] if args.against else [])
    run = Run("dump-folder")
    rows: list[list[Any]] = []
    best: dict[tuple[str, int], dict[str, Any]] = {}
    for n in sorted(args.sizes):
        for round_ in range(args.rounds):
            for label, tree in trees:
                progress(f"{label}: reading {n:,} dumps, round {round_ + 1} ...")
                got = measure(tree, n)
                kept = best.get((label, n))
                if kept is None or got["cpu_s"] < kept["cpu_s"]:
                    best[(label, n)] = got
        this = best[("this", n)]
        row = [
            f"{n:,}",
            fmt(this["cpu_s"], 2),
            fmt(this["cpu_s"] * 1000 / n, 2),
            this["pages"],
            this["rejected"],
            this["digest"],
        ]
        run.add(
            figure(
                f"dump folder, {n:,} text dumps: read_pages CPU per 1,000 dumps",
                this["cpu_s"] * 1000 / n,
                "s",
            )
        )
        if args.against:
            other = best[("against", n)]
            ratio = this["cpu_s"] / other["cpu_s"]
            row += [
                fmt(other["cpu_s"], 2),
                fmt(ratio, 3),
                "yes" if other["digest"] == this["digest"] else "NO",
            ]
            run.add(
                figure(
                    f"dump folder, {n:,} text dumps: read_pages CPU, this tree ÷ {args.against}",
                    ratio,
                    "×",
                )
            )
        rows.append(row)
    run.data["input"] = "the first N one-day records of bench/oneday.py, one .txt file each"
    run.data["best"] = {f"{label} {n}": got for (label, n), got in best.items()}
    path = run.write()
    headers = ["dumps", "CPU s", "s per 1,000", "pages", "rejected", "digest"]
    if args.against:
        headers += [f"CPU s {args.against}", "ratio", "same reading"]
    print(table(rows, headers))
    print(f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; wrote {path}")


if __name__ == "__main__":
    main()
