"""search text: umlauts' two-letter spellings on German and Luxembourgish pages only, with the
words around them

The spellings ``ae oe ue`` of 0066 were indexed on every page, so Dutch ``groen`` found
Swedish ``grön`` and ``sued`` English pages' neighbours' ``süd`` (59 wrong hits by words of
languages without the letters, bench/search_umlauts.py), and a phrase typed so (``"nach
Bruessel"``) found nothing, the spelled words standing alone.  clipper.umlauts
.SPELLING_LANGUAGES: German, Swiss German, Luxembourgish (and pages of no identified
language); each spelled word comes with two words either side (UMLAUT_PHRASE_CONTEXT).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0068
Revises: 0067
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0068"
down_revision = "0067"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
