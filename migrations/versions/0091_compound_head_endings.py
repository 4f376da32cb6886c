"""search text: Nordic compounds' heads without their definite endings, Finnish parts' keys

clipper.compounds indexes a Swedish, Danish or Norwegian compound's head also without the
definite ending it is written with (``finansministern`` is found by ``minister``), and a
Finnish compound's parts are case-keyed as the page's words are (``hallituskriisissä`` is
found by ``kriisi``): a user found them unsearched (session 44).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0091
Revises: 0090
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0091"
down_revision = "0090"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
