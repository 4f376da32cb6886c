"""Peak memory of ``dedupe`` as the input grows: 10,000 / 100,000 (/ 1,000,000) text documents.

    python bench/memory.py [--quick] [--full] [--max-docs N] [--workers N]

Input: generated seed-shaped text documents (``bench/synth.py``: invented words, 30 % copies of
earlier stories in six forms), streamed to disk as JSONL.gz files of at most 100,000 records
each under ``bench/.work/memory/`` (kept between runs, regenerated when missing).

Each size runs in a fresh process tree: a wrapper process starts ``bench/_dedupe_child.py``
(``dedupe()`` into a fresh archive, default config, ``--workers`` cleaning processes), waits for
it, and reports ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``: the peak resident set of the
*largest single* process among the run's processes (the dedupe process or one of its forked
cleaning workers), not their sum.  The wrapper also samples the RSS of every process of the
tree from /proc every 2 s (``rss-samples.jsonl`` next to the archive, with the documents read
so far): ``sampled_sum_mb`` is the largest sum seen (forked workers share pages, so the sum
overstates), and a run that does not finish in time still shows its memory curve.
Time is the wall time of ``dedupe()``.
Target: flat, ≤ 2 GB at a million.  Default sizes 10k and 100k; ``--full`` adds 1M.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import cast

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth
from _common import BENCH, PYTHON, WORK, Run, batch_cost, figure, fmt, progress, table

PER_FILE = 100_000
TARGET_MB = 2048


def corpus(n: int, dated: bool = False) -> list[Path]:
    folder = WORK / "memory" / f"docs-{n}{'-dated' if dated else ''}"
    done = folder / "DONE"
    if done.exists():
        return [folder / name for name in json.loads(done.read_text())]
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.jsonl.gz"):
        old.unlink()
    progress(f"generating {n:,} documents into {folder} ...")
    started = time.monotonic()
    # Dated runs use the generator settings of bench/incremental.py's base archive, so that
    # script can start from the archive this one builds instead of building it again.
    files = synth.write_jsonl(folder / "docs.jsonl.gz", n, gz=True, per_file=PER_FILE,
                              seed=synth.BASE_SEED if dated else n,
                              start_day=synth.BASE_START if dated else None,
                              per_day=synth.BASE_PER_DAY)
    done.write_text(json.dumps([f.name for f in files]))
    progress(f"  generated in {time.monotonic() - started:.0f}s")
    return files


def measure(n: int, workers: int | None, dated: bool = False) -> dict[str, object]:
    files = corpus(n, dated)
    folder = WORK / "memory" / f"run-{n}{'-dated' if dated else ''}"
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "archive.db"
    for stale in folder.glob("archive.db*"):
        stale.unlink()
    out = folder / "summary.json"
    child = [PYTHON, str(BENCH / "_dedupe_child.py"), "--db", str(db), "--out", str(out)]
    child += ["--label", f"{n:,}"] + (["--workers", str(workers)] if workers else [])
    child += [str(f) for f in files]
    samples = folder / "rss-samples.jsonl"
    progress(f"dedupe {n:,} documents (workers={workers or 'default'}) ...")
    proc = subprocess.run(
        [PYTHON, str(Path(__file__).resolve()), "--_wrap", str(samples), str(out), *child],
        stdout=subprocess.PIPE,
        text=True,
    )
    measured = json.loads(proc.stdout.strip().splitlines()[-1])
    if measured["rc"] != 0:
        raise SystemExit(f"dedupe of {n} documents failed (exit {measured['rc']})")
    summary = json.loads(out.read_text())
    db_mb = sum(p.stat().st_size for p in folder.glob("archive.db*")) / 2**20
    sampled = [json.loads(line) for line in samples.read_text().splitlines()]
    row = {
        "docs": n,
        "sampled_max_process_mb": max((x["max_mb"] for x in sampled), default=None),
        "sampled_sum_mb": max((x["sum_mb"] for x in sampled), default=None),
        "peak_rss_mb": measured["maxrss_kb"] / 1024,
        "seconds": summary["wall_seconds"],
        "docs_per_s": n / summary["wall_seconds"],
        "stored": summary["stored"],
        "clusters_new": summary["new_clusters"],
        "workers": summary["workers"],
        "archive_mb": db_mb,
        **batch_cost(summary.get("batch_curve", [])),
        "input_mb": sum(f.stat().st_size for f in files) / 2**20,
    }
    progress(f"  {n:,}: peak {row['peak_rss_mb']:.0f} MB, {row['seconds']:.0f}s")
    return row


def _tree_rss_mb(root: int) -> list[float]:
    """RSS (MB) of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry.name))
    out: list[float] = []
    todo = [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    out.append(int(line.split()[1]) / 1024)
        except OSError:
            pass
    return out


def wrap(samples_path: str, summary_path: str, cmd: list[str]) -> None:
    """Run ``cmd``; sample its process tree's RSS every 2 s into ``samples_path`` (with the
    child's progress), then print rc, getrusage(RUSAGE_CHILDREN).ru_maxrss and the tree's CPU
    seconds as JSON."""
    started = time.monotonic()
    child = subprocess.Popen(cmd)
    with open(samples_path, "w") as samples:
        while child.poll() is None:
            rss = _tree_rss_mb(child.pid)
            try:
                done = json.loads(Path(summary_path + ".progress").read_text())
            except (OSError, ValueError):
                done = {}
            if rss:
                samples.write(json.dumps({"t": round(time.monotonic() - started, 1),
                                          "max_mb": round(max(rss), 1),
                                          "sum_mb": round(sum(rss), 1),
                                          "processes": len(rss)} | done) + "\n")
                samples.flush()
            time.sleep(2)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the whole run: the dedupe process and the workers it reaped.
    print(json.dumps({"rc": child.returncode, "maxrss_kb": usage.ru_maxrss,
                      "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2)}))


def main() -> None:
    if len(sys.argv) > 3 and sys.argv[1] == "--_wrap":
        wrap(sys.argv[2], sys.argv[3], sys.argv[4:])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k and 100k (the default)")
    parser.add_argument("--full", action="store_true", help="add 1,000,000")
    parser.add_argument("--max-docs", type=int, default=None, help="skip sizes above this")
    parser.add_argument("--workers", type=int, default=None, help="default: the machine's cores")
    parser.add_argument("--dated", action="store_true",
                        help="records carry fetched_at, 1,000 a day (default: undated, like the "
                             "seeds: every page falls on the day of the run)")
    parser.add_argument("--sizes", type=int, nargs="*", default=None, help="explicit sizes")
    parser.add_argument("--name", default="memory", help="result file name (bench/results/)")
    args = parser.parse_args()
    sizes = args.sizes or [10_000, 100_000] + ([1_000_000] if args.full else [])
    if args.max_docs:
        sizes = [s for s in sizes if s <= args.max_docs] or [args.max_docs]
    run = Run(args.name)
    rows = [measure(n, args.workers, args.dated) for n in sizes]
    run.data["input"] = (
        "generated seed-shaped text docs (bench/synth.py), JSONL.gz, "
        f"{PER_FILE:,} per file; 30% copies of earlier stories; "
        + ("fetched_at 1,000 docs a day" if args.dated else "undated (all on the run's day)")
    )
    run.data["measure"] = "getrusage(RUSAGE_CHILDREN).ru_maxrss of a fresh wrapper process"
    run.data["rows"] = rows
    kind = "dated text docs (1,000 a day)" if args.dated else "undated text docs (one day)"
    for r in rows:
        run.add(
            figure(
                f"peak RSS, {r['docs']:,} {kind}",
                round(float(r["peak_rss_mb"]), 1),  # type: ignore[arg-type]
                "MB",
                "≤ 2048 MB at 1M, flat",
                # the target is stated at a million documents: smaller runs are not judged
                float(r["peak_rss_mb"]) <= TARGET_MB if r["docs"] >= 1_000_000 else None,  # type: ignore[arg-type,operator]
            ),
            figure(f"dedupe time, {r['docs']:,} {kind}", cast(float, r["seconds"]), "s"),
            figure(
                f"dedupe throughput, {r['docs']:,} {kind}",
                cast(float, r["docs_per_s"]),
                "docs/s",
            ),
            figure(f"seconds per 1,000 docs, first → last 10 % of the {r['docs']:,} run",
                   f"{r['first_s_per_1000']} → {r['last_s_per_1000']}", "s"),
        )
    if len(rows) >= 2:
        growth = float(rows[-1]["peak_rss_mb"]) / float(rows[0]["peak_rss_mb"])  # type: ignore[arg-type]
        run.add(
            figure(
                f"peak RSS growth {rows[0]['docs']:,} → {rows[-1]['docs']:,}, {kind}",
                growth,
                "×",
                "flat (≤ 1.5×)",
                growth <= 1.5,
            )
        )
    run.data["vocabulary"] = synth.VOCABULARY
    path = run.write()
    print(
        table(
            [
                [
                    f"{r['docs']:,}",
                    fmt(r["peak_rss_mb"], 0),
                    fmt(r.get("sampled_sum_mb"), 0),
                    fmt(r["seconds"], 1),
                    fmt(r["docs_per_s"], 0),
                    r["stored"],
                    fmt(r["archive_mb"], 0),
                    r["workers"],
                ]
                for r in rows
            ],
            ["docs", "peak RSS MB", "sampled sum MB", "seconds", "docs/s", "stored",
             "archive MB", "workers"],
        )
    )
    print(f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; wrote {path}")


if __name__ == "__main__":
    main()
