"""search text: Arabic and Hebrew words are indexed without their suffixes too

``محطة`` missed ``محطات``, ``لقاح`` ``لقاحات``, ``مهندس`` ``المهندسون``, ``حكومة`` ``حكومتها`` and
Hebrew ``הנהלה`` the construct form ``הנהלת`` and ``ביתו`` ``בית``: clipper.prefixes.stem took the
attached prefixes off (0054), not the suffixes.  It now also takes off a possessive pronoun,
Arabic's plural endings ``ات ون ين`` and reads a Hebrew construct form in ``ת`` as its word in
``ה``, each when word frequency says the word left is that word (clipper.config).

Every stored page is indexed again from its title and text (as in 0054).

Revision ID: 0061
Revises: 0060
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0061"
down_revision = "0060"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
