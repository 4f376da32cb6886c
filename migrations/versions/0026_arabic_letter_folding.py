"""search text: Arabic letter variants folded (alef forms, alef maksura, teh marbuta)

The search text (``clipper.searchtext``) folded Arabic harakat and tatweel (0023) but not the
letter variants writers and keyboards use for one another, which Lucene's
ArabicNormalizationFilter folds: ``امال`` did not find a page that wrote ``آمال``, nor ``الى``
one that wrote ``إلى``, nor ``مدرسه`` one that wrote ``مدرسة``.  ``أ إ آ ٱ`` now fold to ``ا``,
``ى`` to ``ي`` and ``ة`` to ``ه`` in the index and in queries alike.

Every stored page is indexed again from its title and text (as in 0009 and 0023, batches in id
order; on PostgreSQL each page's text-search configuration follows its language).

Revision ID: 0026
Revises: 0025
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
