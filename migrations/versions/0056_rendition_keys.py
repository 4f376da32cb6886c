"""rendition keys: an article's mobile, AMP and www. addresses are one page's

A page's key (:func:`clipper.urls.url_key`) kept the host and path as given, so one article
read at ``https://www.example.com/a/b``, ``https://m.example.com/a/b``,
``https://amp.example.com/a/b``, ``https://www.example.com/amp/a/b`` and
``https://example.com/a/b?amp=1`` (records, text dumps and pages without a canonical link
naming the article) was five pages of the archive, four "copies" of itself in its cluster.
Keys now fold a rendition into its article's address (:func:`clipper.urls.article_parts`:
``www.``, ``m.``, ``mobile.``, ``wap.`` and ``amp.`` hosts of the publisher, an ``amp`` path
segment, ``.amp.html``, ``?amp=1``, ``outputType=amp``).

This revision moves the stored pages with a URL to their new keys as 0017 did
(:mod:`clipper.rekey`): the versions under each key are numbered again (two texts of one
article at two renditions become its versions), the site-template counts follow the rename,
and each touched cluster counts its distinct pages again (``clusters.pages``).  A page whose
new key already holds its exact bytes or its text keeps its old key (the pair (key, raw hash)
is unique, and one text twice is no version: it stays a page of its own, as before; the next
reading of it is the article's).  A JSON record's ``record:`` key (a record without an
address that names an article) is left.  Rejections' URL keys (``rejections --url``,
``show``'s "not stored: rejected by …") move too.  It reads the pages and rejections with a
URL once, in id order, 5,000 at a time.  Downgrade leaves the keys: ``show`` and
``rejections`` of before still find each page by its URL as stored.

Revision ID: 0056
Revises: 0055
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.rekey import by_id, rename_line_sources, renumber_versions
from clipper.urls import url_key

revision = "0056"
down_revision = "0055"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    renamed: dict[tuple[str | None, str], str] = {}  # (site, old key) -> new key
    touched: set[str] = set()
    clusters: set[int] = set()
    for row in by_id(
        bind,
        "SELECT id, url, source_key, site, raw_hash, content_hash, cluster_id FROM pages "
        "WHERE url IS NOT NULL AND id > :last ORDER BY id LIMIT :n",
    ):
        new = url_key(row.url)
        if new == row.source_key or row.source_key.startswith("record:"):
            continue
        taken = bind.execute(
            sa.text(
                "SELECT 1 FROM pages WHERE source_key = :key "
                "AND (raw_hash = :raw OR content_hash = :content)"
            ),
            {"key": new, "raw": row.raw_hash, "content": row.content_hash},
        ).first()
        if taken is not None:
            continue  # its bytes or text already stored under the key: left as it was
        bind.execute(
            sa.text("UPDATE pages SET source_key = :key WHERE id = :id"),
            {"key": new, "id": row.id},
        )
        renamed[(row.site, row.source_key)] = new
        touched.update((row.source_key, new))
        if row.cluster_id is not None:
            clusters.add(row.cluster_id)
    renumber_versions(bind, touched)
    rename_line_sources(bind, renamed)
    _recount_pages(bind, clusters)
    _rekey_rejections(bind)


def _recount_pages(bind: sa.Connection, clusters: set[int]) -> None:
    """``clusters.pages`` (the distinct source keys of a cluster's pages) of ``clusters``."""
    ids = sorted(clusters)
    for start in range(0, len(ids), 500):
        bind.execute(
            sa.text(
                "UPDATE clusters SET pages = (SELECT count(DISTINCT p.source_key) FROM pages "
                "AS p WHERE p.cluster_id = clusters.id) WHERE id IN :ids"
            ).bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": ids[start : start + 500]},
        )


def _rekey_rejections(bind: sa.Connection) -> None:
    """Each rejection's URL key as :func:`url_key` makes it now (the key of a key is the key
    of the address it was made from)."""
    for row in by_id(
        bind,
        "SELECT id, url FROM rejections WHERE url IS NOT NULL AND id > :last ORDER BY id "
        "LIMIT :n",
    ):
        if (new := url_key(row.url)) != row.url:
            bind.execute(
                sa.text("UPDATE rejections SET url = :url WHERE id = :id"),
                {"url": new, "id": row.id},
            )


def downgrade() -> None:
    """The keys are left (each page's URL is stored as it was given)."""
