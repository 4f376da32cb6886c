"""a trim a second outlet partly carries is no page shown: clusters chosen again

Since 0048 a copy that is only a part of its cluster's text is never shown while two outlets
carry what it lacks, or while it holds at most ``MatchConfig.lone_part_share`` of the walk
canonical's words.  A second outlet was asked only of copies no near copy of the part and read
with their addresses, so one full-text page, an AMP trim of 5 paragraphs of 7 and a newsletter
holding one of the two dropped paragraphs showed the trim (newcomer 24, finding 1).  From this
revision a copy that holds the part whole and shares with the walk canonical at least
``MatchConfig.lacking_carried_share`` of what the part lacks is a second outlet, and a page read
without its address counts by its site (``clipper.canonical.part_of_text``).  This revision
walks again the components of the clusters whose page shown is not their longest page
(:func:`clipper.rewalks.reshow_parts`, the match rules' defaults), as 0048 did; a canonical that
changes is recorded under the archive's latest run.  Membership stays as it was decided.

Downgrade changes nothing: the older code reads the archive, and its next run over such a
component chooses by its own rule again.

Revision ID: 0050
Revises: 0049
"""

from __future__ import annotations

from alembic import op

from clipper.rewalks import reshow_parts, walk_again_upgrade

revision = "0050"
down_revision = "0049"
branch_labels = None
depends_on = None


def upgrade() -> None:
    walk_again_upgrade(op.get_bind(), reshow_parts)


def downgrade() -> None:
    pass
