"""search text: Polish and Czech inflected queries, and adjectives' case endings

clipper.caseforms (newcomer 36, finding 3): a Polish or Czech query word is also read as a case
form (``bankiem``, ``Nadwiślańskiego``, ``soudem`` find ``bank``, ``banku``,
``Nadwiślański``, ``soud``: ``Rules.case_queries``), so a page's word in these languages is
keyed also where its key is the word itself (``bank``); Czech adjectives' and nouns' endings
``-ého -ému -ího -ímu -ých -ými -ími -ům`` and Polish ``-ymi -imi`` are case endings
(``Vltavského`` is keyed as ``Vltavská``).  Pages of other languages keep their keys.

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0081
Revises: 0080
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0081"
down_revision = "0080"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
