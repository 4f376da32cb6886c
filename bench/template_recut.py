"""What cutting stored pages again costs: CPU of a re-cut, the archive's bytes a page, the index.

    python bench/template_recut.py [--records 2000] [--pages 300] [--rounds 3] [--against DIR]
                                   [--oneday N]

A stored page is cut again when a line it carried becomes its site's template
(:mod:`clipper.sitetemplates`: 0 → ~300 pages a batch over a 10k ``bench/oneday.py`` run) or its
title's site name is learned (:mod:`clipper.sitetitles`); its text or title is stored anew and
its full-text entry replaced (``Store.replace_texts``, ``Store.replace_titles``).  SQLite's
external-content FTS5 table forgets an entry only given the words it indexed: how those are
found (made again, or kept beside the index as migration 0084 kept them) is what this measures.

For this tree (and ``--against DIR``, a checkout of another revision, e.g. main before a
change), each in its own clipper (``_common.in_tree``): an archive of the first ``--records``
one-day records (``bench/oneday.py``'s stream, built under ``bench/.work/``; never committed),
its bytes on disk a page, and the FTS5 index's and each full-text table's share (``dbstat``)
(``--oneday N``: the archives ``bench/oneday.py --sizes N --against DIR`` left, this tree's
and DIR's, instead of building them); then ``--rounds`` rounds, the trees interleaved, each a
fresh process on that archive:

* *text re-cut*: ``--pages`` stored pages that templates cut (seeded sample), set back to their
  text before the cut (their lines restored, their entries written so, not timed), the
  process's memos emptied (as after each batch of a run), then cut again as
  ``recut_stored`` stores them (``Store.replace_texts``): CPU seconds of that call;
* *title re-cut*: ``--pages`` stored pages with a title, set to the title with a site name
  after it (not timed), then back (``Store.replace_titles``): CPU seconds of that call;

and after each, in the first round, a digest of every (word, page, column, place) the FTS5
index holds and its totals (``pages_fts_data``'s averages record), and whether that index is
the one built afresh from the stored pages: the same digest on both trees is the same search
hits and ranks.  Every change is rolled back.  Prints CPU per 1,000 pages re-cut, best and
median of the rounds, and the ratio of the medians against ``--against``.  Writes
``bench/results/template_recut.json``.  Without ``../shared/data`` the script prints
"skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oneday
from _common import PYTHON, REPO, WORK, Run, figure, fmt, in_tree, progress, shared_missing, table

SEED = 39
# Appended to a title for the title re-cut, as a site writes its name after a headline.
SITE_NAME = " | The Example Bulletin"

# Run in the measured tree's clipper: one round of both re-cuts on a copy's transaction.
_CHILD = r"""
import hashlib, json, random, sys, time
job = json.load(sys.stdin)
from clipper import paragraphs
from clipper.archive import open_archive
from clipper.backends import PageText, backend_for
from clipper.store import Store
from clipper.templates import restore_lines


def index_digest(connection):
    connection.exec_driver_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.entries "
        "USING fts5vocab(main, pages_fts, instance)")
    rows = connection.exec_driver_sql(
        "SELECT term, doc, col, offset FROM temp.entries ORDER BY doc, col, offset, term")
    digest = hashlib.sha256()
    for row in rows:
        digest.update(repr(tuple(row)).encode())
    totals = connection.exec_driver_sql("SELECT block FROM pages_fts_data WHERE id = 1").scalar()
    digest.update(bytes(totals))
    return digest.hexdigest()[:16]


def rebuilt_digest(connection):
    backend_for(connection).reindex_all(connection)
    return index_digest(connection)


archive = open_archive(job["db"])
out = {}
try:
    for kind in ("text", "title"):
        with archive.sessions() as session:
            store = Store(session)
            connection = session.connection()
            if kind == "text":
                rows = connection.exec_driver_sql(
                    "SELECT id, title, text, template_lines, language FROM pages "
                    "WHERE template_lines IS NOT NULL ORDER BY id").all()
            else:
                rows = connection.exec_driver_sql(
                    "SELECT id, title, text, NULL, language FROM pages "
                    "WHERE title IS NOT NULL AND title != '' ORDER BY id").all()
            rows = sorted(random.Random(job["seed"]).sample(rows, min(job["pages"], len(rows))))
            if kind == "text":
                before = [PageText(r[0], r[1], restore_lines(r[2], json.loads(r[3])), r[4])
                          for r in rows]
                now = [PageText(r[0], r[1], r[2], r[4]) for r in rows]
                store.replace_texts([(n, b, None) for n, b in zip(now, before)])
            else:
                before = [PageText(r[0], r[1] + job["site_name"], r[2], r[4]) for r in rows]
                now = [PageText(r[0], r[1], r[2], r[4]) for r in rows]
                store.replace_titles(list(zip(now, before)))
            paragraphs.forget()
            started = time.process_time()
            if kind == "text":
                store.replace_texts([(b, n, r[3]) for b, n, r in zip(before, now, rows)])
            else:
                store.replace_titles(list(zip(before, now)))
            cpu = time.process_time() - started
            result = {"pages": len(rows), "cpu_s": cpu}
            if job["digest"]:
                result["digest"] = index_digest(connection)
                result["as_rebuilt"] = result["digest"] == rebuilt_digest(connection)
            session.rollback()
        out[kind] = result
finally:
    archive.close()
