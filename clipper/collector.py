"""The cyclic garbage collector during a ``dedupe`` run: what outlives a batch is not scanned
again.

Python's collector scans every tracked object on a full (generation 2) collection, and a run
triggers them by allocating: the main process holds ~195,000 tracked objects, nearly all of them
its modules' (SQLAlchemy, NumPy, the cleaners), and each full collection cost ~0.13 CPU s on
bench/oneday.py's records.  The later a batch of a one-day dump, the more pairs it verifies and
the more objects it makes, so the more full collections it triggers (1-2 in the batches ending
at 2,000 and 3,000 records, 3-5 in those ending at 9,000-10,000; 4.0 CPU s over a 10k run with
one worker), charged to whichever stage allocated (``new-pages`` 0.014 → 0.153 s).

:func:`settle`, after each batch: one collection (after the first, of what the earlier ones left
unfrozen: a batch's survivors), then ``gc.freeze()``: everything still alive joins the permanent
generation, which collections skip (the same 10k run: 0.7 CPU s of full collections).  Frozen
objects are still freed when no longer referenced (reference counting); only a reference cycle
among them that dies later waits for :func:`run_scope`'s end, which gives them back to the
collector (``gc.unfreeze()``; so does ``Workers`` after forking a pool, and the next
:func:`settle` freezes again).  The results never depend on it, only the CPU a run spends.

:func:`fewer_collections`, around a stage that allocates many objects it mostly keeps to the
stage's end (a worker's cleaning, the main process's reclustering): the youngest generation
collected every ``threshold`` allocations (net), not every 700, so the full collections the
stage triggers (every tenth of the middle generation's) are fewer in proportion.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def settle() -> None:
    """Collect the reference cycles a batch left, then exempt every object still alive from
    later collections (``gc.freeze()``) until :func:`run_scope` ends."""
    gc.collect()
    gc.freeze()


@contextmanager
def run_scope() -> Iterator[None]:
    """A run: what is alive as it starts (the modules, their tables and patterns) is frozen at
    once, so the full collections its first batch triggers scan that batch's objects alone
    (a one-worker ``dedupe`` of the 439 HTML pages of bench/speed.py, all one batch: 0.37 →
    0.08 CPU s of full collections); the objects frozen then and by :func:`settle` go back to
    the collector when it ends, however it ends."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@contextmanager
def fewer_collections(threshold: int) -> Iterator[None]:
    """The garbage collector's youngest generation collected every ``threshold`` allocations
    (net) inside the block, not every 700 (Python's default; a higher threshold already set is
    kept), and its thresholds as they were after, however the block ends.  Every tenth
    collection of a generation collects the next one too, so the block's full collections,
    each a scan of every object not frozen (:func:`settle`: a batch's objects so far), are
    fewer in proportion.  Results never depend on it."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], threshold), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
