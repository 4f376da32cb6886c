"""url keys: every spelling of one address is one page

A page with a URL was known across runs by the URL exactly as the crawler gave it, so the same
article fetched again through a feed's link (``?utm_source=rss``), a newsletter's
(``?mc_cid=…``) or with its host in capitals was stored as a second page, a copy of itself in
its cluster.  Pages are now keyed by :func:`clipper.urls.url_key` (tracking parameters, the
fragment and the default port dropped; scheme and host lower-cased; query sorted).  This
revision moves the stored pages to their keys, numbers the versions under each key again
(two fetches of one article with different texts become its versions 1 and 2) and renames the
keys in the site-template counts.  A page whose new key already holds its exact bytes keeps its
old key (the pair (key, raw hash) is unique; it stays a second page, as before).  It reads the
pages with a URL once, in id order, 5,000 at a time.  Downgrade leaves the keys: each page's
URL is stored as it was given.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.rekey import rename_line_sources, renumber_versions
from clipper.urls import url_key

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_CHUNK = 5000


def upgrade() -> None:
    bind = op.get_bind()
    renamed: dict[tuple[str | None, str], str] = {}  # (site, old key) -> new key
    touched: set[str] = set()
    last = 0
    while True:
        rows = bind.execute(
            sa.text(
                "SELECT id, url, source_key, site, raw_hash FROM pages "
                "WHERE url IS NOT NULL AND id > :last ORDER BY id LIMIT :n"
            ),
            {"last": last, "n": _CHUNK},
        ).all()
        if not rows:
            break
        last = rows[-1].id
        for row in rows:
            new = url_key(row.url)
            if new == row.source_key:
                continue
            taken = bind.execute(
                sa.text("SELECT 1 FROM pages WHERE source_key = :key AND raw_hash = :raw"),
                {"key": new, "raw": row.raw_hash},
            ).first()
            if taken is not None:
                continue  # the same bytes fetched under two spellings: left as they were
            bind.execute(
                sa.text("UPDATE pages SET source_key = :key WHERE id = :id"),
                {"key": new, "id": row.id},
            )
            renamed[(row.site, row.source_key)] = new
            touched.update((row.source_key, new))
    renumber_versions(bind, touched)
    rename_line_sources(bind, renamed)


def downgrade() -> None:
    """Each page's URL is stored as given; the keys are kept."""
