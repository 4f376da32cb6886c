"""Speed: clipper end to end against trafilatura alone and against the glue script.

    python bench/speed.py [--quick] [--full] [--html-only] [--html-pages N] [--text-docs N]
                          [--rounds R] [--against DIR]

(a) **HTML** (needs ``../shared``): Zyte benchmark pages (with their ground-truth URL) + Fundus
    news pages (crawl URL), written as ONE JSONL file of ``{"url", "html"}`` records under
    ``bench/.work/speed/``.  trafilatura alone = read that file, then clipper's exact call
    (:func:`clipper.clean.extract_html` with the page's bytes and URL) per page, one process.
    clipper = ``dedupe`` of the file into a fresh archive (archive creation not timed; one page
    cleaned first, untimed, as trafilatura alone gets one warm-up call) with 1 and with 2
    cleaning workers.  Every run of either is a fresh process of its own: trafilatura and
    htmldate keep memo caches keyed by a page's strings, and a second round in a warm process
    would meet its pages already parsed (before 2026-12-02, trafilatura alone ran in the
    bench's own process and met them in its second round; clipper never did).
    Control: trafilatura alone in a ``multiprocessing.Pool(2)``
    (the speed-up this shared machine allows at the moment).  Besides wall times, the CPU
    seconds of each system (its process and reaped workers; least of the rounds), which a
    loaded machine moves much less: clipper's CPU over trafilatura's is what clipper adds.
    Targets (issue 10): clipper
    (1 worker) ≤ 1.10 × trafilatura alone; clipper (2 workers) ≤ 0.60 × trafilatura alone in
    one process.  Each system runs ``--rounds`` times (default 2), interleaved, and the
    fastest run counts.  Then what clipper adds to trafilatura in a worker, stage by stage, in
    one process on the same pages (:func:`worker_breakdown`): clipper's post-clean and
    metadata, fingerprints, story vectors, and pickling the results to the main process.
    ``--against DIR``: each clipper run is also made with the clipper of the checkout ``DIR``
    (a baseline tree, its own ``clipper`` package first on the path), the two trees' runs
    interleaved with the one trafilatura-alone
    baseline of each round; the archives the two trees stored are compared by a digest
    (:func:`archive_digest`: every page's text, title, author, dates, language, site and
    signature, the rejections, clusters with their canonicals, stories and story vectors):
    "same archive" means the change left every stored result as it was.  (The per-stage
    breakdown of a worker, before and after, is ``bench/worker_stages.py --corpora html``.)
(b) **Text dumps**: generated seed-shaped documents (``bench/synth.py``, 30 % copies) in ONE
    JSONL file (``text`` field, plus url and site).  clipper ``dedupe`` (2 workers, then 1)
    vs the glue script (``bench/glue.py``: raw text, word 5-shingles, datasketch MinHash per doc
    with ``update_batch``, MinHashLSH threshold 0.8 insert/query, union-find, sqlite3
    ``executemany``), single process and with a 2-process Pool for the MinHash stage.
    Targets: ≥ 5,000 docs/s on 2 cores and ≥ 10× the glue script.
    A cProfile of clipper (1 worker, in-process) on the first 5,000 documents is written to
    ``bench/results/speed-profile.txt``.
(c) **MinHash**: ``MinHasher.signatures`` over pre-shingled documents (clipper's shingle hashes
    of the generated documents) vs datasketch per document,
    ``MinHash(num_perm=128, seed=1, scheme="affine32", hashfunc=int).update_batch(shingles)``
    (the scheme clipper uses); signatures compared bit for bit on a sample of 500.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gzip
import io
import json
import pstats
import re
import sys
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import glue
import synth
from _common import (
    RESULTS,
    SHARED_DATA,
    WORK,
    Run,
    archive_digest,
    figure,
    fmt,
    fresh_dir,
    loadavg,
    progress,
    shared_missing,
    table,
)

# The tree these scripts belong to (its clipper is the one measured; --against adds another).
BENCH_TREE = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------- helpers


def clipper_run(
    inputs: list[Path],
    db: Path,
    workers: int,
    warm: bool = False,
    cpu: list[float] | None = None,
) -> tuple[float, Any]:
    """``dedupe`` of ``inputs`` into a fresh archive, timed.  ``warm``: first clean one page in
    this process (lazy imports and model loads, 1.4 s on a loaded machine; worker processes
    fork from it and inherit them), as :func:`trafilatura_alone` does before its clock starts,
    so neither side's one-time warm-up is timed.  ``cpu``: append the run's CPU seconds (see
    :func:`_cpu`)."""
    from clipper.archive import open_archive
    from clipper.config import Config
    from clipper.pipeline import dedupe

    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    if warm:
        from clipper.read import read_pages
        from clipper.workers import prepare

        config = Config()
        prepare(
            list(
                islice(read_pages([str(p) for p in inputs], config.read, lambda rejection: None), 1)
            ),
            config,
        )
    archive = open_archive(str(db))
    started = time.perf_counter()
    with _cpu([] if cpu is None else cpu):
        summary = dedupe(archive, [str(p) for p in inputs], Config(workers=workers))
    elapsed = time.perf_counter() - started
    archive.close()
    return elapsed, summary


def clipper_child(src: str, corpus: str, workers: int, db: str) -> dict[str, Any]:
    """One timed ``dedupe`` (:func:`clipper_run`, warmed) with the clipper of the tree ``src``,
    in this process (started for it: ``--_clipper``)."""
    sys.path.insert(0, src)
    import clipper

    cpu: list[float] = []
    seconds, summary = clipper_run([Path(corpus)], Path(db), workers, warm=True, cpu=cpu)
    return {
        "seconds": seconds,
        "cpu": cpu[0],
        "stored": summary.stored,
        "skipped": summary.skipped_total,
        "digest": archive_digest(Path(db)),
        "clipper": clipper.__file__,
    }


def _in_a_process(*args: str) -> dict[str, Any]:
    """This script run again with ``args`` (a hidden ``--_clipper`` / ``--_trafilatura``
    mode), in a fresh process: the JSON document its last line prints."""
    import subprocess

    proc = subprocess.run(
        [sys.executable, __file__, *args], stdout=subprocess.PIPE, text=True, check=True
    )
    out: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return out


def clipper_in_tree(tree: Path, corpus: Path, workers: int, db: Path) -> dict[str, Any]:
    """:func:`clipper_child` in a process of its own; checks it ran ``tree``'s clipper."""
    out = _in_a_process("--_clipper", str(tree), str(corpus), str(workers), str(db))
    if not out["clipper"].startswith(str(tree)):
        raise SystemExit(f"{tree} ran the clipper of {out['clipper']}")
    return out


