"""search text: every ISO 4217 currency in use, and currency names and scale words with endings

The amount tables read the codes and own signs of every currency in use (from CLDR through
Babel: ``AZN``, ``₼``, ``KZT``, ``₸``, ``GEL``, ``₾``, ``AMD``, ``֏``; clipper.amountcodes),
any other currency sign keyed by itself, and the currency names and scale words of Turkish,
Azerbaijani, Kazakh, Kyrgyz, Uzbek, Russian, Ukrainian, Belarusian, Georgian and Armenian with
their suffixes and case endings (``2,3 milyar dolarlık``, ``1,5 milyar liraya``, ``100 млрд
теңге``, ``2,3 მილიარდ დოლარს``, ``5 միլիարդ դրամով``; clipper.amountendings; session 48), so a
query in one form finds a page writing another, and ``₸2,3 млрд`` no page of 2,3 млрд dollars.

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0097
Revises: 0096
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0097"
down_revision = "0096"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
