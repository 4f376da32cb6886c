"""full-text index: the search text kept beside SQLite's FTS5 table dropped

Migration 0084 kept each page's search text beside the external-content FTS5 table
(``pages_fts_words``), for removing a page's entry when the page is cut again: +3.9 KB a page,
the 10k one-day archive 114.5 → 153.1 MB (+34 %), for a re-cut that made its old search
text again otherwise.  The table is dropped: an entry is removed by its search text made
again, what the old and new entry share read once (:func:`clipper.backends.replaced_words`):
a text's re-cut about as cheap as reading the kept words was, a title's cheaper, both ~0.6 x
the re-cut before 0084 (``bench/template_recut.py``).  The file keeps the
table's pages for the archive's next writes (``VACUUM`` returns them to the disk at once).
Nothing on PostgreSQL, whose ``search_vector`` column is overwritten in place.  The downgrade
makes the table again, empty (clipper of 0084-0086 makes the old search text again of a page
it holds none of).

Revision ID: 0087
Revises: 0086
"""

from __future__ import annotations

from alembic import op

from clipper.backends import backend_for

revision = "0087"
down_revision = "0086"
branch_labels = None
depends_on = None


def upgrade() -> None:
    backend_for(op.get_bind()).forget_index_words(op.get_bind())


def downgrade() -> None:
    backend_for(op.get_bind()).keep_index_words(op.get_bind())
