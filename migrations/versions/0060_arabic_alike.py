"""search index: Arabic pages indexed on PostgreSQL as SQLite indexes them

PostgreSQL indexed an Arabic page's words as written and as its ``arabic`` (Snowball)
configuration stems them, on top of the stems clipper itself writes into the search text
(``clipper.prefixes``, migration 0054): ``طاقة`` "energy" found ``بطاقة`` "card" and ``مكتب``
"office" ``مكتبة`` "library" there and not on SQLite.  Arabic pages now use the ``simple``
configuration (``clipper.backends.postgresql.CONFIGS``), so a query finds the same Arabic pages
on both backends.

On PostgreSQL every page stored with a configuration no language is given now (``arabic``) is
indexed again from its title and text (``Backend.index_outgrown_configs``); SQLite's index
stays as it is.

Revision ID: 0060
Revises: 0059
"""

from __future__ import annotations

from alembic import op

from clipper.backends import backend_for

revision = "0060"
down_revision = "0059"
branch_labels = None
depends_on = None


def upgrade() -> None:
    backend_for(op.get_bind()).index_outgrown_configs(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
