"""search text: symbols with a compatibility form of letters separate words; İ folds to i

Two faults of 0005's search text (``clipper.searchtext``), which folded a whole text at once
while queries and snippets fold word by word:

- a symbol whose NFKC form is letters glued onto the word before it (``Apple™`` was indexed as
  ``appletm``, so ``apple`` did not find it); such symbols now separate words, as they do in a
  query;
- accents were removed only when NFKC had composed some character of the text, so ``İstanbul``
  in a text without another accented letter was indexed with a combining dot and ``istanbul``
  did not find it.

Every stored page is re-indexed from its title and text (as in 0005, batches in id order).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    reindex_later(connection)


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
