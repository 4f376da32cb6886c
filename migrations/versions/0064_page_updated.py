"""pages.updated: the time a version's "Updated" line gives

A page read again with a changed text whose only date is an "Updated" line ("अपडेटेड: ३
दिसंबर २०२६, १८:३० IST") was stored without a publication date, though its earlier version
had one (newcomer 28 finding 4).  Such a version now keeps its earlier version's publication
date, and ``pages.updated`` keeps the time its "Updated" line gives (ISO 8601: with
``+00:00`` when the line gave a zone, stored in UTC; as written when it gave none); a page
dated by its update alone (``date_source`` "updated") keeps it there too.  Pages stored before
keep NULL (their update lines are not kept).  Downgrade drops the column.

Revision ID: 0064
Revises: 0063
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0064"
down_revision = "0063"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    if "updated" not in {c["name"] for c in sa.inspect(op.get_bind()).get_columns("pages")}:
        op.add_column("pages", sa.Column("updated", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("pages", "updated")
