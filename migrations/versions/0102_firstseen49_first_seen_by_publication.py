"""clusters and stories: first seen by a page's publication time where it is before its fetch

A cluster's first seen counted a fetched page by its fetch alone, so a site scraped at 07:00
that published at 06:55 was "first seen" before one that published at 06:30 and was scraped at
09:00 (newcomer 48a #10, 48b #7: both desks read first seen as who had the story first).  From
this revision a page is first seen when it was published where it gives a publication time
earlier than its fetch (a day alone only when it is a day before the fetch's), else when it was
fetched (:func:`clipper.seentimes.first_sighting`).

This revision gives a stored cluster the first seen that rule finds from its pages' stored
times (:func:`clipper.seentimes.seen_times`, 500 clusters at a time in id order) where it is
earlier than the one stored (the rule moves a first seen only earlier: a publication before a
fetch), and a story the earliest of its clusters' where that is earlier than its own (as the
story stage sets it); last seen, which the rule does not change, and everything else stay.
Downgrade leaves the times as they are (the older rule gives a cluster its own again when a
run changes it).

Revision ID: 0102
Revises: 0101
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from clipper.seentimes import seen_times

revision = "0102"
down_revision = "0101"
branch_labels = None
depends_on = None

_CHUNK = 500
_pages = sa.table(
    "pages",
    sa.column("cluster_id", sa.Integer),
    sa.column("fetched_at", sa.String),
    sa.column("seen_at", sa.String),
    sa.column("last_fetched_at", sa.String),
    sa.column("published", sa.String),
    sa.column("published_zoneless", sa.Boolean),
    sa.column("published_from", sa.String),
    sa.column("published_to", sa.String),
)
_clusters = sa.table(
    "clusters",
    sa.column("id", sa.Integer),
    sa.column("first_seen", sa.String),
    sa.column("story_id", sa.Integer),
)
_stories = sa.table(
    "stories",
    sa.column("id", sa.Integer),
    sa.column("first_seen", sa.String),
)


def upgrade() -> None:
    connection = op.get_bind()
    stored = {
        row.id: row.first_seen
        for row in connection.execute(sa.select(_clusters.c.id, _clusters.c.first_seen))
    }
    ids = sorted(stored)
    for start in range(0, len(ids), _CHUNK):
        part = ids[start : start + _CHUNK]
        members: dict[int, list[Any]] = {}
        for row in connection.execute(sa.select(_pages).where(_pages.c.cluster_id.in_(part))):
            members.setdefault(row.cluster_id, []).append(row)
        for cid in part:
            if cid not in members:
                continue
            first, _ = seen_times(members[cid])
            if stored[cid] is None or first < stored[cid]:
                connection.execute(
                    sa.update(_clusters).where(_clusters.c.id == cid).values(first_seen=first)
                )
    spans = connection.execute(
        sa.select(_clusters.c.story_id, sa.func.min(_clusters.c.first_seen).label("first"))
        .where(_clusters.c.story_id.is_not(None))
        .group_by(_clusters.c.story_id)
    ).all()
    for span in spans:
        connection.execute(
            sa.update(_stories)
            .where(_stories.c.id == span.story_id)
            .where(sa.or_(_stories.c.first_seen.is_(None), _stories.c.first_seen > span.first))
            .values(first_seen=span.first)
        )


def downgrade() -> None:
    pass
