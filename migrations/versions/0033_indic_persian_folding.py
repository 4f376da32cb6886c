"""search text: Devanagari nukta and nasals, Persian and Urdu letter variants folded; Hindi stemmed

The search text (``clipper.searchtext``) folded Latin accents, Arabic harakat and letter
variants and Hebrew niqqud (0023, 0026), but not the marks and letters Hindi, Persian and Urdu
writers use for one another: ``खारिज`` did not find a page that wrote ``ख़ारिज`` (nukta), nor
``हिंदी`` one that wrote ``हिन्दी``, nor ``मां`` one that wrote ``माँ`` (candrabindu), nor ``كتاب``
(Arabic kaf) one that wrote ``کتاب`` (Persian keheh), nor ``ايران`` one that wrote ``ایران``
(Farsi yeh).  The Devanagari nukta now goes, candrabindu and ``न्`` fold to anusvara (Lucene's
HindiNormalizer), and ``ی ک ہ ۀ`` fold to ``ي ك ه ه`` (Lucene's PersianNormalizer), in the index
and in queries alike; so do the digits of every script (``2019`` did not find ``٢٠١٩`` or ``२०१९``),
as Lucene's DecimalDigitFilter folds them.

On PostgreSQL, Hindi, Armenian, Basque, Catalan and Yiddish pages were indexed ``simple``
although PostgreSQL 15 and newer have their configurations: a page's configuration is now its
language's where the server has it (``clipper.backends.postgresql.config_for``).

Every stored page is indexed again from its title and text (as in 0023 and 0026, batches in id
order; on PostgreSQL each page's text-search configuration follows its language).

Revision ID: 0033
Revises: 0032
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
