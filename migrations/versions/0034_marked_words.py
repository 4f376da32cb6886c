"""fingerprint words keep their combining marks: pages whose text holds one fingerprinted again

Python's ``re`` ``\\w`` matches no combining mark (Unicode Mn, Mc, Me), so the fingerprint's
words cut Hindi "मिश्रा" into "म", "श", "र": every vowel sign and virama of an Indic script
dropped (a correction changing only vowel signs, राम → रमा, had the same content hash and was
no new version; word counts about doubled; shingles of consonant fragments).  From this
revision a word is a run of word characters and combining marks, and Arabic harakat and Hebrew
points are left out (optional vocalisation: a vocalised and a plain copy have the same words):
``clipper.fingerprint.words``, recorded in ``meta`` as ``fingerprint.words``.

This revision fingerprints again every stored page whose text holds a combining mark (content
hash, word count, shingle count, signature, and its ``lsh_bands``/``lsh_bands_recent`` keys:
:func:`clipper.backfill.refingerprint_marked`) and records the new word rule, so a page stored
after the upgrade finds its copies among them.  Clusters, canonicals and stored matches stay
as they were decided (a match's similarity of two such pages is the old rule's).

Downgrade records the old rule again so that the older code opens the archive; the marked
pages keep the fingerprints of the new rule (this code cannot make the old one's), so the older
code no longer finds an exact or near copy of them among the pages stored before: their
copies stored after a downgrade become clusters of their own.

Revision ID: 0034
Revises: 0033
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_marked
from clipper.fingerprint import WORDS_SCHEME

revision = "0034"
down_revision = "0033"
branch_labels = None
depends_on = None

_BEFORE = "nfkc-casefold-w+-cjk-chars"
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_marked(connection)
    # a new archive records its scheme on first use; an archive that recorded one moves on
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
