"""pages counted apart from their versions (``clusters.pages``, ``stories.pages`` again); the
runs a recorded digest read whole (``digests.runs_done``)

A page fetched again with a changed headline or text is stored as its next version (a row of
``pages`` with the same ``source_key``), in the cluster of its text.  ``clipper stories``,
``clipper clusters``, ``clipper show story:N`` and ``clipper stats`` counted those rows as
pages: a story of one article re-fetched with a corrected headline read "2 pages".
``clusters.pages`` holds the distinct pages (``source_key``) among a cluster's rows, what the
listings show, sort and filter by (``clusters.size`` still counts its rows, what its
canonical is chosen among); ``stories.pages`` is recomputed the same way over the story's
clusters.  Both are maintained by ``clipper dedupe`` from this revision on.

A digest's window was a span of stored times, kept to the second: a run that ended in the
second a digest was read overlapped that digest's window and the next one's, and was listed in
both.  ``digests.runs_done`` records the highest run id below which every run had ended when
the digest read the archive (runs hold the write lock one at a time, so their ids follow their
order); the next digest of the selection takes the runs after it.  NULL for the digests
recorded before this revision: their next digest goes by time, as before.

Revision ID: 0027
Revises: 0026
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("clusters")}
    if "pages" not in columns:
        op.add_column("clusters", sa.Column("pages", sa.Integer(), nullable=True))
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("digests")}
    if "runs_done" not in columns:
        op.add_column("digests", sa.Column("runs_done", sa.Integer(), nullable=True))
    # one seek of the pages.cluster_id index a cluster or story
    op.execute(
        "UPDATE clusters SET pages = (SELECT count(DISTINCT p.source_key) FROM pages AS p "
        "WHERE p.cluster_id = clusters.id)"
    )
    op.execute(
        "UPDATE stories SET pages = (SELECT count(DISTINCT p.source_key) FROM clusters AS c "
        "JOIN pages AS p ON p.cluster_id = c.id WHERE c.story_id = stories.id) "
        # a story without clusters is left as it is (the next run that touches it removes it)
        "WHERE EXISTS (SELECT 1 FROM clusters AS c WHERE c.story_id = stories.id)"
    )


def downgrade() -> None:
    # stories.pages keeps the distinct count: the older code recounts a story when it changes
    op.drop_column("digests", "runs_done")
    op.drop_column("clusters", "pages")
