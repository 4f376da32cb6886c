"""search text: Arabic's abbreviations before the number and its currencies' duals, Hebrew's
thousand and its dual, a scale's half, Korean's names with 화, the US dollar's country in
brackets

An amount written with a currency's abbreviation CLDR gives before the number (``ر.س 500``,
``د.إ 2.5 مليار``, ``ج.م 100``), Arabic's dual of a currency (``دولاران``, ``بريالين``: two
dollars, two riyals), Hebrew's ``אלפיים`` (two thousand) and its ``אלף`` (``50 אלף שקל``),
Hebrew's and Arabic's "and a half" after a scale (``2 מיליארד וחצי``, ``مليون ونصف دولار``),
a Korean name with 화 of one letter
(``엔화 5000억``) or the US dollar with its country in brackets (``1.2 พันล้านดอลลาร์(สหรัฐ)``,
``đô la (Mỹ)``) is keyed as that amount (clipper.amountpattern, clipper.amountscales,
clipper.amountunits, clipper.searchamounts; session 51, amounts51).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0107
Revises: 0106
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0107"
down_revision = "0106"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
