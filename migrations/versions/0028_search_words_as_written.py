"""PostgreSQL search vectors: every word as written as well as stemmed

A page's ``search_vector`` held its words as the page's text-search configuration stems them,
which drops stop words: ``the``, ``will``, ``der`` and ``и`` found no English, German or
Russian page, and a phrase made mostly of them was cut down to its other words (``"one of
the"`` searched ``one``).  The vector now also holds every word as written (the ``simple``
configuration, as SQLite's index holds it) at the same positions
(``clipper.backends.postgresql.merged_vector``).

On PostgreSQL every stored page is indexed again (as in 0026, batches in id order); SQLite's
index is unchanged.

Revision ID: 0028
Revises: 0027
"""

from __future__ import annotations

from alembic import op

from clipper.backends import backend_for

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    backend_for(op.get_bind()).index_words_as_written(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
