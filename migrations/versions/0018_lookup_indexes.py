"""look-up indexes: ``clipper show`` by a record's origin, and why a page was not stored

``clipper show`` takes what ``export`` and ``rejections`` print as a page's origin
(``dumps/wire.jsonl:15``, ``crawl.warc.gz@1234``), and says why an address or origin that was
read but not stored was rejected ("not stored: rejected by run 3 (too-short: …)");
``clipper rejections --url/--origin`` lists every run's rejections of it.  Each is an index
seek: pages by origin, rejections by origin and by URL key (the new ``rejections.url``, the
rejected page's :func:`clipper.urls.url_key` when it had a URL; NULL for the rows stored
before, which are found by origin).

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("rejections")}
    if "url" not in columns:  # an archive whose version row was set back runs this again
        with op.batch_alter_table("rejections") as batch:
            batch.add_column(sa.Column("url", sa.String(), nullable=True))
    op.create_index("ix_rejections_url", "rejections", ["url"], if_not_exists=True)
    op.create_index("ix_rejections_origin", "rejections", ["origin"], if_not_exists=True)
    op.create_index("ix_pages_origin", "pages", ["origin"], if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_pages_origin", table_name="pages", if_exists=True)
    op.drop_index("ix_rejections_origin", table_name="rejections", if_exists=True)
    op.drop_index("ix_rejections_url", table_name="rejections", if_exists=True)
    with op.batch_alter_table("rejections") as batch:
        batch.drop_column("url")
