"""search text: Chinese or Japanese spaced out one character at a time reads as one run

A page writing "滨 江 市 地 铁 三 号 线" (a title letter-spaced with spaces, a justified text
saved with its spacing) was indexed character by character, so a search for 地铁 found nothing
(fieldprobe35).  From this revision a lone Han or kana character continues the run of a lone
one before it across one space (clipper.searchtext._SPACED_OUT), as Korean's runs continue
across theirs (0052).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0082
Revises: 0081
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0082"
down_revision = "0081"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
