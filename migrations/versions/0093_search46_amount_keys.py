"""search text: amounts keyed by value and unit; compounds' dropped letters

A page's search text holds, after its words, a key of each amount it writes, a number with
its currency or unit (clipper.searchamounts: ``Rs 1,200``, ``₹1,200`` and ``Rs1200``;
``US$5m`` and ``$5 million``; ``5km`` and ``5 km``; ``20%`` and ``20 per cent``), so a query
in one form finds a page writing another (session 46).  And a German or Swedish compound
whose left part dropped its last letter is indexed with the part as a reader writes it
(clipper.compounds.DROPPED: ``Grenzkontrollen`` → ``grenze kontrollen``, ``skolbarn`` →
``skola barn``).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0093
Revises: 0092
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0093"
down_revision = "0092"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
