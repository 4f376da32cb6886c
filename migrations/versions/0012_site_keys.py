"""site keys: one spelling of every stored site

``pages.site`` and ``site_lines.site`` were stored as the dump wrote them when a record named
its site (``DerStandard``, ``yahoo.com/news``), but ``--site`` filters and watchlists compare
the normalised spelling (``derstandard``, ``yahoo.com``), so they never found those pages.
This revision rewrites every stored site to :func:`clipper.sites.site_key`, as pages are
stored from now on.  Site-template lines counted under two spellings of one site keep the
count of the normalised spelling's row (the other is dropped).  The rewrite goes one distinct
site at a time through the ``pages.site`` index.  Downgrade leaves the sites as they are: the
dump's spellings are not kept.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.sites import site_key

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    for table in ("pages", "site_lines"):
        spellings = bind.execute(
            sa.text(f"SELECT DISTINCT site FROM {table} WHERE site IS NOT NULL")
        ).scalars()
        for old in list(spellings):
            new = site_key(old)
            if new == old:
                continue
            if table == "pages":
                bind.execute(
                    sa.text("UPDATE pages SET site = :new WHERE site = :old"),
                    {"new": new, "old": old},
                )
                continue
            if new is None:
                bind.execute(sa.text("DELETE FROM site_lines WHERE site = :old"), {"old": old})
                continue
            bind.execute(
                sa.text(
                    "UPDATE site_lines SET site = :new WHERE site = :old AND line_key NOT IN "
                    "(SELECT line_key FROM site_lines WHERE site = :new)"
                ),
                {"new": new, "old": old},
            )
            bind.execute(sa.text("DELETE FROM site_lines WHERE site = :old"), {"old": old})


def downgrade() -> None:
    """The dump's own spellings are not kept: nothing to restore."""
