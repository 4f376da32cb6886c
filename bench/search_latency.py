"""Search latency and archive size on a large generated archive.

    python bench/search_latency.py [--articles 100000] [--queries 300] [--seed 7] [--db PATH]
        [--script latin|arabic|hebrew] [--against TREE [--rounds 2]]

1. Builds an archive of ``--articles`` pages (default 100,000) of generated text: a made-up
   vocabulary of 30,000 syllable words drawn with Zipf-like frequencies, 4-9 paragraphs of 2-5
   sentences per article (~330 words), on 400 made-up sites, over two years, 85% ``en``.  About
   a quarter of the stories are carried by 2-8 pages (exact copies, trimmed copies, copies with
   a paragraph added, re-headlined copies), the rest by one.
   **Pages are written directly** with SQLAlchemy Core into an archive created by
   ``open_archive`` (so every migration ran) and indexed for search in batches as ``clipper
   dedupe`` does (``clipper.backends``: FTS5 on SQLite, a tsvector on PostgreSQL), bypassing
   reading, cleaning and MinHash matching: the clustering is known by
   construction.  ``--script arabic`` or ``hebrew`` draws the words instead from the
   language's 30,000 most frequent words in ``wordfreq`` (in its frequency order, so common
   words are common), written as the language writes them, article and prefixes attached
   (``الصهاريج``, ``ההנהלה``: the words search stems, :mod:`clipper.prefixes`), every page in
   that language (``ar``, ``he``).  So the size is realistic, each page also gets a 512-byte
   signature (128 × uint32, as ``FingerprintConfig`` stores) and 40 LSH index rows (32 + 8
   bands), as ``clipper dedupe`` writes; similarities are rough values, not computed.
2. Runs ``--queries`` searches (default 300; seeded) through :func:`clipper.search.search`
   (parse, FTS5 bm25 ranking, snippets and outlet counts of the 20 hits shown), of mixed kinds:
   single words (common, mid-frequency, rare), phrases taken from stored texts, boolean
   (OR / AND NOT / parentheses), prefix, and each of those kinds again with a filter (site,
   date range, language, --variants).  Every query runs once to warm the cache, then is timed.
3. Prints median and 95th-percentile latency (overall and per kind) and the archive size per
   article (database file after a WAL checkpoint, divided by pages; with the dbstat breakdown
   when SQLite has it), and writes ``bench/results/search.json``.

``--against TREE`` builds the same archive with the clipper of another checkout and sends each
query to both in turn: latency of each, whether they found the same pages, and each archive's
size per article and build time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parent.parent
# ``--against``'s workers import clipper from the tree they measure (this file's generator and
# queries either way, so both archives and query lists are the same).
TREE = Path(os.environ.get("CLIPPER_BENCH_TREE", REPO))
sys.path.insert(0, str(TREE))

from sqlalchemy import bindparam, insert, text, update  # noqa: E402

from clipper.archive import Archive, open_archive  # noqa: E402
from clipper.models import Cluster, LshBand, Page, Run  # noqa: E402
from clipper.search import search  # noqa: E402

try:
    from clipper.backends import PageText
except ImportError:  # a revision before clipper.backends: FTS5 triggers index every page
    PageText = None  # type: ignore[assignment,misc]

RESULTS = REPO / "bench" / "results" / "search.json"
VOCABULARY = 30_000
SITES = 400
BATCH = 5_000
_SYLLABLES = [
    c + v
    for c in ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st"]
    for v in ["a", "e", "i", "o", "u", "ai", "or", "en"]
]


# ``--script``: the language whose most frequent words make the text, and its letters.
SCRIPTS = {"arabic": ("ar", "[\u0621-\u064a]"), "hebrew": ("he", "[\u05d0-\u05ea]")}


def script_vocabulary(script: str) -> list[str]:
    """The ``VOCABULARY`` most frequent words of ``script``'s language in ``wordfreq`` (those
    holding one of its letters), most frequent first."""
    import wordfreq

    language, letter = SCRIPTS[script]
    words = [w for w in wordfreq.top_n_list(language, 2 * VOCABULARY) if re.search(letter, w)]
    if len(words) < VOCABULARY:
        raise SystemExit(f"wordfreq has {len(words):,} {script} words, {VOCABULARY:,} needed")
    return words[:VOCABULARY]


def make_vocabulary(rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < VOCABULARY:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    # Rank order = frequency order; the set is sorted first so the order does not depend on
    # string hashing (PYTHONHASHSEED), which would give each process other queries.
    return sorted(sorted(words), key=lambda w: (rng.random(), w))


class Writer:
    """Generates stories and their copies; yields rows for pages, clusters and bands."""

    def __init__(self, seed: int, script: str = "latin") -> None:
        self.rng = random.Random(seed)
        self.script = script
        self.np = np.random.default_rng(seed)
        self.vocab = make_vocabulary(self.rng)
        ranks = np.arange(1, VOCABULARY + 1, dtype=np.float64)
        weights = 1.0 / ranks**1.07
        self.cumulative = np.cumsum(weights / weights.sum())
        self.sites = [f"{self.word(50, 3000)}-{self.word(50, 3000)}.example" for _ in range(SITES)]
        self.start = date(2024, 1, 1)
        if script != "latin":  # sites keep their made-up names
            self.vocab = script_vocabulary(script)

    def language(self) -> str:
        """A page's language: 85 % ``en``, else ``de``, ``fr``, ``en-GB``; with ``--script``
        the script's language."""
        if self.script != "latin":
            return SCRIPTS[self.script][0]
        return "en" if self.rng.random() < 0.85 else self.rng.choice(["de", "fr", "en-GB"])

    def word(self, low: int = 0, high: int = VOCABULARY) -> str:
        return self.vocab[self.rng.randrange(low, high)]

    def words(self, n: int) -> list[str]:
        picks = np.searchsorted(self.cumulative, self.np.random(n))
        return [self.vocab[min(int(i), VOCABULARY - 1)] for i in picks]

    def paragraph(self) -> str:
        sentences = []
        for _ in range(self.rng.randint(2, 5)):
            sentence = self.words(self.rng.randint(8, 22))
            sentences.append(" ".join(sentence).capitalize() + ".")
        return " ".join(sentences)

    def story(self) -> tuple[str, list[str]]:
        title = " ".join(self.words(self.rng.randint(5, 11))).capitalize()
        return title, [self.paragraph() for _ in range(self.rng.randint(4, 9))]

    def copies(self, title: str, paragraphs: list[str]) -> list[tuple[str, list[str], float]]:
        """The story's pages: the canonical first, then variants with a rough similarity."""
        size = 1 if self.rng.random() < 0.75 else self.rng.randint(2, 8)
        pages = [(title, paragraphs, 1.0)]
        for _ in range(size - 1):
            kind = self.rng.random()
            if kind < 0.4:
                pages.append((title, paragraphs, 1.0))
            elif kind < 0.7:
                kept = self.rng.randint(2, max(2, len(paragraphs) - 1))
                pages.append((title, paragraphs[:kept], kept / len(paragraphs)))
            elif kind < 0.85:
                pages.append((title, [*paragraphs, self.paragraph()], 0.8))
            else:
                new_title = " ".join(self.words(self.rng.randint(5, 11))).capitalize()
                pages.append((new_title, paragraphs, 1.0))
        return pages


