"""One night's dump: 2k / 10k / 100k text records all fetched the same day, and the glue script.

    python bench/oneday.py [--quick] [--full] [--sizes N ...] [--workers N] [--against DIR]
                           [--cold] [--profile N ...]

Input (built at run time under ``bench/.work/oneday/``, never committed): text records made by
recombining the paragraphs of ``../shared/data/wire-syndication-texts`` (680 real articles), the
shape of issue 10's measurement.  One seeded stream: each new record takes 8-20 paragraphs from
2-4 source articles (a contiguous run from each); a third of the records re-publish an earlier
record with about 10 % of its paragraphs dropped (on another site).  Around each body:
"Skip to content", the headline twice, and a "Read also:" / "Latest" trailer of other
headlines.  Every record is fetched on the same day (``fetched_at`` 2018-07-16, spread over the
day).  The N-record corpus is the first N records of the stream, so the 2k run is the start of
the 10k run, as a night's first hour is the start of the night.

Measured, all in this one command (each clipper run a fresh process on a fresh archive, default
config, ``--workers`` cleaning processes, peak RSS as in ``bench/memory.py``):

* clipper ``dedupe`` on each size; targets: t(10k) ≤ 1.2 × 5 × t(2k), t(100k) ≤ 1.2 × 10 ×
  t(10k); peak RSS at 100k ≤ 1 GB; the archive's MB on disk after the run;
* the glue script (``bench/glue.py``: datasketch MinHash per record, MinHashLSH at 0.5,
  union-find, sqlite3 ``executemany``; one process) on the same 10k (or the largest size ≤ 10k);
  target: clipper ≥ 4 × as fast;
* quality: of the generator's copy pairs (a record and its copies), how many each run and the
  glue script put in one cluster (recall), and how many other pairs they put together
  (records made anew from overlapping windows of the same sources, often contained in one
  another: not copies by construction, so a count rather than a precision);
* growth along the largest run (:func:`growth`), the proxy for the 100k run (hours on a shared
  machine): the main process's RSS per 1,000 records over the second half of the run, the cost
  per 1,000 records batch by batch and how fast it grows, and from them the 10× run's peak RSS
  and linearity ratio *projected* (a fitted line carried on; printed as projections); each
  main-process stage's CPU per 1,000 records in the first and last batch (which stage grows
  with the day); and what the process holds against its RSS (Python's allocated blocks,
  glibc's bytes in use: flat while the RSS grows is fragmentation, not memory held) and where
  the freed memory is kept (glibc's free heap bytes, Python's allocator's arenas);
* ``--cold``: every clipper run with an empty cache folder (``CLIPPER_CACHE_DIR``), as the
  first run on a machine (or a fresh clone's ``make bench``), which builds its word tables;
* CPU seconds per 1,000 records of each stage at each size, every process counted once (the
  batches' process, the main process's story stage, the workers): which stage grows faster
  than the night (:func:`stage_cpu`);
* ``--fanout``: each new page's candidates (the pairs verification is handed, a band's or a
  passage rule's) and what became of them, from the pairs and matches each batch recorded
  (``bench/_dedupe_child.py --fanout``) and the clusters the run ends with
  (:func:`fanout`): the candidates' spread, the matches among them, those in the page's own
  cluster, and those beyond the first a cluster already reached through an earlier-verified
  candidate (what a bound verifying a cluster through fewer of its members would not verify);
* ``--profile N``: cProfile of an in-process ``dedupe`` (one worker) on the first N records,
  written to ``bench/results/oneday-profile-N.txt`` (top functions by cumulative and own time).

Without ``../shared/data`` the script prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import json
import os
import pstats
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import glue
from _common import (
    BENCH,
    PYTHON,
    RESULTS,
    SHARED_DATA,
    WORK,
    Run,
    archive_digest,
    batch_cost,
    figure,
    fmt,
    progress,
    shared_missing,
    table,
)

SOURCE = SHARED_DATA / "wire-syndication-texts" / "articles.jsonl"
DAY = "2018-07-16"
SEED = 10
COPY_SHARE = 1 / 3
DROP_SHARE = 0.10
MIN_PARAGRAPH_WORDS = 8
TARGET_LINEAR = 1.2
TARGET_GLUE = 4.0
TARGET_RSS_MB = 1024
SITES = [
    f"{name}.example"
    for name in (
        "harborpost",
        "dailyledger",
        "northstar",
        "citywire",
        "valleytimes",
        "coastalherald",
        "metrojournal",
        "plainsdispatch",
        "riverbend",
        "summitnews",
        "lakeshore",
        "capitolreport",
    )
]


def _sources() -> list[tuple[str, list[str]]]:
    """(headline, body paragraphs) of each source article: its first line is the headline."""
    out = []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        lines = [p.strip() for p in json.loads(line)["text"].split("\n") if p.strip()]
        body = [p for p in lines[1:] if len(p.split()) >= MIN_PARAGRAPH_WORDS]
        if lines and len(body) >= 3:
            out.append((lines[0], body))
    return out


def _page(headline: str, paragraphs: list[str], trailer: list[str], label: str) -> str:
    lines = ["Skip to content", "", headline, "", headline, ""]
    for p in paragraphs:
        lines += [p, ""]
    lines.append(label)
    lines += trailer
    return "\n".join(lines) + "\n"


def records(n: int) -> list[dict[str, str]]:
    """The first ``n`` records of the one-day stream (deterministic)."""
    return [record for record, _ in _stream(n)]


def copy_groups(n: int) -> dict[str, int]:
    """url → the index of the record it copies (its own index for a record made anew): the
    copies the generator made, to score what a run put together."""
    return {record["url"]: original for record, original in _stream(n)}


def _stream(n: int) -> list[tuple[dict[str, str], int]]:
    """(record, index of the record it copies) for the first ``n`` records."""
    sources = _sources()
    rng = np.random.default_rng(SEED)
    made: list[tuple[str, list[str], int]] = []  # (headline, paragraphs, index) of new records
    out: list[tuple[dict[str, str], int]] = []
    for i in range(n):
        original = i
        if made and rng.random() < COPY_SHARE:
            headline, paragraphs, original = made[int(rng.integers(0, len(made)))]
            keep = rng.random(len(paragraphs)) >= DROP_SHARE
            kept = [p for p, k in zip(paragraphs, keep, strict=True) if k] or paragraphs[:1]
            body = kept
        else:
            k = int(rng.integers(2, 5))
            total = int(rng.integers(8, 21))
            picks = rng.choice(len(sources), size=k, replace=False)
            shares = np.full(k, total // k)
            shares[: total % k] += 1
            body = []
            for index, share in zip(picks.tolist(), shares.tolist(), strict=True):
                paragraphs = sources[index][1]
                share = min(share, len(paragraphs))
                start = int(rng.integers(0, len(paragraphs) - share + 1))
                body += paragraphs[start : start + share]
            headline = sources[int(picks[0])][0]
            made.append((headline, body, i))
        others = rng.choice(len(sources), size=3, replace=False).tolist()
        trailer = [sources[j][0] for j in others]
        label = "Read also:" if rng.random() < 0.5 else "Latest"
        site = SITES[int(rng.integers(0, len(SITES)))]
        second = i * 86_000 // max(n, 1)
        out.append(
            (
                {
                    "url": f"https://{site}/2018/07/16/story-{i}",
                    "site": site,
                    "fetched_at": (
                        f"{DAY}T{second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
                    ),
                    "text": _page(headline, body, trailer, label),
                },
                original,
            )
        )
    return out


def copy_pairs(n: int, cluster_of: dict[str, Any]) -> dict[str, Any]:
    """How many of the generator's copy pairs (a record and its copies, two copies of one
    record) ``cluster_of`` (url → cluster) puts together, and how many other pairs it puts
    together (records made anew from overlapping windows of the same sources, often contained
    in each other: not copies by construction, so this is a count, not a precision)."""
    groups: dict[int, list[str]] = {}
    for url, original in copy_groups(n).items():
        groups.setdefault(original, []).append(url)
    true_pairs = found = 0
    for urls in groups.values():
        for a, b in itertools.combinations(urls, 2):
            true_pairs += 1
            found += cluster_of.get(a) is not None and cluster_of.get(a) == cluster_of.get(b)
    members: dict[Any, int] = {}
    for cluster in cluster_of.values():
        if cluster is not None:
            members[cluster] = members.get(cluster, 0) + 1
    together = sum(k * (k - 1) // 2 for k in members.values())
    return {
        "copy_pairs": true_pairs,
        "found": found,
        "recall": found / true_pairs if true_pairs else None,
        "other_pairs_together": together - found,
    }


def _archive_clusters(db: Path) -> dict[str, Any]:
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT url, cluster_id FROM pages"))
    finally:
        con.close()


def corpus(n: int) -> Path:
    """``bench/.work/oneday/oneday-N.jsonl`` (built when missing)."""
    folder = WORK / "oneday"
    path = folder / f"oneday-{n}.jsonl"
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    progress(f"building the one-day corpus of {n:,} records ...")
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for record in records(n):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.rename(path)
    return path


def clipper(
    n: int,
    workers: int | None,
    tree: Path | None = None,
    cold: bool = False,
    count_fanout: bool = False,
) -> dict[str, Any]:
    """``dedupe`` of the n-record corpus in a fresh process on a fresh archive; with ``tree``,
    the clipper of that checkout (its ``bench/_dedupe_child.py`` puts it first on the path);
    ``cold``: with an empty cache folder (``CLIPPER_CACHE_DIR``), as a machine's first run,
    which builds the word tables and unpacks the language model; ``count_fanout``: with the table of
    :func:`fanout` (this tree only)."""
    path = corpus(n)
    folder = WORK / "oneday" / (f"run-{n}" if tree is None else f"against-{n}")
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("archive.db*"):
        stale.unlink()
    db, out = folder / "archive.db", folder / "summary.json"
    child = (
        [
            PYTHON,
            str((tree / "bench" if tree else BENCH) / "_dedupe_child.py"),
            "--db",
            str(db),
            "--out",
            str(out),
            "--label",
            f"{n:,}",
        ]
        + (["--workers", str(workers)] if workers else [])
        + (["--fanout", str(folder / "fanout.npy")] if count_fanout else [])
        + [str(path)]
    )
    progress(f"clipper dedupe{f' ({tree})' if tree else ''}, {n:,} one-day records ...")
    env = None
    if cold:
        cache = folder / "empty-cache"
        shutil.rmtree(cache, ignore_errors=True)
        env = os.environ | {"CLIPPER_CACHE_DIR": str(cache)}
    proc = subprocess.run(
        [
            PYTHON,
            str(BENCH / "memory.py"),
            "--_wrap",
            str(folder / "rss-samples.jsonl"),
            str(out),
            *child,
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    measured = json.loads(proc.stdout.strip().splitlines()[-1])
    if measured["rc"] != 0:
        raise SystemExit(f"dedupe of {n} records failed (exit {measured['rc']})")
    summary = json.loads(out.read_text())
    row = {
        "docs": n,
        "seconds": summary["wall_seconds"],
        # all of the run's processes (the workers included): what a loaded machine moves least
        "cpu_seconds": measured.get("cpu_seconds"),
        "docs_per_s": n / summary["wall_seconds"],
        "peak_rss_mb": measured["maxrss_kb"] / 1024,
        "stored": summary["stored"],
        "new_clusters": summary["new_clusters"],
        "new_stories": summary["new_stories"],
        "workers": summary["workers"],
        "copies": copy_pairs(n, _archive_clusters(db)),
        # the archive's files on disk after the run (database, WAL), MB
        "archive_mb": round(sum(f.stat().st_size for f in folder.glob("archive.db*")) / 1e6, 1),
        **batch_cost(summary.get("batch_curve", [])),
        "partition": archive_digest(db),
        "growth": growth(summary, measured.get("cpu_seconds")),
        # main-process seconds per stage per 1,000 records (pipeline.RunSummary.stage_seconds)
        "stage_s_per_1000": {
            k: round(v * 1000 / n, 3)
            for k, v in sorted(summary.get("stage_seconds", {}).items(), key=lambda kv: -kv[1])
        },
        "stage_cpu_s_per_1000": stage_cpu(summary, measured.get("cpu_seconds"), n),
    }
    if count_fanout:
        row["fanout"] = fanout(folder / "fanout.npy", db)
    progress(
        f"  {n:,}: {row['seconds']:.1f}s, {row['docs_per_s']:.0f} docs/s, "
        f"peak {row['peak_rss_mb']:.0f} MB"
    )
    return row


def fanout(path: Path, db: Path, batch: int = 1_000) -> dict[str, Any]:
    """Each new page's candidate pairs (``bench/_dedupe_child.py --fanout``: the pairs a batch's
    verification was handed, every one with a page stored before it or an earlier page of its
    batch; the later id is the new page) and what became of them, by the clusters the run
    ends with: per page, ``candidates``; ``matched``, those verification found a match;
    ``own``, those in the page's cluster; ``own_matched``, matched ones there; ``again``,
    candidates in a cluster the page already reached through a candidate of a smaller id
    (the same cluster verified again: with the page's own cluster, ``own`` minus one when
    ``own``); ``clusters``, the distinct clusters its candidates are in; ``matched_clusters``, those
    holding a page it matches; ``canonicals``, candidates that are their cluster's canonical
    (what verifying each candidate cluster through its canonical alone would verify, by the
    canonicals the run ends with); ``matched_elsewhere``, its matches with a page that is not
    (what that rule would not find).  Each as mean, 50th,
    90th and 99th percentile and max, over all pages and over the first and last ``batch``
    pages by id."""
    pairs, matched = [], []
    with open(path, "rb") as f:
        while True:
            try:
                pairs.append(np.load(f))
                matched.append(np.load(f))
            except (EOFError, ValueError):
                break
    flat = np.concatenate(pairs) if pairs else np.empty((0, 2), dtype=np.int64)
    found = np.concatenate(matched) if matched else np.empty((0, 2), dtype=np.int64)
    con = sqlite3.connect(db)
    try:
        cluster_rows = np.array(
            con.execute("SELECT id, coalesce(cluster_id, -id) FROM pages ORDER BY id").fetchall(),
            dtype=np.int64,
        ).reshape(-1, 2)
        canonicals = np.array(
            con.execute("SELECT canonical_page_id FROM clusters").fetchall(), dtype=np.int64
        ).ravel()
    finally:
        con.close()
    page_ids, clusters = cluster_rows[:, 0], cluster_rows[:, 1]

    def cluster_of(ids: np.ndarray) -> np.ndarray:
        return clusters[np.searchsorted(page_ids, ids)]

    new, old = flat.max(axis=1), flat.min(axis=1)
    codes = set((np.minimum(found[:, 0], found[:, 1]) << 32 | found.max(axis=1)).tolist())
    is_match = np.fromiter(
        ((int(o) << 32 | int(n)) in codes for o, n in zip(old, new, strict=True)),
        dtype=bool,
        count=len(flat),
    )
    order = np.lexsort((old, new))
    new, old, is_match = new[order], old[order], is_match[order]
    theirs = cluster_of(old)
    own = theirs == cluster_of(new)
    # a candidate whose cluster an earlier candidate of the same page already reached
    key = np.column_stack([new, theirs])
    _, first = np.unique(key, axis=0, return_index=True)
    again = np.ones(len(new), dtype=bool)
    again[first] = False
    # the clusters a page matches a page of: what a rule verifying each candidate cluster
    # through fewer of its members must still reach
    matched_key = key[is_match]
    _, first_matched = np.unique(matched_key, axis=0, return_index=True)
    reached = np.zeros(len(new), dtype=bool)
    reached[np.flatnonzero(is_match)[first_matched]] = True
    n_pages = len(page_ids)
    at = np.searchsorted(page_ids, new)

    def per_page(mask: np.ndarray) -> np.ndarray:
        return np.bincount(at[mask], minlength=n_pages)

    counts = {
        "candidates": per_page(np.ones(len(new), dtype=bool)),
        "matched": per_page(is_match),
        "own": per_page(own),
        "own_matched": per_page(own & is_match),
        "again": per_page(again),
        "clusters": per_page(~again),
        "matched_clusters": per_page(reached),
        "canonicals": per_page(np.isin(old, canonicals)),
        "matched_elsewhere": per_page(is_match & ~np.isin(old, canonicals)),
    }

    def spread(values: np.ndarray) -> list[float]:
        if not len(values):
            return [0.0] * 5
        q = np.percentile(values, [50, 90, 99])
        return [round(float(values.mean()), 2), *(round(float(v), 1) for v in q), int(values.max())]

    return {
        part: {name: spread(v[where]) for name, v in counts.items()}
        for part, where in (
            ("all", slice(None)),
            ("first", slice(0, batch)),
            ("last", slice(max(n_pages - batch, 0), None)),
        )
    } | {"pairs": len(flat), "matches": int(is_match.sum()), "pages": n_pages}


def growth(summary: dict[str, Any], cpu_total: float | None) -> dict[str, Any]:
    """How memory and cost per 1,000 records grow along one run (its batches of 1,000), the
    proxy for runs too long to make on a shared machine.

    * ``rss_mb_per_1000``: least-squares slope of the resident set of the process storing the
      batches (the main process, or the batches' own process: ``bench/_dedupe_child.py``)
      against records read, over the second half of the batches, when the start-up is long
      past;
    * ``s_per_1000_first`` / ``_last``: wall seconds per 1,000 records of the first and last
      batch after the first (which starts the pool); ``cpu_…`` the same in CPU seconds: the
      main process's per batch plus the workers' (``cpu_total`` less the main process's, spread
      evenly: a worker's cost per page does not depend on the day);
    * ``cpu_cost_growth``: ``b`` of the CPU cost per 1,000 records fitted as ``a + b × records
      read`` (in thousands), and projections to ten times the run, each assuming the fitted line
      goes on: the linearity ratio t(10n) ÷ (10 × t(n)) of ``t(N) = a N + b N² / 2``, which is
      ``(a + 5 b n) ÷ (a + b n / 2)``, and the peak RSS ``rss_end + slope × 9 × n / 1,000``.
      Bounded caches (SQLite's page cache, 256 MB; ``Config.candidate_cache_pages``) still
      filling at n make the RSS projection high; cost growing faster than a line makes the
      time projection low.  CPU, not wall: on a busy machine a run gets a share of the cores
      whatever its size, and its wall cost per batch looks flat.  Projections, not
      measurements: the figures say so;
    * ``stage_cpu_s_per_1000``: each main-process stage's CPU seconds per 1,000 records in the
      first batch after the first and in the last (``[first, last]``, the stages costing 0.05 s
      or more in the last, the fastest-growing first): which stage's cost grows with the day
      (the story stage, once at the end, is not among them);
    * ``parts_per_1000``: what the templates and recluster stages' growing parts do per 1,000
      records in the same two batches (``bench/_dedupe_child.py``'s ``batch_parts``): the
      stored pages a template cut is made again on and its CPU seconds, the pages the rewalk
      re-decides and those of the clusters it settles, the CPU seconds of the rewalk and of its
      write: what each stage's growth is made of;
    * ``held_*``: what the main process holds against its resident set, over the second half
      as ``rss_mb_per_1000``: Python's allocated blocks (``sys.getallocatedblocks()``, in
      thousands, at the half's start and end) and glibc's bytes in use (``mallinfo2``, MB per
      1,000 records; SQLite's page cache among them, bounded): flat while the RSS grows is
      memory freed and not given back (fragmentation), not memory held; then where it is
      kept, MB per 1,000 records: glibc's free heap bytes (an upper bound: the trim gives their
      whole pages back) and Python's allocator's arenas.
    """
    points = sorted({int(p): (rss, cpu) for p, rss, cpu in summary.get("batch_memory", [])}.items())
    curve = sorted({int(p): s for p, s in summary.get("batch_curve", [])}.items())
    out: dict[str, Any] = {}
    if len(curve) >= 3:
        wall = np.diff([s for _, s in curve]) / np.diff([p for p, _ in curve]) * 1000
        out["s_per_1000_first"] = round(float(wall[0]), 2)
        out["s_per_1000_last"] = round(float(wall[-1]), 2)
    if len(points) < 4:
        return out
    half = points[len(points) // 2 :]
    x = np.array([p for p, _ in half], dtype=float) / 1000
    out["rss_mb_per_1000"] = round(float(np.polyfit(x, [r for _, (r, _) in half], 1)[0]), 2)
    out["rss_end_mb"] = round(float(points[-1][1][0]), 1)
    at = np.array([p for p, _ in points], dtype=float) / 1000
    main_cpu = np.array([c for _, (_, c) in points])
    n = at[-1]
    workers = max(0.0, (cpu_total or 0.0) - main_cpu[-1]) / n  # per 1,000 records
    per_1000 = np.diff(main_cpu) / np.diff(at) + workers
    b, a = np.polyfit(at[:-1], per_1000, 1)
    out["cpu_s_per_1000_first"] = round(float(per_1000[0]), 2)
    out["cpu_s_per_1000_last"] = round(float(per_1000[-1]), 2)
    out["cpu_workers_s_per_1000"] = round(float(workers), 2)
    out["cpu_cost_growth"] = round(float(b), 3)
    out["projected_linearity_10x"] = round(float((a + 5 * b * n) / (a + b * n / 2)), 2)
    out["projected_peak_rss_10x_mb"] = round(
        float(out["rss_end_mb"] + out["rss_mb_per_1000"] * 9 * n)
    )
    out.update(_stage_growth(summary.get("batch_stages", [])))
    out.update(_part_growth(summary.get("batch_parts", [])))
    out.update(_held(summary.get("batch_held", [])))
    return out


def stage_cpu(summary: dict[str, Any], cpu_total: float | None, n: int) -> dict[str, float]:
    """CPU seconds per 1,000 records of each stage of the whole run, every process counted
    once: the stages of the process storing the batches (``batch_stages``' last entry: CPU by
    stage), those of the main process (``main_cpu_s``, ``main_stage_cpu``: the story stage,
    the readings' merge), ``workers``: ``cpu_total`` (all processes, ``bench/memory.py``) less
    the two (cleaning and the verification handed to them), and ``… other``: each process's
    CPU outside its timed stages.  Compared across sizes (:func:`main`'s table), which stage
    costs more per record on a longer night.  Empty for a checkout whose child does not
    record the main process (``--against`` an older tree)."""
    if cpu_total is None or "main_cpu_s" not in summary or not summary.get("batch_memory"):
        return {}
    by_stage = summary["main_stage_cpu"]
    stored = dict(summary["batch_stages"][-1][1]) if summary.get("batch_stages") else {}
    apart = not any(stage in by_stage for stage in stored)  # the batches' own process
    batches_cpu = summary["batch_memory"][-1][2] if apart else 0.0
    main_cpu = summary["main_cpu_s"]
    out = {f"batches: {k}": v for k, v in stored.items()} if apart else {}
    out |= {f"main: {k}": v for k, v in by_stage.items()}
    if apart:
        out["batches: other"] = batches_cpu - sum(stored.values())
    out["main: other"] = main_cpu - sum(by_stage.values())
    out["workers"] = cpu_total - batches_cpu - main_cpu
    return {k: round(v * 1000 / n, 3) for k, v in out.items()}


def _stage_growth(stages: list[Any]) -> dict[str, Any]:
    """``stage_cpu_s_per_1000`` of :func:`growth` from the child's ``batch_stages`` ((pages
    read, main-process CPU seconds by stage so far) after each batch)."""
    rows = _first_last(stages)
    kept = sorted(
        ((s, r) for s, r in rows.items() if r[1] >= 0.05),
        key=lambda sr: (sr[1][0] - sr[1][1], sr[0]),
    )
    return {"stage_cpu_s_per_1000": dict(kept)} if rows else {}


def _part_growth(parts: list[Any]) -> dict[str, Any]:
    """``parts_per_1000`` of :func:`growth` from the child's ``batch_parts`` ((pages read,
    counts and CPU seconds so far of the templates and recluster stages' parts) after each
    batch): each per 1,000 records, ``[first, last]``; absent for a checkout whose child does
    not record them (``--against`` an older tree)."""
    rows = _first_last(parts)
    return {"parts_per_1000": dict(sorted(rows.items()))} if rows else {}


def _first_last(points_so_far: list[Any]) -> dict[str, list[float]]:
    """Each quantity of ``points_so_far`` ((pages read, {name: total so far}) after each
    batch) per 1,000 records in the batch after the first and in the last: ``{name: [first,
    last]}``; empty with fewer than three batches."""
    points = sorted({int(p): totals for p, totals in points_so_far}.items())
    if len(points) < 3:
        return {}

    def per_1000(name: str, k: int) -> float:
        (p0, before), (p1, after) = points[k - 1], points[k]
        return (after.get(name, 0.0) - before.get(name, 0.0)) / (p1 - p0) * 1000

    names = sorted({name for _, totals in points for name in totals})
    return {
        name: [round(per_1000(name, 1), 3), round(per_1000(name, len(points) - 1), 3)]
        for name in names
    }


def _held(held: list[Any]) -> dict[str, Any]:
    """``held_*`` of :func:`growth` from the child's ``batch_held`` ((pages read, Python's
    allocated blocks, glibc's MB in use or None[, glibc's free MB, Python's arenas MB, each or
    None: not recorded by an older checkout's child]) after each batch): the slopes, MB per
    1,000 records over the second half, of glibc's bytes in use (``held_malloc``), of its free
    bytes (``held_malloc_free``: resident or given back by ``malloc_trim``, an upper bound) and
    of the arenas Python's allocator keeps (``held_python_arenas``, resident): memory freed and
    kept."""
    points = sorted(
        {int(row[0]): tuple(row[1:]) + (None,) * (5 - len(row)) for row in held}.items()
    )
    if len(points) < 4:
        return {}
    half = points[len(points) // 2 :]
    out: dict[str, Any] = {
        "held_python_blocks_k": [round(half[0][1][0] / 1000), round(half[-1][1][0] / 1000)],
    }
    x = np.array([p for p, _ in half], dtype=float) / 1000
    for column, key in (
        (1, "held_malloc_mb_per_1000"),
        (2, "held_malloc_free_mb_per_1000"),
        (3, "held_python_arenas_mb_per_1000"),
    ):
        values = [row[column] for _, row in half]
        if all(v is not None for v in values):
            out[key] = round(float(np.polyfit(x, values, 1)[0]), 2)
    return out


def _ratio(ours: dict[str, Any], theirs: dict[str, Any], key: str) -> float | None:
    if ours.get(key) and theirs.get(key):
        return float(ours[key] / theirs[key])
    return None


def glue_run(n: int) -> dict[str, Any]:
    path = corpus(n)
    db = WORK / "oneday" / f"glue-{n}.db"
    db.unlink(missing_ok=True)
    progress(f"glue script, {n:,} one-day records ...")
    started, cpu = time.perf_counter(), time.process_time()
    clusters = glue.run_on_jsonl_texts([path], db, threshold=0.5, processes=1)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    multi = (
        sum(1 for c in set(clusters.values()) if list(clusters.values()).count(c) > 1)
        if n <= 20_000
        else None
    )
    progress(f"  glue {n:,}: {seconds:.1f}s")
    return {
        "docs": n,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "docs_per_s": n / seconds,
        "multi_clusters": multi,
        "copies": copy_pairs(n, dict(clusters)),
    }


def profile(n: int) -> Path:
    """cProfile of an in-process dedupe (one worker) on the first n records."""
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.pipeline import dedupe

    path = corpus(n)
    db = WORK / "oneday" / f"profile-{n}.db"
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    archive = open_archive(str(db))
    progress(f"cProfile, {n:,} one-day records, one worker ...")
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    dedupe(archive, [str(path)], Config(workers=1))
    profiler.disable()
    seconds = time.perf_counter() - started
    archive.close()
    text = io.StringIO()
    stats = pstats.Stats(profiler, stream=text)
    text.write(f"one-day {n:,} records, workers=1, {seconds:.1f}s under cProfile\n\n")
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(30)
    target = RESULTS / f"oneday-profile-{n}.txt"
    RESULTS.mkdir(parents=True, exist_ok=True)
    target.write_text(text.getvalue())
    progress(f"  {seconds:.1f}s under cProfile → {target}")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="2k and 10k (the default)")
    parser.add_argument("--full", action="store_true", help="2k, 10k and 100k")
    parser.add_argument("--sizes", type=int, nargs="*", default=None)
    parser.add_argument(
        "--glue-docs",
        type=int,
        default=10_000,
        help="run the glue script on the largest size up to this many records "
        "(the smallest when none is; 0: no glue run)",
    )
    parser.add_argument("--workers", type=int, default=None, help="default: the machine's cores")
    parser.add_argument(
        "--against",
        type=Path,
        default=None,
        help="also run each size with the clipper of this checkout (e.g. main "
        "before a change), alternating with this tree: ratios in one run",
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help="each clipper run with an empty cache folder, as a machine's "
        "first run (CLIPPER_CACHE_DIR)",
    )
    parser.add_argument(
        "--fanout",
        action="store_true",
        help="also count each new page's candidates and what became of them (this tree)",
    )
    parser.add_argument(
        "--profile",
        type=int,
        nargs="*",
        default=[],
        help="also write a cProfile of these sizes (one worker, in-process)",
    )
    args = parser.parse_args()
    if not SOURCE.exists():
        print(shared_missing(SOURCE))
        return
    sizes = sorted(args.sizes or ([2_000, 10_000] + ([100_000] if args.full else [])))
    run = Run("oneday")
    for n in args.profile:
        run.data.setdefault("profiles", []).append(str(profile(n)))
    rows, against = [], []
    for n in sizes:
        if args.against:
            against.append(clipper(n, args.workers, args.against, args.cold))
        rows.append(clipper(n, args.workers, cold=args.cold, count_fanout=args.fanout))
    if against:
        run.data["against"] = {"tree": str(args.against), "rows": against}
        for ours, theirs in zip(rows, against, strict=True):
            label = f"one-day {ours['docs']:,}, this tree ÷ {args.against}"
            run.add(
                figure(f"{label}: CPU seconds", _ratio(ours, theirs, "cpu_seconds"), "×"),
                figure(f"{label}: peak RSS", _ratio(ours, theirs, "peak_rss_mb"), "×"),
            )
    glue_n = (
        max([s for s in sizes if s <= args.glue_docs], default=sizes[0]) if args.glue_docs else 0
    )
    glued = glue_run(glue_n) if glue_n else None
    run.data.update(
        {
            "input": f"one-day records recombined from {SOURCE.relative_to(SHARED_DATA)} "
            f"(seed {SEED}, fetched {DAY}), JSONL",
            "rows": rows,
            "glue": glued,
        }
    )
    by_n = {r["docs"]: r for r in rows}
    for r in rows:
        run.add(
            figure(f"one-day {r['docs']:,}: dedupe time", r["seconds"], "s"),
            figure(f"one-day {r['docs']:,}: throughput", r["docs_per_s"], "docs/s"),
            figure(
                f"one-day {r['docs']:,}: peak RSS",
                round(r["peak_rss_mb"], 1),
                "MB",
                f"≤ {TARGET_RSS_MB} MB at 100k" if r["docs"] >= 100_000 else None,
                r["peak_rss_mb"] <= TARGET_RSS_MB if r["docs"] >= 100_000 else None,
            ),
        )
        run.add(
            figure(
                f"one-day {r['docs']:,}: copy pairs together (recall)", r["copies"]["recall"], ""
            )
        )
    largest = rows[-1]
    grown = largest.get("growth", {})
    if largest["docs"] < 100_000 and "projected_peak_rss_10x_mb" in grown:
        n, ten = largest["docs"], 10 * largest["docs"]
        run.add(
            figure(
                f"one-day {n:,}: main-process RSS growth (second half of the run)",
                grown["rss_mb_per_1000"],
                "MB per 1,000 records",
            ),
            figure(
                f"one-day {n:,}: CPU seconds per 1,000 records, first → last batch (all processes)",
                f"{grown['cpu_s_per_1000_first']} → {grown['cpu_s_per_1000_last']}",
                "s",
            ),
            figure(
                f"projected one-day {ten:,}: peak RSS, from the {n:,} run's slope "
                "(a projection, not a measurement)",
                grown["projected_peak_rss_10x_mb"],
                "MB",
                f"≤ {TARGET_RSS_MB} MB at 100k" if ten == 100_000 else None,
                grown["projected_peak_rss_10x_mb"] <= TARGET_RSS_MB if ten == 100_000 else None,
            ),
            figure(
                f"projected one-day t({ten // 1000}k) ÷ (10 × t({n // 1000}k)), from the "
                f"{n:,} run's CPU cost per batch (a projection, not a measurement)",
                grown["projected_linearity_10x"],
                "×",
                f"≤ {TARGET_LINEAR}",
                grown["projected_linearity_10x"] <= TARGET_LINEAR,
            ),
        )
    for small, big in ((2_000, 10_000), (10_000, 100_000)):
        if small in by_n and big in by_n:
            ratio = by_n[big]["seconds"] / (big / small * by_n[small]["seconds"])
            run.add(
                figure(
                    f"one-day t({big // 1000}k) ÷ ({big // small} × t({small // 1000}k))",
                    ratio,
                    "×",
                    f"≤ {TARGET_LINEAR}",
                    ratio <= TARGET_LINEAR,
                )
            )
            if by_n[small].get("cpu_seconds") and by_n[big].get("cpu_seconds"):
                # On a busy machine each run gets a share of the cores, whatever its size:
                # the wall ratio drifts towards 1 and only the CPU ratio still compares.
                cpu = by_n[big]["cpu_seconds"] / (big / small * by_n[small]["cpu_seconds"])
                run.add(
                    figure(
                        f"one-day CPU seconds, {big // 1000}k ÷ ({big // small} × "
                        f"{small // 1000}k), all processes",
                        cpu,
                        "×",
                        f"≤ {TARGET_LINEAR}",
                        cpu <= TARGET_LINEAR,
                    )
                )
    if glued is not None and glue_n in by_n:
        speedup = glued["seconds"] / by_n[glue_n]["seconds"]
        run.add(
            figure(f"one-day {glue_n:,}: glue script time", glued["seconds"], "s"),
            figure(
                f"one-day {glue_n:,}: clipper speed ÷ glue script speed",
                speedup,
                "×",
                f"≥ {TARGET_GLUE}",
                speedup >= TARGET_GLUE,
            ),
        )
        if by_n[glue_n].get("cpu_seconds"):
            ratio = glued["cpu_seconds"] / by_n[glue_n]["cpu_seconds"]
            run.add(
                figure(
                    f"one-day {glue_n:,}: glue script CPU seconds ÷ clipper's (all its processes)",
                    ratio,
                    "×",
                )
            )
    path = run.write()
    print(
        table(
            [
                [
                    f"{r['docs']:,}",
                    fmt(r["seconds"], 1),
                    fmt(r.get("cpu_seconds"), 1),
                    fmt(r["docs_per_s"], 0),
                    fmt(r["peak_rss_mb"], 0),
                    r["stored"],
                    r["new_clusters"],
                    r["new_stories"],
                    f"{r['first_s_per_1000']} → {r['last_s_per_1000']}",
                    fmt(r.get("archive_mb"), 1),
                ]
                for r in rows
            ],
            [
                "records",
                "seconds",
                "CPU s",
                "docs/s",
                "peak RSS MB",
                "stored",
                "new clusters",
                "new stories",
                "s/1000 first→last 10%",
                "archive MB",
            ],
        )
    )
    for ours, theirs in zip(rows, against, strict=False):
        print(
            f"{ours['docs']:,} against {args.against}: seconds {fmt(theirs['seconds'], 1)} → "
            f"{fmt(ours['seconds'], 1)}, CPU s {fmt(theirs.get('cpu_seconds'), 1)} → "
            f"{fmt(ours.get('cpu_seconds'), 1)}, peak RSS MB {fmt(theirs['peak_rss_mb'], 0)} → "
            f"{fmt(ours['peak_rss_mb'], 0)}, RSS MB per 1,000 records "
            f"{theirs['growth'].get('rss_mb_per_1000')} → {ours['growth'].get('rss_mb_per_1000')}"
            f", archive MB {theirs.get('archive_mb')} → {ours.get('archive_mb')}"
            f", clusters {theirs['new_clusters']} → {ours['new_clusters']}, stories "
            f"{theirs['new_stories']} → {ours['new_stories']}, same archive (pages, "
            f"clusters, canonicals, stories): "
            f"{'yes' if theirs['partition'] == ours['partition'] else 'NO'}"
        )
    for r in rows:
        print(
            f"main process, seconds per 1,000 records, {r['docs']:,}: "
            + ", ".join(f"{k} {v:.2f}" for k, v in r["stage_s_per_1000"].items() if v >= 0.01)
        )
    sized = [r for r in rows if r.get("stage_cpu_s_per_1000")]
    if sized:
        names = {k for r in sized for k in r["stage_cpu_s_per_1000"]}
        shown = sorted(
            (k for k in names if max(r["stage_cpu_s_per_1000"].get(k, 0.0) for r in sized) >= 0.05),
            key=lambda k: -sized[-1]["stage_cpu_s_per_1000"].get(k, 0.0),
        )
        print("CPU seconds per 1,000 records by stage and size, every process (this tree):")
        print(
            table(
                [
                    [k, *(fmt(r["stage_cpu_s_per_1000"].get(k, 0.0), 3) for r in sized)]
                    for k in shown
                ]
                + [["all", *(fmt(sum(r["stage_cpu_s_per_1000"].values()), 3) for r in sized)]],
                ["stage", *(f"{r['docs']:,}" for r in sized)],
            )
        )
    for r in rows:
        grown = r.get("growth", {})
        print(
            f"growth along the {r['docs']:,} run: "
            + ", ".join(
                f"{k} {v}"
                for k, v in grown.items()
                if k not in ("stage_cpu_s_per_1000", "parts_per_1000")
            )
        )
        if grown.get("stage_cpu_s_per_1000"):
            print(
                f"main process, CPU s per 1,000 records by stage, first → last batch, "
                f"{r['docs']:,}: "
                + ", ".join(f"{k} {a} → {b}" for k, (a, b) in grown["stage_cpu_s_per_1000"].items())
            )
        if grown.get("parts_per_1000"):
            print(
                f"templates and recluster, per 1,000 records, first → last batch, "
                f"{r['docs']:,}: "
                + ", ".join(f"{k} {a} → {b}" for k, (a, b) in grown["parts_per_1000"].items())
            )
    for r in rows:
        if "fanout" not in r:
            continue
        spread = r["fanout"]
        print(
            f"fan-out, {r['docs']:,} records: {spread['pairs']:,} candidate pairs verified, "
            f"{spread['matches']:,} matches, over {spread['pages']:,} pages; per new page "
            "(mean / p50 / p90 / p99 / max):"
        )
        print(
            table(
                [
                    [name, part, *(fmt(v, 2) for v in spread[part][name])]
                    for name in spread["all"]
                    for part in ("all", "first", "last")
                ],
                ["per page", "pages", "mean", "p50", "p90", "p99", "max"],
            )
        )
    if glued is not None:
        print(
            f"glue script ({glue_n:,}): {glued['seconds']:.1f}s "
            f"({glued['cpu_seconds']:.1f} CPU s), {glued['docs_per_s']:.0f} docs/s"
        )
    glue_copies = [] if glued is None else [(f"glue @0.5 {glue_n:,}", glued["copies"])]
    for who, copies in [*((f"clipper {r['docs']:,}", r["copies"]) for r in rows), *glue_copies]:
        print(
            f"copy pairs, {who}: {copies['found']:,} of {copies['copy_pairs']:,} together "
            f"(recall {fmt(copies['recall'])}); other pairs together "
            f"{copies['other_pairs_together']:,}"
        )
    for f in run.data["figures"]:
        if f["target"]:
            print(
                f"{f['figure']}: {fmt(f['value'])} {f['unit']} (target {f['target']}: "
                f"{'met' if f['met'] else 'NOT met'})"
            )
    print(f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; wrote {path}")


if __name__ == "__main__":
    main()
