"""Helpers shared by the robustness tests (issue 6): a generated news corpus with real variant
structure, a canonical dump of an archive, and the consistency checks every archive must pass.

Not a test module (no ``test_`` prefix); imported by test_crash.py and test_concurrency.py.

An archive ``db`` is a :class:`~pathlib.Path` (an SQLite file) or a PostgreSQL URL string; the
readers below take either.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

Db = Path | str

REPO = Path(__file__).resolve().parent.parent
LONG = os.environ.get("CLIPPER_LONG", "") not in ("", "0")

_SYLLABLES = (
    "ka", "ro", "mi", "ten", "sal", "vor", "du", "pe", "lin", "gra", "the", "mor", "an", "is",
    "bel", "tor", "ush", "ven", "da", "ril", "po", "sca", "fen", "ul", "jo", "nar", "bri",
    "cos", "mev",
)


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))))
    return sorted(words)


def _paragraph(rng: random.Random, vocab: list[str]) -> str:
    sentences = []
    for _ in range(rng.randint(3, 5)):
        n = rng.randint(8, 16)
        sentence = " ".join(rng.choice(vocab) for _ in range(n))
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
    return " ".join(sentences)


def make_corpus(root: Path, stories: int = 120, seed: int = 6) -> dict[str, int]:
    """Write a few hundred pages under ``root``: .txt files and JSONL (text and HTML records).

    Each story is published once, then with some probability copied verbatim to other sites,
    trimmed to its first paragraphs, edited (a sentence changed) or re-fetched at the same URL
    with an extra paragraph (a second version).  Returns counts of what was written.
    """
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 3000)
    root.mkdir(parents=True, exist_ok=True)
    (root / "text").mkdir(exist_ok=True)
    jsonl_lines: list[str] = []
    html_lines: list[str] = []
    counts = {"stories": stories, "txt": 0, "jsonl": 0, "html": 0}

    def emit(site: int, slug: str, paras: list[str], title: str, fetched: str, as_: str) -> None:
        url = f"https://site{site}.example/{slug}"
        if as_ == "txt":
            body = title + "\n\n" + "\n\n".join(paras) + "\n"
            (root / "text" / f"{slug}-s{site}.txt").write_text(body, encoding="utf-8")
            counts["txt"] += 1
        elif as_ == "jsonl":
            record = {"url": url, "title": title, "maintext": "\n".join(paras),
                      "date_download": fetched, "source_domain": f"site{site}.example"}
            jsonl_lines.append(json.dumps(record))
            counts["jsonl"] += 1
        else:
            body = "".join(f"<p>{p}</p>\n" for p in paras)
            page = (
                f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{title}</title>"
                f'<meta property="og:type" content="article"></head><body><nav><a href="/">Home'
                f"</a></nav><article><h1>{title}</h1>\n{body}</article>"
                f"<footer>Copyright site{site}</footer></body></html>"
            )
            html_lines.append(json.dumps({"url": url, "html": page, "fetched_at": fetched}))
            counts["html"] += 1

    forms = ("txt", "jsonl", "jsonl", "html")
    for i in range(stories):
        paras = [_paragraph(rng, vocab) for _ in range(rng.randint(3, 6))]
        title = " ".join(rng.choice(vocab) for _ in range(6)).capitalize()
        slug = f"story-{i:04d}"
        day = f"2026-11-{1 + i % 20:02d}T{rng.randint(0, 23):02d}:00:00"
        emit(rng.randint(1, 9), slug, paras, title, day, rng.choice(forms))
        if rng.random() < 0.35:  # verbatim copies on other sites
            for _ in range(rng.randint(1, 3)):
                emit(rng.randint(10, 30), slug, paras, title, day, rng.choice(forms))
        if rng.random() < 0.3 and len(paras) > 3:  # trimmed copy
            emit(rng.randint(10, 30), slug + "-brief", paras[:2], title, day, rng.choice(forms))
        if rng.random() < 0.25:  # lightly edited copy
            edited = list(paras)
            edited[-1] = _paragraph(rng, vocab)
            emit(rng.randint(10, 30), slug + "-ed", edited, title, day, rng.choice(forms))
        if rng.random() < 0.15:  # later version at the same URL, fetched the next day
            later = [*paras, _paragraph(rng, vocab)]
            site = rng.randint(31, 35)
            emit(site, slug, paras, title, day, "jsonl")
            emit(site, slug, later, title, day.replace(":00:00", ":30:00"),
                 "jsonl")
    # Re-reads of identical records inside one input must be no-ops too.
    jsonl_lines += jsonl_lines[:5]
    (root / "feed.jsonl").write_text("\n".join(jsonl_lines) + "\n", encoding="utf-8")
    (root / "pages.jsonl").write_text("\n".join(html_lines) + "\n", encoding="utf-8")
    return counts


def dedupe_cmd(db: Db, inputs: list[Path], *extra: str) -> list[str]:
    # one worker unless the test asks for more (an option given twice exits 2)
    workers = () if "--workers" in extra else ("--workers", "1")
    return [sys.executable, "-m", "clipper.cli", "dedupe", "--db", str(db), *workers,
            *extra, *map(str, inputs)]


def run_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_dedupe(db: Db, inputs: list[Path], *extra: str, timeout: float = 300) -> Any:
    return subprocess.run(dedupe_cmd(db, inputs, *extra), env=run_env(), cwd=REPO,
                          capture_output=True, text=True, timeout=timeout, check=False)


def connect(db: Path, readonly: bool = True) -> sqlite3.Connection:
    con = sqlite3.connect(f"file:{db}?mode={'ro' if readonly else 'rw'}", uri=True, timeout=30)
    con.execute("PRAGMA busy_timeout=30000")
    return con


_ENGINES: dict[str, Engine] = {}


def pg_engine(url: str) -> Engine:
    """An engine without a pool (no connection outlives a read, so databases can be dropped)."""
    if url not in _ENGINES:
        _ENGINES[url] = create_engine(url, poolclass=NullPool)
    return _ENGINES[url]


def exists(db: Db) -> bool:
    """Whether the archive exists yet (a PostgreSQL database is created before the test)."""
    return db.exists() if isinstance(db, Path) else True


def query(db: Db, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (``:name`` parameters) in one read transaction, on either backend."""
    if isinstance(db, Path):
        con = connect(db)
        try:
            return [tuple(row) for row in con.execute(sql, params or {})]
        finally:
            con.close()
    with pg_engine(db).connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params or {})]


