"""Run ``clipper.pipeline.dedupe`` in a process of its own (for memory/incremental benches).

    python bench/_dedupe_child.py --db X.db --out summary.json [--workers N] PATH...

Writes the run summary plus wall seconds to ``--out``; progress every ~10 s on stderr.
After each batch it records the pages read and seconds so far (``batch_curve``) and the main
process's resident set and CPU seconds (``batch_memory``: pages read, RSS MB, CPU s), from which
``bench/oneday.py`` measures how memory and cost per 1,000 pages grow along the run; with them
``batch_stages`` (the main process's CPU seconds in each stage of ``RunSummary.timed`` up to the
batch: which stage's cost grows with the night) and ``batch_held`` (pages read, the blocks
Python's allocator has handed out and not had back, ``sys.getallocatedblocks()``, the bytes
glibc's ``malloc`` has handed out, ``mallinfo2``'s ``uordblks + hblkhd`` in MB, the free bytes
in its heaps, ``fordblks`` in MB (both None elsewhere), and the MB of the arenas Python's
allocator has from the system, ``sys._debugmallocstats()``, None when it prints none: what the
process holds, against the resident set that holds it, and where memory freed is kept), and
``batch_parts`` (pages read, the counts and CPU seconds so far of the parts of the templates and
recluster stages whose work grows with the night: the stored pages a template cut is made again
on and the CPU of that cut, the pages the rewalk re-decides and the pages of the clusters it
settles, the CPU of the rewalk and of its write: :func:`_record_parts`).

The batches may be stored in a process of their own (``clipper.batchprocess``, 2+ workers where
the system forks), which calls the progress hook: the per-batch figures are then that process's
(its resident set and CPU seconds, its stages), written after each batch to ``--out`` +
``.batches`` and read back when the run ends, since the lists it filled end with it.
``main_cpu_s`` and ``main_stage_cpu``: the main process's own CPU seconds, whole and by stage
(the story stage among them), for ``bench/oneday.py``'s table of CPU by stage and size.

``--fanout FILE``: each batch's candidate pairs and the matches their verification found
(``BatchMatcher.verify``'s pairs and edges, two ``(n, 2)`` arrays of page ids a batch) appended
to FILE with ``np.save``, by whichever process stores the batches: ``bench/oneday.py --fanout``
counts from them each new page's candidates, matches and the clusters they fall in.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ctypes.util
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
import numpy.typing as npt

from clipper.archive import open_archive
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.summary import RunSummary

# main-process CPU seconds by stage (RunSummary.timed adds wall seconds only)
_STAGE_CPU: dict[str, float] = {}
_wall_timed = RunSummary.timed


@contextlib.contextmanager
def _timed(self: RunSummary, stage: str) -> Iterator[None]:
    started = _cpu_s()
    try:
        with _wall_timed(self, stage):
            yield
    finally:
        _STAGE_CPU[stage] = _STAGE_CPU.get(stage, 0.0) + _cpu_s() - started


RunSummary.timed = _timed  # type: ignore[method-assign]

# counts and CPU seconds so far of the parts of the templates and recluster stages
# (:func:`_record_parts`), in the process storing the batches
_PARTS: dict[str, float] = {}


def _record_parts() -> None:
    """Count in :data:`_PARTS` what the templates and recluster stages' growing parts do: the
    stored pages whose text a template cut changes again (``Store.replace_texts``) and the CPU
    seconds of ``sitetemplates.recut_stored``; the pages ``reclustering.rewalk`` re-decides
    (``Rewalk.redecided``) and those of the clusters it settles (``Rewalk.assignments``), and
    the CPU seconds of the rewalk and of its write (``store.clusters.write``)."""
    import clipper.reclustering as reclustering
    import clipper.sitetemplates as sitetemplates
    from clipper.store import Store

    def add(name: str, value: float) -> None:
        _PARTS[name] = _PARTS.get(name, 0.0) + value

    recut, replace = sitetemplates.recut_stored, Store.replace_texts
    rewalk, write = reclustering.rewalk, reclustering.write

    def recut_stored(*args: Any) -> None:
        started = _cpu_s()
        recut(*args)
        add("templates: cut again CPU s", _cpu_s() - started)

    def replace_texts(self: Any, pages: Any) -> None:
        add("templates: stored pages cut again", len(pages))
        replace(self, pages)

    def rewalked(*args: Any) -> Any:
        started = _cpu_s()
        done = rewalk(*args)
        add("recluster: rewalk CPU s", _cpu_s() - started)
        add("recluster: pages re-decided", done.redecided)
        add("recluster: pages settled", len(done.assignments))
        return done

    def written(*args: Any) -> Any:
        started = _cpu_s()
        outcome = write(*args)
        add("recluster: write CPU s", _cpu_s() - started)
        return outcome

    sitetemplates.recut_stored = recut_stored  # type: ignore[assignment]
    Store.replace_texts = replace_texts  # type: ignore[method-assign]
    reclustering.rewalk = rewalked  # type: ignore[assignment]
    reclustering.write = written  # type: ignore[assignment]


def _record_fanout(path: Path) -> None:
    """Append each batch's verified candidate pairs and the matches found among them to
    ``path`` (see the module's docstring)."""
    from clipper.verification import BatchMatcher

    path.unlink(missing_ok=True)
    verify = BatchMatcher.verify

    def recorded(
        self: BatchMatcher, batch: Any, stored: list[int], pairs: npt.NDArray[np.int64]
    ) -> Any:
        found = verify(self, batch, stored, pairs)
        with open(path, "ab") as f:
            np.save(f, np.asarray(pairs, dtype=np.int64).reshape(-1, 2))
            np.save(
                f,
                np.array([(e.page_id, e.better_page_id) for e in found], dtype=np.int64).reshape(
                    -1, 2
                ),
            )
        return found

    BatchMatcher.verify = recorded  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--label", default="dedupe")
    parser.add_argument("--fanout", type=Path, default=None)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    if args.fanout is not None:
        _record_fanout(args.fanout)
    _record_parts()
    config = Config() if args.workers is None else Config(workers=args.workers)
    last = [time.monotonic()]
    curve: list[tuple[int, float]] = []  # (pages read, seconds) after each batch
    memory: list[tuple[int, float, float]] = []  # (pages read, main RSS MB, main CPU s)
    stages: list[tuple[int, dict[str, float]]] = []  # (pages read, CPU s by stage so far)
    # (pages read, Python blocks, malloc MB in use, malloc MB free, Python's arenas MB)
    held: list[tuple[int, int, float | None, float | None, float | None]] = []
    parts: list[tuple[int, dict[str, float]]] = []  # (pages read, _PARTS so far)

    progress_file = Path(args.out + ".progress")
    batches_file = Path(args.out + ".batches")
    batches_file.unlink(missing_ok=True)

    def show(summary: RunSummary) -> None:
        curve.append((summary.pages_read, round(summary.seconds, 2)))
        memory.append((summary.pages_read, round(_rss_mb(), 1), round(_cpu_s(), 2)))
        stages.append((summary.pages_read, {k: round(v, 3) for k, v in _STAGE_CPU.items()}))
        held.append(
            (summary.pages_read, sys.getallocatedblocks(), *_malloc_mb(), _python_arenas_mb())
        )
        parts.append((summary.pages_read, {k: round(v, 3) for k, v in _PARTS.items()}))
        # Written by whichever process stores the batches (see the module's docstring).
        batches_file.write_text(
            json.dumps(
                {
                    "batch_curve": curve,
                    "batch_memory": memory,
                    "batch_stages": stages,
                    "batch_held": held,
                    "batch_parts": parts,
                }
            )
        )
        progress_file.write_text(
            json.dumps(
                {
                    "pages_read": summary.pages_read,
                    "stored": summary.stored,
                    "seconds": round(summary.seconds, 1),
                }
            )
        )
        if time.monotonic() - last[0] >= 10:
            last[0] = time.monotonic()
            rate = summary.pages_read / summary.seconds if summary.seconds else 0.0
            print(
                f"  [{args.label}] {summary.pages_read} read, {summary.stored} stored, "
                f"{summary.seconds:.0f}s, {rate:.0f} docs/s",
                file=sys.stderr,
                flush=True,
            )

    archive = open_archive(args.db)
    started = time.monotonic()
    summary = dedupe(archive, args.paths, config, on_progress=show)
    wall = time.monotonic() - started
    archive.close()
    batches = {
        "batch_curve": curve,
        "batch_memory": memory,
        "batch_stages": stages,
        "batch_held": held,
        "batch_parts": parts,
    }
    if batches_file.exists():  # the batches' own process's lists, complete when it ended
        batches = json.loads(batches_file.read_text())
        batches_file.unlink()
    result = (
        summary.as_dict()
        | {"wall_seconds": wall, "workers": config.workers}
        | batches
        # this (the main) process's CPU seconds, whole and by stage: with the batches stored
        # in a process of their own, the story stage and the readings' merge at the run's end
        | {
            "main_cpu_s": round(_cpu_s(), 2),
            "main_stage_cpu": {k: round(v, 3) for k, v in _STAGE_CPU.items()},
        }
    )
    Path(args.out).write_text(json.dumps(result, indent=2))


def _rss_mb() -> float:
    """This process's resident set now (Linux /proc; else its peak so far)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _Mallinfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _malloc_mb() -> tuple[float | None, float | None]:
    """The bytes glibc's ``malloc`` has handed out and not had back (``mallinfo2(3)``, glibc
    2.33+, summed over its arenas: ``uordblks``, in use in the arenas' heaps, plus ``hblkhd``,
    in mmap'd blocks) and the free bytes in its heaps (``fordblks``: an upper bound on what
    it keeps resident, since ``malloc_trim`` gives back their whole pages and they still
    count), in MB; (None, None) without it."""
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
        mallinfo2 = libc.mallinfo2 if libc is not None else None
    except (OSError, AttributeError):
        return None, None
    if mallinfo2 is None:
        return None, None
    mallinfo2.restype = _Mallinfo2
    info = mallinfo2()
    return (round((info.uordblks + info.hblkhd) / 2**20, 1), round(info.fordblks / 2**20, 1))


def _python_arenas_mb() -> float | None:
    """The MB of the arenas Python's small-object allocator (pymalloc) holds from the system
    (``N arenas * SIZE bytes/arena = BYTES`` of ``sys._debugmallocstats()``, which CPython
    prints to the C stderr: read through a temporary file); an arena goes back only when all
    its objects are gone, so arenas growing while ``sys.getallocatedblocks()`` does not are
    freed objects' memory kept.  None without that line (another Python, pymalloc off)."""
    debug = getattr(sys, "_debugmallocstats", None)
    if debug is None:
        return None
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with tempfile.TemporaryFile() as captured:
            os.dup2(captured.fileno(), 2)
            try:
                debug()
            finally:
                os.dup2(saved, 2)
            captured.seek(0)
            text = captured.read().decode("ascii", "replace")
    finally:
        os.close(saved)
    for line in text.splitlines():
        if "bytes/arena" in line and "=" in line:
            return round(int(line.rsplit("=", 1)[1].strip().replace(",", "")) / 2**20, 1)
    return None


if __name__ == "__main__":
    main()
