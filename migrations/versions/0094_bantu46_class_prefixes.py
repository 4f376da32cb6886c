"""search text: a name without the class prefix an isiZulu or isiXhosa page writes onto it

clipper.classprefixes takes the lowercase noun-class, locative or possessive prefix off a
capitalised name on a page in isiZulu, isiXhosa, siSwati, isiNdebele, Sesotho, Setswana or
Sepedi (``IKilimo``, ``yaseKenya``, ``eNairobi``, ``uRamaphosa``), and the search text adds
those words after the page's own with the words around them, so that ``Kilimo`` finds
``IKilimo`` and ``Kenya`` ``yaseKenya`` (a Nairobi monitoring desk found them unsearched,
session 46).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0094
Revises: 0093
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0094"
down_revision = "0093"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
