"""last fetched: the latest fetch of any reading of a page, which a cluster's last seen follows

A page read again with the same bytes or text (a re-fetch of an unchanged article) kept only
its earliest fetch (``fetched_at``, ``seen_at``), so its cluster's and story's last seen never
moved past the first fetch: a monitor reads "last seen" as "still online then".
``pages.last_fetched_at`` holds the latest fetch time of any reading of the page (a maximum
over its readings, so the same readings in any order give the same value); NULL when no
reading had a fetch time.  Pages stored before this revision take their fetch time: the later
fetches of their readings were not kept.

Revision ID: 0025
Revises: 0024
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("pages")}
    if "last_fetched_at" not in columns:
        op.add_column("pages", sa.Column("last_fetched_at", sa.String(), nullable=True))
        op.execute("UPDATE pages SET last_fetched_at = fetched_at")


def downgrade() -> None:
    op.drop_column("pages", "last_fetched_at")
