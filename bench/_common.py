"""Helpers shared by the bench scripts: paths, machine facts, result files, progress lines.

Every result file is ``bench/results/<name>.json`` with at least ``timestamp``, ``command``,
``machine`` (cores, RAM, Python, library versions), ``loadavg_start``/``loadavg_end``
(``os.getloadavg()``: the machine is shared, other people's test runs show up here) and
``figures``: a list of ``{"figure", "value", "unit", "target", "met"}`` rows that
``bench/run_all.py`` puts in the combined table.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import sqlite3
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
RESULTS = BENCH / "results"
WORK = BENCH / ".work"  # git-ignored: corpora built at run time live here
SHARED_DATA = REPO.parent / "shared" / "data"
SEEDS = REPO.parent / "shared" / "seeds"
PYTHON = sys.executable

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def ram_gb() -> float | None:
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def machine() -> dict[str, Any]:
    return {
        "cores": os.cpu_count(),
        "ram_gb": ram_gb(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.machine(),
        "clipper": version("clipper"),
        "datasketch": version("datasketch"),
        "trafilatura": version("trafilatura"),
        "numpy": version("numpy"),
        "sqlalchemy": version("SQLAlchemy"),
        "sqlite": sqlite3.sqlite_version,
    }


def source_state() -> dict[str, Any]:
    """Which clipper was measured: HEAD, files changed since, and a hash of clipper/*.py (the
    working tree is shared and changes under a run; this pins what a figure belongs to)."""
    import subprocess

    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", *args], cwd=REPO, capture_output=True, text=True, timeout=10
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return ""

    digest = hashlib.sha256()
    for path in sorted((REPO / "clipper").glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return {
        "git_head": git("rev-parse", "--short", "HEAD"),
        "uncommitted_clipper_files": git("status", "--porcelain", "clipper").splitlines(),
        "clipper_sources_sha256": digest.hexdigest()[:16],
    }


def loadavg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def figure(
    name: str,
    value: float | int | str | None,
    unit: str = "",
    target: str | None = None,
    met: bool | None = None,
) -> dict[str, Any]:
    """One row of the combined table."""
    if isinstance(value, float):
        value = round(value, 4)
    return {"figure": name, "value": value, "unit": unit, "target": target, "met": met}


class Run:
    """Collects one script's results: start/end load, timestamp, machine, figures."""

    def __init__(self, name: str, argv: list[str] | None = None) -> None:
        self.name = name
        self.started = time.monotonic()
        self.data: dict[str, Any] = {
            "name": name,
            "timestamp": now_iso(),
            "command": " ".join(["python", *(argv if argv is not None else sys.argv)]),
            "machine": machine(),
            "source": source_state(),
            "loadavg_start": loadavg(),
            "figures": [],
        }

    def add(self, *rows: dict[str, Any]) -> None:
        self.data["figures"].extend(rows)

    def write(self) -> Path:
        self.data["loadavg_end"] = loadavg()
        self.data["wall_seconds"] = round(time.monotonic() - self.started, 2)
        RESULTS.mkdir(parents=True, exist_ok=True)
        path = RESULTS / f"{self.name}.json"
        path.write_text(json.dumps(self.data, indent=2, default=str) + "\n")
        return path


def in_tree(tree: str, script: str, payload: Any) -> Any:
    """Run the Python ``script`` in a child process with the checkout ``tree``'s clipper first
    on its path (another tree's, for ``--against DIR``), ``payload`` as JSON on its stdin;
    returns what it writes to stdout, read as JSON."""
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": tree, "PATH": "/usr/bin:/bin"},
        cwd=tree,
    )
    return json.loads(done.stdout)


# The search benches' child (bench/search_*.py): an in-memory FTS5 table of the pages' search
# texts as the tree makes them, each query's hits and its best of 5 times.
_SEARCH_CHILD = r"""
import json, sqlite3, sys, time
from clipper.searchtext import search_text
from clipper.searchquery import parse_query
from clipper.backends.sqlite import FTS5_TOKENIZER, fts5_expression
job = json.load(sys.stdin)
con = sqlite3.connect(":memory:")
tokenize = FTS5_TOKENIZER.replace('"', "'")
con.execute(f'CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, text, tokenize="{tokenize}")')
texts = [(i, search_text(text, language)) for i, language, text in job["pages"]]
con.executemany("INSERT INTO t (id, text) VALUES (?, ?)", texts)
hits, spent = {}, []
for query in job["queries"]:
    best = None
    for _ in range(5):
        start = time.perf_counter()
        expression = fts5_expression(parse_query(query))
        found = [r[0] for r in con.execute("SELECT id FROM t WHERE t MATCH ?", (expression,))]
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    hits[query] = found
    spent.append(best * 1e6)
size = sum(len(text) for _, text in texts)
json.dump({"hits": hits, "spent": sorted(spent), "size": size}, sys.stdout)
"""


def search_in_tree(
    tree: str, pages: Sequence[tuple[str, str | None, str]], queries: list[str]
) -> dict[str, Any]:
    """Index ``pages`` ((id, language, text) each) as checkout ``tree``'s clipper makes their
    search texts (an in-memory FTS5 table, its tokenizer) and run ``queries``: ``{"hits":
    {query: [id, ...]}, "spent": sorted best-of-5 µs a query, "size": characters of search
    text}``."""
    result: dict[str, Any] = in_tree(tree, _SEARCH_CHILD, {"pages": pages, "queries": queries})
    return result


# The story benches' child (bench/story_inflections.py, bench/local_briefs.py): each run's
# records read from a JSONL file by the tree's clipper.pipeline.dedupe into a fresh archive,
# and each record's story read back (by the line its page came from).
_STORIES_CHILD = r"""
import json, sys, tempfile
from pathlib import Path
from sqlalchemy import select
from clipper.archive import open_archive
from clipper.config import Config
from clipper.models import Cluster, Page
from clipper.pipeline import dedupe
job = json.load(sys.stdin)
out = {}
for name, records in job["runs"].items():
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "records.jsonl"
        source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                          encoding="utf-8")
        archive = open_archive(str(Path(folder) / "archive.db"))
        try:
            dedupe(archive, [str(source)], Config(workers=1))
            with archive.sessions() as session:
                rows = session.execute(select(Page.origin, Cluster.story_id).join(
                    Cluster, Cluster.id == Page.cluster_id)).all()
        finally:
            archive.close()
    story = {int(origin.rsplit(":", 1)[1]) - 1: sid for origin, sid in rows}
    out[name] = [story.get(i) for i in range(len(records))]
print(json.dumps(out))
"""


def stories_in_tree(tree: str, runs: dict[str, list[dict[str, Any]]]) -> dict[str, list[Any]]:
    """Each run of ``runs`` (name → JSONL records) read by checkout ``tree``'s clipper into a
    fresh archive (one worker): name → each record's story id, in the records' order (None for
    a record not stored)."""
    result: dict[str, list[Any]] = in_tree(tree, _STORIES_CHILD, {"runs": runs})
    return result


def fundus_pages(languages: set[str]) -> list[tuple[str, str, str]]:
    """(language, title, body) of the fundus pages of ``../shared/data`` whose text clipper's
    language identification reads as one of ``languages``, each stored version (none without
    ``../shared/data``)."""
    from clipper.language import detect_language

    found = []
    for path in sorted((SHARED_DATA / "fundus-news-pages" / "expected").glob("*/*.json")):
        for version in json.loads(path.read_text(encoding="utf-8")).values():
            sections = (version.get("body") or {}).get("sections") or []
            body = "\n".join(p for s in sections for p in s["headline"] + s["paragraphs"])
            language = detect_language(body)
            if language in languages:
                found.append((language, version.get("title") or "", body))
    return found


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def fresh_dir(name: str) -> Path:
    path = WORK / name
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path


