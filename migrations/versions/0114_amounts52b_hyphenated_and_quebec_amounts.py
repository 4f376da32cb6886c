"""search text: amounts with a hyphen before their scale word, Quebec's G$, $ US and $ CA

An amount whose number and scale word a hyphen parts, as the Globe and Mail writes it
(``$2.5-billion``, ``US$1.2-billion``, ``$350-million``, ``€3-Mrd.``: ``$2.5`` was keyed as 2.5
dollars), Quebec's giga before its currency (``2,5 G$``, ``2,5 G€``) and the dollars it names
after the sign (``1,2 G$ US``, ``5 $ CA``) is keyed as that amount; a number's tail after a
digit and a decimal mark is no number (clipper.amountpattern, clipper.amountscales,
clipper.amountunits, clipper.searchamounts; session 52, amounts52b).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0114
Revises: 0113
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0114"
down_revision = "0113"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
