"""fingerprint words fold Arabic letter variants, leave tatweels out: such pages fingerprinted again

Two outlets' copies of one Arabic report differ in how they write hamza on alef (أعلن, اعلن),
alef maksura and yeh (إلى, الي), teh marbuta (مدرسة, مدرسه), and in the tatweels a
headline desk stretches words with (مشـروع): each such word was another word to the
fingerprint, so an edition respelt that way fell below the copy bar (copies22's probe: both
Arabic copies with hamza forms and tatweels apart from their original).  From this revision
the fingerprint's words fold them as the search text already did (Lucene's ArabicNormalizer:
:data:`clipper.scripts.ARABIC_VARIANTS`), recorded in ``meta`` as ``fingerprint.words``
(Persian and Urdu letters and every script's digits were folded by 0039).

This revision fingerprints again every stored page whose text holds such a letter or a tatweel
(content hash, word count, shingle count, signature and index keys:
:func:`clipper.backfill.refingerprint_arabic_variants`), so a page
stored after the upgrade finds its copies among them.  Clusters, canonicals and stored matches
stay as they were decided.

Downgrade records the old rule again so that the older code opens the archive; those pages keep
the new rule's fingerprints, so the older code no longer finds an exact or near copy of them
among the pages stored before.

Revision ID: 0040
Revises: 0039
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_arabic_variants
from clipper.fingerprint import WORDS_SCHEME

revision = "0040"
down_revision = "0039"
branch_labels = None
depends_on = None

_BEFORE = "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-w+marks-cjk-chars"
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_arabic_variants(connection)
    # a new archive records its scheme on first use; an archive that recorded one moves on
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
