"""fingerprint words fold apostrophes, ё and traditional Chinese; search folds ʼ: pages again

A Ukrainian copy writing the apostrophe as ``ʼ`` (U+02BC, a letter to Unicode) was not a copy
of the same text with ``'`` or ``’`` (newcomer 23's finding 13), nor found by a query typed
with the keyboard's ``'`` (finding 14); a Russian copy printing ``е`` for ``ё`` was "4
paragraphs edited" or no copy at all (finding 15); a Simplified-Chinese reprint converted from a
Traditional wire story was not a copy of it (finding 23).  From this revision the fingerprint's
words fold them (:func:`clipper.spelling.variants_folded`), recorded in ``meta`` as
``fingerprint.words``, and search folds ``ʼ`` and ``ʻ`` to ``'`` (it folded ``ё`` and
traditional characters already).

This revision fingerprints again every stored page whose text holds such a character
(:func:`clipper.backfill.refingerprint_spelling_variants`), as 0043 did for Persian affixes,
and indexes again for search the pages holding ``ʼ`` or ``ʻ``
(:func:`clipper.reindex.reindex_apostrophes`); clusters, canonicals and stored matches stay as
they were decided.  Downgrade records the old rule again (those pages keep the new rule's
fingerprints and index entries).

Revision ID: 0044
Revises: 0043
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_spelling_variants
from clipper.fingerprint import WORDS_SCHEME
from clipper.reindex import reindex_apostrophes

revision = "0044"
down_revision = "0043"
branch_labels = None
depends_on = None

_BEFORE = (
    "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
    "-fa-affixes-w+marks-cjk-chars"
)
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_spelling_variants(connection)
    reindex_apostrophes(connection)
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