def table(rows: list[list[Any]], headers: list[str]) -> str:
    """A plain fixed-width table."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def fmt(value: Any, digits: int = 3) -> str:
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def batch_cost(curve: list[list[float]]) -> dict[str, float | None]:
    """Seconds per 1,000 documents over the first and the last 10 % of a run's batch curve
    (``(pages read, seconds)`` after each batch): does the cost per batch grow?"""
    by_pages = {int(pages): seconds for pages, seconds in curve}  # the last report repeats
    curve = [[pages, seconds] for pages, seconds in sorted(by_pages.items())]
    if len(curve) < 4:
        return {"first_s_per_1000": None, "last_s_per_1000": None}
    k = max(1, len(curve) // 10)
    first = curve[k][1] / curve[k][0] * 1000
    last = (curve[-1][1] - curve[-1 - k][1]) / (curve[-1][0] - curve[-1 - k][0]) * 1000
    return {"first_s_per_1000": round(first, 2), "last_s_per_1000": round(last, 2)}


def archive_digest(db: Path) -> str:
    """A digest of what an SQLite archive stored, independent of ids, run times and insertion
    order, for the bench scripts that compare two trees' archives (speed.py, oneday.py,
    incremental.py): equal when a change left every stored result as it was:
    every page's origin, URL, site, title, author, publication and fetch dates, language,
    text, template lines, word count, content hash, signature and declared original; every
    rejection; the clusters (as sets of origins, with the canonical's); the stories (as sets
    of their clusters' canonicals); each cluster's story vector (by its canonical)."""
    con = sqlite3.connect(db)
    try:
        parts = [
            con.execute(
                "SELECT origin, url, site, title, author, published, fetched_at, language, text,"
                " template_lines, word_count, content_hash, hex(signature), declared_original,"
                " is_exact_duplicate FROM pages ORDER BY origin, raw_hash"
            ).fetchall(),
            con.execute(
                "SELECT origin, reason, detail FROM rejections ORDER BY origin, reason, detail"
            ).fetchall(),
            sorted(
                (canonical, ",".join(sorted(members.split("\x1f"))))
                for canonical, members in con.execute(
                    "SELECT c.origin, group_concat(p.origin, char(31)) FROM pages p"
                    " JOIN clusters k ON k.id = p.cluster_id"
                    " JOIN pages c ON c.id = k.canonical_page_id GROUP BY p.cluster_id"
                )
            ),
            sorted(
                ",".join(sorted(members.split("\x1f")))
                for (members,) in con.execute(
                    "SELECT group_concat(c.origin, char(31)) FROM clusters k"
                    " JOIN pages c ON c.id = k.canonical_page_id"
                    " WHERE k.story_id IS NOT NULL GROUP BY k.story_id"
                )
            ),
            con.execute(
                "SELECT p.origin, hex(v.terms) FROM story_vectors v"
                " JOIN pages p ON p.id = v.page_id ORDER BY p.origin"
            ).fetchall(),
        ]
    finally:
        con.close()
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]


def shared_missing(path: Path) -> str:
    """The line a bench script prints when it skips because ``path`` (under ``../shared``: the
    benchmark data kept beside the repository, not in it) is absent: the absolute path looked
    for, the repository it was looked for beside, and how to provide it.  A clone elsewhere (a
    worktree under another folder) has no ``../shared`` of its own, and a bare "skipped" read
    like a benchmark that ran."""
    return (
        f"skipped: {path.resolve()} is absent: the bench scripts read the benchmark data in "
        f"{(REPO.parent / 'shared').resolve()}, the folder 'shared' beside this repository "
        f"({REPO}); clone or link the data there (ln -s /path/to/shared "
        f"{(REPO.parent / 'shared').resolve()}) to measure"
    )