# --------------------------------------------------------------------------- (a) HTML


def html_corpus(limit: int | None) -> Path:
    """One JSONL file of ``{"url", "html"}`` records (Zyte pages with their ground-truth URL,
    Fundus pages with their crawl URL): clipper reads the same URL the baseline is given."""
    folder = WORK / "speed"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "html-pages.jsonl"
    truth = json.loads((SHARED_DATA / "zyte-article-extraction" / "ground-truth.json").read_text())
    zyte = sorted((SHARED_DATA / "zyte-article-extraction" / "html").glob("*.html.gz"))
    half = None if limit is None else limit // 2
    written = 0
    with open(target, "w", encoding="utf-8") as out:
        for path in zyte[:half]:
            page_id = path.name.removesuffix(".html.gz")
            html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
            out.write(json.dumps({"url": truth.get(page_id, {}).get("url"), "html": html}) + "\n")
            written += 1
        with gzip.open(SHARED_DATA / "fundus-news-pages" / "pages.jsonl.gz", "rt") as f:
            for line in f:
                if limit is not None and written >= limit:
                    break
                record = json.loads(line)
                out.write(json.dumps({"url": record["url"], "html": record["html"]}) + "\n")
                written += 1
    return target


def _records(path: Path) -> list[tuple[str | None, bytes]]:
    with open(path, encoding="utf-8") as f:
        return [(r["url"], r["html"].encode("utf-8")) for r in map(json.loads, f)]


