"""search text: three more Arabic and Hebrew suffixed forms are found by their word

``ועדה`` missed ``ועדת`` (its article form is written ``הוועדה``), ``שנה`` the three-letter
construct ``שנת``, and ``بيت`` ``بيته`` ("his" on a word not in ``ة``, which folded search could
not tell from ``مكتبة``'s ending).  clipper.prefixes now reads a Hebrew word in ``ת`` as a
construct form only when it is not written with the article itself (``הקשת``, ``השבת``:
HEBREW_CONSTRUCT_ARTICLE), from three letters, and an Arabic final ``ه`` as "his" when the word
is not written with the article (``البيته`` is no word, ``المكتبة`` is).

Every stored page is indexed again from its title and text (as in 0054, 0061 and 0062).

Revision ID: 0063
Revises: 0062
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0063"
down_revision = "0062"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
