"""The LSH index's key look-ups as NumPy arrays: the ``(row, page_id)`` rows a backend's
:meth:`~clipper.backends.Backend.key_hits` returns.  A module of its own so that opening the
archive (every query command) does not import NumPy, which only ``dedupe`` needs here."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from typing import Any

import numpy as np
import numpy.typing as npt


def int_pairs(rows: Sequence[Sequence[Any]]) -> npt.NDArray[np.int64]:
    """Rows of two integers from a database cursor as an ``(m, 2)`` int64 array."""
    flat = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=2 * len(rows))
    return flat.reshape(-1, 2)


def fetch_int_pairs(result: Any, size: int = 65_536) -> npt.NDArray[np.int64]:
    """:func:`int_pairs` of a cursor's (or a SQLAlchemy result's) rows, fetched ``size`` at a
    time (``fetchmany``): a one-day night's key look-up returns hundreds of thousands of rows,
    and their tuples all at once were the main process's largest passing allocation (+65 MB
    over the last batch of 10,000 one-day records, growing with the day)."""
    parts = list(_int_pair_slices(result, size))
    return np.concatenate(parts) if parts else np.empty((0, 2), dtype=np.int64)


def concat_int_pairs(results: Iterable[Any]) -> npt.NDArray[np.int64]:
    """:func:`fetch_int_pairs` of each of ``results``, one after the other, as one array."""
    parts = [fetch_int_pairs(result) for result in results]
    return np.concatenate(parts) if parts else np.empty((0, 2), dtype=np.int64)


# What a key look-up does with its results (one a table): concat_int_pairs.
Collect = Callable[[Iterable[Any]], npt.NDArray[np.int64]]


def _int_pair_slices(result: Any, size: int) -> Iterator[npt.NDArray[np.int64]]:
    while rows := result.fetchmany(size):
        yield int_pairs(rows)
