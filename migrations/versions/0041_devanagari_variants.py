"""fingerprint words fold Devanagari spellings: pages holding nukta, candrabindu or न् again

A Hindi re-fetch whose only change was the nukta (``ज़``/``ज``: CMSs and font-era text drop or
add it) was a new version with every paragraph "edited" (newcomer 22's finding 30), and a copy
writing ``हिंदी`` for ``हिन्दी`` or ``मां`` for ``माँ`` other words, while search folded them (0033).
From this revision the fingerprint's words fold them as search does
(:func:`clipper.scripts.devanagari_folded`), recorded in ``meta`` as ``fingerprint.words``.

This revision fingerprints again every stored page whose text holds such a letter
(:func:`clipper.backfill.refingerprint_devanagari_variants`), as 0040 did for Arabic
spellings; clusters, canonicals and stored matches stay as they were decided.  Downgrade
records the old rule again (those pages keep the new rule's fingerprints).

Revision ID: 0041
Revises: 0040
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_devanagari_variants
from clipper.fingerprint import WORDS_SCHEME

revision = "0041"
down_revision = "0040"
branch_labels = None
depends_on = None

_BEFORE = "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-w+marks-cjk-chars"
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_devanagari_variants(connection)
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
