"""url-less raw hashes: a saved file read again from another folder is already archived

A saved HTML page or text dump without a URL is known by its path (so a file re-saved at the
same path with new text is version 2 of its page).  The same bytes under another path (a dump
moved or copied, yesterday's unchanged page in tonight's ``dumps/DATE/`` folder) were stored
again as a new page, and could take over its cluster's canonical.  A run now looks a URL-less
page's raw hash up among the stored pages without a URL, through this partial index (only
those pages: one made per night does not grow with the archive's URL'd pages).

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # if_not_exists: an archive whose version row was set back (a restored backup's, or a
    # test's) runs this again over the index it has
    op.create_index(
        "ix_pages_urlless_raw_hash",
        "pages",
        ["raw_hash"],
        sqlite_where=sa.text("url IS NULL"),
        postgresql_where=sa.text("url IS NULL"),
        if_not_exists=True,
    )


def downgrade() -> None:
    op.drop_index("ix_pages_urlless_raw_hash", table_name="pages", if_exists=True)
