"""A bench script run from a clone with no ``../shared`` beside it says so with the path it
looked for and how to provide it, and exits 0 (helpers in session 49 saw a bare "skipped" from
a worktree under another folder and read it as a run).

The scripts are copied into a folder of their own (``tmp/clone/bench``), so that ``../shared``
is certainly absent there; clipper is this checkout's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("script", "wanted"),
    [
        ("accent_fold.py", "data"),
        ("digest.py", "data/wire-syndication-texts"),
        ("stories.py", "data"),  # a script reading _common only when it skips
    ],
)
def test_a_clone_without_shared_names_the_path(tmp_path: Path, script: str, wanted: str) -> None:
    bench = tmp_path / "clone" / "bench"
    bench.mkdir(parents=True)
    for name in ("_common.py", script):
        shutil.copy(REPO / "bench" / name, bench / name)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, str(bench / script)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    shared = (tmp_path / "shared").resolve()
    assert (
        f"skipped: {shared / wanted} is absent: the bench scripts read the benchmark data in "
        f"{shared}, the folder 'shared' beside this repository ({bench.parent.resolve()}); "
        f"clone or link the data there" in done.stdout
    )
