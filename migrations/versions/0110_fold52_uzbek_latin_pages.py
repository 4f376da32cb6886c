"""fingerprint words and search text: Uzbek Cyrillic as Latin; Kazakh plurals; English spellings

Uzbek is written in Latin letters (Kun.uz, Daryo: ``Toshkent``) and in Cyrillic (UzA:
``Тошкент``); the two versions of one article had no word in common, were two clusters and two
stories, and a desk searching either spelling found one (newcomer 51b).  From this revision a
page stored in Uzbek (``uz``, ``uz-Cyrl``, ``uz-Latn``) is fingerprinted, searched and given
its story terms from its text in the 1995 Latin letters (:func:`clipper.digraphia.uzbek_latin`,
alifbo's table), recorded in ``meta`` as ``fingerprint.words``, and its search text holds
:data:`clipper.digraphia.UZBEK_PAGE` (a Cyrillic query's Uzbek Latin letters are sought there
only).  A Kazakh or Kyrgyz page's words are keyed without a plural before their case ending as
well (:attr:`clipper.caserules.Rules.plural_suffixes`: ``кеніштерінің`` → ``кениш``), and an
English page's words written the British way follow in their American spellings, the page
marked (:mod:`clipper.englishspelling`: ``recapitalisation`` → ``recapitalization``).

This revision fingerprints again every stored Uzbek page whose text holds a Cyrillic letter (or
a letter of the 2026 Latin alphabet) (:func:`clipper.backfill.refingerprint_latin_pages`, as
0100 did, 500 pages at a time in id order, each from the stored text alone); clusters,
canonicals and stored matches stay as they were decided.  Every stored page is indexed again
once for the whole upgrade (:func:`clipper.backends.reindex_later`); story vectors are made
again by their version (:data:`clipper.stories.vectors.VECTOR_VERSION` 51).  Downgrade records
the old rule again (those pages keep the new rule's fingerprints).

Revision ID: 0110
Revises: 0109
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backends import reindex_later
from clipper.backfill import refingerprint_latin_pages
from clipper.fingerprint import WORDS_SCHEME

revision = "0110"
down_revision = "0109"
branch_labels = None
depends_on = None

_BEFORE = (
    "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
    "-fa-affixes-apostrophes-yo-hant-zh-phrases-cyrl-lookalikes-ko-dots-ca-geminates"
    "-latn-grek-no-accents-w+marks-cjk-hangul-chars-sr-bs-me-mk-pages-as-latn"
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
