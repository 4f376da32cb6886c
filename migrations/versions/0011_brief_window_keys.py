"""brief windows: index every stored short page's runs of words under the opening kind

A page of at most ``FingerprintConfig.brief_window_words`` words also gets, for every run of
at least ``opening_passage_words`` of its words, the key an opening passage over those words
would get (``clipper.fingerprint.MinHasher.brief_window_keys``), kept in ``lsh_bands`` with
the opening keys: a brief the cleaner kept with its page's furniture run into one line finds
the full copy whose opening passage it holds.  This revision adds them for the pages stored
before it, so a page stored tonight finds its copies among them exactly as it would among
pages stored after the upgrade.  How: :mod:`clipper.backfill`.  Downgrade removes them again.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from operator import attrgetter

from alembic import op

from clipper.backfill import add_keys, remove_keys

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


_KEYS = attrgetter("window_keys")  # Fingerprint.window_keys (none in opening_keys)


def upgrade() -> None:
    add_keys(op.get_bind(), _KEYS)


def downgrade() -> None:
    remove_keys(op.get_bind(), _KEYS)