def try_query(db: Db, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    """:func:`query`, or [] while the archive or its schema does not exist yet."""
    if not exists(db):
        return []
    try:
        return query(db, sql, params)
    except Exception:
        return []


def reset(db: Db) -> None:
    """Make ``db`` an empty archive location again."""
    if isinstance(db, Path):
        for leftover in db.parent.glob(f"{db.name}*"):
            leftover.unlink()
        return
    with pg_engine(db).begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))


_CLIPPER_CHECKS = {
    "half-made clusters (id, size, members, canonical in)": (
        "SELECT c.id, c.size, count(p.id), "
        "sum(CASE WHEN p.id = c.canonical_page_id THEN 1 ELSE 0 END) FROM clusters c "
        "LEFT JOIN pages p ON p.cluster_id = c.id GROUP BY c.id, c.size, c.pages "
        "HAVING count(p.id) = 0 OR count(p.id) != c.size "
        "OR count(DISTINCT p.source_key) != c.pages "
        "OR sum(CASE WHEN p.id = c.canonical_page_id THEN 1 ELSE 0 END) != 1"
    ),
    "pages stored twice": (
        "SELECT source_key, raw_hash, count(*) FROM pages GROUP BY source_key, raw_hash "
        "HAVING count(*) > 1"
    ),
}


def check_consistent(db: Db, complete: bool = False) -> list[str]:
    """Problems found in the archive at ``db`` (empty list: consistent).

    SQLite's own checks (on SQLite), then clipper's invariants: every cluster has members, its
    size is its member count, its pages the distinct pages among them, and its canonical is one
    of them; nothing stored twice; every page in the full-text index (FTS5's per-document
    table; PostgreSQL's search vector); with ``complete`` (after a finished run) every page
    is in a cluster.
    """
    problems: list[str] = []
    if not exists(db):
        return problems  # killed before the archive file was created
    if isinstance(db, Path):
        # Read-write, like the next run opening it: recovery from the WAL happens as it would.
        con = connect(db, readonly=False)
        try:
            integrity = [row[0] for row in con.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems.append(f"integrity_check: {integrity[:5]}")
            fk = con.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems.append(f"foreign_key_check: {fk[:5]}")
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            con.close()
        unindexed = (
            "SELECT count(*) FROM pages WHERE id NOT IN (SELECT id FROM pages_fts_docsize)"
        )
    else:
        tables = {
            r[0] for r in query(db, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        }
        unindexed = "SELECT count(*) FROM pages WHERE search_vector IS NULL"
    if "pages" not in tables:
        return problems  # killed before the schema was committed: an empty archive
    for what, sql in _CLIPPER_CHECKS.items():
        rows = query(db, sql)
        if rows:
            problems.append(f"{what}: {rows[:5]}")
    if complete:
        loose = query(db, "SELECT count(*) FROM pages WHERE cluster_id IS NULL")[0][0]
        if loose:
            problems.append(f"{loose} pages without a cluster")
    if "pages_fts" in tables or not isinstance(db, Path):
        missing = query(db, unindexed)[0][0]
        if missing:
            problems.append(f"{missing} pages missing from the full-text index")
    return problems


def canonical_dump(db: Db) -> dict[str, Any]:
    """What an archive holds, without row ids or runs: pages by (source_key, raw_hash), their
    content hash, stored text, exact-duplicate flag and version; clusters as sets of member
    keys with their canonical; verified matches as key pairs."""
    pages = query(
        db,
        "SELECT id, source_key, raw_hash, content_hash, is_exact_duplicate, version, text, "
        "cluster_id FROM pages",
    )
    key = {row[0]: (row[1], row[2]) for row in pages}
    members: dict[int | None, set[tuple[str, str]]] = {}
    for row in pages:
        members.setdefault(row[7], set()).add(key[row[0]])
    canonical = dict(query(db, "SELECT id, canonical_page_id FROM clusters"))
    matches = query(db, "SELECT page_id, better_page_id FROM matches")
    bands = query(db, "SELECT count(*) FROM lsh_bands")[0][0]
    return {
        "pages": sorted(
            (r[1], r[2], r[3], bool(r[4]), r[5], _short_hash(r[6])) for r in pages
        ),
        "clusters": sorted(
            (sorted(keys), key[canonical[cid]] if cid in canonical else None)
            for cid, keys in members.items()
        ),
        "matches": sorted((key[a], key[b]) for a, b in matches),
        "lsh_bands": bands,
    }


def _short_hash(text: str) -> str:
    import hashlib

    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def runs(db: Db) -> list[tuple[Any, ...]]:
    return query(db, "SELECT id, status, started_at, finished_at, pid FROM runs ORDER BY id")
