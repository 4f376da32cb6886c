"""The story stage's packed term rows (``scoring._Columns``): links scored through rows held
from earlier calls, some of them forgotten and the rest moved by a compaction, are the links a
fresh computation gives, to the last bit of each similarity."""

from __future__ import annotations

import numpy as np

from clipper.config import StoryConfig
from clipper.stories.linking import AnchorIndex, Item
from clipper.stories.scoring import _Columns, linked
from clipper.stories.termvector import Vector

CONFIG = StoryConfig(min_similarity=0.1, anchor_cap=8, anchor_terms=6, min_shared_anchors=2)


def _items(first_id: int, count: int, seed: int) -> dict[int, Item]:
    """Invented clusters over one day: 20-60 terms each from a 400-term vocabulary (a few
    heavy terms shared by many), unit float32 weights."""
    rng = np.random.default_rng(seed)
    items = {}
    for n in range(count):
        size = int(rng.integers(20, 60))
        keys = np.sort(rng.choice(400, size, replace=False).astype(np.uint32) * 7919 + 11)
        weights = rng.random(size) + (keys % 5 == 0) * 2.0
        weights = (weights / np.sqrt(np.dot(weights, weights))).astype(np.float32)
        cid = first_id + n
        order = (739_000, f"{n:05d}", f"site{n % 7}/{cid}", f"{cid:064x}")
        items[cid] = Item(cid, 739_000, order, Vector(keys, weights))
    return items


def _scored(items: dict[int, Item], encoder: _Columns | None) -> tuple[np.ndarray, ...]:
    index = AnchorIndex(CONFIG, items.values())
    found = linked(index.candidates(list(items.values())), items, CONFIG, encoder, index)
    return found.a, found.b, found.sims


def test_rows_kept_forgotten_and_compacted_score_as_a_fresh_encoder() -> None:
    items = _items(1, 120, seed=3)
    fresh = _scored(items, None)
    assert len(fresh[0]) > 50  # the invented clusters do link

    encoder = _Columns()
    others = _items(1000, 150, seed=4)
    _scored(others, encoder)  # rows and columns numbered for clusters not scored below
    held = set(encoder.rows)
    assert len(held) > 140
    for cid in list(others)[:100]:
        encoder.forget(cid)  # past half of what is held: the rows are compacted
    assert set(encoder.rows) == held - set(list(others)[:100])
    assert len(encoder.starts) - 1 < len(held)  # forgotten rows were dropped
    again = _scored(items, encoder)
    for mine, theirs in zip(again, fresh, strict=True):
        assert np.array_equal(mine, theirs)
    # a second call reads the same rows again, and a cluster re-encoded after it is forgotten
    # gets its new row
    encoder.forget(5)
    for mine, theirs in zip(_scored(items, encoder), fresh, strict=True):
        assert np.array_equal(mine, theirs)


def test_a_forgotten_cluster_scored_with_a_new_vector_uses_it() -> None:
    items = _items(1, 60, seed=7)
    encoder = _Columns()
    _scored(items, encoder)
    changed = _items(1, 60, seed=8)  # the same ids, other vectors
    for cid in changed:
        encoder.forget(cid)
    for mine, theirs in zip(_scored(changed, encoder), _scored(changed, None), strict=True):
        assert np.array_equal(mine, theirs)


def _copies(items: dict[int, Item]) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    return {cid: (it.vector.weights.copy(), it.vector.lead.copy()) for cid, it in items.items()}


def _same_values(items: dict[int, Item], before: dict[int, tuple[np.ndarray, np.ndarray]]) -> bool:
    return all(
        np.array_equal(it.vector.weights, before[cid][0])
        and it.vector.weights.dtype == np.float32
        and np.array_equal(it.vector.lead, before[cid][1])
        for cid, it in items.items()
    )


