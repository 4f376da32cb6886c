"""zoneless times in UTC for --since/--until: pages.published_from, pages.published_to

``--since``/``--until`` compared a publication time written without a zone
(``pages.published_zoneless``) with their UTC bounds as if it were UTC: an Indian site's
"2026-12-03 02:00" (20:30 UTC on the 2nd) was a page of the 3rd to a reader in UTC, and one of
the 3rd in Delhi too when written "2026-12-02 20:00".  The two new columns keep the first and
last UTC second such a time can be on the clocks of the country the page's address names
(:func:`clipper.pubwindows.zoneless_bounds`: one moment for India or Japan, a span for
Indonesia or Australia), which the filters compare (:mod:`clipper.searchfilters`); both stay
NULL for every other page (a time with its zone, a date alone, and a zoneless time of a site
whose address names no country, which the filters read as written on the reader's clock).
This revision fills them for the zoneless pages stored, 5,000 at a time in id order.
Downgrade drops them.

Revision ID: 0057
Revises: 0056
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.pubwindows import bounds_columns
from clipper.rekey import by_id

revision = "0057"
down_revision = "0056"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    # an archive whose recorded revision was set back (a restored version table) has them
    columns = {c["name"] for c in sa.inspect(bind).get_columns("pages")}
    for name in ("published_from", "published_to"):
        if name not in columns:
            op.add_column("pages", sa.Column(name, sa.String(), nullable=True))
    filled = []
    for row in by_id(
        bind,
        "SELECT id, url, site, published, published_zoneless FROM pages "
        "WHERE published_zoneless IS NOT NULL AND length(published) > 10 "
        "AND id > :last ORDER BY id LIMIT :n",
    ):
        found = bounds_columns(row.published, bool(row.published_zoneless), row.url, row.site)
        if found["published_from"] is not None:
            filled.append({"id": row.id, **found})
    for start in range(0, len(filled), 5000):
        bind.execute(
            sa.text(
                "UPDATE pages SET published_from = :published_from, "
                "published_to = :published_to WHERE id = :id"
            ),
            filled[start : start + 5000],
        )


def downgrade() -> None:
    op.drop_column("pages", "published_to")
    op.drop_column("pages", "published_from")
