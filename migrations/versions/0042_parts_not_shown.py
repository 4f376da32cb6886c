"""a copy that is only a part of its cluster's text is never the page shown: clusters chosen again

Rule 6 took the earliest full copy (Jaccard 0.5 with the walk canonical) as the page a cluster
shows, so a subscriber's trim of the wire's first 3 paragraphs of 5, dated earliest, was shown,
and a search of the canonicals missed every sentence it had dropped (newcomer 22's finding 11).
From this revision such a part (``clipper.canonical.part_of_text``) is never shown.  This
revision walks again the components of the clusters whose page shown is not their longest page
(:func:`clipper.rewalks.reshow_parts`, the match rules' defaults); a canonical that changes is
recorded under the archive's latest run.  Membership stays as it was decided.

Downgrade changes nothing: the older code reads the archive, and its next run over such a
component chooses by its own rule again.

Revision ID: 0042
Revises: 0041
"""

from __future__ import annotations

from alembic import op

from clipper.rewalks import reshow_parts, walk_again_upgrade

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None


def upgrade() -> None:
    walk_again_upgrade(op.get_bind(), reshow_parts)


def downgrade() -> None:
    pass
