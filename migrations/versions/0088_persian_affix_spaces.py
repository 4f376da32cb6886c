"""search text: a Persian affix typed apart by a space is a half-space; half-space words apart
after the text

clipper.scripts.persian_affixes_half_spaced (newcomer 39): on a Persian page, a space between
Persian's prefix می/نمی or its suffixes ها/های/تر/ترین and their word (``مي شود``, ``کتاب
ها``: a page typed on an Arabic keyboard or a CMS without the half-space) is indexed as the
half-space it stands for, so ``میشود`` and ``می‌شود`` find it as ``می شود`` does.  A word
holding a half-space is a word joined in the text's words, and its parts follow the text with
the words around them (clipper.spelling.half_space_spellings; 0045 wrote the parts after the
joined word inside the text, where no phrase across the word matched), so a phrase typed
either way finds it.  (Queries: a half-space typed in a term is also sought as a space, an
affix typed apart also joined: no stored data.)

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0088
Revises: 0087
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0088"
down_revision = "0087"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
