"""Schema migrations (issue 6): an archive with data in it at every earlier revision upgrades to
head through ``clipper.archive.open_archive`` (the path every command takes) and its data
survives; downgrade→upgrade round trips keep the data; an unknown revision is refused with a
clear message; and the models in ``clipper/models.py`` match the migrated schema.

The revision list is read from ``migrations/versions`` (Alembic's script directory), so a new
migration is covered as soon as it lands.  Rows are inserted with plain SQL for the schema at
each revision: explicit, representative rows for the tables of 0001 (a cluster of two pages with
a match, band keys, a canonical change, a site line, a rejection), and one generic row, filled
from ``PRAGMA table_info``/``foreign_key_list``, for any table a later revision adds.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from click.testing import CliRunner
from sqlalchemy import Boolean, MetaData, create_engine, text

from clipper.archive import MIGRATIONS, ArchiveError, current_revision, open_archive
from clipper.backends import backend_for
from clipper.cli import cli
from clipper.models import Base
from clipper.search import search


def _config() -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


SCRIPT = ScriptDirectory.from_config(_config())
REVISIONS = [rev.revision for rev in reversed(list(SCRIPT.walk_revisions()))]  # oldest first
HEAD: str = SCRIPT.get_current_head() or "(none)"

# The rows every revision from 0001 on can hold: table → rows (column → value).
BASE_ROWS: dict[str, list[dict[str, Any]]] = {
    "meta": [{"key": "fingerprint.num_perm", "value": "128"}],
    "runs": [
        {"id": 1, "started_at": "2026-11-01T02:00:00+00:00", "finished_at":
         "2026-11-01T02:10:00+00:00", "status": "completed", "inputs": '["dumps/"]',
         "counts": '{"stored": 2}', "pid": 4242},
        {"id": 2, "started_at": "2026-11-02T02:00:00+00:00", "finished_at": None,
         "status": "interrupted", "inputs": '["dumps/"]', "counts": "{}", "pid": 4343},
    ],
    "pages": [
        {"id": 1, "source_key": "https://a.example/strike", "raw_hash": "a" * 32,
         "url": "https://a.example/strike", "origin": "dumps/a.html", "kind": "html",
         "site": "a.example", "title": "Dockworkers strike at Aldermouth", "author": "M. Holt",
         "published": "2026-11-01", "fetched_at": "2026-11-01T01:00:00", "seen_at":
         "2026-11-01T01:00:00", "language": "en", "text": "Dockworkers walked out at dawn.",
         "template_lines": None, "word_count": 5, "content_hash": "c" * 32, "shingle_count": 1,
         "signature": b"\x00\x01" * 8, "cluster_id": None, "similarity": 1.0,
         "containment": 1.0, "is_exact_duplicate": 0, "version": 1, "run_id": 1},
        {"id": 2, "source_key": "dumps/b.txt", "raw_hash": "b" * 32, "url": None,
         "origin": "dumps/b.txt", "kind": "text", "site": None, "title": None,
         "author": None, "published": None, "fetched_at": None,
         "seen_at": "2026-11-01T02:00:00+00:00", "language": None,
         "text": "Dockworkers walked out at dawn.", "template_lines": '[[0, "Share"]]',
         "word_count": 5, "content_hash": "c" * 32, "shingle_count": 1,
         "signature": b"\x00\x01" * 8, "cluster_id": None, "similarity": 1.0,
         "containment": 1.0, "is_exact_duplicate": 1, "version": 1, "run_id": 1},
    ],
    "clusters": [{"id": 1, "canonical_page_id": 1, "first_seen": "2026-11-01T01:00:00",
                  "last_seen": "2026-11-01T02:00:00+00:00", "size": 2, "created_run_id": 1}],
    "matches": [{"page_id": 2, "better_page_id": 1, "jaccard": 1.0, "containment": 1.0}],
    "lsh_bands": [{"key": -(2**62), "page_id": 1}, {"key": 2**62, "page_id": 2}],
    "canonical_changes": [{"id": 1, "cluster_id": 1, "run_id": 1, "previous_page_id": 2,
                           "new_page_id": 1, "changed_at": "2026-11-01T02:10:00+00:00"}],
    "site_lines": [{"site": "a.example", "line_key": 2**40, "pages": 4}],
    "rejections": [{"id": 1, "run_id": 1, "origin": "dumps/c.pdf",
                    "reason": "unsupported-file", "detail": "not a format clipper reads"}],
}
# Set after both rows exist (pages.cluster_id and clusters.canonical_page_id refer to each
# other).
CLUSTER_OF = {1: 1, 2: 1}


def _tables(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'pages_fts%' AND name != 'alembic_version' ORDER BY name")]


def _generic_row(con: sqlite3.Connection, table: str) -> dict[str, Any]:
    """One row for a table this test does not know: id 1 everywhere an id is needed."""
    refs = {r[3]: r[2] for r in con.execute(f"PRAGMA foreign_key_list([{table}])")}
    row: dict[str, Any] = {}
    for _, name, decl, notnull, default, _pk in con.execute(f"PRAGMA table_info([{table}])"):
        decl = (decl or "").upper()
        if name in refs or name == "id" or name.endswith("_id"):
            row[name] = 1
        elif not notnull and default is None and name not in ("title",):
            row[name] = None
        elif "INT" in decl:
            row[name] = 3
        elif "BLOB" in decl or "BINARY" in decl:
            row[name] = b"\x01\x02"
        elif "FLOAT" in decl or "REAL" in decl:
            row[name] = 0.5
        elif decl.startswith("VARCHAR(") and int(decl[8:-1]) <= 10:
            row[name] = "2026-11-01"[: int(decl[8:-1])]
        else:
            row[name] = f"{table}.{name}"
    return row


def _insert(con: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    columns = ", ".join(f"[{c}]" for c in row)
    marks = ", ".join("?" for _ in row)
    con.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({marks})", list(row.values()))


def populate(db: Path) -> dict[str, list[dict[str, Any]]]:
    """Insert representative rows into the archive at ``db``; return what was inserted."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=ON")
    inserted: dict[str, list[dict[str, Any]]] = {}
    try:
        with con:
            tables = _tables(con)
            for table in ("meta", "runs", "pages", "clusters", "matches", "lsh_bands",
                          "canonical_changes", "site_lines", "rejections"):
                for row in BASE_ROWS[table]:
                    _insert(con, table, row)
                inserted[table] = [dict(r) for r in BASE_ROWS[table]]
            for page_id, cluster_id in CLUSTER_OF.items():
                con.execute("UPDATE pages SET cluster_id = ? WHERE id = ?", (cluster_id, page_id))
                for row in inserted["pages"]:
                    if row["id"] == page_id:
                        row["cluster_id"] = cluster_id
            for table in tables:  # tables of later revisions
                if table not in inserted:
                    row = _generic_row(con, table)
                    _insert(con, table, row)
                    inserted[table] = [row]
            # Columns later revisions added to known tables: NULL is what they start as.
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
    return inserted


