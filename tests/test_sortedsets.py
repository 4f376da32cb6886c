"""clipper.sortedsets gives what np.unique, np.union1d and np.intersect1d give, dtype included."""

from __future__ import annotations

import numpy as np
import pytest

import clipper.sortedsets
from clipper.sortedsets import distinct, intersection_sizes, spans, union


@pytest.mark.parametrize("dtype", [np.uint32, np.int64])
def test_distinct_and_union_are_numpys_answers(dtype: type[np.generic]) -> None:
    rng = np.random.default_rng(7)
    for size in (0, 1, 2, 5, 700, 5000):
        for high in (3, 2**31):  # many repeats, and nearly none
            values = rng.integers(0, high, size).astype(dtype)
            other = rng.integers(0, high, size // 2 + 1).astype(dtype)
            for got, want in (
                (distinct(values), np.unique(values)),
                (distinct(values.reshape(-1, 1)), np.unique(values)),
                (union(values, other), np.union1d(values, other)),
            ):
                assert got.dtype == want.dtype
                assert got.tolist() == want.tolist()


def test_distinct_leaves_its_argument_as_it_was() -> None:
    values = np.array([5, 3, 5, 1], dtype=np.int64)
    assert distinct(values).tolist() == [1, 3, 5]
    assert values.tolist() == [5, 3, 5, 1]


def test_spans_lists_every_index_of_each_range() -> None:
    at, owner = spans(np.array([5, 0, 9], np.int64), np.array([8, 0, 10], np.int64))
    assert at.tolist() == [5, 6, 7, 9]
    assert owner.tolist() == [0, 0, 0, 2]


@pytest.mark.parametrize("held", [1_000_000, 7])  # one pass, and many small ones
def test_intersection_sizes_are_intersect1d_pair_by_pair(
    held: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clipper.sortedsets, "_KEYS_HELD", held)
    rng = np.random.default_rng(3)
    # sets of 0-12 distinct values in any order, some empty, with a value above 2**31
    sets = [rng.permutation(rng.choice(40, rng.integers(0, 13), replace=False)) for _ in range(60)]
    sets[0] = np.array([2**32 - 1, 7])
    keys = np.concatenate(sets).astype(np.uint32)
    stop = np.cumsum([len(s) for s in sets])
    start = stop - [len(s) for s in sets]
    first, second = rng.integers(0, 60, 500), rng.integers(0, 60, 500)
    first[:2], second[:2] = 0, [0, 5]
    got = intersection_sizes(keys, start, stop, first, second)
    want = [
        len(np.intersect1d(sets[i].astype(np.uint32), sets[j].astype(np.uint32)))
        for i, j in zip(first.tolist(), second.tolist(), strict=True)
    ]
    assert got.tolist() == want
    assert got[0] == 2
    assert intersection_sizes(keys, start, stop, first[:0], second[:0]).tolist() == []
