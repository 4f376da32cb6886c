"""search text: Slovak, Slovenian, Croatian, Serbian and Bosnian case forms' keys

clipper.caseforms keys the words of Slovak, Slovenian and Serbo-Croatian pages (Croatian,
Serbian and Bosnian in Latin letters) by their case endings (``Bratislave`` is
``Bratislava``'s, ``Zagrebu`` ``Zagreb``'s, ``Ljubljani`` ``Ljubljana``'s), as it keys the
languages of migrations 0072 and 0089, so that a word finds its forms and a form the word (a
Warsaw/Kyiv monitoring desk found Slovak case forms unsearched, session 40).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0090
Revises: 0089
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0090"
down_revision = "0089"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
