"""The run's story vectors kept on disk until the story stage (clipper.stories.pending)."""

from __future__ import annotations

import numpy as np

from clipper.config import StoryConfig
from clipper.stories import Vector, vectorize
from clipper.stories.pending import PendingVectors


def _same(a: Vector, b: Vector) -> bool:
    return (
        a.keys.dtype == b.keys.dtype
        and np.array_equal(a.keys, b.keys)
        and np.array_equal(a.weights, b.weights)
    )


def test_vectors_come_back_as_they_went_in_and_a_page_added_again_is_replaced() -> None:
    config = StoryConfig()
    texts = {
        11: "Harbor cranes stalled at Port Velmar after the tide gauge failed on Tuesday.",
        12: "The Velmar council voted 7-2 to rebuild the tide gauge before the storm season.",
        13: "",
    }
    vectors = {pid: vectorize(None, text, "en", config) for pid, text in texts.items()}
    pending = PendingVectors()
    try:
        pending.add(vectors.items())
        # more pages than the first allocation of places, in several writes
        many = {1000 + i: vectorize(None, f"Quarry {i} reopened in Dunmore", "en", config)
                for i in range(1500)}
        for start in range(0, 1500, 400):
            pending.add(list(many.items())[start:start + 400])
        assert len(pending) == 3 + 1500
        for pid, vector in [*vectors.items(), *many.items()]:
            assert pid in pending
            assert _same(pending[pid], vector)
        assert len(pending[13].keys) == 0
        assert 14 not in pending and pending.get(14) is None
        pending.add([(11, vectors[12])])
        assert _same(pending[11], vectors[12])
        assert _same(pending[12], vectors[12])
        pending.clear()
        assert len(pending) == 0 and 12 not in pending
        pending.add([(12, vectors[11])])
        assert _same(pending[12], vectors[11])
    finally:
        pending.close()