def build_at(db: Path, revision: str) -> dict[str, list[dict[str, Any]]]:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
    return populate(db)


def assert_survived(db: Path, inserted: dict[str, list[dict[str, Any]]],
                    only: set[str] | None = None) -> None:
    con = sqlite3.connect(db)
    try:
        for table, rows in inserted.items():
            if only is not None and table not in only:
                continue
            for row in rows:
                columns = ", ".join(f"[{c}]" for c in row)
                found = con.execute(f"SELECT {columns} FROM [{table}]").fetchall()
                assert tuple(row.values()) in found, f"{table}: {row} lost; now {found}"
            # meta's rows of the languages pages are in: what 0078 derives from the pages, and
            # the keyed languages the reindex notes (0112: an English page's singulars)
            derived = {
                "meta": " WHERE key NOT LIKE 'language:%' AND key NOT LIKE 'case_forms:%'",
                # the credits 0109 keys the stored pages by again (their authors, texts and
                # addresses): what a page's columns derive
                "page_credits": " WHERE kind NOT IN ('author', 'agency')",
            }.get(table, "")
            count = con.execute(f"SELECT count(*) FROM [{table}]{derived}").fetchone()[0]
            assert count == len(rows), f"{table}: {count} rows, {len(rows)} inserted"
        if "meta" in inserted and (only is None or "meta" in only):
            held = con.execute("SELECT key FROM meta WHERE key LIKE 'language:%'").fetchall()
            assert set(held) <= {("language:en",)}, held  # the fixture's pages' languages
            keyed = con.execute("SELECT key FROM meta WHERE key LIKE 'case_forms:%'").fetchall()
            assert set(keyed) <= {("case_forms:en",)}, keyed
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_revisions_are_discovered() -> None:
    assert REVISIONS[:2] == ["0001", "0002"]
    assert REVISIONS[-1] == HEAD
    assert len(REVISIONS) == len(set(REVISIONS))