def build(archive: Archive, articles: int, seed: int, script: str = "latin") -> dict[str, Any]:
    writer = Writer(seed, script)
    rng = writer.rng
    started = time.monotonic()
    with archive.engine.begin() as connection:
        inserted = connection.execute(
            insert(Run).values(
                started_at="2026-01-01T00:00:00+00:00",
                finished_at="2026-01-01T00:10:00+00:00",
                status="completed",
                inputs='["generated"]',
                counts="{}",
                pid=os.getpid(),
            )
        ).inserted_primary_key
        assert inserted is not None
        run_id = inserted[0]
    page_id = cluster_id = 0
    stories = 0
    while page_id < articles:
        pages: list[dict[str, Any]] = []
        clusters: list[dict[str, Any]] = []
        bands: list[dict[str, Any]] = []
        members: list[dict[str, Any]] = []
        while len(pages) < BATCH and page_id < articles:
            title, paragraphs = writer.story()
            stories += 1
            cluster_id += 1
            day = writer.start + timedelta(days=rng.randrange(730))
            language = writer.language()
            copies = writer.copies(title, paragraphs)[: articles - page_id]
            sites = rng.sample(writer.sites, len(copies))
            canonical = page_id + 1
            for n, (page_title, body, similarity) in enumerate(copies):
                page_id += 1
                body_text = "\n".join(body)
                published = (day + timedelta(days=rng.randrange(2) if n else 0)).isoformat()
                url = f"https://{sites[n]}/news/{published}/{page_id}"
                members.append({"page_id": page_id, "cluster_id": cluster_id})
                pages.append(
                    {
                        "id": page_id,
                        "source_key": url,
                        "raw_hash": f"{page_id:032x}",
                        "url": url,
                        "origin": f"generated.jsonl:{page_id}",
                        "kind": "text",
                        "site": sites[n],
                        "title": page_title,
                        "author": None,
                        "published": published,
                        "fetched_at": f"{published}T{rng.randrange(24):02d}:00:00",
                        "seen_at": f"{published}T{rng.randrange(24):02d}:00:00",
                        "language": language,
                        "text": body_text,
                        "template_lines": None,
                        "word_count": body_text.count(" ") + len(body),
                        "content_hash": hashlib.md5(body_text.encode()).hexdigest(),
                        "shingle_count": body_text.count(" "),
                        "signature": rng.randbytes(512),
                        "cluster_id": None,  # set once the cluster row exists
                        "similarity": similarity,
                        "containment": 1.0,
                        "is_exact_duplicate": n > 0 and body is paragraphs,
                        "version": 1,
                        "run_id": run_id,
                    }
                )
                bands.extend({"key": rng.getrandbits(63), "page_id": page_id} for _ in range(40))
            clusters.append(
                {
                    "id": cluster_id,
                    "canonical_page_id": canonical,
                    "first_seen": min(page["seen_at"] for page in pages[-len(copies) :]),
                    "last_seen": max(page["seen_at"] for page in pages[-len(copies) :]),
                    "size": len(copies),
                    "pages": len(copies),  # each copy its own address: one version each
                    "created_run_id": run_id,
                }
            )
        with archive.engine.begin() as connection:
            # Clusters and pages point at each other: pages first, then clusters, then the
            # pages' cluster ids.  (Deferring the foreign keys instead is quadratic: while a
            # violation is pending, SQLite scans lsh_bands, which has no page_id index, for
            # every page inserted.)
            connection.execute(insert(Page), pages)
            connection.execute(insert(Cluster), clusters)
            connection.execute(
                update(Page)
                .where(Page.id == bindparam("page_id"))
                .values(cluster_id=bindparam("cluster_id")),
                members,
            )
            connection.execute(insert(LshBand), bands)
            if PageText is not None:
                archive.backend.index_pages(
                    connection,
                    [PageText(p["id"], p["title"], p["text"], p["language"]) for p in pages],
                )
        print(f"\r  {page_id:,} pages written", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return {
        "pages": page_id,
        "stories": stories,
        "build_seconds": round(time.monotonic() - started, 1),
        "writer": writer,
    }


def make_queries(archive: Archive, writer: Writer, count: int, seed: int) -> list[dict[str, Any]]:
    """A seeded mix of query kinds, each kind also with one filter."""
    rng = random.Random(seed + 1)
    with archive.engine.connect() as connection:
        samples = [
            row.text
            for row in connection.execute(
                text("SELECT text FROM pages WHERE id % 997 = 0 ORDER BY id LIMIT 400")
            )
        ]
    # a query word holds no '"': a Hebrew abbreviation's (צה"ל) reads as an unclosed quote in
    # the trees before search29's fix (Latin and Arabic words hold none: their queries as before)
    vocab = [w for w in writer.vocab if '"' not in w]

    def phrase() -> str:
        words = rng.choice(samples).replace(".", "").replace("\"", "").lower().split()
        start = rng.randrange(len(words) - 3)
        return '"' + " ".join(words[start : start + rng.randint(2, 3)]) + '"'

    makers = {
        "word-common": lambda: vocab[rng.randrange(0, 50)],
        "word-mid": lambda: vocab[rng.randrange(200, 3000)],
        "word-rare": lambda: vocab[rng.randrange(8000, len(vocab))],
        "phrase": phrase,
        "boolean": lambda: rng.choice(
            [
                f"{vocab[rng.randrange(100, 3000)]} OR {vocab[rng.randrange(100, 3000)]}",
                f"{vocab[rng.randrange(20, 500)]} {vocab[rng.randrange(20, 500)]} "
                f"NOT {vocab[rng.randrange(20, 500)]}",
                f"({vocab[rng.randrange(100, 2000)]} OR {vocab[rng.randrange(100, 2000)]}) "
                f"AND {vocab[rng.randrange(50, 1000)]}",
            ]
        ),
        "prefix": lambda: vocab[rng.randrange(100, 5000)][:4] + "*",
    }

    def a_filter() -> dict[str, Any]:
        choice = rng.randrange(4)
        if choice == 0:
            return {"sites": [rng.choice(writer.sites)]}
        if choice == 1:
            since = writer.start + timedelta(days=rng.randrange(600))
            return {"since": since.isoformat(), "until": (since + timedelta(days=90)).isoformat()}
        if choice == 2:
            return {"languages": [SCRIPTS[writer.script][0] if writer.script != "latin" else "de"]}
        return {"variants": True}

    queries = []
    kinds = list(makers)
    for n in range(count):
        kind = kinds[n % len(kinds)]
        filtered = (n // len(kinds)) % 2 == 1
        queries.append(
            {
                "kind": kind + ("+filter" if filtered else ""),
                "query": makers[kind](),
                "filters": a_filter() if filtered else {},
            }
        )
    return queries


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run_queries(archive: Archive, queries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for query in queries:  # warm-up: page cache and SQLite's schema cache
        search(archive, query["query"], **query["filters"])
    timed = []
    for query in queries:
        started = time.perf_counter()
        hits = search(archive, query["query"], **query["filters"])
        timed.append(query | {"ms": (time.perf_counter() - started) * 1000, "hits": len(hits)})
    return timed


def size_breakdown(path: Path) -> dict[str, int]:
    try:
        connection = sqlite3.connect(path)
        rows = connection.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
        connection.close()
    except sqlite3.Error:
        return {}
    groups: dict[str, int] = {}
    for name, size in rows:
        group = "pages_fts (full-text index)" if name.startswith("pages_fts") else name
        groups[group] = groups.get(group, 0) + size
    return dict(sorted(groups.items(), key=lambda item: -item[1]))


def serve(path: Path, articles: int, queries: int, seed: int, script: str) -> None:
    """``--against``'s worker: build the archive at ``path`` with the clipper of ``TREE``,
    print the query kinds, the archive's bytes (after a WAL checkpoint) and the build's
    seconds, then answer each query number read from stdin with ``[ms, hit ids]``."""
    archive = open_archive(str(path))
    built = build(archive, articles, seed, script)
    with archive.engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    planned = make_queries(archive, built["writer"], queries, seed)
    for query in planned:  # warm-up, as run_queries does
        search(archive, query["query"], **query["filters"])
    print(json.dumps({"kinds": [query["kind"] for query in planned],
                      "bytes": path.stat().st_size, "fts_bytes": fts_bytes(path),
                      "build_seconds": built["build_seconds"]}), flush=True)
    for line in sys.stdin:
        query = planned[int(line)]
        started = time.perf_counter()
        hits = search(archive, query["query"], **query["filters"])
        elapsed = (time.perf_counter() - started) * 1000
        print(json.dumps([elapsed, [hit.page_id for hit in hits]]), flush=True)


def fts_bytes(path: Path) -> int | None:
    """The full-text index's bytes in the SQLite archive ``path`` (None without dbstat)."""
    return size_breakdown(path).get("pages_fts (full-text index)")


def paired(args: argparse.Namespace) -> None:
    """This tree against ``args.against`` (a checkout with its own ``.venv``): two workers,
    each its own archive of the same generated articles, the same queries sent to both in
    turn (which one goes first alternates), so the machine's load falls on both alike."""
    other = Path(args.against).resolve()
    python = other / ".venv" / "bin" / "python"
    if not python.exists():
        raise SystemExit(f"{python} is missing: --against needs a checkout with its own .venv")
    with tempfile.TemporaryDirectory() as tmp:
        workers = {}
        built: dict[str, dict[str, Any]] = {}
        for name, tree, executable in (("this", REPO, sys.executable), ("other", other, python)):
            print(f"{name} ({tree}): building {args.articles:,} articles …", file=sys.stderr)
            process = subprocess.Popen(
                [str(executable), __file__, "--serve", str(Path(tmp) / f"{name}.db"),
                 "--articles", str(args.articles), "--queries", str(args.queries),
                 "--seed", str(args.seed), "--script", args.script],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                env={**os.environ, "CLIPPER_BENCH_TREE": str(tree), "PYTHONPATH": ""},
            )
            assert process.stdout is not None
            built[name] = json.loads(process.stdout.readline())  # one build at a time
            kinds = built[name]["kinds"]
            workers[name] = process
        times: dict[str, list[list[float]]] = {name: [[] for _ in kinds] for name in workers}
        same = 0
        for round_ in range(args.rounds):
            for n in range(len(kinds)):
                order = ["this", "other"] if (n + round_) % 2 == 0 else ["other", "this"]
                ids = {}
                for name in order:
                    worker = workers[name]
                    assert worker.stdin is not None and worker.stdout is not None
                    worker.stdin.write(f"{n}\n")
                    worker.stdin.flush()
                    elapsed, ids[name] = json.loads(worker.stdout.readline())
                    times[name][n].append(elapsed)
                same += ids["this"] == ids["other"]
        for worker in workers.values():
            assert worker.stdin is not None
            worker.stdin.close()
            worker.wait()
    print(f"{args.articles:,} articles ({args.script}), {len(kinds)} queries × {args.rounds} "
          f"rounds; same hits (ids, in order) in {same} of {len(kinds) * args.rounds}")
    for name, tree in (("this", REPO), ("other", other)):
        fts = built[name]["fts_bytes"]
        print(f"  {name:<5} {tree!s:<30} archive {built[name]['bytes'] / args.articles:8.0f} "
              f"bytes/article, full-text index "
              + (f"{fts / args.articles:6.0f}" if fts is not None else "?")
              + f" bytes/article, built in {built[name]['build_seconds']} s")
    summary = {}
    for name, tree in (("this", REPO), ("other", other)):
        medians = [statistics.median(values) for values in times[name]]
        summary[name] = (statistics.median(medians), percentile(medians, 0.95))
        print(f"  {name:<5} {tree!s:<30} p50 {summary[name][0]:7.2f} ms  "
              f"p95 {summary[name][1]:7.2f} ms  (each query's median over the rounds)")
    print(f"  this ÷ other: p50 {summary['this'][0] / summary['other'][0]:.2f}, "
          f"p95 {summary['this'][1] / summary['other'][1]:.2f}")
    for kind in sorted(set(kinds)):
        row = []
        for name in ("this", "other"):
            values = [statistics.median(times[name][n]) for n in range(len(kinds))
                      if kinds[n] == kind]
            row.append(f"{name} p50 {statistics.median(values):7.2f} p95 "
                       f"{percentile(values, 0.95):7.2f}")
        print(f"    {kind:<20} " + "  |  ".join(row))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="archive to build (default: a temporary file, removed)")
    parser.add_argument("--against", metavar="TREE",
                        help="compare with the clipper checkout TREE (with its own .venv), "
                        "query by query in turn")
    parser.add_argument("--rounds", type=int, default=2, help="with --against: query rounds")
    parser.add_argument("--script", choices=["latin", *SCRIPTS], default="latin",
                        help="the words of the text: made-up Latin syllables (85 %% en), or "
                        "the most frequent words of Arabic or Hebrew (wordfreq)")
    parser.add_argument("--serve", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.queries < 1 or args.articles < 100:
        parser.error("--queries must be ≥ 1 and --articles ≥ 100")
    if args.serve:
        serve(Path(args.serve), args.articles, args.queries, args.seed, args.script)
        return
    if args.against:
        paired(args)
        return

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.db"
        if path.exists():
            parser.error(f"{path} exists; give a new path")
        archive = open_archive(str(path))
        print(f"building {args.articles:,} generated articles in {path} …", file=sys.stderr)
        built = build(archive, args.articles, args.seed, args.script)
        with archive.engine.connect() as connection:
            connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            plan = [
                row[-1]
                for row in connection.execute(
                    text(
                        # The ranking query clipper.search runs for a canonical search.
                        "EXPLAIN QUERY PLAN SELECT pages_fts.rowid FROM pages_fts "
                        "WHERE pages_fts MATCH :q AND +pages_fts.rowid IN "
                        "(SELECT c.canonical_page_id FROM clusters AS c) "
                        "ORDER BY bm25(pages_fts, 10.0, 1.0) LIMIT 20"
                    ),
                    {"q": '"x"'},
                )
            ]
        size = path.stat().st_size
        breakdown = size_breakdown(path)
        queries = make_queries(archive, built["writer"], args.queries, args.seed)
        print(f"running {len(queries)} queries …", file=sys.stderr)
        timed = run_queries(archive, queries)
        archive.close()

    latencies = [q["ms"] for q in timed]
    by_kind: dict[str, dict[str, float]] = {}
    for kind in sorted({q["kind"] for q in timed}):
        values = [q["ms"] for q in timed if q["kind"] == kind]
        by_kind[kind] = {
            "queries": len(values),
            "p50_ms": round(statistics.median(values), 2),
            "p95_ms": round(percentile(values, 0.95), 2),
            "max_ms": round(max(values), 2),
            "mean_hits": round(statistics.mean(q["hits"] for q in timed if q["kind"] == kind), 1),
        }
    result = {
        "command": "python bench/search_latency.py " + " ".join(sys.argv[1:]),
        "script": args.script,
        "articles": built["pages"],
        "stories": built["stories"],
        "build_seconds": built["build_seconds"],
        "queries": len(timed),
        "limit": 20,
        "latency_ms": {
            "p50": round(statistics.median(latencies), 2),
            "p95": round(percentile(latencies, 0.95), 2),
            "max": round(max(latencies), 2),
        },
        "by_kind": by_kind,
        "archive_bytes": size,
        "bytes_per_article": round(size / built["pages"]),
        "bytes_by_table": breakdown,
        "query_plan": plan,
        "slowest": sorted(timed, key=lambda q: -q["ms"])[:5],
        # rows of make bench's combined table (bench/run_all.py)
        "figures": [
            {"figure": f"search latency p50, {built['pages']:,} articles",
             "value": round(statistics.median(latencies), 2), "unit": "ms", "target": None,
             "met": None},
            {"figure": f"search latency p95, {built['pages']:,} articles",
             "value": round(percentile(latencies, 0.95), 2), "unit": "ms", "target": None,
             "met": None},
        ],
        "machine": {
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")

    print(
        f"{built['pages']:,} articles ({built['stories']:,} stories), built in "
        f"{built['build_seconds']}s"
    )
    print(
        f"search latency over {len(timed)} queries: p50 {result['latency_ms']['p50']} ms, "
        f"p95 {result['latency_ms']['p95']} ms, max {result['latency_ms']['max']} ms"
    )
    for kind, row in by_kind.items():
        print(
            f"  {kind:<20} p50 {row['p50_ms']:>8.2f} ms  p95 {row['p95_ms']:>8.2f} ms  "
            f"hits {row['mean_hits']:>5}"
        )
    print(f"archive: {size:,} bytes = {result['bytes_per_article']:,} bytes/article")
    for name, table_bytes in list(breakdown.items())[:6]:
        print(f"  {name:<30} {table_bytes / built['pages']:>8.0f} bytes/article")
    print(f"wrote {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