def trafilatura_alone(path: Path, cpu: list[float] | None = None) -> tuple[float, int]:
    """Read the JSONL, then clipper's exact call per page (bytes, url), one process.
    ``cpu``: append the CPU seconds after the warm-up (see :func:`_cpu`)."""
    from clipper.clean import extract_html

    extract_html(_records(path)[0][1], None)  # warm-up: lazy imports
    started = time.perf_counter()
    found = 0
    with _cpu([] if cpu is None else cpu):
        for url, body in _records(path):
            doc = extract_html(body, url)
            found += bool(doc is not None and doc.text)
    return time.perf_counter() - started, found


def trafilatura_in_a_process(path: Path) -> dict[str, Any]:
    """:func:`trafilatura_alone` in a process of its own (``--_trafilatura``), as every
    clipper run is: trafilatura and htmldate keep memo caches (``functools.lru_cache``) keyed
    by a page's strings, so a second round in one process meets its pages already parsed,
    which a fresh clipper process never does."""
    return _in_a_process("--_trafilatura", str(path))


def _extract(record: tuple[str | None, bytes]) -> bool:
    from clipper.clean import extract_html

    doc = extract_html(record[1], record[0])
    return bool(doc is not None and doc.text)


def trafilatura_pool(path: Path, processes: int) -> float:
    """Control: trafilatura alone in a plain Pool — this machine's scaling ceiling right now."""
    import multiprocessing

    records = _records(path)
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        pool.map(_extract, records[:processes])  # warm-up
        started = time.perf_counter()
        pool.map(_extract, records, chunksize=4)
        return time.perf_counter() - started


_JA_KO = re.compile(r"[\uac00-\ud7af\u3040-\u30ff]")


def _clipper_survives(corpus: Path) -> str | None:
    """None if clipper processes the corpus; else the error (type and message)."""
    try:
        clipper_run([corpus], WORK / "speed" / "html-probe.db", 2)
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return None


