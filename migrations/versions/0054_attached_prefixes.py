"""search text: Arabic-script and Hebrew words are indexed without their attached prefixes too

Search for ``صهاريج`` missed ``الصهاريج``, ``كهرباء`` missed ``والكهرباء`` and Hebrew ``הנהלה``
missed ``ההנהלה``: the article, conjunctions and prepositions written onto a word were part of
it (newcomer 27, finding 5).  A page's search text is now followed, when one of its words has
such a prefix, by its words again each without it (``clipper.searchtext.with_stems``,
``clipper.prefixes.stem``: light10's article forms, the one-letter conjunctions and
prepositions where the word left is the more frequent, Hebrew's prefix sequences), and a
query term matches as typed or stemmed.

Every stored page is indexed again from its title and text (as in 0052, batches in id order;
on PostgreSQL each page's text-search configuration follows its language).

Revision ID: 0054
Revises: 0053
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0054"
down_revision = "0053"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
