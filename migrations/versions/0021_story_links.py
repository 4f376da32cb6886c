"""story links: the links the story stage scored, stored, so a run scores only what it changed

A cluster's story links (its linked clusters) were kept only for the run that scored them, so
every run scored again the link sets of the stored clusters its new ones met.  ``story_links``
holds each cluster's linked clusters (one row a cluster, sorted ids), and
``clipper.stories.stored_links`` keeps it equal to the links among every stored story vector.
This revision fills it for the vectors already stored (``stored_links.backfill``: every
cluster's candidates scored once, 30 days of clusters at a time), so the first run after the
upgrade reads them too; an archive without stories, or whose story settings are not this
clipper's, is left empty, and its next run recomputes every story (and the links with them),
as it would have.  Downgrade drops the table.

Revision ID: 0021
Revises: 0020
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from clipper.stories.stored_links import backfill

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if "story_links" not in sa.inspect(bind).get_table_names():
        op.create_table(
            "story_links",
            sa.Column("cluster_id", sa.Integer(), nullable=False, autoincrement=False),
            sa.Column("linked", sa.LargeBinary(), nullable=False),
            sa.PrimaryKeyConstraint("cluster_id"),
        )
    with Session(bind=bind) as session:
        backfill(session)
        session.flush()


def downgrade() -> None:
    op.drop_table("story_links")
