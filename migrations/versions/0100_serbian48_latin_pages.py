"""fingerprint words and search text: a Serbian-family page's Cyrillic as Latin

A Serbian article in Cyrillic and its Latin twin (rts.rs and novosti.rs publish both, one
letter for one) had no word in common and were two clusters and two stories, and a Latin
query found no Cyrillic page (newcomer 47a's finding).  From this revision a page stored in
Serbian, Montenegrin, Bosnian or Macedonian is fingerprinted from its text in Latin letters
(:func:`clipper.digraphia.matched_text`, cyrtranslit's tables), recorded in ``meta`` as
``fingerprint.words``; search reads such a page's text in Latin letters, marks it
(:data:`clipper.digraphia.PAGE`: a Cyrillic query's Latin letters are sought there only), and
spells a Serbian, Croatian, Bosnian or Montenegrin page's ``đ`` ``dj`` as well
(:mod:`clipper.umlauts`).  A page of any other language is read as before, whatever its
letters.

This revision fingerprints again every stored page of those languages whose text holds a
Cyrillic letter of theirs (:func:`clipper.backfill.refingerprint_latin_pages`, as 0076 did:
``content_hash``, ``word_count``, ``shingle_count``, ``signature`` and the page's band,
passage, opening and brief-window keys, 500 pages at a time in id order, each from the stored
text alone); clusters, canonicals and stored matches stay as they were decided.  Every stored
page is indexed again once for the whole upgrade (:func:`clipper.backends.reindex_later`).
Downgrade records the old rule again (those pages keep the new rule's fingerprints).

Revision ID: 0100
Revises: 0099
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backends import reindex_later
from clipper.backfill import refingerprint_latin_pages
from clipper.fingerprint import WORDS_SCHEME

revision = "0100"
down_revision = "0099"
branch_labels = None
depends_on = None

_BEFORE = (
    "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
    "-fa-affixes-apostrophes-yo-hant-zh-phrases-cyrl-lookalikes-ko-dots-ca-geminates"
    "-latn-grek-no-accents-w+marks-cjk-hangul-chars"
)
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_latin_pages(connection)
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )
    reindex_later(connection)


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
