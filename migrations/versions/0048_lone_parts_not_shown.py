"""a trim is no page shown beside the wire's page alone: clusters chosen again

Since 0042 a copy that is only a part of its cluster's text is never shown while two outlets
carry what it lacks; a cluster of the wire's page and one trim of it, dated earlier, still
showed the trim (newcomer 22's finding 11, its leftover).  From this revision a copy that the
walk's canonical (read with its address) covers whole and that has at most
``MatchConfig.lone_part_share`` of its words is a part too (``clipper.canonical.part_of_text``).
This revision walks again the components of the clusters whose page shown is not their longest
page (:func:`clipper.rewalks.reshow_parts`, the match rules' defaults), as 0042 did; a
canonical that changes is recorded under the archive's latest run.  Membership stays as it was
decided.

Downgrade changes nothing: the older code reads the archive, and its next run over such a
component chooses by its own rule again.

Revision ID: 0048
Revises: 0047
"""

from __future__ import annotations

from alembic import op

from clipper.rewalks import reshow_parts, walk_again_upgrade

revision = "0048"
down_revision = "0047"
branch_labels = None
depends_on = None


def upgrade() -> None:
    walk_again_upgrade(op.get_bind(), reshow_parts)


def downgrade() -> None:
    pass
