"""search text: amounts in more languages' scale words and currency forms

The amount tables (clipper.amountunits) read the scale words and currency names of the
Balkans, Central and Eastern Europe, the Philippines, Thailand and South Asia in the case
forms news writes them (``2 milijarde evra``, ``500 милиона лева``, ``2,5 δισεκατομμυρίων
ευρώ``, ``50 milionë euro``, ``3 พันล้านบาท``, ``P2.5 billion``, ``₹500 करोड़``; session 47), so
a query in one form finds a page writing another.

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0095
Revises: 0094
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0095"
down_revision = "0094"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
