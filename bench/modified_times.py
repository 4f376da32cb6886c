"""How many real pages get an update time (``updated``) from the modification time they declare,
and whether each is later than its publication (session 47, dates47: clipper.modifiedtimes).

    python bench/modified_times.py [--data ../shared/data] [--limit N] [--list]

Every page of the Zyte benchmark (181) and of Fundus (258) is cleaned twice with
:func:`clipper.clean.clean_page`, interleaved page by page: once as before session 47 (the
baseline: ``CleanConfig(update_after_seconds=10**12)``, so no declared modification time is
ever later enough to be an update and ``updated`` comes only from a shown "Updated" line) and
once with clipper's settings.  Printed per set: the pages, the dated ones, those declaring a
modification time (:attr:`clipper.page.Article.modified`) and how it stands to the publication
(the same minute, earlier, later; within ``fetch_stamp_seconds`` of the fetch), the pages with
an ``updated`` before and after, how many of those are surely later than their publication
(every moment the update can name after every moment the publication can,
:func:`clipper.pubwindows.publication_span`), and how many publication dates differ between
the two cleanings (none should: the update never changes the date).  ``--list`` prints each
page given an update and each whose update is not surely later.  Writes
``bench/results/modified_times.json``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extraction
from _common import SHARED_DATA, Run, figure, loadavg

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.modifiedtimes import modified_update
from clipper.page import Article, RawPage
from clipper.pubwindows import before_on_one_clock
from clipper.sitezones import host_of

_BASELINE = CleanConfig(update_after_seconds=10**12)
_NOW = CleanConfig()


def _later(updated: str, published: str | None) -> bool:
    """Whether ``updated`` is surely after ``published`` (two times of one page's:
    :func:`clipper.pubwindows.before_on_one_clock`, two wall times on one clock)."""
    return bool(published) and before_on_one_clock(published or "", updated, None)


def _standing(article: Article, fetched: str | None) -> str | None:
    """How the page's declared modification time stands to its publication and fetch."""
    modified, published = article.modified, article.published
    if not modified:
        return None
    if not published:
        return "no publication date"
    if before_on_one_clock(modified, published, None):
        return "earlier"
    host = host_of(article.url)
    settings = (_NOW.update_after_seconds, _NOW.fetch_stamp_seconds)
    if modified_update(modified, published, None, host, article.region, *settings) is None:
        return "the same minute or day"
    if modified_update(modified, published, fetched, host, article.region, *settings) is None:
        return "later, at the fetch"
    return "later: an update"


def _clean(case: dict[str, Any], config: CleanConfig) -> Article | None:
    raw = RawPage(
        origin=case["id"],
        kind="html",
        body=case["body"] if isinstance(case["body"], bytes) else case["body"].encode(),
        raw_hash=case["id"],
        url=case["url"],
        fetched_at=case.get("fetched_at"),
    )
    result = clean_page(raw, config)
    return result if isinstance(result, Article) else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    extraction.ZYTE = args.data / "zyte-article-extraction"
    extraction.FUNDUS = args.data / "fundus-news-pages"
    if not extraction.ZYTE.exists() or not extraction.FUNDUS.exists():
        sys.exit(f"no Zyte or Fundus pages under {args.data}")
    run = Run("modified_times")
    print(f"load at start: {loadavg()}")
    out: dict[str, Any] = {}
    cpu = {"baseline": 0.0, "clipper": 0.0}
    for name, loader in (("zyte", extraction._zyte_cases), ("fundus", extraction._fundus_cases)):
        cases = loader()[: args.limit or None]
        counts: dict[str, Any] = {"pages": len(cases), "dated": 0, "declaring": 0}
        standing: dict[str, int] = {}
        before = after = later_after = dates_differ = gained = gained_later = 0
        odd: list[dict[str, Any]] = []
        for number, case in enumerate(cases):
            cleaned = {}
            # interleaved, each first on every other page: the first cleaning warms caches
            for which in ("baseline", "clipper")[:: 1 if number % 2 else -1]:
                start = time.process_time()
                cleaned[which] = _clean(case, _BASELINE if which == "baseline" else _NOW)
                cpu[which] += time.process_time() - start
            old, new = cleaned["baseline"], cleaned["clipper"]
            if new is None or old is None:
                continue
            counts["dated"] += new.published is not None
            dates_differ += new.published != old.published
            if (how := _standing(new, case.get("fetched_at"))) is not None:
                counts["declaring"] += 1
                standing[how] = standing.get(how, 0) + 1
                if args.list:
                    print(f"  {name} {case['id'][:40]} {new.published} {new.modified}: {how}")
            before += old.updated is not None
            after += new.updated is not None
            if new.updated is not None:
                later = _later(new.updated, new.published)
                later_after += later
                if new.updated != old.updated:
                    gained += 1
                    gained_later += later
                if args.list or not later:
                    row = {
                        "id": case["id"],
                        "published": new.published,
                        "updated": new.updated,
                        "before": old.updated,
                        "later": later,
                    }
                    odd.append(row)
                    print(f"  {name} {row}")
        counts.update(
            {
                "modified_standing": standing,
                "updated_before": before,
                "updated_after": after,
                "updated_after_surely_later": later_after,
                "updated_from_metadata": gained,
                "updated_from_metadata_surely_later": gained_later,
                "publication_dates_differing": dates_differ,
                "listed": odd,
            }
        )
        out[name] = counts
        print(
            f"{name}: {counts['pages']} pages, {counts['dated']} dated, {counts['declaring']} "
            f"declare a modification time {standing}; updated {before} -> {after} "
            f"({later_after} surely later than the publication; from the declared modification "
            f"time {gained}, {gained_later} of them surely later); publication dates "
            f"differing: {dates_differ}"
        )
        run.add(
            figure(f"{name} pages with an update (before {before})", after, "pages"),
            figure(f"{name} updates surely later than the publication", later_after, "pages"),
        )
    print(f"CPU seconds: baseline {cpu['baseline']:.1f}, clipper {cpu['clipper']:.1f}")
    out["cpu_seconds"] = cpu
    run.data.update(out)
    print(f"load at end: {loadavg()}; wrote {run.write()}")


if __name__ == "__main__":
    main()
