"""Sets of integers as sorted arrays of distinct values: what ``np.unique`` and ``np.union1d``
give, made by a sort and a comparison of neighbours.

NumPy 2.3 made ``np.unique`` without ``return_index``, ``return_inverse`` or ``return_counts``
go through a hash table, which here costs far more than the sort it replaced (NumPy 2.4.6,
uint32: 700 values 130-155 µs against 4 µs sorted, 5,000 values 1.5 ms against 15 µs, 500,000
values 1.0 s against 9 ms), and ``np.union1d`` calls it.  Fingerprints and verification make
one for every page (a verification worker spent 9 % of its CPU in it on a one-day night), the
story stage one for every hub.  The answers are the same arrays, dtype included.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import numpy as np
import numpy.typing as npt

_G = TypeVar("_G", bound=np.generic)


def distinct(values: npt.NDArray[_G]) -> npt.NDArray[_G]:
    """The distinct values of ``values`` (any shape, read flat), sorted: ``np.unique(values)``
    for integers."""
    flat = np.sort(values, axis=None)
    if len(flat) < 2:
        return flat
    new = np.empty(len(flat), dtype=np.bool_)
    new[0] = True
    np.not_equal(flat[1:], flat[:-1], out=new[1:])
    return flat if new.all() else flat[new]


def union(first: npt.NDArray[_G], second: npt.NDArray[_G]) -> npt.NDArray[_G]:
    """The sorted distinct values of either array: ``np.union1d(first, second)``."""
    return distinct(np.concatenate((first, second), axis=None))


def spans(
    start: npt.NDArray[np.int64], stop: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Every index of the ranges ``[start[i], stop[i])`` and the ``i`` it came from."""
    lengths = np.maximum(stop - start, 0)
    owner = np.repeat(np.arange(len(start), dtype=np.int64), lengths)
    offsets = np.arange(int(lengths.sum()), dtype=np.int64) - np.repeat(
        np.cumsum(lengths) - lengths, lengths
    )
    return np.repeat(start, lengths) + offsets, owner


# Keys :func:`intersection_sizes` codes at once (~40 bytes each in its arrays: 8 MB).
_KEYS_HELD = 200_000


def intersection_sizes(
    keys: npt.NDArray[np.uint32],
    start: npt.NDArray[np.int64],
    stop: npt.NDArray[np.int64],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
) -> npt.NDArray[np.int64]:
    """``len(np.intersect1d(a, b))`` of each pair of sets (``a``: set ``first[i]``, ``b``: set
    ``second[i]``; set ``j`` is ``keys[start[j]:stop[j]]``, distinct uint32 values in any
    order), for every pair at once: each key of a pair's first set coded with the pair's
    number (``i << 32 | key``) and sorted, each key of its second looked up there.
    ``_KEYS_HELD`` keys at a time."""
    sizes = np.zeros(len(first), np.int64)
    held = np.cumsum((stop - start)[first] + (stop - start)[second])
    lo = 0
    while lo < len(first):
        hi = int(np.searchsorted(held, held[lo] + _KEYS_HELD, "right"))
        hi = min(max(hi, lo + 1), len(first))
        pair = np.arange(hi - lo, dtype=np.uint64) << np.uint64(32)
        at, owner = spans(start[first[lo:hi]], stop[first[lo:hi]])
        mine = np.sort(pair[owner] | keys[at].astype(np.uint64))
        at, owner = spans(start[second[lo:hi]], stop[second[lo:hi]])
        theirs = pair[owner] | keys[at].astype(np.uint64)
        if len(mine):
            place = np.minimum(np.searchsorted(mine, theirs), len(mine) - 1)
            sizes[lo:hi] = np.bincount(owner[mine[place] == theirs], minlength=hi - lo)
        lo = hi
    return sizes


def packed(
    parts: Sequence[npt.NDArray[np.uint32]],
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """``parts`` one after the other, and where each starts and stops (the sets
    :func:`intersection_sizes` reads)."""
    stop = np.cumsum(np.fromiter(map(len, parts), np.int64, len(parts)))
    keys = np.concatenate(parts) if parts else np.zeros(0, np.uint32)
    return keys, np.r_[0, stop[:-1]].astype(np.int64), stop


def coded(
    parts: Sequence[npt.NDArray[np.uint32]],
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """Each of ``parts``' keys coded with its part's number (``i << 32 | key``; each part
    sorted, so the codes are) and the part of each: many pairs' sets as one sorted array, so
    that one :func:`found` looks up every pair's keys at once."""
    keys, starts, stops = packed(parts)
    at, owner = spans(starts, stops)
    return (owner.astype(np.uint64) << np.uint64(32)) | keys[at].astype(np.uint64), owner


def found(sorted_codes: npt.NDArray[np.uint64], codes: npt.NDArray[np.uint64]) -> npt.NDArray[
    np.int64
]:
    """Where each of ``codes`` stands in ``sorted_codes`` (-1: not there)."""
    if not len(sorted_codes):
        return np.full(len(codes), -1, np.int64)
    place = np.minimum(np.searchsorted(sorted_codes, codes), len(sorted_codes) - 1)
    return np.where(sorted_codes[place] == codes, place, -1)
