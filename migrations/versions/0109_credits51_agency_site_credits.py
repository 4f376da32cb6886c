"""page credits again: an agency's own site, and the agencies' Thai, Vietnamese, Hebrew and
Arabic spellings

``search --agency ISNA`` missed isna.ir's own page: its byline names its writer alone, the agency
being the site itself (:func:`clipper.bylines.without_site_names`), so the page's address now
gives the agency (:func:`clipper.agencysites.site_agency`).  And a stored text's credit in a
spelling newly listed ("(ที่มา: รอยเตอร์)", "Theo TTXVN", "(TPS)", "وفا",
:data:`clipper.agencycredits.AGENCY_SPELLINGS`; credits51, newcomers 50a and 50b) is keyed by
its agency.  This revision writes every stored page's ``page_credits`` rows again from its
stored author, text and address (:func:`clipper.bylinekeys.credit_keys`), 500 pages at a time
in id order; the texts are not cleaned again.

Revision ID: 0109
Revises: 0108
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.bylinekeys import AGENCY, AUTHOR, credit_keys

revision = "0109"
down_revision = "0108"
branch_labels = None
depends_on = None

_CHUNK = 500
_pages = sa.table(
    "pages", sa.column("id", sa.Integer), sa.column("author", sa.String),
    sa.column("text", sa.Text), sa.column("url", sa.String),
)  # fmt: skip
_credits = sa.table(
    "page_credits", sa.column("kind", sa.String), sa.column("key", sa.String),
    sa.column("page_id", sa.Integer), sa.column("name_index", sa.Integer),
)  # fmt: skip


def upgrade() -> None:
    connection = op.get_bind()
    last = 0
    while True:
        pages = connection.execute(
            sa.select(_pages.c.id, _pages.c.author, _pages.c.text, _pages.c.url)
            .where(_pages.c.id > last)
            .order_by(_pages.c.id)
            .limit(_CHUNK)
        ).all()
        if not pages:
            break
        # only the kinds this revision writes: a row of another kind (none today) is kept
        connection.execute(
            sa.delete(_credits).where(
                _credits.c.page_id.in_([page.id for page in pages]),
                _credits.c.kind.in_([AUTHOR, AGENCY]),
            )
        )
        rows = [
            {"kind": kind, "key": key, "page_id": page.id, "name_index": number}
            for page in pages
            for kind, key, number in credit_keys(page.author, page.text, page.url)
        ]
        if rows:
            connection.execute(sa.insert(_credits), rows)
        last = pages[-1].id


def downgrade() -> None:
    """Nothing to undo: the schema is unchanged (the rows stay as this revision wrote them)."""
