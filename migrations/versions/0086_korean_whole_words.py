"""search text: where Korean words start and end

clipper.koreanwords (newcomer 39, finding 1): after a page's words, its search text holds
keys of where each Korean word (and each part of two syllables or more of a compound) starts
and ends, before its particle or a verb's ending; a Korean query word matches where its
bigrams do and the page holds its start and end keys, so ``국문`` no longer finds ``국문과``
or ``한국문화``.  clipper.koreanparticles reads ``국문과``, ``을지로`` and their kind whole.

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0086
Revises: 0085
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0086"
down_revision = "0085"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
