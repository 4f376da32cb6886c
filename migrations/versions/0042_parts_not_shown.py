"""a copy that is only a part of its cluster's text is never the page shown: clusters chosen again

Rule 6 took the earliest full copy (Jaccard 0.5 with the walk canonical) as the page a cluster
shows, so a subscriber's trim of the wire's first 3 paragraphs of 5, dated earliest, was shown,
and a search of the canonicals missed every sentence it had dropped (newcomer 22's finding 11).
From this revision such a part (``clipper.canonical.part_of_text``) is never shown.  This
revision walks again the components of the clusters whose page shown is not their longest page
(:func:`clipper.sightings.reshow_parts`, the match rules' defaults); a canonical that changes is
recorded under the archive's latest run.  Membership stays as it was decided.

Downgrade changes nothing: the older code reads the archive, and its next run over such a
component chooses by its own rule again.

Revision ID: 0042
Revises: 0041
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from clipper.cluster import Rules
from clipper.sightings import reshow_parts

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    run_id = connection.execute(sa.text("SELECT max(id) FROM runs")).scalar()
    if run_id is None:
        return  # no run, no page
    session = Session(bind=connection)
    reshow_parts(session, run_id, Rules())
    session.flush()


def downgrade() -> None:
    pass
