"""fingerprint words: each Hangul syllable a word; a Turkish line's letters as ASCII

A Korean copy dropping or adding the spaces between phrases (``외국인 관광객`` /
``외국인관광객``, spacing rules outlets apply differently) had other words in every such place,
and a Turkish copy typed in ASCII (``yagis`` for ``yağış``) in nearly every word: neither was
a copy of the text it copied (session 24's probe, ``bench/copy_kinds.py``: ko-spacing and
tr-ascii 0 of 8 with their original).  From this revision each Hangul syllable is a word, as
each Han character is, and a line holding ``ı``, ``ş`` or ``ğ`` has its Turkish letters
``ı ş ğ ç ö ü â î û`` as ASCII (:func:`clipper.spelling.turkish_ascii_folded`), recorded in
``meta`` as ``fingerprint.words``.

This revision fingerprints again every stored page whose text holds either
(:func:`clipper.backfill.refingerprint_syllables_and_turkish`); clusters, canonicals and
stored matches stay as they were decided.  Search is unchanged (it folded accents already).
Downgrade records the old rule again (those pages keep the new rule's fingerprints).

Revision ID: 0047
Revises: 0046
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_syllables_and_turkish
from clipper.fingerprint import WORDS_SCHEME

revision = "0047"
down_revision = "0046"
branch_labels = None
depends_on = None

_BEFORE = (
    "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
    "-fa-affixes-apostrophes-yo-hant-vi-tones-cyrl-lookalikes-ko-dots-w+marks-cjk-chars"
)
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_syllables_and_turkish(connection)
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