@pytest.mark.parametrize("revision", REVISIONS)
def test_archive_with_data_at_each_revision_upgrades_to_head(revision: str,
                                                             tmp_path: Path) -> None:
    db = tmp_path / f"at-{revision}.db"
    inserted = build_at(db, revision)
    archive = open_archive(str(db))  # upgrades, with clipper's own connection settings
    try:
        assert current_revision(archive) == HEAD
    finally:
        archive.close()
    assert_survived(db, inserted)
    if REVISIONS.index(revision) >= REVISIONS.index("0005"):
        return  # from 0005 on, clipper's store indexes pages in batches; these rows are raw SQL
    con = sqlite3.connect(db)
    try:
        # The full-text index (0002, rebuilt from the search text by 0005) covers pages stored
        # before it existed.
        hits = con.execute(
            "SELECT rowid FROM pages_fts WHERE pages_fts MATCH 'dockworkers' ORDER BY rowid"
        ).fetchall()
        assert hits == [(1,), (2,)]
    finally:
        con.close()


@pytest.mark.parametrize("revision", REVISIONS[1:])
def test_downgrade_then_upgrade_keeps_the_data(revision: str, tmp_path: Path) -> None:
    """Down one revision and back up again (as ``alembic -x db=... downgrade -1`` would do it,
    with SQLite's default connection settings): the rows of the tables the lower revision
    has survive."""
    db = tmp_path / "round-trip.db"
    inserted = build_at(db, revision)
    previous = SCRIPT.get_revision(revision).down_revision
    assert isinstance(previous, str)
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            command.downgrade(config, previous)
            command.upgrade(config, revision)
    finally:
        engine.dispose()
    con = sqlite3.connect(db)
    try:
        kept = set(_tables(con))
    finally:
        con.close()
    if revision == "0007":  # its downgrade folds the recent band keys into lsh_bands
        inserted["lsh_bands"] = inserted["lsh_bands"] + inserted["lsh_bands_recent"]
    assert_survived(db, inserted, only=set(BASE_ROWS) & kept)


def test_unknown_revision_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    build_at(db, HEAD)
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.close()
    with pytest.raises(ArchiveError, match=r"9999_from_the_future.*does not know"):
        open_archive(str(db))
    result = CliRunner().invoke(cli, ["export", "--db", str(db)])
    assert result.exit_code == 1
    assert "9999_from_the_future" in result.output and "Traceback" not in result.output
    con = sqlite3.connect(db)
    try:  # refused, not touched
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            ("9999_from_the_future",)
        ]
        assert con.execute("SELECT count(*) FROM pages").fetchone()[0] == 2
    finally:
        con.close()


def test_models_match_the_migrated_schema(tmp_path: Path) -> None:
    archive = open_archive(str(tmp_path / "head.db"))
    try:
        with archive.engine.connect() as connection:
            diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        archive.close()

    def is_fts(diff: Any) -> bool:
        text = repr(diff)
        return "pages_fts" in text

    real = [d for d in diffs if not is_fts(d)]
    assert real == [], "models.py and the migrations disagree:\n" + "\n".join(map(repr, real))


