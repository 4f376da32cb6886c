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
(:func:`clipper.rekey.move_to_url_keys`, shared with 0058): the versions under each key are
numbered again (two texts of one article at two renditions become its versions), the
site-template counts follow the rename, and each touched cluster and its story count their
distinct pages again (``clusters.pages``, ``stories.pages``). A page whose new key already
holds its exact bytes or its text keeps its old key (the pair (key, raw hash) is unique, and
one text twice is no version: it stays a page of its own, as before; the next reading of it is
the article's). A JSON record's ``record:`` key (a record without an address that names an
article) is left. Rejections' URL keys (``rejections --url``, ``show``'s "not stored: rejected
by …") move too. It reads the pages and rejections with a URL once, in id order, 5,000 at a
time. Downgrade leaves the keys: ``show`` and ``rejections`` of before still find each page by
its URL as stored.

Revision ID: 0056
Revises: 0055
"""

from __future__ import annotations

from alembic import op

from clipper.rekey import move_to_url_keys

revision = "0056"
down_revision = "0055"
branch_labels = None
depends_on = None


def upgrade() -> None:
    move_to_url_keys(op.get_bind())


def downgrade() -> None:
    """The keys are left (each page's URL is stored as it was given)."""
