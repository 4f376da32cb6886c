"""``make bench`` (bench/run_all.py) runs every bench script or says why not: ``SCRIPTS`` and
``NOT_LISTED`` hold every ``bench/*.py`` between them (``transcript_shapes.py`` was in neither:
fixes33's transcripts note)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_every_bench_script_is_run_or_says_why_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))  # run_all imports bench/_common.py
    spec = importlib.util.spec_from_file_location("bench_run_all", BENCH / "run_all.py")
    assert spec is not None and spec.loader is not None
    run_all = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run_all)
    run = {name.split("-")[0] for name in run_all.SCRIPTS}  # "memory-dated" runs memory.py
    scripts = {path.stem for path in BENCH.glob("*.py")}
    assert "transcript_shapes" in run
    assert not run & run_all.NOT_LISTED.keys()
    assert scripts - run == run_all.NOT_LISTED.keys()
    assert all(run_all.NOT_LISTED.values())
