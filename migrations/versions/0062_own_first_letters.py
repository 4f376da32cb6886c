"""search text: an Arabic or Hebrew word whose first letters are its own keeps them

clipper.prefixes.stem read ``وزير`` "minister" as ``و`` + ``زير``, ``بلدية`` as ``ب`` + ``لديه``,
``بنان`` as ``ب`` + Persian's ``نان``, ``שבת`` as ``ש`` + ``בת``, ``מבנה`` as ``מ`` + ``בנה``, and
``وزارتها`` as ``و`` + ``زارتها``: the word left was frequent enough.  A word written with the
article (``الوزير``, ``השבת``) now keeps its first letters (clipper.prefixes._own_from,
clipper.config.ARTICLE_OWN_ZIPF).

Every stored page is indexed again from its title and text (as in 0054 and 0061).

Revision ID: 0062
Revises: 0061
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0062"
down_revision = "0061"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
