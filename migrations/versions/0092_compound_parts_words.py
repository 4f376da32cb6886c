"""search text: a compound's parts are words, not endings; neuter nouns' keys apart

clipper.compounds no longer reads an ending the word lists hold as a word as a compound's
head (Danish ``politik`` + ``erne``, Finnish ``auto`` + ``issa``, German ``Politiker`` +
``innen``, Norwegian ``still`` + ``ingen``), nor a head that is a noun of its own as another
word with a definite ending (Swedish ``dvärgplanet`` is no ``plan`` + ``et``), and splits an
inflected compound the lists hold only uninflected as that (``bostadsmarknaderna``): a search
for the ending, or for the other word, found those pages (session 45).  And a Ukrainian,
Russian, Polish, Czech or Slovak page's neuter noun in its base form is keyed apart from a
masculine noun of its stem (clipper.caseforms.NEUTER: ``місто``, "city", is no ``міст``,
"bridge").

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0092
Revises: 0091
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0092"
down_revision = "0091"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
