"""record keys: a JSON record without a URL is known by its site and content, not its line

A page without a URL was known across runs by its origin; for a record of a JSONL file or a
JSON array that is ``path:LINE``.  The same records read from another folder were stored again,
and a record that moved to another line (a re-export in another order, a file the crawler
rewrites every night) became a new "version" of whatever record had held that line, on another
site.  Pages are now keyed ``record:SITE:RAW_HASH`` (:func:`clipper.page.record_key`).  This
revision rewrites the stored keys of such pages (URL-less, origin ``….jsonl:N`` / ``….json:N``,
with or without ``.gz``), renumbers the versions of the keys they leave, and renames them in
the site-template counts (``site_lines.sources``).  A record stored twice under two paths keeps
its second row under the old key (the pair (key, raw hash) is unique).  It reads the URL-less
pages once.  Downgrade leaves the keys: the line numbers are still each page's origin.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from alembic import op

from clipper.page import record_key
from clipper.rekey import rename_line_sources, renumber_versions

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_RECORD_ORIGIN = re.compile(r"\.(?:jsonl|ndjson|json)(?:\.gz)?:\d+$", re.IGNORECASE)


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, source_key, site, raw_hash FROM pages "
            "WHERE url IS NULL AND source_key = origin ORDER BY id"
        )
    ).all()
    taken = {(r.source_key, r.raw_hash) for r in rows}
    renamed: dict[tuple[str | None, str], str] = {}  # (site, old key) -> new key
    left: set[str] = set()
    updates: list[dict[str, Any]] = []
    for row in rows:
        if not _RECORD_ORIGIN.search(row.source_key):
            continue
        new = record_key(row.site, row.raw_hash)
        if (new, row.raw_hash) in taken:
            left.add(row.source_key)  # the same record stored before under another path
            continue
        taken.add((new, row.raw_hash))
        renamed[(row.site, row.source_key)] = new
        updates.append({"id": row.id, "key": new})
    for update in updates:
        bind.execute(
            sa.text("UPDATE pages SET source_key = :key, version = 1 WHERE id = :id"), update
        )
    renumber_versions(bind, left | {key for _, key in renamed})
    rename_line_sources(bind, renamed)


def downgrade() -> None:
    """The line numbers stay each page's origin; the record keys are kept."""
