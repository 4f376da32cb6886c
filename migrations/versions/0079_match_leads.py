"""match leads: how many words of its own the shorter page of a match opens with

``matches.lead_words`` (``clipper.match.Edge.lead``): how many words of the shorter page's text
lie above the first shingle the longer page holds.  Clustering reads it to tell two local
rewrites of one wire story, each a run of its paragraphs under an opening of its own, side by
side in the wire's page, from two items of a roundup, each carried from its opening
(``clipper.compilations``, rule 5).  Matches stored before keep no lead (NULL: not known) and
are read as before: a piece of unknown lead is read as carried from its opening.  Downgrade
drops the column.

Revision ID: 0079
Revises: 0078
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0079"
down_revision = "0078"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # an archive whose recorded revision was set back (a restored version table) has it already
    if "lead_words" not in {c["name"] for c in sa.inspect(bind).get_columns("matches")}:
        op.add_column("matches", sa.Column("lead_words", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("matches", "lead_words")
