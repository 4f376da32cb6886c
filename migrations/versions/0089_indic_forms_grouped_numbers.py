"""search text: Hindi, Marathi and Bengali case forms' keys; grouped numbers joined

clipper.caseforms keys Hindi, Marathi and Bengali pages' words by their plural and case endings
(``संगठनों`` is ``संगठन``'s, ``सरकारच्या`` ``सरकार``'s, ``ঢাকার`` ``ঢাকা``'s), as it keys the
ten languages of migration 0072, so a word finds its forms and a form the word; and
clipper.searchnumbers writes a number grouped with separators (``2,400``, ``२,४००``, India's
``2,40,000``) joined after a page's words, so ``2400`` and ``240000`` find them (a Mumbai
monitoring desk's report, session 39).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`); indexing notes the archive's languages of these
tables (:func:`clipper.caselanguages.note_languages`).

Revision ID: 0089
Revises: 0088
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0089"
down_revision = "0088"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
