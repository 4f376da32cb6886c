"""newer version first: versions of one page with as many words rank by fetch time before hash

``clipper.canonical.rank_key`` ranked two versions of one page (one address, two texts) with as
many words and the same publication date by their content hash: a correction of a word or a
vowel sign kept the uncorrected text as its cluster's canonical half the time.  From this
revision the later fetched version ranks first.  Stored matches are oriented by rank and
stored clusters were walked by it, so this revision ranks again the versions the new order
ranks otherwise, orients their matches by it and walks their components again
(:func:`clipper.rewalks.rerank_versions`, the match rules' defaults); a canonical that
changes is recorded under the archive's latest run.  Every other page ranks as before.

Downgrade changes nothing: the older code reads the archive, and its next run over such a
component walks it by its own order again.

Revision ID: 0036
Revises: 0035
"""

from __future__ import annotations

from alembic import op

from clipper.rewalks import rerank_versions, walk_again_upgrade

revision = "0036"
down_revision = "0035"
branch_labels = None
depends_on = None


def upgrade() -> None:
    walk_again_upgrade(op.get_bind(), rerank_versions)


def downgrade() -> None:
    pass
