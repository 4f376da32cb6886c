"""Run ``clipper.pipeline.dedupe`` in a process of its own (for memory/incremental benches).

    python bench/_dedupe_child.py --db X.db --out summary.json [--workers N] PATH...

Writes the run summary plus wall seconds to ``--out``; progress every ~10 s on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clipper.archive import open_archive
from clipper.config import Config
from clipper.pipeline import RunSummary, dedupe


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--label", default="dedupe")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    config = Config() if args.workers is None else Config(workers=args.workers)
    last = [time.monotonic()]
    curve: list[tuple[int, float]] = []  # (pages read, seconds) after each batch

    progress_file = Path(args.out + ".progress")

    def show(summary: RunSummary) -> None:
        curve.append((summary.pages_read, round(summary.seconds, 2)))
        progress_file.write_text(json.dumps({"pages_read": summary.pages_read,
                                             "stored": summary.stored,
                                             "seconds": round(summary.seconds, 1)}))
        if time.monotonic() - last[0] >= 10:
            last[0] = time.monotonic()
            rate = summary.pages_read / summary.seconds if summary.seconds else 0.0
            print(
                f"  [{args.label}] {summary.pages_read} read, {summary.stored} stored, "
                f"{summary.seconds:.0f}s, {rate:.0f} docs/s",
                file=sys.stderr,
                flush=True,
            )

    archive = open_archive(args.db)
    started = time.monotonic()
    summary = dedupe(archive, args.paths, config, on_progress=show)
    wall = time.monotonic() - started
    archive.close()
    result = summary.as_dict() | {"wall_seconds": wall, "workers": config.workers,
                                  "batch_curve": curve}
    Path(args.out).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
