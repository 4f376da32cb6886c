"""fingerprint words and search fold Vietnamese tone placement, Cyrillic look-alikes, ㆍ

A Vietnamese copy in the old tone placement (``hoà``, ``thuỷ``) of a text in the new one
(``hòa``, ``thủy``) was "headline changed; 4 paragraphs edited" (newcomer 23's finding 31); a
Ukrainian text typed with the Latin ``i`` for ``і`` was no copy and not found by search
(finding 33); search did not find ``미ㆍ중`` (the Korean IME's ``ㆍ``) by ``미·중`` nor the reverse
(finding 30).  From this revision the fingerprint's words fold all three
(:func:`clipper.spelling.script_variants_folded`), recorded in ``meta`` as
``fingerprint.words``, and search the last two.

This revision fingerprints again every stored page whose text holds one
(:func:`clipper.backfill.refingerprint_script_variants`) and indexes again for search those
whose search text changes (:func:`clipper.reindex.reindex_script_variants`); clusters,
canonicals and stored matches stay as they were decided.  Downgrade records the old rule again
(those pages keep the new rule's fingerprints and index entries).

Revision ID: 0046
Revises: 0045
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_script_variants
from clipper.fingerprint import WORDS_SCHEME
from clipper.reindex import reindex_script_variants

revision = "0046"
down_revision = "0045"
branch_labels = None
depends_on = None

_BEFORE = (
    "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
    "-fa-affixes-apostrophes-yo-hant-w+marks-cjk-chars"
)
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_script_variants(connection)
    reindex_script_variants(connection)
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
