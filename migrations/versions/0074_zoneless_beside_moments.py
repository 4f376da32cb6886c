"""a wall time of unknown zone is not compared with a moment as UTC: clusters chosen again

Rule 6, where a zoneless time's span overlapped a moment's (the date does not tell which came
first), let the walk's order decide among copies of as many words, and the walk's order
compared the dates as written: an aggregator's "2026-11-30 07:00" of unknown zone sorted
before the "2026-11-30T12:00:00" UTC that the distributor's "07:00:00-05:00" is stored as,
and the aggregator's copy was shown (newcomer 31, finding D).  From this revision, of as many
words, a moment comes before a wall time that names a span of moments, moments by their
moment and wall times by their wall time (``clipper.canonical._stated_time_first``).  This
revision walks again the components of the clusters of two dated pages or more holding a
zoneless time (:func:`clipper.rewalks.reshow_zoneless`, the match rules' defaults); a
canonical that changes is recorded under the archive's latest run.  Membership stays as it
was decided.

Downgrade changes nothing: the older code reads the archive, and its next run over such a
component chooses by its own rule again.

Revision ID: 0074
Revises: 0073
"""

from __future__ import annotations

from alembic import op

from clipper.rewalks import reshow_zoneless, walk_again_upgrade

revision = "0074"
down_revision = "0073"
branch_labels = None
depends_on = None


def upgrade() -> None:
    walk_again_upgrade(op.get_bind(), reshow_zoneless)


def downgrade() -> None:
    pass
