"""payload digests and story days: a WARC revisit moves its page's last fetch; a reprint's day is
its story's

A WARC ``revisit`` record (Heritrix's and warcprox's deduplicated crawls write an unchanged page
so) says the crawler fetched a URL again and got the payload of an earlier capture; clipper
counted it and dropped it, so a page's ``last_fetched_at`` stopped at its first capture.  A
revisit names that capture by its payload digest: ``pages.payload_digest`` holds the
``WARC-Payload-Digest`` of the record a page was stored from (NULL for other inputs and the
pages stored before, which a revisit finds by address and capture time), behind a partial
index (only those pages).

A story's ``first_day``/``last_day`` were its canonicals' days, so a copy reprinted five days
later, which ``search`` and ``clusters`` find on its day, was no report of its story that day.
They now span its pages' event days (publication, else fetch, else first sight): set again here
for every stored story, from its pages (one pass over the pages in stories).

Revision ID: 0029
Revises: 0028
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None

_DAY = "substr(coalesce(p.published, p.fetched_at, p.seen_at), 1, 10)"
_PAGES_OF_STORY = (
    "FROM pages AS p JOIN clusters AS c ON p.cluster_id = c.id WHERE c.story_id = stories.id"
)


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("pages")}
    if "payload_digest" not in columns:
        op.add_column("pages", sa.Column("payload_digest", sa.String(), nullable=True))
    op.create_index(
        "ix_pages_payload_digest",
        "pages",
        ["payload_digest"],
        sqlite_where=sa.text("payload_digest IS NOT NULL"),
        postgresql_where=sa.text("payload_digest IS NOT NULL"),
        if_not_exists=True,
    )
    # a story's days: the span of its pages' days (its canonicals' are among them)
    op.execute(
        f"UPDATE stories SET first_day = (SELECT min({_DAY}) {_PAGES_OF_STORY}), "
        f"last_day = (SELECT max({_DAY}) {_PAGES_OF_STORY}) "
        f"WHERE EXISTS (SELECT 1 {_PAGES_OF_STORY})"
    )


def downgrade() -> None:
    """The digests and their index go; stories keep the days they have (the next run that
    touches a story gives it its canonicals' days again)."""
    op.drop_index("ix_pages_payload_digest", table_name="pages", if_exists=True)
    op.drop_column("pages", "payload_digest")
