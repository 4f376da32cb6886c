"""fingerprint words: Latin and Greek letters without their accents

A copy a scraper or a site wrote without its accents ("Le president du Senegal a annonce la
premiere" for "Le président du Sénégal a annoncé la première", Vietnamese without tones,
Polish, Czech, Romanian, Spanish, Portuguese in ASCII) had other words in every accented place
and was no copy of the text it copies (newcomer 32's finding 10).  From this revision the
words leave out every Latin and Greek letter's accents and write ``ø ł đ ð ħ ŧ ı æ œ þ`` … as
ASCII (:func:`clipper.spelling.accents_folded`: NFD, the combining diacritics dropped), one
rule for every language in these scripts, recorded in ``meta`` as ``fingerprint.words``.  It
makes the Turkish line fold of 0047, Romanian's comma letters of 0049 and Vietnamese's tone
placement of 0046 hold by themselves.

This revision fingerprints again every stored page whose text holds such a letter
(:func:`clipper.backfill.refingerprint_accents`: ``content_hash``, ``word_count``,
``shingle_count``, ``signature`` and the page's band, passage, opening and brief-window keys,
500 pages at a time in id order, each computed from the stored text alone, so running it again
writes the same rows); clusters, canonicals and stored matches stay as they were decided.
Search is unchanged (it folded accents already).  Downgrade records the old rule again (those
pages keep the new rule's fingerprints).

Revision ID: 0076
Revises: 0075
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_accents
from clipper.fingerprint import WORDS_SCHEME

revision = "0076"
down_revision = "0075"
branch_labels = None
depends_on = None

_BEFORE = (
    "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
    "-fa-affixes-apostrophes-yo-hant-zh-phrases-vi-tones-cyrl-lookalikes-ko-dots-tr-ascii"
    "-ro-commas-ca-geminates-w+marks-cjk-hangul-chars"
)
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_accents(connection)
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
