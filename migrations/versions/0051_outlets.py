"""outlets: a page's registrable site, what "carried by N outlets" counts

Outlets were counted as distinct ``pages.site`` values, so one publisher's sections, editions
and servers (``news.harbourpost.example`` beside ``harbourpost.example``, ``www3.nhk.or.jp``
beside ``nhk.or.jp``, ``edition.cnn.com`` beside ``cnn.com``) were as many outlets: the same
article read from two scrapers, one recording each host, was "carried by 2 outlets" (newcomer
25's finding 2). ``pages.outlet`` holds the site's registrable domain
(:func:`clipper.sites.outlet_key`, the public suffix list's), which every count of outlets
reads: ``show``, ``clusters``, ``stories`` (``stories.outlets``), ``search``, ``stats`` and the
digest. This revision fills it from each distinct stored site, then counts again the outlets of
the stories holding a page whose outlet is not its site. ``pages.site`` is unchanged (``--site``
still tells the sections apart).

Downgrade drops the column; the older code counts sites again at its next story stage.

Revision ID: 0051
Revises: 0050
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.sites import outlet_key

revision = "0051"
down_revision = "0050"
branch_labels = None
depends_on = None

_CHUNK = 500


def upgrade() -> None:
    bind = op.get_bind()
    # an archive whose recorded revision was set back (a restored version table) has it already
    if "outlet" not in {c["name"] for c in sa.inspect(bind).get_columns("pages")}:
        op.add_column("pages", sa.Column("outlet", sa.String(), nullable=True))
    sites = bind.execute(sa.text("SELECT DISTINCT site FROM pages WHERE site IS NOT NULL"))
    moved = []  # sites whose outlet is another: only their stories can count otherwise
    for site in sorted(sites.scalars()):
        outlet = outlet_key(site)
        bind.execute(
            sa.text("UPDATE pages SET outlet = :outlet WHERE site = :site"),
            {"outlet": outlet, "site": site},
        )
        if outlet != site:
            moved.append(site)
    for start in range(0, len(moved), _CHUNK):
        bind.execute(
            sa.text(
                "UPDATE stories SET outlets = (SELECT count(DISTINCT p.outlet) FROM pages AS p "
                "JOIN clusters AS c ON p.cluster_id = c.id WHERE c.story_id = stories.id) "
                "WHERE id IN (SELECT c.story_id FROM clusters AS c JOIN pages AS p "
                "ON p.cluster_id = c.id WHERE p.site IN :sites)"
            ).bindparams(sa.bindparam("sites", expanding=True)),
            {"sites": moved[start : start + _CHUNK]},
        )


def downgrade() -> None:
    op.drop_column("pages", "outlet")