def _upgrade_as_clipper_does(db: Path, revision: str) -> None:
    """Upgrade ``db`` to ``revision`` inside the backend's migration wrapper, as
    :func:`clipper.archive.open_archive` does."""
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as connection, backend_for(connection).migrating(connection):
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_a_table_a_migration_rebuilds_is_written_the_same_every_time(tmp_path: Path) -> None:
    # 0003 rebuilds ``clusters`` (a foreign key to stories added to its two): Alembic copied
    # the old table's constraints in a set's order, which changed from one rebuild to the next
    # (two `clipper dedupe` into new archives gave different `sqlite3 x.db .schema`)
    before = tmp_path / "at-0002.db"
    _upgrade_as_clipper_does(before, "0002")
    written = set()
    for n in range(12):
        db = tmp_path / f"{n}.db"
        db.write_bytes(before.read_bytes())
        _upgrade_as_clipper_does(db, "0003")
        con = sqlite3.connect(db)
        try:
            (sql,) = con.execute("SELECT sql FROM sqlite_master WHERE name = 'clusters'").fetchone()
        finally:
            con.close()
        written.add(sql)
    assert len(written) == 1
    (sql,) = written
    keys = re.findall(r"CONSTRAINT (\w+) FOREIGN KEY", sql)  # in the order of their columns
    assert keys == [
        "fk_clusters_canonical_page_id_pages",
        "fk_clusters_created_run_id_runs",
        "fk_clusters_story_id_stories",
    ]


# --- PostgreSQL: the same history on a throwaway server (tests/pgserver.py) ------------------


def _pg_build_at(url: str, revision: str) -> None:
    """The schema at ``revision`` on PostgreSQL, with the rows of 0001's tables inserted."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        tables = MetaData()
        tables.reflect(engine)
        with engine.begin() as connection:
            for name in ("meta", "runs", "pages", "clusters", "matches", "lsh_bands",
                         "canonical_changes", "site_lines", "rejections"):
                table = tables.tables[name]
                rows = [
                    {k: bool(v) if isinstance(table.c[k].type, Boolean) else v
                     for k, v in row.items()}
                    for row in BASE_ROWS[name]
                ]
                connection.execute(table.insert(), rows)
            for page_id, cluster_id in CLUSTER_OF.items():
                connection.execute(
                    tables.tables["pages"].update()
                    .where(tables.tables["pages"].c.id == page_id)
                    .values(cluster_id=cluster_id)
                )
    finally:
        engine.dispose()


def _pg_rows(url: str, table: str, columns: list[str]) -> list[tuple[Any, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            names = ", ".join(f'"{c}"' for c in columns)
            return [tuple(r) for r in connection.exec_driver_sql(
                f'SELECT {names} FROM "{table}" ORDER BY 1')]
    finally:
        engine.dispose()


@pytest.mark.postgresql
@pytest.mark.parametrize("revision", REVISIONS)
def test_postgresql_archive_at_each_revision_upgrades_to_head(revision: str, pg_url: str) -> None:
    _pg_build_at(pg_url, revision)
    archive = open_archive(pg_url)
    try:
        assert current_revision(archive) == HEAD
        for table in ("pages", "clusters", "matches", "lsh_bands", "runs", "rejections"):
            columns = [c for c in BASE_ROWS[table][0] if c != "cluster_id"]
            expected = sorted(tuple(row[c] for c in columns) for row in BASE_ROWS[table])
            found = [tuple(int(v) if isinstance(v, bool) else v for v in row)
                     for row in _pg_rows(pg_url, table, columns)]
            assert found == expected, table
        assert _pg_rows(pg_url, "pages", ["id", "cluster_id"]) == sorted(CLUSTER_OF.items())
        if REVISIONS.index(revision) < REVISIONS.index("0005"):
            # Pages stored before the search-text index existed are indexed by its migration.
            hits = search(archive, "dockworkers", variants=True)
            assert sorted(hit.page_id for hit in hits) == [1, 2]
    finally:
        archive.close()


@pytest.mark.postgresql
def test_postgresql_downgrade_to_base_and_up_again(pg_url: str) -> None:
    engine = create_engine(pg_url)
    try:
        with engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            command.downgrade(config, "base")
            command.upgrade(config, "head")
            assert MigrationContext.configure(connection).get_current_revision() == HEAD
    finally:
        engine.dispose()


@pytest.mark.postgresql
def test_postgresql_models_match_the_migrated_schema(pg_url: str) -> None:
    archive = open_archive(pg_url)
    try:
        with archive.engine.connect() as connection:
            diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        archive.close()
    # The full-text index is the backend's own (clipper.backends.postgresql), not a model.
    real = [d for d in diffs if "search_vector" not in repr(d)
            and "search_config" not in repr(d)]
    assert real == [], "models.py and the migrations disagree:\n" + "\n".join(map(repr, real))


def test_an_upgrade_stopped_halfway_leaves_nothing_and_a_retry_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run killed while it creates the archive must not leave half a schema: on SQLite every
    CREATE used to commit on its own, and the next open failed with "table meta already
    exists".  Here the upgrade fails at its fifth table; the file must hold no table of it, and
    the next open creates the whole archive."""
    from alembic import op

    real = op.create_table
    calls = {"n": 0}

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("killed mid-upgrade")
        return real(*args, **kwargs)

    db = tmp_path / "half.db"
    monkeypatch.setattr(op, "create_table", failing)
    with pytest.raises(ArchiveError, match="killed mid-upgrade"):
        open_archive(str(db))
    assert calls["n"] == 5
    con = sqlite3.connect(db)
    try:
        tables = con.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        con.close()
    assert tables == []
    monkeypatch.setattr(op, "create_table", real)
    archive = open_archive(str(db))
    try:
        head = ScriptDirectory.from_config(_config()).get_current_head()
        assert current_revision(archive) == head
    finally:
        archive.close()


