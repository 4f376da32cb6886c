"""What clipper's HTML cleaning costs over trafilatura alone, before and after a change.

    python bench/extraction_time.py [--before REV] [--every N]

On every N-th page of the four extraction sets (``bench/extraction.py``), two processes, one
with the ``clipper`` package of this working tree ("after") and one with the whole package as
of git revision REV ("before"; default ``b04420f``: before issue 12's extraction work; ``git
archive`` of its ``clipper/`` in a temporary folder), each time on every page trafilatura
alone with clipper's settings (``extract_html`` on the page's bytes) and ``clean_page``, in
alternating order; the processes take the pages in turns (one waits while the other works, so
they never share the cores).  Each process's ratio is clipper ÷ trafilatura in that process:
the same code in two processes gives the same ratio (``--before HEAD``), where a clean_page
timed in a process that had not just extracted the same page ran ~12 % slower (warm caches:
htmldate's memoised date searches).  Prints summed seconds, the two ratios and after ÷
before.  Writes ``bench/results/extraction-time.json``.  Skips (exit 0) when ``../shared`` is
absent.
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
from io import BytesIO
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import extraction as bench  # noqa: E402

from clipper.page import RawPage  # noqa: E402

RESULTS = REPO / "bench" / "results" / "extraction-time.json"

# A timing process: imports the ``clipper`` package found in its first argument, reads the
# pages, then for each page index on stdin times trafilatura alone and clean_page (in an order
# alternating with the index) and answers with the two seconds.
_CHILD = """
import pickle, sys, time
sys.path.insert(0, sys.argv[1])
from clipper.clean import clean_page, extract_html
from clipper.config import CleanConfig
from clipper.page import RawPage
with open(sys.argv[2], "rb") as fh:
    raws = [RawPage(**fields) for fields in pickle.load(fh)]
config = CleanConfig()
for line in sys.stdin:
    index = int(line)
    raw = raws[index]
    took = {}
    for name in (("traf", "clean") if index % 2 else ("clean", "traf")):
        t0 = time.perf_counter()
        if name == "traf":
            extract_html(raw.body, raw.url, raw.fetched_at)
        else:
            clean_page(raw, config)
        took[name] = time.perf_counter() - t0
    print(took["traf"], took["clean"], flush=True)
"""


class _Timer:
    """A timing process with the ``clipper`` package in ``package_root`` (see above)."""

    def __init__(self, package_root: Path, pages: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(package_root), str(pages)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=package_root,
            env={**os.environ, "PYTHONPATH": ""},
        )

    def seconds(self, index: int) -> tuple[float, float]:
        """(trafilatura alone, clean_page) on page ``index``."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{index}\n")
        self.proc.stdin.flush()
        traf, clean = self.proc.stdout.readline().split()
        return float(traf), float(clean)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()


def _checkout(rev: str, folder: Path) -> Path:
    """``clipper/`` of revision ``rev`` extracted under ``folder`` (returned)."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", rev, "clipper"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", default="b04420f", help="git revision of the 'before'")
    parser.add_argument("--every", type=int, default=4, help="every N-th page of each set")
    args = parser.parse_args(argv)
    if not bench.DATA.is_dir():
        from _common import shared_missing

        print(shared_missing(bench.DATA))
        return 0
    raws = [
        RawPage(
            origin=c["id"], kind="html", body=c["body"], url=c["url"], fetched_at=c["fetched_at"]
        )
        for name in bench.SETS
        for c in bench.LOADERS[name]()[:: args.every]
    ]
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages.pickle"
        pages.write_bytes(
            pickle.dumps(
                [
                    {
                        "origin": r.origin,
                        "kind": r.kind,
                        "body": r.body,
                        "url": r.url,
                        "fetched_at": r.fetched_at,
                    }
                    for r in raws
                ]
            )
        )
        timers = {
            "before": _Timer(_checkout(args.before, Path(tmp) / "before"), pages),
            "after": _Timer(REPO, pages),
        }
        try:
            seconds = _time(len(raws), timers)
        finally:
            for timer in timers.values():
                timer.close()
    result: dict[str, Any] = {
        "pages": len(raws),
        "before_rev": args.before,
        "seconds": seconds,
        "before_over_trafilatura": seconds["before"] / seconds["trafilatura (before)"],
        "after_over_trafilatura": seconds["after"] / seconds["trafilatura (after)"],
        "loadavg": list(os.getloadavg()),
    }
    ratio_before, ratio_after = result["before_over_trafilatura"], result["after_over_trafilatura"]
    result["after_over_before"] = ratio_after / ratio_before
    print(
        f"{len(raws)} pages: before ({args.before}): trafilatura "
        f"{seconds['trafilatura (before)']:.1f}s, clipper {seconds['before']:.1f}s; after: "
        f"trafilatura {seconds['trafilatura (after)']:.1f}s, clipper {seconds['after']:.1f}s\n"
        f"clipper ÷ trafilatura: before ×{ratio_before:.3f}, after ×{ratio_after:.3f}; "
        f"after ÷ before ×{result['after_over_before']:.3f}"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def _time(n_pages: int, timers: dict[str, _Timer]) -> dict[str, float]:
    """Summed seconds of trafilatura and clean_page in each timer's process over ``n_pages``
    pages.  Which process takes a page first alternates every two pages, and within a process
    the order of the two calls every page (by the page's index), so that each of the four
    calls of a page holds each place equally often."""
    for timer in timers.values():  # lazy imports and first-call costs
        timer.seconds(0)
    seconds: dict[str, float] = {}
    names = list(timers)
    for i in range(n_pages):
        for name in names if (i // 2) % 2 else names[::-1]:
            traf, clean = timers[name].seconds(i)
            seconds[f"trafilatura ({name})"] = seconds.get(f"trafilatura ({name})", 0.0) + traf
            seconds[name] = seconds.get(name, 0.0) + clean
    return seconds


if __name__ == "__main__":
    sys.exit(main())