def bench_html(
    run: Run, limit: int | None, rounds: int, against: Path | None = None
) -> dict[str, Any]:
    corpus = html_corpus(limit)
    n = len(_records(corpus))
    notes: dict[str, Any] = {}
    error = _clipper_survives(corpus)
    if error:
        # Record the failure, then measure on the pages without Japanese/Korean script.
        kept = [(u, b) for u, b in _records(corpus) if not _JA_KO.search(b.decode("utf-8"))]
        notes = {
            "clipper_error_on_all_pages": error,
            "pages_before": n,
            "excluded_pages_with_japanese_or_korean_script": n - len(kept),
        }
        progress(
            f"  clipper FAILED on the full page set ({error}); measuring without the "
            f"{n - len(kept)} pages in Japanese/Korean script"
        )
        with open(corpus, "w", encoding="utf-8") as out:
            for url, body in kept:
                out.write(json.dumps({"url": url, "html": body.decode("utf-8")}) + "\n")
        n = len(kept)
        run.add(
            figure("HTML: clipper dedupe on all Zyte+Fundus pages", "crashed", "", "runs", False)
        )
    progress(f"(a) HTML: {n} pages, {rounds} round(s)")
    times: dict[str, list[float]] = {
        "trafilatura": [],
        "trafilatura_pool_2": [],
        "clipper_1": [],
        "clipper_2": [],
    }
    # CPU seconds of every process of each system (this one and its reaped workers): on a
    # shared machine the wall times above depend on the others' load, the CPU much less.
    cpu: dict[str, list[float]] = {key: [] for key in times}
    stored: dict[str, int] = {}
    digests: dict[str, set[str]] = {}
    for r in range(rounds):
        alone = trafilatura_in_a_process(corpus)
        times["trafilatura"].append(alone["seconds"])
        cpu["trafilatura"].append(alone["cpu"])
        progress(
            f"  round {r + 1}: trafilatura alone {alone['seconds']:.1f}s, CPU "
            f"{alone['cpu']:.1f}s ({alone['found']} with text)"
        )
        with _cpu(cpu["trafilatura_pool_2"]):
            t = trafilatura_pool(corpus, 2)
        times["trafilatura_pool_2"].append(t)
        progress(f"  round {r + 1}: trafilatura alone, Pool(2) {t:.1f}s")
        for workers in (1, 2):
            trees = [("", BENCH_TREE)] + ([("_before", against)] if against else [])
            for tree_name, tree in trees:
                key = f"clipper_{workers}{tree_name}"
                ran = clipper_in_tree(
                    tree, corpus, workers, WORK / "speed" / f"html-{workers}{tree_name}.db"
                )
                times.setdefault(key, []).append(ran["seconds"])
                cpu.setdefault(key, []).append(ran["cpu"])
                stored[key] = ran["stored"]
                digests.setdefault(key, set()).add(ran["digest"])
                progress(
                    f"  round {r + 1}: clipper {workers} worker(s) {tree_name[1:] or 'this'}"
                    f" {ran['seconds']:.1f}s, CPU {ran['cpu']:.1f}s ({ran['stored']} stored,"
                    f" {ran['skipped']} skipped; archive {ran['digest']})"
                )
    if against is None:
        breakdown = worker_breakdown(corpus)
        write_profile(
            RESULTS / "speed-html-profile.txt",
            f"dedupe(), 1 worker, {n} HTML pages (Zyte + Fundus JSONL)",
            lambda: clipper_run([corpus], WORK / "speed" / "html-profile.db", 1),
        )
    best = {k: min(v) for k, v in times.items()}
    ratio1 = best["clipper_1"] / best["trafilatura"]
    ratio2 = best["clipper_2"] / best["trafilatura"]
    scaling = best["clipper_1"] / best["clipper_2"]
    ceiling = best["trafilatura"] / best["trafilatura_pool_2"]
    least_cpu = {k: min(v) for k, v in cpu.items()}
    run.add(
        figure(
            "HTML: CPU seconds, clipper (1 worker) / trafilatura alone",
            least_cpu["clipper_1"] / least_cpu["trafilatura"],
            "×",
        ),
        figure(
            "HTML: CPU seconds, clipper (2 workers, all processes) / trafilatura alone",
            least_cpu["clipper_2"] / least_cpu["trafilatura"],
            "×",
        ),
    )
    run.add(
        figure(
            "HTML: clipper (1 worker) time / trafilatura alone",
            ratio1,
            "×",
            "≤ 1.10",
            ratio1 <= 1.10,
        ),
        figure(
            "HTML: clipper (2 workers) time / trafilatura alone (1 process)",
            ratio2,
            "×",
            "≤ 0.60",
            ratio2 <= 0.60,
        ),
        figure("HTML: clipper 2 workers vs 1 worker speed-up", scaling, "×"),
        figure("HTML: control, trafilatura alone Pool(2) vs 1 process", ceiling, "×"),
        figure("HTML: trafilatura alone", n / best["trafilatura"], "pages/s"),
        figure("HTML: clipper, 1 worker", n / best["clipper_1"], "pages/s"),
        figure("HTML: clipper, 2 workers", n / best["clipper_2"], "pages/s"),
    )
    if against is not None:
        for workers in (1, 2):
            before = f"clipper_{workers}_before"
            run.add(
                figure(
                    f"HTML: before ({against}), clipper ({workers} worker"
                    f"{'s' if workers > 1 else ''}) time / trafilatura alone",
                    best[before] / best["trafilatura"],
                    "×",
                ),
                figure(
                    f"HTML: before, CPU seconds, clipper ({workers}) / trafilatura alone",
                    least_cpu[before] / least_cpu["trafilatura"],
                    "×",
                ),
                figure(
                    f"HTML: CPU seconds, clipper ({workers}) this ÷ before",
                    least_cpu[f"clipper_{workers}"] / least_cpu[before],
                    "×",
                ),
            )
        every = {d for found in digests.values() for d in found}
        run.add(
            figure(
                "HTML: same archive as before (1 and 2 workers, every round)",
                str(len(every) == 1),
                "",
            )
        )
        return {
            "pages": n,
            "seconds": times,
            "best_seconds": best,
            "cpu_seconds": cpu,
            "stored": stored,
            "against": str(against),
            "archive_digests": {k: sorted(v) for k, v in digests.items()},
            "clipper1_over_trafilatura": ratio1,
            "clipper2_over_trafilatura": ratio2,
            "speedup_2_workers": scaling,
            "control_trafilatura_pool2_speedup": ceiling,
            **notes,
        }
    extract = breakdown["trafilatura_s"]
    for stage in (
        "post_clean_s",
        "fingerprint_s",
        "story_vectors_s",
        "story_vectors_warm_s",
        "pickle_s",
    ):
        run.add(
            figure(
                f"HTML worker: {stage[:-2].replace('_', ' ')} ÷ trafilatura",
                breakdown[stage] / extract,
                "×",
            )
        )
    return {
        "pages": n,
        "seconds": times,
        "best_seconds": best,
        "cpu_seconds": cpu,
        "stored": stored,
        "worker_breakdown": breakdown,
        "clipper1_over_trafilatura": ratio1,
        "clipper2_over_trafilatura": ratio2,
        "speedup_2_workers": scaling,
        "control_trafilatura_pool2_speedup": ceiling,
        **notes,
    }