def test_sites_stored_as_the_dump_spelled_them_are_found_after_the_upgrade(
    tmp_path: Path,
) -> None:
    """0012: sites a record named (``DerStandard``, ``yahoo.com/news``) were stored as written,
    so --site and watchlists, which normalise, never found them; the upgrade rewrites them."""
    db = tmp_path / "at-0011.db"
    build_at(db, "0011")
    con = sqlite3.connect(db)
    with con:
        # (without a URL: 0015 moves a named site with a URL to the URL's host)
        con.execute("UPDATE pages SET site = 'DerStandard', url = NULL WHERE id = 1")
        con.execute("UPDATE pages SET site = 'Yahoo.com/news' WHERE id = 2")
        con.executemany(
            "INSERT INTO site_lines (site, line_key, pages, sources) VALUES (?, ?, ?, ?)",
            [("DerStandard", 7, 2, '["x"]'), ("derstandard", 7, 5, None),
             ("DerStandard", 8, 1, '["y"]')],
        )
    con.close()
    archive = open_archive(str(db))
    try:
        assert current_revision(archive) == HEAD
        with archive.engine.connect() as connection:
            rows = connection.execute(text("SELECT id, site FROM pages")).all()
            sites: dict[int, str | None] = {row[0]: row[1] for row in rows}
            lines = connection.execute(
                text("SELECT site, line_key, pages FROM site_lines WHERE line_key IN (7, 8) "
                     "ORDER BY line_key")
            ).all()
        assert sites == {1: "derstandard", 2: "yahoo.com"}
        # the normalised spelling's count stays where both counted a line
        assert [tuple(row) for row in lines] == [("derstandard", 7, 5), ("derstandard", 8, 1)]
    finally:
        archive.close()


