"""``bench/story_memory.py`` tells what the story stage holds a cluster by the ``clipper``
module that asked for it: an array NumPy allocates inside a ``clipper`` call is counted with
that module, not as NumPy's (issue 10, memory)."""

from __future__ import annotations

import importlib.util
import tracemalloc
from pathlib import Path
from types import ModuleType

import pytest

from clipper.shingles import shingle_hashes

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def story_memory(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_story_memory", BENCH / "story_memory.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_an_array_numpy_made_for_clipper_counts_as_clippers(story_memory: ModuleType) -> None:
    """``shingle_hashes`` (clipper/shingles.py) returns ``sortedsets.distinct``'s array, which
    ``np.sort`` made: it counts as clipper/sortedsets.py's, the module that asked NumPy for it,
    not NumPy's nor its caller's."""
    words = [f"w{i}" for i in range(200_000)]  # made here: not clipper's
    tracemalloc.start(story_memory._TRACE_DEPTH)
    try:
        held = shingle_hashes(words, 5)
        by_module = story_memory._held_by_module(tracemalloc.take_snapshot())
    finally:
        tracemalloc.stop()
    assert held.nbytes > 700_000
    assert by_module["sortedsets.py"] >= held.nbytes
    assert by_module.get("shingles.py", 0) < held.nbytes
    assert by_module.get("other", 0) < held.nbytes
