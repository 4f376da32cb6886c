"""search text: inflected queries in the eight other keyed languages

clipper.caseforms (session 37): a Finnish, Estonian, Lithuanian, Latvian, Russian, Ukrainian,
Hungarian or Turkish query word is also read as a case form, as Polish and Czech ones are
(``Häkkiselle``, ``parlamendis``, ``Kėdainiuose``, ``uzņēmumam``, ``Собяниным``, ``уряду``,
``bíróságon``, ``ordunun`` find ``Häkkinen``, ``Parlament``, ``Kėdainių``, ``Uzņēmums``,
``Собянин``, ``Уряд``, ``bíróság``, ``Ordu``: ``Rules.case_queries``), so a page's word in
these languages is keyed also where its key is the word itself; a Finnish ``-uden``/``-yden``
is keyed as its ``-us``/``-ys`` base form (``oikeuden``: ``oikeus``) and an Estonian ``nd`` as
``nt`` (``parlamendi``: ``parlament``).  Pages of other languages keep their keys.

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0083
Revises: 0082
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0083"
down_revision = "0082"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