def test_records_keyed_by_their_line_are_keyed_by_site_and_content_after_the_upgrade(
    tmp_path: Path,
) -> None:
    """0014: a URL-less JSON record was known by ``path:LINE``; now by
    ``record:SITE:RAW_HASH``.  Two records that held one line on two nights (versions 1 and 2
    of one "page") become two pages; template counts follow the rename."""
    from clipper.page import record_key

    db = tmp_path / "at-0013.db"
    build_at(db, "0013")
    con = sqlite3.connect(db)
    with con:
        con.execute(
            "UPDATE pages SET source_key = 'dumps/feed.jsonl:1', origin = 'dumps/feed.jsonl:1', "
            "site = 'esk.example', version = 2 WHERE id = 2"
        )
        con.execute(
            "INSERT INTO pages (id, source_key, raw_hash, url, origin, kind, site, seen_at, text, "
            "word_count, content_hash, shingle_count, signature, similarity, containment, "
            "is_exact_duplicate, version, run_id) VALUES (3, 'dumps/feed.jsonl:1', ?, NULL, "
            "'dumps/feed.jsonl:1', 'text', 'lune.example', '2026-10-31T02:00:00+00:00', 'x', 1, ?, "
            "1, ?, 1.0, 1.0, 0, 1, 1)",
            ("d" * 32, "e" * 32, b"\x00" * 16),
        )
        con.execute(
            "INSERT INTO site_lines (site, line_key, pages, sources) VALUES "
            "('esk.example', 9, 2, '[\"dumps/feed.jsonl:1\", \"dumps/other.txt\"]')"
        )
    con.close()
    archive = open_archive(str(db))
    try:
        assert current_revision(archive) == HEAD
        with archive.engine.connect() as connection:
            pages = {
                row[0]: (row[1], row[2])
                for row in connection.execute(
                    text("SELECT id, source_key, version FROM pages WHERE id IN (2, 3)")
                )
            }
            sources = connection.execute(
                text("SELECT sources FROM site_lines WHERE line_key = 9")
            ).scalar()
        assert pages == {
            2: (record_key("esk.example", "b" * 32), 1),
            3: (record_key("lune.example", "d" * 32), 1),
        }
        renamed = record_key("esk.example", "b" * 32)
        assert json.loads(str(sources)) == sorted([renamed, "dumps/other.txt"])
    finally:
        archive.close()


def test_records_stored_under_an_outlet_name_move_to_their_url_host_after_the_upgrade(
    tmp_path: Path,
) -> None:
    """0015: a record with a URL whose site field named its outlet ("Esk Courier") was stored
    under the name; it moves to its URL's host, its story's outlets are recounted, and the
    name's site-template counts go when no page is left under it."""
    db = tmp_path / "at-0014.db"
    build_at(db, "0014")
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE pages SET url = 'https://www.Esk-Courier.example/a', "
                    "site = 'esk courier' WHERE id = 1")
        con.execute("UPDATE pages SET site = 'lune post' WHERE id = 2")  # no URL: stays
        con.execute("UPDATE clusters SET story_id = 1 WHERE id = 1")
        con.execute("UPDATE stories SET outlets = 7 WHERE id = 1")
        con.executemany(
            "INSERT INTO site_lines (site, line_key, pages, sources) VALUES (?, ?, ?, ?)",
            [("esk courier", 7, 2, None), ("lune post", 8, 3, None)],
        )
    con.close()
    archive = open_archive(str(db))
    try:
        assert current_revision(archive) == HEAD
        with archive.engine.connect() as connection:
            sites: dict[int, str | None] = dict(
                (row.id, row.site) for row in connection.execute(text("SELECT id, site FROM pages"))
            )
            lines = connection.execute(
                text("SELECT site FROM site_lines WHERE line_key IN (7, 8)")
            ).scalars().all()
            outlets = connection.execute(text("SELECT outlets FROM stories WHERE id = 1")).scalar()
        assert sites == {1: "esk-courier.example", 2: "lune post"}
        assert lines == ["lune post"]
        assert outlets == 2
    finally:
        archive.close()


