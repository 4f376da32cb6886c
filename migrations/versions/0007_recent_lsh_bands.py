"""recent LSH bands: new band keys go to a small table merged into lsh_bands in key order

Adds ``lsh_bands_recent`` (same shape as ``lsh_bands``: band key, page).  Existing bands stay
in ``lsh_bands``.  ``clipper.store.Store.insert_bands`` keeps two ``meta`` rows counting the
pages indexed in each table (``lsh_bands.main_pages``, ``lsh_bands.recent_pages``), from which
it decides when to merge; their absence means "everything is in lsh_bands".  Portable Alembic
operations only.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lsh_bands_recent",
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("page_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(
            ["page_id"],
            ["pages.id"],
            name=op.f("fk_lsh_bands_recent_page_id_pages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "page_id", name=op.f("pk_lsh_bands_recent")),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.execute(
        "INSERT INTO lsh_bands (key, page_id) SELECT key, page_id FROM lsh_bands_recent"
    )
    op.execute("DELETE FROM meta WHERE key IN ('lsh_bands.main_pages', 'lsh_bands.recent_pages')")
    op.drop_table("lsh_bands_recent")
