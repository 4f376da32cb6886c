"""page credits again: the national agencies, an unlisted agency's acronym, Interfax's services

``search --agency NAN`` found none of a Lagos desk's pick-ups: a dateline's "(NAN)", "(APS)",
"(GNA)" was cut and stored as the page's byline, and keyed as a person's name (``--author APS``
found them).  The national agencies are listed now (:data:`clipper.agencycredits.
AGENCY_SPELLINGS`), a byline's name written as an acronym alone is an agency's credit
(:func:`clipper.agencycredits.acronym_credit`), and a page of Interfax's regional services is
Interfax's too (:data:`clipper.agencycredits.AGENCY_GROUPS`, ``interfax.kz``; credits52,
newcomers 51a and 51b).  This revision writes every stored page's ``page_credits`` rows again
from its stored author, text and address (:func:`clipper.bylinekeys.credit_keys`), 500 pages at
a time in id order, as 0109 did; the texts and bylines are not cleaned again.

Revision ID: 0111
Revises: 0110
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clipper.bylinekeys import AGENCY, AUTHOR, credit_keys

revision = "0111"
down_revision = "0110"
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
