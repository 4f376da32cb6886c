"""page credits: what search, clusters and export --author and --agency find a page by

A desk could not list a wire agency's pick-ups or a journalist's articles: search filtered by
site, language, country and dates, not by byline or credit (newcomer 48b).  ``page_credits``
holds, for each page, the words of each name of its byline and the agencies its byline, its
text's opening (a dateline's credit) and its closing credit (:func:`clipper.bylinekeys.
credit_keys`), looked up by (kind, key): a filter reads the pages of the names asked for,
never the archive.  This revision fills it for every stored page, 500 pages at a time in id
order, from each page's stored author and text.

Revision ID: 0103
Revises: 0102
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.bylinekeys import credit_keys

revision = "0103"
down_revision = "0102"
branch_labels = None
depends_on = None

_CHUNK = 500
_pages = sa.table(
    "pages", sa.column("id", sa.Integer), sa.column("author", sa.String),
    sa.column("text", sa.Text),
)  # fmt: skip
_credits = sa.table(
    "page_credits", sa.column("kind", sa.String), sa.column("key", sa.String),
    sa.column("page_id", sa.Integer), sa.column("name_index", sa.Integer),
)  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "page_credits",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("name_index", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["page_id"], ["pages.id"], name="fk_page_credits_page_id_pages", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("kind", "key", "page_id", "name_index", name="pk_page_credits"),
        sqlite_with_rowid=False,
        if_not_exists=True,
    )
    op.create_index("ix_page_credits_page_id", "page_credits", ["page_id"], if_not_exists=True)
    connection = op.get_bind()
    last = 0
    while True:
        pages = connection.execute(
            sa.select(_pages.c.id, _pages.c.author, _pages.c.text)
            .where(_pages.c.id > last)
            .order_by(_pages.c.id)
            .limit(_CHUNK)
        ).all()
        if not pages:
            break
        rows = [
            {"kind": kind, "key": key, "page_id": page.id, "name_index": number}
            for page in pages
            for kind, key, number in credit_keys(page.author, page.text)
        ]
        if rows:
            connection.execute(sa.insert(_credits), rows)
        last = pages[-1].id


def downgrade() -> None:
    op.drop_index("ix_page_credits_page_id", table_name="page_credits")
    op.drop_table("page_credits")
