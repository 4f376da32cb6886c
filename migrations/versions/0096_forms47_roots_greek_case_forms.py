"""search text: Indonesian and Malay words' roots; Greek case forms

A page in Indonesian or Malay holds, after its words, the key of each derived word's root
(clipper.malayroots: ``pertambangan`` and ``ditambang`` → ``tambang``, ``memperuntukkan`` →
``untuk``, ``menjana`` → ``jana``), and a Greek page its words' case-form keys
(clipper.caseforms: ``Εθνικής``, ``Τράπεζας`` → ``εθνικ``, ``τραπεζ``), so that a root or a
base form finds them (newcomers 47a and 47b, session 47).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`), which notes the archive's new keyed languages
(:func:`clipper.caselanguages.note_languages`).

Revision ID: 0096
Revises: 0095
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0096"
down_revision = "0095"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
