"""Start-up: what a ``clipper`` command costs before it does any work, in fresh processes.

    python bench/startup.py [--rounds 7] [--against DIR]

Every command a user types, and every nightly ``clipper dedupe``, starts a Python process that
imports clipper and opens the archive; a query's own work (``bench/search_latency.py``: tens of
milliseconds) is small beside it.  Each command below runs ``--rounds`` times in a process of its
own against one small archive (``fixtures/html`` and ``fixtures/text``, stored once, untimed),
and the least CPU seconds (user + system of the child: a loaded machine moves them much less
than wall time) and least wall seconds of the rounds count:

* ``--help``, ``search --help``: the command-line interface alone (no archive, no SQLAlchemy);
* ``search``, ``show 1``, ``stats``, ``export``, ``rejections``, ``digest`` (text, not
  recorded): a query of the up-to-date archive;
* ``dedupe`` of one fixture page into a copy of the archive (the page already archived, so the
  run's own work is reading and one lookup): a nightly run's fixed cost;
* ``dedupe`` of one new page (the last HTML fixture, left out of the archive) into a copy of
  it: the cleaning's set-up too (the furniture tables, trafilatura's and htmldate's), what a
  user trying clipper on one page waits for (newcomer 41: 6-18 s at a load of 4);
* ``import trafilatura``: the extraction library alone, the floor under ``dedupe``.

``--against DIR``: each command also runs with the clipper of the checkout ``DIR`` (its own
``clipper`` package first on the path), the two trees' rounds interleaved; ratios this ÷ before.
Writes ``bench/results/startup.json``.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, REPO, Run, figure, fresh_dir, loadavg, progress, table

# Runs the clipper command line of the tree argv[1] with the arguments after it.
_CLI = (
    "import sys; sys.path.insert(0, sys.argv[1]); del sys.argv[1]; "
    "from clipper.cli import cli; sys.argv[0] = 'clipper'; cli()"
)
_WHERE = "import sys; sys.path.insert(0, sys.argv[1]); import clipper; print(clipper.__file__)"


def commands(db: Path, copy: Path, page: Path, new_page: Path) -> dict[str, list[str]]:
    """The timed commands (arguments after ``clipper``), by name."""
    return {
        "--help": ["--help"],
        "search --help": ["search", "--help"],
        "search": ["search", "--db", str(db), "strike"],
        "show 1": ["show", "1", "--db", str(db), "--no-text"],
        "stats": ["stats", "--db", str(db)],
        "export": ["export", "--db", str(db), "--format", "jsonl"],
        "rejections": ["rejections", "--db", str(db)],
        "digest": ["digest", "--db", str(db), "--format", "text", "--no-record"],
        "dedupe (one archived page)": ["dedupe", "--db", str(copy), str(page)],
        "dedupe (one new page)": ["dedupe", "--db", str(copy), str(new_page)],
    }


def timed(argv: list[str], before: Path | None = None) -> tuple[float, float]:
    """(CPU seconds of the child, wall seconds) of one run of ``argv``; exits on failure.
    ``before``: a file to copy over the archive copy first (untimed)."""
    if before is not None:
        shutil.copyfile(before, before.with_name("copy.db"))
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr[-500:]}")
    cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
    return cpu, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--against", type=Path, default=None)
    args = parser.parse_args()
    run = Run("startup")
    trees = {"this": REPO} | ({"before": args.against.resolve()} if args.against else {})
    for name, tree in trees.items():
        where = subprocess.run([PYTHON, "-c", _WHERE, str(tree)], capture_output=True, text=True,
                               check=True).stdout.strip()
        if not where.startswith(str(tree)):
            raise SystemExit(f"{name} ({tree}) imports the clipper of {where}")
    folder = fresh_dir("startup")
    db = folder / "archive.db"
    html = sorted((REPO / "fixtures" / "html").glob("*.html"))
    page, new_page = html[0], html[-1]  # the last page is left out of the archive
    subprocess.run([PYTHON, "-c", _CLI, str(REPO), "dedupe", "--db", str(db),
                    *map(str, html[:-1]), str(REPO / "fixtures" / "text")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    copy = folder / "copy.db"
    jobs = commands(db, copy, page, new_page)
    jobs_argv = {name: {t: [PYTHON, "-c", _CLI, str(tree), *argv] for t, tree in trees.items()}
                 for name, argv in jobs.items()}
    jobs_argv["import trafilatura"] = {t: [PYTHON, "-c", "import trafilatura"] for t in trees}
    best: dict[tuple[str, str], tuple[float, float]] = {}
    for round_ in range(args.rounds):
        progress(f"round {round_ + 1} of {args.rounds} ...")
        for name, by_tree in jobs_argv.items():
            for t, argv in by_tree.items():
                cpu, wall = timed(argv, db if name.startswith("dedupe") else None)
                old = best.get((name, t), (float("inf"), float("inf")))
                best[(name, t)] = (min(old[0], cpu), min(old[1], wall))
    rows = []
    for name in jobs_argv:
        row: list[object] = [name]
        for t in trees:
            cpu, wall = best[(name, t)]
            row += [f"{cpu:.3f}", f"{wall:.3f}"]
            run.add(figure(f"start-up, {name}: CPU s ({t})", round(cpu, 3), "s"))
        if len(trees) == 2:
            ratio = best[(name, "this")][0] / best[(name, "before")][0]
            row.append(f"{ratio:.2f}")
            run.add(figure(f"start-up, {name}: CPU this ÷ before", round(ratio, 3), "×"))
        rows.append(row)
    headers = ["command"] + [f"{t} {what}" for t in trees for what in ("CPU s", "wall s")]
    if len(trees) == 2:
        headers.append("CPU this ÷ before")
    print(f"\nleast of {args.rounds} rounds, each a fresh process:")
    print(table(rows, headers))
    run.data.update({"rounds": args.rounds, "against": str(args.against or "")})
    path = run.write()
    print(f"\nload {run.data['loadavg_start']} → {loadavg()}; wrote {path}")


if __name__ == "__main__":
    main()
