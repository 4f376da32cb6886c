"""search text: a Croatian page is sought by a Cyrillic query's Latin letters

A query typed in Serbian Cyrillic was sought in Latin letters on the pages read in them only
(Serbian, Montenegrin, Bosnian, Macedonian: migration 0100), so ``Подравка`` found a Serbian
Latin page's ``Podravka`` and not a Croatian one's.  From this revision a Croatian page holds
:data:`clipper.digraphia.PAGE` after its words too (:func:`clipper.digraphia.sought_in_latin`),
and the query's Latin letters are keyed in Croatian's case forms as well; a page of any other
language is not marked (``мост`` finds no Czech ``most``).  Its text is read as before.

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0101
Revises: 0100
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0101"
down_revision = "0100"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
