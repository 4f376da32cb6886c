"""What clipper's HTML cleaning costs over trafilatura alone, before and after a change.

    python bench/extraction_time.py [--before REV] [--every N]

On every N-th page of the four extraction sets (``bench/extraction.py``), in one process, three
calls per page in rotating order (so cache warmth and machine load favour none):
trafilatura alone with clipper's settings (:func:`clipper.clean.extract_html` on the page's
bytes), ``clean_page`` of this working tree, and ``clean_page`` of ``clipper/clean.py`` as of git
revision REV (default ``b04420f``: before issue 12's extraction work), loaded as a module beside
the current package.  Prints summed seconds and the ratios clipper ÷ trafilatura (before and
after) and after ÷ before.  Writes ``bench/results/extraction-time.json``.  Skips (exit 0) when
``../shared`` is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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


def _old_clean(rev: str) -> Any:
    source = subprocess.run(
        ["git", "show", f"{rev}:clipper/clean.py"], cwd=REPO, capture_output=True, check=True
    ).stdout
    path = Path(tempfile.mkdtemp()) / "clean_before.py"
    path.write_bytes(source)
    spec = importlib.util.spec_from_file_location("clean_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["clean_before"] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--before", default="b04420f", help="git revision of the 'before'")
    parser.add_argument("--every", type=int, default=4, help="every N-th page of each set")
    args = parser.parse_args(argv)
    if not bench.DATA.is_dir():
        print(f"skipped: {bench.DATA} is absent")
        return 0
    old = _old_clean(args.before)
    config = CleanConfig()
    raws = [
        RawPage(origin=c["id"], kind="html", body=c["body"], url=c["url"],
                fetched_at=c["fetched_at"])
        for name in bench.SETS
        for c in bench.LOADERS[name]()[:: args.every]
    ]
    calls: dict[str, Callable[[RawPage], object]] = {
        "trafilatura": lambda r: extract_html(r.body, r.url, r.fetched_at),
        "before": lambda r: old.clean_page(r, config),
        "after": lambda r: clean_page(r, config),
    }
    for call in calls.values():  # lazy imports and first-call costs
        call(raws[0])
    seconds = dict.fromkeys(calls, 0.0)
    order = list(calls)
    for i, raw in enumerate(raws):
        for name in order[i % 3 :] + order[: i % 3]:
            t0 = time.perf_counter()
            calls[name](raw)
            seconds[name] += time.perf_counter() - t0
    result = {
        "pages": len(raws),
        "before_rev": args.before,
        "seconds": seconds,
        "before_over_trafilatura": seconds["before"] / seconds["trafilatura"],
        "after_over_trafilatura": seconds["after"] / seconds["trafilatura"],
        "after_over_before": seconds["after"] / seconds["before"],
    }
    before, after = result["before_over_trafilatura"], result["after_over_trafilatura"]
    print(
        f"{len(raws)} pages: trafilatura {seconds['trafilatura']:.1f}s, clipper before "
        f"({args.before}) {seconds['before']:.1f}s, after {seconds['after']:.1f}s\n"
        f"clipper ÷ trafilatura: before ×{before:.3f}, after ×{after:.3f}; "
        f"after ÷ before ×{result['after_over_before']:.3f}"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
