"""The country (``pages.region``, what ``--region`` keeps) clipper's cleaning gives each real page
of the Zyte and Fundus sets, in this tree and in another (a checkout of the tree before a change),
page by page.

    python bench/page_regions.py [--sets zyte,fundus] [--limit N] [--against DIR] [--list]
                                 [--data DIR]

Each page is cleaned as ``clipper dedupe`` reads a saved HTML page
(:func:`clipper.clean.clean_page` on the page's bytes and address, as ``bench/extraction.py``
does); its region is the stored one (``Article.region``; a rejected page has none).  With
``--against DIR`` the same pages are cleaned by ``DIR``'s ``clipper`` in a child process (the
same script, ``DIR`` first on its path: a ``git archive main | tar -x`` copy) and the pages whose
region differs are counted and, with ``--list``, printed (set, id, address, language, before →
after).  Fundus names each page's publisher's country (``pages.jsonl.gz``'s ``country``, the
folder its parser's expectations sit in: ``uk`` is ``GB``): a page's region is counted as that
country, another or none, in each tree.  CPU seconds of each tree's cleaning are printed beside
(``time.process_time`` of the process doing it; the figures are about regions, not speed).
Pages of ``../shared/data`` (``--data``: a worktree's copy of it elsewhere; absent on a user's
machine: the script says so and exits 0).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
DATA = BENCH.parent.parent / "shared" / "data"
SETS = ("zyte", "fundus")
# Fundus's folders that are not the ISO 3166 code of the country
_FUNDUS_COUNTRY = {"UK": "GB"}


def _cases(data: Path, name: str, limit: int | None) -> list[dict[str, Any]]:
    """(id, bytes, address, fetch time, the publisher's country or None) of a set's pages."""
    cases: list[dict[str, Any]] = []
    zyte, fundus = data / "zyte-article-extraction", data / "fundus-news-pages"
    if name == "zyte":
        truth = json.loads((zyte / "ground-truth.json").read_text(encoding="utf-8"))
        for page_id, facts in sorted(truth.items()):
            body = gzip.decompress((zyte / "html" / f"{page_id}.html.gz").read_bytes())
            cases.append({"id": page_id, "body": body, "url": facts["url"], "fetched": None,
                          "country": None})  # fmt: skip
    else:
        with gzip.open(fundus / "pages.jsonl.gz", "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                country = str(rec["country"]).upper()
                cases.append({"id": str(rec["id"]), "body": rec["html"], "url": rec["url"],
                              "fetched": rec["crawl_date"],
                              "country": _FUNDUS_COUNTRY.get(country, country)})  # fmt: skip
        cases.sort(key=lambda case: case["id"])
    return cases[:limit] if limit else cases


def _regions(data: Path, sets: list[str], limit: int | None) -> dict[str, Any]:
    """Each page's (language, region) as this process's ``clipper`` cleans it, and the CPU
    seconds the cleaning took."""
    from clipper.clean import clean_page
    from clipper.config import CleanConfig
    from clipper.page import Article, RawPage

    config = CleanConfig()
    found: dict[str, list[Any]] = {}
    started = time.process_time()
    for name in sets:
        for case in _cases(data, name, limit):
            raw = RawPage(origin=case["id"], kind="html", body=case["body"], url=case["url"],
                          fetched_at=case["fetched"])  # fmt: skip
            article = clean_page(raw, config)
            language, region = (
                (article.language, article.region) if isinstance(article, Article) else (None, None)
            )
            found[f"{name}/{case['id']}"] = [case["url"], language, region, case["country"]]
    return {"pages": found, "cpu_s": round(time.process_time() - started, 1)}


def _child(tree: Path, data: Path, sets: list[str], limit: int | None) -> dict[str, Any]:
    """:func:`_regions` in ``tree``'s ``clipper`` (a child process, ``tree`` first on its path)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--sets", ",".join(sets),
               "--data", str(data)]  # fmt: skip
    if limit:
        command += ["--limit", str(limit)]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True, cwd=tree)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _against_publisher(pages: dict[str, list[Any]]) -> Counter[str]:
    """Fundus pages whose region is their publisher's country, another, or none."""
    counts: Counter[str] = Counter()
    for _url, _language, region, country in pages.values():
        if country is None:
            continue
        counts["none" if region is None else "publisher's" if region == country else "other"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated: zyte,fundus")
    parser.add_argument("--limit", type=int, default=None, help="pages per set")
    parser.add_argument("--against", type=Path, default=None, help="the tree before a change")
    parser.add_argument("--list", action="store_true", help="print each page whose region moved")
    parser.add_argument("--data", type=Path, default=DATA, help="../shared/data's folder")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sets = [name for name in args.sets.split(",") if name]
    if args.child:
        sys.path.insert(0, os.environ["PYTHONPATH"])
        print(json.dumps(_regions(args.data, sets, args.limit)))
        return 0
    data = args.data.resolve()
    if not data.is_dir():
        print(f"no {data}: nothing to measure", file=sys.stderr)
        return 0
    print(f"load {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min) at start")
    this = _child(BENCH.parent, data, sets, args.limit)
    before = _child(args.against.resolve(), data, sets, args.limit) if args.against else None
    pages = this["pages"]
    regions = Counter(region for _, _, region, _ in pages.values())
    print(f"this tree: {len(pages)} pages, {sum(n for r, n in regions.items() if r)} with a "
          f"region, CPU {this['cpu_s']} s")  # fmt: skip
    print(f"  against Fundus's publisher countries: {dict(_against_publisher(pages))}")
    if before is None:
        return 0
    old = before["pages"]
    print(f"{args.against}: {sum(1 for p in old.values() if p[2])} with a region, "
          f"CPU {before['cpu_s']} s")  # fmt: skip
    print(f"  against Fundus's publisher countries: {dict(_against_publisher(old))}")
    moved = sorted(key for key in pages if key in old and pages[key][2] != old[key][2])
    for name in sets:
        count = sum(1 for key in moved if key.startswith(f"{name}/"))
        print(f"{name}: {count} pages change region")
    kinds = Counter(f"{old[key][2]} -> {pages[key][2]}" for key in moved)
    print("  by change:", ", ".join(f"{kind} {n}" for kind, n in kinds.most_common()))
    if args.list:
        for key in moved:
            url, language, region, country = pages[key]
            publisher = f" (publisher {country})" if country else ""
            print(f"  {key} {url} {language}: {old[key][2]} -> {region}{publisher}")
    print(f"load {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (1, 5 min) at end")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
