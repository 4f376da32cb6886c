"""search text: Arabic harakat and tatweel and Hebrew niqqud folded; macrolanguages stored as one

Two faults of the search index and the stored languages (newcomer 13):

- the search text (``clipper.searchtext``) removed Latin accents only, as FTS5's
  ``remove_diacritics`` does, so ``يشعل`` did not find a page that wrote ``يُشعل``, nor ``הנמל``
  one that wrote ``הַנָּמָל``: Arabic short-vowel marks, the tatweel and Hebrew niqqud are now
  folded away in the index and in queries alike;
- a page or a crawler that declared an ISO 639-3 language the text identifier names by its
  macrolanguage (Mandarin ``cmn``, Cantonese ``yue``, Standard Arabic ``arb``, Standard Malay
  ``zsm``) was stored under that code, apart from the pages identified as ``zh``, ``ar`` or
  ``ms`` (``clipper.declaredlanguage.known_language`` now stores them as the macrolanguage).

Pages stored under such a code take their macrolanguage, then every stored page is indexed
again from its title and text (as in 0009, batches in id order; on PostgreSQL each page's
text-search configuration follows its language).

Revision ID: 0023
Revises: 0022
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.backends import reindex_later
from clipper.declaredlanguage import known_language

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    stored = connection.execute(
        sa.text("SELECT DISTINCT language FROM pages WHERE language IS NOT NULL")
    ).scalars()
    for code in [code for code in stored if len(code) == 3]:
        folded = known_language(code)
        if folded is not None and folded != code:
            connection.execute(
                sa.text("UPDATE pages SET language = :folded WHERE language = :code"),
                {"folded": folded, "code": code},
            )
    reindex_later(connection)


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
