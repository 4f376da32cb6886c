"""What a change to the text's opening (its datelines) changes on real text dumps, text by text.

    python bench/dateline_cuts.py --against DIR [--records 1000] [--corpora one-day fundus-dumps]

Cleans every record of each corpus (``bench/worker_stages.py``'s: the first ``--records``
one-day records of ``bench/oneday.py``, and Fundus's pages flattened to text dumps) with this
tree's clipper and with the one of ``DIR`` (a checkout before the change, its own ``clipper``
first on the path), each in a process of its own, and compares them: how many texts changed,
how many lost words at their start (the words cut, as a dateline's, are printed for each: the
shapes, so they can be checked by eye), how many changed elsewhere, and how many changed
author or date.  The texts are printed to the console only; nothing of them is written to the
repository.  Without ``../shared/data`` it prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import BENCH, PYTHON, REPO, SHARED_DATA, loadavg, shared_missing

# How much of a text's cut opening is printed.
SHOWN_CHARS = 70


def child(src: str, corpus: str) -> None:
    """Print, as one JSON line, each record's cleaned text, author and date with the clipper of
    ``src``."""
    sys.path.insert(0, src)
    from clipper.clean import clean_page
    from clipper.config import Config
    from clipper.page import Article
    from clipper.read import read_pages

    config = Config(workers=1)
    out = []
    for page in read_pages([corpus], config.read, lambda rejection: None):
        got = clean_page(page, config.clean)
        if isinstance(got, Article):
            out.append([page.origin, got.text, got.author, got.published])
        else:
            out.append([page.origin, None, None, None])
    print(json.dumps(out, ensure_ascii=False))


def run(tree: Path, corpus: Path) -> list[list[Any]]:
    proc = subprocess.run(
        [PYTHON, str(BENCH / "dateline_cuts.py"), "--_child", str(tree), str(corpus)],
        stdout=subprocess.PIPE, text=True, check=True,
    )  # fmt: skip
    result: list[list[Any]] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def compare(name: str, before: list[list[Any]], after: list[list[Any]]) -> dict[str, Any]:
    """The counts of what changed between ``before`` and ``after`` (each record's origin,
    text, author, date), the cut openings printed."""
    changed = opening = elsewhere = authors = dates = 0
    for (origin, old, old_author, old_date), (_, new, new_author, new_date) in zip(
        before, after, strict=True
    ):
        authors += old_author != new_author
        dates += old_date != new_date
        if old == new:
            continue
        changed += 1
        if old and new and old.endswith(new):
            opening += 1
            cut = old[: len(old) - len(new)].replace("\n", " / ")
            print(
                f"  {name} {origin}: cut {cut[:SHOWN_CHARS]!r}"
                f" author {old_author!r} -> {new_author!r} date {old_date} -> {new_date}"
            )
        else:
            elsewhere += 1
            print(f"  {name} {origin}: changed elsewhere")
    return {
        "records": len(after), "texts changed": changed, "opening cut": opening,
        "changed elsewhere": elsewhere, "authors changed": authors, "dates changed": dates,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", type=Path, required=False)
    parser.add_argument("--records", type=int, default=1_000)
    parser.add_argument("--corpora", nargs="+", choices=("one-day", "fundus-dumps"),
                        default=["one-day", "fundus-dumps"])  # fmt: skip
    parser.add_argument("--_child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._child:
        child(*args._child)
        return
    if not SHARED_DATA.exists():
        print(shared_missing(SHARED_DATA))
        return
    if args.against is None:
        parser.error("--against DIR is required")
    import worker_stages

    makers = {"one-day": lambda: worker_stages.one_day_corpus(args.records),
              "fundus-dumps": worker_stages.fundus_corpus}  # fmt: skip
    print(f"load {loadavg()}")
    for name in args.corpora:
        corpus = makers[name]()
        before = run(args.against.resolve(), corpus)
        after = run(REPO, corpus)
        if name == "one-day":
            before, after = before[: args.records], after[: args.records]
        print(f"{name}: {json.dumps(compare(name, before, after))}")
    print(f"load {loadavg()}")


if __name__ == "__main__":
    main()
