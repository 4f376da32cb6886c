"""search text: a compound word's parts follow a German, Dutch, Nordic or Finnish page's text

``Regierung`` did not find ``Bundesregierung``, ``Klima`` not ``Klimagipfel``, ``hallitus``
not ``hallitusneuvottelut`` (newcomer 29's finding 11): the index held the compound as one
word.  clipper.compounds: after the search text of a page in one of those languages come the
parts of its compound words, split by the language's word frequencies.

Every stored page is indexed again from its title, text and language (as in 0054, 0061 to 0063,
0066).

Revision ID: 0067
Revises: 0066
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0067"
down_revision = "0066"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
