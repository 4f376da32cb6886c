"""A nightly run reaches the archive through its indexes: nothing it runs scans a table that
grows with the archive (the charter: "every index lookup has a bounded fan-out ... nothing
scans the archive").

Every statement SQLite executes during a second night's ``dedupe`` (an archive built from
``fixtures/html`` and ``fixtures/text``, then ``fixtures/jsonl`` and ``fixtures/warc`` into it,
the reader, matching, clustering, stories and search index all run) is traced on the
connection (``sqlite3.Connection.set_trace_callback``: what reaches SQLite, raw DB-API
statements included) and its plan read with ``EXPLAIN QUERY PLAN``: a ``SCAN`` of one of the
archive's growing tables not through an index fails.  The same for the query commands a
reader runs every morning (search, show, stories, clusters with a window, digest).  ``stats``
counts the whole archive by design and is left out; ``runs`` and ``meta`` hold a row a night
and a few keys."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import event
from sqlalchemy.engine import Engine

from clipper.cli import cli
from tests.conftest import FIXTURES, build

# tables whose rows grow with the archive (pages, their keys, matches, clusters, stories)
GROWING = frozenset(
    (
        "pages",
        "matches",
        "lsh_bands",
        "lsh_bands_recent",
        "clusters",
        "stories",
        "story_vectors",
        "story_links",
        "canonical_changes",
        "rejections",
        "site_lines",
    )
)
_SCAN = re.compile(r"SCAN (\w+)")


def archive_scans(db: Path, statements: list[str]) -> set[tuple[str, str]]:
    """(plan step, statement) for each statement of ``statements`` whose SQLite plan on the
    archive ``db`` scans a :data:`GROWING` table without an index."""
    found = set()
    connection = sqlite3.connect(db)
    try:
        # the pipeline's temporary table of a batch's band keys (clipper.backends.sqlite)
        connection.execute("CREATE TEMP TABLE IF NOT EXISTS batch_keys (key INTEGER, row INTEGER)")
        for statement in dict.fromkeys(statements):
            if not statement.lstrip().upper().startswith(("SELECT", "WITH", "UPDATE", "DELETE")):
                continue
            try:
                plan = connection.execute(f"EXPLAIN QUERY PLAN {statement}").fetchall()
            except sqlite3.Error:  # a statement on another temporary table
                continue
            for *_, step in plan:
                m = _SCAN.match(step)
                if m and m.group(1) in GROWING and "INDEX" not in step:
                    found.add((step, " ".join(statement.split())[:300]))
    finally:
        connection.close()
    return found


@contextmanager
def traced() -> Iterator[list[str]]:
    """Every SQL statement SQLite runs on a connection opened inside the block."""
    statements: list[str] = []

    def on_connect(dbapi_connection: object, _record: object) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.set_trace_callback(statements.append)

    event.listen(Engine, "connect", on_connect)
    try:
        yield statements
    finally:
        event.remove(Engine, "connect", on_connect)


@pytest.fixture(scope="module")
def second_night(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    db = tmp_path_factory.mktemp("access") / "archive.db"
    archive, _ = build(db, [FIXTURES / "html", FIXTURES / "text"])
    archive.close()
    with traced() as statements:
        archive, summary = build(db, [FIXTURES / "jsonl", FIXTURES / "warc"])
        archive.close()
    assert summary.stored > 0 and len(statements) > 100
    return db, list(statements)


def test_the_detector_finds_a_scan(second_night: tuple[Path, list[str]]) -> None:
    db, _ = second_night
    scans = archive_scans(
        db,
        [
            "SELECT id FROM pages WHERE text LIKE '%harbour%'",
            "SELECT id FROM pages WHERE source_key = 'x'",
        ],
    )
    assert [step for step, _ in scans] == ["SCAN pages"]


def test_a_nightly_run_scans_no_growing_table(second_night: tuple[Path, list[str]]) -> None:
    db, statements = second_night
    assert archive_scans(db, statements) == set()


@pytest.mark.parametrize(
    "args",
    [
        ["search", "strike"],
        ["search", "strike", "--variants", "--since", "2025-03-01"],
        ["show", "1"],
        ["stories", "--since", "2025-03-10", "--until", "2025-03-11"],
        ["clusters", "--since", "2025-03-10", "--until", "2025-03-11"],
        ["digest", "--since", "2025-03-10"],
    ],
)
def test_a_morning_query_scans_no_growing_table(
    second_night: tuple[Path, list[str]], args: list[str]
) -> None:
    db, _ = second_night
    with traced() as statements:
        result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert statements
    assert archive_scans(db, statements) == set()
