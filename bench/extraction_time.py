"""What clipper's HTML cleaning costs over trafilatura alone, before and after a change.

    python bench/extraction_time.py [--before REV] [--every N]

On every N-th page of the four extraction sets (``bench/extraction.py``), three calls per page
in rotating order (so cache warmth and machine load favour none): trafilatura alone with
clipper's settings (:func:`clipper.clean.extract_html` on the page's bytes), ``clean_page`` of
this working tree, and ``clean_page`` of the whole ``clipper`` package as of git revision REV
(default ``b04420f``: before issue 12's extraction work), run in a second process on the same
pages (``git archive`` of REV's ``clipper/`` in a temporary folder; the parent waits while it
times a page, so the two never share the cores).  Prints summed seconds and the ratios
clipper ÷ trafilatura (before and after) and after ÷ before.  Writes
``bench/results/extraction-time.json``.  Skips (exit 0) when ``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import extraction as bench  # noqa: E402

from clipper.clean import clean_page, extract_html  # noqa: E402
from clipper.config import CleanConfig  # noqa: E402
from clipper.page import RawPage  # noqa: E402

RESULTS = REPO / "bench" / "results" / "extraction-time.json"

# The second process: imports the ``clipper`` package of REV, reads the pages, then times
# clean_page on the page index given on each stdin line and answers with the seconds.
_CHILD = """
import pickle, sys, time
sys.path.insert(0, sys.argv[1])
from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import RawPage
with open(sys.argv[2], "rb") as fh:
    raws = [RawPage(**fields) for fields in pickle.load(fh)]
config = CleanConfig()
for line in sys.stdin:
    raw = raws[int(line)]
    t0 = time.perf_counter()
    clean_page(raw, config)
    print(time.perf_counter() - t0, flush=True)
"""


class _Before:
    """``clean_page`` of revision ``rev``, timed in a second process (see the module doc)."""

    def __init__(self, rev: str, raws: list[RawPage], folder: Path) -> None:
        archive = subprocess.run(
            ["git", "archive", "--format=tar", rev, "clipper"],
            cwd=REPO, capture_output=True, check=True,
        ).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        pages = folder / "pages.pickle"
        fields = [
            {"origin": r.origin, "kind": r.kind, "body": r.body, "url": r.url,
             "fetched_at": r.fetched_at}
            for r in raws
        ]
        pages.write_bytes(pickle.dumps(fields))
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(folder), str(pages)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            cwd=folder, env={**os.environ, "PYTHONPATH": ""},
        )

    def seconds(self, index: int) -> float:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{index}\n")
        self.proc.stdin.flush()
        return float(self.proc.stdout.readline())

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", default="b04420f", help="git revision of the 'before'")
    parser.add_argument("--every", type=int, default=4, help="every N-th page of each set")
    args = parser.parse_args(argv)
    if not bench.DATA.is_dir():
        print(f"skipped: {bench.DATA} is absent")
        return 0
    config = CleanConfig()
    raws = [
        RawPage(origin=c["id"], kind="html", body=c["body"], url=c["url"],
                fetched_at=c["fetched_at"])
        for name in bench.SETS
        for c in bench.LOADERS[name]()[:: args.every]
    ]
    with tempfile.TemporaryDirectory() as tmp:
        before = _Before(args.before, raws, Path(tmp))
        try:
            seconds = _time(raws, config, before)
        finally:
            before.close()
    result: dict[str, Any] = {
        "pages": len(raws),
        "before_rev": args.before,
        "seconds": seconds,
        "before_over_trafilatura": seconds["before"] / seconds["trafilatura"],
        "after_over_trafilatura": seconds["after"] / seconds["trafilatura"],
        "after_over_before": seconds["after"] / seconds["before"],
        "loadavg": list(os.getloadavg()),
    }
    ratio_before, ratio_after = result["before_over_trafilatura"], result["after_over_trafilatura"]
    print(
        f"{len(raws)} pages: trafilatura {seconds['trafilatura']:.1f}s, clipper before "
        f"({args.before}) {seconds['before']:.1f}s, after {seconds['after']:.1f}s\n"
        f"clipper ÷ trafilatura: before ×{ratio_before:.3f}, after ×{ratio_after:.3f}; "
        f"after ÷ before ×{result['after_over_before']:.3f}"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def _time(raws: list[RawPage], config: CleanConfig, before: _Before) -> dict[str, float]:
    """Summed seconds of each call over ``raws``, the calls in rotating order per page."""

    def timed(call: Callable[[RawPage], object]) -> Callable[[int], float]:
        def run(index: int) -> float:
            t0 = time.perf_counter()
            call(raws[index])
            return time.perf_counter() - t0

        return run

    calls: dict[str, Callable[[int], float]] = {
        "trafilatura": timed(lambda r: extract_html(r.body, r.url, r.fetched_at)),
        "before": before.seconds,
        "after": timed(lambda r: clean_page(r, config)),
    }
    for call in calls.values():  # lazy imports and first-call costs
        call(0)
    seconds = dict.fromkeys(calls, 0.0)
    order = list(calls)
    for i in range(len(raws)):
        for name in order[i % 3 :] + order[: i % 3]:
            seconds[name] += calls[name](i)
    return seconds


if __name__ == "__main__":
    sys.exit(main())
