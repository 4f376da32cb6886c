"""search text: a Korean run continues across spaces, so a compound is found however spaced

Korean writes a compound noun with or without the spaces between its parts ("한국 전력 공사",
"한국전력공사"), and search, which indexed each spaced part as its own run of bigrams, found the
one from a query typed the other way only when the query's words happened to be the parts
(newcomer 26, finding 16).  A Korean run now continues across spaces as Thai, Lao, Khmer and
Myanmar runs do (``clipper.searchtext._JOINING``): the spaced text is indexed with the bigrams
the compound holds ("국전", "력공"), in the index and in queries alike.

Every stored page is indexed again from its title and text (as in 0026, batches in id order;
on PostgreSQL each page's text-search configuration follows its language).

Revision ID: 0052
Revises: 0051
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0052"
down_revision = "0051"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
