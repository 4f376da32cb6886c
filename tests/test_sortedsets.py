"""clipper.sortedsets gives what np.unique and np.union1d give, dtype included."""

from __future__ import annotations

import numpy as np
import pytest

from clipper.sortedsets import distinct, union


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
