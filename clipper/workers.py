"""The parallel stages of ``clipper dedupe``: cleaning pages and verifying candidate pairs.

Both are pure functions of their input (a page; a pair of pages), so they run in worker
processes and their results come back in input order: any worker count gives the same archive.
Two pools, because they are fed at different times: the cleaning pool works on batch k+1 while
the main process stores batch k, and batch k's verification must not queue behind that
cleaning (``multiprocessing`` runs a pool's tasks first come, first served).  On two cores the
processes share the cores; what counts is that no core waits while work is queued.

A worker's one-time set-up (trafilatura's, htmldate's and the furniture tables' compiled
patterns, the story-weight table, the MinHash permutations, the amount pattern, dateparser's
zone patterns and English locale: ~1.0-1.7 s CPU, :func:`warm_up`) is done
once in the main process before the pools start: with the ``fork`` start method (Linux) the
workers inherit it, with ``spawn`` or ``forkserver`` (macOS, Windows, later Pythons) each worker
does it as it starts.  Results never depend on it: it only moves work.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from dateutil.parser import UnknownTimezoneWarning

from clipper import allocator, language, stops
from clipper.clean import clean_page, identify_openings
from clipper.collector import fewer_collections
from clipper.config import Config, FingerprintConfig
from clipper.fingerprint import Fingerprint, fingerprint_texts
from clipper.keptpages import KeptPages
from clipper.match import Candidate, Edge, verify
from clipper.minhash import MinHasher
from clipper.page import Article, RawPage, Rejection
from clipper.searchtext import search_text
from clipper.sentpages import SentKept, SentPages, verify_chunk
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
# Net allocations between two collections of the garbage collector's youngest generation
# while a chunk of pages is prepared (:func:`clipper.collector.fewer_collections`: 250 of
# the 439 Zyte and Fundus pages of ``bench/speed.py``, one process: the collector's CPU
# 0.283 → 0.061 s of 12.7 s, 540 → 19 collections of the youngest generation, 3 → 0 of the
# oldest; in a ``dedupe`` run, whose tables are frozen, 0.10 → 0.06 s of those 12.7 s).
PREPARE_GC_THRESHOLD = 10_000
# Verification chunks per worker: each chunk carries the shingles of the pages its pairs name,
# so fewer chunks pickle less (46,610 pairs of 1,996 pages: 1, 4, 16 a worker took 11.3, 16.1,
# 16.0 s on 2 workers at load 8; serial 18.6 s).
VERIFY_CHUNKS_PER_WORKER = 1
# How worker processes start: ``fork`` where the platform has it (the workers inherit the main
# process's set-up for free), else the platform's default (``spawn`` on macOS and Windows).
START_METHOD: str | None = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
# Seconds between two looks at the workers while the main process waits for their results: a
# worker that died (the OOM killer, a kill -9) takes its task with it, and ``multiprocessing``
# would wait for that task's result for ever.  A look is a ``waitpid`` a worker (~µs).
WORKER_CHECK_S = 1.0
# Seconds the main process waits for its own stop once a worker was killed by one: a stop
# sent to the process group reaches every process, and the main process's may come late
# (clipper.stops sends one landing in a finalizer again 0.05 s later).
STOP_GRACE_S = 1.0
_STOPPED_BY = (-signal.SIGTERM, -signal.SIGINT)
# Seconds a pool has to end (its workers stopped with SIGTERM and joined: ~0.01 s) before
# its workers are killed outright and the pool left behind.  ``Pool.terminate`` waits for
# ever on a queue lock that a dead worker held: a SIGTERM to the whole process group (systemd's
# KillMode=control-group, ``kill -TERM -PGID``) kills the workers wherever they are.
CLOSE_WAIT_S = 5.0
# The same, once a worker is known dead: the pools' locks may be held for good, so the other
# workers are killed at once and the pools only have their own threads to end.
CLOSE_WAIT_BROKEN_S = 1.0
# Seconds between two looks at the workers while the pools end.
CLOSE_LOOK_S = 0.05


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
# Configurations warm_up has run for in this process (a forked worker inherits the parent's).
_warmed: set[Config] = set()

# Two invented pages, an HTML article and a text dump, that take every path of prepare().
# The article's update line, a month word with a zone ("Updated 5 March 2024, 9:15 am EST"), and
# its amount ("$2.5 million") make what a worker otherwise made on its first dated page and its
# first page with an amount, each worker again (session 51, speed51b): dateparser's zone
# patterns and English locale (localdates) and the search text's amount pattern
# (clipper.amountpattern.tables), ~0.3 s CPU and ~18 MB in the process that forks the workers,
# which they share.  Other languages' locales are still made where a page first needs them.
_WARM_UP_HTML = b"""<html lang="en"><head>
<title>Harbor council approves a new ferry schedule</title>
<meta property="article:published_time" content="2024-03-05T08:00:00Z"></head><body>
<nav>Home News Sport</nav><article>
<h1>Harbor council approves a new ferry schedule</h1>
<p>By Jane Ortiz</p><p>Updated 5 March 2024, 9:15 am EST</p>
<p>The harbor council voted on Tuesday to add two early ferry crossings on
weekdays, answering commuters who said the first boat left too late for the morning shift.</p>
<p>The new schedule starts next month and will be reviewed after one season, council members
said, adding that fares stay the same for residents and students and that the crossings cost
the port $2.5 million a year.</p></article>
<footer>Read also: Bridge repairs delayed</footer></body></html>"""
# The text dump ends its article with a short line (the sign-off patterns, compiled at the first
# short last line) and holds a character NFKC changes (the search text's symbol table, made from
# every code point): a worker forked without them made each on its first pages, ~0.2 s a worker
# (one-day records); its update line is the article's, read the text dump's way
# (clipper.dumpdates).
_WARM_UP_TEXT = (
    "Skip to content\n\nHarbor council approves a new ferry schedule\n\n"
    "Updated 5 March 2024, 9:15 am EST\n\nThe harbor council "
    "voted on Tuesday to add two early ferry crossings on weekdays, answering commuters who said "
    "the first boat left too late\u2026\n\nThe new schedule starts next month and will be "
    "reviewed after one season, council members said.\n\n(Reporting by Jane Ortiz)\n\n"
    "Read also:\nBridge repairs delayed\n"
)


def prepare(pages: Sequence[RawPage], config: Config) -> list[Prepared | Rejection]:
    """Clean and fingerprint a chunk of pages: the parallel stage.  Everything here is a
    function of one page, computed where it costs no main-process time: the story vector, the
    template line keys, the full-text index's words.

    Fingerprints are taken from the text as cleaned, before site-template lines are cut
    (see :func:`clipper.sitetemplates.strip_templates`), so workers can compute them.
    """
    with warnings.catch_warnings(), fewer_collections(PREPARE_GC_THRESHOLD):
        # dateutil, under trafilatura's date search, warns on every "EST"-style zone name on
        # stderr; the date is still read (as UTC): noise, not a problem of the run
        warnings.simplefilter("ignore", UnknownTimezoneWarning)
        return _prepare(pages, config)


def _prepare(pages: Sequence[RawPage], config: Config) -> list[Prepared | Rejection]:
    hasher = _worker_hashers.get(config.fingerprint)
    if hasher is None:
        hasher = _worker_hashers[config.fingerprint] = MinHasher(config.fingerprint)
    identify_openings(pages)  # each text dump's, while the identifier's tables are cached
    cleaned = [clean_page(page, config.clean) for page in pages]
    articles = [a for a in cleaned if isinstance(a, Article)]
    fingerprints = iter(
        fingerprint_texts([a.text for a in articles], hasher, [a.language for a in articles])
    )
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
                    vectorize(
                        item.title,
                        item.text,
                        item.language,
                        config.stories,
                        item.url,
                        item.site,
                    ),
                    short_line_keys(item.text, config.clean.template_max_words),
                    search_text(item.title, item.language),
                    search_text(item.text, item.language),
                )
            )
    return results


def warm_up(config: Config) -> None:
    """Do a worker's one-time set-up in this process (once per configuration): clean,
    fingerprint and vectorise two invented pages, which loads and compiles everything
    :func:`prepare` needs on its first page (lazy imports, trafilatura's and the furniture
    tables' patterns, the English story-weight table, the MinHash permutations)."""
    if config in _warmed:
        return
    prepare(
        [
            RawPage("clipper:warm-up.html", "html", _WARM_UP_HTML, url="https://warm-up.invalid/a"),
            RawPage("clipper:warm-up.txt", "text", _WARM_UP_TEXT, url="https://warm-up.invalid/b"),
        ],
        config,
    )
    _warmed.add(config)


class WorkerLost(ChildProcessError):
    """A worker process ended while the run needed it: killed (the kernel's out-of-memory
    killer, a ``kill -9``) or crashed.  Its task, and the batch in progress, are lost: the run
    stops (:class:`clipper.run.RunFailed`), and a re-run finishes the job.  ``hint`` is what
    to do about it."""

    hint = "give the run more memory, or fewer --workers"

    def __init__(self, ended: Sequence[multiprocessing.process.BaseProcess], doing: str) -> None:
        self.exitcodes = [p.exitcode for p in ended]
        how = "; ".join(f"worker process {p.pid} {_how_it_ended(p.exitcode)}" for p in ended)
        oom = -signal.SIGKILL in self.exitcodes
        super().__init__(
            f"{how} while the run was {doing}"
            + (" (SIGKILL is what the kernel's out-of-memory killer sends: see dmesg)" * oom)
        )


def _how_it_ended(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"was killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"was killed by signal {-exitcode}"
    return f"exited with code {exitcode}"


class Workers:
    """Runs :func:`prepare` on chunks of pages and :func:`clipper.match.verify` on chunks of
    a batch's candidate pairs in worker processes (none with ``config.workers == 1``),
    keeping input order."""

    def __init__(self, config: Config, start_method: str | None = START_METHOD) -> None:
        self._prepare = functools.partial(prepare, config=config)
        self._verify = functools.partial(
            verify_chunk,
            config=config.match,
            shingle_words=config.fingerprint.shingle_words,
        )
        self._config = config
        self._workers = config.workers
        self._context = multiprocessing.get_context(start_method)
        # Started on the first page to clean (a run whose pages are all archived needs none,
        # nor the workers' set-up: ~2 s CPU of imports and tables), and on the first batch
        # with enough pairs to verify (an HTML dump may never need it).
        self._pool: Any = None
        self._verify_pool: Any = None
        # when the verification workers were forked (time.monotonic_ns; never: -1): a file
        # opened before is open in them
        self._verify_forked_ns = -1
        # The pools' worker processes as started (a pool replaces a worker that died, but the
        # task it held is lost: :meth:`_wait`), and the child processes that are not this
        # object's (:meth:`_kill`).
        self._processes: list[multiprocessing.process.BaseProcess] = []
        self._others = set(multiprocessing.active_children())

    def _start_pool(self, cleaning: bool = False) -> Any:
        """A pool of ``config.workers`` processes, set up.  Its callers hold back stops
        (:func:`clipper.stops.held`) until it is theirs: a pool cut short while it starts would
        be nobody's to end but the interpreter's exit, which waits for ever on a lock its dead
        worker held; and a worker forked meanwhile keeps a stop (SIGINT, SIGTERM to the process
        group) from its start-up, where it would print a traceback and die."""
        forked = self._context.get_start_method() == "fork"
        if forked:
            # Set up once here, and keep the garbage collector off what the workers inherit
            # (its bookkeeping would write to, and so copy, every shared page).  htmldate's
            # date parser is set up by a cleaning worker at its first use, if any
            # (clipper.extraction.set_up_once).
            warm_up(self._config)
            if cleaning:
                # the language model too, which a pool started before let go of (warm_up's
                # page may find its language among those already identified)
                language.load()
            gc.freeze()
        before = set(multiprocessing.active_children())
        try:
            pool = self._context.Pool(
                self._workers, _start_worker, (self._config, os.getpid())
            )
        finally:
            gc.unfreeze()
        self._processes += [p for p in multiprocessing.active_children() if p not in before]
        if forked:
            # The workers hold their copy of the language identifier's model; this process
            # identifies no language (it cleans no page while it has a pool), so the model's
            # ~95 MB leave its resident set for the whole run.
            language.unload()
            allocator.release()
        return pool

    @property
    def in_process(self) -> bool:
        """Whether this process prepares the pages itself (``config.workers`` is 1)."""
        return self._workers <= 1

    def start(self) -> None:
        """Start the cleaning workers, each set up before its first page (:func:`warm_up`),
        unless they run or ``config.workers`` is 1; :meth:`submit` does it on the first page."""
        if self._workers > 1 and self._pool is None:
            with stops.held():  # a stop while the pool starts waits for close() to know it
                self._pool = self._start_pool(cleaning=True)

    def submit(self, pages: Sequence[RawPage]) -> Callable[[], list[Prepared | Rejection]]:
        """Start preparing ``pages`` (one task: the caller sends a batch in chunks of about
        :data:`CHUNK_BYTES`); the returned function waits for the results, in order."""
        if pages:
            self.start()
        if self._pool is None or not pages:
            results = self._prepare(pages)
            return lambda: results
        pending = self._pool.apply_async(self._prepare, (pages,))
        return functools.partial(self._wait, pending, "cleaning pages")

    def verify(
        self,
        pairs: npt.NDArray[np.int64] | Sequence[tuple[int, int]],
        candidates: dict[int, Candidate],
        kept: KeptPages | None = None,
    ) -> list[Edge]:
        """The edges among ``pairs`` (page ids, each in ``candidates`` or else in ``kept``, the
        run's candidate cache; ``(n, 2)`` rows or tuples), in pair order.  A page of ``kept``
        goes to a worker as the cache keeps it, decoded there (:class:`clipper.sentpages.
        SentKept`); in this process, when no worker verifies, it is decoded here."""
        rows = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
        if self._workers == 1 or len(rows) < PARALLEL_VERIFY_MIN_PAIRS:
            settings = self._config
            if kept is not None:
                candidates = candidates | {
                    pid: kept.get(pid).candidate()
                    for pid in np.unique(rows).tolist()
                    if pid not in candidates
                }
            return verify(
                ((candidates[a], candidates[b]) for a, b in rows.tolist()),
                settings.match,
                settings.fingerprint.shingle_words,
            )
        if self._verify_pool is None:
            with stops.held():
                self._verify_pool = self._start_pool()
                if self._context.get_start_method() == "fork":
                    self._verify_forked_ns = time.monotonic_ns()
        # a worker forked while the cache's file was open reads its pages there: every page
        # the cache holds, given or not, goes as its place in the file (16 bytes, not its
        # arrays packed and pickled: a batch's own pages are named by the pairs of every slice
        # of the stored pages, BatchMatcher.verify, and the slices grow with the night)
        forked = kept is not None and kept.opened_ns < self._verify_forked_ns
        chunks: list[Any] = []
        for part in _split(rows, VERIFY_CHUNKS_PER_WORKER * self._workers):
            needed = np.unique(part).tolist()
            if forked and kept is not None:
                placed = kept.held(needed).tolist()
                given = [
                    candidates[pid] for pid, held in zip(needed, placed, strict=True) if not held
                ]
                others = [pid for pid, held in zip(needed, placed, strict=True) if held]
            else:
                given = [candidates[pid] for pid in needed if pid in candidates]
                others = [pid for pid in needed if pid not in candidates]
            chunks.append((
                part,
                SentPages.of(given),
                None if kept is None or not others else SentKept.of(kept, others, forked),
            ))
        found = self._wait(self._verify_pool.map_async(self._verify, chunks), "verifying pairs")
        return [edge for edges in found for edge in edges]

    def _wait(self, pending: Any, doing: str) -> Any:
        """``pending``'s result, once a pool's worker has it; :class:`WorkerLost` as soon as
        one of the workers has ended (``doing``: what the run was waiting for, for the
        message), even if a pool replaced it: the task it held is lost, or a lock of the pool
        it held is, so that nothing more would come."""
        while not (ended := self._ended()):
            try:
                return pending.get(WORKER_CHECK_S)
            except multiprocessing.TimeoutError:
                continue
        if any(p.exitcode in _STOPPED_BY for p in ended):
            # a stop sent to the whole process group killed them (systemd, kill -TERM -PGID):
            # this process has its own on the way (late when it landed in a finalizer, which
            # drops it: clipper.stops), and the run ends as stopped, not as failed
            time.sleep(STOP_GRACE_S)
        raise WorkerLost(ended, doing)

    def _ended(self) -> list[multiprocessing.process.BaseProcess]:
        return [p for p in self._processes if p.exitcode is not None]

    def close(self) -> None:
        """End the pools, within :data:`CLOSE_WAIT_S` seconds whatever state their workers
        are in (a worker may have died holding a pool's lock, on which ``Pool.terminate``
        would wait for ever): each pool's ``terminate`` runs in a thread of its own; once a
        worker is gone the others are killed (SIGKILL) and the wait cut to
        :data:`CLOSE_WAIT_BROKEN_S`; the workers still there when it is over are killed, the
        threads left to end with the process."""
        pools = [pool for pool in (self._pool, self._verify_pool) if pool is not None]
        self._pool = self._verify_pool = None
        self._verify_forked_ns = -1
        if not pools:
            return
        enders = [
            threading.Thread(target=_terminate, args=(pool,), name="clipper-pool-end", daemon=True)
            for pool in pools
        ]
        for ender in enders:
            ender.start()
        deadline = time.monotonic() + CLOSE_WAIT_S
        broken = False
        while (ending := [e for e in enders if e.is_alive()]) and time.monotonic() < deadline:
            if not broken and self._ended():
                broken = True
                self._kill()
                deadline = min(deadline, time.monotonic() + CLOSE_WAIT_BROKEN_S)
            ending[0].join(CLOSE_LOOK_S)
        if ending:
            self._kill()
        self._processes = []

    def _kill(self) -> None:
        """SIGKILL the pools' worker processes still running, those a pool started to replace
        a dead one included, and reap them."""
        for process in multiprocessing.active_children():
            if process not in self._others:
                process.kill()
                process.join()


def _terminate(pool: Any) -> None:
    """``pool.terminate()``, quietly: its checks may fail on a pool whose worker died."""
    with contextlib.suppress(Exception):
        pool.terminate()


def _start_worker(config: Config, main_pid: int) -> None:
    """A worker's start: leave Ctrl-C to the main process, which stops the run and ends the
    pools (a terminal sends SIGINT to the whole process group, and each worker would otherwise
    print its own KeyboardInterrupt traceback); die with the main process
    (:func:`die_with`); then the one-time set-up, which a forked worker
    inherited from the main process (:func:`warm_up` returns at once).  SIGTERM gets its
    default back: the main process turns its own into an interrupt (``clipper.cli``), and ends
    the pools with SIGTERM."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with(main_pid)
    warm_up(config)


_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def die_with(main_pid: int, signum: int = signal.SIGKILL) -> None:
    """On Linux, have the kernel send ``signum`` (SIGKILL) to this worker when the main process
    dies (``prctl(PR_SET_PDEATHSIG)``; :mod:`clipper.batchprocess`'s child asks for SIGTERM,
    to stop as a run does).  A main process killed outright (SIGKILL, the OOM killer)
    otherwise leaves its workers to fail writing their results to it, each printing a
    ``BrokenPipeError`` traceback into the cron mail; the run's state is in the archive, so
    nothing of a worker's is lost.  Elsewhere (or where the call fails) nothing changes."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != main_pid:  # the main process died before the call took effect
        os._exit(0)


def _split(items: npt.NDArray[np.int64], parts: int) -> list[npt.NDArray[np.int64]]:
    size = max(1, -(-len(items) // parts))
    return [items[i : i + size] for i in range(0, len(items), size)]
