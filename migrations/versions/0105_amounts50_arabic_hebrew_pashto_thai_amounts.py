"""search text: Arabic's plurals, accusatives, duals and abbreviations, Hebrew's and Pashto's
currency names, Japanese and Korean names before a number, Thai and Vietnamese names

An amount written with Arabic's plural or accusative (``7 ريالات``, ``40 دولاراً``), its dual
(``مليونا دولار``, ``ملياري ريال``: two million dollars, two billion riyals), a currency's
abbreviation CLDR gives (``ر.س``, ``د.إ``, ``ج.م``), a number glued to a preposition (``بـ40``,
``ב300``), Pashto's names and scales (``۵ میلیارده افغانۍ``, ``۲۰ میلیونه ډالره``), Hebrew's
names (``300 מיליון אירו``), a Japanese or Korean name before the number (``米ドル5億``, ``원화
5조``, ``달러 5억``) and the Thai and Vietnamese names of the dollar, euro, yen, yuan, pound and
won (``1.2 พันล้านดอลลาร์``, ``1,2 tỷ đô la Mỹ``) is keyed as that currency
(clipper.amountnames, clipper.amountunits, clipper.amountscales, clipper.amountendings,
clipper.searchamounts; session 50, amounts50).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0105
Revises: 0104
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0105"
down_revision = "0104"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
