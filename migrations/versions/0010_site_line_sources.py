"""site line sources: which pages carried a short line before it became a site's template

``site_lines.sources`` (JSON list of ``source_key``) names the pages of a site that carried a
short line while it was on fewer than ``template_min_pages`` of them.  When the line reaches
that count, those stored pages are cut again (``clipper.templates``), so a page's stored text
is the same whether its site's pages arrived in one run or over several nights.  Rows stored
before this revision have no sources: their earlier pages keep the text they were stored with.
Downgrade drops the column.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _has_sources() -> bool:
    columns = sa.inspect(op.get_bind()).get_columns("site_lines")
    return any(column["name"] == "sources" for column in columns)


def upgrade() -> None:
    # An archive stamped with an older revision may already have the column (a downgrade
    # that was stamped rather than run): add it only where it is missing.
    if not _has_sources():
        op.add_column("site_lines", sa.Column("sources", sa.Text(), nullable=True))


def downgrade() -> None:
    if _has_sources():
        op.drop_column("site_lines", "sources")
