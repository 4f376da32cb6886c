"""search text: letters typed plainly; Turkic, Georgian and Armenian case forms

Folding writes Azerbaijani's ``ə`` as ``e`` and the Cyrillic letters of Kazakh, Kyrgyz,
Tatar, Uzbek and Tajik a Russian keyboard lacks as those typed for them (``қ`` as ``к``,
clipper.plainletters); an Azerbaijani page's words holding ``ə`` follow again with ``a`` for it,
an Uzbek page's holding ``oʻ``/``gʻ`` joined (``Ganca``, ``Ozbekiston``); Azerbaijani, Turkmen,
Uzbek, Kazakh, Kyrgyz, Georgian and Armenian pages hold their words' case-form keys, and a
Turkic stem ending in a vowel before a buffered ending keeps it in its key
(clipper.caseforms: ``Türkiyənin`` → ``turkiye``, which ``Türk`` is not), so that a word typed
plainly, or a base form, finds them (newcomer 48a, session 48).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`), which notes the archive's new keyed languages
(:func:`clipper.caselanguages.note_languages`).

Revision ID: 0098
Revises: 0097
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0098"
down_revision = "0097"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
