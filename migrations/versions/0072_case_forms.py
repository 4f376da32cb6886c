"""search text: the keys of a word's case forms follow a Finnish, Estonian, Baltic, Slavic,
Hungarian or Turkish page's text

``Helsinki`` did not find ``Helsingissä``/``Helsingin``, ``Tallinn`` ``Tallinnas``,
``Vilnius`` ``Vilniuje``, ``Рига`` ``Риге``, ``Warszawa`` ``Warszawie`` on SQLite (newcomer 30
finding 2): the index held words as written.  clipper.caseforms: after the search text of a
page in fi, et, lt, lv, ru, uk, pl, cs, hu or tr come its words' keys (without a case ending
and final vowels, marked with the language), and a query word is sought by its key as a base
form too.

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0072
Revises: 0071
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0072"
down_revision = "0071"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
