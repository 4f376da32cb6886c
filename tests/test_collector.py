"""clipper.collector: a run's survivors are kept out of later collections, and given back."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from clipper import collector
from clipper.archive import open_archive
from clipper.config import Config
from clipper.pipeline import dedupe
from tests.conftest import FIXTURES


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycle() -> weakref.ref[_Node]:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_settle_collects_dead_cycles_and_freezes_the_living() -> None:
    with collector.run_scope():
        dead = _cycle()  # unreachable at once: only the cyclic collector can free it
        alive = _Node()
        alive.other = alive
        assert dead() is not None
        collector.settle()
        assert dead() is None
        assert gc.get_freeze_count() > 0
        # a frozen object is not in any generation the collector scans
        assert not any(o is alive for o in gc.get_objects())
    assert gc.get_freeze_count() == 0
    assert any(o is alive for o in gc.get_objects())


def test_run_scope_unfreezes_when_the_run_fails() -> None:
    with pytest.raises(RuntimeError), collector.run_scope():
        collector.settle()
        assert gc.get_freeze_count() > 0
        raise RuntimeError("the run stopped")
    assert gc.get_freeze_count() == 0


def test_a_dedupe_run_leaves_nothing_frozen(tmp_path: Path) -> None:
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        summary = dedupe(archive, [str(FIXTURES / "text")], Config(workers=1, batch_size=2))
    finally:
        archive.close()
    assert summary.stored > 2  # several batches, each settled
    assert "collect-garbage" in summary.stage_seconds
    assert gc.get_freeze_count() == 0


def test_what_is_alive_as_a_run_starts_is_not_scanned_during_it() -> None:
    before = _Node()
    before.other = before
    with collector.run_scope():
        assert not any(o is before for o in gc.get_objects())
        during = _cycle()
        gc.collect()
        assert during() is None  # what the run makes is collected as before
    assert any(o is before for o in gc.get_objects())


def test_fewer_collections_raises_the_young_threshold_and_gives_it_back() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, *before[1:])
        with pytest.raises(RuntimeError), collector.fewer_collections(10_000):
            assert gc.get_threshold() == (10_000, *before[1:])
            raise RuntimeError("the stage stopped")
        assert gc.get_threshold() == (700, *before[1:])
        gc.set_threshold(50_000, *before[1:])
        with collector.fewer_collections(10_000):  # a higher one already set is kept
            assert gc.get_threshold() == (50_000, *before[1:])
        assert gc.get_threshold() == (50_000, *before[1:])
    finally:
        gc.set_threshold(*before)


def test_a_batch_is_reclustered_with_fewer_collections(monkeypatch: pytest.MonkeyPatch) -> None:
    from clipper import reclustering

    seen: list[int] = []

    def rewalk(*args: object) -> reclustering.Rewalk:
        seen.append(gc.get_threshold()[0])
        raise RuntimeError("read no archive")

    monkeypatch.setattr(reclustering, "rewalk", rewalk)
    monkeypatch.setattr(reclustering, "StoredGraph", lambda *args: None)

    class _Session:
        def flush(self) -> None:
            pass

    class _Store:
        session = _Session()

    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        reclustering.recluster(_Store(), [1], {1}, 1, None, "now")  # type: ignore[arg-type]
    assert seen == [max(before[0], reclustering.RECLUSTER_GC_THRESHOLD)]
    assert gc.get_threshold() == before
