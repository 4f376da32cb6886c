"""full-text index: each page's search text kept beside SQLite's FTS5 table

SQLite's external-content FTS5 table forgets a page's entry only when given the words it
indexed; cutting a stored page again (its site's lines crossing the template bar, its title's
site name, a moved headline) made that search text again from the page's old title and text.
From this revision the words each entry is written with are kept (``pages_fts_words``,
:data:`clipper.backends.sqlite.INDEX_WORDS`) and read instead.  The table starts empty: a page
indexed before keeps none until the index is built again, and its old entry is made again as
before.  Nothing on PostgreSQL, whose ``search_vector`` column is overwritten in place.

Revision ID: 0084
Revises: 0083
"""

from __future__ import annotations

from alembic import op

from clipper.backends import backend_for

revision = "0084"
down_revision = "0083"
branch_labels = None
depends_on = None


def upgrade() -> None:
    backend_for(op.get_bind()).keep_index_words(op.get_bind())


def downgrade() -> None:
    backend_for(op.get_bind()).forget_index_words(op.get_bind())
