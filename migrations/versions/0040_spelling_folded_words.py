"""fingerprint words fold Arabic and Devanagari letter variants: their pages fingerprinted again

An Arabic copy written without hamzas (``ا`` for ``أ إ آ``), with a final ``ى`` for ``ي`` or ``ه``
for ``ة``, as many writers, CMSs and Egyptian print do, was no copy of the wire it repeats word
for word (newcomer 22's finding 26), and a Hindi re-fetch whose only change was the nukta
(``ज़``/``ज``) a new version (finding 30), while search already folded both (0033).  From this
revision the fingerprint's words fold them as search does (:data:`clipper.scripts
.SPELLING_LETTERS`), recorded in ``meta`` as ``fingerprint.words``.

This revision fingerprints again every stored page whose text holds such a letter
(:func:`clipper.backfill.refingerprint_spelling_variants`), as 0039 did for digits and Persian
letters; clusters, canonicals and stored matches stay as they were decided.  Downgrade
records the old rule again (those pages keep the new rule's fingerprints).

Revision ID: 0040
Revises: 0039
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_spelling_variants
from clipper.fingerprint import WORDS_SCHEME

revision = "0040"
down_revision = "0039"
branch_labels = None
depends_on = None

_BEFORE = "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-w+marks-cjk-chars"
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_spelling_variants(connection)
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
