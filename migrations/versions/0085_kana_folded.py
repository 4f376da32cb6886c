"""search text: katakana folded to hiragana

clipper.kanafold (newcomer 38, finding 7): a katakana letter is indexed and sought as its
hiragana letter (``サザナミ`` → ``さざなみ``; half-width ``ｻｸﾗ`` is full-width after NFKC, so
``さくら``), so a name written in either kana is found by a query typed in the other.
Snippets still mark the page's own text.

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0085
Revises: 0084
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0085"
down_revision = "0084"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
