"""one version for two readings of one capture: the shorter is a reading of the fuller

Two extractors' readings of one fetch (a crawler's WARC record of a page and news-please's
record of the same capture: the same address, the same fetch time) were stored as two versions
when one text was a paragraph short, and ``show --diff`` told the paragraph as added (newcomer
20, finding 22).  From this revision a whole reading of a capture that a fuller reading of it
holds (``MatchConfig.cut_reading_held_share`` of its words, the same headline:
:func:`clipper.versions.fuller_reading_of`) is no version: numbered 0, a reading of the fuller
one, as a reading cut short is.  This revision numbers again the versions of the addresses
holding two whole readings with one fetch time (``Store.renumber_versions``: their later
versions move down, the shorter reading becomes 0).  Clusters are untouched: they rank pages by
words, never by version.

Downgrade changes nothing: the older code reads version 0 as a fetch kept beside the versions
and numbers an address again when a run stores a reading at it.

Revision ID: 0037
Revises: 0036
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from clipper.store import Store

revision = "0037"
down_revision = "0036"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    keys = connection.execute(
        sa.text(
            "SELECT DISTINCT source_key FROM pages WHERE partial IS NULL "
            "AND fetched_at IS NOT NULL GROUP BY source_key, fetched_at HAVING count(*) > 1"
        )
    ).scalars().all()
    if not keys:
        return
    session = Session(bind=connection)
    Store(session).renumber_versions(keys)
    session.flush()


def downgrade() -> None:
    pass
