"""The digest's cost follows the night, not the archive.

    python bench/digest.py [--small N] [--big N] [--night N] [--repeat R] [--reuse]

Two archives are built from the one-day stream of ``bench/oneday.py`` (recombined paragraphs of
``../shared/data/wire-syndication-texts``): a *small* one whose first night holds ``--small``
records and a *big* one whose first night holds ``--big``; both then store the same second night
(``--night`` records that follow, in the stream, the big night's).  The first night's run is moved
two days back, so ``--since 24h`` is the second night in both.  Timed in this one command, best of
``--repeat``: ``make_digest`` of every story, with one query (``trump``), with the same name
written exact-case (``=Trump``: each matching article's text is also checked for the capital),
and with five watchlists (each reads and matches the night's stories' canonical articles).  The
cost of an exact-case ``clipper search`` is timed too, on a common word that is also a name
(``may`` against ``=May``: every page the index finds for "may" is a candidate whose text is
checked, best ranked first, until 20 pass).

A digest reads the window's runs and pages, then the stories those pages belong to in full
(every outlet and every other article of a story is shown), never the rest of the archive.  So
its time follows the pages of the stories the night touched.  Figure: seconds per page of the
window's stories on the big archive / on the small one; target ≤ 1.5.  The raw time ratio is
printed too: the same night touches bigger stories in a bigger archive.

Without ``../shared/data`` the script prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED_DATA, WORK, Run, figure, fmt, progress, shared_missing, table
from sqlalchemy import select, update

from clipper.archive import Archive, open_archive
from clipper.config import Config
from clipper.digest import make_digest, watchlists
from clipper.models import Run as RunRow
from clipper.pipeline import dedupe
from clipper.search import search

WATCHES = {
    "summit": "trump AND putin",
    "russia": "russia* OR moscow OR kremlin",
    "trade": "trade AND (china OR tariff*)",
    "football": '"world cup" OR football OR fifa',
    "britain": 'brexit OR "theresa may" OR "prime minister"',
}


def _write(records: list[dict[str, str]], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def build(
    name: str, first: list[dict[str, str]], night: list[dict[str, str]], reuse: bool
) -> Archive:
    folder = WORK / "digest"
    folder.mkdir(parents=True, exist_ok=True)
    built = folder / f"{name}-{len(first)}-{len(night)}.done"
    if reuse and built.exists():
        progress(f"{name}: reusing {folder / f'{name}.db'}")
        return open_archive(str(folder / f"{name}.db"))
    built.unlink(missing_ok=True)
    for stale in folder.glob(f"{name}.db*"):
        stale.unlink()
    archive = open_archive(str(folder / f"{name}.db"))
    config = Config()
    progress(f"{name}: first night, {len(first):,} records ...")
    dedupe(archive, [str(_write(first, folder / f"{name}-1.jsonl"))], config)
    with archive.sessions.begin() as session:  # the first night was two days ago
        for run in session.scalars(select(RunRow)):
            moved = {
                key: (datetime.fromisoformat(value) - timedelta(days=2)).isoformat(
                    timespec="seconds"
                )
                for key, value in (("started_at", run.started_at), ("finished_at", run.finished_at))
                if value
            }
            session.execute(update(RunRow).where(RunRow.id == run.id).values(**moved))
    progress(f"{name}: second night, {len(night):,} records ...")
    dedupe(archive, [str(_write(night, folder / f"{name}-2.jsonl"))], config)
    built.touch()
    return archive


def timed(archive: Archive, repeat: int, **options: Any) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = make_digest(archive, since="24h", **options)
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--big", type=int, default=4000)
    parser.add_argument("--night", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--reuse", action="store_true", help="keep archives an earlier run built (same sizes)"
    )
    args = parser.parse_args()
    if not (SHARED_DATA / "wire-syndication-texts").exists():
        print(shared_missing(SHARED_DATA / "wire-syndication-texts"))
        return
    import oneday

    stream = oneday.records(args.big + args.night)
    night = stream[args.big :]
    archives = {
        name: build(name, stream[:size], night, args.reuse)
        for name, size in (("small", args.small), ("big", args.big))
    }
    best: dict[tuple[str, str], float] = {}
    results: dict[tuple[str, str], Any] = {}
    try:
        for archive in archives.values():
            with archive.sessions() as session:
                existing = [watch.name for watch in watchlists.all_watches(session)]
            for watch_name in existing:
                watchlists.remove(archive, watch_name)
        # Interleaved, so both archives are timed under the same load of the shared machine.
        measures: tuple[tuple[str, dict[str, str]], ...] = (
            ("all", {}),
            ("query", {"query": "trump"}),
            ("exact", {"query": "=Trump"}),
        )
        for measure, options in measures:
            for _ in range(args.repeat):
                for name, archive in archives.items():
                    seconds, results[name, measure] = timed(archive, 1, **options)
                    best[name, measure] = min(best.get((name, measure), seconds), seconds)
        for archive in archives.values():
            for watch_name, query in WATCHES.items():
                watchlists.add(archive, watchlists.make_watch(watch_name, query))
        for _ in range(args.repeat):
            for name, archive in archives.items():
                seconds, results[name, "watch"] = timed(archive, 1)
                best[name, "watch"] = min(best.get((name, "watch"), seconds), seconds)
        for _ in range(args.repeat):
            for name, archive in archives.items():
                for measure, words in (("search", "may"), ("search exact", "=May")):
                    started = time.perf_counter()
                    results[name, measure] = search(archive, words)
                    seconds = time.perf_counter() - started
                    best[name, measure] = min(best.get((name, measure), seconds), seconds)
    finally:
        for archive in archives.values():
            archive.close()
    rows: list[dict[str, Any]] = []
    for name, size in (("small", args.small), ("big", args.big)):
        every = results[name, "all"]
        rows.append(
            {
                "archive": name,
                "first_night": size,
                "second_night": args.night,
                "stories_in_window": every.stories_in_window,
                "pages_of_those_stories": sum(s.pages for g in every.groups for s in g.stories),
                "all_stories_s": best[name, "all"],
                "five_watchlists_s": best[name, "watch"],
                "one_query_s": best[name, "query"],
                "one_exact_query_s": best[name, "exact"],
                "query_stories": results[name, "query"].story_count,
                "exact_query_stories": results[name, "exact"].story_count,
                "search_may_s": best[name, "search"],
                "search_exact_may_s": best[name, "search exact"],
                "followed": [g.total for g in results[name, "watch"].groups],
            }
        )
    small, big = rows
    per_page = {r["archive"]: r["all_stories_s"] / r["pages_of_those_stories"] for r in rows}
    per_page_watch = {
        r["archive"]: r["five_watchlists_s"] / r["pages_of_those_stories"] for r in rows
    }
    ratio_all = per_page["big"] / per_page["small"]
    ratio_watch = per_page_watch["big"] / per_page_watch["small"]
    print(
        table(
            [
                [
                    r["archive"],
                    r["first_night"],
                    r["second_night"],
                    r["stories_in_window"],
                    r["pages_of_those_stories"],
                    fmt(r["all_stories_s"]),
                    fmt(r["five_watchlists_s"]),
                    fmt(r["one_query_s"]),
                    r["followed"],
                ]
                for r in rows
            ],
            [
                "archive",
                "night 1",
                "night 2",
                "stories in window",
                "their pages",
                "all (s)",
                "5 watchlists (s)",
                "1 query (s)",
                "followed per watchlist",
            ],
        )
    )
    print(
        table(
            [
                [
                    r["archive"],
                    fmt(r["one_query_s"]),
                    r["query_stories"],
                    fmt(r["one_exact_query_s"]),
                    r["exact_query_stories"],
                    fmt(r["search_may_s"]),
                    fmt(r["search_exact_may_s"]),
                ]
                for r in rows
            ],
            [
                "archive",
                "digest trump (s)",
                "stories",
                "digest =Trump (s)",
                "stories",
                "search may (s)",
                "search =May (s)",
            ],
        )
    )
    print(
        f"big / small, same night, raw: all stories "
        f"{big['all_stories_s'] / small['all_stories_s']:.2f}x, five watchlists "
        f"{big['five_watchlists_s'] / small['five_watchlists_s']:.2f}x "
        "(the night's stories are bigger in the bigger archive)"
    )
    print(
        f"big / small, per page of the window's stories: all stories {ratio_all:.2f}x, "
        f"five watchlists {ratio_watch:.2f}x (target <= 1.5)"
    )
    result_file = Run("digest")
    result_file.data["rows"] = rows
    result_file.add(
        figure(
            "digest s per page of the window's stories, big/small archive (all)",
            ratio_all,
            "x",
            "<= 1.5",
            ratio_all <= 1.5,
        ),
        figure(
            "digest s per page of the window's stories, big/small archive (5 watchlists)",
            ratio_watch,
            "x",
            "<= 1.5",
            ratio_watch <= 1.5,
        ),
    )
    print(f"wrote {result_file.write()}")


if __name__ == "__main__":
    main()
