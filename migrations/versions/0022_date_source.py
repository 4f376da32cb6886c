"""date source: where a page's publication date came from, "declared" or "guessed"

A page's date is declared (a crawler's or a record's date field, the page's own metadata:
JSON-LD ``datePublished``, ``article:published_time``...) or guessed (found in its text or URL
by a heuristic: htmldate's search, a text dump's dateline).  The canonical's rule 6 ranks a
declared date before a guessed one (``clipper.cluster``), and it is chosen again at every
recluster, pages of earlier nights included, from the stored pages, which keep the cleaned
text, not the HTML: so the source is stored with the page.  Pages stored before this revision
have none (NULL, unknown): their dates rank as declared dates, as every date did before.

Revision ID: 0022
Revises: 0021
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # an archive whose recorded revision was set back (a restored version table) has it already
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("pages")}
    if "date_source" not in columns:
        op.add_column("pages", sa.Column("date_source", sa.String(8), nullable=True))


def downgrade() -> None:
    op.drop_column("pages", "date_source")
