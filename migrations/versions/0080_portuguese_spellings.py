"""search text: Portuguese words spelled before the 1990 Agreement are indexed again after it

A Lisbon page writes ``acção``, ``direcção``, ``projecto``; its Brazilian re-edit ``ação``,
``direção``, ``projeto``; folding cannot join them (newcomer 35's finding 2).
clipper.orthography: after a Portuguese page's search text come its words spelled the old
way, spelled the new way with the words around them; a query word spelled the old way is
sought the new way too.

Every stored page is indexed again from its title and text (as in 0066).

Revision ID: 0080
Revises: 0079
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0080"
down_revision = "0079"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
