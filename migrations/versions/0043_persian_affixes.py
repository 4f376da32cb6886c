"""fingerprint words join Persian's می and ها typed apart: pages holding them again

Persian joins the verbal prefix می/نمی and the suffixes ها/های/تر/ترین to their word with a
zero-width non-joiner, which the words leave out; many writers and CMSs type a space instead.
One outlet's half-spaces and another's spaces were other words in every such place (copies23's
probe: a Persian copy with spaces for half-spaces apart from its original).  From this revision
the fingerprint's words join them as hazm's affix spacing does
(:func:`clipper.scripts.persian_affixes_joined`), recorded in ``meta`` as ``fingerprint.words``.

This revision fingerprints again every stored page whose text holds such an affix set apart by
a space (:func:`clipper.backfill.refingerprint_persian_affixes`), as 0041 did for Devanagari
spellings; clusters, canonicals and stored matches stay as they were decided.  Downgrade
records the old rule again (those pages keep the new rule's fingerprints).

Revision ID: 0043
Revises: 0042
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_persian_affixes
from clipper.fingerprint import WORDS_SCHEME

revision = "0043"
down_revision = "0042"
branch_labels = None
depends_on = None

_BEFORE = (
    "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
    "-w+marks-cjk-chars"
)
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_persian_affixes(connection)
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