def test_a_shared_store_holds_each_weight_once_and_scores_as_a_fresh_encoder() -> None:
    # the story pool's store: a scored cluster's weights and lead shares are its row's, not a
    # second copy, through growth, forgetting and compaction, with the same links to the bit
    items = _items(1, 120, seed=3)
    lead = np.zeros(len(items[7].vector.keys), np.uint8)
    lead[:5] = 255
    items[7] = Item(7, items[7].day, items[7].order,
                    Vector(items[7].vector.keys, items[7].vector.weights, lead=lead))  # fmt: skip
    weights = {cid: it.vector.weights for cid, it in items.items()}
    fresh = _scored(items, None)  # an encoder of its own leaves the vectors' arrays alone
    assert all(it.vector.weights is weights[cid] for cid, it in items.items())
    values = _copies(items)
    encoder = _Columns(shared=True)
    others = _items(1000, 150, seed=4)
    other_values = _copies(others)
    _scored(others, encoder)
    again = _scored(items, encoder)  # the rows grown: every held vector re-pointed
    for mine, theirs in zip(again, fresh, strict=True):
        assert np.array_equal(mine, theirs)
    assert _same_values(items, values) and _same_values(others, other_values)
    scored = [it for it in [*items.values(), *others.values()] if it.cluster_id in encoder.rows]
    assert len(scored) > 200  # (the clusters of no kept pair are not encoded)
    for it in scored:
        assert np.shares_memory(it.vector.weights, encoder.weights)
    assert 7 in encoder.rows and 8 in encoder.rows
    assert np.shares_memory(items[7].vector.lead, encoder.leads)
    assert not len(items[8].vector.lead)  # no lead shares stays none (every term the lead's)
    for cid in list(others)[:100]:
        encoder.forget(cid)  # past half of what is held: the rows are compacted
    # a forgotten cluster's vector keeps its values in arrays of its own (no view keeps the
    # store's old arrays); the held ones are views of the compacted rows
    for cid in list(others)[:100]:
        assert others[cid].vector.weights.flags.owndata
        assert not np.shares_memory(others[cid].vector.weights, encoder.weights)
    for it in scored:
        if it.cluster_id in encoder.rows:
            assert np.shares_memory(it.vector.weights, encoder.weights)
    assert _same_values(items, values) and _same_values(others, other_values)
    for mine, theirs in zip(_scored(items, encoder), fresh, strict=True):
        assert np.array_equal(mine, theirs)
    encoder.release()  # the store let go: every vector holds its own arrays, the same values
    for it in [*items.values(), *others.values()]:
        assert not np.shares_memory(it.vector.weights, encoder.weights)
        assert it.vector.weights.flags.owndata
    assert items[7].vector.lead.flags.owndata
    assert _same_values(items, values) and _same_values(others, other_values)


def test_room_reserved_at_once_moves_no_row_and_scores_as_a_fresh_encoder() -> None:
    # the story stage reserves its night's terms before scoring them: the rows encoded into the
    # room move nothing (no grown copies beside the old arrays, no quarter of spare room), the
    # held vectors stay views of their rows, the links are a fresh computation's to the bit
    items = _items(1, 120, seed=3)
    fresh = _scored(items, None)
    values = _copies(items)
    encoder = _Columns(shared=True)
    others = _items(1000, 150, seed=4)
    _scored(others, encoder)
    held = [it for it in others.values() if it.cluster_id in encoder.rows]
    before = {it.cluster_id: it.vector.weights.copy() for it in held}
    terms = sum(len(it.vector.keys) for it in items.values())
    encoder.reserve(terms)
    room = len(encoder.weights)
    assert room == encoder.starts[-1] + terms  # the held rows and exactly the room asked for
    for it in held:  # re-pointed to the grown arrays, the same values
        assert np.shares_memory(it.vector.weights, encoder.weights)
        assert np.array_equal(it.vector.weights, before[it.cluster_id])
    arrays = (encoder.columns, encoder.weights, encoder.leads)
    for mine, theirs in zip(_scored(items, encoder), fresh, strict=True):
        assert np.array_equal(mine, theirs)
    now = (encoder.columns, encoder.weights, encoder.leads)
    assert all(a is b for a, b in zip(now, arrays, strict=True))
    assert len(encoder.weights) == room
    assert _same_values(items, values)
    for it in items.values():
        if it.cluster_id in encoder.rows:
            assert np.shares_memory(it.vector.weights, encoder.weights)
    encoder.reserve(0)  # room enough already: nothing moves
    assert encoder.weights is arrays[1]
