"""full-text index: combining marks are part of a word (SQLite's FTS5 tokenizer)

The search text (``clipper.searchtext``) keeps a word's combining marks, but SQLite's FTS5
table split it again with ``unicode61``'s default token characters (letters, numbers, private
use), which leave out the marks (Unicode Mn, Mc, Me): every Hindi, Bengali, Tamil, Telugu or
Marathi word was held as the pieces between its vowel signs and viramas (``किराया`` as ``क र
य``), so ``किर`` and ``की`` found it, ``दान`` found ``दिन``, and a word of one page was found in
another that held the same consonants.  ``pages_fts`` is now created with ``categories 'L* N* Co
M*'`` (``clipper.backends.sqlite.FTS5_TOKENIZER``), the search text's own word characters.

SQLite: an FTS5 table's tokenizer is set when it is created, so the table is dropped, created
again and filled from every stored page's title and text (batches in id order, as in 0033).
PostgreSQL's parser kept the marks in its words: its index is built again as in 0033 only
because the backend method is one (the vectors come out as they were).

Downgrade leaves the new table: older code writes and queries it through the same tokenizer.

Revision ID: 0035
Revises: 0034
"""

from __future__ import annotations

from alembic import op

from clipper.backends import backend_for

revision = "0035"
down_revision = "0034"
branch_labels = None
depends_on = None


def upgrade() -> None:
    backend_for(op.get_bind()).rebuild_fulltext(op.get_bind())


def downgrade() -> None:
    """Nothing to undo: the older code reads and writes the rebuilt table as it is."""
