"""pending revisits: a WARC revisit read before its original capture is matched when the original
arrives

A ``revisit`` record moves the last fetch of the page it repeats (0029), but one read in a run
before the one that reads its original capture found nothing and was forgotten: counted
"unmatched", its fetch was lost unless its file was read again.  ``pending_revisits`` keeps
such records (their fields as read, and the URL key of the capture they name); each run matches
those naming a page it stored and deletes them (:mod:`clipper.revisits`).  Empty at upgrade:
the revisits of earlier runs were not kept.

Revision ID: 0030
Revises: 0029
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0029"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pending_revisits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("address", sa.String(), nullable=True),
        sa.Column("fetched_at", sa.String(), nullable=False),
        sa.Column("refers_to_url", sa.String(), nullable=True),
        sa.Column("refers_to_date", sa.String(), nullable=True),
        sa.Column("payload_digest", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["run_id"], ["runs.id"], name="fk_pending_revisits_run_id_runs"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_pending_revisits"),
        if_not_exists=True,
    )
    op.create_index(
        "ix_pending_revisits_origin", "pending_revisits", ["origin"], if_not_exists=True
    )
    op.create_index(
        "ix_pending_revisits_address", "pending_revisits", ["address"], if_not_exists=True
    )
    op.create_index(
        "ix_pending_revisits_payload_digest",
        "pending_revisits",
        ["payload_digest"],
        sqlite_where=sa.text("payload_digest IS NOT NULL"),
        postgresql_where=sa.text("payload_digest IS NOT NULL"),
        if_not_exists=True,
    )


def downgrade() -> None:
    """The kept revisits go (a later run cannot match them)."""
    op.drop_table("pending_revisits")
