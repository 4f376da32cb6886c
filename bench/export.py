"""``clipper export`` on an archive, with and without filters: seconds, rows and peak memory.

Each export runs in a child process of its own (``clipper export … -o FILE``, the command a
user runs), so its peak resident memory (``VmHWM``: Linux's ``/proc``; ``ru_maxrss`` would
start from this process's at the fork) is its own.  The baseline is the
unfiltered JSON Lines export in the same command, after one untimed export that brings the
archive into the file cache; the ratios say what a filter, Excel mode and
the page text cost against it.  Memory should not grow with the rows written (the rows are
streamed): compare the unfiltered export's peak with a filtered one's.

    python bench/export.py --db bench/.work/some-archive.db
    python bench/export.py --db … --site dailyledger.example --query 'council AND budget'

The archive is opened by clipper, which upgrades an older schema in place: give it a copy.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from clipper.archive import open_archive
from clipper.export import records


def _one(db: str, args: list[str], out: Path) -> tuple[float, int, float]:
    """(seconds, pages written, peak RSS of the child in MiB) of one export to ``out``."""
    code = (
        "import resource, sys\n"
        "from clipper.cli import cli\n"
        "try:\n"
        "    cli.main(sys.argv[1:], standalone_mode=False)\n"
        "finally:\n"
        "    sys.stdout.flush()\n"
        "    status = open('/proc/self/status').read()\n"
        "    print(status[status.index('VmHWM'):].split(None, 2)[1], 'kB peak', file=sys.stderr)\n"
    )
    started = time.perf_counter()
    child = subprocess.run(
        [sys.executable, "-c", code, "export", "--db", db, *args, "-o", str(out)],
        capture_output=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    report = child.stderr.decode()
    pages = re.search(r"(\d+) pages written", report)
    kib = re.search(r"(\d+) kB peak", report)
    assert pages and kib, report
    return seconds, int(pages.group(1)), int(kib.group(1)) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="An archive (a copy: it may be upgraded).")
    parser.add_argument("--site", help="A site for the --site row (default: the first page's).")
    parser.add_argument("--query", default="council", help="The --query row's query.")
    parser.add_argument("--day", help="The --since/--until row's day (default: the first page's).")
    options = parser.parse_args()
    if not Path(options.db).exists():
        parser.error(f"no archive at {options.db}")
    archive = open_archive(options.db, create=False)  # upgrades the copy before any timing
    record = next(records(archive))
    archive.close()
    site = options.site or record["site"]
    day = options.day or (record["published"] or record["fetched_at"] or "")[:10]
    rows: list[tuple[str, list[str]]] = [
        ("jsonl, no filter (baseline)", []),
        ("jsonl --with-text", ["--with-text"]),
        ("--excel --with-text", ["--excel", "--with-text"]),
        ("--format csv --with-text", ["--format", "csv", "--with-text"]),
        (f"--since/--until {day}", ["--since", day, "--until", day]),
        (f"--site {site}", ["--site", site]),
        (f"--query {options.query!r}", ["--query", options.query]),
        ("--canonical-only", ["--canonical-only"]),
        ("--run 1 --lang en --excel --with-text",
         ["--run", "1", "--lang", "en", "--excel", "--with-text"]),
    ]
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"archive {options.db}; load average {load}")
    print(f"{'export':44} {'rows':>8} {'seconds':>8} {'x base':>7} {'peak MiB':>9}")
    base = None
    with tempfile.TemporaryDirectory() as folder:
        _one(options.db, ["--with-text"], Path(folder) / "export.out")  # warm: files cached
        for name, args in rows:
            seconds, pages, mib = _one(options.db, args, Path(folder) / "export.out")
            base = base or seconds
            print(f"{name:44} {pages:8d} {seconds:8.2f} {seconds / base:7.2f} {mib:9.1f}")


if __name__ == "__main__":
    main()
