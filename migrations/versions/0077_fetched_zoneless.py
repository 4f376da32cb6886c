"""pages.fetched_zoneless: a fetch time its crawler wrote without a zone

news-please's ``date_download`` ("2026-12-04 03:12:44") is the crawl machine's local time,
and was stored as if UTC: rule 6 ended a page's span of publication there, so an Andean
site's zoneless "08:55" fetched "03:12" was surely before a wire's page stating 09:32 UTC,
and the wire's original lost its cluster's canonical to a trim (newcomer 33, F2).  From this
revision a fetch time written without a zone is flagged, and rule 6 reads it as that wall
time on any clock (``clipper.pubwindows.fetch_bound``).  Pages stored before have the flag
unknown (None: read as UTC, as before) until a reading of them is read again.

Revision ID: 0077
Revises: 0076
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0077"
down_revision = "0076"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("pages")}
    if "fetched_zoneless" not in columns:
        op.add_column("pages", sa.Column("fetched_zoneless", sa.Boolean(), nullable=True))


def downgrade() -> None:
    """The flags go: fetch times written without a zone read as UTC again."""
    op.drop_column("pages", "fetched_zoneless")
