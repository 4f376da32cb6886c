"""Integers by page id for every page of a night, held in NumPy arrays (:class:`IdTable`): what
the run keeps for each page it stored or met until its end (where a page's bytes wait on disk,
:mod:`clipper.diskbytes`; the passage rule's two counts of a page,
:class:`clipper.verification.BatchMatcher`).

Why not a dict.  A dict entry of a page id and a tuple or a row number costs ~150-250 bytes of
small objects (the entry, an int key, the value's int or tuple objects), and three such maps
grew the main process by ~540 bytes a page over a one-day night (bench/oneday.py's records,
2,000 → 4,000 pages: ~54 MB at 100,000), held to the run's end.  Here a page costs
``8 × (1 + width)`` bytes: its id in a sorted int64 array and its values in a row of an int64
array, with the latest additions in a small dict merged into the arrays ``merge_at`` at a time
(a sort of what is held: ~25 merges a 100,000-page night).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import numpy as np
import numpy.typing as npt

__all__ = ["IdTable"]


class IdTable:
    """page id → ``width`` int64 values.  Setting a page again replaces its values.

    Looked up one page at a time (:meth:`get`, ``in``) or many at once (:meth:`values`,
    :meth:`held`); iterated, the ids come in ascending order."""

    def __init__(self, width: int, merge_at: int = 4096) -> None:
        self.width = width
        self.merge_at = merge_at
        self._ids = np.zeros(0, np.int64)  # sorted, distinct
        self._values = np.zeros((0, width), np.int64)
        self._recent: dict[int, tuple[int, ...]] = {}
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def __contains__(self, page_id: object) -> bool:
        if not isinstance(page_id, (int, np.integer)):
            return False
        return int(page_id) in self._recent or self._in_arrays(int(page_id))

    def __iter__(self) -> Iterator[int]:
        self._merge()
        return iter(self._ids.tolist())

    def get(self, page_id: int) -> tuple[int, ...] | None:
        """The values of ``page_id``; None when it has none."""
        found = self._recent.get(page_id)
        if found is not None:
            return found
        at = int(np.searchsorted(self._ids, page_id))
        if at < len(self._ids) and self._ids[at] == page_id:
            return tuple(self._values[at].tolist())
        return None

    def __setitem__(self, page_id: int, values: Sequence[int]) -> None:
        if len(values) != self.width:
            raise ValueError(f"{len(values)} values for a table of width {self.width}")
        page_id = int(page_id)
        if page_id not in self._recent and not self._in_arrays(page_id):
            self._count += 1
        self._recent[page_id] = tuple(int(v) for v in values)
        if len(self._recent) >= self.merge_at:
            self._merge()

    def update(self, items: Iterable[tuple[int, Sequence[int]]]) -> None:
        for page_id, values in items:
            self[page_id] = values

    def values(self, page_ids: Sequence[int] | npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """``(n, width)``: the values of each of ``page_ids``, in their order; KeyError for a
        page that has none."""
        self._merge()
        ids = np.asarray(page_ids, dtype=np.int64).reshape(-1)
        at = np.searchsorted(self._ids, ids)
        found = at < len(self._ids)
        found[found] = self._ids[at[found]] == ids[found]
        if not found.all():
            raise KeyError(int(ids[~found][0]))
        return self._values[at]

    def held(self, page_ids: Sequence[int] | npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
        """Whether each of ``page_ids`` has values."""
        self._merge()
        ids = np.asarray(page_ids, dtype=np.int64).reshape(-1)
        at = np.searchsorted(self._ids, ids)
        found = at < len(self._ids)
        found[found] = self._ids[at[found]] == ids[found]
        return found

    def missing(self, page_ids: Iterable[int]) -> set[int]:
        """Those of ``page_ids`` that have no values."""
        ids = np.fromiter(page_ids, np.int64)
        return set(ids[~self.held(ids)].tolist())

    def clear(self) -> None:
        self._ids = np.zeros(0, np.int64)
        self._values = np.zeros((0, self.width), np.int64)
        self._recent = {}
        self._count = 0

    def _in_arrays(self, page_id: int) -> bool:
        at = int(np.searchsorted(self._ids, page_id))
        return at < len(self._ids) and int(self._ids[at]) == page_id

    def _merge(self) -> None:
        """Move the latest additions into the sorted arrays (a page set again: its new
        values)."""
        if not self._recent:
            return
        ids = np.fromiter(self._recent, np.int64, len(self._recent))
        values = np.array(list(self._recent.values()), np.int64).reshape(-1, self.width)
        self._recent = {}
        # the new values last: a stable sort keeps them after the old, the last of a run wins
        all_ids = np.concatenate([self._ids, ids])
        all_values = np.concatenate([self._values, values])
        order = np.argsort(all_ids, kind="stable")
        all_ids, all_values = all_ids[order], all_values[order]
        last = np.r_[all_ids[1:] != all_ids[:-1], True] if len(all_ids) else np.zeros(0, bool)
        self._ids, self._values = all_ids[last], all_values[last]
