"""search text: Japanese, Korean, Persian and Arabic currency names from CLDR, Arabic script's
decimal mark, Persian's thousand milliards

A Japanese, Korean, Persian or Dari amount naming its currency in its language (``36億ドル``,
``5兆ウォン``, ``1조2천억 엔``, ``100억 달러``, ``۵۰۰ میلیون دلار``, ``۲۰ میلیون دالر``,
``۱٫۵ میلیارد ریال``) is keyed as that currency (the names CLDR gives through Babel:
clipper.amountnames; a bare ``ドル``, ``달러``, ``دلار`` the US dollar and the dollar family, a
Persian ``ریال`` Iran's, ``درهم`` the Emirates' dirham); a number written with Arabic script's
decimal mark ``٫`` is read whole (``۱٫۲`` is 1.2, no longer 2); Persian's ``هزار`` before a
scale multiplies it (``۲ هزار میلیارد`` is 2×10¹²), Dari's ``ملیون`` and ``ملیارد`` are
scales, and ``درصد`` and Arabic's ``في المئة`` are per cent (clipper.amountunits,
clipper.searchamounts; session 49, newcomers 49a and 49b).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0104
Revises: 0103
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0104"
down_revision = "0103"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
