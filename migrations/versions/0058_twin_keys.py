"""twin keys: an article's http and https addresses, slash or none, are one page's

A page's key (:func:`clipper.urls.url_key`) kept the scheme and a trailing slash as given, so
one article read at ``https://example.com/a/b``, ``http://example.com/a/b`` and
``https://example.com/a/b/`` (a feed's old ``http`` link, a crawl before the site moved to
``https``, a CMS's slash; records, text dumps and pages without a canonical link) was three
pages of the archive, two "copies" of itself in its cluster.  Keys now fold such twins into
``https`` without the slash (:func:`clipper.urls._twin_parts`).

This revision moves the stored pages with a URL and the rejections' URL keys to their new keys
as 0056 did (:func:`clipper.rekey.move_to_url_keys`): versions numbered again under each key,
site-template sources renamed, the pages of each touched cluster and story counted again.  A
twin whose text or bytes the new key already holds stays a page of its own (one text twice is
no version); the next reading of it is the article's.  Downgrade leaves the keys: ``show`` and
``rejections`` of before still find each page by its URL as stored.

Revision ID: 0058
Revises: 0057
"""

from __future__ import annotations

from alembic import op

from clipper.rekey import move_to_url_keys

revision = "0058"
down_revision = "0057"
branch_labels = None
depends_on = None


def upgrade() -> None:
    move_to_url_keys(op.get_bind())


def downgrade() -> None:
    """The keys are left (each page's URL is stored as it was given)."""
