"""``bench/oneday.py``'s growth proxy (issue 10) names the main-process stage whose cost per
1,000 records grows along a run, and says what the process holds against its resident set, from
what ``bench/_dedupe_child.py`` records after each batch: the README's issue-10 rows cite it."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def oneday(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))  # oneday imports bench/_common.py and glue.py
    spec = importlib.util.spec_from_file_location("bench_oneday", BENCH / "oneday.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _summary(batches: int) -> dict[str, Any]:
    """A run of ``batches`` batches of 1,000 records: ``recluster`` costs 0.1 s more a batch
    each batch, ``verify`` a flat 0.5 s, ``read`` a flat 0.01 s; the RSS grows 10 MB a
    batch while Python's blocks and malloc's bytes in use stay flat: 2 MB of it is glibc's free
    heap bytes, 5 MB Python's allocator's arenas."""
    memory, stages, held = [], [], []
    recluster = verify = read = cpu = 0.0
    for k in range(1, batches + 1):
        recluster += 0.1 * k
        verify += 0.5
        read += 0.01
        cpu += 0.1 * k + 0.51
        pages = 1000 * (k + 1)  # the next batch is read before this one is stored
        memory.append([pages, 300.0 + 10 * k, cpu])
        stages.append([pages, {"recluster": recluster, "verify": verify, "read": read}])
        held.append([pages, 1_500_000, 150.0, 20.0 + 2 * k, 100.0 + 5 * k])
    return {
        "batch_memory": memory,
        "batch_stages": stages,
        "batch_held": held,
        "batch_curve": [[p, float(i)] for i, (p, _, _) in enumerate(memory)],
    }


def test_growth_names_the_stage_whose_cost_grows_first(oneday: ModuleType) -> None:
    grown = oneday.growth(_summary(10), None)
    stages = grown["stage_cpu_s_per_1000"]
    # the batch after the first costs 0.2 s in recluster, the last 1.0 s; verify stays at 0.5
    assert list(stages) == ["recluster", "verify"]  # read (0.01 s) is left out
    assert stages["recluster"] == [0.2, 1.0]
    assert stages["verify"] == [0.5, 0.5]


def test_growth_says_what_the_templates_and_recluster_stages_parts_do(
    oneday: ModuleType,
) -> None:
    # what bench/_dedupe_child.py's batch_parts holds: totals so far after each batch of 1,000
    # records; the stored pages cut again grow by 30 a batch each batch, the pages re-decided
    # stay at 1,000 a batch
    summary = _summary(5)
    cut = redecided = 0
    summary["batch_parts"] = []
    for k in range(1, 6):
        cut += 30 * (k - 1)
        redecided += 1000
        summary["batch_parts"].append(
            [
                1000 * (k + 1),
                {
                    "templates: stored pages cut again": cut,
                    "recluster: pages re-decided": redecided,
                },
            ]
        )
    parts = oneday.growth(summary, None)["parts_per_1000"]
    assert parts == {
        "recluster: pages re-decided": [1000.0, 1000.0],
        "templates: stored pages cut again": [30.0, 120.0],
    }
    del summary["batch_parts"]  # --against an older checkout: absent, the rest measured
    assert "parts_per_1000" not in oneday.growth(summary, None)


def test_growth_says_the_rss_grows_while_what_is_held_does_not(oneday: ModuleType) -> None:
    grown = oneday.growth(_summary(10), None)
    assert grown["rss_mb_per_1000"] == 10.0
    assert grown["held_python_blocks_k"] == [1500, 1500]
    assert grown["held_malloc_mb_per_1000"] == 0.0
    # where the freed memory is kept
    assert grown["held_malloc_free_mb_per_1000"] == 2.0
    assert grown["held_python_arenas_mb_per_1000"] == 5.0
    # ``--against`` an older checkout, whose child records neither: the rest is measured
    summary = _summary(10)
    del summary["batch_stages"], summary["batch_held"]
    older = oneday.growth(summary, None)
    assert older["rss_mb_per_1000"] == 10.0
    assert "stage_cpu_s_per_1000" not in older and "held_python_blocks_k" not in older


def test_growth_reads_an_older_childs_held_rows(oneday: ModuleType) -> None:
    # ``--against`` a checkout whose child records (pages, blocks, malloc in use) only
    summary = _summary(10)
    summary["batch_held"] = [row[:3] for row in summary["batch_held"]]
    older = oneday.growth(summary, None)
    assert older["held_malloc_mb_per_1000"] == 0.0
    assert "held_malloc_free_mb_per_1000" not in older
    assert "held_python_arenas_mb_per_1000" not in older


def test_the_child_reads_pythons_arenas_as_they_grow() -> None:
    # bench/_dedupe_child.py in a process of its own (importing it times RunSummary's stages)
    script = """
import sys
sys.path.insert(0, sys.argv[1])
import _dedupe_child as child
before = child._python_arenas_mb()
kept = [(i, str(i)) for i in range(300_000)]  # ~40 MB of small objects: pymalloc's
after = child._python_arenas_mb()
print(before, after, child._malloc_mb()[1] is None or child._malloc_mb()[1] >= 0)
"""
    done = subprocess.run(
        [sys.executable, "-c", script, str(BENCH)], capture_output=True, text=True, check=True
    )
    before, after, free_read = done.stdout.split()
    assert float(after) - float(before) >= 20
    assert free_read == "True"
    assert done.stderr == ""  # the allocator's statistics do not reach the run's stderr


def test_the_child_keeps_the_batches_figures_when_a_process_of_their_own_stores_them(
    tmp_path: Path,
) -> None:
    # With 2 workers where the system forks, the batches are stored in a process of their own
    # (clipper.batchprocess) that calls the progress hook: its per-batch figures must reach the
    # summary, or the growth proxy the README's issue-10 rows cite is empty.
    fixtures = Path(__file__).resolve().parent.parent / "fixtures" / "text"
    out = tmp_path / "summary.json"
    subprocess.run(
        [
            sys.executable,
            str(BENCH / "_dedupe_child.py"),
            "--db",
            str(tmp_path / "a.db"),
            "--out",
            str(out),
            "--workers",
            "2",
            str(fixtures),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    summary = json.loads(out.read_text())
    pages = summary["pages_read"]
    assert pages >= 3
    assert [row[0] for row in summary["batch_curve"]] == [pages]
    assert [row[0] for row in summary["batch_memory"]] == [pages]
    assert summary["batch_stages"][0][1]["verify"] >= 0  # the batch's stages were timed
    # ... and the recluster stage's parts counted: every new page is re-decided in its batch
    parts = dict(summary["batch_parts"][0][1])
    assert [row[0] for row in summary["batch_parts"]] == [pages]
    assert parts["recluster: pages re-decided"] >= summary["stored"] >= 3
    assert parts["recluster: rewalk CPU s"] >= 0 and parts["recluster: write CPU s"] >= 0
    assert not (tmp_path / "summary.json.batches").exists()
