"""fingerprint words fold Romanian's comma letters and Catalan's l·l; search reads l·l as one word

A Romanian page read once in cedilla letters (``ş`` ``ţ``, a spider's text) and once in comma
letters (``ș`` ``ț``, a crawl) was two clusters, "4 paragraphs edited" (newcomer 24's finding
12); Catalan's ``col·lectiu`` was the words ``col`` ``lectiu``, so ``collectiu`` found nothing
and ``legalment`` found ``il·legalment`` (finding 7).  From this revision the fingerprint's words
fold both (:func:`clipper.spelling.letter_variants_folded`), recorded in ``meta`` as
``fingerprint.words``, and search reads ``l·l`` (and ``ŀ``) as ``ll``.

This revision fingerprints again every stored page whose text holds one
(:func:`clipper.backfill.refingerprint_letter_variants`) and indexes again for search those
holding a middle dot or ``ŀ`` (:func:`clipper.reindex.reindex_geminates`); clusters, canonicals
and stored matches stay as they were decided.  Downgrade records the old rule again (those
pages keep the new rule's fingerprints and index entries).

Revision ID: 0049
Revises: 0048
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_letter_variants
from clipper.fingerprint import WORDS_SCHEME
from clipper.reindex import reindex_geminates

revision = "0049"
down_revision = "0048"
branch_labels = None
depends_on = None

_BEFORE = (
    "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
    "-fa-affixes-apostrophes-yo-hant-vi-tones-cyrl-lookalikes-ko-dots-tr-ascii-w+marks"
    "-cjk-hangul-chars"
)
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_letter_variants(connection)
    reindex_geminates(connection)
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
