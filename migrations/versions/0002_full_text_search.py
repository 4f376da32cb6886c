"""full-text search index over pages (SQLite FTS5)

An external-content FTS5 table over ``pages(title, text)``, kept in step with ``pages`` by
triggers, so every write of the archive (dedupe, migrations, a user's own SQL) updates it.
Declared the way sqlite-utils declares one (``content=[pages]``), so Datasette and sqlite-utils
find it as the ``pages`` table's full-text index.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
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
    for trigger in ("pages_ai", "pages_ad", "pages_au"):
        op.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
    op.execute("DROP TABLE IF EXISTS [pages_fts]")
