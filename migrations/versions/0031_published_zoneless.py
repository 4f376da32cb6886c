"""published zoneless: whether a page's publication time was written without a time zone

A publication time written with a zone ("2026-12-02T14:30:00+07:00", "14:30 WIB") is stored
in UTC; one written without any ("2026-12-02 14:30", no other time of the page giving its
offset: :func:`clipper.dates.offset_of_twin`) is stored as written, the source's own clock,
and nothing told the two apart: show, the digest and the exports wrote both as UTC, hours off
for a page published in Jakarta or Berlin.  ``pages.published_zoneless`` says which it is:
true for a time of day written without a zone (shown "14:30 (no time zone given)"), false for
one with a zone, NULL for a date without a time of day, an undated page, and every page stored
before this revision (unknown: shown as UTC, as before; :func:`clipper.dates.zoneless_time`).

Revision ID: 0031
Revises: 0030
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0031"
down_revision = "0030"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("pages")}
    if "published_zoneless" not in columns:
        op.add_column("pages", sa.Column("published_zoneless", sa.Boolean(), nullable=True))


def downgrade() -> None:
    """The flags go: the times written without a zone read as UTC again."""
    op.drop_column("pages", "published_zoneless")
