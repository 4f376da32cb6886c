"""Giving the memory a batch freed back to the operating system (glibc's ``malloc``).

A ``dedupe`` batch allocates and frees a few hundred MB of short-lived arrays and objects
(signatures, key joins, unpickled worker results) between long-lived ones (the candidate cache,
the story stage's pool, SQLite's page cache).  glibc keeps freed memory for reuse: arrays above
its mmap threshold are returned at once, but the threshold rises to the largest array freed so
far (up to 32 MB), after which such arrays come from the heap, and free heap is given back only
from its top.  The main process's resident set then grows with every batch although what it
holds does not (one-day records, ``bench/oneday.py``: 53 MB per 1,000 records, of which ~26 MB
is held; see the README's "Benchmarks").

Two glibc calls bound that: :func:`configure` fixes the mmap threshold (a fixed threshold does
not rise), and :func:`release` (``malloc_trim(0)``, which also returns whole free pages inside
the heap since glibc 2.8) after each batch.  Elsewhere (musl, macOS, Windows) both do nothing:
the results never depend on them, only the memory a run holds.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
from typing import Any

# mallopt parameter numbers (glibc's malloc.h)
_M_MMAP_THRESHOLD = -3
# Allocations from this size up get pages of their own, returned when freed.  A batch's big
# arrays (joins over ~50,000 index keys, a chunk of shingles) are far above it; a page's text
# and arrays (a few KB) are below, so the per-allocation cost of mmap stays off the many small
# ones.  glibc's default starts at 128 KB and rises with what is freed (up to 32 MB).
MMAP_THRESHOLD_BYTES = 256 * 1024


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
    if not hasattr(libc, "malloc_trim") or not hasattr(libc, "mallopt"):
        return None
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    libc.malloc_trim.restype = ctypes.c_int
    libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    libc.mallopt.restype = ctypes.c_int
    return libc


def configure() -> bool:
    """Fix glibc's mmap threshold at :data:`MMAP_THRESHOLD_BYTES` for this process (and the
    processes it forks later; ``dedupe`` calls it after its cleaning pool has forked, since
    lxml's many-node trees clean ~4 % slower under it).  Returns whether the C library took it
    (False: not glibc)."""
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))


def release() -> bool:
    """Return the free memory of this process's heap to the operating system
    (``malloc_trim(0)``).  Returns whether any was returned (False as well when not glibc)."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0))
