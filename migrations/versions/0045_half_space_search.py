"""search indexes a Persian word holding a half-space joined and as its parts: pages again

Persian joins a prefix, a suffix or a compound's parts with a zero-width non-joiner (می‌شود,
سرشاخه‌ها, زاینده‌رود, سه‌شنبه), which search folded away: the word was found typed with the
half-space or without it, but not with a space for it (``می شود``, ``زاینده رود``), as many
Persian keyboards and writers type it (newcomer 23's finding 7).  From this revision the search
text holds such a word joined and then its parts apart (:func:`clipper.spelling
.half_space_spellings`; Lucene's PersianCharFilter reads the half-space as a space); a query's
words fold as before.

This revision indexes again for search every stored page whose title or text holds a
zero-width non-joiner (:func:`clipper.reindex.reindex_half_spaces`); downgrade indexes them
as before (:func:`clipper.reindex.unindex_half_spaces`).

Revision ID: 0045
Revises: 0044
"""

from __future__ import annotations

from alembic import op

from clipper.reindex import reindex_half_spaces, unindex_half_spaces

revision = "0045"
down_revision = "0044"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_half_spaces(op.get_bind())


def downgrade() -> None:
    unindex_half_spaces(op.get_bind())