@contextlib.contextmanager
def _cpu(into: list[float]) -> Any:
    """Append the CPU seconds (user + system) this process and its reaped children spent in
    the ``with`` block to ``into``."""
    import resource

    def total() -> float:
        own = resource.getrusage(resource.RUSAGE_SELF)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    started = total()
    yield
    into.append(total() - started)


def worker_breakdown(corpus: Path) -> dict[str, float]:
    """Seconds of each part of a worker's job on ``corpus``, in this one process: trafilatura
    (clipper's call), the rest of ``clean_page`` (post-clean, metadata, language), fingerprints
    (``fingerprint_texts``), story vectors (``vectorize``: a first pass as a fresh worker pays
    it, with its table loads, and a second, warm one), and pickling the results both ways
    (what ``multiprocessing`` does between a worker and the main process)."""
    import pickle

    from clipper.clean import clean_page, extract_html
    from clipper.config import Config
    from clipper.fingerprint import MinHasher, fingerprint_texts
    from clipper.page import Article
    from clipper.read import read_pages
    from clipper.stories import vectorize
    from clipper.workers import prepare

    config = Config(workers=1)
    pages = list(read_pages([corpus], config.read, lambda rejection: None))
    extract_html_warm = clean_page(pages[0], config.clean)  # lazy imports
    del extract_html_warm
    out: dict[str, float] = {}
    started = time.perf_counter()
    for page in pages:
        with contextlib.suppress(Exception):  # a page trafilatura fails on costs what it cost
            extract_html(page.body, page.url, page.fetched_at)
    out["trafilatura_s"] = time.perf_counter() - started
    started = time.perf_counter()
    cleaned = [clean_page(page, config.clean) for page in pages]
    out["post_clean_s"] = max(0.0, time.perf_counter() - started - out["trafilatura_s"])
    articles = [a for a in cleaned if isinstance(a, Article)]
    hasher = MinHasher(config.fingerprint)
    started = time.perf_counter()
    fingerprint_texts([a.text for a in articles], hasher)
    out["fingerprint_s"] = time.perf_counter() - started
    started = time.perf_counter()
    for a in articles:
        vectorize(a.title, a.text, a.language, config.stories)
    out["story_vectors_s"] = time.perf_counter() - started  # as a fresh worker pays it
    started = time.perf_counter()
    for a in articles:
        vectorize(a.title, a.text, a.language, config.stories)
    out["story_vectors_warm_s"] = time.perf_counter() - started  # tables already loaded
    results = prepare(pages[:50], config)
    started = time.perf_counter()
    blob = pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)
    pickle.loads(blob)
    out["pickle_s"] = (time.perf_counter() - started) * len(pages) / max(1, len(results))
    out["pickle_bytes_per_page"] = len(blob) / max(1, len(results))
    out["pages"] = len(pages)
    progress("  worker breakdown (s): " + ", ".join(f"{k} {v:.2f}" for k, v in out.items()))
    return out