def test_pages_stored_under_spellings_of_one_address_become_versions_after_the_upgrade(
    tmp_path: Path,
) -> None:
    """0017: pages were keyed by the URL as given; now by its key (tracking parameters,
    fragment and default port dropped, host lower-cased).  Two fetches of one article through
    a feed's and a newsletter's link become versions 1 and 2 of one page (by fetch time); a
    third with the exact bytes of one already under the key keeps its old key (the pair is
    unique); template counts follow the rename."""
    db = tmp_path / "at-0016.db"
    build_at(db, "0016")
    con = sqlite3.connect(db)
    with con:
        feed = "https://Esk.example:443/a?utm_source=rss#top"
        mail = "https://esk.example/a?mc_cid=7"
        con.execute(
            "UPDATE pages SET url = ?, source_key = ?, fetched_at = '2026-10-31T05:00:00', "
            "version = 1, site = 'esk.example' WHERE id = 1", (feed, feed),
        )
        con.execute(
            "UPDATE pages SET url = ?, source_key = ?, fetched_at = '2026-10-30T05:00:00', "
            "version = 1, site = 'esk.example' WHERE id = 2", (mail, mail),
        )
        raw_2 = con.execute("SELECT raw_hash FROM pages WHERE id = 2").fetchone()[0]
        twin = "https://esk.example/a?fbclid=x"
        con.execute(
            "INSERT INTO pages (id, source_key, raw_hash, url, origin, kind, site, seen_at, text, "
            "word_count, content_hash, shingle_count, signature, similarity, containment, "
            "is_exact_duplicate, version, run_id) VALUES (3, ?, ?, ?, 'dumps/x.warc', 'html', "
            "'esk.example', '2026-10-31T02:00:00+00:00', 'x', 1, ?, 1, ?, 1.0, 1.0, 0, 1, 1)",
            (twin, raw_2, twin, "e" * 32, b"\x00" * 16),
        )
        con.execute(
            "INSERT INTO site_lines (site, line_key, pages, sources) VALUES "
            "('esk.example', 9, 2, ?)", (json.dumps(sorted([feed, "dumps/other.txt"])),),
        )
    con.close()
    archive = open_archive(str(db))
    try:
        assert current_revision(archive) == HEAD
        with archive.engine.connect() as connection:
            pages = {
                row[0]: (row[1], row[2])
                for row in connection.execute(
                    text("SELECT id, source_key, version FROM pages WHERE id IN (1, 2, 3)")
                )
            }
            sources = connection.execute(
                text("SELECT sources FROM site_lines WHERE line_key = 9")
            ).scalar()
        key = "https://esk.example/a"
        assert pages == {1: (key, 2), 2: (key, 1), 3: (twin, 1)}
        assert json.loads(str(sources)) == sorted([key, "dumps/other.txt"])
    finally:
        archive.close()


def test_every_migration_is_named_by_its_revision_so_an_archive_at_head_opens_without_alembic(
    tmp_path: Path,
) -> None:
    """``open_archive`` knows an archive is up to date from the migrations' file names alone
    (``clipper.archive.newest_revision``), so a query command need not import Alembic: that holds
    only while each migration ``NNNN_*.py`` has revision NNNN and the one before as its parent."""
    from clipper.archive import newest_revision

    files = sorted((MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    assert [f.name[:4] for f in files] == REVISIONS
    for before, migration in zip([None, *REVISIONS], files, strict=False):
        script = SCRIPT.get_revision(migration.name[:4])
        assert script is not None and script.down_revision == before, migration.name
    assert newest_revision() == HEAD

    db = tmp_path / "a.db"
    open_archive(str(db)).close()  # created at head (Alembic runs here)
    import subprocess
    import sys

    probe = (
        "import sys; from clipper.archive import open_archive; "
        f"archive = open_archive({str(db)!r}); archive.close(); "
        "print(sorted(m for m in ('alembic', 'mako') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"

