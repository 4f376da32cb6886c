"""search text: masculine and feminine names' case forms apart, Hebrew and Arabic clitics,
case-form keys out of PostgreSQL's stemmers

clipper.caseforms: ``Pavel`` found ``Pavly`` and ``Pavlou`` (Pavla's genitive and
instrumental) and ``Pavla`` found ``Pavlovi`` and ``Pavlem`` (Pavel's), in Czech, Polish,
Russian and Ukrainian: a key of a word whose ending only a masculine (feminine) name takes is
marked so, and a base form is sought by its own gender's keys and the plain ones; Czech and
Polish ``el`` (``Pavel``/``Pavla``, ``Paweł``/``Pawła``) and Turkish ``limanda``,
``bakanlığı`` key as their base forms.  clipper.prefixes: ``בעיר``, ``באוניברסיטה``
(a prefix before a word written with the article), ``ביתם``, ``משפחתם`` ("their"), and
``معلومات`` (the plural of a noun in ة) find their words.  On PostgreSQL the keys were also
stemmed by the page's configuration (``\\U000f0000ruриге`` as ``ruриг``): they are indexed
as written only (clipper.backends.postgresql.stemmed_words).

Every stored page is indexed again, once for the whole upgrade
(:func:`clipper.backends.reindex_later`).

Revision ID: 0075
Revises: 0074
"""

from __future__ import annotations

from alembic import op

from clipper.backends import reindex_later

revision = "0075"
down_revision = "0074"
branch_labels = None
depends_on = None


def upgrade() -> None:
    reindex_later(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged."""
