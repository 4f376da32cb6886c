"""full-text search index over pages (SQLite FTS5; PostgreSQL tsvector + GIN)

SQLite: an external-content FTS5 table over ``pages(title, text)``, kept in step with ``pages``
by triggers (0005 replaces the triggers with batch indexing of the search text).  Declared the
way sqlite-utils declares one (``content=[pages]``), so Datasette and sqlite-utils find it as
the ``pages`` table's full-text index.

PostgreSQL: ``pages.search_vector`` (tsvector) with a GIN index and ``pages.search_config``
(the page language's text-search configuration); see clipper.backends.postgresql.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

from clipper.backends import backend_for

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        backend_for(connection).create_fulltext(connection)
        return
    op.execute(
        "CREATE VIRTUAL TABLE [pages_fts] USING FTS5 ([title], [text], content=[pages], "
        "content_rowid=[id], tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER [pages_ai] AFTER INSERT ON [pages] BEGIN "
        "INSERT INTO [pages_fts] (rowid, [title], [text]) "
        "VALUES (new.[id], new.[title], new.[text]); END"
    )
    op.execute(
        "CREATE TRIGGER [pages_ad] AFTER DELETE ON [pages] BEGIN "
        "INSERT INTO [pages_fts] ([pages_fts], rowid, [title], [text]) "
        "VALUES ('delete', old.[id], old.[title], old.[text]); END"
    )
    op.execute(
        "CREATE TRIGGER [pages_au] AFTER UPDATE OF [title], [text] ON [pages] BEGIN "
        "INSERT INTO [pages_fts] ([pages_fts], rowid, [title], [text]) "
        "VALUES ('delete', old.[id], old.[title], old.[text]); "
        "INSERT INTO [pages_fts] (rowid, [title], [text]) "
        "VALUES (new.[id], new.[title], new.[text]); END"
    )
    # Pages stored before this revision.
    op.execute("INSERT INTO [pages_fts] ([pages_fts]) VALUES ('rebuild')")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        backend_for(connection).drop_fulltext(connection)
        return
    for trigger in ("pages_ai", "pages_ad", "pages_au"):
        op.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
    op.execute("DROP TABLE IF EXISTS [pages_fts]")
