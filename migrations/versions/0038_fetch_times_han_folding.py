"""rejections.fetched_at, and the search index with traditional Chinese folded to simplified

A stored story's address fetched again and answered with an expired story's notice or a soft
404 was rejected (``error-page``) and counted, and ``clipper show URL`` said only that "a later
text was not stored": not when.  From this revision a rejection of a page's reading keeps its
fetch time (ISO 8601 in UTC, as ``pages.fetched_at``), and ``show URL`` says "a later fetch
(2026-11-05 21:30 UTC) was not stored: …"; ``rejections --url`` lists it.  Rows stored before
have none (their fetch time was not kept) and read as before.

The search text folds a traditional Chinese character to its simplified form (OpenCC's table,
one character for one: :mod:`clipper.hanfold`), so ``台湾`` finds ``臺灣`` and ``經濟`` finds
``经济``: every page is indexed again (SQLite's FTS5 table and PostgreSQL's vectors, as in
0035; costs what 0033's re-index did).  PostgreSQL's vectors hold each word as written as a
lexeme as it is (``clipper.backends.postgresql.written_vector``), no longer split again by
its parser, which dropped a Thai or Lao tone mark, Khmer's coeng or Myanmar's asat at the
start of a bigram.

Downgrade drops the column and leaves the index: the older code queries it unfolded (a
traditional query then finds only pages stored before this revision's folding, until it
indexes again).

Revision ID: 0038
Revises: 0037
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backends import backend_for

revision = "0038"
down_revision = "0037"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("rejections")}
    if "fetched_at" not in columns:
        op.add_column("rejections", sa.Column("fetched_at", sa.String(), nullable=True))
    backend_for(op.get_bind()).rebuild_fulltext(op.get_bind())


def downgrade() -> None:
    """The fetch times go: ``show`` says "a later text" again."""
    op.drop_column("rejections", "fetched_at")
