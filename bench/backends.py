"""SQLite beside PostgreSQL: the same pages, the same command, both archives.

    python bench/backends.py [--text-docs 3000] [--bases 60] [--articles 20000] [--queries 200]
                             [--pg-url URL]

PostgreSQL is a throwaway server started from the machine's binaries (tests/pgserver.py,
Debian's ``postgresql`` package), or ``--pg-url`` (a database this script may fill).

1. **Text dumps**: ``--text-docs`` generated JSONL records (bench/synth.py, 30 % copies) through
   ``clipper dedupe`` (one worker) into each backend: seconds and documents per second.
2. **Syndication corpus** (needs ``../shared``): ``--bases`` base articles of the tune set made
   into HTML pages, text dumps and JSONL/WARC feeds (bench/syndication.py); its HTML pages
   alone, then the whole corpus, through ``clipper dedupe`` into each backend.  The whole
   corpus is scored against its labels (pair F1, ARI) on both, and the two archives are
   compared: the same clusters, the same canonical of each, the same stories.
3. **Search latency**: ``--articles`` generated articles written straight into each archive and
   indexed as ``clipper dedupe`` indexes them (bench/search_latency.py), then ``--queries``
   mixed queries through :func:`clipper.search.search`: p50 / p95 on each backend, and the size
   of each archive.

Writes ``bench/results/backends.json``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import search_latency
import syndication
import synth
from _common import SHARED_DATA, Run, figure, progress

from clipper.archive import Archive, open_archive
from clipper.config import Config
from clipper.export import records
from clipper.pipeline import dedupe
from tests import pgserver

BACKENDS = ("sqlite", "postgresql")


class Locations:
    """A fresh archive per use: SQLite files in a temporary folder, PostgreSQL databases."""

    def __init__(self, folder: Path, pg_url: str | None) -> None:
        self.folder = folder
        self.server = pgserver.PgServer(base_url=pg_url) if pg_url else pgserver.start()
        self.count = 0

    def new(self, backend: str) -> str:
        self.count += 1
        if backend == "sqlite":
            return str(self.folder / f"archive-{self.count}.db")
        return self.server.new_database()

    def close(self) -> None:
        self.server.stop()


def timed_dedupe(location: str, inputs: list[Path]) -> tuple[float, Archive, Any]:
    archive = open_archive(location)
    started = time.perf_counter()
    summary = dedupe(archive, [str(p) for p in inputs], Config(workers=1))
    return time.perf_counter() - started, archive, summary


def archive_size(archive: Archive) -> int:
    if archive.path is not None:
        with archive.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return archive.path.stat().st_size
    with archive.engine.connect() as connection:
        return int(connection.exec_driver_sql(
            "SELECT pg_database_size(current_database())").scalar() or 0)


def layout(archive: Archive) -> dict[str, Any]:
    """Clusters (as sets of page keys), canonicals and stories, without ids."""
    rows = list(records(archive))
    key = {id(row): row["url"] or row["origin"] for row in rows}
    clusters: dict[Any, set[str]] = {}
    stories: dict[Any, set[str]] = {}
    canonicals = set()
    for row in rows:
        clusters.setdefault(row["cluster_id"], set()).add(key[id(row)])
        stories.setdefault(row["story_id"], set()).add(key[id(row)])
        if row["is_canonical"]:
            canonicals.add(key[id(row)])
    return {
        "clusters": {frozenset(v) for v in clusters.values()},
        "canonicals": canonicals,
        "stories": {frozenset(v) for v in stories.values()},
        "rows": rows,
    }


def bench_text(places: Locations, run: Run, docs: int, work: Path) -> dict[str, Any]:
    files = synth.write_jsonl(work / "text.jsonl", docs, seed=3, start_day="2026-03-01")
    out: dict[str, Any] = {}
    for backend in BACKENDS:
        progress(f"text dumps: {docs} records into {backend} …")
        seconds, archive, summary = timed_dedupe(places.new(backend), files)
        out[backend] = {"seconds": round(seconds, 2), "docs_per_s": round(docs / seconds, 1),
                        "stored": summary.stored}
        archive.close()
    ratio = out["postgresql"]["seconds"] / out["sqlite"]["seconds"]
    out["postgresql_over_sqlite"] = round(ratio, 3)
    run.add(figure("text dumps, dedupe docs/s: SQLite", out["sqlite"]["docs_per_s"], "docs/s"),
            figure("text dumps, dedupe docs/s: PostgreSQL", out["postgresql"]["docs_per_s"],
                   "docs/s"),
            figure("text dumps, PostgreSQL ÷ SQLite time", ratio, "×"))
    return out


def bench_syndication(places: Locations, run: Run, bases: int, work: Path) -> dict[str, Any]:
    chosen = syndication._pick(syndication.load_bases(syndication.TEXT_SETS["tune"])[0], bases)
    corpus = work / "corpus"
    corpus.mkdir()
    info = syndication.build_corpus(chosen, corpus)
    by_id = {b.id: b for b in chosen}
    html_pages = sum(1 for _ in (corpus / "html").rglob("*.htm*"))
    out: dict[str, Any] = {"pages": len(info), "html_pages": html_pages}
    layouts: dict[str, dict[str, Any]] = {}
    for backend in BACKENDS:
        progress(f"syndication HTML: {html_pages} pages into {backend} …")
        seconds, archive, _ = timed_dedupe(places.new(backend), [corpus / "html"])
        archive.close()
        out[f"html_{backend}"] = {"seconds": round(seconds, 2),
                                  "pages_per_s": round(html_pages / seconds, 1)}
        progress(f"syndication corpus: {len(info)} pages into {backend} …")
        seconds, archive, _ = timed_dedupe(
            places.new(backend), [corpus / "html", corpus / "text", corpus / "feeds"])
        layouts[backend] = layout(archive)
        archive.close()
        assignment = syndication.clipper_assignment(layouts[backend]["rows"], info)
        quality = syndication.evaluate(backend, assignment, info, by_id)
        out[f"corpus_{backend}"] = {"seconds": round(seconds, 2),
                                    "f1": round(quality["f1"], 4),
                                    "ari": round(quality["ari"], 4)}
    same = {part: layouts["sqlite"][part] == layouts["postgresql"][part]
            for part in ("clusters", "canonicals", "stories")}
    out["same_on_both"] = same
    ratio = out["html_postgresql"]["seconds"] / out["html_sqlite"]["seconds"]
    out["html_postgresql_over_sqlite"] = round(ratio, 3)
    run.add(figure("HTML, dedupe pages/s: SQLite", out["html_sqlite"]["pages_per_s"], "pages/s"),
            figure("HTML, dedupe pages/s: PostgreSQL", out["html_postgresql"]["pages_per_s"],
                   "pages/s"),
            figure("HTML, PostgreSQL ÷ SQLite time", ratio, "×"),
            figure("syndication corpus: same clusters, canonicals, stories on both",
                   str(same), "", "all True", all(same.values())),
            figure("syndication corpus F1: SQLite / PostgreSQL",
                   f"{out['corpus_sqlite']['f1']} / {out['corpus_postgresql']['f1']}", ""))
    return out


def bench_search(places: Locations, run: Run, articles: int, queries: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for backend in BACKENDS:
        archive = open_archive(places.new(backend))
        progress(f"search: building {articles:,} articles in {backend} …")
        built = search_latency.build(archive, articles, 7)
        wanted = search_latency.make_queries(archive, built["writer"], queries, 7)
        progress(f"search: {len(wanted)} queries on {backend} …")
        timed = search_latency.run_queries(archive, wanted)
        latencies = [q["ms"] for q in timed]
        out[backend] = {
            "build_seconds": built["build_seconds"],
            "p50_ms": round(statistics.median(latencies), 2),
            "p95_ms": round(search_latency.percentile(latencies, 0.95), 2),
            "bytes_per_article": round(archive_size(archive) / built["pages"]),
            "mean_hits": round(statistics.mean(q["hits"] for q in timed), 1),
        }
        archive.close()
        run.add(figure(f"search p50 / p95, {articles:,} articles: {backend}",
                       f"{out[backend]['p50_ms']} / {out[backend]['p95_ms']}", "ms"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--text-docs", type=int, default=3000)
    parser.add_argument("--bases", type=int, default=60)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--pg-url", help="a PostgreSQL database to use instead of a throwaway "
                        "server (its server must allow CREATE DATABASE)")
    args = parser.parse_args()
    if not args.pg_url and not pgserver.available():
        print(f"skipped: {pgserver.HOW_TO_ENABLE}")
        return
    random.seed(0)
    run = Run("backends")
    with tempfile.TemporaryDirectory(prefix="clipper-backends-") as tmp:
        work = Path(tmp)
        places = Locations(work, args.pg_url)
        try:
            run.data["text"] = bench_text(places, run, args.text_docs, work)
            if SHARED_DATA.exists():
                run.data["syndication"] = bench_syndication(places, run, args.bases, work)
            run.data["search"] = bench_search(places, run, args.articles, args.queries)
        finally:
            places.close()
    path = run.write()
    print(f"\n{'figure':<62} value")
    for row in run.data["figures"]:
        print(f"{row['figure']:<62} {row['value']} {row['unit']}")
    print(f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; "
          f"wrote {path}")


if __name__ == "__main__":
    main()
