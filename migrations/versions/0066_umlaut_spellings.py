"""search text: words holding ä ö ü are indexed again in their two-letter spelling

A reader on a keyboard without umlauts types ``Bruessel`` for ``Brüssel``, ``Koeln`` for
``Köln``; folding reads ``ü`` as ``u``, so those found nothing
(newcomer 29's finding 10).  clipper.umlauts: after a page's search text come its words holding
one of these letters spelled ``ae oe ue``; a query word holding one is sought in that
spelling too.

Every stored page is indexed again from its title and text (as in 0054, 0061 to 0063).

Revision ID: 0066
Revises: 0065
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0066"
down_revision = "0065"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
