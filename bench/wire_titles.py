"""Headlines clipper guesses for records without a title: the wire-syndication texts (680
records of 75+ US outlets, July 2018, no title field), cleaned by this checkout and by a
baseline checkout in the same command.

    python bench/wire_titles.py [--baseline DIR] [--listing PATH]

Each checkout runs :func:`clipper.textdump.clean_text_dump` on every record's text in its own
process (``PYTHONPATH=DIR``), and the digest's lead paragraph
(:func:`clipper.digest.lead.lead_paragraph`, 300 characters) on the cleaned text.  Prints
how many records get a headline in each and how many headlines and leads changed, and writes
the listings (record id, baseline's, this checkout's; tab-separated: every headline, the leads
that changed) to ``PATH`` and ``PATH`` with ``.leads.tsv`` (default: the system's temporary
folder, never the repo: the texts belong to their publishers), to be judged by reading them: a
headline or lead that is a widget or site label, a prompt, a byline or a photo caption is junk.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED_DATA, shared_missing

ROOT = Path(__file__).resolve().parent.parent
RECORDS = SHARED_DATA / "wire-syndication-texts" / "articles.jsonl"

_CHILD = """
import json, sys
from clipper.textdump import clean_text_dump
from clipper.digest.lead import lead_paragraph
out = {}
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        record = json.loads(line)
        cleaned = clean_text_dump(record["text"])
        out[record["id"]] = [cleaned.title, lead_paragraph("\\n".join(cleaned.paragraphs), 300)]
json.dump(out, sys.stdout)
"""


def titles(checkout: Path) -> dict[str, list[str | None]]:
    """record id -> [headline guessed, digest lead] by the clipper of ``checkout``."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(RECORDS)],
        env=env,
        cwd=checkout,
        check=True,
        capture_output=True,
        text=True,
    )
    got: dict[str, list[str | None]] = json.loads(done.stdout)
    return got


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, default=None, help="baseline checkout")
    parser.add_argument(
        "--listing", type=Path, default=Path(tempfile.gettempdir()) / "wire_titles.tsv"
    )
    args = parser.parse_args(argv)
    if not RECORDS.exists():
        print(shared_missing(SHARED_DATA))
        return 0
    runs = {"this checkout": titles(ROOT)}
    if args.baseline is not None:
        runs = {"baseline": titles(args.baseline.resolve()), **runs}
    print(f"{'checkout':<16} {'records':>8} {'titled':>7} {'untitled':>9}")
    for name, got in runs.items():
        titled = sum(t is not None for t, _ in got.values())
        print(f"{name:<16} {len(got):8d} {titled:7d} {len(got) - titled:9d}")
    now = runs["this checkout"]
    before = runs.get("baseline", now)
    print(f"headlines changed: {sum(before[i][0] != now[i][0] for i in now)}")
    leads = sum(before[i][1] != now[i][1] for i in now)
    print(f"digest leads changed: {leads}")
    with args.listing.open("w", encoding="utf-8") as out:
        for i in now:
            out.write(f"{i}\t{before[i][0] or '-'}\t{now[i][0] or '-'}\n")
    with args.listing.with_suffix(".leads.tsv").open("w", encoding="utf-8") as out:
        for i in now:
            if before[i][1] != now[i][1]:
                out.write(f"{i}\t{before[i][1]}\t{now[i][1]}\n")
    print(f"listings: {args.listing}, {args.listing.with_suffix('.leads.tsv')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
