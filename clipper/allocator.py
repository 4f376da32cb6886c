"""Giving the memory a batch freed back to the operating system (glibc's ``malloc``).

A ``dedupe`` batch allocates and frees a few hundred MB of short-lived arrays and objects
(signatures, key joins, unpickled worker results) between long-lived ones (the candidate cache,
the story stage's pool, SQLite's page cache).  glibc keeps freed memory for reuse: arrays above
its mmap threshold are returned at once, but the threshold rises to the largest array freed so
far (up to 32 MB), after which such arrays come from the heap, and free heap is given back only
from its top.  The main process's resident set then grows with every batch although what it
holds does not (one-day records, ``bench/oneday.py``: ~50 MB per 1,000 records, of which ~26 MB
is held; see the README's "Benchmarks").

:func:`release` (``malloc_trim(0)``, which also returns whole free pages inside the heap since
glibc 2.8) after each batch bounds that: one-day 10k, growth 49.6 → 25.7 MB per 1,000 records
with the smaller SQLite cache (``backends.sqlite.CACHE_KIB``).  A fixed mmap threshold (256 KB
or 4 MB, ``mallopt``) saved another ~20 MB but cost 2-7 % of the main process's CPU (6,000
one-day records, two rounds each: every array above it page-faulted afresh), so glibc keeps its
own; at 64 KB it lowered the resident set by ~14 MB from 10k to 14k records (peak 481 → 462 MB
at 14k) without changing its growth, for 4-9 % more of the main process's CPU.  What the
resident set still gains after the trim (~4 MB per 1,000 one-day records from 10k to 14k) is
four-fifths the arenas of Python's own allocator (pymalloc: 1 MiB each, given back only when all
its objects are gone), which no ``malloc`` setting reaches (``bench/oneday.py``'s
``held_python_arenas_mb_per_1000``; ``bench/HISTORY.md``, session 42).  Elsewhere (musl, macOS,
Windows) :func:`release` does nothing: the results never depend on it, only the memory a run
holds.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from typing import Any


@functools.cache
def _glibc() -> Any | None:
    """The C library when it is glibc (it has ``malloc_trim``), else None."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
    except OSError:
        return None
    if not hasattr(libc, "malloc_trim"):
        return None
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    libc.malloc_trim.restype = ctypes.c_int
    return libc


def release() -> bool:
    """Return the free memory of this process's heap to the operating system
    (``malloc_trim(0)``).  Returns whether any was returned (False as well when not glibc)."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0))
