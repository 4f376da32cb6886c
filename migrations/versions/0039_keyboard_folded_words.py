"""fingerprint words fold digits and Persian/Urdu letters: pages holding them fingerprinted again

An Urdu wire text republished from an Arabic keyboard (or an old InPage conversion, or a CMS
set up for Arabic) writes ``ي ك ه`` where the wire wrote ``ی ک ہ``, and outlets print one
number as ``2026``, ``۲۰۲۶`` or ``٢٠٢٦``: the fingerprint read each as other words, so a verbatim
copy was its own cluster (newcomer 22's finding 5: an Urdu copy typed with Arabic letters, not a
copy at all), while search already folded both (0033).  From this revision the fingerprint's
words fold them as search does (:func:`clipper.scripts.keyboard_folded`: every script's digits
to 0-9, ``ی ک ہ ۀ`` to ``ي ك ه ه``), recorded in ``meta`` as ``fingerprint.words``.

This revision fingerprints again every stored page whose text holds such a digit or letter
(:func:`clipper.backfill.refingerprint_keyboard_variants`: content hash, word count, shingle
count, signature and index keys) and records the new word rule, so a page stored after the
upgrade finds its copies among them.  Clusters, canonicals and stored matches stay as they were
decided.

Downgrade records the old rule again so that the older code opens the archive; those pages keep
the new rule's fingerprints, so the older code finds no copy of them written with the other
digits or letters than theirs (as before this revision) and, of one written alike, only a near
copy, not an exact one.

Revision ID: 0039
Revises: 0038
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backfill import refingerprint_keyboard_variants
from clipper.fingerprint import WORDS_SCHEME

revision = "0039"
down_revision = "0038"
branch_labels = None
depends_on = None

_BEFORE = "nfkc-casefold-no-ar-he-points-w+marks-cjk-chars"
_meta = sa.table("meta", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    connection = op.get_bind()
    refingerprint_keyboard_variants(connection)
    # a new archive records its scheme on first use; an archive that recorded one moves on
    connection.execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=WORDS_SCHEME)
    )


def downgrade() -> None:
    op.get_bind().execute(
        sa.update(_meta).where(_meta.c.key == "fingerprint.words").values(value=_BEFORE)
    )
