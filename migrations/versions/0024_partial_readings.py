"""partial readings: a page read cut short says so, and its whole reading is the page's text

A page a crawler or a file cut short (``WARC-Truncated``, a record ending before its
Content-Length, a gzip member cut) was stored like any other; the same capture read whole later
(same URL, same fetch time: the file copied again once the crawl had closed it) became a second
version beside it, and which of the two was the page's newest text went by their content
hashes.  ``pages.partial`` holds why a stored reading was cut (NULL: whole, and every page stored
before this revision): versions of one fetch time put a partial reading before the whole one,
and a partial reading of a capture whose whole reading is stored is that page, already archived.

Revision ID: 0024
Revises: 0023
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("pages")}
    if "partial" not in columns:
        op.add_column("pages", sa.Column("partial", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("pages", "partial")
