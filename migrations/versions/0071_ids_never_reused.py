"""clusters and stories: an id once given is never given again (SQLite AUTOINCREMENT)

SQLite gives a row without an id the highest id + 1 (its rowid rule), so when a merge deleted
the highest cluster or story, the next night's new one took that id, and ``show`` of the merged
id, or a script keeping ids from an export, found the new cluster in place of "cluster 2 was
merged into cluster 1" (changes30).  ``AUTOINCREMENT`` keeps the largest id ever given in
``sqlite_sequence`` and never goes below it (https://www.sqlite.org/autoinc.html).  Both tables
are rebuilt with it (Alembic's batch copy: a table's kind cannot be altered in place), and the
sequence starts above every id the ``merges`` table records as deleted, so an id merged away
before this upgrade is not given again either.  PostgreSQL's sequences never give an id twice:
nothing to do there.

Revision ID: 0071
Revises: 0070
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0071"
down_revision = "0070"
branch_labels = None
depends_on = None

# (table, the ``merges.kind`` of its rows)
TABLES = (("clusters", "cluster"), ("stories", "story"))


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    for table, kind in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
        highest = connection.execute(
            text(
                f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0),"
                " coalesce((SELECT max(old_id) FROM merges WHERE kind = :kind), 0))"
            ),
            {"kind": kind},
        ).scalar_one()
        connection.execute(text("DELETE FROM sqlite_sequence WHERE name = :t"), {"t": table})
        connection.execute(
            text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :seq)"),
            {"t": table, "seq": highest},
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table, _ in TABLES:
        with op.batch_alter_table(table, recreate="always"):
            pass
