"""``bench/search_latency.py`` runs every kind of query it times, filters included, through
``clipper.search`` as the library spells its options (a renamed keyword once left the script
failing at its first filtered query while its figure stayed in the README)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from clipper.archive import open_archive

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def search_latency(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))
    spec = importlib.util.spec_from_file_location("bench_search_latency",
                                                  BENCH / "search_latency.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_timed_query_and_filter_runs(search_latency: ModuleType, tmp_path: Path) -> None:
    archive = open_archive(str(tmp_path / "bench.db"))
    try:
        built = search_latency.build(archive, 1_000, seed=7)  # phrases sample every 997th page
        queries = search_latency.make_queries(archive, built["writer"], 48, 7)
        timed = search_latency.run_queries(archive, queries)
    finally:
        archive.close()
    filters = {key for query in timed for key in query["filters"]}
    assert filters == {"sites", "since", "until", "languages", "variants"}
    assert len(timed) == 48
    assert sum(query["hits"] for query in timed) > 0
