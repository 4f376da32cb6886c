"""search text: Danish and Norwegian names' å and ø also spelled aa and oe

``Aase``, ``Raadhusplassen``, ``Oeystein``, ``Foelstad`` and ``Loekke`` found nothing
(newcomer 30 finding 8) while ``Hoeglund`` found ``Höglund``.  clipper.umlauts now spells a
word written with a capital and holding ``å`` or ``ø`` on a Danish, Bokmål or Nynorsk page (or
a page of no identified language) again as ``aa``/``oe``, with the words around it, as 0066 and
0068 do for German umlauts; a query holding ``å``/``ø`` is sought in that spelling too.

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0070
Revises: 0069
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0070"
down_revision = "0069"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
