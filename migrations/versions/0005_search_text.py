"""full-text index of the search text, written in batches

The full-text index now holds each page's *search text* (clipper.searchtext: NFKC, case and
accent folding, CJK runs as character bigrams) instead of the raw title and body, so Chinese,
Japanese and Korean words are found inside sentences, and both backends index the same words.
``clipper dedupe`` writes it once per batch (clipper.backends ``index_pages``), not through a
trigger per row: on SQLite the triggers of 0002 are dropped.  Every stored page is re-indexed.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        for trigger in ("pages_ai", "pages_ad", "pages_au"):
            op.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
    reindex_later(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return  # 0002's tsvector column stays; nothing maintained it per row
    # Back to 0002's index of the raw text, kept in step by triggers.
    op.execute("INSERT INTO [pages_fts] ([pages_fts]) VALUES ('delete-all')")
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
    op.execute("INSERT INTO [pages_fts] ([pages_fts]) VALUES ('rebuild')")
