"""search text: the singulars' keys of English, French, Spanish, Portuguese, Italian, Catalan,
German and Dutch pages

clipper.caseforms keys the words of pages of these languages by their singulars
(clipper.pluralforms: ``communautés`` and ``communauté`` are both keyed ``communaute``,
``Innus`` ``innu``, ``ciudades`` ``ciudad``), as it keys the case forms of the languages of
migrations 0072, 0089, 0090, 0096 and 0098, so that a word finds its plural and a plural the
word (a Montreal desk found ``communauté`` finding no ``communautés``, session 52).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`, in batches), which notes the archive's new keyed
languages (:func:`clipper.caselanguages.note_languages`).

Revision ID: 0112
Revises: 0111
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0112"
down_revision = "0111"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
