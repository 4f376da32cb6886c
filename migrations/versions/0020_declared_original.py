"""declared original: the URL of another site's page that a page names as its original

A syndicated copy's ``<link rel=canonical>`` (or ``og:url``) names the original publisher's
page; that page becomes its cluster's canonical (``clipper.cluster``, rule 6).  The canonical is
chosen again at every recluster, pages of earlier nights included, and the archive keeps the
cleaned text, not the HTML, so the declaration is stored with the page.  Pages stored before
this revision have none (NULL): their clusters keep the earliest published full copy.

Revision ID: 0020
Revises: 0019
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("pages")}
    if "declared_original" not in columns:
        op.add_column("pages", sa.Column("declared_original", sa.String(), nullable=True))


def downgrade() -> None:
    op.drop_column("pages", "declared_original")