# --------------------------------------------------------------------------- (b) text


def bench_text(run: Run, n_docs: int, glue_pool: bool) -> dict[str, Any]:
    folder = fresh_dir("speed-text")
    progress(f"(b) text dumps: generating {n_docs:,} documents ...")
    files = synth.write_jsonl(folder / "docs.jsonl", n_docs, seed=42)
    out: dict[str, Any] = {
        "docs": n_docs,
        "input": "one JSONL file, text field (seed-shaped)",
        "input_mb": round(files[0].stat().st_size / 2**20, 1),
    }
    for workers in (2, 1):
        t, summary = clipper_run(files, folder / f"clipper-{workers}.db", workers)
        out[f"clipper_{workers}"] = {
            "seconds": t,
            "docs_per_s": n_docs / t,
            "stored": summary.stored,
            "clusters": summary.new_clusters,
        }
        progress(f"  clipper {workers} worker(s): {t:.1f}s, {n_docs / t:.0f} docs/s")
    for processes in (1, 2) if glue_pool else (1,):
        db = folder / f"glue-{processes}.db"
        started = time.perf_counter()
        clusters = glue.run_on_jsonl_texts(files, db, 0.8, processes)
        t = time.perf_counter() - started
        out[f"glue_{processes}"] = {
            "seconds": t,
            "docs_per_s": n_docs / t,
            "clusters": len(set(clusters.values())),
        }
        progress(f"  glue ({processes} process(es)): {t:.1f}s, {n_docs / t:.0f} docs/s")
    c2 = out["clipper_2"]["docs_per_s"]
    g1 = out["glue_1"]["docs_per_s"]
    run.add(
        figure(
            f"text: clipper end to end, 2 workers ({n_docs:,} docs)",
            c2,
            "docs/s",
            "≥ 5000",
            c2 >= 5000,
        ),
        figure("text: clipper end to end, 1 worker", out["clipper_1"]["docs_per_s"], "docs/s"),
        figure("text: glue script, 1 process", g1, "docs/s"),
        figure("text: clipper (2 workers) / glue (1 process)", c2 / g1, "×", "≥ 10", c2 / g1 >= 10),
    )
    if "glue_2" in out:
        g2 = out["glue_2"]["docs_per_s"]
        run.add(
            figure("text: glue script, 2-process MinHash", g2, "docs/s"),
            figure(
                "text: clipper (2 workers) / glue (2 processes)",
                c2 / g2,
                "×",
                "≥ 10",
                c2 / g2 >= 10,
            ),
        )
    # profile (1 worker, in-process) on the first 5,000 documents
    head = folder / "head.jsonl"
    n_profiled = 0
    with open(files[0]) as src, open(head, "w") as dst:
        for line in src:
            if n_profiled >= 5000:
                break
            dst.write(line)
            n_profiled += 1
    write_profile(
        RESULTS / "speed-profile.txt",
        f"dedupe(), 1 worker, {n_profiled:,} generated text docs",
        lambda: clipper_run([head], folder / "profile.db", 1),
    )
    return out


def write_profile(path: Path, what: str, job: Callable[[], Any]) -> None:
    """cProfile ``job`` (in-process) into ``path``: by cumulative, then by own time."""
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    job()
    profiler.disable()
    elapsed = time.perf_counter() - started
    buffer = io.StringIO()
    buffer.write(f"cProfile of {what}: {elapsed:.1f}s under profile; loadavg {loadavg()}\n")
    pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(45)
    buffer.write("\n=== by tottime ===\n")
    pstats.Stats(profiler, stream=buffer).sort_stats("tottime").print_stats(25)
    path.write_text(buffer.getvalue())


# --------------------------------------------------------------------------- (c) MinHash


