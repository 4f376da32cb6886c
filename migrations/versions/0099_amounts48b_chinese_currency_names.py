"""search text: Chinese currency names before the number, one key for the renminbi

A Chinese amount writing its currency's name before the number and 元 after it (Taiwan's
``新台幣120億元``, ``人民币25亿元``, ``港幣35億元``, ``美金3億元``) is keyed as the named
currency, no longer as 12 billion yuan; ``25亿元人民币`` is the renminbi's; RMB, CNY, CN¥, yuan,
renminbi, 人民币/人民幣 and Japanese 人民元 are one key; a bare 元 is the currency its page's
writing tells (the renminbi on a page in Simplified characters or Japanese, the one currency
of Taiwan, Hong Kong, Macau or the mainland a page in Traditional characters names); the
Chinese names of the Hong Kong, Taiwan, Singapore, Australian, Canadian dollars, the pataca,
the won, the yen, the ringgit, the euro and the pound are read on both sides of the number
(clipper.amountunits, clipper.searchamounts; session 48, newcomer 48b).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0099
Revises: 0098
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0099"
down_revision = "0098"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
