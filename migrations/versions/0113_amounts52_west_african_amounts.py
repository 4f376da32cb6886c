"""search text: the cedi typed GH¢, the scale abbreviations trn, tr, tri, MM and Mexico's mdd,
numbers grouped by plain spaces beside a currency, the CFA franc of the zone a text names,
Hausa's and Swahili's name and scale before the number

An amount written with a look-alike its papers type for a currency's sign (``GH¢1.2 billion``,
``GHC 500m``), a scale abbreviation (``₦2.5trn``, ``N2.5tr``, ``R$ 5 tri``, ``R$ 1,5
trilhão``, ``US$ 500 MM``, ``500 mdd``), a number grouped by plain spaces (``25 000 FCFA``,
``7 000 milliards de francs CFA``, ``R1 200``: ``000 FCFA`` was keyed as 0 francs), the CFA
franc of a text naming one zone (``DAKAR … 500 milliards de FCFA`` is the BCEAO's, ``XOF``) or
the currency's name and scale before the number (``naira tiriliyan 2.5``, ``shilingi bilioni
2.5``) is keyed as that amount (clipper.amountpattern, clipper.amountscales,
clipper.amountunits, clipper.searchamounts; session 52, amounts52).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0113
Revises: 0112
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0113"
down_revision = "0112"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
