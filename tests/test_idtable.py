"""clipper.idtable.IdTable: page id → values for a night's pages, held in arrays; the same
answers as a dict whatever the order ids arrive in and however many merges happen."""

from __future__ import annotations

import random

import numpy as np
import pytest

from clipper.idtable import IdTable


def _filled(pairs: list[tuple[int, tuple[int, int]]], merge_at: int) -> IdTable:
    table = IdTable(2, merge_at=merge_at)
    for page_id, values in pairs:
        table[page_id] = values
    return table


@pytest.mark.parametrize("merge_at", [1, 3, 7, 4096])
def test_answers_as_a_dict_whatever_the_order_and_the_merges(merge_at: int) -> None:
    rng = random.Random(41)
    # a night's pages (ascending ids) and stored pages met along it (any id), some set twice
    ids = list(range(5_000, 5_300)) + rng.sample(range(1, 4_000), 120)
    rng.shuffle(ids)
    pairs = [(pid, (rng.randrange(0, 500), rng.randrange(0, 9))) for pid in ids]
    pairs += [(pid, (rng.randrange(0, 500), 1)) for pid in rng.sample(ids, 40)]
    expected = dict(pairs)
    table = _filled(pairs, merge_at)

    assert len(table) == len(expected)
    assert list(table) == sorted(expected)
    for pid, values in expected.items():
        assert pid in table
        assert table.get(pid) == values
    asked = rng.sample(sorted(expected), 50)
    assert table.values(asked).tolist() == [list(expected[p]) for p in asked]
    assert table.values(np.array(asked, dtype=np.int64)).shape == (50, 2)


def test_absent_ids() -> None:
    table = _filled([(10, (1, 2)), (30, (3, 4))], merge_at=1)
    table[20] = (5, 6)  # not merged yet
    assert 15 not in table and table.get(15) is None
    assert "10" not in table
    assert table.held([10, 15, 20, 30, 99]).tolist() == [True, False, True, True, False]
    assert table.missing([10, 15, 20, 99]) == {15, 99}
    with pytest.raises(KeyError):
        table.values([10, 15])


def test_width_and_clear() -> None:
    table = IdTable(2)
    with pytest.raises(ValueError):
        table[1] = (1, 2, 3)
    table.update([(1, (1, 1)), (2, (2, 2))])
    table.clear()
    assert len(table) == 0 and 1 not in table and list(table) == []
    table[1] = (7, 8)
    assert len(table) == 1 and table.get(1) == (7, 8)
