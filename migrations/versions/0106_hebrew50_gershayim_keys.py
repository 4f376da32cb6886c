"""search text: a Hebrew abbreviation without its gershayim and geresh

A Hebrew or Yiddish page's (or a page of no language's) words written with gershayim or a geresh
between two letters (``צה״ל``, ``ארה"ב``, ``מנכ״לית``, ``ג׳ורג׳``) follow its text again with the
marks left out, with the words around them and without their prefixes (``צהל``, ``ארהב``,
``בצהל`` and ``צהל``): a query typed without the marks finds them, and one typed with them finds a
page written without (clipper.gershayim, clipper.searchtext; session 50, newcomer 50a).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0106
Revises: 0105
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0106"
down_revision = "0105"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
