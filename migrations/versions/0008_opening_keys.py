"""opening keys: index every stored page's short opening passages in ``lsh_bands``

clipper finds briefs too short for a passage key (one to three paragraphs, 15-60 words, often
a headline or a caption below the full copy's start) through *opening keys*
(``clipper.fingerprint.MinHasher.opening_keys``, ``FingerprintConfig.opening_*``), kept in the
same ``lsh_bands`` table as the other keys (salted apart).  This revision adds them for the
pages stored before it, so a page stored tonight finds its copies among them exactly as it
would among pages stored after the upgrade.  How: :mod:`clipper.backfill`.
Downgrade removes them again.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from operator import attrgetter

from alembic import op

from clipper.backfill import add_keys, remove_keys

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


_KEYS = attrgetter("opening_keys")  # Fingerprint.opening_keys


def upgrade() -> None:
    add_keys(op.get_bind(), _KEYS)


def downgrade() -> None:
    remove_keys(op.get_bind(), _KEYS)
