"""The parallel stages of ``clipper dedupe``: cleaning pages and verifying candidate pairs.

Both are pure functions of their input (a page; a pair of pages), so they run in worker
processes and their results come back in input order: any worker count gives the same archive.
Two pools, because they are fed at different times: the cleaning pool works on batch k+1 while
the main process stores batch k, and batch k's verification must not queue behind that
cleaning (``multiprocessing`` runs a pool's tasks first come, first served).  On two cores the
processes share the cores; what counts is that no core waits while work is queued.
"""

from __future__ import annotations

import functools
import multiprocessing
import signal
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from clipper.clean import clean_page
from clipper.config import Config, FingerprintConfig, MatchConfig
from clipper.fingerprint import Fingerprint, MinHasher, fingerprint_texts
from clipper.match import Candidate, Edge, verify
from clipper.page import Article, RawPage, Rejection
from clipper.searchtext import search_text
from clipper.stories import Vector, vectorize
from clipper.templates import short_line_keys

# Fewer candidate pairs than this are verified in the main process: sending them costs more
# than verifying them (~50-150 µs a pair on the one-day corpus).
PARALLEL_VERIFY_MIN_PAIRS = 2_000
# Bytes of page bodies per task sent to the cleaning workers.  Pages are sent as they are
# read, a task at a time, so workers start on a batch while the main process still reads it
# (an HTML dump costs ~3 ms a page to read and hash: 0.5 s of 160 Zyte/Fundus pages that no
# worker used to overlap).  Small enough that the last tasks of a batch end close together (an
# HTML page costs 10-1,000 ms to clean: ~2 pages a task; 160 pages in 8 chunks once left one
# worker idle for seconds), large enough that sending a task (~0.1 ms) stays small beside
# cleaning it (a text dump of ~5 KB costs ~1.5 ms: ~50 dumps a task).
CHUNK_BYTES = 256 * 1024
# Verification chunks per worker: each chunk carries the shingles of the pages its pairs name,
# so fewer chunks pickle less (46,610 pairs of 1,996 pages: 1, 4, 16 a worker took 11.3, 16.1,
# 16.0 s on 2 workers at load 8; serial 18.6 s).
VERIFY_CHUNKS_PER_WORKER = 1


@dataclass(slots=True)
class Prepared:
    """A cleaned and fingerprinted page, as the worker processes hand it back."""

    article: Article
    fingerprint: Fingerprint
    story_vector: Vector
    # Keys of the text's short furniture-shaped lines (templates.short_line_keys): the lines
    # that can be a site's template, counted and cut in the main process.
    line_keys: set[int]
    # The full-text index's title and body (searchtext.search_text); the body is recomputed
    # in the main process when site-template lines are cut from the text.
    search_title: str
    search_body: str


_worker_hashers: dict[FingerprintConfig, MinHasher] = {}


def prepare(pages: Sequence[RawPage], config: Config) -> list[Prepared | Rejection]:
    """Clean and fingerprint a chunk of pages: the parallel stage.  Everything here is a
    function of one page, computed where it costs no main-process time: the story vector, the
    template line keys, the full-text index's words.

    Fingerprints are taken from the text as cleaned, before site-template lines are cut
    (see :meth:`clipper.pipeline.Deduper._strip_templates`), so workers can compute them.
    """
    hasher = _worker_hashers.get(config.fingerprint)
    if hasher is None:
        hasher = _worker_hashers[config.fingerprint] = MinHasher(config.fingerprint)
    cleaned = [clean_page(page, config.clean) for page in pages]
    articles = [a for a in cleaned if isinstance(a, Article)]
    fingerprints = iter(fingerprint_texts([a.text for a in articles], hasher))
    results: list[Prepared | Rejection] = []
    for item in cleaned:
        if isinstance(item, Rejection):
            results.append(item)
            continue
        fingerprint = next(fingerprints)
        if fingerprint is None:
            results.append(Rejection(item.origin, "too-short", "no words left"))
        else:
            results.append(
                Prepared(
                    item,
                    fingerprint,
                    vectorize(item.title, item.text, item.language, config.stories),
                    short_line_keys(item.text, config.clean.template_max_words),
                    search_text(item.title),
                    search_text(item.text),
                )
            )
    return results


def verify_chunk(
    chunk: tuple[list[tuple[int, int]], dict[int, Candidate]],
    config: MatchConfig,
    shingle_words: int,
) -> list[Edge]:
    """:func:`clipper.match.verify` of some pairs of page ids, given each page once."""
    pairs, candidates = chunk
    return verify(((candidates[a], candidates[b]) for a, b in pairs), config, shingle_words)


class Workers:
    """Runs :func:`prepare` on chunks of pages and :func:`clipper.match.verify` on chunks of
    a batch's candidate pairs in worker processes (none with ``config.workers == 1``),
    keeping input order."""

    def __init__(self, config: Config) -> None:
        self._prepare = functools.partial(prepare, config=config)
        self._verify = functools.partial(
            verify_chunk,
            config=config.match,
            shingle_words=config.fingerprint.shingle_words,
        )
        self._workers = config.workers
        context = multiprocessing.get_context("fork")
        parallel = config.workers > 1
        self._pool = context.Pool(config.workers, _ignore_interrupts) if parallel else None
        self._verify_pool = context.Pool(config.workers, _ignore_interrupts) if parallel else None

    def submit(self, pages: Sequence[RawPage]) -> Callable[[], list[Prepared | Rejection]]:
        """Start preparing ``pages`` (one task: the caller sends a batch in chunks of about
        :data:`CHUNK_BYTES`); the returned function waits for the results, in order."""
        if self._pool is None or not pages:
            results = self._prepare(pages)
            return lambda: results
        pending = self._pool.apply_async(self._prepare, (pages,))
        return pending.get

    def verify(
        self, pairs: Sequence[tuple[int, int]], candidates: dict[int, Candidate]
    ) -> list[Edge]:
        """The edges among ``pairs`` (page ids, each in ``candidates``), in pair order."""
        if self._verify_pool is None or len(pairs) < PARALLEL_VERIFY_MIN_PAIRS:
            return self._verify((list(pairs), candidates))
        chunks: list[Any] = []
        for part in _split(pairs, VERIFY_CHUNKS_PER_WORKER * self._workers):
            needed = {pid for pair in part for pid in pair}
            chunks.append((list(part), {pid: candidates[pid] for pid in needed}))
        return [edge for edges in self._verify_pool.map(self._verify, chunks) for edge in edges]

    def close(self) -> None:
        for pool in (self._pool, self._verify_pool):
            if pool is not None:
                pool.terminate()
                pool.join()


def _ignore_interrupts() -> None:
    """Pool workers leave Ctrl-C to the main process, which stops the run and ends the pools:
    a terminal sends SIGINT to the whole process group, and each worker would otherwise print
    its own KeyboardInterrupt traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _split(items: Sequence[Any], parts: int) -> list[Sequence[Any]]:
    size = max(1, -(-len(items) // parts))
    return [items[i : i + size] for i in range(0, len(items), size)]