print(json.dumps(out))
"""


def build(tree: Path, tag: str, records: int, made: Path | None = None) -> dict[str, Any]:
    """The archive of the first ``records`` one-day records made by ``tree``'s clipper (kept
    under ``bench/.work/template_recut/TAG``; ``made``: one made so already), and its bytes
    on disk."""
    if made is not None:
        db, folder = made, made.parent
    else:
        folder = WORK / "template_recut" / tag
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("archive.db*"):
            stale.unlink()
        db = folder / "archive.db"
        progress(f"{tag}: clipper dedupe of {records:,} one-day records ({tree}) ...")
        subprocess.run(
            [
                PYTHON,
                str(tree / "bench" / "_dedupe_child.py"),
                "--db",
                str(db),
                "--out",
                str(folder / "summary.json"),
                "--label",
                f"{tag} {records:,}",
                str(oneday.corpus(records)),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    con = sqlite3.connect(db)
    try:
        pages = con.execute("SELECT count(*) FROM pages").fetchone()[0]
        tables = dict(
            con.execute(
                "SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE 'pages_fts%' GROUP BY name"
            ).fetchall()
        )
    finally:
        con.close()
    size = sum(f.stat().st_size for f in folder.glob("archive.db*"))
    return {
        "db": str(db),
        "pages": pages,
        "bytes": size,
        "bytes_per_page": size / pages,
        "fulltext_tables": tables,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--against",
        type=Path,
        default=None,
        help="a checkout of another revision, measured in the same command",
    )
    parser.add_argument(
        "--oneday",
        type=int,
        default=None,
        help="use the N-record archives bench/oneday.py --sizes N --against DIR "
        "left (this tree's and DIR's) instead of building them",
    )
    args = parser.parse_args()
    if not oneday.SOURCE.exists():
        print(shared_missing(oneday.SOURCE))
        return
    trees = {"this": REPO}
    if args.against:
        trees["against"] = args.against.resolve()
    run = Run("template_recut")
    made = {
        "this": WORK / "oneday" / f"run-{args.oneday}" / "archive.db",
        "against": WORK / "oneday" / f"against-{args.oneday}" / "archive.db",
    }
    built = {
        tag: build(tree, tag, args.oneday or args.records, made[tag] if args.oneday else None)
        for tag, tree in trees.items()
    }
    cpu: dict[str, dict[str, list[float]]] = {tag: {"text": [], "title": []} for tag in trees}
    digests: dict[str, dict[str, Any]] = {}
    for round_ in range(args.rounds):
        order = list(trees) if round_ % 2 == 0 else list(reversed(trees))
        for tag in order:
            job = {
                "db": built[tag]["db"],
                "pages": args.pages,
                "seed": SEED,
                "site_name": SITE_NAME,
                "digest": round_ == 0,
            }
            found = in_tree(str(trees[tag]), _CHILD, job)
            for kind, result in found.items():
                per_1000 = result["cpu_s"] * 1000 / result["pages"]
                cpu[tag][kind].append(per_1000)
                if "digest" in result:
                    digests.setdefault(tag, {})[kind] = {
                        "digest": result["digest"],
                        "as_rebuilt": result["as_rebuilt"],
                        "pages": result["pages"],
                    }
            progress(
                f"round {round_ + 1} {tag}: "
                + ", ".join(f"{kind} {cpu[tag][kind][-1]:.3f}" for kind in cpu[tag])
            )
    rows = []
    for tag, tree in trees.items():
        b = built[tag]
        for kind in ("text", "title"):
            median = statistics.median(cpu[tag][kind])
            run.add(
                figure(
                    f"{tag} ({tree.name}): {kind} re-cut, CPU s per 1,000 pages "
                    f"(median of {args.rounds})",
                    round(median, 3),
                    "s",
                )
            )
            rows.append(
                [
                    tag,
                    kind,
                    digests[tag][kind]["pages"],
                    fmt(min(cpu[tag][kind]), 3),
                    fmt(median, 3),
                    digests[tag][kind]["digest"],
                    "yes" if digests[tag][kind]["as_rebuilt"] else "NO",
                ]
            )
        run.add(
            figure(
                f"{tag} ({tree.name}): archive bytes a page ({b['pages']:,} pages)",
                round(b["bytes_per_page"]),
                "B",
            )
        )
    print(
        table(
            rows,
            [
                "tree",
                "re-cut",
                "pages",
                "CPU s/1000 best",
                "median",
                "index digest",
                "index as rebuilt",
            ],
        )
    )
    for tag, tree in trees.items():
        b = built[tag]
        print(
            f"{tag} ({tree}): {b['pages']:,} pages, archive {b['bytes'] / 1e6:.1f} MB, "
            f"{b['bytes_per_page'] / 1000:.2f} KB a page; full-text tables "
            + ", ".join(
                f"{name} {size / 1e6:.1f} MB" for name, size in sorted(b["fulltext_tables"].items())
            )
        )
    if args.against:
        for kind in ("text", "title"):
            ratio = statistics.median(cpu["this"][kind]) / statistics.median(cpu["against"][kind])
            same = digests["this"][kind]["digest"] == digests["against"][kind]["digest"]
            run.add(figure(f"{kind} re-cut CPU, this tree ÷ {args.against}", round(ratio, 3), "×"))
            print(
                f"{kind} re-cut CPU, this tree ÷ against (medians): {ratio:.3f}; "
                f"same index: {'yes' if same else 'NO'}"
            )
        ratio = built["this"]["bytes_per_page"] / built["against"]["bytes_per_page"]
        run.add(figure(f"archive bytes a page, this tree ÷ {args.against}", round(ratio, 3), "×"))
        print(f"archive bytes a page, this tree ÷ against: {ratio:.3f}")
    run.data.update({"built": built, "cpu_s_per_1000": cpu, "digests": digests})
    path = run.write()
    print(f"loadavg start {run.data['loadavg_start']} end {run.data['loadavg_end']}; wrote {path}")


if __name__ == "__main__":
    main()
