"""match offsets: where the longer page of a match holds the shorter one

``matches.offset_words`` (``clipper.match.Edge.offset``): where, in words from its start, the
longer page of a match holds the shorter page's first shared shingle.  Clustering reads it to
tell a compilation (a roundup of standalone articles, each carried below its opening) from a
longer copy of one article (``clipper.cluster``, rule 5).  This revision adds the column and
computes it for the matches already stored, from the two pages' texts
(:func:`clipper.backfill.add_match_offsets`), so pages stored tonight are clustered against
them as against matches stored after the upgrade.  Clusters stored before are re-decided when
a new page joins their component.  Downgrade drops the column.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import add_match_offsets

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # an archive whose recorded revision was set back (a restored version table) has it already
    if "offset_words" not in {c["name"] for c in sa.inspect(bind).get_columns("matches")}:
        op.add_column("matches", sa.Column("offset_words", sa.Integer(), nullable=True))
    add_match_offsets(bind)


def downgrade() -> None:
    op.drop_column("matches", "offset_words")
