"""meta: every language the archive holds pages of

``clipper search --lang br`` found nothing and said nothing more: ``br`` is Breton, no page's
language, where a Brazilian meant Brazil (newcomer 33, finding 17).  clipper.heldlanguages keeps
the primary subtag of every language pages are stored in, one ``meta`` row each
(``language:pt``), added as pages are indexed, so that a ``--lang`` no page is in says so
without reading ``pages``.  This notes the languages of the pages the archive holds already:
one read of ``pages``' language tags, once per upgrade.

Revision ID: 0078
Revises: 0077
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

from clipper.heldlanguages import note_held

revision = "0078"
down_revision = "0077"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    note_held(connection, connection.scalars(text("SELECT DISTINCT language FROM pages")))


def downgrade() -> None:
    op.get_bind().execute(text("DELETE FROM meta WHERE key LIKE 'language:%'"))
