"""passage keys: index every stored page's ~40-word passages in ``lsh_bands``

clipper finds copies that share a run of text but neither the opening nor half the text
(a brief under an update paragraph, a rewrite carrying the middle of a wire story) through
*passage keys* (``clipper.fingerprint``, ``FingerprintConfig.passage_*``), kept in the same
``lsh_bands`` table as the LSH bands (their keys are salted apart).  This revision adds them
for the pages stored before it, so a page stored tonight finds its copies among them exactly
as it would among pages stored after the upgrade.  How: :mod:`clipper.backfill`.  Downgrade
removes them again.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from operator import attrgetter

from alembic import op

from clipper.backfill import add_keys, remove_keys

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


_KEYS = attrgetter("passage_keys")  # Fingerprint.passage_keys


def upgrade() -> None:
    add_keys(op.get_bind(), _KEYS)


def downgrade() -> None:
    remove_keys(op.get_bind(), _KEYS)