def bench_minhash(run: Run, n_docs: int) -> dict[str, Any]:
    import numpy as np
    from datasketch import MinHash

    from clipper.config import FingerprintConfig
    from clipper.fingerprint import MinHasher, shingle_hashes, words

    config = FingerprintConfig()
    docs = [
        shingle_hashes(words(r["text"]), config.shingle_words)
        for r, _, _ in synth.documents(n_docs, seed=99)
    ]
    lists = [d.tolist() for d in docs]
    shingles = sum(len(d) for d in docs)
    progress(f"(c) MinHash: {n_docs:,} docs, {shingles:,} shingles")
    hasher = MinHasher(config)
    started = time.perf_counter()
    ours = hasher.signatures(docs)
    t_ours = time.perf_counter() - started
    started = time.perf_counter()
    theirs = []
    for shingle_list in lists:
        m = MinHash(num_perm=config.num_perm, seed=config.seed, scheme="affine32", hashfunc=int)
        m.update_batch(shingle_list)
        theirs.append(m.hashvalues)
    t_theirs = time.perf_counter() - started
    sample = range(0, n_docs, max(1, n_docs // 500))
    identical = all(np.array_equal(ours[i], theirs[i]) for i in sample)
    identical_all = bool(np.array_equal(ours, np.vstack(theirs)))
    speedup = t_theirs / t_ours
    run.add(
        figure("MinHash: clipper MinHasher.signatures", n_docs / t_ours, "docs/s"),
        figure("MinHash: datasketch MinHash.update_batch per doc", n_docs / t_theirs, "docs/s"),
        figure("MinHash: clipper / datasketch", speedup, "×"),
        figure(
            "MinHash: bit-identical signatures (all docs)",
            str(identical_all),
            "",
            "True",
            identical_all,
        ),
    )
    return {
        "docs": n_docs,
        "shingles": shingles,
        "clipper_seconds": t_ours,
        "datasketch_seconds": t_theirs,
        "speedup": speedup,
        "identical_sample": identical,
        "identical_all": identical_all,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="default sizes")
    parser.add_argument("--full", action="store_true", help="all HTML pages, 50k docs")
    parser.add_argument("--html-pages", type=int, default=None)
    parser.add_argument("--text-docs", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--no-glue-pool", action="store_true")
    parser.add_argument(
        "--html-only",
        action="store_true",
        help="only (a), written to bench/results/speed-html.json",
    )
    parser.add_argument(
        "--against",
        type=Path,
        default=None,
        help="(a) also with the clipper of this checkout, interleaved",
    )
    parser.add_argument("--_clipper", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--_trafilatura", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._trafilatura:
        cpu: list[float] = []
        seconds, found = trafilatura_alone(Path(args._trafilatura), cpu)
        print(json.dumps({"seconds": seconds, "cpu": cpu[0], "found": found}))
        return
    if args._clipper:
        src, corpus, workers, db = args._clipper
        print(json.dumps(clipper_child(src, corpus, int(workers), db)))
        return
    html_pages = args.html_pages or (None if args.full else 160)
    text_docs = args.text_docs or (50_000 if args.full else 20_000)
    rounds = args.rounds or 2
    run = Run("speed-html" if args.html_only else "speed")
    results: dict[str, Any] = {}
    if SHARED_DATA.exists():
        against = args.against.resolve() if args.against else None
        results["html"] = bench_html(run, html_pages, rounds, against)
    else:
        progress("(a) " + shared_missing(SHARED_DATA))
        if args.html_only:
            print(shared_missing(SHARED_DATA))
            return
    if not args.html_only:
        results["text"] = bench_text(run, text_docs, not args.no_glue_pool)
        results["minhash"] = bench_minhash(run, 5000 if not args.full else 20000)
    run.data["results"] = results
    run.data["glue_shingles"] = glue.SHINGLES
    run.data["vocabulary"] = synth.VOCABULARY
    path = run.write()
    print(
        table(
            [
                [
                    f["figure"],
                    fmt(f["value"]),
                    f["unit"],
                    f["target"] or "",
                    "" if f["met"] is None else ("yes" if f["met"] else "NO"),
                ]
                for f in run.data["figures"]
            ],
            ["figure", "value", "unit", "target", "met"],
        )
    )
    print(f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; wrote {path}")


if __name__ == "__main__":
    main()
