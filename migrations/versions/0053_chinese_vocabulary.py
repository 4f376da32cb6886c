"""fingerprint words and story terms fold a Chinese text's vocabulary: Taiwan's 軟體 as 软件

A Taiwanese site's repost of a Mainland report, in Traditional characters and Taiwan's
vocabulary, was no copy of it (the character fold made ``軟體`` ``软体``, not ``软件``), so the
repost was a cluster of its own, and, shown as a cluster's page, gave the story other terms
(newcomer 26's finding 3).  From this revision the fingerprint's words read a Chinese text in
the Mainland's characters and vocabulary (:func:`clipper.hanfold.mainland_text`, OpenCC's
``s2t`` then ``tw2sp``), recorded in ``meta`` as ``fingerprint.words``; story vectors do the same
(``clipper.stories.vectors.VECTOR_VERSION`` 17: stories are computed again on the next run).

This revision fingerprints again every stored Chinese page whose words that changes
(:func:`clipper.backfill.refingerprint_vocabulary`); clusters, canonicals and stored matches
stay as they were decided.  Downgrade records the old rule again (those pages keep the new
rule's fingerprints).

Revision ID: 0053
Revises: 0052
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_vocabulary
from clipper.fingerprint import WORDS_SCHEME

revision = "0053"
down_revision = "0052"
branch_labels = None
depends_on = None

_BEFORE = (
    "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
    "-fa-affixes-apostrophes-yo-hant-vi-tones-cyrl-lookalikes-ko-dots-tr-ascii-ro-commas"
    "-ca-geminates-w+marks-cjk-hangul-chars"
)
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_vocabulary(connection)
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
