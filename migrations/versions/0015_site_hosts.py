"""site hosts: a JSON record naming its outlet is stored under its URL's host

A record whose site field gave a name ("BBC", trafilatura's ``sitename`` "The Guardian") was
stored under that name even when its URL gave the host, while the same outlet's HTML pages and
WARC records were stored under the host: ``--site bbc.com`` missed the records, and a story
counted "bbc" and "bbc.com" as two outlets.  A record's site is now a host when one is known
(a host-shaped site field, else its URL's host), a name only when none is
(``clipper.read.records._site``).  This revision moves the stored pages with an absolute URL
and a name-shaped site (no dot) to their URL's host, recounts the outlets of their stories, and
drops the site-template counts of names no page is stored under any more (the host's own
counts stay; a name's lines start again under the host).  Downgrade leaves the sites: the
names are not kept.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from clipper.sites import site_key

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_CHUNK = 500


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, url, site, cluster_id FROM pages WHERE site IS NOT NULL "
            "AND site NOT LIKE '%.%' AND url LIKE '%://%' ORDER BY id"
        )
    ).all()
    updates: list[dict[str, Any]] = []
    names: set[str] = set()
    clusters: set[int] = set()
    for row in rows:
        host = site_key(row.url)
        if not host or host == row.site:
            continue
        updates.append({"id": row.id, "site": host})
        names.add(row.site)
        if row.cluster_id is not None:
            clusters.add(row.cluster_id)
    for update in updates:
        bind.execute(sa.text("UPDATE pages SET site = :site WHERE id = :id"), update)
    for name in sorted(names):
        left = bind.execute(
            sa.text("SELECT 1 FROM pages WHERE site = :name LIMIT 1"), {"name": name}
        ).first()
        if left is None:
            bind.execute(sa.text("DELETE FROM site_lines WHERE site = :name"), {"name": name})
    _recount_outlets(bind, sorted(clusters))


def _recount_outlets(bind: Any, clusters: list[int]) -> None:
    """``stories.outlets`` (distinct sites of a story's pages) of the stories of ``clusters``."""
    stories: set[int] = set()
    for start in range(0, len(clusters), _CHUNK):
        chunk = clusters[start : start + _CHUNK]
        stories.update(
            bind.execute(
                sa.text("SELECT DISTINCT story_id FROM clusters WHERE id IN :ids "
                        "AND story_id IS NOT NULL").bindparams(sa.bindparam("ids", expanding=True)),
                {"ids": chunk},
            ).scalars()
        )
    for story in sorted(stories):
        bind.execute(
            sa.text(
                "UPDATE stories SET outlets = (SELECT count(DISTINCT p.site) FROM pages AS p "
                "JOIN clusters AS c ON p.cluster_id = c.id WHERE c.story_id = :story) "
                "WHERE id = :story"
            ),
            {"story": story},
        )


def downgrade() -> None:
    """The names are not kept: nothing to restore."""
