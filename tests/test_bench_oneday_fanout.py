"""``bench/oneday.py --fanout`` (issue 10): each new page's candidates, counted from the pairs
and matches each batch recorded and the clusters the run ends with: the README's bounded
fan-out row cites it."""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def oneday(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))  # oneday imports bench/_common.py and glue.py
    spec = importlib.util.spec_from_file_location("bench_oneday_fanout", BENCH / "oneday.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _night(tmp_path: Path) -> tuple[Path, Path]:
    """Five pages in two batches: pages 1, 2 and 4 end in cluster 10 (canonical 1), page 3 in
    cluster 20 (canonical 3), page 5 in none.  Batch 1 verifies (1, 2), a match; batch 2
    verifies page 4 against 1, 2 and 3 (matches with 1 and 2) and page 5 against 4 (no
    match)."""
    db = tmp_path / "archive.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE pages (id INTEGER PRIMARY KEY, url TEXT, cluster_id INTEGER)")
    con.execute("CREATE TABLE clusters (id INTEGER PRIMARY KEY, canonical_page_id INTEGER)")
    con.executemany("INSERT INTO clusters VALUES (?, ?)", [(10, 1), (20, 3)])
    con.executemany(
        "INSERT INTO pages VALUES (?, ?, ?)",
        [(1, "a", 10), (2, "b", 10), (3, "c", 20), (4, "d", 10), (5, "e", None)],
    )
    con.commit()
    con.close()
    recorded = tmp_path / "fanout.npy"
    with open(recorded, "ab") as f:
        np.save(f, np.array([[1, 2]], dtype=np.int64))
        np.save(f, np.array([[2, 1]], dtype=np.int64))  # a match, worse page first
        np.save(f, np.array([[1, 4], [2, 4], [3, 4], [4, 5]], dtype=np.int64))
        np.save(f, np.array([[4, 1], [4, 2]], dtype=np.int64))
    return recorded, db


def test_fanout_counts_each_new_pages_candidates_and_what_became_of_them(
    oneday: ModuleType, tmp_path: Path
) -> None:
    spread = oneday.fanout(*_night(tmp_path), batch=2)
    assert (spread["pairs"], spread["matches"], spread["pages"]) == (5, 3, 5)
    # per page (1..5): candidates 0 1 0 3 1, matched 0 1 0 2 0; mean, p50, p90, p99, max
    assert spread["all"]["candidates"][0] == 1.0
    assert spread["all"]["candidates"][4] == 3
    assert spread["all"]["matched"][0] == 0.6
    # page 4's candidates 1 and 2 are in its own cluster, 3 is not; page 5 is in no cluster
    assert spread["all"]["own"][0] == 0.6
    assert spread["all"]["own_matched"][4] == 2
    # page 4 reached cluster 10 through page 1 first: page 2 verifies it again
    assert spread["all"]["again"][0] == 0.2
    assert spread["all"]["clusters"][0] == 0.8
    # page 2 matches a page of cluster 10, page 4 two pages of it: one cluster each
    assert spread["all"]["matched_clusters"][0] == 0.4
    assert spread["all"]["matched_clusters"][4] == 1
    # page 4 is verified against canonicals 1 and 3, and its match with page 2 is with no
    # canonical: the one match a canonical-only rule would not find
    assert spread["all"]["canonicals"][4] == 2
    assert spread["all"]["matched_elsewhere"][0] == 0.2
    assert spread["all"]["matched_elsewhere"][4] == 1
    # the first two pages by id (1, 2) and the last two (4, 5)
    assert spread["first"]["candidates"][0] == 0.5
    assert spread["last"]["candidates"][0] == 2.0
    assert spread["last"]["again"][4] == 1
