"""pages.published_offset: the offset a zoned publication time was written with

A publication time written with its offset ("2026-12-07T14:30:00+02:00", JSON-LD's
``datePublished`` of an Israeli site at a ``.com`` address) is stored in UTC, and its offset
was lost: ``export``'s ``published_local`` was null wherever the page's country is not known
(dates51).  From this revision the offset is kept, in minutes east of UTC
(``clipper.dates.declared_offset``), and ``published_local`` shows the time on that clock where
the country's clocks do not settle it.  Pages stored before keep no offset (NULL: as before)
until a reading of them is read again.

Revision ID: 0108
Revises: 0107
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0108"
down_revision = "0107"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("pages")}
    if "published_offset" not in columns:
        op.add_column("pages", sa.Column("published_offset", sa.Integer(), nullable=True))


def downgrade() -> None:
    """The offsets go: ``published_local`` is null again where the country is unknown."""
    op.drop_column("pages", "published_offset")
